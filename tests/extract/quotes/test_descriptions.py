"""A description stands for the one salient name of its kind before it, else only a candidate."""

from __future__ import annotations

from dateline.extract.quotes.descriptions import Candidate, is_salient, names_document, resolve_description


def candidate(index: int, name: str, salient: bool) -> Candidate[str]:
    return Candidate(index, name, salient, name)


def test_the_one_name_of_its_kind_is_sure_wherever_it_stood():
    found = resolve_description([candidate(3, "Vidyard", False), candidate(20, "Vidyard", True)])
    assert found is not None and (found.candidate.index, found.sure) == (20, True)


def test_the_one_salient_name_is_sure_past_a_nearer_name_mentioned_in_passing():
    found = resolve_description([candidate(3, "CBP", True), candidate(12, "Centers for Disease Control", False)])
    assert found is not None and (found.candidate.name, found.sure) == ("CBP", True)


def test_two_salient_names_leave_the_nearest_a_candidate_and_none_leave_nothing():
    found = resolve_description([candidate(3, "Google", True), candidate(5, "Microsoft", True)])
    assert found is not None and (found.candidate.name, found.sure) == ("Microsoft", False)
    assert resolve_description([]) is None


def test_a_subject_is_salient_and_an_object_is_not(nlp):
    doc = nlp("In March, FEMA announced that it would not rebuild the levee, citing advice from the Army Corps of "
              "Engineers.")
    corps = next(token.i for token in doc if token.text == "Army")
    assert is_salient(doc[3:4])  # FEMA
    assert not is_salient(doc[corps : len(doc) - 1])


def test_an_attribution_names_the_document_it_was_made_in(nlp):
    doc = nlp("In a report issued on Thursday night, the agency said that the figures were wrong. The report "
              "added more.")
    first, second = list(doc.sents)
    description = second[1]
    assert names_document(first, "report", description)
    assert not names_document(second, "report", description)
    subject = nlp("The coroner's report said she died of heat stroke.")
    assert not names_document(subject[:], "report", description)
