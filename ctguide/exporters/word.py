"""DOCX: a document a programme officer can paste into a proposal (needs the `docx` extra, python-docx).

- A title page from the profile: title, organisation, where, period, donor, target groups, summary,
  the problem the project addresses and its goal.
- The logframe matrix (matrix.py) as a real Word table in a landscape section, its header row
  repeated on every page.
- One reference sheet per indicator (PIRS fields), each on its own page.
- The SMART and do-no-harm findings still open.

The output is deterministic: the document properties and the zip entries carry one fixed time,
`options.generated` when the shell gives one, else the project's start date.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Sequence
from zipfile import ZIP_DEFLATED, ZipFile, ZipInfo

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from ctguide.exporters import ExportOptions, ExportResult, fixed_time, matrix
from ctguide.exporters.rows import (
    MONITOR_ONLY,
    PROJECTION,
    attribution_text,
    baseline_text,
    disaggregation_text,
    projections_text,
    result_of,
    targets_text,
)
from ctguide.plan import Indicator, Plan
from ctguide.smart import Finding, review_plan

FONT = "Arial"
MATRIX_WIDTHS_CM = (2.2, 4.6, 5.2, 3.0, 3.4, 4.0, 4.4)  # 26.8 cm: A4 landscape less 1.5 cm margins
SHEET_WIDTHS_CM = (5.0, 12.0)
FINDING_WIDTHS_CM = (1.8, 1.3, 2.2, 6.2, 5.5)
HEADER_SHADE = "D9E1F2"
PILLAR_SHADE = "FCE4D6"
AREA_SHADE = "F2F2F2"
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def render(plan: Plan, name: str, options: ExportOptions) -> ExportResult:
    """The plan as the bytes of a .docx document."""
    stamp = fixed_time(plan, options)
    document = Document()
    _styles(document)
    _properties(document, plan, stamp)
    _margins(document.sections[0])
    title_page(document, plan)
    landscape = document.add_section()
    _turn(landscape, landscape=True)
    logframe(document, plan)
    portrait = document.add_section()
    _turn(portrait, landscape=False)
    reference_sheets(document, plan)
    findings(document, review_plan(plan, options.kb))
    buffer = io.BytesIO()
    document.save(buffer)
    return ExportResult(_fixed_zip(buffer.getvalue(), stamp))


# --- parts of the document ------------------------------------------------------------------


def title_page(document: Document, plan: Plan) -> None:
    profile = plan.profile
    document.add_paragraph(profile.title, style="Title")
    document.add_paragraph("Logframe and indicator plan", style="Subtitle")
    where = ", ".join(profile.countries) + (f" ({', '.join(profile.regions)})" if profile.regions else "")
    fields = [
        ("Organisation", profile.organisation),
        ("Where", where),
        ("Period", f"{profile.start_date} to {profile.end_date} ({profile.months} months)"),
        ("Donor", profile.donor or ""),
        ("Target groups", "; ".join(profile.target_groups)),
        ("Summary", profile.summary or ""),
        ("Problem addressed", profile.problem or ""),
        ("Goal", plan.goal.statement if plan.goal else ""),
    ]
    field_table(document, [(label, text) for label, text in fields if text], SHEET_WIDTHS_CM)
    counts = f"{len(plan.results_chain)} areas, {len(plan.indicators)} indicators"
    note = document.add_paragraph(f"Indicator plan written with ctguide: {counts}.")
    note.runs[0].italic = True


def logframe(document: Document, plan: Plan) -> None:
    document.add_heading("Logframe matrix", level=1)
    lines = matrix.matrix(plan)
    table = _table(document, 1 + len(lines), MATRIX_WIDTHS_CM)
    _header_row(table, matrix.COLUMNS)
    for row, line in zip(list(table.rows)[1:], lines, strict=True):  # table.rows[i] rescans every row
        if isinstance(line, matrix.Heading):
            merged = row.cells[0].merge(row.cells[-1])
            _write(merged, line.text, bold=True)
            _shade(merged, PILLAR_SHADE if line.kind == "pillar" else AREA_SHADE)
            continue
        for column, (cell, text) in enumerate(zip(row.cells, line.cells(), strict=True)):
            _write(cell, text, bold=column == 0)
    _font_size(table, 8)


def reference_sheets(document: Document, plan: Plan) -> None:
    document.add_heading("Indicator reference sheets", level=1)
    for number, indicator in enumerate(plan.indicators):
        if number:
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        document.add_heading(f"{indicator.id}: {indicator.statement}", level=2)
        field_table(document, reference_fields(plan, indicator), SHEET_WIDTHS_CM)


def reference_fields(plan: Plan, indicator: Indicator) -> list[tuple[str, str]]:
    """The PIRS fields of one indicator, as (label, text); empty fields are left out."""
    _, kind, statement = result_of(plan, indicator)
    direction = MONITOR_ONLY if indicator.monitor_only else indicator.direction
    baseline = indicator.baseline
    measured = f" ({baseline.date}; {baseline.source})" if baseline.status == "known" else ""
    fields = [
        ("Indicator ID", indicator.id),
        ("Indicator", indicator.statement),
        ("Result measured", f"{indicator.result} ({kind}): {statement.statement if statement else ''}"),
        ("Level and type", f"{indicator.level}, {indicator.type}"),
        ("Definition", "\n".join(f"{term}: {text}" for term, text in indicator.definitions)),
        ("Unit of measure", indicator.unit + (f" ({indicator.unit_detail})" if indicator.unit_detail else "")),
        ("Numerator", indicator.numerator or ""),
        ("Denominator", indicator.denominator or ""),
        ("Stages", " → ".join(indicator.stages)),
        ("Direction of change", direction + (f". {indicator.direction_note}" if indicator.direction_note else "")),
        ("Disaggregation", disaggregation_text(indicator)),
        ("Data source", indicator.means_of_verification),
        ("Collection method", indicator.collection_method or ""),
        ("Frequency", matrix.FREQUENCY_NAMES.get(indicator.frequency, indicator.frequency)),
        ("Responsible", indicator.responsible),
        ("Baseline", baseline_text(indicator) + measured),
        ("Targets", targets_text(indicator)),
        ("Projections", f"{PROJECTION}: {projections_text(indicator)}" if indicator.projections else ""),
        ("Attribution", attribution_text(indicator) or "attributable to the project"),
        ("Rationale", indicator.rationale or ""),
        ("Limitations", indicator.limitations or ""),
        ("Ethics notes", "\n".join(indicator.ethics_notes)),
        ("Standard indicators", ", ".join(f"{r.vocabulary} {r.code}" for r in indicator.external_refs)),
    ]  # fmt: skip
    return [(label, text) for label, text in fields if text]


def findings(document: Document, found: Sequence[Finding]) -> None:
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    document.add_heading("Findings still open", level=1)
    open_ = [f for f in found if f.severity != "info"]
    notes = len(found) - len(open_)
    if not open_:
        document.add_paragraph("None: every indicator passes the SMART and do-no-harm rules.")
    else:
        table = _table(document, 1 + len(open_), FINDING_WIDTHS_CM)
        _header_row(table, ("Severity", "Rule", "Indicator", "Finding", "How to fix"))
        for row, f in zip(table.rows[1:], open_, strict=True):
            for cell, text in zip(
                row.cells, (f.severity, f.rule, f.indicator or "plan", f.message, f.fix), strict=True
            ):
                _write(cell, text)
        _font_size(table, 8)
    if notes:
        document.add_paragraph(
            f"{notes} further notes (suggestions, not problems): run `ctguide review` to see them."
        )


def field_table(document: Document, fields: Sequence[tuple[str, str]], widths: Sequence[float]) -> Table:
    """A two-column table: bold, shaded labels on the left, text on the right."""
    table = _table(document, len(fields), widths)
    for row, (label, text) in zip(table.rows, fields, strict=True):
        _write(row.cells[0], label, bold=True)
        _shade(row.cells[0], HEADER_SHADE)
        _write(row.cells[1], text)
    _font_size(table, 9)
    return table


# --- layout helpers -----------------------------------------------------------------------------


def _styles(document: Document) -> None:
    normal = document.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(10)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    for name in ("Title", "Subtitle", "Heading 1", "Heading 2"):
        style = document.styles[name]
        style.font.name = FONT
        style.font.color.rgb = RGBColor(0x1F, 0x38, 0x64)
    document.styles["Heading 2"].font.size = Pt(12)


def _properties(document: Document, plan: Plan, stamp: dt.datetime) -> None:
    core = document.core_properties
    core.title = plan.profile.title
    core.subject = "Logframe and indicator plan"
    core.author = core.last_modified_by = "ctguide"
    core.created = core.modified = core.last_printed = stamp
    core.revision = 1
    core.comments = ""


def _margins(section) -> None:  # noqa: ANN001 - docx.section.Section
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(1.5))


def _turn(section, *, landscape: bool) -> None:  # noqa: ANN001 - docx.section.Section
    """A4 in the given orientation with 1.5 cm margins."""
    _margins(section)
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    if landscape:
        section.page_width, section.page_height = Cm(29.7), Cm(21.0)


def _table(document: Document, rows: int, widths: Sequence[float]) -> Table:
    table = document.add_table(rows=rows, cols=len(widths))
    table.style = document.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for column, width in zip(table.columns, widths, strict=True):
        column.width = Cm(width)
    for row in table.rows:
        row._tr.get_or_add_trPr().append(_on("w:cantSplit"))
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = Cm(width)
    return table


def _on(tag: str) -> OxmlElement:
    element = OxmlElement(tag)
    element.set(qn("w:val"), "true")
    return element


def _header_row(table: Table, headings: Sequence[str]) -> None:
    """Bold, shaded headings, repeated at the top of every page the table runs onto."""
    row = table.rows[0]
    for cell, text in zip(row.cells, headings, strict=True):
        _write(cell, text, bold=True)
        _shade(cell, HEADER_SHADE)
    row._tr.get_or_add_trPr().append(_on("w:tblHeader"))


def _write(cell: _Cell, text: str, *, bold: bool = False) -> None:
    """The text in the cell, one paragraph per line."""
    lines = _CONTROL.sub("", text).split("\n")
    paragraph: Paragraph = cell.paragraphs[0]
    for number, line in enumerate(lines):
        if number:
            paragraph = cell.add_paragraph()
        run = paragraph.add_run(line)
        run.bold = bold or None
        paragraph.paragraph_format.space_after = Pt(0)


def _shade(cell: _Cell, colour: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), colour)
    cell._tc.get_or_add_tcPr().append(shading)


def _font_size(table: Table, points: int) -> None:
    for row in table.rows:
        for cell in row.cells:
            for paragraph in cell.paragraphs:
                for run in paragraph.runs:
                    run.font.size = Pt(points)


def _fixed_zip(content: bytes, stamp: dt.datetime) -> bytes:
    """The same package with every entry dated `stamp`, so equal plans give equal bytes."""
    when = (max(stamp.year, 1980), *stamp.timetuple()[1:6])
    out = io.BytesIO()
    with ZipFile(io.BytesIO(content)) as source, ZipFile(out, "w", ZIP_DEFLATED) as target:
        for entry in source.infolist():
            info = ZipInfo(entry.filename, date_time=when)
            info.compress_type, info.external_attr = ZIP_DEFLATED, 0o600 << 16
            target.writestr(info, source.read(entry.filename))
    return out.getvalue()
