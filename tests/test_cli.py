import io
import json
import re
import sys

import pytest

from ctguide import __version__
from ctguide.cli import folded, main
from ctguide.plan import plan_from_data, plan_to_yaml, read_plan_file
from tests.conftest import DATA, EXAMPLE_PLAN


def test_version(cli):
    result = cli("--version")
    assert result.code == 0
    assert __version__ in result.out


@pytest.mark.parametrize(
    "verb", ["validate", "schema", "suggest", "review", "kb", "kb check", "kb list", "kb show", "kb dump"]
)
def test_every_verb_has_help(cli, verb):
    result = cli(*verb.split(), "--help")
    assert result.code == 0
    assert f"usage: ctguide {verb}" in result.out


def test_validate_a_valid_plan_prints_one_summary_line(cli):
    result = cli("validate", EXAMPLE_PLAN)
    assert result.code == 0
    assert result.out.count("\n") == 1
    assert "valid; 'Safe Return Moldova', 2 areas, 8 results, 6 indicators" in result.out


def test_validate_an_invalid_plan_lists_every_problem_with_its_line(cli, tmp_path):
    text = plan_to_yaml(plan_from_data(read_plan_file(EXAMPLE_PLAN).data))
    text = text.replace("value: 75", "value: 140").replace("result: SHL-OP2", "result: SHL-OP7")
    path = tmp_path / "plan.yaml"
    path.write_text(text)
    result = cli("validate", path)
    assert result.code == 1
    lines = result.out.splitlines()
    assert len(lines) == 2
    located = [re.fullmatch(r"(.+):(\d+): (\$\S+): (.+)", line) for line in lines]
    assert all(located), lines
    pointed_at = {text.splitlines()[int(m[2]) - 1].strip() for m in located}
    assert pointed_at == {"value: 140", "result: SHL-OP7"}
    assert {m[1] for m in located} == {str(path)}
    assert "2 problems" in result.err


@pytest.mark.parametrize(
    ("name", "fragment"),
    [
        ("tabs.yaml", "not tabs"),
        ("empty.yaml", "empty"),
        ("python_tag.yaml", "not allowed"),
        ("garbage.yaml", "not valid YAML"),
        ("list.yaml", "expected a YAML mapping"),
        ("utf16.yaml", "not UTF-8"),
    ],
)
def test_validate_unreadable_files_exit_2_without_traceback(cli, name, fragment):
    result = cli("validate", DATA / "plans" / "unreadable" / name)
    assert result.code == 2
    assert fragment in result.err
    assert "Traceback" not in result.err + result.out


def test_validate_a_missing_file_or_a_folder_exits_2(cli, tmp_path):
    assert "no such file" in cli("validate", tmp_path / "nope.yaml").err
    assert "is a folder" in cli("validate", tmp_path).err


def test_validate_accepts_json_plans(cli, tmp_path):
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(read_plan_file(EXAMPLE_PLAN).data))
    assert cli("validate", path).code == 0


def test_schema_plan_prints_the_packaged_schema(cli):
    result = cli("schema", "plan")
    assert result.code == 0
    assert json.loads(result.out)["title"] == "ctguide indicator plan"


def test_usage_errors_exit_2(cli):
    assert cli("schema", "nonsense").code == 2
    assert cli("frobnicate").code == 2


@pytest.mark.parametrize(
    "argv",
    [["validate", "p.yaml"], ["review", "p.yaml", "--json"], ["export", "p.yaml", "-o", "p.md", "--force"],
     ["kb", "show", "SHL-01"], ["suggest", "shelter", "--limit", "3"], ["import", "a.csv", "-o", "p.yaml"],
     ["starter", "--area", "shelter", "-o", "p.yaml"], ["run", "--answers", "a.yaml", "-o", "p.yaml"]],
    ids=lambda argv: argv[0],
)  # fmt: skip
def test_the_parser_built_for_one_command_reads_it_as_the_whole_one_does(argv):
    from ctguide.cli import COMMANDS, build_parser

    alone = build_parser(argv[0])
    assert vars(alone.parse_args(argv)) == vars(build_parser().parse_args(argv))
    assert set(alone._subparsers._group_actions[0].choices) == {argv[0]} and argv[0] in COMMANDS


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_messages_to_a_terminal_break_between_words_at_its_width(monkeypatch, tmp_path):
    monkeypatch.setenv("COLUMNS", "80")
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["export", str(EXAMPLE_PLAN), "-o", str(tmp_path / "plan.pdf")]) == 2
    lines = terminal.getvalue().splitlines()
    assert len(lines) > 1 and all(len(line) < 80 for line in lines)
    words = " ".join(line.strip() for line in lines).split()
    assert "(yaml," in words and "--format" in words  # whole words: nothing cut mid-word
    assert lines[1].startswith("  ")


@pytest.mark.parametrize(
    "command",
    [["starter", "--area", "economic_empowerment", "--per-result", "3"], ["schema", "plan"],
     ["suggest", "--json", "community dialogues with religious leaders about child marriage and migration"]],
)  # fmt: skip
def test_a_commands_messages_on_stdout_fold_at_a_terminals_width_and_its_data_never(
    monkeypatch, tmp_path, command
):
    monkeypatch.setenv("COLUMNS", "80")
    monkeypatch.setenv("CTGUIDE_DATA_DIR", str(tmp_path / "data"))
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stdout", terminal)
    out = [*command, "-o", str(tmp_path / "p.yaml")] if command[0] == "starter" else command
    assert main(out) == 0
    lines = terminal.getvalue().splitlines()
    if (
        command[0] == "starter"
    ):  # 'wordings put in for the knowledge base's [placeholders]: check …' was one long line
        assert all(len(line) < 80 for line in lines)
        lead = next(n for n, line in enumerate(lines) if line.startswith("wordings put in"))
        assert lines[lead + 1].startswith("  ") and "review names each" not in lines[lead]
    else:
        assert any(len(line) >= 80 for line in lines)  # a schema's or JSON's line stays whole: it is data
        assert json.loads(terminal.getvalue())


def test_suggest_folds_its_list_for_a_terminal(monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stdout", terminal)
    assert (
        main(["suggest", "community dialogues with religious leaders about child marriage and migration"])
        == 0
    )
    assert all(len(line) < 80 for line in terminal.getvalue().splitlines())


def test_messages_to_a_file_keep_one_line_each(cli, tmp_path):
    result = cli("export", EXAMPLE_PLAN, "-o", tmp_path / "plan.pdf")
    assert result.code == 2 and len(result.err.strip().splitlines()) == 1


@pytest.mark.parametrize(
    ("line", "hanging"),
    [("  CSO-04   [outcome] Mean organisational capacity " + "word " * 12, 11),
     ("ctguide: row 2: filed under return_reintegration (protection), sure: " + "word " * 8, 2),
     ("      'capacity building for NGOs' matched keyword " + "word " * 8, 8)],
)  # fmt: skip
def test_a_folded_line_goes_on_under_its_own_column(line, hanging):
    first, second, *_ = folded(line, 80).splitlines()
    assert len(second) - len(second.lstrip()) == hanging and len(first) < 80
