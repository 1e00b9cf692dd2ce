"""Date ranking: which days a story's coverage treats as the days that matter.

Journalists' timelines keep the days that the coverage keeps coming back to. Two signals carry that
(Tran et al. 2013; Ghalandari & Ifrim 2020, whose "mention count" alone rivals trained rankers):
- how many articles name the day in a time expression — counted once per article, so one long piece
  does not outvote the field, and weighted up when the mention comes after the day, because looking
  back at a day ("the April 20 explosion") is the strongest sign that it mattered;
- how many articles were published on the day or the day after, a burst of coverage being the trace
  of an event (news of day d mostly appears on d and d + 1).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from datetime import date, timedelta

from dateline.timeline.records import CandidateSentence

#: Weight of a mention made after the day, relative to one made before or on it.
RETROSPECTIVE_WEIGHT = 2.0
#: Weight of one article published on the day or the next, relative to one mention.
PUBLICATION_WEIGHT = 0.5


def in_range(day: date, start: date | None, end: date | None) -> bool:
    return (start is None or day >= start) and (end is None or day <= end)


def mention_counts(candidates: Sequence[CandidateSentence]) -> Counter[date]:
    """Per day, the articles naming it, each counted once, retrospective ones weighted up."""
    articles: dict[date, dict[str, float]] = defaultdict(dict)
    for c in candidates:
        for day in c.referenced_dates:
            looks_back = c.article_published is not None and c.article_published > day
            weight = RETROSPECTIVE_WEIGHT if looks_back else 1.0
            seen = articles[day]
            seen[c.article_id] = max(seen.get(c.article_id, 0.0), weight)
    return Counter({day: sum(weights.values()) for day, weights in articles.items()})


def publication_counts(candidates: Sequence[CandidateSentence]) -> Counter[date]:
    """Per day, the articles published on it or on the day after."""
    published = {c.article_id: c.article_published for c in candidates if c.article_published is not None}
    counts: Counter[date] = Counter()
    for day in published.values():
        counts.update((day, day - timedelta(days=1)))
    return counts


def rank_dates(candidates: Sequence[CandidateSentence], start: date | None = None,
               end: date | None = None) -> list[tuple[date, float]]:
    """Days within ``[start, end]`` with their scores, best first (ties: earlier day first)."""
    scores: defaultdict[date, float] = defaultdict(float, mention_counts(candidates))
    for day, count in publication_counts(candidates).items():
        scores[day] += PUBLICATION_WEIGHT * count
    ranked = [(day, score) for day, score in scores.items() if in_range(day, start, end)]
    return sorted(ranked, key=lambda item: (-item[1], item[0]))
