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
from tests.conftest import EXAMPLE_PLAN

openpyxl = pytest.importorskip("openpyxl")

SHEETS = ["Logframe", "Indicators", "Reference sheets", "Findings"]
LOGFRAME_HEADINGS = [
    "Objective / Results",
    "Performance indicator",
    "Target",
    "Means of verification: data collection",
    "Means of verification: data source",
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


def test_logframe_follows_the_handbook(book, plan):
    rows = body(book["Logframe"])
    assert rows[0][0] == "Pillar: Protection"
    objectives = [row[0] for row in rows if str(row[0]).startswith("Objective")]
    assert len(objectives) == len(plan.results_chain)
    indicators = [row for row in rows if row[1]]
    assert [row[1].split(":")[0] for row in indicators] == [i.id for i in plan.indicators]
    first = plan.indicators[0]
    assert indicators[0][2:] == ("80 by 2027-12-31; 90 by 2028-12-31", first.collection_method,
                                 first.means_of_verification)  # fmt: skip


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
