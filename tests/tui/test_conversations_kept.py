"""`restart` starts a new saved conversation and leaves the one before as it was (ux23 #15); conversations a
script wrote are not offered for resuming at start-up (ux23 #20)."""

import pytest

from ctguide.dialog import replay
from ctguide.sessions import FLOW, Keeper, SessionRecord, list_sessions, load, save, sessions_dir
from ctguide.tui import CtGuideApp
from tests.tui.conftest import KB, run, say

PERU = ("Fiscales contra la trata", "Fiscalía", "Peru")


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


@pytest.mark.parametrize(
    "conversations",
    [
        [PERU, ("Hope",)],
        [("Alpha project", "Org A"), PERU, ("Hope",)],
        [("Alpha project", "Org A"), ("Beta project", "Org B"), PERU, ("Hope",)],
    ],
)
def test_an_older_session_with_restarts_is_split_once_keeping_every_conversation(conversations):
    replies = tuple(text for conversation in conversations for text in [*conversation, "restart"])[:-1]
    save(SessionRecord(name="fiscales", replies=replies, title="Hope", flow=3))
    app = run(lambda app, pilot: pilot.pause(), resume="fiscales")
    assert app.turn.session.answers.title == "Hope"
    by_title = {r.title: r for r in list_sessions().sessions}
    assert {title: r.replies for title, r in by_title.items()} == {c[0]: c for c in conversations}
    assert by_title["Hope"].name == "fiscales" and by_title["Hope"].flow == FLOW
    files = sorted(p.name for p in sessions_dir().iterdir())
    assert len(files) == len(conversations)
    again = run(
        lambda app, pilot: pilot.pause(), resume="fiscales"
    )  # already split: nothing more to save apart
    assert again.turn.session.replies == ("Hope",)
    assert sorted(p.name for p in sessions_dir().iterdir()) == files
