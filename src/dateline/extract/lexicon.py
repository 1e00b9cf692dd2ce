"""Word lists the attribution rules rest on, gathered in one place so they can be reviewed together.

They are closed-class or near-closed-class lists (reporting verbs, role nouns, number words), written
from English grammar rather than learned from any one corpus.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Verbs that report speech, writing or a stated position; their subject is the source and their
#: clausal complement (or an adjacent quotation; failing both, their object: "noted the attacks") the content.
REPORTING_VERBS: frozenset[str] = frozenset(
    ["say", "tell", "add", "note", "explain", "claim", "state", "announce", "write", "tweet", "post", "text", "email", "ask", "argue", "insist", "warn", "suggest", "acknowledge", "admit", "declare", "report", "reply", "respond", "confirm", "deny", "stress", "emphasize", "emphasise", "point", "urge", "predict", "recall", "concede", "contend", "maintain", "assert", "allege", "testify", "comment", "continue", "complain", "joke", "quip", "indicate", "reveal", "disclose", "estimate", "describe", "call", "promise", "vow", "pledge", "threaten", "observe", "remark", "answer", "caution", "mention", "reiterate", "repeat", "recount", "boast", "charge", "accuse", "counter", "conclude", "agree", "disagree", "acknowledge", "show", "find", "believe", "think", "hope", "fear", "expect", "feel", "know", "worry", "doubt", "signal", "demand", "propose", "recommend", "advise", "tout", "question", "wonder", "shout", "yell", "whisper", "reckon", "echo", "assure", "reaffirm", "lament", "underscore", "highlight", "imply", "suspect", "realize", "recognize", "retort", "speculate", "proclaim", "inform", "remind", "request", "encourage", "plead",
     # verbs of stating, of agreeing and of forecasting the list lacked (tuning splits dev..dev22: "opines",
     # "reasoned that", "hinted that", "anticipates that", "projects it will", each met at two outlets or more)
     "opine", "reason", "concur", "hint", "relay", "narrate", "project", "forecast", "anticipate"]
)

#: Verbs of saying proper, the reporting verbs that a second report coordinated with the first opens
#: ("Podesta said A and said B", "told the AP A and said B").
SAYING_VERBS: frozenset[str] = frozenset(
    ["say", "tell", "add", "note", "write", "state", "explain", "argue", "insist", "claim", "announce", "reply",
     "respond", "confirm", "deny", "acknowledge", "admit", "warn", "stress"]
)

#: Verbs of finding and knowing: a noun object is what was come across ("found a receptive audience",
#: "knows the district"), not a stance taken on it; only a clause or a quotation makes them attribute.
KNOWING_VERBS: frozenset[str] = frozenset(["find", "know", "feel"])

#: Support verbs of expression: with a noun object the noun carries the stance ("expressed concern about",
#: "voiced doubt that", "offered his congratulations to"), and verb and noun are the cue together.
SUPPORT_VERBS: frozenset[str] = frozenset(["express", "voice", "offer"])

#: Reporting verbs whose noun object is a thing acted on, not a claim or a stance ("projected an image",
#: "anticipates demand", "relayed the signal", "narrated the film", "hinted a smile"): only a clause or a
#: quotation makes them attribute, so their object is never the content.
THING_OBJECT_VERBS: frozenset[str] = frozenset(["hint", "relay", "narrate", "project", "forecast", "anticipate"])

#: Reporting verbs that need a clausal complement or a quotation to count: "called" or "showed" with
#: only a noun object is not an attribution; nor is a verb whose object is a thing acted on.
NEEDS_CLAUSE: frozenset[str] = frozenset(
    ["call", "show", "find", "describe", "continue", "point", "charge", "question", "answer", "feel", "know",
     "text", "email"]
) | THING_OBJECT_VERBS

#: Verbs that attribute a stance to their subject with a plain noun object as content ("Sanders
#: criticized the deal"): the object is what the source says or thinks about.
STANCE_VERBS: frozenset[str] = frozenset(
    ["criticize", "criticise", "defend", "praise", "blame", "condemn", "endorse", "denounce", "reject", "dismiss", "slam", "attack", "support", "oppose", "back", "welcome", "applaud", "mock", "accuse", "deny", "announce", "propose", "demand", "recommend", "question", "cite", "blast", "hail", "lambast", "decry", "tout", "dispute", "challenge", "acknowledge", "admit", "reveal", "predict", "promise", "express", "voice", "claim", "tweet", "retweet", "post", "echo", "highlight", "underscore", "lament", "thank", "congratulate", "discuss", "debate", "promote", "champion", "embrace", "favor", "favour", "protest", "pan", "compare", "ridicule", "bemoan", "quote", "recite", "reference", "ignore", "like", "dislike", "love", "hate", "prefer", "remember", "forget", "understand", "learn", "offer", "share", "address", "target", "chant", "cheer", "boo", "rebuke", "scold", "chide", "fault", "laud", "commend", "trumpet", "spotlight", "articulate", "clarify", "outline", "detail", "summarize", "document", "list", "invoke", "renew", "retract", "insult", "disparage", "downplay"]
)

#: Verbs of telling whose object is the one addressed ("asked him", "urged the council"): in the
#: passive their subject is the addressee, not what was said.
ADDRESSEE_VERBS: frozenset[str] = frozenset(
    ["ask", "tell", "inform", "remind", "advise", "urge", "assure", "encourage", "warn", "offer", "promise", "thank", "congratulate", "question", "call"]
)

#: Verbs whose content follows a preposition ("called for a ban", "pointed to the polls").
PREPOSITIONAL_CUES: dict[str, frozenset[str]] = {
    verb: frozenset(preps.split())
    for verb, preps in {
        "call": "for on upon", "point": "to", "refer": "to", "rail": "against", "warn": "about of against",
        "complain": "about", "argue": "for against", "ask": "about", "question": "about",
        "push": "for", "insist": "on", "comment": "on", "boast": "about of", "brag": "about",
        "worry": "about", "joke": "about", "vote": "for against", "advocate": "for", "allude": "to",
        "press": "for", "hint": "at", "testify": "about", "lobby": "for against", "campaign": "for against", "focus": "on", "talk": "about of", "speak": "about of against",
        "apologize": "for", "apologise": "for", "react": "to", "respond": "to", "rally": "behind around",
        "unite": "behind around", "reflect": "on", "elaborate": "on", "speculate": "about on", "object": "to",
        "protest": "against", "fight": "for against", "appeal": "for to", "write": "about",
        "tweet": "about", "think": "about of", "dream": "of about", "care": "about", "rant": "about against",
    }.items()
}

#: Verbs of intention whose infinitive complement is the content ("Trump wants to build a wall").
INTENTION_VERBS: frozenset[str] = frozenset(
    ["want", "plan", "seek", "refuse", "intend", "decide", "vow", "pledge", "promise", "hope", "expect", "threaten", "agree", "offer", "decline", "attempt", "aim", "wish", "prefer"]
)

#: Adverbs that attribute their clause to unnamed others ("he reportedly made...").
HEARSAY_ADVERBS: frozenset[str] = frozenset(["reportedly", "allegedly", "purportedly", "reputedly"])

#: Raising verbs: "Trump's supporters seemed unperturbed" attributes an impression (the writer's, or
#: an unnamed observer's) whose content is the subject together with the complement.
RAISING_VERBS: frozenset[str] = frozenset(["seem", "appear"])

#: Verbs of saying and believing that raise their subject in the passive ("Trump is expected to win",
#: "he is said to be furious"): subject and infinitive are the content, a "by" phrase the source.
PASSIVE_RAISING_VERBS: frozenset[str] = frozenset(
    ["expect", "believe", "think", "say", "report", "consider", "know", "rumor", "rumour", "project", "predict", "suppose", "presume", "assume", "estimate", "see", "understand", "allege"]
)

#: Adjectives of attitude that attribute a belief, feeling or stance to the subject of a copula ("his
#: supporters are optimistic that...", "Republicans have been critical of her email use").
ATTITUDE_ADJECTIVES: frozenset[str] = frozenset(
    ["optimistic", "pessimistic", "confident", "concerned", "convinced", "worried", "critical", "fond", "ambivalent", "skeptical", "sceptical", "hopeful", "certain", "sure", "unsure", "aware", "unaware", "afraid", "fearful", "wary", "supportive", "proud", "angry", "upset", "furious", "happy", "glad", "pleased", "delighted", "disappointed", "frustrated", "eager", "determined", "adamant", "surprised", "dismayed", "satisfied", "dissatisfied", "unhappy", "sorry", "nervous", "anxious", "doubtful", "opposed", "committed", "willing", "unwilling", "reluctant", "keen", "enthusiastic", "unenthusiastic", "suspicious", "resentful", "grateful", "thankful", "excited", "alarmed", "troubled", "outraged", "appalled", "disgusted", "annoyed", "irritated", "enamored", "enamoured", "impressed", "unimpressed", "open", "receptive", "hostile", "sympathetic", "dubious", "insistent", "mindful", "conscious", "ready", "upbeat", "tired", "appreciative", "bullish", "bearish", "cautious", "vocal", "outspoken", "undecided", "torn", "sick"]
)

#: Verbs that name or characterise their object ("called the KKK “abhorrent”", "sees the piece as a
#: return to..."): the object with its predicate is the content.
NAMING_VERBS: frozenset[str] = frozenset(
    ["call", "label", "dub", "brand", "deem", "describe", "see", "view", "portray", "characterize", "characterise", "regard", "consider", "term", "paint", "cast", "depict", "declare", "find", "identify"]
)

#: Nouns that name a statement, stance or intention, mostly nominalised cue verbs: with a possessor as
#: source ("Trump's claim that...", "her call for a ban") they attribute as their verb would.
NOUN_CUES: frozenset[str] = frozenset(
    ["claim", "statement", "remark", "comment", "suggestion", "proposal", "pledge", "promise", "vow", "warning", "threat", "call", "demand", "request", "plea", "appeal", "argument", "assertion", "allegation", "accusation", "charge", "denial", "admission", "acknowledgment", "acknowledgement", "insistence", "assurance", "announcement", "prediction", "criticism", "attack", "endorsement", "support", "opposition", "praise", "condemnation", "defense", "defence", "rejection", "refusal", "decision", "intention", "hope", "fear", "concern", "worry", "belief", "view", "position", "stance", "opinion", "conclusion", "complaint", "question", "reluctance", "dislike", "desire", "wish", "commitment", "determination", "objection", "recommendation", "advice", "response", "reply", "answer", "explanation", "assessment", "estimate", "forecast", "message", "dig", "jab", "insult", "boast", "contention", "suspicion", "doubt", "skepticism", "confidence", "expectation", "preference", "vision", "idea", "theory", "thesis", "case", "rebuke", "apology", "tweet", "testimony", "pitch", "offer", "push", "bid"]
)

#: Nouns naming a measured finding: "in a CBS poll, 40% said..." attributes the clause to the poll.
FINDING_NOUNS: frozenset[str] = frozenset(
    ["poll", "survey", "study", "analysis", "average", "projection", "census", "tally", "count", "estimate"]
)

#: Noun cues naming an act of saying, which attribute a "that" clause even with no holder named
#: ("allegations that he lied"), unlike nouns of belief ("the idea that...").
STATEMENT_NOUNS: frozenset[str] = frozenset(
    ["claim", "statement", "remark", "comment", "suggestion", "warning", "allegation", "accusation", "charge", "denial", "admission", "acknowledgment", "acknowledgement", "insistence", "assurance", "announcement", "prediction", "complaint", "argument", "assertion", "contention", "promise", "pledge", "vow", "testimony"]
)

#: Light verbs whose object carries the meaning ("take issue with", "give a speech on").
LIGHT_VERBS: frozenset[str] = frozenset(["take", "make", "give", "deliver", "launch", "issue", "release", "voice", "express", "offer", "level", "fire", "heap", "mount", "throw", "signal", "renew", "escalate"])

#: Objects of a light verb that make it a cue of stance or speech ("took aim at", "issued a warning about").
STANCE_NOUNS: frozenset[str] = frozenset(
    ["issue", "aim", "shot", "swipe", "jab", "dig", "potshot", "position", "stance", "case", "argument", "criticism", "attack", "broadside", "credit", "exception", "offense", "offence", "umbrage", "support", "praise", "opposition", "endorsement", "plea", "condemnation", "objection", "complaint", "call", "demand", "warning", "accusation", "allegation", "appeal", "threat"]
)

#: Labels that open a line with a colon without naming a speaker ("Editor's note:", "Update:").
LABEL_NOUNS: frozenset[str] = frozenset(
    ["note", "correction", "clarification", "update", "disclosure", "disclaimer", "photo", "photos", "video", "watch", "related", "source", "sources", "breaking", "exclusive", "listen", "analysis", "opinion", "advertisement", "caption", "credit", "transcript", "more", "see", "read", "background", "warning"]
)

#: Nouns naming a document or count, not a speaker: "reports from Axios" is Axios speaking.
DOCUMENT_NOUNS: frozenset[str] = frozenset(
    ["report", "statement", "count", "tally", "figure", "number", "data", "release", "post", "tweet", "letter", "memo", "poll", "survey", "newspaper", "study", "editorial", "test", "review", "comment", "remark"]
)

#: Head nouns of a definite description that can stand for a titled person ("the official").
ROLE_NOUNS: frozenset[str] = frozenset(
    ["official", "president", "secretary", "minister", "premier", "leader", "chief", "director", "spokesman", "spokeswoman", "spokesperson", "senator", "governor", "ambassador", "envoy", "diplomat", "general", "commander", "chancellor", "king", "queen", "mayor", "candidate", "nominee", "chairman", "chairwoman", "chair", "head", "prosecutor", "judge", "founder"]
)

#: Determiners and quantity words that make a source anonymous ("one person familiar with...").
INDEFINITE_DETERMINERS: frozenset[str] = frozenset(["a", "an", "one", "two", "three", "several", "some", "many", "few", "other"])

#: Qualifiers of a figure, longest first so "more than" wins over "more".
QUALIFIERS: tuple[str, ...] = (
    "more than", "less than", "fewer than", "at least", "at most", "up to", "as many as",
    "an estimated", "about", "around", "approximately", "roughly", "nearly", "almost", "over",
    "under", "some", "close to",
)

#: Words after a number that make it a span of time or an age, never a count.
TIME_UNITS: frozenset[str] = frozenset(
    ["year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "minute", "minutes", "second", "seconds",
     "min", "mins", "hr", "hrs"]
)

#: Endings only a noun for a person takes, a trade, a role or a fortune ("economist", "analyst", "historian",
#: "spokesman", "chairwoman", "chairperson", "billionaire"): English derives its words for people so, and a
#: list of them would miss most; no body's or thing's noun ends so (a "committee" or a "carrier" can be a body).
PERSON_ENDINGS: tuple[str, ...] = ("ist", "yst", "ian", "man", "woman", "person", "aire")

#: Endings of agent nouns, which name whoever does something: a person ("researcher", "investor", "assistant",
#: "appointee"), or a body as well ("owner", "operator", "carrier", "committee"), with the person endings.
AGENT_ENDINGS: tuple[str, ...] = ("er", "or", "ant", "ee", *PERSON_ENDINGS)

#: The fewest letters an ending must leave for a word to be derived with it: "list", "wrist", "fist" and
#: "human" are no "-ist" or "-man" trade, "artist" and "chairman" are.
MIN_STEM = 3

#: Nouns for people that no ending marks and that a lead or a source may be ("Patients diagnosed with …",
#: "the client said"): the last resort after the parse and the ending (:func:`names_person`).
PERSON_NOUNS: frozenset[str] = frozenset(
    ["patient", "client", "resident", "student", "parent", "child", "adult", "teen", "baby", "guest", "fan", "friend", "relative", "colleague", "peer", "victim", "witness", "suspect", "plaintiff", "expert", "boss", "spouse", "wife", "husband", "son", "daughter", "mother", "father", "girl", "boy", "man", "woman", "person", "people", "citizen", "veteran", "nominee"]
)

#: Relative pronouns that only a person takes ("a man who …", "researchers whom …"); "which" and "that" take
#: anything, and "whose" a body too ("a company whose shares …").
_PERSON_RELATIVES = frozenset(["who", "whom"])


def person_word(lemma: str, endings: tuple[str, ...] = PERSON_ENDINGS) -> bool:
    """Does a noun's lemma name a person by its ending (one of ``endings``, leaving a stem of :data:`MIN_STEM`
    letters), else by :data:`PERSON_NOUNS`?"""
    derived = any(lemma.endswith(ending) and len(lemma) - len(ending) >= MIN_STEM for ending in endings)
    return derived or lemma in PERSON_NOUNS


def names_person(noun: Token, endings: tuple[str, ...] = PERSON_ENDINGS) -> bool:
    """Does a common noun name a person (with :data:`AGENT_ENDINGS` for ``endings``, whoever acts, a body too)?
    First by the parse, as a relative clause on it opens with "who" ("A man who had quarrelled with his neighbours for years …"),
    then by the noun's ending ("billionaire", "economist"; "investor", "owner" as agents), and last by
    :data:`PERSON_NOUNS` ("patients"): one definition for the lead's actor, the quotes' speakers and the
    events' parties alike."""
    who = any(child.dep_ == "relcl" and any(word.lower_ in _PERSON_RELATIVES for word in child.children)
              for child in noun.children)
    return who or person_word(noun.lemma_.lower(), endings)

#: Titles and honorifics English writes before a person's name, whole or abbreviated (the common English
#: honorifics, offices, and military and police ranks with their news-style abbreviations). A tagger often
#: takes one into the name ("Prof Nyong'o", "Rep. Taylor"); the person's name is the words after it. Left
#: out: royal, papal and peerage titles, which are part of how such a person is named ("King Charles", "Lord
#: Cameron", "Lady Gaga"), and words that are also given or family names ("Major Garrett", "Sheikh Hasina").
PERSON_TITLES: frozenset[str] = frozenset(
    ["mr", "mrs", "ms", "miss", "mx", "dr", "doctor", "prof", "professor", "sir", "dame", "rev",
     "revd", "reverend", "fr", "father", "sister", "brother", "rabbi", "imam", "pastor", "bishop", "archbishop",
     "cardinal", "msgr", "monsignor", "deacon", "president", "vice", "premier", "chancellor",
     "minister", "secretary", "sec", "senator", "sen", "representative", "rep", "congressman", "congresswoman",
     "councilman", "councilwoman", "councillor", "councilor", "alderman", "assemblyman", "assemblywoman",
     "delegate", "governor", "gov", "mayor", "commissioner", "sheriff", "judge", "justice", "chief", "chair",
     "chairman", "chairwoman", "chairperson", "ambassador", "amb", "attorney", "general", "speaker",
     "superintendent", "supt", "inspector", "detective", "det", "officer", "deputy", "trooper", "constable",
     "gen", "col", "colonel", "lt", "lieutenant", "maj", "capt", "captain", "cmdr", "commander", "adm",
     "admiral", "sgt", "sergeant", "cpl", "corporal", "pvt", "spc", "marshal", "prime",
     # Further abbreviations of the same ranks and offices, as British, Irish, Commonwealth and Chicago papers
     # print them ("Lieut Cdr", "Insp", "Cllr", "Const.", "Ald."): one missing here stayed in the speaker's name,
     # so that "Lieut Cdr Ashby" and the "Ashby" named before were two people.
     "lieut", "cdr", "comdr", "cdre", "cmdre", "brig", "pte", "pfc", "cpt", "ens", "bdr", "insp", "const", "cst",
     "ald", "cllr"]
)

#: The words that call the reader: a story's own voice never says "you" of anyone in it, so a sentence saying one
#: outside a quotation addresses the reader (an offer, a tip, a prompt), not the news.
SECOND_PERSON: frozenset[str] = frozenset({"you", "your", "yours", "yourself", "yourselves"})

#: Nouns for a person by nation or region, lower case and singular ("the Frenchman", "the Spaniard", "the
#: Australian"): sports and foreign news call a person named before so, and the tagger labels the word as a
#: person, an organisation or a product by turns, so that it was read as a name. No maintained demonym list is
#: installed (``babel`` holds country names, not nouns for their people); these are the common ones.
DEMONYMS: frozenset[str] = frozenset(
    ["frenchman", "frenchwoman", "englishman", "englishwoman", "dutchman", "dutchwoman", "irishman",
     "irishwoman", "welshman", "welshwoman", "scotsman", "scotswoman", "scot", "spaniard", "briton", "brit",
     "dane", "swede", "finn", "pole", "turk", "greek", "czech", "slovak", "serb", "croat", "swiss", "thai",
     "kiwi", "aussie", "filipino", "filipina", "argentine", "american", "australian", "canadian", "mexican",
     "brazilian", "argentinian", "chilean", "colombian", "peruvian", "venezuelan", "german", "italian", "russian",
     "ukrainian", "belgian", "austrian", "hungarian", "romanian", "bulgarian", "norwegian", "estonian",
     "latvian", "lithuanian", "slovenian", "albanian", "georgian", "armenian", "iranian", "indian",
     "indonesian", "malaysian", "korean", "african", "nigerian", "kenyan", "ghanaian", "ethiopian", "egyptian",
     "moroccan", "algerian", "tunisian", "cameroonian", "ivorian", "european", "asian", "japanese", "chinese",
     "portuguese", "vietnamese", "taiwanese", "lebanese", "sudanese", "senegalese", "congolese", "israeli",
     "pakistani", "iraqi", "saudi", "qatari", "emirati", "kuwaiti", "yemeni", "bangladeshi", "nepali",
     "somali", "palestinian", "syrian", "jordanian", "afghan"]
)


def demonym_number(word: str) -> str | None:
    """"singular" or "plural" where the word is a noun for a person or people by nation or region (a
    :data:`DEMONYMS` noun, or its plural: "Frenchmen", "Africans"; "Swiss" and "Chinese" are both), else None."""
    lower = word.lower()
    if lower in DEMONYMS:
        return "singular"
    singular = lower[:-3] + "man" if lower.endswith("men") else lower.removesuffix("s")
    return "plural" if singular != lower and singular in DEMONYMS else None
