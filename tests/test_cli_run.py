"""`ctguide run`, `starter` and `sessions`: scripted conversations, starter plans, saved sessions."""

import json
import os
import re
import signal
import subprocess
import sys
import time

import pytest

from ctguide.plan import load_plan, read_plan_file
from ctguide.smart import has_errors, review_plan
from ctguide.yamlio import dump_yaml, load_yaml
from tests.conftest import DATA

ANSWERS = DATA / "answers" / "shelter.yaml"


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    monkeypatch.setenv("CTGUIDE_DATA_DIR", str(folder))
    return folder


def test_run_writes_a_valid_plan_and_a_transcript(cli, tmp_path):
    plan, transcript = tmp_path / "plan.yaml", tmp_path / "t.md"
    result = cli("run", "--answers", ANSWERS, "-o", plan, "--transcript", transcript)
    assert result.code == 0, result.err
    assert "wrote" in result.out
    written = load_plan(plan)
    assert written.profile.title == "Safe Return Moldova"
    assert not has_errors(review_plan(written))
    text = transcript.read_text()
    assert text.startswith("# Safe Return Moldova — transcript")
    assert "**you** ·\n> Safe Return Moldova" in text and "**ctguide** ·" in text


def test_run_refuses_to_overwrite_and_keeps_a_backup_with_force(cli, tmp_path):
    plan = tmp_path / "plan.yaml"
    plan.write_text("mine")
    assert cli("run", "--answers", ANSWERS, "-o", plan).code == 2
    assert plan.read_text() == "mine"
    assert cli("run", "--answers", ANSWERS, "-o", plan, "--force", "--fresh").code == 0
    assert (tmp_path / "plan.yaml.bak").read_text() == "mine"


def test_run_stops_when_answers_run_out_and_resumes_later(cli, tmp_path, data_dir):
    answers = ANSWERS.read_text().splitlines()
    cut = tmp_path / "answers.yaml"
    cut.write_text("\n".join(answers[:18]) + "\n")
    plan = tmp_path / "plan.yaml"
    first = cli("run", "--answers", cut, "-o", plan)
    assert first.code == 1
    assert "ran out" in first.err and "safe-return-moldova" in first.err
    assert not plan.exists()
    cut.write_text(ANSWERS.read_text())
    second = cli("run", "--answers", cut, "-o", plan)
    assert second.code == 0, second.err
    assert "resuming session 'safe-return-moldova'" in second.err
    assert load_plan(plan).profile.title == "Safe Return Moldova"


@pytest.mark.parametrize(
    ("content", "fragment"),
    [("", "non-empty list"), ("answers: []", "non-empty list"), ("answers: {a: 1}", "non-empty list"),
     ("answers:\n  - [1, 2]", "not text"), ("answers: [\n", "not valid YAML")],
)  # fmt: skip
def test_run_bad_answers_files_are_usage_errors(cli, tmp_path, content, fragment):
    answers = tmp_path / "a.yaml"
    answers.write_text(content)
    result = cli("run", "--answers", answers, "-o", tmp_path / "p.yaml")
    assert result.code == 2
    assert fragment in result.err


@pytest.mark.slow
def test_a_killed_run_resumes_with_nothing_lost(tmp_path, data_dir):
    plan = tmp_path / "plan.yaml"
    command = [
        sys.executable,
        "-m",
        "ctguide",
        "run",
        "--answers",
        str(ANSWERS),
        "-o",
        str(plan),
        "--pace",
        "0.15",
    ]
    env = {**os.environ, "CTGUIDE_DATA_DIR": str(data_dir)}
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    session_file = data_dir / "sessions" / "safe-return-moldova.json"
    deadline = time.monotonic() + 60
    applied = 0
    while time.monotonic() < deadline:
        if session_file.exists():
            try:
                applied = json.loads(session_file.read_text())["script"]["applied"]
            except (ValueError, KeyError):
                applied = 0
            if applied >= 12:
                break
        time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=10)
    assert 12 <= applied < 35 and not plan.exists()
    saved = json.loads(session_file.read_text())
    resumed = subprocess.run(command[:-2], env=env, capture_output=True, text=True, timeout=120)
    assert resumed.returncode == 0, resumed.stderr
    assert f"after answer {saved['script']['applied']}" in resumed.stderr
    uninterrupted = tmp_path / "straight.yaml"
    straight = subprocess.run(
        [*command[:-4], "-o", str(uninterrupted), "--fresh"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert straight.returncode == 0, straight.stderr
    assert read_plan_file(plan).data == read_plan_file(uninterrupted).data


def test_starter_writes_a_plan_that_validates_and_lists_what_is_left(cli, tmp_path):
    plan = tmp_path / "starter.yaml"
    result = cli(
        "starter",
        "--area",
        "shelter",
        "--area",
        "legal_assistance",
        "--title",
        "Legal help",
        "--start",
        "2027-01",
        "-o",
        plan,
    )
    assert result.code == 0, result.err
    assert cli("validate", plan).code == 0
    review = cli("review", plan)
    assert review.code == 0
    assert (
        "T1" in review.out
    )  # no [placeholder] is left to hand over, but every stand-in is named until replaced
    assert "P1" in review.out and "Replace the stand-in 'the shelter' with your project's value" in review.out
    assert "  SHL-03: [the shelter] → the shelter" in result.out  # what was put in, to check
    written = load_plan(plan)
    assert (
        written.profile.start_date.isoformat() == "2027-01-01"
        and written.profile.end_date.isoformat() == "2028-12-31"
    )
    assert {b.area for b in written.results_chain} == {"shelter", "legal_assistance"}


def test_starter_fills_who_and_where_from_its_options(cli, tmp_path):
    plan = tmp_path / "p.yaml"
    args = ("starter", "--country", "Nepal", "--area", "shelter", "--area", "awareness_raising")
    assert cli(*args, "--target-group", "young women", "--per-result", "3", "-o", plan).code == 0
    text = plan.read_text(encoding="utf-8")
    assert "[country]" not in text and "[the project area]" not in text and "[target group]" not in text
    assert "in Nepal" in text and "young women" in text
    assert (
        "[the shelter]" not in text and "at the shelter" in text
    )  # what only the project can name: said plainly
    named = re.findall(r"Replace the stand-in '([^']+)'", cli("review", plan).out)
    assert "the shelter" in named and not {"Nepal", "young women"} & set(
        named
    )  # the profile's values are its own


def test_review_names_a_starter_stand_in_until_the_statement_no_longer_holds_it(cli, tmp_path):
    plan = tmp_path / "p.yaml"
    assert cli("starter", "--area", "economic_empowerment", "--per-result", "3", "-o", plan).code == 0
    before = cli("review", plan).out
    assert "Replace the stand-in 'the programme area' with your project's value" in before
    data = load_yaml(plan.read_text(encoding="utf-8"))
    for indicator in data["indicators"]:
        indicator["statement"] = indicator["statement"].replace("the programme area", "Sunsari district")
    plan.write_text(dump_yaml(data), encoding="utf-8")
    after = cli("review", plan).out
    assert "stand-in 'the programme area'" not in after and "stand-in" in after  # the others stay named


@pytest.mark.parametrize(
    "area", ["economic_empowerment", "psychosocial_support", "education_schools", "hotline_helpline"]
)
def test_a_starter_plan_leaves_no_placeholder_and_says_what_it_put_in(cli, tmp_path, area):
    plan = tmp_path / "p.yaml"
    result = cli("starter", "--area", area, "--per-result", "3", "-o", plan)
    assert result.code == 0, result.err
    statements = [i.statement for i in load_plan(plan).indicators]
    assert not [s for s in statements if re.search(r"\[[^\]]+\]", s)]
    assert "wordings put in for the knowledge base's [placeholders]" in result.out


def test_every_starter_plan_is_free_of_errors(cli, tmp_path):
    from ctguide.knowledge import load_knowledge

    for area in load_knowledge().area_by_id:
        plan = tmp_path / f"{area}.yaml"
        assert cli("starter", "--area", area, "--per-result", "3", "-o", plan).code == 0
        errors = [f for f in review_plan(load_plan(plan)) if f.severity == "error"]
        assert errors == [], area
        assert "[" not in "".join(i.statement for i in load_plan(plan).indicators), area


def test_starter_unknown_area_suggests_the_right_id(cli, tmp_path):
    result = cli("starter", "--area", "shelters", "-o", tmp_path / "p.yaml")
    assert result.code == 2
    assert "did you mean shelter?" in result.err


@pytest.mark.parametrize(("word", "area"), [("return", "return_reintegration"), ("legal", "legal_assistance"),
                                            ("hotline", "hotline_helpline"), ("school_prevention", "education_schools")])  # fmt: skip
def test_starter_names_the_area_a_plain_word_is_part_of(cli, tmp_path, word, area):
    result = cli("starter", "--area", word, "-o", tmp_path / "p.yaml")
    assert result.code == 2 and f"did you mean {area}?" in result.err
    assert not (tmp_path / "p.yaml").exists()


def test_sessions_lists_and_reports_foreign_files_untouched(cli, tmp_path, data_dir):
    assert "no saved sessions" in cli("sessions").out
    cli("run", "--answers", ANSWERS, "-o", tmp_path / "p.yaml")
    folder = data_dir / "sessions"
    (folder / "broken.json").write_text("{not json")
    (folder / "foreign.json").write_text(json.dumps({"hello": "world"}))
    result = cli("sessions")
    assert result.code == 0
    assert "safe-return-moldova" in result.out and "done" in result.out
    assert "broken.json: not a ctguide session" in result.err and "foreign.json" in result.err
    assert (folder / "broken.json").read_text() == "{not json"
    listing = json.loads(cli("sessions", "--json").out)
    assert listing["sessions"][0]["title"] == "Safe Return Moldova" and len(listing["problems"]) == 2


def test_implausible_start_years_and_months_are_usage_errors(cli, tmp_path):
    assert (
        "plausible"
        in cli("starter", "--area", "shelter", "--start", "9999-06", "-o", tmp_path / "a.yaml").err
    )
    assert cli("starter", "--area", "shelter", "--months", "100", "-o", tmp_path / "b.yaml").code == 0
    assert cli("starter", "--area", "shelter", "--months", "121", "-o", tmp_path / "c.yaml").code == 2


def test_an_unusable_data_folder_is_a_clear_error(cli, tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setenv("CTGUIDE_DATA_DIR", str(blocker))
    result = cli("run", "--answers", ANSWERS, "-o", tmp_path / "p.yaml")
    assert result.code == 2 and "cannot save the session" in result.err


def test_run_checks_the_output_folder_before_replaying(cli, tmp_path):
    result = cli("run", "--answers", ANSWERS, "-o", tmp_path / "missing" / "p.yaml")
    assert result.code == 2 and "does not exist" in result.err


def test_resuming_against_different_knowledge_warns(cli, tmp_path):
    cut = tmp_path / "answers.yaml"
    cut.write_text("\n".join(ANSWERS.read_text().splitlines()[:10]) + "\n")
    assert cli("run", "--answers", cut, "-o", tmp_path / "p.yaml").code == 1
    result = cli("run", "--answers", cut, "-o", tmp_path / "p.yaml", "--kb", DATA / "knowledge" / "org")
    assert "resuming session" in result.err
    assert "knowledge base changed" in result.err


def test_answers_after_the_plan_is_written_are_applied_and_the_new_plan_written(cli, tmp_path, data_dir):
    script = [str(a) for a in load_yaml(ANSWERS.read_text())["answers"]]
    extra = ["edit title", "Safe Return Moldova and Transnistria", "write"]
    answers = tmp_path / "answers.yaml"
    answers.write_text(dump_yaml({"answers": [*script, *extra]}))
    plan = tmp_path / "plan.yaml"
    assert cli("run", "--answers", answers, "-o", plan).code == 0
    assert load_yaml(plan.read_text())["profile"]["title"] == "Safe Return Moldova and Transnistria"


def test_starter_reads_its_areas_from_a_description_and_says_which(cli, tmp_path):
    plan = tmp_path / "p.yaml"
    result = cli("starter", "we run a shelter for women survivors and help them find a job", "-o", plan)
    assert result.code == 0, result.err
    assert (
        "areas read from the description" in result.err
        and "\n  - Shelter and safe accommodation (shelter)" in result.err
    )
    assert all(len(line) <= 80 for line in result.err.splitlines())  # read on a projector's 80 columns
    assert load_plan(plan).profile.title == "Starter plan: shelter and economic empowerment"
    assert {b.area for b in load_plan(plan).results_chain} == {"shelter", "economic_empowerment"}


def test_starter_leaves_out_areas_the_description_only_hints_at_and_says_so(cli, tmp_path):
    plan = tmp_path / "p.yaml"
    text = "Apoio psicossocial e jurídico a vítimas de tráfico de pessoas para exploração laboral no Brasil, no Pará"
    result = cli("starter", text, "-o", plan)
    assert result.code == 0, result.err
    assert "not sure the project does these too" in result.err and "(child_protection)" in result.err
    areas = {b.area for b in load_plan(plan).results_chain}
    assert {"psychosocial_support", "legal_assistance"} <= areas and "child_protection" not in areas
    assert all(len(line) <= 80 for line in result.err.splitlines())
    result = cli(
        "starter", "--area", "psychosocial_support", "--area", "child_protection", "-o", plan, "--force"
    )
    assert result.code == 0 and {b.area for b in load_plan(plan).results_chain} == {
        "psychosocial_support",
        "child_protection",
    }
    assert "not sure" not in result.err


def test_starter_puts_the_country_a_description_names_in_the_profile_and_the_goal(cli, tmp_path):
    plan = tmp_path / "p.yaml"
    result = cli("starter", "a shelter for women survivors in Nepal", "-o", plan)
    assert result.code == 0, result.err
    assert "countries read from the description: Nepal" in result.err
    written = load_plan(plan)
    assert written.profile.countries == ("Nepal",)
    assert written.goal.statement.startswith("Contribute to ending trafficking in persons in Nepal:")


def test_starter_keeps_destinations_apart_from_the_countries_and_says_so(cli, tmp_path):
    plan = tmp_path / "p.yaml"
    description = ("Sensibilisation des jeunes filles et des parents au Bénin sur les risques de la traite des "
                   "enfants vers le Nigeria et le Gabon")  # fmt: skip
    result = cli("starter", description, "-o", plan)
    assert result.code == 0, result.err
    assert "countries read from the description: Benin (" in result.err
    assert "destinations read from the description (where people are taken" in result.err
    assert "Nigeria, Gabon" in result.err
    written = load_plan(plan)
    assert written.profile.countries == ("Benin",) and written.profile.destinations == ("Nigeria", "Gabon")
    assert "Nigeria" not in written.goal.statement
    markdown = cli("export", plan, "--format", "md", "-o", tmp_path / "p.md")
    assert markdown.code == 0
    assert "- **Destinations (where people are taken):** Nigeria, Gabon" in (tmp_path / "p.md").read_text()


def test_a_starter_pairs_the_countries_and_destinations_for_a_corridor(cli, tmp_path):
    plan = tmp_path / "p.yaml"
    description = ("Fair recruitment of migrant workers from Nepal to Qatar and Malaysia: pre-departure "
                   "orientation and recruitment cost monitoring")  # fmt: skip
    result = cli("starter", description, "-o", plan)
    assert result.code == 0, result.err
    written = load_plan(plan)
    assert written.profile.destinations == ("Qatar", "Malaysia")
    statements = " ".join(i.statement for i in written.indicators)
    assert "Nepal–Qatar and Nepal–Malaysia corridors" in statements and "[corridor]" not in statements


def test_starter_reads_no_country_from_a_verb_and_writes_the_article_english_uses(cli, tmp_path):
    plan = tmp_path / "p.yaml"
    result = cli(
        "starter", "O projeto usa abrigos para sobreviventes do tráfico de pessoas nas Filipinas", "-o", plan
    )
    assert result.code == 0, result.err
    assert load_plan(plan).profile.countries == ("the Philippines",)
    assert "United States" not in plan.read_text()
    assert "trafficking in persons in the Philippines:" in load_plan(plan).goal.statement


@pytest.mark.parametrize(
    ("args", "countries"),
    [(("a shelter for women survivors",), ("(to be set)",)),
     (("a shelter for women survivors in Nepal", "--country", "India"), ("India",))],
)  # fmt: skip
def test_starter_without_a_named_country_or_with_country_keeps_the_option(cli, tmp_path, args, countries):
    plan = tmp_path / "p.yaml"
    result = cli("starter", *args, "-o", plan)
    assert result.code == 0, result.err
    assert "countries read" not in result.err
    assert load_plan(plan).profile.countries == countries
    assert "Nepal" not in plan.read_text()


@pytest.mark.parametrize(
    ("args", "says"),
    [(("hello there",), "could not relate"), (("help victims",), "too thin to tell"), ((), "say which areas"),
     (("shelter for survivors", "--area", "shelter"), "not both")],
)  # fmt: skip
def test_starter_without_usable_areas_says_what_it_needs_and_writes_nothing(cli, tmp_path, args, says):
    plan = tmp_path / "p.yaml"
    result = cli("starter", *args, "-o", plan)
    assert result.code == 2 and says in result.err and "Traceback" not in result.err
    assert not plan.exists()


def test_a_starter_title_names_its_areas_as_a_sentence_would(cli, tmp_path):
    plan = tmp_path / "p.yaml"
    assert (
        cli(
            "starter",
            "--area",
            "shelter",
            "--area",
            "hotline_helpline",
            "--area",
            "legal_assistance",
            "-o",
            plan,
        ).code
        == 0
    )
    assert load_plan(plan).profile.title == "Starter plan: shelter, hotlines and legal assistance"


def test_run_starts_afresh_when_the_answers_applied_before_were_edited(cli, tmp_path, data_dir):
    """A facilitator who fixes yesterday's half-run script gets the fixed answers, not the old ones."""
    answers = ANSWERS.read_text().splitlines()
    script = tmp_path / "answers.yaml"
    script.write_text("\n".join(answers[:18]) + "\n")
    plan = tmp_path / "plan.yaml"
    assert cli("run", "--answers", script, "-o", plan).code == 1
    script.write_text(ANSWERS.read_text().replace("- Safe Return Moldova", "- Safe Return Moldova 2027"))
    again = cli("run", "--answers", script, "-o", plan)
    assert again.code == 0, again.err
    assert "changed since session 'safe-return-moldova'" in again.err and "resuming" not in again.err
    assert load_plan(plan).profile.title == "Safe Return Moldova 2027"
    assert len(list((data_dir / "sessions").glob("*.json"))) == 2  # the interrupted session is kept


def test_a_paced_run_on_a_terminal_shows_the_conversation_as_it_goes(cli, tmp_path, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    monkeypatch.setattr("ctguide.scripted._live_demo", lambda args: bool(args.pace))  # stdout is a terminal
    paced = cli("run", "--answers", ANSWERS, "-o", tmp_path / "p.yaml", "--pace", "0.001")
    assert paced.code == 0, paced.err
    assert "ctguide › Welcome." in paced.out and "you › Safe Return Moldova" in paced.out
    assert "ctguide › Which organisation runs it?" in paced.out
    assert "**" not in paced.out, [line for line in paced.out.splitlines() if "**" in line]
    shown = paced.out.split("\nwrote ")[0].splitlines()  # the last line names the tmp path: any length
    assert all(len(line) <= 80 for line in shown), [line for line in shown if len(line) > 80]
    quiet = cli("run", "--answers", ANSWERS, "-o", tmp_path / "q.yaml", "--fresh")  # no pace: a script, quiet
    assert quiet.code == 0 and "you ›" not in quiet.out


def test_starter_and_review_print_on_a_stream_that_cannot_encode_arrows(tmp_path, data_dir):
    plan = tmp_path / "p.yaml"
    env = {**os.environ, "CTGUIDE_DATA_DIR": str(data_dir), "PYTHONIOENCODING": "ascii"}
    for args in (["starter", "--area", "shelter", "-o", str(plan)], ["review", str(plan)]):
        done = subprocess.run(
            [sys.executable, "-m", "ctguide", *args], env=env, capture_output=True, timeout=120
        )
        assert done.returncode == 0, done.stderr.decode("ascii", "replace")
        assert b"Traceback" not in done.stderr and done.stdout.isascii()


@pytest.mark.parametrize(
    ("description", "tied"),
    [("We run a shelter for women survivors and give psychological counselling", True),
     ("a shelter for women survivors in Nepal", False)],
)  # fmt: skip
def test_starter_says_when_the_first_areas_tie_as_suggest_does(cli, tmp_path, description, tied):
    from ctguide.knowledge import load_knowledge
    from ctguide.matching import suggest

    assert suggest(load_knowledge(), description).tied is tied
    result = cli("starter", description, "-o", tmp_path / "p.yaml")
    assert result.code == 0, result.err
    said = "tied: the description fits shelter and psychosocial_support about equally" in result.err
    assert said is tied
    assert ("tied:" in result.err) is tied
    assert all(len(line) <= 80 for line in result.err.splitlines())
