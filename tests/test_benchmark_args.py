"""The benchmark scripts' arguments: a bad value is a usage error (a message saying what was expected, exit 2)."""

import argparse
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks._args import at_least, existing_file, numbers, setting, source_tree

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    ("parse", "text", "value"),
    [(at_least(2), "5", 5), (numbers, "4,16,64", (4.0, 16.0, 64.0)), (numbers, "0.5", (0.5,)),
     (setting, "LEARNED_WEIGHT=2.5", ("LEARNED_WEIGHT", 2.5)), (setting, " CAP = 3", ("CAP", 3.0))],
)  # fmt: skip
def test_good_values_are_read(parse, text, value):
    assert parse(text) == value


@pytest.mark.parametrize(
    ("parse", "text", "says"),
    [(at_least(2), "1", "at least 2"), (at_least(1), "x", "whole number"), (at_least(1), "-3", "whole number"),
     (at_least(1), "2.5", "whole number"), (numbers, "4,x", "separated by commas"), (numbers, "", "separated"),
     (setting, "abc", "NAME=VALUE"), (setting, "=3", "NAME=VALUE"), (setting, "W=abc", "a number after W="),
     (source_tree, "/no/such/folder", "existing folder"), (existing_file, "/no/such/file", "existing file")],
)  # fmt: skip
def test_bad_values_say_what_was_expected(parse, text, says):
    with pytest.raises(argparse.ArgumentTypeError, match=says):
        parse(text)


@pytest.mark.parametrize(
    ("script", "args", "says"),
    [("learned_cv.py", ["--set", "LEARNED_WEIGHT=abc"], "expected a number after LEARNED_WEIGHT="),
     ("learned_cv.py", ["--set", "NO_SUCH=1"], "number constant of ctguide.matching"),
     ("learned_cv.py", ["--grid", "--caps", "3,x"], "separated by commas"),
     ("pillar_cv.py", ["--folds", "0"], "at least 2"), ("review_quality.py", ["--cv", "--folds", "one"], "at least 2"),
     ("scale.py", ["1000", "many"], "whole number"), ("xlsx_export.py", ["--runs", "0"], "at least 1")],
)  # fmt: skip
def test_a_benchmark_given_a_bad_argument_exits_2_without_a_traceback(script, args, says):
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / script), *args], capture_output=True, text=True
    )
    assert done.returncode == 2
    assert says in done.stderr and "Traceback" not in done.stderr
