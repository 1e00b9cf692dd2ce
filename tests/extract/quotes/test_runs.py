"""Quotation runs: a quotation adjoining its speech tag is the content, marks and all, and one
continued over paragraphs is one run."""

from __future__ import annotations

from dateline.extract.quotes import attributions


def test_told_reporters(quotes_in, view):
    text = "“We’re pushing,” Biden told reporters during a trip to Milwaukee, Wisconsin."
    [quote] = quotes_in(text)
    assert view(text, quote) == ("Biden", "told", ["“We’re pushing,”"], "Biden", "direct")


def test_pretokenised_quote_before_speaker(quotes_in, view):
    text = "`` We are going to win , '' Sanders said ."
    [quote] = quotes_in(text)
    assert view(text, quote) == ("Sanders", "said", ["`` We are going to win , ''"], "Sanders", "direct")


def test_quote_spanning_paragraphs_is_one_attribution(quotes_in, view):
    text = ("Blinken said the talks were hard. “We worked very hard with Qatar, Egypt and Israel.\n\n"
            "“Hamas wouldn’t accept it. They came back with other demands,” Blinken said.")
    quotes = quotes_in(text)
    assert view(text, quotes[-1])[2] == ["“We worked very hard with Qatar, Egypt and Israel.",
                                         "“Hamas wouldn’t accept it. They came back with other demands,”"]


def test_speech_inside_a_quotation_is_not_another_attribution(quotes_in, view):
    text = "“I continue to believe it’s possible,” Blinken said on Thursday."
    assert [view(text, q)[1] for q in quotes_in(text)] == ["said"]


def test_colon_introduces_a_quotation_in_the_next_paragraph(quotes_in, view):
    text = "The senator continued:\n\n“We will win this state, and we will win it in November.”"
    [quote] = quotes_in(text)
    assert view(text, quote)[:3] == (
        "The senator", "continued:", ["“We will win this state, and we will win it in November.”"])


def test_in_a_statement_with_partial_quote(quotes_in, view):
    text = ("In a statement regarding X, Biden stated that he would “bring the ceasefire and hostage release deal "
            "to closure.”")
    [quote] = attributions(quotes_in(text))
    assert view(text, quote) == (
        "Biden", "stated", ["that he would “bring the ceasefire and hostage release deal to closure.”"],
        "Biden", "indirect",
    )
    # the quoted words, drawn out of the report, are Biden's direct quote
    assert view(text, quotes_in(text)[1])[2:] == (
        ["“bring the ceasefire and hostage release deal to closure.”"], "Biden", "direct")


def test_content_ending_in_a_quoted_phrase_keeps_its_closing_marks(quotes_in, view):
    """A quoted phrase closing the content keeps its period and closing mark, as PolNeAR marks it."""
    text = "The union accused the mayor of “selling out the city.”"
    [quote] = attributions(quotes_in(text))
    assert view(text, quote)[:3] == ("The union", "accused", ["the mayor of “selling out the city.”"])


def test_quotation_opened_straight_and_closed_curly_keeps_its_marks(quotes_in, view):
    """Some sites open a quotation with a straight mark and close it with a curly one."""
    text = 'The mayor dismissed the reports as "old and misread allegations.”'
    [quote] = attributions(quotes_in(text))
    assert view(text, quote)[:3] == ("The mayor", "dismissed", ['the reports as "old and misread allegations.”'])


def test_a_title_inside_the_speakers_phrase_is_not_their_words(quotes_in):
    """"The “Bad Blood” singer … took to Twitter": the quotation names her song, standing in her noun
    phrase, not before the speech tag (a celebrity weekly, issue 13)."""
    text = ("The “Bad Blood” singer, 27, took to Twitter on Sunday, May 3, to post a picture of the Grey’s "
            "Anatomy star.")
    assert [q.kind for q in quotes_in(text)] == ["indirect"]


def test_a_quotation_closed_by_a_full_stop_is_not_tagged_by_the_next_sentences_report(quotes_in):
    """"“… weight.” The State House restated its view that …": a new sentence reporting its own object does
    not tag the quotation before it, which goes on from the spokeswoman who said the one before."""
    text = ("\"This motion seeks to tie the Governor's hands,\" State House Spokeswoman Dana Keller said in a "
            "release Friday morning. \"These legislative moves are wholly wrong. It carries no legal weight.\" "
            "The State House restated its view that the order was lawful.")
    direct = [q for q in quotes_in(text) if q.kind == "direct"]
    assert [(q.speaker, len(q.content)) for q in direct] == [("Dana Keller", 2)]


def test_a_quotation_closed_by_a_full_stop_is_not_tagged_by_a_prepositional_cue_after_it(resolved_in, view):
    """"“….” She calls for a “…”": a cue taking its own prepositional object ("call for") opens a report of its
    own, so the quotation before it goes on from the writer who wrote the one before, and the cue keeps the
    words quoted in its object."""
    text = ("Vera Holt wrote a book on the city. “The question is why the city is so slow,” Holt writes, “why it "
            "keeps failing the poor.” She calls for a “total rebuild” of the council, including its courts.")
    direct = [view(text, q) for q in resolved_in(text) if q.kind == "direct"]
    holt = ["“The question is why the city is so slow,”", "“why it keeps failing the poor.”"]
    assert direct == [("Holt", "writes", holt, "Vera Holt", "direct"),
                      ("She", "calls for", ["“total rebuild”"], "Vera Holt", "direct")]


def test_a_quoted_clause_the_parser_cut_at_a_comma_is_one_direct_quote(quotes_in, view):
    """"noting "the panels, even in older cars, are …"": the parser reads the quotation's first words as the
    verb's object and hangs the rest on the main clause; the verb reports the whole quotation."""
    text = ("Tomas Reeve liked the cabin, noting \"many of the panels that would be bare plastic, even in pricey "
            "cars, are covered in cloth here.\"")
    [quote] = [q for q in quotes_in(text) if q.kind == "direct"]
    assert view(text, quote) == ("Tomas Reeve", "noting", ["\"many of the panels that would be bare plastic, even "
                                                            "in pricey cars, are covered in cloth here.\""],
                                 "Tomas Reeve", "direct")


def test_a_quotation_that_lost_its_opening_mark_is_its_speakers(quotes_in, view):
    """The quotation a closing mark ends where no mark opened it (``direct._lost_openings``) adjoins its speech
    tag as any other does."""
    text = ("Our biggest hire came early.\n\nWe had hired 20 engineers. That took us a year, but we wanted to "
            "grow faster,\" recalls Mira Das, head of engineering at the company.")
    quote = quotes_in(text)[-1]
    assert view(text, quote) == ("Mira Das, head of engineering at the company", "recalls",
                                 ["We had hired 20 engineers. That took us a year, but we wanted to grow faster,\""],
                                 "Mira Das", "direct")
