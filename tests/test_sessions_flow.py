"""The order of questions is saved with each session: an older order is upgraded (ctguide.dialog.upgrade),
a newer one is replayed with a warning, never silently."""

import json

from ctguide.dialog import replay
from ctguide.dialog.upgrade import CURRENT
from ctguide.knowledge import load_knowledge
from ctguide.sessions import FLOW, Keeper, knowledge_changed, load

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
