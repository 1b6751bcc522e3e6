"""The knowledge base and the schemas are found however ctguide is installed, from outside the source tree."""

import json
import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PROBE = """
import json, ctguide
from importlib.resources import files
from ctguide.paths import builtin_knowledge_dir
from ctguide.kbseed import known
from ctguide.knowledge import knowledge_files, load_knowledge
kb = builtin_knowledge_dir()
import sys
compiled = known()
sys.modules["ctguide.yamlio"] = None  # the compiled entries hold for the installed files: nothing is parsed
load_knowledge(known=compiled)
print(json.dumps({
    "module": ctguide.__file__,
    "knowledge": str(kb),
    "pillars": (kb / "pillars.yaml").is_file(),
    "areas": len(list((kb / "areas").glob("*.yaml"))),
    "schemas": [files("ctguide").joinpath("schemas", n + ".schema.json").is_file() for n in ("plan", "knowledge")],
    "compiled": sorted(compiled) == sorted(p.relative_to(kb).as_posix() for p in knowledge_files(kb)),
}))
"""

pytestmark = pytest.mark.slow


def _pip(python: Path | str, *args: str) -> None:
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--no-deps", *args],
        check=True,
        capture_output=True,
        text=True,
    )


def _probe(python: Path | str, cwd: Path, pythonpath: Path | None = None) -> dict:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    if pythonpath:
        env["PYTHONPATH"] = str(pythonpath)
    result = subprocess.run(
        [str(python), "-c", PROBE], cwd=cwd, env=env, capture_output=True, text=True, check=True
    )
    return json.loads(result.stdout)


def _assert_complete(found: dict, inside: Path) -> None:
    assert Path(found["module"]).is_relative_to(inside), found
    assert found["pillars"], found
    assert found["areas"] == len(list((ROOT / "knowledge" / "areas").glob("*.yaml"))), found
    assert found["schemas"] == [True, True], found
    assert found["compiled"], found


def test_from_a_built_wheel(tmp_path):
    wheels, target = tmp_path / "wheels", tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(wheels), str(ROOT)],
        check=True,
        capture_output=True,
        text=True,
    )
    (wheel,) = wheels.glob("ctguide-*.whl")
    _pip(sys.executable, "--target", str(target), str(wheel))
    found = _probe(sys.executable, cwd=tmp_path, pythonpath=target)
    _assert_complete(found, target)
    assert Path(found["knowledge"]).is_relative_to(target / "ctguide" / "_data")


def test_after_pip_install_dot(tmp_path):
    target = tmp_path / "site"
    _pip(sys.executable, "--target", str(target), str(ROOT))
    _assert_complete(_probe(sys.executable, cwd=tmp_path, pythonpath=target), target)


def test_after_an_editable_install(tmp_path):
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    _pip(python, "-e", str(ROOT))
    found = _probe(python, cwd=tmp_path)
    _assert_complete(found, ROOT)
    assert Path(found["knowledge"]) == ROOT / "knowledge"
