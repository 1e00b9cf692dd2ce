"""The real-news lead events (``eval/real/lead_events.json``) and ``dateline eval events --real``.

The labels are checked on every run; the gate that builds the labelled articles skips without them (they
live at ``../shared/eval/real``, as for ``test_real.py``). Its floors sit just under the scores measured
when they were set (the full run is ``dateline eval events --real ../shared/eval/real``); raise them when a
fix raises the measure.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from dateline.evaluation.real.lead_events import (
    LeadAnswer,
    build_answers,
    day_right,
    format_errors,
    format_fallback,
    format_scores,
    held_out_fallback,
    load_leads,
    outlet_held_out,
    route_family,
    score_answers,
)

REPO = Path(__file__).resolve().parents[2]
GOLD = REPO / "eval" / "real"
ARTICLES = REPO.parent / "shared" / "eval" / "real"


def _leads(split: str = "all"):
    return load_leads(GOLD / "lead_events.json", GOLD / "manifest.json", split)


def test_lead_events_cover_both_splits_and_many_outlets_with_their_manifest_split():
    rows = json.loads((GOLD / "lead_events.json").read_text(encoding="utf-8"))
    manifest = {entry["id"]: entry for entry in json.loads((GOLD / "manifest.json").read_text(encoding="utf-8"))}
    assert len(rows) >= 60 and len({row["id"] for row in rows}) == len(rows)
    splits = Counter(row["split"] for row in rows)
    assert (splits["dev"], splits["test"], splits["fresh"], splits["fresh2"]) == (53, 34, 25, 30)
    assert len({row["outlet"] for row in rows}) >= 30
    assert all(row["split"] == manifest[row["id"]]["split"] for row in rows)
    labels = {row["id"]: json.loads((GOLD / "labels" / f"{row['id']}.json").read_text(encoding="utf-8"))
              for row in rows}
    assert all(row["published"] == labels[row["id"]]["published"]["day"] for row in rows)


def test_lead_days_are_days_or_honest_ranges():
    leads = _leads()
    assert all((lead.day is None) == (lead.earliest != lead.latest or lead.earliest is None) for lead in leads)
    monday_plea = next(lead for lead in leads if lead.id == "sh-7a457a4f")
    assert (monday_plea.day, monday_plea.published) == ("2019-11-18", "2019-11-19")
    easter = next(lead for lead in leads if lead.id == "wcl-0-r")
    assert (easter.day, easter.earliest, easter.latest) == (None, "2018-03-31", "2018-04-01")


def test_a_labelled_day_wants_that_day_and_a_range_wants_no_day_inside_nothing_it_contradicts():
    leads = {lead.id: lead for lead in _leads()}
    plea, easter = leads["sh-7a457a4f"], leads["wcl-0-r"]
    assert day_right(plea, "2019-11-18", "2019-11-18", "2019-11-18")
    assert not day_right(plea, "2019-11-19", "2019-11-19", "2019-11-19")
    assert day_right(easter, None, None, "2018-04-17")
    assert not day_right(easter, "2018-04-01", "2018-04-01", "2018-04-01")
    assert not day_right(easter, None, "2018-04-02", None)


def test_actors_match_by_name_words_or_another_name_of_the_actor():
    leads = {lead.id: lead for lead in _leads()}
    event = {"actor": "President Trump", "date": None, "earliest": None, "latest": None, "type": "CONCEDE"}
    assert LeadAnswer(leads["wcl-7-m"], event, None).actor_right
    assert LeadAnswer(leads["wcl-7-r"], event, None).actor_right  # "White House", also "Donald Trump"
    assert not LeadAnswer(leads["wcl-9-m"], event, None).actor_right
    assert LeadAnswer(leads["wcl-3-r"], {**event, "actor": "DNC files"}, "Democratic National Committee").actor_right


def _dated(date: str | None, earliest: str | None, latest: str | None, evidence: str | None = None,
           confidence: float | None = None) -> dict[str, Any]:
    return {"date": date, "earliest": earliest, "latest": latest, "day_evidence": evidence,
            "confidence": {"date": confidence, "actor": None, "type": None}, "actor": None, "type": None,
            "type_evidence": None}


def test_what_is_shown_is_honest_when_the_label_allows_it_a_held_back_day_by_the_range_shown_beside_it():
    leads = {lead.id: lead for lead in _leads()}
    plea, easter = leads["sh-7a457a4f"], leads["wcl-0-r"]  # Monday 18 November 2019; Easter weekend 2018
    held_back = LeadAnswer(plea, _dated("2019-11-19", None, "2019-11-19", "news_day_assumed", 0.45), None)
    assert (held_back.day_shown, held_back.day_right, held_back.shown_honestly) == (False, False, True)
    assert not LeadAnswer(plea, _dated("2019-11-19", "2019-11-19", "2019-11-19", "stated", 0.95), None).shown_honestly
    assert not LeadAnswer(easter, _dated(None, "2018-04-02", "2018-04-17"), None).shown_honestly
    assert LeadAnswer(easter, _dated("2018-04-17", "2018-04-17", "2018-04-17", "news_day_assumed", 0.45),
                      None).shown_honestly  # nothing shown


def test_leaving_one_outlet_out_shows_an_outlet_s_days_by_their_evidence_s_precision_elsewhere():
    plea = next(lead for lead in _leads() if lead.id == "sh-7a457a4f")
    right, wrong = _dated("2019-11-18", "2019-11-18", "2019-11-18"), _dated("2019-11-19", None, "2019-11-19")
    answers = [LeadAnswer(replace(plea, outlet=outlet), {**dated, "day_evidence": kind}, None)
               for outlet, dated, kind in (("A", right, "stated"), ("A", wrong, "tense"), ("B", right, "tense"),
                                           ("C", right, "tense"), ("C", right, "stated"))]
    # A's tense day is shown (elsewhere both are right) though it is wrong; B's and C's, right, are not
    # (elsewhere one of two is, a coin flip): a kind measured near the line is shown where it is wrong
    held_out = outlet_held_out(answers, lambda a: a.day_evidence, lambda a: a.day_right)
    assert [(a.gold.outlet, a.day_evidence) for a in held_out] == [
        ("A", "stated"), ("A", "tense"), ("C", "stated")]


def test_a_type_is_scored_by_the_rule_that_typed_it_and_shown_only_above_the_line():
    plea = next(lead for lead in _leads() if lead.id == "sh-7a457a4f")
    labelled = replace(plea, type="ACCUSE")

    def typed(outlet: str, type_: str, evidence: str, confidence: float) -> LeadAnswer:
        event = {**_dated(None, None, None), "type": type_, "type_evidence": evidence,
                 "confidence": {"date": None, "actor": None, "type": confidence}}
        return LeadAnswer(replace(labelled, outlet=outlet), event, None)

    answers = [typed("A", "ACCUSE", "verb", 0.9), typed("A", "OCCURRENCE", "default", 0.45),
               typed("B", "ACCUSE", "verb", 0.9), typed("B", "ACCUSE", "default", 0.45),
               typed("C", "OCCURRENCE", "default", 0.45)]
    scores = score_answers("dev", answers)
    assert (scores.types_shown, scores.types_shown_right) == (2, 2)
    assert (scores.type_evidence_answers, scores.type_evidence_right) == ({"verb": 2, "default": 3},
                                                                          {"verb": 2, "default": 1})
    # with A out, the default is right 1 of 2 elsewhere, a coin flip; with B out, 0 of 2; with C out, 1 of 3
    assert (scores.type_held_out_shown, scores.type_held_out_right) == (2, 2)
    assert "  type shown right                1.000 (2/2)  coverage 0.400 (2/5)" in format_scores(scores).splitlines()
    assert format_errors(answers[1:2]).split("\t")[3] == "ACCUSE | OCCURRENCE (default) held"


def test_each_route_is_scored_beside_what_the_publication_day_would_score_on_its_articles():
    leads = {lead.id: lead for lead in _leads()}
    plea, easter = leads["sh-7a457a4f"], leads["wcl-0-r"]  # Monday 18 November 2019 (published on the 19th)
    answers = [LeadAnswer(plea, _dated("2019-11-18", "2019-11-18", "2019-11-18", "stated"), None, "stated:weekday"),
               LeadAnswer(plea, _dated("2019-11-19", None, "2019-11-19", "news_day_assumed"), None,
                          "news_day_assumed"),
               LeadAnswer(easter, _dated(None, "2018-03-31", "2018-04-01"), None, "range:stated")]
    scores = score_answers("dev", answers)
    assert (scores.route_answers, scores.route_right, scores.route_baseline_right) == (
        {"stated:weekday": 1, "news_day_assumed": 1, "range:stated": 1},
        {"stated:weekday": 1, "range:stated": 1}, {})
    assert "    stated:weekday                  1, 0 / 1" in format_scores(scores).splitlines()


def test_leaving_one_split_out_a_route_answers_the_publication_day_where_it_lost_to_it_on_the_others():
    plea = next(lead for lead in _leads() if lead.id == "sh-7a457a4f")  # Monday 18 November 2019
    on_the_day = replace(plea, published="2019-11-18")  # the publication day would be right

    def answer(split: str, gold, day: str, route: str) -> LeadAnswer:
        return LeadAnswer(replace(gold, split=split, outlet=f"outlet {split}"), _dated(day, day, day), None, route)

    answers = [answer("s1", plea, "2019-11-18", "opening_day:weekday"),  # right where the publication day is not
               answer("s2", on_the_day, "2019-11-17", "opening_day:weekday"),
               answer("s3", on_the_day, "2019-11-17", "opening_day:weekday"),
               answer("s3", on_the_day, "2019-11-18", "stated:weekday")]
    folds = held_out_fallback(answers, lambda a: a.gold.split)
    # without s1 the route lost twice to the publication day, so on s1 it answers that day and loses its win;
    # without s2 (or s3) it won once and lost once, no worse than the publication day, so it keeps its answers
    assert [(f.group, f.day_right, f.fallback_right, f.fallback_routes) for f in folds] == [
        ("s1", 1, 0, ("opening_day:weekday",)), ("s2", 0, 0, ()), ("s3", 1, 1, ())]
    assert [(f.lost, f.gained) for f in folds] == [({"opening_day:weekday": 1}, {}), ({}, {}), ({}, {})]
    lines = format_fallback(answers).splitlines()
    assert lines[1].split() == ["leaving", "one", "split", "out", "2", "->", "1", "of", "4"]
    assert lines[5].split()[-5:] == ["2", "->", "1", "of", "4"]
    assert "      route leaving one split out: opening_day:weekday 1/0" in lines


def test_a_route_family_falls_back_as_one_where_its_small_routes_alone_would_not():
    plea = next(lead for lead in _leads() if lead.id == "sh-7a457a4f")  # Monday 18 November 2019
    on_the_day = replace(plea, published="2019-11-18")  # the publication day would be right

    def answer(split: str, day: str, route: str) -> LeadAnswer:
        return LeadAnswer(replace(on_the_day, split=split, outlet=f"outlet {split}"), _dated(day, day, day), None,
                          route)

    # each weekday or date route is one lead of a split; together the family loses on every other split
    answers = [answer("s1", "2019-11-17", "opening_day:weekday"), answer("s2", "2019-11-17", "opening_day:date"),
               answer("s3", "2019-11-17", "opening_day:today")]
    assert route_family("opening_day:weekday") == "opening_day" and route_family(None) is None
    by_route = held_out_fallback(answers, lambda a: a.gold.split)
    by_family = held_out_fallback(answers, lambda a: a.gold.split, lambda a: route_family(a.route))
    assert [f.fallback_right for f in by_route] == [0, 0, 0]
    assert [(f.fallback_right, f.fallback_routes, f.gained) for f in by_family] == [
        (1, ("opening_day",), {"opening_day": 1})] * 3
    assert "    by route family: leaving one split out 0 -> 3 of 3, leaving one outlet out 0 -> 3 of 3" \
        in format_fallback(answers).splitlines()


def test_each_wrong_answer_is_listed_with_the_route_that_dated_it_and_whether_its_day_and_actor_are_shown():
    leads = {lead.id: lead for lead in _leads()}
    plea = leads["sh-7a457a4f"]  # Monday 18 November 2019 (published on the 19th)
    shown = LeadAnswer(plea, _dated("2019-11-19", "2019-11-19", "2019-11-19", "stated", 0.95), None, "stated:today")
    held = LeadAnswer(plea, _dated("2019-11-19", None, "2019-11-19", "news_day_assumed", 0.45), None,
                      "news_day_assumed")
    ranged = LeadAnswer(plea, _dated(None, None, "2019-11-19"), None, "range:reported")
    assert [line.split("\t")[-1] for line in format_errors([shown, held, ranged]).splitlines()] == [
        "stated:today shown", "news_day_assumed held", "range:reported -"]
    # the actor, beside its entity, is shown or held below the line too
    nameless = replace(shown, event={**shown.event, "actor": "Authorities",
                                     "confidence": {"date": 0.95, "actor": 0.45, "type": None}})
    named = replace(shown, event={**shown.event, "actor": "The Rams wide receiver",
                                  "confidence": {"date": 0.95, "actor": 0.9, "type": None}}, actor_entity="Rams")
    assert [line.split("\t")[2] for line in format_errors([nameless, named, ranged]).splitlines()] == [
        "Patrick Carlineo Jr. | Authorities [None] held", "Patrick Carlineo Jr. | The Rams wide receiver [Rams] shown",
        "Patrick Carlineo Jr. | None [None] -"]


@pytest.fixture(scope="module")
def answers():
    if not (ARTICLES / "html").is_dir():
        pytest.skip("the real-news articles are not at ../shared/eval/real (see eval/real/README.md)")
    return {split: build_answers(ARTICLES, _leads(split)) for split in ("dev", "test")}


#: dev holds 53 leads since 20 from new outlets came in (s7-gold3), on which the lead code was never tuned:
#: .679/.750/.667 (day/actor/type) on all 53; test .706/.697/.545.
@pytest.mark.parametrize(("split", "day", "actor", "type_"), [("dev", 0.66, 0.73, 0.65), ("test", 0.70, 0.69, 0.54)])
def test_gate_lead_events(answers, split, day, actor, type_):
    scores = score_answers(split, answers[split])
    assert scores.found >= scores.articles - 2
    assert scores.day_right / scores.articles >= day
    assert scores.actor_right / scores.actors >= actor
    assert scores.type_right / scores.typed >= type_


#: Precision first: of what the product shows (the day or actor not below the confidence line), the share
#: right, and the share of articles shown a day (coverage, so that showing nothing never passes); measured at
#: s9 dev .931 (27/29 days, coverage .547) / .870 (40/46 actors), test .917 (22/24, coverage .706) / .793,
#: where the news of the day by tense alone was shown at s8 (dev .842 on 38, test .852 on 27). (Dev was
#: .964 / .891 before a headline widget inside The Hill's lead paragraph came to be read as story prose.)
#: s12: a said day that only points at the day of writing no longer vouches for the news of the day, so test
#: shows .957 (22/23, coverage .676), one wrong day held back, and dev2 1.000 (15/15, .577).
#: s15: a lead's nameless actor ("Protesters", "viewers") is held back, its thing kept for audit, so dev shows
#: .951 actors right (39/41, shown .872 of the 47 found) and test .920 (23/25, shown .833 of 30).
@pytest.mark.parametrize(("split", "day", "coverage", "actor", "actor_coverage"),
                         [("dev", 0.92, 0.50, 0.92, 0.80), ("test", 0.95, 0.66, 0.88, 0.78)])
def test_gate_what_is_shown(answers, split, day, coverage, actor, actor_coverage):
    scores = score_answers(split, answers[split])
    assert scores.days_shown_right / scores.days_shown >= day
    assert scores.days_shown / scores.articles >= coverage
    assert scores.actors_shown_right / scores.actors_shown >= actor
    assert scores.actors_shown / scores.actors_found >= actor_coverage


def test_gate_each_lead_day_is_told_by_the_route_that_dated_it(answers):
    routes = {a.gold.id: a.route for a in answers["dev"]}
    assert (routes["sh-7a457a4f"], routes["rd-spiceworks"], routes["wcl-0-r"]) == (
        # "pleaded guilty Monday", "yesterday"; the Easter weekend, a span that ended before the report, is no
        # range to show since session 26 (the lead's candidate), so the opening's weekday tells its range
        "stated:weekday", "stated:yesterday", "opening_day:weekday")
    assert all(a.route.split(":")[0] == (a.day_evidence or "range") for a in answers["dev"])
