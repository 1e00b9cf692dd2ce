"""The ``dateline_quotes`` component: direct and indirect attributions with their speakers.

An attribution is found from its cue, the way a reader finds it: a reporting verb ("said", "told",
"claims") whose subject is the source and whose clausal complement is the content, or "according to X"
whose content is the rest of the clause. Quotations found by their marks (see ``direct``) become the
content of the cue they adjoin ("“…,” he said", "he replied: “…”"); a quotation with no cue of its own
continues the attribution just before it, as news writing continues a speaker across paragraphs.

Each step is a module: ``runs`` groups the quotations, ``cues`` tries its table of cue rules on every
word in order (``cue_words`` says which words can be cues and how far a cue runs), ``content`` finds
what a cue reports, ``drafts`` settles how the attributions share the text, and ``sources`` finds who
spoke and resolves the speaker (with ``speakers``); ``spans`` turns tokens into trimmed spans.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc

from dateline.extract.quotes.content import after_dateline
from dateline.extract.quotes.cue_words import cue_lemma
from dateline.extract.quotes.cues import cue_drafts
from dateline.extract.quotes.drafts import continuations, outermost, split_coordinated
from dateline.extract.quotes.runs import quotation_runs, to_marks
from dateline.extract.quotes.sources import resolve
from dateline.extract.quotes.spans import in_prose_line
from dateline.nlp.extensions import PARSE_ANNOTATIONS, doc_text
from dateline.records import Quote

__all__ = ["cue_lemma", "find_quotes", "quotes_component"]


@Language.component("dateline_quotes", requires=[*PARSE_ANNOTATIONS, "token.ent_type", "doc.ents", "doc.sents",
                                                 "doc._.timexes", "doc._.published"], assigns=["doc._.quotes"])
def quotes_component(doc: Doc) -> Doc:
    """Set ``doc._.quotes`` to the article's attributions, in text order."""
    doc._.quotes = find_quotes(doc)
    return doc


def find_quotes(doc: Doc) -> list[Quote]:
    """Every attribution in ``doc``, each with its speaker resolved within the article."""
    text = doc_text(doc)
    runs = quotation_runs(text)
    drafts = outermost(split_coordinated(doc, cue_drafts(doc, runs)))
    drafts += continuations(doc, runs, drafts)
    drafts = [replace(d, content=tuple(to_marks(text, after_dateline(text, f), runs) for f in d.content))
              for d in drafts]
    drafts = [d for d in drafts if not d.quoted or in_prose_line(text, d.content[0][0])]
    drafts.sort(key=lambda draft: draft.content[0][0])
    return resolve(doc, drafts, runs)
