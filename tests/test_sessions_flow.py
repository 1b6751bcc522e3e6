"""A session saved under another order of questions is replayed with a warning, never silently."""

import json

from ctguide.dialog import replay
from ctguide.knowledge import load_knowledge
from ctguide.sessions import FLOW, Keeper, knowledge_changed, load

KB = load_knowledge()


def test_a_session_saved_now_resumes_without_a_warning(tmp_path):
    turn = replay(KB, ["Safe Return", "La Strada"])
    path = Keeper(tmp_path, knowledge=KB.fingerprint).save(turn.session)
    record = load(path.stem, tmp_path)
    assert record.flow == FLOW and json.loads(path.read_text())["flow"] == FLOW
    assert knowledge_changed(record, KB.fingerprint) is None


def test_a_session_from_before_the_objective_assumptions_step_is_replayed_with_a_warning(tmp_path):
    turn = replay(KB, ["Safe Return", "La Strada"])
    path = Keeper(tmp_path, knowledge=KB.fingerprint).save(turn.session)
    data = json.loads(path.read_text())
    del data["flow"]  # as every session saved before the order was recorded
    path.write_text(json.dumps(data))
    warning = knowledge_changed(load(path.stem, tmp_path), KB.fingerprint)
    assert warning and "another order" in warning and "check the plan" in warning
