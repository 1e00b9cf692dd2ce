"""Leave-one-topic-out on Timeline17: a topic's tasks are predicted only by what was chosen on the others."""

from datetime import date
from pathlib import Path

from typer.testing import CliRunner

from dateline.evaluation.cli import eval_app
from dateline.evaluation.t17 import T17Task
from dateline.evaluation.t17_eval import TaskInput, cross_validate

DAY = date(2010, 4, 20)


def task_input(name: str, topic: str) -> TaskInput:
    return TaskInput(T17Task(name, topic, {DAY: ["A rig exploded ."]}, ()), [])


def test_each_topic_is_predicted_by_a_method_chosen_without_it() -> None:
    inputs = [task_input("bpoil_bbc/bbc", "bpoil"), task_input("bpoil_reuters/rbpoil", "bpoil"),
              task_input("H1N1_bbc/flu", "H1N1"), task_input("MJ_bbc/mj", "MJ")]

    def train(training: list[TaskInput]):
        seen = {i.task.topic for i in training}
        return lambda i: {DAY: [f"{i.task.topic} predicted after training on {sorted(seen)}"]}

    results = {r.task: r for r in cross_validate(inputs, train)}
    assert [r.topic for r in results.values()] == ["H1N1", "MJ", "bpoil", "bpoil"]
    assert results["bpoil_reuters/rbpoil"].predicted == {DAY: ["bpoil predicted after training on ['H1N1', 'MJ']"]}
    assert results["MJ_bbc/mj"].predicted == {DAY: ["MJ predicted after training on ['H1N1', 'bpoil']"]}
    assert results["MJ_bbc/mj"].scores.date.f1 == 1.0


#: Leave-one-topic-out on three small topics (Finan, H1N1, MJ: 5 tasks, each fold trained on the other two
#: topics' reference timelines) measured .1348 / .0303 / .6927; a change that lowers these is a regression.
CV_FLOOR = {"AR-1": 0.134, "AR-2": 0.030, "Date-F1": 0.69}


def test_cli_cross_validates_by_topic_above_the_pinned_floor(t17_dir: Path, t17_cache: Path, tmp_path: Path) -> None:
    data = tmp_path / "t17"
    data.mkdir()
    for outlet in ("Finan_washingtonpost", "H1N1_bbc", "H1N1_guardian", "H1N1_reuters", "MJ_bbc"):
        (data / outlet).symlink_to(t17_dir / outlet)
    result = CliRunner().invoke(eval_app, ["t17", str(data), "--cv", "topic", "--cache-dir", str(t17_cache)])
    assert result.exit_code == 0, result.output
    rows = {line[:58].strip(): line[58:].split() for line in result.output.splitlines()}
    assert {"topic Finan (mean P and R, then F1)", "topic H1N1 (mean P and R, then F1)"} <= set(rows)
    pooled = dict(zip(CV_FLOOR, map(float, rows["average over 5 tasks (mean P and R, then F1)"])))
    assert all(pooled[measure] >= floor for measure, floor in CV_FLOOR.items()), pooled
