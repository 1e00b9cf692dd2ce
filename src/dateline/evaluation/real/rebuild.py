"""Rebuild the real-news articles folder from the manifest and the public repositories it names.

The repository commits only the labels: the articles are public material from other projects' repositories.
So the folder ``dateline eval real`` reads must be rebuildable by anyone from ``eval/real/manifest.json``
(repository, commit and path of each article) and clones of those repositories, and checked against the
manifest's SHA-256 prefixes, so a folder that drifted from the labelled one is caught instead of scored.

Each article's files come from its source's own shape:

* ``html/<id>.html``: the stored page, gunzipped where the repository keeps it compressed;
* ``gold/<id>.body.txt``: the benchmark's main text, where the manifest names one (the extraction benchmark's
  ``articleBody``, or the fundus parser's expected paragraphs for the page's version, at ``gold_commit``);
* ``text/<id>.txt``: for a page, the naive scrape of :mod:`dateline.evaluation.real.scrape`; for a
  distributed text, its non-blank lines a paragraph each (NewsWCL50), or the title above the article's
  original content (the AllSides JSON records of Article-Bias-Prediction), or the title above the body's
  paragraphs (the BASIL JSON records).

Run ``python -m dateline.evaluation.real.rebuild CLONES_DIR ARTICLES_DIR``, where ``CLONES_DIR`` holds one
clone (bare or not) per source at ``<owner>/<name>``; it prints each file whose hash differs from the
manifest's and each source it could not read.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dateline.evaluation.real.scrape import scrape

#: The manifest that lists the articles, next to their labels.
MANIFEST = Path(__file__).resolve().parents[4] / "eval" / "real" / "manifest.json"
#: The fundus test pages are named ``<Publisher>_<YYYY_MM_DD>.html.gz``; the date orders its versions.
FUNDUS_PAGE = re.compile(r"(?P<publisher>[^/]+)_(?P<date>\d{4}_\d{2}_\d{2})\.html\.gz$")


@dataclass(frozen=True)
class Source:
    """Where one manifest entry's files live: a repository clone, a commit and a path in it."""

    clone: Path
    commit: str
    path: str

    def read(self, path: str | None = None) -> bytes:
        """The bytes of ``path`` (default: the entry's own) at the entry's commit."""
        spec = f"{self.commit}:{path or self.path}"
        return subprocess.run(["git", "-C", str(self.clone), "show", spec], capture_output=True,
                              check=True).stdout

    def listing(self, folder: str) -> list[str]:
        """The file names in ``folder`` at the entry's commit."""
        out = subprocess.run(["git", "-C", str(self.clone), "ls-tree", "--name-only", f"{self.commit}:{folder}"],
                             capture_output=True, check=True, text=True).stdout
        return out.split()


def stored_page(source: Source) -> bytes:
    """The page as the repository stores it, decompressed."""
    data = source.read()
    return gzip.decompress(data) if source.path.endswith(".gz") else data


def benchmark_body(source: Source) -> str:
    """The extraction benchmark's human ``articleBody`` for the page, keyed by the page file's hash name."""
    truth = json.loads(source.read("ground-truth.json"))
    return str(truth[Path(source.path).name.split(".")[0]]["articleBody"])


def fundus_body(source: Source, expected_commit: str) -> str:
    """The fundus parser's expected body for the page: its ``<Publisher>.json`` (read at the commit the
    manifest names, since the pages' own commits may predate the bodies) holds one version per test page,
    in the order of the pages' dates, its paragraphs in sections under their headlines, a line each."""
    match = FUNDUS_PAGE.search(source.path)
    if match is None:
        raise ValueError(f"not a fundus test page name: {source.path}")
    folder = source.path.rsplit("/", 1)[0]
    publisher = match["publisher"]
    expected_source = Source(source.clone, expected_commit, source.path)
    dates = sorted(m["date"] for name in expected_source.listing(folder)
                   if (m := FUNDUS_PAGE.search(name)) and m["publisher"] == publisher)
    versions = json.loads(expected_source.read(f"{folder}/{publisher}.json"))
    body = list(versions.values())[dates.index(match["date"])]["body"]
    paragraphs = list(body.get("summary", []))
    for section in body.get("sections", []):
        paragraphs += section.get("headline", []) + section.get("paragraphs", [])
    return "\n".join(paragraphs)


def paragraph_text(source: Source) -> str:
    """A distributed plain text (NewsWCL50) with its non-blank lines a paragraph each."""
    lines = [line.strip() for line in source.read().decode("utf-8-sig").splitlines() if line.strip()]
    return "\n\n".join(lines) + "\n"


def allsides_text(source: Source) -> str:
    """An Article-Bias-Prediction record as a reader sees it: the title, then the original content."""
    record = json.loads(source.read())
    content = record["content_original"].strip()
    title = record["title"].strip()
    return (content if content.startswith(title) else f"{title}\n\n{content}") + "\n"


def basil_text(source: Source) -> str:
    """A BASIL record (Fan et al. 2019) as a reader sees it: the title, then each body paragraph, whose
    sentences the record keeps as separate strings, joined back into one line."""
    record = json.loads(source.read())
    paragraphs = [" ".join(part.strip() for part in paragraph if part.strip())
                  for paragraph in record["body-paragraphs"]]
    return "\n\n".join([record["title"].strip(), *filter(None, paragraphs)]) + "\n"


#: The distributed-text readers by source repository.
TEXT_READERS: dict[str, Callable[[Source], str]] = {"Luisgarchi/NewsWCL50": paragraph_text,
                                                    "ramybaly/Article-Bias-Prediction": allsides_text,
                                                    "launchnlp/BASIL": basil_text}


def article_files(entry: dict[str, Any], source: Source) -> dict[str, bytes]:
    """Every file of one manifest entry, by kind (``html``, ``gold``, ``text``)."""
    files: dict[str, bytes] = {}
    gold: str | None = None
    if entry.get("gold_body"):
        gold = (benchmark_body(source) if entry["gold_body"].startswith("ground-truth.json")
                else fundus_body(source, entry["gold_commit"]))
        files["gold"] = gold.encode("utf-8")
    if "html" in entry["files"]:
        files["html"] = stored_page(source)
    if "text" in entry["files"]:
        if "html" in files:
            lines = scrape(files["html"], gold)
            if lines is None:
                raise ValueError("the scrape could not locate the article")
            files["text"] = ("\n\n".join(lines) + "\n").encode("utf-8")
        else:
            files["text"] = TEXT_READERS[entry["repo"]](source).encode("utf-8")
    return files


def rebuild(clones_dir: Path, articles_dir: Path, manifest: Path = MANIFEST) -> list[str]:
    """Write every article's files under ``articles_dir``; the problems found (a source that could not be
    read, a file whose hash is not the manifest's) are returned, one line each."""
    problems = []
    for entry in json.loads(manifest.read_text(encoding="utf-8")):
        source = Source(clones_dir / entry["repo"], entry["commit"], entry["path"])
        try:
            files = article_files(entry, source)
        except (subprocess.CalledProcessError, KeyError, ValueError) as error:
            problems.append(f"{entry['id']}: source not read ({error})")
            continue
        for kind, data in files.items():
            target = articles_dir / entry["files"][kind]
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
            if hashlib.sha256(data).hexdigest()[:16] != entry["sha256"][kind]:
                problems.append(f"{entry['id']}: {kind} differs from the manifest's hash")
    return problems


if __name__ == "__main__":
    found = rebuild(Path(sys.argv[1]), Path(sys.argv[2]))
    print("\n".join(found) or "every file matches the manifest")
