"""Attribution: who is named, who said what, and which figures came from whom.

Its spaCy components (``dateline_quotes``, ``dateline_figures``, ``dateline_entities``) are found by name
through the ``spacy_factories`` entry points; add them after the stock model and the time components:
``nlp.add_pipe("dateline_quotes")``.
"""
