"""Rebuilding the real-news articles from their sources (``dateline.evaluation.real.rebuild``)."""

from __future__ import annotations

import gzip
import hashlib
import json
import subprocess
from pathlib import Path

from dateline.evaluation.real.rebuild import Source, basil_text, rebuild

PAGE = (b"<html><body><h1>Trump will visit UK in July</h1><p>President Donald Trump will visit the United Kingdom "
        b"on July 13, ending more than a year of suspense over when he would make his first trip to the country "
        b"as president, the British government and the White House said on Thursday.</p>"
        b"<p>Share this story</p></body></html>")
TEXT = "\ufeffTrump will visit UK in July\r\n\r\n\r\nPresident Donald Trump will visit the United Kingdom.  \r\n"


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:16]


def _source_repo(root: Path) -> str:
    """A clone holding a gzipped page and a distributed text, as the manifest's sources do; its commit."""
    repo = root / "owner" / "news"
    repo.mkdir(parents=True)
    (repo / "page.html.gz").write_bytes(gzip.compress(PAGE))
    (repo / "story.txt").write_text(TEXT, encoding="utf-8", newline="")
    git = ["git", "-C", str(repo), "-c", "user.name=t", "-c", "user.email=t@example.org"]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "."], check=True)
    subprocess.run([*git, "commit", "-qm", "sources"], check=True)
    return subprocess.run([*git, "rev-parse", "HEAD"], capture_output=True, text=True, check=True).stdout.strip()


def test_pages_and_texts_are_rebuilt_and_checked_against_the_manifest(tmp_path: Path):
    commit = _source_repo(tmp_path / "clones")
    expected_text = "Trump will visit UK in July\n\nPresident Donald Trump will visit the United Kingdom.\n"
    manifest = tmp_path / "manifest.json"
    manifest.write_text(json.dumps([
        {"id": "page", "repo": "owner/news", "commit": commit, "path": "page.html.gz", "gold_body": None,
         "files": {"html": "html/page.html"}, "sha256": {"html": _sha(PAGE)}},
        # NewsWCL50's shape: a distributed text, its lines made paragraphs; the hash recorded is stale
        {"id": "wcl-0-m", "repo": "Luisgarchi/NewsWCL50", "commit": commit, "path": "story.txt", "gold_body": None,
         "files": {"text": "text/wcl-0-m.txt"}, "sha256": {"text": "0" * 16}},
        {"id": "gone", "repo": "owner/news", "commit": commit, "path": "missing.html", "gold_body": None,
         "files": {"html": "html/gone.html"}, "sha256": {"html": "0" * 16}},
    ]), encoding="utf-8")
    (tmp_path / "clones" / "Luisgarchi").mkdir()
    (tmp_path / "clones" / "Luisgarchi" / "NewsWCL50").symlink_to(tmp_path / "clones" / "owner" / "news")

    problems = rebuild(tmp_path / "clones", tmp_path / "articles", manifest)

    assert (tmp_path / "articles" / "html" / "page.html").read_bytes() == PAGE
    assert (tmp_path / "articles" / "text" / "wcl-0-m.txt").read_text(encoding="utf-8") == expected_text
    assert problems[0] == "wcl-0-m: text differs from the manifest's hash"
    assert problems[1].startswith("gone: source not read")
    assert len(problems) == 2


def test_a_basil_record_is_its_title_above_its_paragraphs_each_one_line(tmp_path: Path):
    record = {"title": "Interior Secretary Ryan Zinke to step down at year's end ",
              "body-paragraphs": [["President Trump said Saturday that Zinke will go at the end of the year. "],
                                  ["\"His deputy knows the job well. ", "He will do fine!\""], [" "]]}
    source = tmp_path / "basil"
    source.mkdir()
    (source / "record.json").write_text(json.dumps(record), encoding="utf-8")
    git = ["git", "-C", str(source), "-c", "user.name=t", "-c", "user.email=t@example.org"]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "."], check=True)
    subprocess.run([*git, "commit", "-qm", "record"], check=True)

    text = basil_text(Source(source, "HEAD", "record.json"))

    assert text == ("Interior Secretary Ryan Zinke to step down at year's end\n\n"
                    "President Trump said Saturday that Zinke will go at the end of the year.\n\n"
                    "\"His deputy knows the job well. He will do fine!\"\n")
