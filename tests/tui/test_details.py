"""The selected indicator's details show every finding the review makes, fit (R4) included."""

import dataclasses
import datetime as dt

import pytest

from ctguide.plan import Baseline, Disaggregation
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


def _with(plan, **changes):
    return dataclasses.replace(
        plan, indicators=tuple(dataclasses.replace(i, **changes) for i in plan.indicators)
    )


def test_the_findings_come_before_the_fields_so_that_80x24_shows_them():
    details = indicator_details(item_plan(KB, RESCUE_UNDER_NO_FEE), "R1", KB).splitlines()
    first_finding = next(n for n, line in enumerate(details) if " R4 " in line)
    first_field = next(n for n, line in enumerate(details) if line.startswith("- baseline:"))
    assert 0 < first_finding < first_field


@pytest.mark.parametrize(
    ("changes", "line", "shown", "not_shown"),
    [
        ({"disaggregation": (Disaggregation("SEX", ("female", "male")), Disaggregation("EXP", ("labour",)))},
         "- breakdown:", "sex / gender, form of exploitation", "SEX"),
        ({"direction": "monitor", "targets": ()}, "- target:", "monitor only", None),
        ({"baseline": Baseline("known", 60, None, "case files")}, "- baseline:", "60 (date still to be written; case files)", "None"),
        ({"baseline": Baseline("known", 60, dt.date(2026, 11, 30), "case files")}, "- baseline:", "60 (2026-11-30; case files)", None),
    ],
)  # fmt: skip
def test_details_say_each_field_in_words(changes, line, shown, not_shown):
    details = indicator_details(_with(item_plan(KB, RESCUE_UNDER_NO_FEE), **changes), "R1", KB)
    said = next(text for text in details.splitlines() if text.startswith(line))
    assert shown in said and (not_shown is None or not_shown not in said)


def test_the_plan_is_reviewed_once_while_it_stays_the_same(monkeypatch):
    from ctguide import smart
    from ctguide.tui.widgets import _LastReview

    calls = []
    real = smart.review_plan
    monkeypatch.setattr(smart, "review_plan", lambda plan, kb: calls.append(plan) or real(plan, kb))
    reviewed = _LastReview()
    plan = item_plan(KB, RESCUE_UNDER_NO_FEE)
    first = reviewed(plan, KB)
    assert reviewed(dataclasses.replace(plan), KB) is first and len(calls) == 1  # an equal plan: kept
    changed = _with(plan, statement="Number of survivors sheltered in the corridor in 2028")
    assert reviewed(changed, KB) != first and len(calls) == 2
    reviewed(changed, None)
    assert len(calls) == 3  # another knowledge base (none): reviewed again
