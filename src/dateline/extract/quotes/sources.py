"""Who said it: the source span of a cue (its subject, a passive's "by" phrase, or a name the parser
stranded before it), and the resolution of each attribution's source to a speaker in the article."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from dateline.extract.dates import cue_times, stated_on
from dateline.extract.lexicon import (
    AGENT_ENDINGS,
    DOCUMENT_NOUNS,
    REPORTING_VERBS,
    ROLE_NOUNS,
    SAYING_VERBS,
    STATEMENT_NOUNS,
    names_person,
)
from dateline.extract.quotes.cue_words import SUBJECTS, cue_lemma, cue_span, has_subject
from dateline.extract.quotes.drafts import Draft
from dateline.extract.quotes.runs import Run, inside_any, quotations_within
from dateline.extract.quotes.spans import (
    PHRASE_OPENERS,
    name_after,
    offsets,
    source_phrase,
    span_at,
    trim,
)
from dateline.extract.quotes.speakers import (
    BODY_NAMED_FAR_BACK,
    BODY_NAMED_IN_SENTENCE,
    BODY_OF_KIND,
    BODY_QUOTED_ONCE_NAMED,
    CLAUSE_SET_APART,
    CONFIDENCE,
    CONTINUED_PAST_OTHERS,
    FRAGMENT_REPORTED,
    GROUP_REPORTED,
    NEGATED_REPORTED,
    ONE_WORD_QUOTED,
    OWNED_DESCRIPTION,
    PERSON_DESCRIBED_REPORTED,
    QUESTION_REPORTED,
    QUOTATION_REPORTED,
    QUOTED_CONFIDENCE,
    REPORT_RELAYED,
    REPORTED_CONFIDENCE,
    TERM_QUOTED,
    THING_OWNED_REPORTED,
    Referent,
    SpeakerResolver,
    own_words_doubt,
    paragraph_breaks,
    resolved_by,
)
from dateline.nlp.extensions import doc_text
from dateline.records import Quote

#: How the parser hangs a name it mistook for a modifier on the verb after it ("Early says").
_NAME_MODIFIERS = frozenset({"advmod", "npadvmod"})
#: Links inside a noun phrase with its apposition ("Gene Sperling, [a top adviser to] Clinton").
#: A relative clause set off by commas describes the name as an apposition does ("“…,” Sen. Ada Quill of
#: Norland, who chairs the panel, said").
_APPOSITION_LINKS = frozenset({"appos", "prep", "pobj", "compound", "amod", "poss", "case", "det", "relcl"})


def source_of(token: Token) -> Span | None:
    """The subject of the cue, or of the verb it hangs from ("..., saying", "..., adding that", "won
    by promising to..."), or the noun a participle modifies ("polling showing that...")."""
    current = token
    for _ in range(4):
        # "BERLIN -- The European Space Agency says": a dateline the parser made a second subject says where
        subjects = [c for c in current.children if c.dep_ in SUBJECTS]
        subjects = [c for c in subjects if not c.text.isupper()] or subjects
        subjects = [c for c in subjects if not _quote_mark_between(c, current)] or subjects
        if subjects:
            return source_phrase(_head_subject(subjects, current))
        # "people believed to..." are not believers, but "“…,” the patient described" is a speech tag
        if current.dep_ == "acl" and (current.tag_ != "VBN" or _tags_quotation(current.head)
                                      or _opens_quotation(current)):
            noun = current.head  # with its apposition: "Mattia's father, Andrea, posted: “…”"
            end = max([noun.i, *(c.right_edge.i for c in noun.rights if c.dep_ == "appos" and c.i < current.i)])
            return trim(current.doc[_phrase_start(noun) : end + 1])
        if current.dep_ not in ("advcl", "conj", "xcomp", "pcomp", "prep") or current.head == current:
            return None
        current = current.head.head if _participle_on_report(current) else current.head
    return None


def _quote_mark_between(subject: Token, verb: Token) -> bool:
    """Is a quote mark between a subject and its verb? In "“[The slaves'] stories … what it was,” she says" the
    parser made the quoted words a second subject of the speech tag; the tag's own subject is not cut off from
    its verb by the quotation."""
    low, high = sorted((subject.i, verb.i))
    return any(token.is_quote and not subject.left_edge.i <= token.i <= subject.right_edge.i
               for token in subject.doc[low + 1 : high])  # not a name's own apostrophe ("the Netherlands’")


def _head_subject(subjects: list[Token], verb: Token) -> Token:
    """The subject that heads the source phrase. Subjects all after the verb are pieces of one phrase the
    parser split ("says study co-author Boris Kingma": "co" and "Kingma"), whose head is the last word, as an
    English noun phrase's is, up to a phrase the verb governs ("writes sociologist Matthew Desmond in his book
    Evicted": the book's title, parsed as a subject too, is no piece of the name); so are subjects before it
    that open on a word split at its hyphen ("Mateen's ex-wife, Sitora Yusifiy, addressed": "ex", "-" and
    "wife"; "Co-founder Jane Smith said"), and subjects before it each starting right where the one before
    ends ("Nutritionist and Lifestyle Educator Karishma Chawla says": "Nutritionist and … Educator" and
    "Chawla"; "The Rams wide receiver said": "Rams" and "receiver"), with nothing between to set them apart
    (in "Nipa Asharam, Certified Yoga Teacher and Coach says" the comma sets off a title) and no phrase
    of the earlier one the later may go on (in "Ann Cole of the Netherlands’ Delft University writes"
    the second is the object of the first's "of", and what the possessive owns); else the first. A comma after a
    subject sets off its apposition, no piece of its name: in "adds Jo Brandt, Sales Director of Vell Care Nordic"
    the parser may make the company's last word a second subject too."""
    if subjects[0].i > verb.i:
        pieces = subjects[:1]
        for piece in subjects[1:]:
            if any((token.head == verb and token.dep_ not in SUBJECTS and not token.is_punct) or token.text == ","
                   for token in verb.doc[pieces[-1].i + 1 : piece.i]):
                break
            pieces.append(piece)
        return pieces[-1]
    first = subjects[0]
    before = [subject for subject in subjects if subject.i < verb.i]
    split = not first.whitespace_ and first.i + 1 < len(first.doc) and first.nbor().text == "-"
    if split:
        return before[-1]
    head = first
    for piece in before[1:]:
        goes_on = head.right_edge.dep_ in ("case", "punct") or any(t.dep_ == "prep" for t in head.subtree)
        if piece.left_edge.i != head.right_edge.i + 1 or goes_on:
            break
        head = piece
    return head


def _participle_on_report(verb: Token) -> bool:
    """Is the verb a participle ("saying", "adding") the parser hung on the reported clause of a speech verb
    before it ("Taylor said Novavax isn't thinking too far ahead, saying they “…”")? The one saying is the
    speech verb's subject, not the subject talked about in its report."""
    clause = verb.head
    return (verb.dep_ == "advcl" and verb.tag_ == "VBG" and clause.dep_ == "ccomp" and clause.head.i < clause.i
            and cue_lemma(clause.head) in REPORTING_VERBS)


def _tags_quotation(noun: Token) -> bool:
    """Does the noun's phrase open right after a quotation closing on a comma ("“…,” the patient
    described")? Then the participle after it is the verb of a speech tag, not a reduced relative clause."""
    first, doc = _phrase_start(noun), noun.doc
    return first >= 2 and doc[first - 1].is_quote and doc[first - 2].text == ","


def _opens_quotation(verb: Token) -> bool:
    """Does a colon and a quote mark follow the participle's phrase ("Mattia's father, Andrea, posted on
    social media: “…”")? Then it is the verb of a speech tag, not a reduced relative clause."""
    after = verb.right_edge.i + 1
    doc = verb.doc
    return after + 1 < len(doc) and doc[after].text == ":" and doc[after + 1].is_quote


def _phrase_start(noun: Token) -> int:
    """Where the noun's phrase starts, after any closing quote mark the parser hung on it."""
    first = noun.left_edge.i
    while first < noun.i and noun.doc[first].is_quote:
        first += 1
    return first


def agent_of(token: Token) -> Span | None:
    """The "by" phrase of a passive cue: "seen as candidates ... by [about a quarter of voters]"."""
    for child in token.rights:
        objects = [c for c in child.children if c.dep_ == "pobj"]
        if child.dep_ == "agent" and objects:
            return source_phrase(objects[0])
    return None


def speaker_outside(source: Span | None, runs: list[Run]) -> Span | None:
    """``source`` unless it lies inside quoted speech (a quotation closing on a comma or stop): the
    parser sometimes makes the quoted words the subject of the speech tag after them ("“Very good
    reporter,” Trump, the front-runner, said"). A quoted title ("‘Time’ announced") can be a source."""
    if source is None:
        return None
    text = doc_text(source.doc)
    spoken = [(start, end) for run in runs for start, end in run if text[end - 2 : end - 1] in (",", ".", "!", "?")]
    return None if inside_any(source.start_char, [tuple(spoken)]) else source


def stranded_subject(token: Token) -> Span | None:
    """"…,” Gene Sperling, a Clinton adviser, said": a speaker with an apposition set off by commas
    right before the cue, which the parser hung on the clause before it. The noun phrase ending at the
    comma before the cue, opening after a comma, a quotation or a dash, is the subject; where the parser
    misread the apposition too, the name right after the quotation's closing mark."""
    doc, start = token.doc, cue_span(token).start
    if start < 2 or doc[start - 1].text != ",":
        return None
    return _apposed_phrase(token, start) or _name_after_closing_mark(token, start - 1)


def _apposed_phrase(token: Token, start: int) -> Span | None:
    """The noun phrase with its apposition ending at the comma before the cue at ``start``, climbed to from
    the word before that comma."""
    doc = token.doc
    head = doc[start - 2]
    while head.dep_ in _APPOSITION_LINKS and token.sent.start <= head.head.i < head.i and not any(
            t.is_quote for t in doc[head.head.i : head.i]):  # not back into the quotation before it
        head = head.head
    marks = [t.i for t in doc[head.left_edge.i : head.i] if t.is_quote]  # quoted words hung on the name
    first = marks[-1] + 1 if marks else head.left_edge.i
    if head.pos_ not in ("PROPN", "NOUN") or first < token.sent.start:
        return None
    opens = first == token.sent.start or doc[first - 1].text in PHRASE_OPENERS or doc[first - 1].is_quote
    set_off = any(t.text == "," for t in doc[first : start - 1])
    return doc[first:start] if opens and set_off else None


#: The most words of a name read off the surface, between a quotation's closing mark and its apposition.
_MAX_TAG_NAME_WORDS = 4
#: The marks a quotation closes on, inside its closing mark, when its sentence goes on to its speech tag.
OPEN_CLOSES = frozenset(",?!")


def _name_after_closing_mark(token: Token, comma: int) -> Span | None:
    """"“…,” Ada Quill, lead author of the survey, told reporters": the name opening a speech tag, read off the
    surface where the parser misread its apposition as a clause of its own ("lead" as a verb), leaving the cue
    with no subject. The capitalised proper nouns right after the closing mark of a quotation that leaves its
    sentence open, ending at a comma before the cue's, with no quotation mark between, are the subject."""
    doc = token.doc
    if has_subject(token):
        return None
    marks = [t.i for t in doc[token.sent.start : comma] if t.is_quote]
    if not marks or marks[-1] < 2 or doc[marks[-1] - 1].text not in OPEN_CLOSES:
        return None
    first = end = marks[-1] + 1
    while end < comma and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
        end += 1
    if not 2 <= end - first <= _MAX_TAG_NAME_WORDS or end == comma or doc[end].text != ",":
        return None
    return doc[first:end]


def name_as_modifier(token: Token) -> Span | None:
    """"…, Early says there is…", "but Early still says": a surname the tagger read as a word of its own (an
    adverb) before the cue, or before the adverbs that lead up to it, which then has no subject. A
    capitalised word inside the sentence that names a person elsewhere in the article is the subject."""
    word = _word_before_cue(token)
    if word is None or not word.i < word.head.i <= token.i or word.dep_ not in _NAME_MODIFIERS:
        return None
    return _person_named(word)


def name_before(token: Token) -> Span | None:
    """"Speaking to the Daily Mail Miller claimed: “…”": a cue with no subject at all, right after a
    capitalised word the parser hung elsewhere (here on "the Daily Mail") that names a person elsewhere in
    the article: the name is the subject."""
    word = _word_before_cue(token)
    if word is None or word.pos_ != "PROPN" or word.dep_ == "conj" or has_subject(token):
        return None  # nor the last of several ("Obama and Clinton call them")
    return _person_named(word)


def _word_before_cue(token: Token) -> Token | None:
    """The capitalised word inside its sentence right before the cue, or before the adverbs that lead up
    to it ("still", "also", "now")."""
    doc = token.doc
    start = token.i
    while start > 0 and start <= doc[start - 1].head.i <= token.i and doc[start - 1].pos_ == "ADV" \
            and doc[start - 1].is_lower:
        start -= 1
    word = doc[start - 1] if start > 0 else None
    return word if word is not None and _is_inner_capital(word) else None


def _person_named(word: Token) -> Span | None:
    """``word`` as a span when it is a word of a person's name somewhere in the article."""
    doc = word.doc
    named = any(ent.label_ == "PERSON" and word.text in ent.text.split() for ent in doc.ents)
    return doc[word.i : word.i + 1] if named else None


def _is_inner_capital(word: Token) -> bool:
    """A capitalised word that does not open its sentence: a name, whatever the tagger made of it."""
    return word.is_alpha and word.text[:1].isupper() and not word.is_sent_start


#: Words opening a source that takes a share of a group ("Most Americans", "Nearly all U.S. adults (94%)",
#: "Those playing through Stadia"): a poll's or the writer's summary of what many people think, not a speaker.
_GROUP_SHARES = frozenset({"most", "many", "some", "all", "nearly", "almost", "few", "several", "half", "those",
                           "majority"})
#: The tagger's label for a nationality, a religion or a party's members ("Americans", "Republicans"), a group
#: where its word is plural (the small model also gives it to a few singular names: "the news site Axios").
_GROUP_LABEL = "NORP"
_PLURAL_NOUN_TAGS = frozenset({"NNS", "NNPS"})
#: Determiners that take each member of a group in turn ("Every Republican on the committee").
_EACH_MEMBER = frozenset({"every", "each"})
#: The tagger's labels for a body: a plural word inside one is its name ("The Patriots"), not several people.
_BODY_LABELS = frozenset({"ORG", "GPE", "FAC"})
#: A quotation without a cue continues the attribution before it, a little less surely than it was made.
CONTINUED_SHARE = 0.9


def inverted_name(token: Token) -> Span | None:
    """"“…,” says Early.", "“…,” tweeted reporter Phil Davis.": a speech tag right after a quotation, its name
    after the verb (``name_after``), with its apposition when the parser hung one on the name."""
    if token.i == 0 or not token.doc[token.i - 1].is_quote:
        return None
    found = name_after(token)
    if found is None:
        return None
    described = source_phrase(found[-1])  # "said James Acton, a physicist who …": the name's whole phrase
    return described if described is not None and described.start == found.start else found


#: An attribution as its source's record, and as the record of whose words its quotations are: the same
#: record, but where a report nested in its content names the quotation's own speaker ("Lacerda said
#: Epstein told her: “…”": Lacerda reports, the quoted words are Epstein's).
Voiced = tuple[Quote, Quote]


def resolve(doc: Doc, drafts: list[Draft], runs: list[Run], min_confidence: float) -> list[Voiced]:
    """The drafts as quote records, in order, each source resolved to its speaker with what the article
    said before it (outside the quotation ``runs``); a quotation with no cue takes the speaker of the
    attribution before it. A speaker resolved less surely than ``min_confidence`` is shown as unknown and
    kept as the quote's candidate."""
    reported = [span for run in runs for span in run] + [span for draft in drafts for span in draft.content]
    resolver = SpeakerResolver(doc, reported)
    quotes: list[Voiced] = []
    for draft in drafts:
        source = draft.source
        referent = (resolver.resolve(source, _opened_before(doc, draft, source), _goes_on(draft, source))
                    if source is not None else None)
        if referent is None and draft.cue is None and (lead := _lead_in_subject(doc, draft, runs)) is not None:
            introduced = resolver.resolve(lead)  # a sentence before, not a tag: as sure as a quotation going on
            referent = replace(introduced, confidence=introduced.confidence * CONTINUED_SHARE)
        if referent is None and draft.cue is None:
            referent = _continued_referent([voice for _, voice in quotes], draft, resolver)
        voice = resolver.resolve(draft.speaker) if draft.speaker is not None else None
        if voice is not None and source is not None and source.root.lemma_.lower() in DOCUMENT_NOUNS:
            referent = voice  # "Trump said, according to the memo": a document reports, its words are Trump's
        record = shown(_quote(doc, draft, referent), min_confidence)
        voiced = record if voice is None else shown(_quote(doc, draft, voice), min_confidence)
        quotes.append((record, voiced))
    return quotes


def _goes_on(draft: Draft, source: Span) -> bool:
    """May a later "he said" go on from the attribution's source as from a speaker? A speaker may, and so may
    the subject of a stance or an act ("Lund wanted to …"), a person the writer is following (tuning splits
    dev2..dev17, session 28: treating those as mentions hid 11 right direct speakers for 1 wrong one); the
    owner of a noun of an act, named in passing ("over President Lund's decision to …"), may not."""
    return draft.speech or source.root.dep_ != "poss"


def _lead_in_subject(doc: Doc, draft: Draft, runs: list[Run]) -> Span | None:
    """The subject of the writer's clause whose colon introduces a quotation with no cue of its own, in its
    paragraph or the one before ("During the exchange, co-host Savannah Guthrie fretted: “…”", "The committee
    issued a brief statement after the speech:\n\n“…”", "A top aide put it bluntly in an email: “…”"): the
    lead-in names whose words follow, though its verb is no verb of saying, so the quotation is not the
    previous speaker's going on. The subject is that of the verb nearest before the colon that has one (a
    participle goes back to its clause's: "Trump refuted the account, tweeting out Monday:"). None where no
    colon of the writer's ends the text before the quotation, or its clause has no subject. Its speaker is as
    sure as one a quotation goes on with (``CONTINUED_SHARE``): the lead-in is a sentence before, not a tag."""
    opens = draft.content[0][0]
    before = doc_text(doc)[:opens].rstrip()
    if not before.endswith(":") or inside_any(len(before) - 1, runs):
        return None
    colon = doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
    if colon is None:
        return None
    sentence = colon[0].sent
    for token in reversed(doc[sentence.start : colon.start]):
        if token.pos_ in ("VERB", "AUX") and (subject := source_of(token)) is not None:
            return subject
    return None


def _opened_before(doc: Doc, draft: Draft, speaker: Span) -> int | None:
    """The token where a quotation opened, when that was in an earlier paragraph than its speech tag."""
    if not draft.quoted or draft.content[0][0] >= speaker.start_char:
        return None
    if "\n" not in doc_text(doc)[draft.content[0][0] : speaker.start_char]:
        return None
    opening = doc.char_span(draft.content[0][0], draft.content[0][0] + 1, alignment_mode="expand")
    return opening.start if opening is not None else None


def shown(quote: Quote, min_confidence: float) -> Quote:
    """``quote`` with its speaker shown as unknown, and kept as the candidate, when it is not sure enough."""
    if quote.speaker is None or (quote.speaker_confidence or 0.0) >= min_confidence:
        return quote
    return replace(quote, speaker=None, speaker_span=None, speaker_label=None, speaker_candidate=quote.speaker)


def reported(doc: Doc, quote: Quote, runs: list[Run], min_confidence: float) -> Quote:
    """A report in the writer's words (an indirect attribution) whose speaker is seldom right, with the class of
    doubt it falls in and that class's confidence (``speakers.CONFIDENCE``) in place of its own; one whose class is
    less sure on reports than the table says (``speakers.REPORTED_CONFIDENCE``) with that confidence.

    Content opening on a quotation is no paraphrase: a quotation the finder read as a report (its tag after
    it: "“There are maybe ten good angles” for filming, says Parker, who adds…"), or one an outlet
    or a transcript carried ("“…,” according to the transcript"); so is content holding a quotation around its
    own tag ("People, he says, “simply needed to come”"), a sentence of the speaker's words partly quoted. Their
    labels, where any, are direct quotes with their own speakers. A source that describes a group ("Most
    Americans say", "Republicans said", "Nearly all U.S. adults (94%) say") gives the writer's or a poll's
    summary of many people's views, which a reader takes for no one's words. A description of one person by
    role with no name ("the CIA chief said") tells what the speaker is, not who. And a report may claim nothing
    (``_claims_nothing``). Direct quotes keep theirs (``doubted`` judges them)."""
    if quote.kind != "indirect" or quote.speaker is None:
        return quote
    doubt = _reported_doubt(doc, quote, runs)
    if doubt is None and _body_named_in_sentence(doc, quote):  # the class as the table has it, not as reported
        return replace(quote, speaker_confidence=CONFIDENCE[BODY_NAMED_IN_SENTENCE],
                       speaker_evidence=BODY_NAMED_IN_SENTENCE)
    if doubt is None:
        sure = REPORTED_CONFIDENCE.get(quote.speaker_evidence or "")
        return quote if sure is None else shown(replace(quote, speaker_confidence=sure), min_confidence)
    return shown(replace(quote, speaker_confidence=CONFIDENCE[doubt], speaker_evidence=doubt),
                 min_confidence)


def _reported_doubt(doc: Doc, quote: Quote, runs: list[Run]) -> str | None:
    """The class of doubt a report's speaker falls in, if any."""
    text = doc_text(doc)
    start, end = quote.content[0]
    opening = start + len(text[start:end]) - len(text[start:end].lstrip())
    if inside_any(opening, runs) or (_tag_inside(quote) and quotations_within(quote.content, runs)):
        return QUOTATION_REPORTED
    if _set_apart(text, quote):
        return CLAUSE_SET_APART
    if _relays_a_report(doc, quote):
        return REPORT_RELAYED
    mention = span_at(doc, quote.speaker_span)
    if quote.speaker_label == _GROUP_LABEL and mention is not None and mention[-1].tag_ in _PLURAL_NOUN_TAGS:
        return GROUP_REPORTED
    source = span_at(doc, quote.source)
    if source is not None and (source[0].lower_ in _GROUP_SHARES or _describes_several(source)):
        return GROUP_REPORTED
    if quote.speaker_evidence == OWNED_DESCRIPTION and mention is not None and _describes_one_person(mention):
        return PERSON_DESCRIBED_REPORTED
    if quote.speaker_evidence == OWNED_DESCRIPTION and mention is not None and _owned_thing(mention):
        return THING_OWNED_REPORTED
    if quote.speaker_evidence == BODY_OF_KIND and _named_far_back(text, quote):
        return BODY_NAMED_FAR_BACK
    return _claims_nothing(doc, quote) if quote.speech else None


#: Paragraph breaks from a body's last mention to a "the company" from which the description is more likely a body
#: named since whose name the tagger missed than the one it last tagged (``_named_far_back``).
_FAR_BACK_BREAKS = 2


def _named_far_back(text: str, quote: Quote) -> bool:
    """Is the body a report's "the company" or "the agency" was fitted to last named two or more paragraphs
    before the description? The fit takes the one organisation the tagger labelled in the window; a body named
    nearer whose name it missed or labelled otherwise ("Anthropic has even included … which the company says",
    the developer of a town whose name was tagged a place) is what the writer's description goes on with.
    Measured on dev..dev21 pooled (both parts): such reports' speakers right 0 of 8 at 4 outlets, where the
    class's speakers named within one paragraph were right 11 of 13."""
    if quote.speaker_span is None or quote.source is None or quote.speaker_span[1] > quote.source[0]:
        return False
    return paragraph_breaks(text[quote.speaker_span[1] : quote.source[0]]) >= _FAR_BACK_BREAKS


def _body_named_in_sentence(doc: Doc, quote: Quote) -> bool:
    """Is a report's "the company" or "the agency" fitted to a body named earlier in the report's own sentence
    ("Kestrel Dynamics has trained 900 pilots, the Ohio-based company said")? The writer names the body and
    describes it in one breath, so the description can stand for no one named since: such reports are as sure
    as the class's table says, where the class's reports overall are not (``speakers.REPORTED_CONFIDENCE``)."""
    if quote.speaker_evidence != BODY_OF_KIND:
        return False
    mention, source = span_at(doc, quote.speaker_span), span_at(doc, quote.source)
    return (mention is not None and source is not None and mention.end <= source.start
            and mention.sent.start == source.sent.start)


def _claims_nothing(doc: Doc, quote: Quote) -> str | None:
    """The class of a report that claims nothing, if it is one: an open question ("wondered whether gut
    cells might play a part"), a cue negated ("does not deny that the bill has problems", "would not
    predict whether"), which says what was not said, or content with no verb ("echoed that deep sense of
    loss", "argued that anti-Muslim comments"), a noun phrase the parser took for a stated clause. None is
    labelled as a report on the tuning splits (dev..dev10, 12 shown over 10 outlets, all wrong). Only speech
    must state a clause: a stance's object is a thing ("The city's mayor opposed the protest")."""
    tokens = _content_tokens(doc, quote)
    words = [token for token in tokens if token.is_alpha]
    if words and words[0].lower_ == "whether":
        return QUESTION_REPORTED
    cue = span_at(doc, quote.cue)
    if cue is not None and any(token.dep_ == "neg" for token in cue):
        return NEGATED_REPORTED
    if not any(token.pos_ in ("VERB", "AUX") for token in tokens):
        return FRAGMENT_REPORTED
    return None


def _content_tokens(doc: Doc, quote: Quote) -> list[Token]:
    """The tokens of the report's content, its fragments in order."""
    return [token for start, end in quote.content for token in doc.char_span(start, end, alignment_mode="expand")
            or ()]


#: What ends a clause of the writer's own before another within one sentence: the content before it is no
#: complement of a cue after it, whatever the parser hung on that cue.
_CLAUSE_SEPARATORS = (";", ":")


def _set_apart(text: str, quote: Quote) -> bool:
    """Does the report's content end before its cue at a semicolon or a colon ("The combined Tribune and
    McClatchy may not break from that pattern; Reed has said that he hopes …", "Burr is not among the richest
    senators: one tally put his wealth …")? A reporting clause after its content
    is set off by a comma ("…, Reed said"); a semicolon or a colon closes the writer's own clause, and the cue
    after it reports what follows it. Measured on dev..dev11 pooled (text): 4 shown, all wrong (no such
    report labelled), in 4 outlets; 10 found in all, none with its speaker right."""
    if quote.cue is None or quote.content[-1][1] > quote.cue[0]:
        return False
    between = text[quote.content[-1][1] : quote.cue[0]]
    return any(mark in between for mark in _CLAUSE_SEPARATORS)


#: Cues that relay what an outlet or a document carried ("CNN reports", "according to the press release").
_RELAY_CUES = frozenset({"report", "accord"})


def _relays_a_report(doc: Doc, quote: Quote) -> bool:
    """Does the report relay another's report: a relaying cue whose content's own verb is a verb of saying with
    its own subject and its own clause ("CNN reports the U.S. Central Command confirmed a sailor … were
    killed", "According to the statement, the driver told police that …", "The New York Times reported that …
    Bolton says Trump told him …")? The words are the inner speaker's, the outlet only carried them. Not where
    the inner subject is a share of a group ("According to Pew, nearly two-thirds of Mormons say …"): a poll's
    summary, which is the outlet's own. Measured on dev..dev11 pooled (text): 5 shown, all wrong, in 4 outlets;
    a verb with a noun object ("Reuters reported ISIS claimed responsibility") relays an act, not words. Read for
    any cue of saying, a noun subject's inner report (s23, dev..dev12 pooled, both parts), it hid 8 right speakers
    ("Crump said Ellison had told the family he would …") for 3 wrong: a speaker tells what others told them.
    The inner report may also be a verdict in the inner speaker's words ("the agency reported that its chief
    called the plan a gamble") or a statement noun with its maker ("reported a claim by a rebel commander that
    …"): the labels give those words to the inner speaker too (``_inner_report``, ``_statement_by``). Measured in
    session 33 on dev..dev23 (both parts): 2 wrong speakers hidden at 2 outlets, no right one lost."""
    cue = span_at(doc, quote.cue)
    if cue is None or cue_lemma(cue.root) not in _RELAY_CUES:
        return False
    tokens = _content_tokens(doc, quote)
    inside = {token.i for token in tokens}
    return any(_inner_report(token, inside) or _statement_by(token, inside) for token in tokens)


#: What makes an inner verb of saying report words of its own: a clause ("said that …"), and for "call" the
#: predicate it sets on its object ("called the plan a gamble"), a verdict given in the inner speaker's words.
_INNER_CLAUSES = frozenset({"ccomp", "xcomp"})
_VERDICT_VERBS = frozenset({"call"})


def _inner_report(verb: Token, inside: set[int]) -> bool:
    """Is ``verb`` the content's own verb of saying, with its own subject (no share of a group) and its own
    words: a clause, or a verdict on its object ("called the new fee a tax")?"""
    lemma = cue_lemma(verb)
    if verb.pos_ != "VERB" or lemma not in SAYING_VERBS | _VERDICT_VERBS or verb.head.i in inside - {verb.i}:
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i in inside]
    words = _INNER_CLAUSES | ({"oprd"} if lemma in _VERDICT_VERBS else set())
    return bool(subjects) and subjects[0].left_edge.lower_ not in _GROUP_SHARES and any(
        c.dep_ in words for c in verb.children)


def _statement_by(noun: Token, inside: set[int]) -> bool:
    """Is ``noun`` the content's head, a noun of a statement made by someone the content names, with the
    statement's clause marked by "that" ("a claim by a rebel commander that the convoy was ambushed")? The
    relaying outlet reports that someone else said it."""
    if noun.lemma_.lower() not in STATEMENT_NOUNS or noun.head.i in inside - {noun.i}:
        return False
    makers = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"
              and any(o.dep_ == "pobj" for o in c.children)]
    # the clause is the noun's, but the parser may hang it on the maker as a relative clause; a "that" marking
    # it (no relative pronoun standing in the clause) tells a statement's content from a relative clause
    return bool(makers) and any(c.dep_ in ("acl", "ccomp", "relcl") and c.i in inside
                                and any(m.dep_ == "mark" for m in c.children) for c in noun.subtree)


def _describes_several(source: Span) -> bool:
    """Does the source describe several people, whom no one speaker stands for: each member of a group ("Every
    Republican on the House Intelligence Committee demanded …"), or people by a plural common noun for persons
    ("the GOP committee members accused …")? Not a collective noun ("police"), nor people joined by "and" ("He
    and other experts") or named in the source ("the report's authors John Rymer and James Staten"), nor the
    leaders of a named body, who speak for it ("The leaders of the Senate budget committee said"); a
    plural name ("Stivers", "The Giants") is one person's or a body's. Measured on dev..dev12 pooled (both parts,
    249 outlets): 2 shown, both wrong (labelled anonymous), at 2 outlets, and no right speaker hidden; read for any
    plural head that is no collective noun or body's name, it hid 17 right speakers ("data from the State
    Department", "Banks", "Rep. Steve Stivers") for 10 wrong."""
    head = source.root
    if any(child.dep_ == "det" and child.lower_ in _EACH_MEMBER for child in head.children):
        return True
    people = head.tag_ == "NNS" and head.is_lower and (names_person(head, AGENT_ENDINGS) or head.lemma_ == "member")
    if not people or any(child.dep_ == "conj" for child in head.children):
        return False
    named = any(ent.label_ == "PERSON" for ent in source.ents)
    of_a_body = any(child.dep_ == "prep" and child.lower_ == "of" and any(
        word.ent_type_ in _BODY_LABELS for word in child.subtree) for child in head.children)
    return not named and not of_a_body


def _owned_thing(mention: Span) -> bool:
    """Is the speaker's mention a thing a name owns, neither a person nor people acting for the owner
    ("Blackwell’s announcement", "CBP’s guidelines", "Klobuchar’s travel schedule", not "Pence's office",
    "Kohberger’s defense team" or "the report's authors")? A thing says nothing; the words are its owner's at
    best, and the parse has often taken a clause of the writer's for a report. Measured on dev..dev12 pooled
    (both parts, 249 outlets): 5 shown, all wrong (one labelled, to the owner; four with no label), at 4 outlets."""
    head = mention.root
    if not any(child.dep_ == "poss" for child in head.children):
        return False
    lemma = head.lemma_.lower()
    return not (names_person(head, AGENT_ENDINGS) or lemma in ROLE_NOUNS or lemma in _ACTING_BODIES)


#: Nouns of people who act for the one who owns them ("Pence's office", "her campaign").
_ACTING_BODIES = frozenset({"office", "team", "campaign", "staff", "administration", "government", "family",
                            "department", "committee", "party", "company", "group", "camp", "aide"})


def _describes_one_person(mention: Span) -> bool:
    """Is the speaker's mention a description of one person by a role or trade, with no name of theirs in it
    ("the CIA chief", "Flynn's lawyer", "The Texas lawmaker")? It says what the speaker is, not who: their
    name, where the article gives it, is elsewhere; a person named before the role owns it ("Flynn's"), one
    from the role on is the speaker ("the police chief, William Krampf")."""
    head = mention.root
    one_person = head.tag_ == "NN" and (head.lemma_.lower() in ROLE_NOUNS or names_person(head, AGENT_ENDINGS))
    return one_person and not any(ent.label_ == "PERSON" and ent.end > head.i for ent in mention.ents)


def _tag_inside(quote: Quote) -> bool:
    """Does the report's tag stand between pieces of its content ("People, he says, “simply needed to come”")?"""
    return quote.cue is not None and quote.content[0][1] <= quote.cue[0] and quote.cue[1] <= quote.content[-1][0]


def doubted(doc: Doc, quote: Quote, min_confidence: float) -> Quote:
    """A direct quote with a property its speakers are wrong with far more often than their class's (measured
    with ``benchmarks/speaker_calibration.py`` on dev to dev4, right about half the time), with that property's
    class and confidence in place of its own; one whose class is less sure on quoted words
    (``speakers.QUOTED_CONFIDENCE``) with that confidence. A report in the writer's words keeps its class's."""
    if quote.kind != "direct" or quote.speaker is None:
        return quote
    if (doubt := _doubt(doc, quote)) is not None:
        return shown(replace(quote, speaker_confidence=CONFIDENCE[doubt], speaker_evidence=doubt), min_confidence)
    if (quoted := QUOTED_CONFIDENCE.get(quote.speaker_evidence or "")) is not None:
        return shown(replace(quote, speaker_confidence=quoted), min_confidence)
    return quote


def _doubt(doc: Doc, quote: Quote) -> str | None:
    """The class of doubt a direct quote's speaker falls in, if any.

    One quoted word ("“Terrifying,”", "called the loss “minimal”") is as often a word the writer marks as a
    term, or quotes from someone else, as the speaker's. A body (a name the tagger labels other than a person)
    that the article names nowhere else, reached through a document, a description or an apposition rather
    than as the source itself ("the White House said"), is as often where the speaker works or what published
    the words ("Tim Spector, Professor at King's College London, said: “…”", "a New York Post article quoted
    a fan: “…”") as their source; a body whose words an article quotes is one it is about, named again. A
    report in the writer's words is credited to such a body ("IDC said revenues would rise": 30 of 30 on
    dev4), so only quoted words are doubted. Two or three quoted words after an article outside the marks are
    a term the writer's own noun phrase names ("a ‘black hole’ of risk looms", "ideal for the "rapid developer"
    group", "the “zero tolerance” policies", "the theme of "America first""), a coinage or a label, as often
    the writer's as the speaker's (see ``_is_term``)."""
    text = doc_text(doc)
    words = sum(len(text[start:end].split()) for start, end in quote.content)
    if words <= 1:
        return ONE_WORD_QUOTED
    if words <= _TERM_WORDS and _is_term(doc, quote):
        return TERM_QUOTED
    body = quote.speaker_label not in (None, "PERSON")
    if body and not _source_is_name(text, quote) and _named_once(text, quote.speaker or ""):
        return BODY_QUOTED_ONCE_NAMED
    return own_words_doubt(text, quote)


#: The most words of a quoted term ("a ‘black hole’ of risk", "the “personal comfort system”").
_TERM_WORDS = 3
#: An article right before a quotation's opening mark: the writer's noun phrase, quoting only its term.
_ARTICLE_BEFORE = re.compile(r"(?<![\w'’])(?:a|an|the)\s*$", re.IGNORECASE)
#: How many characters before the mark the article is looked for in.
_ARTICLE_REACH = 12


def _is_term(doc: Doc, quote: Quote) -> bool:
    """Are a few quoted words a term inside the writer's own noun phrase rather than a phrase someone said:
    after an article outside the marks, ending on their noun ("a ‘black hole’ of risk"), or in one of the
    shapes below? A speech verb's object ("wanted “swift justice”") is none of them, nor is a verdict
    (``_is_verdict``, ``_cue_judges``). Measured on dev..dev9
    pooled, both parts: the shapes past the article hid 5 shown direct speakers, all wrong (no quote
    labelled there), in 4 outlets, and no right one."""
    text = doc_text(doc)
    opened, closed = quote.content[0][0], quote.content[-1][1]
    inside = doc.char_span(opened, closed, alignment_mode="contract")
    words = [token for token in inside or () if token.is_alpha]
    if not words:
        return False
    root = min(words, key=lambda token: sum(1 for _ in token.ancestors))
    if _is_verdict(root) or _cue_judges(root, span_at(doc, quote.cue)):
        return False
    if words[-1].pos_ in _NOUNS and _ARTICLE_BEFORE.search(text[max(0, opened - _ARTICLE_REACH) : opened]):
        return True
    return _opened_outside(root, words, opened) or _bound_to_next(doc, words, closed) or _named_by_of(root, opened)


def _is_verdict(root: Token) -> bool:
    """Is the quoted noun phrase what a copula says its subject is ("the fair was a “great relief”", "the
    tolls are unfair and a “grave mistake”", "the ford is the “second best crossing”")? A predicate judges its
    subject: the speaker's verdict, quoted as said, not the writer's name for a thing. Measured on dev..dev20
    pooled, both parts (session 30, ``benchmarks/speaker_calibration.py``): of 30 direct quotes doubted as
    terms, 26 right, this and ``_cue_judges`` showed 11 right speakers at 6 outlets and no wrong one (every
    term with no label, the writer's, was a subject, an object or a preposition's object, or named the next
    noun's kind); a term a verb of the report's clause takes as its object ("he cited a “missing link”": right
    twice, wrong once) stays doubted."""
    while root.dep_ == "conj" and root.head.i < root.i:  # "unfair and a “grave mistake”": the first conjunct's
        if root.head.lemma_ == "be":  # place, or the copula itself, where the parser hangs the conjunct on it
            return True
        root = root.head
    return root.dep_ in ("attr", "acomp") and root.head.lemma_ == "be"


def _cue_judges(root: Token, cue: Span | None) -> bool:
    """Is the quoted noun phrase what the report's own cue calls its object ("Vell called Brannock a “bitter,
    tired man”", "the queen hailed the verdict as a “famous win”")? The speaker judges the object in those
    words, as a copula's predicate judges its subject (``_is_verdict``); a term the writer's clause names ("the
    site, known as the “quiet zone”") hangs on a verb no report is cued by."""
    if cue is None or not (root.dep_ == "oprd" or (root.dep_ == "pobj" and root.head.lower_ == "as")):
        return False
    verb = root.head if root.dep_ == "oprd" else root.head.head
    return verb.pos_ == "VERB" and cue.start <= verb.i < cue.end


def _opened_outside(root: Token, words: list[Token], opened: int) -> bool:
    """Does the writer's article or adjective before the marks open the noun phrase the quoted noun ends
    ("an unofficial “waiting list”")?"""
    return root.pos_ in _NOUNS and words[-1].pos_ in _NOUNS and any(
        child.idx < opened and child.dep_ in _NOUN_PHRASE_LINKS for child in root.children)


def _bound_to_next(doc: Doc, words: list[Token], closed: int) -> bool:
    """Are the quoted words, with no judgement of their own (no adjective, no adverb), bound to the noun right
    after the marks, naming its kind ("the “zero tolerance” policies", "the “morning after” pill")? "The “very
    serious” losses" judges the losses, in the speaker's words."""
    following = next((t for t in doc[words[-1].i + 1 :] if not (t.is_punct or t.is_space)), None)
    return (following is not None and following.idx >= closed and following.pos_ in _NOUNS
            and not any(t.pos_ in ("ADJ", "ADV") for t in words)
            and any(t.head == following or following.head == t for t in words))


def _named_by_of(root: Token, opened: int) -> bool:
    """Do the quoted words give the name "of" gives the writer's noun ("the theme of "America first"")?"""
    return (root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.idx < opened
            and root.head.head.pos_ in _NOUNS)


#: The parts of speech of a term's noun.
_NOUNS = frozenset({"NOUN", "PROPN"})
#: How the writer's words outside the marks can open the noun phrase the quoted noun ends: an article or
#: an adjective of the writer's. Not a possessive: "sees the lineup as its "Achilles heel"" quotes the
#: speaker's own words for their own thing (dev, The Hollywood Reporter).
_NOUN_PHRASE_LINKS = frozenset({"det", "amod"})


def _source_is_name(text: str, quote: Quote) -> bool:
    """Is the source the speaker's own name, with at most an article and an apposition after it ("the White
    House said", "The Al-Qassam Brigades, the military wing of Hamas, said")? Not a document, a description
    or another's apposition it is reached through."""
    source, mention = quote.source, quote.speaker_span
    if source is None or mention is None or not (source[0] <= mention[0] and mention[1] <= source[1]):
        return False
    after = text[mention[1] : source[1]].strip()
    return text[source[0] : mention[0]].strip().lower() in ("", "the") and (not after or after.startswith(","))


def _named_once(text: str, name: str) -> bool:
    """Does the last word of ``name`` stand once, as a word, in ``text``?"""
    return len(re.findall(rf"(?<!\w){re.escape(name.split()[-1])}(?!\w)", text)) <= 1


def _continued_referent(quotes: list[Quote], draft: Draft, resolver: SpeakerResolver) -> Referent | None:
    """A quotation without a cue takes the speaker (or the candidate) of the quotation before it, resting
    on the same evidence, a little less surely; as an unsure candidate where the writer has named someone
    else since, in the quotation's own paragraph ("“…,” Harper said. / Buckley … had never sung folk
    before. “But the story …”": the narration has moved on to another person, whose words these may be; a
    name paragraphs back, or in a caption between, is as often someone the speaker goes on to talk about)."""
    earlier = [q for q in quotes if q.end <= draft.content[0][0]]
    if not earlier:
        return None
    last = earlier[-1]
    name = last.speaker or last.speaker_candidate
    continued = Referent(name, last.speaker_span, last.speaker_label, "",
                         confidence=(last.speaker_confidence or 0.0) * CONTINUED_SHARE, evidence=last.speaker_evidence)
    opens = draft.content[0][0]
    told = max([last.end, *(span[1] for span in (last.cue, last.source) if span is not None)])
    paragraph = doc_text(resolver.doc).rfind("\n", 0, opens) + 1
    if resolver.other_person_named(max(told, paragraph), opens, name):
        return resolved_by(continued, CONTINUED_PAST_OTHERS)
    return continued


def _quote(doc: Doc, draft: Draft, referent: Referent | None) -> Quote:
    dated_by = cue_times(doc, offsets(draft.cue) if draft.cue is not None else None)
    return Quote(
        article_id=doc._.article_id,
        kind="direct" if draft.quoted else "indirect",
        content=draft.content,
        cue=offsets(draft.cue) if draft.cue is not None else None,
        source=offsets(draft.source) if draft.source is not None else None,
        speaker=referent.name if referent else None,
        speaker_span=referent.span if referent else None,
        speaker_label=referent.label if referent else None,
        speech=draft.speech,
        date=stated_on(doc, dated_by),
        dated_by=dated_by,
        speaker_confidence=referent.confidence if referent and referent.name else None,
        speaker_evidence=referent.evidence if referent and referent.name else None,
    )
