"""Quotation runs: the quoted stretches of an article (found by their marks, see ``direct``) and how they
meet a cue: adjoining its speech tag, inside its complement, or at the edge of its content."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from dateline.extract.lexicon import ADDRESSEE_VERBS, PREPOSITIONAL_CUES, SAYING_VERBS
from dateline.extract.quotes.cue_words import cue_lemma
from dateline.extract.quotes.direct import continues_over, quotation_spans
from dateline.extract.quotes.spans import offsets
from dateline.nlp.extensions import doc_text
from dateline.records import Offsets

#: A quotation with its continuations over paragraphs: their spans, marks included, in text order.
Run = tuple[Offsets, ...]

_TAG_GAP = frozenset(" \t,:—–-")
#: Verbs of publishing words, which speech tags use as verbs of saying ("posted on social media: “…”").
_POSTING_VERBS = frozenset({"post", "tweet"})


def quotation_runs(text: str) -> list[Run]:
    """Quotations grouped into runs: a quotation continued over paragraphs is one run."""
    runs: list[list[Offsets]] = []
    for span in quotation_spans(text):
        between = text[runs[-1][-1][1] : span[0]] if runs else ""
        if runs and (not between.strip() or continues_over(between)) and text[runs[-1][-1][1] - 1] not in "”\"'":
            runs[-1].append(span)
        else:
            runs.append([span])
    return [tuple(run) for run in runs]


def inside_any(position: int, runs: list[Run]) -> bool:
    """Is the character at ``position`` inside one of the runs' spans?"""
    return any(start <= position < end for run in runs for start, end in run)


def overlaps(a: Offsets, b: Offsets) -> bool:
    """Do the two character spans share a character?"""
    return a[0] < b[1] and b[0] < a[1]


def quotations_within(content: Sequence[Offsets], runs: Sequence[Run]) -> tuple[Offsets, ...]:
    """The quotations lying wholly inside the content's fragments, marks included."""
    return tuple(span for run in runs for span in run
                 if any(start <= span[0] and span[1] <= end for start, end in content))


def has_quote(spans: list[Span], runs: list[Run]) -> bool:
    """Does a quotation stand in any of the spans? Then the attribution is direct. Read off the quotation
    runs, not the tokens: a possessive's apostrophe ("the traders’ businesses") is no quote mark."""
    return any(overlaps(offsets(span), quoted) for span in spans for run in runs for quoted in run)


def adjoining(
    token: Token, source: Span | None, complement: Span | None, runs: list[Run]
) -> list[Run]:
    """Quotation runs that are this cue's content: inside its complement, or next to its speech tag
    ("“…,” he said", "said Biden: “…”", "posted on social media: “…”") with only commas, colons or
    dashes between."""
    text = doc_text(token.doc)
    tag_start, tag_end = _speech_tag(token, source)
    # or, for a verb of saying and a colon, the end of its phrase: "posted on social media: “…”", "told
    # reporters: “…”" (not "rated this claim by the mayor on May 2: “…”", whose words are the mayor's)
    reports = cue_lemma(token) in SAYING_VERBS | _POSTING_VERBS
    phrase_end = token.right_edge.idx + len(token.right_edge) if reports else tag_end
    found = []
    for run in runs:
        inside = complement is not None and any(overlaps(offsets(complement), span) for span in run)
        if complement is not None and not inside:
            continue
        before = run[-1][1] <= tag_start and _is_gap(text[run[-1][1] : tag_start]) \
            and not _in_phrase_of(source, run) and not _opens_own_report(token, text, run)
        after = any(run[0][0] >= end and _introduces(text[end : run[0][0]]) for end in (tag_end, phrase_end))
        if inside or before or after:
            found.append(run)
    return found


def _opens_own_report(token: Token, text: str, run: Run) -> bool:
    """Does the cue open a sentence of its own after a quotation closed by a full stop, reporting its own
    object ("“… has no legal weight.” The ministry repeated its view that …", "“….” She calls for a “…”")? A
    speech tag after its quotation takes a comma ("“…,” he said") and no object but the one addressed
    ("“…,” he told reporters"), so such a quotation goes on from the attribution before it, not this one."""
    closed = text[run[-1][0] : run[-1][1]].rstrip("”\"' ").endswith(".")
    lemma = cue_lemma(token)
    prepositions = PREPOSITIONAL_CUES.get(lemma, frozenset())
    reported = any(child.dep_ == "dobj" and lemma not in ADDRESSEE_VERBS
                   or (child.dep_ == "prep" and child.lower_ in prepositions
                       and any(c.dep_ in ("pobj", "pcomp") for c in child.children))
                   for child in token.children)
    return closed and reported


def _in_phrase_of(source: Span | None, run: Run) -> bool:
    """Does the quotation stand inside the source's noun phrase, naming a title it is known by ("The
    “Perfect Illusion” songstress … took to Instagram"), rather than before the speech tag as its words?"""
    return source is not None and source.root.left_edge.idx < run[0][0] < source.root.idx


def _speech_tag(token: Token, source: Span | None) -> Offsets:
    """Where "he said" / "explained the US official" starts and ends."""
    parts = [token.idx, token.idx + len(token)]
    if source is not None:
        parts += [source.start_char, source.end_char]
    return min(parts), max(parts)


def _is_gap(between: str) -> bool:
    return len(between) < 4 and all(ch in _TAG_GAP for ch in between)


def _introduces(between: str) -> bool:
    """Does a colon introduce the quotation, on the same line or at the head of the next paragraphs
    ("Cruz continued:" and the speech below it)?"""
    return ":" in between and _is_gap("".join(between.split()))


def mostly_quoted(complement: Span, runs: list[Run]) -> bool:
    """Is the complement the quotation itself (then the quotation, marks and all, is the content) rather
    than indirect speech holding a partial quote ("said Clinton had been “extremely careless” in...")?
    It is when no word of the complement lies outside the quotation."""
    text = doc_text(complement.doc)
    inside = {i for run in runs for start, end in run for i in range(start, end)}
    outside = range(complement.start_char, complement.end_char)
    return not any(text[i].isalnum() for i in outside if i not in inside)


def through_quotes(content: Offsets, runs: list[Run]) -> Offsets:
    """Indirect content ending inside a partial quote runs on to the closing mark, which the parser
    often hangs on the main verb."""
    ends = [end for run in runs for start, end in run if content[0] <= start < content[1] < end]
    return (content[0], max(ends)) if ends else content


def cut_quotation(text: str, content: Offsets, runs: list[Run]) -> Run | None:
    """The quotation run whose first words the content is, ending inside it: the parser, reading an object
    where a quoted clause opens ("noting "a lot of the panels, even in older cars, are …""), ends it at the
    quotation's first comma and hangs the rest on the main clause. Content that opens before the quotation
    is indirect speech holding a partial quote (``through_quotes``)."""
    start, end = content
    return next((run for run in runs if run[0][0] < start and end < run[0][1]
                 and _only_marks(text[run[0][0] : start]) and not _only_marks(text[end : run[0][1]])), None)


def to_marks(text: str, fragment: Offsets, runs: list[Run]) -> Offsets:
    """A fragment that stops short of a quotation's marks only by punctuation takes the marks in: a
    quoted word ends the content with its closing period and mark ("called it “a disgrace.”"), and
    a quotation opening it keeps its opening mark, as PolNeAR marks quoted material."""
    start, end = fragment
    for run_start, run_end in (span for run in runs for span in run):
        if run_start < start < run_end and _only_marks(text[run_start:start]):
            start = run_start
        if run_start < end < run_end and _only_marks(text[end:run_end]):
            end = run_end
    return start, end


def _only_marks(between: str) -> bool:
    """Only quote marks and punctuation, nothing said and no bracket opened."""
    return all(not ch.isalnum() and ch not in "([" for ch in between)
