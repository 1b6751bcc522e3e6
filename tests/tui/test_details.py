"""The selected indicator's details show every finding the review makes, fit (R4) included."""

import dataclasses

import pytest

from ctguide.tui.widgets import indicator_details
from tests.review_set import item_plan
from tests.tui.conftest import KB

RESCUE_UNDER_NO_FEE = {"id": "R1", "statement": "Number of victims rescued by police in the corridor in 2028",
                       "result": "ERC-OC1", "level": "outcome", "flags": []}  # fmt: skip


def test_details_show_the_fit_warning_when_the_knowledge_base_is_given():
    plan = item_plan(KB, RESCUE_UNDER_NO_FEE)
    assert " R4 " in indicator_details(plan, "R1", KB)
    assert " R4 " not in indicator_details(plan, "R1")


@pytest.mark.parametrize(
    ("code", "with_kb", "shown"),
    [
        ("baseline_endline", True, "baseline and endline"),
        ("followup_6m", True, None),  # the knowledge base's name, whatever it is
        ("baseline_endline", False, "baseline endline"),
        ("quarterly", True, "quarterly"),
    ],
)
def test_details_name_the_frequency_not_its_code(code, with_kb, shown):
    plan = item_plan(KB, RESCUE_UNDER_NO_FEE)
    plan = dataclasses.replace(
        plan, indicators=tuple(dataclasses.replace(i, frequency=code) for i in plan.indicators)
    )
    details = indicator_details(plan, "R1", KB if with_kb else None)
    data = next(line for line in details.splitlines() if line.startswith("- data:"))
    assert code not in data or "_" not in code
    if shown:
        assert f"({shown})" in data
    else:
        name = KB.catalogue["frequencies"][code].name
        assert f"({name[:1].lower()}{name[1:]})" in data
