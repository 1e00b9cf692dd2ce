"""The real-news gold set (``eval/real``) and ``dateline eval real``.

The label files live in the repository and are checked on every run; the articles live beside it
(``../shared/eval/real``), so the gate that builds and scores a slice of them skips without them. Its
floors sit just under the scores measured on that slice when they were set (the full run is
``dateline eval real ../shared/eval/real``); raise them when a fix raises the measure.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from typer.testing import CliRunner

from dateline.clean.date_lines import scrape_date
from dateline.evaluation.cli import eval_app
from dateline.evaluation.pubdate import pubdate_report
from dateline.evaluation.real import evaluate
from dateline.evaluation.real.gold import load_gold, load_story_conflicts
from dateline.evaluation.real.matching import TextIndex, carries_boilerplate_line, is_boilerplate_line, same_speaker
from dateline.evaluation.real.text import token_prf
from dateline.evaluation.splits import HELD_OUT_SPLITS, SPLITS, TUNED_SPLITS
from dateline.ingest.checks import decode_text
from dateline.ingest.published import page_date

REPO = Path(__file__).resolve().parents[2]
GOLD = REPO / "eval" / "real"
ARTICLES = REPO.parent / "shared" / "eval" / "real"


def _labels() -> list[dict]:
    return [json.loads(path.read_text(encoding="utf-8")) for path in sorted((GOLD / "labels").glob("*.json"))]


def test_gold_set_has_the_promised_size_outlets_and_stories():
    labels = [label for label in _labels() if label["split"] in TUNED_SPLITS]
    full = [label for label in labels if "quotes" in label]
    stories = Counter(label["story"] for label in labels if label["story"])
    assert len(labels) == 204
    assert len({label["outlet"] for label in labels}) >= 25
    assert sum(size >= 4 for size in stories.values()) >= 6
    assert len(full) == 68
    assert len({label["outlet"] for label in full}) >= 15
    assert Counter(label["split"] for label in labels) == {"test": 87, "dev": 117}


def test_fresh_split_is_held_out_from_new_outlets():
    """The held-out split: its own outlets, modern pages, every one with its raw page and provenance."""
    labels = _labels()
    fresh = [label for label in labels if label["split"] == "fresh"]
    tuned_outlets = {label["outlet"] for label in labels if label["split"] in TUNED_SPLITS}
    manifest = {entry["id"]: entry for entry in json.loads((GOLD / "manifest.json").read_text(encoding="utf-8"))}
    assert len(fresh) == 45 and sum("text" in label["files"] for label in fresh) == 42
    assert len({label["outlet"] for label in fresh}) == 43 and not tuned_outlets & {label["outlet"] for label in fresh}
    assert all("html" in label["files"] and label["published"]["day"] >= "2015" for label in fresh)
    assert sum("quotes" in label for label in fresh) == 13
    assert all(manifest[label["id"]]["split"] == "fresh" and manifest[label["id"]]["commit"] for label in fresh)


def test_fresh2_split_is_held_out_and_fully_labelled():
    """The second held-out split: pages no other split has, from other sources than the first's (none from
    postlight/parser, whose fixtures gave most of fresh), every one with its raw page, its scrape, its
    provenance and every kind of label."""
    labels = _labels()
    fresh2 = [label for label in labels if label["split"] == "fresh2"]
    others = [label for label in labels if label["split"] != "fresh2"]
    manifest = {entry["id"]: entry for entry in json.loads((GOLD / "manifest.json").read_text(encoding="utf-8"))}
    assert len(fresh2) == 35
    assert not {label["url"] for label in fresh2} & {label["url"] for label in others}
    assert max(Counter(label["outlet"] for label in fresh2).values()) <= 2
    assert all({"html", "text"} <= set(label["files"]) and label["published"]["day"] >= "2015" for label in fresh2)
    assert all({"quotes", "figures", "timexes"} <= set(label["labelled"]) for label in fresh2)
    assert all(manifest[label["id"]]["split"] == "fresh2" and manifest[label["id"]]["commit"] for label in fresh2)
    assert "postlight/parser" not in {manifest[label["id"]]["repo"] for label in fresh2}


@pytest.mark.parametrize(("split", "articles", "prefix", "outlets"), [
    ("dev4", 32, "d4a-", 16), ("dev5", 35, "d5a-", 13), ("dev6", 33, "d6a-", 13), ("dev6", 33, "d6b-", 20),
    ("dev7", 28, "d7a-", 10), ("dev7", 28, "d7b-", 18),
    ("dev8", 26, "d8a-", 11), ("dev8", 26, "d8b-", 15), ("dev9", 23, "d9a-", 12), ("dev9", 23, "d9b-", 11)])
def test_an_untuned_split_was_news_nobody_tuned_on(split: str, articles: int, prefix: str, outlets: int):
    """dev4 to dev9 were each a session's untuned check of what its fixes carry (measured on the
    session's starting code and on its final code, their errors read by nobody who fixes): none of their
    articles is in another split, and the outlets of the halves gathered from new outlets are in none either
    (dev4's ``d4b-`` benchmark pages come from the outlets of dev's and test's)."""
    manifest = json.loads((GOLD / "manifest.json").read_text(encoding="utf-8"))
    members = [entry for entry in manifest if entry["split"] == split]
    others = [entry for entry in manifest if entry["split"] != split]
    assert len(members) >= articles
    assert not {e["url"] for e in members if e["url"]} & {e["url"] for e in others if e["url"]}
    new_outlets = {entry["outlet"] for entry in members if entry["id"].startswith(prefix)}
    assert len(new_outlets) == outlets and not new_outlets & {entry["outlet"] for entry in others}


def test_dev10_was_news_nobody_tuned_on():
    """dev10 is this session's untuned check, gathered from BASIL's Fox News, New York Times and HuffPost
    triplets (outlets other splits have, so not new outlets): no article's URL and no story is in another
    split, so nothing in it was read while fixing."""
    manifest = json.loads((GOLD / "manifest.json").read_text(encoding="utf-8"))
    members = [entry for entry in manifest if entry["split"] == "dev10"]
    others = [entry for entry in manifest if entry["split"] != "dev10"]
    assert len(members) >= 12 and {entry["id"][:5] for entry in members} <= {"b10a-", "b10b-"}
    assert not {e["url"] for e in members} & {e["url"] for e in others if e["url"]}
    assert not {e["story"] for e in members if e["story"]} & {e["story"] for e in others if e["story"]}
    assert {entry["outlet"] for entry in members} <= {entry["outlet"] for entry in others}


def test_dev11_was_news_nobody_tuned_on():
    """dev11 was session 21's untuned check, held out while it fixed: more BASIL triplets of Fox News, The New
    York Times and HuffPost, events of 2015 to 2019 that dev10 does not have. No article's URL and no story is in
    another split, and no other split's BASIL record is one of its records, so nothing in it was read while
    fixing; each story is one event told by all three outlets."""
    manifest = json.loads((GOLD / "manifest.json").read_text(encoding="utf-8"))
    members = [entry for entry in manifest if entry["split"] == "dev11"]
    others = [entry for entry in manifest if entry["split"] != "dev11"]
    assert len(members) >= 9 and {entry["id"][:5] for entry in members} <= {"b11a-", "b11b-"}
    assert "dev11" not in HELD_OUT_SPLITS  # open to tuning since session 22
    assert not {e["url"] for e in members} & {e["url"] for e in others if e["url"]}
    assert not {e["path"] for e in members} & {e["path"] for e in others if e["repo"] == "launchnlp/BASIL"}
    assert not {e["story"] for e in members if e["story"]} & {e["story"] for e in others if e["story"]}
    stories = {entry["story"] for entry in members}
    outlets = {"Fox News", "The New York Times", "HuffPost"}
    assert all({e["outlet"] for e in members if e["story"] == story} == outlets for story in stories)


def test_dev12_was_news_nobody_tuned_on():
    """dev12 was session 22's untuned check, held out while it fixed: no article's URL and no story is in
    another split, the outlets of its ``d12a-`` texts (AllSides records, one outlet each) are in none either, and
    its ``b12b-`` BASIL triplets are records no other split holds, so nothing in it was read while fixing."""
    manifest = json.loads((GOLD / "manifest.json").read_text(encoding="utf-8"))
    members = [entry for entry in manifest if entry["split"] == "dev12"]
    others = [entry for entry in manifest if entry["split"] != "dev12"]
    assert "dev12" not in HELD_OUT_SPLITS  # open to tuning since session 23
    assert {entry["id"][:5] for entry in members} <= {"d12a-", "b12b-", "d12c-"}
    assert not {e["path"] for e in members} & {e["path"] for e in others if e["repo"] == "launchnlp/BASIL"}
    assert not {e["url"] for e in members} & {e["url"] for e in others if e["url"]}
    assert not {e["story"] for e in members if e["story"]} & {e["story"] for e in others if e["story"]}
    new_outlets = [entry["outlet"] for entry in members if entry["id"].startswith("d12a-")]
    assert len(new_outlets) == len(set(new_outlets)) >= 10
    assert not set(new_outlets) & {entry["outlet"] for entry in others}


def test_dev13_was_news_nobody_tuned_on():
    """dev13 was session 23's untuned check, held out while it fixed: no article's URL and no story is in another
    split, and the outlets of its ``d13p-`` pages (one page per host, from test fixtures of extraction and metadata
    libraries) are in none either, so nothing in it was read while fixing."""
    manifest = json.loads((GOLD / "manifest.json").read_text(encoding="utf-8"))
    members = [entry for entry in manifest if entry["split"] == "dev13"]
    others = [entry for entry in manifest if entry["split"] != "dev13"]
    assert "dev13" not in HELD_OUT_SPLITS  # open to tuning since session 24
    assert {entry["id"][:5] for entry in members} <= {"d13p-", "d13t-"}
    assert not {e["url"] for e in members} & {e["url"] for e in others if e["url"]}
    assert not {e["story"] for e in members if e["story"]} & {e["story"] for e in others if e["story"]}
    pages = [entry for entry in members if entry["id"].startswith("d13p-")]
    hosts = [urlsplit(entry["url"]).hostname.removeprefix("www.") for entry in pages]
    assert len(pages) >= 10 and len(set(hosts)) == len(hosts)
    assert not set(hosts) & {urlsplit(e["url"]).hostname.removeprefix("www.") for e in others if e["url"]}
    assert not {entry["outlet"] for entry in pages} & {entry["outlet"] for entry in others}


def assert_basil_texts_no_other_split_has(split: str, prefix: str) -> None:
    """A split labelled for a later session's untuned check holds only BASIL texts (ids ``prefix``) whose records,
    URLs and stories are in no other split, so nothing in it was read while fixing before that session opened it."""
    manifest = json.loads((GOLD / "manifest.json").read_text(encoding="utf-8"))
    members = [entry for entry in manifest if entry["split"] == split]
    others = [entry for entry in manifest if entry["split"] != split]
    assert members and {entry["id"][:5] for entry in members} == {prefix}
    assert {entry["repo"] for entry in members} == {"launchnlp/BASIL"}
    assert not {e["path"] for e in members} & {e["path"] for e in others if e["repo"] == "launchnlp/BASIL"}
    assert not {e["url"] for e in members} & {e["url"] for e in others if e["url"]}
    assert not {e["story"] for e in members if e["story"]} & {e["story"] for e in others if e["story"]}


def test_dev14_was_news_nobody_tuned_on():
    """dev14 was session 24's untuned check, held out while it fixed; open to tuning since session 25."""
    assert "dev14" not in HELD_OUT_SPLITS
    assert_basil_texts_no_other_split_has("dev14", "d14t-")


def test_dev15_was_news_nobody_tuned_on():
    """dev15 was session 25's untuned check, held out while it fixed; open to tuning since session 26."""
    assert "dev15" not in HELD_OUT_SPLITS
    assert_basil_texts_no_other_split_has("dev15", "d15t-")


def test_dev16_was_news_nobody_tuned_on():
    """dev16 was labelled in session 25, session 26's untuned check, and open to tuning since session 27."""
    assert "dev16" not in HELD_OUT_SPLITS
    assert_basil_texts_no_other_split_has("dev16", "d16t-")


def test_dev17_was_news_nobody_tuned_on():
    """dev17 was labelled in session 26, session 27's untuned check, and is open to tuning since session 28."""
    assert "dev17" not in HELD_OUT_SPLITS
    assert_basil_texts_no_other_split_has("dev17", "d17t-")


def test_dev18_was_news_nobody_tuned_on():
    """dev18 was labelled in session 27, session 28's untuned check, and is open to tuning since session 29."""
    assert "dev18" not in HELD_OUT_SPLITS
    assert_basil_texts_no_other_split_has("dev18", "d18t-")


def assert_pages_no_other_split_has(split: str, prefix: str) -> None:
    """A split labelled for a later session's untuned check holds only web pages (ids ``prefix``, html and scrape,
    one per host, from test fixtures of extraction libraries) whose URLs, hosts and outlets no other split has, so
    nothing in them was read while fixing before that session opened it."""
    manifest = json.loads((GOLD / "manifest.json").read_text(encoding="utf-8"))
    pages = [entry for entry in manifest if entry["split"] == split]
    others = [entry for entry in manifest if entry["split"] != split]
    assert pages and {entry["id"][:5] for entry in pages} == {prefix}
    assert all({"html", "text"} == set(entry["files"]) and entry["commit"] for entry in pages)
    hosts = [urlsplit(entry["url"]).hostname.removeprefix("www.") for entry in pages]
    assert len(set(hosts)) == len(hosts)
    assert not set(hosts) & {urlsplit(e["url"]).hostname.removeprefix("www.") for e in others if e["url"]}
    assert not {entry["outlet"] for entry in pages} & {entry["outlet"] for entry in others}


def test_dev19_was_news_nobody_tuned_on():
    """dev19 was labelled in session 27, session 28's untuned check beside dev18, and is open to tuning since
    session 29."""
    assert "dev19" not in HELD_OUT_SPLITS
    assert_pages_no_other_split_has("dev19", "d19p-")


def test_dev20_was_news_nobody_tuned_on():
    """dev20 was labelled in session 28 and was session 29's untuned check, measured at its start and end; open to
    tuning since session 30: more web pages from hosts and outlets no other split has."""
    assert "dev20" not in HELD_OUT_SPLITS
    assert_pages_no_other_split_has("dev20", "d20p-")


def test_dev21_was_news_nobody_tuned_on():
    """dev21 was labelled in session 29 and was session 30's untuned check, measured at its start and end; open to
    tuning since session 31: web pages, most of them news reports with quotes and figures, from hosts and outlets
    no other split has."""
    assert "dev21" not in HELD_OUT_SPLITS
    assert_pages_no_other_split_has("dev21", "d21p-")


def test_dev22_was_news_nobody_tuned_on():
    """dev22 was labelled in session 30 and was session 31's untuned check, measured at its start and end; open to
    tuning since session 32: web pages, short news reports most of them, from hosts and outlets no other split has."""
    assert "dev22" not in HELD_OUT_SPLITS
    assert_pages_no_other_split_has("dev22", "d22p-")


def test_dev23_was_news_nobody_tuned_on():
    """dev23 was labelled in session 30 and was session 32's untuned check, measured at its start and end; open to
    tuning since session 33: web pages of an extraction benchmark, short news reports, from hosts and outlets no other
    split has."""
    assert "dev23" not in HELD_OUT_SPLITS
    assert_pages_no_other_split_has("dev23", "d23p-")


def test_dev24_was_news_nobody_tuned_on():
    """dev24 was labelled in session 31 and was session 33's untuned check, measured at its start and end; open to
    tuning since session 34: web pages of a date extractor's tests, news reports with quotes, from hosts and outlets
    no other split has."""
    assert "dev24" not in HELD_OUT_SPLITS
    assert_pages_no_other_split_has("dev24", "d24p-")


def test_dev25_is_news_nobody_tuned_on():
    """dev25 was labelled in session 31 and is session 34's untuned check, held out while it fixes:
    more web pages of a date extractor's tests, news reports with quotes and figures, from hosts and outlets no other
    split has."""
    assert "dev25" in HELD_OUT_SPLITS
    assert_pages_no_other_split_has("dev25", "d25p-")


def test_dev26_is_news_nobody_tuned_on():
    """dev26 was labelled in session 32 for a later session's untuned check, held out until that session opens it:
    more web pages of a date extractor's tests, science, technology and research news with quotes and figures, from
    hosts and outlets no other split has."""
    assert "dev26" in HELD_OUT_SPLITS
    assert_pages_no_other_split_has("dev26", "d26p-")


def test_dev27_is_news_nobody_tuned_on():
    """dev27 was labelled in session 33 for a later session's untuned check, held out until that session opens it:
    web pages of a mercury-parser fork's tests, Irish, music, health, political and sports news with quotes and
    figures, from hosts and outlets no other split has."""
    assert "dev27" in HELD_OUT_SPLITS
    assert_pages_no_other_split_has("dev27", "d27p-")


def test_dev28_is_news_nobody_tuned_on():
    """dev28 was labelled in session 34 for a later session's untuned check, held out until that session opens it:
    web pages of a news crawler's tests, Indian national, state, health and sports news with quotes, from hosts and
    outlets no other split has."""
    assert "dev28" in HELD_OUT_SPLITS
    assert_pages_no_other_split_has("dev28", "d28p-")


def test_a_split_the_gold_set_lacks_is_refused_not_scored_as_empty():
    refused = CliRunner().invoke(eval_app, ["real", str(GOLD), "--split", "fresh-2"])
    assert refused.exit_code == 2 and "unknown split fresh-2" in refused.output


def test_gold_loads_every_label_and_story_conflict():
    every_label = load_gold(GOLD / "labels")
    assert {g.split for g in every_label} == set(SPLITS)
    # dev2 to dev28 grow as more is labelled
    growing = ("dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12", "dev13",
               "dev14", "dev15", "dev16", "dev17", "dev18", "dev19", "dev20", "dev21", "dev22",
               "dev23", "dev24", "dev25", "dev26", "dev27", "dev28")
    gold = [g for g in every_label if g.split not in (*growing, "fresh2")]
    assert sum(g.day is not None for g in gold) == 204 + 45
    assert sum(g.ambiguous for g in gold) == 4 + 1
    assert sum(g.quotes is not None for g in gold) == sum(g.timexes is not None for g in gold) == 68 + 13
    stories = json.loads((GOLD / "stories.json").read_text(encoding="utf-8"))
    assert {g.story for g in every_label if g.story} == set(stories)
    later = {g.id for g in every_label if g.split in growing}
    assert {c for c in load_story_conflicts(GOLD / "stories.json") if not any(i in later for i, _ in c)} == {
        frozenset({("sh-432362af", "an estimated 25 million people"), ("sh-8b194530", "more than 50 million deaths")})}


def test_labels_find_their_words_whatever_the_typography():
    text = "“It doesn’t bother me much these days, and the garden keeps me as busy as ever,” the man wrote."
    index = TextIndex(text)
    start, end = index.find("It doesn't bother me much these days")
    assert text[start:end] == "It doesn’t bother me much these days"
    assert index.closing_quote(end) == text.index("” the man") + 1
    assert index.find("Owen Dempsey") is None


def test_speakers_agree_by_name_words_and_nameless_gold_wants_no_speaker():
    assert same_speaker("Mr. Kennedy", "James P. Kennedy Jr.")
    assert same_speaker("Owen John Dempsey", "Owen Dempsey")
    assert same_speaker(None, "ANONYMOUS")
    assert not same_speaker("Martin Taylor", "ANONYMOUS")
    assert not same_speaker(None, "Owen Dempsey")
    assert not same_speaker("Kim", "Shinzo Abe")


def test_furniture_lines_match_whole_or_by_a_cut_opening():
    caption = "Gretchen Whitmer, governor of Michigan, seen touring a Detroit auto show…"
    assert is_boilerplate_line("Advertisement", "Advertisement")
    assert not is_boilerplate_line("The advertisement ran on TV.", "Advertisement")
    assert is_boilerplate_line("Gretchen Whitmer, governor of Michigan, seen touring a Detroit auto show in 2019, "
                               "a year after she won the office.", caption)


def test_a_long_furniture_label_matches_its_line_with_a_kicker_not_a_story_sentence_holding_it() -> None:
    credit = "Fiona Reid of Inverness, Scotland"
    assert is_boilerplate_line("© Fiona Reid of Inverness, Scotland", credit)
    assert is_boilerplate_line("SEE MORE: Lima floods: 300 families stranded on rooftops in the suburbs",
                               "Lima floods: 300 families stranded on rooftops in the suburbs")
    assert not is_boilerplate_line("\"By the third week of the fever, I could not climb the stairs,\" wrote "
                                   "51-year-old Fiona Reid of Inverness, Scotland, in her diary.", credit)


def test_a_line_a_long_furniture_label_was_run_into_carries_it_though_it_is_not_that_line() -> None:
    teaser = "Lima floods: 300 families stranded on rooftops in the suburbs"
    glued = "Police fired tear gas on Monday as the standoff went on. Read more: " + teaser
    assert not is_boilerplate_line(glued, teaser)
    assert carries_boilerplate_line(glued, teaser)
    assert not carries_boilerplate_line("Police fired tear gas on Monday.", teaser)


def test_main_text_is_scored_as_a_bag_of_words():
    measured = token_prf("Hide Caption 1 of 30 The death toll rose", "The death toll rose to 10")
    assert (measured.precision, measured.recall) == (4 / 9, 4 / 6)


#: The dev slice the gate's floors were set on: the first eight fully labelled dev articles before the 40
#: pages of new outlets were added (s7-gold3), kept so the floors keep guarding what they measured. On the
#: new dev articles Dateline is weaker (eval/real/README.md, "More dev"); their floors come with the fixes.
GATE_SLICE = ("fu-euronewsen", "fu-malaymail", "fu-theguardian", "sh-14cc2a0c", "sh-686bb170", "sh-6ebac05f",
              "sh-7a457a4f", "sh-7bb1ca90")


@pytest.fixture(scope="module")
def dev_slice(tmp_path_factory):
    if not (ARTICLES / "html").is_dir():
        pytest.skip("the real-news articles are not at ../shared/eval/real (see eval/real/README.md)")
    gold = tmp_path_factory.mktemp("gold")
    (gold / "labels").mkdir()
    (gold / "stories.json").write_bytes((GOLD / "stories.json").read_bytes())
    for article_id in GATE_SLICE:
        (gold / "labels" / f"{article_id}.json").write_bytes((GOLD / "labels" / f"{article_id}.json").read_bytes())
    return evaluate(ARTICLES, gold / "labels", "dev")


def test_gate_html_part_on_a_dev_slice(dev_slice):
    html = dev_slice.parts[0]
    assert (html.kind, html.articles, html.stored) == ("html", 8, 8)
    assert html.dates.exact / html.dates.total >= 0.99
    assert sum(html.text.f1) / len(html.text.f1) >= 0.96
    assert html.text.lines_left / html.text.lines <= 0.06
    assert html.quotes.direct.prf.precision >= 0.94 and html.quotes.direct.prf.recall >= 0.92
    assert html.quotes.speaker_right / html.quotes.direct.required >= 0.81
    assert html.quotes.shown_right / html.quotes.shown >= 0.97
    assert html.quotes.indirect_speaker_right / html.quotes.indirect.required >= 0.68
    assert html.quotes.off_body == 0
    assert html.figures.tally.prf.recall >= 0.95 and html.figures.tally.prf.precision >= 0.95
    assert html.timexes.relaxed.f1 >= 0.9 and html.timexes.value_accuracy >= 0.87


def test_gate_publication_days_of_every_dev_html_page():
    """Every dated dev page, without the build: a day exact, or a range that holds it; never a wrong day (a
    modification stamp no longer beats a stated publication: rd-spiceworks, 2020-07-10, not its
    "Last Updated: January 7, 2025")."""
    if not (ARTICLES / "html").is_dir():
        pytest.skip("the real-news articles are not at ../shared/eval/real (see eval/real/README.md)")
    pages = [g for g in load_gold(GOLD / "labels", "dev") if "html" in g.files and g.day and not g.ambiguous]
    found = [(g.day, page_date(decode_text((ARTICLES / g.files["html"]).read_bytes()))) for g in pages]
    exact = sum(days is not None and days.earliest == day == days.latest for day, days in found)
    wrong = sum(days is not None and not days.earliest <= day <= days.latest for day, days in found)
    assert (len(pages), exact, wrong) == (92, 92, 0)


def test_gate_date_lines_of_every_dev_scrape():
    """Every dated dev scrape, without the build: the day its date line states (or the open range an
    "Updated" stamp alone ends), never a wrong one. Unknown where the scrape prints no dated line (the WCEP
    texts, "5 hours ago")."""
    if not (ARTICLES / "text").is_dir():
        pytest.skip("the real-news articles are not at ../shared/eval/real (see eval/real/README.md)")
    scrapes = [g for g in load_gold(GOLD / "labels", "dev") if "text" in g.files and g.day and not g.ambiguous]
    found = pubdate_report((g.day, scrape_date(decode_text((ARTICLES / g.files["text"]).read_bytes())))
                           for g in scrapes)
    assert (found.total, found.wrong) == (116, 0)
    assert found.exact >= 61


def test_gate_text_part_on_a_dev_slice(dev_slice):
    text = dev_slice.parts[1]
    assert (text.kind, text.stored) == ("text", 8)
    assert text.dates.exact >= 7 and text.dates.wrong == 0  # 7 date lines; sh-7bb1ca90 prints "Monday 6:30PM"
    assert sum(text.text.f1) / len(text.text.f1) >= 0.87
    assert text.text.lines_left / text.text.lines <= 0.26  # 35 of 139 (38 before teaser runs and author boxes)
    assert text.quotes.direct.prf.f1 >= 0.88
    assert text.quotes.speaker_right / text.quotes.direct.required >= 0.78
    assert text.quotes.indirect_speaker_right / text.quotes.indirect.required >= 0.65
    assert text.figures.tally.prf.recall >= 0.95 and text.figures.tally.prf.precision >= 0.95
    assert text.timexes.relaxed.f1 >= 0.9
