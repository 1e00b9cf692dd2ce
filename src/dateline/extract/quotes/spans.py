"""Small helpers turning spaCy tokens into trimmed character spans."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from spacy.tokens import Doc, Span, Token

from dateline.nlp.extensions import doc_text
from dateline.records import Offsets

_EDGE_PUNCT = frozenset(",;:.—–-()[]")
#: The double quotation mark that only closes a quotation, never opens one.
_CLOSING_MARK = "”"
#: The dashes that set off a phrase or an aside ("– Israel has said it would add a day –").
DASHES = frozenset({"—", "–", "--"})
#: What sets a phrase off from the words before it: a comma or a dash ("Trump, the front-runner,",
#: "38 percent — who said").
PHRASE_OPENERS = frozenset({","}) | DASHES
#: Closing quotation marks and brackets, which may follow a sentence's last stop.
_CLOSERS = "\"'”’)]"


def token_runs(doc: Doc, indices: Iterable[int]) -> list[Span]:
    """Contiguous runs of the given token indices, each trimmed of punctuation at its edges."""
    runs: list[Span] = []
    ordered = sorted(set(indices))
    start = 0
    for pos in range(1, len(ordered) + 1):
        if pos == len(ordered) or ordered[pos] != ordered[pos - 1] + 1:
            run = trim(doc[ordered[start] : ordered[pos - 1] + 1])
            if run is not None:
                runs.append(run)
            start = pos
    return runs


def trim(span: Span) -> Span | None:
    """``span`` without leading or trailing separators, nor a trailing "and"/"or" whose conjunct the
    parser hung elsewhere ("lines and"), nor a leading closing mark: one that ends a title before the clause
    ("says in his new book, “Partial Truths,” humans generally are not…"), which the parser may hang on the
    clause, quotes nothing of it. None if nothing else is left."""
    start, end = span.start, span.end
    while start < end and (_is_edge(span.doc[start]) or span.doc[start].text == _CLOSING_MARK):
        start += 1
    while end > start and _is_tail(span.doc[end - 1]) and not _closes_bracket(span.doc[start:end]):
        end -= 1
    return span.doc[start:end] if end > start else None


def _closes_bracket(span: Span) -> bool:
    """Does ``span`` end with the bracket it opened, as in "Sen. Bernie Sanders (I-Vt.)"? That one stays."""
    return span[-1].text == ")" and any(t.text == "(" for t in span[:-1])


def _is_edge(token: Token) -> bool:
    return token.is_space or token.text in _EDGE_PUNCT


def _is_tail(token: Token) -> bool:
    """A separator, or a coordinator whose conjunct went elsewhere: neither ends a span."""
    return _is_edge(token) or token.pos_ == "CCONJ"


def offsets(span: Span) -> Offsets:
    return (span.start_char, span.end_char)


def subtree_span(token: Token) -> Span:
    """The contiguous span from the leftmost to the rightmost token ``token`` dominates."""
    return token.doc[token.left_edge.i : token.right_edge.i + 1]


#: Clauses the parser hangs on a source that set the scene of the reporting rather than describe the
#: source ("Harvey, [when asked about the vote], said...").
_CLAUSAL_MODIFIERS = frozenset({"advcl"})


def source_phrase(head: Token, drop: frozenset[str] | None = None) -> Span | None:
    """The noun phrase naming a source: ``head``'s subtree with its own relative and participial
    clauses ("officials who spoke on condition of anonymity") but without the ``drop`` clauses (by
    default a scene-setting clause or a participle set off by commas) and relatives set off deeper
    inside, keeping a phrase set off by commas with its closing comma ("Jeff Sessions, a close advisor
    to Trump,"): PolNeAR marks the holder's full noun phrase."""
    doc = head.doc
    clauses = [child for child in head.children if child.dep_ in drop] if drop is not None else _scene(head)
    clauses += _set_off_relatives(head)
    dropped = {t.i for clause in clauses for t in clause.subtree}
    kept = {t.i for t in head.subtree if t.i not in dropped and not (t.is_quote and t.dep_ == "punct")}
    start, end = head.i, head.i + 1
    while start - 1 in kept:
        start -= 1
    while end in kept:
        end += 1
    dash = [i for i in range(start, head.i) if _is_dash(doc[i])]
    start = dash[-1] + 1 if dash else start
    phrase = trim(doc[start:end])
    if phrase is None:
        return None
    set_off = any(t.text == "," for t in phrase)
    if set_off and phrase.end < len(doc) and doc[phrase.end].text == ",":
        return doc[phrase.start : phrase.end + 1]
    return phrase


def _is_dash(token: Token) -> bool:
    """A dash, or a hyphen standing alone between spaces as one ("BRUSSELS - European officials")."""
    return token.text in DASHES or (token.text == "-" and bool(token.whitespace_) and token.i > 0
                                    and bool(token.nbor(-1).whitespace_))


def _scene(head: Token) -> list[Token]:
    """Clauses on a source that tell the circumstances of the reporting, not who reported."""
    return [child for child in head.children if child.dep_ in _CLAUSAL_MODIFIERS or _is_set_off_participle(child)]


def _is_set_off_participle(token: Token) -> bool:
    """A participle set off by commas ("Sherman, [speaking of politicians], said") tells what the source
    was doing when speaking, not who the source is."""
    start = token.left_edge.i
    return token.dep_ == "acl" and token.tag_ == "VBG" and start > 0 and token.doc[start - 1].text == ","


def _set_off_relatives(head: Token) -> list[Token]:
    """Relative clauses set off by a comma deeper in a source phrase ("Maria Lopez, director of
    Open Roads, [which organized the march],"): they describe a name inside it, not the speaker."""
    return [t for t in head.subtree if t.dep_ == "relcl" and t.head != head and t.left_edge.i > 0
            and t.doc[t.left_edge.i - 1].text == ","]


def within_paragraph(span: Span, anchor: Token) -> Span | None:
    """The part of ``span`` inside ``anchor``'s paragraph (paragraphs end at a line break), or None."""
    start, end = paragraph_bounds(anchor)
    tokens = [t.i for t in span if start <= t.idx < end and not t.is_space]
    return span.doc[min(tokens) : max(tokens) + 1] if tokens else None


def content_within(span: Span, anchor: Token) -> Span | None:
    """``span`` cut to ``anchor``'s paragraph and trimmed of edge punctuation, or None if nothing is left."""
    clause = within_paragraph(span, anchor)
    return trim(clause) if clause is not None else None


def paragraph_bounds(token: Token) -> tuple[int, int]:
    """Character offsets of the paragraph holding ``token``."""
    return line_bounds(doc_text(token.doc), token.idx)


def line_bounds(text: str, position: int) -> tuple[int, int]:
    """Character offsets of the line (the cleaner's paragraph) of ``text`` holding ``position``."""
    end = text.find("\n", position)
    return text.rfind("\n", 0, position) + 1, end if end >= 0 else len(text)


#: A quotation's own credit after a dash, to the line's end ("“… hurting us.” ― Carlos Raúl", "― Edwin G. Monroy").
_CREDIT = re.compile(r"[”\"’]\s*[―—–].{0,60}$")


def in_prose_line(text: str, position: int) -> bool:
    """Does the line holding ``position`` end as a sentence ends (a stop, after any closing marks)? A
    headline, a related-stories list, a pull quote cut at a comma or a caption credit does not, and
    nothing on it is a claim of the story: "Senators call for 5G coordinator", "‘We had some issues,’". A
    quotation credited after a dash is read up to its closing mark; a dash after a quotation inside a
    paragraph, with more of the paragraph after it, credits nothing."""
    start, end = line_bounds(text, position)
    line = text[start:end]
    credit = _CREDIT.search(line)
    line = line[: credit.start() + 1] if credit else line
    # a closing mark typed as an opening one ("… is 51 percent.“") closes the sentence all the same, and a
    # semicolon closes a clause of a list set out in lines ("Lawmaker urges retaliation on Russia;")
    return line.rstrip().rstrip(_CLOSERS + "“").endswith((".", "!", "?", "…", ":", ";"))



#: Words a line of a headline list runs to at most; a story's paragraphs run longer.
_LIST_LINE_WORDS = 25


def in_story_line(text: str, position: int) -> bool:
    """Is the line holding ``position`` a paragraph of the story, where a quotation is speech? Beyond
    ``in_prose_line``: not a teaser cut short ("call JCOPE ‘unsatisfactory’ after..."), not a headline
    in title case ("Is An ‘Oxygen Bar’ In Delhi…?"), not an item of a list of headlines, whose
    neighbouring lines are headlines too ("Defense chief says…: “Any place…”" between two of them), not
    headlines run together with bars, not a pull quote (a line that is a quotation alone, repeating words
    the story quotes where they were said). A line the next one goes on from is a piece of a paragraph."""
    start, end = line_bounds(text, position)
    runs_on = _runs_on(text, end)
    if not in_prose_line(text, position) and not runs_on:
        return False
    line = text[start:end].strip()
    if line.endswith(("...", "…")) or _is_title_case(line) or _is_pull_quote(text, line):
        return False
    if _in_linked_headlines(text[start:position], text[position:end]):
        return False
    if runs_on or len(line.split()) > _LIST_LINE_WORDS:
        return True
    neighbours = [_neighbour_line(text, start, end, step) for step in (-1, 1)]
    return not all(n is not None and _is_headline(n) for n in neighbours)


def _in_linked_headlines(before: str, after: str) -> bool:
    """Is the position in a run of headlines joined by bars ("Mark Ruffalo pushes Congress on ‘forever
    chemicals’ | Lawmakers spar…")? Not when its piece of the line is a long sentence of its own, as a
    story's paragraph is after a site's inline widget ("…| Louisiana hit by ransomware attack … MORE
    (D-Minn.), the U.S. Attorney’s Office … announced Monday.")."""
    if " | " not in before and " | " not in after:
        return False
    piece = before.rsplit(" | ", 1)[-1] + after.split(" | ", 1)[0]
    return " | " in after or len(piece.split()) <= _LIST_LINE_WORDS or not in_prose_line(piece, 0)


def _runs_on(text: str, end: int) -> bool:
    """Does the next line go on with the sentence, opening in lower case ("Editor’s note: Donald Trump
    regularly / incites / political violence…")? Then the break is a stray one inside a paragraph, which no
    headline or list item has."""
    following = _neighbour_line(text, end, end, 1)
    return following is not None and following[:1].islower()


def _neighbour_line(text: str, start: int, end: int, step: int) -> str | None:
    """The nearest non-empty line before (``step`` -1) or after (1) the line from ``start`` to ``end``."""
    lines = text[:start].split("\n")[::-1] if step < 0 else text[end:].split("\n")
    return next((line.strip() for line in lines if line.strip()), None)


#: Words a headline runs to at most: a tabloid's run long ("When SHOULD you give money to your children?
#: Entrepreneur and 'Die with Zero' author Bill Perkins urges parents to hand over their fortune…").
_HEADLINE_WORDS = 40


def _is_headline(line: str) -> bool:
    """A line that does not end as a sentence, of a headline's length: a headline or a list item."""
    return len(line.split()) <= _HEADLINE_WORDS and not in_prose_line(line, 0)


def _is_title_case(line: str) -> bool:
    """Every longer word capitalised, as headlines are written, over enough words to tell, and no full
    stop at the end, which headlines do without (a corpus that adds one to its headlines, as PolNeAR
    does, has them read as sentences)."""
    words = [w for w in re.findall(r"[^\W\d_]+", line) if len(w) > 3]
    stop = line.rstrip(_CLOSERS).endswith(".")
    return len(words) >= 4 and all(w[:1].isupper() for w in words) and not stop


#: Characters a pull quote must run to before its repeat in the story tells it apart.
_PULL_QUOTE_CHARS = 20


def _is_pull_quote(text: str, line: str) -> bool:
    """A line that is one quotation set out of the story: it repeats words the story quotes where they
    were said, or a credit line naming someone the story has named follows it ("“Essentially, the act of
    becoming consciously aware…” / Michael Shadlen, Ph.D.")."""
    inner = line.strip(_CLOSERS + "“‘")
    alone = line[:1] in "\"“‘'" and line[-1:] in _CLOSERS and not re.search(r"[\"“”]", inner)
    if not alone or len(inner) < _PULL_QUOTE_CHARS:
        return False
    at = text.find(line)
    credit = _neighbour_line(text, at, at + len(line), 1) if at >= 0 else None
    return text.count(inner.rstrip(".!?…")) > 1 or (credit is not None and _is_credit(text[:at], credit))


#: Words a pull quote's credit line runs to at most ("Michael Shadlen, Ph.D.", "Jane Doe, CEO of Acme").
_CREDIT_WORDS = 6


def _is_credit(before: str, line: str) -> bool:
    """Is ``line`` a pull quote's credit: a name the story has already used (two capitalised words), alone
    or with a title after a comma, in a few words?"""
    found = re.match(r"([A-Z][\w.’'-]* [A-Z][\w’'-]*)(?:,|$)", line)
    return found is not None and len(line.split()) <= _CREDIT_WORDS and found.group(1) in before


def is_quoted_title(text: str, content: Sequence[Offsets]) -> bool:
    """A few words in quotation marks, every one capitalised, name a title ("Out There", the "Pick Six
    Newsletter"), not speech; one word may be speech ("“Donald,” he said, “you’ve…”"), and capitals
    throughout are shouting."""
    words = [w for start, end in content for w in re.findall(r"[^\W_]+", text[start:end])]
    capitalised = all(w[:1].isupper() or w.isdigit() for w in words) and not all(w.isupper() for w in words)
    return 1 < len(words) <= _TITLE_WORDS and capitalised


#: Words a quoted title runs to at most.
_TITLE_WORDS = 5


#: Nouns that name words as words ("the words “COVID-19” or “vaccine”", "the term “caravan”"): what they
#: quote is mentioned, not said, as is what "so-called" marks as a label.
_MENTION_WORDS = frozenset({"word", "term", "phrase", "name", "nickname", "label", "slogan", "hashtag"})
#: Words a quoted term runs to at most; a longer quotation is someone's words.
_TERM_WORDS = 4
#: Items a list runs to at least before a quoted one among them is the writer's naming of a thing.
_LIST_ITEMS = 3


def is_named_term(doc: Doc, quotation: Offsets) -> bool:
    """A few quoted words that name a thing rather than report what someone said: mentioned as words ("the
    words “COVID-19” or “vaccine”", "the so-called “caravan”") or one item of the writer's list of things
    ("apartments, a hotel and “microhomes”", "a knife, black face masks, ‘green leafy substance’ and a
    phone"). A short quotation in a clause of someone's report is otherwise their words ("a “bad idea”",
    "called it “a bittersweet moment” and “a significant step forward”"), as the labels count them."""
    inner = doc.char_span(quotation[0] + 1, quotation[1] - 1, alignment_mode="contract")
    if inner is None or not 0 < sum(t.is_alpha for t in inner) <= _TERM_WORDS:
        return False
    items = _coordinated(inner.root)
    labelled = doc_text(doc)[: quotation[0]].rstrip().lower().endswith("so-called")
    mentioned = labelled or any(t.lemma_ in _MENTION_WORDS for item in items
                                for t in [item.head, *item.children] if t not in inner)
    unquoted = [t for t in items if t.pos_ in ("NOUN", "PROPN") and not _in_quotation(t)]
    return mentioned or len(unquoted) >= _LIST_ITEMS - 1 and len(items) >= _LIST_ITEMS


def _coordinated(token: Token) -> list[Token]:
    """The nouns listed with ``token``: joined to it by "and"/"or" or set beside it by commas, as the
    parser links a list's items (conjuncts and appositions, in chains)."""
    linked = {"conj", "appos"}
    found, todo = [token], [token]
    while todo:
        current = todo.pop()
        near = [c for c in current.children if c.dep_ in linked]
        if current.dep_ in linked:
            near.append(current.head)
        for other in near:
            if other not in found and other.pos_ in ("NOUN", "PROPN"):
                found.append(other)
                todo.append(other)
    return found


def _in_quotation(token: Token) -> bool:
    """Does a quote mark open the token's phrase?"""
    first = token.left_edge.i
    return token.doc[first].is_quote or (first > 0 and token.doc[first - 1].is_quote)
