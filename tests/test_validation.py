"""The fast plan check never says yes where jsonschema says no, and never runs from a stale schema."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ctguide import validation
from ctguide.paths import builtin_knowledge_dir
from ctguide.plan import read_plan_file
from ctguide.schemas import _plan_fast
from ctguide.validation import FAST_PLAN_MODULE, SCHEMA_HASH_PREFIX, plan_is_valid, schema_problems
from tests.conftest import DATA, EXAMPLE_PLAN

EXAMPLE = read_plan_file(EXAMPLE_PLAN).data
PLANS = sorted((DATA / "plans").glob("*.yaml"))


@pytest.mark.parametrize("path", PLANS, ids=lambda p: p.name)
def test_fast_and_full_checks_agree_on_the_test_plans(path):
    data = read_plan_file(path).data
    assert plan_is_valid(data) == (schema_problems(data, "plan") == [])


def edited(change) -> dict:
    data = copy.deepcopy(EXAMPLE)
    change(data)
    return data


@pytest.mark.parametrize(
    "change",
    [
        lambda d: d["profile"].update(start_date="2027-02-30"),
        lambda d: d["profile"].update(start_date="2027-1-5"),
        lambda d: d["profile"].update(start_date="2027-01-05\n"),
        lambda d: d["profile"].update(start_date="２０２７-01-05"),
        lambda d: d.update(last_updated="2026-13-01"),
        lambda d: d["profile"].pop("title"),
        lambda d: d["profile"].update(title=7),
        lambda d: d.update(surprise=True),
        lambda d: d["indicators"][0].update(direction="sideways"),
    ],
    ids=[
        "feb 30",
        "short month",
        "trailing newline",
        "wide digits",
        "month 13",
        "missing",
        "type",
        "extra",
        "enum",
    ],
)
def test_a_broken_plan_is_never_fast_valid(change):
    data = edited(change)
    assert schema_problems(data, "plan") != []
    assert not plan_is_valid(data)


def paths(data, prefix=()):
    yield prefix
    if isinstance(data, dict):
        for key, value in data.items():
            yield from paths(value, (*prefix, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from paths(value, (*prefix, index))


PATHS = [p for p in paths(EXAMPLE) if p]
ODD = [None, 0, -1, 1.5, True, "", " ", "x", "2027-02-29", "2028-02-29", [], {}, ["x"], {"x": 1}]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(PATHS), st.sampled_from(ODD + ["drop"])), min_size=1, max_size=3))
def test_the_fast_check_never_accepts_what_jsonschema_rejects(edits):
    data = copy.deepcopy(EXAMPLE)
    for path, value in edits:
        parent = data
        try:
            for step in path[:-1]:
                parent = parent[step]
            if value == "drop":
                del parent[path[-1]]
            else:
                parent[path[-1]] = copy.deepcopy(value)
        except (KeyError, IndexError, TypeError):
            continue
    if plan_is_valid(data):
        assert schema_problems(data, "plan") == []


def test_the_fast_check_leaves_the_document_as_it_was():
    data = copy.deepcopy(EXAMPLE)
    assert plan_is_valid(data)
    assert (
        data == EXAMPLE
    )  # fastjsonschema can fill in schema defaults; the plan must stay what the user wrote


def test_generated_code_older_than_the_schema_is_not_used(monkeypatch):
    assert plan_is_valid(EXAMPLE)
    monkeypatch.setattr(_plan_fast, "SCHEMA_SHA256", "0" * 64)
    assert not plan_is_valid(EXAMPLE)


def test_the_generated_plan_validator_matches_the_schema():
    module = builtin_knowledge_dir().parent / "ctguide" / FAST_PLAN_MODULE
    if not module.exists():
        module = Path(_plan_fast.__file__)
    header = module.read_text(encoding="utf-8").splitlines()[1]
    assert header == f"# {SCHEMA_HASH_PREFIX}{validation._schema_hash('plan')}", (
        "run `python -m ctguide.validation` after editing the plan schema (until then plans are checked slowly)"
    )
