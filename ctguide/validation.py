"""The one validation path: JSON Schema problems and cross-field problems, reported alike.

A Problem carries a JSON path into the document; `locate` turns it into `file:line: $.path: message`
using the YAML text the document came from.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ctguide import lazyre

if TYPE_CHECKING:
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import ValidationError

PathStep = str | int
PACKAGE = (
    Path(__file__).resolve().parent
)  # the schemas ship inside it (read as files: no importlib.resources)


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a document, at a place in it (path None: the file as a whole)."""

    path: tuple[PathStep, ...] | None
    message: str

    @property
    def json_path(self) -> str:
        return json_path(self.path) if self.path is not None else ""


@dataclass(frozen=True)
class LocatedProblem:
    source: str
    line: int | None
    problem: Problem

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line else self.source
        if self.problem.path is None:
            return f"{where}: {self.problem.message}"
        return f"{where}: {self.problem.json_path}: {self.problem.message}"


def json_path(path: Iterable[PathStep]) -> str:
    out = "$"
    for step in path:
        out += f"[{step}]" if isinstance(step, int) else f".{step}"
    return out


def schema_names() -> tuple[str, ...]:
    return ("plan", "knowledge")


@cache
def schema(name: str) -> dict[str, Any]:
    """The packaged JSON Schema `name` (plan or knowledge)."""
    if name not in schema_names():
        raise KeyError(f"no schema named {name!r}; known: {', '.join(schema_names())}")
    text = (PACKAGE / "schemas" / f"{name}.schema.json").read_text(encoding="utf-8")
    return json.loads(text)


def schema_text(name: str) -> str:
    schema(name)
    return (PACKAGE / "schemas" / f"{name}.schema.json").read_text(encoding="utf-8")


@cache
def _validator(name: str, definition: str | None) -> Draft202012Validator:
    from jsonschema import Draft202012Validator  # imported on first use: it costs ~100 ms

    document = schema(name)
    if definition is not None:
        document = {"$defs": document["$defs"], "$ref": f"#/$defs/{definition}"}
    return Draft202012Validator(document, format_checker=Draft202012Validator.FORMAT_CHECKER)


def knowledge_file_is_valid(instance: Any, kind: str) -> bool:
    """Fast yes/no for a knowledge file of `kind`, from validator code generated from the schema.

    Loading the built-in knowledge base validates ~40 files on every start; jsonschema needs
    ~350 ms for that, the generated code ~40 ms. Only a "no" pays for `schema_problems`, which
    gives the complete, located report.
    """
    from ctguide.schemas import _knowledge_fast

    try:
        _knowledge_fast.validate({kind: instance})
    except _knowledge_fast.JsonSchemaValueException:
        return False
    return True


FAST_KNOWLEDGE_MODULE = "schemas/_knowledge_fast.py"


def generate_fast_knowledge_validator() -> str:
    """Source of ctguide/schemas/_knowledge_fast.py (regenerate with `python -m ctguide.validation`)."""
    import fastjsonschema

    document = schema("knowledge")
    bundle = {
        "$defs": document["$defs"],
        "type": "object",
        "minProperties": 1,
        "maxProperties": 1,
        "properties": {kind: {"$ref": f"#/$defs/{kind}"} for kind in KNOWLEDGE_KINDS},
        "additionalProperties": False,
    }
    header = f"# Generated from knowledge.schema.json by `python -m ctguide.validation`; do not edit.\n# {SCHEMA_HASH_PREFIX}{_schema_hash()}\n"
    return header + _lean_generated(fastjsonschema.compile_to_code(bundle))


_FORMAT_LOCALS = lazyre.compile_now(r'"((?:[^"\\{}]|\{[a-z_]+\})*)"\.format\(\*\*locals\(\)\)')


def _lean_generated(code: str) -> str:
    """The generated code names each item it checks with `"...[{index}]".format(**locals())`, even
    when nothing is wrong: ~10,000 copies of every local variable per knowledge load. The same
    text as an f-string costs a fraction of that. The code also imports fastjsonschema (the whole
    package, with decimal: more than a plan's validation costs) for its exception class alone, and
    decimal only to accept a Decimal as a number; the class is defined beside the code instead, and
    since no Decimal exists before decimal is imported, the check looks for one only then."""
    code = _FORMAT_LOCALS.sub(r'f"\1"', code)
    code = code.replace("from decimal import Decimal\n", _DECIMAL, 1)
    return code.replace(
        "from fastjsonschema import JsonSchemaValueException, JsonSchemaValuesException\n", _EXCEPTIONS, 1
    )


_DECIMAL = """import sys


class _IsDecimal(type):
    def __instancecheck__(cls, value):
        decimal = sys.modules.get("decimal")
        return decimal is not None and isinstance(value, decimal.Decimal)


class Decimal(metaclass=_IsDecimal):
    \"\"\"decimal.Decimal to isinstance, without importing decimal.\"\"\"
"""
_EXCEPTIONS = """

class JsonSchemaValueException(ValueError):
    def __init__(self, message, value=None, name=None, definition=None, rule=None):
        super().__init__(message)
        self.message, self.value, self.name, self.definition, self.rule = message, value, name, definition, rule


class JsonSchemaValuesException(ValueError):
    def __init__(self, errors):
        super().__init__(errors)
        self.errors = errors
"""


KNOWLEDGE_KINDS = (
    "pillars",
    "area",
    "area_extension",
    "glossary",
    "disaggregation",
    "means_of_verification",
    "frequencies",
    "smart_rules",
    "ethics_rules",
    "pitfalls",
    "resources",
)
SCHEMA_HASH_PREFIX = "schema sha256: "


def _schema_hash(name: str = "knowledge") -> str:
    import hashlib

    return hashlib.sha256(schema_text(name).encode("utf-8")).hexdigest()


FAST_PLAN_MODULE = "schemas/_plan_fast.py"
_DATE = lazyre.compile_now(r"^\d{4}-\d{2}-\d{2}$", re.ASCII)


def _is_date(value: str) -> bool:
    """The `date` format exactly as jsonschema checks it (a real calendar date), not just its shape."""
    try:
        return bool(_DATE.fullmatch(value) and dt.date.fromisoformat(value))
    except ValueError:
        return False


def plan_is_valid(instance: Any) -> bool:
    """Fast yes/no for a plan document, from code generated from plan.schema.json.

    Reading a plan would otherwise import jsonschema (~100 ms) for every `review` or `export`.
    A "no", or generated code older than the schema, falls back to `schema_problems`.
    """
    from ctguide.schemas import _plan_fast

    if _schema_hash("plan") != _plan_fast.SCHEMA_SHA256:
        return False
    try:
        _plan_fast.validate(instance, custom_formats={"date": _is_date})
    except _plan_fast.JsonSchemaValueException:
        return False
    return True


def generate_fast_plan_validator() -> str:
    """Source of ctguide/schemas/_plan_fast.py (regenerate with `python -m ctguide.validation`)."""
    import fastjsonschema

    document = {key: value for key, value in schema("plan").items() if key not in ("$schema", "$id")}
    code = _lean_generated(
        fastjsonschema.compile_to_code(document, formats={"date": _is_date}, use_default=False)
    )
    digest = _schema_hash("plan")
    header = f"# Generated from plan.schema.json by `python -m ctguide.validation`; do not edit.\n# {SCHEMA_HASH_PREFIX}{digest}\n"
    return header + f"SCHEMA_SHA256 = {digest!r}\n" + code


def schema_problems(instance: Any, name: str, definition: str | None = None) -> list[Problem]:
    """Every way `instance` breaks schema `name` (or one of its $defs), sorted by place."""
    validator = _validator(name, definition)
    problems = {Problem(tuple(e.absolute_path), _message(e)) for e in validator.iter_errors(instance)}
    return sorted(problems, key=_sort_key)


def _sort_key(problem: Problem) -> tuple:
    return (tuple((isinstance(s, str), str(s).zfill(6)) for s in problem.path), problem.message)


def locate(problems: Sequence[Problem], source: str, text: str | None) -> list[LocatedProblem]:
    from ctguide.yamlio import LineFinder  # only problems need lines: compiled knowledge needs no YAML

    finder = LineFinder(text) if text is not None else None
    return [LocatedProblem(source, finder.line(p.path or ()) if finder else None, p) for p in problems]


def _message(error: ValidationError) -> str:
    kind, instance, expected = error.validator, error.instance, error.validator_value
    if kind == "required":
        missing = error.message.split("'")[1] if "'" in error.message else error.message
        return f"missing required field '{missing}'"
    if kind == "additionalProperties":
        return f"unknown field(s): {error.message.split('(')[-1].rstrip(')')}"
    if kind == "type":
        wanted = expected if isinstance(expected, str) else " or ".join(expected)
        return f"expected {_article(wanted)}, got {_describe(instance)}"
    if kind == "enum":
        return f"{_short(instance)} is not allowed; expected one of: {', '.join(map(str, expected))}"
    if kind == "const":
        return f"expected {expected!r}, got {_short(instance)}"
    if kind == "format" and expected == "date":
        return f"{_short(instance)} is not a calendar date; expected YYYY-MM-DD, e.g. 2027-01-31"
    if kind == "pattern" and "[0-9]{4}-" in str(expected):
        return f"{_short(instance)} is not a date; expected YYYY-MM-DD, e.g. 2027-01-31"
    if kind == "pattern":
        return f"{_short(instance)} does not have the expected form ({expected})"
    if kind in ("minLength", "minItems") and not instance:
        return "must not be empty"
    if kind == "minItems":
        return f"needs at least {expected} item(s)"
    return error.message if len(error.message) < 200 else error.message[:197] + "..."


def _article(word: str) -> str:
    names = {
        "object": "a mapping",
        "array": "a list",
        "string": "text",
        "integer": "a whole number",
        "number": "a number",
        "boolean": "true or false",
        "null": "nothing",
    }
    return names.get(word, word)


def _describe(instance: Any) -> str:
    if isinstance(instance, bool):
        return f"{str(instance).lower()}"
    if isinstance(instance, dict):
        return "a mapping"
    if isinstance(instance, list):
        return "a list"
    if instance is None:
        return "nothing (empty value)"
    if isinstance(instance, (int, float)):
        return f"the number {instance}"
    return f"text {_short(instance)}"


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


if __name__ == "__main__":
    for module, generate in (
        (FAST_KNOWLEDGE_MODULE, generate_fast_knowledge_validator),
        (FAST_PLAN_MODULE, generate_fast_plan_validator),
    ):
        target = PACKAGE / module
        with open(str(target), "w", encoding="utf-8") as handle:
            handle.write(generate())
        print(f"wrote {target}")
