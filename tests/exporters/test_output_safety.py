"""Whatever a plan holds, exports stay well-formed and spreadsheets never run a cell as a formula."""

import csv
import dataclasses
import datetime as dt
import io
import xml.etree.ElementTree as ET

import pytest

from ctguide.exporters import ExportOptions, export
from ctguide.exporters.csv_table import guard
from ctguide.importers import ImportOptions, import_table, read_table
from ctguide.knowledge import load_knowledge
from ctguide.plan import load_plan
from tests.conftest import EXAMPLE_PLAN

KB = load_knowledge()
PLAN = load_plan(EXAMPLE_PLAN)
CONTROL = "\x01\x08\x0b\x1f"


def test_iati_attributes_and_texts_never_carry_control_characters():
    profile = dataclasses.replace(
        PLAN.profile, title=f"Safe{CONTROL} Return", countries=(f"Mol{CONTROL}dova",)
    )
    options = ExportOptions(iati_identifier=f"XM-DAC-1{CONTROL}-X", reporting_org_ref=f"XM-DAC-1{CONTROL}",
                            reporting_org_name=f"Casa{CONTROL}", reporting_org_type="22")  # fmt: skip
    content = export(dataclasses.replace(PLAN, profile=profile), "iati", options).content
    root = ET.fromstring(content.encode("utf-8"))
    seen = [v for e in root.iter() for v in [*e.attrib.values(), e.text or ""]]
    assert not any(ch in value for value in seen for ch in CONTROL)
    assert root.find("iati-activity/iati-identifier").text == "XM-DAC-1-X"


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_csv_cells_that_a_spreadsheet_would_run_are_guarded_and_come_back_unchanged(start):
    statement = f"{start}1+2 survivors assisted"
    indicator = dataclasses.replace(PLAN.indicators[0], statement=statement)
    plan = dataclasses.replace(PLAN, indicators=(indicator, *PLAN.indicators[1:]))
    content = export(plan, "csv").content
    row = next(csv.DictReader(io.StringIO(content[1:])))
    assert row["Indicator"] == guard(statement) == "'" + statement
    header, rows = read_table(content)
    options = ImportOptions("t", "o", ("Moldova",), (dt.date(2027, 1, 1), dt.date(2028, 12, 31)), "x.csv")
    imported, _ = import_table(KB, header, rows, options)
    assert imported.indicators[0].statement == " ".join(statement.split())


def test_text_that_only_looks_like_a_guard_is_kept():
    assert guard("'quoted' wording") == "'quoted' wording"
