"""The shipped spaCy pipeline: every component placed after what it reads, and found by name; and the part of it
a benchmark runs."""

from __future__ import annotations

import importlib
import pkgutil
import subprocess
import sys
from importlib.metadata import entry_points

import pytest
from spacy.util import registry

import dateline
from dateline.model import Article, DroppedLine
from dateline.nlp.pipeline import DEFAULT_COMPONENTS, headline_of, make_doc, pipeline_through, shared_pipeline

SHIPPED = ["dateline_paragraphs", *DEFAULT_COMPONENTS]


def _factories_in_the_code() -> set[str]:
    """Every spaCy factory a Dateline module registers, whether or not an entry point names it."""
    for module in pkgutil.walk_packages(dateline.__path__, "dateline."):
        if module.name != "dateline.__main__":  # it runs the CLI
            importlib.import_module(module.name)
    return {name for name in registry.factories.get_all() if name.startswith("dateline_")}


def test_every_component_comes_after_what_it_requires() -> None:
    problems = shared_pipeline(DEFAULT_COMPONENTS).analyze_pipes()["problems"]
    assert {name: missing for name, missing in problems.items() if missing} == {}


def test_every_dateline_factory_is_in_the_entry_point_group_and_shipped() -> None:
    named = {ep.name for ep in entry_points(group="spacy_factories") if ep.value.startswith("dateline.")}
    assert _factories_in_the_code() == named == set(SHIPPED)


def test_a_fresh_process_finds_the_components_by_name_alone() -> None:
    """What a user swapping a component relies on: no Dateline module imported by hand."""
    script = f"import spacy\nnlp = spacy.blank('en')\nfor name in {SHIPPED!r}:\n    nlp.add_pipe(name)\n" \
             "print(nlp.pipe_names)"
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == repr(SHIPPED)


def test_a_benchmark_runs_the_builds_own_pipeline_up_to_its_component() -> None:
    build = shared_pipeline(DEFAULT_COMPONENTS).pipe_names
    assert pipeline_through("dateline_timex").pipe_names == build[:build.index("dateline_timex") + 1]
    assert pipeline_through("dateline_quotes").pipe_names[-5:] == [
        "ner", "dateline_pubdate", "dateline_timex", "dateline_event_keys", "dateline_quotes"]
    assert "dateline_paragraphs" in pipeline_through("dateline_pubdate").pipe_names


@pytest.mark.parametrize(("title", "outlet", "headline"), [
    ("Blinken Quietly Met With Chinese Premier Li Qiang in Geneva - The New York Times", None,
     "Blinken Quietly Met With Chinese Premier Li Qiang in Geneva"),
    ("Iran seizes British tanker in Gulf | Politics | CBS News", None, "Iran seizes British tanker in Gulf"),
    ("Lowe's earnings beat estimates - live updates", "live updates", "Lowe's earnings beat estimates"),
    ("Trump's trade war - a fight with no winners", None, "Trump's trade war - a fight with no winners"),
    ("Home Depot sales miss", None, "Home Depot sales miss")])
def test_a_titles_headline_is_kept_and_the_site_name_after_it_goes(title: str, outlet: str | None,
                                                                   headline: str) -> None:
    assert headline_of(title, outlet) == headline


def test_the_doc_carries_the_articles_headline_from_its_title() -> None:
    nlp = shared_pipeline()
    titled = Article(id="a", source="a", text="Iran seized a tanker.", title="Iran seizes tanker | Reuters")
    assert (make_doc(nlp, titled)._.title, make_doc(nlp, Article(id="b", source="b", text="Hi."))._.title) == \
        ("Iran seizes tanker", None)


def test_the_doc_carries_the_days_of_the_posts_the_cleaner_dropped() -> None:
    post = [DroppedLine(3, "Window just busted by masked anarchist. pic.twitter.com/U2Lvp6lgoQ", "embedded post"),
            DroppedLine(4, "— Scott (@scott) May 1, 2016", "embedded post"),
            DroppedLine(9, "Most Read", "navigation")]
    article = Article(id="a", source="a", text="Police said two people were arrested on Sunday.", dropped=post)
    assert make_doc(shared_pipeline(), article)._.dropped_dated_lines == ("— Scott (@scott) May 1, 2016",)


def test_the_doc_carries_the_captions_the_cleaner_dropped_as_dating_evidence() -> None:
    # a news picture is taken before or on the article's day, as a post is published (Reuters, dev2)
    caption = "Police lead the suspect into the court in Dayton, Ohio, May 3, 2016. AGENCY/Maria Lopez"
    dropped = [DroppedLine(5, caption, "caption"), DroppedLine(9, "Most Read", "navigation")]
    article = Article(id="a", source="a", text="Police said two people were arrested on Tuesday.", dropped=dropped)
    assert make_doc(shared_pipeline(), article)._.dropped_dated_lines == (caption,)


@pytest.mark.parametrize(("text", "tokens"), [
    ("“We will rebuild the pier,”she wrote.",
     ["“", "We", "will", "rebuild", "the", "pier", ",", "”", "she", "wrote", "."]),
    ("The mayor said“the ferry runs” daily.", ["The", "mayor", "said", "“", "the", "ferry", "runs", "”", "daily", "."]),
    ("It was over.”Then Brannock left.", ["It", "was", "over", ".", "”", "Then", "Brannock", "left", "."]),
    ('She added,"fares will fall."', ["She", "added", ",", '"', "fares", "will", "fall", ".", '"']),
    ("his own privilege—“I refuse”—and left",
     ["his", "own", "privilege", "—", "“", "I", "refuse", "”", "—", "and", "left"]),
    ("The town’s 12\" pipes", ["The", "town", "’s", "12", '"', "pipes"]),
])
def test_a_quotation_mark_glued_to_a_word_is_a_token_of_its_own(text: str, tokens: list[str]) -> None:
    """A page that leaves out the space beside a quotation mark still has its marks, its cue and its words read
    apart, each token's offsets its own characters; an apostrophe and an inch sign are left as they were."""
    doc = shared_pipeline().make_doc(text)
    assert [token.text for token in doc] == tokens
    assert all(text[token.idx:token.idx + len(token)] == token.text for token in doc)
