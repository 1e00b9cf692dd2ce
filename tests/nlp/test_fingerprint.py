"""The analysis fingerprint covers the code that decides what analysis stores, and only that."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from spacy.language import Language

from dateline.nlp.fingerprint import PACKAGE_DIR, analysis_fingerprint, analysis_modules, import_closure
from dateline.nlp.pipeline import DEFAULT_COMPONENTS, shared_pipeline


@pytest.fixture(scope="module")
def build_nlp() -> Language:
    return shared_pipeline(DEFAULT_COMPONENTS)


@pytest.fixture()
def package_copy(tmp_path: Path) -> Path:
    """A copy of the installed ``dateline`` sources to edit."""
    return Path(shutil.copytree(PACKAGE_DIR, tmp_path / "dateline", ignore=shutil.ignore_patterns("__pycache__")))


def test_the_components_records_and_what_they_import_are_fingerprinted(build_nlp: Language) -> None:
    modules = analysis_modules(build_nlp)
    assert {"dateline.nlp.paragraphs", "dateline.time.components", "dateline.extract.quotes",
            "dateline.extract.figures", "dateline.nlp.pipeline", "dateline.nlp.analysis"} <= modules
    assert {"dateline.time.tagger", "dateline.time.pubdate", "dateline.extract.entities", "dateline.model",
            "dateline.extract", "dateline"} <= modules  # imported, and the packages that run on import


def test_evaluation_export_and_commands_are_not(build_nlp: Language) -> None:
    top_level = {module.split(".")[1] for module in analysis_modules(build_nlp) if "." in module}
    assert top_level.isdisjoint({"evaluation", "export", "commands", "cli", "web", "pipeline", "link", "store"})


def test_editing_an_evaluation_command_or_a_renderer_keeps_the_fingerprint(
        build_nlp: Language, package_copy: Path) -> None:
    before = analysis_fingerprint(build_nlp, package_copy)
    assert before == analysis_fingerprint(build_nlp)
    for edited in ("evaluation/tempeval.py", "evaluation/polnear.py", "evaluation/cli.py",
                   "export/markdown_sections.py", "commands/quotes.py", "cli.py"):
        with (package_copy / edited).open("a", encoding="utf-8") as source:
            source.write("\n# edited\n")
    assert analysis_fingerprint(build_nlp, package_copy) == before


@pytest.mark.parametrize("edited", ["time/tagger.py", "extract/quotes/cues.py", "nlp/analysis.py", "model.py",
                                    "records.py"])
def test_editing_analysis_code_changes_the_fingerprint(build_nlp: Language, package_copy: Path, edited: str) -> None:
    before = analysis_fingerprint(build_nlp, package_copy)
    with (package_copy / edited).open("a", encoding="utf-8") as source:
        source.write("\n# edited\n")
    assert analysis_fingerprint(build_nlp, package_copy) != before


def test_imports_inside_functions_relative_ones_and_packages_count(tmp_path: Path) -> None:
    package = tmp_path / "dateline"
    for name, source in {
        "__init__.py": "",
        "a/__init__.py": "",
        "a/b.py": "from .c import helper\n\ndef late():\n    import dateline.d.e\n",
        "a/c.py": "from dateline import f\nhelper = f.value\n",
        "d/__init__.py": "from dateline.g import name\n",
        "d/e.py": "",
        "f.py": "value = 1\n",
        "g.py": "name = 'g'\n",
        "unused.py": "import dateline.a.b\n",
    }.items():
        (package / name).parent.mkdir(parents=True, exist_ok=True)
        (package / name).write_text(source, encoding="utf-8")
    assert import_closure(["dateline.a.b"], package) == {
        "dateline", "dateline.a", "dateline.a.b", "dateline.a.c", "dateline.d", "dateline.d.e", "dateline.f",
        "dateline.g"}
