"""Attributions before their speakers are resolved, and how they share the text: one the parser ran
into another's content that reports beside it, one nested inside another's content, and a quotation
with no cue that continues the attribution just before it."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from dateline.clean.boilerplate import is_title_case
from dateline.clean.embeds import in_embedded_post
from dateline.extract.lexicon import SAYING_VERBS
from dateline.extract.lines import in_story_line
from dateline.extract.quotes.cue_words import cue_lemma, has_subject, is_cue_lemma
from dateline.extract.quotes.runs import Run, inside_any, overlaps, quotations_within
from dateline.extract.quotes.spans import CLOSING_MARKS, FIRST_PERSON_SINGULAR, PHRASE_OPENERS
from dateline.nlp.extensions import doc_text
from dateline.records import Offsets

#: Subordinators that set a second report beside the first rather than inside it ("..., while 22 percent said").
_CONTRASTING_MARKS = frozenset({"while", "whereas"})
#: Punctuation after which a quotation starts afresh: a sentence end, or the comma or colon before speech.
_SPEECH_OPENERS = frozenset({".", "!", "?", ",", ":"})
#: A quotation with no cue continues the attribution at most this many sentences back.
_CONTINUATION_SENTENCES = 2
_OPENING_MARKS = "\"'“‘”"


@dataclass(frozen=True, slots=True)
class Draft:
    """An attribution before its speaker is resolved."""

    cue: Span | None
    source: Span | None
    content: tuple[Offsets, ...]
    quoted: bool
    speech: bool = True
    #: Whose words the quotation is when a report nested in the content names its own speaker ("According
    #: to AFP, one user posted: “…”": the user's); None: the source's.
    speaker: Span | None = None


def split_coordinated(doc: Doc, drafts: list[Draft], runs: list[Run]) -> list[Draft]:
    """Attributions the parser ran another's content over that report beside it are their own, as PolNeAR
    marks them: one coordinated with it ("Podesta said A and said B", "74 percent said A, while 22 percent
    said B"), where the other's content ends where it begins and a cue with no subject of its own shares
    the other's source (the parser would lend it the subject of the clause it hung it on); and a relative
    clause on a word of the content ("said he backs Clinton, who he is supporting"), the writer's aside,
    which the other's content then leaves out. The other is direct only while a quotation is left in its
    content ("said on Facebook that he had opened a page, and wrote in its header that … “making an example…”":
    the quoted words go with the second report)."""
    drafts = list(drafts)
    text = doc_text(doc)
    for i, inner in enumerate(drafts):
        if inner.cue is None or not (_is_coordinate_cue(inner.cue.root) or _is_aside(inner.cue.root)):
            continue
        root, aside = inner.cue.root, _is_aside(inner.cue.root)
        start = doc[_clause_start(root)].idx
        end = root.right_edge.idx + len(root.right_edge) if aside else len(text)
        for j, outer in enumerate(drafts):
            if j == i or not (outer.speech or aside):
                continue
            if not inside_any(inner.cue.start_char, [outer.content]) or start <= outer.content[0][0]:
                continue  # the clause opens the content: cutting it out would leave a stray remnant
            kept = _without(text, outer.content, start, end)
            drafts[j] = replace(outer, content=kept, quoted=outer.quoted and bool(quotations_within(kept, runs)))
            if not aside and not has_subject(root):
                drafts[i] = replace(inner, source=outer.source)
    return drafts


def _is_coordinate_cue(token: Token) -> bool:
    """Is the cue a verb of saying that reports on its own beside the clause the parser hung it on, not
    one embedded in what was said ("said she thinks X and wants Y": there the clause it joins is a cue
    too)? Verbs of thinking and wanting are left inside: in a speech they chain ("I know ... and I want")."""
    if cue_lemma(token) not in SAYING_VERBS:
        return False
    if token.dep_ == "conj":
        return token.pos_ == "VERB" and not is_cue_lemma(cue_lemma(token.head))
    return token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _CONTRASTING_MARKS for c in token.children)


def _is_aside(token: Token) -> bool:
    """Is the cue's clause a relative clause set off by a comma or a dash ("Clinton, who he is supporting",
    "38 percent — who said"): the writer's aside on a word, not part of what that word's clause reports
    (a restrictive one is: "hosts who doubted the polls"; so is one of time: "in 2009, when he offered")?"""
    first = token.left_edge.i
    relative = token.doc[first].tag_ in ("WDT", "WP", "WP$")
    return token.dep_ == "relcl" and relative and first > 0 and token.doc[first - 1].text in PHRASE_OPENERS


def _clause_start(token: Token) -> int:
    """Where the cue's clause begins, with the "and" or ", while" that links it."""
    start = token.left_edge.i
    while start > 0 and (token.doc[start - 1].dep_ == "cc" or token.doc[start - 1].is_punct):
        start -= 1
    return start


def _without(text: str, content: tuple[Offsets, ...], start: int, end: int) -> tuple[Offsets, ...]:
    """The content's fragments less the characters from ``start`` to ``end``, without the separators
    left at the cut."""
    separators = " ,;—–-\n"
    pieces = []
    for first, last in content:
        before = min(last, start)
        pieces.append((first, first + len(text[first:before].rstrip(separators))))
        after = max(first, end)
        pieces.append((after + len(text[after:last]) - len(text[after:last].lstrip(separators)), last))
    return tuple((a, b) for a, b in pieces if b > a)


def outermost(drafts: list[Draft]) -> list[Draft]:
    """Drop attributions nested in another's content ("he said that she thinks..."): as in PolNeAR,
    each word belongs to one attribution, and the reported speech is the outer one's. A quotation the
    nested one adjoins stays the words of its own speaker, who is kept as the outer one's ``speaker``."""
    kept = []
    for draft in drafts:
        nested = [d for d in drafts if d is not draft and _voices(d, draft) and d.cue is not None
                  and inside_any(d.cue.start_char, [draft.content])]
        if nested and inside_any(nested[0].content[0][0], [draft.content]):
            draft = replace(draft, speaker=nested[0].source, quoted=True)
        if draft.cue is None or not any(inside_any(draft.cue.start_char, [d.content]) for d in drafts):
            kept.append(draft)
    return kept


def on_story_line(text: str, draft: Draft) -> bool:
    """Does the attribution open on a paragraph of the story? A headline, a related headline, a caption or
    a teaser reports nothing the story says, quoted or not ("Navy says their plan … will take some time",
    "Envoy … made secret trip to rebel camp, paper says"), and an embedded post's words are
    its author's, whoever the post quotes."""
    start = draft.content[0][0]
    return in_story_line(text, start) and not in_embedded_post(text, start)


def _speaks_quotation(draft: Draft) -> bool:
    """Does the attribution's cue introduce quoted speech ("posted: “…”"), not merely report words that
    quote a phrase ("identified “two detained persons”")?"""
    text = doc_text(draft.cue.doc) if draft.cue is not None else ""
    return draft.quoted and draft.speech and all(text[start] in _OPENING_MARKS for start, _ in draft.content)


def _voices(nested: Draft, outer: Draft) -> bool:
    """Does a report nested in ``outer``'s content say whose its quotation is? One that introduces it does
    ("According to AFP, one user posted: “…”"), as does a speech tag after it when the outer cue comes
    later still ("“…,” Askar wrote in a post, he said"); but a tag after the quotation when the outer cue
    introduced the words ("recalled that he said, “…,” the office said") reports the whole sentence. A
    source a quotation follows right after a comma voices it too ("according to X, “…”"), and so does a report
    of speech quoting words inside a stance or a hearsay adverb, which report no speech of their own ("attacked
    the plan, writing that it was “a gift to the banks”", "reportedly called, saying he would “burn it all
    down”": the writer's and the quoting speaker's)."""
    if nested.cue is None or nested.source is None:
        return False
    if _tags_quotation(nested.source) or (not outer.speech and nested.speech and nested.quoted):
        return True
    if not _speaks_quotation(nested):
        return False
    opened = nested.content[0][0]
    return nested.cue.start_char < opened or (outer.cue is not None and outer.cue.start_char > opened)


def _tags_quotation(source: Span) -> bool:
    """Does a quotation follow the source right after a comma or a colon ("…, according to Google Search
    lead Liz Reid, “simply the largest change…”")? Then the source's words are quoted."""
    text = doc_text(source.doc)
    after = text[source.end_char : source.end_char + 4]
    return after[:1] in ",:" and after[1:].lstrip()[:1] in _OPENING_MARKS


def continuations(doc: Doc, runs: list[Run], drafts: list[Draft]) -> list[Draft]:
    """Quotation runs no cue claimed that follow an attribution closely: the same speaker goes on, though
    never onto a line that reads as a heading ("‘Welcome upside surprise’: RBC Economics" after the last
    economist's quote is the next section's head, quoting the next one).

    A run right after a direct quotation joins its content as a further fragment (as PolNeAR marks
    "“A,” he said. “B.”": one attribution, content A and B); a run after indirect speech is a quote of
    its own whose speaker is carried over when speakers are resolved.
    """
    used = [span for draft in drafts for span in draft.content]
    found: list[Draft] = []
    for run in runs:
        if any(overlaps(span, run[0]) for span in used) \
                or not (_stands_alone(doc, run[0][0]) or _speaks_as_i(doc_text(doc), run)) \
                or _runs_into_prose(doc, run[-1][1]) or not in_story_line(doc_text(doc), run[0][0]):
            continue
        previous = _continued([d for d in drafts if d.content[-1][1] <= run[0][0]])
        if previous is None or _sentences_between(doc, previous.content[-1][1], run[0][0]) > _CONTINUATION_SENTENCES:
            continue
        if previous.quoted and _sentences_between(doc, previous.content[-1][1], run[0][0]) <= 1:
            drafts[drafts.index(previous)] = replace(previous, content=previous.content + run)
        else:
            found.append(Draft(None, None, run, True))
    return found


def _continued(earlier: list[Draft]) -> Draft | None:
    """The attribution a quotation continues: the latest one, unless its cue sits in the speech tag of
    a direct quotation ("“A,” said Ann Lee, who declined to give her age. “B.”"): then that quotation's,
    whose speaker goes on."""
    latest = max(earlier, key=lambda d: d.content[-1][1], default=None)
    if latest is None or latest.cue is None:
        return latest
    tagged = [d for d in earlier if d.quoted and d.cue is not None and d.cue.sent == latest.cue.sent]
    return max(tagged or [latest], key=lambda d: d.content[-1][1])


def _stands_alone(doc: Doc, start: int) -> bool:
    """Does a quotation open its sentence, or follow the colon or comma that introduces speech? One
    run into the writer's own words with no cue is a scare quote or a title ("the so-called “Big Tent
    Brunch”"), not someone speaking. Punctuation is read rather than the parser's sentences, which
    often hang an opening mark on the sentence before."""
    token = doc.char_span(start, start + 1, alignment_mode="expand")
    if token is None:
        return False
    first = token[0]
    return first.i == 0 or "\n" in doc_text(doc)[start - 2 : start] or doc[first.i - 1].text in _SPEECH_OPENERS


#: The fewest words a quotation run into prose must hold to be read as speech by its "I" alone.
_FIRST_PERSON_WORDS = 4


def _speaks_as_i(text: str, run: Run) -> bool:
    """Is a quotation run into the writer's words someone speaking of themselves ("after the crash he
    “pulled me out of the car and I ran”")? Words in the first person singular, several of them, are a
    person's own, not a term or a title the writer names in passing, so they continue the speaker before
    them as a quotation standing alone does. A short one ("the “me first” crowd") stays a term, and one in
    title case ("his films “Far From Home,” “The Girl I Left”") is a title, whatever its pronoun."""
    quoted = " ".join(text[start:end] for start, end in run)
    words = re.findall(r"[^\W_]+", quoted)
    return bool(FIRST_PERSON_SINGULAR.search(quoted)) and len(words) >= _FIRST_PERSON_WORDS \
        and not is_title_case(quoted)


def _runs_into_prose(doc: Doc, end: int) -> bool:
    """Is the quotation the subject of the writer's next verb ("“Meth. We’re on it” will run on radio")? Then
    it is a name or a slogan the sentence is about, not words someone goes on saying; a quotation that
    trails off into the writer's words ("“… just a tax increase” for the top bracket") still is."""
    text = doc_text(doc)
    start = end + len(text[end:]) - len(text[end:].lstrip(" "))
    following = doc.char_span(start, start + 1, alignment_mode="expand")
    if following is None or not following[0].text[:1].islower():
        return False
    return following[0].pos_ in ("VERB", "AUX") and text[:end].rstrip(CLOSING_MARKS)[-1:] not in ",.!?"


def _sentences_between(doc: Doc, start: int, end: int) -> int:
    return sum(1 for sent in doc.sents if start <= sent.start_char < end)
