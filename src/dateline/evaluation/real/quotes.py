"""Direct and indirect quotes matched to their labels by place, and their speakers judged.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from dateline.evaluation.real.gold import GoldArticle, GoldQuote
from dateline.evaluation.real.matching import (
    Placed,
    Span,
    TextIndex,
    furniture_spans,
    labels_touched,
    overlaps,
    same_speaker,
)
from dateline.evaluation.real.measures import QuoteScores
from dateline.store.articles import load_article
from dateline.store.attribution import load_quotes


@dataclass(frozen=True, slots=True)
class StoredQuote:
    kind: str
    spans: tuple[Span, ...]
    speaker: str | None

    def touches(self, region: Span) -> bool:
        return any(overlaps(span, region) for span in self.spans)


def score_quotes(conn: sqlite3.Connection, gold: list[GoldArticle], stored: dict[str, str]) -> QuoteScores:
    """Direct and indirect quotes found, their speakers, and quotes read off headlines and furniture."""
    by_article: dict[str, list[StoredQuote]] = defaultdict(list)
    for quote in load_quotes(conn):
        if quote.speech and quote.article_id is not None:  # stored quotes all have theirs
            by_article[quote.article_id].append(StoredQuote(quote.kind, quote.content, quote.speaker))
    scores = QuoteScores()
    for g in gold:
        if g.id not in stored:
            continue
        text = load_article(conn, stored[g.id]).text
        predicted = by_article[stored[g.id]]
        furniture = furniture_spans(text, g)
        scores.off_body += sum(q.kind == "direct" and any(q.touches(s) for s in furniture) for q in predicted)
        if g.quotes is not None:
            add_quotes(scores, TextIndex(text), g.quotes, predicted, furniture)
    for g in gold:  # a labelled article lost by the build still counts its quotes as missed
        if g.id not in stored and g.quotes is not None:
            add_quotes(scores, TextIndex(""), g.quotes, [], [])
    return scores


def add_quotes(scores: QuoteScores, index: TextIndex, gold: Sequence[GoldQuote],
               predicted: Sequence[StoredQuote], furniture: Sequence[Span]) -> None:
    """Match one article's predictions to its labels by kind and place (a label is looked for off the
    headline and furniture lines, and at each copy repeating its passage: :func:`labels_touched`), and count
    them. A label's match at its own copy wins over one at a repeated copy, for the label's speaker."""
    by_kind = {kind: [q for q in gold if q.kind == kind] for kind in ("direct", "indirect")}
    places = {kind: [quote_region(index, q, furniture) for q in labels] for kind, labels in by_kind.items()}
    for kind, tally in (("direct", scores.direct), ("indirect", scores.indirect)):
        labels, regions = by_kind[kind], places[kind]
        guesses = [q for q in predicted if q.kind == kind]
        first_match: dict[bool, dict[int, StoredQuote]] = {False: {}, True: {}}  # by "matched at a copy"
        for guess in guesses:
            hits, on_copy = labels_touched(regions, guess.touches)
            required = [i for i in hits if not labels[i].optional]
            if hits and not required:
                continue  # matches only an optional label: neither right nor wrong
            tally.judged += 1
            tally.right += bool(required)
            for i in required:
                first_match[on_copy].setdefault(i, guess)
            if guess.speaker is not None:
                right = bool(required) and same_speaker(guess.speaker, labels[required[0]].speaker)
                if kind == "direct":
                    scores.shown += 1
                    scores.shown_right += right
                else:
                    scores.indirect_shown += 1
                    scores.indirect_shown_right += right
                    held = None if hits else held_quote_speaker(guess, by_kind["direct"], places["direct"])
                    scores.indirect_shown_right_held += right or (
                        held is not None and same_speaker(guess.speaker, held))
        for i, label in enumerate(labels):
            if label.optional:
                continue
            tally.required += 1
            match = first_match[False].get(i) or first_match[True].get(i)
            tally.found += match is not None
            right = match is not None and same_speaker(match.speaker, label.speaker)
            if kind == "direct":
                scores.speaker_right += right
            else:
                scores.indirect_speaker_right += right


def held_quote_speaker(guess: StoredQuote, direct: Sequence[GoldQuote],
                       regions: Sequence[Placed | None]) -> str | None:
    """The labelled speaker of the direct quote a report holds (a required label first), if it holds one.

    "He said the plan was 'dead on arrival'" is one reported clause with a partial quote in it: Dateline reports
    both, as the labels mostly do (tuning splits, session 24: of 300 shown indirect reports holding a drawn-out
    direct quote, 233 fall on an indirect label), and where the labels give the sentence only its direct quote,
    the report's speaker is right or wrong as the quote's is."""
    touched = sorted(labels_touched(regions, guess.touches)[0], key=lambda i: direct[i].optional)
    return direct[touched[0]].speaker if touched else None


def quote_region(index: TextIndex, quote: GoldQuote, furniture: Sequence[Span]) -> Placed | None:
    """Where a labelled quote sits in the stored text: its opening words, and for a direct quote on to
    its closing quote mark; at its first copy off the furniture, and at every copy repeating its passage."""
    span = index.find(quote.text, avoid=furniture)
    if span is None:
        return None
    regions = [(s[0], index.closing_quote(s[1])) if quote.kind == "direct" else s
               for s in (span, *index.repeats(quote.text, span, furniture))]
    return Placed(regions[0], tuple(regions[1:]))
