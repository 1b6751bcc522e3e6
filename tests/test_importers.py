"""The import's area part: an Area column is kept, guesses are reported per row, nonsense is not filed."""

import pytest

from ctguide.importers import (
    ImportOptions,
    ImportProblem,
    import_table,
    labelled,
    read_table,
    unit_from_statement,
)
from ctguide.knowledge import load_knowledge
from ctguide.plan import plan_to_data, validate_plan
from tests.exporters.test_formats import PERIOD

KB = load_knowledge()


def _import(text, progress=None):
    header, rows = read_table(text)
    return import_table(KB, header, rows, ImportOptions("T", "O", ("X",), PERIOD, "list.csv"), progress)


def _areas(plan):
    return {i.id: i.area for i in plan.indicators}


def test_an_area_column_is_kept_even_when_the_wording_points_elsewhere():
    text = ("Area;Result;Indicator\n"
            "border_management;Survivors are reintegrated;Number of survivors reintegrated\n"
            "SHL;Police apply the SOP;Number of police officers trained\n"
            "Hotlines and helplines;x;Number of calls answered\n")  # fmt: skip
    plan, report = _import(text)
    assert sorted(_areas(plan).values()) == ["border_management", "hotline_helpline", "shelter"]
    assert report.guesses == [] and report.check_these == []
    assert validate_plan(plan_to_data(plan)) == []


def test_without_an_area_column_each_row_says_where_it_went_and_how_sure():
    text = ("Result;Indicator\n"
            "Survivors are reintegrated into their communities;% of returned survivors with stable income after 12 months\n"
            "Survivors are reintegrated into their communities;Number of reintegration plans agreed with survivors\n"
            "Shelter residents feel safe;% of shelter residents who report feeling safe at exit\n")  # fmt: skip
    plan, report = _import(text)
    assert set(_areas(plan).values()) == {"return_reintegration", "shelter"}
    lines = "\n".join(report.lines())
    assert "rows 2, 3: filed under return_reintegration (protection)" in lines
    assert "row 4: filed under shelter (protection), sure" in lines


def test_a_nonsense_row_is_reported_not_filed():
    text = ("Result;Indicator\n"
            "Shelter residents feel safe;% of shelter residents who report feeling safe at exit\n"
            "blah;asdf qwer zxcv\n")  # fmt: skip
    plan, report = _import(text)
    assert len(plan.indicators) == 1
    assert any("row 3 not imported" in line and "asdf qwer" in line for line in report.lines())


def test_the_rows_to_check_come_last_after_every_rows_account():
    """Row 2 says 'reintegradas' once and its other words point to economic empowerment: a guess to check."""
    text = ("Result;Indicator\n"
            "Sobrevivientes reintegradas;% de sobrevivientes con empleo 12 meses después\n"
            "blah;asdf qwer zxcv\n"
            "Shelter residents feel safe;% of shelter residents who report feeling safe at exit\n")  # fmt: skip
    _, report = _import(text)
    lines = report.lines()
    assert report.check_these and lines[-1].startswith("check these: row 2")
    assert any(line.startswith("row 3 not imported") for line in lines[:-1])


def test_a_file_where_no_row_can_be_placed_is_an_import_problem():
    with pytest.raises(ImportProblem, match="Area"):
        _import("Indicator\nasdf qwer\nzzz\n")


def test_unsure_rows_are_listed_to_check_and_the_pillar_column_is_honoured():
    text = ("Pillar;Result;Indicator\n"
            "Prevention;People are helped;Number of people\n"
            "Protection;Vocational training for survivors;Number of survivors completing vocational training\n")  # fmt: skip
    plan, report = _import(text)
    pillars = {i.area: i.pillar for i in plan.indicators}
    assert pillars.get("economic_empowerment") == "protection"
    unsure = [g for g in report.guesses if not g.sure]
    assert all(row in report.check_these for g in unsure for row in g.rows)
    if unsure:
        assert any(line.startswith("check these:") for line in report.lines())


def test_the_pillar_is_read_from_the_wording_when_there_is_no_pillar_column():
    plan, _ = _import(
        "Result;Indicator\nVocational training for survivors;Number of survivors completing vocational training\n"
    )
    assert [(i.area, i.pillar) for i in plan.indicators] == [("economic_empowerment", "protection")]


def test_progress_is_reported_per_result_group():
    calls = []
    rows = "".join(
        f"Shelter residents feel safe {n};% of shelter residents who feel safe {n}\n" for n in range(5)
    )
    _import("Result;Indicator\n" + rows, progress=lambda done, total: calls.append((done, total)))
    assert calls == [(n, 5) for n in range(1, 6)]


def test_a_large_table_gets_unique_sequential_ids_and_a_valid_plan():
    header = ["Area", "Result", "Result ID", "Indicator ID", "Indicator", "Baseline", "Target"]
    rows = [["shelter", f"Result {n // 10}", "SHL-OC2" if n == 0 else "", "SHL-5" if n == 1 else "",
             f"Number of residents assisted (row {n})", "10", "20 by 2028-12-31"] for n in range(3000)]  # fmt: skip
    plan, _ = import_table(KB, header, rows, ImportOptions("t", "o", ("Moldova",), PERIOD, "big.csv"))
    ids = [i.id for i in plan.indicators]
    assert len(set(ids)) == 3000 and ids[1] == "SHL-5"
    assert ids[:4] == ["SHL-1", "SHL-5", "SHL-2", "SHL-3"] and ids[5] == "SHL-6"
    (block,) = plan.results_chain
    results = [s.id for s in block.outcomes]
    assert len(results) == len(set(results)) == 300 and results[:3] == ["SHL-OC2", "SHL-OC1", "SHL-OC3"]
    assert validate_plan(plan_to_data(plan)) == []


@pytest.mark.parametrize(
    ("statement", "unit"),
    [
        ("Percent of health units with a trained provider", "percent"),
        ("The proportion of children who had 1 or 2 placements", "percent"),
        ("Post-rape care: per cent of survivors seen within three days", "percent"),
        ("% of survivors with stable income", "percent"),
        ("Porcentaje de víctimas atendidas", "percent"),
        ("Number of health units assessed", "number"),
        ("Number of recent cases", "number"),
    ],
)
def test_a_statement_without_a_unit_column_takes_the_unit_its_wording_says(statement, unit):
    assert unit_from_statement(statement) == unit


@pytest.mark.parametrize(
    ("result", "statement", "level"),
    [("Output 1.2: Shelter for women and girls", "Shelter for women and girls", "output"),
     ("Outcome 1 - Survivors are reintegrated", "Survivors are reintegrated", "outcome"),
     ("Producto 2.1: Refugio para mujeres", "Refugio para mujeres", "output"),
     ("Effet 1 : Les survivantes sont réintégrées", "Les survivantes sont réintégrées", "outcome"),
     ("Goal: Fewer people trafficked from Nepal", "Fewer people trafficked from Nepal", "goal")],
)  # fmt: skip
def test_a_logframe_label_on_a_result_says_its_level_and_leaves_the_statement(result, statement, level):
    assert labelled({"result": result, "indicator": "x"}) == {
        "result": statement,
        "indicator": "x",
        "result_level": level,
    }


@pytest.mark.parametrize(
    "values",
    [{"result": "Outputs are delivered on time"}, {"result": "Impact assessment done"},
     {"result": "Output 1: Shelter", "level": "outcome"}],
)  # fmt: skip
def test_a_result_without_a_label_or_with_a_level_column_keeps_its_level(values):
    assert labelled(values).get("result_level") is None
    assert labelled(values)["result"] == (values["result"] if "level" not in values else "Shelter")


def test_an_imported_logframe_files_labelled_outputs_as_outputs_without_their_labels():
    text = ("Result;Indicator\n"
            "Outcome 1: Shelter residents feel safe;% of shelter residents who report feeling safe at exit\n"
            "Output 1.2: Shelter for women and girls;Number of women and girls accommodated in the shelter\n")  # fmt: skip
    plan, _ = _import(text)
    (block,) = plan.results_chain
    assert [s.statement for s in block.outcomes] == ["Shelter residents feel safe"]
    assert [s.statement for s in block.outputs] == ["Shelter for women and girls"]
    assert validate_plan(plan_to_data(plan)) == []


@pytest.mark.parametrize(
    ("cells", "date", "noted"),
    [
        ("60;", None, "has no date"),  # never the project start: a date nobody gave is a to-do
        ("60;2026-11", "2026-11-30", None),
        ("60;last spring", None, "not read"),
    ],
)
def test_a_baseline_date_is_never_made_up(cells, date, noted):
    text = f"Indicator;Baseline;Baseline date\n% of survivors who report feeling safe at exit;{cells}\n"
    plan, report = _import(text)
    baseline = plan.indicators[0].baseline
    assert baseline.status == "known" and baseline.value == 60
    assert (str(baseline.date) if baseline.date else None) == date
    assert (noted is None) == (not any("baseline" in n for n in report.notes))
    assert noted is None or any(noted in n for n in report.notes)
    assert validate_plan(plan_to_data(plan)) == []


def test_what_the_list_lacks_is_a_to_do_in_the_review_not_the_users_error():
    from ctguide.smart import review_plan, verdict

    plan, _ = _import("Indicator;Baseline\n% of survivors who report feeling safe at exit;60\n")
    indicator = plan.indicators[0]
    assert indicator.denominator == indicator.numerator == "(to be set)"
    findings = [f for f in review_plan(plan, KB) if f.indicator == indicator.id]
    rules = {f.rule for f in findings}
    assert "W1" in rules and "M2" not in rules
    assert not any("'(to be set)'" in f.message for f in findings)
    to_write = [f.path for f in findings if f.rule == "W1"]
    assert to_write == [f"$.indicators[0].{field}" for field in ("numerator", "denominator", "baseline.date")]
    judged = verdict(findings)
    assert not judged.ok and "3 parts still to be written" in judged.summary
