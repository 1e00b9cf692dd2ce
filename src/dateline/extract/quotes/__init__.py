"""The ``dateline_quotes`` component: direct and indirect attributions with their speakers.

An attribution is found from its cue, the way a reader finds it: a reporting verb ("said", "told",
"claims") whose subject is the source and whose clausal complement is the content, or "according to X"
whose content is the rest of the clause. Words quoted inside reported content are a direct quote of their
own (see ``partial``). Quotations found by their marks (see ``direct``) become the
content of the cue they adjoin ("“…,” he said", "he replied: “…”"); a quotation with no cue of its own
continues the attribution just before it, as news writing continues a speaker across paragraphs.

Each step is a module: ``runs`` groups the quotations, ``cues`` tries its table of cue rules on every
word in order (``cue_words`` says which words can be cues and how far a cue runs), ``content`` finds
what a cue reports, ``drafts`` settles how the attributions share the text, and ``sources`` finds who
spoke and resolves the speaker (with ``speakers``); ``spans`` turns tokens into trimmed spans.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.language import Language
from spacy.tokens import Doc

from dateline.extract.quotes.content import after_dateline
from dateline.extract.quotes.cue_words import cue_lemma
from dateline.extract.quotes.cues import cue_drafts
from dateline.extract.quotes.drafts import continuations, on_story_line, outermost, split_coordinated
from dateline.extract.quotes.partial import attributions, with_partial_quotes
from dateline.extract.quotes.runs import quotation_runs, to_marks
from dateline.extract.quotes.sources import doubted, reported, resolve
from dateline.extract.quotes.spans import is_framed_title, is_quoted_title
from dateline.nlp.extensions import PARSE_ANNOTATIONS, doc_text
from dateline.records import DEFAULT_MIN_CONFIDENCE, Quote

__all__ = ["attributions", "cue_lemma", "find_quotes", "quotes_component"]


@dataclass(frozen=True, slots=True)
class QuoteFinder:
    """Set ``doc._.quotes`` to the article's attributions, in text order."""

    min_confidence: float

    def __call__(self, doc: Doc) -> Doc:
        doc._.quotes = find_quotes(doc, self.min_confidence)
        return doc


@Language.factory("dateline_quotes", requires=[*PARSE_ANNOTATIONS, "token.ent_type", "doc.ents", "doc.sents",
                                               "doc._.timexes", "doc._.published"], assigns=["doc._.quotes"],
                  default_config={"min_confidence": DEFAULT_MIN_CONFIDENCE})
def quotes_component(nlp: Language, name: str, min_confidence: float) -> QuoteFinder:
    """``min_confidence``: how sure a speaker's resolution must be to be shown; a less sure one is stored as
    the quote's candidate and shown as unknown."""
    return QuoteFinder(min_confidence)


def find_quotes(doc: Doc, min_confidence: float = DEFAULT_MIN_CONFIDENCE) -> list[Quote]:
    """Every attribution in ``doc``, each with its speaker resolved within the article."""
    text = doc_text(doc)
    runs = quotation_runs(text)
    drafts = outermost(split_coordinated(doc, cue_drafts(doc, runs), runs))
    drafts += continuations(doc, runs, drafts)
    drafts = [replace(d, content=tuple(to_marks(text, after_dateline(text, f), runs) for f in d.content))
              for d in drafts]
    drafts = [d for d in drafts if on_story_line(text, d) and not (d.cue is None and is_quoted_title(text, d.content))
              and not is_framed_title(text, d.content)]
    drafts.sort(key=lambda draft: draft.content[0][0])
    return [doubted(doc, reported(doc, quote, runs, min_confidence), min_confidence)
            for quote in with_partial_quotes(doc, resolve(doc, drafts, runs, min_confidence), runs)]
