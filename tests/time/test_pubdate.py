"""Publication dates on the seed corpus and on date lines: right or an honest range, never a wrong day."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from spacy.language import Language

from dateline.model import PublicationDate
from dateline.time.pubdate import WireDay, header_wire_day
from dateline.time.tagger import tag_text


def published(nlp: Language, text: str, metadata: date | None = None) -> PublicationDate:
    doc = nlp.make_doc(text)
    doc._.published = PublicationDate.on(metadata, "metadata") if metadata else None
    return nlp(doc)._.published


def seed(seeds_dir: Path, prefix: str) -> tuple[str, date | None]:
    """A seed's text, with its ``date YYYY-MM-DD`` prefix stripped and returned as metadata."""
    text = next(seeds_dir.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")
    found = re.match(r"\s*date (\d{4}-\d\d-\d\d)\s*", text)
    return (text[found.end():], date.fromisoformat(found.group(1))) if found else (text, None)


def test_metadata_date_is_kept(time_nlp: Language, seeds_dir: Path) -> None:
    text, day = seed(seeds_dir, "000")
    assert published(time_nlp, text, day) == PublicationDate.on(date(2023, 12, 21), "metadata")


@pytest.mark.parametrize("prefix,earliest,latest,true_days", [
    ("001", date(2024, 3, 21), date(2024, 3, 27), [date(2024, 3, 22)]),
    ("003", date(2023, 11, 28), date(2023, 12, 4), [date(2023, 11, 28), date(2023, 11, 29)]),
])
def test_caption_and_weekday_give_a_range(time_nlp: Language, seeds_dir: Path, prefix: str, earliest: date,
                                          latest: date, true_days: list[date]) -> None:
    text, _ = seed(seeds_dir, prefix)
    found = published(time_nlp, text)
    assert (found.earliest, found.latest, found.basis) == (earliest, latest, "text")
    assert all(found.earliest <= d <= found.latest for d in true_days)
    assert [text[s:e] for s, e in found.evidence][-1] in ("Thursday", "Tuesday")


@pytest.mark.parametrize("prefix", ["002", "004"])
def test_undatable_seeds_stay_unknown(time_nlp: Language, seeds_dir: Path, prefix: str) -> None:
    text, _ = seed(seeds_dir, prefix)
    assert published(time_nlp, text) == PublicationDate(None, None, "unknown")


def test_reuters_pipe_dateline(time_nlp: Language) -> None:
    text = "RABAT | Sat Feb 26 , 2011 4:12pm EST RABAT -LRB- Reuters -RRB- - Thousands marched on Saturday ."
    assert published(time_nlp, text) == PublicationDate.on(date(2011, 2, 26), "text", ((8, 25),))


def test_wire_month_day_dateline_takes_the_story_year(time_nlp: Language) -> None:
    text = "PARIS , April 27 (Reuters) - France said on Wednesday it would act, as it did in March 2011."
    assert published(time_nlp, text).exact == date(2011, 4, 27)


def test_a_stamp_line_without_a_year_is_a_date_line_for_the_corpus() -> None:
    """A site's stamp under the byline leaves out the current year: its month and day wait for the corpus to
    give the year (:func:`dateline.time.corpus.year_from_corpus`); a day the story names is no stamp."""
    text = "Stadia Falls Short of 4K at Launch\n\nBy Nathan Birch\n\nNov 18\n\nGoogle Stadia launches tomorrow."
    assert header_wire_day(text, tag_text(text, None)) == WireDay(11, 18, (53, 59), frozenset())
    sentence = "Stadia Falls Short of 4K at Launch\n\nGoogle said on Nov 18 that Stadia launches tomorrow."
    assert header_wire_day(sentence, tag_text(sentence, None)) is None


def test_a_stamp_lines_own_weekday_settles_its_year(time_nlp: Language) -> None:
    """Nov. 18 fell on a Monday in 2019, not in 2020 (the years the story names)."""
    text = "Ed Cara\n\nMonday, Nov. 18 6:30PM\n\nIn a new case study out Monday, doctors said the plan for 2019 failed."
    assert header_wire_day(text, tag_text(text, None)) == WireDay(11, 18, (9, 24), frozenset({0}))
    assert published(time_nlp, text).exact == date(2019, 11, 18)


def test_an_old_date_alone_does_not_date_a_story(time_nlp: Language) -> None:
    text = "The well blew out on April 20 , 2010 . Officials said on Monday the cleanup would take years ."
    assert published(time_nlp, text).basis == "unknown"


def test_a_past_date_deep_in_the_story_does_not_date_it(time_nlp: Language) -> None:
    """July 22, 2016 was a Friday, as is the lead's news day: deep in the story, the old date is background."""
    lead = "The party filed a lawsuit in federal court on Friday , accusing the campaign of a conspiracy . "
    middle = "The complaint runs to dozens of pages and names several defendants . " * 22
    recalled = "WikiLeaks published the first archives of the stolen emails on July 22 , 2016 . "
    assert published(time_nlp, lead + middle + recalled).basis == "unknown"
    assert published(time_nlp, lead + recalled).earliest == date(2016, 7, 22)  # in the opening it reports


def posted(nlp: Language, text: str, signatures: tuple[str, ...]) -> PublicationDate:
    """The date of ``text`` whose embedded posts, signed with ``signatures``, the cleaner dropped."""
    doc = nlp.make_doc(text)
    doc._.dropped_dated_lines = signatures
    return nlp(doc)._.published


def test_a_dropped_posts_day_dates_the_story_with_a_weekday_of_it(time_nlp: Language) -> None:
    """July 16, 2026 was a Thursday: the post is published before or on the article's day."""
    lead = "The president fired his defence minister on Thursday , officials said . "
    signature = ("— RT (@RT_com) July 16, 2026",)
    dated = posted(time_nlp, lead, signature)
    assert (dated.earliest, dated.latest) == (date(2026, 7, 16), date(2026, 7, 22))
    assert [lead[start:end] for start, end in dated.evidence] == ["Thursday"]
    # never the article's day by itself: without a weekday of it, or with a later date the story reports
    assert posted(time_nlp, "The president fired his defence minister , officials said . ", signature).basis == \
        "unknown"
    later = ("The president fired his defence minister on July 20 , 2026 , and aides said on Thursday he had no "
             "regrets . ")
    assert posted(time_nlp, later, signature).earliest != date(2026, 7, 16)


def test_seed_000_timexes(time_nlp: Language, seeds_dir: Path) -> None:
    text, day = seed(seeds_dir, "000")
    doc = time_nlp.make_doc(text)
    doc._.published = PublicationDate.on(day, "metadata")
    found = {(t.text, t.value) for t in time_nlp(doc)._.timexes}
    assert {("Wednesday", "2023-12-20"), ("7 October", "2023-10-07")} <= found
    assert ("Wednesday", "2023-12-27") not in found


@pytest.mark.parametrize("text,day", [
    ("Page last updated at 09:12 GMT , Thursday , 3 June 2010 10:12 UK Divers reached the well on Thursday .",
     date(2010, 6, 3)),
    ("3 June 2010 Last updated at 09:12 GMT Help Divers reached the well , officials said .", date(2010, 6, 3)),
    ("Rescue Talks Stall . Thursday , June 3 , 2010 ; Page A04 HOUSTON , June 2 -- Divers reached the well .",
     date(2010, 6, 3)),
    ("June 3 , 2010 | From a CNN producer Divers reached the well after a week of delays .", date(2010, 6, 3)),
    ("Patients now have the option of a new drug.\n\nPublished Online: April 25, 2016\n\nThe FDA approved it .",
     date(2016, 4, 25)),
    ("Filed on October 1, 2017\n\nGlobal spend on artificial intelligence is estimated to reach $46 billion .",
     date(2017, 10, 1)),
    ("Updated: 4:15 p.m. Tuesday, September 13, 2016 | Posted: 8:30 a.m. Friday, September 9, 2016\n\nCarVault, "
     "an online car dealer, has published the findings of a poll.", date(2016, 9, 9)),
])
def test_header_stamps_date_the_page(time_nlp: Language, text: str, day: date) -> None:
    """A date the page prints as its stamp (clock time, "last updated", print page, byline pipe) is the day."""
    assert published(time_nlp, text).exact == day


def test_a_stamp_below_a_photo_caption_is_found(time_nlp: Language) -> None:
    caption = ("Divers prepare their equipment aboard a support vessel in the Gulf of Mexico off Louisiana ,"
               " June 2 , 2010 .")
    text = f"{caption}\nHOUSTON | Thu Jun 3 , 2010 4:05 pm EDT HOUSTON -LRB- Reuters -RRB- - Divers reached the well ."
    assert published(time_nlp, text).exact == date(2010, 6, 3)


def test_a_label_inside_a_sentence_is_not_a_stamp(time_nlp: Language) -> None:
    """Only a line opened by "Filed on" is the page's stamp; a sentence's "filed on" dates a lawsuit."""
    text = "The senators' lawsuit , filed on October 1, 2017 , asks the court to order the police to pay damages ."
    assert published(time_nlp, text).basis == "unknown"


def test_a_figures_as_of_moment_is_not_a_stamp(time_nlp: Language) -> None:
    """A share price's "as of" time is refreshed long after the story: it yields to the scrape's date line."""
    text = ("Price as of March 22, 2023, 3:45 p.m. ET\n\nSeveral of the largest chipmakers expect big gains"
            " from cloud gaming .")
    assert published(time_nlp, text).basis == "unknown"
    assert markup_guess(time_nlp, text, date(2017, 1, 9)).exact == date(2017, 1, 9)


def test_a_caption_date_is_not_a_stamp(time_nlp: Language) -> None:
    text = "June 2 , 2010 : Divers prepare their equipment aboard a support vessel in the Gulf of Mexico ."
    assert published(time_nlp, text).basis == "unknown"


def test_the_report_window_is_a_setting_of_the_component(nlp: Language, seeds_dir: Path) -> None:
    """Seed 001's latest reported date is March 21: a three-day window dates it March 21 to 23."""
    text, _ = seed(seeds_dir, "001")
    doc = nlp(text)
    doc._.published = None
    found = nlp.create_pipe("dateline_pubdate", config={"report_window_days": 3})(doc)._.published
    assert (found.earliest, found.latest, found.basis) == (date(2024, 3, 21), date(2024, 3, 23), "text")


def markup_guess(nlp: Language, text: str, day: date) -> PublicationDate:
    return settled(nlp, text, PublicationDate.on(day, "text"))


def settled(nlp: Language, text: str, guess: PublicationDate) -> PublicationDate:
    doc = nlp.make_doc(text)
    doc._.published = guess
    return nlp(doc)._.published


def test_a_markup_guess_yields_to_the_articles_own_stamp(time_nlp: Language) -> None:
    text = "Written: 5 March 2024 21:11\nThe council voted to close the bridge for repairs until the spring ."
    settled = markup_guess(time_nlp, text, date(2021, 6, 2))
    assert (settled.exact, settled.basis, bool(settled.evidence)) == (date(2024, 3, 5), "text", True)


def test_a_markup_guess_stands_where_the_text_dates_nothing(time_nlp: Language) -> None:
    text = "The council voted to close the bridge for repairs until the spring ."
    assert markup_guess(time_nlp, text, date(2024, 3, 5)) == PublicationDate.on(date(2024, 3, 5), "text")


def test_a_markup_guess_inside_the_texts_range_stands(time_nlp: Language, seeds_dir: Path) -> None:
    text, _ = seed(seeds_dir, "001")  # the text alone dates it 2024-03-21 .. 2024-03-27
    assert markup_guess(time_nlp, text, date(2024, 3, 22)) == PublicationDate.on(date(2024, 3, 22), "text")
    assert markup_guess(time_nlp, text, date(2021, 6, 2)).earliest == date(2024, 3, 21)


def update_bound(day: date) -> PublicationDate:
    """A scrape's "Updated" stamp alone: published on or before ``day``."""
    return PublicationDate(None, day, "text")


def test_an_update_bound_stands_where_the_text_dates_nothing(time_nlp: Language) -> None:
    text = "The council voted to close the bridge for repairs until the spring ."
    assert settled(time_nlp, text, update_bound(date(2024, 3, 5))) == update_bound(date(2024, 3, 5))


def test_an_update_bound_cuts_the_texts_range(time_nlp: Language, seeds_dir: Path) -> None:
    text, _ = seed(seeds_dir, "001")  # the text alone dates it 2024-03-21 .. 2024-03-27
    found = settled(time_nlp, text, update_bound(date(2024, 3, 23)))
    assert (found.earliest, found.latest, found.basis, bool(found.evidence)) == (
        date(2024, 3, 21), date(2024, 3, 23), "text", True)


def test_the_texts_own_stamp_before_the_update_stands(time_nlp: Language) -> None:
    text = "Written: 5 March 2024 21:11\nThe council voted to close the bridge for repairs until the spring ."
    found = settled(time_nlp, text, update_bound(date(2024, 3, 9)))
    assert (found.exact, bool(found.evidence)) == (date(2024, 3, 5), True)
