"""What ``dateline eval real`` counts, per kind of label, per part and per split.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from dateline.evaluation.pubdate import PubdateReport
from dateline.evaluation.real.matching import share
from dateline.evaluation.scores import PRF
from dateline.evaluation.tempeval import TempEvalScores


@dataclass(slots=True)
class Tally:
    """Matched and unmatched counts of one kind of label; P, R and F1 follow."""

    found: int = 0      # required gold labels a prediction matched
    required: int = 0   # required gold labels
    right: int = 0      # predictions that matched a gold label
    judged: int = 0     # predictions, less those that matched only optional labels

    @property
    def prf(self) -> PRF:
        return PRF(share(self.right, self.judged), share(self.found, self.required))


@dataclass(slots=True)
class QuoteScores:
    direct: Tally = field(default_factory=Tally)
    indirect: Tally = field(default_factory=Tally)
    speaker_right: int = 0      # required direct gold quotes found with the right speaker
    shown: int = 0              # direct predictions showing a speaker (optional-only matches left out)
    shown_right: int = 0
    indirect_speaker_right: int = 0
    indirect_shown: int = 0     # indirect predictions showing a speaker (optional-only matches left out)
    indirect_shown_right: int = 0
    indirect_shown_right_held: int = 0  # ... or, matching no indirect label, naming a held direct quote's speaker
    off_body: int = 0           # direct predictions on a headline or furniture line (every article)


@dataclass(slots=True)
class FigureScores:
    tally: Tally = field(default_factory=Tally)
    value_right: int = 0
    overlapping: int = 0
    shown: int = 0              # figures sure enough to join a series (optional-only matches left out)
    shown_right: int = 0
    source_right: int = 0
    sourced: int = 0
    sources_shown: int = 0      # figures showing a source where the label names one or gives it to no one
    sources_shown_right: int = 0
    off_body: int = 0           # figures on a headline or furniture line (every article)
    conflicts: int = 0          # conflict pairs the store reports
    conflicts_judged: int = 0   # those whose two figures both match labelled figures
    conflicts_right: int = 0
    gold_conflicts: int = 0
    gold_conflicts_found: int = 0


@dataclass(slots=True)
class TextScores:
    """Main text against the benchmark's gold body (token bags), and furniture lines left."""

    f1: list[float] = field(default_factory=list)
    precision: list[float] = field(default_factory=list)
    recall: list[float] = field(default_factory=list)
    lines: int = 0
    lines_left: int = 0
    articles: int = 0
    articles_left: int = 0


@dataclass(slots=True)
class PartScores:
    """Everything measured on one part (html or text) of one split."""

    kind: str
    articles: int
    stored: int
    dates: PubdateReport
    text: TextScores
    quotes: QuoteScores
    figures: FigureScores
    timexes: TempEvalScores
    timex_scopes_missing: int
    storylines: PRF


@dataclass(slots=True)
class BaselineScores:
    """The tools Dateline's HTML reader is built on, each alone on the same pages."""

    htmldate: PubdateReport
    trafilatura: TextScores


@dataclass(slots=True)
class RealReport:
    split: str
    parts: list[PartScores]
    baselines: BaselineScores | None
