"""The ``Doc._`` attributes through which Dateline's spaCy components hand results to each other.

Each component declares the attributes it reads (``requires``) and writes (``assigns``) by these names,
so ``nlp.analyze_pipes()`` can check a pipeline before it runs. Four come in with the Doc rather than from a
component (:func:`dateline.nlp.pipeline.make_doc` sets them): ``article_id``, a ``published`` date from
metadata or the corpus, which ``dateline_pubdate`` keeps or replaces, the signatures of the embedded posts and the
pictures' captions the cleaner dropped (``dropped_dated_lines``), whose days ``dateline_pubdate`` reads, and the
article's ``title``, which the lead stage matches its sentences against where the text itself opens with no
headline.
"""

from __future__ import annotations

from spacy.tokens import Doc

#: name -> what it holds. Defaults are None: a component that assigns an attribute always sets it.
DOC_ATTRIBUTES: dict[str, str] = {
    "article_id": "str: the article's content-hash id (input)",
    "published": "dateline.model.PublicationDate: metadata or corpus date on input; after dateline_pubdate, "
                 "that date or the one the text gives",
    "dropped_dated_lines": "tuple[str, ...]: the lines carrying a post's day of the embedded posts, and the pictures' "
                       "captions, the cleaner dropped from the text, which the publication-date stage reads as "
                       "reported dates (input)",
    "title": "str: the article's headline from its metadata (a page's title, a record's title), less a site "
             "name after it (input)",
    "timex_forms": "list[dateline.model.TimexForm]: time expressions as read, before the publication date "
                   "(dateline_timex)",
    "timexes": "list[dateline.model.TimeExpression]: resolved time expressions (dateline_timex)",
    "event_keys": "list[dateline.records.EventMention]: the events time expressions date (dateline_event_keys)",
    "form_events": "dict[(start, end), str]: the event key each time expression's span dates, read off the "
                   "parse (dateline_events)",
    "quotes": "list[dateline.records.Quote]: attributions (dateline_quotes)",
    "figures": "list[dateline.records.Figure]: numeric claims (dateline_figures)",
    "mentions": "list[dateline.records.Mention]: entity mentions, before corpus merging (dateline_entities)",
    "events": "list[dateline.records.Event]: who did what to whom, when and where (dateline_events)",
}
#: What Dateline's components read of the stock model's parse: a word's dependency label and head, its
#: coarse and fine part of speech, and its lemma.
PARSE_ANNOTATIONS = ("token.dep", "token.head", "token.pos", "token.tag", "token.lemma")


def doc_text(doc: Doc) -> str:
    """The Doc's text, built once per Doc: ``Doc.text`` joins every token again on each access, which makes
    a component that reads it once per match quadratic in the article's length."""
    if "dateline_text" not in doc.user_data:
        doc.user_data["dateline_text"] = doc.text
    text: str = doc.user_data["dateline_text"]
    return text


def register_doc_extensions() -> None:
    """Register every Dateline ``Doc._`` attribute once; safe to call repeatedly."""
    for name in DOC_ATTRIBUTES:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
