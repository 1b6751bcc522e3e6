import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from ctguide import lazyre

PLAN = Path(__file__).resolve().parent / "data" / "plans" / "shelter_moldova.yaml"

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


def _store_is_for_this_python() -> bool:
    return json.loads(lazyre.STORE.read_bytes())["made_for"] == lazyre.made_for()


needs_store = pytest.mark.skipif(
    not _store_is_for_this_python(), reason="ctguide/compiled/regex.json was made for another Python"
)


@needs_store
def test_the_shipped_regex_store_is_in_step():
    assert lazyre.STORE.read_text(encoding="utf-8") == lazyre.generate(), (
        "a regular expression changed since ctguide/compiled/regex.json was made: run `python -m ctguide.kbseed`"
    )


@needs_store
def test_every_stored_pattern_is_the_one_re_compiles():
    entries = json.loads(lazyre.STORE.read_bytes())["patterns"]
    assert len(entries) > 100
    for key in entries:
        flags, pattern = key.split(":", 1)
        built, compiled = lazyre.stored(pattern, int(flags)), re.compile(pattern, int(flags))
        assert built == compiled, key  # equal patterns: same text, flags and engine code
        assert (built.groups, built.groupindex) == (compiled.groups, compiled.groupindex), key


@needs_store
def test_a_stored_pattern_matches_as_the_compiled_one():
    pattern, flags = r"(?P<year>\d{4})-(?P<month>\d{2})|\b(end|halve)\s+\w+", re.IGNORECASE
    entry = lazyre.code_of(pattern, flags)
    lazyre._store()[lazyre._key(pattern, flags)] = entry
    built, compiled = lazyre.stored(pattern, flags), re.compile(pattern, flags)
    text = "From 2027-01, END trafficking and halve arrests"
    assert [m.groupdict() for m in built.finditer(text)] == [m.groupdict() for m in compiled.finditer(text)]
    assert built.sub("#", text) == compiled.sub("#", text)


@pytest.mark.parametrize(
    "damage",
    [
        lambda entry: [entry[0], entry[1], entry[2], "bm90IGNvZGU="],  # not code the engine accepts
        lambda entry: [entry[0], entry[1], entry[2], "%%%"],  # not base64
        lambda entry: [entry[0]],  # cut short
        lambda entry: "text",
    ],
)
def test_damaged_stored_code_means_compiling_as_usual(monkeypatch, damage):
    pattern, flags = r"\b(\w+)ing\b", 0
    store = {lazyre._key(pattern, flags): damage(lazyre.code_of(pattern, flags))}
    monkeypatch.setattr(lazyre, "_stored", store)
    assert lazyre.stored(pattern, flags) is None
    lazy = lazyre.compile(pattern, flags)
    assert lazy.findall("training and mentoring") == ["train", "mentor"]


@pytest.mark.parametrize(
    "document",
    [
        '{"format": "ctguide-regex 1", "made_for": "cpython 2.7", "imports": {}, "patterns": {"0:a": []}}',
        '{"format": "another", "made_for": "%s", "imports": {}, "patterns": {"0:a": []}}',
        "{not json",
    ],
)
def test_a_store_for_another_python_or_damaged_is_not_used(monkeypatch, tmp_path, document):
    path = tmp_path / "regex.json"
    path.write_text(document.replace("%s", lazyre.made_for()), encoding="utf-8")
    monkeypatch.setattr(lazyre, "STORE", path)
    monkeypatch.setattr(lazyre, "_stored", None)
    assert lazyre._store() == {}
    assert lazyre.compile(r"a+").match("aaa").group() == "aaa"


def test_a_missing_store_is_not_used(monkeypatch, tmp_path):
    monkeypatch.setattr(lazyre, "STORE", tmp_path / "absent.json")
    monkeypatch.setattr(lazyre, "_stored", None)
    assert lazyre.stored(r"\d+") is None
    assert lazyre.compile_now(r"\d+").findall("12 and 3") == ["12", "3"]


@needs_store
def test_the_commands_modules_and_yaml_compile_nothing_when_imported() -> None:
    code = (
        "import re, re._compiler as c, argparse, dataclasses, difflib, json, pathlib  # stdlib, imported first\n"
        "calls, real = [], c.compile\n"
        "c.compile = lambda p, f=0: calls.append(p) or real(p, f)\n"
        "import ctguide.yamlio, ctguide.textnorm, ctguide.literal, ctguide.placeholders, ctguide.validation\n"
        "import ctguide.knowledge, ctguide.drafting, ctguide.atomic, ctguide.parsing, ctguide.smart\n"
        "print([p for p in calls if isinstance(p, str)][:3])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


@needs_store
def test_a_review_takes_every_pattern_it_uses_from_the_store() -> None:
    code = (
        "import re, re._compiler as c\n"
        "from ctguide.plan import plan_from_data, read_plan_file\n"
        "from ctguide.smart import review_plan\n"
        "from ctguide.knowledge import load_knowledge\n"
        f"plan, kb = plan_from_data(read_plan_file({str(PLAN)!r}).data), load_knowledge()\n"
        "calls, real = [], c.compile\n"
        "c.compile = lambda p, f=0: calls.append(p) or real(p, f)\n"
        "review_plan(plan, kb)\n"
        "from ctguide.lazyre import _MADE\n"
        "used = [p for p in _MADE if 'compiled' in p.__dict__]\n"
        "print(len(used) > 20, [p[:60] for p in calls if p in {u.pattern for u in used}])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "True []"
