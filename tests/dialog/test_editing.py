"""`edit <indicator> wording`: any chosen indicator can be written anew, and the rest of it is kept."""

from ctguide.dialog import reply, start
from ctguide.knowledge import load_knowledge
from ctguide.yamlio import load_yaml
from tests.conftest import DATA

KB = load_knowledge()
SCRIPT = [str(a) for a in load_yaml((DATA / "answers" / "shelter.yaml").read_text())["answers"]]


def _after(replies):
    turn = start(KB)
    for text in replies:
        turn = reply(KB, turn.session, text)
    return turn


def _indicator(turn, ident):
    return next(i for i in turn.session.plan.indicators if i.id == ident)


def test_edit_wording_rewrites_the_statement_and_keeps_the_rest():
    turn = _after(SCRIPT[:30])
    targets = _indicator(turn, "SHL-01").targets
    turn = reply(KB, turn.session, "edit SHL-01 wording")
    assert turn.session.key == "refine.SHL-01.wording"
    refused = reply(KB, turn.session, "increase safety by 20%")
    assert refused.problem and refused.session == turn.session
    turn = reply(KB, turn.session, "% of residents who say they felt safe in the shelter at exit")
    indicator = _indicator(turn, "SHL-01")
    assert indicator.statement == "% of residents who say they felt safe in the shelter at exit"
    assert indicator.targets == targets
    assert turn.session.key == "indicators.SHL-OP1"


def test_skip_keeps_the_old_wording():
    turn = _after([*SCRIPT[:30], "edit SHL-01 wording", "skip"])
    assert _indicator(turn, "SHL-01").statement.startswith(
        "% of residents leaving the shelter in the reporting quarter"
    )
    assert reply(KB, turn.session, "back").session.key == "refine.SHL-01.wording"


def test_after_editing_a_finished_plan_write_works_again_and_the_plan_is_the_new_one():
    finished = _after(SCRIPT)
    assert finished.session.done
    turn = reply(KB, finished.session, "edit title")
    turn = reply(KB, turn.session, "Safe Return Moldova and Transnistria")
    assert turn.session.key == "review" and not turn.session.done
    turn = reply(KB, turn.session, "write")
    assert turn.problem is None and turn.session.done
    assert turn.session.plan.profile.title == "Safe Return Moldova and Transnistria"
    assert turn.session.plan.indicators == finished.session.plan.indicators
