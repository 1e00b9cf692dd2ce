"""``--engine ray`` on a Ray cluster of two nodes started here: the store equals a local build's."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from dateline.store import Store

ray_cluster_utils = pytest.importorskip("ray.cluster_utils", reason="Ray is the optional extra 'cluster'")
from dateline.cluster import build_on_ray  # noqa: E402 - needs Ray, which the line above checks

StoreRows = Callable[[Path], dict[str, list[tuple]]]


@pytest.fixture()
def two_node_cluster() -> Iterator[str]:
    """A head and a worker node on 127.0.0.1, one CPU each, as ``ray start`` would make them; its address."""
    cluster = ray_cluster_utils.Cluster(initialize_head=True, head_node_args={"num_cpus": 1})
    cluster.add_node(num_cpus=1)
    cluster.wait_for_nodes()
    yield cluster.address
    cluster.shutdown()


def test_a_build_on_a_two_node_cluster_writes_the_store_a_local_build_writes(
        tmp_path: Path, seeds_dir: Path, seed_db: Path, two_node_cluster: str, store_rows: StoreRows) -> None:
    notes: list[str] = []
    with Store(tmp_path / "ray.db") as store:
        report = build_on_ray([seeds_dir], store, address=two_node_cluster, workers=2, on_note=notes.append)
    assert (report.ingest.stored, report.analyzed, report.unanalysed, report.timeline_entries, notes) == (
        5, 5, 0, 4, [])
    assert store_rows(tmp_path / "ray.db") == store_rows(seed_db)
    assert not list(tmp_path.glob("ray.db-shards-*"))  # merged, then removed
