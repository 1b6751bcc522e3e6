"""The order of questions is saved with each session: an older order is upgraded (ctguide.dialog.upgrade),
a newer one is replayed with a warning, never silently."""

import json

import pytest

from ctguide.dialog import replay
from ctguide.dialog.upgrade import CURRENT
from ctguide.knowledge import load_knowledge
from ctguide.sessions import (
    FLOW,
    Keeper,
    SessionRecord,
    knowledge_changed,
    list_sessions,
    load,
    resumable,
    save,
)

KB = load_knowledge()


def _saved(tmp_path, **changes):
    turn = replay(KB, ["Safe Return", "La Strada"])
    path = Keeper(tmp_path, knowledge=KB.fingerprint).save(turn.session)
    data = json.loads(path.read_text())
    for key, value in changes.items():
        if value is None:
            del data[key]
        else:
            data[key] = value
    path.write_text(json.dumps(data))
    return path


def test_the_saved_order_is_the_dialogs_own():
    assert FLOW == CURRENT


def test_a_session_saved_now_resumes_without_a_warning(tmp_path):
    path = _saved(tmp_path)
    record = load(path.stem, tmp_path)
    assert record.flow == FLOW and json.loads(path.read_text())["flow"] == FLOW
    assert knowledge_changed(record, KB.fingerprint) is None


def test_a_session_from_before_the_order_was_recorded_is_upgraded_not_warned_about(tmp_path):
    record = load(_saved(tmp_path, flow=None).stem, tmp_path)  # as every session saved before flow 2
    assert record.flow is None and knowledge_changed(record, KB.fingerprint) is None


def test_a_session_from_a_newer_order_is_replayed_with_a_warning(tmp_path):
    warning = knowledge_changed(load(_saved(tmp_path, flow=FLOW + 1).stem, tmp_path), KB.fingerprint)
    assert warning and "newer ctguide" in warning and "check the plan" in warning


def test_each_reply_is_saved_with_the_key_of_its_question(tmp_path):
    session = replay(KB, ["Safe Return", "La Strada", "the northern villages", "keep"]).session
    path = Keeper(tmp_path, knowledge=KB.fingerprint).save(session)
    record = load(path.stem, tmp_path)
    assert record.keys == (
        "profile.title",
        "profile.organisation",
        "profile.countries",
        "profile.countries.check",
    )
    assert record.replies == session.replies


@pytest.mark.parametrize("keys", [None, ["profile.title"], [1, 2], "profile.title"])
def test_keys_missing_or_damaged_are_read_as_none_and_the_replies_still_load(tmp_path, keys):
    record = load(_saved(tmp_path, keys=keys).stem, tmp_path)
    assert record.keys == () and record.replies == ("Safe Return", "La Strada")


def test_scripted_and_finished_sessions_are_not_offered_for_resuming(tmp_path):
    turn = replay(KB, ["Safe Return", "La Strada"])
    Keeper(tmp_path).save(turn.session)
    Keeper(tmp_path, script={"path": "/x/shelter.yaml", "applied": 2}).save(turn.session)
    done = SessionRecord(name="finished", replies=("a",), title="Finished", done=True)
    save(done, tmp_path)
    listing = list_sessions(tmp_path)
    assert len(listing.sessions) == 3
    assert [r.name for r in resumable(listing)] == ["safe-return"]
