import dataclasses
import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ctguide.drafting import draft_chain, draft_indicator
from ctguide.knowledge import load_knowledge
from ctguide.plan import AreaChain, Baseline, Disaggregation, Indicator, Plan, Profile, Statement, Target
from ctguide.smart import INDICATOR_RULES, Finding, has_errors, review_indicator, review_plan, verdict
from tests.conftest import EXAMPLE_PLAN

PERIOD = (dt.date(2027, 1, 1), dt.date(2028, 12, 31))
PROFILE = Profile("Test", "Org", ("Moldova",), *PERIOD)
CHAIN = AreaChain(
    area="shelter",
    pillar="protection",
    objective=Statement("SHL-OBJ", "Survivors are safe"),
    outcomes=(Statement("SHL-OC1", "Residents feel safe"),),
    outputs=(Statement("SHL-OP1", "Places are available"),),
)
PEOPLE = (
    Disaggregation("SEX", ("female", "male")),
    Disaggregation("AGE", ("0-17", "18+")),
)
CLEAN = Indicator(
    id="X-01",
    statement="% of trained labour inspectors in Chisinau who correctly classify forced-labour case scenarios 6 months after training",
    pillar="protection",
    area="shelter",
    result="SHL-OC1",
    level="outcome",
    type="quantitative",
    unit="percent",
    numerator="Inspectors scoring 80% or more on the scenario test",
    denominator="All inspectors who completed the course in the period",
    direction="increase",
    baseline=Baseline("known", 30, dt.date(2026, 10, 1), "Pre-test of the first cohort"),
    targets=(Target(dt.date(2028, 12, 31), 60),),
    means_of_verification="Scenario test records",
    collection_method="Scenario test 6 months after the course, scored by the training coordinator",
    frequency="semiannual",
    responsible="Training coordinator",
    definitions=(("trained", "completed the full five-day course and the post-test"),),
    disaggregation=PEOPLE,
)


def findings_for(**changes):
    indicator = dataclasses.replace(CLEAN, **changes)
    plan = Plan(PROFILE, (CHAIN,), (indicator,))
    return review_indicator(plan, 0)


def rule_ids(**changes):
    return {f.rule for f in findings_for(**changes)}


def test_a_missing_breakdown_is_named_in_words_not_only_in_codes():
    statement = "% of victims admitted in Chisinau who received a medical check within 3 days"
    (finding,) = [f for f in findings_for(statement=statement, disaggregation=()) if f.rule == "D1"]
    assert "by sex (SEX), age (AGE), form of exploitation (EXP) and nationality (NAT)." in finding.message
    assert "EXP, NAT" not in finding.message


def test_the_clean_indicator_raises_nothing():
    assert findings_for() == []


VICTIM_NOTES = ("Consent for M&E separate from services; no names; cells under 5 suppressed.",)
VICTIM_CODES = (
    *PEOPLE,
    Disaggregation("EXP", ("sexual", "labour")),
    Disaggregation("NAT", ("national", "foreign")),
)

CASES = [
    # (name, changes, expected rule ids that must appear)
    (
        "compound and",
        {"statement": "Number of victims identified and assisted in Chisinau in the quarter"},
        {"S1"},
    ),
    (
        "and the number of",
        {"statement": "% of inspectors who applied the tool and the number of cases referred"},
        {"S1"},
    ),
    ("no unit of analysis", {"statement": "% improvement in Chisinau by the end of the year"}, {"S2"}),
    (
        "vague word",
        {"statement": "% of inspectors in Chisinau with strengthened capacity on forced labour"},
        {"S3"},
    ),
    ("quantitative with a text unit", {"unit": "text", "numerator": None, "denominator": None}, {"M1"}),
    (
        "no unit word",
        {
            "statement": "Inspectors in Chisinau who classify scenarios correctly",
            "unit": "number",
            "numerator": None,
            "denominator": None,
        },
        {"M1"},
    ),
    ("percentage with a number unit", {"unit": "number", "numerator": None, "denominator": None}, {"M2"}),
    ("vague denominator", {"denominator": "all"}, {"M2"}),
    (
        "undefined key term",
        {
            "definitions": (),
            "statement": "% of victims assisted in Chisinau within 7 days of referral",
            "disaggregation": VICTIM_CODES,
            "ethics_notes": VICTIM_NOTES,
        },
        {"M3"},
    ),
    ("no collection method", {"collection_method": None}, {"M4"}),
    ("data source still to be named", {"means_of_verification": "(to be set)"}, {"M4"}),
    ("nobody responsible", {"responsible": "tbd"}, {"M4"}),
    (
        "baseline after the first target",
        {
            "baseline": Baseline("to_be_set", planned_date=dt.date(2028, 12, 31)),
            "targets": (Target(dt.date(2027, 6, 30), 40),),
        },
        {"M5"},
    ),
    ("target against direction", {"targets": (Target(dt.date(2028, 12, 31), 20),)}, {"A3"}),
    ("doubling within a year", {"targets": (Target(dt.date(2027, 12, 31), 70),)}, {"A1"}),
    ("100 percent behaviour target", {"targets": (Target(dt.date(2028, 12, 31), 100),)}, {"A1"}),
    (
        "count target on victims identified",
        {
            "statement": "Number of victims identified by inspectors in Chisinau in the year",
            "unit": "number",
            "numerator": None,
            "denominator": None,
            "level": "output",
            "result": "SHL-OP1",
            "baseline": Baseline("known", 10, dt.date(2026, 10, 1), "Police data"),
            "targets": (Target(dt.date(2028, 12, 31), 50),),
            "disaggregation": VICTIM_CODES,
            "direction_note": "A rise may mean better detection",
            "definitions": (("identified", "formally"), ("victims", "formal")),
        },
        {"H1"},
    ),
    (
        "prevalence at outcome level",
        {"statement": "% of households in Chisinau affected by trafficking (prevalence)"},
        {"A2"},
    ),
    (
        "output verb at outcome level",
        {
            "statement": "Number of inspectors trained in Chisinau in the year",
            "unit": "number",
            "numerator": None,
            "denominator": None,
        },
        {"R1"},
    ),
    (
        "ambiguous count without a note",
        {
            "statement": "Number of hotline calls received from Chisinau in the quarter",
            "unit": "number",
            "numerator": None,
            "denominator": None,
        },
        {"R3"},
    ),
    ("targets still to be set", {"targets": (Target(dt.date(2028, 12, 31), status="to_be_set"),)}, {"T1"}),
    (
        "convictions in a short project",
        {"statement": "% of prosecuted cases in Chisinau that ended in convictions"},
        {"T2"},
    ),
    ("12-month follow-up in a 12-month project", {"frequency": "followup_12m"}, set()),
    (
        "placeholder left",
        {"statement": "% of trained labour inspectors in [province] who correctly classify scenarios"},
        {"P1"},
    ),
    (
        "a starter's stand-in left",
        {
            "statement": "% of trained labour inspectors in the project region who correctly classify scenarios",
            "stand_ins": ("the project region",),
        },
        {"P1"},
    ),
    ("a starter's stand-in replaced", {"stand_ins": ("the project region",)}, set()),
    ("people without sex and age", {"disaggregation": ()}, {"D1"}),
    (
        "victims without exploitation and nationality",
        {
            "statement": "% of victims admitted in Chisinau who received a medical check within 3 days",
            "definitions": (("victims", "formally identified"),),
            "ethics_notes": VICTIM_NOTES,
        },
        {"D1"},
    ),
    (
        "victim data without ethics notes",
        {
            "statement": "% of survivors in Chisinau who report feeling safe at exit",
            "disaggregation": VICTIM_CODES,
            "definitions": (("safe", "own rating"),),
        },
        {"E1"},
    ),
    (
        "asking victims directly",
        {"collection_method": "Exit interviews with residents by an independent interviewer"},
        {"E1"},
    ),
]


@pytest.mark.parametrize(("name", "changes", "expected"), CASES, ids=[c[0] for c in CASES])
def test_rules_fire_where_they_should(name, changes, expected):
    found = rule_ids(**changes)
    assert expected <= found, found


CLEAN_VARIANTS = [
    (
        "a milestone",
        {
            "statement": "Stage reached by the national shelter standards in Moldova",
            "type": "milestone",
            "unit": "stage",
            "stages": ("drafted", "adopted", "applied"),
            "numerator": None,
            "denominator": None,
            "direction": "reach",
            "level": "output",
            "result": "SHL-OP1",
            "disaggregation": (),
            "baseline": Baseline("known", "drafted", dt.date(2026, 10, 1), "Ministry letter"),
            "targets": (Target(dt.date(2028, 12, 31), "applied"),),
        },
    ),
    (
        "a count at output level",
        {
            "statement": "Number of inspectors trained in Chisinau in the year",
            "unit": "number",
            "numerator": None,
            "denominator": None,
            "level": "output",
            "result": "SHL-OP1",
            "baseline": Baseline("known", 0, dt.date(2026, 10, 1), "Training records"),
            "targets": (Target(dt.date(2028, 12, 31), 40),),
        },
    ),
    (
        "a decrease done right",
        {
            "direction": "decrease",
            "statement": "Median number of days from referral to first service for adults referred in Chisinau in the year",
            "unit": "median",
            "numerator": None,
            "denominator": None,
            "baseline": Baseline("known", 12, dt.date(2026, 10, 1), "Referral tracker"),
            "targets": (Target(dt.date(2028, 12, 31), 7),),
            "definitions": (("referred", "accepted referral"),),
        },
    ),
    (
        "spanish wording",
        {
            "statement": "% de inspectores capacitados en Chisinau que clasifican correctamente los casos de trabajo forzoso",
            "definitions": (("capacitados", "curso completo"),),
        },
    ),
    (
        "a monitoring count without a target",
        {
            "statement": "Number of victims identified by inspectors in Chisinau in the year",
            "unit": "number",
            "numerator": None,
            "denominator": None,
            "level": "output",
            "result": "SHL-OP1",
            "pitfalls": ("INC", "AMB"),
            "direction_note": "A rise may mean better detection",
            "definitions": (("identified", "formally"), ("victims", "formal")),
            "disaggregation": VICTIM_CODES,
            "ethics_notes": ("Consent; no names; cells under 5 suppressed.",),
            "targets": (Target(dt.date(2028, 12, 31), status="to_be_set"),),
        },
    ),
    (
        "a monitor-only count without targets",
        {
            "statement": "Number of victims accommodated in the shelter in Chisinau in the year",
            "unit": "number",
            "numerator": None,
            "denominator": None,
            "level": "output",
            "result": "SHL-OP1",
            "direction": "monitor",
            "direction_note": "A rise can mean more need or more referrals",
            "definitions": (("victims", "referred as presumed or identified victims"),),
            "disaggregation": VICTIM_CODES,
            "ethics_notes": ("Consent; no names; cells under 5 suppressed.",),
            "targets": (),
        },
    ),
    (
        "victim data with safeguards",
        {
            "statement": "% of survivors in Chisinau who report feeling safe at exit",
            "definitions": (("safe", "own rating on a 4-point scale"),),
            "disaggregation": VICTIM_CODES,
            "ethics_notes": VICTIM_NOTES,
        },
    ),
]


@pytest.mark.parametrize(("name", "changes"), CLEAN_VARIANTS, ids=[c[0] for c in CLEAN_VARIANTS])
def test_good_indicators_raise_nothing(name, changes):
    assert findings_for(**changes) == []


def test_every_finding_carries_a_message_a_fix_and_a_path():
    for finding in findings_for(statement="Number of victims identified and assisted", unit="number",
                                numerator=None, denominator=None, disaggregation=(), collection_method=None):  # fmt: skip
        assert finding.message and finding.fix and finding.path.startswith("$.indicators[0]")
        assert finding.severity in ("error", "warning", "info")


def test_every_rule_is_explained_in_the_knowledge_base():
    catalogue = load_knowledge().catalogue["smart_rules"]
    for rule in INDICATOR_RULES:
        assert rule.id in catalogue, rule.id
    for rule_id in ("C1", "C2", "C3", "C4", "Q1", "Q2"):
        assert rule_id in catalogue


def test_plan_level_coverage_and_balance():
    empty_output = dataclasses.replace(
        CHAIN, outputs=(*CHAIN.outputs, Statement("SHL-OP2", "Staff are trained"))
    )
    plan = Plan(PROFILE, (empty_output,), (CLEAN,))
    rules = {(f.rule, f.severity, f.path) for f in review_plan(plan)}
    assert ("C1", "error", "$.results_chain[0].outputs[0]") in rules
    assert ("C1", "error", "$.results_chain[0].outputs[1]") in rules
    many = tuple(dataclasses.replace(CLEAN, id=f"X-0{n}") for n in range(1, 6))
    plan = Plan(
        PROFILE, (CHAIN,), (*many, dataclasses.replace(CLEAN, id="Y", result="SHL-OP1", level="output"))
    )
    assert ("C2", "info") in {(f.rule, f.severity) for f in review_plan(plan)}
    outputs_only = dataclasses.replace(CLEAN, result="SHL-OP1", level="output", statement="Number of inspectors trained in Chisinau",
                                       unit="number", numerator=None, denominator=None)  # fmt: skip
    plan = Plan(PROFILE, (dataclasses.replace(CHAIN, outcomes=()),), (outputs_only,))
    assert "C3" in {f.rule for f in review_plan(plan)}


def test_review_orders_errors_first():
    plan = Plan(
        PROFILE,
        (CHAIN,),
        (dataclasses.replace(CLEAN, targets=(Target(dt.date(2028, 12, 31), 20),), disaggregation=()),),
    )
    severities = [f.severity for f in review_plan(plan)]
    assert severities == sorted(severities, key=["error", "warning", "info"].index)


def test_the_example_plan_has_no_errors():
    from ctguide.plan import load_plan

    assert not has_errors(review_plan(load_plan(EXAMPLE_PLAN)))


@pytest.fixture(scope="module")
def kb():
    return load_knowledge()


def test_every_shipped_indicator_once_filled_passes_without_errors(kb):
    errors = []
    for area in kb.areas:
        chain = draft_chain(area)
        for source in area.indicators:
            indicator = draft_indicator(kb, source, pillar=area.pillar, period=PERIOD, fill=True)
            plan = Plan(PROFILE, (chain,), (indicator,))
            errors += [
                (source.id, f.rule, f.message) for f in review_indicator(plan, 0) if f.severity == "error"
            ]
    assert errors == []


def _finding(rule, severity, indicator="X-01"):
    return Finding(rule, "criterion", severity, f"message {rule}", "fix", indicator)


VERDICTS = [
    ([], True, "Passed: no open findings."),
    ([_finding("T1", "info")], True, "1 target value still to be set"),
    ([_finding("Q1", "info", None)], True, "1 suggestion to consider"),
    ([_finding("S3", "warning")], True, "1 point to improve"),
    ([_finding("H1", "warning")], False, "1 target that could push staff to harm people"),
    ([_finding("E2", "error"), _finding("E1", "warning")], False, "1 ethics or privacy risk"),
    (
        [_finding("R4", "warning"), _finding("R4", "warning", "X-02")],
        False,
        "2 indicators that do not measure",
    ),
    ([_finding("M1", "error")], False, "1 problem that must be fixed"),
]


@pytest.mark.parametrize(("findings", "ok", "words"), VERDICTS)
def test_verdict_never_says_passed_while_harm_ethics_fit_or_errors_stand(findings, ok, words):
    outcome = verdict(findings)
    assert outcome.ok is ok
    assert words in outcome.summary
    assert outcome.summary.startswith("Passed") is (ok and not outcome.open_items)
    if ok and outcome.open_items:
        assert outcome.summary.startswith("No error, harm, ethics or fit problem left; still open:")
    if not ok:
        assert outcome.open_items[0].kind in ("error", "harm", "ethics", "fit")
        assert outcome.open_items[0].text.startswith("X-0")


COUNT = {"unit": "number", "numerator": None, "denominator": None, "level": "output", "result": "SHL-OP1"}
UNDER5 = "Children under 5 in the surveyed households"
INCOME = "Monthly income of the same surveyed workers"
MILESTONE = {**COUNT, "unit": "yes_no", "type": "milestone", "definitions": ()}
ACCOMMODATED = {
    **COUNT,
    "statement": "Number of victims accommodated in the shelter in Chisinau in the year",
    "definitions": (("victims", "referred as presumed or identified victims"),),
    "disaggregation": VICTIM_CODES,
    "ethics_notes": VICTIM_NOTES,
    "direction_note": "A rise can mean more need or more referrals",
    "baseline": Baseline("known", 10, dt.date(2026, 10, 1), "Shelter register"),
}
# (rule, name, the flawed indicator, its good twin): the rule flags the first and leaves the second alone.
TWINS = [
    ("T3", "no follow-up window",
     {"statement": "% of trained labour inspectors in Chisinau who correctly classify forced-labour case scenarios",
      "denominator": "Inspectors who completed the course"},
     {"statement": "% of trained labour inspectors in Chisinau who correctly classify forced-labour case scenarios at endline",
      "denominator": "Inspectors who completed the course"}),
    ("T3", "'by the project' names who, not when",
     {**COUNT, "statement": "Number of shelter staff in Chisinau trained by the project"},
     {**COUNT, "statement": "Number of shelter staff in Chisinau trained by the project over the life of the project"}),
    ("T3", "donor period shorthands are periods",
     {**COUNT, "statement": "Number of shelter staff in Chisinau trained on trauma-informed care"},
     {**COUNT, "statement": "Number of shelter staff in Chisinau trained on trauma-informed care (LOP)"}),
    ("T3", "a fiscal year or a project year is a period",
     {**COUNT, "statement": "Number of shelter staff in Chisinau trained on safety planning"},
     {**COUNT, "statement": "Number of shelter staff in Chisinau trained on safety planning in FY2028 (Year 2)"}),
    ("T3", "a follow-up window in Spanish, Portuguese or French is a window",
     {"statement": "% de sobrevivientes con ingresos estables", "denominator": "Sobrevivientes que egresaron del programa"},
     {"statement": "% de sobrevivientes con ingresos estables 12 meses después del egreso",
      "denominator": "Sobrevivientes que egresaron del programa"}),
    ("T3", "Portuguese: a number of years of age is not a window",
     {"statement": "% de crianças com 12 anos de idade matriculadas na escola", "denominator": "Crianças de 12 anos na comunidade"},
     {"statement": "% de crianças com 12 anos de idade matriculadas na escola 6 meses depois da saída do abrigo",
      "denominator": "Crianças de 12 anos na comunidade"}),
    ("T3", "Portuguese: 'no ano de referência' is the reporting year",
     {**COUNT, "statement": "Número de agentes consulares capacitados para identificação de vítimas no exterior"},
     {**COUNT, "statement": "Número de agentes consulares capacitados para identificação de vítimas no exterior, no ano de referência"}),
    ("T3", "French: a window after exit",
     {"statement": "% de survivantes ayant un revenu stable", "denominator": "Survivantes sorties du foyer"},
     {"statement": "% de survivantes ayant un revenu stable 6 mois après la sortie du foyer",
      "denominator": "Survivantes sorties du foyer"}),
    ("T4", "a target without a date",
     {"targets": (Target(None, 60),)}, {"targets": (Target(dt.date(2028, 12, 31), 60),)}),
    ("T3", "a milestone worded as something done needs its date; a stage is dated by its target",
     {**MILESTONE, "statement": "Inter-ministerial council on trafficking established to coordinate prevention"},
     {**MILESTONE, "statement": "Inter-ministerial council on trafficking established to coordinate prevention by June 2028"}),
    ("T3", "a stage or existence read at each report is dated by its targets",
     {**MILESTONE, "statement": "Formal cooperation mechanisms in place for coordinated prevention efforts"},
     {**MILESTONE, "statement": "Existence of formal cooperation mechanisms for coordinated prevention efforts"}),
    ("T3", "an age and a monthly income are not periods",
     {"statement": "% of children under 5 years of age in Chisinau whose births are registered", "denominator": UNDER5},
     {"statement": "% of children under 5 years of age in Chisinau whose births are registered, at endline", "denominator": UNDER5}),
    ("T3", "a monthly income is not a reporting month",
     {"statement": "Recruitment cost borne by surveyed workers in Chisinau as a proportion of their monthly income", "denominator": INCOME},
     {"statement": "Recruitment cost borne by surveyed workers in Chisinau as a proportion of their monthly income, in the annual survey",
      "denominator": INCOME}),
    ("M2", "denominator left as a placeholder", {"denominator": "[eligible population]"}, {}),
    ("W1", "denominator marked still to be written", {"denominator": "(to be set)"}, {}),
    ("W1", "numerator marked still to be written", {"numerator": "(to be set)"}, {}),
    ("W1", "baseline value without its date", {"baseline": Baseline(status="known", value=60, source="survey")}, {}),
    ("M2", "denominator 'all'", {"denominator": "all"}, {}),
    ("M2", "denominator 'tbd'", {"denominator": "tbd"}, {}),
    ("M2", "no denominator", {"denominator": None}, {}),
    ("M2", "a denominator deferred in a sentence",
     {"denominator": "To be determined at baseline"}, {"denominator": "Inspectors trained by the project who were reached at endline"}),
    ("M2", "a denominator that points elsewhere", {"denominator": "Same as numerator"}, {}),
    ("R1", "a Portuguese line describing the project's work, at outcome level",
     {**COUNT, "level": "outcome", "result": "SHL-OC1", "statement": "Fortalecer serviços e programas socioassistenciais para vítimas"},
     {**COUNT, "statement": "Fortalecer serviços e programas socioassistenciais para vítimas"}),
    ("R1", "a heading naming the activity, at outcome level",
     {**COUNT, "level": "outcome", "result": "SHL-OC1", "statement": "Domestic law enforcement training in Chisinau in 2028"},
     {**COUNT, "level": "output", "result": "SHL-OP2", "statement": "Domestic law enforcement training in Chisinau in 2028"}),
    ("R1", "a count of calls a hotline took in, at outcome level",
     {**COUNT, "level": "outcome", "result": "SHL-OC1", "statement": "Llamados recibidos en la línea de Chisinau en 2028"},
     {**COUNT, "level": "outcome", "result": "SHL-OC1", "statement": "Number of calls about trafficking in Chisinau referred to the police in 2028"}),
    ("R1", "a Spanish heading naming the activity first, at outcome level",
     {**COUNT, "level": "outcome", "result": "SHL-OC1", "statement": "Capacitación de fiscales en Chisinau en 2028"},
     {**COUNT, "level": "outcome", "result": "SHL-OC1", "statement": "Fiscales capacitados que aplican el protocolo en Chisinau en 2028"}),
    ("R1", "a French noun of doing ('La création d'un …'), at outcome level",
     {**COUNT, "level": "outcome", "result": "SHL-OC1", "statement": "La création d'un observatoire national sur la traite"},
     {**COUNT, "statement": "La création d'un observatoire national sur la traite"}),
    ("R1", "an aim where the outcome's indicator belongs; its measure is no aim",
     {**COUNT, "level": "outcome", "result": "SHL-OC1", "statement": "Improve the quality of shelter services in Chisinau"},
     {**COUNT, "level": "outcome", "result": "SHL-OC1", "unit": "percent", "denominator": "Residents who left the shelter in the year",
      "statement": "% of residents in Chisinau who rated the shelter's services good or very good at exit in 2028"}),
    ("R1", "'trained on' at outcome level",
     {**COUNT, "level": "outcome", "result": "SHL-OC1", "statement": "Number of first responders trained on victim identification in Chisinau in the year"},
     {**COUNT, "statement": "Number of first responders trained on victim identification in Chisinau in the year"}),
    ("R1", "a change in practice at output level",
     {"level": "output", "result": "SHL-OP1",
      "statement": "% of trained labour inspectors in Chisinau who applied the forced-labour checklist within 6 months of training"},
     {"statement": "% of trained labour inspectors in Chisinau who applied the forced-labour checklist within 6 months of training"}),
    ("R1", "an output at impact level",
     {**COUNT, "level": "impact", "statement": "Number of cooperation agreements signed with neighbouring countries by 2028"},
     {**COUNT, "statement": "Number of cooperation agreements signed with neighbouring countries by 2028"}),
    ("R1", "training received, at outcome level",
     {**COUNT, "level": "outcome", "result": "SHL-OC1", "statement": "Number of shelter staff in Chisinau who received training on safety planning in 2028"},
     {**COUNT, "statement": "Number of shelter staff in Chisinau who received training on safety planning in 2028"}),
    ("R1", "participants in an activity, at outcome level",
     {**COUNT, "level": "outcome", "result": "SHL-OC1", "statement": "Number of participants in community dialogues in Chisinau in 2028"},
     {"level": "outcome", "statement": "% of participants in community dialogues in Chisinau who report using a safe migration channel 6 months after the session"}),
    ("R1", "an activity attended is an output, an appointment attended is uptake",
     {"level": "outcome", "statement": "% of shelter staff in Chisinau who attended the training on safety planning in 2028"},
     {"level": "outcome", "statement": "% of survivors in Chisinau referred for counselling who attended a first appointment within 30 days in 2028"}),
    ("R1", "reported practice at output level",
     {"level": "output", "result": "SHL-OP1", "statement": "% of participants in Chisinau who report using safe migration channels 6 months after the session"},
     {"level": "outcome", "statement": "% of participants in Chisinau who report using safe migration channels 6 months after the session"}),
    ("S2", "a yes/no on the existence of a named thing says what is observed, with or without 'The'",
     {**COUNT, "statement": "The existence of a specialized software for the case database, by December 2027"},
     {**MILESTONE, "statement": "The existence of a specialized software for the case database, by December 2027"}),
    ("S2", "a Spanish line worded as work to do says nothing counted; its measure does",
     {**COUNT, "statement": "Promover la reforma del marco normativo en materia de trata de personas"},
     {**COUNT, "statement": "Número de reformas del marco normativo en materia de trata de personas aprobadas en 2028"}),
    ("S2", "nothing counted after '% of'",
     {"statement": "% of knowledge gained by the end of the course in Chisinau"},
     {"statement": "% of course participants in Chisinau who pass the knowledge test at the end of the course"}),
    ("S2", "a percentage change",
     {"statement": "% increase in reporting in Chisinau by 2028"},
     {"statement": "% of surveyed residents of Chisinau who reported a concern to the hotline in 2028"}),
    ("S2", "a singular activity after 'Number of', whatever the plural noun later",
     {**COUNT, "statement": "Number of training for officials in Chisinau in the year"},
     {**COUNT, "statement": "Number of USG-funded prevention and protection programmes in Chisinau in the year"}),
    ("S2", "'No.' and 'Total number' lead like 'Number'",
     {**COUNT, "statement": "No. of awareness in Chisinau in the year"},
     {**COUNT, "statement": "Total number of anti-trafficking coordination bodies in Chisinau in the year"}),
    ("S2", "Spanish and French counts of a singular activity",
     {**COUNT, "statement": "Número de capacitación en Chisinau en 2028"},
     {**COUNT, "statement": "Nombre de cas de traite référés à Chisinau en 2028"}),
    ("S2", "a level of something without whose",
     {**COUNT, "unit": "score", "level": "outcome", "statement": "Level of duplicated efforts in prevention in Chisinau in 2028"},
     {**COUNT, "unit": "score", "level": "outcome", "statement": "Level of trust among survivors in Chisinau in the shelter staff at exit in 2028"}),
    ("S2", "a change stated as the indicator",
     {**COUNT, "unit": "yes_no", "type": "milestone", "statement": "Recruitment fees eliminated in the Chisinau corridor by 2028"},
     {**COUNT, "unit": "yes_no", "type": "milestone", "statement": "Regulation banning recruitment fees adopted in Moldova by 2028"}),
    ("R3", "victims identified without a direction note",
     {**ACCOMMODATED, "statement": "Number of presumed victims identified by labour inspectors in Chisinau in the year", "direction_note": None},
     {**ACCOMMODATED, "statement": "Number of presumed victims identified by labour inspectors in Chisinau in the year"}),
    ("R3", "indictments are not ambiguous the way detections are",
     {**COUNT, "statement": "Number of suspects arrested by the police in Chisinau in the year"},
     {**COUNT, "statement": "Number of IDPs screened for trafficking risks at collective centres in the year"}),
    ("A1", "a count target at the scale of a national programme",
     {**COUNT, "statement": "Número de llamadas recibidas en la línea de Chisinau en 2028",
      "targets": (Target(dt.date(2028, 12, 31), 1_000_000),)},
     {**COUNT, "statement": "Número de llamadas recibidas en la línea de Chisinau en 2028",
      "targets": (Target(dt.date(2028, 12, 31), 1_200),)}),
    ("A1", "a media audience is no count of people the project works with",
     {**COUNT, "statement": "Number of workers in Chisinau who received a labour-rights briefing in 2028",
      "targets": (Target(dt.date(2028, 12, 31), 50_000),)},
     {**COUNT, "statement": "Number of listeners reached through the radio campaign in Chisinau in 2028",
      "targets": (Target(dt.date(2028, 12, 31), 50_000),)}),
    ("A1", "a time cut to one day",
     {**COUNT, "unit": "duration", "direction": "decrease", "statement": "Median days from registration to the file reaching the prosecutor in Chisinau in 2028",
      "targets": (Target(dt.date(2028, 12, 31), 1),)},
     {**COUNT, "unit": "duration", "direction": "decrease", "statement": "Median days from registration to the file reaching the prosecutor in Chisinau in 2028",
      "targets": (Target(dt.date(2028, 12, 31), 20),)}),
    ("R3", "a share of victims by a trait they have, in Spanish",
     {**COUNT, "unit": "percent", "statement": "Porcentaje de víctimas de explotación laboral en Chisinau en 2028"},
     {**COUNT, "unit": "percent", "statement": "Porcentaje de víctimas atendidas en un plazo de 7 días en Chisinau en 2028"}),
    ("R3", "a share of victims by a trait they have, in French",
     {**COUNT, "unit": "percent", "statement": "Pourcentage de victimes de nationalité étrangère identifiées en 2028"},
     {**COUNT, "unit": "percent", "statement": "Pourcentage de victimes orientées vers un foyer à Chisinau en 2028"}),
    ("R3", "a share of those referred by who they are",
     {**COUNT, "unit": "percent", "statement": "% of victims referred to the shelter in Chisinau who are female, in 2028"},
     {**COUNT, "unit": "percent", "statement": "% of victims referred to the shelter in Chisinau who were paid their back wages, in 2028"}),
    ("R3", "a share of victims by the class they were put in",
     {**COUNT, "unit": "percent", "statement": "% of potential victims in Chisinau indicated as children in 2028"},
     {**COUNT, "unit": "percent", "statement": "% of potential victims in Chisinau not re-trafficked within 12 months, in 2028"}),
    ("R3", "days spent in shelter: a longer stay is neither good nor bad in itself",
     {**COUNT, "statement": "Total days in shelter for residents in Chisinau in 2028"},
     {**COUNT, "statement": "Total places in shelters for residents in Chisinau in 2028"}),
    ("R3", "calls a hotline receives rise with need as much as with trust",
     {**COUNT, "statement": "Llamados recibidos en la línea de Chisinau en 2028"},
     {**COUNT, "statement": "Llamados recibidos en la línea de Chisinau en 2028", "direction_note": "Read a rise with the campaign calendar."}),
    ("R3", "a share of cases by what they were",
     {**COUNT, "unit": "percent", "statement": "% of trafficking cases in Chisinau that were child trafficking, in 2028"},
     {**COUNT, "unit": "percent", "statement": "% of trafficking cases in Chisinau that were closed within 12 months, in 2028"}),
    ("R3", "people counted by what they reported",
     {**COUNT, "statement": "Number of workers in Chisinau who filed grievances in 2028"},
     {**COUNT, "statement": "Number of workers in Chisinau who received back wages in 2028"}),
    ("S1", "two stages of a process counted as one",
     {**COUNT, "statement": "Number of trafficking investigations and prosecutions in Chisinau in 2028"},
     {**COUNT, "statement": "Number of police officers and prosecutors in Chisinau trained on the trafficking law in 2028"}),
    ("S1", "a count and its share of one group ('# and % of') is one measure; two groups are two",
     {"statement": "% of trained inspectors in Chisinau who applied the checklist and % of inspected sites with a follow-up visit in 2028"},
     {"statement": "# and % of trained inspectors in Chisinau who applied the checklist within 6 months of the course"}),
    ("S2", "'Number and percentage of' leads like 'Number of'",
     {**COUNT, "statement": "Number and percentage of awareness in Chisinau in the year"},
     {**COUNT, "statement": "Number and percentage of police officers in Chisinau who passed the post-test in 2028"}),
    ("S1", "identified and assisted",
     {**ACCOMMODATED, "statement": "Number of victims identified and assisted in the shelter in Chisinau in the year"},
     {**ACCOMMODATED, "statement": "Number of women and girls accommodated in the shelter in Chisinau in the year"}),
    ("S1", "two things about one object",
     {"statement": "% of surveyed children in Chisinau who report better access to and use of public services in 2028"},
     {"statement": "% of surveyed children in Chisinau who report better access to public services in 2028"}),
    ("S1", "two pieces of knowledge joined by 'and/or how to'",
     {**COUNT, "statement": "Number of migrants in Chisinau trained to know their rights, and/or how to access services in 2028"},
     {**COUNT, "statement": "Number of migrants in Chisinau trained to know where and how to access services in 2028"}),
    ("S1", "two stages of work named as one",
     {**MILESTONE, "statement": "Joint planning and implementation of prevention activities in place in Chisinau by 2028"},
     {**MILESTONE, "statement": "Joint prevention plan of the Chisinau municipality adopted by 2028"}),
    ("S1", "two results in one line",
     {**MILESTONE, "statement": "Gaps in policies identified and a strategy to overcome them developed by 2028"},
     {**MILESTONE, "statement": "Gaps in policies and legislation identified by the national appraisal by 2028"}),
    ("S1", "two things done to each person, in Spanish",
     {**COUNT, "statement": "Número de mujeres detectadas y atendidas en Chisinau en 2028"},
     {**COUNT, "statement": "Número de mujeres y niñas atendidas en Chisinau en 2028"}),
    ("S1", "two actions in one Portuguese objective",
     {**MILESTONE, "statement": "Mapear e consolidar os canais de denúncia em Chisinau até 2028"},
     {**MILESTONE, "statement": "Consolidar os canais de denúncia em Chisinau até 2028"}),
    ("S1", "two units counted as one, unless the numerator and denominator say how",
     {**COUNT, "unit": "percent", "statement": "% of registered children pending reunification and families in Chisinau whose well-being is monitored monthly, in 2028"},
     {**COUNT, "unit": "percent", "statement": "% of registered children pending reunification and families in Chisinau whose well-being is monitored monthly, in 2028",
      "numerator": "Children whose and whose family's well-being was checked monthly", "denominator": "Registered children pending reunification"}),
    ("S1", "a heading naming two kinds of work",
     {**COUNT, "statement": "Training and outreach in Chisinau in 2028"},
     {**COUNT, "statement": "Calls and messages from workers in Chisinau in 2028"}),
    ("S1", "two thresholds of one measure",
     {"statement": "% of women aged 20-24 in Chisinau who were married before age 15 and before age 18, at endline"},
     {"statement": "% of women aged 20-24 in Chisinau who were married before age 18, at endline"}),
    ("S1", "alternatives that name one legal act are one measure; two different acts are two",
     {**COUNT, "statement": "Number of anti-trafficking laws drafted or adopted in Moldova in the reporting year"},
     {**COUNT, "statement": "Number of anti-trafficking laws passed, enacted, or amended in Moldova in the reporting year"}),
    ("S1", "participles before 'which' still join two measures",
     {**COUNT, "statement": "Number of initiatives established or supported which enhance services for migrants in 2028"},
     {**COUNT, "statement": "Number of initiatives supported which enhance services for migrants in 2028"}),
    ("S1", "a goal that asks for several changes",
     {**MILESTONE, "level": "impact", "statement": "By 2030, reduce illicit financial flows, strengthen asset recovery and combat organized crime"},
     {**MILESTONE, "level": "impact", "statement": "Eliminate all harmful practices, such as child, early and forced marriage"}),
    ("S2", "a goal written where an indicator belongs",
     {**MILESTONE, "level": "impact", "statement": "Facilitate orderly, safe and regular migration of people in Moldova by 2030"},
     {**MILESTONE, "level": "impact", "statement": "Existence of a national policy that facilitates orderly, safe and regular migration by 2030"}),
    ("A4", "a goal to end or eliminate",
     {**MILESTONE, "level": "impact", "statement": "End abuse and exploitation of children in Moldova by 2030"},
     {**MILESTONE, "level": "impact", "statement": "Existence of a national child-protection strategy in Moldova by 2030"}),
    ("A4", "all forms of a harm",
     {"statement": "% of surveyed communities in Chisinau free of all forms of violence against children at endline"},
     {"statement": "% of surveyed communities in Chisinau with a working child-protection committee at endline"}),
    ("R3", "returns rise with need as much as with support",
     {**COUNT, "statement": "Number of voluntary returns from Chisinau supported in 2028"},
     {**COUNT, "statement": "Number of returnees in Chisinau who received a reintegration grant in 2028"}),
    ("R3", "a count of victims that says nothing about what happened to them",
     {**COUNT, "statement": "Number of victims of trafficking per 100,000 residents of Chisinau in 2028"},
     {**COUNT, "statement": "Number of victims of trafficking in Chisinau who received legal aid in 2028"}),
    ("R3", "identified victims who receive a service are counted for the service",
     {**COUNT, "statement": "Number of identified victims in Chisinau in the quarter"},
     {**COUNT, "statement": "# and % of identified victims in Chisinau who receive support services in the quarter"}),
    ("H1", "a target on a bare count of victims",
     {**COUNT, "statement": "Number of victims of trafficking in Chisinau in 2028"},
     {**COUNT, "statement": "Number of victims of trafficking in Chisinau in 2028", "direction": "monitor", "targets": ()}),
    ("H1", "a target on returning migrants",
     {**COUNT, "statement": "Number of returning migrants benefiting from post-arrival assistance in Chisinau in 2028"},
     {"statement": "% of returning migrants in Chisinau who rate the post-arrival assistance useful in 2028"}),
    ("R1", "a plan developed is an output; developed within two weeks is how promptly a service works",
     {**COUNT, "level": "outcome", "result": "SHL-OC1", "statement": "Number of care plans developed in Chisinau in 2028"},
     {"level": "outcome", "statement": "% of care plans in Chisinau developed within two weeks of case opening in 2028"}),
    ("R1", "a change claimed as the result of the training, at output level",
     {"level": "output", "result": "SHL-OP1",
      "statement": "% of trainees in Chisinau engaged in income-generating activities as a result of the training, 6 months after it"},
     {"level": "outcome",
      "statement": "% of trainees in Chisinau engaged in income-generating activities as a result of the training, 6 months after it"}),
    ("R1", "understanding and knowing where to go are outcomes",
     {"level": "output", "result": "SHL-OP1", "statement": "% of surveyed parents in Chisinau who know where to report child labour at endline"},
     {"level": "outcome", "statement": "% of surveyed parents in Chisinau who know where to report child labour at endline"}),
    ("R1", "capacitated or strengthened through capacity building is what the project delivered",
     {**COUNT, "level": "outcome", "result": "SHL-OC1", "statement": "Number of institutions in Chisinau strengthened through capacity building in 2028"},
     {**COUNT, "statement": "Number of institutions in Chisinau strengthened through capacity building in 2028"}),
    ("S2", "a level or number of something without whose",
     {**COUNT, "statement": "Level/number of duplicated efforts in Chisinau in 2028"},
     {**COUNT, "statement": "Level/number of coordination meetings attended by all member agencies in Chisinau in 2028"}),
    ("S2", "a count whose wording holds no measure",
     {**COUNT, "statement": "Allocation of funds towards anti-trafficking work in Chisinau in 2028"},
     {**COUNT, "statement": "Amount of funds allocated to anti-trafficking work in Chisinau in 2028"}),
    ("A2", "a national denominator makes a national figure",
     {"statement": "% of women in Chisinau subjected to violence in 2028", "denominator": "Women aged 15 and older in the country"},
     {"statement": "% of women in Chisinau subjected to violence in 2028", "denominator": "Women surveyed in the target districts in 2028"}),
    ("E2", "people's phone numbers, even when a hotline holds them",
     {"collection_method": "Call-back survey using the callers' phone numbers recorded by the hotline"},
     {"collection_method": "Call-back survey through the hotline's own phone numbers, with consent asked at the end of the call"}),
    ("E2", "names, addresses and photos in Spanish, French or Portuguese records",
     {"collection_method": "Ficha de cada víctima con nombre, domicilio y fotografía, enviada al donante"},
     {"collection_method": "Ficha de cada víctima con nombre, domicilio y fotografía, enviada al donante",
      "ethics_notes": ("El nombre, el domicilio y la fotografía quedan en el refugio; el donante solo recibe datos agregados.",)}),
    ("E2", "an identity number is identifying even when it is called a code",
     {"means_of_verification": "Case-level extract with each child's name and personal numeric code"},
     {"means_of_verification": "Case-level extract with a case code only, without names or identity numbers"}),
    ("H1", "a target on a bare count of victims in Spanish, French or Portuguese",
     {**COUNT, "statement": "Número de víctimas de trata en Chisinau en 2028"},
     {**COUNT, "statement": "Número de víctimas de trata en Chisinau que recibieron asistencia jurídica en 2028"}),
    ("H1", "a target on people detained, written as the participle alone",
     {**COUNT, "statement": "Detenidos por trata en Chisinau en 2028"},
     {**COUNT, "statement": "Detenidos por trata en Chisinau en 2028", "direction": "monitor", "targets": ()}),
    ("T3", "a year in a document's name dates the document, not the count",
     {**COUNT, "statement": "Number of officials in Chisinau trained on the 2014 ILO Protocol"},
     {**COUNT, "statement": "Number of officials in Chisinau trained on the 2014 ILO Protocol in 2028"}),
    ("T3", "a yearly cycle or 'this year' is a period in four languages",
     {"statement": "Percentual de ações do Plano monitoradas", "denominator": "Ações do Plano"},
     {"statement": "Percentual de ações do Plano monitoradas no ciclo anual de monitoramento", "denominator": "Ações do Plano"}),
    ("T3", "a Spanish 'ejercicio' is the fiscal year only as 'el ejercicio'",
     {**COUNT, "statement": "Inspecciones en lugares de ejercicio de la prostitución en Chisinau"},
     {**COUNT, "statement": "Inspecciones en lugares de ejercicio de la prostitución en Chisinau durante el ejercicio"}),
    ("S2", "a prevalence rate says whose it is through its denominator",
     {**COUNT, "unit": "rate", "statement": "Prevalence rate of forced labour in the Chisinau garment sector at endline"},
     {**COUNT, "unit": "rate", "statement": "Prevalence rate of forced labour in the Chisinau garment sector at endline",
      "denominator": "Workers in the survey sample of the garment sector"}),
    ("A4", "a promise of a free supply chain or a major reduction",
     {**MILESTONE, "statement": "Slavery-free supply chains in the Chisinau garment sector by 2028"},
     {**MILESTONE, "statement": "Supplier code of conduct of the Chisinau garment sector adopted by 2028"}),
    ("A4", "a major reduction promised",
     {"statement": "% of surveyed households in Chisinau reporting a major reduction in child labour at endline"},
     {"statement": "% of surveyed households in Chisinau with a child in hazardous work at endline"}),
    ("A4", "buyers stop sourcing, but 'would stop buying' is an intention",
     {**MILESTONE, "statement": "Buyers in Chisinau stop sourcing goods produced by forced labour by 2028"},
     {"statement": "% of surveyed buyers in Chisinau who say they would stop buying goods made with forced labour, at endline"}),
    ("A4", "'including all cases' says what is counted",
     {**COUNT, "statement": "Number of prosecutions in Chisinau that reached a verdict in 2028 in all cases of forced labour"},
     {**COUNT, "statement": "Number of prosecutions in Chisinau that reached a verdict in 2028 (including all cases of forced labour)"}),
    ("S2", "a goal that aims at a measure is an indicator with its direction written in",
     {**MILESTONE, "statement": "Increase the diversity of services available to victims in Chisinau by 2028"},
     {**COUNT, "statement": "Increase the number of victims in Chisinau who received legal aid in 2028"}),
    ("S2", "a result written where an indicator belongs",
     {**MILESTONE, "level": "outcome", "statement": "Improved coordination of victim support in Chisinau by 2028"},
     {**MILESTONE, "level": "outcome", "statement": "Existence of a coordination protocol for victim support in Chisinau by 2028"}),
    ("S2", "changes in something, with no measure of them",
     {**COUNT, "level": "outcome", "statement": "Changes in public policy on trafficking in Moldova in 2028"},
     {**COUNT, "level": "outcome", "statement": "Number of changes in public policy on trafficking adopted in Moldova in 2028"}),
    ("S2", "an impact milestone that restates the goal",
     {**MILESTONE, "level": "impact", "statement": "Criminal justice mechanisms function effectively to prevent trafficking by 2030"},
     {**MILESTONE, "level": "impact", "statement": "Existence of national statistics on trafficking in Moldova published by 2030"}),
    ("S1", "two results joined as two sentences",
     {**MILESTONE, "statement": "Coordination occurs at district level, and municipalities are held to account by 2028"},
     {**MILESTONE, "statement": "Coordination meetings held at district level and in the capital by 2028"}),
    ("S1", "two kinds of work counted as one",
     {**COUNT, "statement": "Number of capacity-building and awareness-raising activities in Chisinau in 2028"},
     {**COUNT, "statement": "Number of awareness-raising activities in Chisinau in 2028"}),
    ("S1", "a hoped-for change of two things",
     {**MILESTONE, "level": "outcome", "statement": "Improved victim support and recovery in Chisinau by 2028"},
     {**MILESTONE, "level": "outcome", "statement": "Existence of a victim support protocol in Chisinau by 2028"}),
    ("R3", "counts of problems found rise with the problem and with the looking",
     {**COUNT, "statement": "Number of incidents identified in supplier factories in Chisinau in 2028"},
     {**COUNT, "statement": "Number of supplier factories in Chisinau audited in 2028"}),
    ("R3", "people liberated or certified as victims",
     {**COUNT, "statement": "Number of people liberated from forced labour in Chisinau in 2028"},
     {**COUNT, "statement": "Number of people in Chisinau who completed a vocational course in 2028"}),
    ("R3", "children in care: more need, or better protection",
     {**COUNT, "unit": "rate", "statement": "Rate of children under 12 in Chisinau who live in foster care, at year end"},
     {**COUNT, "statement": "Number of children in Chisinau placed with a family within 30 days of entering care in 2028"}),
    ("R3", "people rescued, returned or accommodated: more harm found, or more looking",
     {**COUNT, "statement": "Number of victims of modern slavery in Chisinau safely repatriated in 2028"},
     {**COUNT, "statement": "Number of returnees in Chisinau followed up 6 months after return in 2028"}),
    ("R3", "a count of cases the project supported is what it delivered",
     {**COUNT, "statement": "Number of cases of violence reported to the police in Chisinau in 2028"},
     {**COUNT, "statement": "Number of cases of victims of domestic violence in Chisinau supported in 2028"}),
    ("R3", "people who file complaints, in any tense",
     {**COUNT, "statement": "Number of workers in Chisinau who file complaints of labour exploitation in 2028"},
     {**COUNT, "statement": "Number of workers in Chisinau who obtain a written contract in 2028"}),
    ("R3", "reports, calls and complaints in Spanish, French and Portuguese",
     {**COUNT, "statement": "Número de denuncias de trata recibidas en Chisinau en 2028"},
     {**COUNT, "statement": "Número de talleres realizados en Chisinau en 2028"}),
    ("R3", "calls received, in French",
     {**COUNT, "statement": "Nombre d'appels reçus par la ligne à Chisinau en 2028"},
     {**COUNT, "statement": "Nombre de sessions de formation à Chisinau en 2028"}),
    ("R3", "complaints, in Portuguese",
     {**COUNT, "statement": "Número de queixas de exploração laboral recebidas em Chisinau em 2028"},
     {**COUNT, "statement": "Número de oficinas realizadas em Chisinau em 2028"}),
    ("R3", "Spanish and Portuguese counts of people rescued",
     {**COUNT, "statement": "Número de víctimas rescatadas en Chisinau en 2028"},
     {**COUNT, "statement": "Número de vítimas que receberam apoio jurídico em Chisinau em 2028"}),
    ("H1", "a target on people liberated",
     {**COUNT, "statement": "Number of people liberated from forced labour in Chisinau in 2028"},
     {**COUNT, "statement": "Number of people liberated from forced labour in Chisinau in 2028", "direction": "monitor", "targets": ()}),
    ("H1", "a target on prosecutions counted, whatever clause follows; a share of them is their quality",
     {**COUNT, "statement": "Number of prosecutions in Chisinau that lead to convictions in 2028"},
     {"statement": "% of prosecutions in Chisinau that lead to convictions in 2028"}),
    ("H1", "people certified as victims, not agencies certified",
     {**COUNT, "statement": "Number of victims of trafficking certified in Chisinau in 2028"},
     {**COUNT, "statement": "Number of recruitment agencies certified in Chisinau in 2028"}),
    ("R1", "people who receive training or graduates of a course, at outcome level",
     {**COUNT, "level": "outcome", "result": "SHL-OC1", "statement": "Number of shelter staff in Chisinau who receive training in 2028"},
     {**COUNT, "statement": "Number of shelter staff in Chisinau who receive training in 2028"}),
    ("R1", "places inspected, at outcome level",
     {**COUNT, "level": "outcome", "result": "SHL-OC1", "statement": "Number of at-risk workplaces in Chisinau that have been examined in 2028"},
     {**COUNT, "statement": "Number of at-risk workplaces in Chisinau that have been examined in 2028"}),
    ("R1", "guidance disseminated to businesses, at outcome level",
     {**COUNT, "level": "outcome", "result": "SHL-OC1", "statement": "Number of businesses in Chisinau to which the guidelines are disseminated in 2028"},
     {**COUNT, "level": "outcome", "result": "SHL-OC1", "statement": "Number of businesses in Chisinau that apply the guidelines in their audits in 2028"}),
    ("R1", "activities counted, at outcome level",
     {**COUNT, "level": "outcome", "result": "SHL-OC1", "statement": "Number of awareness-raising activities in Chisinau in 2028"},
     {**COUNT, "statement": "Number of awareness-raising activities in Chisinau in 2028"}),
    ("R1", "'Increase the number of victims served' is read past its goal verb",
     {**COUNT, "level": "outcome", "result": "SHL-OC1", "statement": "Increase the number of victims in Chisinau served by the shelter in 2028"},
     {**COUNT, "statement": "Increase the number of victims in Chisinau served by the shelter in 2028"}),
    ("S2", "training cannot be counted; sessions or people can",
     {**COUNT, "statement": "Number of employee training provided in Chisinau in 2028"},
     {**COUNT, "statement": "Number of employees in Chisinau receiving training in 2028"}),
    ("R3", "people who say there is a risk: more awareness or more risk",
     {"statement": "% of surveyed communities in Chisinau indicating there is a risk of sexual violence at endline"},
     {"statement": "% of surveyed communities in Chisinau with a safety plan for women and girls at endline"}),
    ("A4", "eliminate",
     {"statement": "% of inspected workplaces in Chisinau where forced labour is eliminated by 2028"},
     {"statement": "% of inspected workplaces in Chisinau where no forced-labour indicator is found at the follow-up inspection in 2028"}),
    ("A4", "an end to child labour, whatever the word order",
     {**COUNT, "unit": "yes_no", "type": "milestone", "statement": "Child labour ended in the Chisinau garment sector by 2028"},
     {**COUNT, "unit": "yes_no", "type": "milestone", "statement": "Child labour monitoring system operating in the Chisinau garment sector by 2028"}),
    ("A4", "'no' a few words before the people, but not a zero-fee policy",
     {"statement": "% of assisted survivors in Chisinau with no trafficking victims re-trafficked within 12 months of exit"},
     {"statement": "% of recruitment agencies in Chisinau that apply a zero-fee policy at the follow-up audit in 2028",
      "denominator": "Recruitment agencies audited in 2028"}),
    ("A2", "national change from a project",
     {"statement": "% of adults in the country who know a trafficking hotline, increased nationwide by 2028", "denominator": "Adults surveyed nationally in 2028"},
     {"statement": "% of surveyed adults in the two target districts who know the trafficking hotline at endline", "denominator": "Adults surveyed in the two districts at endline"}),
    ("A2", "a rate among a whole population, not among the project's own people",
     {**COUNT, "unit": "rate", "level": "outcome", "statement": "Rate of children aged 0-17 years in Chisinau who are in out-of-home care in 2028",
      "denominator": "Children aged 0-17 years in Chisinau"},
     {**COUNT, "unit": "rate", "level": "outcome", "statement": "Rate of supported children in Chisinau who are in out-of-home care in 2028",
      "denominator": "Children supported by the project in Chisinau"}),
    ("A2", "'National' in a body's name is no national change",
     {"statement": "% of calls to the hotline in Chisinau that increase nationwide in 2028", "denominator": "Calls in 2028"},
     {"statement": "% of calls to the National Anti-Trafficking Hotline from Chisinau that are answered within 30 seconds, increased in 2028",
      "denominator": "Calls from Chisinau in 2028"}),
    ("A4", "a promise to all or to anyone",
     {**MILESTONE, "level": "outcome", "statement": "All reports of trafficking in Chisinau will be recorded as a crime by 2028"},
     {**MILESTONE, "level": "outcome", "statement": "Police in Chisinau record reports of trafficking as a crime under the 2027 instruction by 2028"}),
    ("R1", "a bare count of groups is what was set up; what they did is an outcome",
     {**COUNT, "level": "outcome", "result": "SHL-OC1", "statement": "Number of community protection groups in Chisinau in 2028"},
     {**COUNT, "level": "outcome", "result": "SHL-OC1",
      "statement": "Number of community protection groups in Chisinau that took at least one protective action in 2028"}),
    ("R1", "being aware is an outcome, not an output",
     {"level": "output", "result": "SHL-OP1", "statement": "% of surveyed workers in Chisinau who are aware of their rights at endline"},
     {"level": "outcome", "statement": "% of surveyed workers in Chisinau who are aware of their rights at endline"}),
    ("M3", "a key term the count depends on, not the topic of what is counted",
     {**COUNT, "definitions": (), "statement": "Number of workers in Chisinau placed in decent jobs in 2028"},
     {**COUNT, "definitions": (), "statement": "Number of radio campaigns in Chisinau that promote decent work in 2028"}),
    ("R1", "an outcome worded as the project's own work",
     {**MILESTONE, "level": "outcome", "result": "SHL-OC1", "statement": "Strengthening the victim-identification capabilities of labour inspectors in Chisinau by 2028"},
     {"level": "outcome", "statement": "% of trained labour inspectors in Chisinau who referred at least one presumed victim within 6 months of training"}),
    ("R1", "an imperative of doing at outcome level; one aimed at a measure is read past",
     {**MILESTONE, "level": "outcome", "result": "SHL-OC1", "statement": "Enhance the role of local committees in preventing trafficking in Chisinau by 2028"},
     {**COUNT, "level": "outcome", "result": "SHL-OC1", "statement": "Increase the number of local committees in Chisinau that took at least one protective action in 2028"}),
    ("A4", "a near-total share written in as the promise",
     {**MILESTONE, "level": "outcome", "statement": "95% of trafficking cases in Chisinau are resolved and prosecuted annually by 2028"},
     {"level": "outcome", "statement": "% of trafficking cases in Chisinau indicted in 2027 that reached a verdict within 24 months"}),
    ("S2", "cases recorded or assisted are counted; assistance given says nothing of what is counted",
     {**COUNT, "definitions": (("x", "y"),), "statement": "Legal assistance given in Chisinau in 2028"},
     {**COUNT, "definitions": (("x", "y"),), "statement": "Legal cases assisted in Chisinau in 2028"}),
    ("S2", "a plural head noun is what a bare noun phrase counts",
     {**COUNT, "definitions": (("x", "y"),), "statement": "Reporting to the police in Chisinau in 2028"},
     {**COUNT, "definitions": (("x", "y"),), "statement": "Trafficking cases reported to the police in Chisinau in 2028"}),
    ("R1", "a bare count of beneficiaries is the project's reach, an output",
     {**COUNT, "level": "outcome", "result": "SHL-OC1", "statement": "Number of child beneficiaries in 2028"},
     {**COUNT, "level": "outcome", "result": "SHL-OC1", "statement": "Number of child beneficiaries in Chisinau who returned to school in 2028"}),
    ("A4", "so that anyone knows",
     {"statement": "% of people in Chisinau who know where to report exploitation so that anyone who sees it reports it, at endline"},
     {"statement": "% of surveyed people in Chisinau who know where to report exploitation, at endline"}),
    ("E2", "names and phone numbers of trainees",
     {"means_of_verification": "Attendance sheets with names and phone numbers of participants"},
     {"means_of_verification": "Attendance sheets with names and phone numbers of participants",
      "ethics_notes": ("Names and phone numbers stay with the training unit; M&E receives coded records only.",)}),
    ("E2", "an ethics note that does not address the photos",
     {"collection_method": "Field officers take photos of each participant at the test", "ethics_notes": ("Consent is asked.",)},
     {"collection_method": "Field officers record each participant's score against a code"}),
    ("E2", "copies of passports",
     {"means_of_verification": "Registration forms with passport copies of each participant"},
     {"means_of_verification": "Registration forms with a participant code and the year of birth"}),
    ("E2", "GPS of homes", {"collection_method": "Follow-up visits recorded with GPS coordinates of each home"}, {}),
    ("H1", "people moved or held, not people doing well afterwards",
     {**COUNT, "statement": "Number of victims housed in the shelter in Chisinau in 2028"},
     {**COUNT, "statement": "Number of survivors in Chisinau housed in stable accommodation 6 months after exit in 2028"}),
    ("H1", "people held in a place are held, people housed for good are doing well",
     {**COUNT, "statement": "Number of migrants in Chisinau detained in secure facilities in 2028"},
     {**COUNT, "statement": "Number of survivors in Chisinau housed in permanent accommodation in 2028"}),
    ("H1", "people intercepted where they leave, not people housed after they left",
     {**COUNT, "statement": "Number of potential victims intercepted at departure points in Chisinau in 2028"},
     {**COUNT, "statement": "Number of survivors in Chisinau housed after exit in 2028"}),
    ("R3", "Spanish: people rescued after leaving are still rescued; people housed for good are not",
     {**COUNT, "targets": (), "statement": "Número de víctimas rescatadas en Chisinau después de la salida en 2028"},
     {**COUNT, "targets": (), "statement": "Número de sobrevivientes alojados en una vivienda estable en Chisinau en 2028"}),
    ("R3", "people freed by an agent, not people who recovered",
     {**COUNT, "statement": "Number of workers in Chisinau freed by labour inspectors in 2028"},
     {**COUNT, "statement": "Number of survivors in Chisinau who have recovered in 2028"}),
    ("H1", "a rate of convictions is a count of convictions held to a denominator",
     {"statement": "Conviction rates for trafficking in Chisinau in 2028", "definitions": ()},
     {"statement": "% of trafficking case files in Chisinau with evidence beyond victim testimony in 2028", "definitions": ()}),
    ("H1", "crimes or violence reported: a target pushes reporting",
     {**COUNT, "statement": "Number of cases of violence reported to the police in Chisinau in 2028"},
     {**COUNT, "statement": "Number of cases of violence reported to the police in Chisinau in 2028", "direction": "monitor", "targets": ()}),
    ("H1", "a permit granted to victims grows with every person identified",
     {**COUNT, "statement": "Número de permisos de residencia concedidos a víctimas de trata en Chisinau en 2028"},
     {**COUNT, "statement": "Número de permisos de trabajo concedidos a trabajadores migrantes en Chisinau en 2028"}),
    ("R3", "fewer people migrating is not less trafficking",
     {**COUNT, "direction": "decrease", "statement": "Number of migrant workers from Chisinau in 2028"},
     {**COUNT, "direction": "decrease", "statement": "Number of migrant workers from Chisinau who migrated irregularly in 2028"}),
    ("H1", "people removed, not things removed",
     {**COUNT, "statement": "Number of children removed from hazardous work in Chisinau in 2028"},
     {**COUNT, "statement": "Number of job ads removed from online platforms in Chisinau in 2028"}),
    ("H1", "people given shelter, however it is worded",
     {**COUNT, "statement": "Number of victims receiving shelter in Chisinau in 2028"},
     {**COUNT, "statement": "Number of victims receiving legal counselling in Chisinau in 2028"}),
    ("H1", "Spanish and French counts of people rescued or identified",
     {**COUNT, "statement": "Número de víctimas rescatadas en Chisinau en 2028"},
     {**COUNT, "statement": "Número de víctimas que recibieron asistencia legal en Chisinau en 2028"}),
    ("H1", "a share held to a standard measures quality, not volume",
     {"statement": "% of hotline contacts in Chisinau referred in 2028", "definitions": ()},
     {"statement": "% of hotline contacts in Chisinau referred according to the protocol in 2028", "definitions": ()}),
    ("H1", "a target on victims accommodated", {**ACCOMMODATED, "targets": (Target(dt.date(2028, 12, 31), 40),)},
     {**ACCOMMODATED, "direction": "monitor", "targets": ()}),
    ("H1", "a target on an INC count, whatever its wording",
     {**ACCOMMODATED, "statement": "Shelter bed-nights provided in Chisinau in the year", "pitfalls": ("INC",),
      "targets": (Target(dt.date(2028, 12, 31), 900),)},
     {**ACCOMMODATED, "statement": "Shelter bed-nights provided in Chisinau in the year", "pitfalls": ("INC",),
      "direction": "monitor", "targets": ()}),
    ("H1", "a target on the share of migrants returned",
     {"statement": "% of intercepted migrants in Chisinau returned to their country of origin in 2028",
      "definitions": (), "disaggregation": VICTIM_CODES, "ethics_notes": VICTIM_NOTES},
     {"statement": "% of identified victims in Chisinau who received a needs assessment within 7 days in 2028",
      "definitions": (("identified victims", "formally identified"),), "disaggregation": VICTIM_CODES, "ethics_notes": VICTIM_NOTES}),
]  # fmt: skip


@pytest.mark.parametrize(("rule", "name", "flawed", "good"), TWINS, ids=[f"{t[0]} {t[1]}" for t in TWINS])
def test_each_rule_flags_the_flaw_and_leaves_its_good_twin_alone(rule, name, flawed, good):
    assert rule in rule_ids(**flawed)
    assert rule not in rule_ids(**good)


@pytest.mark.parametrize(
    ("statement", "flagged"),
    [
        ("Number of children in Chisinau in residential care at the end of 2028", True),
        ("Number of minors in the district who are in foster care in 2028", True),
        (
            "Number of children in foster care in Chisinau who went back to live with their parents in 2028",
            False,
        ),
        ("Number of children in kinship care who had a review of their care plan within 3 months", False),
        ("Number of caseworkers who file reports of abuse with the police in 2028", True),
        ("Number of caseworkers who file quarterly progress reports with the district office in 2028", False),
        ("Number of trainees who submit weekly activity reports to the supervisor", False),
        ("Number of clients assisted with housing advice who were returned to their home town", False),
    ],
)
def test_direction_reads_what_is_counted_not_what_happened_to_it(statement, flagged):
    assert ("R3" in rule_ids(**COUNT, statement=statement, targets=())) is flagged


@pytest.mark.parametrize(
    "statement",
    [
        "Number of people liberated from forced labour in Chisinau in 2028",
        "Number of victims of modern slavery in Chisinau safely repatriated in 2028",
        "Number of presumed victims identified by labour inspectors in Chisinau in the year",
    ],
)
def test_a_targeted_count_of_people_acted_on_asks_for_monitor_only_once(statement):
    found = {f.rule: f for f in findings_for(**COUNT, statement=statement)}
    assert "monitor-only" in found["H1"].fix
    assert "monitor-only" not in found["R3"].fix and "target" not in found["R3"].message
    untargeted = {f.rule: f for f in findings_for(**COUNT, statement=statement, targets=())}
    assert "H1" not in untargeted and "R3" in untargeted


def test_the_harmful_target_fix_names_the_better_measure():
    [finding] = [f for f in findings_for(**TWINS[-3][2]) if f.rule == "H1"]
    assert finding.severity == "warning" and "monitor" in finding.fix
    assert "% of residents who leave to a safe, stable living arrangement" in finding.fix


@pytest.mark.parametrize(
    ("statement", "words"),
    [
        ("Number of victims of trafficking from Chisinau repatriated in 2028", "voluntary and informed"),
        ("Number of hotline calls received from Chisinau in 2028", "a quality measure"),
    ],
)
def test_the_direction_fix_names_the_measure_to_pair_the_count_with(statement, words):
    [finding] = [f for f in findings_for(**{**COUNT, "statement": statement}) if f.rule == "R3"]
    assert words in finding.fix and "found, reported or acted on" in finding.message


def test_a_monitor_only_indicator_has_no_target_finding():
    assert not {"T1", "T4", "H1"} & rule_ids(**TWINS[-3][3])


def test_the_shelter_script_case_gets_the_harm_warning_and_no_pass(kb):
    shelter = kb.area_by_id["shelter"]
    source = next(i for i in shelter.indicators if "INC" in i.pitfalls)
    indicator = draft_indicator(kb, source, pillar="protection", period=PERIOD, fill=True)
    indicator = dataclasses.replace(
        indicator, direction="increase", targets=(Target(dt.date(2028, 12, 31), 40),)
    )
    findings = review_plan(Plan(PROFILE, (draft_chain(shelter),), (indicator,)), kb)
    assert "H1" in {f.rule for f in findings if f.indicator == source.id}
    outcome = verdict(findings)
    assert not outcome.ok and "harm" in outcome.summary


def test_a_monitor_only_count_of_unclear_direction_gets_a_note_not_a_warning():
    """A count tracked, never aimed at, still reads better with a note on a rise and a fall; no aim is at stake."""
    statement = "Number of presumed victims identified by labour inspectors in Chisinau in the year"
    changes = {**ACCOMMODATED, "statement": statement, "direction_note": None}
    targeted = [f.severity for f in findings_for(**changes) if f.rule == "R3"]
    monitored = [
        f.severity for f in findings_for(**changes, direction="monitor", targets=()) if f.rule == "R3"
    ]
    assert (targeted, monitored) == (["warning"], ["info"])


def test_a_target_on_a_knowledge_inc_indicator_is_harmful_even_when_the_plan_lost_its_pitfalls(kb):
    shelter = kb.area_by_id["shelter"]
    source = next(i for i in shelter.indicators if "INC" in i.pitfalls)
    indicator = draft_indicator(kb, source, pillar="protection", period=PERIOD, fill=True)
    targeted = dataclasses.replace(indicator, direction="increase", pitfalls=(),
                                   statement="Victims accommodated in the shelters in the year", targets=(Target(dt.date(2028, 12, 31), 40),))  # fmt: skip
    plan = Plan(PROFILE, (draft_chain(shelter),), (targeted,))
    assert "H1" in {f.rule for f in review_plan(plan, kb)}
    monitored = dataclasses.replace(targeted, direction="monitor", targets=())
    assert "H1" not in {f.rule for f in review_plan(Plan(PROFILE, (draft_chain(shelter),), (monitored,)), kb)}


@pytest.mark.parametrize(
    ("statement", "unit", "harmful"),
    [
        ("Number of victims accommodated in the shelters of the network in 2028", "number", True),
        ("Count of people accommodated by the two partner shelters this year", "number", True),
        (
            "% of residents who move on from the shelter to a safe, stable home they chose, in 2028",
            "percent",
            False,
        ),
        (
            "Number of residents who move on from the shelter to a safe, stable home they chose, in 2028",
            "number",
            False,
        ),
    ],
)
def test_the_source_pitfall_counts_only_while_the_statement_counts_what_the_source_counts(
    kb, statement, unit, harmful
):
    source = next(i for i in kb.area_by_id["shelter"].indicators if "INC" in i.pitfalls)
    indicator = draft_indicator(kb, source, pillar="protection", period=PERIOD, fill=True)
    edited = dataclasses.replace(indicator, statement=statement, unit=unit, direction="increase",
                                 targets=(Target(dt.date(2028, 12, 31), 40),))  # fmt: skip
    findings = review_plan(Plan(PROFILE, (draft_chain(kb.area_by_id["shelter"]),), (edited,)), kb)
    assert ("H1" in {f.rule for f in findings}) is harmful


def test_an_indicator_that_does_not_measure_its_result_gets_a_fit_warning(kb):
    area = kb.area_by_id["ethical_recruitment"]
    rescue = dataclasses.replace(CLEAN, statement="Number of victims rescued by police in 2028", unit="number",
                                 numerator=None, denominator=None, area=area.id, result="ERC-OC1", pillar=area.pillar)  # fmt: skip
    plan = Plan(PROFILE, (draft_chain(area),), (rescue,))
    [fit] = [f for f in review_plan(plan, kb) if f.rule == "R4"]
    assert "ERC-OC1" in fit.message and fit.severity == "warning" and "investigation capacity" in fit.message
    assert "ERC-0" in fit.fix  # the result's own knowledge indicators are the fix
    assert "R4" not in {f.rule for f in review_plan(plan)}  # without knowledge there is no reference


def test_word_overlap_short_of_strong_evidence_is_only_a_check(kb):
    """Online platforms are the online area's word, the reporting protocol this result's too: whether the count
    measures child-friendly facilities is for the user to judge, so the review asks, naming the result's own
    knowledge indicators."""
    area = kb.area_by_id["child_protection"]
    platforms = dataclasses.replace(CLEAN, statement="Number of online platforms that signed the reporting protocol by 2028",
                                    unit="number", numerator=None, denominator=None, area=area.id, result="CHP-OP2",
                                    pillar=area.pillar)  # fmt: skip
    [fit] = [f for f in review_plan(Plan(PROFILE, (draft_chain(area),), (platforms,)), kb) if f.rule == "R4"]
    assert fit.severity == "info" and fit.message.startswith("Check") and "CHP-0" in fit.fix


@pytest.mark.parametrize(
    ("area", "result", "statement", "asked"),
    [
        ("ethical_recruitment", "ERC-OC1", "Number of victims rescued by police in the corridor in 2028", "practice ('comply')"),
        ("shelter", "SHL-OBJ", "Number of victims rescued in Chisinau in 2028", "access"),
        ("shelter", "SHL-OBJ", "Número de víctimas rescatadas en Chisinau en 2028", "access"),
        ("prosecution_judiciary", "PRJ-OC2", "Number of convictions secured in 2028", "timeliness ('timely')"),
        ("awareness_raising", "AWR-OC1", "Número de personas liberadas de las redes de trata en 2028", "knowledge ('recognises')"),
        ("prosecution_judiciary", "PRJ-OC2", "Casos investigados de trata en Chisinau en 2028", "timeliness ('timely')"),
    ],
)  # fmt: skip
def test_a_count_of_acts_under_a_result_about_a_quality_is_a_construct_mismatch(
    kb, area, result, statement, asked
):
    """ux23 #5: a police count of rescues does not measure access to safe accommodation; a conviction count does
    not measure timely proceedings. The warning names the result, what it asks about, and its own measures."""
    [fit] = [f for f in _fit_findings(kb, area, result, statement) if f.severity == "warning"]
    code = kb.area_by_id[area].code
    assert result in fit.message and f"asks about {asked}," in fit.message and f"{code}-" in fit.fix
    assert "monitor-only" in fit.fix


@pytest.mark.parametrize(
    ("area", "result", "statement", "flagged"),
    [
        ("victim_identification", "VID-OC2", "Proportion of children among victims identified in 2028", True),
        ("hotline_helpline", "HOT-OC1", "Porcentaje de denuncias por explotación sexual en 2028", True),
        ("research_data", "RSD-OC1", "Proportion of children among victims identified in 2028", False),
        ("research_data", "RSD-OC1", "Porcentaje de víctimas de explotación laboral en 2028", False),
        ("victim_identification", "VID-OC2", "% of victims identified in 2028 who were referred within 48 hours", False),
    ],
)  # fmt: skip
def test_a_breakdown_fits_only_a_result_about_data(kb, area, result, statement, flagged):
    """Who the victims are (children among them, the form of exploitation) is a profile for statistics; under a
    result about identification or a hotline it shows no change."""
    found = [
        f for f in _fit_findings(kb, area, result, statement, unit="percent") if "breakdown" in f.message
    ]
    assert bool(found) is flagged
    assert all(result in f.message and "disaggregation" in f.fix for f in found)


@pytest.mark.parametrize(
    ("area", "result", "statement"),
    [
        ("shelter", "SHL-OBJ", "Number of victims accommodated in the shelters in 2028"),
        ("victim_identification", "VID-OC1", "Number of presumed victims identified by frontline agencies in 2028"),
        ("return_reintegration", "RRI-OC1", "Number of survivors repatriated in 2028"),
        ("prosecution_judiciary", "PRJ-OC1", "Number of public officials prosecuted for complicity in 2028"),
        ("investigation_capacity", "INV-OC1", "Number of trafficking cases investigated in 2028"),
        ("prosecution_judiciary", "PRJ-OC2", "Median months from indictment to first-instance verdict in cases concluded in 2028"),
    ],
)  # fmt: skip
def test_a_count_the_result_itself_names_or_a_measure_of_its_quality_is_no_construct_mismatch(
    kb, area, result, statement
):
    """Accommodation is the access a shelter objective asks about; a result that names the act (identify, return,
    prosecute) is measured on topic by its count (the level rule judges what level it is)."""
    unit = "median" if statement.startswith("Median") else "number"
    assert not any(
        "count of acts" in f.message for f in _fit_findings(kb, area, result, statement, unit=unit)
    )


@pytest.mark.parametrize(
    ("area", "result", "statement", "twin"),
    [
        ("awareness_raising", "AWR-OC1", "% of shelter residents who leave to a safe and stable living arrangement in 2028", "SHL-"),
        ("shelter", "SHL-OC1", "% of recruitment agencies licensed by the labour ministry that charge no fees to workers", None),
    ],
)  # fmt: skip
def test_a_near_copy_of_another_areas_indicator_or_an_alien_statement_is_a_fit_warning(
    kb, area, result, statement, twin
):
    [fit] = _fit_findings(kb, area, result, statement, unit="percent", denominator="All of them in the year")
    assert fit.severity == "warning" and result in fit.message
    assert twin is None or twin in fit.message


@pytest.mark.parametrize(
    ("area", "result", "statement"),
    [
        ("business_supply_chains", "BSC-OC1", "Number of corrective action plans in the reporting year"),
        ("public_private_partnership", "PPP-OP1", "Development of Guidelines by March 2028"),
        ("awareness_raising", "AWR-OP2", "Number of people who participated in CSO-led training courses in the reporting year"),
    ],
)  # fmt: skip
def test_a_few_shared_words_with_another_areas_indicator_are_no_fit_warning(kb, area, result, statement):
    assert [f for f in _fit_findings(kb, area, result, statement) if f.severity != "info"] == []


def test_fit_is_judged_for_the_users_own_results_and_indicators_without_knowledge_ids(kb):
    own = AreaChain(area="ethical_recruitment", pillar="prevention",
                    objective=Statement("MY-OBJ", "Migrant workers are recruited fairly"),
                    outcomes=(Statement("MY-OC1", "Recruiters in the corridor stop charging workers fees"),))  # fmt: skip
    base = dataclasses.replace(CLEAN, unit="number", numerator=None, denominator=None, area="ethical_recruitment",
                               result="MY-OC1", pillar="prevention", kb_id=None)  # fmt: skip
    rescue = dataclasses.replace(
        base, statement="Number of victims rescued by police in the corridor in 2028"
    )
    fee = dataclasses.replace(
        base, statement="Number of participating recruiters that charged no recruitment fee in 2028"
    )
    assert "R4" in {f.rule for f in review_plan(Plan(PROFILE, (own,), (rescue,)), kb)}
    assert "R4" not in {f.rule for f in review_plan(Plan(PROFILE, (own,), (fee,)), kb)}


def test_an_indicator_that_measures_its_result_raises_no_fit_warning(kb):
    area = kb.area_by_id["ethical_recruitment"]
    fee = dataclasses.replace(CLEAN, area=area.id, result="ERC-OC1", pillar=area.pillar,
                              statement="% of surveyed migrant workers placed by participating recruiters who paid a recruitment fee in 2028")  # fmt: skip
    assert "R4" not in {f.rule for f in review_plan(Plan(PROFILE, (draft_chain(area),), (fee,)), kb)}


def test_every_knowledge_indicator_reviews_clean_but_for_targets_to_be_set(kb):
    """Our own content, placeholders filled with its own examples: nothing above info but 'target to be set'."""
    noise = []
    for area in kb.areas:
        chain = draft_chain(area)
        for source in area.indicators:
            indicator = draft_indicator(kb, source, pillar=area.pillar, period=PERIOD, fill=True)
            plan = Plan(PROFILE, (chain,), (indicator,))
            noise += [(source.id, f.rule, f.message) for f in review_indicator(plan, 0, kb)
                      if f.severity != "info" and f.rule != "T1"]  # fmt: skip
    assert noise == []


def test_a_target_on_a_knowledge_indicator_is_called_harmful_exactly_when_the_knowledge_says_inc(kb):
    """The review (H1) and the knowledge base agree: a target on any INC indicator is a warning, a target on any
    other measure (a share of returned survivors earning an income, returns preceded by a risk assessment) is not."""
    disagree = []
    for area in kb.areas:
        chain = draft_chain(area)
        for source in area.indicators:
            if source.unit not in ("number", "percent", "rate", "ratio"):
                continue
            drafted = draft_indicator(kb, source, pillar=area.pillar, period=PERIOD, fill=True)
            targeted = dataclasses.replace(
                drafted, direction="increase", targets=(Target(dt.date(2028, 12, 31), 50),)
            )
            warned = any(
                f.rule == "H1" for f in review_indicator(Plan(PROFILE, (chain,), (targeted,)), 0, kb)
            )
            if warned != ("INC" in source.pitfalls):
                disagree.append((source.id, warned))
    assert disagree == []


def test_glossary_terms_are_not_undefined(kb):
    trained = dataclasses.replace(CLEAN, definitions=())
    plan = Plan(PROFILE, (CHAIN,), (trained,))
    assert "M3" in {f.rule for f in review_indicator(plan, 0)}
    assert "M3" not in {f.rule for f in review_indicator(plan, 0, kb)}


WORDS = st.sampled_from(
    "Number % of victims trained identified and or who within 12 months names photos address GPS all zero "
    "eliminate national prevalence rescued returned raids in 2028 the reporting year inspectors cases calls".split()
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    statement=st.lists(WORDS, min_size=1, max_size=14).map(" ".join),
    unit=st.sampled_from(["number", "percent", "median", "stage", "text"]),
    level=st.sampled_from(["impact", "outcome", "output"]),
    direction=st.sampled_from(["increase", "decrease", "monitor"]),
    denominator=st.one_of(
        st.none(), st.sampled_from(["", "all", "tbd", "(to be set)", "Victims admitted in the year"])
    ),
)
def test_the_review_never_fails_and_its_verdict_matches_its_findings(
    kb, statement, unit, level, direction, denominator
):
    targets = () if direction == "monitor" else (Target(dt.date(2028, 12, 31), 40),)
    indicator = dataclasses.replace(CLEAN, statement=statement, unit=unit, level=level, direction=direction,
                                    denominator=denominator, targets=targets)  # fmt: skip
    findings = review_plan(Plan(PROFILE, (CHAIN,), (indicator,)), kb)
    assert all(f.severity in ("error", "warning", "info") and f.message and f.fix for f in findings)
    blocking = any(
        f.severity == "error" or (f.severity == "warning" and f.rule in ("H1", "E1", "E2", "R4"))
        for f in findings
    )
    outcome = verdict(findings)
    assert outcome.ok is not blocking
    assert outcome.summary.startswith("Passed") is (outcome.ok and not outcome.open_items)


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("Number of women accommodated", False),
        ("Number of women and men accommodated", True),
        ("% of boys in school", False),
    ],
)
def test_sex_breakdown_is_asked_only_when_both_sexes_are_counted(subject, expected):
    changes = {
        **COUNT,
        "statement": f"{subject} in Chisinau in the year",
        "disaggregation": (Disaggregation("AGE", ("0-17", "18+")),),
    }
    assert any("SEX" in f.message for f in findings_for(**changes) if f.rule == "D1") is expected


@pytest.mark.parametrize(
    ("statement", "flagged"),
    [
        (
            "% of border officials trained in 2027 who referred at least one presumed victim within 12 months of training",
            False,
        ),
        (
            "% of trafficking cases indicted in 2027 that reached a first-instance verdict within 24 months",
            False,
        ),
        (
            "Number of presumed victims referred to assistance by officers who completed the course in 2028",
            False,
        ),
        ("% of young people in Chisinau who were reached by the campaign in 2028", True),
        ("% of inspectors in Chisinau who completed the course in 2028", True),
    ],
)
def test_the_level_rule_reads_which_verb_a_statement_measures(statement, flagged):
    assert ("R1" in rule_ids(statement=statement, denominator="People in the cohort of the year")) is flagged


def test_a_sibling_at_another_level_holds_an_indicator_only_when_it_reads_at_that_level(kb):
    area = kb.area_by_id["hotline_helpline"]
    base = dataclasses.replace(CLEAN, unit="number", numerator=None, denominator=None, area=area.id,
                               result="HOT-OC1", pillar=area.pillar, direction_note="A rise may mean more trust")  # fmt: skip
    calls = dataclasses.replace(base, statement="Number of calls to the anti-trafficking hotline in 2028")
    trained = dataclasses.replace(
        base, statement="Number of hotline operators trained on the call protocol in 2028"
    )
    assert "R4" not in {f.rule for f in review_plan(Plan(PROFILE, (draft_chain(area),), (calls,)), kb)}
    assert "R4" in {f.rule for f in review_plan(Plan(PROFILE, (draft_chain(area),), (trained,)), kb)}


@pytest.mark.parametrize(
    ("statement", "codes", "severity"),
    [
        ("Number of victims referred for protection services in Chisinau in 2028", ("SEX", "AGE"), "info"),
        ("Number of victims referred for protection services in Chisinau in 2028", ("SEX",), "warning"),
        ("Number of victims referred for protection services in Chisinau in 2028", (), "warning"),
        (
            "Number of victims referred for protection services in Chisinau in 2028",
            ("SEX", "AGE", "EXP", "NAT"),
            None,
        ),
        ("Number of people trained in the prevention of trafficking in Chisinau in 2028", ("SEX",), None),
        ("Number of people trained in the prevention of trafficking in Chisinau in 2028", (), "warning"),
        ("Number of children trained on online safety in Chisinau in 2028", ("SEX",), "warning"),
    ],
)
def test_sex_and_age_are_the_minimum_further_breakdowns_are_suggestions(statement, codes, severity):
    """Donors require sex and age for people counts (sex alone for adults counted as trainees); a breakdown
    by form of exploitation or nationality is worth suggesting but missing it is no warning."""
    changes = {
        **COUNT,
        "statement": statement,
        "disaggregation": tuple(Disaggregation(c, ("as recorded",)) for c in codes),
    }
    found = [f.severity for f in findings_for(**changes) if f.rule == "D1"]
    assert found == ([severity] if severity else [])


def _fit_findings(kb, area_id, result, statement, **changes):
    area = kb.area_by_id[area_id]
    fields = {"unit": "number", "numerator": None, "denominator": None, **changes}
    indicator = dataclasses.replace(
        CLEAN, statement=statement, area=area.id, result=result, pillar=area.pillar, **fields
    )
    return [f for f in review_plan(Plan(PROFILE, (draft_chain(area),), (indicator,)), kb) if f.rule == "R4"]


def test_a_twin_of_another_areas_indicator_is_no_warning_where_the_results_own_wording_reads_as_that_area(kb):
    """A worker-voice channel's result reads as hotline work too: calls fielded may measure it there."""
    calls = "Calls and messages fielded from workers in the quarter"
    loud = [
        f.severity
        for f in _fit_findings(kb, "business_supply_chains", "BSC-OP2", calls)
        if f.severity != "info"
    ]
    assert loud == []
    assert [f.severity for f in _fit_findings(kb, "ethical_recruitment", "ERC-OC1", calls)] == ["warning"]


def test_an_indicator_that_reads_as_another_areas_work_names_the_result_and_its_own_measures(kb):
    teachers = "Number of school teachers trained to teach a lesson on trafficking risks in 2028"
    [fit] = _fit_findings(kb, "legal_assistance", "LEG-OP1", teachers)
    assert fit.severity == "warning" and "LEG-OP1" in fit.message and "education" in fit.message.lower()
    own = [i.id for i in kb.indicators if i.result == "LEG-OP1"]
    assert any(ident in fit.fix for ident in own)
    lawyers = "Number of victims represented by a qualified lawyer in criminal proceedings in 2028"
    assert _fit_findings(kb, "legal_assistance", "LEG-OP1", lawyers) == []


@pytest.mark.parametrize(
    ("statement", "changes", "warned"),
    [
        ("Number of detected victims of trafficking per 100,000 population in 2028", {}, True),
        ("Number of presumed victims referred by the supported frontline agencies in 2028", {}, False),
        (
            "% of women aged 18-29 who experienced sexual violence by age 18, in 2028",
            {"unit": "percent"},
            True,
        ),
        (
            "% of surveyed women in the target districts who experienced violence in 2028",
            {"unit": "percent"},
            False,
        ),
        (
            "Share of domestic workers suffering unpaid wages in the capital in 2028",
            {"unit": "percent"},
            True,
        ),
        ("Percentage of seasonal migrants experiencing debt bondage, in 2028", {"unit": "percent"}, True),
        (
            "Share of domestic workers in the project's cooperatives suffering unpaid wages in 2028",
            {"unit": "percent"},
            False,
        ),
        ("Rate of children in foster care per 1,000 children in the country in 2028", {"unit": "rate"}, True),
        (
            "Rate of children referred by the supported agencies who are in family care, in 2028",
            {"unit": "rate"},
            False,
        ),
    ],
)
def test_a_population_wide_figure_under_a_project_result_does_not_fit_it(kb, statement, changes, warned):
    found = _fit_findings(kb, "victim_identification", "VID-OC1", statement, **changes)
    assert any(f.severity == "warning" and "population-wide" in f.message for f in found) is warned


@pytest.mark.parametrize(
    ("area", "result", "statement"),
    [
        (
            "referral_mechanism",
            "REF-OC1",
            "Number of survivors who used the promoted social protection services in 2028",
        ),
        (
            "hotline_helpline",
            "HOT-OC2",
            "% of beneficiaries satisfied with the provided assistance at case closure in 2028",
        ),
        ("public_private_partnership", "PPP-OP1", "Development of Guidelines by March 2028"),
        (
            "education_schools",
            "EDU-OP1",
            "Number of TVET programs incorporating principles of BHR, NAP, and UNGPs by June 2028",
        ),
    ],
)
def test_weak_word_overlap_with_another_area_raises_no_fit_warning(kb, area, result, statement):
    """Words many areas share, a single rare word or a reporting period are no evidence of a misplaced indicator."""
    assert [f for f in _fit_findings(kb, area, result, statement) if f.severity != "info"] == []


def test_an_indicator_of_a_sibling_result_at_another_level_is_a_suggestion(kb):
    """The level rule already warns about an output verb under an outcome; fit only suggests the sibling."""
    [fit] = _fit_findings(kb, "hotline_helpline", "HOT-OC1", "Number of hotline operators trained on the call protocol in 2028",
                          direction_note="A rise may mean more trust")  # fmt: skip
    assert fit.severity == "info" and "HOT-OP" in fit.message


@pytest.mark.parametrize(
    ("statement", "changes", "flagged"),
    [
        ("Survivors who received legal aid in the reporting year", {}, False),
        ("Graduates of the shelter's vocational course in paid work 6 months after exit, in 2028", {}, False),
        ("Regular reports to the Committee on the Rights of the Child in 2028", {}, True),
        ("Allocation of funds towards the shelter in 2028", {}, True),
        ("Survivors reporting improved wellbeing at the 6-month follow-up in 2028", MILESTONE, False),
        ("Survivors' wellbeing improved by 2028", MILESTONE, True),
        ("Survivors' satisfaction with shelter services at exit in 2028", MILESTONE, False),
        ("Satisfaction with shelter services at exit in 2028", MILESTONE, True),
    ],
)
def test_a_statement_that_names_the_people_it_counts_says_what_is_counted(statement, changes, flagged):
    """ "Survivors who …" counts survivors (M1 asks for the unit word); things or a change say nothing of it."""
    fields = {**COUNT, **changes, "statement": statement, "definitions": (("x", "y"),)}
    assert ("S2" in rule_ids(**fields)) is flagged


def test_what_is_counted_is_one_finding_with_its_vague_word():
    found = findings_for(**COUNT, statement="Improved coordination of the response by the end of the project")
    [s2] = [f for f in found if f.rule == "S2"]
    assert "'improved'" in s2.message and "S3" not in {f.rule for f in found}


@pytest.mark.parametrize(
    ("statement", "severity"),
    [
        ("Number of trafficking survivors with strengthened livelihoods in 2028", "warning"),
        (
            "Number of trafficking survivors given start-up grants in 2028 to strengthen their livelihoods",
            "info",
        ),
    ],
)
def test_a_vague_word_that_only_states_the_purpose_is_a_note(statement, severity):
    assert [f.severity for f in findings_for(**COUNT, statement=statement) if f.rule == "S3"] == [severity]


@pytest.mark.parametrize(
    ("statement", "flagged"),
    [
        ("Number of students that completed the course in the reporting school year", False),
        ("Number of students that completed the course in the financial year", False),
        ("Number of students that completed the course", True),
    ],
)
def test_a_period_with_two_qualifiers_is_a_period(statement, flagged):
    assert ("T3" in rule_ids(**COUNT, statement=statement)) is flagged


@pytest.mark.parametrize(
    ("notes", "severity"),
    [
        (("Aggregates from coded client records; no names in M&E data",), "info"),
        (("Consent asked before each interview",), "warning"),
        (("Coded records; cells under 5 suppressed",), None),
    ],
)
def test_a_small_cell_rule_is_a_refinement_once_the_data_are_anonymous(notes, severity):
    changes = {**COUNT, "statement": "Number of victims assisted by the shelter in the reporting year",
               "disaggregation": VICTIM_CODES, "ethics_notes": notes}  # fmt: skip
    found = [f.severity for f in findings_for(**changes) if f.rule == "E1" and "disaggregation" in f.message]
    assert found == ([severity] if severity else [])


@pytest.mark.parametrize(
    ("statement", "flagged"),
    [
        ("Number of employees with improved skills, six months after the training", False),
        ("Number of employees using the screening tool six months after the training", True),
    ],
)
def test_a_learning_gain_measured_later_is_still_an_output(statement, flagged):
    assert ("R1" in rule_ids(**COUNT, statement=statement)) is flagged


@pytest.mark.parametrize(
    ("statement", "note", "flagged"),
    [
        ("Proportion of children among victims of trafficking identified in the reporting year", None, True),
        ("Proportion of children among victims of trafficking identified in the reporting year", "Describes who is identified", False),
        ("Proportion of identified child victims who were placed in family-based care within 30 days, in 2028", None, False),
    ],
)  # fmt: skip
def test_a_share_of_one_group_among_another_has_no_good_direction(statement, note, flagged):
    changes = {
        "statement": statement,
        "direction_note": note,
        "denominator": "Victims identified in the year",
    }
    assert ("R3" in rule_ids(**changes)) is flagged


@pytest.mark.parametrize(
    ("statement", "flagged"),
    [
        ("Number of people in forced labour in the reporting year", True),
        ("Number of migrants who died or disappeared on the route in the reporting year", True),
        ("Number of project participants in forced labour at the 12-month follow-up in 2028", False),
    ],
)
def test_a_count_of_people_in_forced_labour_is_a_prevalence_beyond_one_project(statement, flagged):
    changes = {**COUNT, "level": "outcome", "result": "SHL-OC1", "statement": statement}
    assert ("A2" in rule_ids(**changes)) is flagged


@pytest.mark.parametrize(
    ("statement", "level", "flagged"),
    [
        ("Number of labour audits done at supplier sites in 2028", "outcome", True),
        ("Number of labour audits done at supplier sites in 2028", "output", False),
    ],
)
def test_work_done_is_an_output(statement, level, flagged):
    assert ("R1" in rule_ids(**COUNT | {"level": level, "statement": statement})) is flagged


@pytest.mark.parametrize(
    ("statement", "quoted"),
    [
        ("Pourcentage de travailleurs capables de citer trois signes de la traite à la fin du projet", None),
        (
            "Nombre d'équipes mobiles d'identification opérationnelles dans les provinces à la fin du projet",
            None,
        ),
        (
            "Nombre de provinces où toutes les formes de traite sont connues des agents à la fin du projet",
            None,
        ),
        ("Nombre de nouveaux produits d'épargne utilisés par les survivantes à la fin du projet", None),
        ("Número de jóvenes que conocen las formas de trata a finales de 2028", None),
        ("Nombre de policiers formés à l'identification des victimes en 2028", "formés"),
        ("Nombre d'agents de police Formés en 2028", "Formés"),
        ("Nombre de supports produits et diffusés dans les écoles en 2028", "produits"),
        ("Nombre de personnes ayant été sensibilisées à Chisinau en 2028", "sensibilisées"),
        ("Número de talleres realizados en las escuelas de Chisinau en 2028", "realizados"),
        ("Número de funcionarios públicos capacitados por el proyecto en 2028", "capacitados"),
        ("Número de policiais de fronteira capacitados em Chisinau em 2028", "capacitados"),
        ("Número de materiais produzidos e distribuídos nas escolas em 2028", "produzidos"),
    ],
)
def test_a_participle_of_delivering_is_an_output_verb_only_after_the_noun_it_describes(statement, quoted):
    """'équipes' (teams), 'signes' (signs), 'formes' and 'produits' are also nouns: counted or the object of a verb,
    they describe no output. The finding quotes the participle as the user wrote it, accents and case kept."""
    messages = [f.message for f in findings_for(**COUNT | {"level": "outcome", "result": "SHL-OC1", "statement": statement}) if f.rule == "R1"]  # fmt: skip
    assert [m.split("'")[1] for m in messages] == ([quoted] if quoted else [])


@pytest.mark.parametrize(
    ("statement", "flagged"),
    [
        ("List of names and home addresses of survivors assisted in 2028", True),
        ("Number of survivors listed in the shelter register in 2028", False),
    ],
)
def test_a_document_is_not_what_is_counted(statement, flagged):
    assert ("S2" in rule_ids(**COUNT, statement=statement, definitions=(("x", "y"),))) is flagged


def test_a_target_on_an_ambiguous_count_is_named_in_the_direction_finding():
    targeted = findings_for(**COUNT, statement="Number of calls to the hotline in the reporting year")
    [r3] = [f for f in targeted if f.rule == "R3"]
    assert "target" in r3.message and "monitor-only" in r3.fix
    tracked = findings_for(
        **COUNT,
        statement="Number of calls to the hotline in the reporting year",
        direction="monitor",
        targets=(),
    )
    assert ["target" in f.message for f in tracked if f.rule == "R3"] == [False]


@pytest.mark.parametrize(
    ("statement", "flagged"),
    [
        (
            "% of children in care whose well-being is regularly monitored by a social worker in the quarter",
            False,
        ),
        ("% of children in care whose well-being improved in the quarter", True),
    ],
)
def test_a_vague_word_that_is_only_observed_is_not_what_is_judged(statement, flagged):
    assert (
        "S3" in rule_ids(statement=statement, denominator="Children in care at the end of the quarter")
    ) is flagged


@pytest.mark.parametrize(
    ("statement", "flagged"),
    [
        ("The State has ratified the Optional Protocol on the sale of children by December 2027", False),
        ("Legislation is in place stipulating the prohibition of child labour by December 2028", False),
        ("Is in place by December 2028", True),
    ],
)
def test_a_milestone_names_its_subject_before_its_verb(statement, flagged):
    assert ("S2" in rule_ids(**MILESTONE, statement=statement, direction="reach")) is flagged


@pytest.mark.parametrize(
    ("statement", "flagged"),
    [
        ("The proportion of children leaving care during the year who had 1 or 2 placements", False),
        ("Timely post-rape care: percent of survivors who access services within three days", False),
        ("Prevalence of children in brothels and bars of the target city, at baseline and end line", False),
        ("Timely post-rape care: survivors who access services within three days", True),
        ("The survivors who access services within three days", True),
    ],
)
def test_the_unit_may_follow_a_short_label_or_an_article(statement, flagged):
    found = findings_for(statement=statement, unit="percent", numerator=None, denominator=None)
    assert ("M1" in {f.rule for f in found}) is flagged


@pytest.mark.parametrize(
    ("statement", "harmful"),
    [
        ("Number of cases processed by the district court in 2028", False),
        ("Número de casos processados pelo tribunal distrital em 2028", False),
        ("Number of traffickers prosecuted by the district prosecutor in 2028", True),
        ("Número de traficantes processados pelo procurador distrital em 2028", True),
    ],
)
def test_cases_processed_and_people_prosecuted_read_the_same_in_english_and_portuguese(statement, harmful):
    assert ("H1" in rule_ids(**COUNT, statement=statement)) is harmful
    assert "R3" in rule_ids(**COUNT, statement=statement, targets=())


@pytest.mark.parametrize(
    ("statement", "codes", "severity"),
    [
        ("Number of adult victims provided with support in Chisinau in 2028", ("SEX",), "info"),
        ("Number of victims provided with support in Chisinau in 2028", ("SEX",), "warning"),
        ("Number of victims rescued (below 18 years) in Chisinau in 2028", ("SEX",), "info"),
        ("Proportion of children among victims identified in Chisinau in 2028", (), "info"),
        ("Proportion of victims identified in Chisinau in 2028 (by country of citizenship)", (), "info"),
        ("Proportion of victims identified in Chisinau in 2028", (), "warning"),
        ("Number of cases of victims of violence supported in Chisinau in 2028", (), "info"),
        ("Number of women and men supported in Chisinau in 2028", (), "warning"),
    ],
)
def test_a_breakdown_the_statement_already_holds_leaves_only_a_suggestion(statement, codes, severity):
    """Donors require sex and age for people; an age group written in ("adult victims"), a statement that is itself
    a breakdown, or a count of cases rather than people makes a missing code a suggestion (info)."""
    changes = {**COUNT, "statement": statement,
               "disaggregation": tuple(Disaggregation(c, ("as recorded",)) for c in codes)}  # fmt: skip
    assert [f.severity for f in findings_for(**changes) if f.rule == "D1"][:1] == [severity]


@pytest.mark.parametrize(
    ("statement", "unit", "severity"),
    [
        ("Graduates of the vocational course in the reporting year", "number", "info"),
        ("Graduates of the vocational course in the reporting year", "percent", "warning"),
        ("Vocational course in the reporting year", "number", "warning"),
        ("Human trafficking cases reported in the reporting year", "number", "info"),
    ],
)
def test_a_count_that_names_the_people_it_counts_only_suggests_the_unit_word(statement, unit, severity):
    found = findings_for(**{**COUNT, "unit": unit}, statement=statement, definitions=(("x", "y"),))
    assert [f.severity for f in found if f.rule == "M1"] == [severity]


@pytest.mark.parametrize(
    ("note", "flagged"),
    [
        ("Context indicator, never targeted: a rise can mean more separation or better registration", False),
        ("Monitored, not targeted: a rise can mean more separation or better registration", True),
    ],
)
def test_a_monitor_only_figure_noted_as_context_is_not_claimed_for_the_project(note, flagged):
    changes = {**COUNT, "unit": "rate", "level": "outcome", "result": "SHL-OC1", "direction": "monitor",
               "targets": (), "direction_note": note, "denominator": "Child population of the country",
               "statement": "Number of children entering formal care in 2028 per 100,000 child population"}  # fmt: skip
    rules = rule_ids(**changes)
    assert ("R1" in rules, "A2" in rules) == (flagged, flagged)


@pytest.mark.parametrize(
    ("countries", "named"),
    [(("Nepal",), "in Nepal'"), (("(to be set)",), "in your country'"), ((), "in your country'")],
)
def test_the_missing_goal_fix_names_the_plans_own_country(countries, named):
    plan = Plan(dataclasses.replace(PROFILE, countries=countries), (CHAIN,), (CLEAN,))
    (fix,) = [f.fix for f in review_plan(plan) if f.rule == "C1" and "no project goal" in f.message]
    assert named in fix and "Moldova" not in fix


def test_a_milestone_at_national_level_is_not_a_population_figure(kb):
    area = kb.area_by_id["coordination_bodies"]
    chain = draft_chain(area, results=[kb.result_by_id["CRD-OP2"]])

    def fit(**changes):
        indicator = dataclasses.replace(
            CLEAN, area=area.id, result="CRD-OP2", pillar=area.pillar, kb_id=None, **changes
        )
        return [f for f in review_plan(Plan(PROFILE, (chain,), (indicator,)), kb) if f.rule == "R4"]

    rate = "Number of children entering care per 100,000 child population at national level in 2028"
    assert any("population-wide" in f.message for f in fit(statement=rate, unit="number"))
    staff = "Coordination secretariat staff in place at national level by March 2028"
    assert not any(
        "population-wide" in f.message for f in fit(statement=staff, unit="yes_no", type="milestone")
    )


@pytest.mark.parametrize(
    ("statement", "unit", "flagged"),
    [
        ("Length of prison sentences (in years) in trafficking cases decided in 2028", "mean", False),
        ("Length of prison sentences in trafficking cases decided in 2028", "mean", True),
        (
            "Officers' knowledge of referral procedures, measured with a standardized test in 2028",
            "score",
            False,
        ),
        ("Officers' knowledge of referral procedures in 2028", "score", True),
        ("Duración de las condenas (en años) en casos de trata resueltos en 2028", "mean", False),
        ("Conocimiento de los fiscales, medido con una prueba estandarizada en 2028", "score", False),
        ("Connaissances des inspecteurs, mesurées par un test standardisé en 2028", "score", False),
        ("Conhecimento dos procuradores, avaliado com um teste padronizado em 2028", "score", False),
        ("Conhecimento dos procuradores em 2028", "score", True),
    ],
)
def test_a_mean_or_score_that_says_how_it_is_measured_names_its_unit(statement, unit, flagged):
    found = findings_for(**{**COUNT, "unit": unit}, statement=statement, definitions=(("x", "y"),))
    assert ("M1" in {f.rule for f in found if f.severity != "info"}) is flagged


@pytest.mark.parametrize(
    ("statement", "denominator", "flagged"),
    [
        ("Percentage of women who ever experienced sexual violence, in 2028", None, True),
        ("% of assisted women who experienced violence again within 12 months of exit", None, False),
        ("Proportion of young people experiencing homelessness in 2028", None, True),
        (
            "Proportion of young people experiencing homelessness in 2028",
            "Young people enrolled in the project",
            False,
        ),
    ],
)
def test_a_share_of_a_whole_population_who_experienced_harm_is_beyond_a_project(
    statement, denominator, flagged
):
    changes = {**COUNT, "unit": "percent", "level": "outcome", "result": "SHL-OC1", "direction": "decrease",
               "statement": statement, "denominator": denominator}  # fmt: skip
    assert ("A2" in rule_ids(**changes)) is flagged


@pytest.mark.parametrize(
    ("direction", "value", "flagged"),
    [("decrease", 0, True), ("decrease", 5, False), ("increase", 0, False)],
)
def test_a_target_of_zero_promises_an_end_no_project_can_guarantee(direction, value, flagged):
    changes = {**COUNT, "level": "outcome", "result": "SHL-OC1", "direction": direction,
               "statement": "Number of police-reported incidents of trafficking in the target district in 2028",
               "baseline": Baseline("known", 40, dt.date(2026, 10, 1), "Police records"),
               "targets": (Target(dt.date(2028, 12, 31), value),)}  # fmt: skip
    messages = [f.message for f in findings_for(**changes) if f.rule == "A1"]
    assert any("zero" in m for m in messages) is flagged


@pytest.mark.parametrize(
    ("statement", "flagged"),
    [
        ("% of PEP recipients in Chisinau testing HIV-positive three months after PEP was prescribed", True),
        ("% of PEP recipients in Chisinau who received the first dose within 72 hours of the assault", False),
        ("Number of returnees in Chisinau followed up 6 months after return in 2028", False),
        ("Number of trafficking cases in Chisinau resulting in a conviction in 2028", True),
        ("Number of trafficking cases in Chisinau referred to the prosecutor in 2028", False),
        (
            "Law provides for separate definitions of sale of children and trafficking in children by 2028",
            True,
        ),
        ("Draft law on separate definitions of sale of children submitted to parliament by 2028", False),
        ("La ley tipifica la trata de niños como delito separado en 2028", True),
        ("Número de casos en Chisinau que resultaron en una condena en 2028", True),
        ("La loi prévoit des définitions distinctes de la vente d'enfants en 2028", True),
        ("Pourcentage de bénéficiaires en emploi six mois après la formation, en 2028", True),
        ("A lei proíbe o recrutamento com taxas cobradas aos trabalhadores em 2028", True),
        ("Número de processos em Chisinau que resultaram em condenação em 2028", True),
    ],
)
def test_a_change_in_people_or_institutions_at_output_level_is_an_outcome(statement, flagged):
    """What is observed months after the delivery, what a case led to, what a law in force says: outcomes."""
    changes = {"level": "output", "result": "SHL-OP1", "statement": statement}
    assert ("R1" in rule_ids(**changes)) is flagged


@pytest.mark.parametrize(
    ("statement", "flagged"),
    [
        ("Victims in Chisinau are aware of support and trust it enough to ask for help, at endline", True),
        ("% of surveyed victims in Chisinau who are aware of the support available, at endline", False),
        ("People who encounter victims in Chisinau understand the signs, at endline", True),
        ("Stakeholders in Chisinau are committed to prevent trafficking, at endline", True),
        ("Number of people who encounter victims in Chisinau and understand the signs, at endline", False),
        ("Las víctimas en Chisinau conocen sus derechos al final del proyecto", True),
        ("Porcentaje de víctimas en Chisinau que conocen sus derechos al final del proyecto", False),
        ("Les victimes à Chisinau connaissent leurs droits en fin de projet", True),
        ("Pourcentage de victimes à Chisinau qui connaissent leurs droits en fin de projet", False),
        ("As vítimas em Chisinau conhecem os seus direitos no fim do projeto", True),
        ("Percentagem de vítimas em Chisinau que conhecem os seus direitos no fim do projeto", False),
    ],
)
def test_a_sentence_about_what_people_are_or_do_names_no_unit(statement, flagged):
    """The unit is who is counted and how: a result sentence about people says neither a count nor a share."""
    changes = {"level": "outcome", "statement": statement, "definitions": (("x", "y"),)}
    assert ("S2" in rule_ids(**changes)) is flagged


@pytest.mark.parametrize(
    "statement",
    [
        "The State has ratified the Optional Protocol on the sale of children by December 2027",
        "Legislation is in place stipulating the prohibition of child labour by December 2028",
        "Protocols aligned with international standards have been established by December 2028",
    ],
)
def test_a_body_or_document_in_place_is_a_milestone_not_a_sentence_about_people(statement):
    assert "S2" not in rule_ids(**MILESTONE, statement=statement, direction="reach")


@pytest.mark.parametrize(
    ("statement", "flagged"),
    [
        (
            "Number of temporary resident permits provided to victims of trafficking in Chisinau in 2028",
            False,
        ),
        ("Number of information leaflets provided to victims of trafficking in Chisinau in 2028", True),
        ("Número de permisos de residencia entregados a víctimas de trata en Chisinau en 2028", False),
        ("Número de folletos entregados a víctimas de trata en Chisinau en 2028", True),
        ("Nombre de titres de séjour délivrés aux victimes de traite à Chisinau en 2028", False),
        ("Nombre de dépliants distribués aux victimes de traite à Chisinau en 2028", True),
        ("Número de autorizações de residência entregues a vítimas de tráfico em Chisinau em 2028", False),
        ("Número de folhetos entregues a vítimas de tráfico em Chisinau em 2028", True),
    ],
)
def test_what_only_a_state_issues_is_not_a_project_output(statement, flagged):
    """Permits, visas, certificates and compensation are an institution's decisions: counting them at outcome level
    is no output claimed as an outcome; leaflets handed out are."""
    changes = {**COUNT, "level": "outcome", "result": "SHL-OC1", "statement": statement}
    assert ("R1" in rule_ids(**changes)) is flagged


@pytest.mark.parametrize(
    ("area_id", "result_id", "flawed", "good"),
    [
        (
            "awareness_raising",
            "AWR-OC1",
            "% of people in Chisinau who reject intimate partner violence in 2028",
            "% of people in Chisinau who reject the idea that a recruiter may keep a worker's passport in 2028",
        ),
        (
            "coordination_bodies",
            "CRD-OC1",
            "Porcentaje del presupuesto nacional asignado a la violencia de género en 2028",
            "Porcentaje del presupuesto nacional asignado al plan contra la trata en 2028",
        ),
        (
            "psychosocial_support",
            "PSS-OP1",
            "Nombre de cas de violences conjugales enregistrés à Chisinau en 2028",
            "Nombre de victimes de violences conjugales prises en charge à Chisinau en 2028",
        ),
        (
            "community_mobilisation",
            "COM-OC2",
            "% de mulheres em Chisinau que sofreram violência doméstica em 2028",
            "% de mulheres em Chisinau que sofreram exploração laboral em 2028",
        ),
    ],
)
def test_a_measure_of_another_field_under_a_trafficking_result_does_not_fit(
    kb, area_id, result_id, flawed, good
):
    area = kb.area_by_id[area_id]
    chain = draft_chain(area, results=[kb.result_by_id[result_id]])

    def fit(statement):
        indicator = dataclasses.replace(CLEAN, area=area.id, result=result_id, pillar=area.pillar, kb_id=None,
                                        statement=statement)  # fmt: skip
        return [f for f in review_plan(Plan(PROFILE, (chain,), (indicator,)), kb) if f.rule == "R4"]

    [finding] = fit(flawed)
    assert (
        finding.severity == "warning"
        and result_id in finding.message
        and "gender-based violence" in finding.message
    )
    assert all(f.severity == "info" for f in fit(good))


@pytest.mark.parametrize(
    ("statement", "unit", "flagged"),
    [
        (
            "Level of integration of children's needs in the advocacy of partner NGOs in Chisinau in 2028",
            "number",
            True,
        ),
        (
            "Level of integration of children's needs in the advocacy of partner NGOs in Chisinau in 2028",
            "score",
            False,
        ),
        (
            "Level of compliance of partner NGOs in Chisinau with the standards, based on the 12-item checklist, in 2028",
            "number",
            False,
        ),
        ("Nivel de integración de las necesidades de los niños en las ONG socias en 2028", "number", True),
        (
            "Nivel de integración de las necesidades de los niños en las ONG socias, según la lista de control, en 2028",
            "number",
            False,
        ),
        ("Niveau d'intégration des besoins des enfants dans les ONG partenaires en 2028", "number", True),
        ("Nível de integração das necessidades das crianças nas ONG parceiras em 2028", "number", True),
        (
            "Nível de integração das necessidades das crianças nas ONG parceiras, com base na lista de verificação, em 2028",
            "number",
            False,
        ),
    ],
)
def test_a_level_needs_a_scale_or_a_reference_it_is_judged_against(statement, unit, flagged):
    changes = {
        **COUNT,
        "unit": unit,
        "level": "outcome",
        "statement": statement,
        "definitions": (("x", "y"),),
    }
    assert ("S2" in rule_ids(**changes)) is flagged


@pytest.mark.parametrize(
    ("statement", "flagged"),
    [
        ("Sustainably ending modern slavery in Chisinau by making it unprofitable by 2028", True),
        ("% of assisted survivors in Chisinau not re-trafficked within 12 months of exit in 2028", False),
        ("Eliminar la trata de personas en Chisinau en 2028", True),
        ("Porcentaje de víctimas asistidas en Chisinau no revictimizadas en 12 meses, en 2028", False),
        ("Mettre fin à la traite des enfants à Chisinau en 2028", True),
        ("Erradicar todas as formas de trabalho forçado em Chisinau em 2028", True),
        ("Número de vítimas em Chisinau, incluindo todas as formas de exploração, em 2028", False),
    ],
)
def test_a_promise_to_end_the_problem_is_unrealistic_in_four_languages(statement, flagged):
    assert ("A4" in rule_ids(statement=statement)) is flagged


@pytest.mark.parametrize(
    ("statement", "flagged"),
    [
        (
            "Number of media articles in Chisinau that have communicated the views of working children in 2028",
            True,
        ),
        ("Number of partner agencies in Chisinau that use the referral toolkit in 2028", False),
        (
            "Number of referral toolkits in Chisinau that partner agencies use in their daily work in 2028",
            False,
        ),
        ("Número de folletos sobre migración segura en Chisinau en 2028", True),
        ("Nombre d'outils de dépistage en Chisinau en 2028", True),
        ("Número de acordos com empresas em Chisinau em 2028", True),
    ],
)
def test_a_count_of_what_the_project_produced_is_an_output(statement, flagged):
    changes = {**COUNT, "level": "outcome", "result": "SHL-OC1", "statement": statement}
    assert ("R1" in rule_ids(**changes)) is flagged


def test_a_statement_in_a_language_the_rules_cannot_read_gets_one_note_not_wording_findings():
    romanian = "Număr de campanii de prevenire derulate cu sprijinul proiectului"
    found = findings_for(statement=romanian, unit="number", numerator=None, denominator=None)
    notes = [f for f in found if f.rule == "L1"]
    assert (
        len(notes) == 1
        and notes[0].severity == "info"
        and "English, Spanish, French or Portuguese" in notes[0].message
    )
    assert not {f.rule for f in found} & {"S2", "M1", "T3", "R1", "D1"}
    field_checked = findings_for(statement=romanian, denominator="tbd")
    assert "M2" in {f.rule for f in field_checked}  # the fields are still checked


def test_the_language_note_names_unknown_words_only_when_there_are_some():
    named = [f for f in findings_for(statement="Număr de campanii de prevenire derulate") if f.rule == "L1"]
    unnamed = [f for f in findings_for(statement="ab cd ef gh ij") if f.rule == "L1"]
    assert "(not " in named[0].message and "'campanii'" in named[0].message
    assert unnamed and "(not" not in unnamed[0].message and "knows. " in unnamed[0].message


def test_a_statement_the_rules_can_read_gets_no_language_note():
    assert "L1" not in rule_ids()
    assert "L1" not in rule_ids(
        statement="Número de víctimas identificadas por la UIF en 2028", unit="number"
    )


def test_an_aim_at_impact_level_is_the_impact_itself_but_an_activity_there_is_not():
    aim = {
        **COUNT,
        "level": "impact",
        "result": "SHL-OC1",
        "statement": "Eliminating all forms of human trafficking in Moldova",
    }
    work = {**aim, "statement": "Establishment of a national referral mechanism in Moldova"}
    assert "R1" not in rule_ids(**aim)
    assert "R1" in rule_ids(**work)


TO_BE_SET = (Target(dt.date(2028, 12, 31), status="to_be_set"),)
CONTEXT_TARGETS = [
    # attributable, direction, targets -> what T1 and T5 say
    (True, "increase", TO_BE_SET, {"T1"}),
    (False, "increase", TO_BE_SET, {"T5"}),
    (False, "monitor", (), set()),
    (True, "monitor", (), set()),
    (False, "increase", (Target(dt.date(2028, 12, 31), 60),), set()),  # a target the user chose stays theirs
    (True, "increase", (Target(dt.date(2028, 12, 31), 60),), set()),
]


@pytest.mark.parametrize(("attributable", "direction", "targets", "expected"), CONTEXT_TARGETS)
def test_a_context_indicator_is_never_asked_for_a_target(attributable, direction, targets, expected):
    found = [f for f in findings_for(attributable=attributable, direction=direction, targets=targets)
             if f.rule in ("T1", "T5")]  # fmt: skip
    assert {f.rule for f in found} == expected
    for finding in found:
        if finding.rule == "T5":
            assert finding.severity == "info" and "context indicator" in finding.message
            assert "no target" in finding.message and "monitor only" in finding.fix
    outcome = verdict(found)
    assert ("target value" in outcome.summary) is (expected == {"T1"})


@pytest.mark.parametrize(
    ("statement", "flagged"),
    [
        ("Plan d'action national adopté d'ici juin 2028", False),
        ("Plano nacional de enfrentamento aprovado até junho de 2028", False),
        ("Protocolo nacional de identificación aprobado a diciembre de 2027", False),
        ("La existencia de un protocolo nacional de identificación, a diciembre de 2027", False),
        ("Trafficking in the district reduced by 2028", True),  # a result worded as a milestone
        ("Fortalecer la atención a víctimas a diciembre de 2027", True),  # work to do
    ],
)
def test_a_milestone_in_spanish_french_or_portuguese_names_its_thing(statement, flagged):
    assert ("S2" in rule_ids(**MILESTONE, statement=statement)) is flagged


@pytest.mark.parametrize(
    ("statement", "unit"),
    [
        ("Tiempo medio en días entre la identificación y el primer servicio, en 2028", "duration"),
        ("Délai moyen en jours entre l'identification et le premier service, en 2028", "duration"),
        (
            "Percentual de vítimas identificadas que receberam apoio jurídico em 30 dias, no ano de referência",
            "percent",
        ),
        (
            "Nivel de conocimiento de los inspectores medido con la prueba estandarizada al final de 2028",
            "score",
        ),
    ],
)
def test_a_spanish_french_or_portuguese_unit_word_is_a_unit(statement, unit):
    assert "M1" not in rule_ids(statement=statement, unit=unit)
    assert "M1" in rule_ids(statement="Sobre la identificación y el primer servicio, en 2028", unit=unit)


@pytest.mark.parametrize(
    ("statement", "unit", "flagged"),
    [
        ("Víctimas liberadas de redes de trata en el año de referencia", "number", False),
        ("Capacitación de intérpretes en el año de referencia", "number", True),
        ("Victimes identifiées par la police en 2028", "number", False),
        ("Formation des interprètes en 2028", "number", True),
        ("Vítimas resgatadas de trabalho escravo no ano de referência", "number", False),
        ("Sensibilização sobre direitos trabalhistas no ano de referência", "number", True),
        ("Convictions secured for trafficking offences in 2028", "number", False),
        ("Awareness raising on labour rights in 2028", "number", True),
        ("Training of interpreters in 2028", "number", True),
        ("Interpreters trained in 2028", "number", False),
        ("Funds obligated in fiscal year 2028 for anti-trafficking projects", "amount", False),
        ("Length of time from referral to first service in 2028", "duration", False),
        ("Incidencia delictiva de trata de personas registrada en el fuero común en 2028", "number", False),
    ],
)
def test_a_statistic_written_as_a_bare_noun_phrase_counts_its_head_noun(statement, unit, flagged):
    found = findings_for(**{**COUNT, "unit": unit}, statement=statement, definitions=(("x", "y"),))
    loud = {f.rule for f in found if f.severity != "info"}
    assert ("S2" in loud, "M1" in loud) == (flagged, flagged)


@pytest.mark.parametrize(
    ("statement", "baseline", "target", "flagged"),
    [
        ("Number of migrant workers attending pre-departure orientation in 2028", 0, 50_000, True),
        ("Number of migrant workers attending pre-departure orientation in 2028", 18_000, 40_000, True),
        ("Number of migrant workers attending pre-departure orientation in 2028", 18_000, 22_000, False),
        ("Number of information leaflets distributed at border crossings in 2028", 40_000, 50_000, False),
        ("Number of information leaflets distributed at border crossings in 2028", 0, 50_000, False),
        ("Number of SMS alerts on safe migration sent to registered migrant workers in 2028", 0, 100_000, False),
        ("Número de folletos distribuidos en los pasos fronterizos en 2028", 0, 60_000, False),
        ("Número de víctimas atendidas por el proyecto en 2028", 0, 60_000, True),
        ("Number of URLs hosting child sexual abuse content removed in 2028", 0, 100_000, False),
        ("Number of child marriages prevented in 2028", 0, 250_000, True),
    ],
)  # fmt: skip
def test_a_programme_scale_target_weighs_what_is_counted_and_the_baseline(
    statement, baseline, target, flagged
):
    changes = {**COUNT, "statement": statement, "definitions": (("x", "y"),),
               "baseline": Baseline("known", baseline, dt.date(2026, 10, 1), "Records"),
               "targets": (Target(dt.date(2028, 12, 31), target),)}  # fmt: skip
    messages = [f.message for f in findings_for(**changes) if f.rule == "A1"]
    assert any("national programme" in m for m in messages) is flagged
