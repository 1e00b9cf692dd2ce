"""The layout an attribution's speaker is judged by, read off real sentences."""

from __future__ import annotations

from spacy.language import Language

from dateline.evaluation.real.layout import layout, risks
from dateline.extract.quotes import find_quotes


def test_a_pronoun_named_two_paragraphs_back_with_a_long_quotation_before_its_tag(nlp: Language) -> None:
    text = ("Gov. Kristi Noem spoke to reporters in Pierre on Monday.\n\n"
            "The state has spent $1.2 million on the campaign.\n\n"
            "“We will win this fight, and we will win it county by county,” she said.")
    quote = find_quotes(nlp(text), min_confidence=0.0)[-1]
    found = layout(nlp(text), quote)
    assert (quote.speaker, found.paragraphs_to_name, found.before_cue, found.source_names) == (
        "Kristi Noem", 2, len("“We will win this fight, and we will win it county by county,” she "), False)
    assert not found.uncued and found.others_named == 0 and found.name_mentions == 1


def test_another_person_named_beside_a_speaker_named_once(nlp: Language) -> None:
    """Manafort, told, is named beside the speaker; "Netanyahu" inside the source is the speaker's own office, and a
    dateline in capitals that the tagger takes for a person is no one."""
    text = ("SIOUX FALLS, S.D. (AP) — Judge T.S. Ellis told Paul Manafort on Monday that the court would not wait.\n\n"
            "Israeli Prime Minister Benjamin Netanyahu’s office said it would not comment on the claims.")
    doc = nlp(text)
    judge, office = (q for q in find_quotes(doc, min_confidence=0.0) if q.speaker is not None)
    assert (judge.speaker, layout(doc, judge).others_named, risks(layout(doc, judge))) == (
        "T.S. Ellis", 1, ("once named",))
    assert layout(doc, office).others_named == 0 and risks(layout(doc, office)) == ()
