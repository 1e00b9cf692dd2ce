"""Partial quotes: words quoted inside an attribution's reported clause are a direct quote of the same
speaker, and the clause stays indirect with its spans unchanged."""

from __future__ import annotations

import pytest

from dateline.extract.quotes import attributions


def test_quoted_words_inside_indirect_speech_are_a_direct_quote_of_its_speaker(quotes_in, view):
    text = "Finance Minister Ana Ruiz on Monday admitted she was worried about the “very serious” losses at the port."
    quotes = quotes_in(text)
    assert [view(text, q) for q in quotes] == [
        ("Finance Minister Ana Ruiz", "admitted", ["she was worried about the “very serious” losses at the port"],
         "Ana Ruiz", "indirect"),
        ("Finance Minister Ana Ruiz", "admitted", ["“very serious”"], "Ana Ruiz", "direct"),
    ]
    assert attributions(quotes) == quotes[:1]  # counted once where each attribution counts once


def test_a_stance_that_quotes_words_still_yields_their_direct_quote(quotes_in, view):
    text = ('Lena Holm, director of the research firm Kestrel, compared the scheme to "a house of cards that '
            'will fall at the first gust".')
    quotes = quotes_in(text)
    direct = [view(text, q) for q in quotes if q.kind == "direct"]
    assert direct == [("Lena Holm, director of the research firm Kestrel,", "compared",
                       ['"a house of cards that will fall at the first gust"'], "Lena Holm", "direct")]
    assert quotes[1].speech and not quotes[0].speech


def test_a_stances_object_ending_inside_a_quotation_runs_on_to_its_closing_mark(quotes_in, view):
    """The parser hangs the quotation's "while …" on the cue, cutting the object at the comma inside the marks;
    the content runs on to the closing mark, so the quoted words are drawn out whole as the speaker's."""
    text = ("Lena Ortiz on Sunday accused the council of “wasting the money of every family in the city, while "
            "at the same time raising its own pay.”")
    direct = [view(text, q) for q in quotes_in(text) if q.kind == "direct"]
    assert direct == [("Lena Ortiz", "accused", ["“wasting the money of every family in the city, while at the same "
                                                 "time raising its own pay.”"], "Lena Ortiz", "direct")]


def test_a_whole_quotation_is_one_direct_quote(quotes_in, view):
    text = "“We will rebuild the bridge by spring,” the mayor, Tom Berg, said."
    assert [view(text, q)[4] for q in quotes_in(text)] == ["direct"]


def test_a_quoted_title_inside_reported_speech_is_no_quote(quotes_in):
    text = "Ann Lee said the film “Out There” had moved her more than any other this year."
    assert [q.kind for q in quotes_in(text)] == ["indirect"]


def test_a_stance_yields_only_the_quoted_verdict_it_ends_on(quotes_in):
    text = "An X-ray of her hip showed a “hairline” crack in the bone."
    assert [q.kind for q in quotes_in(text)] == ["indirect"]


def test_a_lead_in_set_off_before_the_quotation_leaves_it_one_direct_quote(resolved_in, view):
    """"That being said, “…,” he said": the writer's words only set the scene, so the attribution is the
    quotation, one direct quote, not indirect speech with a partial quote drawn out of it."""
    text = ('Dr. Owen Dempsey treated the man. With that in mind, "people who keep birds at home '
            'need not worry or give them away," he said.')
    quotes = resolved_in(text)
    assert [view(text, q)[2:] for q in quotes] == [
        (['With that in mind, "people who keep birds at home need not worry or give them '
          'away,"'], "Owen Dempsey", "direct")]


@pytest.mark.parametrize("text, content", [
    ('Team head Jennifer Ngo-Anh says the plan "is really not that wild."', 'the plan "is really not that wild."'),
    ('Trump said Tuesday that the two sides "have my support to talk about a lasting peace."',
     'that the two sides "have my support to talk about a lasting peace."'),
])
def test_a_quotation_after_a_few_words_with_no_verb_of_their_own_is_one_direct_quote(quotes_in, view, text,
                                                                                      content):
    """The writer's words only name what the quotation is about; the predicate is in the speaker's words, so
    the report is the quotation (issue 13: the real-news gold holds the direct quote only)."""
    assert [view(text, q)[2:] for q in quotes_in(text)][0][0] == [content]
    assert [q.kind for q in quotes_in(text)] == ["direct"]


def test_words_with_a_predicate_of_their_own_before_a_quotation_stay_indirect(quotes_in):
    """"Google's servers can “deliver…”": the writer reports something beside the quoted words."""
    text = 'Buser said that Google\'s servers can "send sharp, smooth pictures to every corner of the map."'
    assert [q.kind for q in quotes_in(text)] == ["indirect", "direct"]


def test_a_report_before_another_sentences_colon_stays_indirect(quotes_in):
    """Content run on into the next sentence's "He added: “…”" holds a report of its own before the colon."""
    text = ("The official said the pressure will not ease because they have been released. He added: “This will "
            "not change the mission.”")
    assert [q.kind for q in quotes_in(text)] == ["indirect", "direct"]


@pytest.mark.parametrize("text", [
    'Finding the cause was "a bit like a puzzle," Dempsey said.',
    'Three clinic visits failed to explain the pain, which was "deeply upsetting," wrote Taylor.',
])
def test_a_speech_tag_right_after_the_quoted_words_makes_one_direct_quote(quotes_in, text):
    """The tag reports the words it follows; the writer's words before them lead in (issue 13: the
    real-news gold holds the direct quote only)."""
    assert [q.kind for q in quotes_in(text)] == ["direct"]


def test_quoted_words_before_according_to_stay_inside_the_report(quotes_in):
    """"According to" after a sentence attributes all of it, quoted words and the writer's own."""
    text = 'She was found to have "parrot fever," according to a new case report.'
    assert [q.kind for q in quotes_in(text)] == ["indirect", "direct"]


def test_words_quoted_in_what_someone_knows_are_not_their_speech(quotes_in):
    """A scare quote inside a verb of thought ("knows they are trying to ‘get Trump’ by…") quotes no one
    the holder heard: no direct quote is drawn out of it."""
    text = "Judge Ellis knows the prosecutors hope to ‘flip Gates’ by pressing his partner."
    assert [q.kind for q in quotes_in(text)] == ["indirect"]


@pytest.mark.parametrize("text, quoted, speaker", [
    ("Coach Mira Dolan thinks her team played “a near perfect second half” against the visitors on Friday.",
     "“a near perfect second half”", "Mira Dolan"),
    ("Councillor Piet Grauwels believes the new ferry line is “money thrown into the harbour” by the town.",
     "“money thrown into the harbour”", "Piet Grauwels"),
])
def test_words_quoted_in_a_persons_opinion_are_their_direct_quote(quotes_in, text, quoted, speaker):
    """What someone thinks or believes is a view they stated: quoted words anywhere in it are theirs, as in a
    verb of saying's clause, not only the verdict it ends on."""
    direct = [q for q in quotes_in(text) if q.kind == "direct"]
    assert [([text[s:e] for s, e in q.content], q.speaker) for q in direct] == [([quoted], speaker)]


def test_words_quoted_in_the_clause_of_a_claim_are_a_direct_quote(quotes_in, view):
    """A noun of a statement with its clause ("the claim that …") reports what was stated: words quoted in
    the clause are the claimant's, not only a verdict the clause ends on."""
    text = ("Mayor Lotte Brandt's claim that the old pier was “perfectly safe for crowds” in any weather angered "
            "the divers' club.")
    direct = [view(text, q) for q in quotes_in(text) if q.kind == "direct"]
    assert [(cue, content, speaker) for _, cue, content, speaker, _ in direct] == [
        ("claim", ["“perfectly safe for crowds”"], "Lotte Brandt")]


def test_a_verdict_of_a_holder_no_speaker_was_resolved_from_is_still_a_direct_quote(quotes_in, view):
    """A stance's verdict ("dismissed X as “…”") is its holder's words whoever they are: where no speaker
    is resolved from the holder's noun phrase, the quotation is drawn out all the same, its speaker unknown."""
    text = ("The league's lawyers have dismissed the players' demand as “greedy and unserious,” saying talks "
            "would go on.")
    direct = [view(text, q) for q in quotes_in(text) if q.kind == "direct"]
    assert [(content, speaker) for _, _, content, speaker, _ in direct] == [(["“greedy and unserious,”"], None)]


@pytest.mark.parametrize("text", [
    # the writer addresses the reader, whose words these are not
    "You can add “a cat on a ladder” to the list of odd sights in the town.",
    # a lone quoted word in what someone believes is as often the writer's name for a thing as their word
    "Dr. Ivo Market believes the gut cells “listen” for signs of trouble all through the night.",
])
def test_words_quoted_in_a_report_as_no_ones_speech_stay_inside_it(quotes_in, text):
    """Quoted words an unresolved pronoun's stance holds, and a lone word quoted in an opinion, are the
    writer's: no direct quote is drawn out of the report."""
    assert [q.kind for q in quotes_in(text)] == ["indirect"]


def test_a_possessive_apostrophe_makes_no_quote(quotes_in):
    """"As Us Weekly reported, both actors’ parents want…": the apostrophe is no quote mark, the
    attribution is indirect."""
    text = "As Us Weekly reported in May, both actors’ parents want the couple to try again."
    assert [q.kind for q in quotes_in(text)] == ["indirect"]


def test_words_a_cue_inside_a_stance_introduces_are_its_speakers(resolved_in):
    """"a boy was seen taunting Marco, who tried to end it by saying: “Leave it, friend.”": the
    stance reports no speech of its own, but "saying:" inside it voices the quotation, Marco's."""
    text = ("Marco Bellini was attacked at a bus stop on Sunday. Just before the fight, a 16-year-old was seen "
            "taunting Marco, who tried to end it by saying: \"Leave it, friend.\"")
    direct = [q for q in resolved_in(text) if q.kind == "direct"]
    assert [(q.content, q.speaker) for q in direct] == [(((text.index('"Leave'), len(text)),), "Marco Bellini")]


def test_words_quoted_in_another_clause_are_no_verdict_of_the_stance(quotes_in):
    """The verdict a stance ends on is in its own clause: after ", as he tries to quell" the quoted words
    are someone else's (the paper the writer quotes), not the stance holder's."""
    text = ("The prime minister is weighing the sacking of her defence chief, as she tries to end ‘the worst "
            "cabinet revolt of her time in office’.")
    assert [q.kind for q in quotes_in(text) if q.kind == "direct"] == []


def test_a_quotation_with_a_few_words_of_place_after_it_is_one_direct_quote(quotes_in, view):
    """The writer's "off the coast" frames the quotation rather than reporting beside it: counted once, as a
    direct quote."""
    text = ("“We are here to practise rescues, not to provoke anyone” off the coast, Australian drill commander "
            "Colonel Fiona Hart told reporters.")
    assert [view(text, q)[4] for q in quotes_in(text)] == ["direct"]


def test_a_report_with_a_verb_of_its_own_beside_its_quotation_stays_indirect(quotes_in):
    text = 'The county report said Floyd died of "asphyxiation from sustained pressure."'
    assert [q.kind for q in quotes_in(text)] == ["indirect", "direct"]


def test_a_report_of_nothing_but_quoted_words_is_a_direct_quote(quotes_in, view):
    """The quotation goes on from the paragraph before, where another cue took it up; the speech tag after
    its second paragraph still reports quoted words only."""
    text = ('He told his viewers that the shift is "as big as any I have watched in my whole life.'
            '\n\n"I have read enough of the past to say: This time is not like the others," Obama said.')
    said = [view(text, q) for q in quotes_in(text) if view(text, q)[1] == "said"]
    assert said == [("Obama", "said", ['"I have read enough of the past to say: This time is not like the '
                                       'others,"'], "Obama", "direct")]


@pytest.mark.parametrize("text, quoted", [
    # what is named is the writer's pointer, the quoted name the report
    ("Police called it a “planned ambush,” saying the driver had sent threats to the clinic.",
     ["it a “planned ambush,”"]),
    ("Ben Crump, an attorney for the Reyes family, called it “a painful day” and “a real step forward "
     "for the family.”",
     ["it “a painful day” and “a real step forward for the family.”"]),
    # a participle in what is named, or a word the parser misreads as a verb, is no clause of the writer's
    ("Governor Ann Miller called the protests unleashed by his death “dramatic and necessary.”",
     ["the protests unleashed by his death “dramatic and necessary.”"]),
    ("Mayor Daniel Ortiz called such street racing a “public menace” and said he would ask for more patrols.",
     ["such street racing a “public menace”"]),
])
def test_a_quoted_name_a_naming_verb_gives_is_one_direct_quote(quotes_in, view, text, quoted):
    called = [view(text, q)[2:] for q in quotes_in(text) if view(text, q)[1] == "called"]
    assert [(content, kind) for content, _, kind in called] == [(quoted, "direct")]


@pytest.mark.parametrize("text, quoted", [
    # the parser reads the object as a modifier of the quoted name, or the name as a second object
    ("In reply, campaign adviser Mara Quinn called genetic testing “voodoo science.”",
     ["genetic testing “voodoo science.”"]),
    ("After calling Hale a “spineless liar,” Mr. Ortiz told reporters he would run.",
     ["Hale a “spineless liar,”"]),
])
def test_a_quoted_name_the_parser_misreads_is_still_the_naming_verbs_direct_quote(quotes_in, view, text, quoted):
    called = [view(text, q)[2:] for q in quotes_in(text) if view(text, q)[1] in ("called", "calling")]
    assert [(content, kind) for content, _, kind in called] == [(quoted, "direct")]


def test_an_unquoted_name_the_parser_misreads_quotes_no_one(quotes_in):
    text = "In reply, campaign adviser Mara Quinn called genetic testing voodoo science."
    assert [q.kind for q in quotes_in(text) if q.kind == "direct"] == []


def test_a_name_in_single_marks_nested_in_mistyped_speech_is_no_naming_verbs_quote(quotes_in, view):
    """The tweet's outer marks are mistyped, so "called" is read as the writer's; the single marks show the
    name is nested in the tweet's own words."""
    text = "\"I never called Ann Hale 'weak,' Trump tweeted. \"Invented by the Fake News!\""
    assert "called" not in [view(text, q)[1] for q in quotes_in(text)]


def test_a_predicate_quoted_amid_a_persons_stance_is_their_direct_quote(quotes_in, view):
    """A verb phrase in quotation marks is a piece of what was said wherever the stance quotes it, not only at
    its end (The New York Times and Fox News, dev10); a noun phrase amid it stays the writer's term."""
    text = ("After vowing to “spill the beans” about Mr. Cruz’s past, Mr. Trump shared a post. "
            "In welcoming Abe to the “southern White House” in Florida, Trump smiled.")
    assert [view(text, q)[2] for q in quotes_in(text) if q.kind == "direct"] == [["“spill the beans”"]]


def test_what_a_stance_casts_its_object_as_is_its_holders_direct_quote_wherever_it_stands(quotes_in, view):
    """"blasted the plan as “…” that …": the quoted as-complement is the stance's verdict though the clause
    goes on after it, a body’s as well as a person’s (NPR, dev2; HuffPost, dev13); a term quoted in
    passing after "as" on another word stays the writer's."""
    text = ("Senator Ann Hale blasted the proposal as “a giveaway to donors” that would cost billions. "
            "Microsoft defended its decision as “the only responsible path” for its workers. "
            "Ann Hale spoke as the “night shift” arrived at the plant.")
    assert [(view(text, q)[2], q.speaker) for q in quotes_in(text) if q.kind == "direct"] == [
        (["“a giveaway to donors”"], "Ann Hale"), (["“the only responsible path”"], "Microsoft")]


def test_words_quoted_in_a_stances_object_are_its_holders(quotes_in, view):
    """Two words or more quoted in the object of a verb of judging or expressing are the subject's words,
    wherever the object goes on after them; the stance stays indirect around them."""
    text = "Senator Lisa Park on Friday praised the “quick and brave work” of the firefighters at the dam."
    direct = [view(text, q) for q in quotes_in(text) if q.kind == "direct"]
    assert direct == [("Senator Lisa Park", "praised", ["“quick and brave work”"], "Lisa Park", "direct")]


def test_a_quotation_that_is_a_stances_whole_object_is_its_holders(quotes_in, view):
    text = "Mayor Tom Hale expressed “deep regret” for the delays at the station."
    direct = [view(text, q) for q in quotes_in(text) if q.kind == "direct"]
    assert direct == [("Mayor Tom Hale", "expressed", ["“deep regret”"], "Tom Hale", "direct")]


def test_a_term_in_a_stances_object_stays_the_writers(quotes_in):
    """A lone quoted word is often a term the writer picks up, a clause in the object has a holder of its
    own, words quoted deeper in the object name what the stance is about, and a term the writer explains is
    the writer's label."""
    for text in ("Mayor Tom Hale criticized the “reform” of the city's bus routes.",
                 "Mayor Tom Hale criticized the plan that the council adopted as a “temporary fix” last year.",
                 "Mayor Tom Hale stressed the fear of “white replacement” among the forum's users.",
                 "Mayor Tom Hale favors “congestion pricing,” which charges drivers to enter the centre."):
        assert not [q for q in quotes_in(text) if q.kind == "direct" and q.speaker == "Tom Hale"], text


@pytest.mark.parametrize(("text", "quoted"), [
    ("In a morning post, Mayor Brannock railed against the “ENDLESS HOAX” of audits by her rivals.", "“ENDLESS HOAX”"),
    ("Finch attacked Varda for pushing a “phony storyline” about the harbour deal.", "“phony storyline”"),
    ("Finch complained about “endless delays and broken promises” at the depot.",
     "“endless delays and broken promises”"),
])
def test_words_quoted_in_the_ground_of_a_stance_are_its_holders(quotes_in, text, quoted):
    """What a stance is against or about, or what it blames its object for, is the holder's judgement."""
    direct = [q for q in quotes_in(text) if q.kind == "direct"]
    assert [text[s:e] for q in direct for s, e in q.content] == [quoted]


@pytest.mark.parametrize("text", [
    "Finch criticized the plan at a “town hall meeting” on Tuesday.",
    "Finch stressed the fear of “rising sea levels” among farmers.",
    "Finch asked about “the missing ledger pages” at the hearing.",
])
def test_words_quoted_in_a_place_or_deeper_in_the_object_are_no_stances_words(quotes_in, text):
    assert [q.kind for q in quotes_in(text)] == ["indirect"]


def test_what_a_stance_refers_to_is_not_its_holders_words(quotes_in, view):
    """The thing referred to may be quoted from others; what it is referred to as is the holder's verdict."""
    text = "Finch in the past has referred to so-called “quiet firing” by the board as “unfair and unlawful.”"
    direct = [view(text, q)[2] for q in quotes_in(text) if q.kind == "direct"]
    assert direct == [["“unfair and unlawful.”"]]
