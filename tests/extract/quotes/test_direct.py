from dateline.extract.quotes.direct import quotation_spans


def quoted(text: str) -> list[str]:
    return [text[start:end] for start, end in quotation_spans(text)]


def test_curly_double_quotes_keep_their_marks():
    text = "“We’re pushing,” Biden told reporters during a trip to Milwaukee, Wisconsin."
    assert quoted(text) == ["“We’re pushing,”"]


def test_single_curly_quotes_are_not_ended_by_an_apostrophe():
    text = "READ: US says Gaza conflict needs to move to ‘lower intensity phase’ as Israel’s army pushes on"
    assert quoted(text) == ["‘lower intensity phase’"]


def test_an_unclosed_single_quote_ends_at_its_paragraph():
    """A heading whose closing mark the site left out does not run on to the next heading's mark,
    swallowing the economist's quote between (issue 13)."""
    text = ("‘Hiring spree raises odds of a rate rise: Oxford Economics\n\n"
            "“Though pay rises eased, the jobs market is a worry,” she said.\n\n"
            "‘Jobs market watchers can relax for now’: Glassdoor")
    assert quoted(text) == ["“Though pay rises eased, the jobs market is a worry,”",
                            "‘Jobs market watchers can relax for now’"]


def test_single_curly_quotes_wrap_lines_and_reopen_paragraphs():
    text = "He said: ‘We went there.\n\n‘Then we left,’ he added. ‘It wrapped\nover a line.’"
    assert quoted(text) == ["‘We went there.\n\n‘Then we left,’", "‘It wrapped\nover a line.’"]


def test_pretokenised_quotes():
    text = "`` We are going to win this election , '' Trump said . Clinton 's aides disagreed ."
    assert quoted(text) == ["`` We are going to win this election , ''"]


def test_straight_quotes_need_a_word():
    text = 'The screen measured 12" across. He called it "a disaster" on Tuesday.'
    assert quoted(text) == ['"a disaster"']


def test_nested_quote_belongs_to_the_outer_one():
    text = "He said: “They told me ‘no way’ and left.”"
    assert quoted(text) == ["“They told me ‘no way’ and left.”"]


def test_quote_running_over_two_paragraphs():
    text = "“We worked very hard with Qatar.\n\n“Hamas wouldn’t accept it,” Blinken said."
    assert quoted(text) == ["“We worked very hard with Qatar.", "“Hamas wouldn’t accept it,”"]


def test_double_apostrophe_quotes():
    text = "''I think I'll get there,'' he said, and ''that's it.''"
    assert quoted(text) == ["''I think I'll get there,''", "''that's it.''"]


def test_a_closed_quote_is_not_run_on_into_the_next_paragraph_that_opens_with_one():
    """A paragraph whose quote closes (with a straight mark after a curly one, or '' after ``) is no
    quotation continued over paragraphs, though the next paragraph opens with a mark."""
    curly = "He said the developer was a “good corporate citizen,\" and the mayor said it was hard to tell.\n\n“Next.”"
    assert quoted(curly) == ["“good corporate citizen,\"", "“Next.”"]
    pretokenised = "`` We are ready , '' he said . The talks went on .\n\n`` Next , '' she added ."
    assert quoted(pretokenised) == ["`` We are ready , ''", "`` Next , ''"]


def test_straight_quote_running_over_two_paragraphs():
    """A straight opening mark (after a space or at the line's start) whose paragraph ends unclosed goes
    on into the next paragraph that opens with one; a straight mark after a comma closes."""
    text = ('"The pills worked within a week," Taylor wrote. "The treatment went on for '
            '12 months.\n\n"I have not fainted once since then," he said.\n\n"Next."')
    assert quoted(text) == ['"The pills worked within a week,"',
                            '"The treatment went on for 12 months.',
                            '"I have not fainted once since then,"', '"Next."']


def test_straight_single_quotes_close_only_after_the_end_of_speech():
    """British papers quote speech in straight single marks; an apostrophe inside a word, a possessive
    plural or a word or two in single quotes opens or closes none."""
    text = ("'It's quite unusual for the Royal Mint to botch a batch,' Chad Hawk told Fox. The "
            "workers' union's 'Series 2013' coins sold.\n\n'You can find dealers online.\n\n'If someone's "
            "already listed that coin, you could team up,' he said.")
    assert quoted(text) == ["'It's quite unusual for the Royal Mint to botch a batch,'",
                            "'You can find dealers online.",
                            "'If someone's already listed that coin, you could team up,'"]


def test_pretokenised_apostrophes_open_no_single_quote():
    text = "`` We are going to win , '' Trump 's aide said . '' Ok . ''"
    assert quoted(text) == ["`` We are going to win , ''"]


def test_a_straight_quote_closed_by_two_apostrophes():
    """Some wire copy closes straight quotes with two apostrophes."""
    text = ("\"She never missed a single shift,'' Dwayne Ferris said, adding that they had last spoken a "
            "\"couple'' of months ago.")
    assert quoted(text) == ["\"She never missed a single shift,''", "\"couple''"]


def test_a_quote_whose_further_paragraphs_lost_their_opening_marks_is_found_at_its_first():
    """A tweet quoted over paragraphs that open with no mark of their own (Fox News, dev10) is a quotation at its
    first paragraph and at its last, which the closing mark ends; it is not run on over a caption's credit line to
    a closing mark below (Modern Healthcare, dev7), nor over the paragraphs between, which may hold reports of
    their own."""
    text = ("This came after the governor’s account posted Sunday: “I had to let the treasurer go because he "
            "lied.\n\nHe has admitted those lies.\n\nWe kept nothing back!”\n\nThat post caused trouble.\n\n"
            "“It feels like the early web, when browsers first took off.\n\nTwo founders show their app "
            "at the launch night.\n\nAl Cuizon\n\nNobody knows yet who will win.” Venture investing goes on.")
    assert quoted(text) == ["“I had to let the treasurer go because he lied.", "We kept nothing back!”",
                            "“It feels like the early web, when browsers first took off.",
                            "Nobody knows yet who will win.”"]


def test_a_closing_mark_with_no_opening_one_closes_a_quotation_from_where_its_words_can_begin():
    """A page that lost a quotation's opening mark still closes it (Business Today, Computerworld, dev13): it
    runs from its paragraph's start, or from the sentence after a quotation closed before it; a mark typed as an
    opening one ("were ”fading.”"), a closing mark inside a quotation and an inch sign open none."""
    text = ("We had hired 20 people. That took us a year,\" recalls Mira Das, head of product.\n\n"
            "“More teams use it,” a company spokesperson said. We now have 10 million users this year.”\n\n"
            "He said the odds were ”fading.”\n\nA 12\" pipe. He said \"no.\"")
    assert quoted(text) == ["We had hired 20 people. That took us a year,\"", "“More teams use it,”",
                            "We now have 10 million users this year.”", "\"no.\""]


def test_a_quote_whose_closing_mark_was_lost_ends_with_its_paragraph():
    """A curly opening mark nothing closes still opens a quotation where speech opens (The New York Times,
    dev11): it ends with its paragraph, not at a mark paragraphs later; one amid the writer's clause (a term
    whose other mark is mistyped, a cut-off title) or a misprinted closing mark opens none."""
    text = ("“Everyone who doubts us should take a look at the numbers,” Mr. Trump wrote. “And one day soon, if "
            "we hold firm, we will make deals with every country!\n\nHis posts were not the last.\n\n"
            "Nintendo Unveils New Handheld For “Swit...\n\nThe study, “Measuring the council’s reach“, was written "
            "by Moss.\n\nThe founder would like you to believe you are “lucky’ to work for her.\n\n"
            "He said it was “over.”")
    assert quoted(text) == ["“Everyone who doubts us should take a look at the numbers,”",
                            "“And one day soon, if we hold firm, we will make deals with every country!", "“over.”"]
