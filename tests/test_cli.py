"""The command line as a user runs it."""

from __future__ import annotations

import csv
import io
import itertools
import json
import re
import shutil
import zipfile
from collections.abc import Callable
from importlib.metadata import version
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from dateline import pipeline
from dateline.cli import EXIT_SKIPPED, app
from dateline.errors import ErrorCode
from dateline.export import export_formats
from dateline.store import Store
from dateline.store.storylines import list_storylines
from dateline.web import storylines as web_storylines

REPO = Path(__file__).resolve().parent.parent

runner = CliRunner(env={"COLUMNS": "200"})


def test_build_then_export_markdown(tmp_path: Path, seeds_dir: Path) -> None:
    db = tmp_path / "d.db"
    result = runner.invoke(app, ["build", str(seeds_dir), "--db", str(db)])
    assert result.exit_code == 0, result.output
    out = tmp_path / "timeline.md"
    assert runner.invoke(app, ["export", "--format", "markdown", "--db", str(db), "-o", str(out)]).exit_code == 0
    assert out.read_text("utf-8").startswith("# Timeline")


def test_skips_are_reported_one_line_each_and_set_the_exit_code(tmp_path: Path, seeds_dir: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    shutil.copy(next(seeds_dir.glob("004_*")), inputs / "story.txt")
    (inputs / "empty.txt").write_text("", encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(inputs), "--db", str(tmp_path / "d.db")])
    assert result.exit_code == EXIT_SKIPPED
    assert f"skipped {inputs}/empty.txt: D001 empty: no text after extraction\n" in result.output
    assert "stored 1 new, 0 already stored, 1 skipped" in result.output


def test_an_article_no_component_can_analyse_sets_the_exit_code(
        tmp_path: Path, seeds_dir: Path, quotes_broken_on_ramadan: Callable[[], None]) -> None:
    result = runner.invoke(app, ["build", str(seeds_dir), "--db", str(tmp_path / "d.db")])
    assert result.exit_code == EXIT_SKIPPED, result.output
    assert "could not analyse" in result.output and "stored articles left unanalysed: 1" in result.output


def test_unknown_export_format_is_a_usage_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["export", "--format", "pdf", "--db", str(tmp_path / "d.db")])
    assert result.exit_code == 2 and "unknown export format" in result.output


def test_timeline_with_readers_settings(seed_db: Path) -> None:
    result = runner.invoke(app, ["timeline", "--db", str(seed_db), "--dates", "2", "--per-date", "1",
                                 "--from", "2023-11-01", "--to", "2023-12-31"])
    assert result.exit_code == 0, result.output
    days = [line for line in result.output.splitlines() if re.fullmatch(r"\w{3} \d{2} \w{3} \d{4}", line)]
    # 27 November, the truce's two-day extension "on Monday" (dated since its article is pinned to Tuesday 28th)
    assert days == ["Mon 27 Nov 2023", "Tue 28 Nov 2023"]
    assert result.output.count("•") == 2


def test_timeline_shows_the_held_back_days_only_with_show_candidates(seed_db: Path) -> None:
    plain = runner.invoke(app, ["timeline", "--db", str(seed_db)])
    shown = runner.invoke(app, ["timeline", "--db", str(seed_db), "--show-candidates"])
    assert plain.exit_code == shown.exit_code == 0, shown.output
    assert "The US had hoped to secure a six-week ceasefire" not in plain.output
    assert "?" not in plain.output and "confidence" not in plain.output
    lines = shown.output.splitlines()
    assert "Sat 07 Oct 2023 (confidence .64)" in lines and "Sun 10 Mar 2024 (held back, confidence .20)" in lines
    assert "  ? The US had hoped to secure a six-week ceasefire" in shown.output
    assert shown.output.count("?") == 5 and shown.output.count("•") == 6


def test_a_readers_timeline_applies_hides_and_pins_as_the_stored_one_does(seed_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "dateline.db"
    shutil.copy(seed_db, db)
    fresh = ["timeline", "--db", str(db), "--dates", "2", "--per-date", "1", "--from", "2023-11-01", "--to",
             "2023-12-31"]
    assert "Top US officials are in the Middle East" in runner.invoke(app, fresh).output
    with Store(db) as store:
        truce, efforts = (store.conn.execute(f"SELECT article_id, start, end FROM {table} WHERE text LIKE ?",
                                             (f"{words}%",)).fetchone()
                          for table, words in (("timeline_entries", "Top US officials"), ("timeline_held", "Efforts")))
    assert runner.invoke(app, ["correct", "hide", *map(str, truce), "--db", str(db)]).exit_code == 0
    assert runner.invoke(app, ["correct", "pin", *map(str, efforts), "--day", "2023-12-21", "--db",
                               str(db)]).exit_code == 0
    for command in (fresh, ["timeline", "--db", str(db)]):
        printed = " ".join(runner.invoke(app, command).output.split())
        assert "Top US officials are in the Middle East" not in printed, command
        assert "Thu 21 Dec 2023 • Efforts are being made to try to arrange the release" in printed, command


def test_version_prints_the_installed_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.output == f"dateline {version('dateline')}\n"


@pytest.mark.parametrize("command", [["timeline"], ["timeline", "--storyline", "x"], ["storylines"],
                                     ["storylines", "move", "abc"], ["export"], ["export", "-f", "markdown"],
                                     ["serve"]])
def test_a_reading_command_on_a_missing_store_fails_and_creates_nothing(tmp_path: Path, command: list[str]) -> None:
    typo = tmp_path / "typo.db"
    result = runner.invoke(app, [*command, "--db", str(typo)])
    assert result.exit_code == ErrorCode.NO_STORE.exit_status == 4
    assert f"error D101: no Dateline store at {typo}" in result.output
    assert list(tmp_path.iterdir()) == []


def test_a_file_that_is_not_a_store_is_a_coded_error(tmp_path: Path) -> None:
    fake = tmp_path / "notes.db"
    fake.write_text("shopping list\n" * 100, encoding="utf-8")
    result = runner.invoke(app, ["storylines", "--db", str(fake)])
    assert result.exit_code == 4 and "error D102:" in result.output and "Traceback" not in result.output


def test_an_unknown_storyline_is_an_error(seed_db: Path) -> None:
    result = runner.invoke(app, ["timeline", "--storyline", "s-nothing", "--db", str(seed_db)])
    assert result.exit_code == 4
    assert result.output.startswith("error D103: no storyline 's-nothing'")


def test_export_into_a_missing_folder_is_one_coded_line(seed_db: Path) -> None:
    result = runner.invoke(app, ["export", "--db", str(seed_db), "-o", "/nonexistent/x.json"])
    assert result.exit_code == 5
    assert result.output == "error D104: cannot read or write /nonexistent/x.json: No such file or directory\n"
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_quotes_on_a_binary_file_is_one_coded_line(tmp_path: Path) -> None:
    binary = tmp_path / "binary.txt"
    binary.write_bytes(bytes(range(256)) * 40)
    result = runner.invoke(app, ["quotes", str(binary)])
    assert result.exit_code == 5
    assert result.output == f"error D105: skipped {binary}: D002 binary: looks like a binary file, not text\n"


def test_quotes_reads_html_through_the_html_ingester(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text("<html><head><title>Talks</title><script>var said = 'nothing';</script></head><body>"
                    "<nav>Home | World | Sport</nav><article><p>The talks went on for hours in Doha on Tuesday, "
                    "officials said.</p><p>\"We are close to a deal,\" Antony Blinken told reporters after the "
                    "meeting with Qatari mediators.</p></article></body></html>", encoding="utf-8")
    result = runner.invoke(app, ["quotes", str(page)])
    assert result.exit_code == 0, result.output
    quotes = json.loads(result.stdout)
    assert '"We are close to a deal,"' in [q["text"] for q in quotes]
    assert "Blinken" in {q["speaker"] for q in quotes if q["kind"] == "direct"}.pop()
    assert "<nav>" not in result.stdout and "var said" not in result.stdout


def test_csv_export_writes_a_folder_or_a_zip_never_the_terminal(seed_db: Path, tmp_path: Path) -> None:
    refused = runner.invoke(app, ["export", "-f", "csv", "--db", str(seed_db)])
    assert refused.exit_code == 2 and refused.output.startswith("error D106: the csv export is several files")
    folder = tmp_path / "tables.csv"
    assert runner.invoke(app, ["export", "-f", "csv", "--db", str(seed_db), "-o", str(folder)]).exit_code == 0
    assert sorted(p.name for p in folder.iterdir()) == ["articles.csv", "corrections.csv", "events.csv",
                                                        "figure_conflicts.csv", "figures.csv", "quotes.csv",
                                                        "timeline.csv"]
    timeline = list(csv.DictReader(io.StringIO((folder / "timeline.csv").read_text("utf-8"))))
    assert [(row["date"], row["confidence"], row["held"]) for row in timeline] == [
        ("2023-10-07", "0.643", "False"), ("2023-10-07", "0.643", "False"), ("2023-11-28", "0.55", "False"),
        ("2023-11-28", "0.55", "False"), ("2023-12-20", "0.518", "False"), ("2023-12-20", "0.518", "False"),
        ("2023-11-27", "0.2", "True"), ("2023-11-27", "0.2", "True"), ("2023-12-21", "0.2", "True"),
        ("2023-12-21", "0.2", "True"), ("2024-03-10", "0.2", "True")]
    articles = list(csv.DictReader(io.StringIO((folder / "articles.csv").read_text("utf-8"))))
    assert len(articles) == 5 and {a["source"].rsplit("/", 1)[1][:3] for a in articles} == {"000", "001", "002",
                                                                                          "003", "004"}
    [conflict] = csv.DictReader(io.StringIO((folder / "figure_conflicts.csv").read_text("utf-8")))
    assert (conflict["series"], conflict["first_value"], conflict["second_value"], conflict["confidence"]) == (
        "hostages:taken", "240.0", "251.0", "0.6")
    events = list(csv.DictReader(io.StringIO((folder / "events.csv").read_text("utf-8"))))
    burns = next(e for e in events if e["actor"] == "CIA Director Bill Burns" and e["text"] == "was")
    assert (burns["date"], burns["type"], burns["location"], burns["reports"]) == ("2023-11-28", "CONSULT", "Qatar",
                                                                                   burns["id"])
    assert (burns["actor_confidence"], burns["target_confidence"], burns["date_confidence"]) == ("0.9", "0.9", "0.95")
    conference = next(e for e in events if e["text"] == "conference" and e["actors"])
    assert (conference["actors"], conference["targets"]) == (
        "US Secretary of State Antony Blinken; Egyptian Foreign Minister Sameh Shoukry", "")
    resign = next(e for e in events if e["text"] == "resign")
    assert (resign["actor"], resign["actors"], resign["actor_candidate"]) == ("", "unknown", "him")
    archive = tmp_path / "tables.zip"
    assert runner.invoke(app, ["export", "-f", "csv", "--db", str(seed_db), "-o", str(archive)]).exit_code == 0
    with zipfile.ZipFile(archive) as opened:
        assert opened.read("articles.csv") == (folder / "articles.csv").read_bytes()


def test_export_help_names_every_format() -> None:
    result = runner.invoke(app, ["export", "--help"])
    assert f"One of: {', '.join(export_formats())}." in " ".join(result.output.replace("│", " ").split())
    assert export_formats() == ["csv", "html", "json", "markdown", "timelinejs"]


def test_storylines_table_keeps_one_line_per_storyline_at_80_columns(seed_db: Path) -> None:
    result = CliRunner(env={"COLUMNS": "80"}).invoke(app, ["storylines", "--db", str(seed_db)])
    assert result.exit_code == 0, result.output
    with Store(seed_db) as store:
        listed = list_storylines(store.conn)
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 2 + len(listed) and max(len(line) for line in lines) <= 80
    for line, storyline in zip(lines[2:], listed):
        assert line.split()[-1] == storyline.id and storyline.title[:5] in line
        assert line.split()[-5:-1] == [str(storyline.articles), str(storyline.sources),
                                        str(storyline.first_day), str(storyline.last_day)]


def test_timeline_cites_the_outlet_or_file_and_the_title(seed_db: Path) -> None:
    result = runner.invoke(app, ["timeline", "--db", str(seed_db)])
    assert result.exit_code == 0, result.output
    printed = " ".join(result.output.split())
    assert "(003_3c6ce62528b1b6a2.txt, 'US pushes for longer Israel-Hamas truce' 1224–1390)" in printed
    assert not re.search(r"\([0-9a-f]{16} \d+–\d+\)", printed)


@pytest.fixture(scope="module")
def outlets_db(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path) -> Path:
    """The seeds from three sources: two URLs of one outlet (with and without "www."), one of another; one file
    built with --outlet; one plain file, which names no outlet."""
    folder = tmp_path_factory.mktemp("outlets")
    seeds = sorted(seeds_dir.glob("*.txt"))
    urls = ["https://www.reuters.com/world/a", "https://reuters.com/world/b", "https://apnews.com/article/c"]
    (folder / "web.jsonl").write_text("".join(json.dumps({"url": url, "text": seed.read_text("utf-8")}) + "\n"
                                              for url, seed in zip(urls, seeds)), encoding="utf-8")
    db = folder / "d.db"
    assert runner.invoke(app, ["build", str(folder / "web.jsonl"), "--db", str(db)]).exit_code == 0
    assert runner.invoke(app, ["build", str(seeds[3]), "--db", str(db), "--outlet", "Al Jazeera"]).exit_code == 0
    assert runner.invoke(app, ["build", str(seeds[4]), "--db", str(db)]).exit_code == 0
    return db


def test_outlets_come_from_the_url_host_the_outlet_option_or_nowhere(outlets_db: Path) -> None:
    with Store(outlets_db) as store:
        outlets = dict(store.conn.execute("SELECT substr(text, 1, 30), outlet FROM articles ORDER BY rowid"))
    assert list(outlets.values()) == ["reuters.com", "reuters.com", "apnews.com", "Al Jazeera", None]


def test_the_sources_column_counts_outlets_as_the_web_page_does(outlets_db: Path) -> None:
    with Store(outlets_db) as store:
        listed = list_storylines(store.conn)
        web = {s.id: s.outlets for s in web_storylines.storylines(store.conn)}
    assert [s.sources for s in listed] == [web[s.id] for s in listed]
    assert sum(s.sources for s in listed) >= 3 and web[web_storylines.WHOLE_STORE] == 3
    result = runner.invoke(app, ["storylines", "--db", str(outlets_db)])
    rows = [line for line in result.output.splitlines() if line.strip()][2:]
    assert [row.split()[-4] for row in rows] == [str(s.sources) for s in listed]


def test_build_shows_real_totals_for_every_stage(tmp_path: Path, seeds_dir: Path) -> None:
    reports: list[tuple[str, int, int]] = []
    with Store(tmp_path / "d.db") as store:
        pipeline.build([seeds_dir], store, on_progress=lambda stage, done, total: reports.append((stage, done, total)))
    by_stage = {stage: [(done, total) for s, done, total in reports if s == stage] for stage, _, _ in reports}
    assert list(by_stage) == [pipeline.INGEST_PROGRESS, pipeline.ANALYZE_PROGRESS, pipeline.LINK_PROGRESS]
    assert by_stage[pipeline.INGEST_PROGRESS] == [(0, 5)] + [(1, 5)] * 5
    assert by_stage[pipeline.ANALYZE_PROGRESS] == [(0, 5), (5, 5)]
    assert by_stage[pipeline.LINK_PROGRESS] == [(0, pipeline.LINK_STEPS)] + [(1, pipeline.LINK_STEPS)] * 5


def _readme_commands() -> dict[str, set[str]]:
    """Each command line of the README's command list: the command's path, and the options it names (each by
    its first name: ``--format``, not ``-f``)."""
    block = (REPO / "README.md").read_text("utf-8").split("## The command line", 1)[1].split("```sh\n", 1)[1]
    commands: dict[str, set[str]] = {}
    for line in block.split("```", 1)[0].splitlines():
        words = line.split("#", 1)[0].split()[1:]
        path = [w for w in itertools.takewhile(lambda w: re.fullmatch(r"[a-z0-9|]+", w), words)]
        for names in itertools.product(*(word.split("|") for word in path)):
            commands[" ".join(names)] = {w.strip("[]") for w in words if w.strip("[").startswith("-")}
    return commands


def _app_commands(group: Any = None, prefix: str = "") -> dict[str, set[str]]:
    """Every command a user runs, by path (a group only when it runs alone, as ``storylines`` lists), with
    the options it takes."""
    group = group or typer.main.get_command(app)
    found: dict[str, set[str]] = {}
    for name, command in group.commands.items():
        path = f"{prefix}{name}"
        subcommands = getattr(command, "commands", None)
        if not subcommands or command.invoke_without_command:
            found[path] = {param.opts[0] for param in command.params if param.param_type_name == "option"}
        if subcommands:
            found.update(_app_commands(command, f"{path} "))
    return found


def test_the_readme_lists_every_command_with_the_options_its_help_shows() -> None:
    readme, commands = _readme_commands(), _app_commands()
    assert set(readme) - {""} == set(commands)
    assert readme[""] == {"--version"}
    for path, options in readme.items():
        if not path:
            continue
        # The benchmark commands' tuning options (--limit, --topics…) are documented with their results.
        assert options <= commands[path] if path.startswith("eval ") else options == commands[path], path
        help_text = runner.invoke(app, [*path.split(), "--help"]).output
        assert all(option in help_text for option in options), path


def test_events_by_actor_match_any_of_an_events_actors(seed_db: Path) -> None:
    """Sameh Shoukry is the second side of seed 001's joint press conference, not its primary actor."""
    result = runner.invoke(app, ["events", "--db", str(seed_db), "--actor", "Shoukry"])
    assert result.exit_code == 0, result.output
    [line] = result.output.splitlines()
    fields = line.split("\t")
    assert (fields[1], fields[3], fields[4]) == (
        "CONSULT", "US Secretary of State Antony Blinken and Egyptian Foreign Minister Sameh Shoukry", "conference")
    entity = runner.invoke(app, ["events", "--db", str(seed_db), "--actor", "Sameh Shoukry"])
    assert entity.output == result.output


def test_events_show_a_held_back_day_as_its_range_with_the_candidate(tmp_path: Path) -> None:
    """A lead dated by its tense alone is held back: the listing gives the bounds its report allows."""
    (tmp_path / "a.txt").write_text("date 2019-11-19 Home Depot beats estimates\n\n"
                                    "Home Depot has reported third-quarter earnings that topped estimates.\n", "utf-8")
    db = tmp_path / "d.db"
    assert runner.invoke(app, ["build", str(tmp_path / "a.txt"), "--db", str(db)]).exit_code == 0
    lines = runner.invoke(app, ["events", "--db", str(db)]).output.splitlines()
    [reported] = [line.split("\t") for line in lines if "\treported\t" in line]
    assert reported[0] == "…/2019-11-19 (day unknown; candidate 2019-11-19)"
