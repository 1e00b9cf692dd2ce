"""The source of a cue: its subject, or its verb's, a name the parser stranded before it, never the
quoted words or whoever a passive says was asked."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from dateline.extract.quotes.sources import source_of, stranded_subject


def test_participle_takes_the_subject_of_its_clause(quotes_in, view):
    text = ("Israeli Prime Minister Benjamin Netanyahu’s office responded to the allegation on Saturday evening, "
            "saying it would not comment on the claims.")
    responded, quote = quotes_in(text)
    assert view(text, quote)[:3] == ("Israeli Prime Minister Benjamin Netanyahu’s office", "saying",
                                     ["it would not comment on the claims"])
    assert quote.speaker_candidate == "Israeli Prime Minister Benjamin Netanyahu’s office"  # an owned description
    # "responded to" is a cue of its own, its object the content, as PolNeAR marks it.
    assert view(text, responded)[1:3] == ("responded to", ["the allegation"])
    assert not responded.speech


def test_participle_after_a_preposition_takes_the_subject_of_its_verb(quotes_in, view):
    text = "The mayor won the race by promising that taxes would fall."
    [quote] = quotes_in(text)
    assert view(text, quote)[:3] == ("The mayor", "promising", ["that taxes would fall"])


def test_speaker_with_apposition_that_the_parser_hangs_elsewhere(quotes_in, view):
    """The parser attaches "Mayor Lena Ortiz" to the opening participle; set off by commas right
    before the cue, she is still its subject."""
    text = "Stung by the defeat in Ohio, Mayor Lena Ortiz, the party chair, said that she would ask for a recount."
    [quote] = quotes_in(text)
    assert view(text, quote)[:3] == (
        "Mayor Lena Ortiz, the party chair,", "said", ["that she would ask for a recount"])


def test_a_name_after_the_closing_mark_speaks_where_the_parser_misread_its_apposition(quotes_in, view):
    """The parser hangs "Marta Velloso" on the quotation and makes "lead author" the object of "told", which
    is left with no subject: the proper name right after the closing mark, before the apposition's comma,
    is its speaker."""
    text = ("“The reef is dying faster than any of us feared,” Marta Velloso, lead author on the survey, told "
            "the Harbour Gazette.")
    [quote] = quotes_in(text)
    assert (view(text, quote)[0], quote.speaker, quote.speaker_evidence) == ("Marta Velloso",) * 2 + ("named",)


def test_quoted_words_are_not_the_speaker_of_the_tag_after_them(quotes_in, view):
    """The parser makes the quotation the subject of "said"; the name set off before the cue speaks."""
    text = "“Great cook, really great cook this fellow,” Marsh, the judge, said."
    [quote] = quotes_in(text)
    assert view(text, quote)[:3] == (
        "Marsh, the judge,", "said", ["“Great cook, really great cook this fellow,”"])


@pytest.mark.parametrize("text, cue, content", [
    ("When asked about the closure of the plant, the mayor changed the subject.", "asked about",
     "the closure of the plant"),
    ("The governor was asked about the budget shortfall during a radio interview on Tuesday.", "was asked about",
     "the budget shortfall"),
])
def test_being_asked_about_names_no_asker(quotes_in, view, text, cue, content):
    """Whoever is asked, in a full or a reduced passive, is not the source; "when" stays out of the cue."""
    [quote] = quotes_in(text)
    assert view(text, quote)[:3] == (None, cue, [content])


def test_a_surname_read_as_an_adverb_is_the_source(quotes_in, view):
    """"Early says" where the parser takes the name for the adverb "early"."""
    text = ("Chris Early, a vice president at Ubisoft, was at the launch. While the lineup is light, Early "
            "says there is a chance that future games could launch on the platform.")
    quote = [q for q in quotes_in(text) if q.cue is not None and view(text, q)[1] == "says"][0]
    assert (view(text, quote)[0], quote.speaker) == ("Early", "Chris Early")


def test_a_surname_read_as_an_adverb_before_other_adverbs_is_the_speaker(quotes_in, view):
    """"but Early still says": the tagger reads the surname as an adverb; it is the cue's own subject, not
    the subject of the clause the cue is coordinated with."""
    text = ("Chris Early is the head of partnerships at Ubisoft. In Paris, cost is less of a worry, but "
            "Early still says Ubisoft are \"firm backers\" of cloud gaming.")
    assert [view(text, q)[2:] for q in quotes_in(text)] == [
        (['Ubisoft are "firm backers" of cloud gaming'], "Chris Early", "indirect"),
        (['"firm backers"'], "Chris Early", "direct")]


def test_a_speech_tag_the_parser_read_as_a_reduced_relative_clause(quotes_in, view):
    """"“…,” the patient described in the case report": after a quotation closing on a comma the
    participle is the tag's verb, and the noun before it the source (not "the patient described")."""
    text = ('The woman went back to the clinic. "Walking to the shop took half an hour as I could only '
            'walk a few steps before I had to sit down and catch my breath," the patient described in the case '
            'report.')
    [quote] = quotes_in(text)
    assert view(text, quote)[:2] == ("the patient", "described")
    assert quote.kind == "direct" and quote.speaker is None


def test_a_verb_of_saying_before_in_a_study_is_the_cue(quotes_in, view):
    """"wrote in the case study" says where the words appeared; the study is not a finding that the
    writing is attributed to."""
    text = ('She is now fully healed, Dempsey said.\n\n"It doesn\'t hurt at all now and I can walk '
            'to work again," the patient wrote in the case study.')
    assert [view(text, q)[:2] for q in quotes_in(text)] == [("Dempsey", "said"), ("the patient", "wrote")]


def test_a_participle_hung_on_a_reported_clause_is_the_reporters(quotes_in, view):
    """"Taylor said Novavax isn't thinking …, saying they “…”": the parser hangs "saying" on the reported
    clause; the one saying is Taylor, who speaks, not Novavax, which Taylor talks about."""
    text = ("Silvia Taylor is the company's marketing chief. Taylor said Novavax isn’t planning much beyond "
            "the first launch, saying they “only care about getting these ads and our vaccine to "
            "people everywhere.”")
    assert [(view(text, q)[0], q.speaker) for q in quotes_in(text)] == [
        ("Taylor", "Silvia Taylor"), ("Taylor", "Silvia Taylor")]


def test_a_subject_the_parser_split_after_the_verb_is_headed_by_its_last_word(quotes_in, view):
    """"study co-author Lena Brandt" parsed as two subjects of "says", "co" and "Brandt": the phrase is the
    name's, not "study co"."""
    text = ("“It (the error) matters a great deal. You’re simply leaving out half of people,” says study co-author "
            "Lena Brandt, a physiologist at Leiden University.")
    [quote] = quotes_in(text)
    assert quote.speaker == "Lena Brandt"
    assert view(text, quote)[0].startswith("author Lena Brandt")


def test_a_phrase_of_the_verb_ends_a_subject_split_after_it(quotes_in, view):
    """"wrote economist Clara Hollis in her book Displaced": the parser made the book's title a second
    subject; "in her book" hangs on the verb, so the title is no piece of the speaker's name."""
    text = ("Rent aid has run out for most of those who need it. “Most families who were eligible for help "
            "got none at all,” wrote economist Clara Hollis in her book Displaced: "
            "Housing and Debt in the Modern City.")
    [quote] = quotes_in(text)
    assert (view(text, quote)[0], quote.speaker) == ("economist Clara Hollis", "Clara Hollis")


def test_quoted_words_parsed_as_a_subject_of_the_tag_after_them_give_way_to_its_own(quotes_in, view):
    """The parser made "stories", inside the quotation, a subject of "says" beside "she": the subject the
    closing quote mark does not cut off from the verb is the source."""
    text = ("Nadia Price, Leo's mother, is a retired nurse.\n\nFor her, the book's wording points to "
            "a wider problem of fairness. \"[The workers'] stories, their homes, their hands — they weren't "
            "worth enough to name what happened,\" she says.")
    [quote] = quotes_in(text)
    assert (view(text, quote)[0], quote.speaker) == ("she", "Nadia Price")


def test_a_names_own_apostrophe_does_not_cut_it_off_from_its_verb(resolved_in):
    """"Pieter de Graaf of the Netherlands’ Saxion University … writes": the apostrophe inside the subject's
    phrase is no closing quote mark, so the first subject stays the source (the report opening on the quotation
    shows it only as a candidate: ``sources.reported``)."""
    text = ("“These results may matter\" for updating the rules, Pieter de Graaf of the Netherlands’ "
            "Saxion University of Applied Sciences writes in a commentary.")
    assert {q.speaker for q in resolved_in(text)} == {"Pieter de Graaf"}


def test_a_subject_split_at_its_hyphen_before_the_verb_is_headed_by_its_last_piece(quotes_in, view):
    """"Mateen's ex-wife, Sitora Yusifiy, addressed" parsed as three subjects, "ex", "-" and "wife": the
    phrase is the last piece's, whose apposition names the speaker, not "Mateen's ex"."""
    text = ("Mateen's ex-wife, Sitora Yusifiy, spoke to reporters in Denver, saying her former husband "
            "had a violent temper and \"would lose control for no reason.\"")
    quote = quotes_in(text)[-1]
    assert (view(text, quote)[0], quote.speaker) == ("wife, Sitora Yusifiy,", "Sitora Yusifiy")


def test_a_direct_quote_of_a_body_named_nowhere_else_is_doubted(quotes_in):
    """Quoted words given to a body the article names once are shown as unknown (here a magazine that saw the
    letter, not its owner, is no speaker at all); a body the article names again keeps its speaker, and a report
    in the writer's words keeps the body named once."""
    text = ("The letter, which was seen by Variety, claimed that the studio and the singer had “reached "
            "a deal on the rights.” Big Machine said on Friday that the claims were false. Big Machine "
            "called them “shocking and false.”")
    direct = [(q.speaker, q.speaker_candidate, q.speaker_evidence) for q in quotes_in(text) if q.kind == "direct"]
    assert direct == [(None, None, None), ("Big Machine", None, "untagged name")]
    once = "Big Machine said on Friday that the claims were false."
    assert [q.speaker for q in quotes_in(once)] == ["Big Machine"]


def test_a_direct_quote_of_one_word_is_doubted(quotes_in):
    text = "“Terrifying,” Lacy McKinney said of the night. McKinney said the night was “long and loud.”"
    direct = [(q.speaker, q.speaker_candidate, q.speaker_evidence) for q in quotes_in(text) if q.kind == "direct"]
    assert direct == [(None, "McKinney", "one word quoted"), ("McKinney", None, "one name")]


def test_a_subject_the_parser_split_before_the_verb_is_headed_by_its_last_piece(quotes_in, view):
    """"Nutritionist and Fitness Educator" and "Karishma Mehta" are one phrase the parser made two subjects."""
    text = ("Nutritionist and Fitness Educator Karishma Mehta says:\n\n"
            "“I think we should look after our health every day because nothing matters more!”")
    [quote] = quotes_in(text)
    assert view(text, quote)[0] == "Karishma Mehta"
    assert quote.speaker == "Karishma Mehta"


@pytest.mark.parametrize("text, doubted", [
    ("For example, Gartner says Oracle is best for the \"big enterprise\" buyer.", True),
    ("Acme has said that a ‘perfect storm’ of debt looms as nearly half of shops are unready.", True),
    ("Scott said on Thursday that he wanted “quick answers” for those who were hurt.", False),
    # the noun's article and adjective stand outside the marks
    ("The Haitians claim that weeks have gone by without Mexican officers calling any names from an "
     "unofficial “waiting list,” and yet others were let in.", True),
    # the quoted words name the kind of the noun after the marks
    ("Escalante said the White House’s “zero tolerance” rules had broken up families.", True),
    # the name "of" gives a noun
    ("David Eisenhower spoke on Monday. He said the senator has pushed the slogan of \"jobs first\" to "
     "lead the race.", True),
    # an adjective judging the noun after the marks is the speaker's word, as is what a possessive owns
    ("Solberg admitted she was worried about the “very grave” findings.", False),
    ("Lewis Ward, research director at IDC, sees the console's catalogue as its \"weak spot.\" The games are "
     "few.", False),
    # what a copula says its subject is: the speaker's verdict, whether the parser hangs it on the copula's
    # first predicate or on the copula itself
    ("Mayor Tilda Brannock said the new ferry was a “great relief” for the valley.", False),
    ("Brannock said the tolls are unfair and a “grave mistake” for Ostervale.", False),
    ("Warden Ilse Marrow said that the ford is the “second best crossing” in dry weeks.", False),
    # what the report's own cue calls its object
    ("In a note from the palace, Queen Orla hailed the verdict as a “famous win” for the valley.", False),
    ("Senator Ada Vell called Brannock a \"bitter, tired man\" who should be ignored.", False),
])
def test_a_short_quoted_term_of_the_writers_noun_phrase_is_doubted(quotes_in, text, doubted):
    """The writer's words outside the marks making the quoted words a term of their noun phrase (an article,
    a modifier, the noun after them, "of") leave the speaker as a candidate below the line."""
    [direct] = [q for q in quotes_in(text) if q.kind == "direct"]
    assert (direct.speaker is None, direct.speaker_evidence == "term quoted") == (doubted, doubted)


def test_a_title_set_off_by_a_comma_after_the_name_does_not_head_the_source(quotes_in):
    text = ("Rina Desai, Certified Wellness Coach and Life Coach says:\n\n"
            "“If we keep one lesson from this World Health Day, it is that rest is part of "
            "health.”")
    [quote] = quotes_in(text)
    assert quote.speaker == "Rina Desai"


def test_quoted_words_of_a_class_less_sure_on_them_are_kept_below_the_line(quotes_in):
    """"the mayor said" fitted to the mayor who spoke before: her report in the writer's words is shown, her
    quoted words only as a candidate (``speakers.QUOTED_CONFIDENCE``: such direct quotes right 0 of 2 audited)."""
    text = ("Valencia’s mayor, Rosa Vidal, said the cause was still unknown. The mayor said the city would help. "
            "“We will see,” the mayor said.")
    found = [(q.kind, q.speaker, q.speaker_candidate, q.speaker_evidence) for q in quotes_in(text)]
    assert found[1:] == [("indirect", "Rosa Vidal", None, "role of a source"),
                         ("direct", None, "Rosa Vidal", "role of a source")]


@pytest.mark.parametrize("text, doubt, candidate", [
    ("Most Americans say that civility in American politics is a problem.", "group reported", "Americans"),
    ("Republicans said they want firm proof before they look into the claims.", "group reported",
     "Republicans"),
    ("Democrats on the city council argued that the budget would leave the parks unfunded.", "group reported",
     "Democrats"),
    ("The Labour council members argued that the new contract cut their pensions.", "group reported",
     "Labour council members"),
    ("“There are maybe ten good angles” for filming in the town, says Rob Parker, the studio’s chief.",
     "quotation reported", "Rob Parker"),
    ("Jeremy Rutledge leads the church. People, he says, “simply needed to come” that night.",
     "quotation reported", "Jeremy Rutledge"),
    ("Flynn’s lawyer said that Flynn would refuse the summons from the House oversight panel.",
     "person described reported", "Flynn’s lawyer"),
    ("Morrow’s announcement said he plans to stay on the bench until the end of the year.", "thing owned reported",
     "Morrow’s announcement"),
    ("Pastor Jeremy Rutledge echoed that deep sense of loss.", "fragment reported", "Jeremy Rutledge"),
    ("CNN reports the U.S. Central Command confirmed a U.S. sailor and two civilian contractors working for "
     "the Navy were killed in the raid.", "report relayed", "CNN"),
    ("Moore denied dating Cotham earlier that spring, according to The Assembly.", "report relayed",
     "Assembly"),
    ("The Ostervale Ledger reported that Mayor Tilda Brannock called the new parking fee a tax on shoppers.",
     "report relayed", "Ostervale Ledger"),
    ("The Quarry Herald also reported a two-year-old claim by a rebel commander that Ostrander was not just a "
     "smuggler but also a spy.", "report relayed", "Quarry Herald"),
])
def test_a_report_of_a_group_or_of_a_quotation_keeps_its_speaker_below_the_line(quotes_in, text, doubt, candidate):
    """A source describing a group, or content opening on a quotation, is seldom a report's right speaker; nor is a
    role with no name, content with no verb, or another's report an outlet relays (``sources._reported_doubt``).
    A question asked and a denial of saying are no speech at all (``cues._is_unasserted``)."""
    [report] = [q for q in quotes_in(text) if q.kind == "indirect"]
    assert (report.speaker, report.speaker_candidate, report.speaker_evidence) == (None, candidate, doubt)


@pytest.mark.parametrize("text, speaker", [
    ("According to Pew, nearly two-thirds of Baptists say gambling should be discouraged by the state.", "Pew"),
    ("Reuters reported the group claimed the bombing late Monday through its own news channel.",
     "Reuters"),
    ("The Quarry Herald reported a claim by the harbour board, which met on Monday.", "Quarry Herald"),
])
def test_an_outlet_relaying_a_poll_or_an_act_keeps_its_speaker(quotes_in, text, speaker):
    """A poll's share of a group saying, or an act with a noun object, is the outlet's own report."""
    [report] = [q for q in quotes_in(text) if q.kind == "indirect"]
    assert report.speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    ("The Giants said that the deal was done before the season opened.", "Giants"),
    ("Israeli police said that the man was arrested near the border.", "Israeli police"),
    ("Kohberger’s defense team argued that the DNA evidence was flawed.", "Kohberger’s defense team"),
    ("The leaders of the Senate budget committee said the agency had failed to account for the money.",
     "leaders of the Senate budget committee"),
])
def test_people_speaking_for_a_body_or_an_owner_keep_their_speaker(quotes_in, text, speaker):
    """A team's plural name, a collective noun of a body, or the leaders of a named body speak for that body
    (``sources._describes_several``), as people owned by a name speak for their owner (``sources._owned_thing``);
    an owned description's report keeps it as the candidate below the line (``speakers.REPORTED_CONFIDENCE``)."""
    [report] = [q for q in quotes_in(text) if q.kind == "indirect"]
    assert (report.speaker or report.speaker_candidate) == speaker


def test_a_clause_set_apart_before_its_cue_by_a_semicolon_keeps_its_speaker_below_the_line(quotes_in):
    """The writer's clause before a semicolon is no report of the cue after it, whatever the parser hung there
    (``sources._set_apart``)."""
    text = ("The combined Tribune and McClatchy may not break from that pattern; Reed has said that he hopes to "
            "squeeze as much as $200 million in cuts out of the deal.")
    set_apart = [(text[s:e], q.speaker, q.speaker_candidate) for q in quotes_in(text)
                 for s, e in q.content if q.speaker_evidence == "clause set apart"]
    assert set_apart == [("The combined Tribune and McClatchy may not break from that pattern", None, "Reed")]


@pytest.mark.parametrize("text, speaker", [
    ("Mike Pompeo said that such a meeting could bring the result “the region and its people badly want.”",
     "Mike Pompeo"),
    ("Sanjiv Gambhir leads the lab. One day, Gambhir said, the device could be used in any doctor's office.",
     "Sanjiv Gambhir"),
])
def test_a_report_quoting_a_phrase_after_its_tag_or_split_by_it_unquoted_keeps_its_speaker(quotes_in, text, speaker):
    [report] = [q for q in quotes_in(text) if q.kind == "indirect"]
    assert report.speaker == speaker


@pytest.mark.parametrize(("intro", "speaker"), [
    ("Trump answered Cruz's charges in a written statement late on Friday:", "Trump"),
    ("John Smith told reporters on Tuesday:", "John Smith"),
])
def test_a_quotation_set_below_a_sentence_ending_on_a_colon_takes_its_speaker(quotes_in, intro, speaker):
    """A paragraph of quoted words with no tag of its own, under a sentence that introduces it with a colon,
    goes on from that sentence's attribution (``_continued_referent``), a little less surely than the tag."""
    text = (f"Cohen claimed Carpenter had been seeing Cruz.\n\n{intro}\n\n“I cannot say whether the "
            "magazine's story is right, but I played no part in it at all.”")
    direct = [q for q in quotes_in(text) if q.kind == "direct"]
    assert [(q.cue, q.speaker) for q in direct] == [(None, speaker)]
    assert (direct[0].speaker_confidence or 0.0) < 0.9


@pytest.mark.parametrize(("intro", "speaker"), [
    ("During the heated interview, host Dana Whitfield fretted:", "Dana Whitfield"),
    ("The Maine Democratic Party issued a short statement after the hearing:", "Maine Democratic Party"),
    ("A senior committee aide put the odds bluntly in an email to reporters:", None),
])
def test_a_quotation_a_colon_introduces_is_the_lead_ins_subjects_not_the_last_speakers(resolved_in, intro, speaker):
    """A lead-in whose verb is no verb of saying still names whose words its colon introduces: the quotation
    under it is not the previous speaker's going on (``_lead_in_subject``); an unnamed subject leaves it
    unknown."""
    text = (f"Governor Paul Hendry insisted on Monday that the budget would pass.\n\n{intro}\n\n"
            "“There could hardly be a worse time to hand the agency over to a politician.”")
    [quote] = [q for q in resolved_in(text) if q.kind == "direct"]
    assert (quote.cue, quote.speaker, quote.speaker_candidate) == (None, speaker, None)


def _parsed(nlp, rows, ents):
    """A Doc with the parse given word by word as (word, space after, head index, dep, tag, pos): how the
    small model parses some real attributions, which invented sentences do not reproduce."""
    words, spaces, heads, deps, tags, pos = zip(*rows)
    return Doc(nlp.vocab, words=list(words), spaces=list(spaces), heads=list(heads), deps=list(deps),
               tags=list(tags), pos=list(pos), lemmas=[w.lower() for w in words], ents=ents)


def test_a_company_after_the_comma_of_an_apposition_is_no_piece_of_the_name(nlp):
    # "“Fine,” adds Jo Brandt, Sales Director of Vell Care Nordic.": the company's last word parsed as a subject
    rows = [("“", False, 1, "punct", "``", "PUNCT"), ("Fine", False, 4, "ccomp", "JJ", "ADJ"),
            (",", False, 1, "punct", ",", "PUNCT"), ("”", True, 1, "punct", "''", "PUNCT"),
            ("adds", True, 4, "ROOT", "VBZ", "VERB"), ("Jo", True, 6, "compound", "NNP", "PROPN"),
            ("Brandt", False, 4, "nsubj", "NNP", "PROPN"), (",", True, 6, "punct", ",", "PUNCT"),
            ("Sales", True, 9, "compound", "NNP", "PROPN"), ("Director", True, 6, "appos", "NNP", "PROPN"),
            ("of", True, 9, "prep", "IN", "ADP"), ("Vell", True, 10, "pobj", "NNP", "PROPN"),
            ("Care", True, 13, "compound", "NNP", "PROPN"), ("Nordic", False, 4, "nsubj", "NNP", "PROPN"),
            (".", False, 4, "punct", ".", "PUNCT")]
    ents = ["O"] * 5 + ["B-PERSON", "I-PERSON"] + ["O"] * 4 + ["B-ORG", "I-ORG", "I-ORG", "O"]
    source = source_of(_parsed(nlp, rows, ents)[4])
    assert source is not None and source.root.text == "Brandt"


@pytest.mark.parametrize("between, speaker, candidate, evidence", [
    ("", None, "Kestrel Dynamics", "body of its kind"),
    ("Farmers in the valley have waited years for cheaper surveys, and many of them still hire pilots.\n\n",
     None, "Kestrel Dynamics", "body named far back"),
], ids=["next-paragraph", "two-paragraphs-on"])
def test_a_report_of_a_body_described_far_from_its_name_keeps_its_speaker_below_the_line(
        quotes_in, between, speaker, candidate, evidence):
    """"The company" two paragraphs or more after the one body the tagger named more often stands for a body named
    since under a name it missed (``sources._named_far_back``); in the next paragraph it goes on with that body, a
    candidate below the line too, as a report's body of its kind was measured (``speakers.REPORTED_CONFIDENCE``)."""
    text = ("Kestrel Dynamics unveiled a drone for farm surveys on Tuesday.\n\n" + between
            + "The drone can map a field of wheat in ten minutes, the company said.")
    [report] = quotes_in(text)
    assert (report.speaker, report.speaker_candidate, report.speaker_evidence) == (speaker, candidate, evidence)


def test_a_relative_clause_set_off_before_the_cue_is_climbed_to_its_name(nlp):
    # "“…,” Sen. Ada Brannock of Norland, who sits with the Greens, told reporters.": the name parsed as the
    # quoted verb's object and the relative clause after it hung on the name; the cue has no subject
    rows = [("“", False, 2, "punct", "``", "PUNCT"), ("I", True, 2, "nsubj", "PRP", "PRON"),
            ("trust", True, 21, "ccomp", "VBP", "VERB"), ("Quill", True, 5, "nsubj", "NNP", "PROPN"),
            ("will", True, 5, "aux", "MD", "AUX"), ("follow", True, 2, "ccomp", "VB", "VERB"),
            ("through", False, 5, "advmod", "RB", "ADV"), (",", False, 5, "punct", ",", "PUNCT"),
            ("”", True, 5, "punct", "''", "PUNCT"), ("Sen.", True, 11, "compound", "NNP", "PROPN"),
            ("Ada", True, 11, "compound", "NNP", "PROPN"), ("Brannock", True, 5, "dobj", "NNP", "PROPN"),
            ("of", True, 11, "prep", "IN", "ADP"), ("Norland", False, 12, "pobj", "NNP", "PROPN"),
            (",", True, 11, "punct", ",", "PUNCT"), ("who", True, 16, "nsubj", "WP", "PRON"),
            ("sits", True, 11, "relcl", "VBZ", "VERB"), ("with", True, 16, "prep", "IN", "ADP"),
            ("the", True, 19, "det", "DT", "DET"), ("Greens", False, 17, "pobj", "NNPS", "PROPN"),
            (",", True, 21, "punct", ",", "PUNCT"), ("told", True, 21, "ROOT", "VBD", "VERB"),
            ("reporters", False, 21, "dobj", "NNS", "NOUN"), (".", False, 21, "punct", ".", "PUNCT")]
    ents = ["O"] * 3 + ["B-PERSON"] + ["O"] * 6 + ["B-PERSON", "I-PERSON", "O", "B-GPE"] + ["O"] * 5 + ["B-ORG"] \
        + ["O"] * 4
    source = stranded_subject(_parsed(nlp, rows, ents)[21])
    assert source is not None and source.text == "Sen. Ada Brannock of Norland, who sits with the Greens,"


@pytest.mark.parametrize("text", [
    "Kestrel Dynamics will build a drone plant in Marlow next year, the Ohio-based company said on Tuesday.",
    "Kestrel Dynamics, which hired Brindle Labs last year, will open a plant in Marlow, the company said.",
], ids=["described-in-passing", "another-body-between"])
def test_a_report_of_a_body_described_in_the_sentence_naming_it_shows_its_speaker(quotes_in, text):
    """"The company" closing the sentence that named the body stands for that body, even past another name in
    a clause between (``sources._body_named_in_sentence``): shown at the class's own confidence, where the report
    of a body named in an earlier sentence stays a candidate below the line."""
    [report] = quotes_in(text)
    assert (report.speaker, report.speaker_evidence) == ("Kestrel Dynamics", "body named in sentence")
    assert report.speaker_confidence == 0.6
