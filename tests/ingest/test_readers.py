"""Readers on real seed files and on hand-made bad inputs: every bad input becomes one clear skip."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from dateline.errors import Skipped, SkipReason, WarnReason
from dateline.ingest import read_inputs
from dateline.ingest.text import split_date_prefix
from dateline.model import RawArticle


def test_seed_folder_reads_five_articles_in_order(seeds_dir: Path) -> None:
    results = list(read_inputs([seeds_dir]))
    assert [Path(r.source).name[:3] for r in results] == ["000", "001", "002", "003", "004"]
    assert all(isinstance(r, RawArticle) for r in results)


def test_date_prefix_is_metadata_and_is_removed(seeds_dir: Path) -> None:
    first = next(read_inputs([seeds_dir / "000_5f63fd17ae12b65e.txt"]))
    assert first.published == date(2023, 12, 21)
    assert first.text.startswith("US President Joe Biden said on Wednesday")


def test_invalid_date_prefix_is_left_in_text() -> None:
    assert split_date_prefix("date 2023-13-45 Text") == (None, "date 2023-13-45 Text")


def _skip_of(path: Path) -> Skipped:
    (result,) = list(read_inputs([path]))
    assert isinstance(result, Skipped), result
    return result


def test_binary_and_non_utf8_files_are_skipped(tmp_path: Path) -> None:
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "latin1.txt").write_bytes("Le président a déclaré mercredi".encode("latin-1"))
    assert _skip_of(tmp_path / "image.txt").reason is SkipReason.BINARY
    skip = _skip_of(tmp_path / "latin1.txt")
    assert skip.reason is SkipReason.NOT_UTF8 and "0xe9" in skip.message


def test_huge_file_is_skipped_without_reading_it_as_text(tmp_path: Path) -> None:
    (tmp_path / "huge.txt").write_bytes(b"word " * 1_100_000)
    assert _skip_of(tmp_path / "huge.txt").reason is SkipReason.HUGE


def test_unknown_suffix_is_unsupported(tmp_path: Path) -> None:
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.4")
    assert _skip_of(tmp_path / "scan.pdf").reason is SkipReason.UNSUPPORTED


def test_jsonl_reads_good_lines_and_skips_bad_ones(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a", "url": "https://example.org/a", "title": "T", "published": "2024-03-22T10:00:00Z",
                    "text": "Blinken arrived in Israel on Friday."}),
        "{not json",
        json.dumps({"id": "c", "title": "no body"}),
    ]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines), encoding="utf-8")
    good, bad_json, no_body = read_inputs([tmp_path / "feed.jsonl"])
    assert good == RawArticle("https://example.org/a", "Blinken arrived in Israel on Friday.", "T",
                              "https://example.org/a", date(2024, 3, 22))
    assert (bad_json.source, bad_json.reason) == (f"{tmp_path}/feed.jsonl:2", SkipReason.MALFORMED)
    assert no_body.reason is SkipReason.MALFORMED and "no 'text' or 'html'" in no_body.message


def test_html_main_text_title_and_metadata_date(tmp_path: Path) -> None:
    story = " ".join(["Secretary of State Antony Blinken arrived in Israel on Friday to press for a truce."] * 4)
    html = f"""<html><head><title>Blinken in Israel</title>
      <meta property="article:published_time" content="2024-03-22T08:00:00Z"></head>
      <body><nav>Home | World | Subscribe</nav><article><h1>Blinken in Israel</h1><p>{story}</p>
      <p>{story}</p></article><footer>Most Popular</footer></body></html>"""
    (tmp_path / "page.html").write_text(html, encoding="utf-8")
    (article,) = read_inputs([tmp_path / "page.html"])
    assert article.published == date(2024, 3, 22)
    assert article.title == "Blinken in Israel"
    assert "arrived in Israel on Friday" in article.text and "Most Popular" not in article.text


def test_jsonl_published_that_is_not_a_date_is_warned_not_silent(tmp_path: Path) -> None:
    lines = [json.dumps({"url": "https://example.org/b", "published": "last Tuesday", "text": "Talks resumed."}),
             json.dumps({"url": "https://example.org/c", "published": "", "text": "Talks stalled."})]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines), encoding="utf-8")
    warned, quiet = read_inputs([tmp_path / "feed.jsonl"])
    assert warned.published is None and quiet.warnings == ()
    (warning,) = warned.warnings
    assert warning.reason is WarnReason.UNPARSED_PUBLISHED and warning.reason.code == "D009"
    assert warning.message == ("warning for https://example.org/b: D009 publication date not understood: "
                               "'last Tuesday'; dated from its text instead")


#: A fact-check page with no metadata whose only full date is the claim's, quoted in the story.
CLAIM_STORY = " ".join(["Sen. Ada Brightwater claimed on Friday, June 5th, 2020 that ferries on the harbour route sail "
                        "two-thirds empty each winter, a figure the port authority could not confirm."] * 3)
CLAIM_PAGE = f"""<html><head><title>Empty ferries</title></head><body><article>
  <h1>Do the harbour ferries really sail two-thirds empty?</h1><p>{CLAIM_STORY}</p></article></body></html>"""


def test_html_prose_guess_nothing_confirms_is_a_warned_candidate_not_the_date(tmp_path: Path) -> None:
    (tmp_path / "claim.html").write_text(CLAIM_PAGE, encoding="utf-8")
    (article,) = read_inputs([tmp_path / "claim.html"])
    assert article.published is None and article.published_latest is None
    (warning,) = article.warnings
    assert warning.reason is WarnReason.UNCORROBORATED_PUBLISHED and warning.reason.code == "D014"
    assert warning.message == (f"warning for {tmp_path}/claim.html: D014 publication date only guessed, unconfirmed: "
                               "2020-06-05 from the page's prose, kept as a candidate; dated from its text instead")


def test_jsonl_html_keeps_the_pages_range_and_its_warnings(tmp_path: Path) -> None:
    story = " ".join(["The city council voted on Tuesday to close the bridge for repairs until the spring."] * 4)
    ranged = f"""<html><head><meta property="article:published_time" content="2019-11-19T21:00:00-05:00"></head>
      <body><h1>Bridge to close</h1><p class="date">November 18, 2019</p><p>{story}</p></body></html>"""
    lines = [json.dumps({"url": "https://example.org/bridge", "html": ranged}),
             json.dumps({"url": "https://example.org/claim", "html": CLAIM_PAGE}),
             json.dumps({"url": "https://example.org/stated", "published": "2019-11-18", "html": CLAIM_PAGE})]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines), encoding="utf-8")
    bridge, claim, stated = read_inputs([tmp_path / "feed.jsonl"])
    assert (bridge.published, bridge.published_latest) == (date(2019, 11, 18), date(2019, 11, 19))
    assert claim.published is None and [w.reason.code for w in claim.warnings] == ["D014"]
    assert (stated.published, stated.published_basis, stated.warnings) == (date(2019, 11, 18), "metadata", ())


def test_html_next_story_loaded_under_the_article_is_not_its_text(tmp_path: Path) -> None:
    story = " ".join(["Secretary of State Antony Blinken arrived in Israel on Friday to press for a truce."] * 4)
    other = " ".join(["The fire chief in Tulsa raised the death toll in the warehouse blaze to 12."] * 4)
    html = f"""<html><head><title>Blinken in Israel</title></head>
      <body><article><h1>Blinken in Israel</h1><p>{story}</p><p>{story}</p></article>
      <article><h1>Tulsa toll raised</h1><p>{other}</p><p>{other}</p></article></body></html>"""
    (tmp_path / "page.html").write_text(html, encoding="utf-8")
    (article,) = read_inputs([tmp_path / "page.html"])
    assert "arrived in Israel on Friday" in article.text and "death toll" not in article.text
