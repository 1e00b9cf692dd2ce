"""The TempEval-3 counting; accuracy floors on a fast slice of TimeBank (skipped where the data is not
mounted); and ``dateline eval tempeval`` on a few TimeBank files.

The floors' slice is the first 60 TimeBank files, tagged without the parse (tense-free defaults), so it
runs in about a second; the full measurement is ``dateline eval tempeval``. Lower a floor only on purpose.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dateline.cli import app
from dateline.evaluation.tempeval import count_document, score
from dateline.evaluation.timeml import read_dir
from dateline.model import PublicationDate, TimeExpression
from dateline.time.tagger import tag_text

TIMEBANK = Path(__file__).resolve().parents[3] / "shared" / "eval" / "tempeval3" / "TimeBank"
#: measured after the year-ago numbered quarters, coordinated days, "in the morning", "one day" and "within
#: weeks": strict 90.05, relaxed 94.66, value 83.98 (F1, %); before them 90.02 / 94.40 / 83.45
FLOORS = {"strict": 0.898, "relaxed": 0.944, "value": 0.837}


def test_tempeval_counting() -> None:
    gold = [TimeExpression(0, 6, "Friday", "DATE", "1998-08-07"),
            TimeExpression(10, 19, "next week", "DATE", "1998-W33")]
    system = [TimeExpression(0, 14, "Friday morning", "TIME", "1998-08-07"),
              TimeExpression(30, 34, "now", "DATE", "PRESENT_REF")]
    counts = count_document(gold, system)
    assert (counts.relaxed, counts.strict, counts.type_ok, counts.value_ok) == (1, 0, 0, 1)
    scores = score([(gold, system)])
    assert (scores.relaxed.precision, scores.relaxed.recall) == (0.5, 0.5)
    assert scores.value.f1 == 0.5 * 1.0 and scores.type.f1 == 0.0


@pytest.mark.skipif(not TIMEBANK.is_dir(), reason="TempEval-3 data not mounted")
def test_timebank_slice_floors() -> None:
    docs = read_dir(TIMEBANK)[:60]
    scores = score((d.timexes, tag_text(d.text, PublicationDate.on(d.dct, "metadata") if d.dct else None))
                   for d in docs)
    assert scores.strict.f1 >= FLOORS["strict"]
    assert scores.relaxed.f1 >= FLOORS["relaxed"]
    assert scores.value.f1 >= FLOORS["value"]


@pytest.mark.skipif(not TIMEBANK.is_dir(), reason="TempEval-3 data not mounted")
def test_eval_tempeval_scores_the_build_pipeline(tmp_path: Path) -> None:
    """The first three TimeBank files through ``dateline eval tempeval`` (the build's own pipeline, parse
    and tense included), pinned as measured."""
    for path in sorted(TIMEBANK.glob("*.tml"))[:3]:
        (tmp_path / path.name).symlink_to(path)
    result = CliRunner().invoke(app, ["eval", "tempeval", str(tmp_path)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[1] == "strict    100.00   92.86   96.30"
    assert lines[-1] == "type accuracy 100.00  value accuracy 92.31  (gold 14, system 13, relaxed 13, strict 13)"


def _real_article(root: Path) -> None:
    """One real-news article of our own writing, labelled as ``eval/real`` labels its time expressions."""
    (root / "gold").mkdir(parents=True)
    (root / "labels").mkdir()
    (root / "gold" / "x.body.txt").write_text(
        "The council met on Monday. It will vote next week on the budget. Officials said the plan would take "
        "effect in 2026.", encoding="utf-8")
    label = {"id": "x", "split": "dev", "files": {"gold": "gold/x.body.txt"}, "published": {"day": "2024-04-30"},
             "timexes": {"scope": {"first": "The council met", "last": "effect in 2026."},
                         "items": [{"text": "Monday", "type": "DATE", "value": "2024-04-29"},
                                   {"text": "next week", "type": "DATE", "value": "2024-W19"},
                                   {"text": "2026", "type": "DATE", "value": "2026"}]}}
    (root / "labels" / "x.json").write_text(json.dumps(label), encoding="utf-8")


@pytest.mark.skipif(not TIMEBANK.is_dir(), reason="TempEval-3 data not mounted")
def test_eval_tempeval_by_corpus_scores_each_corpus_and_the_real_labels(tmp_path: Path) -> None:
    """``--by corpus`` gives a row per corpus folder, their total, and the real-news labels as a third set."""
    for corpus, count in (("TimeBank", 2), ("AQUAINT", 1)):
        (tmp_path / corpus).mkdir()
        for path in sorted(TIMEBANK.glob("*.tml"))[:count]:
            (tmp_path / corpus / path.name).symlink_to(path)
    _real_article(tmp_path / "real")
    result = CliRunner().invoke(app, ["eval", "tempeval", str(tmp_path), "--by", "corpus", "--real",
                                      str(tmp_path / "real"), "--labels", str(tmp_path / "real" / "labels")])
    assert result.exit_code == 0, result.output
    rows = {line.split()[0]: line.split()[1:] for line in result.output.splitlines()[1:]}
    assert list(rows) == ["AQUAINT", "TimeBank", "all", "real"]
    assert rows["real"] == ["gold", "100.00", "100.00", "100.00", "100.00", "3", "3"]
    assert int(rows["all"][-2]) == int(rows["AQUAINT"][-2]) + int(rows["TimeBank"][-2])


def test_eval_tempeval_by_rejects_unknown_grouping(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["eval", "tempeval", str(tmp_path), "--by", "file"])
    assert result.exit_code != 0
