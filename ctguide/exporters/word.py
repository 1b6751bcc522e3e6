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
import functools
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape
from zipfile import ZIP_DEFLATED, ZipFile, ZipInfo

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Cm, Pt, RGBColor
from docx.table import Table

from ctguide.exporters import ExportOptions, ExportResult, fixed_time, matrix
from ctguide.exporters.rows import (
    MONITOR_ONLY,
    PROJECTION,
    attribution_text,
    baseline_measured,
    baseline_text,
    disaggregation_named,
    projections_text,
    result_of,
    targets_text,
)
from ctguide.findingtext import named
from ctguide.guidetext import counted
from ctguide.knowledge import KnowledgeBase
from ctguide.plan import Indicator, Plan
from ctguide.smart import Finding, review_plan

FONT = "Arial"
MATRIX_WIDTHS_CM = (2.2, 4.6, 5.2, 3.0, 3.4, 4.0, 4.4)  # 26.8 cm: A4 landscape less 1.5 cm margins
SHEET_WIDTHS_CM = (5.0, 12.0)
FINDING_WIDTHS_CM = (1.8, 1.3, 2.2, 6.2, 5.5)
HEADER_SHADE = "D9E1F2"
PILLAR_SHADE = "FCE4D6"
AREA_SHADE = "F2F2F2"
_SPECIAL = re.compile("[\t\r]")
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
    logframe(document, plan, options.kb)
    portrait = document.add_section()
    _turn(portrait, landscape=False)
    reference_sheets(document, plan, options.kb)
    findings(document, named(review_plan(plan, options.kb), plan, options.kb))
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
        ("Destinations (where people are taken)", ", ".join(profile.destinations)),
        ("Period", f"{profile.start_date} to {profile.end_date} ({profile.months} months)"),
        ("Donor", profile.donor or ""),
        ("Target groups", "; ".join(profile.target_groups)),
        ("Summary", profile.summary or ""),
        ("Problem addressed", profile.problem or ""),
        ("Goal", plan.goal.statement if plan.goal else ""),
    ]
    field_table(document, [(label, text) for label, text in fields if text], SHEET_WIDTHS_CM)
    counts = f"{counted(len(plan.results_chain), 'area')}, {counted(len(plan.indicators), 'indicator')}"
    note = document.add_paragraph(f"Indicator plan written with ctguide: {counts}.")
    note.runs[0].italic = True


def logframe(document: Document, plan: Plan, kb: KnowledgeBase | None = None) -> None:
    document.add_heading("Logframe matrix", level=1)
    table = _table(document, MATRIX_WIDTHS_CM)
    _header_row(table, matrix.COLUMNS, MATRIX_WIDTHS_CM, 8)
    for line in matrix.matrix(plan, kb):
        if isinstance(line, matrix.Heading):
            shade = PILLAR_SHADE if line.kind == "pillar" else AREA_SHADE
            span = CellSpec(line.text, bold=True, shade=shade, span=len(MATRIX_WIDTHS_CM))
            _add_row(table, [span], MATRIX_WIDTHS_CM, 8)
            continue
        cells = [CellSpec(text, bold=column == 0) for column, text in enumerate(line.cells())]
        _add_row(table, cells, MATRIX_WIDTHS_CM, 8)


def reference_sheets(document: Document, plan: Plan, kb: KnowledgeBase | None = None) -> None:
    document.add_heading("Indicator reference sheets", level=1)
    heading = document.styles["Heading 2"].style_id
    for number, indicator in enumerate(plan.indicators):
        _heading(document, f"{indicator.id}: {indicator.statement}", heading, page_break=number > 0)
        field_table(document, reference_fields(plan, indicator, kb), SHEET_WIDTHS_CM)


def reference_fields(
    plan: Plan, indicator: Indicator, kb: KnowledgeBase | None = None
) -> list[tuple[str, str]]:
    """The PIRS fields of one indicator, as (label, text); empty fields are left out."""
    _, kind, statement = result_of(plan, indicator)
    direction = MONITOR_ONLY if indicator.monitor_only else indicator.direction
    measured = baseline_measured(indicator)
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
        ("Disaggregation", disaggregation_named(indicator, kb)),
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
        table = _table(document, FINDING_WIDTHS_CM)
        _header_row(table, ("Severity", "Rule", "Indicator", "Finding", "How to fix"), FINDING_WIDTHS_CM, 8)
        for f in open_:
            texts = (f.severity, f.rule, f.indicator or "plan", f.message, f.fix)
            _add_row(table, [CellSpec(text) for text in texts], FINDING_WIDTHS_CM, 8)
    if notes:
        document.add_paragraph(
            f"{notes} further notes (suggestions, not problems): run `ctguide review` to see them."
        )


def field_table(document: Document, fields: Sequence[tuple[str, str]], widths: Sequence[float]) -> Table:
    """A two-column table: bold, shaded labels on the left, text on the right."""
    table = _table(document, widths)
    for label, text in fields:
        _add_row(table, [CellSpec(label, bold=True, shade=HEADER_SHADE), CellSpec(text)], widths, 9)
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


def _table(document: Document, widths: Sequence[float]) -> Table:
    """An empty table, centred, fixed column widths, in the "Table Grid" style, at the end of the body.

    Written as XML: Document.add_table looks up the last section (a scan of the whole body) and
    the style by name each time, which made a document of many tables quadratic.
    """
    style = document.styles["Table Grid"].style_id
    grid = "".join(f'<w:gridCol w:w="{_twips(width)}"/>' for width in widths)
    tbl = parse_xml(
        f'<w:tbl {nsdecls("w")}><w:tblPr><w:tblStyle w:val="{style}"/><w:tblW w:type="auto" w:w="0"/>'
        '<w:jc w:val="center"/><w:tblLayout w:type="fixed"/><w:tblLook w:firstColumn="1" w:firstRow="1"'
        ' w:lastColumn="0" w:lastRow="0" w:noHBand="0" w:noVBand="1" w:val="04A0"/></w:tblPr>'
        f"<w:tblGrid>{grid}</w:tblGrid></w:tbl>"
    )
    _append(document, tbl)
    return Table(tbl, document._body)


def _heading(document: Document, text: str, style_id: str, *, page_break: bool) -> None:
    if page_break:
        _append(document, parse_xml(f'<w:p {nsdecls("w")}><w:r><w:br w:type="page"/></w:r></w:p>'))
    paragraph = parse_xml(
        f'<w:p {nsdecls("w")}><w:pPr><w:pStyle w:val="{style_id}"/></w:pPr><w:r>{_text_xml(text)}</w:r></w:p>'
    )
    if _SPECIAL.search(text):
        paragraph[-1].text = text
    _append(document, paragraph)


def _append(document: Document, element: BaseOxmlElement) -> None:
    """The element at the end of the body, before its closing section properties.

    python-docx's own insertion finds w:sectPr by scanning every child of the body, which made
    a document of thousands of blocks quadratic; the body's last child is that w:sectPr.
    """
    document.element.body[-1].addprevious(element)


@dataclass(frozen=True)
class CellSpec:
    text: str
    bold: bool = False
    shade: str | None = None
    span: int = 1


def _header_row(table: Table, headings: Sequence[str], widths: Sequence[float], points: int) -> None:
    """Bold, shaded headings, repeated at the top of every page the table runs onto."""
    cells = [CellSpec(text, bold=True, shade=HEADER_SHADE) for text in headings]
    _add_row(table, cells, widths, points, header=True)


def _add_row(
    table: Table, cells: Sequence[CellSpec], widths: Sequence[float], points: int, *, header: bool = False
) -> None:
    """One row written as XML in one go: the python-docx object API costs ~1 ms a cell.

    The markup is what python-docx writes for the same cells (fixed widths, one paragraph per
    line with no space after, bold and size on every run); the texts go in through CT_R.text,
    python-docx's own setter, so tabs and line breaks come out as they did.
    """
    lines = [_CONTROL.sub("", cell.text).split("\n") for cell in cells]
    parts = [f'<w:tr {nsdecls("w")}><w:trPr><w:cantSplit w:val="true"/>']
    if header:
        parts.append('<w:tblHeader w:val="true"/>')
    parts.append("</w:trPr>")
    column = 0
    for cell, cell_lines in zip(cells, lines, strict=True):
        width = sum(_twips(w) for w in widths[column : column + cell.span])
        column += cell.span
        parts.append(f'<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="{width}"/>')
        if cell.span > 1:
            parts.append(f'<w:gridSpan w:val="{cell.span}"/>')
        if cell.shade:
            parts.append(f'<w:shd w:val="clear" w:color="auto" w:fill="{cell.shade}"/>')
        parts.append("</w:tcPr>")
        run = f'<w:p><w:pPr><w:spacing w:after="0"/></w:pPr><w:r><w:rPr>{"<w:b/>" if cell.bold else ""}'
        run += f'<w:sz w:val="{points * 2}"/></w:rPr>'
        parts.extend(f"{run}{_text_xml(line)}</w:r></w:p>" for line in cell_lines)
        parts.append("</w:tc>")
    parts.append("</w:tr>")
    row = parse_xml("".join(parts))
    texts = (line for cell_lines in lines for line in cell_lines)
    for run, line in zip(row.iter(qn("w:r")), texts, strict=True):
        if _SPECIAL.search(line):
            run.text = line
    table._tbl.append(row)


def _text_xml(line: str) -> str:
    """The w:t python-docx's run text setter writes for a line without tabs or breaks."""
    if not line or _SPECIAL.search(line):
        return ""
    space = ' xml:space="preserve"' if len(line.strip()) < len(line) else ""
    return f"<w:t{space}>{escape(line)}</w:t>"


@functools.cache
def _twips(width_cm: float) -> int:
    return Cm(width_cm).twips


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
