"""Another project's example never becomes this project's facts: an example naming a place the profile does
not give (ux24t #4: 'the Chisinau shelter' in a Nigeria plan) is shown as an example only, never offered to
take as it is, never the sample answer, and never offered back as "From your project"."""

import dataclasses

import pytest

from ctguide.dialog import replay
from ctguide.dialog.state import AreaDraft, Draft, ResultDraft
from ctguide.dialog.wording import USE_EXAMPLE, fill_question
from ctguide.drafting import draft_indicator
from ctguide.knowledge import load_knowledge
from ctguide.parsing import Unclear
from ctguide.yamlio import load_yaml
from tests.conftest import DATA

KB = load_knowledge()
SCRIPT = [str(a) for a in load_yaml((DATA / "answers" / "shelter.yaml").read_text())["answers"]]
BASE = replay(KB, SCRIPT[:10]).session.answers
SOURCE = KB.indicator_by_id["SHL-03"]  # [the shelter]: “the Chisinau shelter for women survivors”
AREA = KB.area_by_id[SOURCE.area]
RESULT = ResultDraft(SOURCE.result, SOURCE.level, "Shelter meets the standards", kb_id=SOURCE.result)


def _question(countries, regions=(), remembered=None):
    answers = dataclasses.replace(
        BASE, countries=countries, regions=regions, areas=(AreaDraft(AREA.id, AREA.pillar),)
    )
    if remembered:
        answers = answers.with_fill("[the shelter]", remembered)
    indicator = draft_indicator(KB, SOURCE, pillar=AREA.pillar, period=answers.period, ident=SOURCE.id)
    draft = Draft(indicator=indicator, template=SOURCE.statement)
    return answers, fill_question(KB, answers, AREA, RESULT, draft, "[the shelter]")


EXAMPLE = dict(SOURCE.placeholders)["[the shelter]"]


@pytest.mark.parametrize(
    ("countries", "regions", "usable"),
    [(("Nigeria",), ("Abuja", "Edo"), False), (("Moldova",), (), False), (("Nigeria",), ("Chisinau",), True),
     (("Moldova",), ("Chisinau",), True)],
    ids=["nigeria", "moldova-no-city", "city-as-region", "moldova-chisinau"],
)  # fmt: skip
def test_the_example_is_offered_as_it_is_only_where_the_project_names_its_place(countries, regions, usable):
    answers, question = _question(countries, regions)
    said = "\n".join(question.say)
    assert EXAMPLE in said and "Example from another project" in said
    assert (USE_EXAMPLE in question.options) == usable
    assert (question.example == EXAMPLE) == usable
    if not usable:
        assert "it names Chisinau" in said
        with pytest.raises(Unclear, match="Chisinau, another project's"):
            question.read(KB, answers, USE_EXAMPLE)


@pytest.mark.parametrize(
    ("remembered", "offered"),
    [(EXAMPLE, False), ("the Abuja safehouse for women survivors", True)],
)
def test_only_the_projects_own_answer_is_offered_back_as_from_your_project(remembered, offered):
    _, question = _question(("Nigeria",), ("Abuja",), remembered)
    said = "\n".join(question.say)
    assert (f"From your project: 1. {remembered}" in said) == offered
    assert (remembered in question.options) == offered
