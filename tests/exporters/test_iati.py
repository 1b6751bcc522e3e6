"""The IATI 2.03 export: valid against the official XSD, and the mapping of results, indicators and values."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import xml.etree.ElementTree as ET
from decimal import Decimal
from pathlib import Path

import pytest

from ctguide.drafting import starter_plan
from ctguide.exporters import ExportOptions, export
from ctguide.exporters.iati import PLACEHOLDER_ORG_REF, PLACEHOLDER_PREFIX
from ctguide.knowledge import load_knowledge
from ctguide.plan import Baseline, ExternalRef, Indicator, Plan, ReportingOrg, Target, load_plan
from tests.conftest import EXAMPLE_PLAN, LOGFRAME_PLAN

XSD = Path(__file__).resolve().parents[1] / "data" / "iati-2.03" / "iati-activities-schema.xsd"
DECIMAL = re.compile(r"-?\d+(\.\d+)?")
SECTORS = (("shelter", "15160"), ("psychosocial_support", "12340"))
REAL = ExportOptions(
    iati_identifier="XM-DAC-41114-CT-001",
    reporting_org_ref="XM-DAC-41114",
    reporting_org_name="Casa Sperantei",
    reporting_org_type="22",
    generated="2027-02-03T04:05:06Z",
    sectors=SECTORS,
)


# --- helpers -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def schema():
    """The official IATI 2.03 activity schema, kept in the repository (tests/data/iati-2.03)."""
    from lxml import etree

    with XSD.open("rb") as handle:  # the base URL lets iati-common.xsd and xml.xsd resolve beside it
        document = etree.parse(handle, base_url=XSD.as_uri())
    return etree.XMLSchema(document)


def assert_valid(schema, content: str) -> None:
    from lxml import etree

    document = etree.fromstring(content.encode("utf-8"))
    if not schema.validate(document):
        pytest.fail("not valid IATI 2.03:\n" + "\n".join(str(error) for error in schema.error_log))


@pytest.fixture(scope="module")
def example() -> Plan:
    return load_plan(EXAMPLE_PLAN)


def activity_of(content: str) -> ET.Element:
    root = ET.fromstring(content.encode("utf-8"))
    assert root.tag == "iati-activities" and root.get("version") == "2.03"
    (activity,) = root.findall("iati-activity")
    return activity


def indicator_element(activity: ET.Element, indicator_id: str) -> ET.Element:
    for element in activity.iter("indicator"):
        if element.find("reference[@vocabulary='99']").get("code") == indicator_id:
            return element
    raise AssertionError(f"indicator {indicator_id} is not in the export")


def result_of(activity: ET.Element, result_id: str) -> ET.Element:
    (result,) = [r for r in activity.findall("result") if r.find("reference").get("code") == result_id]
    return result


def periods(indicator: ET.Element) -> list[tuple[str, str, str | None]]:
    return [
        (
            p.find("period-start").get("iso-date"),
            p.find("period-end").get("iso-date"),
            p.find("target").get("value"),
        )
        for p in indicator.findall("period")
    ]


def comment(element: ET.Element) -> str:
    return element.find("comment/narrative").text or ""


def variant(base: Indicator, **changes) -> Indicator:
    return dataclasses.replace(base, **changes)


@pytest.fixture(scope="module")
def mixed_plan() -> Plan:
    """A starter plan (stages, yes/no, to-be-set values) plus qualitative, impact and edge-case indicators."""
    plan = starter_plan(
        load_knowledge(),
        ["legislation_policy", "coordination_bodies", "shelter"],
        period=(dt.date(2027, 1, 1), dt.date(2028, 12, 31)),
    )
    base = next(i for i in plan.indicators if i.level == "outcome")
    objective = next(block for block in plan.results_chain if block.area == base.area).objective
    known = Baseline(status="known", value="weak", date=dt.date(2026, 9, 30), source="Desk review")
    extra = (
        variant(base, id="QUAL-01", type="qualitative", unit="text", direction="increase", baseline=known,
                targets=(Target(dt.date(2028, 12, 31), "strong"),), numerator=None, denominator=None),
        variant(base, id="YN-01", type="milestone", unit="yes_no", direction="reach",
                baseline=dataclasses.replace(known, value=False), targets=(Target(dt.date(2027, 6, 30), True),)),
        variant(base, id="IMP-01", level="impact", result=objective.id, unit="number", direction="decrease",
                baseline=dataclasses.replace(known, value=120.0), targets=(Target(dt.date(2028, 12, 31), 12.5),)),
        variant(base, id="KEEP-01", unit="percent", direction="maintain", numerator="n", denominator="d",
                baseline=dataclasses.replace(known, value=95), external_refs=(
                    ExternalRef("sdg", "16.2.2"), ExternalRef("sdg", "8.7.1"), ExternalRef("usg_f", "PS.5.2-23"),
                    ExternalRef("own", "CT-9"),
                ),
                targets=(Target(dt.date(2027, 12, 31), 95, interim=True),
                         Target(dt.date(2028, 12, 31), status="to_be_set", note="after the midterm review"))),
    )  # fmt: skip
    return dataclasses.replace(plan, indicators=plan.indicators + extra)


# --- validity against the official XSD ------------------------------------------------------


def test_the_example_plan_is_valid_iati(schema, example):
    result = export(example, "iati", REAL)
    assert result.content.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<iati-activities')
    assert_valid(schema, result.content)
    assert result.warnings == ()


def test_a_plan_without_identifiers_is_valid_and_warns_about_the_placeholders(schema, example):
    result = export(example, "iati", ExportOptions(sectors=SECTORS))
    assert_valid(schema, result.content)
    activity = activity_of(result.content)
    identifier = activity.find("iati-identifier").text
    assert identifier == PLACEHOLDER_PREFIX + "SAFE-RETURN-MOLDOVA"
    org = activity.find("reporting-org")
    assert org.get("ref") == PLACEHOLDER_ORG_REF and org.get("type") == "90"
    assert org.find("narrative").text == "(reporting organisation to be set)"
    assert len(result.warnings) == 2
    assert any("--iati-id" in w and "iati_identifier" in w and identifier in w for w in result.warnings)
    assert any("reporting organisation" in w and PLACEHOLDER_ORG_REF in w for w in result.warnings)


def test_stages_yes_no_qualitative_and_to_be_set_values_are_valid(schema, mixed_plan):
    result = export(mixed_plan, "iati", REAL)
    assert_valid(schema, result.content)
    units = {i.unit for i in mixed_plan.indicators}
    assert {"stage", "yes_no", "text"} <= units
    assert any(i.baseline.status == "to_be_set" for i in mixed_plan.indicators)


def test_unknown_countries_are_described_and_warned_about_never_coded(schema, example):
    countries = ("Moldova", "Republic of Moldova", "Atlantis", "Côte d'Ivoire", "(to be set)")
    plan = dataclasses.replace(example, profile=dataclasses.replace(example.profile, countries=countries))
    result = export(plan, "iati", REAL)
    assert_valid(schema, result.content)
    activity = activity_of(result.content)
    assert [c.get("code") for c in activity.findall("recipient-country")] == ["MD", "CI"]
    assert [w for w in result.warnings if "Atlantis" in w] and [
        w for w in result.warnings if "(to be set)" in w
    ]
    assert len(result.warnings) == 2
    general = activity.find("description[@type='1']/narrative").text
    assert "Atlantis" in general and "(to be set)" in general


# --- the mapping -----------------------------------------------------------------------------


def test_the_activity_carries_the_profile_in_schema_order(example):
    activity = activity_of(export(example, "iati", REAL).content)
    tags = [child.tag for child in activity]
    assert tags[:3] == ["iati-identifier", "reporting-org", "title"]
    assert tags.index("activity-status") < tags.index("activity-date") < tags.index("recipient-country")
    assert tags[-1] == "result"
    assert activity.get("{http://www.w3.org/XML/1998/namespace}lang") == "en"
    assert activity.find("title/narrative").text == "Safe Return Moldova"
    assert activity.find("description[@type='1']/narrative").text.startswith("Specialised shelter")
    roles = {p.get("role"): p.find("narrative").text for p in activity.findall("participating-org")}
    assert roles == {"4": "Casa Sperantei (NGO)", "1": "EU Delegation to Moldova"}
    dates = {d.get("type"): d.get("iso-date") for d in activity.findall("activity-date")}
    assert dates == {"1": "2027-01-01", "3": "2028-12-31"}
    assert activity.find("activity-status").get("code") == "1"  # pipeline: the plan is a design


def test_results_follow_the_chain_with_their_type(example):
    activity = activity_of(export(example, "iati", REAL).content)
    results = [(r.find("reference").get("code"), r.get("type")) for r in activity.findall("result")]
    assert results == [
        ("SHL-OC1", "2"), ("SHL-OC2", "2"), ("SHL-OP1", "1"), ("SHL-OP2", "1"), ("PSS-OC1", "2"), ("PSS-OP1", "1"),
    ]  # fmt: skip
    result = result_of(activity, "PSS-OC1")
    assert result.get("aggregation-status") == "false"
    assert result.find("reference").get("vocabulary") == "99"
    description = result.find("description/narrative").text
    assert "protection" in description and "psychosocial support" in description


def test_a_percentage_with_a_baseline_to_be_set_and_two_targets(example):
    indicator = indicator_element(activity_of(export(example, "iati", REAL).content), "SHL-01")
    assert indicator.get("measure") == "2" and indicator.get("ascending") == "true"
    assert indicator.find("title/narrative").text.startswith("% of residents leaving the shelter")
    baseline = indicator.find("baseline")
    assert baseline.get("year") == "2027" and baseline.get("value") is None
    assert comment(baseline).startswith("Baseline to be set by 2027-03-31.")
    assert periods(indicator) == [("2027-01-01", "2027-12-31", "80"), ("2028-01-01", "2028-12-31", "90")]
    description = indicator.find("description/narrative").text
    for expected in (
        "Numerator:",
        "Denominator:",
        "SEX: female",
        "Means of verification:",
        "quarterly",
        "M&E officer",
    ):
        assert expected in description


def test_known_baselines_carry_year_date_value_and_source(example):
    activity = activity_of(export(example, "iati", REAL).content)
    baseline = indicator_element(activity, "SHL-02").find("baseline")
    assert (baseline.get("year"), baseline.get("iso-date"), baseline.get("value")) == (
        "2026",
        "2026-10-31",
        "55",
    )
    assert "Shelter case files 2025-2026" in comment(baseline)
    number = indicator_element(activity, "PSS-02")
    assert number.get("measure") == "1" and number.find("baseline").get("value") == "0"


def test_a_stage_is_ordinal_and_its_values_go_to_the_comments(example):
    indicator = indicator_element(activity_of(export(example, "iati", REAL).content), "SHL-03")
    assert indicator.get("measure") == "4" and indicator.get("ascending") == "true"
    baseline = indicator.find("baseline")
    assert baseline.get("value") is None and "self-assessment done (stage 1 of 3)" in comment(baseline)
    (period,) = indicator.findall("period")
    target = period.find("target")
    assert target.get("value") is None and "accredited by the ministry (stage 3 of 3)" in comment(target)
    assert periods(indicator) == [("2027-01-01", "2028-06-30", None)]


def test_measures_directions_and_values_of_the_other_kinds(mixed_plan):
    activity = activity_of(export(mixed_plan, "iati", REAL).content)
    qualitative = indicator_element(activity, "QUAL-01")
    assert qualitative.get("measure") == "5"
    assert qualitative.find("baseline").get("value") is None and "weak" in comment(
        qualitative.find("baseline")
    )
    assert "strong" in comment(qualitative.find("period/target"))
    yes_no = indicator_element(activity, "YN-01")
    assert yes_no.get("measure") == "3" and yes_no.find("baseline").get("value") is None
    assert "Baseline: no." in comment(yes_no.find("baseline")) and "Target: yes." in comment(
        yes_no.find("period/target")
    )
    decrease = indicator_element(activity, "IMP-01")
    assert decrease.get("ascending") == "false"
    assert decrease.find("baseline").get("value") == "120.0" and periods(decrease)[0][2] == "12.5"
    assert "ascending" not in indicator_element(activity, "KEEP-01").attrib


def test_an_objective_with_an_impact_indicator_is_an_impact_result(mixed_plan):
    activity = activity_of(export(mixed_plan, "iati", REAL).content)
    impact = next(i for i in mixed_plan.indicators if i.id == "IMP-01")
    assert result_of(activity, impact.result).get("type") == "3"


def test_targets_to_be_set_have_no_value_and_say_so(mixed_plan):
    activity = activity_of(export(mixed_plan, "iati", REAL).content)
    keep = indicator_element(activity, "KEEP-01")
    assert periods(keep) == [("2027-01-01", "2027-12-31", "95"), ("2028-01-01", "2028-12-31", None)]
    first, second = (p.find("target") for p in keep.findall("period"))
    assert comment(first) == "Interim target."
    assert comment(second) == "Target to be set. after the midterm review"
    targeted = next(i for i in mixed_plan.indicators if not i.monitor_only)
    starter = indicator_element(activity, targeted.id)
    assert comment(starter.find("period/target")).startswith("Target to be set")


def test_external_references_use_the_iati_vocabularies_once_each(mixed_plan):
    indicator = indicator_element(activity_of(export(mixed_plan, "iati", REAL).content), "KEEP-01")
    references = [(r.get("vocabulary"), r.get("code")) for r in indicator.findall("reference")]
    assert references == [("99", "KEEP-01"), ("9", "16.2.2"), ("3", "PS.5.2-23")]
    description = indicator.find("description/narrative").text
    assert "SDG indicator 8.7.1" in description and "own code CT-9" in description


def test_every_value_is_an_xsd_decimal(example, mixed_plan):
    for plan in (example, mixed_plan):
        activity = activity_of(export(plan, "iati", REAL).content)
        values = [
            e.get("value") for e in activity.iter() if e.tag in ("baseline", "target") and e.get("value")
        ]
        assert values and all(DECIMAL.fullmatch(v) for v in values), values


# --- identifiers, dates, countries ----------------------------------------------------------


def test_options_override_the_profile_identifiers(example):
    profile = dataclasses.replace(
        example.profile,
        iati_identifier="XM-DAC-99999-PROFILE-1",
        reporting_org=ReportingOrg("XM-DAC-99999", "Profile publisher", "21"),
    )
    plan = dataclasses.replace(example, profile=profile)
    from_profile = export(plan, "iati", ExportOptions(sectors=SECTORS))
    activity = activity_of(from_profile.content)
    assert from_profile.warnings == ()
    assert activity.find("iati-identifier").text == "XM-DAC-99999-PROFILE-1"
    org = activity.find("reporting-org")
    assert (org.get("ref"), org.get("type"), org.find("narrative").text) == (
        "XM-DAC-99999", "21", "Profile publisher",
    )  # fmt: skip
    overridden = export(plan, "iati", REAL)
    activity = activity_of(overridden.content)
    assert overridden.warnings == ()
    assert activity.find("iati-identifier").text == REAL.iati_identifier
    org = activity.find("reporting-org")
    assert (org.get("ref"), org.get("type"), org.find("narrative").text) == (
        "XM-DAC-41114",
        "22",
        "Casa Sperantei",
    )


def test_a_reporting_org_without_a_type_gets_other_and_a_warning(example):
    options = dataclasses.replace(REAL, reporting_org_type=None)
    result = export(example, "iati", options)
    assert activity_of(result.content).find("reporting-org").get("type") == "90"
    assert len(result.warnings) == 1 and "--reporting-org-type" in result.warnings[0]


def test_an_identifier_that_does_not_start_with_the_publisher_ref_is_flagged(example):
    result = export(example, "iati", dataclasses.replace(REAL, iati_identifier="GB-CHC-1-CT"))
    assert len(result.warnings) == 1 and "does not start with" in result.warnings[0]


def test_dates_are_reproducible_and_follow_the_options(example):
    root = ET.fromstring(export(example, "iati", ExportOptions()).content.encode("utf-8"))
    assert root.get("generated-datetime") == "2027-01-01T00:00:00Z"
    assert root.find("iati-activity").get("last-updated-datetime") == "2027-01-01T00:00:00Z"
    assert (
        export(example, "iati", ExportOptions()).content == export(example, "iati", ExportOptions()).content
    )
    updated = dataclasses.replace(example, last_updated=dt.date(2026, 12, 1))
    root = ET.fromstring(export(updated, "iati", REAL).content.encode("utf-8"))
    assert root.get("generated-datetime") == "2027-02-03T04:05:06Z"
    assert root.find("iati-activity").get("last-updated-datetime") == "2026-12-01T00:00:00Z"
    root = ET.fromstring(export(updated, "iati", ExportOptions()).content.encode("utf-8"))
    assert root.get("generated-datetime") == "2026-12-01T00:00:00Z"


def test_control_characters_never_break_the_document(schema, example):
    profile = dataclasses.replace(example.profile, title="Safe\x07 Return\x1b Moldova")
    content = export(dataclasses.replace(example, profile=profile), "iati", REAL).content
    assert_valid(schema, content)
    assert activity_of(content).find("title/narrative").text == "Safe Return Moldova"


# --- sectors, status, goal, monitor-only ------------------------------------------------------


def sectors_of(activity: ET.Element) -> list[tuple[str, str, str, str | None]]:
    return [
        (s.get("vocabulary"), s.get("code"), s.get("percentage"), s.findtext("narrative"))
        for s in activity.findall("sector")
    ]


def test_sectors_come_from_the_plan_then_the_knowledge_base_and_add_up_to_100(schema, example):
    result = export(example, "iati", REAL)
    assert_valid(schema, result.content)
    assert sectors_of(activity_of(result.content)) == [
        ("1", "15160", "50", "Human rights"),
        ("1", "12340", "50", "Promotion of mental health and well-being"),
    ]
    override = dataclasses.replace(
        example,
        results_chain=(
            dataclasses.replace(example.results_chain[0], sector="15180"),
            *example.results_chain[1:],
        ),
    )
    three = dataclasses.replace(override, results_chain=(*override.results_chain, dataclasses.replace(
        override.results_chain[1], area="legal_assistance", sector="12340")))  # fmt: skip
    activity = activity_of(export(three, "iati", REAL).content)
    assert sectors_of(activity) == [
        ("1", "15180", "33.33", "Ending violence against women and girls"),
        ("1", "12340", "66.67", "Promotion of mental health and well-being"),
    ]
    tags = [child.tag for child in activity]
    assert tags.index("recipient-country") < tags.index("sector") < tags.index("result")


def test_an_area_without_any_sector_is_reported(schema, example):
    result = export(example, "iati", dataclasses.replace(REAL, sectors=(("shelter", "15160"),)))
    assert_valid(schema, result.content)
    assert [s[1:3] for s in sectors_of(activity_of(result.content))] == [("15160", "100")]
    assert result.warnings == (
        "area 'psychosocial_support' has no DAC/CRS sector: set `sector` (a 5-digit purpose code) in its "
        "results_chain block; IATI expects every activity to name its sectors",
    )


def test_the_format_1_1_plan_publishes_goal_status_sector_and_monitor_only_indicators(schema):
    plan = load_plan(LOGFRAME_PLAN)
    result = export(plan, "iati", REAL)
    assert_valid(schema, result.content)
    activity = activity_of(result.content)
    assert activity.find("activity-status").get("code") == "1"
    assert sectors_of(activity)[0][:3] == ("1", "15180", "50")  # the plan's own sector overrides
    goal = activity.findall("result")[0]
    assert goal.get("type") == "3" and goal.find("reference").get("code") == "GOAL"
    assert "The national referral system" in goal.find("description/narrative").text
    context = indicator_element(activity, "GOAL-01")
    assert context.get("ascending") is None and context.findall("period") == []
    text = context.find("description/narrative").text
    assert "Monitor only: counted and reported, never given a target." in text
    assert "Context indicator, not attributable to the project." in text
    assert context.find("baseline").get("value") == "8.5"
    count = indicator_element(activity, "SHL-06")
    assert count.findall("period") == [] and count.get("ascending") is None
    assert (
        "Projection, not a target: 40 by 2028-12-31 (planning figure the donor asked for)."
        in count.find("description/narrative").text
    )
    assert indicator_element(activity, "SHL-01").findall("period")


def test_starter_plans_publish_with_the_knowledge_base_sectors(schema):
    kb = load_knowledge()
    plan = starter_plan(kb, ["shelter", "victim_identification", "ethical_recruitment"],
                        period=(dt.date(2027, 1, 1), dt.date(2028, 12, 31)), countries=["Moldova"])  # fmt: skip
    result = export(plan, "iati", REAL)
    assert_valid(schema, result.content)
    activity = activity_of(result.content)
    assert all(block.sector for block in plan.results_chain)  # drafted from the knowledge base
    assert result.warnings == ()
    percentages = [Decimal(s[2]) for s in sectors_of(activity)]
    assert sum(percentages) == 100 and all(s[0] == "1" for s in sectors_of(activity))
    for indicator in plan.indicators:
        element = indicator_element(activity, indicator.id)
        assert bool(element.findall("period")) == (not indicator.monitor_only)


def test_the_goal_and_its_impact_indicator_are_exported(mixed_plan):
    activity = activity_of(export(mixed_plan, "iati", REAL).content)
    goal = result_of(activity, mixed_plan.goal.id)
    assert goal.get("type") == "3"
    top = next(i for i in mixed_plan.indicators if i.result == mixed_plan.goal.id)
    assert indicator_element(activity, top.id) in list(goal.iter("indicator"))


def test_the_cli_fills_sectors_from_the_knowledge_base_for_plans_without_them(cli, tmp_path, schema):
    out = tmp_path / "a.xml"
    result = cli("export", EXAMPLE_PLAN, "--format", "iati", "-o", out)
    assert result.code == 0 and "sector" not in result.err
    content = out.read_text(encoding="utf-8")
    assert_valid(schema, content)
    kb = load_knowledge()
    expected = {kb.area_by_id["shelter"].dac_sector, kb.area_by_id["psychosocial_support"].dac_sector}
    assert {s[1] for s in sectors_of(activity_of(content))} == expected
