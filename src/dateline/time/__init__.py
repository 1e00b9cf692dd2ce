"""Dateline's time stage: publication dates and TimeML time expressions.

Its spaCy components (``dateline_pubdate``, ``dateline_timex``, ``dateline_event_keys``) are in
:mod:`dateline.time.components`, found by name through the ``spacy_factories`` entry points;
:func:`dateline.time.tagger.tag_text` tags plain text without spaCy.
"""
