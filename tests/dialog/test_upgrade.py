"""Sessions saved under flow 1 (before the objective's assumptions were asked) resume with every answer on
its own question. The fixtures were saved by ctguide at e1a1a11^ running tests/data/answers/shelter.yaml as it
was then (flow-1-with-backs: the same, with `1 3`, `back`, `back`, `skip` after the objective's indicators)."""

import json
from collections import Counter

import pytest

from ctguide.dialog import replay, reply
from ctguide.dialog.upgrade import replay_saved, restarted, upgrade_note
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


# --- flow 4 (a place not known as a country is asked about; replies are saved with their question's key) -------
NORTHERN = ["Project", "Org", "the northern villages", "2027-01 to 2028-12", "women", "skip", "skip"]


@pytest.mark.parametrize("flow", [None, 1, 2, 3])
def test_an_older_session_keeps_a_place_it_named_as_its_country(flow):
    upgraded = replay_saved(KB, [*NORTHERN, "we run a shelter for women survivors"], flow)
    answers = upgraded.turn.session.answers
    assert answers.countries == ("The northern villages",) and answers.period is not None
    assert answers.target_groups == ("women",) and upgraded.turn.session.stage == "areas"
    assert upgraded.replies[:4] == ("Project", "Org", "the northern villages", "keep")


def test_a_session_saved_today_is_replayed_by_key_as_it_is():
    turn = replay(
        KB, [*SHELTER, "Number of police officers trained on victim identification", "keep", "number"]
    )
    session = turn.session
    assert len(session.keys) == len(session.replies) and session.keys[-2].endswith(".relevance")
    upgraded = replay_saved(KB, session.replies, 4, keys=session.keys)
    assert upgraded.replies == session.replies and upgraded.turn.session.answers == session.answers
    assert upgraded.turn.session.keys == session.keys


@pytest.mark.parametrize(("opening", "today", "added"), FLOW_3, ids=["lead", "pillar", "relevance"])
def test_by_key_a_question_asked_now_but_not_then_gets_the_neutral_answer(opening, today, added):
    session = replay(KB, [*opening, *today]).session
    kept = [i for i in range(len(session.replies)) if i - len(opening) not in added]
    replies, keys = [session.replies[i] for i in kept], [session.keys[i] for i in kept]
    upgraded = replay_saved(KB, replies, 4, keys=keys)
    assert upgraded.turn.session.answers == session.answers and upgraded.replies == session.replies


@pytest.mark.parametrize("gone", ["areas.pillar.shelter", "areas.lead", "refine.SHL-99.relevance"])
def test_by_key_a_reply_to_a_question_no_longer_asked_is_left_out(gone):
    """Saved when the question came up (the fit rule doubted an indicator then), replayed when it does not:
    the reply must not land on the next question (here it would pick the second area)."""
    session = replay(KB, SHELTER).session
    at = session.keys.index("areas")
    replies = [*session.replies[:at], "2", *session.replies[at:]]
    keys = [*session.keys[:at], gone, *session.keys[at:]]
    assert replay(KB, replies).session.answers != session.answers
    upgraded = replay_saved(KB, replies, 4, keys=keys)
    assert upgraded.turn.session.answers == session.answers and upgraded.replies == session.replies


def test_by_key_a_back_over_a_neutral_answer_returns_to_the_question_it_left():
    saved = replay(KB, [*OPENING, "we run a shelter for women survivors", "back"]).session
    assert saved.keys[-1] == "areas" and saved.key == "describe"
    upgraded = replay_saved(KB, saved.replies, 4, keys=saved.keys)
    assert upgraded.turn.session.key == "describe"


# --- before flow 4 `restart` went on in the same session (and `back` undid it); today it is a new saved one ------
PERU = ["Fiscales contra la trata", "Fiscalía", "Peru", "2027-01 to 2028-12"]
HOPE = ["Hope", "Hope NGO", "Moldova"]


ALPHA = ["Alpha project", "Org A"]
BETA = ["Beta project", "Org B", "Kenya"]


@pytest.mark.parametrize("flow", [None, 2, 3])
@pytest.mark.parametrize(
    "conversations",
    [
        [PERU, HOPE],  # one restart
        [ALPHA, PERU, HOPE],  # two: the first conversation was lost before
        [ALPHA, BETA, PERU, HOPE],  # three
    ],
)
def test_an_older_session_keeps_every_conversation_its_restarts_replaced(flow, conversations):
    replies = [text for conversation in conversations for text in [*conversation, "restart"]][:-1]
    upgraded = replay_saved(KB, replies, flow)
    assert upgraded.before_restart == tuple(tuple(c) for c in conversations[:-1])
    assert upgraded.turn.session.replies == tuple(HOPE) and upgraded.turn.session.answers.title == "Hope"
    earlier = restarted(KB, upgraded)
    assert [s.answers.title for s in earlier] == [c[0] for c in conversations[:-1]]
    assert [s.replies for s in earlier] == [tuple(c) for c in conversations[:-1]]


def test_restarts_in_a_row_replace_no_conversation_of_their_own():
    upgraded = replay_saved(KB, [*ALPHA, "restart", "restart", *HOPE, "restart"], 3)
    assert upgraded.before_restart == (tuple(ALPHA), tuple(HOPE))
    assert upgraded.turn.session.replies == ()


def test_an_older_restart_undone_by_back_changed_nothing():
    upgraded = replay_saved(KB, [*PERU, "restart", "back", "women"], 3)
    assert upgraded.before_restart == ()
    assert upgraded.turn.session.answers == replay(KB, [*PERU, "women"]).session.answers
