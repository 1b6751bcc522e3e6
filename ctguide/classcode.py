"""Dataclass methods compiled in advance.

`dataclasses` writes the __init__, __repr__, __eq__, __hash__ and frozen __setattr__ of every record
as source text and compiles it when the class is defined: the ~40 records a command defines cost
~20 ms of compiling on every start, more than anything else the commands import. compiled/classcode.json
holds the code Python's compiler makes of each of those texts (as a module's .pyc holds its code, and
shipped inside the package as the modules are), made by `python -m ctguide.kbseed` for one bytecode
version, whose number heads the file. `install()` has dataclasses take a text's code from there
instead of compiling the text again; a text not found there, or a file made for another Python, is
compiled as before. What the code does is exactly what the text says: it is the text, compiled.
"""

from __future__ import annotations

import binascii
import builtins
import json
import sys
from pathlib import Path
from typing import Any

FORMAT = "ctguide-classcode 1"
STORE = Path(__file__).resolve().parent / "compiled" / "classcode.json"

_real_exec = builtins.exec
_stored: dict[str, str] | None = None


def made_for() -> str:
    from importlib.util import MAGIC_NUMBER

    return f"{sys.implementation.name} bytecode {MAGIC_NUMBER.hex()}"


def install() -> None:
    """From now on, dataclasses runs the stored code of the texts it would compile."""
    import dataclasses

    if "exec" not in vars(dataclasses):  # the module calls exec(text, globals, namespace) for each method
        dataclasses.exec = _exec


def _exec(source: Any, globals: dict[str, Any] | None = None, locals: Any = None) -> None:  # noqa: A002
    code = _code(source) if type(source) is str else None
    _real_exec(source if code is None else code, globals, locals)


def _code(text: str) -> Any:
    global _stored
    if _stored is None:
        _stored = {}
        try:
            document = json.loads(STORE.read_bytes())
            if document["format"] == FORMAT and document["made_for"] == made_for():
                _stored = document["code"]
        except (OSError, ValueError, KeyError, TypeError):
            pass
    encoded = _stored.get(text)
    if encoded is None:
        return None
    try:
        import marshal

        code = marshal.loads(binascii.a2b_base64(encoded))
    except (ValueError, EOFError, TypeError, binascii.Error):
        return None
    return code if type(code) is type(_code.__code__) else None


def compiled(text: str) -> Any:
    """What `exec(text)` in dataclasses compiles: no future features of the caller (dataclasses has none)."""
    return compile(text, "<string>", "exec", dont_inherit=True)


# --- making the store (python -m ctguide.kbseed) -------------------------------------------------


_PROBE = """
import builtins, dataclasses, json, sys
texts, real = [], builtins.exec
dataclasses.exec = lambda source, g=None, l=None: texts.append(source) or real(source, g, l)
import ctguide.lazyre as r
r.import_all(app=APP)
print(json.dumps(sorted(set(t for t in texts if type(t) is str))))
"""


def texts(*, app: bool) -> list[str]:
    """Every text dataclasses compiles when each module of ctguide (with `app`, the app's too, and so
    textual's records) is imported, in a fresh interpreter."""
    import subprocess

    probe = _PROBE.replace("APP", str(app))
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return json.loads(done.stdout.splitlines()[-1])


def generate() -> str:
    """The text of compiled/classcode.json for this Python: one text a line, with its code."""
    import marshal

    lines = [
        f"{json.dumps(text)}: {json.dumps(binascii.b2a_base64(marshal.dumps(compiled(text)), newline=False).decode())}"
        for text in texts(app=True)
    ]
    head = json.dumps({"format": FORMAT, "made_for": made_for()})[:-1]
    return head + ', "code": {\n' + ",\n".join(lines) + "\n}}\n"
