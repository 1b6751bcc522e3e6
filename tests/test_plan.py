import copy
import json
from pathlib import Path

import pytest

import ctguide
from ctguide.plan import (
    SCHEMA_VERSION,
    Plan,
    PlanInvalid,
    PlanUnreadable,
    load_plan,
    plan_from_data,
    plan_to_data,
    plan_to_yaml,
    read_plan_file,
    validate_plan,
)
from ctguide.yamlio import load_yaml
from tests.conftest import DATA, EXAMPLE_PLAN


@pytest.fixture
def example():
    return read_plan_file(EXAMPLE_PLAN).data


def test_the_example_plan_is_valid_and_round_trips(example):
    assert validate_plan(example) == []
    plan = plan_from_data(example)
    assert plan_to_data(plan) == example
    assert load_yaml(plan_to_yaml(plan)) == example
    assert load_plan(EXAMPLE_PLAN) == plan


def test_plan_to_data_puts_schema_version_first(example):
    assert next(iter(plan_to_data(plan_from_data(example)))) == "schema_version"


def _set(path, value):
    def mutate(doc):
        *parents, last = path
        node = doc
        for step in parents:
            node = node[step]
        node[last] = value

    return mutate


def _goal_indicator(level):
    def mutate(doc):
        doc["goal"] = {"id": "GOAL", "statement": "Fewer people are trafficked from Moldova"}
        doc["indicators"][0].update(result="GOAL", level=level)

    return mutate


def _delete(path):
    def mutate(doc):
        *parents, last = path
        node = doc
        for step in parents:
            node = node[step]
        del node[last]

    return mutate


BROKEN = [
    ("missing required field", _delete(("profile", "title")), "$.profile", "missing required field 'title'"),
    ("missing indicator field", _delete(("indicators", 1, "frequency")), "$.indicators[1]", "'frequency'"),
    ("wrong type", _set(("profile", "countries"), "Moldova"), "$.profile.countries", "expected a list"),
    ("wrong enum", _set(("indicators", 0, "unit"), "percentage"), "$.indicators[0].unit", "expected one of"),
    (
        "bad date",
        _set(("profile", "start_date"), "2027-13-01"),
        "$.profile.start_date",
        "not a calendar date",
    ),
    (
        "date in another format",
        _set(("profile", "end_date"), "31/12/2028"),
        "$.profile.end_date",
        "YYYY-MM-DD",
    ),
    (
        "target after the end",
        _set(("indicators", 1, "targets", 0, "date"), "2029-06-30"),
        "$.indicators[1].targets[0].date",
        "outside the project period",
    ),
    (
        "percent target 140",
        _set(("indicators", 1, "targets", 0, "value"), 140),
        "$.indicators[1].targets[0].value",
        "between 0 and 100",
    ),
    (
        "unknown result id",
        _set(("indicators", 2, "result"), "SHL-OP9"),
        "$.indicators[2].result",
        "not in the results chain",
    ),
    ("duplicate indicator id", _set(("indicators", 3, "id"), "SHL-01"), "$.indicators[3].id", "used 2 times"),
    (
        "duplicate result id",
        _set(("results_chain", 0, "outputs", 1, "id"), "SHL-OP1"),
        "$.results_chain[0].outputs[1].id",
        "used 2 times",
    ),
    (
        "percent without denominator",
        _delete(("indicators", 0, "denominator")),
        "$.indicators[0]",
        "'denominator'",
    ),
    (
        "known baseline without source",
        _delete(("indicators", 1, "baseline", "source")),
        "$.indicators[1].baseline",
        "'source'",
    ),
    (
        "text where a number is needed",
        _set(("indicators", 5, "targets", 0, "value"), "sixty"),
        "$.indicators[5].targets[0].value",
        "needs a number",
    ),
    (
        "stage not in the list",
        _set(("indicators", 2, "targets", 0, "value"), "finished"),
        "$.indicators[2].targets[0].value",
        "not one of the stages",
    ),
    (
        "level does not match the result",
        _set(("indicators", 3, "level"), "outcome"),
        "$.indicators[3].level",
        "should be at level output",
    ),
    (
        "pillar does not match the area",
        _set(("indicators", 0, "pillar"), "prevention"),
        "$.indicators[0].pillar",
        "sits under pillar",
    ),
    (
        "end before start",
        _set(("profile", "end_date"), "2026-01-01"),
        "$.profile.end_date",
        "ends before it starts",
    ),
    ("unknown field", _set(("profile", "budget"), 1000), "$.profile", "unknown field"),
    (
        "wrong schema version",
        _set(("schema_version",), "2.0"),
        "$.schema_version",
        "expected one of: 1.0, 1.1, 1.2",
    ),
    (
        "monitor-only indicator with a target",
        _set(("indicators", 0, "direction"), "monitor"),
        "$.indicators[0].targets",
        "monitor-only indicator has no targets",
    ),
    (
        "projections on an indicator with a direction",
        _set(("indicators", 0, "projections"), [{"value": 40, "date": "2027-12-31"}]),
        "$.indicators[0].projections",
        "monitor-only",
    ),
    (
        "targetable indicator without targets",
        _set(("indicators", 0, "targets"), []),
        "$.indicators[0].targets",
        "at least 1",
    ),
    (
        "goal indicator not at impact level",
        _goal_indicator("outcome"),
        "$.indicators[0].level",
        "goal GOAL should be at level impact",
    ),
]


@pytest.mark.parametrize(("name", "mutate", "path", "fragment"), BROKEN, ids=[b[0] for b in BROKEN])
def test_each_broken_plan_gives_a_precise_problem(example, name, mutate, path, fragment):
    broken = copy.deepcopy(example)
    mutate(broken)
    problems = validate_plan(broken)
    assert any(p.json_path == path and fragment in p.message for p in problems), problems


def test_every_problem_is_reported_not_just_the_first(example):
    broken = copy.deepcopy(example)
    _delete(("profile", "title"))(broken)
    _set(("indicators", 1, "targets", 0, "value"), 140)(broken)
    _set(("indicators", 2, "result"), "NOPE")(broken)
    assert len(validate_plan(broken)) >= 3


@pytest.mark.parametrize(
    ("name", "fragment"),
    [
        ("tabs.yaml", "tabs"),
        ("empty.yaml", "empty"),
        ("blank.yaml", "empty"),
        ("python_tag.yaml", "not allowed"),
        ("garbage.yaml", "not valid YAML"),
        ("list.yaml", "expected a YAML mapping"),
        ("utf16.yaml", "not UTF-8"),
    ],
)
def test_unreadable_files_raise_plan_unreadable(name, fragment):
    with pytest.raises(PlanUnreadable, match=fragment):
        read_plan_file(DATA / "plans" / "unreadable" / name)


def test_load_plan_raises_plan_invalid_with_located_problems(tmp_path, example):
    broken = copy.deepcopy(example)
    _set(("indicators", 1, "targets", 0, "value"), 140)(broken)
    path = tmp_path / "broken.yaml"
    path.write_text(plan_to_yaml(plan_from_data(example)).replace("value: 75", "value: 140"))
    with pytest.raises(PlanInvalid) as caught:
        load_plan(path)
    (problem,) = caught.value.problems
    line = path.read_text().splitlines()[problem.line - 1]
    assert "value: 140" in line


def test_a_1_1_plan_with_goal_monitor_only_and_projections_is_valid_and_round_trips(example):
    doc = copy.deepcopy(example)
    doc["schema_version"] = "1.1"
    doc["profile"]["problem"] = "Women returning from exploitation have nowhere safe to stay."
    doc["goal"] = {
        "id": "GOAL",
        "statement": "Fewer people are trafficked from Moldova",
        "assumptions": ["Stable economy"],
    }
    doc["indicators"][0].update(result="GOAL", level="impact", attributable=False)
    doc["indicators"][1].update(
        direction="monitor",
        targets=[],
        projections=[{"value": 40, "date": "2027-12-31", "note": "donor figure"}],
    )
    assert validate_plan(doc) == []
    plan = plan_from_data(doc)
    assert plan.goal.statement.startswith("Fewer")
    assert plan.indicators[1].monitor_only and plan.indicators[1].projections[0].value == 40
    assert plan.indicators[0].attributable is False
    assert plan_to_data(plan) == doc


def test_the_1_0_example_still_loads_as_1_0(example):
    assert example["schema_version"] == "1.0"
    plan = plan_from_data(example)
    assert plan.schema_version == "1.0" and plan.goal is None
    assert plan_to_data(plan)["schema_version"] == "1.0"


def test_a_1_1_plan_with_stand_ins_as_ctguide_wrote_it_before_1_2_still_validates_and_loads(example):
    doc = copy.deepcopy(example)
    doc["schema_version"] = "1.1"
    doc["indicators"][0]["stand_ins"] = ["the shelter"]
    assert validate_plan(doc) == []
    plan = plan_from_data(doc)
    assert plan.schema_version == "1.1" and plan.indicators[0].stand_ins == ("the shelter",)
    assert plan_to_data(plan)["schema_version"] == "1.2"  # written again, it says what it holds


@pytest.mark.parametrize("version", ["1.0", "1.1", "1.2"])
def test_a_plan_without_stand_ins_keeps_its_version_and_new_plans_are_1_2(example, version):
    doc = copy.deepcopy(example) | {"schema_version": version}
    assert validate_plan(doc) == []
    assert plan_to_data(plan_from_data(doc))["schema_version"] == version
    assert Plan(profile=plan_from_data(doc).profile).schema_version == SCHEMA_VERSION == "1.2"


def test_the_schema_documents_every_version_the_reader_accepts():
    schema = json.loads((Path(ctguide.__file__).parent / "schemas" / "plan.schema.json").read_text())
    versions = schema["properties"]["schema_version"]
    assert versions["enum"] == ["1.0", "1.1", "1.2", "1.3"] and SCHEMA_VERSION in versions["enum"]
    assert "1.2 adds an indicator's stand_ins" in versions["description"]
    assert "1.3 adds the profile's destinations" in versions["description"]


def _with_destinations(doc):
    doc["profile"]["destinations"] = ["Qatar", "Malaysia"]


def _with_an_undated_baseline(doc):
    doc["indicators"][0]["baseline"] = {"status": "known", "value": 60, "source": "imported from a.csv"}


@pytest.mark.parametrize("use", [_with_destinations, _with_an_undated_baseline])
@pytest.mark.parametrize("version", ["1.0", "1.1", "1.2"])
def test_a_plan_that_uses_what_1_3_adds_is_written_as_1_3(example, use, version):
    doc = copy.deepcopy(example) | {"schema_version": version}
    use(doc)
    assert validate_plan(doc) == []
    plan = plan_from_data(doc)
    assert plan_to_data(plan)["schema_version"] == "1.3"
    assert plan_to_data(plan_from_data(plan_to_data(plan))) == plan_to_data(plan)


def test_destinations_round_trip_and_must_be_text(example):
    doc = copy.deepcopy(example)
    _with_destinations(doc)
    assert plan_from_data(doc).profile.destinations == ("Qatar", "Malaysia")
    doc["profile"]["destinations"] = ["Qatar", ""]
    assert any("destinations" in str(p) for p in validate_plan(doc))


def test_a_known_baseline_still_needs_its_value_and_source(example):
    doc = copy.deepcopy(example)
    doc["indicators"][0]["baseline"] = {"status": "known", "value": 60}
    assert any("source" in str(p) for p in validate_plan(doc))
