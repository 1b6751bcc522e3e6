"""XLSX: the plan as a workbook with four sheets (needs the optional `xlsx` extra, openpyxl).

- Logframe: the standard matrix (matrix.py): level, results chain, indicator, baseline, target(s)
  with dates, means of verification, assumptions and risks; the goal first, then each pillar's areas.
- Indicators: one row per indicator with the logframe columns of `rows.py`, filterable.
- Reference sheets: one block of PIRS fields per indicator.
- Findings: the SMART and do-no-harm review of the plan.

The output is deterministic: the document properties and the zip entries carry one fixed time,
`options.generated` when the shell gives one, else the project's start date.

The workbook is written in openpyxl's write-only mode: each row goes to its sheet's stream as it is
appended, so sheet settings that come before the rows (column widths, the frozen header) are set first.
"""

from __future__ import annotations

import copy
import datetime as dt
import io
import os
from collections.abc import Sequence
from zipfile import ZIP_DEFLATED, ZipFile, ZipInfo

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell, WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.writer.excel import ExcelWriter

from ctguide.exporters import ExportOptions, ExportResult, fixed_time, matrix
from ctguide.exporters.rows import COLUMNS, HEADINGS, MONITOR_ONLY, PROJECTION, logframe_rows
from ctguide.findingtext import named
from ctguide.knowledge import KnowledgeBase
from ctguide.plan import Indicator, Plan, plan_from_data, plan_to_data
from ctguide.smart import Finding, review_plan

SHEETS = ("Logframe", "Indicators", "Reference sheets", "Findings")
LOGFRAME_WIDTHS = (14, 45, 50, 24, 30, 40, 45)
FINDING_HEADINGS = ("Severity", "Rule", "Indicator", "Message", "Fix")
FINDING_WIDTHS = (12, 8, 14, 60, 60)
LONG_COLUMNS = frozenset({
    "result", "indicator", "numerator", "denominator", "baseline_source", "targets",
    "means_of_verification", "collection_method", "disaggregation", "definitions", "ethics_notes",
    "limitations",
})  # fmt: skip
MIN_WIDTH, MAX_WIDTH, MIN_LONG_WIDTH = 12, 60, 30

BOLD = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="D9E1F2")
PILLAR_FILL = PatternFill("solid", fgColor="FCE4D6")
AREA_FILL = PatternFill("solid", fgColor="F2F2F2")
TOP = Alignment(vertical="top")
TOP_WRAP = Alignment(vertical="top", wrap_text=True)


def render(plan: Plan, name: str, options: ExportOptions) -> ExportResult:
    """The plan as the bytes of an .xlsx workbook."""
    plan = plan_from_data(_without_control_characters(plan_to_data(plan)))
    stamp = fixed_time(plan, options)
    workbook = Workbook(write_only=True)
    write_logframe(workbook.create_sheet(SHEETS[0]), plan, options.kb)
    write_indicators(workbook.create_sheet(SHEETS[1]), plan)
    write_reference_sheets(workbook.create_sheet(SHEETS[2]), plan)
    write_findings(workbook.create_sheet(SHEETS[3]), named(review_plan(plan, options.kb), plan, options.kb))
    set_properties(workbook, plan, stamp)
    return ExportResult(save_bytes(workbook, stamp))


def _without_control_characters(data: object) -> object:
    """The plan document with the characters a workbook cannot hold removed (e.g. a stray BEL)."""
    if isinstance(data, str):
        return ILLEGAL_CHARACTERS_RE.sub("", data)
    if isinstance(data, list):
        return [_without_control_characters(item) for item in data]
    if isinstance(data, dict):
        return {key: _without_control_characters(value) for key, value in data.items()}
    return data


class Rows:
    """A sheet written row by row: each cell styled as it is made, the rows counted for the filters.
    Each distinct look is set once through openpyxl, then copied: setting fonts and alignments on every
    cell hashes the style objects each time, which was most of the time of a large export."""

    def __init__(self, sheet: WriteOnlyWorksheet) -> None:
        self.sheet = sheet
        self.count = 0
        self.width = 0
        self._looks: dict[tuple[int, ...], StyleArray] = {}

    def cell(self, value: object, alignment: Alignment = TOP_WRAP, font: Font | None = None,
             fill: PatternFill | None = None) -> Cell:  # fmt: skip
        made = WriteOnlyCell(self.sheet, value=value)
        if isinstance(value, str) and value.startswith("="):
            made.data_type = "s"  # a plan's wording never runs as a formula in Excel
        key = (id(alignment), id(font), id(fill))
        if key not in self._looks:
            made.alignment = alignment
            if font is not None:
                made.font = font
            if fill is not None:
                made.fill = fill
            self._looks[key] = copy.copy(made._style)
        made._style = copy.copy(self._looks[key])
        return made

    def append(self, cells: Sequence[Cell]) -> None:
        self.sheet.append(list(cells))
        self.count += 1
        self.width = max(self.width, len(cells))

    def header(self, headings: Sequence[str], widths: Sequence[int]) -> None:
        """Column widths, the frozen header row (both before any row is written), then the bold shaded headings."""
        for index, width in enumerate(widths, start=1):
            self.sheet.column_dimensions[get_column_letter(index)].width = width
        self.sheet.freeze_panes = "A2"
        self.append([self.cell(h, font=BOLD, fill=HEADER_FILL) for h in headings])

    def filters(self) -> None:
        """Filters over the whole table."""
        self.sheet.auto_filter.ref = f"A1:{get_column_letter(max(self.width, 1))}{max(self.count, 1)}"


# --- Logframe ------------------------------------------------------------------------------


def write_logframe(sheet: WriteOnlyWorksheet, plan: Plan, kb: KnowledgeBase | None = None) -> None:
    """The matrix: header, the goal, then a heading row per pillar and area and their results."""
    rows = Rows(sheet)
    rows.header(matrix.COLUMNS, LOGFRAME_WIDTHS)
    for line in matrix.matrix(plan, kb):
        if isinstance(line, matrix.Heading):
            fill = PILLAR_FILL if line.kind == "pillar" else AREA_FILL
            rows.append([rows.cell(line.text, TOP, BOLD, fill)])
            sheet.merged_cells.add(f"A{rows.count}:{get_column_letter(len(matrix.COLUMNS))}{rows.count}")
        else:
            bold = BOLD if line.first and line.level else None
            cells = line.cells()
            rows.append([rows.cell(cells[0], font=bold), *(rows.cell(c) for c in cells[1:])])


# --- Indicators ----------------------------------------------------------------------------


def write_indicators(sheet: WriteOnlyWorksheet, plan: Plan) -> None:
    """One row per indicator, the logframe columns; header frozen, filters on."""
    table = [[row[column] for column in COLUMNS] for row in logframe_rows(plan)]
    rows = Rows(sheet)
    rows.header([HEADINGS[c] for c in COLUMNS], column_widths(table))
    for values in table:
        rows.append(
            [
                rows.cell(v, TOP_WRAP if c in LONG_COLUMNS else TOP)
                for c, v in zip(COLUMNS, values, strict=True)
            ]
        )
    rows.filters()


def column_widths(rows: Sequence[Sequence[str]]) -> list[int]:
    """Widths that fit the longest line of each column, within readable bounds."""
    widths = []
    for index, column in enumerate(COLUMNS):
        lines = [HEADINGS[column], *(line for row in rows for line in row[index].splitlines())]
        lower = MIN_LONG_WIDTH if column in LONG_COLUMNS else MIN_WIDTH
        widths.append(min(MAX_WIDTH, max(lower, max(map(len, lines)) + 2)))
    return widths


# --- Reference sheets ----------------------------------------------------------------------


def write_reference_sheets(sheet: WriteOnlyWorksheet, plan: Plan) -> None:
    """One block of PIRS fields per indicator, a blank row between blocks."""
    sheet.column_dimensions["A"].width = 26
    sheet.column_dimensions["B"].width = 90
    rows = Rows(sheet)
    for number, (indicator, row) in enumerate(zip(plan.indicators, logframe_rows(plan), strict=True)):
        if number:
            rows.append([])
        for field, value in reference_fields(indicator, row):
            rows.append([rows.cell(field, TOP, BOLD), rows.cell(value)])


def reference_fields(indicator: Indicator, row: dict[str, str]) -> list[tuple[str, str]]:
    """The PIRS fields of one indicator, as (label, text)."""
    return [
        ("Indicator ID", indicator.id),
        ("Indicator", indicator.statement),
        ("Result measured", f"{row['result_level']} {row['result_id']}: {row['result']}".strip()),
        ("Precise definitions", definitions(row)),
        ("Unit of measure", unit(indicator)),
        ("Disaggregation", row["disaggregation"]),
        ("Rationale", indicator.rationale or ""),
        ("Data collection method", row["collection_method"]),
        ("Data source", row["means_of_verification"]),
        ("Frequency", matrix.readable(row["frequency"])),
        ("Responsible", row["responsible"]),
        ("Known limitations", row["limitations"]),
        ("Direction of change", direction(indicator)),
        ("Baseline", baseline(row)),
        ("Targets", row["targets"]),
        ("Projections", f"{PROJECTION}: {row['projections']}" if row["projections"] else ""),
        ("Attribution", row["attribution"] or "attributable to the project"),
        ("Ethics notes", row["ethics_notes"]),
    ]


def direction(indicator: Indicator) -> str:
    text = MONITOR_ONLY if indicator.monitor_only else indicator.direction
    return f"{text}. {indicator.direction_note}" if indicator.direction_note else text


def definitions(row: dict[str, str]) -> str:
    """Numerator, denominator and the defined terms, one a line."""
    parts = [f"{key.capitalize()}: {row[key]}" for key in ("numerator", "denominator") if row[key]]
    return "\n".join([*parts, row["definitions"]] if row["definitions"] else parts)


def unit(indicator: Indicator) -> str:
    return f"{indicator.unit} ({indicator.unit_detail})" if indicator.unit_detail else indicator.unit


def baseline(row: dict[str, str]) -> str:
    details = ", ".join(part for part in (row["baseline_date"], row["baseline_source"]) if part)
    return f"{row['baseline']} ({details})" if details else row["baseline"]


# --- Findings ------------------------------------------------------------------------------


def write_findings(sheet: WriteOnlyWorksheet, findings: Sequence[Finding]) -> None:
    """The review's findings, one a row; a single 'No findings' row when there are none."""
    rows = Rows(sheet)
    rows.header(FINDING_HEADINGS, FINDING_WIDTHS)
    for values in [finding_row(f) for f in findings] or [["No findings", "", "", "", ""]]:
        rows.append([rows.cell(v) for v in values])
    rows.filters()


def finding_row(finding: Finding) -> list[str]:
    return [finding.severity, finding.rule, finding.indicator or "(plan)", finding.message, finding.fix]


# --- properties and deterministic bytes ----------------------------------------------------


def set_properties(workbook: Workbook, plan: Plan, stamp: dt.datetime) -> None:
    properties = workbook.properties
    properties.title = plan.profile.title
    properties.creator = properties.lastModifiedBy = "ctguide"
    properties.created = properties.modified = stamp


class _FixedTimeZip(ZipFile):
    """A zip archive whose entries all carry one date, so equal workbooks give equal bytes."""

    def __init__(self, file: io.BytesIO, stamp: dt.datetime) -> None:
        super().__init__(file, "w", ZIP_DEFLATED)
        self._date_time = (max(stamp.year, 1980), *stamp.timetuple()[1:6])

    def writestr(
        self,
        zinfo_or_arcname: str | ZipInfo,
        data: bytes | str,
        compress_type: int | None = None,
        compresslevel: int | None = None,
    ) -> None:
        if isinstance(zinfo_or_arcname, str):
            info = ZipInfo(zinfo_or_arcname, date_time=self._date_time)
            info.compress_type, info.external_attr = ZIP_DEFLATED, 0o600 << 16
            zinfo_or_arcname = info
        super().writestr(zinfo_or_arcname, data, compress_type, compresslevel)

    def write(
        self,
        filename: str | os.PathLike[str],
        arcname: str | None = None,
        compress_type: int | None = None,
        compresslevel: int | None = None,
    ) -> None:
        """openpyxl writes worksheets from temporary files: keep their content, not their mtime."""
        with open(filename, "rb") as source:
            self.writestr(arcname or str(filename), source.read(), compress_type, compresslevel)


def save_bytes(workbook: Workbook, stamp: dt.datetime) -> bytes:
    """The workbook's bytes, written without openpyxl's save-time clock."""
    buffer = io.BytesIO()
    ExcelWriter(workbook, _FixedTimeZip(buffer, stamp)).save()
    return buffer.getvalue()
