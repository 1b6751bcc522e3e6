import dataclasses

import pytest

from ctguide.knowledge import load_knowledge
from ctguide.matching import AreaMatch, Suggestions, suggest
from ctguide.suggestview import NOT_SURE, TIED, TOO_THIN, suggestions_text


@pytest.fixture(scope="module")
def kb():
    return load_knowledge()


def _area(area_id: str, score: float) -> AreaMatch:
    return AreaMatch(
        area_id, "protection", area_id, score, (f"'{area_id}' matched keyword",), ("protection",)
    )


TWO = (_area("shelter", 91.0), _area("psychosocial_support", 90.0))


@pytest.mark.parametrize(("not_sure", "tied", "too_thin", "said", "not_said"), [
    (False, False, False, ["Confidence: high."], [TIED, NOT_SURE]),
    (False, True, False, [TIED, "Confidence: medium."], [NOT_SURE, "Confidence: high."]),
    (True, False, False, [NOT_SURE], [TIED, "Confidence:"]),
    (True, True, False, [TIED, NOT_SURE], ["Confidence:"]),
    (True, False, True, [TOO_THIN], [TIED, NOT_SURE, "Confidence:"]),
])  # fmt: skip
def test_the_sureness_lines_say_what_each_flag_means_and_only_when_it_holds(
    not_sure, tied, too_thin, said, not_said
):
    result = Suggestions("text", () if too_thin else TWO, (), not_sure=not_sure, too_thin=too_thin, tied=tied)
    text = "\n".join(suggestions_text(result))
    assert all(line in text for line in said)
    assert not any(line in text for line in not_said)


def test_the_not_sure_line_no_longer_claims_a_tie():
    assert "about equally" not in NOT_SURE and "about equally" in TIED


@pytest.mark.parametrize(("text", "tied"), [
    ("We run a shelter for women survivors and give psychological counselling", True),
    ("Support to the national rapporteur to publish an annual report", False),
])  # fmt: skip
def test_real_replies_print_the_tie_line_exactly_when_tied_and_json_carries_it(kb, text, tied):
    result = suggest(kb, text)
    assert result.tied is tied
    lines = suggestions_text(result)
    assert (TIED in lines) is tied
    data = result.to_json()
    assert data["tied"] is tied
    if tied:
        assert "Confidence: high." not in lines and data["confidence"] != "high"


def test_a_tie_caps_confidence_at_medium():
    sure = Suggestions("text", TWO, ())
    assert sure.confidence == "high"
    assert dataclasses.replace(sure, tied=True).confidence == "medium"
    assert dataclasses.replace(sure, tied=True, not_sure=True).confidence == "low"
