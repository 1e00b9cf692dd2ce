"""Near-duplicate articles: wire copies and updated versions of one report.

MinHash over word 5-grams estimates the Jaccard similarity of two texts, and locality-sensitive hashing
(datasketch) finds the candidates without comparing every pair, so this stays linear in the corpus.
A duplicate is linked to the first copy seen, which alone counts for storylines and timelines.
"""

from __future__ import annotations

from collections.abc import Iterable

from datasketch import MinHash, MinHashLSH

SHINGLE_WORDS = 5
#: Wire copies differ by a dateline, a byline or an updated paragraph; 0.8 keeps those and not two
#: different reports of one event, which share far fewer 5-grams.
JACCARD_THRESHOLD = 0.8
PERMUTATIONS = 128


def text_minhash(text: str) -> MinHash:
    words = text.lower().split()
    signature = MinHash(num_perm=PERMUTATIONS)
    grams = {" ".join(words[i:i + SHINGLE_WORDS]) for i in range(max(1, len(words) - SHINGLE_WORDS + 1))}
    signature.update_batch([gram.encode("utf-8") for gram in grams])
    return signature


def find_duplicates(articles: Iterable[tuple[str, str]]) -> dict[str, str]:
    """``{duplicate id: original id}`` over ``(id, text)`` pairs given oldest first."""
    index = MinHashLSH(threshold=JACCARD_THRESHOLD, num_perm=PERMUTATIONS)
    originals: dict[str, MinHash] = {}
    duplicates: dict[str, str] = {}
    for article_id, text in articles:
        signature = text_minhash(text)
        matches = [m for m in index.query(signature)
                   if originals[m].jaccard(signature) >= JACCARD_THRESHOLD]
        if matches:
            duplicates[article_id] = min(matches, key=list(originals).index)
        else:
            index.insert(article_id, signature)
            originals[article_id] = signature
    return duplicates
