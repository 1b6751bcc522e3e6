"""Golden conversations: replies in, expected stage, words said and plan fragments out.

Each tests/dialog/conversations/*.yaml has `steps`, each step a `reply` and what must hold after it:
`stage`, `key`, `say` (fragments that must appear), `not_say`, `problem` (true: the reply was refused
and the session is unchanged), `action`, `done`, `options` (that must be offered), `plan` (path: value
in the plan document, paths like profile.title or indicators[0].baseline.status).
A finished conversation also holds the invariants of tests/dialog/invariants.py, and every fragment
of its `statements_mention` appears in some indicator statement (the project's own groups and places).
"""

import re
from pathlib import Path

import pytest

from ctguide.dialog import reply, start
from ctguide.knowledge import load_knowledge
from ctguide.plan import plan_to_data, validate_plan
from ctguide.yamlio import load_yaml
from tests.dialog.invariants import problems

KB = load_knowledge()
FILES = sorted((Path(__file__).parent / "conversations").glob("*.yaml"))


def _at(document, path):
    node = document
    for name, index in re.findall(r"([^.\[\]]+)|\[(\d+)\]", path):
        node = node[int(index)] if index else node[name]
    return node


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_golden_conversation(path):
    script = load_yaml(path.read_text(encoding="utf-8"))
    turn = start(KB)
    for number, step in enumerate(script["steps"], start=1):
        before = turn.session
        text = step["reply"] if step["reply"] != "<10000 chars>" else "x" * 10_000
        turn = reply(KB, before, str(text))
        where = f"{path.name} step {number} ({step['reply']!r:.40})"
        said = "\n".join(turn.say)
        if "stage" in step:
            assert turn.session.stage == step["stage"], f"{where}: stage {turn.session.stage}\n{said}"
        if "key" in step:
            assert turn.session.key == step["key"], f"{where}: key {turn.session.key}\n{said}"
        for fragment in step.get("say", []):
            assert fragment.lower() in said.lower(), f"{where}: {fragment!r} not said in:\n{said}"
        for fragment in step.get("not_say", []):
            assert fragment.lower() not in said.lower(), f"{where}: {fragment!r} said"
        if step.get("problem"):
            assert turn.problem, f"{where}: expected a re-prompt\n{said}"
            assert turn.session == before, f"{where}: a refused reply changed the session"
        elif "problem" in step:
            assert turn.problem is None, f"{where}: unexpected re-prompt: {turn.problem}"
        if "action" in step:
            assert turn.action == step["action"], where
        if "done" in step:
            assert turn.session.done == step["done"], where
        for option in step.get("options", []):
            assert option in turn.options, f"{where}: option {option!r} not in {turn.options}"
        for key, value in (step.get("plan") or {}).items():
            assert _at(plan_to_data(turn.session.plan), key) == value, f"{where}: plan {key}"
    if script.get("done"):
        assert turn.session.done
        assert validate_plan(plan_to_data(turn.session.plan)) == []
        assert problems(KB, turn.session.answers) == []
        statements = "\n".join(i.statement for i in turn.session.plan.indicators)
        for fragment in script.get("statements_mention", []):
            assert fragment in statements, f"{path.name}: {fragment!r} in no statement:\n{statements}"
