"""Which labelled stories the storylines join wrongly, and what joins them: words, entities, or people only.

``dateline eval storylines`` gives B-cubed; this lists each storyline holding articles of two or more labelled
stories, and for each pair of those stories the mean cosine of their articles (what average linkage compares
with ``STORY_THRESHOLD``), split into the share of words, of entities and of people (a person's entity and the
words of the name its id spells), with the terms that weigh most; then the stories split over storylines.

Session 28 (every tuning split but test in one store, ``--split dev --split dev2`` … ``dev17``: B-cubed F1
.978, 12 storylines holding 25 stories) asked whether the undated BASIL stories that share people and not events
can be kept apart. Two are (Flynn's subpoena and Trump's defence of Flynn, mean cosine .203; a Sanders
interview and Obama's meeting with Sanders, .235) but none of three general rules parts them without parting
another story's own reports, whose last report joins at .20 to .22 (``cruzaffair``, ``bloombergdnc``,
``griffin-trump-photo``):

- a floor on what two groups share beyond people (mean cosine without the people's columns at least .09): the
  Flynn stories share .093 beyond Flynn, yet three triplets' reports share less; F1 .978 -> .975, no merge parted;
- more likeness asked of two undated groups (.02 or .04 more): F1 .978 -> .978 / .977; at .02 it parts none of
  the two and splits one more triplet, at .04 it parts Sanders and splits four more;
- people's entity columns weighed at .3 to .7: F1 .978 -> .979 to .981, parts the Flynn stories (at .3 Sanders
  too), but joins single reports of other stories by the organisations and words left weighing more (a coding
  site's two launches, two market reports), and splits the five seed articles (``examples/seeds``) into two.

Tuning splits only: ``.venv/bin/python benchmarks/storyline_merges.py ../shared/eval/real --split dev10 --db
merges.db`` (``--db`` keeps the store: a second run reads it instead of building again).
"""

from __future__ import annotations

import argparse
import tempfile
from collections import defaultdict
from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np

from dateline import pipeline
from dateline.evaluation.splits import HELD_OUT_SPLITS
from dateline.evaluation.storylines import LabelledArticle, load_manifest, stored_article_ids
from dateline.link.storylines import ENTITY, WORD, fitted_vectors
from dateline.store import Store
from dateline.store.storylines import storyline_articles

MANIFEST = Path(__file__).resolve().parents[1] / "eval" / "real" / "manifest.json"
#: The prefix of a person's entity column.
PERSON = f"{ENTITY}person:"
#: How many of the weightiest shared terms a pair of stories shows.
TOP_TERMS = 8


def people_columns(terms: Sequence[str]) -> np.ndarray:
    """Which columns are people: a person's entity, or a word of a name a person's entity id spells
    ("person:ann-cole": "ann", "cole")."""
    names = {word for term in terms if term.startswith(PERSON) for word in term[len(PERSON):].split("-")}
    return np.array([term.startswith(PERSON) or (term.startswith(WORD) and term[len(WORD):] in names)
                     for term in terms])


def report(db: Path, labelled: Sequence[LabelledArticle]) -> list[str]:
    """The wrongly joined stories of the store at ``db`` (built from ``labelled``) and the stories split."""
    with Store(db) as store:
        stored = stored_article_ids(store.conn, {str(a.path): a.id for a in labelled})
        storyline_of = dict(store.conn.execute("SELECT id, storyline_id FROM articles"))
        names = dict(store.conn.execute("SELECT id, name FROM entities"))
        articles = storyline_articles(store.conn)
    articles.sort(key=lambda a: (a.day is None, a.day or date.min))
    unit, idf = fitted_vectors(articles)
    terms = list(idf)
    row = {a.article_id: i for i, a in enumerate(articles)}
    stories: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for a in labelled:
        if a.id in stored:
            stories[storyline_of[stored[a.id]]][a.story].append(a.id)
    lines = []
    for storyline, told in stories.items():
        if len(told) > 1:
            lines.append(f"storyline {storyline}: " + ", ".join(f"{s} ({len(ids)})" for s, ids in told.items()))
            lines += _pairs(told, unit, terms, {label: row[stored[label]] for ids in told.values() for label in ids},
                            names)
    placed: dict[str, set[str]] = defaultdict(set)
    for storyline, told in stories.items():
        for story in told:
            placed[story].add(storyline)
    lines += [f"split: {story} over {len(where)} storylines" for story, where in placed.items() if len(where) > 1]
    return lines


def _pairs(told: Mapping[str, list[str]], unit: Any, terms: Sequence[str], row: Mapping[str, int],
           names: Mapping[str, str]) -> list[str]:
    """Each pair of stories' mean cosine, its shares, and the terms that weigh most."""
    people = people_columns(terms)
    entity = np.array([term.startswith(ENTITY) for term in terms])
    stories = list(told)
    lines = []
    for i, first in enumerate(stories):
        for second in stories[i + 1:]:
            a = np.asarray(unit[[row[x] for x in told[first]]].sum(axis=0)).ravel()
            b = np.asarray(unit[[row[x] for x in told[second]]].sum(axis=0)).ravel()
            shared = a * b / (len(told[first]) * len(told[second]))
            top = ", ".join(f"{_name(terms[k], names)} {shared[k]:.3f}" for k in np.argsort(-shared)[:TOP_TERMS])
            lines.append(f"  {first} x {second}: mean {shared.sum():.3f} (words {shared[~entity].sum():.3f}, "
                         f"entities {shared[entity].sum():.3f}, people {shared[people].sum():.3f}) {top}")
    return lines


def _name(term: str, names: Mapping[str, str]) -> str:
    return names.get(term[len(ENTITY):], term) if term.startswith(ENTITY) else term[len(WORD):]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles_dir", type=Path)
    parser.add_argument("--split", action="append", required=True)
    parser.add_argument("--db", type=Path, help="keep the store here (read, not built, if it exists)")
    args = parser.parse_args()
    if "test" in args.split or set(args.split) & set(HELD_OUT_SPLITS):
        parser.error("tuning splits only: test is read once by the gates, held-out splits never")
    labelled = [a for a in load_manifest(MANIFEST, args.articles_dir.resolve()) if a.split in args.split]
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "merges.db"
        if not db.exists():
            with Store(db) as store:
                pipeline.build([a.path for a in labelled], store)
        print("\n".join(report(db, labelled)))


if __name__ == "__main__":
    main()
