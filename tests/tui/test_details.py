"""The selected indicator's details show every finding the review makes, fit (R4) included."""

from ctguide.tui.widgets import indicator_details
from tests.review_set import item_plan
from tests.tui.conftest import KB

RESCUE_UNDER_NO_FEE = {"id": "R1", "statement": "Number of victims rescued by police in the corridor in 2028",
                       "result": "ERC-OC1", "level": "outcome", "flags": []}  # fmt: skip


def test_details_show_the_fit_warning_when_the_knowledge_base_is_given():
    plan = item_plan(KB, RESCUE_UNDER_NO_FEE)
    assert " R4 " in indicator_details(plan, "R1", KB)
    assert " R4 " not in indicator_details(plan, "R1")
