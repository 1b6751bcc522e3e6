"""The knowledge base: curated counter-trafficking indicators and the catalogues that explain them.

`load_knowledge()` reads the YAML under knowledge/ (or an organisation's folder layered on top),
validates every file against knowledge.schema.json, checks every cross reference, and returns a
read-only, indexed KnowledgeBase. Problems name the file, the line and the JSON path.
"""

from __future__ import annotations

import dataclasses
import difflib
import hashlib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from ctguide import lazyre
from ctguide.inputs import InputUnreadable, read_input
from ctguide.paths import builtin_knowledge_dir
from ctguide.records import from_data
from ctguide.validation import LocatedProblem, Problem, knowledge_file_is_valid, locate, schema_problems

PLACEHOLDER = lazyre.compile_now(r"\[[^\[\]]+\]")
OBJECTIVE_LEVELS = ("impact", "outcome")


# --- records -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Pillar:
    id: str
    name: str
    description: str
    order: int = 0


@dataclass(frozen=True)
class Result:
    id: str
    level: str
    statement: str
    explain: str | None = None
    area: str = ""


@dataclass(frozen=True)
class ExternalRef:
    vocabulary: str
    code: str


@dataclass(frozen=True)
class KbIndicator:
    id: str
    result: str
    statement: str
    level: str
    type: str
    unit: str
    direction: str
    means_of_verification: tuple[str, ...]
    data_collection: str
    frequency: str
    rationale: str
    limitations: str
    disaggregation: tuple[str, ...] = ()
    pitfalls: tuple[str, ...] = ()
    placeholders: tuple[tuple[str, str], ...] = field(default=(), metadata={"mapping": True})
    unit_detail: str | None = None
    numerator: str | None = None
    denominator: str | None = None
    direction_note: str | None = None
    stages: tuple[str, ...] = ()
    ethics: tuple[str, ...] = ()
    definitions: tuple[tuple[str, str], ...] = field(default=(), metadata={"mapping": True})
    sources: tuple[str, ...] = ()
    external_refs: tuple[ExternalRef, ...] = ()
    tags: tuple[str, ...] = ()
    attributable: bool = True
    area: str = ""

    @property
    def is_context(self) -> bool:
        """A context indicator: tracked to show the situation the project works in, not claimed as its result."""
        return not self.attributable

    @property
    def placeholder_names(self) -> tuple[str, ...]:
        return tuple(PLACEHOLDER.findall(self.statement))

    def filled_statement(self, values: dict[str, str] | None = None) -> str:
        """The statement with each [placeholder] replaced by `values`, or by its example."""
        examples = dict(self.placeholders) | (values or {})
        return PLACEHOLDER.sub(lambda m: examples.get(m.group(0), m.group(0)), self.statement)


@dataclass(frozen=True)
class Area:
    id: str
    code: str
    pillar: str
    name: str
    description: str
    objective: str
    keywords: tuple[str, ...] = ()
    synonyms: tuple[str, ...] = ()
    also: tuple[str, ...] = ()
    results: tuple[Result, ...] = ()
    indicators: tuple[KbIndicator, ...] = ()
    assumptions: tuple[str, ...] = ()
    adaptation_tips: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    dac_sector: str | None = None

    @property
    def objective_id(self) -> str:
        """What indicators of the area's objective name as their result (the plan's objective id too)."""
        return f"{self.code}-OBJ"

    @property
    def objective_indicators(self) -> tuple[KbIndicator, ...]:
        return self.indicators_for(self.objective_id)

    @property
    def pillars(self) -> tuple[str, ...]:
        """Home pillar first, then the others the area is offered under."""
        return (self.pillar, *self.also)

    def results_at(self, level: str) -> tuple[Result, ...]:
        return tuple(r for r in self.results if r.level == level)

    def indicators_for(self, result_id: str) -> tuple[KbIndicator, ...]:
        return tuple(i for i in self.indicators if i.result == result_id)


@dataclass(frozen=True)
class GlossaryTerm:
    id: str
    term: str
    definition: str
    synonyms: tuple[str, ...] = ()
    example: str | None = None
    sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class DisaggregationCode:
    code: str
    name: str
    values: tuple[str, ...]
    description: str | None = None
    people_level: bool = False
    sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class Method:
    code: str
    name: str
    description: str
    direct_contact: bool = False
    cost: str | None = None


@dataclass(frozen=True)
class Frequency:
    id: str
    name: str
    description: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class SmartRule:
    id: str
    criterion: str
    checks: str
    fix: str
    severity: str
    why: str | None = None


@dataclass(frozen=True)
class EthicsRule:
    id: str
    title: str
    advice: str
    question: str
    note_template: str | None = None
    sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class Pitfall:
    code: str
    name: str
    why: str
    fix: str
    sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class Resource:
    id: str
    title: str
    publisher: str
    type: str
    topics: tuple[str, ...]
    summary: str
    url: str
    year: int | None = None
    note: str | None = None


@dataclass(frozen=True)
class KnowledgeBase:
    """Read-only knowledge, indexed by pillar, area, result and indicator id."""

    pillars: tuple[Pillar, ...]
    areas: tuple[Area, ...]
    glossary: tuple[GlossaryTerm, ...] = ()
    disaggregation: tuple[DisaggregationCode, ...] = ()
    methods: tuple[Method, ...] = ()
    frequencies: tuple[Frequency, ...] = ()
    smart_rules: tuple[SmartRule, ...] = ()
    ethics_rules: tuple[EthicsRule, ...] = ()
    pitfalls: tuple[Pitfall, ...] = ()
    resources: tuple[Resource, ...] = ()
    sources: tuple[str, ...] = ()

    @cached_property
    def area_by_id(self) -> dict[str, Area]:
        return {a.id: a for a in self.areas}

    @cached_property
    def pillar_by_id(self) -> dict[str, Pillar]:
        return {p.id: p for p in self.pillars}

    @cached_property
    def result_by_id(self) -> dict[str, Result]:
        return {r.id: r for a in self.areas for r in a.results}

    @cached_property
    def indicator_by_id(self) -> dict[str, KbIndicator]:
        return {i.id: i for a in self.areas for i in a.indicators}

    @cached_property
    def fingerprint(self) -> str:
        """A short digest of what a conversation depends on (areas, results, indicators), to tell
        whether a saved session is being resumed against different knowledge."""
        digest = hashlib.sha256()
        for area in self.areas:
            digest.update(f"{area.id}|{area.objective}".encode())
            for result in area.results:
                digest.update(f"{result.id}|{result.level}|{result.statement}".encode())
            for indicator in area.indicators:
                digest.update(
                    f"{indicator.id}|{indicator.result}|{indicator.statement}|{indicator.unit}".encode()
                )
        return digest.hexdigest()[:16]

    @cached_property
    def indicators(self) -> tuple[KbIndicator, ...]:
        return tuple(i for a in self.areas for i in a.indicators)

    def areas_in(self, pillar: str) -> tuple[Area, ...]:
        """Areas offered under `pillar`: home areas first, then those that also belong there."""
        home = tuple(a for a in self.areas if a.pillar == pillar)
        return home + tuple(a for a in self.areas if pillar in a.also)

    @cached_property
    def catalogue(self) -> dict[str, dict[str, Any]]:
        """Each catalogue as {code or id: entry}, for look-ups by the engines and the UI."""
        return {
            "glossary": {t.id: t for t in self.glossary},
            "disaggregation": {d.code: d for d in self.disaggregation},
            "methods": {m.code: m for m in self.methods},
            "frequencies": {f.id: f for f in self.frequencies},
            "smart_rules": {r.id: r for r in self.smart_rules},
            "ethics_rules": {r.id: r for r in self.ethics_rules},
            "pitfalls": {p.code: p for p in self.pitfalls},
            "resources": {r.id: r for r in self.resources},
        }


# --- loading -------------------------------------------------------------------------------

# catalogue file name -> (schema $def, top-level list key, KnowledgeBase field, record type, key field)
CATALOGUES: dict[str, tuple[str, str, str, type, str]] = {
    "glossary": ("glossary", "terms", "glossary", GlossaryTerm, "id"),
    "disaggregation": ("disaggregation", "codes", "disaggregation", DisaggregationCode, "code"),
    "means_of_verification": ("means_of_verification", "methods", "methods", Method, "code"),
    "frequencies": ("frequencies", "frequencies", "frequencies", Frequency, "id"),
    "smart_rules": ("smart_rules", "rules", "smart_rules", SmartRule, "id"),
    "ethics_rules": ("ethics_rules", "rules", "ethics_rules", EthicsRule, "id"),
    "pitfalls": ("pitfalls", "pitfalls", "pitfalls", Pitfall, "code"),
    "resources": ("resources", "resources", "resources", Resource, "id"),
}


class KnowledgeError(Exception):
    """The knowledge cannot be used: every problem, located in its file."""

    def __init__(self, problems: Sequence[LocatedProblem]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(map(str, self.problems)))


@dataclass(frozen=True)
class SourceFile:
    """One parsed knowledge file and the text its lines come from."""

    path: Path
    text: str
    data: Any

    def locate(self, problems: Iterable[Problem]) -> list[LocatedProblem]:
        return locate(list(problems), str(self.path), self.text)


Known = Mapping[str, tuple[str, Any]]
"""Files parsed and schema-checked before: path within its folder -> (SHA-256 of the content, data)."""


@dataclass
class _Builder:
    """Accumulates files layer by layer; problems are collected, never raised midway."""

    known: dict[Path, tuple[str, Any]] = field(default_factory=dict)
    pillars: dict[str, tuple[Pillar, SourceFile, tuple]] = field(default_factory=dict)
    areas: dict[str, tuple[dict[str, Any], SourceFile]] = field(default_factory=dict)
    extensions: list[tuple[dict[str, Any], SourceFile]] = field(default_factory=list)
    catalogues: dict[str, dict[str, tuple[Any, SourceFile, tuple]]] = field(default_factory=dict)
    problems: list[LocatedProblem] = field(default_factory=list)
    parsed: int = 0  # files parsed, as opposed to taken from `known`
    taken: int = 0


def load_knowledge(
    path: Path | str | None = None, *, layer: bool = True, known: Known | None = None
) -> KnowledgeBase:
    """Load and check knowledge.

    With no path: the built-in knowledge base. With a path: that folder (same layout: pillars.yaml,
    areas/*.yaml, catalogues/*.yaml, each optional) layered over the built-in one, so an
    organisation's ids override or extend it. `layer=False` loads the folder alone.
    `known` (see ctguide.kbseed) spares parsing and schema-checking a file whose content has the
    digest it gives for the file's place in its folder; the cross references are checked all the same,
    unless one folder holds exactly the files `known` gives (ctguide.kbseed compiles only knowledge
    whose references hold, checked by this module: its digest is part of the compiled file's).
    Raises KnowledgeError with every problem when anything is wrong.
    """
    folders = [builtin_knowledge_dir()]
    if path is not None:
        folders = [*folders, Path(path)] if layer else [Path(path)]
    builder = _Builder()
    if known:
        builder.known = {folder / place: entry for folder in folders for place, entry in known.items()}
    for folder in folders:
        _read_folder(builder, folder, is_overlay=folder is not folders[0])
    checked = bool(known) and len(folders) == 1 and not builder.parsed and builder.taken == len(known)
    kb = _assemble(builder, check=not checked)
    if builder.problems:
        raise KnowledgeError(builder.problems)
    return kb


def knowledge_files(folder: Path) -> list[Path]:
    """Every file `load_knowledge` reads or complains about in `folder`, in a stable order."""
    found = []
    for sub in (folder, folder / "areas", folder / "catalogues"):
        if sub.is_dir():
            found += sorted(p for p in sub.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())
    return found


def _read_folder(builder: _Builder, folder: Path, *, is_overlay: bool) -> None:
    if not folder.is_dir():
        builder.problems.append(
            LocatedProblem(str(folder), None, Problem(None, "not a knowledge folder (no such folder)"))
        )
        return
    pillars = folder / "pillars.yaml"
    if pillars.is_file():
        _read_pillars(builder, pillars)
    elif not is_overlay:
        builder.problems.append(
            LocatedProblem(str(pillars), None, Problem(None, "missing: the pillars file"))
        )
    for path in sorted((folder / "areas").glob("*.yaml")) if (folder / "areas").is_dir() else ():
        _read_area(builder, path)
    catalogue_dir = folder / "catalogues"
    for path in sorted(catalogue_dir.glob("*.yaml")) if catalogue_dir.is_dir() else ():
        if path.stem not in CATALOGUES:
            message = f"unknown catalogue file; expected one of: {', '.join(CATALOGUES)}"
            builder.problems.append(LocatedProblem(str(path), None, Problem(None, message)))
            continue
        _read_catalogue(builder, path)
    for stray in sorted(folder.glob("*.yml")) + sorted((folder / "areas").glob("*.yml")):
        builder.problems.append(
            LocatedProblem(str(stray), None, Problem(None, "knowledge files end in .yaml"))
        )


def _parse(builder: _Builder, path: Path, definition: str | Callable[[Any], str]) -> SourceFile | None:
    """Read, parse and schema-check one file; `definition` may be chosen from the parsed data."""
    try:
        content = read_input(path, "knowledge file")
    except InputUnreadable as unreadable:
        builder.problems.append(
            LocatedProblem(str(path), None, Problem(None, str(unreadable).removeprefix(f"{path}: ")))
        )
        return None
    entry = builder.known.get(path)
    if entry is not None and hashlib.sha256(content).hexdigest() == entry[0]:
        builder.taken += 1
        return SourceFile(path, content.decode("utf-8"), entry[1])
    builder.parsed += 1
    source = _parse_text(builder, path, content)
    if source is None:
        return None
    kind = definition(source.data) if callable(definition) else definition
    if knowledge_file_is_valid(source.data, kind):
        return source
    problems = schema_problems(source.data, "knowledge", kind) or [
        Problem((), "does not follow the knowledge schema")
    ]
    builder.problems.extend(source.locate(problems))
    return None


def _parse_text(builder: _Builder, path: Path, content: bytes) -> SourceFile | None:
    from ctguide.yamlio import YamlProblem, load_yaml  # not needed when the knowledge comes compiled

    try:
        text = content.decode("utf-8")
        return SourceFile(path, text, load_yaml(text, source=str(path)))
    except YamlProblem as problem:
        builder.problems.append(LocatedProblem(problem.source, problem.line, Problem(None, problem.message)))
    except UnicodeDecodeError:
        builder.problems.append(
            LocatedProblem(str(path), None, Problem(None, "not UTF-8 text; save it as UTF-8"))
        )
    return None


def _read_pillars(builder: _Builder, path: Path) -> None:
    source = _parse(builder, path, "pillars")
    if source is None:
        return
    for index, entry in enumerate(source.data["pillars"]):
        builder.pillars[entry["id"]] = (from_data(Pillar, entry), source, ("pillars", index))


def _area_kind(data: Any) -> str:
    return "area_extension" if isinstance(data, dict) and "extends" in data else "area"


def _read_area(builder: _Builder, path: Path) -> None:
    source = _parse(builder, path, _area_kind)
    if source is None:
        return
    if _area_kind(source.data) == "area_extension":
        builder.extensions.append((source.data, source))
        return
    if source.data["id"] != path.stem:
        message = f"the area id {source.data['id']!r} must match the file name {path.stem!r}"
        builder.problems.extend(source.locate([Problem(("id",), message)]))
    builder.areas[source.data["id"]] = (source.data, source)


def _read_catalogue(builder: _Builder, path: Path) -> None:
    definition, key, _, record, id_field = CATALOGUES[path.stem]
    source = _parse(builder, path, definition)
    if source is None:
        return
    entries = builder.catalogues.setdefault(path.stem, {})
    seen: set[str] = set()
    for index, entry in enumerate(source.data[key]):
        ident = entry[id_field]
        if ident in seen:
            builder.problems.extend(
                source.locate([Problem((key, index, id_field), f"{ident!r} is defined twice in this file")])
            )
        seen.add(ident)
        entries[ident] = (from_data(record, entry), source, (key, index))


# --- assembling and cross references ---------------------------------------------------------


def _assemble(builder: _Builder, *, check: bool = True) -> KnowledgeBase:
    area_data = {ident: (dict(data), source) for ident, (data, source) in builder.areas.items()}
    area_paths: dict[str, dict[str, tuple[SourceFile, tuple]]] = {}
    for ident, (data, source) in area_data.items():
        area_paths[ident] = _element_paths(data, source)
    for extension, source in builder.extensions:
        _apply_extension(builder, area_data, area_paths, extension, source)
    catalogues = {name: {k: v[0] for k, v in entries.items()} for name, entries in builder.catalogues.items()}
    areas = tuple(_build_area(data) for data, _ in area_data.values())
    kb = KnowledgeBase(
        pillars=tuple(sorted((p for p, _, _ in builder.pillars.values()), key=lambda p: (p.order, p.id))),
        areas=tuple(sorted(areas, key=lambda a: a.id)),
        **{spec[2]: tuple(catalogues.get(name, {}).values()) for name, spec in CATALOGUES.items()},
    )
    if check:
        _check_references(builder, kb, area_data, area_paths)
    return kb


def _element_paths(data: dict[str, Any], source: SourceFile) -> dict[str, tuple[SourceFile, tuple]]:
    """Where each result and indicator of an area file sits, for locating problems later."""
    paths: dict[str, tuple[SourceFile, tuple]] = {"": (source, ())}
    for key in ("results", "indicators"):
        for index, entry in enumerate(data.get(key, ())):
            paths[f"{key}:{entry['id']}"] = (source, (key, index))
    return paths


def _apply_extension(builder, area_data, area_paths, extension: dict[str, Any], source: SourceFile) -> None:
    target = extension["extends"]
    if target not in area_data:
        close = difflib.get_close_matches(target, list(area_data), n=3)
        hint = f"; did you mean {', '.join(close)}?" if close else "; `ctguide kb list` shows the area ids"
        builder.problems.extend(source.locate([Problem(("extends",), f"no area {target!r} to extend{hint}")]))
        return
    data, _ = area_data[target]
    for key in ("keywords", "synonyms", "assumptions", "adaptation_tips", "sources"):
        data[key] = list(data.get(key, ())) + [
            v for v in extension.get(key, ()) if v not in data.get(key, ())
        ]
    for key in ("results", "indicators"):
        merged = {entry["id"]: entry for entry in data.get(key, ())}
        for index, entry in enumerate(extension.get(key, ())):
            merged[entry["id"]] = entry
            area_paths[target][f"{key}:{entry['id']}"] = (source, (key, index))
        data[key] = list(merged.values())


def _build_area(data: dict[str, Any]) -> Area:
    area = from_data(Area, {k: v for k, v in data.items() if k not in ("results", "indicators")})
    results = tuple(from_data(Result, r | {"area": area.id}) for r in data["results"])
    indicators = tuple(from_data(KbIndicator, i | {"area": area.id}) for i in data["indicators"])
    return dataclasses.replace(area, results=results, indicators=indicators)


def _check_references(builder: _Builder, kb: KnowledgeBase, area_data, area_paths) -> None:
    def report(area_id: str, element: str, steps: tuple, message: str) -> None:
        source, base = area_paths[area_id].get(element, area_paths[area_id][""])
        builder.problems.extend(source.locate([Problem(base + steps, message)]))

    known = {name: set(entries) for name, entries in builder.catalogues.items()}
    codes = {a.code: a.id for a in kb.areas}
    for area in kb.areas:
        _check_area(area, kb, known, codes, report)
    _check_unique_ids(kb, report)
    for entries in builder.catalogues.values():
        for record, source, path in entries.values():
            for s, resource in enumerate(getattr(record, "sources", ())):
                if resource not in known.get("resources", set()):
                    builder.problems.extend(
                        source.locate([Problem((*path, "sources", s), _unknown("resource", resource))])
                    )


def _unknown(kind: str, value: str) -> str:
    return f"unknown {kind} {value!r}; define it in the {kind} catalogue or use an existing one"


def _check_area(
    area: Area, kb: KnowledgeBase, known: dict[str, set[str]], codes: dict[str, str], report
) -> None:
    for p, pillar in enumerate(area.pillars):
        if pillar not in kb.pillar_by_id:
            step = ("pillar",) if p == 0 else ("also", p - 1)
            report(
                area.id, "", step, f"unknown pillar {pillar!r}; known: {', '.join(sorted(kb.pillar_by_id))}"
            )
    if codes.get(area.code) != area.id:
        report(
            area.id, "", ("code",), f"area code {area.code!r} is also used by area {codes.get(area.code)!r}"
        )
    for s, resource in enumerate(area.sources):
        if resource not in known.get("resources", set()):
            report(area.id, "", ("sources", s), _unknown("resource", resource))
    results = {r.id: r for r in area.results}
    for result in area.results:
        if not result.id.startswith(area.code + "-"):
            report(
                area.id, f"results:{result.id}", ("id",), f"result ids of this area start with {area.code}-"
            )
    for indicator in area.indicators:
        for steps, message in _indicator_problems(indicator, area, results, known):
            report(area.id, f"indicators:{indicator.id}", steps, message)
    for steps, message in _dead_ends(area):
        report(area.id, "", steps, message)


def _dead_ends(area: Area) -> Iterator[tuple[tuple, str]]:
    """What would leave a conversation about this area without a way forward: the dialog insists on
    an outcome, and suggests for each result the area's indicators of the result's level."""
    if not any(r.level == "outcome" for r in area.results):
        yield ("results",), ("the area has no outcome result, and a plan keeps at least one outcome per area; "
                             "add an outcome so that the conversation can go on")  # fmt: skip
    levels = {i.level for i in area.indicators}
    for level in ("outcome", "output"):
        waiting = [r.id for r in area.results if r.level == level]
        if waiting and level not in levels:
            yield ("indicators",), (f"no {level} indicator, so the conversation would have none to suggest for "
                                    f"{', '.join(waiting)}; add at least one")  # fmt: skip


def _indicator_problems(
    indicator: KbIndicator, area: Area, results: dict[str, Result], known: dict[str, set[str]]
) -> Iterator[tuple[tuple, str]]:
    yield from _placement_problems(indicator, area, results)
    for key, catalogue, kind in (
        ("disaggregation", "disaggregation", "disaggregation code"),
        ("means_of_verification", "means_of_verification", "means-of-verification code"),
        ("pitfalls", "pitfalls", "pitfall code"),
        ("ethics", "ethics_rules", "ethics rule"),
        ("sources", "resources", "resource"),
    ):
        for index, value in enumerate(getattr(indicator, key)):
            if value not in known.get(catalogue, set()):
                yield (key, index), _unknown(kind, value)
    if indicator.frequency not in known.get("frequencies", set()):
        yield ("frequency",), _unknown("frequency", indicator.frequency)
    named, given = set(indicator.placeholder_names), {name for name, _ in indicator.placeholders}
    for missing in sorted(named - given):
        yield ("placeholders",), f"placeholder {missing} in the statement has no example value"
    for extra in sorted(given - named):
        yield ("placeholders", extra), f"placeholder {extra} does not appear in the statement"
    if "AMB" in indicator.pitfalls and not indicator.direction_note:
        yield (
            ("direction_note",),
            "an ambiguous indicator (pitfall AMB) needs a direction_note saying how to read a rise or a fall",
        )


def _placement_problems(
    indicator: KbIndicator, area: Area, results: dict[str, Result]
) -> Iterator[tuple[tuple, str]]:
    """An indicator sits under a result of its level, or under the area's objective (impact or outcome)."""
    if indicator.result == area.objective_id:
        if indicator.level not in OBJECTIVE_LEVELS:
            yield (
                ("level",),
                f"an indicator of the objective {area.objective_id} is at impact or outcome level",
            )
        return
    result = results.get(indicator.result)
    if result is None:
        known = ", ".join([area.objective_id, *results])
        yield ("result",), f"result {indicator.result!r} is not a result of area {area.id!r} (known: {known})"
        return
    if indicator.level != result.level:
        yield (
            ("level",),
            f"level {indicator.level!r} differs from the level of {result.id} ({result.level!r})",
        )
    if not indicator.attributable:
        yield (
            ("attributable",),
            f"a context indicator (attributable: false) belongs to the objective {area.objective_id}, not to {result.id}",
        )


def _check_unique_ids(kb: KnowledgeBase, report) -> None:
    """Result and indicator ids are unique across every file; each place of a clash is reported."""
    places: dict[str, list[tuple[str, str]]] = {}
    for area in kb.areas:
        for key, items in (("results", area.results), ("indicators", area.indicators)):
            for item in items:
                places.setdefault(item.id, []).append((area.id, key))
    for ident, where in places.items():
        if len(where) > 1:
            areas = sorted({area for area, _ in where})
            for area, key in dict.fromkeys(where):
                report(
                    area,
                    f"{key}:{ident}",
                    ("id",),
                    f"id {ident!r} is used more than once (areas: {', '.join(areas)}); ids must be unique",
                )
