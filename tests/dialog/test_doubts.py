"""Where the reading is not sure, the user decides: which area leads (asked only when the reading is weak), and
which pillar an area that can sit under several belongs to (asked only when the chosen areas sit under different
pillars). Each turn both ways: asked when it should be and what the answer stores, not asked when it should not."""

import pytest

from ctguide.dialog import replay, reply
from ctguide.dialog.areas import plain
from ctguide.knowledge import load_knowledge

KB = load_knowledge()
OPENING = ["Project", "Org", "Moldova", "2027-01 to 2028-12", "women", "skip", "skip"]
WEAK = "we work with communities"
SPREAD = (
    "awareness raising and livelihoods for survivors"  # Prevention and Protection areas, one that fits both
)


def _at(*replies):
    return replay(KB, [*OPENING, *replies])


def _areas(turn):
    return [c.area for c in turn.session.plan.results_chain]


def test_a_weak_reading_asks_which_area_leads_strongest_first_each_with_its_reason():
    turn = _at(WEAK)
    assert turn.session.key == "areas.lead"
    assert turn.say[0].startswith("**Not sure**")
    proposed = turn.session.answers.proposed
    listed = [line for line in turn.say if line[:1].isdigit()]
    assert 2 <= len(listed) <= 4 and turn.numbered == len(listed)
    for n, (line, area) in enumerate(zip(listed, proposed, strict=False), start=1):
        assert line.startswith(f"{n}. **{KB.area_by_id[area].name}**") and line.split("): ", 1)[1]
    assert turn.options[: len(listed)] == [str(n) for n in range(1, len(listed) + 1)]
    assert {"not sure", "none"} <= set(turn.options)


@pytest.mark.parametrize("description", ["we run a shelter for women survivors in Chisinau and help them find work",
                                         "we run a shelter for women survivors and give psychological counselling"])  # fmt: skip
def test_a_sure_reading_or_a_tie_between_named_areas_asks_no_lead(description):
    turn = _at(description)
    assert turn.session.key == "areas" and turn.session.answers.lead is None


def test_the_area_chosen_to_lead_comes_first_and_the_plan_starts_with_it():
    asked = _at(WEAK)
    second = asked.session.answers.proposed[1]
    turn = reply(KB, asked.session, "2")
    assert turn.problem is None and turn.session.key == "areas"
    assert turn.session.answers.lead == second and turn.session.answers.proposed[0] == second
    assert "your main one first" in "\n".join(turn.say)
    assert not any(line.startswith("**Not sure**") for line in turn.say)  # said once, at the lead question
    assert _areas(reply(KB, turn.session, "1"))[0] == second


def test_several_picks_keep_those_areas_with_the_first_leading():
    asked = _at(WEAK)
    proposed = asked.session.answers.proposed
    turn = reply(KB, asked.session, "3 1")
    assert turn.problem is None and turn.session.answers.areas is not None
    assert _areas(turn)[:2] == [proposed[2], proposed[0]]


def test_not_sure_keeps_the_order_read_and_none_asks_for_more_words():
    asked = _at(WEAK)
    kept = reply(KB, asked.session, "not sure")
    assert kept.session.key == "areas" and kept.session.answers.lead == ""
    assert kept.session.answers.proposed == asked.session.answers.proposed
    again = reply(KB, asked.session, "none")
    assert again.session.key == "describe" and "tell me a little more" in again.say[0]
    back = reply(KB, again.session, "back")
    assert back.session.key == "areas.lead" and back.session.answers == asked.session.answers


@pytest.mark.parametrize("text", ["9", "0", "shelter please", "1 9"])
def test_a_lead_answer_that_is_no_choice_is_refused(text):
    asked = _at(WEAK)
    turn = reply(KB, asked.session, text)
    assert turn.problem and turn.session == asked.session


def test_areas_under_different_pillars_ask_the_pillar_of_the_one_that_fits_several():
    turn = _at(SPREAD, "1 2 3")
    assert turn.session.key == "areas.pillar.economic_empowerment"
    assert "can sit under Prevention or Protection" in turn.say[1]
    listed = [line for line in turn.say if line[:1].isdigit()]
    assert listed[0].startswith("1. **Prevention**") and "where this work usually sits" in listed[0]
    assert listed[1].startswith("2. **Protection**") and "with your Return and reintegration" in listed[1]
    assert turn.numbered == 2 and "skip" in turn.options


@pytest.mark.parametrize("answer", ["2", "protection", "Prot"])
def test_the_pillar_chosen_is_stored_in_the_plan(answer):
    turn = reply(KB, _at(SPREAD, "1 2 3").session, answer)
    assert turn.problem is None and turn.session.stage == "goal"
    chains = {c.area: c.pillar for c in turn.session.plan.results_chain}
    assert chains["economic_empowerment"] == "protection"
    assert "is under Protection" in turn.say[0]
    assert turn.session.answers.decided == ("economic_empowerment",)


def test_skip_keeps_the_pillar_read_and_is_not_asked_again():
    turn = reply(KB, _at(SPREAD, "1 2 3").session, "skip")
    assert turn.session.stage == "goal"
    assert {c.area: c.pillar for c in turn.session.plan.results_chain}["economic_empowerment"] == "prevention"


@pytest.mark.parametrize("text", ["3", "prosecution", "1 2"])
def test_a_pillar_the_area_cannot_sit_under_is_refused(text):
    asked = _at(SPREAD, "1 2 3")
    turn = reply(KB, asked.session, text)
    assert turn.problem and turn.session == asked.session


def test_no_pillar_question_when_the_areas_sit_under_one_pillar():
    turn = _at("we run a shelter for women survivors in Chisinau and help them find work")
    kept = reply(KB, turn.session, "all")
    assert kept.session.stage == "goal"


def test_a_pillar_chosen_at_the_areas_list_is_not_asked_again():
    turn = _at(SPREAD)
    number = next(line for line in turn.say if "Economic empowerment" in line).split(".")[0]
    turn = reply(KB, turn.session, f"pillar {number} protection")
    turn = reply(KB, turn.session, "1 2 3")
    assert turn.session.stage == "goal"
    assert {c.area: c.pillar for c in turn.session.plan.results_chain}["economic_empowerment"] == "protection"


def test_a_pillar_chosen_survives_describing_the_project_again():
    chosen = reply(KB, _at(SPREAD, "1 2 3").session, "2")
    again = reply(KB, chosen.session, "edit description")
    described = reply(KB, again.session, SPREAD)
    assert dict(described.session.answers.pillars)["economic_empowerment"] == "protection"


@pytest.mark.parametrize(
    ("reason", "shown"),
    [("words real projects in this area use: hotline, national", "words projects of this kind often use: hotline, national"),
     ("weighs less: the text serves protection, where this area is not offered",
      "counts for less: your words are mostly about protection work, and this area is not"),
     ("related words: communities", "related words: communities")],
)  # fmt: skip
def test_the_matchers_reasons_are_shown_in_a_newcomers_words(reason, shown):
    assert plain(reason) == shown


def test_none_keeps_the_description_and_reads_it_with_the_new_words():
    again = reply(KB, _at(WEAK).session, "none")
    assert again.session.answers.description is None and again.session.answers.earlier == WEAK
    assert any(f"So far you wrote: “{WEAK}”" in line for line in again.say)
    more = "we run a shelter for women survivors"
    turn = reply(KB, again.session, more)
    assert turn.problem is None and turn.session.answers.description == f"{WEAK} {more}"
    assert turn.session.answers.earlier is None
    assert "shelter" in turn.session.answers.proposed


def test_a_first_description_is_read_alone():
    turn = _at("we run a shelter for women survivors")
    assert turn.session.answers.description == "we run a shelter for women survivors"
    assert not any("So far you wrote" in line for line in _at().say)
