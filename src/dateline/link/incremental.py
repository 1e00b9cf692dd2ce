"""Linking only what is new: which articles a link takes in, and whether it consolidates the whole store.

A store linked before keeps what the link needs to take in more articles without reading the old ones again
(schema 18): the near-duplicate index, each storyline's summed article vectors and the vocabulary they are
weighed in, and what keyed each entity mention. An incremental link then costs in proportion to the articles
added and the storylines they join: new articles are checked against the originals sharing an LSH bucket,
their mentions are merged into the entities, the user's corrections are applied again, and each new article
joins the storyline whose articles it resembles most on average (:func:`~dateline.link.storylines.best_match`:
average linkage, the rule by which a consolidation merges groups) or starts one; figure series and timelines
are grouped again only for the storylines touched. The reports of one event across articles are linked again
only around the events of the new articles and those naming an entity the link changed
(:func:`dateline.link.events.save_event_links`); over the whole store when an article linked before is taken in
again (analysed again, its events are new rows, and the groups its old ones were in are gone with them).

A consolidation is the full link: every storyline regrouped from scratch (single pass, then merging close
groups by average linkage), every entity merged afresh, and the index rebuilt. It runs when asked (``dateline
link --consolidate``; a storyline move or an entity merge or split, made or undone), when the store was never
linked by this link code, and periodically: once the articles linked incrementally since the last
consolidation exceed :data:`CONSOLIDATE_SHARE` of the articles it grouped. Each link is logged in
``link_log``, a consolidation with the storylines it merged and split.

What an incremental link gives differs from a consolidation in documented ways only: a storyline keeps its
id and title when articles join it (a consolidation names it after its earliest article and most central lead
event or headline); the inverse document frequencies are the last consolidation's (a word or entity it never
saw weighs nothing, and no stored vector is weighed again as the store grows); a new article joins by its
mean cosine alone (the consolidation's first single pass, at
:data:`~dateline.link.storylines.SAME_REPORT_THRESHOLD` to a centroid, has no counterpart); two stored
storylines are never merged with each other until the next consolidation (only a new article joins one); the
new articles join in reading order, each seeing those before it; and a storyline is looked for among those
best matching the article's heaviest terms (:data:`PROBE_TERMS`, :data:`CANDIDATES`). Entities, duplicates,
figure series and timelines are what a full link gives; ``tests/link/test_incremental.py`` checks it all on
the seed corpus.
"""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache
from typing import Any

from datasketch import MinHash

from dateline.link.duplicates import find_duplicates, signature_bytes, signature_from_bytes
from dateline.link.entities import merge_all_entities, merge_new_entities
from dateline.link.events import save_event_links
from dateline.link.storylines import (
    ENTITY,
    WORD,
    best_match,
    consolidate_storylines,
    far_apart,
    stored_vectors,
    storyline_for,
)
from dateline.nlp.fingerprint import PACKAGE_DIR, import_closure, module_file
from dateline.records import StorylineArticle
from dateline.store.link_state import (
    add_storyline,
    add_to_sum,
    articles_since_consolidation,
    clear_link_state,
    is_indexed,
    linked_count,
    log_link,
    mark_linked,
    mean_similarities,
    originals_in_buckets,
    put_in_storyline,
    save_original,
    save_vocabulary,
    stored_signature,
    storyline_members,
    storyline_of,
    unlinked_articles,
    vocabulary_idf,
)
from dateline.store.storylines import replace_storylines, storyline_articles, storyline_moves, storyline_ranges
from dateline.timeline.vectors import content_words

#: Consolidate once the articles linked incrementally exceed this share of those the last consolidation grouped.
CONSOLIDATE_SHARE = 0.25
#: A new article is compared in full with the storylines best matching its heaviest terms: this many terms,
#: and this many storylines.
PROBE_TERMS, CANDIDATES = 32, 64
#: The modules whose code decides what the link stores.
_LINK_MODULES = ("dateline.link.incremental", "dateline.link.series", "dateline.link.events",
                 "dateline.link.corrections", "dateline.timeline.store")


class StoredOriginals:
    """The store's near-duplicate index, as an :class:`~dateline.link.duplicates.OriginalsIndex`."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def candidates(self, buckets: list[tuple[int, int]]) -> list[str]:
        return originals_in_buckets(self.conn, buckets)

    def signature(self, article_id: str) -> MinHash:
        return signature_from_bytes(stored_signature(self.conn, article_id))

    def add(self, article_id: str, signature: MinHash, buckets: list[tuple[int, int]]) -> None:
        save_original(self.conn, article_id, signature_bytes(signature), buckets)


@dataclass(frozen=True, slots=True)
class LinkPlan:
    """What one link takes in: every article (a consolidation) or the unlinked ones."""

    version: str
    full: bool
    #: A consolidation's are read once their entities are merged and corrected (:func:`link_duplicates`).
    articles: list[StorylineArticle]
    #: The storylines whose figure series and timelines are grouped again (None: all of them).
    touched: list[str] | None = None
    #: The articles not linked before, and the copies among them: ``{copy: original}``.
    fresh: list[StorylineArticle] = field(default_factory=list)
    duplicates: dict[str, str] = field(default_factory=dict)
    #: What the link changed, for its log entry.
    detail: dict[str, Any] = field(default_factory=dict)
    #: The entities whose mentions an incremental link changed (gained, lost, made or removed).
    entities: set[str] = field(default_factory=set)

    @property
    def article_ids(self) -> list[str]:
        return [a.article_id for a in self.articles]


@cache
def link_version() -> str:
    """A fingerprint of the link's code (:func:`~dateline.nlp.fingerprint.import_closure` of its modules): a
    store linked by other code is consolidated."""
    digest = hashlib.sha256()
    for path in sorted(module_file(module, PACKAGE_DIR) for module in import_closure(list(_LINK_MODULES), PACKAGE_DIR)):
        digest.update(path.relative_to(PACKAGE_DIR).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def plan_link(conn: sqlite3.Connection, consolidate: bool | None = None) -> LinkPlan:
    """Consolidate when ``consolidate`` is True, never when False, and when it is due if None."""
    version = link_version()
    pending = unlinked_articles(conn, version)
    if consolidate or (consolidate is None and _consolidation_due(conn, version, len(pending))):
        return LinkPlan(version, True, [])
    return LinkPlan(version, False, pending)


def _consolidation_due(conn: sqlite3.Connection, version: str, pending: int) -> bool:
    grouped, added = articles_since_consolidation(conn)
    return linked_count(conn, version) == 0 or added + pending > CONSOLIDATE_SHARE * grouped


def link_entities(conn: sqlite3.Connection, plan: LinkPlan) -> LinkPlan:
    """The first step of a link: a consolidation forgets the link's index and merges every mention afresh; an
    incremental link merges the new mentions, and returns the plan with the entities that changed."""
    if plan.full:
        clear_link_state(conn)
        merge_all_entities(conn)
        return plan
    return replace(plan, entities=merge_new_entities(conn, plan.article_ids))


def link_duplicates(conn: sqlite3.Connection, plan: LinkPlan) -> LinkPlan:
    """Find the copies among the articles taken in (of each other, or of an original already indexed), indexing
    the originals; return the plan with them. A consolidation reads every article here, with its entities as now
    merged and corrected (the one reading its regrouping needs too), and indexes the whole store afresh; an
    incremental link leaves out the articles linked before (analysed again or dated anew: their text is the
    same)."""
    if plan.full:
        plan = replace(plan, articles=storyline_articles(conn))
    articles = plan.articles if plan.full else [a for a in plan.articles if not is_indexed(conn, a.article_id)]
    duplicates = find_duplicates(((a.article_id, a.text) for a in articles), StoredOriginals(conn))
    return replace(plan, fresh=articles, duplicates=duplicates)


def link_storylines(conn: sqlite3.Connection, plan: LinkPlan) -> LinkPlan:
    """Group the whole store (a consolidation) or assign the new articles; return the plan with the storylines
    touched."""
    if plan.full:
        return replace(plan, detail=_consolidate(conn, plan))
    touched = sorted(_assign(conn, plan))
    return replace(plan, touched=touched, detail={"storylines touched": touched})


def link_event_reports(conn: sqlite3.Connection, plan: LinkPlan) -> None:
    """Link the reports of one event across articles: over the whole store in a consolidation or when an article
    linked before is taken in again, else around the new articles' events and those naming a changed entity."""
    relinked = {a.article_id for a in plan.articles} - {a.article_id for a in plan.fresh}
    if plan.full or relinked:
        save_event_links(conn)
    else:
        save_event_links(conn, plan.article_ids, plan.entities)


def finish_link(conn: sqlite3.Connection, plan: LinkPlan) -> None:
    """Mark the articles linked by this code, and log the link."""
    mark_linked(conn, plan.article_ids, plan.version)
    log_link(conn, "full" if plan.full else "incremental", len(plan.articles), plan.detail)


def _consolidate(conn: sqlite3.Connection, plan: LinkPlan) -> dict[str, Any]:
    """Group every original afresh."""
    before = storyline_members(conn)
    grouping = consolidate_storylines([a for a in plan.articles if a.article_id not in plan.duplicates],
                                      storyline_moves(conn))
    replace_storylines(conn, grouping.storylines, plan.duplicates)
    save_vocabulary(conn, grouping.idf)
    for storyline in grouping.storylines:
        add_to_sum(conn, storyline.id, grouping.sums[storyline.id], len(storyline.article_ids))
    return consolidation_changes(before, storyline_members(conn))


def consolidation_changes(before: dict[str, set[str]], after: dict[str, set[str]]) -> dict[str, Any]:
    """What a consolidation changed, for the log: each new storyline that joins articles of several old ones
    (merged) and each old storyline whose articles now lie in several (split)."""
    def spread(groups: dict[str, set[str]], into: dict[str, set[str]]) -> dict[str, list[str]]:
        home = {article: storyline for storyline, members in into.items() for article in members}
        return {storyline: sorted({home[a] for a in members if a in home}) for storyline, members in groups.items()}

    merged = {s: olds for s, olds in spread(after, before).items() if len(olds) > 1}
    split = {s: news for s, news in spread(before, after).items() if len(news) > 1}
    return {"storylines": len(after), "merged": merged, "split": split}


def _assign(conn: sqlite3.Connection, plan: LinkPlan) -> set[str]:
    """Put the new articles in storylines (a copy in its original's); return the storylines touched, those of
    the articles linked before (analysed again or dated anew) included."""
    fresh = {a.article_id for a in plan.fresh}
    touched = {s for a in plan.articles if a.article_id not in fresh
               and (s := storyline_of(conn, a.article_id)) is not None}
    new_ids = [a.article_id for a in plan.fresh if a.article_id not in plan.duplicates]
    originals = sorted(storyline_articles(conn, new_ids), key=lambda a: (a.day is None, a.day or date.min))
    idf = vocabulary_idf(conn, {WORD + word for a in originals for word in content_words(a.wording)}
                         | {ENTITY + entity for a in originals for entity in a.entities})
    for article, vector in zip(originals, stored_vectors(originals, idf), strict=True):
        touched.add(_join(conn, article, vector))
    for duplicate, original in plan.duplicates.items():
        storyline_id = storyline_of(conn, original)
        put_in_storyline(conn, duplicate, storyline_id, original)
        touched |= {storyline_id} if storyline_id else set()
    return touched


def _join(conn: sqlite3.Connection, article: StorylineArticle, vector: dict[str, float]) -> str:
    """Put an article in the storyline whose articles it resembles most on average (those far apart in time on
    strong evidence only), or in a new one; add its vector to the storyline's sum."""
    similar = mean_similarities(conn, vector, PROBE_TERMS, CANDIDATES)
    storyline_id = best_match(similar, far_apart(article, storyline_ranges(conn, similar)))
    if storyline_id is None:
        storyline = storyline_for([article])
        add_storyline(conn, storyline.id, storyline.title, article.article_id)
        storyline_id = storyline.id
    put_in_storyline(conn, article.article_id, storyline_id)
    add_to_sum(conn, storyline_id, vector)
    return storyline_id
