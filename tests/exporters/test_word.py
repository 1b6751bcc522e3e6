"""The DOCX export, read back with python-docx: title page, landscape logframe table, one reference
sheet per indicator, open findings; identical bytes; a clear message when python-docx is missing."""

from __future__ import annotations

import builtins
import io

import pytest

from ctguide.exporters import ExportOptions, ExportUnavailable, export, matrix
from ctguide.plan import load_plan
from ctguide.smart import review_plan
from tests.conftest import EXAMPLE_PLAN, LOGFRAME_PLAN

docx = pytest.importorskip("docx")
from docx.enum.section import WD_ORIENT  # noqa: E402
from docx.table import Table  # noqa: E402
from docx.text.paragraph import Paragraph  # noqa: E402


@pytest.fixture(scope="module")
def plan():
    return load_plan(LOGFRAME_PLAN)


@pytest.fixture(scope="module")
def content(plan) -> bytes:
    result = export(plan, "docx", ExportOptions())
    assert isinstance(result.content, bytes)
    return result.content


@pytest.fixture(scope="module")
def document(content):
    return docx.Document(io.BytesIO(content))


def _blocks_by_section(document) -> list[list]:
    """The body's paragraphs and tables, grouped by the section they belong to (in order)."""
    sections, current = [], []
    for element in document.element.body.iterchildren():
        if element.tag.endswith("}tbl"):
            current.append(Table(element, document))
        elif element.tag.endswith("}p"):
            current.append(Paragraph(element, document))
            if element.find(".//{*}sectPr") is not None:
                sections.append(current)
                current = []
    sections.append(current)
    return sections


def _text(table: Table) -> list[list[str]]:
    rows = []
    for row in table.rows:
        cells = []
        for cell in row.cells:
            if not cells or cell._tc is not cells[-1][1]:
                cells.append((cell.text, cell._tc))
        rows.append([text for text, _ in cells])
    return rows


def test_title_page_from_the_profile(document, plan):
    title, subtitle = document.paragraphs[0], document.paragraphs[1]
    assert title.text == plan.profile.title and title.style.name == "Title"
    assert subtitle.text == "Logframe and indicator plan"
    facts = dict(_text(document.tables[0]))
    assert facts["Organisation"] == plan.profile.organisation
    assert facts["Period"] == "2027-01-01 to 2028-12-31 (24 months)"
    assert facts["Problem addressed"] == plan.profile.problem
    assert facts["Goal"] == plan.goal.statement
    assert document.core_properties.title == plan.profile.title


def test_the_logframe_is_a_table_in_a_landscape_section(document, plan):
    sections = _blocks_by_section(document)
    assert len(document.sections) == len(sections) == 3
    orientations = [s.orientation for s in document.sections]
    assert orientations == [WD_ORIENT.PORTRAIT, WD_ORIENT.LANDSCAPE, WD_ORIENT.PORTRAIT]
    landscape = document.sections[1]
    assert landscape.page_width > landscape.page_height
    tables = [b for b in sections[1] if isinstance(b, Table)]
    assert len(tables) == 1
    rows = _text(tables[0])
    assert rows[0] == list(matrix.COLUMNS)
    assert tables[0].rows[0]._tr.trPr.find("{*}tblHeader") is not None  # repeated on every page
    assert rows[1][0] == "Goal (impact)" and rows[1][1].startswith("GOAL: ")
    assert "not attributable to the project" in rows[1][2] and rows[1][4] == "monitor only (no target)"
    assert rows[2] == ["Pillar: Protection"] and rows[3] == ["Area: Shelter"]
    body = [r for r in rows[1:] if len(r) == 7]
    indicator_ids = [r[2].split(":")[0] for r in body if r[2] != "(no indicator yet)"]
    assert sorted(indicator_ids) == sorted(i.id for i in plan.indicators)
    count = next(r for r in body if r[2].startswith("SHL-06"))
    assert count[4].startswith("monitor only (no target); projection, not a target: 40 by 2028-12-31")
    assert count[3] == "31 (2026-12-31; Shelter register 2026)"
    assert (
        next(r for r in body if r[1].startswith("SHL-OC1"))[6]
        == "- Traffickers are not able to locate the shelter."
    )


def test_one_reference_sheet_per_indicator(document, plan):
    sections = _blocks_by_section(document)
    sheets = [t for t in sections[2] if isinstance(t, Table) and _text(t)[0][0] == "Indicator ID"]
    assert [_text(t)[0][1] for t in sheets] == [i.id for i in plan.indicators]
    goal = {row[0]: row[1] for row in _text(sheets[0])}
    assert goal["Targets"] == "monitor only (no target)"
    assert goal["Attribution"] == "context indicator, not attributable to the project"
    fields = {row[0]: row[1] for row in _text(sheets[1])}
    for label in ("Definition", "Unit of measure", "Numerator", "Denominator", "Data source",
                  "Collection method", "Frequency", "Responsible", "Baseline", "Targets", "Ethics notes"):  # fmt: skip
        assert label in fields, label
    assert fields["Targets"] == "70 by 2028-12-31" and fields["Attribution"] == "attributable to the project"
    count = {row[0]: row[1] for row in _text(sheets[2])}
    assert count["Direction of change"] == "monitor only (no target)"
    assert (
        count["Projections"]
        == "projection, not a target: 40 by 2028-12-31 (planning figure the donor asked for)"
    )
    headings = [p.text for p in sections[2] if isinstance(p, Paragraph) and p.style.name == "Heading 2"]
    assert headings == [f"{i.id}: {i.statement}" for i in plan.indicators]


def test_open_findings_close_the_document(document, plan):
    last = _blocks_by_section(document)[2]
    heading = next(
        n for n, b in enumerate(last) if isinstance(b, Paragraph) and b.text == "Findings still open"
    )
    table = next(b for b in last[heading:] if isinstance(b, Table))
    rows = _text(table)
    assert rows[0] == ["Severity", "Rule", "Indicator", "Finding", "How to fix"]
    expected = [f for f in review_plan(plan) if f.severity != "info"]
    assert [(r[0], r[1], r[3]) for r in rows[1:]] == [(f.severity, f.rule, f.message) for f in expected]


def test_rendering_twice_gives_identical_bytes(plan, content):
    assert export(plan, "docx", ExportOptions()).content == content
    other = export(plan, "docx", ExportOptions(generated="2027-05-01T10:00:00Z")).content
    assert other != content
    assert docx.Document(io.BytesIO(other)).core_properties.created.year == 2027


def test_a_1_0_plan_without_goal_exports_too():
    document = docx.Document(io.BytesIO(export(load_plan(EXAMPLE_PLAN), "docx").content))
    matrix_rows = _text(document.tables[1])
    assert matrix_rows[1] == ["Pillar: Protection"]


def test_a_missing_python_docx_is_a_clear_message(monkeypatch, plan):
    import sys

    real_import = builtins.__import__

    def no_docx(name, *args, **kwargs):
        if name == "docx" or name.startswith("docx."):
            raise ModuleNotFoundError("No module named 'docx'", name="docx")
        return real_import(name, *args, **kwargs)

    monkeypatch.delitem(sys.modules, "ctguide.exporters.word", raising=False)
    monkeypatch.setattr(builtins, "__import__", no_docx)
    with pytest.raises(ExportUnavailable, match=r"pip install 'ctguide\[docx\]'"):
        export(plan, "docx")


def test_cli_writes_the_docx_and_says_how_to_install_python_docx_when_missing(cli, tmp_path, monkeypatch):
    out = tmp_path / "plan.docx"
    result = cli("export", LOGFRAME_PLAN, "-o", out)
    assert result.code == 0, result.err
    assert docx.Document(str(out)).tables

    def unavailable(*args, **kwargs):
        raise ExportUnavailable(
            "the docx export needs a package that is not installed (docx); pip install 'ctguide[docx]'"
        )

    monkeypatch.setattr("ctguide.exporters.export", unavailable)
    result = cli("export", LOGFRAME_PLAN, "-o", tmp_path / "other.docx")
    assert result.code == 2 and "pip install 'ctguide[docx]'" in result.err
    assert not (tmp_path / "other.docx").exists()


@pytest.mark.parametrize(
    "text",
    [
        "plain",
        "",
        "  leading and trailing  ",
        "a & b < c > d \"q\" 'r'",
        "tab\there",
        "cr\rhere",
        "one\ntwo\n",
    ],
)
def test_rows_written_as_xml_match_the_python_docx_object_api(text):
    from docx.shared import Cm, Pt

    from ctguide.exporters import word

    widths = (5.0, 12.0)
    built = docx.Document()
    fast = word._table(built, widths)
    word._add_row(
        fast, [word.CellSpec("Label", bold=True, shade=word.HEADER_SHADE), word.CellSpec(text)], widths, 9
    )

    slow = docx.Document().add_table(rows=1, cols=2)
    for cell, width, value, bold in zip(
        slow.rows[0].cells, widths, ("Label", text), (True, False), strict=True
    ):
        cell.width = Cm(width)
        for number, line in enumerate(value.split("\n")):
            paragraph = cell.paragraphs[0] if number == 0 else cell.add_paragraph()
            run = paragraph.add_run(line)
            run.bold = bold or None
            run.font.size = Pt(9)
            paragraph.paragraph_format.space_after = Pt(0)
    word_cells = [c._tc for c in fast.rows[0].cells]
    docx_cells = [c._tc for c in slow.rows[0].cells]
    for ours, theirs in zip(word_cells, docx_cells, strict=True):
        assert [p.xml for p in ours.p_lst] == [p.xml for p in theirs.p_lst]
    assert fast.rows[0].cells[1].text == text.replace("\r", "\n")


def test_a_reference_sheet_names_each_breakdown_in_words(plan):
    from ctguide.exporters.word import reference_fields
    from ctguide.knowledge import load_knowledge

    kb = load_knowledge()
    indicator = next(i for i in plan.indicators if i.disaggregation)
    code = indicator.disaggregation[0].code
    field = dict(reference_fields(plan, indicator, kb))["Disaggregation"]
    assert field.startswith(f"{kb.catalogue['disaggregation'][code].name} ({code}): ")
    assert dict(reference_fields(plan, indicator))["Disaggregation"].startswith(
        f"{code}: "
    )  # no knowledge: the code
