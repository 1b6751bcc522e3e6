import re
import subprocess
import sys

import pytest

from ctguide import lazyre

CASES = [
    (r"(?<![\w-])(young\s+people|people)(?![\w-])", re.IGNORECASE, "Young   People and people-smugglers"),
    (r"\b(\d+)\s*%", 0, "raise 40 % to 55%"),
    (r"^\s*(tbd|n/?a)\s*$", re.I, "  N/A "),
]


@pytest.mark.parametrize(("pattern", "flags", "text"), CASES)
def test_lazy_pattern_answers_as_the_compiled_one(pattern: str, flags: int, text: str) -> None:
    lazy, eager = lazyre.compile(pattern, flags), re.compile(pattern, flags)
    assert lazy.pattern == eager.pattern
    assert lazy.flags == eager.flags
    assert lazy.findall(text) == eager.findall(text)
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in eager.finditer(text)]
    assert lazy.sub("#", text) == eager.sub("#", text)
    assert lazy.split(text) == eager.split(text)


def test_compiles_on_first_use_only() -> None:
    lazy = lazyre.compile(r"(unbalanced")
    assert lazy.pattern == "(unbalanced"
    with pytest.raises(re.error):
        lazy.search("x")


def test_review_modules_compile_nothing_at_import() -> None:
    code = (
        "import re, re._compiler as c\n"
        "import ctguide.fit, ctguide.plan, ctguide.knowledge, ctguide.textnorm\n"
        "calls, real = [], c.compile\n"
        "c.compile = lambda p, f=0: calls.append(p) or real(p, f)\n"
        "re.purge()\n"
        "import ctguide.smart\n"
        "print(len(calls))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "0"
