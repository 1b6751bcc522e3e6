import datetime as dt
import re
from pathlib import Path

import pytest

from ctguide.donoharm import harmful_measure
from ctguide.drafting import QUALITY_UNITS, starter_plan
from ctguide.indicatortext import bare_victim_count
from ctguide.knowledge import CATALOGUES, KnowledgeError, load_knowledge
from ctguide.paths import builtin_knowledge_dir
from ctguide.smart import review_plan
from ctguide.validation import (
    FAST_KNOWLEDGE_MODULE,
    SCHEMA_HASH_PREFIX,
    _schema_hash,
    knowledge_file_is_valid,
    schema_problems,
)
from ctguide.yamlio import load_yaml
from tests.conftest import DATA

TAXONOMY = load_yaml((DATA / "taxonomy.yaml").read_text())["areas"]
KNOWLEDGE = DATA / "knowledge"


@pytest.fixture(scope="module")
def kb():
    return load_knowledge()


def test_the_shipped_areas_are_exactly_the_canonical_ones(kb):
    assert sorted(kb.area_by_id) == sorted(TAXONOMY)
    for area in kb.areas:
        assert area.pillar == TAXONOMY[area.id]["home"], area.id
        assert sorted(area.also) == sorted(TAXONOMY[area.id].get("also", [])), area.id
        assert area.name == TAXONOMY[area.id]["name"], area.id


def test_the_four_pillars_in_order(kb):
    assert [p.id for p in kb.pillars] == ["prevention", "protection", "prosecution", "partnership"]


def test_content_floor(kb):
    assert len(kb.indicators) >= 320
    for area in kb.areas:
        levels = {i.level for i in area.indicators}
        assert len(area.indicators) >= 5, area.id
        assert {"outcome", "output"} <= levels, area.id
        assert area.results_at("outcome") and area.results_at("output"), area.id
        for result in area.results:
            assert area.indicators_for(result.id), f"{result.id} has no indicator"


def test_every_area_has_an_indicator_for_its_objective_and_a_context_indicator(kb):
    for area in kb.areas:
        at_objective = area.objective_indicators
        assert at_objective, f"{area.id}: no indicator of the objective {area.objective_id}"
        assert all(i.level in ("impact", "outcome") for i in at_objective), area.id
        context = [i for i in at_objective if not i.attributable]
        assert context, f"{area.id}: no context indicator (attributable: false)"
        assert any(i.attributable for i in at_objective), (
            f"{area.id}: nothing at the objective the project can claim"
        )
        assert any(i.level == "impact" for i in area.indicators), area.id
        for indicator in context:
            assert indicator.sources, f"{indicator.id}: a context indicator names its official source"


def test_context_indicators_sit_only_at_the_objective(kb):
    misplaced = [
        i.id for i in kb.indicators if not i.attributable and i.result != kb.area_by_id[i.area].objective_id
    ]
    assert misplaced == []


def test_counts_with_a_perverse_incentive_are_monitored_never_targeted(kb):
    assert [i.id for i in kb.indicators if "INC" in i.pitfalls and i.direction != "monitor"] == []
    monitored = [i for i in kb.indicators if i.direction == "monitor"]
    assert monitored and all(i.direction_note for i in monitored)
    silent = [i.id for i in monitored if "target" not in i.direction_note.lower()]
    assert silent == [], "a monitored count's note says why it carries no target"


# Tracked, never targeted (README, "The knowledge base"): a figure that rises when someone acts on more people
# (finds, labels, moves, holds or punishes them, or pushes them into a procedure or a service) is monitored with
# pitfall INC. One row per act; each row must still find something in the knowledge base.
PROCESSED = [
    ("identified", r"\bidentified\b"),
    ("detected", r"\bdetected\b"),
    ("referred", r"\breferred\b|\breferrals\b"),
    ("handed over", r"\bhanded over\b"),
    ("accommodated", r"\baccommodated\b|\bsheltered\b"),
    ("returned", r"\breturned\b|\bassisted to return\b"),
    ("investigated", r"\binvestigations? opened\b|\binvestigated\b|\bsuspected of\b"),
    ("charged", r"\bcharged\b"),
    ("prosecuted", r"\bprosecuted\b|\bstages? of criminal proceedings\b"),
    ("convicted", r"\bconvicted\b|\bfound guilty\b|\bconvictions?\b"),
    ("penalised", r"\bpenali[sz]ed\b|\bsanctions? imposed\b"),
    ("raids", r"\braids?\b|\bjoint inspections\b"),
    ("reported to an authority", r"\breports\b.*\b(received|filed)\b|\breported (by|to)\b|\brecorded (in|by)\b"),
    ("claims filed", r"\bclaims? filed\b"),
    ("permits granted", r"\bpermits? (issued|granted)\b"),
    ("giving evidence", r"\bgave evidence\b|\btestif(y|ied)\b"),
    ("withdrawing from proceedings", r"\bwithdr[ae]w\b"),
    ("missing from care", r"\bmissing from care\b"),
    ("sums obtained through proceedings", r"\bremedies paid\b|\bfreezing orders\b"),
    ("victims served", r"^Number of\b.*\b(victims?|survivors?|victim-witnesses)\b.*\b(received|attended|accompanied|opened|assisted)\b"),
]  # fmt: skip
HUNTED_ONLY = ["intercepted", "repatriated", "removed", "deported", "arrested", "rescued"]
"""Acts the review's H1 names that no knowledge indicator counts today: any count of them must be monitored too."""
COUNT_UNITS = ("number", "rate", "amount")


@pytest.mark.parametrize(("act", "pattern"), PROCESSED + [(verb, rf"\b{verb}\b") for verb in HUNTED_ONLY],
                         ids=[row[0] for row in PROCESSED] + HUNTED_ONLY)  # fmt: skip
def test_counts_of_people_processed_or_served_are_monitored_never_targeted(kb, act, pattern):
    counted = [i for i in kb.indicators if i.unit in COUNT_UNITS and re.search(pattern, i.statement, re.I)]
    targetable = [i.id for i in counted if "INC" not in i.pitfalls or i.direction != "monitor"]
    assert targetable == [], f"counts of people or cases {act} must carry INC and direction: monitor"
    plain = [i.id for i in counted if not i.direction_note or "target" not in i.direction_note.lower()]
    assert plain == [], "the direction note says in plain words why there is no target"
    if act not in HUNTED_ONLY:
        assert any(re.search(pattern, i.statement, re.I) for i in kb.indicators), (
            f"no indicator left for '{act}'"
        )


def test_every_count_the_review_reads_as_target_prone_is_monitored(kb):
    """The review's H1 reading of a statement and the knowledge base agree on every count: what H1 would warn
    about under a target is already monitor-only in our own content."""
    read_as_harmful = [
        i.id
        for i in kb.indicators
        if i.unit in COUNT_UNITS
        and "INC" not in i.pitfalls
        and (harmful_measure(i.filled_statement()) or bare_victim_count(i.filled_statement()))
    ]
    assert read_as_harmful == []


def test_every_target_prone_indicator_is_one_the_principle_names(kb):
    unexplained = [i.id for i in kb.indicators if "INC" in i.pitfalls
                   and not any(re.search(pattern, i.statement, re.I) for _, pattern in PROCESSED)]  # fmt: skip
    assert unexplained == []


def test_a_count_the_project_sets_out_to_reach_can_take_a_target(kb):
    reached = {"BRD-05": "officials trained", "SMG-06": "migrants counselled at an open centre",
               "EDU-07": "students", "COM-09": "community members", "ECO-08": "participants it enrols",
               "SHL-07": "places"}  # fmt: skip
    assert {i: kb.indicator_by_id[i].direction for i in reached} == dict.fromkeys(reached, "increase")
    assert not any("INC" in kb.indicator_by_id[i].pitfalls for i in reached)


def test_every_result_has_a_measure_that_can_take_a_target(kb):
    only_monitored = [
        result_id
        for area in kb.areas
        for result_id in (area.objective_id, *(r.id for r in area.results))
        if all("INC" in i.pitfalls for i in area.indicators_for(result_id))
    ]
    assert only_monitored == []


def test_every_area_has_a_dac_purpose_code_from_the_crs_list(kb):
    used = {area.id: area.dac_sector for area in kb.areas}
    assert all(code and re.fullmatch(r"\d{5}", code) for code in used.values()), used
    assert used["safe_migration"] == "15190" and used["legal_assistance"] == "15130"
    assert "oecd-dac-crs-codes" in kb.catalogue["resources"]


COUNTED_PEOPLE = re.compile(r"^Number of (unique )?(\w+ )?(people|persons|victims|survivors|children|workers|migrants|"
                            r"officials|officers|staff|participants|members|students|lawyers|investigators|inspectors|"
                            r"professionals|practitioners|first responders|leaders|clients|patients)", re.I)  # fmt: skip
PERIOD = re.compile(r"\[period\]|\bper (quarter|year)\b|\bin the (calendar|reporting|school|fiscal) year\b|"
                    r"\bin \[[^\]]*(year|period|quarter|months?)[^\]]*\]|\bwithin \[?\w+|\bduring\b|\bin the last\b", re.I)  # fmt: skip


def test_every_count_of_people_has_a_reference_period(kb):
    missing = [
        i.id for i in kb.indicators if COUNTED_PEOPLE.search(i.statement) and not PERIOD.search(i.statement)
    ]
    assert missing == []


def test_usg_f_references_match_what_those_indicators_count(kb):
    counts = {"PS.5.1-28": r"^Number of .*trained on (trafficking )?victim identification",
              "PS.5.1-29": r"^Number of victims referred for protection services",
              "PS.5.2-23": r"^Number of .*(laws?|polic(y|ies)|instruments?|agreements?).*(adopted|passed|enacted|amended)",
              "PS.5.3-15": r"^Number of .*(completed|trained).*(training|trained)"}  # fmt: skip
    for indicator in kb.indicators:
        for ref in indicator.external_refs:
            if ref.vocabulary == "usg_f":
                assert re.search(counts[ref.code], indicator.statement, re.I), (indicator.id, ref.code)
                assert indicator.unit == "number", indicator.id


def test_every_area_speaks_the_practitioners_language(kb):
    for area in kb.areas:
        assert len(area.keywords) >= 10, area.id
        assert len(area.synonyms) >= 5, area.id
        assert len(area.assumptions) >= 2 and len(area.adaptation_tips) >= 2, area.id
        assert area.objective and area.description, area.id


NEUTRAL = re.compile(r"\d+\s*%|\b(increased?|reduced?|improved?) (by|to)\b", re.IGNORECASE)


def test_every_indicator_carries_its_metadata(kb):
    for indicator in kb.indicators:
        where = indicator.id
        assert indicator.means_of_verification and indicator.data_collection, where
        assert indicator.frequency and indicator.rationale and indicator.limitations, where
        assert not NEUTRAL.search(indicator.statement), f"{where}: a target inside the wording"
        if indicator.unit in ("percent", "rate", "ratio"):
            assert indicator.numerator and indicator.denominator, where
        if "AMB" in indicator.pitfalls:
            assert indicator.direction_note, where
        if indicator.type == "milestone":
            assert indicator.unit in ("yes_no", "stage"), where
        assert set(indicator.placeholder_names) == {name for name, _ in indicator.placeholders}, where
        assert "[" not in indicator.filled_statement(), where


def test_people_level_indicators_are_disaggregated_by_sex(kb):
    people = re.compile(
        r"\b(victims?|survivors?|residents?|migrants?|workers?|children|women|girls|callers?)\b", re.I
    )
    missing = [i.id for i in kb.indicators if i.unit in ("number", "percent") and people.search(i.statement.split(" who ")[0])
               and "SEX" not in i.disaggregation and "SMALL" not in i.pitfalls]  # fmt: skip
    assert len(missing) <= len(kb.indicators) // 20, missing


PROFESSIONALS = (r"officials|officers|staff|lawyers|investigators|inspectors|professionals|practitioners|first responders|"
                 r"responders|judges|prosecutors|trainers|teachers|counsellors|case managers|"
                 r"(?:health|child-protection|social|frontline|case|humanitarian|outreach) workers|members|leaders|participants")  # fmt: skip
PUBLIC = (r"victims|survivors|residents|migrants|workers|children|women|girls|boys|callers|contactors|persons|people|"
          r"individuals|students|clients|patients|victim-witnesses|returnees|nationals|adolescents|youth|job ?seekers|"
          r"respondents|adults|applicants")  # fmt: skip
COUNTED_HEAD = re.compile(rf"^(?:(?:Number|%|Share|Proportion|Rate) of|[\w-]+ rate among) (?:[\w()-]+ ){{0,4}}?"
                          rf"(?:(?P<professionals>{PROFESSIONALS})|(?P<public>{PUBLIC}))\b", re.I)  # fmt: skip
"""What a count or share counts, read from its head noun: professionals (officials, staff, inspectors …), or the people
a project serves or studies (victims, children, migrants, workers …). "Participants" are trainees in most areas."""


def _counted_people(indicator) -> str | None:
    match = COUNTED_HEAD.match(indicator.filled_statement())
    if match is None:
        return None
    return "professionals" if match.group("professionals") else "public"


def test_every_count_or_share_of_people_is_broken_down_by_sex_and_age_where_it_matters(kb):
    """Sex for everyone counted; age too for the people a project serves or studies (a child is protected differently)."""
    needed = {"professionals": {"SEX"}, "public": {"SEX", "AGE"}}
    counted = [(i, _counted_people(i)) for i in kb.indicators]
    missing = {i.id: sorted(needed[kind] - set(i.disaggregation)) for i, kind in counted if kind}
    assert sum(1 for _, kind in counted if kind) >= 150
    assert {k: v for k, v in missing.items() if v} == {}


NO_NAMES = re.compile(
    r"\bcodes?\b|\bcoded\b|\bno names\b|\bwithout names\b|\bonly counts\b|\bstays? in\b", re.I
)


def test_registers_of_the_people_a_project_serves_leave_names_where_they_are_kept(kb):
    """A sign-in sheet names people: M&E gets codes or counts, the register stays with whoever keeps it."""
    naming = [i.id for i in kb.indicators if "REG" in i.means_of_verification and _counted_people(i) == "public"
              and not NO_NAMES.search(i.data_collection)]  # fmt: skip
    assert naming == []


def test_victim_data_carry_ethics_flags(kb):
    direct = {m.code for m in kb.methods if m.direct_contact}
    victims = re.compile(r"\b(victims?|survivors?|residents?)\b", re.IGNORECASE)
    unflagged = [
        i.id
        for i in kb.indicators
        if victims.search(i.statement) and direct & set(i.means_of_verification) and not i.ethics
    ]
    assert unflagged == []


def test_catalogues_are_complete(kb):
    assert {f"E{n}" for n in range(1, 16)} <= set(kb.catalogue["ethics_rules"])
    smart = {
        "S1",
        "S2",
        "S3",
        "M1",
        "M2",
        "M3",
        "M4",
        "M5",
        "A1",
        "A2",
        "R1",
        "R2",
        "R3",
        "T1",
        "T2",
        "D1",
        "E1",
        "Q1",
        "Q2",
    }
    assert smart <= set(kb.catalogue["smart_rules"])
    terms = {t.term.lower() for t in kb.glossary}
    for needed in (
        "objective",
        "outcome",
        "output",
        "indicator",
        "baseline",
        "target",
        "milestone",
        "disaggregation",
    ):
        assert any(needed in term for term in terms), needed
    assert {"SEX", "AGE", "EXP", "NAT", "GEO"} <= set(kb.catalogue["disaggregation"])
    assert kb.catalogue["resources"]["iom-handbook-2008"].year == 2008
    assert all(r.url.startswith("http") for r in kb.resources)


def test_lookups_index_everything(kb):
    indicator = kb.indicator_by_id["SHL-01"]
    assert indicator.area == "shelter"
    assert kb.result_by_id[indicator.result].area == "shelter"
    assert kb.area_by_id["compensation"] in kb.areas_in("prosecution")
    assert kb.areas_in("protection")[0].pillar == "protection"


def test_an_organisation_can_override_and_add(kb):
    org = load_knowledge(KNOWLEDGE / "org")
    assert org.indicator_by_id["SHL-01"].statement.startswith("% of residents leaving our shelters")
    assert "SHL-90" in org.indicator_by_id and "SHL-90" not in kb.indicator_by_id
    assert "municipal_response" in org.area_by_id
    assert "night shelter for returnees" in org.area_by_id["shelter"].keywords
    assert org.catalogue["disaggregation"]["LOCAL"].values[0] == "under 20000 inhabitants"
    assert org.catalogue["disaggregation"]["SEX"].values == ("female", "male", "not recorded")
    assert len(org.indicators) == len(kb.indicators) + 3
    assert kb.indicator_by_id["SHL-01"].statement != org.indicator_by_id["SHL-01"].statement


def test_a_folder_alone_can_be_loaded_without_the_built_in_layer():
    with pytest.raises(KnowledgeError, match="missing: the pillars file"):
        load_knowledge(KNOWLEDGE / "org", layer=False)


BROKEN = [
    ("bad_yaml", "municipal_response.yaml", 4, None, "not valid YAML"),
    ("tabs", "municipal_response.yaml", 3, None, "not tabs"),
    ("missing_field", "municipal_response.yaml", 2, "$", "missing required field 'objective'"),
    (
        "unknown_code",
        "municipal_response.yaml",
        36,
        "$.indicators[0].disaggregation[1]",
        "unknown disaggregation code 'SEXX'",
    ),
    ("duplicate_id", "municipal_response.yaml", 44, "$.indicators[1].id", "'SHL-01' is used more than once"),
    ("dangling_result", "municipal_response.yaml", 24, "$.indicators[0].result", "'MUN-OC9' is not a result"),
    ("wrong_type", "municipal_response.yaml", 7, "$.keywords", "expected a list"),
    ("unknown_pillar", "municipal_response.yaml", 4, "$.pillar", "unknown pillar 'protectoin'"),
    ("file_name_mismatch", "municipal.yaml", 2, "$.id", "must match the file name"),
    (
        "placeholder_without_example",
        "municipal_response.yaml",
        23,
        "$.indicators[0].placeholders",
        "[period]",
    ),
    ("percent_without_denominator", "municipal_response.yaml", 23, "$.indicators[0]", "'denominator'"),
    (
        "unknown_frequency",
        "municipal_response.yaml",
        39,
        "$.indicators[0].frequency",
        "'fortnightly' is not allowed",
    ),
    ("extends_unknown_area", "extra.yaml", 2, "$.extends", "did you mean shelter?"),
    ("unknown_catalogue", "colours.yaml", None, None, "unknown catalogue file"),
    ("outputs_only", "municipal_response.yaml", 11, "$.results", "no outcome result"),
    ("no_indicators", "municipal_response.yaml", 13, "$.indicators", "none to suggest for MUN-OC1"),
]


@pytest.mark.parametrize(("case", "file", "line", "path", "fragment"), BROKEN, ids=[b[0] for b in BROKEN])
def test_broken_knowledge_gives_a_precise_located_problem(case, file, line, path, fragment):
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(KNOWLEDGE / "broken" / case)
    ours = [p for p in caught.value.problems if Path(p.source).name == file and case in p.source]
    assert ours, caught.value.problems
    problem = ours[0]
    assert problem.line == line
    assert problem.problem.path is None if path is None else problem.problem.json_path == path
    assert fragment in problem.problem.message


def test_the_generated_fast_validator_matches_the_schema():
    module = builtin_knowledge_dir().parent / "ctguide" / FAST_KNOWLEDGE_MODULE
    if not module.exists():  # installed from a wheel: the module sits inside the package
        from importlib.resources import files

        module = Path(str(files("ctguide").joinpath(FAST_KNOWLEDGE_MODULE)))
    header = module.read_text(encoding="utf-8").splitlines()[1]
    assert header == f"# {SCHEMA_HASH_PREFIX}{_schema_hash()}", (
        "run `python -m ctguide.validation` after editing the schema"
    )


@pytest.mark.parametrize(
    "case",
    ["missing_field", "unknown_frequency", "wrong_type", "percent_without_denominator", "unknown_code"],
)
def test_fast_and_complete_validators_agree(case):
    (path,) = (KNOWLEDGE / "broken" / case / "areas").glob("*.yaml")
    data = load_yaml(path.read_text())
    assert knowledge_file_is_valid(data, "area") == (schema_problems(data, "knowledge", "area") == [])


def test_every_shipped_file_passes_both_validators():
    root = builtin_knowledge_dir()
    files = [(p, "area") for p in sorted((root / "areas").glob("*.yaml"))]
    files += [(root / "pillars.yaml", "pillars")]
    files += [(root / "catalogues" / f"{name}.yaml", spec[0]) for name, spec in CATALOGUES.items()]
    for path, kind in files:
        data = load_yaml(path.read_text(encoding="utf-8"))
        assert knowledge_file_is_valid(data, kind), path
        assert schema_problems(data, "knowledge", kind) == [], path


MISPLACED = """extends: shelter
indicators:
  - id: SHL-91
    result: {result}
    statement: Number of shelter places in [region] in the calendar year
    placeholders: {{"[region]": "the north"}}
    level: {level}
    type: quantitative
    unit: number
    direction: increase
    attributable: {attributable}
    disaggregation: []
    means_of_verification: [ADM]
    data_collection: National statistics.
    frequency: annual
    pitfalls: []
    rationale: Context.
    limitations: None known.
"""


@pytest.mark.parametrize(
    ("result", "level", "attributable", "fragment"),
    [("SHL-OP1", "output", "false", "belongs to the objective SHL-OBJ"),
     ("SHL-OBJ", "output", "true", "at impact or outcome level"),
     ("SHL-OC1", "impact", "true", "differs from the level of SHL-OC1"),
     ("SHL-OB", "impact", "false", "does not have the expected form")],
)  # fmt: skip
def test_an_indicator_sits_under_a_result_of_its_level_or_under_the_objective(
    tmp_path, result, level, attributable, fragment
):
    (tmp_path / "areas").mkdir()
    text = MISPLACED.format(result=result, level=level, attributable=attributable)
    (tmp_path / "areas" / "extra.yaml").write_text(text)
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(tmp_path)
    assert any(fragment in p.problem.message for p in caught.value.problems), caught.value.problems


def test_an_overlay_may_add_a_context_indicator_to_an_objective(tmp_path):
    (tmp_path / "areas").mkdir()
    text = MISPLACED.format(result="SHL-OBJ", level="impact", attributable="false")
    (tmp_path / "areas" / "extra.yaml").write_text(text)
    kb = load_knowledge(tmp_path)
    assert kb.indicator_by_id["SHL-91"] in kb.area_by_id["shelter"].objective_indicators
    assert kb.indicator_by_id["SHL-91"].is_context


FIELD_TOPICS = {
    "official complicity": r"complicity", "demand reduction": r"stop buying", "public procurement": r"public contracts",
    "assistance not conditional on cooperation": r"unwillingness to cooperate", "recovery and reflection period": r"reflection period",
    "screening in asylum": r"asylum applicants", "screening in immigration detention": r"immigration detention",
    "forced criminality": r"scam operations", "child and forced marriage": r"child or forced marriage",
}  # fmt: skip


@pytest.mark.parametrize("topic", FIELD_TOPICS)
def test_the_topics_the_field_expects_have_outcome_indicators(kb, topic):
    found = [i for i in kb.indicators if re.search(FIELD_TOPICS[topic], i.statement, re.I)]
    assert any(i.level == "outcome" and i.attributable for i in found), topic


def test_a_starter_plan_for_any_single_area_covers_its_goal_and_objective(kb):
    for area in kb.areas:
        plan = starter_plan(kb, [area.id], period=(dt.date(2027, 1, 1), dt.date(2029, 12, 31)))
        assert [i.level for i in plan.indicators if i.result == plan.goal.id] == ["impact"], area.id
        assert any(i.result == area.objective_id for i in plan.indicators), area.id
        assert [f.message for f in review_plan(plan) if f.criterion == "coverage"] == [], area.id


def test_a_starter_plan_targets_quality_and_coverage_and_never_an_inc_count(kb):
    """Issue 10, starter plans: per result the best fit that is not target-prone (INC) or ambiguous (AMB) where
    the result has one, a share, rate or score before a milestone before a count; an INC count, where nothing
    else fits, is monitor only with no slot for a target."""
    for area in kb.areas:
        plan = starter_plan(kb, [area.id], period=(dt.date(2027, 1, 1), dt.date(2029, 12, 31)))
        for indicator in plan.indicators:
            source = kb.indicator_by_id[indicator.kb_id]
            if "INC" in source.pitfalls:
                assert indicator.direction == "monitor" and indicator.targets == (), indicator.kb_id
        picked = {i.result: kb.indicator_by_id[i.kb_id] for i in plan.indicators if i.result != plan.goal.id}
        for result_id, source in picked.items():
            offered = area.indicators_for(result_id)
            clean = [i for i in offered if not {"INC", "AMB"} & set(i.pitfalls)]
            if clean:
                assert not {"INC", "AMB"} & set(source.pitfalls), (result_id, source.id)
            if any(i.unit in QUALITY_UNITS for i in clean):
                assert source.unit in QUALITY_UNITS, (result_id, source.id)
