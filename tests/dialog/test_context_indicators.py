"""A context indicator (not attributable to the project) picked in the conversation is monitor only from the
start: never asked for a target or a donor's figure, and the user is told what it is for."""

import pytest

from ctguide.dialog import replay, reply
from ctguide.knowledge import load_knowledge
from ctguide.plan import MONITOR
from ctguide.yamlio import load_yaml
from tests.conftest import DATA

KB = load_knowledge()
SCRIPT = [str(a) for a in load_yaml((DATA / "answers" / "shelter.yaml").read_text())["answers"]]
AT_GOAL = replay(KB, SCRIPT[:10])


def test_the_goal_list_is_offered_with_context_indicators():
    assert AT_GOAL.session.key == "indicators.GOAL"
    assert any("context: not attributable" in line for line in AT_GOAL.say)


@pytest.mark.parametrize(
    "answers", [["ok", "keep the rest", "yes"], ["ok"] * 13], ids=["keep the rest", "step by step"]
)
def test_a_context_goal_indicator_is_never_asked_for_a_target(answers):
    turn = reply(KB, AT_GOAL.session, "1")  # SHL-10, the national share offered safe accommodation
    said = "\n".join(turn.say)
    assert "is a context indicator" in said and "no target" in said
    keys = []
    for text in answers:
        if not turn.session.key.startswith("refine.") and not turn.session.key.startswith("ethics."):
            break
        keys.append(turn.session.key)
        turn = reply(KB, turn.session, text)
    assert not [k for k in keys if k.endswith((".targets", ".projection"))], keys
    (draft,) = [d for _, r, d in turn.session.answers.drafts() if r.id == "GOAL"]
    assert not draft.indicator.attributable
    assert draft.indicator.direction == MONITOR and draft.indicator.targets == ()
    assert "T1 " not in "\n".join(turn.say) and "target value" not in "\n".join(turn.say)


def test_an_indicator_the_project_can_claim_is_still_asked_for_its_target():
    turn, keys = replay(KB, []), []
    for text in SCRIPT:
        keys.append(turn.session.key)
        turn = reply(KB, turn.session, text)
    assert "refine.SHL-01.targets" in keys
