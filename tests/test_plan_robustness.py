"""Any damage to a plan document gives problems, never an exception; the fast schema check agrees with
jsonschema; numbers are finite and of sane size."""

import copy
import math

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ctguide.plan import MAX_NUMBER, validate_plan
from ctguide.validation import _validator, plan_is_valid
from ctguide.yamlio import load_yaml
from tests.conftest import EXAMPLE_PLAN

EXAMPLE = load_yaml(EXAMPLE_PLAN.read_text(encoding="utf-8"))
REPLACEMENTS = st.sampled_from(
    [[], ["a"], {}, {"a": 1}, None, True, "", "x" * 300, "2027-02-30", "2027-W01-1", -1, 0.5, 10**20,
     math.inf, -math.inf, math.nan, "shelter", "SHL-OC1"]
)  # fmt: skip


def _places(node, path=()):
    yield path
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _places(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _places(value, (*path, index))


PLACES = [p for p in _places(EXAMPLE) if p]


def _damaged(changes):
    document = copy.deepcopy(EXAMPLE)
    for place, replacement, delete in changes:
        parent = document
        try:
            for step in place[:-1]:
                parent = parent[step]
            if delete and isinstance(parent, dict):
                parent.pop(place[-1], None)
            else:
                parent[place[-1]] = copy.deepcopy(replacement)
        except (KeyError, IndexError, TypeError):
            continue
    return document


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(PLACES), REPLACEMENTS, st.booleans()), min_size=1, max_size=4))
def test_damage_gives_problems_never_an_exception_and_the_fast_check_agrees(changes):
    document = _damaged(changes)
    problems = validate_plan(document)
    assert all(isinstance(p.message, str) for p in problems)
    complete = not any(True for _ in _validator("plan", None).iter_errors(document))
    assert plan_is_valid(document) == complete


@pytest.mark.parametrize("value", [math.inf, -math.inf, math.nan, MAX_NUMBER * 10, -(10**30)])
def test_numbers_must_be_finite_and_sane(value):
    document = copy.deepcopy(EXAMPLE)
    document["indicators"][0]["targets"][0]["value"] = value
    problems = validate_plan(document)
    assert [p.path for p in problems] == [("indicators", 0, "targets", 0, "value")]
    assert "finite and at most" in problems[0].message


@pytest.mark.parametrize(
    ("place", "value"),
    [(("results_chain", 0, "area"), ["shelter"]), (("indicators", 0, "id"), {"a": 1}),
     (("results_chain", 0, "objective", "id"), ["SHL-OBJ"]), (("indicators", 0, "area"), {"x": 1}),
     (("goal",), {"id": ["G"], "statement": "x"})],
)  # fmt: skip
def test_a_list_or_mapping_where_a_plain_value_belongs_is_a_problem(place, value):
    document = _damaged([(place, value, False)])
    problems = validate_plan(document)
    assert any(p.path[: len(place)] == place or p.path == place[:-1] for p in problems), problems
