"""`ctguide export` and `ctguide import`: every format written atomically, bad input refused clearly."""

import json

import docx
import openpyxl
import pytest

from ctguide.plan import load_plan
from tests.conftest import EXAMPLE_PLAN


@pytest.mark.parametrize(
    ("fmt", "suffix"),
    [("yaml", "yaml"), ("json", "json"), ("csv", "csv"), ("md", "md"), ("xlsx", "xlsx"), ("iati", "xml")],
)
def test_export_every_format(cli, tmp_path, fmt, suffix):
    out = tmp_path / f"plan.{suffix}"
    result = cli("export", EXAMPLE_PLAN, "--format", fmt, "-o", out)
    assert result.code == 0, result.err
    assert out.exists() and out.stat().st_size > 500
    assert [p.name for p in tmp_path.iterdir()] == [out.name]  # no temporary files left


def test_export_infers_the_format_from_the_extension(cli, tmp_path):
    assert cli("export", EXAMPLE_PLAN, "-o", tmp_path / "plan.json").code == 0
    assert json.loads((tmp_path / "plan.json").read_text())["schema_version"] == "1.0"
    assert cli("export", EXAMPLE_PLAN, "-o", tmp_path / "plan.docx").code == 0  # docx is a format now
    result = cli("export", EXAMPLE_PLAN, "-o", tmp_path / "plan.pdf")
    assert result.code == 2 and "--format" in result.err


def test_export_iati_says_what_is_missing_and_takes_the_identifiers(cli, tmp_path):
    result = cli("export", EXAMPLE_PLAN, "--format", "iati", "-o", tmp_path / "a.xml")
    assert result.code == 0 and "warning" in result.err.lower()
    result = cli("export", EXAMPLE_PLAN, "--format", "iati", "-o", tmp_path / "b.xml", "--iati-id", "XM-DAC-47066-DP.1",
                 "--reporting-org", "XM-DAC-47066", "--reporting-org-name", "IOM", "--reporting-org-type", "40")  # fmt: skip
    assert result.code == 0
    assert "XM-DAC-47066-DP.1" in (tmp_path / "b.xml").read_text()


def test_export_never_overwrites_without_force(cli, tmp_path):
    out = tmp_path / "plan.csv"
    out.write_text("mine")
    assert cli("export", EXAMPLE_PLAN, "-o", out).code == 2
    assert out.read_text() == "mine"
    assert cli("export", EXAMPLE_PLAN, "-o", out, "--force").code == 0
    assert (tmp_path / "plan.csv.bak").read_text() == "mine"


def test_export_to_an_unwritable_place_is_a_clear_error(cli, tmp_path):
    result = cli("export", EXAMPLE_PLAN, "-o", tmp_path / "missing" / "plan.csv")
    assert result.code == 2 and "does not exist" in result.err
    assert "Traceback" not in result.err


def test_export_an_invalid_plan_writes_nothing(cli, tmp_path):
    broken = tmp_path / "broken.yaml"
    broken.write_text(EXAMPLE_PLAN.read_text().replace("value: 75", "value: 175"))
    result = cli("export", broken, "-o", tmp_path / "out.csv")
    assert result.code == 1 and "between 0 and 100" in result.out
    assert not (tmp_path / "out.csv").exists()


def test_import_round_trip_through_the_command_line(cli, tmp_path):
    table, plan = tmp_path / "list.csv", tmp_path / "plan.yaml"
    assert cli("export", EXAMPLE_PLAN, "-o", table).code == 0
    result = cli("import", table, "-o", plan, "--start", "2027-01", "--title", "Reimported")
    assert result.code == 0, result.err
    before, after = load_plan(EXAMPLE_PLAN), load_plan(plan)
    assert [i.statement for i in after.indicators] == [i.statement for i in before.indicators]
    assert cli("review", plan).code in (0, 1)


def test_import_reports_unmapped_columns(cli, tmp_path):
    table = tmp_path / "list.csv"
    table.write_text(
        "Indicator,MoV,Baseline,Target,Budget code\n% of survivors who feel safe at exit,exit interviews,40,70,X1\n"
    )
    result = cli("import", table, "-o", tmp_path / "p.yaml")
    assert result.code == 0
    assert "columns not mapped: 'Budget code'" in result.err


def test_import_of_a_long_file_shows_progress_and_what_it_guessed(cli, tmp_path):
    table = tmp_path / "list.csv"
    rows = "".join(
        f"Shelter residents feel safe {n},% of shelter residents who feel safe at exit {n}\n"
        for n in range(210)
    )
    table.write_text("Result,Indicator\n" + rows + "blah,asdf qwer zxcv\n")
    result = cli("import", table, "-o", tmp_path / "p.yaml")
    assert result.code == 0, result.err
    assert "placing rows under areas … 100 %" in result.err
    assert "filed under shelter (protection)" in result.err
    assert "row 212 not imported" in result.err


def test_import_another_encoding_is_read_and_said(cli, tmp_path):
    table = tmp_path / "liste.csv"
    table.write_bytes(
        "Indicateur;Fréquence\n% de victimes orientées vers un refuge;trimestriel\n".encode("cp1252")
    )
    result = cli("import", table, "-o", tmp_path / "p.yaml")
    assert result.code == 0 and "Windows-1252" in result.err


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (b"", "empty"),
        (b"Budget,Owner\n1,2\n", "no column with the indicators"),
        (b"Indicator,MoV\n,x\n", "no row has an indicator"),
    ],
)
def test_import_unusable_files_exit_2(cli, tmp_path, content, fragment):
    table = tmp_path / "list.csv"
    table.write_bytes(content)
    result = cli("import", table, "-o", tmp_path / "p.yaml")
    assert result.code == 2 and fragment in result.err
    assert not (tmp_path / "p.yaml").exists()


def test_import_missing_file_and_bad_encoding_option(cli, tmp_path):
    assert "no such file" in cli("import", tmp_path / "nope.csv", "-o", tmp_path / "p.yaml").err
    table = tmp_path / "list.csv"
    table.write_text("Indicator\nx y z w\n")
    assert cli("import", table, "-o", tmp_path / "p.yaml", "--encoding", "klingon").code == 2


def test_import_a_binary_file_is_refused_clearly(cli, tmp_path):
    table = tmp_path / "list.csv"
    table.write_bytes(bytes(range(256)) * 20)
    result = cli("import", table, "-o", tmp_path / "p.yaml")
    assert result.code == 2 and "Traceback" not in result.err


def test_spreadsheet_exports_never_turn_text_into_formulas(cli, tmp_path):
    import io

    import openpyxl

    plan = tmp_path / "plan.yaml"
    plan.write_text(
        EXAMPLE_PLAN.read_text().replace("responsible: Case manager", 'responsible: "=HYPERLINK(1)\\a"', 1)
    )
    assert cli("export", plan, "-o", tmp_path / "p.xlsx").code == 0
    workbook = openpyxl.load_workbook(io.BytesIO((tmp_path / "p.xlsx").read_bytes()))
    formulas = [
        c.coordinate
        for ws in workbook.worksheets
        for row in ws.iter_rows()
        for c in row
        if c.data_type == "f"
    ]
    assert formulas == []
    assert cli("export", plan, "-o", tmp_path / "p.csv").code == 0
    assert "'=HYPERLINK(1)" in (tmp_path / "p.csv").read_text(encoding="utf-8-sig")


MISFIT = "% of recruitment agencies licensed by the labour ministry that charge no fees to workers"


@pytest.fixture
def misfit_plan(tmp_path):
    """The reference plan with SHL-01 reworded into a recruitment measure under a shelter outcome."""
    text = EXAMPLE_PLAN.read_text(encoding="utf-8")
    original = '"% of residents leaving the shelter in the reporting quarter who report feeling safe during their stay"'
    assert original in text and "    kb_id: SHL-01\n" in text
    plan = tmp_path / "misfit.yaml"
    plan.write_text(
        text.replace(original, f'"{MISFIT}"').replace("    kb_id: SHL-01\n", ""), encoding="utf-8"
    )
    return plan


def test_exports_list_the_same_findings_as_review(cli, tmp_path, misfit_plan):
    reviewed = json.loads(cli("review", "--json", misfit_plan).out)["findings"]
    fit = [f for f in reviewed if f["rule"] == "R4"]
    assert [f["indicator"] for f in fit] == ["SHL-01"]
    assert cli("export", misfit_plan, "-o", tmp_path / "p.md").code == 0
    rows = [line for line in (tmp_path / "p.md").read_text(encoding="utf-8").splitlines() if "| R4 |" in line]
    assert len(rows) == 1 and "| SHL-01 |" in rows[0] and "SHL-OC1" in rows[0]
    assert cli("export", misfit_plan, "-o", tmp_path / "p.xlsx").code == 0
    sheet = openpyxl.load_workbook(tmp_path / "p.xlsx")["Findings"]
    assert ("R4", "SHL-01") in {(row[1], row[2]) for row in sheet.iter_rows(values_only=True)}
    assert cli("export", misfit_plan, "-o", tmp_path / "p.docx").code == 0
    cells = [
        [c.text for c in row.cells]
        for table in docx.Document(tmp_path / "p.docx").tables
        for row in table.rows
    ]
    assert any("R4" in row and "SHL-01" in row for row in cells)


@pytest.mark.parametrize(
    ("args", "out", "fragment"),
    [
        (("export", EXAMPLE_PLAN, "--format", "docx"), "fr.md", "-o fr.docx"),
        (("export", EXAMPLE_PLAN, "--format", "yaml"), "plan.xlsx", "-o plan.yaml"),
        (("starter", "--area", "shelter"), "out.xlsx", "starter writes a plan"),
        (("starter", "--area", "shelter"), "plan.docx", "ctguide export plan.yaml -o plan.docx"),
        (("import", "list.csv"), "plan.md", "import writes a plan"),
        (("run", "--answers", "answers.yaml"), "plan.csv", "run writes a plan"),
    ],
)
def test_an_output_named_for_another_format_is_refused_and_nothing_written(cli, tmp_path, monkeypatch, args, out,
                                                                          fragment):  # fmt: skip
    monkeypatch.chdir(tmp_path)
    (tmp_path / "list.csv").write_text("Indicator\nNumber of shelters\n")
    (tmp_path / "answers.yaml").write_text("answers: []\n")
    result = cli(*args, "-o", out)
    assert result.code == 2 and fragment in result.err and "nothing was written" in result.err
    assert not (tmp_path / out).exists()


def test_an_output_that_is_not_a_regular_file_is_refused(cli):
    result = cli("starter", "--area", "shelter", "-o", "/dev/null")  # not 'already exists; use --force'
    assert result.code == 2 and "/dev/null: is a device, not a regular file" in result.err
