import io
import json

import pytest

from tests.conftest import DATA, EXAMPLE_PLAN

NEEDS_WORK = DATA / "plans" / "shelter_needs_work.yaml"


def test_suggest_prints_a_ranked_list_with_reasons(cli):
    result = cli("suggest", "shelter", "for", "women", "survivors")
    assert result.code == 0
    assert "1. Shelter and safe accommodation" in result.out
    assert "matched keyword" in result.out
    assert "SHL-01" in result.out


def test_suggest_json_follows_the_contract(cli):
    data = json.loads(cli("suggest", "--json", "LE trainng on VoT identifcation").out)
    assert data["query"] == "LE trainng on VoT identifcation"
    assert data["areas"][0]["id"] == "law_enforcement_training"
    assert data["indicators"] and all("score" in i for i in data["indicators"])


def test_suggest_limit(cli):
    data = json.loads(cli("suggest", "--json", "--limit", "2", "shelter counselling return home job").out)
    assert len(data["areas"]) <= 2


@pytest.mark.parametrize("text", ["asdf qwer", "   "])
def test_suggest_meaningless_input_exits_2_with_help(cli, text):
    result = cli("suggest", text)
    assert result.code == 2
    assert "Describe what the project does" in result.err or "give a description" in result.err
    assert "Traceback" not in result.err


@pytest.mark.parametrize("text", ["help victims", "write"])
def test_suggest_answers_a_too_thin_text_with_what_to_add_instead_of_refusing(cli, text):
    result = cli("suggest", text)
    assert result.code == 0 and "Too thin to tell" in result.out and "Areas that fit" not in result.out
    data = json.loads(cli("suggest", "--json", text).out)
    assert data["too_thin"] is True and data["areas"] == []


@pytest.mark.parametrize("limit", ["0", "x", "500"])
def test_suggest_bad_limit_is_a_usage_error(cli, limit):
    assert cli("suggest", "--limit", limit, "shelter").code == 2


def test_suggest_reads_json_lines_from_stdin(cli, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("shelter for women\n\nhotline 24/7\nasdf\n"))
    result = cli("suggest", "--json", "-")
    assert result.code == 0
    lines = [json.loads(line) for line in result.out.splitlines()]
    assert [line["query"] for line in lines] == [
        "shelter for women",
        "",
        "hotline 24/7",
        "asdf",
    ]  # one line out per line in
    assert lines[0]["areas"][0]["id"] == "shelter" and lines[1]["areas"] == lines[3]["areas"] == []


def test_suggest_stdin_without_json_or_input_is_a_usage_error(cli, monkeypatch):
    assert cli("suggest", "-").code == 2
    monkeypatch.setattr("sys.stdin", io.StringIO("\n\n"))
    assert cli("suggest", "--json", "-").code == 2


def test_review_clean_plan_exits_0(cli):
    result = cli("review", EXAMPLE_PLAN)
    assert result.code == 0
    assert "0 errors" in result.out


def test_review_groups_findings_by_indicator_and_exits_1_on_errors(cli):
    result = cli("review", NEEDS_WORK)
    assert result.code == 1
    assert "SHL-02  % of residents" in result.out
    assert "error   E1" in result.out and "fix:" in result.out


def test_review_json(cli):
    data = json.loads(cli("review", "--json", NEEDS_WORK).out)
    assert data["summary"]["errors"] >= 1
    finding = data["findings"][0]
    assert set(finding) >= {"rule", "severity", "indicator", "path", "message", "fix"}
    assert finding["severity"] == "error" and finding["path"].startswith("$.indicators[")


def test_review_an_invalid_plan_lists_its_problems(cli, tmp_path):
    broken = tmp_path / "plan.yaml"
    broken.write_text(EXAMPLE_PLAN.read_text().replace("value: 75", "value: 175"))
    result = cli("review", broken)
    assert result.code == 1
    assert "between 0 and 100" in result.out


def test_review_unreadable_exits_2(cli):
    assert cli("review", DATA / "plans" / "unreadable" / "tabs.yaml").code == 2


REVIEW_KEYS = {"plan", "valid", "summary", "verdict", "monitor_only", "findings"}


@pytest.mark.parametrize(
    ("plan", "code", "valid", "said"),
    [
        (EXAMPLE_PLAN, 0, True, "No error"),
        ("broken", 1, False, "Not reviewed: invalid, 1 problem"),
        (DATA / "plans" / "unreadable" / "tabs.yaml", 2, False, "Not reviewed: "),
        ("missing.yaml", 2, False, "Not reviewed: missing.yaml: no such file"),
    ],
)
def test_review_json_answers_in_json_whatever_the_plan(cli, tmp_path, plan, code, valid, said):
    if plan == "broken":
        plan = tmp_path / "plan.yaml"
        plan.write_text(EXAMPLE_PLAN.read_text().replace("value: 75", "value: 175"))
    elif plan == "missing.yaml":
        plan = tmp_path / "missing.yaml"
    result = cli("review", "--json", plan)
    data = json.loads(result.out)  # one object, never text
    assert result.code == code and set(data) >= REVIEW_KEYS and data["valid"] is valid
    assert data["verdict"]["summary"].startswith(said.replace("missing.yaml", str(plan)))
    assert "Traceback" not in result.err
    if code == 1:
        (problem,) = data["problems"]
        assert problem["path"].startswith("$.indicators[") and "between 0 and 100" in problem["message"]
        assert isinstance(problem["line"], int) and data["findings"] == []
    if code == 2:
        assert data["error"] and data["error"] in result.err


@pytest.mark.parametrize(
    ("argv", "stdin", "code"),
    [
        (["suggest", "--json", "shelter " * 500], None, 0),  # 4,000 characters: read
        (["suggest", "--json", "shelter " * 501], None, 2),
        (["suggest", "shelter " * 501], None, 2),
        (["starter", "shelter " * 501, "-o", "plan.yaml"], None, 2),
        (["suggest", "--json", "-"], "shelter\n" + "shelter " * 501 + "\n", 2),
    ],
)
def test_a_description_longer_than_a_paragraph_is_refused_with_what_was_expected(
    cli, monkeypatch, tmp_path, argv, stdin, code
):
    monkeypatch.chdir(tmp_path)
    if stdin is not None:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    result = cli(*argv)
    assert result.code == code and "Traceback" not in result.err
    if code == 2:
        assert "characters long; expected at most 4,000" in result.err
        assert not (tmp_path / "plan.yaml").exists()
    if stdin is not None:
        assert (
            json.loads(result.out.splitlines()[0])["query"] == "shelter"
        )  # the lines before it are answered
        assert "line 2" in result.err


def test_the_description_cap_is_the_conversations_own():
    from ctguide.cli import MAX_DESCRIPTION
    from ctguide.dialog import MAX_REPLY

    assert MAX_DESCRIPTION == MAX_REPLY


def test_review_ends_with_a_verdict_in_plain_words(cli):
    assert cli("review", NEEDS_WORK).out.rstrip().splitlines()[-1].startswith("Not ready yet: ")
    last = cli("review", EXAMPLE_PLAN).out.rstrip().splitlines()[-1]
    assert last.startswith("No error, harm, ethics or fit problem left; still open: 3 points to improve.")
    data = json.loads(cli("review", "--json", NEEDS_WORK).out)
    assert data["verdict"]["ok"] is False and data["verdict"]["summary"].startswith("Not ready yet")


def test_a_starter_with_open_points_is_not_called_passed(cli, tmp_path):
    plan = tmp_path / "p.yaml"
    assert cli("starter", "--area", "shelter", "-o", plan).code == 0
    data = json.loads(cli("review", "--json", plan).out)
    assert data["verdict"]["ok"] is True and data["findings"]
    assert "Passed" not in data["verdict"]["summary"]
    assert data["verdict"]["summary"].startswith("No error, harm, ethics or fit problem left; still open: ")


def test_review_names_areas_for_people_and_keeps_ids_for_programs(cli):
    text = cli("review", NEEDS_WORK).out
    assert "The objective SHL-OBJ of Shelter and safe accommodation has no indicator." in text
    assert "'shelter'" not in text
    messages = [f["message"] for f in json.loads(cli("review", "--json", NEEDS_WORK).out)["findings"]]
    assert "The objective SHL-OBJ of area 'shelter' has no indicator." in messages


def test_review_says_which_counts_are_monitor_only_and_labels_a_donor_figure_a_projection(cli):
    plan = DATA / "plans" / "shelter_moldova_1_1.yaml"
    out = cli("review", plan).out
    assert "Monitor only: 2 indicators counted and reported, never given a target:" in out
    assert (
        "  SHL-06 — projection, not a target: 40 by 2028-12-31 (planning figure the donor asked for)" in out
    )
    assert "  GOAL-01 — context indicator, not attributable to the project" in out
    data = json.loads(cli("review", "--json", plan).out)
    watched = {i["id"]: i for i in data["monitor_only"]}
    assert set(watched) == {"GOAL-01", "SHL-06"} and watched["GOAL-01"]["attributable"] is False
    assert watched["SHL-06"]["projections"] == [
        {"value": 40, "date": "2028-12-31", "note": "planning figure the donor asked for"}
    ]
    assert "Monitor only" not in cli("review", NEEDS_WORK).out  # said only where there is one
