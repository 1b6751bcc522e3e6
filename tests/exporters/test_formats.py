"""Exports (yaml, json, csv, md) and the CSV import, with round trips."""

import csv
import dataclasses
import datetime as dt
import gc
import io
import json
import re

import pytest

from ctguide.drafting import starter_plan
from ctguide.exporters import FORMATS, ExportOptions, export
from ctguide.importers import ImportOptions, ImportProblem, decode, import_table, map_columns, read_table
from ctguide.knowledge import load_knowledge
from ctguide.plan import load_plan, plan_from_data, plan_to_data, validate_plan
from ctguide.yamlio import load_yaml
from tests.conftest import EXAMPLE_PLAN, LOGFRAME_PLAN

KB = load_knowledge()
PLAN = load_plan(EXAMPLE_PLAN)
LOGFRAME = load_plan(LOGFRAME_PLAN)
PERIOD = (dt.date(2027, 1, 1), dt.date(2028, 12, 31))
STARTER = starter_plan(
    KB, ["shelter", "legislation_policy", "survivor_engagement"], period=PERIOD, per_result=2
)


def test_yaml_and_json_round_trip_every_field():
    as_yaml = load_yaml(export(PLAN, "yaml").content)
    as_json = json.loads(export(PLAN, "json").content)
    assert as_json == as_yaml == plan_to_data(PLAN)
    assert validate_plan(as_json) == []
    assert plan_from_data(load_yaml(export(plan_from_data(as_json), "yaml").content)) == PLAN


def _csv_rows(plan):
    content = export(plan, "csv").content
    assert content.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(content[1:])))


def test_csv_has_one_row_per_indicator_with_logframe_columns():
    rows = _csv_rows(PLAN)
    assert [r["Indicator ID"] for r in rows] == [i.id for i in PLAN.indicators]
    first = rows[0]
    for column in ("Pillar", "Area", "Result level", "Result", "Indicator", "Unit", "Direction", "Baseline", "Targets",
                   "Means of verification", "Frequency", "Responsible", "Disaggregation"):  # fmt: skip
        assert column in first
    assert first["Targets"] == "80 by 2027-12-31; 90 by 2028-12-31"
    assert first["Disaggregation"].startswith("SEX: female; male")
    assert "\n" in first["Ethics notes"]  # multi-line cells survive quoting


def _reimport(plan, source="list.csv"):
    text, notes = decode(export(plan, "csv").content.encode("utf-8"))
    header, rows = read_table(text)
    options = ImportOptions("T", "O", ("X",), (plan.profile.start_date, plan.profile.end_date), source)
    imported, report = import_table(KB, header, rows, options)
    return imported, report, notes


@pytest.mark.parametrize("plan", [PLAN, STARTER, LOGFRAME], ids=["example", "starter", "format-1.1"])
def test_plan_to_csv_to_import_keeps_every_indicator_field_csv_holds(plan):
    imported, report, notes = _reimport(plan)
    assert validate_plan(plan_to_data(imported)) == []
    assert report.unmapped_columns == [] and notes == []
    for before, after in zip(plan.indicators, imported.indicators, strict=True):
        for field in dataclasses.fields(before):
            if field.name in ("assumptions", "external_refs"):  # not columns of the table
                continue
            old, new = getattr(before, field.name), getattr(after, field.name)
            if field.name == "disaggregation":
                old, new = [(d.code, d.values) for d in old], [(d.code, d.values) for d in new]
            assert old == new, (before.id, field.name)
    assert imported.goal is None or (imported.goal.id, imported.goal.statement) == (
        plan.goal.id,
        plan.goal.statement,
    )


def test_csv_says_monitor_only_projection_and_context_plainly():
    rows = {row["Indicator ID"]: row for row in _csv_rows(LOGFRAME)}
    assert rows["GOAL-01"]["Result level"] == "goal"
    assert rows["GOAL-01"]["Targets"] == "monitor only (no target)"
    assert rows["GOAL-01"]["Attribution"] == "context indicator, not attributable to the project"
    assert rows["SHL-06"]["Targets"] == "monitor only (no target)"
    assert (
        rows["SHL-06"]["Projections (not targets)"]
        == "40 by 2028-12-31 (planning figure the donor asked for)"
    )
    assert rows["SHL-01"]["Attribution"] == "" and rows["SHL-01"]["Projections (not targets)"] == ""
    imported, _, _ = _reimport(LOGFRAME)
    assert imported.goal is not None and imported.goal.id == "GOAL"
    count = next(i for i in imported.indicators if i.id == "SHL-06")
    assert (
        count.monitor_only and count.targets == () and count.projections == LOGFRAME.indicators[2].projections
    )


def test_markdown_has_the_logframe_matrix_reference_sheets_and_findings():
    text = export(STARTER, "md").content
    assert text.startswith("# Starter plan")
    assert (
        "| Level | Results chain | Indicator | Baseline | Target(s) with dates | Means of verification | Assumptions and risks |"
        in text
    )
    assert "Pillar: Protection" in text and "Pillar: Prosecution" in text and "Pillar: Partnership" in text
    for indicator in STARTER.indicators:
        assert f"### {indicator.id} — " in text
    assert "## Open SMART findings" in text and "| warning | T1 |" in text
    assert "## Ethics notes" in text


def _matrix_lines(text):
    block = text.split("## Logframe", 1)[1].split("\n## ", 1)[0]
    return [line for line in block.splitlines() if line.startswith("| ")]


def test_markdown_matrix_columns_goal_first_and_labels():
    text = export(LOGFRAME, "md").content
    lines = _matrix_lines(text)
    assert all(len(re.findall(r"(?<!\\)\|", line)) == 8 for line in lines)  # seven cells, every row
    goal = lines[2]
    assert goal.startswith("| **Goal (impact)** | GOAL: Contribute")
    assert (
        "(context indicator, not attributable to the project)" in goal
        and "| monitor only (no target) |" in goal
    )
    assert "| - The national referral system" in goal
    assert lines[3].startswith("| **Pillar: Protection** |") and lines[4].startswith("| **Area: Shelter** |")
    assert lines[5].startswith("| **Objective** | SHL-OBJ:")
    count = next(line for line in lines if "SHL-06:" in line)
    assert "monitor only (no target); projection, not a target: 40 by 2028-12-31" in count
    assert "| 31 (2026-12-31; Shelter register 2026) |" in count
    assert "**Problem addressed:** Women returned" in text and "**Goal:** Contribute" in text
    sheet = text.split("### SHL-06 — ", 1)[1].split("### ", 1)[0]
    assert "| **Direction of change** | monitor only (no target) |" in sheet
    assert "| **Projections** | projection, not a target: 40 by 2028-12-31" in sheet


def test_markdown_cells_never_break_the_table():
    tricky = dataclasses.replace(PLAN.indicators[0], statement="% of residents | who say\nthey feel safe")
    text = export(dataclasses.replace(PLAN, indicators=(tricky, *PLAN.indicators[1:])), "md").content
    row = next(line for line in text.splitlines() if "who say" in line and line.startswith("| **Outcome**"))
    assert "\\|" in row and "<br>" in row


def test_every_format_is_registered_with_an_extension():
    assert set(FORMATS) == {"yaml", "json", "csv", "md", "xlsx", "docx", "iati"}


@pytest.mark.parametrize(
    ("header", "expected"),
    [(["Indicator", "MoV", "Baseline", "Target"], {"indicator", "means_of_verification", "baseline", "targets"}),
     (["Performance indicator", "Means of verification", "Baseline value", "Targets"], {"indicator", "means_of_verification", "baseline", "targets"}),
     (["Indicador", "Medios de verificación", "Línea de base", "Meta"], {"indicator", "means_of_verification", "baseline", "targets"}),
     (["Indicateur", "Moyens de vérification", "Cible", "Fréquence"], {"indicator", "means_of_verification", "targets", "frequency"})],
)  # fmt: skip
def test_flexible_header_names(header, expected):
    mapping, unmapped = map_columns(header)
    assert set(mapping) == expected and unmapped == []


def _import_text(text):
    header, rows = read_table(text)
    return import_table(KB, header, rows, ImportOptions("T", "O", ("X",), PERIOD, "list.csv"))


def test_a_plain_logframe_is_mapped_and_what_cannot_be_is_reported():
    text = ("Outcome;Indicator;MoV;Baseline;Target;Budget line\n"
            "Survivors are safe;% of residents who feel safe at exit;exit interviews;40;80;B12\n"
            "Survivors are safe;% of residents with an individual plan within 14 days;case files;n/a;lots;B12\n"
            ";;;;;\n"
            "Police apply the SOP;Number of police officers trained on the identification SOP;training records;0;120 by 2027-12;B13\n")  # fmt: skip
    plan, report = _import_text(text)
    assert validate_plan(plan_to_data(plan)) == []
    assert [i.unit for i in plan.indicators] == ["percent", "percent", "number"]
    assert plan.indicators[0].baseline.value == 40 and plan.indicators[0].targets[0].value == 80
    assert (
        plan.indicators[1].baseline.status == "to_be_set"
        and plan.indicators[1].targets[0].status == "to_be_set"
    )
    assert plan.indicators[2].level == "output" and plan.indicators[2].targets[0].date == dt.date(
        2027, 12, 31
    )
    assert {b.area for b in plan.results_chain} >= {"shelter"}
    assert report.unmapped_columns == ["Budget line"]
    assert any("'lots' is not a value" in n for n in report.notes)


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("", "empty"),
        ("Budget;Owner\n1;2\n", "no column with the indicators"),
        ("Indicator;MoV\n;x\n", "no row has an indicator"),
    ],
)
def test_unusable_tables_are_import_problems(text, fragment):
    with pytest.raises(ImportProblem, match=fragment):
        _import_text(text)


def test_encodings():
    assert decode("Indicador,Meta\n".encode("utf-16"))[0].startswith("Indicador")
    text, notes = decode("Indicateur;Fréquence\n".encode("cp1252"))
    assert "Fréquence" in text and "Windows-1252" in notes[0]
    assert decode("\ufeffIndicator\n".encode())[0] == "Indicator\n"


def test_markdown_counts_and_names_areas_as_a_reader_would():
    one_area = starter_plan(KB, ["psychosocial_support"], period=PERIOD)
    text = export(one_area, "md", ExportOptions(kb=KB)).content
    assert "written with ctguide: 1 area, " in text and "1 areas" not in text
    assert "| **Area: Psychosocial and mental-health support** |" in text
    assert "| **Pillar / area** | Protection / Psychosocial and mental-health support |" in text
    without_kb = export(one_area, "md").content
    assert "| **Area: Psychosocial support** |" in without_kb  # readable from its id
    objective = one_area.results_chain[0].objective.id
    unmeasured = dataclasses.replace(
        one_area, indicators=tuple(i for i in one_area.indicators if i.result != objective)
    )
    findings = export(unmeasured, "md", ExportOptions(kb=KB)).content.split("## Open SMART findings")[1]
    assert (
        f"The objective {objective} of Psychosocial and mental-health support has no indicator." in findings
    )
    assert "psychosocial_support" not in findings


def test_documents_name_each_breakdown_in_words_and_tables_keep_the_codes():
    """A donor reads 'Sex / gender (SEX): female; male', not 'SEX: female; male'; the CSV that import reads
    back keeps the codes."""
    names = {code: entry.name for code, entry in KB.catalogue["disaggregation"].items()}
    indicator = next(i for i in PLAN.indicators if i.disaggregation)
    first = indicator.disaggregation[0]
    named = f"{first.name or names[first.code]} ({first.code}): {'; '.join(first.values)}"
    text = export(PLAN, "md", ExportOptions(kb=KB)).content
    assert f"| **Disaggregated by** | {named}" in text
    assert f"| **Disaggregated by** | {first.code}: " not in text
    table = next(csv.DictReader(io.StringIO(export(PLAN, "csv").content.lstrip("\ufeff"))))
    assert table["Disaggregation"].startswith(f"{PLAN.indicators[0].disaggregation[0].code}: ")


def test_markdown_labels_the_projects_own_description():
    described = dataclasses.replace(
        PLAN, profile=dataclasses.replace(PLAN.profile, summary="we run a shelter for women")
    )
    text = export(described, "md").content
    assert "**What the project does:** we run a shelter for women" in text
    assert "\n\nwe run a shelter for women\n" not in text  # not a bare line that reads like a stray note


@pytest.mark.parametrize("fmt", list(FORMATS.values()), ids=list(FORMATS))
def test_a_format_is_described_by_what_the_user_gets_not_by_its_own_name(fmt):
    """The export list reads 'YAML (.yaml): …': a description repeating the format's name says nothing."""
    assert fmt.name.lower() not in fmt.description.lower().replace("ctguide", "")
    assert fmt.extension.lower() not in fmt.description.lower().split()


@pytest.mark.parametrize("name", ["csv", "iati", "yaml"])
def test_an_export_leaves_garbage_collection_on(name):
    export(PLAN, name, ExportOptions(kb=KB) if name == "iati" else None)
    assert gc.isenabled()


def _attributed(attributable, direction, targets):
    first = PLAN.indicators[0]
    return dataclasses.replace(
        first, attributable=attributable, direction=direction, targets=targets, projections=()
    )


TO_BE_SET = (dataclasses.replace(PLAN.indicators[0].targets[-1], status="to_be_set", value=None),)
TARGET_CELLS = [
    # attributable, direction, targets -> the Targets cell, what the import makes of it
    (False, "increase", TO_BE_SET, "no target (context indicator)", "monitor"),
    (False, "monitor", (), "monitor only (no target)", "monitor"),
    (True, "increase", TO_BE_SET, f"to be set by {TO_BE_SET[0].date}", "increase"),
]


@pytest.mark.parametrize(("attributable", "direction", "targets", "cell", "imported"), TARGET_CELLS)
def test_a_context_indicator_is_never_shown_waiting_for_a_target(
    attributable, direction, targets, cell, imported
):
    indicator = _attributed(attributable, direction, targets)
    plan = dataclasses.replace(PLAN, indicators=(indicator, *PLAN.indicators[1:]))
    row = _csv_rows(plan)[0]
    assert row["Targets"] == cell
    assert ("context indicator" in row["Attribution"]) is not attributable
    sheet = export(plan, "md").content.split(f"### {indicator.id} ")[1].split("\n### ")[0]
    assert f"| **Targets** | {cell} |" in sheet
    again, _, notes = _reimport(plan)
    assert again.indicators[0].direction == imported and notes == []
    assert again.indicators[0].attributable is attributable
