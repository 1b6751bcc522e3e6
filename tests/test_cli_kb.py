import json

import pytest

from tests.conftest import DATA

KNOWLEDGE = DATA / "knowledge"


def test_kb_check_passes_on_the_shipped_knowledge(cli):
    result = cli("kb", "check")
    assert result.code == 0
    assert "knowledge ok (built-in): 4 pillars, 33 areas" in result.out


def test_kb_check_an_organisation_folder(cli):
    result = cli("kb", "check", KNOWLEDGE / "org")
    assert result.code == 0
    assert "34 areas" in result.out


@pytest.mark.parametrize("case", sorted(p.name for p in (KNOWLEDGE / "broken").iterdir()))
def test_kb_check_broken_fixtures_exit_1_with_located_problems(cli, case):
    result = cli("kb", "check", KNOWLEDGE / "broken" / case)
    assert result.code == 1
    assert "Traceback" not in result.out + result.err
    first = result.out.splitlines()[0]
    assert case in first and ".yaml" in first
    assert "problem" in result.err


def test_kb_check_a_missing_folder_is_a_usage_error(cli, tmp_path):
    result = cli("kb", "check", tmp_path / "nope")
    assert result.code == 2
    assert "no such folder" in result.err


def test_kb_list_text_and_json(cli):
    text = cli("kb", "list")
    assert text.code == 0
    assert "PROTECTION (protection)" in text.out and "shelter" in text.out
    data = json.loads(cli("kb", "list", "--json").out)
    assert [p["id"] for p in data["pillars"]] == ["prevention", "protection", "prosecution", "partnership"]
    assert data["totals"]["areas"] == 33
    shelter = next(a for p in data["pillars"] for a in p["areas"] if a["id"] == "shelter")
    assert (
        shelter["home"]
        and shelter["indicators"] == shelter["impact"] + shelter["outcome"] + shelter["output"]
    )
    assert shelter["objective"] >= 1
    assert "impact, " in text.out and " outcome, " in text.out and " output)" in text.out


@pytest.mark.parametrize(
    ("ident", "fragment"),
    [("shelter", "# Shelter and safe accommodation"), ("SHL", "(shelter, code SHL)"), ("SHL-01", "# SHL-01:"),
     ("SHL-OC1", "# SHL-OC1 (outcome)"), ("ACT", "Activity or output"), ("E4", "consent"), ("protection", "# protection"),
     ("shelter", "## SHL-OBJ (objective)"), ("VID-10", "not attributable to the project"), ("VID-10", "monitor only"),
     ("LEG", "DAC/CRS sector: 15130"), ("recovery and reflection period", "at least 30 days")],
)  # fmt: skip
def test_kb_show_finds_every_kind_of_entry(cli, ident, fragment):
    result = cli("kb", "show", ident)
    assert result.code == 0
    assert fragment.lower() in result.out.lower()


def test_kb_show_unknown_id_suggests_close_ones(cli):
    result = cli("kb", "show", "SHL-1")
    assert result.code == 2
    assert "did you mean" in result.err and "SHL-01" in result.err


def test_kb_show_with_an_organisation_layer(cli):
    assert cli("kb", "show", "SHL-90").code == 2
    assert "wheelchair" in cli("kb", "show", "SHL-90", "--kb", KNOWLEDGE / "org").out


def test_kb_with_broken_organisation_knowledge_is_a_clear_usage_error(cli):
    result = cli("kb", "list", "--kb", KNOWLEDGE / "broken" / "unknown_code")
    assert result.code == 2
    assert "kb check" in result.err and "SEXX" in result.err


def test_kb_dump_json_has_the_contract_shape(cli):
    data = json.loads(cli("kb", "dump", "--json").out)
    assert {"pillars", "areas"} <= set(data)
    area = next(a for a in data["areas"] if a["id"] == "shelter")
    assert {"id", "pillars", "name", "results", "indicators"} <= set(area)
    for indicator in area["indicators"]:
        assert {"id", "area", "statement", "level", "type", "unit", "direction", "means_of_verification",
                "frequency", "disaggregation"} <= set(indicator)  # fmt: skip
    assert sum(len(a["indicators"]) for a in data["areas"]) >= 240


@pytest.mark.parametrize("before", [True, False], ids=["global", "after the verb"])
def test_kb_option_works_before_or_after_the_verb(cli, before):
    org = KNOWLEDGE / "org"
    args = ("--kb", org, "kb", "show", "SHL-90") if before else ("kb", "show", "SHL-90", "--kb", org)
    assert "wheelchair" in cli(*args).out


@pytest.mark.parametrize(
    ("ident", "fragment"),
    [("shl-01", "# SHL-01:"), ("presumed victim", "Presumed victim"), ("act", "Activity")],
)
def test_kb_show_forgives_case_and_spaces(cli, ident, fragment):
    result = cli("kb", "show", ident)
    assert result.code == 0 and fragment in result.out


def test_starter_accepts_area_codes(cli, tmp_path):
    assert cli("starter", "--area", "SHL", "-o", tmp_path / "p.yaml").code == 0


BLANK_PLACEHOLDER = """extends: shelter
indicators:
  - id: SHL-92
    result: SHL-OC1
    statement: Number of residents who leave within [ ] of arrival
    placeholders: {"[ ]": "12"}
    level: outcome
    type: quantitative
    unit: number
    direction: increase
    disaggregation: []
    means_of_verification: [ADM]
    data_collection: Shelter records.
    frequency: annual
    pitfalls: []
    rationale: Context.
    limitations: None known.
"""


def test_kb_check_rejects_a_blank_placeholder_that_starter_could_not_fill(cli, tmp_path):
    (tmp_path / "areas").mkdir()
    (tmp_path / "areas" / "extra.yaml").write_text(BLANK_PLACEHOLDER)
    result = cli("kb", "check", tmp_path)
    assert result.code == 1 and "Traceback" not in result.out + result.err
    assert "[ ]" in result.out + result.err
