"""Dateline's time stage as spaCy components.

``dateline_pubdate`` (after the stock pipeline) keeps a metadata publication date or infers one from the
text; ``dateline_timex`` (after it) tags every time expression and resolves it against that date;
``dateline_event_keys`` (after that) keys the events those expressions date. spaCy finds them by name through
the ``spacy_factories`` entry points: ``nlp.add_pipe("dateline_pubdate")``.

The components read the parse through :func:`~dateline.time.tense.direction_at` (the verb governing an
expression, its tag, lemma and auxiliaries) and declare it, so ``nlp.analyze_pipes()`` can check the order.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from dateline.model import PublicationDate
from dateline.nlp.extensions import PARSE_ANNOTATIONS, doc_text, register_doc_extensions
from dateline.time.events import dated_events, event_keys
from dateline.time.pubdate import infer_publication_date
from dateline.time.tagger import read_forms, resolve_forms
from dateline.time.tense import direction_at

register_doc_extensions()


@dataclass(frozen=True, slots=True)
class PublicationDater:
    """Keep a metadata date; otherwise infer the publication date from the text, falling back on a date
    the corpus gave (the text, when it dates the article at all, is the article's own evidence).

    ``doc._.published`` comes in with the Doc (:func:`dateline.nlp.pipeline.make_doc`), so it is this
    component's input as well as what it assigns; ``doc._.dropped_dated_lines`` comes in with it too: the days of
    the embedded posts and pictures' captions the cleaner dropped, which the text no longer holds but which date
    it as before."""

    tagged_chars: int
    dateline_reach: int
    report_window_days: int

    def __call__(self, doc: Doc) -> Doc:
        current = doc._.published
        if isinstance(current, PublicationDate) and current.basis == "metadata" and current.earliest is not None:
            return doc
        inferred = infer_publication_date(doc, self.tagged_chars, self.dateline_reach, self.report_window_days)
        doc._.published = settled_date(current, inferred) if isinstance(current, PublicationDate) else inferred
        return doc


def settled_date(current: PublicationDate, inferred: PublicationDate) -> PublicationDate:
    """The text's own evidence against what the article came with: a page's markup guess or a scrape's date
    line (a day with no evidence in the cleaned text) stands when the text dates nothing or agrees with it
    (the day inside the range its reported days and weekdays give), and yields to the article's own dateline
    or stamp; a scrape's update stamp (the open range ending on its day) bounds what the text gives, and
    stands when the text dates nothing; a corpus date stands when the text dates nothing."""
    day, earliest, latest = current.exact, inferred.earliest, inferred.latest
    markup_guess = current.basis == "text" and not current.evidence
    agrees = day is not None and earliest is not None and latest is not None and earliest <= day <= latest
    if markup_guess and day is not None and inferred.exact is None and (inferred.basis == "unknown" or agrees):
        return current
    if markup_guess and current.earliest is None and current.latest is not None:
        return bounded_by_update(inferred, current.latest)
    return current if current.basis == "corpus" and inferred.basis == "unknown" else inferred


def bounded_by_update(inferred: PublicationDate, update: date) -> PublicationDate:
    """The text's date with no day after the scrape's update stamp: the article appeared by then. Unknown
    text gives the open range ending on the update; text that dates the article only after its update
    contradicts the stamp, and stands (its own dateline or stamp is the stronger evidence)."""
    if inferred.basis == "unknown":
        return PublicationDate(None, update, "text")
    if inferred.earliest is not None and inferred.earliest > update:
        return inferred
    return PublicationDate(inferred.earliest, min(inferred.latest or update, update), "text", inferred.evidence)


@Language.factory("dateline_pubdate", requires=PARSE_ANNOTATIONS, assigns=["doc._.published"],
                  default_config={"tagged_chars": 20000, "dateline_reach": 160, "report_window_days": 7})
def make_publication_dater(nlp: Language, name: str, tagged_chars: int, dateline_reach: int,
                           report_window_days: int) -> PublicationDater:
    """``tagged_chars``: how much of the text is searched for dating evidence (the header and the story's
    first pages); ``dateline_reach``: how far into the text a date line may sit; ``report_window_days``: how
    many days after the latest reported date an article may appear (that day included)."""
    return PublicationDater(tagged_chars, dateline_reach, report_window_days)


@Language.component("dateline_timex", requires=["doc._.published", *PARSE_ANNOTATIONS],
                    assigns=["doc._.timex_forms", "doc._.timexes"])
def dateline_timex(doc: Doc) -> Doc:
    """Every time expression's form (what its value is relative to), and the expression with its TIMEX3 type
    and value, resolved against ``doc._.published``."""
    doc._.timex_forms = read_forms(doc_text(doc), lambda s, e: direction_at(doc, s, e))
    doc._.timexes = resolve_forms(doc_text(doc), doc._.timex_forms, doc._.published)
    return doc


@dataclass(frozen=True, slots=True)
class EventKeyer:
    """Set ``doc._.form_events`` to the event each time expression's span dates, read off the parse (it
    does not depend on the publication date, so it is stored to re-date the article without a parse), and
    ``doc._.event_keys`` to those events, dated by the resolved expressions."""

    max_steps: int

    def __call__(self, doc: Doc) -> Doc:
        doc._.form_events = event_keys(doc, doc._.timex_forms or [], self.max_steps)
        doc._.event_keys = dated_events(doc._.timexes or [], doc._.form_events)
        return doc


@Language.factory("dateline_event_keys", requires=["doc._.timex_forms", "doc._.timexes", "token.head", "token.pos",
                                                  "token.lemma"],
                  assigns=["doc._.form_events", "doc._.event_keys"], default_config={"max_steps": 3})
def make_event_keyer(nlp: Language, name: str, max_steps: int) -> EventKeyer:
    """``max_steps``: how many words up the parse an expression's event word may be ("attack" in "attack
    on October 7" is two: the preposition, then the noun)."""
    return EventKeyer(max_steps)
