"""The review on indicator wording as real logframes and donor lists phrase it ("# of", "No. of", LOP, FY,
Spanish and French), each case with the categories it must raise and those it must not (tests/review_set.py
fills the other fields with neutral defaults). Paraphrased from public lists: US F indicators (PS.5.x), IndiKit
CTIP indicators, IOM/UNODC/EU/ILO logframes."""

import pytest

from ctguide.knowledge import load_knowledge
from ctguide.smart import review_plan
from tests.review_set import categories, item_plan

KB = load_knowledge()
OUT = {"level": "output", "result": "VID-OP2"}
AWARE_OUT = {"level": "output", "result": "AWR-OP2"}
MONITOR = {"direction": "monitor"}

# (statement, fields, must raise, must not raise)
CASES = [
    ("Number of first responders trained on victim identification (LOP)", OUT, set(), {"time_bound", "unit_of_analysis", "level"}),
    ("Number of first responders trained on victim identification", OUT, {"time_bound"}, {"unit_of_analysis"}),
    ("Number of first responders trained on victim identification in FY2028", {"level": "outcome", "result": "VID-OC1"}, {"level"}, {"time_bound"}),
    ("# of TIP survivors receiving protection services annually", {"result": "REF-OC1", **MONITOR}, set(), {"time_bound", "unit_of_analysis"}),
    ("No. of child protection committees established by end of project", {"level": "output", "result": "COM-OC1"}, set(), {"time_bound", "unit_of_analysis"}),
    ("Number of people trained in the prevention of human trafficking in Year 1", AWARE_OUT, set(), {"time_bound", "unit_of_analysis"}),
    ("Number of training for officials in Year 1", OUT, {"unit_of_analysis"}, set()),
    ("Number of victims referred for protection services during the project period", {"result": "REF-OC1"}, {"harmful_target"}, {"time_bound"}),
    ("Number of victims referred for protection services during the project period", {"result": "REF-OC1", **MONITOR}, set(), {"harmful_target"}),
    ("Number of victims of trafficking identified in FY 2028", {}, {"harmful_target", "direction"}, {"time_bound"}),
    ("Number of government officials receiving anti-trafficking training in 2028", {"level": "outcome", "result": "VID-OC1"}, {"level"}, set()),
    ("% of trained officials who correctly identify trafficking indicators 6 months after the training",
     {"level": "outcome", "result": "VID-OC1", "denominator": "Officials who completed the training in the year"}, set(), {"level", "time_bound", "unit_of_analysis"}),
    ("% of returnees who are economically self-reliant", {"result": "RRI-OC2", "denominator": "Returnees assisted by the project"}, {"time_bound"}, set()),
    ("Number of online job ads removed for deceptive recruitment in 2028", {"result": "AWR-OC1"}, set(), {"harmful_target"}),
    ("Number of survivors housed in shelters in 2028", {"result": "SHL-OC1"}, {"harmful_target"}, set()),
    ("Número de víctimas de trata rescatadas en 2028", {}, {"harmful_target"}, {"unit_of_analysis", "time_bound"}),
    ("Porcentaje de la población meta que conoce los riesgos de la trata al final del proyecto",
     {"result": "AWR-OC1", "denominator": "Personas encuestadas en los distritos meta"}, set(), {"unit_of_analysis", "time_bound"}),
    ("Nombre de formations organisées en 2028", OUT, set(), {"unit_of_analysis"}),
    ("Number of victims identified and assisted in 2028", {}, {"compound"}, set()),
    ("Number of women and girls assisted in 2028", {"result": "REF-OC1"}, set(), {"compound"}),
    ("Capacity of law enforcement strengthened by end of project", {"result": "INV-OC1", "unit": "score"}, {"unit_of_analysis"}, set()),
    ("Child labour ended in the target districts by 2029", {"result": "EDU-OC1", "unit": "yes_no", "type": "milestone"}, {"unrealistic"}, set()),
    ("Number of zero-fee recruitment agencies certified in 2028", {"result": "ERC-OC1"}, set(), {"unrealistic"}),
    ("Number of victims assisted in 2028", {"result": "REF-OC1", "mov": "Beneficiary database with full names and ID numbers"}, {"privacy"}, set()),
    ("Number of victims assisted in 2028", {"result": "REF-OC1", "mov": "Anonymised case management database"}, set(), {"privacy"}),
    ("Number of calls to the national anti-trafficking hotline in 2028", {"result": "HOT-OC1"}, {"direction"}, {"fit"}),
]  # fmt: skip


@pytest.mark.parametrize(
    ("statement", "fields", "raised", "not_raised"), CASES, ids=[c[0][:60] for c in CASES]
)
def test_real_wording_is_read_as_a_reviewer_would(statement, fields, raised, not_raised):
    item = {"id": "X", "statement": statement, "result": "VID-OC1", "level": "outcome", "flags": [], **fields}
    found = categories(f for f in review_plan(item_plan(KB, item), KB) if f.indicator == "X")
    assert raised <= found and not (not_raised & found), found


ETH = ["Informed consent for M&E separate from services; no names in M&E data; cells under 5 suppressed"]
DIS = ["SEX", "AGE", "EXP", "NAT"]
GOOD = [  # good indicators as careful real logframes word them, with their metadata
 dict(statement="% of identified victims who received at least one protection service within 30 days of identification in the reporting year", result="REF-OC1", level="outcome", denominator="Victims identified in the reporting year", definitions={"identified victims": "persons formally identified under the NRM", "protection service": "shelter, medical, psychosocial or legal service"}, ethics=ETH, disaggregation=DIS),
 dict(statement="Number of first responders trained on victim identification in FY2028", result="VID-OP2", level="output", definitions={"trained": "completed the full course and passed the post-test"}, disaggregation=["SEX"]),
 dict(statement="% of target population who know at least three risks of trafficking at endline", result="AWR-OC1", level="outcome", denominator="Surveyed adults aged 15-35 in the target districts at endline", disaggregation=["SEX","AGE"]),
 dict(statement="Number of laws, policies or procedures drafted with project support and adopted by the government in the reporting year", result="LAW-OC1", level="outcome"),
 dict(statement="% of trafficking cases prosecuted that reached a first-instance verdict within 24 months of indictment in 2028", result="PRJ-OC2", level="outcome", denominator="Trafficking cases indicted in 2026", direction_note="A rise means faster proceedings"),
 dict(statement="Median number of days from referral to first service for victims referred in the reporting year", result="REF-OC1", level="outcome", unit="median", direction="decrease", definitions={"victims": "presumed or identified victims", "referred": "formally referred through the NRM form"}, ethics=ETH, disaggregation=DIS),
 dict(statement="% of survivors receiving reintegration assistance who report feeling safe in their community 6 months after return", result="RRI-OC2", level="outcome", denominator="Survivors who received reintegration assistance and were reached 6 months after return", ethics=ETH, disaggregation=DIS, definitions={"reintegration assistance": "at least one service under the reintegration plan"}),
 dict(statement="Number of local government committees technically assisted by the project that took at least one action to combat TIP in the reporting year", result="COM-OC1", level="outcome", definitions={"technically assisted": "trained, advised or supported by the project", "action": "a decision, budget line, awareness activity or referral"}),
 dict(statement="% of labour inspections in the target sectors that used the forced-labour checklist in 2028", result="LIN-OC1", level="outcome", denominator="Labour inspections conducted in the target sectors in 2028"),
 dict(statement="% of migrant workers placed by participating recruitment agencies who paid no recruitment fee in 2028", result="ERC-OC1", level="outcome", denominator="Migrant workers placed by participating agencies and surveyed in 2028", disaggregation=["SEX","AGE"]),
 dict(statement="Number of people reached with safe migration information through community sessions in the reporting year", result="AWR-OP2", level="output", disaggregation=["SEX","AGE"]),
 dict(statement="% of hotline calls about potential trafficking referred to the relevant agency within 24 hours in the reporting quarter", result="HOT-OC1", level="outcome", denominator="Hotline calls about potential trafficking received in the quarter"),
]  # fmt: skip


@pytest.mark.parametrize("good", GOOD, ids=[g["statement"][:60] for g in GOOD])
def test_good_real_wording_with_its_metadata_raises_no_warning(good):
    item = {"id": "G", "flags": [], **good}
    loud = [
        f.rule for f in review_plan(item_plan(KB, item), KB) if f.severity != "info" and f.indicator == "G"
    ]
    assert loud == []
