"""Small helpers turning spaCy tokens into trimmed character spans."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from spacy.tokens import Doc, Span, Token

from dateline.clean.boilerplate import is_title_case
from dateline.extract.lines import line_bounds
from dateline.nlp.extensions import doc_text
from dateline.records import Offsets

_EDGE_PUNCT = frozenset(",;:.—–-()[]")
#: Words of a speaker in the first person singular ("I", "my"): a person's, never a body's, which says "we".
FIRST_PERSON_SINGULAR = re.compile(r"(?<![\w'’])(?:I|I['’](?:m|ve|ll|d)|me|my|mine|myself)(?![\w'’])")
#: The double quotation mark that only closes a quotation, never opens one.
_CLOSING_MARK = "”"
#: The dashes that set off a phrase or an aside ("– Israel has said it would add a day –").
DASHES = frozenset({"—", "–", "--"})
#: What sets a phrase off from the words before it: a comma or a dash ("Trump, the front-runner,",
#: "38 percent — who said").
PHRASE_OPENERS = frozenset({","}) | DASHES


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


def span_at(doc: Doc, place: Offsets | None) -> Span | None:
    """The tokens over a quote's stored place (its cue, source or speaker), widened to whole tokens: the
    inverse of :func:`offsets`; None where the quote has no such place."""
    return doc.char_span(*place, alignment_mode="expand") if place is not None else None


def subtree_span(token: Token) -> Span:
    """The contiguous span from the leftmost to the rightmost token ``token`` dominates."""
    return token.doc[token.left_edge.i : token.right_edge.i + 1]


#: Clauses the parser hangs on a source that set the scene of the reporting rather than describe the
#: source ("Harvey, [when asked about the vote], said...").
_CLAUSAL_MODIFIERS = frozenset({"advcl"})


#: The parts of speech of the role words a name may follow in a speech tag ("tweeted reporter Phil Davis").
_ROLE_WORD_POS = frozenset({"NOUN", "ADJ"})
#: Entity types of capitalised words that are no speaker's name: "said Friday", "added in March".
_TIME_ENTITIES = frozenset({"DATE", "TIME"})


def name_after(token: Token) -> Span | None:
    """The capitalised words right after a tag's verb, after any lower-case role words, up to the end of the
    clause (a punctuation mark or the end of the text): the inverted subject of "says Early", "tweeted reporter
    Phil Davis". Read off the words, as the parser often takes such a name for an adverb or an object, or the
    verb for an adjective of the role noun. Not a day or a month ("said Friday"), which dates the tag."""
    doc = token.doc
    name = token.i + 1
    while name < len(doc) and doc[name].is_lower and doc[name].is_alpha and doc[name].pos_ in _ROLE_WORD_POS:
        name += 1
    end = name
    while end < len(doc) and (_is_name_word(doc[end]) or _joins_name(doc[end])):
        end += 1
    if end == name or not (end == len(doc) or doc[end].is_punct):
        return None
    return doc[token.i + 1 : end]


def _is_name_word(word: Token) -> bool:
    """A capitalised word that is not a day or a month."""
    return word.is_alpha and word.text[:1].isupper() and word.ent_type_ not in _TIME_ENTITIES


def _joins_name(word: Token) -> bool:
    """A hyphen inside a double-barrelled name ("Moura-George"), touching a name word on either side."""
    doc = word.doc
    following = doc[word.i + 1] if word.i + 1 < len(doc) else None
    return word.text == "-" and word.i > 0 and not doc[word.i - 1].whitespace_ and not word.whitespace_ \
        and following is not None and _is_name_word(following)


def ends_sentence(span: Span) -> bool:
    """Is nothing but punctuation and space left of the sentence after ``span``?"""
    return all(t.is_punct or t.is_space for t in span.doc[span.end : span.sent.end])


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


def according_to_objects(token: Token) -> list[Token] | None:
    """The objects of the "according to" phrase ``token`` opens ("according to NBC News": its head "News"), or
    None where it opens none: the quotes stage reads such a phrase as an attribution, and the figure stage as
    the source of a number it left unread."""
    doc = token.doc
    if token.lower_ != "according" or token.i + 1 >= len(doc) or doc[token.i + 1].lower_ != "to":
        return None
    return [child for child in doc[token.i + 1].children if child.dep_ == "pobj"]


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


def is_quoted_title(text: str, content: Sequence[Offsets]) -> bool:
    """Words in quotation marks written in title case name a title ("Out There", the "Pick Six Newsletter",
    the planned “Lena’s Law”, a Sierra Club “Handbook of Green Heroes”, a story headlined “City Police
    Are Openly Arresting Reporters…”), not speech, which is written in sentence case:
    first and last word and every longer word capitalised (title case leaves short function words lower),
    as in a headline of any length. One word may be speech ("“Donald,” he said, “you’ve…”"), words that end
    on a short lower-case one are ("“Come on”"), and capitals throughout are shouting ("NO COLLUSION and NO
    OBSTRUCTION")."""
    quoted = " ".join(text[start:end] for start, end in content)
    words = _WORD.findall(quoted)
    capitalised = [w for w in words if w[:1].isupper() or w[:1].isdigit()]
    framed = bool(words) and words[0] in capitalised and words[-1] in capitalised
    shouted = all(w.isupper() for w in capitalised)
    content_words = " ".join(w for w in words if w not in _HEADLINE_LOWER_WORDS)
    return 1 < len(words) <= _TITLE_WORDS and framed and not shouted and is_title_case(content_words)


def is_framed_title(text: str, content: Sequence[Offsets]) -> bool:
    """Is the quotation introduced as the name of a work, whoever the sentence goes on to quote? A noun for a
    work or a verb of naming before it says so in any case ("His book, “Eat Less, Walk More and Sleep
    Well,”", "a video called “Behind the scenes with…”", "an essay titled “…”"); a preposition or a
    possessive before a quotation in title case makes it a noun phrase of the sentence ("said on CBS’ “Face
    the Nation.”", "a blunter take on “Keep Calm and Carry On.”"), where speech would follow a cue."""
    start, end = content[0]
    if start and text[start] not in _OPENING_MARKS and text[start - 1] in _OPENING_MARKS:
        start -= 1
    if text[start] not in _OPENING_MARKS or text[end - 1] not in CLOSING_MARKS:
        return False  # the writer's words around a quotation are no title
    line_start, _ = line_bounds(text, start)
    before = text[line_start:start].rstrip()
    return (_WORK_FRAME.search(before) is not None
            or (_NOUN_PHRASE_FRAME.search(before) is not None and is_quoted_title(text, content)))


#: A word, with what an apostrophe joins to it ("Kate’s", "Don't"): a possessive's "s" is no lower-case word.
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
#: Words a quoted title runs to at most: a headline's length.
_TITLE_WORDS = 15
#: Prepositions and conjunctions of four letters or more that headline style leaves in lower case ("Eat
#: Less, Walk More and Sleep Well with a Plan"); shorter ones are lower case in any title.
_HEADLINE_LOWER_WORDS = frozenset({"with", "from", "into", "onto", "upon", "over", "than", "amid", "till", "unto"})
#: Marks a quotation opens with.
_OPENING_MARKS = "\"“‘'"
#: Marks a quotation closes with.
CLOSING_MARKS = "\"'”’"
#: Nouns for a work, a show or a creed whose title a quotation right after gives.
_WORK_NOUNS = ("book", "memoir", "novel", "essay", "column", "op-ed", "article", "show", "program", "programme",
               "podcast", "series", "episode", "film", "movie", "documentary", "video", "clip", "song", "album",
               "doctrine")
#: Verbs that give a name, right before the quotation ("an essay titled “…”", "a video called “…”" after a noun).
_WORK_FRAME = re.compile(r"(?:\b(?:titled|entitled|headlined)|\b(?:" + "|".join(_WORK_NOUNS)
                         + r")s?(?:,| (?:called|named|dubbed),?)?)$", re.IGNORECASE)
#: A preposition or a possessive right before the quotation: it is a noun phrase in the sentence.
_NOUN_PHRASE_FRAME = re.compile(r"(?:\b(?:on|of|in|from|at|for|about|with|into)|\w['’]s?)$")


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
    "called it “a painful day” and “a real step forward”"), as the labels count them."""
    inner = doc.char_span(quotation[0] + 1, quotation[1] - 1, alignment_mode="contract")
    if inner is None or not 0 < sum(t.is_alpha for t in inner) <= _TERM_WORDS:
        return False
    items = _coordinated(inner.root)
    labelled = doc_text(doc)[: quotation[0]].rstrip().lower().endswith("so-called")
    mentioned = labelled or any(t.lemma_ in _MENTION_WORDS for item in items
                                for t in [item.head, *item.children] if t not in inner)
    unquoted = [t for t in items if t.pos_ in ("NOUN", "PROPN") and not _in_quotation(t)]
    return mentioned or len(unquoted) >= _LIST_ITEMS - 1 and len(items) >= _LIST_ITEMS


def quotes_a_predicate(doc: Doc, quotation: Offsets) -> bool:
    """Do the quoted words hold a verb of their own ("threatening to “spill the beans” about his wife",
    "accused the mayor of “quietly hiding and shredding” records")? Words the writer marks as a term
    or a name are a noun phrase ("a “ground glass” pattern", "what he called “the southern White House”"); a
    quoted predicate is a piece of what someone said, wherever it stands in the clause. A lone word is left
    alone (a "decided" the writer hedges)."""
    inner = doc.char_span(quotation[0] + 1, quotation[1] - 1, alignment_mode="contract")
    return inner is not None and sum(t.is_alpha for t in inner) > 1 and any(t.pos_ == "VERB" for t in inner)


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
