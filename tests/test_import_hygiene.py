"""Only ctguide/tui may import textual; the core and the non-UI commands never load it."""

import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import EXAMPLE_PLAN

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
