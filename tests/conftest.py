from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from ctguide.cli import main

DATA = Path(__file__).parent / "data"
EXAMPLE_PLAN = DATA / "plans" / "shelter_moldova.yaml"
LOGFRAME_PLAN = DATA / "plans" / "shelter_moldova_1_1.yaml"
"""The reference plan in format 1.1: goal, context indicator, assumptions, sector, monitor-only count."""


@pytest.fixture(scope="session", autouse=True)
def private_cache(tmp_path_factory: pytest.TempPathFactory):
    """Compiled knowledge goes to a folder of this run, never the real user cache (subprocesses inherit it)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("CTGUIDE_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
        yield


@dataclass(frozen=True)
class CliResult:
    code: int
    out: str
    err: str


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]):
    """Run `ctguide ARGS...` in-process and capture its exit code and output."""

    def run(*args: str | Path) -> CliResult:
        try:
            code = main([str(a) for a in args])
        except SystemExit as exit_:  # argparse usage errors and --version
            code = int(exit_.code or 0)
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    return run
