"""Whether a candidate sentence reads as a sentence of an article's body: it ends as a sentence ends, and every
part of it states something.

The cleaner keeps every line it cannot prove is furniture, so what reaches the timeline may still be a
reader's comment ("6" mid range Pixel... No frills no tricks. A sturdy phone with that Pixel look from
2016."), a plea ("Please make this a real successor to the Pixel range."), a teaser or a caption ("President Trump
speaking at the White House, …"). Each lacks what every report of an event has: a finite verb (past or
present tense, or a modal) in each of its sentences. A present participle, an infinitive or a command states
nothing that happened, and fragments the sentence splitter glued together are no sentence. Only the
tagger is run (no parse), once per sentence: the store keeps the verdict among the sentence's traits.

Nor does a sentence that speaks to the reader about the page rather than about the story: the lead-in "Here's
what to know:" or "Here’s how it works.", and the standfirst that promises what the article will show ("Here's
what makes the new model so fast."), which open with "here's" and a question word; and a pointer to a link ("For
more information, click here."), however long the sentence it ends. Each is the page's furniture in a sentence's
shape, and names no event of its own, so read as news of its article's day it would stand in for the day's report.

Nor does a line that stops without a full stop, "!" or "?" report anything: a headline or a related link
("Dog found in Idaho three years after going missing", "SEE MORE: …"), a promotion ("GET THE WEATHER APP
ON YOUR PHONE BY TAPPING HERE"), a label introducing a list or a quotation ("… issued a statement:"), a list item,
or a sentence the page cut across lines ("Kenyan singer, Ann Wanjiru, who in 2011, won the").
"""

from __future__ import annotations

import re

from dateline.clean.tagger import tagged
from dateline.days import MONTH_PATTERN
from dateline.extract.lexicon import SECOND_PERSON

#: Penn tags of a finite verb: past, present (third person or not) and modal; and the past participle, which the
#: tagger reads for a past tense too often ("the Fox moderators peppered Trump") to tell them apart without a parse.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD", "VBN"})
#: Where a glued candidate parts: a full stop, "!" or "?" after a lower-case word (not "Jan." or "U.S."),
#: before a capital or a quotation mark; or an ellipsis.
_PARTS = re.compile(r"(?<=\b[a-z]{2}[.!?])\s+(?=[A-Z\"“])|\.{3}|…")
#: How a sentence of prose ends: a full stop, "!" or "?", then perhaps closing quotation marks or brackets.
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s*$")
#: A line that stops on a bare ellipsis ("… Streaming Beta in 11...", "… its highest level since October at..."),
#: where a page cut a teaser's headline or summary short, or on the two dots of a comment trailing off; a
#: quotation the writer cut ("… a complete exoneration...”") closes on its quotation mark, and ends a sentence.
_CUT_OFF = re.compile(r"(?:\.{2,}|…)\s*$")
#: A sentence that speaks to the reader about the page (:func:`speaks_to_reader`): opening with "here's" and a
#: question word (a lead-in, or a standfirst's promise), or sending the reader to a link ("click here").
_TO_READER = re.compile(r"^(?:here[’']s|here (?:is|are))\s+(?:how|what|why|where|when|which|who)\b"
                        r"|\b(?:click|tap)\s+(?:here|(?:on )?(?:this|the) link)\b", re.IGNORECASE)
#: A second-person pronoun: a sentence in which the writer turns to the reader (:func:`addresses_reader`).
_SECOND_PERSON = re.compile(r"\b(?:{})\b".format("|".join(sorted(SECOND_PERSON))), re.IGNORECASE)
#: A quotation: from an opening mark to its closing one, or to the end of the text where the sentence splitter
#: cut the quotation off; and from the start of the text to a closing mark that no opening one precedes (the
#: rest of a quotation begun in an earlier sentence).
_QUOTED = re.compile(r"[“\"][^”\"]*(?:[”\"]|$)|^[^“\"”]*”")
#: A writer's bio (:func:`opens_with_bio`): a name and "is" a role ("Ann Cole is a reporter at …", "Cole is Opinion
#: Editor of …") or "is based in …", whose role words may be capitalised as a title, with or without an article, and
#: whose name may be a first name alone.
_BIO = (r"^(?!(?:It|This|That|There|Here|He|She|What|Which|Who)\s)[A-Z][\w.-]+(?:\s+[A-Z][\w.-]+){0,2}\s+is\s+"
        r"(?:(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,4}(?i:editor|writer|reporter|correspondent|journalist|columnist"
        r"|contributor|fellow|assistant|producer|author)|based\s+in)\b")
#: A note on the page about the article or its writer (:func:`is_page_note`): where the article ran first ("This story
#: was originally published by …", "The post … appeared first on …"), the series it belongs to, and the writer's bio.
_PAGE_NOTE = re.compile(r"\boriginally\s+(?:published|appeared|ran)\b|\bappeared\s+first\s+on\b"
                        r"|\b(?:is|are)\s+(?:part|one)\s+of\s+(?:a|an|our|the)\s+(?:[\w-]+\s+){0,3}series\b|" + _BIO)
#: A note of the site about itself (:func:`is_page_note`), asked outside quotations: the page pointing at "this site"
#: or "our website" (its terms, its disclaimer, its comment rules), its rights ("All Rights Reserved", "©") and its
#: affiliate links. A report names a site as someone's ("the agency's website", "the site of the crash"); a speaker's
#: "this site" inside a quotation is the speaker's place.
_SITE_NOTE = re.compile(r"\b(?:this|our)\s+(?:web\s?)?site\b|\ball\s+rights\s+reserved\b|\baffiliate\s+links?\b|©",
                        re.IGNORECASE)
#: A byline, however dated ("By Ann Cole on June 2, 2017 9:00 AM EST", "Published By: Ann Cole on …"): "by" and a
#: name of capitalised words, not a day ("By Monday, …", "By March 2020, …"), then the line's end, "on" or "at" and
#: its stamp, or a bar or dash before the outlet; a comma may go on with a sentence ("By Election Day, …").
_BYLINE = re.compile(rf"^(?i:(?:published|posted|written|updated)\s+)?(?i:by)\s*:?\s+"
                     rf"(?!(?:{MONTH_PATTERN}|[A-Z][a-z]*day)\b)[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){{1,3}}"
                     rf"\s*(?:$|\b(?:on|at)\s|[|•·–—-])")
#: A picture's credit closing its caption's line, whatever the caption's words (a caption reads as a report: "The new
#: controller comes in two colours. (Image source: Acme)"): in brackets, a picture word and a colon, "by" or
#: "courtesy" ("(Photo: …)", "(Photo by …)", "[Image courtesy of …]"), "Courtesy of …" or "Credit: …"; or, run into
#: the caption's last word, a capitalised picture word and a colon ("… cheered their teamImage: Ann Cole/Agency");
#: or, after the caption's full stop, its source alone in brackets, an agency, a photographer or a picture library
#: of a few capitalised words ("… leave the harbour at dawn. (Ann Cole/Agency)", "(Stockfile)"). A sentence of
#: prose puts its bracket before its full stop ("… the Port Authority (PA)."); a paragraph that a wire signs
#: off so ("… said on Friday. (XNA)") is its article's last, which reports the day seldom, so it is let go too.
_PICTURE_CREDIT = re.compile(r"[(\[]\s*(?:(?i:(?:cover\s+|top\s+)?(?:image|photo|picture)s?"
                             r"(?:\s+(?:credit|source))?\s*:"
                             r"|(?:image|photo|picture)s?\s+(?:by|courtesy)\b|courtesy\s+of\b|credit\s*:))"
                             r"[^()\[\]]{1,80}[)\]]\s*$"
                             r"|(?:Image|Photo|Picture)(?:\s+(?:[Cc]redit|[Ss]ource))?:\s*[A-Z][^.!?]{0,80}$"
                             r"|[.!?][\"'”’]?\s*\(\s*[A-Z][\w'’&.-]*(?:[\s/][A-Z&][\w'’&.-]*){0,5}\s*\)\s*$")
#: A caption's opening, in the conventions wires and picture desks write them in: "Photo shows …" or "Photo taken on
#: May 2 shows …" (a headline's English, with no article, which a sentence of prose does not open with), "This
#: photo, taken …, shows …" (the picture pointed at), "In this May 2, 2016, file photo, …". A report of a photo
#: names whose it is and opens otherwise ("A photo shared online shows …").
_CAPTION_OPENING = re.compile(r"^(?:(?:photo|picture|image)\s+(?:shows|taken\s+on)\b"
                              r"|this\s+(?:file\s+)?(?:photo|picture|image)\b[^!?\n]{0,80}?\bshows\b"
                              r"|in\s+this\b[^!?\n]{0,40}?\b(?:photo|picture|image)\b)", re.IGNORECASE)
#: A part this short ("Yes.", a quotation's "We will …") is not asked for a verb of its own.
MIN_PART_WORDS = 4


def ends_as_sentence(text: str) -> bool:
    """Whether ``text`` ends as a sentence of prose does (:data:`_SENTENCE_END`), not cut off (:data:`_CUT_OFF`)."""
    return _SENTENCE_END.search(text) is not None and _CUT_OFF.search(text) is None


def speaks_to_reader(text: str) -> bool:
    """Whether ``text`` speaks to the reader about the page (:data:`_TO_READER`). A quotation that opens so
    ("“Here's what we will do,” the mayor said.") opens with its quotation mark, and is the speaker's."""
    return _TO_READER.search(text.strip()) is not None


def addresses_reader(text: str) -> bool:
    """Whether ``text``, outside its quotations, says "you" or "your": the writer turns to the reader, as a
    column's aside ("If you missed the debate, …"), a service box ("You can watch it on …") or a comment prompt
    ("Log in again and you can pick a name.") does, telling no event of the day. A speaker's
    "you" inside a quotation is the speaker's, and the sentence may report what was said."""
    return _SECOND_PERSON.search(_QUOTED.sub(" ", text)) is not None


def is_page_note(text: str) -> bool:
    """Whether ``text`` is a note the page adds about the article or its writer (:data:`_PAGE_NOTE`), which the
    cleaner keeps where it reads as prose. It names no event, so read as news of its article's day it would stand
    in for the day's report. A report of a journalist's deeds tells them in the past ("… was a reporter at …")
    or with a verb of its own, which the bio's shape, a name and "is a …", leaves out. Nor does a note of the site
    about itself (:data:`_SITE_NOTE`: "Material on this site may not be copied.")."""
    return _PAGE_NOTE.search(text) is not None or _SITE_NOTE.search(_QUOTED.sub(" ", text)) is not None


def opens_with_bio(line: str) -> bool:
    """Whether a line opens with a writer's bio (:data:`_BIO`): its later sentences go on about the writer ("She
    most recently reported on …", "Before joining the paper in 2012, she …") and tell no event of the story."""
    return re.match(_BIO, line.strip()) is not None


def is_byline(text: str) -> bool:
    """Whether ``text`` is a byline (:data:`_BYLINE`), which a page may date to the minute: the day it names is
    the article's, and the line reports nothing of it."""
    return _BYLINE.match(text.strip()) is not None


def closes_on_credit(line: str) -> bool:
    """Whether a line ends on a picture's credit (:data:`_PICTURE_CREDIT`): it is a caption, and none of its
    sentences is a report of the day, however it reads; the sentence splitter parts the credit from them."""
    return _PICTURE_CREDIT.search(line.rstrip()) is not None


def opens_as_caption(line: str) -> bool:
    """Whether a line opens as a picture's caption does (:data:`_CAPTION_OPENING`), whatever credit, if any, closes
    it: what it tells is what the picture shows, and none of its sentences is a report of the day."""
    return _CAPTION_OPENING.match(line.strip()) is not None


def states_something(text: str) -> bool:
    """Whether the tagger reads a finite verb in ``text`` and in each of its parts of
    :data:`MIN_PART_WORDS` words or more."""
    parts = [part for part in _PARTS.split(text) if len(part.split()) >= MIN_PART_WORDS] or [text]
    return all(_has_finite_verb(part) for part in parts)


def _has_finite_verb(text: str) -> bool:
    return any(token.tag_ in FINITE_TAGS for token in tagged(text))
