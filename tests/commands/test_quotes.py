"""``dateline quotes PATH``: who said what in one seed article, as JSON."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from dateline.cli import app


def test_quotes_raw_offsets_index_the_file(seeds_dir):
    path = seeds_dir / "000_5f63fd17ae12b65e.txt"
    result = CliRunner().invoke(app, ["quotes", str(path), "--raw", "--format", "json"])
    assert result.exit_code == 0, result.output
    text = path.read_text(encoding="utf-8")
    objects = json.loads(result.output)
    first = objects[0]
    assert text[first["source"][0] : first["source"][1]].endswith("US President Joe Biden")
    assert text[first["cue"][0] : first["cue"][1]] == "said"
    pushing = next(o for o in objects if o["text"] == "“We’re pushing,”")
    assert (pushing["speaker"], pushing["kind"]) == ("Joe Biden", "direct")
    assert [text[s:e] for s, e in pushing["content"]] == ["“We’re pushing,”"]


def test_quotes_cleaned_by_default(seeds_dir):
    result = CliRunner().invoke(app, ["quotes", str(seeds_dir / "003_3c6ce62528b1b6a2.txt")])
    assert result.exit_code == 0, result.output
    assert [o["speaker"] for o in json.loads(result.output) if o["speech"]] == [
        # the State Department's report and the words it quotes, drawn out as its direct quote; Burns's
        # urging Hamas to embrace a deal is a request and "recent polling shows" evidence, neither speech
        "State Department", "State Department", "Israel", "Qatar", "Israel"]


def test_a_speaker_below_the_line_is_null_and_its_candidate_shown_on_request(unsure_article):
    path = unsure_article
    plain = json.loads(CliRunner().invoke(app, ["quotes", str(path)]).output)
    shown = json.loads(CliRunner().invoke(app, ["quotes", str(path), "--show-candidates"]).output)
    assert [(o["speaker"], o["speaker_confidence"], "speaker_candidate" in o) for o in plain] == [(None, 0.2, False)]
    assert [(o["speaker"], o["speaker_candidate"], o["speaker_span"]) for o in shown] == [(None, "MARK REGEV", None)]


def test_a_named_speaker_carries_its_confidence(seeds_dir):
    result = CliRunner().invoke(app, ["quotes", str(seeds_dir / "003_3c6ce62528b1b6a2.txt"), "--show-candidates"])
    burns = next(o for o in json.loads(result.output) if o["speaker"] == "Bill Burns")
    assert (burns["speaker_confidence"], burns["speaker_candidate"]) == (0.9, None)
