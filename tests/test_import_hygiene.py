"""Commands import only what they use: textual only in the app, and with the knowledge compiled
(ctguide.kbcache) no YAML parser, schema validator, matcher or exporter a command does not need.
Seen from `python -X importtime -c "from ctguide.cli import main; main([...])"`."""

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import EXAMPLE_PLAN

PLAIN_CSV = Path(__file__).parent / "data" / "bad" / "csv" / "plain.csv"

PACKAGE = Path(__file__).resolve().parent.parent / "ctguide"
CORE_MODULES = sorted(
    "ctguide." + ".".join(p.relative_to(PACKAGE).with_suffix("").parts)
    for p in PACKAGE.rglob("*.py")
    if "tui" not in p.relative_to(PACKAGE).parts and p.name != "__main__.py"
)


def _loads_textual(code: str) -> bool:
    script = f"import sys\n{code}\nprint('textual' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    return result.stdout.strip().splitlines()[-1] == "True"


@pytest.mark.parametrize("module", [m.removesuffix(".__init__") for m in CORE_MODULES])
def test_core_module_imports_without_textual(module):
    assert not _loads_textual(f"import {module}")


@pytest.mark.parametrize(
    "argv",
    [["validate", str(EXAMPLE_PLAN)], ["kb", "list"], ["kb", "show", "SHL-01"], ["schema", "plan"]],
    ids=" ".join,
)
def test_non_ui_commands_never_load_textual(argv):
    assert not _loads_textual(f"from ctguide.cli import main\nmain({argv!r})")


def test_only_the_tui_package_mentions_textual():
    offenders = [
        str(p.relative_to(PACKAGE))
        for p in PACKAGE.rglob("*.py")
        if "tui" not in p.relative_to(PACKAGE).parts
        and any(re.match(r"\s*(import|from)\s+textual(\.|\s|$)", line) for line in p.read_text().splitlines())
    ]
    assert offenders == []


UNNEEDED = {
    ("kb", "list"): ["yaml", "jsonschema", "fastjsonschema", "rapidfuzz", "ctguide.plan", "ctguide.matching"],
    ("kb", "show", "SHL-01"): ["yaml", "jsonschema", "fastjsonschema", "ctguide.plan", "ctguide.matching"],
    ("kb", "dump", "--json"): ["yaml", "jsonschema", "fastjsonschema", "rapidfuzz", "ctguide.plan"],
    ("suggest", "shelter for women survivors"): ["yaml", "jsonschema", "fastjsonschema", "ctguide.plan"],
    ("validate", str(EXAMPLE_PLAN)): ["jsonschema", "rapidfuzz", "ctguide.knowledge", "ctguide.exporters.rows"],
    ("review", str(EXAMPLE_PLAN)): ["jsonschema", "ctguide.exporters.rows", "ctguide.exporters.markdown",
                                    "ctguide.dialog"],  # its fit rule reads indicators with the matcher
    ("export", str(EXAMPLE_PLAN), "-o", "{tmp}/plan.md"): ["jsonschema", "openpyxl",
                                                          "ctguide.exporters.workbook", "ctguide.exporters.iati"],
    ("export", str(EXAMPLE_PLAN), "-o", "{tmp}/plan.csv"): ["jsonschema", "ctguide.kbcache", "ctguide.smart"],
    ("starter", "--area", "shelter", "-o", "{tmp}/plan.yaml"): ["jsonschema", "rapidfuzz", "ctguide.matching",
                                                                "ctguide.dialog", "ctguide.smart"],
    ("import", str(PLAIN_CSV), "-o", "{tmp}/plan.yaml"): ["jsonschema", "ctguide.dialog", "ctguide.exporters.markdown"],
}  # fmt: skip


@pytest.fixture(scope="module")
def warm_cache():
    from ctguide.kbcache import load_compiled

    load_compiled(derived=("matching",))  # the knowledge base
    load_compiled(derived=("matching",))  # and its matching index


@pytest.mark.parametrize("argv", list(UNNEEDED), ids=lambda argv: " ".join(argv[:2]))
def test_commands_import_only_what_they_use(argv, warm_cache, tmp_path):
    argv = [a.format(tmp=tmp_path) for a in argv]
    unneeded = UNNEEDED[tuple(a.replace(str(tmp_path), "{tmp}") for a in argv)]
    script = (
        "import json, sys\nfrom ctguide.cli import main\n"
        f"code = main({argv!r})\nprint(json.dumps([code, sorted(set({unneeded!r}) & set(sys.modules))]))"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    code, loaded = json.loads(result.stdout.strip().splitlines()[-1])
    assert code == 0
    assert loaded == []


def test_the_app_engine_with_compiled_knowledge_needs_no_parser_validator_or_exporter(warm_cache):
    script = (
        "import json, sys\nfrom ctguide.dialog import start\nfrom ctguide.kbcache import load_compiled\n"
        "start(load_compiled(derived=('matching',)))\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('yaml', 'jsonschema', 'fastjsonschema', 'openpyxl') or m.startswith('ctguide.exporters'))))"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert json.loads(result.stdout.strip().splitlines()[-1]) == []
