"""Date ranking and sentence selection on a small story written for the test (a rig fire and its spill)."""

from datetime import date

from dateline.timeline.dates import rank_dates
from dateline.timeline.records import CandidateSentence
from dateline.timeline.summarize import automatic_date_count, summarize

APR20, APR21, APR22, MAY1 = date(2010, 4, 20), date(2010, 4, 21), date(2010, 4, 22), date(2010, 5, 1)


def sentence(article: str, published: date, text: str, *dates: date) -> CandidateSentence:
    return CandidateSentence(article, 0, len(text), text, published, dates)


STORY = [
    sentence("a1", APR21, "An explosion ripped through the Deepwater Horizon oil rig on Tuesday night .", APR20),
    sentence("a1", APR21, "Eleven workers are missing after the blast on the rig in the Gulf of Mexico .", APR20),
    sentence("a1", APR21, "Coast Guard boats searched the waters around the burning oil rig all day ."),
    sentence("a2", APR22, "The burning Deepwater Horizon rig sank into the Gulf of Mexico on Thursday .", APR22),
    sentence("a2", APR22, "The rig exploded on Tuesday , killing eleven workers in the Gulf of Mexico .", APR20),
    sentence("a3", MAY1, "Oil from the sunken rig reached the coast of Louisiana , officials said on Saturday .", MAY1),
    sentence("a3", MAY1, "Since the April 20 explosion , oil has leaked from the well into the Gulf .", APR20),
    sentence("a3", MAY1, "Is the Gulf of Mexico ready for another oil rig like this one ?"),
]


def test_days_named_by_many_articles_afterwards_rank_first() -> None:
    ranked = rank_dates(STORY)
    # three articles name it afterwards (2 each); a1, published the day after, adds 0.5
    assert ranked[0] == (APR20, 6.5)
    # named on the day by one article (1) plus that article's publication (0.5); ties go to the earlier day
    assert ranked[1:3] == [(APR22, 1.5), (MAY1, 1.5)]


def test_range_bounds_exclude_days() -> None:
    assert rank_dates(STORY, start=APR21, end=APR22) == [(APR22, 1.5), (APR21, 1.0)]


def test_timeline_has_requested_days_in_order_with_sentences_naming_them() -> None:
    timeline = summarize(STORY, n_dates=2, sentences_per_date=1)
    assert [e.date for e in timeline] == [APR20, APR22]
    assert timeline[0].sentences[0].text.startswith("The rig exploded on Tuesday")
    assert timeline[1].sentences[0].text.startswith("The burning Deepwater Horizon rig sank")


def test_an_undated_sentence_reports_on_its_publication_day() -> None:
    (entry,) = summarize(STORY, n_dates=1, sentences_per_date=1, start=APR21, end=APR21)
    assert entry.date == APR21 and entry.sentences[0].text.startswith("Coast Guard boats")


def test_redundant_and_unusable_sentences_are_skipped() -> None:
    timeline = summarize(STORY, n_dates=1, sentences_per_date=3, start=APR20, end=APR20)
    texts = [s.text for s in timeline[0].sentences]
    assert len(texts) == len(set(texts)) and not any(t.endswith("?") for t in texts)
    assert all(APR20 in s.referenced_dates for s in timeline[0].sentences)


def test_automatic_counts() -> None:
    assert automatic_date_count([9.0, 1.0, 1.0, 1.0]) == 1
    timeline = summarize(STORY)
    assert [e.date for e in timeline] == [APR20]
    assert len(timeline[0].sentences) == 2  # the best-covered day gets two sentences


MAY2 = date(2010, 5, 2)
COAST = [
    sentence("b1", MAY2, "Oil from the sunken rig reached the coast of Louisiana on Saturday , officials said .", MAY1),
    sentence("b2", MAY2, "Crews laid boom along the coast of Louisiana as oil reached the shore on Saturday .", MAY1),
    sentence("b3", MAY2, "May 1 - Oil from the leaking well reaches the coast of Louisiana .", MAY1),
    sentence("b4", MAY2, "We are doing everything we can to keep the oil off the coast of Louisiana .", MAY1),
    sentence("b5", MAY2, "Photograph : Oil reached the coast of Louisiana on Saturday , staining the marshes .", MAY1),
    sentence("b6", MAY2, "`` The oil reached the coast of Louisiana on Saturday , '' a fisherman said .", MAY1),
]


def test_a_chronology_entry_of_the_day_comes_first() -> None:
    (entry,) = summarize(COAST, n_dates=1, sentences_per_date=1)
    assert entry.sentences[0].text.startswith("May 1 - Oil from the leaking well")


def test_captions_quotations_and_first_person_are_never_chosen() -> None:
    (entry,) = summarize(COAST, n_dates=1, sentences_per_date=6)
    assert {s.article_id for s in entry.sentences} <= {"b1", "b2", "b3"}
