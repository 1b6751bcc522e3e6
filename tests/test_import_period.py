"""A list that names no project period: the period reaches the dates the list carries; a user's date is
never moved to fit a made-up period (ux24t #18)."""

import datetime as dt

import pytest

from ctguide.importers import dates_carried, period_carried, read_table
from ctguide.plan import load_plan
from tests.conftest import EXAMPLE_PLAN

D = dt.date.fromisoformat
ASSUMED = (D("2027-01-01"), D("2028-12-31"))


@pytest.mark.parametrize(
    ("table", "dates"),
    [
        ("Indicator,Targets\nA,60 by 2029-12-31; 80 by 2028-06-30\n", ["2029-12-31", "2028-06-30"]),
        ("Indicator,Projections (not targets)\nA,200 by 2029-12-31 (police estimate)\n", ["2029-12-31"]),
        ("Indicator,Target\nA,to be set by 2030-03\nB,50\nC,10 by sometime\n", ["2030-03-31"]),
        ("Indicator,Baseline\nA,to be set by 2031-01-01\n", []),
        ("Indicator\nA\n", []),
    ],
)
def test_the_dates_a_list_carries(table, dates):
    assert dates_carried(*read_table(table)) == [D(d) for d in dates]


@pytest.mark.parametrize(
    ("dates", "period", "said"),
    [
        (["2029-12-31", "2028-06-30"], ("2027-01-01", "2029-12-31"), "ends 2029-12-31"),
        (["2027-12-31"], ("2027-01-01", "2027-12-31"), "ends 2027-12-31"),
        (["2026-06-30", "2027-06-30"], ("2026-06-30", "2027-06-30"), "starts 2026-06-30 (assumed"),
        (["2026-06-30"], ("2026-06-30", "2028-12-31"), "starts 2026-06-30"),
        ([], ("2027-01-01", "2028-12-31"), "no dated target: 2027-01-01 to 2028-12-31 is assumed"),
    ],
)
def test_the_period_reaches_every_date_and_says_what_was_assumed(dates, period, said):
    found, told = period_carried([D(d) for d in dates], ASSUMED)
    assert found == (D(period[0]), D(period[1]))
    assert said in told and "--start" in told
    assert all(found[0] <= D(d) <= found[1] for d in dates)


def test_a_csv_round_trip_keeps_every_target_and_projection_date(cli, tmp_path):
    plan, table, again = tmp_path / "plan.yaml", tmp_path / "plan.csv", tmp_path / "again.yaml"
    plan.write_text(
        EXAMPLE_PLAN.read_text().replace("2028-12-31", "2029-12-31")
    )  # past the assumed 24 months
    assert cli("export", plan, "-o", table).code == 0
    result = cli("import", table, "-o", again)
    assert result.code == 0, result.err
    before, after = load_plan(plan), load_plan(again)
    dated = [[t.date for t in i.targets] + [p.date for p in i.projections] for i in before.indicators]
    assert [[t.date for t in i.targets] + [p.date for p in i.projections] for i in after.indicators] == dated
    assert after.profile.end_date == max(d for row in dated for d in row)
    assert "outside the project" not in result.err
    assert "not in the file, left '(to be set)': the title (--title)" in result.err
    assert after.profile.title == "(to be set)"
