"""The XLSX export: sheets, headers, filters, one row per indicator, findings, identical bytes."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import zipfile

import pytest

from ctguide.exporters import ExportOptions, export
from ctguide.exporters.rows import COLUMNS, HEADINGS
from ctguide.plan import Plan, load_plan
from ctguide.smart import review_plan
from tests.conftest import EXAMPLE_PLAN, LOGFRAME_PLAN

openpyxl = pytest.importorskip("openpyxl")

SHEETS = ["Logframe", "Indicators", "Reference sheets", "Findings"]
LOGFRAME_HEADINGS = [
    "Level",
    "Results chain",
    "Indicator",
    "Baseline",
    "Target(s) with dates",
    "Means of verification",
    "Assumptions and risks",
]
FINDING_HEADINGS = ["Severity", "Rule", "Indicator", "Message", "Fix"]


@pytest.fixture(scope="module")
def plan() -> Plan:
    return load_plan(EXAMPLE_PLAN)


@pytest.fixture(scope="module")
def content(plan: Plan) -> bytes:
    result = export(plan, "xlsx", ExportOptions())
    assert isinstance(result.content, bytes)
    return result.content


@pytest.fixture(scope="module")
def book(content: bytes):
    return openpyxl.load_workbook(io.BytesIO(content))


def header(sheet) -> list[str]:
    return [cell.value for cell in sheet[1]]


def body(sheet) -> list[tuple]:
    return list(sheet.iter_rows(min_row=2, values_only=True))


def empty_plan(plan: Plan) -> Plan:
    return dataclasses.replace(plan, results_chain=(), indicators=())


def test_sheets_in_order(book):
    assert book.sheetnames == SHEETS


def test_workbook_properties(book, plan):
    assert book.properties.title == plan.profile.title
    assert book.properties.creator == "ctguide"
    assert book.properties.created == dt.datetime(2027, 1, 1)
    assert book.properties.modified == dt.datetime(2027, 1, 1)


def test_header_rows(book):
    assert header(book["Logframe"]) == LOGFRAME_HEADINGS
    assert header(book["Indicators"]) == [HEADINGS[c] for c in COLUMNS]
    assert header(book["Findings"]) == FINDING_HEADINGS
    assert all(cell.font.bold for cell in book["Indicators"][1])


@pytest.mark.parametrize("name", ["Indicators", "Findings"])
def test_header_frozen_and_filtered(book, name):
    sheet = book[name]
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == sheet.dimensions


def test_one_indicator_row_per_indicator(book, plan):
    rows = body(book["Indicators"])
    ids = COLUMNS.index("indicator_id")
    statements = COLUMNS.index("indicator")
    assert [row[ids] for row in rows] == [i.id for i in plan.indicators]
    assert [row[statements] for row in rows] == [i.statement for i in plan.indicators]


def test_long_columns_wrap_and_are_wide(book):
    sheet = book["Indicators"]
    for column in ("indicator", "result", "collection_method", "ethics_notes"):
        index = COLUMNS.index(column) + 1
        assert all(row[index - 1].alignment.wrap_text for row in sheet.iter_rows(min_row=2))
        letter = openpyxl.utils.get_column_letter(index)
        assert 30 <= sheet.column_dimensions[letter].width <= 60
    assert all(cell.alignment.vertical == "top" for row in sheet.iter_rows(min_row=2) for cell in row)


def test_logframe_follows_the_standard_matrix(book, plan):
    rows = body(book["Logframe"])
    assert rows[0][0] == "Pillar: Protection"
    assert rows[1][0] == "Area: Shelter"
    objectives = [row[0] for row in rows if row[0] == "Objective"]
    assert len(objectives) == len(plan.results_chain)
    indicators = [row for row in rows if row[2] and row[2] != "(no indicator yet)"]
    assert [row[2].split(":")[0] for row in indicators] == [i.id for i in plan.indicators]
    first = plan.indicators[0]
    assert indicators[0][:2] == ("Outcome", "SHL-OC1: " + plan.results_chain[0].outcomes[0].statement)
    assert indicators[0][3:6] == ("to be set by 2027-03-31", "80 by 2027-12-31; 90 by 2028-12-31",
                                  f"{first.means_of_verification} (quarterly; M&E officer)")  # fmt: skip


def test_logframe_goal_first_with_monitor_only_projection_context_and_assumptions():
    plan = load_plan(LOGFRAME_PLAN)
    book = openpyxl.load_workbook(io.BytesIO(export(plan, "xlsx").content))
    rows = body(book["Logframe"])
    goal = rows[0]
    assert goal[0] == "Goal (impact)" and goal[1].startswith("GOAL: Contribute to ending trafficking")
    assert "(context indicator, not attributable to the project)" in goal[2]
    assert goal[4] == "monitor only (no target)"
    assert goal[6] == "- " + plan.goal.assumptions[0]
    levels = [row[0] for row in rows if row[0] in ("Goal (impact)", "Objective", "Outcome", "Output")]
    assert levels[:6] == ["Goal (impact)", "Objective", "Outcome", "Outcome", "Output", "Output"]
    shelter_count = next(row for row in rows if row[2] and row[2].startswith("SHL-06"))
    assert shelter_count[4] == ("monitor only (no target); projection, not a target: 40 by 2028-12-31 "
                                "(planning figure the donor asked for)")  # fmt: skip
    pss_objective = next(row for row in rows if row[1] and row[1].startswith("PSS-OBJ"))
    assert pss_objective[2] == "(no indicator yet)"
    assert pss_objective[6] == "- Qualified psychologists can be recruited in Balti."
    blocks, current = {}, None
    for field, value in book["Reference sheets"].iter_rows(values_only=True):
        current = value if field == "Indicator ID" else current
        if field:
            blocks.setdefault(current, {})[field] = value
    assert blocks["SHL-06"]["Direction of change"] == "monitor only (no target)"
    assert blocks["SHL-06"]["Projections"].startswith("projection, not a target: 40 by 2028-12-31")
    assert blocks["GOAL-01"]["Attribution"] == "context indicator, not attributable to the project"
    assert blocks["SHL-01"]["Attribution"] == "attributable to the project"


def test_reference_sheets_cover_every_indicator(book, plan):
    sheet = book["Reference sheets"]
    rows = list(sheet.iter_rows(values_only=True))
    assert [row[1] for row in rows if row[0] == "Indicator ID"] == [i.id for i in plan.indicators]
    labels = {row[0] for row in rows}
    for field in ("Result measured", "Precise definitions", "Data collection method", "Data source",
                  "Known limitations", "Baseline", "Targets", "Ethics notes"):  # fmt: skip
        assert field in labels
    assert rows.count((None, None)) == len(plan.indicators) - 1
    assert all(row[0].font.bold for row in sheet.iter_rows() if row[0].value)


def test_findings_list_the_review(book, plan):
    findings = review_plan(plan)
    rows = body(book["Findings"])
    assert findings
    assert len(rows) == len(findings)
    assert [(row[0], row[1], row[3]) for row in rows] == [(f.severity, f.rule, f.message) for f in findings]


def test_no_findings_row(plan):
    quiet = empty_plan(plan)
    assert review_plan(quiet) == []
    book = openpyxl.load_workbook(io.BytesIO(export(quiet, "xlsx").content))
    assert [row[0] for row in body(book["Findings"])] == ["No findings"]
    assert body(book["Indicators"]) == []


def test_rendering_twice_gives_identical_bytes(plan, content):
    assert export(plan, "xlsx").content == content
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        assert {info.date_time for info in archive.infolist()} == {(2027, 1, 1, 0, 0, 0)}


def test_generated_time_is_stamped(plan):
    options = ExportOptions(generated="2028-03-04T10:20:30+02:00")
    content = export(plan, "xlsx", options).content
    book = openpyxl.load_workbook(io.BytesIO(content))
    assert book.properties.modified == dt.datetime(2028, 3, 4, 8, 20, 30)
    assert export(plan, "xlsx", options).content == content
