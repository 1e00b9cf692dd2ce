"""A small story written for the timeline tests: a rig fire and its spill, told by three articles."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from dateline.timeline.records import CandidateSentence

Make = Callable[..., CandidateSentence]


def _sentence(article: str, published: date | None, text: str, *dates: date, start: int = 0) -> CandidateSentence:
    return CandidateSentence(article, start, start + len(text), text, published, dates)


@pytest.fixture(scope="session")
def sentence() -> Make:
    """sentence(article, published, text, *named days, start=offset) -> a candidate sentence."""
    return _sentence


@pytest.fixture(scope="session")
def rig_story() -> list[CandidateSentence]:
    apr1, apr20, apr21, apr22, may1, may2 = (date(2010, 4, 1), date(2010, 4, 20), date(2010, 4, 21),
                                             date(2010, 4, 22), date(2010, 5, 1), date(2010, 5, 2))
    return [
        _sentence("a1", apr21, "An explosion ripped through the Deepwater Horizon oil rig on Tuesday night .", apr20),
        _sentence("a1", apr21, "Eleven workers are missing after the blast on the rig in the Gulf of Mexico .", apr20,
                  start=80),
        _sentence("a1", apr21, "Coast Guard boats searched the waters around the burning oil rig all day .", start=160),
        _sentence("a2", apr22, "The burning Deepwater Horizon rig sank into the Gulf of Mexico on Thursday .", apr22),
        _sentence("a2", apr22, "The rig exploded on Tuesday , killing eleven workers in the Gulf of Mexico .", apr20,
                  start=80),
        _sentence("a3", may2, "Oil from the sunken rig reached the coast of Louisiana , officials said on Saturday .",
                  may1),
        _sentence("a3", may2, "April 20 - An explosion on the Deepwater Horizon rig kills eleven workers .", apr20,
                  start=90),
        _sentence("a3", may2, "Is the Gulf of Mexico ready for another oil rig like this one ?", start=170),
        _sentence("a3", may2, "The rig 's owner had marked its tenth anniversary in the Gulf on April 1 .", apr1,
                  start=240),
    ]
