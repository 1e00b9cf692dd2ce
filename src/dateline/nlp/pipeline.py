"""Build the spaCy pipeline: the stock English model followed by Dateline's own components.

Dateline's components are spaCy factories registered by name (``dateline_pubdate``, ``dateline_timex``…)
through the ``spacy_factories`` entry points, so spaCy finds them as it finds any installed package's.
Swapping one — another date resolver, say — means registering a factory under a new name and listing it in
``components``; nothing else changes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from typing import cast

import spacy
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.util import compile_infix_regex

from dateline.clean.boilerplate import EMBEDDED_POST, PICTURE_REASONS
from dateline.clean.embeds import carries_post_day
from dateline.clean.tagger import MODEL
from dateline.model import Article
from dateline.nlp.extensions import register_doc_extensions

#: The per-article components, in order; each declares what it requires and assigns.
#: Characters of an article the NLP stage reads. News stories are far shorter (Timeline17's median is 4,200
#: characters, its 99th percentile 63,000); what runs longer is a transcript or a page of comments, whose
#: parse would cost memory and time out of all proportion. The text is stored whole either way.
ANALYSIS_CHAR_LIMIT = 100_000
#: Articles per ``nlp.pipe`` batch: spaCy's memory grows with the tokens in a batch, and long articles come
#: in runs, so a small batch bounds the peak at little cost in speed with the small model.
BATCH_SIZE = 16
DEFAULT_COMPONENTS: tuple[str, ...] = ("dateline_pubdate", "dateline_timex", "dateline_event_keys", "dateline_quotes",
                                       "dateline_figures", "dateline_entities", "dateline_events")


def load_pipeline(components: Sequence[str] = DEFAULT_COMPONENTS) -> Language:
    """The stock model plus the named Dateline components; ``nlp.analyze_pipes()`` lists any component
    placed before what it requires."""
    register_doc_extensions()
    nlp = spacy.load(MODEL)
    split_glued_quote_marks(nlp)
    _declare_ruler_assigns(nlp)
    nlp.add_pipe("dateline_paragraphs", before="parser")
    for name in components:
        nlp.add_pipe(name)
    return nlp


#: A double quotation mark inside what the stock rules leave one token, where a page set it against a word with
#: no space (",”she wrote", "said“we", "done.”The"), and the stop, comma or other mark that ends the quoted speech
#: right before a glued closing mark, and a dash against a glued mark ("privilege—“I", "”—and"): each a token
#: of its own, as the stock rules would make them with a space between. Left whole, "win,”she" is one token, so the
#: speaker's cue ("she wrote") never parses and the quotation is credited to the speaker before. The stock rules
#: split such marks off a token's ends only; a double mark is never part of a word (an inch sign ends its token,
#: where the suffix rules already take it), so splitting it anywhere inside one is safe. Single marks are left
#: alone: the closing one is also the apostrophe ("Israel’s"). Infixes split within the token and keep every
#: token's offsets in the article's own characters, as a normalised copy of the text would not.
GLUED_QUOTE_MARKS = (r'[“”"]', r'[.,!?;:…](?=[”"])', r'(?<=[“”"])(?:-|–|—)', r'(?:-|–|—)(?=[“”"])')


def split_glued_quote_marks(nlp: Language) -> None:
    """Add :data:`GLUED_QUOTE_MARKS` to the tokenizer's infixes, after the language's own (the model's)."""
    infixes = compile_infix_regex([*(nlp.Defaults.infixes or ()), *GLUED_QUOTE_MARKS])
    nlp.tokenizer.infix_finditer = infixes.finditer  # type: ignore[union-attr]  # spaCy types it any callable


def _declare_ruler_assigns(nlp: Language) -> None:
    """Declare what the stock model's attribute ruler assigns: the coarse part of speech (``token.pos``)
    and morphology, mapped from the tagger's tags by its patterns. Its factory declares nothing, as what a
    ruler sets depends on its patterns, so without this ``nlp.analyze_pipes()`` would report every component
    that reads ``token.pos`` as placed before it is set. The declaration is this pipeline's alone: spaCy
    keeps a component's declarations per pipeline, in ``_pipe_meta``, which has no public setter."""
    ruler = cast(AttributeRuler, nlp.get_pipe("attribute_ruler"))  # spaCy types every pipe as a bare callable
    # spaCy types a pattern's "attrs" as any pattern value; a ruler's own patterns map attribute names
    assigned = sorted({f"token.{attr.lower()}" for pattern in ruler.patterns
                       for attr in cast(dict[str, object], pattern["attrs"])})
    nlp._pipe_meta["attribute_ruler"] = replace(nlp.get_pipe_meta("attribute_ruler"), assigns=assigned)


@lru_cache(maxsize=4)
def shared_pipeline(components: tuple[str, ...] = DEFAULT_COMPONENTS) -> Language:
    """One loaded pipeline per component list per process: loading costs about a second."""
    return load_pipeline(components)


def pipeline_through(component: str) -> Language:
    """The build's pipeline up to and including ``component``: what a benchmark of that component measures.
    The model, sentence rules and components before it are the build's own; those after it, which cannot
    change what it finds, are left out to save time."""
    return shared_pipeline(DEFAULT_COMPONENTS[:DEFAULT_COMPONENTS.index(component) + 1])


def make_doc(nlp: Language, article: Article) -> Doc:
    """An unprocessed Doc carrying the article's id, its dropped posts' signatures, and any date that does not
    come from its own text (metadata, the corpus, or a page's markup guess, which has no evidence in the text),
    for the components to read; a date an earlier analysis read from the text is left out, so the text is read
    afresh."""
    doc = nlp.make_doc(article.text[:ANALYSIS_CHAR_LIMIT])
    doc._.article_id = article.id
    published = article.published
    markup_guess = published.basis == "text" and not published.evidence
    doc._.published = published if published.basis in ("metadata", "corpus") or markup_guess else None
    doc._.title = headline_of(article.title, article.outlet) if article.title else None
    doc._.dropped_dated_lines = dropped_dated_lines(article)
    return doc


def dropped_dated_lines(article: Article) -> tuple[str, ...]:
    """The dropped lines of the article's embedded posts that carry a post's day, and its pictures' dropped
    captions: the posts and pictures are gone from its text, but a post is published, and a news picture taken,
    before or on the article's day, so the day either carries is dating evidence (a caption's last full date,
    "… in Shelby, June 18, 2015. AGENCY/Name")."""
    return tuple(line.text for line in article.dropped
                 if (line.reason == EMBEDDED_POST and carries_post_day(line.text)) or line.reason in PICTURE_REASONS)


#: What sets a site's name off a page title's headline: a bar, a dash with spaces about it, a double colon.
SITE_SEPARATOR = re.compile(r"\s+(?:\||-|–|—|::|·)\s+")
#: The most words a site's or section's name after a headline runs to ("The New York Times", "CBS News").
SITE_NAME_WORDS = 5


def headline_of(title: str, outlet: str | None = None) -> str:
    """A page title's headline, less the site's name set after it ("Pompeo Met With Kim | Site News"): the
    part after the last separator goes where it is a site's name (:func:`_site_name`), and so on (a section
    before the site: "… - Politics - CBS News"); a title with no such tail is the headline whole."""
    headline = " ".join(title.split())
    while (separators := list(SITE_SEPARATOR.finditer(headline))) \
            and _site_name(headline[separators[-1].end():], outlet):
        headline = headline[:separators[-1].start()]
    return headline


def _site_name(tail: str, outlet: str | None) -> bool:
    """Is the part of a title after its last separator a site's or section's name: the outlet's own name, or
    at most :data:`SITE_NAME_WORDS` words each capitalised (or a domain, "Reuters.com"), as names are and a
    headline's second half ("Trump - a president under fire") is not?"""
    if outlet is not None and tail.casefold() == outlet.casefold():
        return True
    words = tail.split()
    return 0 < len(words) <= SITE_NAME_WORDS and all(word[0].isupper() or word[0].isdigit() or word in NAME_LINKS
                                                    for word in words)


#: Small words a capitalised name may hold uncapitalised ("Voice of America", "Times of India").
NAME_LINKS = frozenset({"of", "the", "and", "&", "for", "on", "at", "in"})
