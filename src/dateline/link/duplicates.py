"""Near-duplicate articles: wire copies and updated versions of one report.

MinHash over word 5-grams estimates the Jaccard similarity of two texts, and locality-sensitive hashing
finds the candidates without comparing every pair, so this stays linear in the corpus. A duplicate is linked
to the first copy seen, which alone counts for storylines and timelines.

The LSH index is an :class:`OriginalsIndex`: in memory for a one-off grouping, or the store's
(:class:`dateline.link.incremental.StoredOriginals`), which keeps every original's signature and band buckets
between builds, so that a new article is compared only with the originals sharing one of its buckets and a
store is never read whole. Banding is datasketch's for the threshold (its optimal bands and rows), so the
candidates are those its ``MinHashLSH`` would give.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable
from typing import Protocol

import numpy as np
from datasketch import MinHash, MinHashLSH

SHINGLE_WORDS = 5
#: Wire copies differ by a dateline, a byline or an updated paragraph; 0.8 keeps those and not two
#: different reports of one event, which share far fewer 5-grams.
JACCARD_THRESHOLD = 0.8
PERMUTATIONS = 128
#: The hashing scheme of datasketch's MinHash: stored signatures are read back as its.
SCHEME = MinHash(num_perm=PERMUTATIONS).scheme
#: The (start, end) of each band of the signature, as datasketch chooses them for the threshold.
BANDS: tuple[tuple[int, int], ...] = tuple(MinHashLSH(threshold=JACCARD_THRESHOLD, num_perm=PERMUTATIONS).hashranges)

#: A band's number and the 64-bit bucket its values hash to.
Bucket = tuple[int, int]


class OriginalsIndex(Protocol):
    """Where the originals seen so far are kept: their signatures, by the buckets of their bands."""

    def candidates(self, buckets: list[Bucket]) -> list[str]:
        """Ids of the originals sharing a bucket, first stored first."""
        ...

    def signature(self, article_id: str) -> MinHash: ...

    def add(self, article_id: str, signature: MinHash, buckets: list[Bucket]) -> None: ...


class MemoryOriginals:
    """An :class:`OriginalsIndex` in memory, for grouping one batch of texts."""

    def __init__(self) -> None:
        self._signatures: dict[str, MinHash] = {}
        self._buckets: dict[Bucket, list[str]] = defaultdict(list)

    def candidates(self, buckets: list[Bucket]) -> list[str]:
        found = {article_id for bucket in buckets for article_id in self._buckets.get(bucket, ())}
        return [article_id for article_id in self._signatures if article_id in found]

    def signature(self, article_id: str) -> MinHash:
        return self._signatures[article_id]

    def add(self, article_id: str, signature: MinHash, buckets: list[Bucket]) -> None:
        self._signatures[article_id] = signature
        for bucket in buckets:
            self._buckets[bucket].append(article_id)


def text_minhash(text: str) -> MinHash:
    words = text.lower().split()
    signature = MinHash(num_perm=PERMUTATIONS)
    grams = {" ".join(words[i:i + SHINGLE_WORDS]) for i in range(max(1, len(words) - SHINGLE_WORDS + 1))}
    signature.update_batch([gram.encode("utf-8") for gram in grams])
    return signature


def band_buckets(signature: MinHash) -> list[Bucket]:
    """Each band's number and a signed 64-bit hash of its values (SQLite's integer range)."""
    values = signature.hashvalues.astype("<u8")
    return [(band, int.from_bytes(hashlib.blake2b(values[start:end].tobytes(), digest_size=8).digest(), "little",
                                  signed=True))
            for band, (start, end) in enumerate(BANDS)]


def signature_bytes(signature: MinHash) -> bytes:
    return bytes(signature.hashvalues.astype("<u8").tobytes())


def signature_from_bytes(stored: bytes) -> MinHash:
    """A stored signature, of the scheme :func:`text_minhash` hashes with (datasketch's default)."""
    return MinHash(num_perm=PERMUTATIONS, hashvalues=np.frombuffer(stored, dtype="<u8").astype(np.uint64),
                   scheme=SCHEME)


def find_duplicates(articles: Iterable[tuple[str, str]], index: OriginalsIndex | None = None) -> dict[str, str]:
    """``{duplicate id: original id}`` over ``(id, text)`` pairs given oldest first; each original is added to
    ``index`` (a fresh one in memory if None), so a later call with the same index finds copies of them too."""
    originals = index if index is not None else MemoryOriginals()
    duplicates: dict[str, str] = {}
    for article_id, text in articles:
        signature = text_minhash(text)
        buckets = band_buckets(signature)
        original = next((m for m in originals.candidates(buckets)
                         if originals.signature(m).jaccard(signature) >= JACCARD_THRESHOLD), None)
        if original is not None:
            duplicates[article_id] = original
        else:
            originals.add(article_id, signature, buckets)
    return duplicates
