"""Sessions saved under flow 1 (before the objective's assumptions were asked) resume with every answer on
its own question. The fixtures were saved by ctguide at e1a1a11^ running tests/data/answers/shelter.yaml as it
was then (flow-1-with-backs: the same, with `1 3`, `back`, `back`, `skip` after the objective's indicators)."""

import json
from collections import Counter

import pytest

from ctguide.dialog import replay, reply
from ctguide.dialog.upgrade import replay_saved, upgrade_note
from ctguide.knowledge import load_knowledge
from ctguide.plan import plan_to_data
from ctguide.yamlio import load_yaml
from tests.conftest import DATA

KB = load_knowledge()
OLD = json.loads((DATA / "sessions" / "flow1-safe-return-moldova.json").read_text())["replies"]
OLD_BACKS = json.loads((DATA / "sessions" / "flow1-with-backs.json").read_text())["replies"]
TODAY = [str(a) for a in load_yaml((DATA / "answers" / "shelter.yaml").read_text())["answers"]]
OBJECTIVE_ANSWERS = (16, 42)  # where today's script answers the objectives' assumptions (flow 2 only)


def _today_skipping_objective_assumptions():
    assert [TODAY[i] for i in OBJECTIVE_ANSWERS] == ["1 3", "1"]
    assert [
        t for i, t in enumerate(TODAY) if i not in OBJECTIVE_ANSWERS
    ] == OLD  # the one difference of flow 2
    return ["skip" if i in OBJECTIVE_ANSWERS else t for i, t in enumerate(TODAY)]


def test_replayed_as_saved_a_flow_1_session_slides_off_its_questions():
    assert not replay(KB, OLD).session.done  # why the upgrade exists


@pytest.mark.parametrize("replies", [OLD, OLD_BACKS], ids=["plain", "with-backs"])
def test_a_flow_1_session_comes_back_as_it_was_answered(replies):
    upgraded = replay_saved(KB, replies, None)
    expected = replay(KB, _today_skipping_objective_assumptions())
    assert upgraded.turn.session.done
    assert plan_to_data(upgraded.turn.session.plan) == plan_to_data(expected.session.plan)
    assert upgraded.skipped == ("SHL-OBJ", "PSS-OBJ")
    assert [r for r in upgraded.replies] == [r for r in replay_saved(KB, upgraded.replies, 2).replies]
    assert (
        replay(KB, upgraded.replies).session.answers == upgraded.turn.session.answers
    )  # saved again as flow 2


def test_every_saved_reply_is_sent_and_only_skips_are_added():
    upgraded = replay_saved(KB, OLD_BACKS, 1)
    added = Counter(upgraded.replies) - Counter(OLD_BACKS)
    assert sum((Counter(OLD_BACKS) - Counter(upgraded.replies)).values()) == 0
    # SHL-OBJ's answered twice (the user went back over it), PSS-OBJ's once; one `back` over the added step
    assert added == Counter({"skip": 3, "back": 1})


@pytest.mark.parametrize(
    ("cut", "key", "skipped"),
    [
        (0, "assumptions.SHL-OBJ", ()),  # saved at the results question: today's new question is asked now
        (1, "indicators.SHL-OC1", ("SHL-OBJ",)),  # the results were picked: the upgrade answered for the user
        (2, "results.shelter", ("SHL-OBJ",)),  # `back` from them: the results question, as in flow 1
        (3, "indicators.SHL-OBJ", ()),  # `back` again: the objective's indicators, as in flow 1
        (4, "assumptions.SHL-OBJ", ()),  # skipped again: today's new question
    ],
)
def test_back_means_what_it_meant_when_it_was_typed(cut, key, skipped):
    start = OLD_BACKS.index("1 3")  # after the objective's indicators: `1 3`, `back`, `back`, `skip`
    upgraded = replay_saved(KB, OLD_BACKS[: start + cut], None)
    assert upgraded.turn.session.key == key and upgraded.skipped == skipped


def test_the_note_says_nothing_was_lost_and_how_to_add_the_assumptions():
    upgraded = replay_saved(KB, OLD, None)
    note = upgrade_note("safe-return-moldova", upgraded)
    assert "all its answers were kept" in note and "SHL-OBJ and PSS-OBJ have no assumptions yet" in note
    assert "`edit assumptions SHL-OBJ`" in note
    assert upgrade_note("x", replay_saved(KB, TODAY, 2)) is None


def test_edit_assumptions_of_one_objective_reopens_only_those():
    session = replay_saved(KB, OLD, None).turn.session
    asked = reply(KB, session, "edit assumptions SHL-OBJ")
    assert (
        asked.session.key == "assumptions.SHL-OBJ"
        and "Let's revisit the assumptions of SHL-OBJ." in asked.say
    )
    done = reply(KB, reply(KB, asked.session, "1 3").session, "write")
    assert done.session.done
    chain = done.session.plan.results_chain
    assert len(chain[0].objective.assumptions) == 2
    results_before = [s.assumptions for _, s in session.plan.results_chain[0].results() if _ != "objective"]
    assert [s.assumptions for _, s in chain[0].results() if _ != "objective"] == results_before


# --- flow 2 (before the lead, pillar and fit questions): each saved reply still answers its own question -------
OPENING = ["Project", "Org", "Moldova", "2027-01 to 2028-12", "women", "skip", "skip"]
SHELTER = ["Safe Return", "NGO X", "Moldova", "2027-01 to 2028-12", "women", "skip", "skip",
           "we run a shelter for women survivors in Chisinau and help them find work", "1", "keep", "skip", "keep",
           "skip", "none", "all"]  # fmt: skip
FLOW_3 = [
    # a not-sure description: today asks which area leads (`not sure` keeps the order read)
    (OPENING, ["we work with communities", "not sure", "1", "keep"], (1,)),
    # areas under different pillars: today asks the pillar (`skip` keeps it where it was read)
    (OPENING, ["awareness raising and livelihoods for survivors", "all", "skip", "keep"], (2,)),
    # an indicator the fit rule doubts: today asks whether it shows the change (`keep`)
    (SHELTER, ["Number of police officers trained on victim identification", "keep", "number"], (1,)),
]


@pytest.mark.parametrize(("opening", "today", "added"), FLOW_3, ids=["lead", "pillar", "relevance"])
def test_a_flow_2_session_gets_the_neutral_answer_to_each_new_question(opening, today, added):
    saved = [*opening, *(t for i, t in enumerate(today) if i not in added)]
    expected = replay(KB, [*opening, *today])
    assert replay(KB, saved).session.answers != expected.session.answers  # replayed as saved, it slides
    upgraded = replay_saved(KB, saved, 2)
    assert upgraded.replies == (*opening, *today)
    assert upgraded.turn.session.key == expected.session.key
    assert upgraded.turn.session.answers == expected.session.answers
    assert upgraded.skipped == ()


@pytest.mark.parametrize(("opening", "today", "added"), FLOW_3, ids=["lead", "pillar", "relevance"])
def test_a_session_saved_under_today_s_flow_is_replayed_as_it_is(opening, today, added):
    replies = [*opening, *today]
    upgraded = replay_saved(KB, replies, 3)
    assert upgraded.replies == tuple(replies)
    assert upgraded.turn.session.answers == replay(KB, replies).session.answers


def test_a_saved_back_over_a_new_question_goes_back_to_the_question_it_left():
    saved = [*OPENING, "we work with communities", "back", "we run a shelter for women survivors", "1"]
    upgraded = replay_saved(KB, saved, 2)
    expected = replay(KB, [*OPENING, "we run a shelter for women survivors", "1"])
    assert upgraded.turn.session.answers == expected.session.answers
