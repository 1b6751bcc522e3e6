"""XLSX: the plan as a workbook with four sheets (needs the optional `xlsx` extra, openpyxl).

- Logframe: the standard matrix (matrix.py): level, results chain, indicator, baseline, target(s)
  with dates, means of verification, assumptions and risks; the goal first, then each pillar's areas.
- Indicators: one row per indicator with the logframe columns of `rows.py`, filterable.
- Reference sheets: one block of PIRS fields per indicator.
- Findings: the SMART and do-no-harm review of the plan.

The output is deterministic: the document properties and the zip entries carry one fixed time,
`options.generated` when the shell gives one, else the project's start date.
"""

from __future__ import annotations

import copy
import datetime as dt
import io
import os
import weakref
from collections.abc import Iterable, Sequence
from zipfile import ZIP_DEFLATED, ZipFile, ZipInfo

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet
from openpyxl.writer.excel import ExcelWriter

from ctguide.exporters import ExportOptions, ExportResult, fixed_time, matrix
from ctguide.exporters.rows import COLUMNS, HEADINGS, MONITOR_ONLY, PROJECTION, logframe_rows
from ctguide.findingtext import named
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
    workbook = Workbook()
    workbook.remove(workbook.active)
    write_logframe(workbook.create_sheet(SHEETS[0]), plan)
    write_indicators(workbook.create_sheet(SHEETS[1]), plan)
    write_reference_sheets(workbook.create_sheet(SHEETS[2]), plan)
    write_findings(workbook.create_sheet(SHEETS[3]), named(review_plan(plan, options.kb), plan, options.kb))
    set_properties(workbook, plan, stamp)
    keep_as_text(workbook)
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


def keep_as_text(workbook: Workbook) -> None:
    """Text that starts with '=' stays text: a plan's wording must never run as a formula in Excel."""
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.value.startswith("="):
                    cell.data_type = "s"


# --- Logframe ------------------------------------------------------------------------------


def write_logframe(sheet: Worksheet, plan: Plan) -> None:
    """The matrix: header, the goal, then a heading row per pillar and area and their results."""
    write_header(sheet, matrix.COLUMNS, LOGFRAME_WIDTHS)
    for line in matrix.matrix(plan):
        if isinstance(line, matrix.Heading):
            heading(sheet, line)
        else:
            cells = append_cells(sheet, line.cells())
            for cell in cells:
                styled(cell, alignment=TOP_WRAP)
            if line.first and line.level:
                cells[0].font = BOLD
    sheet.freeze_panes = "A2"


def heading(sheet: Worksheet, line: matrix.Heading) -> None:
    row = append_cells(sheet, [line.text])[0].row
    sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(matrix.COLUMNS))
    cell = sheet.cell(row=row, column=1)
    cell.font, cell.alignment = BOLD, TOP
    cell.fill = PILLAR_FILL if line.kind == "pillar" else AREA_FILL


# --- Indicators ----------------------------------------------------------------------------


def write_indicators(sheet: Worksheet, plan: Plan) -> None:
    """One row per indicator, the logframe columns; header frozen, filters on."""
    rows = [[row[column] for column in COLUMNS] for row in logframe_rows(plan)]
    write_header(sheet, [HEADINGS[c] for c in COLUMNS], column_widths(rows))
    for row in rows:
        for column, cell in zip(COLUMNS, append_cells(sheet, row), strict=True):
            styled(cell, alignment=TOP_WRAP if column in LONG_COLUMNS else TOP)
    finish_table(sheet)


def column_widths(rows: Sequence[Sequence[str]]) -> list[int]:
    """Widths that fit the longest line of each column, within readable bounds."""
    widths = []
    for index, column in enumerate(COLUMNS):
        lines = [HEADINGS[column], *(line for row in rows for line in row[index].splitlines())]
        lower = MIN_LONG_WIDTH if column in LONG_COLUMNS else MIN_WIDTH
        widths.append(min(MAX_WIDTH, max(lower, max(map(len, lines)) + 2)))
    return widths


# --- Reference sheets ----------------------------------------------------------------------


def write_reference_sheets(sheet: Worksheet, plan: Plan) -> None:
    """One block of PIRS fields per indicator, a blank row between blocks."""
    sheet.column_dimensions["A"].width = 26
    sheet.column_dimensions["B"].width = 90
    rows = logframe_rows(plan)
    for number, (indicator, row) in enumerate(zip(plan.indicators, rows, strict=True)):
        if number:
            sheet.append([])
        for field, value in reference_fields(indicator, row):
            field_cell, value_cell = append_cells(sheet, [field, value])
            styled(field_cell, font=BOLD, alignment=TOP)
            styled(value_cell, alignment=TOP_WRAP)


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


def write_findings(sheet: Worksheet, findings: Sequence[Finding]) -> None:
    """The review's findings, one a row; a single 'No findings' row when there are none."""
    write_header(sheet, FINDING_HEADINGS, FINDING_WIDTHS)
    rows = [finding_row(f) for f in findings] or [["No findings", "", "", "", ""]]
    append_rows(sheet, rows)
    finish_table(sheet)


def finding_row(finding: Finding) -> list[str]:
    return [finding.severity, finding.rule, finding.indicator or "(plan)", finding.message, finding.fix]


# --- shared layout -------------------------------------------------------------------------


def write_header(sheet: Worksheet, headings: Sequence[str], widths: Sequence[int]) -> None:
    """A bold, shaded first row and the column widths."""
    sheet.append(list(headings))
    for cell in sheet[1]:
        cell.font, cell.fill, cell.alignment = BOLD, HEADER_FILL, TOP_WRAP
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width


def append_rows(sheet: Worksheet, rows: Iterable[Sequence[str]]) -> None:
    """Rows of text, wrapped and aligned to the top."""
    for row in rows:
        for cell in append_cells(sheet, row):
            styled(cell, alignment=TOP_WRAP)


def append_cells(sheet: Worksheet, values: Sequence[object]) -> list[Cell]:
    """Append a row and return its cells (looking them up through `sheet.max_row` scans every cell
    of the sheet, which made large workbooks quadratic)."""
    cells = [Cell(sheet, value=value) for value in values]
    sheet.append(cells)
    return cells


_LOOKS: weakref.WeakKeyDictionary[Workbook, dict[tuple[int, int], StyleArray]] = weakref.WeakKeyDictionary()


def styled(cell: Cell, *, alignment: Alignment, font: Font | None = None) -> None:
    """Give `cell` a font and alignment (module constants). Each distinct look is set once per workbook
    through openpyxl, then copied: setting it on every cell hashes the style objects each time, which
    was most of the time of a large export."""
    looks = _LOOKS.setdefault(cell.parent.parent, {})
    key = (id(alignment), id(font))
    if key in looks:
        cell._style = copy.copy(looks[key])
        return
    cell.alignment = alignment
    if font is not None:
        cell.font = font
    looks[key] = copy.copy(cell._style)


def finish_table(sheet: Worksheet) -> None:
    """Freeze the header row and put filters over the whole table."""
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions


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
