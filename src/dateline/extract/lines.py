"""Which lines of a cleaned article are its story's paragraphs.

The cleaner sets one paragraph per line. What is said on a line that is not a paragraph of the story (a
headline, an item of a list of related headlines, a teaser cut short, a pull quote repeated from the story)
is no claim of the story: the quote, figure and lead-event stages all ask these questions of a line, so
they live here, beside them, by the characters of the text alone. Whether a position is on a line of the
story at all, and if not why (furniture the cleaner kept, a caption, an editor's note, an embedded post,
what follows the author's bio), is answered here once (:func:`off_story_reason`) for the figure stage and
the timeline alike.
"""

from __future__ import annotations

import re
from functools import lru_cache

from dateline.clean.boilerplate import EDITORS_NOTE, boilerplate_reason, is_title_case, readers_thread, teaser_runs
from dateline.clean.context import MAX_AUTHOR_BOX_LINES, in_author_box, is_bio
from dateline.clean.embeds import embedded_post_spans, is_signed_post

#: Closing quotation marks and brackets, which may follow a sentence's last stop.
CLOSERS = "\"'”’)]"


def line_bounds(text: str, position: int) -> tuple[int, int]:
    """Character offsets of the line (the cleaner's paragraph) of ``text`` holding ``position``."""
    end = text.find("\n", position)
    return text.rfind("\n", 0, position) + 1, end if end >= 0 else len(text)


#: A quotation's own credit after a dash, to the line's end ("“… hurting us.” ― Carlos Raúl", "― Rita K. Olmos").
#: A word in lower case after the dash goes on with the sentence instead ("… boss can be”—and someone he's learned
#: a lot from."): a credit opens with a name. After a sentence's stop the credit is a name alone, in a few
#: capitalised words: the reporter or the agency a live blog or a column signs each paragraph with ("… the
#: ministry said. —Agency", "… buy them. – Columnist Name"), which the cleaner keeps on the paragraph's line.
_CREDIT = re.compile(r"[”\"’]\s*[―—–](?!\s*[a-z]).{0,60}$"
                     r"|[.!?]\s*[―—–]\s*[A-Z][\w.’'&-]*(?:\s[A-Z][\w.’'&-]*){0,3}\s*$")
#: What a sentence (or a clause of a list set out in lines) ends with, before any closing marks.
_STOPS = (".", "!", "?", "…", ":", ";")
#: What may follow a line's last stop: closing marks (or an opening mark typed for a closing one) and any
#: white space between and after them. ``\s`` is Unicode white space: a paragraph a page ends with a no-break
#: space ("….\xa0", common in scraped HTML) still ends on its stop.
_TRAILING = re.compile(r"[\s" + re.escape(CLOSERS + "“") + r"]+$")


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
    # a closing mark typed as an opening one ("… is 51 percent.“") closes the sentence all the same, as do
    # closing marks set apart by spaces ("… shoot us.’ “"), and a semicolon closes a clause of a list set
    # out in lines ("Lawmaker urges retaliation on Russia;")
    return _TRAILING.sub("", line).endswith(_STOPS)


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
    story's paragraph is after a site's inline widget ("…| Ohio city hit by data breach … MORE
    (D-Ohio), the prosecutor’s office … said Monday.")."""
    if " | " not in before and " | " not in after:
        return False
    piece = before.rsplit(" | ", 1)[-1] + after.split(" | ", 1)[0]
    return " | " in after or len(piece.split()) <= _LIST_LINE_WORDS or not in_prose_line(piece, 0)


def _runs_on(text: str, end: int) -> bool:
    """Does the next line go on with the sentence, opening in lower case, after any opening quotation mark
    ("Editor’s note: the council regularly / meets / behind closed doors…", "… versus the massive /
    "drop" of the … founders")? Then the break is a stray one inside a paragraph, which no headline or list
    item has."""
    following = _neighbour_line(text, end, end, 1)
    return following is not None and following.lstrip("\"“‘'")[:1].islower()


def _neighbour_line(text: str, start: int, end: int, step: int) -> str | None:
    """The nearest non-empty line before (``step`` -1) or after (1) the line from ``start`` to ``end``."""
    lines = text[:start].split("\n")[::-1] if step < 0 else text[end:].split("\n")
    return next((line.strip() for line in lines if line.strip()), None)


#: Words a headline runs to at most: a tabloid's run long ("Should you REALLY retire at 60?
#: Planner and 'Spend It Now' author Ann Cole tells savers to enjoy their money while they can…").
_HEADLINE_WORDS = 40


def _is_headline(line: str) -> bool:
    """A line that does not end as a sentence, of a headline's length: a headline or a list item."""
    return len(line.split()) <= _HEADLINE_WORDS and not in_prose_line(line, 0)


def _is_title_case(line: str) -> bool:
    """Title case (:func:`is_title_case`) over enough longer words to tell, and no full stop at the end, which
    headlines do without (a corpus that adds one to its headlines, as PolNeAR does, has them read as
    sentences)."""
    longer = [w for w in re.findall(r"[^\W\d_]+", line) if len(w) > 3]
    stop = line.rstrip(CLOSERS).endswith(".")
    return len(longer) >= 4 and is_title_case(line) and not stop


#: Characters a pull quote must run to before its repeat in the story tells it apart.
_PULL_QUOTE_CHARS = 20


def _is_pull_quote(text: str, line: str) -> bool:
    """A line that is one quotation set out of the story: it repeats words the story quotes where they
    were said, or a credit line naming someone the story has named follows it ("“Essentially, the act of
    becoming consciously aware…” / Michael Shadlen, Ph.D.")."""
    inner = line.strip(CLOSERS + "“‘")
    alone = line[:1] in "\"“‘'" and line[-1:] in CLOSERS and not re.search(r"[\"“”]", inner)
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


def after_author_bio(text: str, position: int) -> bool:
    """Is ``position`` below an author's bio that closes the story (:func:`_story_close`)? The figure stage and
    the timeline both ask it: what a page sets below the bio is no claim of the story."""
    close = _story_close(text)
    return close is not None and position >= close


@lru_cache(maxsize=4)
def _story_close(text: str) -> int | None:
    """Where the first author's bio below a paragraph of the story starts, if any: a line shaped like a bio
    (:func:`dateline.clean.context.is_bio`: "Rhea Nolan was a former Gadget Weekly Editor-in-Chief …")
    naming the author of a byline above it ("By Rhea Nolan"). A page sets the bio at the story's end, and
    what it sets below (readers' comments: "Moto, please don't join the 700 club", other stories' teasers)
    states nobody's claim in the story. A bio above every paragraph of the story (an author box at its head)
    closes nothing, nor does a line about someone the story is about ("Jamal Khashoggi was a columnist for
    The Washington Post"), whom no byline names. Cached: every number or sentence of one article asks of the
    same text."""
    story_seen, start = False, 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end].strip()
        if line and is_bio(line):
            if story_seen and _names_a_byline(line, text[:start]):
                return start
        elif line and not story_seen:
            story_seen = in_story_line(text, start)
        start = end + 1
    return None


#: The name a bio opens with: "Daniel Bader" of "Daniel Bader was a former … editor".
_BIO_NAME = re.compile(r"(.{3,60}?)\s(?:is|was|covers)\s")


def _names_a_byline(bio: str, above: str) -> bool:
    """Does the bio open with the name a byline above it gives ("By Daniel Bader")?"""
    name = _BIO_NAME.match(bio)
    return name is not None and re.search(rf"(?im)^\s*by\s+{re.escape(name.group(1))}\b", above) is not None


#: A photographer's credit closing a caption's line: a name, a slash and the agency, in parentheses ("(Noam
#: Galai/Getty Images)", "(AP Photo/Evan Vucci)", "(Saul Loeb/AFP via Getty Images)"), or a source and the agency
#: it came via, in parentheses ("(Senate Television via AP)"), or set after the caption's last stop ("… May 2,
#: 2016. REUTERS/Ann Cole", "… on June 9, 2021. Ann Cole/City Daily", "… August 2, 2017.
#: REUTERS/Ann Cole/File Photo"): a few capitalised words, a slash and more (a file photo's credit has a
#: second slash) that end on no stop. A story's paragraph closes on no such credit.
_PHOTO_CREDIT = re.compile(r"(?:\([A-Z][^()/]{1,40}/[^()/]{1,60}\)"
                           r"|\([A-Z][^()/]{0,40} via [A-Z][^()/]{0,30}\)"
                           r"|(?<=[.!?”\"’] )[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3}"
                           r"(?:/[A-Z][^/.!?]{0,58}[^/.!?\s]){1,2})$")


def off_story_reason(text: str, position: int) -> str | None:
    """Why the line holding ``position`` is no line of the story, or None if it may be one: a line shaped like
    furniture the cleaner kept (its :func:`~dateline.clean.boilerplate.boilerplate_reason`: a caption, a credit,
    a site prompt), a photo's caption closing on its photographer's credit, an editor's note or a correction
    (which reports the article's own changes, "An earlier version of this story said 12", not the story's
    claims), a post the article embeds (its words and days are its author's:
    :func:`~dateline.clean.embeds.embedded_post_spans`, or a post set on one line with its signature,
    :func:`~dateline.clean.embeds.is_signed_post`), or what a page sets at or below an author's bio that
    closes the story (:func:`after_author_bio`: readers' comments, other stories' teasers), or in the readers' thread
    (:func:`in_readers_thread`) or a run of other stories' teasers (:func:`in_teaser_run`) that the cleaner left,
    wherever the bio is. A sentence's words
    alone cannot tell these: a caption or a comment reads as a report ("Or the Nokia 3 that readers keep
    mixing up with the Nokia 6."). Whether the line also ends as a paragraph does is :func:`off_paragraph_reason`."""
    line = " ".join(text[slice(*line_bounds(text, position))].split())
    reason = boilerplate_reason(line)
    if reason is not None:
        return reason
    if _PHOTO_CREDIT.search(line):
        return "photo caption"
    if EDITORS_NOTE.match(line):
        return "editor's note"
    if is_signed_post(line) or any(start <= position < end for start, end in post_spans(text)):
        return "embedded post"
    if in_readers_thread(text, position):
        return "readers' comments"
    if in_teaser_run(text, position):
        return "teaser run"
    return "below the author's bio" if after_author_bio(text, position) else None


def off_paragraph_reason(text: str, position: int) -> str | None:
    """:func:`off_story_reason`, and beyond it: not on a paragraph of the story (:func:`in_story_line`: a
    headline, a teaser cut short, a list of headlines, a pull quote), nor in a press release's close
    (:func:`in_issuers_close`), nor an author box's bio (:func:`_in_author_box`), unless the page broke a
    paragraph off at a comma (:func:`_ends_on_bare_comma`). The figure stage asks this; the timeline does not,
    since it also turns away
    paragraphs that a page cut or that close on a quotation and a dash ("… officer"—and someone he's learned
    from."), whose sentences may be the only report of a day."""
    reason = off_story_reason(text, position)
    if reason is not None:
        return reason
    if in_issuers_close(text, position):
        return "issuer's close"
    if _in_author_box(text, position):
        return "author box"
    if in_story_line(text, position):
        return None
    return None if _ends_on_bare_comma(text, position) else "not a paragraph"


def _in_author_box(text: str, position: int) -> bool:
    """Is the line holding ``position`` a bio an author box sets (:func:`~dateline.clean.context.in_author_box`),
    read from it and the lines just above it?"""
    start, end = line_bounds(text, position)
    lines = [line.strip() for line in text[:start].split("\n") if line.strip()][-MAX_AUTHOR_BOX_LINES:]
    return in_author_box([*lines, text[start:end].strip()], len(lines))


def broken_off_at_comma(text: str, position: int) -> bool:
    """Is the line holding ``position`` no paragraph by :func:`in_story_line` but one the page broke off inside a
    sentence (:func:`_ends_on_bare_comma`)? The figure stage lets its numbers through below the series line: the
    shape is rare, and its line is no whole paragraph."""
    return _ends_on_bare_comma(text, position) and not in_story_line(text, position)


def _ends_on_bare_comma(text: str, position: int) -> bool:
    """Does the line holding ``position`` end on a bare comma after more words than a list's line runs to ("… and
    the county's rolls grew by a further 3,200," with no more of it: a break the page's markup set inside a long
    paragraph, or a stop typed as a comma)? No headline, list item or teaser ends on a comma, and a pull quote
    cut at one ends on its closing mark ("‘We had some issues,’"). On the tuning splits such lines held two
    labelled counts, at two outlets, and no unlabelled one. Only the figure stage asks: the quote stage and the
    timeline read a line's sentences, which this one leaves unfinished."""
    line = text[slice(*line_bounds(text, position))].rstrip()
    return line.endswith(",") and len(line.split()) > _LIST_LINE_WORDS


#: A prompt to look elsewhere for more ("For more information on …, please visit: …", "For further details,
#: contact …"), which a press release closes its story with.
_MORE_INFORMATION = re.compile(r"\bfor (?:more|further|additional) (?:information|details)\b[^.\n]*?"
                               r"\b(?:visit|see|go to|contact|call)\b", re.IGNORECASE)
#: A web address a prompt sends the reader to: "www.ascom.com", "http://mednews.stanford.edu".
_WEB_ADDRESS = re.compile(r"https?://|www\.|\b[\w-]+\.(?:com|org|net|edu|gov)\b")
#: Paragraphs a press release sets below its prompt at most: its references and the issuer's standard
#: description of itself. A story that goes on longer after a prompt (an application's deadline and its
#: address, then the scholarships it funds) had not closed.
_CLOSE_PARAGRAPHS = 5


def in_issuers_close(text: str, position: int) -> bool:
    """Is ``position`` in a press release's close (:func:`_issuers_close`), or in a section headed "About" its
    issuer or partner (:func:`_about_sections`)? The issuer's standard description of itself and the
    references below its prompt ("Acme is based in Zug, has offices in 12 countries and employs
    about 900 people", "The institute joins research … at its two campuses") are the same in
    all its releases, and no claim of this one's story."""
    close = _issuers_close(text)
    return (close is not None and position >= close) \
        or any(start <= position < end for start, end in _about_sections(text))


@lru_cache(maxsize=4)
def _issuers_close(text: str) -> int | None:
    """Where the line starts that prompts the reader to a web address for more information (:data:`_MORE_INFORMATION`),
    when no more than :data:`_CLOSE_PARAGRAPHS` lines that end as sentences follow it. Cached: every number of
    one article asks of the same text."""
    for prompt in _MORE_INFORMATION.finditer(text):
        start, end = line_bounds(text, prompt.start())
        below = [line for line in text[end:].split("\n") if line.strip() and in_prose_line(line, 0)]
        if _WEB_ADDRESS.search(text[prompt.end():end]) and len(below) <= _CLOSE_PARAGRAPHS:
            return start
    return None


def in_readers_thread(text: str, position: int) -> bool:
    """Is ``position`` in the readers' thread below the article (:func:`_thread_start`)? A comment reads as a
    report ("The council voted on March 6 to cut the route."), and no line of the thread or below it is the story's."""
    start = _thread_start(text)
    return start is not None and position >= start


@lru_cache(maxsize=4)
def _thread_start(text: str) -> int | None:
    """Where the first line of the readers' thread starts in ``text``
    (:func:`dateline.clean.boilerplate.readers_thread`), if it has one. Cached: every sentence of one article asks
    of the same text."""
    lines = _shown_lines(text)
    first = readers_thread([line for *_, line in lines])
    return lines[first][0] if first < len(lines) else None


def in_teaser_run(text: str, position: int) -> bool:
    """Is ``position`` in a run of other stories' teasers (:func:`_teaser_spans`)? A blurb reads as a report ("A
    former clerk was charged on May 3 with …"), and its day is its own story's."""
    return any(start <= position < end for start, end in _teaser_spans(text))


@lru_cache(maxsize=4)
def _teaser_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The character spans of the runs of teasers in ``text`` (:func:`dateline.clean.boilerplate.teaser_runs`).
    Cached: every sentence of one article asks of the same text."""
    lines = _shown_lines(text)
    return tuple((lines[first][0], lines[last][1]) for first, last in teaser_runs([line for *_, line in lines]))


def _shown_lines(text: str) -> list[tuple[int, int, str]]:
    """Each non-empty line of ``text`` with its start and end offsets, its spacing collapsed as the cleaner reads
    it."""
    return [(start, start + len(line), " ".join(line.split())) for start, line in _lines_after(text, -1)
            if line.strip()]


#: A heading that opens a press release's section about a company or a person: "About HackerRank", "About
#: Cybermedia Technologies Inc.:". Its words after "About" are the name the section's first paragraph opens with.
_ABOUT_HEADING = re.compile(r"^About ((?:[A-Z][\w&'’.-]*)(?: [A-Z][\w&'’.,-]*){0,5}):?[ \t]*$", re.MULTILINE)


@lru_cache(maxsize=4)
def _about_sections(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of the sections a page heads "About" someone (:data:`_ABOUT_HEADING`) whose first paragraph
    opens with that name ("About HackerRank" / "HackerRank is a platform that … Over 1,000 companies use
    HackerRank"): the boilerplate description a press release, or a byline's bio, closes with, which the wire
    prints below every release of the issuer. A section runs over the lines that end as sentences after the
    heading, up to the first that does not (a web address, a contact's name); a heading whose next paragraph
    names someone else ("About the Author" / "Paul …", "About Us" / "Work for us") opens none. Cached: every
    number of one article asks of the same text."""
    sections = []
    for heading in _ABOUT_HEADING.finditer(text):
        name = heading.group(1).split()[0].rstrip(".,")
        lines = [(start, start + len(line)) for start, line in _lines_after(text, heading.end()) if line.strip()]
        if not lines or not text[lines[0][0] : lines[0][1]].lstrip().startswith(name):
            continue
        end = lines[0][1]
        for start, stop in lines:
            if not in_prose_line(text, start):
                break
            end = stop
        sections.append((heading.start(), end))
    return tuple(sections)


def _lines_after(text: str, position: int) -> list[tuple[int, str]]:
    """Each line of ``text`` after the line ending at ``position``, with its start offset."""
    lines, start = [], position + 1
    for line in text[start:].split("\n"):
        lines.append((start, line))
        start += len(line) + 1
    return lines


@lru_cache(maxsize=4)
def post_spans(text: str) -> tuple[tuple[int, int], ...]:
    """:func:`~dateline.clean.embeds.embedded_post_spans`, cached: every number or sentence of one article asks
    of the same text, and the timeline's candidates ask it once more of each article."""
    return embedded_post_spans(text)
