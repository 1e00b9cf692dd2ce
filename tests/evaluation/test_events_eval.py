"""The PLOVER records split in two fixed halves: one to tune on, one held out."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from dateline.cli import app
from dateline.evaluation.events import (
    Answer,
    GoldEvent,
    fold_of,
    fold_scores,
    format_folds,
    format_party_errors,
    gold_split,
    party_error,
    score_events,
)
from dateline.evaluation.real import lead_events
from dateline.evaluation.real.lead_events import GoldLead, LeadAnswer


def test_the_halves_part_the_records_by_id_and_never_change() -> None:
    gold = [GoldEvent(f"PLOVER-GSR01-AGREE-{n:04d}", "", "AGREE", (), ()) for n in range(1, 41)]
    dev, test = gold_split(gold, "dev"), gold_split(gold, "test")
    assert sorted(one.id for one in dev + test) == [one.id for one in gold]
    assert 10 < len(dev) < 30 and not {one.id for one in dev} & {one.id for one in test}
    assert gold_split(list(reversed(gold)), "dev") == list(reversed(dev))
    assert gold_split(gold, "all") == gold
    with pytest.raises(ValueError, match="all, dev or test"):
        gold_split(gold, "train")


def test_a_joint_act_scores_each_party_as_an_actor() -> None:
    """PLOVER codes both sides of a call as actors, each apart: no "and" between them, no target."""
    gold = [GoldEvent("x", "President Biden telephoned Prime Minister Netanyahu on Sunday.", "CONSULT",
                      ("President Biden", "Prime Minister Netanyahu"), ())]
    scores, _ = score_events(gold)
    assert (scores.type_correct, scores.actor.precision, scores.actor.recall) == (1, 1.0, 1.0)
    assert (scores.target.precision, scores.target.recall) == (0.0, 0.0)
    assert (scores.actor_shown.precision, scores.actor_share) == (1.0, 1.0)


def test_a_pronoun_party_is_not_shown() -> None:
    """"He" is found as the actor, but who it stands for is not: the product shows it as unknown."""
    gold = [GoldEvent("x", "He condemned the attack on the embassy in Kabul.", "ACCUSE", ("Taliban",), ())]
    scores, answers = score_events(gold)
    assert [gold[0].text[start:end] for start, end in answers[0].event.actors] == ["He"]
    assert (scores.actor.precision, scores.actor_share, scores.actor_shown.precision) == (0.0, 0.0, 0.0)


def test_party_errors_are_sorted_by_how_the_words_went_wrong() -> None:
    """A target found with more words than the gold's is a boundary error, one where the gold has none is
    spurious, one sharing no word is wrong, none found is missed; the count line says how many folds each
    class's sentences fall in."""
    text = "Sudanese militiamen regularly beat up Darfuri villagers in the camps near El Fasher."
    coded = [GoldEvent("PLOVER-GSR01-FIGHT-0001", text, "ASSAULT", ("Sudanese militiamen",), targets)
             for targets in (("Darfuri",), (), ("El Fasher",), ("Darfuri villagers",))]
    _, answers = score_events(coded)
    assert [party_error(answer, "targets") for answer in answers] == ["boundary", "spurious", "wrong", None]
    assert party_error(answers[0], "actors") is None
    assert party_error(Answer(coded[0], None), "targets") == "missed"
    assert format_party_errors(answers, "targets") == \
        "targets errors  missed 0 (0 folds)  spurious 1 (1 folds)  wrong 1 (1 folds)  boundary 1 (1 folds)"


def test_folds_part_the_records_by_id_and_score_each_apart() -> None:
    """Each half's records fall in every fold, each fold is scored on its own records."""
    gold = [GoldEvent(f"PLOVER-GSR01-AGREE-{n:04d}", "Jordan agreed.", "AGREE", ("Jordan",), ()) for n in range(40)]
    assert {fold_of(one.id, 5) for one in gold_split(gold, "dev")} == set(range(5))
    assert [fold_of(one.id, 5) for one in gold[:4]] == [1, 0, 4, 0]
    answers = [Answer(one, None) for one in gold]
    per_fold = fold_scores(answers, 5)
    assert sum(scores.sentences for scores in per_fold) == 40
    assert all(scores.type_correct == 0 and scores.actor.recall == 0.0 for scores in per_fold)
    assert format_folds(per_fold).splitlines()[-1].startswith("spread  type 0.000/0.000/0.000")
    with pytest.raises(ValueError, match="at least 2"):
        fold_scores(answers, 1)


def test_the_command_takes_several_real_splits_and_one_plover_half(tmp_path: Path) -> None:
    """Repeated ``--split`` options are all read for real news (an unknown one refused before anything is
    built), while PLOVER's records are scored one half at a time."""
    real = CliRunner().invoke(app, ["eval", "events", "--real", str(tmp_path), "--split", "dev3", "--split",
                                    "fresh9"])
    assert real.exit_code == 2 and "unknown split fresh9" in real.output
    plover = CliRunner().invoke(app, ["eval", "events", str(tmp_path), "--split", "dev", "--split", "test"])
    assert plover.exit_code == 2 and "one half at a time" in plover.output


def test_several_real_splits_are_scored_each_and_pooled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Named real-news splits are each scored, then pooled, so a route or an outlet is counted over them all."""
    def leads(_path: Path, _manifest: Path, split: str) -> list[GoldLead]:
        return [GoldLead(f"{split}-a", split, "Outlet", "2019-11-19", None, (), None, "2019-11-19", "2019-11-19",
                         "2019-11-19", f"https://example.com/{split}", {})]

    def built(_articles: Path, gold: list[GoldLead]) -> list[LeadAnswer]:
        dated = {"date": "2019-11-19", "earliest": None, "latest": "2019-11-19", "day_evidence": "news_day_assumed",
                 "confidence": {"date": 0.45, "actor": None}, "actor": None, "type": None}
        return [LeadAnswer(gold[0], dated if gold[0].split == "dev2" else None, None, "news_day_assumed")]

    monkeypatch.setattr(lead_events, "load_leads", leads)
    monkeypatch.setattr(lead_events, "build_answers", built)
    result = CliRunner().invoke(app, ["eval", "events", "--real", str(tmp_path), "--split", "dev2", "--split", "dev3"])
    firsts = [line for line in result.output.splitlines() if line.startswith("split ")]
    assert firsts == ["split dev2: 1 articles, a lead event for 1", "split dev3: 1 articles, a lead event for 0",
                      "split dev2+dev3: 2 articles, a lead event for 1"]
    assert "  lead-event day right            0.500 (1/2)" in result.output.splitlines()
