"""The build's spaCy pipeline, and the part of it a benchmark runs."""

from __future__ import annotations

from dateline.nlp.pipeline import DEFAULT_COMPONENTS, pipeline_through, shared_pipeline


def test_a_benchmark_runs_the_builds_own_pipeline_up_to_its_component() -> None:
    build = shared_pipeline(DEFAULT_COMPONENTS).pipe_names
    assert pipeline_through("dateline_timex").pipe_names == build[:build.index("dateline_timex") + 1]
    assert pipeline_through("dateline_quotes").pipe_names[-4:] == [
        "ner", "dateline_pubdate", "dateline_timex", "dateline_quotes"]
    assert "dateline_paragraphs" in pipeline_through("dateline_pubdate").pipe_names
