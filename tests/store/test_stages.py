"""Per-article stage bookkeeping: what a stage finished at which version."""

from __future__ import annotations

from pathlib import Path

from dateline.model import RawArticle
from dateline.pipeline import prepare_article
from dateline.store import Store
from dateline.store.articles import insert_article
from dateline.store.stages import mark_done, pending_articles

TEXT = "Officials said on Wednesday that talks with the mediators would resume in Doha next week."


def test_a_stage_done_is_pending_again_at_another_version(tmp_path: Path) -> None:
    with Store(tmp_path / "d.db") as store:
        conn = store.conn
        ids = []
        for n in range(2):
            article = prepare_article(RawArticle(source=f"{n}.txt", text=f"{TEXT} Report {n}."))
            insert_article(conn, article)
            ids.append(article.id)
        for article_id in ids:
            mark_done(conn, article_id, "analyze", "v1")
        assert pending_articles(conn, "analyze", "v1") == []
        assert pending_articles(conn, "analyze", "v2") == ids
