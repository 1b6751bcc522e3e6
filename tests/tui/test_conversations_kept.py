"""`restart` starts a new saved conversation and leaves the one before as it was (ux23 #15); conversations a
script wrote are not offered for resuming at start-up (ux23 #20)."""

from ctguide.dialog import replay
from ctguide.sessions import Keeper, SessionRecord, list_sessions, load, save
from ctguide.tui import CtGuideApp
from tests.tui.conftest import KB, run, say


def test_restart_saves_the_new_conversation_apart_from_the_one_before():
    async def scenario(app, pilot):
        await say(app, pilot, "Fiscales contra la trata", "Fiscalía", "Peru")
        await say(app, pilot, "restart")
        assert app.turn.session.key == "profile.title" and app.turn.session.replies == ()
        await say(app, pilot, "Hope", "Hope NGO")

    run(scenario)
    by_title = {r.title: r for r in list_sessions().sessions}
    assert set(by_title) == {"Fiscales contra la trata", "Hope"}
    assert by_title["Fiscales contra la trata"].replies == ("Fiscales contra la trata", "Fiscalía", "Peru")
    assert by_title["Hope"].replies == ("Hope", "Hope NGO")
    assert load(by_title["Fiscales contra la trata"].name).stage == "profile"


def test_a_scripted_run_is_not_offered_at_start_up_but_is_in_the_list_of_conversations():
    session = replay(KB, ["Safe Return Moldova", "La Strada"]).session
    Keeper(script={"path": "/demo/shelter.yaml", "applied": 2}).save(session)
    assert CtGuideApp._unfinished() == []
    Keeper().save(replay(KB, ["Typed By Hand"]).session)
    assert [r.title for r in CtGuideApp._unfinished()] == ["Typed By Hand"]
    assert {r.title for r in list_sessions().sessions} == {"Safe Return Moldova", "Typed By Hand"}


def test_an_older_session_with_a_restart_is_resumed_with_the_restarted_one_saved_apart():
    save(SessionRecord(name="fiscales", replies=("Fiscales contra la trata", "Fiscalía", "Peru", "restart", "Hope"),
                       title="Hope", flow=3))  # fmt: skip
    app = run(lambda app, pilot: pilot.pause(), resume="fiscales")
    assert app.turn.session.answers.title == "Hope"
    by_title = {r.title: r for r in list_sessions().sessions}
    assert by_title["Fiscales contra la trata"].replies == ("Fiscales contra la trata", "Fiscalía", "Peru")
    assert by_title["Hope"].name == "fiscales"
