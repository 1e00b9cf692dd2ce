"""The PLOVER records split in two fixed halves: one to tune on, one held out."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from dateline.cli import app
from dateline.evaluation.events import Answer, GoldEvent, fold_of, fold_scores, format_folds, gold_split, score_events


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
