"""In-article resolution of who a source is: "he", "the US official", "the president", "who".

No offline coreference model for English ships on PyPI today (neuralcoref is unmaintained and does not
build for spaCy 3; coreferee and spacy-experimental's coref need model downloads), so this resolves only
the references a speaker is named by, with rules on the spaCy parse:

- a named source is its entity, expanded to the fullest form of the name in the article ("Mr." and "Mrs."
  to a person of their gender; a family's name, "the Clintons", to no one member by itself);
- "he"/"she" is the latest person before it who was a grammatical subject or a resolved source;
- a definite role description ("the official", "the US president") is the latest earlier source with
  the same head noun, else the latest person whose title holds that noun ("official" fits any title);
- an indefinite source ("one person familiar with...", "a diplomat") is anonymous, and references back
  to it stay anonymous: a speaker is never invented.

Each resolution names its class of evidence (the table below: a name in the source span, a pronoun back to
the latest speaker, a role noun fitted to a title, …) and carries that class's confidence: measured where
the real-news dev set has enough quotes of the class to tell (``benchmarks/speaker_calibration.py``), else
set by hand. Below the quotes component's ``min_confidence`` a speaker is shown as unknown and kept as the
candidate.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from dateline.extract.given_names import given_name_gender
from dateline.extract.lexicon import (
    AGENT_ENDINGS,
    DOCUMENT_NOUNS,
    FINDING_NOUNS,
    INDEFINITE_DETERMINERS,
    NOUN_CUES,
    PERSON_ENDINGS,
    PERSON_NOUNS,
    PERSON_TITLES,
    ROLE_NOUNS,
    SAYING_VERBS,
    demonym_number,
    person_word,
)
from dateline.extract.quotes.cue_words import cue_lemma, is_cue_lemma
from dateline.extract.quotes.descriptions import (
    Candidate,
    Resolution,
    is_salient,
    names_document,
    resolve_description,
)
from dateline.extract.quotes.direct import quotation_spans
from dateline.extract.quotes.spans import FIRST_PERSON_SINGULAR, offsets
from dateline.extract.syntax import object_of
from dateline.nlp.extensions import doc_text
from dateline.records import Offsets, Quote

_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his"})
#: Verbs an impersonal "it" is the subject of ("it seems that …"): no one speaks.
_SEEMING_VERBS = frozenset({"seem", "appear"})
#: The gender a pronoun, an honorific or a role word gives the person it stands for or names: a "she" is
#: never the man the article calls "he", "Mr." or "the actor's father".
_GENDERED_WORDS: dict[str, str] = {
    **dict.fromkeys(("he", "him", "his", "himself", "mr", "mr.", "man", "boy", "father", "husband", "son",
                     "brother", "king", "prince", "spokesman", "chairman", "businessman", "congressman",
                     "grandfather", "uncle", "nephew", "boyfriend", "sir", "lord"), "m"),
    **dict.fromkeys(("she", "her", "hers", "herself", "mrs", "mrs.", "ms", "ms.", "miss", "woman", "girl",
                     "mother", "wife", "daughter", "sister", "queen", "princess", "actress", "spokeswoman",
                     "chairwoman", "businesswoman", "congresswoman", "grandmother", "aunt", "niece",
                     "girlfriend", "lady", "dame", "mum", "mom", "widow"), "f"),
}
#: The honorifics that say a person's gender, in news style with or without a stop ("Mr. Trump", "Ms Griffin").
_GENDERED_HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss"})
#: The gender of a name bound to "its": a body the tagger took for a person, whom no "he" or "she" stands for.
_NEUTER = "n"
_NAMED_LABELS = ("PERSON", "ORG", "GPE", "NORP", "FAC")
#: Labels of a name that can own a source: an office, a document, a publication.
_OWNER_LABELS = frozenset({"PERSON", "ORG", "GPE", "FAC", "PRODUCT", "WORK_OF_ART"})
#: Labels of a name that a body serves, set before the body's common noun ("Orlando police").
_BODY_OWNER_LABELS = frozenset({"ORG", "GPE", "FAC"})
_TITLE_POS = frozenset({"PROPN", "ADJ", "NOUN"})
#: News style's abbreviations of the role nouns a source may be described by, set before a name ("Gov.
#: Eric Holcomb", "Sen. Tim Kaine", "Gen. Mark Milley", "Amb. Nikki Haley").
_TITLE_ABBREVIATIONS = {"gov": "governor", "sen": "senator", "gen": "general", "pres": "president",
                        "sec": "secretary", "amb": "ambassador", "cmdr": "commander"}
#: Words of rank that make the office after them another one: a "Vice President" or a "Lt. Gov." is no later "the
#: president" or "the governor", nor a deputy director "the director" (a description with the same rank word, "the
#: deputy director", may still name them).
_RANK_WORDS = frozenset({"vice", "deputy", "assistant", "lieutenant", "lt", "associate"})
#: The most letters an organisation's initials run to ("WHO", "NASA", "UNICEF").
_ACRONYM_LETTERS = 6
#: The fewest letters of a family name whose misspelling is told apart from another name, and of one long
#: enough for two letters to be misspelt.
_VARIANT_LETTERS = 4
_VARIANT_LONG = 6
#: Where one paragraph ends and the next begins, blank lines or not.
_PARAGRAPH_BREAK = re.compile(r"\s*\n\s*")
#: How many tokens back a pronoun or description may reach for its referent (a few paragraphs).
_WINDOW = 250
#: The most paragraph breaks from a story's opening description of its speaker to the name (``_named_next``):
#: the lead, a paragraph or two of context, and the name.
_NAMED_NEXT_BREAKS = 3
#: The marks a quotation opens with (a report's content opens on its first word).
_DOUBLE_QUOTE_MARKS = "\"“„«"
#: The articles a source phrase may open with ("the agency", "a spokesman").
_ARTICLES = frozenset({"the", "a", "an"})
#: Head nouns of a description of a body, by kind: "the paper" stands for a name the article gave a
#: publication ("newspaper Dagens Nyheter", "the news site Axios"), "the agency" or "the company" for an
#: organisation named before it (NASA, Vidyard).
_PUBLICATION_NOUNS = frozenset({"newspaper", "paper", "daily", "tabloid", "publication", "outlet", "magazine",
                                "site", "website", "broadcaster", "network", "journal"})
_ORGANISATION_NOUNS = frozenset({"agency", "company", "firm", "group", "organisation", "organization",
                                 "business", "startup", "carrier", "airline", "retailer", "maker",
                                 "manufacturer", "developer", "insurer", "lender", "bank", "charity"})
#: Words a body's name ends on that say it is of another kind than a company or an agency ("Goddard Space
#: Flight Center", "Oxford University"): such a name is no "the company".
_OTHER_KIND_WORDS = frozenset({"center", "centre", "university", "college", "school", "institute", "hospital",
                               "department", "ministry", "council", "court", "police", "service", "office",
                               "committee", "commission", "party", "army", "force", "museum", "station"})
#: Verbs whose subject issues the document they take as object ("issued a statement", "released a letter"). Not
#: "publish" or "post": a paper publishes, and a user posts, others' studies and statements ("the Tribune
#: published a study showing …" is not the Tribune's finding).
_ISSUING_VERBS = frozenset({"issue", "release", "send"})
#: Documents a party files or a prosecutor hands down, whose words are their filer's as a statement's are its
#: issuer's ("the lawsuit says", "the indictment alleges"); kept out of ``DOCUMENT_NOUNS``, whose nouns also
#: head sources that speak for no one the article names ("a poll found").
_FILED_NOUNS = frozenset({"lawsuit", "suit", "complaint", "indictment", "filing", "petition"})
#: Verbs whose agent ("by") issued the document they describe ("a lawsuit filed by", "an indictment released by").
_FILING_VERBS = _ISSUING_VERBS | {"file", "bring"}
#: Bodies a person runs, which speak for that person and are named by their possessive ("his campaign said").
_PERSONAL_BODY_NOUNS = frozenset({"campaign", "office"})
#: Head nouns of a description of a body or a document, never of a person the article names.
_BODY_NOUNS = _PUBLICATION_NOUNS | _ORGANISATION_NOUNS | _OTHER_KIND_WORDS | DOCUMENT_NOUNS

#: Nouns of a written source whose owner, named inside its phrase, is the speaker: "reports from the news site
#: Axios", "a paper in the journal Nature Astronomy", "an internal PSPC analysis", "a New York Times
#: database", "a Reuters story".
_PUBLISHED_NOUNS = DOCUMENT_NOUNS | {"paper", "analysis", "article", "audit", "assessment", "investigation", "database",
                                     "story"}
#: Head nouns of an indefinite source that is a thing or a body, not a person ("a statement saying", "a poll found",
#: "other startups that"): a later "he" or "she" reaches past it as past no one, not as past a nameless person or
#: several people, where it is unsure. Not "figure": "anti-Trump figures who" are people. With a description set
#: beside a name by apposition read as that person (``_described_by_apposition``), session 24, dev..dev13 pooled,
#: text part: 2 direct and 4 indirect speakers more shown right at 6 outlets, none wrong.
_THING_NOUNS = (_BODY_NOUNS | _PUBLISHED_NOUNS | FINDING_NOUNS | NOUN_CUES) - {"figure"}

#: The evidence a resolution rests on: each way of resolving a source is a class of its own.
NAMED = "named"                             # the source span names the speaker ("Blinken said")
ONE_NAME = "one name"                       # a person named by one word the article never gives in full
                                            # ("Megan explained", a misspelt "Jensen said")
SURNAME = "surname"                         # a surname the tagger missed, ending the one person named before
PLACE_NAMED = "place"                       # a country or city as speaker ("Israel said"): metonymy, a dateline
NATIONAL_BODY = "national body"             # a nationality's body ("the Philippine government said"), named by
                                            # the writer's words for it, which its labels may word otherwise
DOCUMENT_OWNER = "document owner"           # a document whose owner is named inside its phrase ("a report in the
                                            # Brindle Gazette said", "a Quarry News story said"): the owner
OWNED_DESCRIPTION = "owned description"     # a description holding the name of what it belongs to ("the CNN
                                            # report", "Kentucky's longtime senator"): the writer's words, no name
PRONOUN_TO_SPEAKER = "pronoun to speaker"   # "he" resolved to the latest speaker
PRONOUN_IN_SENTENCE = "pronoun in sentence" # "he" resolved to another person earlier in the same sentence
PRONOUN_TO_SUBJECT = "pronoun to subject"   # "he" resolved to the subject of the sentence just before, with no
                                            # one else named between ("Buser is counting on … “…,” he says")
PRONOUN_ACROSS = "pronoun across"           # "he" resolved to a person in an earlier sentence, with no one
                                            # speaking before it or since
PRONOUN_PAST_SPEAKER = "pronoun past speaker" # "he" resolved to a subject named since another person spoke, or
                                              # reaching back past someone who spoke
PRONOUN_BACK_TO_SPEAKER = "pronoun back to speaker" # the same, resolved to a person who had spoken earlier in the
                                                   # article ("“…,” Harris said. … / Harris told the crowd … /
                                                   # “…,” she said"): a voice coming back, not a narrated subject
PRONOUN_TO_INTRODUCED = "pronoun to introduced" # "he" opening the paragraph after the one whose last sentence
                                                # introduced a person as its subject ("Ann Ray, head of the
                                                # trust, attended the vigil. / She says …"), past earlier speakers
PRONOUN_PAST_OTHERS = "pronoun past others" # "he" reaching past several people mentioned since ("analysts said")
PRONOUN_TO_NAMED = "pronoun to the named" # "he" with no subject or speaker before it to stand for, resolved to the
                                          # one person it fits named in the window ("thanks to governor Jared
                                          # Polis … “…,” he said")
PRONOUN_AMONG_NAMED = "pronoun among named" # the same, the latest of several people it fits named in the window
ROLE_EARLIER_SOURCE = "role of a source"    # "the official" resolved to an earlier source with the same head noun
UNNAMED_POLICE = "police unnamed"           # "Police said", "local police told": the force the story's place has, by
                                            # the one word, with no force named before it for the word to stand for
BODY_BY_ITS_NOUN = "body by its own noun"   # "the hospital" resolved to the body whose name holds that noun as a
                                            # word of its own ("MedStar Quarry Hospital Center")
ROLE_BY_TITLE = "role by title"             # "the official" resolved to the latest person whose title fits
ROLE_ANYWHERE = "role anywhere"             # "the official" fitted to the one titled person anywhere in the article
ROLE_TITLED_NEAR = "role titled near"       # "the prime minister" fitted to the one person so titled, named in any role
#                                             within the window before it
ROLE_TIED = "role tied"                     # "the quarterback said": the one salient person the article named with
                                            # that noun as title or apposition ("quarterback Colin Kaepernick")
ROLE_AMONG_TIED = "role among tied"         # the same with several people tied to the noun: the nearest salient one
ROLE_ONGOING = "role ongoing"               # "the spokesman" closing a quotation that went on from the person quoted
DOCUMENT_AUTHOR = "document author"         # "the statement said": the body that last made a statement
DOCUMENT_OF_PERSON = "document of a person" # "the statement said" after several issuers of statements
DESCRIBED_PERSON = "described person"       # "the actress wrote" fitted to the latest person it may describe
                                            # ("the man wrote" is as often someone the article never names)
DESCRIBED_NEARBY = "described nearby"       # "According to Amina Salum, … “…,” says the mother of four": the one
                                            # person named earlier in the same paragraph
DESCRIPTION_ONLY = "description only"       # "the mother of four" with no one before it to stand for
DESCRIBED_BY_ORIGIN = "described by origin" # "the Frenchman explained", "the 34-year-old said": a nationality or
                                            # an age fitted to the latest person it may describe
BODY_OF_KIND = "body of its kind"           # "the company said": the one organisation named in the window before
BODY_AMONG_OTHERS = "body among others"     # "the agency said" with several organisations named before it
UNTAGGED_NAME = "untagged name"             # a proper name the tagger missed ("Canopy Growth said")
UNTAGGED_WORD = "untagged word"             # a capitalised word the tagger missed, never written in lower case in
                                            # the article ("Pompeo wrote on Twitter:"), or one written as no
                                            # common word is ("HuffPost reported", "according to edX")
SHOUTED = "shouted"                         # an upper-case name (a dateline "SAN JOSE", a credit "EPA")
BODY_QUOTED_ONCE_NAMED = "body quoted, named once" # a direct quote given to a body the article names nowhere else
ONE_WORD_QUOTED = "one word quoted"         # a direct quote of one word ("“Terrifying,” she said")
TERM_QUOTED = "term quoted"                 # a short quoted term of the writer's noun phrase ("a ‘black hole’
                                            # of risk", "the “zero tolerance” policies", "the theme of "America
                                            # first"": ``sources._is_term``)
CONTINUED_PAST_OTHERS = "continued past others" # a quotation with no tag of its own going on from the one before,
                                                # with another person named between
NAMED_IN_OWN_WORDS = "named in own words"   # a direct quote whose words name the person its "he" was resolved to
                                            # ("“Mr. Pagliano’s evidence has no bearing on …,” he added")
BODY_SAYING_I = "body saying I"             # a direct quote in the first person singular given to a body ("the NY
                                            # Post" for "“I feel terrible …”"): a person's words a body reported
QUOTATION_REPORTED = "quotation reported"   # an indirect report whose content opens on a quotation or holds one
                                            # around its own tag ("People, he says, “simply needed to come”")
GROUP_REPORTED = "group reported"           # an indirect report whose source describes a group of people ("Most
                                            # Americans say", "Republicans said")
PERSON_DESCRIBED_REPORTED = "person described reported" # an indirect report whose speaker is a description of
                                            # one person by role, no name ("the CIA chief said", "Flynn's lawyer said")
THING_OWNED_REPORTED = "thing owned reported" # an indirect report whose speaker is a thing a name owns, which
                                            # says nothing itself ("Blackwell's announcement", "CBP's guidelines")
QUESTION_REPORTED = "question reported"     # an indirect report of an open question ("wondered whether …")
NEGATED_REPORTED = "negated reported"       # an indirect report whose cue is negated ("does not deny that …")
FRAGMENT_REPORTED = "fragment reported"     # an indirect report whose content has no verb ("echoed that deep
                                            # sense of loss")
CLAUSE_SET_APART = "clause set apart"       # an indirect report whose content ends before its cue at a
                                            # semicolon or colon ("X may not diverge; Reed has said that …")
REPORT_RELAYED = "report relayed"           # an indirect report an outlet or a document relays, whose content
                                            # is another's report ("CNN reports the Command confirmed …")
BODY_NAMED_FAR_BACK = "body named far back" # an indirect report whose "the company" stands for a body last named
                                            # two or more paragraphs before it
BODY_NAMED_IN_SENTENCE = "body named in sentence" # an indirect report whose "the company" stands for the body
                                                  # named earlier in its own sentence ("Kestrel Dynamics opened
                                                  # a plant, the Ohio-based company said")
PRONOUN_TO_BODY = "pronoun to body"         # "It said": the named organisation that is the subject
                                            # of the main clause before it, in its paragraph
BODY_DESCRIBED = "body described"           # "the police said", "the health ministry reported": a public body the
                                            # article calls only by the common noun of its kind, no name before it
NAMED_NEXT = "named next"                   # "…, the superintendent said." opening the story, then "Superintendent
                                            # Tilda Brannock said …": the person who speaks next, named just after

#: The pronoun classes sure enough to tell the gender of the person they resolve to.
_GENDER_TELLING = frozenset({PRONOUN_TO_SPEAKER, PRONOUN_IN_SENTENCE, PRONOUN_TO_SUBJECT})
#: The classes of a "he" or "she" resolved to someone the writer named elsewhere: an inference, not a name.
_PRONOUN_CLASSES = _GENDER_TELLING | {PRONOUN_ACROSS, PRONOUN_PAST_SPEAKER, PRONOUN_BACK_TO_SPEAKER,
                                      PRONOUN_TO_INTRODUCED, PRONOUN_PAST_OTHERS, PRONOUN_TO_NAMED,
                                      PRONOUN_AMONG_NAMED}

#: How sure each class of evidence is. A class the real-news tuning splits (dev, dev2 and dev3 pooled, 71
#: outlets) hold at least ten direct quotes of is measured (``benchmarks/speaker_calibration.py``, each outlet
#: left out in turn): above the quotes component's line (0.5) only if right at least 97% of the time, as the
#: five measured classes here are in every fold (named 385/389 of labelled quotes, pronoun to the latest
#: speaker 276/278, surname 55/55, one name 50/51, place 13/13, short of ten quotes in one fold);
#: the other classes are too rare there to tell (two to eight quotes each) and keep confidences set by hand
#: for the path that reaches them, "pronoun past speaker" (a narrator's subject after another person spoke,
#: a known error) and "document of a person" (0 of 4 indirect) below the line; "pronoun to subject" (3 of 3)
#: and "untagged name" (2 of 2) above it, as "pronoun across" is; "body of its kind" (3 of 3 indirect) above it
#: and "body among others" (a description with several organisations before it to stand for) below it, as is
#: "continued past others" (a tagless quotation after another person was named in its paragraph: on dev2 the
#: one such quotation was another's words, on dev none occurs); "national body" (2 of 2, one dev2 article)
#: above it at "place"'s 0.6, a country's body speaking for it as the country does. Two properties of a direct
#: quote put it in a class of doubt below the line whatever its resolution (``sources.doubted``): one quoted
#: word (shown speakers right 5 of 9 on dev..dev4, at most .71 with any outlet left out) and a body named once
#: that is not itself the source (9 of 21 bodies named once right, at most .60 leaving any outlet out), and a
#: quoted term (two or three words after an article outside the marks: 1 of 4 right on dev..dev5, in four outlets).
#: Hiding every unmeasured class was tried: on both held-out splits it showed three to five fewer right
#: speakers per part and not one fewer wrong one. Within a class, the layout (``evaluation.real.layout``: the
#: speaker named paragraphs back, others named beside it, named once, a long quotation before its tag) was
#: measured the same way: no property leaves the measured direct classes' speakers right less than 97% of the
#: time beyond chance, and for indirect ones each hides about as many right speakers as wrong on an outlet
#: left out, so a speaker's confidence stays its class's. Two classes of a "he" or "she" with no subject or
#: speaker before it, measured on dev to dev5 pooled (130 outlets): "pronoun to the named", the one person it fits
#: named in the window (2 of 2 direct), above the line as "pronoun across" is; "pronoun among named", the latest
#: of several (5 of 7 labelled, the two wrong a wife named where her husband spoke), below it. "untagged word", a
#: one-word name the tagger missed (4 of 4 direct over two outlets, 1 of 1 labelled indirect), at "untagged
#: name"'s 0.6. An "it" that speaks, fitted to the latest body that spoke, was tried and dropped: 2 of 2 direct
#: in one article, 0 of 2 labelled indirect and seven found reports with no label ("it seems", a document's "it").
#: "role tied", a description of a person fitted to the one salient person the article named with its noun
#: (dev..dev5 pooled, both parts): 4 of 4 labelled shown right in three outlets (two of them unresolved before,
#: "the quarterback", "the governor"), at 0.6; "role among tied" (1 of 2 labelled) below it.
#: Shown speakers measured again (s17) on dev to dev6 pooled (``speaker_calibration.py``) and, by eye, on an
#: audit of 150 unlabelled AllSides articles from 38 outlets the tuning splits hold: three hand-set classes
#: fell short of .97 on direct quotes with both pooled, and a direct quote's speaker reached by one goes below
#: the line, kept for audit (``QUOTED_CONFIDENCE``): "owned description", a
#: description holding the name of what it belongs to ("Kentucky's longtime senator", "the State Department
#: rules", "the Tiger Global investment team"; counted as "named" before), right 9 of 11 labelled direct
#: quotes (9 outlets) and 6 of 17 audited (14 outlets), 25 of 41 indirect: a title or a document owned by a
#: name, whose person the writer names elsewhere, or a parse gone astray; "body of its kind" 0 of 3 labelled
#: direct (2 outlets) and 3 of 3 audited (one article), 7 of 13 indirect; "role of a source" 0 of 2 direct
#: audited, 7 of 13 indirect shown (a found report with no label counts wrong, as in the eval). A report in the
#: writer's words keeps its class's confidence (an owned description the 0.9 it had as "named"): hiding them
#: too took the dev slice's indirect speakers right below their pinned floor, so that is the indirect work's call.
#: "role titled near" (s18), a description fitted to the one person the article gives that title, named in the
#: writer's words within the window but never as a subject or speaker ("against Prime Minister Benjamin
#: Netanyahu. / The prime minister was quick to react"; "role anywhere" before): 3 of 3 labelled direct quotes
#: on dev..dev7 (two outlets, both dev7's), at "role by title"'s 0.5. A "he" back to its speaker over two or more
#: paragraph breaks, past another person it could stand for named since, was tried below the line (s19, dev..dev8
#: pooled, 202 outlets): it hid 6 right speakers (5 direct) at four outlets and 2 wrong at two, and was dropped.
#: A direct quote's own words, inside its marks, doubt its speaker (s20, ``own_words_doubt``; dev..dev9 pooled,
#: 222 outlets, both parts): a "he" or "she" resolved to a person the quoted words name by the family name,
#: "named in own words", hid 4 wrong speakers at 3 outlets and no right one (read for a named tag too, it hid 5
#: right ones at 4 outlets, speakers naming themselves or a content span that held its tag, so a tag naming the
#: speaker is left alone); words in the first person singular given to a body named by more than one word or by
#: initials, "body saying I", hid 2 wrong (a paper, a site's post) at 2 outlets and no right one (read for a body
#: of one capitalised word too, it hid a person's family name the tagger labelled an organisation). Two checks
#: tried with them were dropped: a quote opening on another's speech tag ("“He said whatever …”": 1 wrong hidden,
#: 3 right) and a tag inside another speaker's quotation (7 right hidden, no wrong one: unpaired marks put tags
#: inside quotations that are none). Two checks of a "he" or "she" were tried and dropped too: reaching past a
#: subject described by a role its person's titles do not hold ("Heath said … / The governor … anticipated the
#: pushback. / “…,” he said": 1 wrong hidden at one outlet, a fix for one article), and resolved to a person of no
#: known gender past a speaker known to be of the pronoun's ("she" past a woman who spoke: 42 right direct
#: speakers hidden for 2 wrong). A report in the writer's words (an indirect attribution) has two properties
#: its shown speaker is seldom right with, whatever class of evidence reached it (``sources.reported``; s20,
#: dev..dev9 pooled, both parts, a found report with no label counting wrong as in the eval): content opening on
#: a quotation (2 of 24 shown right, 17 outlets) or holding one around its own tag (7 of 18, 14 outlets),
#: "quotation reported", and a source that describes a group of people (0 of 6, 5 outlets), "group reported";
#: all shown indirect speakers were right 1237 of 1482. "pronoun past speaker" split (s22, dev..dev11 pooled, text
#: part, 218 outlets): where the person reached had spoken earlier in the article, "pronoun back to speaker", 4 of 4
#: direct quotes right at 4 outlets (and 1 of 1 indirect), at "pronoun across"'s 0.6; the rest, a narrated
#: subject who never spoke, stays below the line (6 of 7 direct right, the wrong one Mr Makama above). Tried with it
#: and dropped, their changed answers all from one outlet: "the report" long after the one report the article
#: gave a body as owner, as that body (3 indirect right, Tallahassee Democrat; 6 direct candidates, 2 wrong, all
#: hidden as a body named once), and a quantity of a plural ("A few of his GOP colleagues") as several people
#: no "he" stands for (1 direct right, HuffPost). A show rule by class was measured and not adopted (s22,
#: ``speaker_calibration.py --wilson``, dev..dev11 pooled, text part, 1361 shown direct speakers right 1334): a
#: class shows only where the Wilson lower end of its shown precision clears a floor (.85 or .90) over 10 or more
#: quotes. With each split left out it hid "place" and "role by title" (and "one name" at .90), whose speakers are
#: right 16 of 16, 15 of 16 and 88 of 92: shown right held at .980 (.979 at .90) while right speakers shown fell
#: from .847 to .823 (.781) of the labelled found quotes. The wrong shown speakers sit in the large classes right
#: .98 or more ("named" 13 of 782 wrong, "pronoun to speaker" 7 of 336), so no floor on a class reaches them.
#: "pronoun to introduced" (s27), a "he" or "she" opening the paragraph after the sentence that first names a
#: person as its subject, split off "pronoun past speaker" at "pronoun to subject"'s 0.6: on dev..dev16 pooled
#: (both parts) it showed 5 right speakers hidden before (3 direct, 2 indirect) at 4 outlets, and no wrong one.
#: "document owner" (s27), a document whose owner is named inside its phrase ("a report in the Brindle Gazette",
#: "a Quarry News story"), split off "named" and measured on dev..dev16 pooled (both parts): 51 of 64 found right
#: (51 of 58 labelled) at 39 outlets, at 0.8; a name in a relative clause that acts on the document ("which was
#: obtained by …", "which … reviewed") is no owner (4 wrong indirect speakers hidden at 3 outlets, no right one).
#: "document author" reached back (s29) to the one issuer the article names for a document of its kind, in the
#: writer's words too ("X issued a statement", "a lawsuit filed by X", "an indictment released by X", "a Quarry
#: Police report said"; ``SpeakerResolver._issued``): on the dev..dev19 articles with a document cue (108, both
#: parts) 5 direct speakers shown right that were missed (Fox News, The New York Times) and no wrong one; 4 indirect
#: right (Tallahassee Democrat, The New York Times) and 2 shown on a report the labels hold as a direct quote of
#: the same speaker (Fox News). Refused as an author: a role described with no name ("The Pentagon chief", 1 wrong
#: hidden, HuffPost), a group, a body not yet named, and several issuers (a lawsuit "Democrats" and a party filed).
#: "body by its own noun" (s31), split off "role of a source": a description whose noun is a word of the body's
#: own name ("the hospital" after "… Hospital Center", "the department" after "Justice Department"), the body by
#: its name, so its quoted words are not doubted as a role's are (``QUOTED_CONFIDENCE``). On dev..dev21 pooled
#: (text part; the pages hold none) its direct quotes were right 5 of 5 labelled at 3 outlets, 4 of them hidden
#: before and shown now (the fifth carries on from an earlier quote at a share of its confidence), none wrong;
#: its indirect reports keep their 0.6 (10 of 10 labelled right). A title before a name ("attorney Ada Vell",
#: "newspaper Quarry Post") and an earlier source of the same head noun stay "role of a source" (both its
#: direct quotes right there, too few to judge, against the s17 audit's 0 of 2).
#: "police unnamed" (s32), "Police said" with no force named before that the word stands for (dev22's one
#: direct quote, unresolved before; "the police" is "body described", below): the force by its word.
#: Measured again on the reconciled labels (labels27: "police said" is the force named before, else "police"),
#: dev..dev22 pooled, pages | texts: its indirect reports were right 2 of 2 | 5 of 5 labelled (KCCI | Reuters,
#: The Washington Times, NPR; 4 outlets, none wrong; one more text's report of a lede, unpaired with its label
#: of "police"), so they show at "body described"'s 0.6: 7 hidden right now shown right, none wrong, and shown
#: right of those labelled held or rose with any outlet left out (counting the unpaired one as wrong, texts'
#: shown right dips 0.9075 -> 0.9072). Its direct quotes, none | 2 of 2 right at two outlets (The Washington
#: Times, Human Rights Watch), are too few to judge and stay below the line (``QUOTED_CONFIDENCE``).
#: "body described" (s32), a definite singular description of a public body by its kind's noun that no name
#: before it holds ("the police said", "the country's health ministry reported", "the court ruled"; unresolved
#: before): on dev..dev22 pooled (both parts) 18 indirect speakers shown right that were missed, at 5 outlets
#: (HardwareZone, USNewsRank.com, The New York Times, Vox, Reporters Committee), none wrong, shown right held or
#: rose with any outlet left out; at "body by its own noun"'s 0.6 (figure sources it reaches: 5 more shown right on
#: dev18 and dev20, pages and texts, none wrong on the splits it fires in). Its direct quotes (2, one outlet, both
#: right) stay below the line (``QUOTED_CONFIDENCE``) until measured at more outlets.
#: "described by origin" (s32), "the Frenchman", "the Spaniard", "the 37-year-old" (``_described_by_origin``):
#: read as a name before ("Frenchman" shown at 0.9), never one; on dev..dev22 pooled (both parts) the three such
#: sources at three outlets changed 2 wrong shown speakers to none shown (Motorsport.com, KPBS, whose plural
#: "The Africans" is a group its labels give as ``ANONYMOUS``) and gave 1 right candidate (Daily Star): too
#: few to show, so below the line.
#: "pronoun to body" (s33), an "it" that speaks standing for the named organisation that is the main clause's
#: subject before it in its paragraph (``_body_pronoun``; unresolved before): on dev..dev23 pooled, pages | texts,
#: 2 | 2 indirect speakers shown right that were hidden (KCCI, The Space Review | The Space Review, HuffPost; 3
#: outlets), none wrong, shown right held or rose with any outlet left out. Tried and dropped with it: "they" (1
#: right, 9to5Google; 2 wrong at 2 outlets, people the sentence brought in after the body's name) and a document
#: subject's issuer ("The letter added …. “…,” it said": 1 right, 1 worded otherwise by its label). Its direct
#: quotes (1 right, InformationWeek) are too few to judge and stay below the line (``QUOTED_CONFIDENCE``).
#: "body named in sentence" (s34), a report's "the company" or "the agency" fitted to the body named earlier in its
#: own sentence (``sources._body_named_in_sentence``), split off "body of its kind", whose reports are below the
#: line (``REPORTED_CONFIDENCE``), at that class's 0.6. Measured with ``speaker_calibration.py --save`` on dev..dev24
#: pooled (both parts, a report judged as there), the class's reports split by where the body is named: in the
#: same sentence right 4 of 4 (ScienceAlert, eWeek; 1.00 with either outlet left out, one of them past another
#: organisation named between); the sentence before 2 of 3, the paragraph before 5 of 6, none further in the same
#: paragraph; within the sentence before 6 of 7 (.80 with an outlet left out), short of the .95 a bucket is shown
#: at. Another organisation named between did not tell a wrong one (right 4 of 4 where one sat there). Shown now,
#: none wrong: ``dateline eval real`` on dev2..dev24 pooled, pages | texts, indirect speaker right 444 -> 445 of 581 |
#: 1533 -> 1534 of 2090, shown right by held quotes 385/402 -> 386/403 | 1312/1368 -> 1313/1369, and a figure source
#: the report names shown right 67/69 -> 68/70 | 157/171 -> 158/172 (eWeek; ScienceAlert is on dev). Its direct
#: quotes (none in its sentence; 0 of 6 further back) stay below the line (``QUOTED_CONFIDENCE``).
CONFIDENCE: dict[str, float] = {
    NAMED: 0.9, SURNAME: 0.9, ONE_NAME: 0.8, PRONOUN_TO_SPEAKER: 0.7, PRONOUN_IN_SENTENCE: 0.8,
    PRONOUN_TO_SUBJECT: 0.6, PLACE_NAMED: 0.6, NATIONAL_BODY: 0.6, UNTAGGED_NAME: 0.6, PRONOUN_ACROSS: 0.6,
    ROLE_EARLIER_SOURCE: 0.6, BODY_BY_ITS_NOUN: 0.6, UNNAMED_POLICE: 0.6,
    ROLE_BY_TITLE: 0.5, ROLE_ONGOING: 0.5, DOCUMENT_AUTHOR: 0.5, DESCRIBED_NEARBY: 0.5, PRONOUN_PAST_SPEAKER: 0.45,
    PRONOUN_BACK_TO_SPEAKER: 0.6, PRONOUN_TO_INTRODUCED: 0.6,
    BODY_OF_KIND: 0.6, DOCUMENT_OF_PERSON: 0.4, BODY_AMONG_OTHERS: 0.4, PRONOUN_PAST_OTHERS: 0.4,
    ROLE_ANYWHERE: 0.4, ROLE_TITLED_NEAR: 0.5, DESCRIBED_PERSON: 0.4, PRONOUN_TO_NAMED: 0.6, PRONOUN_AMONG_NAMED: 0.4,
    UNTAGGED_WORD: 0.6, ROLE_TIED: 0.6, ROLE_AMONG_TIED: 0.4, DOCUMENT_OWNER: 0.8,
    DESCRIPTION_ONLY: 0.3, SHOUTED: 0.2, CONTINUED_PAST_OTHERS: 0.4, BODY_QUOTED_ONCE_NAMED: 0.4,
    ONE_WORD_QUOTED: 0.4, TERM_QUOTED: 0.4, OWNED_DESCRIPTION: 0.9,
    NAMED_IN_OWN_WORDS: 0.4, BODY_SAYING_I: 0.4, QUOTATION_REPORTED: 0.4, GROUP_REPORTED: 0.4,
    PERSON_DESCRIBED_REPORTED: 0.4, THING_OWNED_REPORTED: 0.4, QUESTION_REPORTED: 0.4, NEGATED_REPORTED: 0.4,
    FRAGMENT_REPORTED: 0.4, DESCRIBED_BY_ORIGIN: 0.4,
    CLAUSE_SET_APART: 0.4, REPORT_RELAYED: 0.4, BODY_NAMED_FAR_BACK: 0.4, BODY_NAMED_IN_SENTENCE: 0.6,
    BODY_DESCRIBED: 0.6, PRONOUN_TO_BODY: 0.6, NAMED_NEXT: 0.6,
}

#: How sure a direct quote's speaker is where its class is measured as less sure on quoted words than on
#: reports in the writer's words (see above): applied by ``sources.doubted``, direct quotes alone.
QUOTED_CONFIDENCE: dict[str, float] = {OWNED_DESCRIPTION: 0.4, BODY_OF_KIND: 0.4, ROLE_EARLIER_SOURCE: 0.4,
                                        BODY_DESCRIBED: 0.4, UNNAMED_POLICE: 0.4, PRONOUN_TO_BODY: 0.4}

#: How sure a report in the writer's words (an indirect attribution) is where its class is measured as less sure
#: on reports than the table says: applied by ``sources.reported``, indirect reports alone (the referent keeps
#: its class's confidence, so a figure's source or a document's author it names is judged as before).
#: Session 33 (``speaker_calibration.py --save`` on dev..dev23, pages and texts; a found report with no label
#: counts wrong, one holding a labelled direct quote of its speaker right, as the eval's "by held quotes"):
#: "owned description" was shown right 38 of 50 (.76; .73 to .79 with any one of 29 outlets left out, .75 on
#: dev..dev18 alone), "body of its kind" 11 of 13 (.85; .82 to .92 with an outlet left out, wrong at two), under
#: the .90 a shown indirect class is held to (the owned description in every fold). Below the line they hide 49
#: right and 14 wrong reports (wrong at 11 outlets, right at 27); shown indirect right rises on pages .935 -> .938
#: and texts .953 -> .959, and holds or rises with any outlet left out. On dev19..dev23 alone the owned
#: description's 3 reports were right and are hidden (.925 -> .921): too few to outweigh the pool. Their direct
#: quotes were already below the line (``QUOTED_CONFIDENCE``). Session 34 split both by how far back the name
#: they rest on sits (same dev..dev24 count): the body of its kind named in the report's own sentence shows as
#: "body named in sentence" (above); an owned description's owner, named nowhere before it (23 of 30 right), in the
#: same sentence (3 of 4), the sentence before (0 of 1), the paragraph before (4 of 4, three outlets) or further
#: back (8 of 11), makes no bucket that rises with nearness, so the one clearing .95 is taken for chance.
REPORTED_CONFIDENCE: dict[str, float] = {OWNED_DESCRIPTION: 0.4, BODY_OF_KIND: 0.4}


@dataclass(frozen=True, slots=True)
class Referent:
    """Who a source mention stands for; ``name`` None means an anonymous or unresolved source."""

    name: str | None
    span: Offsets | None
    label: str | None
    head: str
    titles: tuple[str, ...] = ()
    is_person: bool = True
    #: How sure the resolution is: set from ``evidence`` by ``resolved_by`` alone (a quotation carried on
    #: from the one before keeps a share of its speaker's, ``sources._continued_referent``).
    confidence: float = 0.0
    #: The class of evidence the resolution rests on (a key of ``CONFIDENCE``), for audit and calibration.
    evidence: str | None = None
    #: Several people ("analysts"): no "he" or "she" refers back to them, and one reaching past them is unsure.
    plural: bool = False
    #: "m" or "f" where the article shows it (a pronoun bound to the name, an honorific, a role word), else None.
    gender: str | None = None


ANONYMOUS = Referent(None, None, None, "")


def paragraph_breaks(text: str) -> int:
    """How many paragraph breaks ``text`` holds (a run of blank lines is one)."""
    return len(_PARAGRAPH_BREAK.findall(text))


def resolved_by(referent: Referent, evidence: str) -> Referent:
    """``referent`` as reached by ``evidence``, with that evidence's confidence."""
    return replace(referent, confidence=CONFIDENCE[evidence], evidence=evidence)


class SpeakerResolver:
    """Resolves source spans of one Doc, in text order, remembering who was mentioned where."""

    def __init__(self, doc: Doc, quoted: Sequence[Offsets] = ()) -> None:
        """``quoted`` are the article's quotations and reported contents: a person named inside one ("“Pat
        is passionate,” she said", "Pottinger said Trump would challenge…") is talked about, not talking,
        so no later pronoun resolves to that mention."""
        self.doc = doc
        self.ents = _whole_at_hyphens(doc.ents)
        self.places = _located_places(self.ents)
        self.things = _names_of_things(self.ents)
        tagged = [ent for ent in self.ents if self._tagged_person(ent) and not _is_dateline(ent)]
        self.run_together = _run_together(tagged)
        #: Names the tagger gave another label that the article introduces as a person's
        self.introduced = _introduced_people(self.ents) + _shortened_names(doc)
        tagged = [ent for ent in tagged if not self.names_nobody(ent)] + self.introduced
        tagged.sort(key=lambda ent: ent.start)
        self.names = {_written_name(ent) for ent in tagged}
        self.quoted = quoted
        #: The token where the writer first gives each name (``full_name`` expands a name only to one given
        #: before it); not a speaker's own way of naming someone inside a quotation ("“Pat Carlineo is
        #: passionate,” she said" names no "Pat Carlineo" a later "Carlineo" stands for), nor a tagger's
        #: mention opening on a lower-case word ("rang Taylor").
        text = doc_text(doc)
        #: The quotations among them: a speaker's own words, not the writer's (a report's content is the writer's).
        self.spoken = [(start, end) for start, end in quoted if text[start : start + 1] in _DOUBLE_QUOTE_MARKS]
        self.first_named: dict[str, int] = {}
        for ent in tagged:
            if ent[0].text[:1].isupper() and not _inside(ent.start_char, self.spoken):
                self.first_named.setdefault(_written_name(ent), ent.start)
        #: The gender each name given in full shows where it is written so ("the first lady, Melania Trump"), for
        #: ``full_name`` to fit an honorific to before the short mentions it expands can vote ("Mr. Trump" is no
        #: Melania Trump).
        self.written_genders = _clear_majorities(
            (_written_name(ent), self._shown_gender(ent, filter(None, (title_of(ent), apposed_role(ent)))))
            for ent in tagged if " " in _written_name(ent))
        self.families = _families(doc, self.first_named)
        #: People by every mention: the tagged ones, and a known person's given or family name the tagger
        #: labelled otherwise or missed ("Fahmi" as an organisation, "Buser, however, is").
        self.people = sorted([*tagged, *self._untagged_names(quoted)], key=lambda ent: ent.start)
        self.titles: dict[str, set[str]] = {}
        for ent in self.people:
            for title in (title_of(ent), apposed_role(ent)):
                if title is not None:
                    self.titles.setdefault(self.full_name(ent), set()).add(title)
        self.genders = self._genders()
        #: (token index, referent, whether it was the source of an attribution)
        self.history: list[tuple[int, Referent, bool]] = [
            (ent.start, self.named(ent), False) for ent in self.people
            if _is_salient_subject(ent) and not _inside(ent.start_char, quoted)
        ]

    def names_nobody(self, entity: Span) -> bool:
        """Is the mention two people's names run together by a page's link list ("Trump Graham")?"""
        return _strip_possessive(entity.text) in self.run_together

    def introduced_as_person(self, entity: Span) -> bool:
        """Does the article introduce the entity, tagged otherwise, as a person ("Chike Ukaegbu, the founder of
        Startup52")?"""
        return any(name.start == entity.start for name in self.introduced)

    def _tagged_person(self, entity: Span) -> bool:
        """A mention the tagger calls a person, unless its last word is a place the article is set in: a
        name of that shape is an outlet or a station ("CBS Chicago"), which no "he" or "she" refers to; nor is
        one holding a link or a handle ("Pulse pic.twitter.com/…", a post embedded in the page), nor a job title
        (:func:`_is_title_phrase`), which no later "she" stands for either."""
        return entity.label_ == "PERSON" and not (len(entity) > 1 and entity[-1].text in self.places) \
            and not any(token.like_url or token.text[:1] in "@#" or "/" in token.text for token in entity) \
            and not _is_title_phrase(entity)

    def _untagged_names(self, quoted: Sequence[Offsets]) -> list[Span]:
        """Mentions of a person named in full elsewhere by one of their names alone, which the tagger
        labelled as something else or nothing: a subject's proper noun, or a name entity of another type."""
        found = []
        for token in self.doc:
            if token.ent_type_ == "PERSON" or not token.text[:1].isupper() or not token.is_alpha:
                continue
            if _inside(token.idx, quoted):
                continue
            entity = [ent for ent in self.ents if ent.start <= token.i < ent.end]
            span = entity[0] if entity else self.doc[token.i : token.i + 1]
            if span.start != token.i or len(span) != 1 or (not entity and token.pos_ != "PROPN"):
                continue
            if self.full_name(span) in self.names:
                found.append(span)
        return found

    def _genders(self) -> dict[str, str]:
        """Each person's gender where the article shows it one way only: by the honorific or the role words
        written with the name ("Mr. Hawk", "actress Lady Gaga", "Lacerda, a mother of two"), by a copula ("is
        one of the first two women to"), or by a subject "he" or "she" later in the sentence the name is
        the sole subject of, with no one else named between ("Lacerda said she was lured"); each mention
        votes, and the gender shown at least twice as often as the other wins."""
        named = [(self.full_name(ent), ent) for ent in self.people]
        return _clear_majorities((name, self._shown_gender(ent, self.titles.get(name, ()))) for name, ent in named)

    def _shown_gender(self, ent: Span, titles: Iterable[str]) -> list[str]:
        """The genders one mention shows: its name's title words and the word before it, and for a sole subject
        its bound pronoun and copula (``_genders``)."""
        words = " ".join(titles).lower().split()
        before = self.doc[ent.start - 1].lower_ if ent.start > 0 else ""
        shown = [_GENDERED_WORDS[w] for w in {*words, before} if w in _GENDERED_WORDS]
        if _is_salient_subject(ent) and not _is_coordinated(ent.root):
            shown += self._bound_pronoun(ent) + _predicated(ent.root)
        return shown

    def _bound_pronoun(self, ent: Span) -> list[str]:
        """The gender of the first subject pronoun after a subject name in its sentence, unless another
        person is named between, or a pronoun of the other gender stands between: in "Harper felt in his gut
        that she was right for the role" the "she" is someone else. A pronoun inside a quotation is the speaker's
        word for someone else ("Dana Reyes tweeted: “First he cut the budget”"): a speaker says "I"."""
        between: set[str] = set()
        for token in self.doc[ent.end : ent.sent.end]:
            if _inside(token.idx, self.spoken):
                continue
            if token.ent_type_ == "PERSON":
                return []
            if token.dep_ in ("nsubj", "nsubjpass") and token.lower_ in ("he", "she"):
                gender = _GENDERED_WORDS[token.lower_]
                return [gender] if between <= {gender} else []
            if token.lower_ in _PERSON_PRONOUNS:
                between.add(_GENDERED_WORDS[token.lower_])
            if token.dep_ == "poss" and token.lower_ == "its" and _in_clause_of(token, ent.root.head):
                return [_NEUTER]  # "Pulse posted on its Facebook page": a club
        return []

    def other_person_named(self, start: int, end: int, name: str | None) -> bool:
        """Does the writer name a person other than ``name`` between the characters ``start`` and ``end``? Not
        one named inside a quotation or a report ("Lacerda added during the meeting Epstein threatened her"),
        who is talked about."""
        return any(start <= ent.start_char < end and not _same_person(self.full_name(ent), name)
                   and not _inside(ent.start_char, self.quoted) for ent in self.people)

    def _ents_in(self, span: Span) -> list[Span]:
        """Entities inside ``span`` (``Span.ents`` rebuilds the Doc's entity list on every call)."""
        return [ent for ent in self.ents if span.start <= ent.start and ent.end <= span.end]

    def resolve(self, source: Span, opened: int | None = None, spoke: bool = True) -> Referent:
        """The referent of ``source``, remembered so later pronouns can reach it. ``opened``: where the
        quotation it tags opened, when that was in an earlier paragraph than the tag. ``spoke`` False: a source
        no later "he said" goes on from as from a speaker ("President Lund's decision to …") is remembered as
        a mention, not as a speaker."""
        referent = self._resolve(source, opened)
        if referent.name is None and (ahead := self._named_next(source)) is not None:
            referent = ahead
        self.history.append((source.start, referent, spoke))
        self.history.sort(key=lambda item: item[0])
        return referent

    def _resolve(self, source: Span, opened: int | None = None) -> Referent:
        head = source.root
        if _is_dateline(source):
            return ANONYMOUS
        if (apposed := _apposed_person(source, self._ents_in(source))) is not None:
            # "Valencia's mayor, María José Catalá, said", "the Lindi Municipal Director, Jomaary Satura": the
            # person, not the body the role is tagged as, remembered under the role for "the mayor"
            return replace(self.named(apposed), head=head.lemma_.lower())
        if _describes_unnamed(source):
            # "an Ancestry.com and 23andMe adviser told Warren's team": a name the parser made the head describes whom
            # the unnamed adviser works for; the article does not say who spoke
            return Referent(None, None, None, source[-1].lemma_.lower())
        if (number := _described_by_origin(source)) is not None:
            return self._described_by_origin(source, number)
        if _describes_member(source):
            return self._described_person(source, None)
        if _names_a_member(source) and not self._in_a_name(head.text):  # not "Cuban said", a surname tagged as
            return Referent(None, None, None, head.lemma_.lower())  # a nationality
        entity = _entity_of(source, self._ents_in(source))
        if entity is not None and entity.start <= head.i < entity.end:
            return self.named(entity)
        if entity is not None:  # "reports from the news site Axios": remembered as the one who reported
            # a name set before a document noun as its modifier ("a McKinsey study", "a Pew survey") is the body
            # that made it, whatever the tagger says: no later "he" stands for it
            body = entity.root.dep_ == "compound" and entity.root.head == head
            owner = self.named(entity)
            owner = replace(owner, head=head.lemma_.lower(), is_person=owner.is_person and not body)
            # a name sure as a name is as sure as the document's owner; an unsure one ("SHOUTED") stays unsure
            return resolved_by(owner, DOCUMENT_OWNER) if owner.evidence == NAMED else owner
        if (person := self._surname(source)) is not None:
            return person
        if (untagged := self._untagged_name(source)) is not None:
            return untagged
        if (spelled := self._spelled_out(source.text)) != source.text:  # "says WHO", which the tagger missed
            return resolved_by(Referent(spelled, offsets(source), "ORG", head.lower_, is_person=False), NAMED)
        if (issuer := _issuer_of(source)) is not None:
            return self._resolve(issuer, opened)
        lower = head.lower_
        if lower in _PERSON_PRONOUNS:
            return self._pronoun(source, _GENDERED_WORDS[lower])
        if (spoken_for := self._body_pronoun(source)) is not None:
            return spoken_for
        if lower in ("who", "which", "that") and not head.text.isupper() and head.head.head != head:
            return self._resolve(_noun_phrase(_antecedent(head)))
        if (collective := _named_collective(head, self._ents_in(source))) is not None:  # "Orlando police said": a
            return _body_named(*collective)  # body, not some officers
        if (police := self._police(source)) is not None:
            return police
        if (personal := self._personal_body(source)) is not None:
            return personal
        if (described := self._described_by_apposition(head)) is not None:
            return replace(self.named(described), head=head.lemma_.lower())
        if _is_indefinite(head):
            lemma = head.lemma_.lower()  # "a statement saying", "other startups that": no one a "he" stands for
            return Referent(None, None, None, lemma, plural=head.tag_ in ("NNS", "NNPS"),
                            is_person=lemma not in _THING_NOUNS)
        return self._definite(source, opened)

    def _named_next(self, source: Span) -> Referent | None:
        """The person a story's opening description of its speaker stands for ("…, the superintendent said", "…,
        according to a programmer who found the flaw"): news writes the lead with the role and names the person
        in the paragraphs right after, as the subject of their next words ("Superintendent Tilda Brannock said
        …"). Only where the description is the first person the story follows (no person before it was a
        subject or a source), one person by a role or trade with "the", "its" or "their", or "a" with the
        relative clause that stands in for the name (a role or trade by its word, or the title the name then
        carries; never a word for anyone, which an anonymous source is called by for good); the first person
        named after it must be that subject of a verb of saying, named in full (a given name alone may be
        anyone's), within ``_NAMED_NEXT_BREAKS`` paragraphs, else whoever else the writer named first breaks the
        tie and the description stays unresolved."""
        head = source.root
        lemma = head.lemma_.lower()
        if head.tag_ != "NN" or not head.is_lower or not _withholds_name(head) or _names_anyone(lemma):
            return None
        if any(referent.is_person and referent.name is not None
               for index, referent, _ in self.history if index < source.start):
            return None
        text = doc_text(self.doc)
        after = next((ent for ent in self.people if ent.start >= source.end), None)
        if after is None or paragraph_breaks(text[source.end_char : after.start_char]) > _NAMED_NEXT_BREAKS:
            return None
        if not self._tagged_person(after) or " " not in _written_name(after):
            return None
        # a role or trade by its word (no word for anyone, above), or one the name's own title shows is a
        # person's ("Superintendent …")
        role = _names_a_person(lemma) or _tied_to(after, lemma)
        return resolved_by(self.named(after), NAMED_NEXT) if role and _speaks(after) else None

    def _police(self, source: Span) -> Referent | None:
        """"Police said", "local police told reporters": the police force of the story's place, which news names
        by the one word and which the newer labels give as the speaker ("police"), where no name of a force came
        before that the word stands for (``_described_body``). Not "some police" or "two police" (a few officers,
        unnamed), nor a possessive's ("the city's police", a body of the owner's the writer names: an owned
        description), nor "the police", a public body described (``_describes_public_body``), whose indirect
        reports were measured right apart from the bare word's."""
        head = source.root
        if head.lower_ != "police" or any(child.dep_ in ("poss", "nummod", "det") for child in head.children):
            return None
        if (named := self._described_body(source)) is not None:
            return named
        return resolved_by(Referent("police", offsets(source), "ORG", "police", is_person=False), UNNAMED_POLICE)

    def _personal_body(self, source: Span) -> Referent | None:
        """"Jones' campaign told news outlets", "his campaign noted", "her office said": a campaign or an office
        speaks for the person who runs it, whom its possessive names without a name the tagger found (a tagged
        owner is an owned description: "Pence's office"). The possessive is read as a source of its own would
        be, a family name ending one person named in full or a "he" or "she", and the speaker is that person's
        body, named as the labels name it ("Doug Jones's campaign"), reached on the owner's evidence. None where
        the owner is no person the article names."""
        head = source.root
        if head.lemma_.lower() not in _PERSONAL_BODY_NOUNS:
            return None
        owner = next((child for child in head.children if child.dep_ == "poss"), None)
        if owner is None or owner.ent_type_ or not (owner.lower_ in _PERSON_PRONOUNS or owner.text[:1].isupper()):
            return None
        person = self._resolve(source.doc[owner.i : owner.i + 1])
        if person.name is None or not person.is_person:
            return None
        return replace(person, name=f"{person.name}'s {head.lower_}", span=offsets(source), label="ORG",
                       head=head.lemma_.lower(), titles=(), is_person=False, gender=None)

    def _described_by_apposition(self, head: Token) -> Span | None:
        """The person a description is set beside by apposition outside the source ("wrote Josh Blackman, a
        law professor who …": the "who" and its "a law professor" are Blackman, whom a later "he" continues),
        not a nameless one the next "he" would reach instead."""
        if head.dep_ != "appos" or head.tag_ in ("NNS", "NNPS"):
            return None
        return next((ent for ent in self.people if ent.label_ == "PERSON" and ent.start <= head.head.i < ent.end),
                    None)

    def _pronoun(self, source: Span, gender: str) -> Referent:
        """The person a "he" or "she" stands for. A pronoun resolved on a class sure enough to show gives that
        person its gender where the article showed none: a "she" after "Steenburgen's son, filmmaker Charlie
        McDowell … “…,” he said" is not McDowell."""
        def fits(ref: Referent) -> bool:
            return ref.is_person and self._gender(ref) in (None, gender) and ref.name not in self.things
        found = self._latest(source.start, lambda ref: fits(ref) and not ref.plural)
        if found is None:
            return self._named_before(source, fits)
        nearest = self._latest(source.start, fits)
        evidence = PRONOUN_PAST_OTHERS if nearest != found else self._pronoun_evidence(
            source, found, lambda ref: fits(ref) and ref.name is not None)
        person = found[1]
        if evidence in _GENDER_TELLING and person.name is not None and self._gender(person) is None:
            self.genders[person.name] = gender
        return resolved_by(replace(person, gender=self._gender(person)), evidence)

    def _named_before(self, source: Span, fits: Callable[[Referent], bool]) -> Referent:
        """The person a "he" or "she" stands for when no subject or speaker before it does: the latest person it
        fits that the writer named in the window in any role ("Colorado has now done the same thanks to governor
        Jared Polis … / “…,” he said"), not inside a quotation or a report, where a person is talked about; sure
        only when no one else it fits is named in the window at all, reports included."""
        named = [(ent, self.named(ent)) for ent in self.people
                 if ent.end <= source.start and source.start - ent.start <= _WINDOW]
        fitting = [(ent, person) for ent, person in named
                   if fits(person) and not person.plural and person.name is not None]
        told = [person for ent, person in fitting if not _inside(ent.start_char, self.quoted)]
        if not told:
            return ANONYMOUS
        alone = len({person.name for _, person in fitting}) == 1
        return resolved_by(replace(told[-1], gender=self._gender(told[-1])),
                           PRONOUN_TO_NAMED if alone else PRONOUN_AMONG_NAMED)

    def _gender(self, referent: Referent) -> str | None:
        """A person's gender as the mention showed it, else as the article has shown it so far, else as the
        given name tells it (weak: "Walt Bettinger" is no "she" where the article never shows his gender)."""
        if referent.gender is not None or referent.name is None:
            return referent.gender
        return self.genders.get(referent.name) or given_name_gender(referent.name)

    def _pronoun_evidence(self, source: Span, found: tuple[int, Referent],
                          could_be: Callable[[Referent], bool]) -> str:
        """How a "he" or "she" reached the person it stands for: back to the latest speaker it could be;
        to someone else within its sentence; to someone the writer made the subject since a different
        speaker spoke ("Mr Moeketsi said … Mr Makama then sold the lease … “…,” he said": the narration may
        be the speaker's account going on); to the subject of the sentence just before; or to a subject with
        no speaker before it, and no one else speaking since (a "he" reaching past a conversation between
        others, whose speakers may be unnamed, is as unsure as one past a different speaker)."""
        speaker = self._latest(source.start, could_be, sources_only=True)
        if speaker is not None and speaker[1].name == found[1].name:
            return PRONOUN_TO_SPEAKER
        if self.doc[found[0]].sent.start == source.sent.start:
            return PRONOUN_IN_SENTENCE
        if self._subject_just_before(found, source):
            return PRONOUN_TO_SUBJECT
        spoken_since = any(was_source and found[0] < index < source.start for index, _, was_source in self.history)
        if speaker is None and not spoken_since:
            return PRONOUN_ACROSS
        if self._spoke_before(found):
            return PRONOUN_BACK_TO_SPEAKER
        return PRONOUN_TO_INTRODUCED if self._introduced_just_before(found, source) else PRONOUN_PAST_SPEAKER

    def _spoke_before(self, found: tuple[int, Referent]) -> bool:
        """Had the person a pronoun reached past another speaker spoken before the writer named them last? A
        voice the writer brings back ("“…,” Harris said. … / Harris told the crowd … / “…,” she said") goes on
        speaking; a subject the narration names for what they did, who never spoke ("Mr Makama then sold the
        lease …"), is as likely the one the last speaker talks about."""
        index, person = found
        return any(was_source and referent.name == person.name and earlier < index
                   for earlier, referent, was_source in self.history)

    def _subject_just_before(self, found: tuple[int, Referent], source: Span) -> bool:
        """Was the person the subject of the sentence right before the pronoun's, in its paragraph, with no one
        else named since? The subject of one sentence is what a "he" or "she" in the next most often
        continues; across a paragraph break after another speaker, the narration may be that speaker's
        account ("Mr Moeketsi said … / Mr Makama then sold the lease … / “…,” he said")."""
        return self._paragraph_breaks_from_subject(found, source) == 0

    def _introduced_just_before(self, found: tuple[int, Referent], source: Span) -> bool:
        """Was the person first named as the subject of the sentence right before the pronoun's, across the one
        paragraph break that opens the pronoun's paragraph, with no one else named since ("Four vigils were held
        on Sunday. Ann Ray, head of the trust, attended one in Dunmore. / She says the vigils …")? A writer
        who brings a new person in, then opens the next paragraph on "he" or "she", goes on with that person;
        a subject the article named before, told of in the narration after another speaker ("one Mr Makama" in
        his report, then "Mr Makama then sold the lease … / “…,” he said"), may be talked about in that
        speaker's account going on."""
        index, referent = found
        first = all(self.full_name(ent) != referent.name for ent in self.people if ent.start < index)
        return first and self._paragraph_breaks_from_subject(found, source) == 1

    def _paragraph_breaks_from_subject(self, found: tuple[int, Referent], source: Span) -> int | None:
        """How many paragraph breaks stand between the person's mention and the pronoun, where the mention is the
        subject of the sentence right before the pronoun's and no one else is named since; None otherwise."""
        index, referent = found
        mention = self.doc[index]
        while mention.dep_ in ("compound", "flat") and mention.head.i > mention.i:
            mention = mention.head
        if mention.dep_ == "appos":  # "One of them, Senator Ada Vell, is …": the subject the name is set beside,
            mention = mention.head   # as ``_is_salient_subject`` reads it
        if mention.sent.end != source.sent.start or not mention.dep_.startswith("nsubj"):
            return None
        if not all(self.full_name(ent) == referent.name for ent in self.people if index < ent.start < source.start):
            return None
        return paragraph_breaks(doc_text(self.doc)[mention.idx : source.start_char])

    def _surname(self, source: Span) -> Referent | None:
        """"Dempsey said", "Chief Hlajoane said" where the tagger missed the name: a capitalised source word,
        after nothing but capitalised title words, that ends exactly one person named in full earlier in the
        article is that person, as is one the tagger calls a person elsewhere when no one is named in full
        with it."""
        head = source.root
        words = _strip_det_span(source)
        titled = words[-1] == head and all(token.text[:1].isupper() for token in words)
        if not head.text[:1].isupper() or not head.is_alpha or not (len(words) == 1 or titled):
            return None
        earlier = {_strip_possessive(ent.text) for ent in self.people if ent.end <= source.start}
        fuller = {full for full in earlier if full.split()[-1] == head.text and " " in full}
        if not fuller and head.text in self.names and len(words) == 1:
            fuller = {head.text}  # a person the article names by the surname alone, tagged elsewhere
        if len(fuller) != 1:
            return None
        name = fuller.pop()
        titles = tuple(sorted(self.titles.get(name, ())))
        person = Referent(name, offsets(source), "PERSON", head.lower_, titles, gender=self.genders.get(name))
        return resolved_by(person, SURNAME)

    def _in_a_name(self, word: str) -> bool:
        """Is the word one of the words of a person's name the article gives ("Cuban" in "Mark Cuban")?"""
        return any(word in known.split() for known in self.names)

    def _untagged_name(self, source: Span) -> Referent | None:
        """A source headed by a proper name the tagger missed, alone or before an aside ("Marina Lacerda,
        identified as …, says"): a person the article names elsewhere, in full or by the family name, else
        a body or a person, named by two words or more ("Canopy Growth said"), or by one the article never
        writes in lower case ("Pompeo wrote", not "Police said"), to whom no "he" is resolved."""
        name = _proper_name(source)
        if not name:
            return None
        if self.full_name(name) in self.names:
            return self.named(name)
        rest = source.doc[name.end : source.end]
        if name.start != _strip_det_span(source).start or (rest and rest[0].text != ","):
            return None
        text = _strip_possessive(name.text)
        # initials the article spells out ("says WHO") are read under the spelled-out name
        one_word = name[0].is_title or (_name_shaped(name[0].text) and self._spelled_out(text) == text)
        if len(name) == 1 and one_word and not name[0].ent_type_ and _never_lower(doc_text(self.doc), text) \
                and not self._in_a_name(text):
            # "Pompeo wrote on Twitter:", "Zimring said" on a page that lost the paragraph naming him in full; not
            # a family name several people named in full share ("Owen Dempsey and his brother Paul Dempsey")
            return resolved_by(Referent(text, offsets(name), None, source.root.lower_, is_person=False), UNTAGGED_WORD)
        if len(name) < 2 or not all(token.is_title for token in name):
            return None
        if name[-1].text in self.names:  # "Marina Lacerda", where the tagger found only "Lacerda"
            return resolved_by(Referent(text, offsets(name), "PERSON", source.root.lower_,
                                        gender=self.genders.get(name[-1].text)), NAMED)
        return resolved_by(Referent(text, offsets(name), None, source.root.lower_, is_person=False), UNTAGGED_NAME)

    def _definite(self, source: Span, opened: int | None = None) -> Referent:
        head = source.root
        lemma = head.lemma_.lower()
        singular_role = lemma in ROLE_NOUNS and not _is_plural(head)
        if singular_role and (role := self._role(source.start, lemma, _rank(source))) is not ANONYMOUS:
            return role
        if lemma in ROLE_NOUNS and opened is not None and (ongoing := self._ongoing(opened)) is not None:
            return ongoing
        if (tied := self._tied_person(source)) is not None:
            return tied
        if lemma in _GENDERED_WORDS and lemma not in ROLE_NOUNS:  # a role ("the spokesman") is fitted by title
            return self._described_person(source, _GENDERED_WORDS[lemma])
        if (body := self._described_body(source)) is not None:
            return body
        if lemma in DOCUMENT_NOUNS and (issuer := self._issuer(source)) is not None:
            return issuer
        if lemma in DOCUMENT_NOUNS | _FILED_NOUNS and (issued := self._issued(source)) is not None:
            return issued
        if lemma in DOCUMENT_NOUNS:  # "the statement said": whoever last made a statement, not one cited only
            # for a document of another kind ("the statement" after "reports from Axios" is not Axios's)
            found = self._latest(source.start, lambda ref: ref.name is not None
                                 and (ref.head not in DOCUMENT_NOUNS or ref.head == lemma), sources_only=True)
            # a body issues statements and reports; "the report" after a person spoke is some body's the article
            # names elsewhere or not at all (none of 17 labelled on dev..dev7 was the person's): unknown, not a guess;
            # so is a body the writer only described ("The Pentagon chief, nicknamed …": no name to give)
            if found is None or found[1].is_person or not _sure_name(found[1]):
                return Referent(None, None, None, lemma, is_person=False)
            return resolved_by(found[1], DOCUMENT_AUTHOR)
        ents = self._ents_in(source)
        if (titled := self._titled_name(source, ents)) is not None:
            return self.named(titled)
        owner = _owner(ents, head) or _untagged_owner(head, ("compound",))  # "the Tiger Global team"
        nation = _national_body(head, ents) if owner is None else None  # "the Philippine government"
        if owner is not None or nation is not None:
            return _body_named(source, OWNED_DESCRIPTION if owner is not None else NATIONAL_BODY)
        if _describes_public_body(source):
            return _public_body(source)
        return Referent(None, None, None, lemma, is_person=False)

    def _titled_name(self, source: Span, ents: list[Span]) -> Span | None:
        """A person's given and family name closing a run of capitalised words that title them ("House Harbor
        Whip Oren Vask (D-Ost.)", "Deputy Commissioner for Ports and Customs Ada Quill", "Representative Tilda
        Brannock of Ostervale, who …"): English writes a formal title right before the name, so the name is
        who speaks, wherever the parser hung it (an apposition of the title, an object of its "of") and
        whatever words of the title the tagger ran into it. Read as an owned description, the title's body or
        place was taken for whose the speaker is, and the speaker hidden with the title in the name (dev..dev20,
        both parts: 5 direct quotes at 4 outlets shown right that were hidden, 4 indirect at 3 outlets under the
        bare name, no speaker made wrong). The family name must be a person's by the tagger, here or elsewhere
        in the article. Not a name after a preposition ("a spokesman for Gov. Ada Quill": whom the speaker
        serves), nor before a possessive ("Senator Ada Quill's office"); two names ("authors Ann Ray and Ed
        Lusk") are several people."""
        for run in _capitalised_runs(source):
            start = run.end - 2
            if start - 1 > run.start and _is_initial(source.doc[start]):  # "D. Todd Christofferson"
                start -= 1
            if start <= run.start:  # a given and a family name after title words
                continue
            family = source.doc[run.end - 1]
            if not (any(ent.label_ == "PERSON" and ent.start <= family.i < ent.end for ent in ents)
                    or family.text in self.names):
                continue
            before = source.doc[run.start - 1] if run.start > 0 else None
            after = source.doc[run.end] if run.end < len(source.doc) else None
            if (before is not None and before.pos_ == "ADP") or (after is not None and _is_possessive_mark(after)):
                return None
            return Span(source.doc, start, run.end, label="PERSON")
        return None

    def _described_person(self, source: Span, gender: str | None) -> Referent:
        """"says the mother of four", "the American Horror Story actress wrote": a description of a person
        may stand for the latest person before it that it fits, as a pronoun does, but far less surely (a
        candidate, unless that person was the last one mentioned, in the same paragraph); never for a person
        named inside it ("Mattia's father" is not Mattia). With no one to stand for, the description itself
        is kept as an unsure candidate."""
        inside = {self.full_name(ent) for ent in self._ents_in(source) if ent.label_ == "PERSON"}
        found = self._latest(source.start, lambda ref: ref.is_person and not ref.plural and ref.name is not None
                             and ref.name not in inside and (gender is None or ref.gender in (None, gender)))
        if found is None:
            return resolved_by(Referent(_strip_det(source.text), offsets(source), "PERSON", source.root.lower_),
                               DESCRIPTION_ONLY)
        nearest = self._latest(source.start, lambda ref: ref.is_person)
        between = doc_text(self.doc)[self.doc[found[0]].idx : source.start_char]
        near = nearest == found and not _PARAGRAPH_BREAK.search(between)
        return resolved_by(found[1], DESCRIBED_NEARBY if near else DESCRIBED_PERSON)

    def _described_by_origin(self, source: Span, number: str) -> Referent:
        """"the Frenchman explained", "the 34-year-old said": a person the writer named before and now calls by
        nationality or age, never a name (the tagger labels "Frenchman" a person or an organisation by turns).
        The latest person before it that it fits is only a candidate, kept below the line: the article may call
        two people by one nationality, and a nationality or an age the article never ties to a name says little
        of which one. With no speaker or subject before it, the latest person the writer named is the candidate
        ("Mekies hailed the squad …. “…,” the Frenchman explained"). A plural ("the Africans said") is a group of
        people, no one named; so is a description with no one before it to stand for."""
        lemma = source.root.lemma_.lower()
        if number == "plural":
            return Referent(None, None, None, lemma, plural=True)
        gender = _origin_gender(source.root.text)
        found = self._described_person(source, gender)
        if found.evidence == DESCRIPTION_ONLY:  # no speaker or subject before it: the latest person named
            found = self._named_before(source, lambda ref: ref.is_person and self._gender(ref) in (None, gender)
                                       if gender is not None else ref.is_person)
        if found.name is None:
            return Referent(None, None, None, lemma)
        return resolved_by(found, DESCRIBED_BY_ORIGIN)

    def _body_pronoun(self, source: Span) -> Referent | None:
        """The body an "it" that speaks stands for: the subject of the main clause the reader is following, when
        that is a named organisation ("Ostervale Freight posted a loss. It said …"). A reader takes a pronoun for
        the subject of the sentence before it, or of its own sentence when the pronoun sits in a clause after
        that subject; a body the narration only mentions ("the strike was called to hurt Ostervale Freight") is no
        such subject. Within one paragraph only, and not an impersonal "it" ("it seems", "it was reported"),
        which stands for no one. None where the subject is no named organisation: a person has "he" or "she",
        and a document ("The letter added …. “…,” it said") is no body, whatever its issuer's name. Not "they":
        a plural pronoun after a body's name stands as often for people the sentence brings in ("Quarry Radio says
        officials gave details. They said …"), whom a body's name is no fit for."""
        pronoun = source.root
        if len(source) != 1 or pronoun.lower_ != "it" or _impersonal(pronoun):
            return None
        subject = _main_subject_before(pronoun)
        if subject is None or paragraph_breaks(doc_text(self.doc)[subject.idx : pronoun.idx]):
            return None
        if subject.lemma_.lower() in DOCUMENT_NOUNS | _FILED_NOUNS:  # "The letter added …. “…,” it said": the
            return None  # document, whose issuer the labels word as they please (a body, a family, a team)
        body = self._body_at(subject)
        if body is None:
            return None
        return resolved_by(replace(body, head=pronoun.lower_), PRONOUN_TO_BODY)

    def _body_at(self, subject: Token) -> Referent | None:
        """The named organisation a subject is: a source resolved to one before ("The company reports …",
        "Quarry Health officials said"), else a name the tagger labelled an organisation."""
        phrase = _noun_phrase(subject)
        for index, referent, was_source in self.history:
            if was_source and phrase.start <= index <= subject.i:
                named = referent.name is not None and _sure_name(referent)
                return referent if named and not referent.is_person and referent.label == "ORG" else None
        entity = next((ent for ent in self.ents if ent.start <= subject.i < ent.end), None)
        if entity is None or entity.label_ != "ORG" or entity.root != subject:
            return None
        found = self.named(entity)
        return None if found.is_person else found

    def _described_body(self, source: Span) -> Referent | None:
        """"the agency" after "the European Space Agency", "the bureau" after "the Philippine Bureau of
        Fisheries", "the paper" after "newspaper Dagens Nyheter": the latest name before
        the description that holds a noun of its kind as a word of its own (a body's name, not a person's) or
        that such a noun stands right before as a title (only a candidate when that is a person and another
        person was named since). Else "the company" or "the agency" after
        an organisation's bare name ("Vidyard announced …; the company said"): an organisation before it, sure
        only when it is the one organisation of that kind named in the window, or the one of them that acted
        there (``descriptions``)."""
        noun = source.root.lemma_.lower()
        kind = next((nouns for nouns in (_PUBLICATION_NOUNS, _ORGANISATION_NOUNS) if noun in nouns), {noun})
        before = [ent for ent in self.ents if ent.end <= source.start and source.start - ent.start <= _WINDOW
                  and ent.label_ in _NAMED_LABELS]
        for ent in reversed(before):
            titled = ent.start > 0 and self.doc[ent.start - 1].lemma_.lower() in kind and not (
                ent.start > 1 and _is_rank_word(self.doc[ent.start - 2].lower_))  # no "Vice Mayor"
            named_with = len(ent) > 1 and any(t.text[:1].isupper() and t.lemma_.lower() in kind for t in ent)
            own_word = named_with and ent.label_ != "PERSON"  # a name, not a tagged "CIA chief"
            if titled or own_word:
                found = replace(self.named(ent), head=noun)
                # "quoting Justice Robert Jackson … Thomas also wrote … The justice maintained": a person the
                # writer named since, untitled here, may be the one the description stands for
                since = found.is_person and self.other_person_named(ent.end_char, source.start_char, found.name)
                return resolved_by(found, DESCRIBED_PERSON if since else _role_of_body(own_word, found))
        if noun not in _ORGANISATION_NOUNS:
            return None
        bodies = [ent for ent in before if ent.label_ == "ORG" and ent[-1].lower_ not in _OTHER_KIND_WORDS]
        resolution = self._described(bodies)
        if resolution is None:
            return None
        evidence = BODY_OF_KIND if resolution.sure else BODY_AMONG_OTHERS
        return resolved_by(replace(resolution.candidate.referent, head=noun), evidence)

    def _described(self, mentions: Sequence[Span]) -> Resolution[Referent] | None:
        """Which of the names ``mentions`` (earlier mentions of a description's kind) the description stands for
        (``descriptions``): a mention is salient as its clause's subject or an attribution's source."""
        return resolve_description([Candidate(ent.start, named.name or ent.text, is_salient(ent)
                                              or self._spoke_at(ent), named)
                                    for ent in mentions for named in (self.named(ent),)])

    def _spoke_at(self, entity: Span) -> bool:
        """Is the mention the source of an attribution ("according to the health ministry")?"""
        return any(was_source and entity.start - 2 <= index <= entity.start for index, _, was_source in self.history)

    def _issuer(self, source: Span) -> Referent | None:
        """"the statement read" after "the company denied the allegations in a statement": whoever an earlier
        attribution quoted with a document of that kind issued it (``descriptions``); None where no
        attribution in the window named one."""
        lemma = source.root.lemma_.lower()
        issuers = [Candidate(index, referent.name, True, referent) for index, referent, was_source in self.history
                   if was_source and referent.name is not None and index < source.start
                   and source.start - index <= _WINDOW and names_document(self.doc[index].sent, lemma, source.root)]
        found = resolve_description(issuers)
        if found is None:
            return None
        return resolved_by(found.candidate.referent, DOCUMENT_AUTHOR if found.sure else DOCUMENT_OF_PERSON)

    def _issued(self, source: Span) -> Referent | None:
        """"the lawsuit says" after "The lawsuit … was filed by the Quarry Party", "the statement read" after
        "Ostervale Records issued a statement": the one issuer the article names, before the description, for a
        document of its kind, in an attribution ("said in a statement", "a Quarry Police report said") or in the
        writer's words (``_issuer_named``).
        None where it names several, or one it names only unsurely (a description, a guess): then which document
        is meant is the reader's guess."""
        lemma = source.root.lemma_.lower()
        if _issuer_named(source.root) is not None:  # "The final report from the medical examiner": its own
            return None
        issuers = [referent for index, referent, was_source in self.history if was_source and index < source.start
                   and (referent.head == lemma or names_document(self.doc[index].sent, lemma, source.root))]
        for token in self.doc[: source.start]:
            if token.lemma_.lower() == lemma and (named := _issuer_named(token)) is not None:
                # "A liberal super PAC … has filed a lawsuit": a body the writer has not named yet is no issuer
                issuers.append(ANONYMOUS if _is_indefinite(named) else self._resolve(_noun_phrase(named)))
        if not issuers or not all(_sure_name(issuer) for issuer in issuers):
            return None
        if len({issuer.name for issuer in issuers}) != 1:
            return None
        return resolved_by(issuers[-1], DOCUMENT_AUTHOR)

    def _role(self, position: int, lemma: str, rank: str | None = None) -> Referent:
        """"the official", "the prime minister": the earlier source described by the same noun, else the
        person whose title holds it (``ROLE_BY_TITLE``, ``ROLE_TITLED_NEAR``, ``ROLE_ANYWHERE``) in the same
        rank (``_rank``: "the vice president" is no president)."""
        earlier = self._latest(position, lambda ref: ref.head == lemma)
        if earlier is not None:
            return resolved_by(earlier[1], ROLE_EARLIER_SOURCE)
        titled = self._latest(position, lambda ref: _title_fits(ref, lemma, rank))
        if titled is not None:
            return resolved_by(titled[1], ROLE_BY_TITLE)
        matches = [self.named(ent) for ent in self.people if _title_fits(self.named(ent), lemma, rank)]
        if matches and len({m.name for m in matches}) == 1:
            person = matches[-1]
            near = self._titled_near(position, lemma, person)
            return resolved_by(person, ROLE_TITLED_NEAR if near else ROLE_ANYWHERE)
        return ANONYMOUS

    def _titled_near(self, position: int, lemma: str, person: Referent) -> bool:
        """Did the writer name the one person whose title fits the description within reach before it, in any
        role, in the writer's words ("we warned that police … would open an investigation against Prime
        Minister Benjamin Netanyahu. / … The prime minister was quick to react"; a report's content is the
        writer's, a quotation a speaker's)? Then that person is the one the description points back to, though
        not as a subject or speaker (which ``ROLE_BY_TITLE`` reads). "The official" is left out: every office
        holder fits it, so the one titled person named is no evidence of who spoke."""
        return lemma != "official" and any(
            ent.end <= position and position - ent.start <= _WINDOW and self.full_name(ent) == person.name
            and not _inside(ent.start_char, self.spoken) for ent in self.people)

    def _tied_person(self, source: Span) -> Referent | None:
        """"the quarterback said", "the presenter asked": a singular description of a person stands for whom
        the article named with its head noun, as a title before the name ("Free-agent quarterback Colin
        Kaepernick", "presenter Bradley Walsh", "Justice Clarence Thomas") or set beside it ("Tom Brady, the
        quarterback"), wherever in the article (a caption may give the tie after the story's first use of
        the role); a noun the article ties to a person's name names a person whatever its ending. Of the
        people so tied and mentioned before the description, the reader takes the one the story is about
        there (``descriptions``: the one such person, or the one salient): sure, unless the writer named
        another person since (untied here: "Justices Anthony Kennedy, Clarence Thomas …. Thomas also wrote
        …. The justice maintained"); with several salient, or none, the nearest is only a candidate. None
        where no one mentioned before is tied to the noun."""
        head = source.root
        lemma = head.lemma_.lower()
        if head.tag_ != "NN" or lemma in _BODY_NOUNS:
            return None
        tied = {self.full_name(ent) for ent in self.people if _tied_to(ent, lemma)}
        mentions = [ent for ent in self.people if ent.end <= source.start and self.full_name(ent) in tied]
        resolution = self._described(mentions)
        if resolution is None:
            return None
        person = resolution.candidate.referent
        last = max(ent.end_char for ent in mentions if self.full_name(ent) == person.name)
        sure = resolution.sure and not self.other_person_named(last, source.start_char, person.name)
        return resolved_by(replace(person, head=lemma), ROLE_TIED if sure else ROLE_AMONG_TIED)

    def _ongoing(self, opened: int) -> Referent | None:
        """The person a quotation over several paragraphs goes on from, when its closing tag names only a
        role the article ties to no one ("He said the government covered the cost. / “The prime
        minister’s trips …” / “… the government paid,” the government spokesman said"): the source of the
        paragraph right before the quotation opened, with nobody else named between."""
        before = [(index, referent, was_source) for index, referent, was_source in self.history if index < opened]
        if not before:
            return None
        index, referent, was_source = before[-1]
        if not was_source or referent.name is None or not referent.is_person:
            return None
        between = doc_text(self.doc)[self.doc[index].idx : self.doc[opened].idx]
        return resolved_by(referent, ROLE_ONGOING) if paragraph_breaks(between) == 1 else None

    def _latest(
        self,
        position: int,
        accept: Callable[[Referent], bool],
        sources_only: bool = False,
    ) -> tuple[int, Referent] | None:
        """The latest remembered referent before ``position`` within the window that ``accept`` takes, with
        the token index where it was mentioned."""
        for index, referent, was_source in reversed(self.history):
            if sources_only and not was_source:
                continue
            if index < position and position - index <= _WINDOW and accept(referent):
                return index, referent
        return None

    def named(self, entity: Span) -> Referent:
        """The referent of a named mention, under the fullest form of its name in the article."""
        name = self.full_name(entity)
        is_person = self._tagged_person(entity) or name in self.names
        if not is_person:
            name = self._spelled_out(_strip_det(_strip_possessive(entity.text)))
        titles = tuple(sorted(self.titles.get(name, ())))
        label = "PERSON" if is_person else entity.label_
        evidence = named_evidence(entity)
        if evidence == NAMED and is_person and " " not in name:
            evidence = ONE_NAME
        return resolved_by(Referent(name, offsets(entity), label, entity.root.lower_, titles, is_person,
                                    gender=self.genders.get(name) if is_person else None), evidence)

    def _spelled_out(self, name: str) -> str:
        """An organisation's initials ("WHO", "CDC") under the name the article spells out once, whose
        capitalised words they abbreviate ("the Chinese Center for Disease Control": a
        leading word, such as the country, may go unabbreviated)."""
        if not (name.isupper() and name.isalpha() and 1 < len(name) <= _ACRONYM_LETTERS):
            return name
        spelled = {_strip_det(ent.text) for ent in self.ents
                   if ent.label_ != "PERSON" and abbreviates(name, _strip_det(ent.text))}
        return spelled.pop() if len(spelled) == 1 else name

    def _person_name(self, entity: Span) -> str:
        """The mention's words, without an owner's possessive and title words before a person's name (:func:
        `name_span`): a person's mention loses them, and a mention the tagger labelled otherwise ("DLA
        Piper's Kaye" as an organisation) loses them only for the name of a person the article names."""
        name = _strip_possessive(name_span(entity).text)
        if entity.label_ == "PERSON" or name in self.names:
            return name
        given = [full for full, start in self.first_named.items() if start <= entity.start]
        return name if any(full.endswith(" " + name) for full in given) else _strip_possessive(entity.text)

    def _written_gender(self, full: str) -> str | None:
        """The gender a name given in full shows where the article writes it, else as its given name tells it
        ("Mr. Trump" is no "Melania Trump" even where nothing near her name says she is a woman)."""
        return self.written_genders.get(full) or given_name_gender(full)

    def full_name(self, entity: Span) -> str:
        """"Blinken" -> "Antony Blinken" when the article has named exactly one such person in full before; a
        given name ("Fahmi" -> "Fahmi Fadzil") when no one's family name is that word; a family name the article
        misspells ("Nathan Janzen said …" then "Jensen said") when no one else is named anything like it. A
        name given in full only later may be another's: "President Trump" is not the "Melania Trump" named
        after him. An honorific keeps to the people of its gender ("Mr. Trump" is no Melania Trump, where the
        article shows her a woman); a family the article writes of ("the Clintons") is expanded to one of its
        members only by an honorific that fits one shown of that gender, as a bare "Clinton" may be either."""
        name = self._person_name(entity)
        given = {full for full, start in self.first_named.items() if start <= entity.start}
        fuller = {full for full in given if full.endswith(" " + name)}
        honorific = honorific_gender(entity)
        if honorific is not None:
            fuller = {full for full in fuller if self._written_gender(full) in (None, honorific)}
        if name in self.families or name.removesuffix("s") in self.families:
            chosen = {full for full in fuller if honorific is not None and self._written_gender(full) == honorific}
            return chosen.pop() if len(chosen) == 1 else name
        if not fuller and " " not in name:
            fuller = {full for full in given if full.startswith(name + " ")}
        if not fuller and " " not in name:
            fuller = {full for full in given if " " in full and is_variant_spelling(name, full.split()[-1])}
        return fuller.pop() if len(fuller) == 1 else name


def own_words_doubt(text: str, quote: Quote) -> str | None:
    """The class of doubt a direct quote's own words, inside its marks, put its speaker in, if any. A "he" or
    "she" resolved to a person whose family name the quoted words hold ("“Mr. Pagliano’s evidence has
    no bearing on …,” he later added", after Cummings spoke) went to someone the words are about, not
    the one saying them; where the tag itself names the speaker, the writer says who spoke, and a speaker may
    name themselves ("“… Trump will …,” Trump said"). Words in the first person singular are a person's, not
    those of the body they are given to (a paper or a site that only reported them: "According to the NY
    Post, … Bill Clinton offers up an apology. / “I feel terrible …”"); a body named by one capitalised word
    is left alone, as the tagger labels many a person's family name so ("Cappos"). Read off the quoted words
    alone, not the writer's around a partial quote, so it holds on any outlet."""
    if quote.kind != "direct" or quote.speaker is None:
        return None
    words = " ".join(text[start:end][inner:outer] for start, end in quote.content
                     for inner, outer in quotation_spans(text[start:end]))
    if quote.speaker_label == "PERSON":
        family = quote.speaker.split()[-1]
        inferred = quote.speaker_evidence in _PRONOUN_CLASSES and family[:1].isupper()
        named = inferred and re.search(rf"(?<!\w){re.escape(family)}(?!\w)", words) is not None
        return NAMED_IN_OWN_WORDS if named else None
    body = quote.speaker_label is not None and (" " in quote.speaker or quote.speaker.isupper())
    return BODY_SAYING_I if body and FIRST_PERSON_SINGULAR.search(words) else None


def _never_lower(text: str, word: str) -> bool:
    """Is ``word`` never written in lower case in ``text``: a name, not a common noun opening its sentence
    ("Police said", where the article writes "police" elsewhere)?"""
    return re.search(rf"(?<!\w){re.escape(word.lower())}(?!\w)", text) is None


def _inside(position: int, spans: Sequence[Offsets]) -> bool:
    """Is the character at ``position`` inside one of ``spans``?"""
    return any(start <= position < end for start, end in spans)


def _run_together(people: Sequence[Span]) -> set[str]:
    """Names that are two people's names run together, as a page's link lists leave them ("… vote to
    convict Trump Graham on impeachment", "Trump Roberts sworn in"): a word the article uses alone as a
    person's name that opens several different longer names is that person, not the given name of each.
    Such a "name" is nobody's full name, so no "Graham" is expanded to it."""
    alone = {_strip_possessive(ent.text) for ent in people if len(ent) == 1}
    longer = {_strip_possessive(ent.text) for ent in people if len(ent) > 1}
    openings = Counter(name.split()[0] for name in longer)
    return {name for name in longer if name.split()[0] in alone and openings[name.split()[0]] > 1}


def _names_of_things(ents: Sequence[Span]) -> set[str]:
    """Names of several words the tagger labels as a place, a building, a work or a body at least as often as
    a person ("his musical La La Land" tagged a facility, "when La La Land came around" a person): no "he" or
    "she" stands for the film. A person's full name is seldom read as anything else; a lone surname often is
    ("Fahmi" as an organisation), so one word is left to the tagger's person label."""
    as_person: Counter[str] = Counter()
    as_thing: Counter[str] = Counter()
    for ent in ents:
        name = _strip_possessive(ent.text)
        if " " in name and ent.label_ in ("PERSON", *_OWNER_LABELS, "LOC", "EVENT"):
            (as_person if ent.label_ == "PERSON" else as_thing)[name] += 1
    return {name for name, count in as_person.items() if as_thing[name] >= count}


def _located_places(ents: Sequence[Span]) -> set[str]:
    """One-word places the article puts something in or at ("police in Chicago"), and never calls a person
    on their own: a tagger's lone "Blinken" taken for a place is never where anything happens."""
    located = {ent.text for ent in ents if len(ent) == 1 and ent.label_ == "GPE" and ent.start > 0
               and ent.doc[ent.start - 1].lower_ in ("in", "at")}
    return located - {ent.text for ent in ents if len(ent) == 1 and ent.label_ == "PERSON"}


def is_variant_spelling(word: str, name: str) -> bool:
    """Are two family names one spelt two ways ("Jensen", "Janzen"; "Cohn", "Cohen")? The same first letter,
    and one letter left out, or a letter in a name of four or five, two in a longer one, swapped for another
    ("Harris" and "Harper" differ in three)."""
    word, name = word.lower(), name.lower()
    if word == name or word[:1] != name[:1] or min(len(word), len(name)) < _VARIANT_LETTERS:
        return False
    if abs(len(word) - len(name)) == 1:
        short, long = sorted((word, name), key=len)
        return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))
    swapped = sum(a != b for a, b in zip(word, name))
    return len(word) == len(name) and swapped <= (1 if len(word) < _VARIANT_LONG else 2)


def abbreviates(acronym: str, name: str) -> bool:
    """Do the initials of the name's capitalised words open with ``acronym``, after at most one leading
    word? A name holding initials of its own ("UN Security Council") is not spelled out."""
    words = [word for word in name.split() if word[:1].isupper()]
    if any(word.isupper() for word in words):
        return False
    initials = "".join(word[0] for word in words)
    return acronym in (initials[: len(acronym)], initials[1 : len(acronym) + 1]) and len(initials) <= len(acronym) + 2


def named_evidence(entity: Span) -> str:
    """What kind of name a named source is: an upper-case name other than an organisation's ("CBS DFW")
    is a dateline or a credit, a place speaks only by metonymy."""
    if entity.text.isupper() and len(entity.text) > 3 and entity.label_ != "ORG":
        return SHOUTED
    return PLACE_NAMED if entity.label_ in ("GPE", "FAC") else NAMED


def title_of(entity: Span) -> str | None:
    """Role words written before a person's name: "US Secretary of State" in "US Secretary of State
    Antony Blinken"."""
    span = title_span(entity)
    return span.text if span is not None else None


def apposed_role(entity: Span) -> str | None:
    """The role set beside a person's name by apposition, either way round: "Fahmi Fadzil, the government
    spokesman," or "the government spokesman, Fahmi Fadzil"; a later "the spokesman" is that person."""
    root = entity.root
    roles = [child for child in root.children if child.dep_ == "appos" and child.pos_ == "NOUN"]
    if root.dep_ == "appos" and root.head.pos_ == "NOUN":
        roles.append(root.head)
    if not roles:
        return None
    role = roles[0]
    # "Trump’s nominee" is a nominee, not a president: the owner's words are no part of the role
    owners = {t.i for child in role.children if child.dep_ == "poss" for t in child.subtree}
    return " ".join(t.text for t in role.subtree if t.i <= role.i and t.i not in owners)


def title_span(entity: Span) -> Span | None:
    """The tokens of ``title_of``: those before the mention, and the title words the tagger took into a
    person's name ("Prof" of "Prof Nyong'o"). Read off the words, since the parser often mis-attaches titles."""
    doc = entity.doc
    start = entity.start
    while start > entity.sent.start and _is_title_token(doc[start - 1]):
        start -= 1
    while start < entity.start and doc[start].lower_ == "of":
        start += 1
    name = name_span(entity)
    end = name.start if entity.label_ == "PERSON" and _owner_end(entity) == entity.start else entity.start
    return doc[start:end] if start < end else None


def _written_name(entity: Span) -> str:
    """The name a mention gives: a person's without title words or an owner (:func:`name_span`)."""
    return _strip_possessive((name_span(entity) if entity.label_ == "PERSON" else entity).text)


def name_span(entity: Span) -> Span:
    """The words of a mention that may be a person's name: without an owner the tagger ran into it ("DLA
    Piper's Kaye" is Kaye, of DLA Piper) nor title words before it ("Prof Nyong'o", "Rep. Taylor"), nor the
    place of a title ("Mayor of Berkeley Jesse Arreguin"), whether written inside the mention or just before
    it, nor the article before a title ("the Justice Kagan"). Titles come from a general list of English ones
    (``PERSON_TITLES``), since the tagger and parser read an unfamiliar or unstopped title ("Prof") as a given
    name. Whether those words are a person's is for ``SpeakerResolver.full_name`` to tell."""
    doc = entity.doc
    start = _owner_end(entity)
    if start < entity.end - 2 and doc[start].lower_ in _ARTICLES and _is_title_word(doc[start + 1]):
        start += 1  # "the Justice Kagan", a mention the tagger took for a body: the article belongs to the title
    after_of = start == entity.start and start > 1 and doc[start - 1].lower_ == "of" \
        and _is_title_word(doc[start - 2])
    while start < entity.end - 1 and _is_title_word(doc[start]):
        start += 1
        if doc[start].text == "." and start < entity.end - 1:
            start += 1
        if doc[start].lower_ == "of" and start < entity.end - 1:
            start += 1
            after_of = True
    if after_of:  # the place ends where the words tied to the last one as parts of one name begin
        start = max(start, _name_tail_start(entity))
    return doc[start : entity.end]


def _is_title_word(token: Token) -> bool:
    """A capitalised title or honorific, stopped or not ("Prof", "Rev.", "Sgt")."""
    return token.text[:1].isupper() and token.lower_.rstrip(".") in PERSON_TITLES


def _owner_end(entity: Span) -> int:
    """Where the words after an owner's possessive inside a mention begin (its start if none)."""
    owned = [t.i + 1 for t in entity[:-1] if _is_possessive_mark(t)]
    return owned[-1] if owned else entity.start


def _name_tail_start(entity: Span) -> int:
    """The first of the mention's last words that hang from its last word as parts of one name."""
    start = entity.end - 1
    while start > entity.start and _compound_into(entity.doc[start - 1], start, entity.end):
        start -= 1
    return start


def _compound_into(token: Token, start: int, end: int) -> bool:
    """Is ``token`` a compound part of a name whose head lies in ``[start, end)``?"""
    return token.dep_ in ("compound", "flat") and start <= token.head.i < end


def _is_title_token(token: Token) -> bool:
    if token.lower_ == "of":
        return True
    abbreviation = token.text == "." and token.i > 0 and token.nbor(-1).is_title
    return abbreviation or (token.pos_ in _TITLE_POS and token.text[:1].isupper())


def _title_fits(referent: Referent, lemma: str, rank: str | None = None) -> bool:
    """Does a person's title fit the role noun, in the same rank? Every office holder is an "official", and a
    title written abbreviated before the name, as news style writes it ("Gov. Eric Holcomb", "Sen. Mike Lee"), is
    the role a later "the governor" or "the senator" names; "Vice President Mike Pence" is no "the president"."""
    if not referent.is_person or not referent.titles:
        return False
    return lemma == "official" or any(_holds_office(title, lemma, rank) for title in referent.titles)


def _holds_office(title: str, lemma: str, rank: str | None) -> bool:
    """Does the title hold the role noun with the rank word before it that the description has (none, or
    "vice", "deputy" ...)?"""
    words = [_TITLE_ABBREVIATIONS.get(word.rstrip("."), word) for word in title.lower().replace("-", " ").split()]
    return any(word == lemma and _rank_word(words[:i]) == rank for i, word in enumerate(words))


def _rank(source: Span) -> str | None:
    """The rank word a description sets before its role noun ("the vice president", "the deputy director")."""
    return _rank_word([token.lower_ for token in source if token.i < source.root.i])


def _rank_word(before: Sequence[str]) -> str | None:
    """The last of ``before`` if it is a word of rank (``_RANK_WORDS``), which makes the noun after it another
    office."""
    return before[-1].rstrip(".") if before and _is_rank_word(before[-1]) else None


def _is_rank_word(word: str) -> bool:
    """Is a lower-case word, its abbreviation's stop aside ("lt."), a word of rank (``_RANK_WORDS``)?"""
    return word.rstrip(".") in _RANK_WORDS


def _tied_to(entity: Span, lemma: str) -> bool:
    """Does the article name the person of this mention with the noun: in its title ("Gov. Eric Holcomb"),
    its apposition ("Tom Brady, the quarterback"), or a lower-case role noun set right before the name,
    which ``title_of`` leaves to capitalised words ("presenter Bradley Walsh")?"""
    before = entity.doc[entity.start - 1] if entity.start > 0 else None
    titles = (title_of(entity), apposed_role(entity))
    return (before is not None and before.pos_ == "NOUN" and before.lemma_.lower() == lemma) or any(
        lemma in _title_words(title) for title in titles if title is not None)


def _title_words(title: str) -> set[str]:
    """The words of a title, each abbreviation written out ("Republican Gov." -> republican, governor), less the
    office a rank word makes another one ("Vice President" holds no president, "Deputy Mayor" no mayor)."""
    words = title.lower().split()
    words = [w for before, w in zip(["", *words], words) if not _is_rank_word(before)]
    return {*words, *(_TITLE_ABBREVIATIONS[w.rstrip(".")] for w in words if w.rstrip(".") in _TITLE_ABBREVIATIONS)}


def _whole_at_hyphens(ents: Sequence[Span]) -> list[Span]:
    """The tagger's names, each run on over a hyphen that joins it to a capitalised word written against it:
    the small model cuts a double-barrelled name at its hyphen ("Mr. Campa-Najjar said" tagged "Campa"), and a
    name cut short is a different name, or no one's. A name that began inside one so run on is a piece of it."""
    whole: list[Span] = []
    for ent in ents:
        if whole and ent.start < whole[-1].end:
            continue
        doc, end = ent.doc, ent.end
        while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
                and not doc[end].whitespace_ and doc[end + 1].is_alpha and doc[end + 1].text[:1].isupper():
            end += 2
        whole.append(ent if end == ent.end else Span(doc, ent.start, end, label=ent.label_))
    return whole


def _entity_of(source: Span, ents: list[Span]) -> Span | None:
    """The named entity a source span stands for: its head, or a document's author ("reports from Axios")."""
    head = source.root
    for ent in ents:
        if ent.label_ in _NAMED_LABELS and ent.start <= head.i < ent.end and not _dangles(ent):
            return ent
    if head.lemma_.lower() in _PUBLISHED_NOUNS or head.lower_ in _PUBLISHED_NOUNS:  # "data", lemmatised "datum"
        owners = [ent for ent in ents if not _is_location(ent) and not _in_relative_clause(ent, head)
                  and not _topic_or_addressee(ent, head)]
        return _owner(owners, head) or _untagged_owner(head) or _publication_after(source)
    return None


def _in_relative_clause(entity: Span, head: Token) -> bool:
    """Is the name inside a relative clause that does something to the document ("the statement, which was
    obtained by a paper", "a release, which the group reviewed")? Whoever obtained or read it is not its owner;
    a clause the document is the doer of ("a paper that appeared in the journal Nature") still names its owner."""
    return any(entity.start in {t.i for t in clause.subtree} for clause in head.children
               if clause.dep_ == "relcl" and not any(t.dep_ == "nsubj" and t.tag_ in ("WDT", "WP")
                                                       for t in clause.children))


#: Prepositions that set a name after a document as what it is about or whom it is sent to, not who made it:
#: on the document's noun ("a memoir about Brannock", "an inquiry into the firm", "a suit against the city", "a
#: letter to the governor"), and "to" on a participle of it ("a letter addressed to"). "on" is a topic only
#: before a person ("the audit report on Whitlock"): "a report on Brindle News", "a post on Twitter" say where.
_TOPIC_PREPOSITIONS = frozenset({"about", "regarding", "concerning", "into", "against", "to"})


def _topic_or_addressee(entity: Span, head: Token) -> bool:
    """Is the name what the document is about, or whom it was sent to ("Brannock's farewell letter addressed to
    the governor shows", "the audit report on Whitlock, which noted")? Neither wrote it; the owner, if the phrase
    names one, is another name ("Brannock's") or none. A place the document appeared on ("a post shared on the
    club's Facebook page") is no topic: only "to" counts on a participle. Measured in session 28 on the tuning
    splits dev..dev17 (both parts): 2 wrong indirect speakers hidden at 2 outlets (a letter's addressee, a
    report's subject), no right one lost."""
    token = entity.root
    while token != head and token.head != token:
        prep = token.head
        topic = prep.lower_ in _TOPIC_PREPOSITIONS or (
            prep.lower_ == "on" and token == entity.root and entity.label_ == "PERSON")
        if token.dep_ == "pobj" and topic and (
                prep.head == head or (prep.lower_ == "to" and prep.head.dep_ == "acl" and prep.head.head == head)):
            return True
        token = prep
    return False


def _untagged_owner(head: Token, links: tuple[str, ...] = ("compound", "poss")) -> Span | None:
    """"an internal PSPC analysis": the proper name the tagger missed that modifies a document's head (by
    ``links``: a person's possessive owns a document, "Mateen's ex-wife" is no body's)."""
    names = [child for child in head.lefts if child.dep_ in links and child.pos_ == "PROPN"
             and child.text[:1].isupper()]
    return head.doc[names[-1].left_edge.i : names[-1].i + 1] if names else None


def _publication_after(source: Span) -> Span | None:
    """"reports from the news site Axios", where the parser ended the phrase on "site": the name right after a
    source that ends on a word for a publication is its title."""
    doc = source.doc
    if source.end >= len(doc) or source[-1].lemma_.lower() not in _PUBLICATION_NOUNS:
        return None
    after = [ent for ent in doc.ents if ent.start == source.end and ent.label_ in _OWNER_LABELS | {"NORP"}]
    return after[0] if after else None


def _is_dateline(source: Span) -> bool:
    """"SIOUX FALLS, S.D. (AP) —": a place written in capitals opens the story; the parser may make it a
    subject, but a dateline says where, never who. It opens its line; an acronym is one word ("AFP", "WHO")
    and an organisation in capitals ("CBS DFW") still speaks."""
    words = [t.text for t in source if t.is_alpha]
    opens_line = source.start == 0 or "\n" in source.doc[source.start - 1].text_with_ws
    named_body = source.root.ent_type_ == "ORG"  # "CBS DFW reported" is a station
    return opens_line and not named_body and len(words) > 1 and all(word.isupper() for word in words)


def _apposed_person(source: Span, ents: list[Span]) -> Span | None:
    """The person a role description is set beside by apposition: "Valencia's mayor, María José Catalá". Not
    beside a plural ("Residents of Ha Tuke, … Ha Pitso"): a list the parser took for an apposition."""
    if source.root.tag_ in ("NNS", "NNPS"):
        return None
    for ent in ents:
        if _is_title_phrase(ent):
            continue
        if _closes_titles(source, ent):
            return ent
        if not (ent.root.dep_ == "appos" or _apposition_read_as_list(ent.root)) or _is_possessive(ent):
            continue
        if ent.label_ != "PERSON":
            if (mislabelled := _name_beside_person_word(ent, source.root)) is not None:
                return mislabelled
            continue
        # beside the head, or closing a role description ("managing director … and strategist, Benjamin Reitzes,";
        # not "Lena Holm, director of the research firm Kestrel,", where a name heads the source)
        after = source.doc[ent.end : source.end]
        closing = (source.root.pos_ == "NOUN" and source.start <= ent.root.head.i < source.end
                   and all(token.is_punct for token in after))
        if ent.root.head == source.root or closing:
            return ent
    return None


def _apposition_read_as_list(name: Token) -> bool:
    """Is a name the parser joined to the word before it as a list's second member an apposition, set off by
    commas with no "and" or "or" ("Another Republican, Rep. Tilda Brannock of Ostervale, also said")? A list of
    two needs its conjunction; commas alone set a name beside the description it names."""
    head = name.head
    if name.dep_ != "conj" or head.i > name.i or name.nbor(-1).i == head.i or head.ent_type_ == "PERSON":
        return False  # after a person's name ("Ann Ray, Harbor Cloud CTO,"), the name is the one who speaks
    joined = [child for child in (*head.children, *name.children) if child.dep_ in ("cc", "preconj")]
    between = name.doc[head.i + 1 : name.i]
    return not joined and between[0].text == "," and not any(token.dep_ == "conj" for token in head.children
                                                                if token.i != name.i)


#: Heads of a job title: those a firm gives, and the offices of :data:`ROLE_NOUNS` and :data:`PERSON_TITLES`.
_JOB_TITLE_HEADS = frozenset({"manager", "officer", "executive", "partner", "founder", "co-founder", "cofounder",
                              "head", "director", "lead", "principal", "vp"}) | ROLE_NOUNS | PERSON_TITLES


def _is_title_phrase(entity: Span) -> bool:
    """Is a mention the tagger called a person a capitalised job title, no name ("Regional Head", "Chief
    Revenue Officer")? Set beside a name ("says Pia Holm, Regional Head, Orvin Labs"), the title is what the
    person is, never who: two words or more, every one capitalised, the last a title's head, and the first no
    given name ("Tom Manager"). One word alone is as often a surname ("King said", "Dean added")."""
    words = [token for token in entity if not token.is_punct]
    head = words[-1].lower_ if words else ""
    return entity.label_ == "PERSON" and len(words) > 1 and all(token.text[:1].isupper() for token in words) \
        and head in _JOB_TITLE_HEADS and given_name_gender(entity.text) is None


def _is_possessive(entity: Span) -> bool:
    """Does a possessive ending follow the name ("Bob Haueter, Farenthold’s chief of staff")? The name owns the
    role after it, whatever the parser hung it on: the person set beside the source is the role's holder, not
    its owner."""
    after = entity.doc[entity.end] if entity.end < len(entity.doc) else None
    return entity[-1].tag_ == "POS" or (after is not None and _is_possessive_mark(after))


def _closes_titles(source: Span, entity: Span) -> bool:
    """A person's given and family name closing a source of nothing but title words before it: "Northwell
    President and CEO Michael Dowling", "Former Harbor Times publisher and editor Tom Marquardt",
    "Charlotte Hornets coach James Borrego". English sets a person's roles, and the employer's name in them,
    right before the name, with no preposition, article or possessive between (those make the name another's:
    "a lawyer for Tom Smith", "Smith's aide"), and the name is who spoke whatever the parser made the head of
    the phrase (a conjunct or an object of the first title). A name inside the phrase that heads it is
    resolved as named already; an apposition may follow the name (", a frequent critic,"). A formal title,
    capitalised, may hold the words of an office's name ("Deputy Chief of Staff of the Iranian Army
    Brigadier General Ali Abdollahi"), but then must end the source: in "Spokesman for Gov. Ron DeSantis,
    Jeremy Redfern," the governor is whom the speaker set beside him speaks for."""
    if entity.label_ != "PERSON" or entity.start <= source.start or entity.start <= source.root.i < entity.end:
        return False
    after = source.doc[entity.end : source.end]
    if (after and after[0].text != ",") or len(name_span(entity)) < 2:
        return False
    titles = _strip_det_span(source.doc[source.start : entity.start])
    if titles[-1].pos_ not in ("NOUN", "PROPN"):
        return False
    if all(_is_role_word(token) for token in titles):
        return True
    formal = all(token.lower_ in _OFFICE_LINKS or (_is_role_word(token) and not token.is_lower) for token in titles)
    return formal and not after


#: The words joining the words of an office's name in a formal title ("Chief of Staff of the Armed Forces").
_OFFICE_LINKS = frozenset({"of", "for", "the", "and"})


def _is_role_word(token: Token) -> bool:
    """A word of a title written before a name: a noun, a proper noun or an adjective ("former", "Nicaraguan"),
    the "and" joining two titles, a hyphen or an abbreviation's full stop."""
    return token.pos_ in _TITLE_POS or token.lower_ == "and" or token.text in ("-", ".")


def _introduced_people(ents: Sequence[Span]) -> list[Span]:
    """Names the tagger gave another label that the article introduces beside a word for a person ("said his
    mom Tiffany of Hutchinson"), with a person's role set after them ("Chike Ukaegbu, the founder of
    Startup52") or as a title before them ("Idaho police officer Brett Payne"): a person's name, so the later
    "Tiffany said" and "she said" stand for her, and a quote of hers is no body's."""
    beside = [_name_beside_person_word(ent, ent.root.head) for ent in ents
              if ent.label_ != "PERSON" and ent.root.dep_ == "appos"]
    before = [_name_before_role(ent) for ent in ents if ent.label_ != "PERSON"]
    after = [_name_after_office(ent) or _name_after_role(ent) for ent in ents if ent.label_ != "PERSON"]
    return [name for name in beside + before + after if name is not None]


def _shortened_names(doc: Doc) -> list[Span]:
    """Two capitalised proper nouns the tagger left unlabelled or gave a label other than a person's or a
    place's ("founded by Yodit Stanton", then "Stanton said …"), whose second word the article writes alone
    elsewhere as the subject of a verb of saying: news shortens a person to the family name, the last word,
    and a body to its first or its initials ("Goldman Sachs" to "Goldman", never "Sachs"), so the pair is a
    person's name, and a later "she said" may stand for its holder. Only a pair standing alone, no longer run
    of capitalised words ("Aston Martin Lagonda") nor the end of a hyphenated name ("Eva-Marie Persson"), no
    title word first ("Senator Stanton" is one word of a name), and a first word the article never writes in
    lower case (a heading's "Inside Microsoft")."""
    text = doc_text(doc)
    pairs = [doc[i : i + 2] for i in range(len(doc) - 1) if _name_pair(doc[i : i + 2])]
    alone = {token.text for token in doc if _speaks_alone(token)}
    return [Span(doc, pair.start, pair.end, label="PERSON") for pair in pairs
            if pair[1].text in alone and _never_lower(text, pair[0].text)]


def _name_pair(pair: Span) -> bool:
    """Are the two words a given and a family name by their shape: capitalised proper nouns, no place's
    entity nor a person's (read as one already), no title word first, with no capitalised word run into
    them either side?"""
    doc = pair.doc
    shaped = all(token.pos_ == "PROPN" and token.is_title and token.is_alpha and len(token) > 1 for token in pair)
    shaped = shaped and pair[1].tag_ != "NNPS"  # "House Democrats ... Democrats said": a group, no family name
    labelled = any(token.ent_type_ in _PLACE_LABELS | {"PERSON"} for token in pair)
    if not shaped or labelled or pair[1].is_sent_start or _is_title_word(pair[0]):
        return False
    before = doc[pair.start - 1] if pair.start > 0 else None
    after = doc[pair.end] if pair.end < len(doc) else None
    if before is not None and not before.whitespace_:  # "Eva-Marie Persson": the pair ends a longer name
        return False
    return not any(token is not None and _capitalised_name_word(token) for token in (before, after))


#: The labels of places: "North Korea" shortens to "Korea", no person's name (``_shortened_names``).
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def _speaks_alone(token: Token) -> bool:
    """Is the capitalised proper noun, with no capitalised word beside it, the subject of a verb of saying
    ("Stanton said")?"""
    doc = token.doc
    if not (token.pos_ == "PROPN" and token.is_title and token.dep_ == "nsubj" and token.head.pos_ == "VERB"):
        return False
    if token.head.lemma_.lower() not in SAYING_VERBS or token.ent_type_ in _PLACE_LABELS:
        return False
    beside = [doc[i] for i in (token.i - 1, token.i + 1) if 0 <= i < len(doc)]
    return not any(_capitalised_name_word(word) for word in beside)


def _capitalised_name_word(token: Token) -> bool:
    """A capitalised proper noun: a word of a name (beside a name word, a word of the same name)."""
    return token.pos_ == "PROPN" and token.text[:1].isupper()


def _name_after_office(entity: Span) -> Span | None:
    """A given and a family name after an office and its place, run into one name of another label by the
    tagger ("Mayor of Berkeley Jesse Arreguin" tagged as an organisation): the words after the place
    (:func:`name_span`). The place must end before the name begins: where all the words after "of" hang
    together ("Director of Public Health Services") they are the office's object, not a person."""
    name = name_span(entity)
    ofs = [t.i for t in entity.doc[max(entity.start - 1, 0) : name.start] if t.lower_ == "of"]
    shaped = len(name) >= 2 and all(token.pos_ == "PROPN" and token.is_title for token in name)
    if not ofs or name.start <= ofs[-1] + 1 or not shaped:
        return None
    return Span(entity.doc, name.start, name.end, label="PERSON")


def _name_after_role(entity: Span) -> Span | None:
    """A given and a family name the tagger gave another label (or whose given name it left out: "Chair
    Gilberto [Hinojosa]"), right after a word for a person as its title ("Idaho police officer Brett Payne",
    "Texas Democratic Party Chair Gilberto Hinojosa"): English sets a role before a person's name so; a body's
    name after its kind ("the maker Dow Chemical") ends on a word of a body's kind or runs longer."""
    doc = entity.doc
    start = entity.start
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title and not doc[start - 1].ent_type_ \
            and not _names_a_person(doc[start - 1].lower_):
        start -= 1
    name = doc[start : entity.end]
    shaped = len(name) == 2 and all(token.pos_ == "PROPN" and token.is_title and token.is_alpha for token in name)
    if not shaped or start == 0 or name[-1].lower_ in _BODY_NOUNS:
        return None
    role = doc[start - 1]
    if role.pos_ not in ("NOUN", "PROPN") or not _names_a_person(role.lemma_.lower()):
        return None
    return Span(doc, start, entity.end, label="PERSON")


def _name_before_role(entity: Span) -> Span | None:
    """A name shaped as a person's, a given and a family name, whose apposition is headed by a word only a
    person can be: an office or role ("Chike Ukaegbu, the founder of Startup52"), a gendered word, or a trade
    in -ist, -ian or -man ("economist", "historian", "spokesman"). Not an agent noun a body can be as well
    ("Comcast, the owner of NBC", "the maker of", "the carrier"), nor a one-word name."""
    root = entity.root
    roles = [child for child in root.rights if child.dep_ == "appos" and child.pos_ == "NOUN"]
    shaped = len(entity) >= 2 and all(token.pos_ == "PROPN" and token.is_title for token in entity)
    if not roles or not shaped or not _names_a_person(roles[0].lemma_.lower(), PERSON_ENDINGS):
        return None
    return Span(entity.doc, entity.start, entity.end, label="PERSON")


def _name_beside_person_word(entity: Span, head: Token) -> Span | None:
    """A proper name the tagger gave another label, set beside a word for a person ("said his mom Tiffany of
    Hutchinson", tagged as an organisation): the person's name, up to the name's head word."""
    root = entity.root
    if root.head != head or root.pos_ != "PROPN" or head.pos_ != "NOUN" or not _names_a_person(head.lemma_.lower()):
        return None
    return Span(entity.doc, entity.start, root.i + 1, label="PERSON")


def _proper_name(source: Span) -> Span:
    """The capitalised proper nouns ending at the source's head ("Chief Hlajoane", "Canopy Growth"), or an
    empty span when the head is no proper noun. A head of a name's shape (:func:`_name_shaped`) is a name
    alone whatever the parser made of it: it reads "HuffPost" as a plural noun, "edX" as a noun."""
    head = source.root
    if not _capitalised_name_word(head):
        return source.doc[head.i : head.i + 1] if _name_shaped(head.text) else source[:0]
    start = head.i
    while start > source.start and _capitalised_name_word(source.doc[start - 1]):
        start -= 1
    return source.doc[start : head.i + 1]


def _name_shaped(word: str) -> bool:
    """Is the word written as no common word of English is, so a name whatever its tag: three letters or
    more, with a capital after its first ("HuffPost", "edX", "PETA") or a digit among them ("WGN9")?"""
    letters = sum(char.isalpha() for char in word)
    mixed = any(char.isupper() for char in word[1:]) or any(char.isdigit() for char in word)
    return word.isalnum() and letters >= 3 and mixed


def _capitalised_runs(source: Span) -> Iterator[Span]:
    """The runs of capitalised proper nouns in the source, in order ("House Minority Whip Oren Vask" and "Md."
    in "House Minority Whip Oren Vask (D-Md.)")."""
    start: int | None = None
    for token in source:
        capitalised = _capitalised_name_word(token)
        if capitalised and start is None:
            start = token.i
        elif not capitalised and start is not None:
            yield source.doc[start : token.i]
            start = None
    if start is not None:
        yield source.doc[start : source.end]


def _is_possessive_mark(token: Token) -> bool:
    """A possessive ending written as a token of its own."""
    return token.tag_ == "POS" or token.lower_ in ("'s", "’s")


def _is_initial(token: Token) -> bool:
    """A middle initial ("D." in "Ada D. Quill")."""
    return len(token.text) == 2 and token.text[0].isupper() and token.text[1] == "."


def _strip_det_span(source: Span) -> Span:
    """``source`` without its leading article."""
    return source[1:] if len(source) > 1 and source[0].lower_ in _ARTICLES else source


def _dangles(entity: Span) -> bool:
    """An entity cut short by the tagger ("the health ministry of the") does not name the source."""
    return entity[-1].pos_ in ("DET", "ADP", "CCONJ")


def _owner(ents: list[Span], head: Token) -> Span | None:
    """A named entity inside the source other than its head: "Netanyahu's office", "reports from Axios",
    "a case study in the journal BMJ Case Reports" (a journal the tagger calls a product or a work).
    Of several, the one fewest arcs below the head: in "a study by Ann Cole of the University
    of North Carolina" the university only says where the survey's author works (the later one on a tie)."""
    named = [ent for ent in ents if ent.label_ in _OWNER_LABELS]
    return min(reversed(named), key=lambda ent: _arcs_below(ent.root, head)) if named else None


def _arcs_below(token: Token, head: Token) -> int:
    """How many arcs lead up from ``token`` to ``head`` (as many as the sentence has tokens where ``head``
    is not above it)."""
    arcs = 0
    while token != head and token.head != token:
        token, arcs = token.head, arcs + 1
    return arcs if token == head else len(token.sent)


def _national_body(head: Token, ents: list[Span]) -> Span | None:
    """"the Philippine government", "the Chinese foreign ministry": a nationality set before the one noun of a
    body names that body, as a country's name does ("the US embassy"); not before a word for a person ("the
    Israeli soldier", whom the article need not name) nor before a plural ("Israeli forces", "Chinese
    officials"), which names no one body."""
    lemma = head.lemma_.lower()
    if not head.is_lower or head.tag_ not in ("NN", "NNP") or _names_a_person(lemma):  # a common noun, singular
        return None
    nationals = [ent for ent in ents if ent.label_ == "NORP" and ent.end <= head.i]
    return nationals[-1] if nationals else None


def _is_location(entity: Span) -> bool:
    """"An investigation in Sweden": a place after "in" or "at" says where a document was made, not whose."""
    before = entity.doc[entity.start - 1].lower_ if entity.start > 0 else ""
    return entity.label_ == "GPE" and before in ("in", "at")


def _describes_unnamed(source: Span) -> bool:
    """Is the source an indefinite description of a person by what they do, ending on a common noun, which
    the parser headed by a name that only modifies it ("an Ancestry.com and 23andMe adviser")? Not a body or a
    document of a named body ("a Centers for Disease Control panel", "a White House
    statement"), which the labels credit to the body."""
    last = source[-1]
    lemma = last.lemma_.lower()
    return (len(source) > 2 and source[0].lower_ in ("a", "an") and source.root.pos_ == "PROPN"
            and last.pos_ == "NOUN" and last.is_lower and _names_a_person(lemma))


#: An age standing for a person ("the 34-year-old", "the twenty-year-old").
_AGE_WORDS = re.compile(r"[\w-]+-year-old", re.IGNORECASE)


def _described_by_origin(source: Span) -> str | None:
    """"singular" or "plural" where the source is "the" and only a noun for a person or people by nation or
    region ("the Frenchman", "the Spaniard", "The Africans"; ``lexicon.DEMONYMS``), or "singular" for an age
    ("the 34-year-old"), else None. English sets no article before a person's name, so these words describe
    someone; none is a name, whatever the tagger labels it."""
    words = source[1:]
    if source[0].lower_ != "the" or not words:
        return None
    if _AGE_WORDS.fullmatch(words.text.replace(" ", "")):
        return "singular"
    return demonym_number(words[0].text) if len(words) == 1 and words[0].text[:1].isupper() else None


def _origin_gender(word: str) -> str | None:
    """The gender a nationality's noun gives its person: "Frenchman" a man, "Dutchwoman" a woman, "German" or
    "Spaniard" neither (a word only ending so is no compound of "man")."""
    lower = word.lower()
    for noun in ("woman", "man"):
        if lower.endswith(noun) and demonym_number(lower[: -len(noun)] + "woman") == "singular":
            return _GENDERED_WORDS[noun]
    return None


def _describes_member(source: Span) -> bool:
    """Is the source "the" and a member of a party, faith or nation ("the Louisiana Republican", "the
    Democrat"), a singular noun the tagger labels as a group? It describes one person named before, as "the
    actress" does, and is not the group ("Republicans") as a speaker."""
    head = source.root
    return source[0].lower_ == "the" and head.ent_type_ == "NORP" and head.tag_ in ("NN", "NNP")


def _names_a_member(source: Span) -> bool:
    """Is the source one member of a party, faith or nation other than "the" one ("one Democrat who opposed
    her", "Every Republican on the committee", "a Catholic")? The tagger labels the noun as the group; the
    words name no one, an unnamed source, as "one official" is."""
    head = source.root
    return source[0].lower_ != "the" and head.ent_type_ == "NORP" and head.tag_ in ("NN", "NNP")


def _names_a_person(lemma: str, trades: tuple[str, ...] = AGENT_ENDINGS) -> bool:
    """Is the noun a word for a person by role or trade ("spokesman", "adviser", "analyst"), not for a body
    ("maker", "carrier", "newspaper")? A trade is told by its ending (``trades``, as
    :func:`dateline.extract.lexicon.person_word` tells it): with ``PERSON_ENDINGS`` only the endings no body's
    name takes count ("economist", "historian", "spokesman"; not "owner" or "operator", which a company can be)."""
    trade = person_word(lemma, trades) and lemma not in _ORGANISATION_NOUNS | _PUBLICATION_NOUNS
    return lemma in ROLE_NOUNS or lemma in _GENDERED_WORDS or trade


def honorific_gender(entity: Span) -> str | None:
    """The gender the honorific just before a person's name gives ("Mr. Trump": "m", "Ms Griffin": "f"), if any."""
    start = name_span(entity).start
    before = entity.doc[start - 1].lower_ if start > 0 else ""
    return _GENDERED_WORDS[before] if before in _GENDERED_HONORIFICS else None


def _families(doc: Doc, names: Iterable[str]) -> set[str]:
    """The family names of people named in full that the article writes in the plural after "the" ("the
    Clintons", "The Trumps"): several people bear the name, so a bare one may be any of them."""
    family = {name.split()[-1] for name in names if " " in name}
    return {token.text[:-1] for token in doc[1:] if token.text.endswith("s") and token.text[:-1] in family
            and doc[token.i - 1].lower_ == "the"}


def _same_person(name: str, other: str | None) -> bool:
    """Do two names name one person, one holding the other's words ("Pereira", "Sprinter Shanti Pereira")?"""
    if other is None:
        return False
    words, others = set(name.split()), set(other.split())
    return words <= others or others <= words


def _body_named(source: Span, evidence: str) -> Referent:
    """The body a source phrase names in its own words ("the Tiger Global team", "Orlando police"): its
    name is the phrase, as the article writes it, up to its head's clauses (``_named_part``)."""
    body = Referent(_strip_det(_named_part(source).text), offsets(source), "ORG", source.root.lemma_.lower(),
                    is_person=False)
    return resolved_by(body, evidence)


#: Head nouns of a public body that its own name holds ("the police", "the health ministry", "the court", "the
#: administration"): called by that noun alone, the body is the one the article is about, and the noun is how
#: a reader names it. Not a company's or a paper's noun ("the agency", "the network"), which stands for a name.
_PUBLIC_BODY_NOUNS = _OTHER_KIND_WORDS | {"government", "administration", "city"}


def _describes_public_body(source: Span) -> bool:
    """Is the source a definite, singular description of a public body by its kind's noun ("the police", "the
    country's health ministry"), not a person's role ("the police chief") nor a body's part ("the police's
    report")?"""
    head = source.root
    return (source[0].lower_ == "the" and head.lemma_.lower() in _PUBLIC_BODY_NOUNS
            and (head.tag_ == "NN" or head.lower_ == "police"))


def _public_body(source: Span) -> Referent:
    """A public body the article calls by its kind alone, named by that noun with the words that make it one
    ("health ministry", "county court"), not by whose it is ("the country's"), which stands for a name the
    article gave before."""
    head = source.root
    words = [child for child in head.lefts if child.dep_ in ("compound", "amod")]
    start = words[0].i if words else head.i
    body = Referent(source.doc[start : head.i + 1].text, offsets(source), "ORG", head.lemma_.lower(), is_person=False)
    return resolved_by(body, BODY_DESCRIBED)


def _named_part(source: Span) -> Span:
    """The words of a source phrase that name what it stands for: all of them, but for a clause after its head
    that names nothing ("The Ostervale harbor chief, nicknamed" ends on "chief": a source cut off at the
    quotation after a participle; "results released by the Quarry County coroner" keeps its name)."""
    head = source.root
    clause = next((child for child in head.rights if child.dep_ in ("acl", "relcl") and child.i < source.end), None)
    if clause is None or any(token.pos_ == "PROPN" for token in source.doc[clause.left_edge.i : source.end]):
        return source
    end = max(clause.left_edge.i, head.i + 1)
    while end > head.i + 1 and source.doc[end - 1].is_punct:
        end -= 1
    return source.doc[source.start : end]


def _named_collective(head: Token, ents: list[Span]) -> tuple[Span, str] | None:
    """The body a collective noun names (plural with no singular of its own and no article) with the name of
    the place, organisation or nation it serves, and the class of that evidence. Set before it as a compound
    ("Orlando police", "Anne Arundel County police"), the name makes the body's own, as "the Philippine
    government" does (``NAMED``); a nation or a phrase of place ("Israeli police", "Police in Bhaluka", up to the
    place, not its apposition "north of Dhaka") says whose body it is, as an owned description does, whose
    speakers of quoted words were measured less sure (``OWNED_DESCRIPTION``). The plural of a count noun names
    several ("Education advocacy groups") or some members whom the article does not name ("Northwell
    officials", "Columbus city leaders")."""
    collective = head.tag_ == "NNS" and head.lemma_.lower() == head.lower_ and (head.is_lower or head.is_sent_start)
    if not collective or _names_a_person(head.lemma_.lower()):
        return None
    if any(c.dep_ in ("det", "poss", "nummod") for c in head.children):
        return None
    compounds = [c for c in head.children if c.dep_ == "compound" and c.i < head.i]
    owners = [c for c in head.children if c.dep_ == "amod" and c.i < head.i]
    owners += [o for c in head.rights if c.dep_ == "prep" and c.lower_ in ("in", "of")
               for o in c.children if o.dep_ == "pobj"]
    if owners:  # each a name: "local police in Bhaluka" is no body's name
        named = all(_label_holding(owner, ents) in _BODY_OWNER_LABELS | {"NORP"} for owner in owners)
    else:
        named = any(_label_holding(compound, ents) in _BODY_OWNER_LABELS for compound in compounds)
    if not named:
        return None
    end = max([head.i, *(_entity_holding(owner, ents).end - 1 for owner in owners if owner.i > head.i)])
    return head.doc[head.left_edge.i : end + 1], OWNED_DESCRIPTION if owners else NAMED


def _entity_holding(token: Token, ents: list[Span]) -> Span:
    """The entity holding ``token`` (the caller knows there is one)."""
    return next(ent for ent in ents if ent.start <= token.i < ent.end)


def _label_holding(token: Token, ents: list[Span]) -> str | None:
    """The label of the entity holding ``token``, if any."""
    return next((ent.label_ for ent in ents if ent.start <= token.i < ent.end), None)


def _is_indefinite(head: Token) -> bool:
    """"one person", "a diplomat", "two sources", "officials": no particular person is named."""
    determiners = [c.lower_ for c in head.children if c.dep_ in ("det", "nummod", "amod", "quantmod")]
    if any(word in INDEFINITE_DETERMINERS for word in determiners):
        return True
    return head.tag_ == "NNS" and not any(c.dep_ in ("det", "poss") for c in head.children)


def _predicated(subject: Token) -> list[str]:
    """The gender a copula gives its subject: "Saphina Ndali is a mother of two", "Omar is one of the first
    two Somali-born women to sit in Congress"."""
    verb = subject.head
    if verb.lemma_ != "be":
        return []
    nouns = [c for c in verb.children if c.dep_ == "attr"]
    nouns += [o for n in nouns for p in n.children if p.dep_ == "prep" and p.lower_ == "of"
              for o in p.children if o.dep_ == "pobj"]
    return [_GENDERED_WORDS[n.lemma_.lower()] for n in nouns if n.lemma_.lower() in _GENDERED_WORDS][:1]


def _in_clause_of(token: Token, verb: Token) -> bool:
    """Does ``token`` hang from ``verb`` through no other verb: in its own clause ("Pulse posted on its
    page"), not in a clause of its own ("Blinken said Hamas must release its hostages")?"""
    while token.head != verb:
        if token.head == token or token.head.pos_ in ("VERB", "AUX"):
            return False
        token = token.head
    return True


def _is_plural(head: Token) -> bool:
    """Is a source's head noun plural ("the senators wrote", "the attorneys general said")? Several people
    speak together: no one person's title or earlier quotation stands for them all."""
    return head.tag_ in ("NNS", "NNPS")


def _is_coordinated(token: Token) -> bool:
    """One of several joined by "and" ("Gary and his lawyer"): a pronoun after them may be any one's."""
    return token.dep_ == "conj" or any(child.dep_ == "conj" for child in token.children)


def _clear_majorities(votes: Iterable[tuple[str, list[str]]]) -> dict[str, str]:
    """Each name's gender where its mentions' votes show one clearly (``_clear_majority``)."""
    counts: dict[str, Counter[str]] = {}
    for name, shown in votes:
        counts.setdefault(name, Counter()).update(shown)
    return {name: gender for name, count in counts.items() if (gender := _clear_majority(count)) is not None}


def _clear_majority(votes: Counter[str]) -> str | None:
    """The gender with at least twice the other's votes, if any."""
    ranked = votes.most_common()
    if not ranked or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
        return None
    return ranked[0][0]


def _is_salient_subject(entity: Span) -> bool:
    """Is the mention the subject of a clause a later "he" may refer back to? Not that of a relative
    clause, the writer's aside about someone ("the pact, which Mr. Trump pulled out of"). A name the tagger cut
    short ("outreach worker Matthew Vu sees", tagged "Matthew") is read with the proper noun right after it
    that it hangs from, the rest of the name."""
    root = entity.root
    if _compound_into(root, entity.end, entity.end + 1) and root.head.pos_ == "PROPN":
        root = root.head
    if root.dep_ == "appos" and root.head.dep_.startswith("nsubj"):
        root = root.head
    if root.dep_ == "ROOT" and entity.start == entity.sent.start:
        # "Buckley, who hadn't sung …, worried about …": a sentence the parser hung on the name opening it, its
        # verb read as a modifier; the name is the subject
        return any(token.pos_ == "VERB" for token in entity.sent)
    return root.dep_ in ("nsubj", "nsubjpass") and root.head.dep_ != "relcl"


#: Nouns by which news calls a source it keeps anonymous for good ("an official said", "a source close to …"),
#: beside the words for anyone (``PERSON_NOUNS``: "the person", "people familiar with …"): such a noun
#: withholds a name by convention, so the next person named is someone else.
_ANONYMOUS_SOURCE_NOUNS = frozenset({"official", "source", "insider"})


def _names_anyone(lemma: str) -> bool:
    """Is the noun a word for anyone, not a role: a person by kind, tie or kin ("person", "resident",
    "brother"), or a noun of an anonymous source ("official", "source")? Such a description stands for no
    particular person the article is about to name."""
    return lemma in PERSON_NOUNS or lemma in _ANONYMOUS_SOURCE_NOUNS or (
        lemma in _GENDERED_WORDS and lemma not in ROLE_NOUNS and not person_word(lemma))


def _withholds_name(head: Token) -> bool:
    """Does the description point to one particular person the writer has yet to name: "the" or an owner's
    "its"/"their" role ("the superintendent", "its executive director"), or "a" trade with a relative clause
    saying which one ("a programmer who found the flaw")? A bare "a spokesman" is anyone of the kind."""
    determiners = {child.lower_ for child in head.children if child.dep_ in ("det", "poss")}
    if determiners & {"the", "its", "their"}:
        return True
    return bool(determiners & {"a", "an"}) and any(child.dep_ == "relcl" for child in head.children)


def _speaks(entity: Span) -> bool:
    """Is the mention (with the title or apposition it heads or hangs from) the subject of a verb of saying?"""
    root = entity.root
    while root.dep_ in ("compound", "appos", "flat") and root.head != root:
        root = root.head
    return root.dep_ == "nsubj" and is_cue_lemma(cue_lemma(root.head))


def _impersonal(pronoun: Token) -> bool:
    """Is the "it" impersonal, standing for no one: an expletive, the subject of a passive ("it was reported"),
    or of a verb of seeming ("it seems", "it appears")?"""
    return pronoun.dep_ in ("expl", "nsubjpass") or pronoun.head.lemma_.lower() in _SEEMING_VERBS


def _main_subject_before(pronoun: Token) -> Token | None:
    """The subject of the main clause a pronoun's reader is following: its own sentence's, where that comes
    before the pronoun and is not the pronoun itself; else the sentence right before's."""
    sentence = pronoun.sent
    own = _main_subject(sentence)
    if own is not None and own.i < pronoun.i:
        return own
    if own is not None and own != pronoun or sentence.start == 0:
        return None
    return _main_subject(pronoun.doc[sentence.start - 1].sent)


def _main_subject(sentence: Span) -> Token | None:
    """The subject of a sentence's main verb, if it has one."""
    return next((child for child in sentence.root.children if child.dep_ in ("nsubj", "nsubjpass")), None)


def _antecedent(relative: Token) -> Token:
    """The noun a relative pronoun stands for: the one its clause hangs on, except that "which" stands for no
    person, so where the parser hung the clause on a person named after a preposition ("the audit report on
    Whitlock, which noted"), it stands for the noun that preposition follows."""
    noun = relative.head.head
    while relative.lower_ == "which" and noun.ent_type_ == "PERSON" and noun.dep_ == "pobj" \
            and noun.head.dep_ == "prep":
        noun = noun.head.head
    return noun


def _issuer_of(source: Span) -> Span | None:
    """Who issued the document that is the source, where the sentence says so as the subject of a verb of
    issuing whose object it is ("Corwin Halvey issued a statement saying that “…”", "the hospital released
    a statement saying she “…”"): the document says what its issuer says, as "Halvey said in a statement"
    would, and the labels give its words to the issuer."""
    head = source.root
    if head.lemma_.lower() not in DOCUMENT_NOUNS or head.dep_ != "dobj" \
            or head.head.lemma_.lower() not in _ISSUING_VERBS:
        return None
    subject = _issuer_named(head)
    return None if subject is None else _noun_phrase(subject)


def _issuer_named(document: Token) -> Token | None:
    """The word naming who issued a document, where its sentence says so: the subject of a verb of issuing
    whose object it is ("Ostervale Records issued a statement"), the agent of one it is the subject of or that
    describes it ("The lawsuit … was filed by the Quarry Party", "an indictment released by the Justice
    Department"), or the body it came from ("a statement from the Quarry Party")."""
    verb = document.head
    if document.dep_ == "dobj" and verb.lemma_.lower() in _ISSUING_VERBS | {"file"}:
        return next((child for child in verb.children if child.dep_ == "nsubj"), None)
    verbs = [verb] if document.dep_ == "nsubjpass" else []
    verbs += [child for child in document.children if child.dep_ == "acl" and child.tag_ == "VBN"]
    for issuing in verbs:
        if issuing.lemma_.lower() in _FILING_VERBS:
            agent = next((child for child in issuing.children if child.dep_ == "agent"), None)
            return object_of(agent) if agent else None
    source = next((child for child in document.children if child.dep_ == "prep" and child.lower_ == "from"), None)
    return object_of(source) if source else None


def _sure_name(referent: Referent) -> bool:
    """Is the referent one body the article names, reached surely enough to show? Not a group of people, nor a
    person the writer only described by role ("the Ostervale harbor chief": an owned description, whose person
    the article names elsewhere), whose letter is that person's, not the description's."""
    described = referent.evidence == OWNED_DESCRIPTION and _names_a_person(referent.head)
    return (referent.name is not None and not referent.plural and not described
            and referent.confidence >= CONFIDENCE[DOCUMENT_AUTHOR])


def _noun_phrase(token: Token) -> Span:
    """The noun phrase headed by ``token``, with the name set beside it ("her son Eddie, who texted her"),
    without its relative clause; with the whole of a name the parser hung the clause on a word of ("Reporters
    Without Borders, which said": the clause hangs on "Borders")."""
    start = token.left_edge.i
    end = max([token.i, *(child.i for child in token.rights if child.dep_ == "appos")]) + 1
    for ent in token.doc.ents:
        if ent.start <= token.i < ent.end:
            start, end = min(start, ent.start), max(end, ent.end)
    return token.doc[start:end]


def _strip_possessive(text: str) -> str:
    for suffix in ("’s", "'s", "’", "'"):
        if text.endswith(suffix):
            return text[: -len(suffix)]
    return text


def _role_of_body(own_word: bool, found: Referent) -> str:
    """The class of a description reaching a name of its kind: a body whose name holds the description's noun as
    a word of its own ("the hospital" after "the Quarry Bay Hospital Center") is that body by its own name, not
    a guess among people; a title before a name ("newspaper Quarry Post", "attorney Ada Vell") stays a role."""
    return BODY_BY_ITS_NOUN if own_word and not found.is_person else ROLE_EARLIER_SOURCE


def _strip_det(text: str) -> str:
    words = text.split(" ", 1)
    return words[1] if len(words) == 2 and words[0].lower() in _ARTICLES else text
