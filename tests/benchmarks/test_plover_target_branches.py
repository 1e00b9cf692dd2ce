"""The per-branch, per-fold view of how PLOVER records' targets are chosen."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

import pytest

from dateline.evaluation.events import GoldEvent

#: Real-style records: a verb's object, a request's object, and a meeting whose partner becomes an actor.
ATTACK = GoldEvent("PLOVER-T-ASSAULT-1",
                   "Israeli warplanes attacked Hezbollah positions in southern Lebanon on Sunday.", "ASSAULT",
                   ("Israeli warplanes",), ("Hezbollah",))
REQUEST = GoldEvent("PLOVER-T-REQUEST-1", "The Security Council urged Syria to withdraw its troops from Lebanon.",
                    "REQUEST", ("Security Council",), ("Syria",))
MEETING = GoldEvent("PLOVER-T-CONSULT-1",
                    "Jordan's King Abdullah held talks with Egyptian President Hosni Mubarak in Cairo.", "CONSULT",
                    ("King Abdullah",), ("Hosni Mubarak",))


@pytest.fixture
def study(benchmark_script: Callable[[str], ModuleType]) -> ModuleType:
    return benchmark_script("plover_target_branches")


def test_a_chain_is_named_by_the_calls_that_returned_the_target(study: ModuleType) -> None:
    target = object()
    party = study.Call("_participant", 584, target)
    acted_on = study.Call("_acted_on", 503, target, [study.Call("_prep_object", 870, None), party])
    passed_on = study.Call("_party_acted_on", 290, target, [acted_on])
    top = study.Call("verb_arguments", 178, (None, target), [study.Call("_verb_target", 229, target, [passed_on])])
    chain = study.branch_of(study.Call("root", calls=[top]))
    assert chain == "verb_arguments:178 > _verb_target:229 > _party_acted_on:290 > _acted_on:503 > _participant:584"
    assert study.coarse(chain) == "_acted_on:503"


def test_an_event_without_a_target_has_no_branch(study: ModuleType) -> None:
    top = study.Call("noun_arguments", 343, (None, None))
    assert study.branch_of(study.Call("root", calls=[top])) == study.NO_TARGET


def test_traced_records_name_the_branch_that_chose_their_target(study: ModuleType) -> None:
    decided = {one.answer.gold.id: one for one in study.decide([ATTACK, REQUEST, MEETING])}
    assert study.coarse(decided[ATTACK.id].branch).startswith("_acted_on:")
    assert study.coarse(decided[REQUEST.id].branch).startswith("_acted_on:")
    assert decided[MEETING.id].branch == study.JOINT
    report = study.report(list(decided.values()), 5, records=False)
    assert " 1/0 " in report and "(joint: partner made an actor)" in report


def test_a_real_lead_target_is_right_when_its_label_names_it(study: ModuleType) -> None:
    assert study._named_in("former national security adviser Michael Flynn", "subpoenaed michael flynn") is True
    assert study._named_in("two of his businesses", "subpoenaed two of michael flynn's businesses") is True
    assert study._named_in("House of Representatives", "passed the voting rights bill, 234-193") is False
    assert study._named_in(None, "resigned from congress") is None


def test_the_real_report_counts_each_branch_over_outlets(study: ModuleType) -> None:
    leads = [study.RealLead("Fox News", "_acted_on:503", "Michael Flynn", True),
             study.RealLead("HuffPost", "_acted_on:503", "House of Representatives", False),
             study.RealLead("HuffPost", study.NO_TARGET, None, None)]
    lines = study.real_report(leads).splitlines()
    assert lines[1].split() == ["2", "1", "2", "_acted_on:503"]
    assert lines[2].split()[0] == "wrong" and "'House of Representatives'" in lines[2]
