"""Line-level boilerplate removal for scraped plain text.

HTML gets trafilatura, which sees the page structure; plain-text scrapes have lost it, so what is left is
the shape of a line: teasers start with a section label, widgets are a few fixed words, photo credits are
``AGENCY/Name``, a caption without its credit is a sentence with no verb (the stock model's tagger says so).
A rule fires only on a whole line, so a story sentence is never cut in half, and every
dropped line is returned with its reason so users can audit the cleaning.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from dateline.clean.cards import without_link_cards
from dateline.clean.characters import as_shown
from dateline.clean.context import (
    MIN_HEADLINE_WORDS,
    comment_heads,
    furniture_reasons,
    is_body_line,
    is_comment_mark,
    is_function_word,
    is_head_line,
    is_list_label,
    is_sentence,
    is_title_like,
    named_author_bios,
    thread_start,
)
from dateline.clean.date_lines import is_clock_line, is_date_line, is_own_date_line, is_page_stamp
from dateline.clean.embeds import is_signature, scraped_post_lines
from dateline.clean.link_boxes import link_box_lines
from dateline.clean.profiles import contact_lines, profile_lines
from dateline.clean.pull_quotes import PULL_QUOTE, pull_quote_lines
from dateline.clean.tagger import has_verb, tagged
from dateline.clean.wraps import rejoin_wrapped
from dateline.days import MONTH_PATTERN, WEEKDAYS
from dateline.model import DroppedLine

_TEASER_LABELS = r"opinion|read|read more|also read|related|watch|listen|more|recommended|analysis|explainer"
#: Words that name a picture ("(Image: AFP via Getty Images)", "Photograph by Doug Johnson").
_PICTURE_WORDS = r"image|images|photo|photos|photograph|picture|pictures|illustration|screenshot|graphic|credit"
#: A page's disclosure of the commission its links earn: the purchase a reader makes through its links ("If you
#: buy something after clicking", "Buying through us", "purchases made through links in this guide") and the
#: commission the site may earn or receive, either way round. A story about a retailer's commissions has sellers
#: earn them, not purchases "through us" or "through links".
_SITE_PURCHASE = (r"(?:make a purchase|(?:buy|buying|shop|shopping) through us"
                  r"|purchases? (?:made )?through (?:(?:the|our|these) )?links)\b")
_SITE_COMMISSION = r"\b(?:earn|receive)s? (?:us )?(?:an? )?(?:small |affiliate )*commission\b"
_COMMISSION_DISCLOSURE = (rf"{_SITE_PURCHASE}[^.!?]{{0,40}}{_SITE_COMMISSION}"
                          rf"|{_SITE_COMMISSION}[^.!?]{{0,40}}{_SITE_PURCHASE}")
#: The page's disclaimer that what it printed is not its own view ("Views voiced in this column do not necessarily
#: represent those of the Gazette.", "The op-ed does not necessarily represent the position of our board.",
#: "Opinions expressed by our guest writers are their own."): words about the article, never the
#: story's report. It opens its sentence: a story's sentence that reports such words ("The mayor said the views
#: expressed in the memo …") has its speaker first, and names no article, column or contributor as where they were
#: expressed; a line opening with a quotation mark is no prompt.
_NOT_OUR_VIEW = (r"(?:^|[.!?:]\s+)(?:(?:the|any) )?(?:views?|opinions?)(?: (?:and|or) (?:views?|opinions?))? expressed"
                 r" (?:here|(?:in|on) (?:this|the|these|our) (?:article|column|story|post|piece|blog|op-ed|commentary"
                 r"|site|page)s?|by (?:\S+ ){0,3}?(?:contributors?|authors?|writers?|columnists?|bloggers?|guests?))\b"
                 r".{0,80}\b(?:(?:are|is) (?:solely |entirely )?(?:(?:those|that) of )?"
                 r"(?:(?:the|their|his|her) )?"
                 r"(?:own|authors?|writers?|contributors?)|(?:do|does) not necessarily (?:reflect|represent))"
                 r"|(?:^|[.!?:]\s+)(?:this|the) (?:article|column|story|post|piece|commentary|op-ed)\b.{0,40}"
                 r"\b(?:do|does) not necessarily (?:reflect|represent) the (?:views?|opinions?|position)")
#: What a page says to its reader about the site itself, never a story's words: sign-up and log-in forms,
#: comment boxes, ad placeholders and video players, notices about the reader's browser, copyright lines,
#: correction and reprint links.
_SITE_PROMPTS = (
    r"(?:thanks?(?: you)? for|by) (?:signing up|subscribing|registering|submitting|providing your)"
    r"|your (?:in-?box|junk folder)|(?:log|sign)[ -]?in (?:to|with|or)\b|logged in as|you must be logged in"
    r"|advertisement (?:has not|hasn't) loaded|(?:article|story) continues below|failed to load|refreshing your browser"
    r"|all rights reserved|^copyright (?:© ?)?(?:19|20)\d\d\b|copyright ©|^© ?\d{4}|comment(?:ing)? policy"
    r"|to comment, you must|notify me of|share via|copy link|preferred source|reprints and permissions"
    rf"|submit a correction|opinions expressed by|{_NOT_OUR_VIEW}"
    r"|^follow [\w .]{1,40}:$"
    r"|video player is loading|(?:this is a|beginning of|end of) (?:modal|dialog) window"
    r"|reload (?:this|the) page|(?:enable|turn on|allow) javascript|javascript (?:is )?(?:disabled|required)"
    r"|browser (?:is not|isn't|is no longer) supported"
    # a web form's fields and the messages it answers with, a player's notice ("Please enter your comment!", "Save
    # my details for next time …", "That email address looks wrong.", "You have
    # gone over the character limit.", "There was an error emailing this page.", "Your message has been
    # sent.", "Story Saved", "We apologize, this video has expired.")
    r"|please enter your (?:comment|name|e-?mail)|save my name, e-?mail"
    r"|^this e-?mail address (?:doesn[’']t|does not) appear to be valid|^you have exceeded the maximum character limit"
    r"|error (?:e-?mailing|sending) (?:this|the) (?:page|story|article)|your message has been sent"
    r"|^story saved$|find this story in my bookmarks|this video has expired"
    # an appeal to join the outlet, a sentence of its own ("Become a member of The Valley Ledger today!", "…
    # Services. Join our investing club today …")
    r"|(?:^|[.!?]\s+)become a (?:[\w.’'-]+ ){0,4}member\b[^.!?]{0,40}\btoday"
    # the site's disclosure that it is paid for the sales its links bring ("The Daily Ledger may earn a
    # commission when you buy through the links in this story.", "Shopping through us may earn us a fee,
    # which supports our work.", "Buy after clicking a link and we may get a small fee.")
    rf"|{_COMMISSION_DISCLOSURE}"
    # the site's note that its links pay it ("We include affiliate links in our buying guides.")
    r"|\bwe (?:may )?(?:use|include)\b[^.!?]{0,40}\baffiliate links?"
)
#: Words a story may use too ("the privacy policy Meta changed"), which are the site's own in a line that
#: addresses its reader (you, your, our, us, please) and quotes nobody: notices, newsletters, appeals for support.
_READER_PROMPTS = (
    r"e-?mail (?:address|updates)|create (?:a |an )?(?:free )?account|we (?:may )?use cookies"
    r"|(?:privacy|cookie) (?:policy|notice|statement)|terms (?:&|and) conditions|user agreement"
    r"|affiliate (?:commission|links?|partnerships?)|join the conversation|have your say|share your thoughts"
    r"|would you like to comment|support (?:our|local|progressive|independent) journalism|(?:make|making) a donation"
    r"|follow (?:us|[A-Z][\w.]*(?: [A-Z][\w.]*){0,2}) on (?:facebook|twitter|instagram|google news|x)\b"
    r"|newsletters?\b|(?:get|receive) (?:breaking|daily|the latest)\b.{0,40}\b(?:alerts|delivered|updates|news)\b"
    r"|enjoy(?:ed|ing) (?:this|our) (?:story|article|content)|\bad(?:[ -]?block(?:er|ing)?\b| or script block)"
)
#: A web address, an e-mail address or a telephone number alone on its line ("www.ledger-news.com",
#: "press@brightmoor.example", "(555) 010-2030", "Email: ann.cole@ledger.example"): an entry of a press contact box, an
#: author's box or a list of links, which the page set on a line of its own. A story's sentence says something of
#: the address it names; alone, the line holds no word of the report. Asked after the boxes the cleaner knows
#: (a contact box's address is that box's).
_ADDRESS = re.compile(r"(?:https?://|www\.)\S+|(?:e-?mail\s*:?\s*)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
                      r"|(?:(?:tel|phone)\.?\s*:?\s*)?(?:\+\d{1,3}[ .-]?)?\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}",
                      re.IGNORECASE)
#: The social networks a page asks its reader to follow it on.
_NETWORKS = r"(?:facebook|twitter|instagram|linkedin|youtube|tiktok|threads|bluesky|x)"
#: A page's button or line asking its reader to follow or like it, or its writer, on a social network ("Follow on
#: X", "Like Ledger Daily on Facebook", "Follow Ann Cole on Twitter @anncole", "Follow Ledger Daily’s Instagram for
#: more photos"): the order opens the line, whom to follow is "us" or a name (capitalised words, perhaps with an
#: appositive between commas), and after the networks the line ends or goes on only with what the reader gets ("for
#: …", "to …", "and follow …", a handle). A story's sentence that opens on "Like" compares ("Like many on Twitter,
#: the mayor …"): a lower-case word or a comma after the network is its clause going on.
_FOLLOW_PROMPT = (rf"(?:follow|like)(?: (?:us|(?-i:[A-Z@][\w.’'@-]*)(?: (?-i:[A-Z][\w.’'-]*)){{0,3}})"
                  rf"(?:[’']s|,[^,.!?]{{1,40}},)?)? (?:on )?{_NETWORKS}"
                  rf"(?:,? (?:and )?{_NETWORKS})*(?: (?:for|to|and|at|@)\b[^\"“”]{{0,120}})?[.!]?")
#: The words of a line of reporters' credits besides their names and places ("Reporting by Ann Cole in
#: Cairo and Tom Reyes in Paris; Writing by Tom Reyes; Editing by Mia Grant").
_CREDIT_WORDS = r"(?-i:in|and|with|by|of|the|reporting|writing|editing|additional)"
#: The names and places of such a credit after its opening words.
_CREDITED = rf"(?:[\s,;]+(?:{_CREDIT_WORDS}|(?-i:[A-Z])[\w.'’-]*))+[.)]*"
#: The names in a picture's credit, perhaps with initials and a final stop ("NASA/JPL-Caltech/LEGO.", "H. Armstrong
#: Roberts, ClassicStock/Corbis"): capitalised words and the words that join them, so a sentence going on after
#: "Photos by …" ("… Annie Leibovitz are on view until May.") is none.
_CREDIT_NAME = r"(?-i:(?:[\s,/&-]+(?:[A-Z][\w.'’&/-]*|of|and|via|the)){1,8})\s*\.?"
#: A picture's credit set with a slash: ``REUTERS/Alexander Ermochenko``, ``AFP/Getty Images`` (an agency in
#: capitals, a slash, a name) and the other way round, ``Spencer Platt/Getty Images``, ``Craig McDean/GQ`` (a
#: photographer's full name, a slash, an agency).
_SLASH_CREDIT = (r"[A-Z][A-Z.&]+(?: [A-Z]+)?\s*/\s*[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}"
                 r"|(?:[A-Z][\w.'’-]+ ){1,3}[A-Z][\w.'’-]+\s*/\s*[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,2}")
#: A picture's credit set with bars: the photographer's name, then the agency or agencies, each after a bar
#: (``Remo Casilli | Reuters``, ``H. Bilbao | Europa Press News | Getty Images``). A story's sentence has a verb in
#: lower case; a site's tagline or a byline in this shape ("Ann Cole | Daily Ledger") is furniture too.
_BAR_CREDIT = (r"(?:[A-Z][\w.'’-]+ ){1,3}[A-Z][\w.'’-]+"
               r"(?: \| [A-Z][\w.&'’-]*(?: (?:[A-Z][\w.&'’-]*|of|and|via)){0,3}){1,2}")
#: The words a page's note names the article itself by ("this article", "an earlier version of the story").
_THIS_ARTICLE = r"(?:article|story|post|piece)\b"
#: The day a correction is dated with after a comma ("March 19, 2020", "Nov. 18, 2019", "19 March 2020"): a
#: day, so a line that only opens with the word ("Correction officers, who …:") stays the story's.
_NOTE_DAY = r"(?:[a-z]{3,9}\.? \d{1,2},? \d{4}|\d{1,2} [a-z]{3,9}\.? \d{4})"
#: How the editors' note on a story opens its line: "EDITOR'S NOTE: The mayor on Monday revised the death
#: toll…", "Editor's note: We've updated the headline…", and their corrections and clarifications ("Correction
#: added May 3, 2021: The caption …", "Correction, June 9, 2020: This story …", "*An earlier version of this
#: story wrongly gave …", "*This line has been changed to show …"): the editors on the story,
#: whose numbers, days and claims are not its report. One definition for every stage that sets such a note
#: apart (the cleaner drops the line, the figures and lead-event stages skip what an extractor's text still
#: holds).
EDITORS_NOTE = re.compile(rf"[*(]?\s*(?:editor[’']?s[’']? note\s*[:.—–-]"
                          rf"|(?:corrections?|clarifications?)(?: (?:added|appended|made)\b[^:!?]{{0,30}}"
                          rf"|,\s*{_NOTE_DAY})?\s*:"
                          rf"|(?:an|the) (?:earlier|previous|original) version of (?:this|the) {_THIS_ARTICLE}"
                          rf"|this (?:sentence|paragraph|headline|{_THIS_ARTICLE}) has been "
                          rf"(?:updated|corrected|changed|amended) to (?:reflect|correct|clarify)\b)", re.I)
#: A site prompt is at most this many characters: a longer line is a paragraph that may discuss the site.
_MAX_PROMPT_CHARS = 400
_WIDGETS = (r"most popular|most read|most viewed|trending( now)?|top stories|latest( news)?|related (articles|stories)"
            r"|you may also like|recommended( for you)?|editor'?s picks|advertisement"
            # the label a page gives the box its article sits in, for screen readers, set between paragraphs
            r"|article content"
            # a share button or its counter ("Share this Article!", "Share on Facebook", "Share it !", "Like It, Share
            # It!", "Shares"), a follow button
            r"|(like it,? )?share( it| this( article| story| post)?)?( on [a-z]+)?|shares|follow @\w+"
            # a gallery's button, perhaps with its count of pictures ("Slideshow (13 Images)", "ARTICLE PHOTO
            # GALLERY (3)", "VIEW GALLERY - 3 IMAGES", "(Click image for larger view and slideshow.)")
            r"|((back to|view|article) )*(photo )?(gallery|slideshow)"
            r"( \(\d+( images?| photos?)?\)| [-–—] \d+( images?| photos?)?)?"
            r"|\(?click (the )?image for (a )?larger view[^()]{0,40}\)?")

#: A gallery's caption is at most this many words.
MAX_CAPTION_WORDS = 30
#: A byline: "By David Jeans", "Written by Eliaser Ndeyanale", "by European Space Agency".
_BYLINE = re.compile(r"(?:written )?by [A-Z]", re.IGNORECASE)
#: A stamp a headline never holds: a relative time or a reading time ("4 months ago", "Nick Purewal2 minutes
#: ago", "4 min read") or a clock time ("Today 5:00 am").
_STAMP = re.compile(r"(?<!\d)\d+\s*(?:sec|min|minute|hour|hr|day|week|month|year)s?\s+(?:ago|read)\b"
                    r"|\b\d{1,2}[:.]\d\d\s*[ap]\.?m\b", re.IGNORECASE)
#: The line rules' reasons for a picture's lines, which the context pass still sees as the furniture around
#: them (a caption with no credit words next to its credit) but not as a gap in the article.
PICTURE_REASONS = frozenset({"caption", "photo credit"})
#: The reason an embedded post's line is dropped with, by which the publication-date stage finds its day.
EMBEDDED_POST = "embedded post"
#: The reason a lone label of a box of links to other stories is dropped with ("Related:", "Further reading").
LINK_BOX_LABEL = "link box label"
#: The reason a publisher's "About …" box below its story is dropped with (:mod:`dateline.clean.profiles`).
PUBLISHER_PROFILE = "publisher profile"
#: The reason a press release's contact box is dropped with (:func:`dateline.clean.profiles.contact_lines`).
PRESS_CONTACT = "press contact"
#: The reason an author's bio is dropped with.
AUTHOR_BIO = "author bio"
#: The reason a line of a box of other stories' linked titles below the article is dropped with
#: (:mod:`dateline.clean.link_boxes`).
LINK_BOX = "link box"
#: The reason a page's stamp of when it published or updated the article is dropped with, wherever it stands
#: (:func:`dateline.clean.date_lines.is_page_stamp`); the scrape's date lines stay its dating evidence, read from
#: the raw scrape (:func:`dateline.clean.date_lines.scrape_date`).
DATE_LINE = "date line"
#: The reason a web address, an e-mail address or a telephone number alone on its line is dropped with
#: (:data:`_ADDRESS`).
ADDRESS_LINE = "address line"
#: The reason a line naming who edited the story is dropped with ("Edited by: Tom Reyes").
EDITOR_CREDIT = "editor credit"
#: The line rules' reasons for the lines the context pass still sees: a picture's, a related story's linked
#: title, which keeps its place between the teasers' blurbs (without it they would read as running paragraphs),
#: a placeholder, whose place the context pass reads as it always did (a short line between paragraphs):
#: taking it out of the flow would join the lines around it into other runs, and a subheading next to it
#: could go with them; and an author's contact line, often the end of the bio that tells the context pass the
#: article has ended ("Paul Serran is a Brazilian writer … Follow him on X"); and the links after an article, a
#: tag list and a linked title cut short, whose places tell the context pass where a list of teasers runs (taken
#: out, the teasers' blurbs between them would read as the article's paragraphs going on).
#: And an embedded post's lines in a scrape, which the context pass always read as the article's flow (a post's
#: short lines between paragraphs), so that dropping them changes no other line's fate; and a page's stamp, which
#: the context pass reads as the stamp it is (a story's head, a comment's), so that dropping it changes none either.
#: And a line without a word (a rule, a table's border), a publisher's profile, a press release's contact box and a
#: link box's label, whose places the context pass read as it always did (the rule, the "About …" or "Media
#: Contact" heading or the "Related" that ends an article tells it the article has ended). And a pull quote
#: (:mod:`dateline.clean.pull_quotes`), a line of the article block that the context pass read as one, so that
#: dropping it from the body changes no other line's fate. And an address alone on its line, which the context
#: pass always read among the contact box or the links it belongs to, and an editor's credit, among the story's
#: other credits below it.
VISIBLE_REASONS = PICTURE_REASONS | {"related link", "placeholder", "author contact", "tag list", "cut-off title",
                                     "separator", EMBEDDED_POST, DATE_LINE, PUBLISHER_PROFILE,
                                     PRESS_CONTACT, LINK_BOX_LABEL, PULL_QUOTE, ADDRESS_LINE,
                                     EDITOR_CREDIT}
#: A caption standing above its credit is one sentence of at most this many words (a story's paragraph right
#: above a lone credit is longer, or quotes someone).
MAX_CAPTION_LINE_WORDS = 20
#: A caption that names what its picture shows without a verb ("The SatMena offices in Muscat.") has at least
#: this many words: a story's verbless fragment ("A preventable crisis.", "10 p.m.") is shorter.
MIN_VERBLESS_CAPTION_WORDS = 5
#: The day a news picture's caption closes on, as wire captions set it: the full date with its year after the
#: weekday ("… rally Friday, Oct. 4, 2024, in Salem, Ore.", "… on Monday, May 3, 2021"), or before the
#: place ("… at her desk May 2, 2023, in Mobile, Ala.") or after it ("… in Juarez, June 3, 2018."). A
#: story's sentence names a day inside what it says, and gives the weekday or the year of a day near its own, not
#: both, nor a place set after the date with a comma.
_WEEKDAY = "(?:{})".format("|".join(day.capitalize() for day in WEEKDAYS if day.endswith("day")))  # written out
_CAPTION_DAY = rf"{MONTH_PATTERN} \d{{1,2}}, (?:19|20)\d\d"
_CAPTION_PLACE = r"in [A-Z][\w.'’ -]{0,40}(?:, [A-Z][\w.'’ -]{0,20})?"
_CAPTION_DATE = re.compile(rf"(?:\b{_WEEKDAY},? {_CAPTION_DAY}(?:, {_CAPTION_PLACE})?"
                           rf"|\b{_CAPTION_DAY}, {_CAPTION_PLACE}|\b{_CAPTION_PLACE}, {_CAPTION_DAY})\.?$")
#: The tags of a verb in the present tense ("announces", "monitor"), the tense a caption describes its picture in.
_PRESENT_TENSE = frozenset({"VBZ", "VBP"})
#: The tags of who a caption shows doing something: a name ("Chris Christie announces …") or people ("… troops
#: monitor …"), not a thing a plan is about ("The law takes effect …").
_PICTURED = frozenset({"NNP", "NNPS", "NNS"})
#: A name alone as a line: two to four capitalised words and a full stop ("Gretchen Carlson.").
_NAME_ALONE = re.compile(r"(?:[A-Z][\w.'’-]*\s){1,3}[A-Z][\w'’-]*\.")
#: The parts of speech of such a name as the tagger reads it.
_NAME_PARTS = frozenset({"PROPN", "PUNCT"})
#: A name alone as a line without a stop has two or three words ("James Strommer", "Michael Conroy, AP",
#: "Andrew Friedson (Handout)"): a subheading the tagger reads as names runs longer ("New AMD Security Technologies").
MAX_NAME_LINE_WORDS = 3
#: A name ends on its last word or a bracket closing a credit: a line ending with a colon or a question mark is
#: a lead-in ("Via WaPo:") or a subheading ("Green Good Neighbor?").
_ENDS_UNPUNCTUATED = re.compile(r"[\w)\"”’']$")
#: A word opening with a capital, perhaps inside a bracket or a quote mark ("(Handout)", "“Sam”").
_CAPITALISED = re.compile(r"[(\"“‘']?[A-Z]")
#: A word that title case capitalises (function words of three letters or fewer stay lower case).
_TITLE_CASE_WORD = re.compile(r"[^\W\d_]{4,}")
#: Where one sentence ends and the next begins inside a line.
_SENTENCE_BREAK = re.compile(r"[.!?]\s+[A-Z]")
#: Where a sentence ends and the next begins, safely: a stop after a lower-case word of three letters or more,
#: a digit or a closing mark ("… the mayor said. Drivers …"), never after a title's abbreviation ("Mrs. Smith",
#: "Gov. Newsom"), then a capital.
_SURE_SENTENCE_BREAK = re.compile(r"(?:(?<=[a-z]{3}[.!?])[\"”’)]*|(?<=[\d\"”’)][.!?]))(\s+)(?=[\"“‘]?[A-Z])")
#: A line that ends on a word, without a stop or a closing mark.
_UNTERMINATED = re.compile(r"\w$")
#: A story's head sets its byline or date line at most this many lines below its headline (a standfirst between)
MAX_HEAD_LINES = 4
#: ... and its first paragraph at most this many lines below that (the byline's name, the date, a comment
#: counter, share buttons between).
MAX_HEAD_FURNITURE_LINES = 8
#: Two heads of other stories at most this many lines apart are one run of teasers (:func:`teaser_runs`): a title,
#: its counter or byline, its stamp and a one-line blurb. An article's dated sections have paragraphs between.
MAX_TEASER_GAP = 6
#: A run of teasers stands below at least this many of the article's paragraphs (a page's head may list other
#: stories' heads above the article, where the head's rules read them).
MIN_PARAGRAPHS_ABOVE_TEASERS = 3
#: A byline alone is at most this many words ("By Tsai Yun-jung", "Written by Eliaser Ndeyanale").
MAX_BYLINE_WORDS = 6
#: A link list's title cut to fit its box is at most this many words (a story's sentence that trails off is
#: longer, or quotes its speaker).
MAX_CUT_TITLE_WORDS = 16
#: An ellipsis run straight on to the last word or comma, as a list's box cuts a title to fit ("… Email Security
#: Platform for...", "… and a new enterprise offering,..."); a writer's trailing-off sets it after a whole word.
_CUT_OFF = re.compile(r"(?<=[\w,])(?:\.{3}|…)$")
#: A comment box's bare label ("Comments"), which a share bar or a tab shows as well (:func:`opens_thread`) ...
_BARE_COMMENT_HEADER = re.compile(r"comments?", re.IGNORECASE)
#: ... opens the readers' thread only with a comment's stamp or button at most this many lines below it (the
#: commenter's name and the stamp, or a form's two fields, stand between).
BARE_HEADER_REACH = 6
#: A caption that repeats its picture's description is at most this many words: the tuning pages' run to 13, and
#: the sentences a page repeats as its pictures' descriptions (a standfirst's bullets, a paragraph) run to 16 or more.
MAX_ALT_CAPTION_WORDS = 14
#: A standfirst is one sentence of at most this many words (the tuning pages' run to 18); a story's first paragraph
#: above its picture runs on to a second sentence or longer.
MAX_STANDFIRST_WORDS = 24
#: What anchors a story's first paragraph, and no standfirst: the day of its event or who said it ("… on Monday,
#: the port authority said."). A lede of one short sentence above the lead picture is common; its summary is not.
_LEDE_ANCHOR = re.compile(rf"\b(?:said|says|told|yesterday|today|tonight|{_WEEKDAY})\b")
#: The reason a standfirst is dropped with, where the page's lead picture shows it (:func:`standfirst_over_caption`).
STANDFIRST = "standfirst"
#: A scrape that repeats this many different sentences or more repeats a gallery's captions.
MIN_GALLERY_CAPTIONS = 2
#: (reason, pattern) — each pattern must match the whole stripped line (``fullmatch``).
LINE_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("section teaser", re.compile(rf"(?:{_TEASER_LABELS})\s*:\s*\S.*", re.I)),
    ("section teaser", re.compile(r"see also\b.*", re.I)),
    ("site widget", re.compile(rf"(?:{_WIDGETS})\s*[:!]?", re.I)),
    # "Related:", "Further reading", "Explore further", "For more:", "Popular on Ledger", "Recommended Videos", "More
    # from Ann Cole": the label of a box of links to other stories, alone on its line. "Read more" without its colon
    # is a link's button (a placeholder, below); "More from …:" with a colon leads into something the story
    # embeds (a clip, a post), and stays.
    (LINK_BOX_LABEL, re.compile(r"related(?: content| coverage| reading| videos?| links?)?\s*:?|further reading"
                                r"|explore further|(?:read|see|for) more\s*:|recommended videos?|videos|don[’']?t miss"
                                r"|popular(?: on [\w.’'-]+(?: [\w.’'-]+){0,2})?"
                                r"|more (?:from|on) (?-i:[A-Z])[\w.’' -]{0,30}?(?:\.{3}|…)?", re.I)),
    # "___", "* * *", "|---|---|": a rule between a story and what follows it, or a table's border, a line without
    # a letter or a digit, which holds no word of the story.
    ("separator", re.compile(r"[\W_]+")),
    # "Advertisement 4", "Read more", "Read now", "Loading...", "Explore charts >>": an ad slot's numbered
    # label, a link's button (a few words, or a few words and the arrow that points at the link) or a widget
    # still loading, which a page leaves in the article's flow (see VISIBLE_REASONS).
    ("placeholder", re.compile(r"advertisement \d{1,2}|read (?:more|now)|loading\s*(?:\.{3}|…)"
                               r"|\w[^.!?<>»]{0,40}?\s*(?:>>|»)", re.I)),
    ("newsletter prompt", re.compile(r"(?:subscribe|sign up|sign-up)\b.{0,120}", re.I)),
    ("newsletter prompt",
     re.compile(r"(?:get|join|receive|read) (?:our|the)\b[^.!?“”\"]{0,60}\bnewsletters?\b[^.!?]{0,40}", re.I)),
    ("comment form", re.compile(r"leave a (?:reply|comment)|post a comment|\d+ comments?|comments?", re.I)),
    # "31 Responses to “Why the bus is late …”", "12 thoughts on “…”", "There are 13 comments": a comment
    # box's header that counts its thread and names the article by its quoted title, which a sentence about
    # responses to something ("32 responses to the survey were negative.") does not quote whole.
    ("comment form", re.compile(r"(?:there (?:are|is) )?\d+ (?:comments?|responses?|replies|thoughts)"
                                r"(?: (?:to|on) [\"“‘'][^\"“”]{1,200}[\"”’'])?", re.I)),
    # a comment form's two notices, one pattern each (as one alternation the pattern repeats a form's own words)
    ("comment form", re.compile(r".*email address will not be published.*", re.I)),
    ("comment form", re.compile(r".*required fields are marked.*", re.I)),
    ("navigation", re.compile(r"scroll to (?:the )?top|back to top|skip to (?:main )?content|home|menu", re.I)),
    # "Photo: Ann Cole", "Photos/Ledger", "Photo by: Ann Cole", "Image source: Ledger Archive.", "Featured Image Credit:
    # Ledger": a picture's credit after its label and a colon or a slash.
    ("photo credit", re.compile(r"\(?(?:featured )?(?:photo|image|picture|photograph)s?(?: credit| source| by)?"
                                r"\s*[:/].{0,80}"
                                r"|(?:photo|image|picture|photograph)s? via(?:\s+[\w'’&/-]+){1,3}\.?", re.I)),
    # ``REUTERS/Alexander Ermochenko``, ``Spencer Platt/Getty Images``, ``Leon Neal | Getty Images``: a credit alone on
    # its line, below its caption.
    ("photo credit", re.compile(rf"{_SLASH_CREDIT}|{_BAR_CREDIT}")),
    # "© Aaron Schwartz", "Courtesy Google", "(Walt Disney Co.)", "(Reed Saxon / Associated Press)", "(Ann Cole | The
    # Ledger)", "Supplied": a
    # line that only names whose picture it is (a photographer and an agency set apart by a slash, as the line below
    # a caption; or that the story's subject supplied it).
    ("photo credit", re.compile(r"(?:©|(?i:courtesy)(?: of)?)\s*[A-Z][^.!?©]{0,60}|Supplied"
                                r"|\((?:[A-Z][\w.'’&-]*\s?){1,5}(?:[/|]\s?(?:[A-Z][\w.'’&-]*\s?){1,5}){0,3}\)")),
    # "Source: National Grid, Energy Agency & State Statistics Office": a chart's credit.
    ("graphic credit", re.compile(r"sources?\s*:\s*(?-i:[A-Z])[^\"“”!?]{0,120}", re.I)),
    ("site prompt", re.compile(rf"(?![\"“‘'])(?=.{{0,{_MAX_PROMPT_CHARS}}}$).*?(?:{_SITE_PROMPTS}).*", re.I)),
    ("site prompt", re.compile(rf"(?=[^\"“”]{{0,{_MAX_PROMPT_CHARS}}}$)(?=.*\b(?:you|your|our|us|please)\b)"
                               rf".*?(?:{_READER_PROMPTS}).*", re.I)),
    ("site prompt", re.compile(r"(?=.{0,140}$).*\b(?:click|tap|browse) here\b.*", re.I)),
    # "Read more about the budget here.", "Watch the hearing online here!", "Read our coverage from overnight here: Port
    # closes; …": the page pointing its reader at a link, an order that closes on the link's "here" (or leads into
    # the linked titles after a colon); a story's sentence reports, and opens on its subject.
    ("site prompt", re.compile(r"(?:read|watch|see|listen to)\b[^.!?\"“”]{0,100}\bhere(?:\s*[.!]|\s*:.{0,160})",
                               re.I)),
    # "Enjoy additional articles per month.", "REGISTER / SIGN IN TO UNLOCK MORE ARTICLES", "Print
    # subscribers get web access at no extra cost …", "Your library gives you full access to this
    # story.", "Enjoyed this story?": a paywall's or a membership box's words about reading the article,
    # never the story's (inspectors given "unlimited access" to a site have no account to read it with).
    ("paywall prompt", re.compile(rf"(?=.{{0,300}}$).*?(?:print subscriber|(?:additional|more|free) articles? "
                                  rf"(?:per|a|each) month|(?:register|subscribe|sign in|log in) to (?:unlock|continue)"
                                  rf"|(?:full|free) access to this {_THIS_ARTICLE}"
                                  r"|unlimited (?:online |digital )?access\b.*\b(?:account|subscription)).*", re.I)),
    ("paywall prompt", re.compile(rf"enjoy(?:ed|ing)? (?:this|our)\b[^.!?]{{0,30}}\b(?:{_THIS_ARTICLE}|content)\?"
                                  r"[^?]{0,120}", re.I)),
    # "Send tips to kevin@…", "Follow Kevin on Twitter", "Reach the reporters on Twitter at …", "You can email
    # Cristina Laila here", "… is a science writer. Email her at …", "… is a news intern. Reach her at
    # name@paper.com": how to reach the author, a line that tells the reader to write to a writer (a police appeal
    # asks readers to contact the police, and is the story's; a pronoun to reach only with an e-mail address).
    ("author contact", re.compile(r"(?:.{0,200}[.!?]\s+)?(?:you can\s+)?(?:send (?:news |story )?tips\b"
                                  r"|(?:e-?mail|tweet|follow|write to) (?:him|her|them"
                                  r"|the (?:reporters?|writers?|authors?)|(?-i:[A-Z][\w.’'-]+(?: [A-Z][\w.’'-]+){0,2}))"
                                  r"(?: on (?:twitter|x|facebook|instagram)\b|\s+(?:at|via|here)\b)"
                                  r"|(?:reach|contact) the (?:reporters?|writers?|authors?)\b"
                                  r"|(?:reach|contact) (?:him|her|them) at [\w.+-]+@[\w-]+\.).{0,200}", re.I)),
    # after the author's contact line, which it would otherwise take from the context pass ("Follow Ann Cole on X")
    ("site prompt", re.compile(_FOLLOW_PROMPT, re.I)),
    ("editor's note", re.compile(rf"(?:{EDITORS_NOTE.pattern}).{{0,800}}", re.I)),
    # "The post was updated to include more details.", "Update: this piece has been updated with the council's
    # response.", "Updated on Friday, May 2 at 6:30 p.m. with more quotes.": the page's note that the article
    # changed, naming nothing it now reports (a note that does, "This article was updated to add that the mayor
    # quit", reports, and stays). Its day is the update's, never the story's.
    ("update note", re.compile(rf"(?:update\s*:\s*)?(?:(?:this|the) (?:{_THIS_ARTICLE}|report) (?:has been|was) updated"
                               r"|updated)\b.{0,60}?\b(?:with|to include) (?:(?:additional|more|new|further|the latest)"
                               r" (?:information|details|comments?|reporting|quotes|reaction)"
                               r"|(?:[\w.'’-]+ ){0,4}?(?:response|comments?|statement|reaction))\.?", re.I)),
    # "Tags: Governor Anyang’ Nyong’oKisumuMPesa", "Tags: Alabama A&M UniversityAniyah Owens…": the article's
    # tag links run together behind their label, names without a sentence's stop.
    ("tag list", re.compile(r"(?:tags|tagged(?: with| in)?|filed under)\s*:[^.!?\"“”]{0,400}", re.I)),
    # "First published on Science Weekly.", "The post Harbour reopens appeared first on Ledger Daily." (a feed's
    # footer, naming the site last), "*This story appears in the May 2, 2016 issue of City
    # Magazine.", "(This article was last updated at 9:05 a.m. ET.)", "View the original story at npr.org.": the
    # page on where else the article ran or how it was made, in the words that name the article itself ("this
    # article", "the original story"), which its report never uses. An update note that says what changed
    # ("This story now adds that …") reports, and stays.
    ("republication note", re.compile(rf"[*•(—–\s-]*(?!.*\bupdated to\b)(?:this {_THIS_ARTICLE} (?:also )?"
                                      r"(?:was|is|has been|had been|first|originally|appears|appeared)\b"
                                      r"|originally (?:published|appeared|posted)\b"
                                      r"|the post\b.{1,300}?\bappeared first on (?=(?-i:[A-Z])[^.!?,]{0,40}\.?$)"
                                      rf"|(?:view|read) the original {_THIS_ARTICLE}|a version of this {_THIS_ARTICLE})"
                                      r".{0,300}", re.I)),
    # "— Staff Writers Ann Cole and Tom Reyes added to this story.", "(Reporting by Mia
    # Grant; Editing by …)", "Contributing: Kim Arden", "With reports from Reforma": who helped
    # report the story, a credit the page sets below it (names that no quote or figure of the story belongs to).
    # "Ann Cole added to this story from Salem. Tom Reyes … added to this
    # story from Eugene.", a closing line that says a wire agency's material went into the report: the same credit,
    # saying where each helper reported from, or whose material the story used.
    ("contributor credit", re.compile(r"[—–•(\s-]*(?:(?:(?:[^.!?“”\"]|(?<=\b[A-Z])\.){0,240}"
                                      r"\bcontributed (?:reporting )?to this (?:report|article|story)"
                                      r"(?: from (?-i:[A-Z])[\w.'’ -]{0,40})?\.?\)?\s*){1,3}"
                                      rf"|(?:information|material) from (?-i:[A-Z])[^.!?“”\"]{{0,80}} (?:was|were) used"
                                      rf" in this (?:report|{_THIS_ARTICLE})\.?"
                                      r"|contributing:.{0,240}"
                                      rf"|with reports? from\b[^.!?]{{0,80}}|(?:additional )?reporting by{_CREDITED})",
                                      re.I)),
    # "Edited by: Tom Reyes": who edited the story, in a list of its credits ("Researched by: …", "Sources:") whose
    # place tells the context pass the article has ended (see VISIBLE_REASONS).
    (EDITOR_CREDIT, re.compile(rf"edited by:?{_CREDITED}", re.I)),
    # "… in Istanbul(Image: NX)", "… the open snow.Photograph by Kara Lind", "Illustration by Ann Cole",
    # "An artist's view of the probe. Photo courtesy of NASA.": a picture's credit closing its caption (a name's
    # initials and a final stop are the credit's).
    ("caption", re.compile(rf".{{0,400}}(?:\((?:{_PICTURE_WORDS})\s*:[^()]{{1,80}}\)"
                           rf"|(?<![\w,] )\b(?:{_PICTURE_WORDS}) (?:by|courtesy of)"
                           rf"(?:\s+[A-Z][^.!?]{{0,80}}|{_CREDIT_NAME}))", re.I)),
    # "… when the fighting began.Credit: Amira Saleh", "… Italy.Ciro Fusco / Reuters file", "…
    # a favourite spot for picnics. Courtesy Parks Dept", "… the president. | Jane Roe/PA Images via Getty
    # Images", "… in Shelby, June 18. REUTERS/Jane Doe", "… have been redesigned. Supplied": a caption's sentence
    # with its credit run on after the stop (or after a bar the page set between them), the credit alone on its
    # line shaped as the line rules know it (a slash credit, "© …", "Supplied": the picture came from the story's
    # subject), a shape a story's sentence never ends on.
    ("caption", re.compile(rf".{{0,400}}[.!?][\"”’]?\s*(?:(?i:{_PICTURE_WORDS})\s*:\s*[A-Z][^.!?]{{0,80}}"
                           rf"|(?i:courtesy)(?: of)?{_CREDIT_NAME}|(?:{_SLASH_CREDIT})|Supplied"
                           rf"|[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){{0,3}} / [A-Z][\w.&'’-]+(?: [A-Z][\w.&'’-]+){{0,3}}"
                           rf"(?: file)?"
                           rf"|\|\s*[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){{0,3}}\s?/\s?"
                           rf"[A-Z][\w.&'’-]+(?: [A-Z][\w.&'’-]+){{0,3}}(?: via(?: [A-Z][\w.&'’-]+){{1,3}})?)")),
    # "… in the first four months of 2022 © Jane Doe/Alamy", "… in Osaka, June 3, 2018. © 2018 Kyodo via AP Images": a
    # caption with its copyright credit run on, whose sign no story's sentence holds.
    ("caption", re.compile(rf".{{0,400}}\s©\s*(?:\d{{4}})?{_CREDIT_NAME}")),
    # "Chike UkaegbuPhoto: via Twitter": a caption with its credit glued on where the page set them apart.
    ("caption", re.compile(r"(?:.{0,120}\s)?[A-Z][\w'’-]*[a-z](?:Photo|Image|Photograph|Picture|Illustration|Credit)s?"
                           r"\s*:\s*\S.{0,80}")),
    # "CLOSE Mayor Jane Hollis's personal phone was seized by investigators. Wochit": a video box's caption with its
    # close button's label in capitals run into it, as a scrape joins the player's words; a sentence that opens
    # with the word in capitals goes on in capitals ("CLOSE TO 500 PEOPLE …") or in lower case.
    ("caption", re.compile(r"CLOSE\s+[A-Z\"“‘'](?:[^A-Z\s]|\s+\S).{0,600}")),
    # "FILE - Mike and Jane Roberts tend…", "[1/5] Reuters visuals journalist…", "Pictured from left, are…",
    # "Rep. Cherrish Pryor, left, talks with…", "Gustavo Petro (C) celebrates…": the words that point at a
    # picture. "(R)" only where it ends the line ("Bethany Funke (R)"): after a name inside a sentence it is as
    # often a Republican's party ("Arkansas Gov. Asa Hutchinson (R) signed …", a story's lead).
    ("caption", re.compile(r"(?:FILE\s*[-–—:]|\[\d{1,3}/\d{1,3}\]|Pictured\b).{0,400}"
                           r"|.{0,300}?(?:\b[A-Z][\w.'’-]+,? (?:\((?:left|right|centre|center|L|C)\)|\(R\)(?=\s*$))"
                           r"|, (?:(?:second |third |far )?(?:from )?(?:left|right)|centre|center),"
                           r"|\bfrom (?:left|right)[:,]).{0,300}")),
)


@dataclass(slots=True)
class CleanedText:
    """The story text (kept lines, one paragraph each), its headline if any, and what was dropped."""

    text: str
    title: str | None = None
    dropped: list[DroppedLine] = field(default_factory=list)


def clean_text(raw: str, by_context: bool = True, links: frozenset[str] = frozenset(),
               authors: tuple[str, ...] = (), pictures: frozenset[str] = frozenset(),
               published: date | None = None) -> CleanedText:
    """Drop boilerplate lines, repeated lines and leading site banners; detect the headline. Each line is read
    as a reader sees it: its spacing collapsed, its invisible format characters dropped
    (:mod:`dateline.clean.characters`), and the hover cards a page set on names taken out of the sentences they
    were run into (:mod:`dateline.clean.cards`).

    Embedded posts whose start is clear go, from a scrape and from an extractor's text alike
    (:func:`scraped_post_lines`; their days stay the article's dating evidence on its dropped lines).
    ``by_context`` also rejoins the paragraphs a page hard-wrapped (:mod:`dateline.clean.wraps`) and drops
    the furniture around and inside the article block (:mod:`dateline.clean.context`) and the headline, which
    the article carries as its title; text an extractor already took out of its page is left to the line rules
    (the extractor set the page's title apart, so a title-like line that opens its text is the body's own: a
    standfirst or a subheading). ``links``, the text of the page's links where the text was taken out of
    one, shows the box of other stories' titles the extractor left below the article
    (:mod:`dateline.clean.link_boxes`); ``authors``, the authors its page's metadata names, show their bio
    (:func:`dateline.clean.context.named_author_bios`); ``pictures``, the descriptions of its pictures, show their
    captions (:func:`alt_captions`); ``published``, the day its source or page's metadata dates it, shows its date
    lines (:func:`dateline.clean.date_lines.is_own_date_line`)."""
    kept: list[tuple[int, str]] = []
    dropped: list[DroppedLine] = []
    visible: dict[int, str] = {}  # captions, credits, linked titles: dropped, but seen by the context pass
    seen: set[str] = set()
    lines = [without_link_cards(as_shown(line)) for line in raw.splitlines()]  # numbered as the input's lines
    if by_context:  # an extractor sets each paragraph of its page whole
        lines = rejoin_wrapped(lines, lambda line: boilerplate_reason(line) is not None)
    repeated = gallery_captions(lines) if by_context else set()
    linked = linked_titles(lines)
    posts = scraped_post_lines(lines)
    profiles = profile_lines(lines)
    contacts = contact_lines(lines)
    boxed = link_box_lines(lines, links)
    bios = named_author_bios(lines, authors)
    described = alt_captions(lines, pictures)
    ruled = {line: boilerplate_reason(line) for line in set(lines) if line}  # asked once, by both passes below
    pulled = pull_quote_lines(lines, lambda line: ruled[line] is not None, posts)
    for line_no, stripped in enumerate(lines, start=1):
        if not stripped:
            continue
        reason = ruled[stripped] or (DATE_LINE if is_page_stamp(stripped) or (
            published is not None and is_own_date_line(stripped, published)) else None) or (
            EMBEDDED_POST if line_no - 1 in posts else None) or (
            PUBLISHER_PROFILE if line_no - 1 in profiles else None) or (
            PRESS_CONTACT if line_no - 1 in contacts else None) or (
            ADDRESS_LINE if _ADDRESS.fullmatch(stripped) else None) or (
            LINK_BOX if line_no - 1 in boxed else None) or (
            AUTHOR_BIO if line_no - 1 in bios else None) or (
            "caption" if line_no - 1 in described else None) or (
            "related link" if line_no - 1 in linked else None) or (
            "repeated line" if (stripped in seen or stripped in repeated) and not is_signature(stripped) else None
        ) or (PULL_QUOTE if line_no - 1 in pulled else None
              ) or ("caption" if by_context and (is_verbless_caption(stripped) or is_portrait_caption(stripped, lines)
                                            or is_dated_caption(stripped)) else None
              ) or ("cut-off title" if by_context and is_cut_off_title(stripped) else None)
        if (reason == "photo credit" and not stripped.endswith(":") and kept and kept[-1][0] not in visible
                and is_caption(kept[-1][1])):
            visible[kept[-1][0]] = "caption"  # the picture's caption, right above its credit
        if reason in VISIBLE_REASONS:
            visible[line_no] = reason
        if reason and reason not in VISIBLE_REASONS:
            dropped.append(DroppedLine(line_no, stripped, reason))
        else:
            kept.append((line_no, stripped))
            seen.add(stripped)
    # the head's rules read a page's stamp where it stands, as they always did: an extractor's head may end on it
    head = [numbered for numbered in kept if visible.get(numbered[0], DATE_LINE) == DATE_LINE]
    headline, banners = split_head(head, frozenset(d.line_no for d in dropped if d.reason == "navigation"), by_context)
    dropped.extend(DroppedLine(n, line, "site banner") for n, line in banners)
    if headline and by_context:  # the article's title, which is neither its body nor a paragraph of its block
        dropped.append(DroppedLine(*headline, "headline"))
        banners.append(headline)
    kept = [numbered for numbered in kept if numbered not in banners]
    standfirst = standfirst_over_caption(kept, headline, visible, dropped, lines) if headline else None
    placed = placed_reasons(kept, repeated_labels(lines), visible, dropped, thread_comments(lines),
                            (story_heads(lines), story_heads(lines, or_dated=True))) \
        if by_context else [None] * len(kept)
    if by_context:  # a name alone that the context pass kept: a credit or a byline inside the article block
        names = lone_names([line for _, line in kept])
        placed = [reason or ("name line" if index in names else None) for index, reason in enumerate(placed)]
    body: list[str] = []
    for (line_no, line), reason in zip(kept, placed, strict=True):
        why = visible.get(line_no) or reason or (STANDFIRST if line_no == standfirst else None)
        if why:
            dropped.append(DroppedLine(line_no, line, why))
        else:
            body.append(line)
    return CleanedText("\n\n".join(single_paragraph_ended(body)), headline[1] if headline else None,
                       sorted(dropped, key=lambda d: d.line_no))


def single_paragraph_ended(body: list[str]) -> list[str]:
    """The story's paragraphs, with the unfinished last sentence of a story told in one paragraph set apart.

    A record whose text is one line (a JSON Lines record, a plain-text scrape without line breaks) that ends
    without a stop, cut off or never given one, is one paragraph that does not end as a sentence does: the
    stages that read quotations and figures take such a line for a headline or a teaser and read nothing on
    it, so the whole story loses its quotes. Its finished sentences are prose; the unfinished one goes on a
    line of its own (which stays unread, as any text without a stop). Only a story of one paragraph: in a
    longer one, a paragraph that ends on a word is mostly furniture (a caption and its credit, an embedded
    post, a bio), whose sentences must not pass for prose."""
    if len(body) != 1 or not _UNTERMINATED.search(body[0]):
        return body
    breaks = list(_SURE_SENTENCE_BREAK.finditer(body[0]))
    if not breaks:
        return body
    return [body[0][:breaks[-1].start(1)], body[0][breaks[-1].end():]]


def placed_reasons(kept: list[tuple[int, str]], labels: frozenset[str], visible: dict[int, str],
                   dropped: list[DroppedLine], comments: frozenset[int] = frozenset(),
                   heads: tuple[frozenset[int], frozenset[int]] = (frozenset(), frozenset())) -> list[str | None]:
    """The context pass (:func:`dateline.clean.context.furniture_reasons`) over the kept lines, told which of
    them are a picture's, which are stamps (date lines, clock times), where the line rules dropped a comment
    box's header or a sign-up button, and where the scrape's readers' comments begin (``comments``, the line
    numbers of their first lines: :func:`thread_comments`), and where other stories' heads begin (``heads``:
    the line numbers of the bylined ones' headlines, and of the bylined or dated ones': :func:`story_heads`)."""
    numbers = [n for n, _ in kept]
    return furniture_reasons(
        [line for _, line in kept], labels,
        frozenset(i for i, (n, _) in enumerate(kept) if visible.get(n) in PICTURE_REASONS),
        frozenset(i for i, (_, line) in enumerate(kept) if is_stamp(line)),
        below_any([d.line_no for d in dropped if d.reason == "comment form"], numbers)
        | below_any(sorted(comments), numbers, inclusive=True),
        below_any([d.line_no for d in dropped if d.reason == "newsletter prompt"], numbers),
        below_any(sorted(heads[0]), numbers, inclusive=True), below_any(sorted(heads[1]), numbers, inclusive=True))


def is_stamp(line: str) -> bool:
    """Whether a line is a stamp: a date line or a clock time alone."""
    return is_date_line(line) or is_clock_line(line)


def thread_comments(lines: list[str]) -> frozenset[int]:
    """The line numbers of the first lines of the readers' comments in the scrape's lines (blank ones
    included): read over the whole scrape, as the line rules drop every comment's "Reply" button but the
    first as a repeated line (:func:`dateline.clean.context.comment_heads`)."""
    numbered = [(number, line) for number, line in enumerate(lines, start=1) if line]
    texts = [line for _, line in numbered]
    heads = comment_heads(texts, frozenset(i for i, line in enumerate(texts) if is_stamp(line)))
    return frozenset(numbered[i][0] for i in heads)


def readers_thread(lines: list[str]) -> int:
    """The index of the first line of the readers' thread among a text's non-empty ``lines``, or their number if it
    has none: a comment box's header (:func:`opens_thread`) or a comment's head
    (:func:`dateline.clean.context.comment_heads`) below the article's first paragraphs
    (:func:`dateline.clean.context.thread_start`). The cleaner drops the thread by the same marks; the timeline
    asks it again of the text it kept, since a thread the cleaner missed (or a text it never cleaned) reads as
    prose, comment after comment, and a day a reader names would stand on the timeline as the story's."""
    stamps = frozenset(index for index, line in enumerate(lines) if is_stamp(line))
    headers = frozenset(index for index in range(len(lines)) if opens_thread(lines, index, stamps))
    return thread_start(lines, headers | comment_heads(lines, stamps))


def opens_thread(lines: list[str], index: int, stamps: frozenset[int]) -> bool:
    """Whether the line at ``index`` is a comment box's header: one that counts the comments or prompts for one
    ("59 Responses to …", "0 Comments", "Leave a Reply"), or the bare label "Comments" with a comment's stamp or
    button at most :data:`BARE_HEADER_REACH` lines below. The bare label is also a share bar's button under a
    standfirst, with the story's paragraphs below it."""
    line = lines[index]
    if boilerplate_reason(line) != "comment form":
        return False
    return not _BARE_COMMENT_HEADER.fullmatch(line) or any(
        below in stamps or is_comment_mark(lines[below])
        for below in range(index + 1, min(index + 1 + BARE_HEADER_REACH, len(lines))))


def story_heads(lines: list[str], or_dated: bool = False) -> frozenset[int]:
    """The line numbers of the headlines that open a story's head in the scrape's lines (blank ones included):
    a headline-shaped line (:func:`is_headline`), a byline (``or_dated``: or a date line) within
    :data:`MAX_HEAD_LINES` lines below it (a standfirst may stand between them), and prose right under that.
    Below an article, a bylined head is the publisher's next story that a scrape ran on into, and a dated one
    that or a dated teaser, never the article going on (whose paragraphs carry no byline). Read over the whole
    scrape, as the line rules drop a byline that repeats the article's own as a repeated line."""
    numbered = [(number, line) for number, line in enumerate(lines, start=1) if line]
    reach = MAX_HEAD_LINES + MAX_HEAD_FURNITURE_LINES  # the most lines below a headline its head and body ask of
    return frozenset(number for at, (number, line) in enumerate(numbered) if is_headline(line)
                     and _heads_a_story([text for _, text in numbered[at + 1:at + 1 + reach]], or_dated))


def teaser_runs(lines: list[str]) -> list[tuple[int, int]]:
    """The first and last index of each run of other stories' teasers among a text's non-empty ``lines`` below the
    article's first paragraphs: two or more heads (:func:`story_heads`: a headline over a byline or a date line)
    each at most :data:`MAX_TEASER_GAP` lines below the last with one paragraph (its blurb) at most between, to
    the blurb under the last head where the heads before it carry one (a list of titles and stamps alone ends on
    its last stamp; the article may resume below).
    A teaser's blurb reads as a report of its own story, and a run may stand between the article's parts, where
    the cleaner keeps what reads as prose."""
    heads = sorted(number - 1 for number in story_heads(lines, or_dated=True))  # numbered from 1, no blank lines
    body = [is_body_line(line) for line in lines]
    runs, at = [], 0
    while at + 1 < len(heads):
        last = at
        while last + 1 < len(heads) and heads[last + 1] - heads[last] <= MAX_TEASER_GAP \
                and sum(body[heads[last]:heads[last + 1]]) <= 1:  # a teaser's blurb is one paragraph
            last += 1
        if last == at or sum(body[:heads[at]]) < MIN_PARAGRAPHS_ABOVE_TEASERS:
            at += 1
            continue
        blurbs = any(body[heads[at]:heads[last]])
        end = next((index for index in range(heads[last] + 1, len(lines)) if body[index]), len(lines) - 1)
        runs.append((heads[at], end if blurbs else heads[last]))
        at = last + 1
    return runs


def _heads_a_story(below: list[str], or_dated: bool) -> bool:
    """Whether the lines ``below`` a headline are the rest of a story's head and its body: a byline ("By",
    "By Puja Gupta"), or a date line when ``or_dated``, within :data:`MAX_HEAD_LINES` lines with no paragraph
    before it, and a paragraph of prose within :data:`MAX_HEAD_FURNITURE_LINES` lines after that."""
    mark = next((at for at, line in enumerate(below[:MAX_HEAD_LINES])
                 if _is_byline(line) or (or_dated and is_date_line(line))), None)
    return (mark is not None and not any(is_body_line(line) for line in below[:mark])
            and any(is_body_line(line) for line in below[mark + 1:mark + 1 + MAX_HEAD_FURNITURE_LINES]))


def _is_byline(line: str) -> bool:
    """Whether a line is a byline alone: "By", or "By" and a few words ("BY PUJA GUPTA", "By Ben Blanchard")."""
    return line.lower() == "by" or (bool(_BYLINE.match(line)) and len(line.split()) <= MAX_BYLINE_WORDS)


def below_any(markers: list[int], line_numbers: list[int], inclusive: bool = False) -> frozenset[int]:
    """The indices of the kept lines (their numbers in the scrape, ``line_numbers``, ascending) that come
    first below one of the dropped lines numbered ``markers`` (``inclusive``: or that are those lines): what a
    comment box's header opens, where a sign-up button stands, where a readers' comment begins."""
    return frozenset(index for index, number in enumerate(line_numbers)
                     if any((line_numbers[index - 1] if index else 0) < marker < number + inclusive
                            for marker in markers))


def linked_titles(lines: list[str]) -> set[int]:
    """Indices of the headline-shaped lines right below the label of a list of other stories ("Related",
    "More coverage of the Orlando shooting:", "You might also like") once the article has begun: the titles of
    the stories it links to, up to the first line of another shape (the article's next paragraph, a teaser's
    blurb). Above the article's first paragraph such a run may be the page's own headline, which stays for
    the head's rules."""
    linked: set[int] = set()
    begun = labelled = False
    for index, line in enumerate(lines):
        if not line:
            continue
        if labelled and is_headline(line):
            linked.add(index)
            continue
        labelled = begun and is_list_label(line)
        begun = begun or is_body_line(line)
    return linked


def is_headline(line: str) -> bool:
    """Whether a line of the head is shaped like a headline: a few words opening with a capital, a digit or a
    quote mark, and not a byline ("By David Jeans"), a date line or stamp ("April 24, 2019", "4 min read"), a
    label ("Author of the article:"), a breadcrumb ("Local News | Published") or the label of a list of other
    stories ("Related Articles")."""
    opens_like_a_title = line[0] in "\"'“‘" or (line[0].isalnum() and not line[0].islower())
    return (len(line.split()) >= MIN_HEADLINE_WORDS and is_head_line(line) and opens_like_a_title
            and not _BYLINE.match(line) and not is_date_line(line) and not _STAMP.search(line)
            and not line.endswith(":") and "|" not in line and not is_list_label(line))


def alt_captions(lines: list[str], pictures: frozenset[str]) -> frozenset[int]:
    """The indices of the lines that repeat the description of one of the page's ``pictures`` (its alt text) as a
    title does, a few words without a sentence's stop, below the text's first line: the caption an extractor kept
    between the paragraphs. The first line may be the page's title, which its picture repeats; a page that
    describes its pictures with its own sentences (a standfirst's bullet, a paragraph) runs them longer."""
    first = next((index for index, line in enumerate(lines) if line), len(lines))
    return frozenset(index for index, line in enumerate(lines[first + 1:], start=first + 1)
                     if line in pictures and len(line.split()) <= MAX_ALT_CAPTION_WORDS and is_title_like(line))


def standfirst_over_caption(kept: list[tuple[int, str]], headline: tuple[int, str], visible: dict[int, str],
                            dropped: list[DroppedLine], lines: list[str]) -> int | None:
    """The line number of the standfirst, if the page shows one: the first line kept below the ``headline`` (a
    caption, a credit or a stamp the context pass sees aside) when the scrape's next line is a picture's caption
    the cleaner drops (``visible`` or ``dropped``), and it is one sentence of a few words
    (:data:`MAX_STANDFIRST_WORDS`) that names no day and nobody saying it (:data:`_LEDE_ANCHOR`: a lede's marks).
    A page sets its standfirst, then its lead picture, then the story; the standfirst summarises the story (its
    figures and claims are said again below, where they are labelled), and with the caption gone from between
    them it would read as the story's first paragraph."""
    below = next(((number, line) for number, line in kept if number > headline[0] and number not in visible), None)
    if below is None:
        return None
    number, line = below
    after = next((at for at, text in enumerate(lines[number:], start=number + 1) if text), None)
    captions = {at for at, why in visible.items() if why == "caption"} | {
        d.line_no for d in dropped if d.reason == "caption"}
    summary = line.endswith((".", "!", "?")) and not _SURE_SENTENCE_BREAK.search(line) and not _LEDE_ANCHOR.search(line)
    return number if after in captions and summary and len(line.split()) <= MAX_STANDFIRST_WORDS else None


def gallery_captions(lines: list[str]) -> set[str]:
    """The caption-length sentences a scrape repeats when it repeats two or more: a gallery rendered twice
    (its slides and its lightbox), whose captions go in every copy (a page whose text an extractor doubled
    repeats its paragraphs, longer). One sentence said twice is a standfirst or a pull quote
    set again as a paragraph, whose first copy stays."""
    repeated = {line for line, count in Counter(lines).items()
                if count > 1 and is_sentence(line) and len(line.split()) <= MAX_CAPTION_WORDS}
    return repeated if len(repeated) >= MIN_GALLERY_CAPTIONS else set()


def repeated_labels(lines: list[str]) -> frozenset[str]:
    """The short title-like lines a scrape repeats: a widget's label ("Article content", "Read article"), a
    photographer's credit under each picture, a teaser's title both in the article's link box and in the
    list after it. A story says its subheadings once."""
    counts = Counter(line for line in lines if line and is_title_like(line) and not is_signature(line))
    return frozenset(line for line, count in counts.items() if count > 1)


def is_caption(line: str) -> bool:
    """Whether a line is shaped like a picture's caption: one short sentence that quotes nobody."""
    return (is_sentence(line) and len(line.split()) <= MAX_CAPTION_LINE_WORDS and _one_sentence_quoting_nobody(line)
            and not line.endswith(":"))


def _one_sentence_quoting_nobody(text: str) -> bool:
    """Does the text hold no second sentence and no double quotation mark: the words of one writer's single
    statement, as a caption, a teaser or a title is, never a report of what someone said?"""
    return not _SENTENCE_BREAK.search(text) and not any(mark in text for mark in "\"“”")


def is_verbless_caption(line: str) -> bool:
    """Whether a line is one short sentence with no verb that ends with a full stop: a picture's caption that
    names what it shows ("A stone arch at the edge of the desert in May.") or a teaser's tagline
    ("Health tips, wellness advice and more."), left between a scrape's paragraphs without the credit the
    line rules know it by. A story's paragraph says something, so it has a verb."""
    if not (is_caption(line) and line.rstrip("\"'”’)]").endswith(".")
            and len(line.split()) >= MIN_VERBLESS_CAPTION_WORDS) or is_title_case(line):
        return False
    return not has_verb(line)


def is_dated_caption(line: str) -> bool:
    """Whether a line is a news picture's caption as the wire writes it: one sentence that quotes nobody, of at
    most a caption's length, that tells in the present tense what someone named, or some people, are doing and
    closes on the day the picture was taken, with its year, as the wire sets it (:data:`_CAPTION_DATE`): "Rescuers
    carry a man across the flooded road Tuesday, Oct. 8, 2024, in Fort Myers, Fla." A story reports in the past
    tense, and a sentence of it in the present is about a plan or a thing ("The trial begins Monday, March 3, 2025,
    in Boston."), not people caught in the act. Its day is the picture's, and its words, left between the
    paragraphs, would read as the story's."""
    if len(line.split()) > MAX_CAPTION_WORDS or not _one_sentence_quoting_nobody(line) \
            or not _CAPTION_DATE.search(line):
        return False
    tokens = list(tagged(line))
    verb = next((index for index, token in enumerate(tokens) if token.pos_ in {"VERB", "AUX"}), None)
    return (verb is not None and tokens[verb].tag_ in _PRESENT_TENSE
            and any(token.tag_ in _PICTURED for token in tokens[:verb]))


def is_cut_off_title(line: str) -> bool:
    """Whether a line is another story's title that a list of links cut short to fit its box ("Vendor Patches
    Its Mail Filter for...", "Solar spending in Oman to reach R5 billion by..."): a few words with
    no sentence's stop and no quotation, ending in an ellipsis run on to a word cut mid-phrase, after a function
    word or a comma, or in a title-case title. A story's sentence that trails off ends on a finished phrase
    ("And today, as The Telegraph reports…") or runs longer."""
    if not _CUT_OFF.search(line) or len(line.split()) > MAX_CUT_TITLE_WORDS:
        return False
    title = _CUT_OFF.sub("", line)
    if not _one_sentence_quoting_nobody(title):
        return False
    return title.endswith(",") or is_function_word(title.split()[-1]) or is_title_case(title)


def is_portrait_caption(line: str, lines: list[str]) -> bool:
    """Whether a line is a name and a full stop and nothing else ("Gretchen Carlson.", "Megyn Kelly."), a name
    that another line of the scrape (``lines``) mentions: the caption of a portrait of someone the story is
    about, left between its paragraphs. A story's sentence says something of the one it names, so it has more
    than proper nouns; and the tagger reads a title-case greeting ("Happy Holidays.") as names too, which the
    story does not mention again."""
    if not (_NAME_ALONE.fullmatch(line) and all(token.pos_ in _NAME_PARTS for token in tagged(line))):
        return False
    name = line[:-1]
    return any(name in other for other in lines if other != line)


def lone_names(lines: list[str]) -> frozenset[int]:
    """The indices of the name lines (:func:`is_name_line`) among ``lines`` that stand alone: not an item of a
    list, which a clause ending in a colon opens ("Shelters are open at:") or whose other items stand next to
    it as short lines without a stop. A picture's credit stands between its caption and a paragraph, a byline
    between the headline or standfirst and the story."""
    return frozenset(index for index, line in enumerate(lines) if is_name_line(line)
                     and not (index and (lines[index - 1].endswith(":") or is_title_like(lines[index - 1])))
                     and not (index + 1 < len(lines) and is_title_like(lines[index + 1])))


def is_name_line(line: str) -> bool:
    """Whether a line is a name and nothing else, without a stop ("James Strommer", "Michael Conroy, AP",
    "Advanced Rocket Technologies"): a picture's credit under its caption, the author's name in a byline or an
    author box. A story's sentence says something of whom it names; a subheading that names (a country, a firm)
    runs longer, is set in capitals or asks ("Green Good Neighbor?"), and one that names a topic has a common
    noun ("The Suspect"). Every word opens with a capital and the tagger reads every word as a name."""
    words = line.split()
    return (1 < len(words) <= MAX_NAME_LINE_WORDS and not line.isupper() and _ENDS_UNPUNCTUATED.search(line) is not None
            and all(_CAPITALISED.match(word) for word in words)
            and all(token.pos_ in _NAME_PARTS for token in tagged(line)))


def is_title_case(line: str) -> bool:
    """Whether every longer word of a line is capitalised, as in a headline ("Trump Signals Openness to a 'New
    Deal'"), whose verbs the tagger reads as names."""
    return all(word[0].isupper() for word in _TITLE_CASE_WORD.findall(line))


def boilerplate_reason(line: str) -> str | None:
    """Why a whole line is boilerplate, or None if it may be part of the story."""
    for reason, pattern in LINE_RULES:
        if pattern.fullmatch(line):
            return reason
    return None


def split_head(lines: list[tuple[int, str]],
               navigation: frozenset[int] = frozenset(),
               scraped: bool = True) -> tuple[tuple[int, str] | None, list[tuple[int, str]]]:
    """The headline (its line number and text) and the site banners above it.

    The head is everything before the first line that reads like a body paragraph (:func:`is_head_line`: a
    question or an exclamation may be the headline). The page's masthead
    ends with its navigation ("Scroll to the top", "Menu"); below it, the headline is the head's first line
    shaped like one (:func:`is_headline`), and what is above it are section banners and links to other stories
    ("Russia-Ukraine: Two years of war"). Below the headline the page sets its standfirst, byline, date line,
    share buttons, captions and teasers, which the context pass judges: the head's last line is as often a
    teaser, a caption or the page's date stamp as the headline.
    ``navigation`` holds the numbers of the lines dropped as navigation. In text an extractor took out of its
    page (not ``scraped``) the page's head is gone: the title-like lines above its first paragraph are banners,
    and the last of them its title.
    """
    head: list[tuple[int, str]] = []
    in_head = is_head_line if scraped else is_title_like
    for numbered in lines:
        if not in_head(numbered[1]):
            break
        head.append(numbered)
    if not head or len(head) == len(lines):
        return None, []
    if not scraped:
        return head[-1], head[:-1]
    masthead_end = max((n for n in navigation if n < lines[len(head)][0]), default=0)
    at = next((i for i, (n, line) in enumerate(head) if n > masthead_end and is_headline(line)), None)
    return (None, []) if at is None else (head[at], head[:at])
