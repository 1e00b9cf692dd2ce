"""Leave-one-topic-out on Timeline17: a topic's tasks are predicted only by what was chosen on the others."""

from datetime import date

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
