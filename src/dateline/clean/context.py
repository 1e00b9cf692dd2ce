"""Boilerplate by context: a scrape is one article block with furniture around it and in it.

A single line rarely says whether it is furniture ("Mark Rutte", "14 hours ago", "Palestinians react"), but
where it sits does. As jusText does for HTML paragraphs, each line is first judged alone — a body line reads
like prose: long enough, ending like a sentence, with function words — and then by its neighbours: the
article is the cluster of body lines with the most of them, the lines before its first body line and after
its last are bylines, share buttons and lists of other stories, and inside it a run of two or
more non-body lines is a video box, a gallery or a related-story list. A short line right above a body line
that is shaped like a subheading stays, and so does a list that the article opens with a colon; a lone line
that is a kicker and another story's headline ("INSIDE THE STORY: The Ledger's two-year hunt for …") goes.

After the article, prose stays only where the article goes on: a run of prose right below its last
paragraph, or one with a paragraph a few lines on (past an inline newsletter box), or with two paragraphs
further down. Teaser lists after an article interleave titles with one-line blurbs that read as sentences
("Most parents say their children sleep too little…", "Can you name the city from five photos?"), and
an author's bio, a comment or a cookie notice stands alone; an author box opens with the byline's name
("Ann Cole" / "Ann Cole is a reporter for the Herald."), even as the block's last paragraph. A list the
article closes with, perhaps under a subheading ("Tour dates"), stays when its items open alike (with a
day or a bullet); a list opened far below the article ("Follow us on socials:") is the page's. Below the
story's last paragraph, a prompt that ties the reader to the outlet ("Never miss a story: Subscribe to the
Valley Times.") goes, though it reads as prose; a police appeal speaks to the reader too, but about
the story. A post the article embeds is judged like any other lines; what stays of it is marked for the
stages that read claims (:mod:`dateline.clean.embeds`).

Precision first: inside the article, a line that reads as prose (a sentence, or long running text that lost
its stop) is never dropped for its place, only by the line rules, and neither is a line above the article or
a short one in it that names a day (a caption's date, a clock time, that the publication-date check reads;
without them many scrapes' dates went unknown on the real gold), unless it is a date line, the page's stamp,
which the publication-date guess reads from the raw scrape (:mod:`dateline.clean.date_lines`) and which in
the stored text is furniture. So jusText's own classes are not used (given one
``<p>`` per line it drops whole short-paragraph articles, such as a wire story's timed updates: 3% of the dev
gold's story tokens), only its English stop-word list.
"""

from __future__ import annotations

import re
from functools import cache

import justext

from dateline.clean.embeds import embedded_post_lines
from dateline.clean.tagger import tagged
from dateline.days import MONTH_PATTERN

#: A body line has at least this many words ...
_MIN_BODY_WORDS = 7
#: ... and at least this share of them function words (prose; headlines, names and credits have few).
_MIN_STOPWORD_SHARE = 0.1
#: Body lines this many non-body lines apart or closer belong to one article block.
_MAX_GAP = 3
#: Inside the block, a run of this many non-body lines or more is furniture; one line alone only when it is
#: not shaped like a subheading.
_MIN_FURNITURE_RUN = 2
#: A headline or subheading is short and has no closing punctuation.
_MAX_HEADLINE_WORDS = 25
#: ... and a headline has at least this many words ("News", "Email link" are labels).
MIN_HEADLINE_WORDS = 3
#: A closing mark of a sentence, perhaps inside quotes or brackets, which tokenized text sets apart
#: ("fighting each other . ''").
_SENTENCE_END = re.compile(r"""[.!?…](?:\s*["'”’)\]])*\s*$""")
#: ... or of a clause that opens a list ("Here are the highlights:").
_CLAUSE_END = re.compile(r"""[.!?…:](?:\s*["'”’)\]])*\s*$""")
#: A line that ends like a sentence and has this many words is never dropped for its place.
_MIN_SENTENCE_WORDS = 3
#: A caption: a sentence and then its credit in brackets ("... in Gaza City. (Adel Hana/AP)").
_CREDITED = re.compile(r"[.!?…][\"'”’]?\s*\([^()]{1,60}\)\s*$")
#: The number of a numbered subheading ("2. Never urged Ukraine ...").
_NUMBERED = re.compile(r"^\d{1,2}[.)]\s+")
#: A line of this many words, a fifth of them function words, is running text even without a final stop.
_MIN_PROSE_WORDS = 15
_MIN_PROSE_STOPWORD_SHARE = 0.2
#: A line naming a day or a time of day ("Posted: May 03, 2021 9:15 AM EDT", "18 NOV 2019", "5:50 PM").
_DAY = re.compile(rf"\b{MONTH_PATTERN}\s+\d{{1,2}}\b|\b\d{{1,2}}\s+{MONTH_PATTERN}(?:\s|$)"
                  r"|\b\d{4}-\d\d-\d\d\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b\d{1,2}:\d\d\s*[ap]\.?m\b", re.IGNORECASE)
#: A clause that opens a list has this many words; a label ("More information:") has fewer.
_MIN_LIST_OPENER_WORDS = 4
#: A paragraph ends with a full stop; a headline or a teaser's title ends with none, or with "?" or "!".
_PARAGRAPH_END = re.compile(r"""[.…](?:\s*["'”’)\]])*\s*$""")
#: A line ending on an initialism's stop ("… Bloomberg Tells U.S.", "… Trump International Hotel in D.C."): the
#: stop is the abbreviation's, which a headline keeps too, so it says nothing of a paragraph's end.
_INITIALISM_END = re.compile(r"""\b(?:[A-Z]\.){2,}(?:\s*["'”’)\]])*\s*$""")
#: After the article, prose stays only in a run with at least this many paragraphs: the article going on
#: after a widget. A blurb between two teaser titles, a bio or a notice stands alone.
_MIN_CONTINUATION_PARAGRAPHS = 2
#: A run of prose this many lines or fewer below the article's last paragraph continues it with one line of
#: prose (the article resumed past an inline newsletter box; set on the dev split).
_NEAR_END = 7
#: A closing list (tour dates, a schedule) has at least this many items that open alike.
_MIN_LIST_ITEMS = 2
#: How a list item opens: with a day ("Nov. 22 — Nashville", "Fri, 3/6 – …") or a bullet.
_LEADING_DAY = re.compile(rf"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
                          rf"(?:{MONTH_PATTERN}\s+\d{{1,2}}\b|\d{{1,2}}\s+{MONTH_PATTERN}|\d{{1,2}}/\d{{1,2}}\b)",
                          re.IGNORECASE)
_BULLETS = "•·▪●*–-"
#: An author box that reads as prose is at most this many paragraphs ("X is a reporter for…", "X covers…").
_MAX_BIO_PARAGRAPHS = 2
#: A byline alone: "By" and a few capitalised names.
_BYLINE_ALONE = re.compile(r"By(?: [A-Z][\w.'’-]*){1,4}")
#: A byline's name: two to four capitalised words, perhaps after "By".
_NAME_LINE = re.compile(r"(?:by\s+)?((?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w'’-]+)", re.IGNORECASE)
_WORD = re.compile(r"[\w’'-]+")
#: The heading of an author box: "About the Author", or "About" and the author's full name ("About Gabriel Avner").
_ABOUT_AUTHOR = re.compile(r"About\s+(?:(?P<role>(?i:the\s+authors?))\s*:?|(?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w'’-]+)")
#: A pronoun that tells of a person: a bio under "About" and a name speaks of its author so, where a press
#: release's note on its company ("About HackerRank" / "HackerRank is a platform …") does not.
_PERSON = re.compile(r"\b(?i:he|she|his|her|him)\b")
#: What an author is as a writer, in a bio.
_WRITER = r"journalist|reporter|writer|editor|author|correspondent|columnist|contributor|producer|staff|intern"
#: A bio's opening: a full name (the first may be run into it, "John FefferJohn Feffer is…") or "I", and
#: then what the author is or has been, perhaps at an outlet named in the possessive ("Ann Cole is the Herald’s
#: chief science writer.", "Tom Reyes has been a Daily Ledger reporter since 2011", "Mia
#: Grant is a summer intern with the Valley Times."), or covers.
_BIO = re.compile(rf"(?:I am|(?:[A-Z][\w.'’-]*\s?){{2,6}}\s(?:is|was|has been))\s"
                  rf"(?:a|an|the|(?:[A-Z][\w.&-]*\s)*[A-Z][\w.&-]*[’']s)\b[^.!?]{{0,60}}?"
                  rf"\b(?i:{_WRITER})s?\b|(?:[A-Z][\w.'’-]*\s?){{2,6}}\scovers\s")
#: What follows an author's first name in an author box: what they are as a writer, cover, or joined.
_FIRST_NAME_BIO = rf"\s(?:(?:is|was)\s(?:a|an|the)\b[^.!?]{{0,60}}?\b(?i:{_WRITER})s?\b|covers\s|joined\s)"
#: An author's name as a page's metadata gives it: two to four capitalised words, none of them a digit ("Ann
#: Cole", "Laura E. Adkins"; not "April 9").
_AUTHOR_NAME = re.compile(r"[A-Z][^\W\d_][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}")
#: An author box sets its author's name at most this many lines above the bio (the name, a title, the bio).
MAX_AUTHOR_BOX_LINES = 3
#: A story above a list of other stories' teasers has at least this many body lines: a standfirst alone above
#: a label ("More on this story") is no article.
_MIN_ARTICLE_PARAGRAPHS = 2
#: A story that a scrape runs on from into the next one has at least this many body lines.
_MIN_STORY_PARAGRAPHS = 4
#: A list of teasers has at least this many blurbs (body lines) ...
_MIN_TEASERS = 3
#: ... and its blurbs have a paragraph next to them at most this share of the time.
_MAX_PAIRED_SHARE = 1 / 3
#: A comment box's header opens the readers' thread only below at least this many body lines: the article's
#: paragraphs (a comment counter in the share bar under a standfirst has one above it at most).
_MIN_PARAGRAPHS_ABOVE_THREAD = 3
#: A comment's own buttons and counters, a line alone under each comment of a thread: "Reply", "Like",
#: "Report", "Upvote", "12 likes", "3 replies", "Like · Reply".
_COMMENT_BUTTON = re.compile(r"(?:reply|like|report|flag|upvote|downvote|\d+\s+(?:likes?|replies|votes?|points?))"
                             r"(?:\s*[·•|]\s*(?:reply|like|report|share|\d+\s*\w{1,7}))*", re.IGNORECASE)
#: A comment's stamp as a thread prints it: a relative time ("3 hours ago", "2 days ago").
_AGO = re.compile(r"(?<!\d)\d+\s*(?:sec|min|minute|hour|hr|day|week|month|year)s?\s+ago\b", re.IGNORECASE)
#: A comment's stamp is at most this many lines above its buttons (the comment's paragraphs between them).
_MAX_COMMENT_LINES = 8
#: Above its stamp a comment's head has at most this many short lines: the commenter's name, a separator.
_MAX_COMMENT_HEAD_LINES = 2
#: ... each of at most this many words ("Peter Green says:", "Sallie Goetsch (rhymes with sketch)").
_MAX_COMMENTER_WORDS = 6
#: A sign-up box has at most this many lines on either side of its button.
_MAX_SIGNUP_LINES = 2
#: A widget's label is at most this many words ("Breaking News Emails", "Comment from the forums").
_MAX_WIDGET_LABEL_WORDS = 4
#: ... and its blurb at most this many ("We never share your address. Opt out whenever you like …").
_MAX_BLURB_WORDS = 30
#: A quotation, whose "we" and "you" are its speaker's.
_QUOTATION = re.compile(r"[\"“][^\"“”]*[\"”]")
#: The reader, spoken to.
_READER_YOU = re.compile(r"\b(?i:you|your)\b")
#: The site's own voice ("US" in capitals is the country).
_SITE_WORDS = re.compile(r"\b(?i:we|our)\b|\bus\b")
#: The site's "we" and the reader's "you".
_READER_WORDS = re.compile(f"{_SITE_WORDS.pattern}|{_READER_YOU.pattern}")
#: The label of a list of other stories is at most this many words and opens with one of these.
_MAX_LABEL_WORDS = 6
#: A kicker: a label of at most four words opening with a capital, then a colon and the rest of the line
#: ("MONDAY UPDATE: Senator hands over 9 boxes of files", "Trending: Mayor Was Hoping to…", "You may like: …").
_KICKER = re.compile(r"[A-Z][\w'’&-]*(?: [\w'’&-]+){0,3}\s*:\s+(\S.*)")
#: What ties a reader to the outlet rather than to the story: its subscription, newsletter, podcast, forum, app,
#: reprints or social accounts.
_OUTLET_TIE = re.compile(r"\b(?:subscri\w*|newsletters?|sign(?:ing)? up|podcasts?|forums?|apps?|reprints?|bookmarks?"
                         r"|facebook|twitter|instagram|youtube|linkedin|tiktok)\b", re.IGNORECASE)
#: A command to take up such a tie, opening a clause ("Subscribe to …", "… and follow @WTOP on Twitter").
_TIE_COMMAND = re.compile(r"(?:^|[.!?:;–—-]\s+|\b(?:and|or)\s+)(?:subscribe|sign up|follow|join|download|click|tap)\b",
                          re.IGNORECASE)
#: A link-shaped token: a handle, an address on the web or an email address ("@WTOP", "economist.com", or as
#: a scrape of an obfuscated address prints it, "[email protected]").
_WEB_TOKEN = re.compile(r"(?<![\w.])@\w{2,}|https?://|\bwww\.|\b[\w-]+\.(?:com|org|net|gov|co\.uk)\b"
                        r"|\[email\s*protected\]")
#: A teaser cut off at its end ("More from Space...", "I'm working on my cloud certs an..."), no paragraph.
_CUT_OFF = re.compile(r"(?:\.\.\.|…)$")
#: A prompt to the reader is one blurb of at most this many words.
_MAX_PROMPT_WORDS = 80
_LIST_LABEL = re.compile(r"(?:more|related|recommended|popular|latest|trending|most|top|also|further|explore|read"
                         r"|you (?:may|might))\b", re.IGNORECASE)


@cache
def _stopwords() -> frozenset[str]:
    return frozenset(justext.get_stoplist("English"))


def is_function_word(word: str) -> bool:
    """Whether a word is one of the language's function words ("of", "that", "they"), which never end a
    finished clause."""
    return word.lower() in _stopwords()


def is_title_like(line: str) -> bool:
    return len(line.split()) <= _MAX_HEADLINE_WORDS and not _SENTENCE_END.search(line)


def is_head_line(line: str) -> bool:
    """Whether a line may stand in a page's head above the article: title-like, or a question or an
    exclamation of headline length ("What is the G20 and who sits at its table?"); a paragraph ends with a
    full stop, not an initialism's (:data:`_INITIALISM_END`)."""
    return len(line.split()) <= _MAX_HEADLINE_WORDS and not (_PARAGRAPH_END.search(line)
                                                             and not _INITIALISM_END.search(line))


def is_subheading(line: str) -> bool:
    """Whether a line is shaped like a subheading: a few words without closing punctuation, opening (after
    its number, if it is numbered) with a capital or a quote mark — not a counter, a time stamp or a
    captioned credit or a byline ("By Phil Helsel", "By Reuters", which a page sets right above the story)."""
    unnumbered = _NUMBERED.sub("", line)
    return (is_title_like(line) and bool(unnumbered) and (unnumbered[0].isupper() or unnumbered[0] in "\"'“‘")
            and not _CREDITED.search(line) and not _BYLINE_ALONE.fullmatch(line))


def is_lone_furniture(line: str) -> bool:
    """Whether one line alone between body lines is furniture: a caption with its credit, or a short line
    not shaped like a subheading ("2 hours ago", "Advertisement 5" is kept: it opens with a capital)."""
    return bool(_CREDITED.search(line)) or (is_title_like(line) and not is_subheading(line))


def is_sentence(line: str) -> bool:
    """Whether a line ends like a sentence (or a clause opening a list) and has a few words: context never
    drops it, however short or odd its neighbours."""
    return len(line.split()) >= _MIN_SENTENCE_WORDS and bool(_CLAUSE_END.search(line))


def is_prose(line: str) -> bool:
    """Whether a line reads as prose that context must never drop: a sentence, or a long line of running
    text that lost its final stop (an embedded post ending in a link or a hashtag) and is not a credited
    caption."""
    if is_sentence(line):
        return True
    words = _WORD.findall(line.lower())
    return (len(words) >= _MIN_PROSE_WORDS and not _CREDITED.search(line)
            and sum(word in _stopwords() for word in words) / len(words) >= _MIN_PROSE_STOPWORD_SHARE)


def opens_list(line: str) -> bool:
    """Whether a line is a clause that opens a list ("The band's 2020 tour dates:"), not a label ("Related
    links:", "Citation:", "More coverage of the Orlando shooting:")."""
    return (len(line.split()) >= _MIN_LIST_OPENER_WORDS and line.rstrip("\"'”’)] ").endswith(":")
            and not is_list_label(line))


def is_body_line(line: str) -> bool:
    """Whether a line reads like a paragraph of prose: enough words, a sentence's end, many function words."""
    words = _WORD.findall(line.lower())
    if len(words) < _MIN_BODY_WORDS or not is_sentence(line):
        return False
    return sum(word in _stopwords() for word in words) / len(words) >= _MIN_STOPWORD_SHARE


def article_block(body: list[bool]) -> tuple[int, int] | None:
    """First and last index of the article: the cluster of body lines (at most ``_MAX_GAP`` other lines
    apart) with the most body lines; None when no line reads like prose."""
    clusters = body_clusters(body)
    if not clusters:
        return None
    best = max(clusters, key=len)
    return best[0], best[-1]


def body_clusters(body: list[bool]) -> list[list[int]]:
    """The indices of the body lines, in clusters of lines at most ``_MAX_GAP`` other lines apart."""
    clusters: list[list[int]] = []
    for index, is_body in enumerate(body):
        if not is_body:
            continue
        if clusters and index - clusters[-1][-1] - 1 <= _MAX_GAP:
            clusters[-1].append(index)
        else:
            clusters.append([index])
    return clusters


def story_block(lines: list[str], body: list[bool], plain: list[int]) -> tuple[int, int] | None:
    """First and last index of the article among ``lines`` (``plain``: the indices of those that are no
    picture's caption or credit): the largest cluster of body lines (:func:`body_clusters`), once the teaser
    lists below a label of other stories are set apart (:func:`teaser_list_start`). A list of teasers
    interleaves each blurb, which reads as prose, with the next teaser's title, so a long one outnumbers a
    short article's paragraphs ("Trending Posts" under a three-paragraph story), or runs on from the
    article's last paragraph within the cluster's reach ("Related Content" under it); the article is above
    the label."""
    clusters: list[list[int]] = []
    for cluster in body_clusters([body[index] for index in plain]):
        members = [plain[index] for index in cluster]
        at = teaser_list_start(lines, plain, members)
        clusters.extend(part for part in (members[:at], members[at:]) if part)
    stories = [cluster for index, cluster in enumerate(clusters)
               if not (_below_list_label(lines, clusters, index) and is_teaser_list(lines, plain, cluster)
                       and any(len(above) >= _MIN_ARTICLE_PARAGRAPHS for above in clusters[:index]))]
    if not stories:
        return None
    best = max(stories, key=len)
    return best[0], best[-1]


def teaser_list_start(lines: list[str], plain: list[int], cluster: list[int]) -> int:
    """Where in a cluster of body lines (indices into ``lines``) a teaser list begins: at its first body line
    below a label of other stories (:func:`is_list_label`) that has at least ``_MIN_ARTICLE_PARAGRAPHS`` body
    lines above it and no two paragraphs in a row below it (:func:`is_teaser_list`); else past its end. An
    article that resumes below a "Related" link sets its paragraphs in a row again."""
    for at in range(_MIN_ARTICLE_PARAGRAPHS, len(cluster)):
        labelled = any(is_list_label(lines[index]) for index in range(cluster[at - 1] + 1, cluster[at]))
        if labelled and is_teaser_list(lines, plain, cluster[at:]):
            return at
    return len(cluster)


def _below_list_label(lines: list[str], clusters: list[list[int]], index: int) -> bool:
    """Whether a label of other stories stands between a cluster (``clusters[index]``) and the one above it."""
    start = clusters[index - 1][-1] + 1 if index else 0
    return any(is_list_label(line) for line in lines[start:clusters[index][0]])


def is_teaser_list(lines: list[str], plain: list[int], cluster: list[int]) -> bool:
    """Whether a cluster of body lines is a list of teasers: at least ``_MIN_TEASERS`` of them, and at most
    ``_MAX_PAIRED_SHARE`` of them paragraphs (:func:`is_paragraph`) with another paragraph right next to them
    (pictures aside, ``plain``): teasers' blurbs, each below its title (a blurb of two paragraphs now and then).
    An article's paragraphs stand in a row, and its last one or two may stand alone below a box of links."""
    if len(cluster) < _MIN_TEASERS:
        return False
    span = [index for index in plain if cluster[0] <= index <= cluster[-1]]
    paragraph = [is_paragraph(lines[index]) for index in span]
    paired = {span[i] for i in range(len(span) - 1) if paragraph[i] and paragraph[i + 1]}
    paired |= {span[i + 1] for i in range(len(span) - 1) if paragraph[i] and paragraph[i + 1]}
    return len(paired) <= _MAX_PAIRED_SHARE * len(cluster)


def furniture_reasons(lines: list[str], labels: frozenset[str] = frozenset(),
                      pictures: frozenset[int] = frozenset(), stamps: frozenset[int] = frozenset(),
                      threads: frozenset[int] = frozenset(), signups: frozenset[int] = frozenset(),
                      next_stories: frozenset[int] = frozenset(),
                      heads: frozenset[int] = frozenset()) -> list[str | None]:
    """For each line, why it is furniture by its place in the scrape ("before the article", "after the
    article", "furniture block in the article", "repeated label": one of ``labels``, the short lines the page
    repeats, inside or after the article, "readers' comments"), or None to keep it.

    ``pictures`` are the indices of the lines that the line rules found to be a picture's caption or credit:
    furniture that a line next to it joins (a caption without credit words above its credit), but no gap
    in the article (a picture between two paragraphs does not split it). ``stamps`` are the indices of the
    page's date lines, furniture wherever they stand. ``threads`` are the indices of the lines right below a
    comment box's header ("27 Comments", "Leave a Reply"): below the article, what follows is the readers'
    thread (:func:`thread_start`). ``signups`` are those of the lines right below a sign-up button ("Subscribe"),
    whose box's lines around it go (:func:`signup_box`). ``next_stories`` are the indices of the lines where
    another story's head begins (its headline above its byline): one below a story of the scrape's own
    (:func:`_story_above`) is where the scrape ran on into the publisher's next story, which goes whole even
    where its paragraphs outnumber the story's. ``heads`` adds those whose headline stands above a date line:
    no prose past the first of them below the article goes on with it (:func:`_keep_continuations`)."""
    thread = thread_start(lines, threads)
    if thread < len(lines):
        return [*furniture_reasons(lines[:thread], labels, pictures, stamps, signups=signups),
                *["readers' comments"] * (len(lines) - thread)]
    body = [is_body_line(line) for line in lines]
    plain = [index for index in range(len(lines)) if index not in pictures]
    block = story_block(lines, body, plain)
    if block is None:
        return [None] * len(lines)
    first, last = block
    ran_on = next((head for head in sorted(next_stories) if _story_above(lines, body, plain, head)), None)
    if ran_on is not None:
        return [*furniture_reasons(lines[:ran_on], labels, pictures, stamps, signups=signups),
                *["next story"] * (len(lines) - ran_on)]
    bylines = {match.group(1) for line in lines[:first] if (match := _NAME_LINE.fullmatch(_byline_name(line)))}
    last = _before_author_box(lines, body, first, last, bylines)
    reasons: list[str | None] = [None] * len(lines)
    for index in range(first):
        reasons[index] = "before the article"
    for index in range(last + 1, len(lines)):
        reasons[index] = "after the article"
    run: list[int] = []
    for index in range(first, last + 2):
        if index <= last and not body[index]:
            run.append(index)
            continue
        if len(run) >= _MIN_FURNITURE_RUN or (run and is_lone_furniture(lines[run[0]])):
            if is_subheading(lines[run[-1]]):
                run.pop()  # the short line right above a body line introduces it
            for inside in run:
                reasons[inside] = "furniture block in the article"
        run = []
    for index in range(first + 1, len(lines)):
        if lines[index] in labels:
            reasons[index] = "repeated label"
    for index in range(first, min(last + _NEAR_END + 1, len(lines))):
        if opens_list(lines[index]) and (index <= last + 1 or _resumes_article(lines, body, index)):
            _keep_list(reasons, body, index + 1)
    for index in _closing_list(lines, last):
        reasons[index] = None
    for index in range(last + 1):
        if _DAY.search(lines[index]) and index not in stamps and (index < first or is_title_like(lines[index])):
            reasons[index] = None  # a day the publication-date check reads from the text
    for index in range(last + 1):
        if reasons[index] and is_prose(lines[index]) and not (index < first and is_head_furniture(lines[index])):
            reasons[index] = None
    for index in bylined_bios(lines, first, last, bylines):
        reasons[index] = "author bio"
    next_story = min((index for index in next_stories | heads if index > last), default=len(lines))
    _keep_continuations(lines[:next_story], reasons, last, bylines, stamps)
    for index in signup_box(lines, signups):
        reasons[index] = "newsletter box"
    posts = embedded_post_lines(lines)
    for index in kicker_teasers(lines, first, posts):
        reasons[index] = reasons[index] or "kicker teaser"
    for index in closing_prompts(lines, reasons, first, posts):
        reasons[index] = "reader prompt"
    return reasons


def closing_prompts(lines: list[str], reasons: list[str | None], first: int, posts: list[bool]) -> list[int]:
    """The indices of the prompts to the reader around the story: below its last paragraph ("Never miss a
    story: Subscribe to the Valley Times.", "Join our reader forums to keep the talk going …"), from the
    last line up, never above the article's first two lines (``first``); and above its first paragraph
    ("ProPublica is a nonprofit newsroom … Sign up to receive our biggest stories …"), from the first line
    down (:func:`_prompt_run`). An embedded post's lines (``posts``, :func:`embedded_post_lines`) are the
    post's."""
    below = _prompt_run(lines, reasons, posts, range(len(lines) - 1, first + 1, -1))
    above = _prompt_run(lines, reasons, posts, range(len(lines)))
    return [*above, *below]


def _prompt_run(lines: list[str], reasons: list[str | None], posts: list[bool], order: range) -> list[int]:
    """The prompts among the lines in ``order`` (from an end of the scrape inwards), past furniture
    (``reasons``), posts and short lines, up to the first paragraph that is no prompt: the story's. A police
    appeal ("If you have information, call …") speaks to the reader too, about the story; a prompt ties the
    reader to the outlet (:func:`is_reader_prompt`), and a line that only speaks to the reader about such a
    tie ("Your subscription funds in-depth reporting …") goes next to one that is a prompt."""
    strong: list[int] = []
    weak: list[int] = []
    for index in order:
        if reasons[index] is not None or posts[index]:
            continue
        if is_reader_prompt(lines[index]):
            strong.append(index)
        elif _speaks_of_tie(lines[index]):
            weak.append(index)
        elif is_paragraph(lines[index]) and not _CUT_OFF.search(lines[index]):
            break
    return [*strong, *(index for index in weak if index - 1 in strong or index + 1 in strong)]


def is_reader_prompt(line: str) -> bool:
    """Whether a blurb outside any quotation ties the reader to the outlet: a command to take up the tie
    (:data:`_TIE_COMMAND`) that names it, a link or the site's "we"; or the site's "we" with the tie or a
    link ("Catch up … on our weekly politics podcast", "At OpenSecrets.org we offer …"). A story's paragraph
    that says "subscribe" or "follow" reports it in the third person."""
    unquoted = _QUOTATION.sub(" ", line)
    if len(unquoted.split()) > _MAX_PROMPT_WORDS:
        return False
    tie = bool(_OUTLET_TIE.search(unquoted) or _WEB_TOKEN.search(unquoted))
    site = bool(_SITE_WORDS.search(unquoted))
    command = _TIE_COMMAND.search(unquoted)
    return bool(command and site) or tie and (site or bool(command))


def _speaks_of_tie(line: str) -> bool:
    """Whether a blurb outside any quotation speaks to the reader ("you", "your") about a tie to the outlet."""
    unquoted = _QUOTATION.sub(" ", line)
    return (len(unquoted.split()) <= _MAX_PROMPT_WORDS and bool(_OUTLET_TIE.search(unquoted))
            and bool(_READER_YOU.search(unquoted)))


def kicker_teasers(lines: list[str], first: int, posts: list[bool]) -> list[int]:
    """The indices of the lone kicker teasers below the article's first paragraph (``first``): a line that
    is a link to another story, a label and a colon before its headline ("MAYOR RESPONDS: Ann Porter: 'No
    link' between her budget and the tax rise", "Related Coverage Factbox: Victims of …",
    "ADD TO CART: US$20 Music Store Gift Card"). A headline's shape between paragraphs alone is as
    often a subheading, so it takes the kicker as a second cue. A list's items may open alike ("Game 1:
    Lakers at Celtics"), so a kicker next to another, or below a clause that opens a list, stays; and one
    that names a day stays for the publication-date check. An embedded post's text ("BREAKING: …" above its
    signature) is the post's (``posts``, :func:`embedded_post_lines`, marked by their place above the
    signature)."""
    return [index for index in range(first + 1, len(lines)) if is_kicker_teaser(lines[index])
            and not posts[index] and not lines[index - 1].rstrip().endswith(":")
            and not any(is_kicker_teaser(lines[near]) for near in (index - 1, index + 1) if near < len(lines))]


def is_kicker_teaser(line: str) -> bool:
    """Whether a line is a kicker and then a headline (:data:`_KICKER`): a few words without a sentence's end,
    opening with a capital, a digit or a quote mark, and no day named."""
    kicker = _KICKER.fullmatch(line)
    if kicker is None or _DAY.search(line):
        return False
    headline = kicker.group(1)
    return (len(headline.split()) >= MIN_HEADLINE_WORDS and is_title_like(headline)
            and (headline[0].isupper() or headline[0].isdigit() or headline[0] in "\"'“‘"))


def _story_above(lines: list[str], body: list[bool], plain: list[int], head: int) -> bool:
    """Whether the lines above another story's head (index ``head``) hold a story of their own: a cluster of at
    least ``_MIN_STORY_PARAGRAPHS`` body lines that is no list of teasers. The scrape then ran on from its
    story into the publisher's next one (headline, byline, date and body), whose paragraphs may outnumber
    the story's; a story's own head below a list of teasers has none above it."""
    above = [index for index in plain if index < head]
    clusters = [[above[at] for at in cluster] for cluster in body_clusters([body[index] for index in above])]
    return any(len(cluster) >= _MIN_STORY_PARAGRAPHS and not is_teaser_list(lines, plain, cluster)
               for cluster in clusters)


def signup_box(lines: list[str], buttons: frozenset[int]) -> set[int]:
    """The lines of the sign-up boxes whose buttons stand right above the lines ``buttons``: up to
    ``_MAX_SIGNUP_LINES`` lines on either side of a button that speak to the reader (:func:`addresses_reader`:
    "Breaking News Emails", "Get alerts when big stories break.", "We never share your address."), up to
    the first that does not. A story's paragraph next to an inline sign-up box reports, in the third person."""
    boxed: set[int] = set()
    for button in (b for b in buttons if b <= len(lines)):
        for side in (range(button, min(button + _MAX_SIGNUP_LINES, len(lines))),
                     range(button - 1, max(button - 1 - _MAX_SIGNUP_LINES, -1), -1)):
            for index in side:
                if not addresses_reader(lines[index]):
                    break
                boxed.add(index)
    return boxed


def addresses_reader(line: str) -> bool:
    """Whether a line speaks to the reader as a site's widget does: a label of a few words ("Breaking News
    Emails", "Get Started"), or, outside any quotation, the site's "we" and the reader's "you", or a command
    ("Get the day's top science stories first …", "Want more stories like this?") in a blurb's few
    words (a column's paragraph that says "you" is longer)."""
    words = len(line.split())
    if words <= _MAX_WIDGET_LABEL_WORDS and is_head_line(line):
        return True
    if words > _MAX_BLURB_WORDS:
        return False
    unquoted = _QUOTATION.sub(" ", line).strip()
    return bool(_READER_WORDS.search(unquoted)) or any(token.tag_ == "VB" for token in tagged(unquoted)[:1])


def thread_start(lines: list[str], threads: frozenset[int]) -> int:
    """Where the readers' comments begin: the first line below a comment box's header (one of ``threads``)
    that has at least ``_MIN_PARAGRAPHS_ABOVE_THREAD`` body lines above it; else past the last line. A thread
    of comments reads as prose, often more of it than the article (a clustering by prose alone takes it for
    the article), and the article never resumes below its comment box."""
    above = 0
    for index, line in enumerate(lines):
        if index in threads and above >= _MIN_PARAGRAPHS_ABOVE_THREAD:
            return index
        above += is_body_line(line)
    return len(lines)


def comment_heads(lines: list[str], stamps: frozenset[int] = frozenset()) -> frozenset[int]:
    """The indices of the first lines of the readers' comments in a thread with or without a header: each
    comment of two in a row, each a stamp (a relative time, or a date or clock line, one of ``stamps``) a few
    lines above its buttons ("Reply", "Like", perhaps each on a line of its own). A comment's head is its stamp
    and the commenter's name and a separator right above it. A story's paragraph is never a button, and a post
    the story embeds carries its date once, with no buttons under a second stamp."""
    rows = _button_rows(lines)
    heads = [_comment_head(lines, stamps, first, previous_last)
             for (_, previous_last), (first, _) in zip([(-1, -1), *rows], rows, strict=False)]
    return frozenset(head for pair in zip(heads, heads[1:], strict=False) if None not in pair
                     for head in pair if head is not None)


def is_comment_mark(line: str) -> bool:
    """Whether a line is a comment's button row ("Reply", "Like · Reply") or carries its relative stamp ("3 hours
    ago"): what a thread sets under or over every comment, and a story's paragraph does not."""
    return _COMMENT_BUTTON.fullmatch(line) is not None or _AGO.search(line) is not None


def _button_rows(lines: list[str]) -> list[tuple[int, int]]:
    """The first and last index of each row of a comment's buttons, one line or several in a row."""
    rows: list[tuple[int, int]] = []
    for index, line in enumerate(lines):
        if not _COMMENT_BUTTON.fullmatch(line):
            continue
        if rows and rows[-1][1] == index - 1:
            rows[-1] = (rows[-1][0], index)
        else:
            rows.append((index, index))
    return rows


def _comment_head(lines: list[str], stamps: frozenset[int], button: int, previous: int) -> int | None:
    """The first line of the comment whose buttons stand at ``button`` (the last comment's at ``previous``):
    its stamp at most ``_MAX_COMMENT_LINES`` lines above, and up to ``_MAX_COMMENT_HEAD_LINES`` short lines
    that are no prose above that; None without a stamp."""
    stamp = next((index for index in range(button - 1, max(previous, button - 1 - _MAX_COMMENT_LINES), -1)
                  if index in stamps or _AGO.search(lines[index]) and is_title_like(lines[index])), None)
    if stamp is None:
        return None
    head = stamp
    while stamp - head < _MAX_COMMENT_HEAD_LINES and head - 1 > previous and \
            len(lines[head - 1].split()) <= _MAX_COMMENTER_WORDS and not is_prose(lines[head - 1]):
        head -= 1
    return head


def is_head_furniture(line: str) -> bool:
    """Whether a line above the article that reads as prose is the page's: an author's bio, or a label ending
    in a colon ("Author of the article:", "Search author on:"), which opens no list the article keeps (what it
    labels is above the article too)."""
    return is_bio(line) or line.rstrip().endswith(":")


def _resumes_article(lines: list[str], body: list[bool], opener: int) -> bool:
    """Whether the list that a line a few lines after the article opens is followed by a paragraph: the
    article going on around its own list ("The shelters open tonight:"), not a call to action over a list
    of teasers ("Share or comment on this article:")."""
    after = next((index for index in range(opener + 1, len(lines)) if body[index]), None)
    return after is not None and is_paragraph(lines[after])


def _keep_list(reasons: list[str | None], body: list[bool], start: int) -> None:
    """Keep the lines from ``start`` to the next body line: the list that a clause ending in a colon opens
    ("The tour dates:") belongs to the article, however short and odd its items."""
    for index in range(start, len(body)):
        if body[index]:
            return
        reasons[index] = None


def is_paragraph(line: str) -> bool:
    """Whether a line ends like a paragraph of prose, with a full stop: headlines and teaser titles that read
    as sentences ("Can you really get cheaper flights…?", "Walmart removes self-checkouts … service") do not."""
    return len(line.split()) >= _MIN_SENTENCE_WORDS and bool(_PARAGRAPH_END.search(line))


def _keep_continuations(lines: list[str], reasons: list[str | None], last: int, bylines: set[str],
                        stamps: frozenset[int] = frozenset()) -> None:
    """Keep the prose after the article (index past ``last``) only where the article goes on: a run of kept or
    prose lines that continues it (:func:`_continues_article`) and holds no author bio. A teaser list
    interleaves titles with one-line blurbs, so its runs have one paragraph at most; a bio, a newsletter or
    cookie notice, a comment or a puzzle teaser stands alone; an author box opens with its author's name.
    Below the label of a list of other stories, only a run of prose paragraphs goes on with the article, and
    none once a date line (one of ``stamps``) has stood below the label: the list is then dated, its entries
    other stories' teasers with their blurbs or readers' comments, which an article resuming past a video box
    never carries. A stamp itself ("Updated at 5:34 p.m.", which ends like a sentence) is never kept."""
    index = last + 1
    labelled = dated = False
    while index < len(lines):
        labelled = labelled or is_list_label(lines[index - 1])
        end = index
        while end < len(lines) and end not in stamps and (
                reasons[end] is None or is_prose(lines[end]) and not is_list_label(lines[end])):
            end += 1
        run = range(index, end)
        continues = _continues_article(lines, run, index - last) if not labelled else \
            not dated and _resumes_below_list(lines, run)
        if continues and not any(is_author_bio(lines, i, bylines) for i in run):
            for inside in run:
                reasons[inside] = None
        dated = dated or (labelled and end in stamps)
        index = end + 1


def is_list_label(line: str) -> bool:
    """Whether a line is the label of a list of other stories ("Related coverage", "More Science and
    Technology", "Recommended related news", "Popular in: Neurology")."""
    return len(line.split()) <= _MAX_LABEL_WORDS and is_title_like(line) and bool(_LIST_LABEL.match(line))


def _resumes_below_list(lines: list[str], run: range) -> bool:
    """Whether a run below a list label is the article resuming past a video box and its list: prose only
    (a teaser list opens with a title), with two paragraphs in a row somewhere (a list of teasers interleaves
    each blurb with the next teaser's title, "Weight loss: How important is eating breakfast?", which reads as
    a sentence but not a paragraph)."""
    return all(is_prose(lines[index]) for index in run) and \
        any(is_paragraph(lines[index]) and is_paragraph(lines[index + 1]) for index in run[:-1])


def _continues_article(lines: list[str], run: range, distance: int) -> bool:
    """Whether a run of prose ``distance`` lines below the article's last paragraph is the article going on:
    right below it, always (its last paragraph, which lost its stop); a few lines on (past an inline
    newsletter box), with one line of prose; further down, with ``_MIN_CONTINUATION_PARAGRAPHS`` paragraphs."""
    if distance == 1:
        return True
    if distance <= _NEAR_END:  # a colon opens a list, which the list rule judges
        return any(is_prose(lines[index]) and not lines[index].endswith(":") for index in run)
    return sum(is_paragraph(lines[index]) for index in run) >= _MIN_CONTINUATION_PARAGRAPHS


def _before_author_box(lines: list[str], body: list[bool], first: int, last: int, bylines: set[str]) -> int:
    """The article's last paragraph, once an author box that reads as prose is set apart from it: one of its
    last ``_MAX_BIO_PARAGRAPHS`` paragraphs that is an author's bio (:func:`is_author_bio`), and what follows
    it."""
    paragraphs = [index for index in range(first + 1, last + 1) if body[index]]
    bio = next((i for i in paragraphs[-_MAX_BIO_PARAGRAPHS:] if is_author_bio(lines, i, bylines)), None)
    return last if bio is None else max(index for index in range(first, bio) if body[index])


def is_author_bio(lines: list[str], index: int, bylines: set[str]) -> bool:
    """Whether a line is an author's bio: it opens with the name of a byline above the article, or of the
    line right above it ("Ann Cole" / "Ann Cole is a Lisbon-based writer…"), or stands under an author box's
    heading (:func:`_under_author_heading`)."""
    above = _NAME_LINE.fullmatch(lines[index - 1]) if index > 0 else None
    names = bylines | ({above.group(1)} if above else set())
    return (_opens_with_name(lines[index], names) or is_bio(lines[index]) or _is_first_name_bio(lines[index], names)
            or _under_author_heading(lines, index))


def _under_author_heading(lines: list[str], index: int) -> bool:
    """Whether a line stands a few lines below an author box's heading (:data:`_ABOUT_AUTHOR`), however it opens
    ("About Tom Reyes" / "Tom has a weakness for …"): any line under "About the author", one
    that tells of a person (:data:`_PERSON`) under "About" and a name. A company's note under its name is no
    author's bio: the line rules drop it as the publisher's profile (:mod:`dateline.clean.profiles`)."""
    headings = [_ABOUT_AUTHOR.fullmatch(line) for line in lines[max(0, index - MAX_AUTHOR_BOX_LINES):index]]
    return any(heading and (heading.group("role") or _PERSON.search(lines[index]))
               for heading in headings)


def bylined_bios(lines: list[str], first: int, last: int, bylines: set[str]) -> list[int]:
    """The indices of the article's lines that are its author's bio, wherever the page set the author box (under
    the standfirst, after the first paragraph): a line shaped like a bio (:func:`is_bio`) that opens with the
    name of a byline above the article or of a name set alone a few lines above it, as an author box heads its
    bio ("Ann Cole" / "Ann Cole is the Herald’s chief science writer.", "Tom Reyes" /
    "Senior reporter" / "Tom Reyes has been a Daily Ledger reporter since 2011 …"). A bio's shape alone
    is no furniture inside the article, whose story may be about a journalist ("Jamal Khashoggi was a columnist
    for The Washington Post"); a name its page sets alone is the author's."""
    def box_names(index: int) -> set[str]:
        above = lines[max(0, index - MAX_AUTHOR_BOX_LINES):index]
        return bylines | {match.group(1) for line in above if (match := _NAME_LINE.fullmatch(_byline_name(line)))}
    return [index for index in range(first, last + 1)
            if is_bio(lines[index]) and _opens_with_name(lines[index], box_names(index))]


def in_author_box(lines: list[str], index: int) -> bool:
    """Whether a line is a bio an author box sets, by the box's shape alone, bylines unknown: a bio under the name
    set alone a few lines above it (:func:`bylined_bios`: "Ann Cole" / "Ann Cole is a correspondent for the
    Herald."), or any line under an author box's heading (:func:`_under_author_heading`: "About the Author" / …).
    The figure stage asks it of a line the cleaner kept: a writer's tally ("has written over 300 stories") is no
    claim of the story, and a story about a journalist sets no name alone above its lines."""
    return bool(bylined_bios(lines, index, index, set())) or _under_author_heading(lines, index)


def named_author_bios(lines: list[str], authors: tuple[str, ...]) -> frozenset[int]:
    """The indices of the lines that are the bio of an author the page's metadata names (``authors``), as an
    extractor keeps the author box below the article or between its comments: a line that opens with an author's
    full name and goes on in lower case ("Ann Cole is based in Salem and covers …", "Tom Reyes makes frequent
    appearances on …"), or with the first name and what they are as a writer (:func:`_is_first_name_bio`). A
    reporter never names themselves in their own story; a name the metadata garbles ("Ann Cole; April 9") is
    read by its parts that are names alone. Only a bio among the text's last lines, with at most
    ``_MAX_BIO_PARAGRAPHS`` lines below it: one with more below (readers' comments, other stories' teasers) stays,
    as the mark by which the extraction stages know where the story closed (:mod:`dateline.extract.lines`)."""
    names = {name for name in authors if _AUTHOR_NAME.fullmatch(name)}
    if not names:
        return frozenset()
    numbered = [index for index, line in enumerate(lines) if line]
    return frozenset(index for index in numbered[-_MAX_BIO_PARAGRAPHS - 1:]
                     if _opens_with_name(lines[index], names) or _is_first_name_bio(lines[index], names))


def _byline_name(line: str) -> str:
    """A byline's name without the outlet a page sets beside it ("Julius Young | Fox News")."""
    return line.split("|")[0].strip()


def _is_first_name_bio(line: str, names: set[str]) -> bool:
    """Whether a line opens with the first name of one of ``names`` (the bylines) and then says what they are as a
    writer ("Julius covers film and music for the Herald.", "Emiliano joined the magazine in May
    2015."): an author box that calls its author by first name. A story calls its people by surname."""
    first_names = {name.split()[0] for name in names if " " in name}
    return any(re.match(re.escape(first) + _FIRST_NAME_BIO, line) for first in first_names)


def is_bio(line: str) -> bool:
    """Whether a line is shaped like an author's bio whoever the author: a full name (or "I") and what they
    are as a writer ("Ann Cole is a member of the Herald's editorial board.", "Kim Arden covers
    courts…"). A story names its people once in full and then by surname."""
    return bool(_BIO.match(line))


def _opens_with_name(line: str, names: set[str]) -> bool:
    """Whether a line opens with one of ``names`` and then a word in lower case ("… is a reporter")."""
    return any(line.startswith(name + " ") and line[len(name) + 1:][:1].islower() for name in names)


def _closing_list(lines: list[str], last: int) -> range:
    """The article's own list right after its last paragraph, perhaps under a subheading ("Tour dates"):
    at least ``_MIN_LIST_ITEMS`` lines that open alike, with a day or a bullet. Teaser titles after an
    article open each in its own way."""
    start = last + 1
    if start < len(lines) and is_subheading(lines[start]) and _item_shape(lines[start]) is None:
        start += 1
    shape = _item_shape(lines[start]) if start < len(lines) else None
    end = start
    while shape is not None and end < len(lines) and _item_shape(lines[end]) == shape:
        end += 1
    return range(last + 1, end) if end - start >= _MIN_LIST_ITEMS else range(0)


def _item_shape(line: str) -> str | None:
    """How a list item opens: "day", or its bullet; None for any other line."""
    if _LEADING_DAY.match(line):
        return "day"
    return line[0] if line[0] in _BULLETS and line[1:2] == " " else None
