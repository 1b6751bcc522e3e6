import dataclasses
import json
import subprocess
import sys

import pytest

from ctguide import classcode


def _store_is_for_this_python() -> bool:
    return json.loads(classcode.STORE.read_bytes())["made_for"] == classcode.made_for()


needs_store = pytest.mark.skipif(
    not _store_is_for_this_python(), reason="ctguide/compiled/classcode.json was made for another Python"
)


@needs_store
def test_the_shipped_store_holds_every_record_of_ctguide():
    stored = set(json.loads(classcode.STORE.read_bytes())["code"])
    missing = [text.splitlines()[1] for text in classcode.texts(app=False) if text not in stored]
    assert not missing, (
        f"records changed since ctguide/compiled/classcode.json was made: run `python -m ctguide.kbseed` ({missing[:3]})"
    )


@needs_store
def test_every_stored_code_is_its_text_compiled():
    document = json.loads(classcode.STORE.read_bytes())
    assert len(document["code"]) > 150
    for text in document["code"]:
        assert classcode._code(text) == classcode.compiled(text), text.splitlines()[1]


@needs_store
def test_ctguide_records_are_defined_without_compiling() -> None:
    code = (
        "import builtins, dataclasses, sys\n"
        "import ctguide\n"
        "compiled, real = [], builtins.compile\n"
        "builtins.compile = lambda *a, **k: compiled.append(a[0]) or real(*a, **k)\n"
        "import ctguide.knowledge, ctguide.plan, ctguide.smart, ctguide.exporters, ctguide.kbcache\n"
        "print(dataclasses.exec is not builtins.exec, len([t for t in compiled if '__create_fn__' in str(t)]))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["True", "0"]


def _record_class():
    @dataclasses.dataclass(frozen=True)
    class Pair:
        left: str
        right: tuple[int, ...] = ()

    return Pair


def _behaviour(cls) -> tuple:
    pair = cls("a", (1, 2))
    try:
        pair.left = "b"
        frozen = False
    except dataclasses.FrozenInstanceError:
        frozen = True
    return (
        repr(pair),
        pair == cls("a", (1, 2)),
        pair != cls("b"),
        hash(pair) == hash(cls("a", (1, 2))),
        frozen,
    )


def test_a_record_from_stored_code_behaves_as_one_compiled(monkeypatch):
    monkeypatch.setattr(classcode, "_stored", {})
    texts: list[str] = []
    monkeypatch.setattr(
        dataclasses, "exec", lambda s, g=None, ns=None: texts.append(s) or exec(s, g, ns), raising=False
    )
    compiled = _behaviour(_record_class())
    monkeypatch.setattr(dataclasses, "exec", classcode._exec, raising=False)
    monkeypatch.setattr(classcode, "_stored", {t: _encoded(t) for t in texts})
    taken = []
    real_code = classcode._code
    monkeypatch.setattr(classcode, "_code", lambda t: taken.append(t) or real_code(t))
    assert (
        _behaviour(_record_class())
        == compiled
        == ("_record_class.<locals>.Pair(left='a', right=(1, 2))", True, True, True, True)
    )
    assert taken == texts


def _encoded(text: str) -> str:
    import binascii
    import marshal

    return binascii.b2a_base64(marshal.dumps(classcode.compiled(text)), newline=False).decode()


@pytest.mark.parametrize("damage", ["bm90IGNvZGU=", "%%%", "", "YQ=="])
def test_damaged_stored_code_means_compiling_as_usual(monkeypatch, damage):
    monkeypatch.setattr(dataclasses, "exec", classcode._exec, raising=False)
    texts: list[str] = []
    real = classcode._real_exec
    monkeypatch.setattr(classcode, "_real_exec", lambda s, g=None, ns=None: texts.append(s) or real(s, g, ns))
    monkeypatch.setattr(classcode, "_stored", _AnyText(damage))
    assert _behaviour(_record_class())[0] == "_record_class.<locals>.Pair(left='a', right=(1, 2))"
    assert texts and all(isinstance(t, str) for t in texts)  # each text compiled as usual


class _AnyText(dict):
    def __init__(self, value: str) -> None:
        super().__init__()
        self.value = value

    def get(self, key, default=None):
        return self.value


@pytest.mark.parametrize(
    "document",
    [
        '{"format": "ctguide-classcode 1", "made_for": "cpython bytecode 0000", "code": {}}',
        '{"format": "another", "made_for": "%s", "code": {}}',
        "{not json",
    ],
)
def test_a_store_for_another_python_or_damaged_is_not_used(monkeypatch, tmp_path, document):
    path = tmp_path / "classcode.json"
    path.write_text(document.replace("%s", classcode.made_for()), encoding="utf-8")
    monkeypatch.setattr(classcode, "STORE", path)
    monkeypatch.setattr(classcode, "_stored", None)
    assert classcode._code("def __create_fn__():\n pass") is None
    monkeypatch.setattr(dataclasses, "exec", classcode._exec, raising=False)
    assert _behaviour(_record_class())[0] == "_record_class.<locals>.Pair(left='a', right=(1, 2))"


def test_install_keeps_a_hook_already_there(monkeypatch):
    hook = lambda s, g=None, ns=None: exec(s, g, ns)  # noqa: E731
    monkeypatch.setattr(dataclasses, "exec", hook, raising=False)
    classcode.install()
    assert dataclasses.exec is hook
