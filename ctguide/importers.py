"""From an existing indicator list or logframe (a spreadsheet saved as CSV) to a plan.

Header names are matched loosely ("Indicator", "Performance indicator", "MoV", "Means of
verification", "Baseline", "Target(s)", Spanish and French too). What cannot be mapped is reported,
never silently dropped; values that cannot be read become "to be set" and are reported as well.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Callable, Container
from dataclasses import dataclass, field

from ctguide.drafting import GOAL_ID, TO_BE_SET, first_quarter_end
from ctguide.exporters.csv_table import FORMULA_STARTS
from ctguide.exporters.rows import CONTEXT_NO_TARGET, HEADINGS
from ctguide.knowledge import KnowledgeBase
from ctguide.matching import suggest
from ctguide.parsing import Unclear, parse_date, parse_number
from ctguide.plan import (
    MONITOR,
    RATIO_UNITS,
    UNITS,
    AreaChain,
    Baseline,
    Disaggregation,
    Indicator,
    Plan,
    Profile,
    Projection,
    Statement,
    Target,
)
from ctguide.smart import OUTPUT_VERBS, PERCENT_WORD
from ctguide.textnorm import fold
from ctguide.wrapping import clipped

FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "indicator": ("indicator", "indicators", "performance indicator", "indicator statement", "indicator name",
                  "name of indicator", "kpi", "indicador", "indicadores", "indicateur", "indicateurs"),
    "indicator_id": ("indicator id", "indicator code", "code", "id", "no", "ref"),
    "result": ("result", "results", "result statement", "outcome", "output", "objective results",
               "objective", "expected result", "resultado", "resultat", "objective / results"),
    "result_id": ("result id", "result code", "outcome id", "output id"),
    "result_level": ("result level", "result type", "level of result"),
    "level": ("level", "indicator level", "indicator type level"),
    "pillar": ("pillar", "p", "pilar", "pilier"),
    "area": ("area", "intervention area", "sector", "component", "area de intervencion", "domaine"),
    "type": ("type", "indicator type"),
    "unit": ("unit", "unit of measure", "unit of measurement", "unidad", "unite"),
    "numerator": ("numerator", "numerador", "numerateur"),
    "denominator": ("denominator", "denominador", "denominateur"),
    "direction": ("direction", "direction of change", "desired direction"),
    "baseline": ("baseline", "baseline value", "linea de base", "valeur de reference", "situation de reference"),
    "baseline_date": ("baseline date", "baseline year"),
    "baseline_source": ("baseline source", "source of baseline"),
    "baseline_note": ("baseline note", "notes on baseline"),
    "targets": ("target", "targets", "target value", "end target", "meta", "metas", "cible", "cibles", "valeur cible"),
    "means_of_verification": ("means of verification", "mov", "movs", "medio de verificacion", "moyen de verification", "means of verification data source",
                              "data source", "source of verification", "sources of verification", "verification",
                              "medios de verificacion", "fuente de verificacion", "moyens de verification",
                              "source de verification"),
    "collection_method": ("data collection method", "collection method", "method", "data collection",
                          "means of verification data collection", "metodo de recoleccion", "methode de collecte"),
    "frequency": ("frequency", "reporting frequency", "frecuencia", "frequence", "periodicity", "timing"),
    "responsible": ("responsible", "responsibility", "who", "responsable", "person responsible"),
    "disaggregation": ("disaggregation", "disaggregated by", "desagregacion", "desagregation", "breakdown"),
    "definitions": ("definitions", "definition", "precise definition", "precise definitions"),
    "ethics_notes": ("ethics notes", "ethics", "ethical considerations"),
    "limitations": ("limitations", "known limitations", "known data limitations", "risks"),
    "kb_id": ("knowledge base id", "kb id"),
    "stages": ("stages", "milestone stages"),
    "unit_detail": ("unit detail",),
    "direction_note": ("direction note", "how to read the direction"),
    "rationale": ("rationale", "justification", "why this indicator"),
    "pitfalls": ("pitfalls",),
    "projections": ("projection", "projections", "donor projection", "donor projections"),
    "attribution": ("attributable", "attribution"),
}  # fmt: skip
PILLARS = {"prevention": "prevention", "protection": "protection", "prosecution": "prosecution",
           "partnership": "partnership", "prevencion": "prevention", "proteccion": "protection",
           "persecucion": "prosecution", "alianzas": "partnership", "protection des victimes": "protection",
           "poursuites": "prosecution", "partenariat": "partnership"}  # fmt: skip


MAX_ROWS = 10_000
"""The most indicator rows one import reads: far above a real logframe (tens to hundreds of rows), and placed
under areas in seconds; a larger file is a data dump, not an indicator list."""


class ImportProblem(Exception):
    """The file cannot be used at all (no indicator column, empty, unreadable)."""


@dataclass(frozen=True)
class AreaGuess:
    """Where rows without an area column were filed, and how sure the guess is."""

    rows: tuple[int, ...]
    area: str
    pillar: str
    sure: bool
    text: str
    others: tuple[str, ...] = ()


@dataclass
class ImportReport:
    """What the import did not take over as such, and what it guessed."""

    unmapped_columns: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    guesses: list[AreaGuess] = field(default_factory=list)
    not_imported: list[str] = field(default_factory=list)

    @property
    def check_these(self) -> list[int]:
        return sorted(row for guess in self.guesses if not guess.sure for row in guess.rows)

    def lines(self) -> list[str]:
        lines = []
        if self.unmapped_columns:
            lines.append("columns not mapped: " + ", ".join(repr(c) for c in self.unmapped_columns))
        lines += self.notes
        for guess in self.guesses:
            how = (
                "sure"
                if guess.sure
                else "not sure" + (f"; also fits {', '.join(guess.others)}" if guess.others else "")
            )
            lines.append(
                f"{_rows(guess.rows)}: filed under {guess.area} ({guess.pillar}), {how}: “{_clip(guess.text)}”"
            )
        lines += self.not_imported
        if self.check_these:  # last: what the user has to look at, after every row's account
            lines.append(
                f"check these: {_rows(tuple(self.check_these))} (the area was a guess; add an Area column to decide)"
            )
        return lines


def _rows(numbers: tuple[int, ...]) -> str:
    return ("row " if len(numbers) == 1 else "rows ") + ", ".join(str(n) for n in numbers)


def _clip(text: str) -> str:
    return clipped(text, 60)


def decode(raw: bytes, encoding: str | None = None) -> tuple[str, list[str]]:
    """CSV bytes as text: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252 (said so)."""
    if encoding:
        try:
            return raw.decode(encoding), []
        except LookupError:
            raise ImportProblem(
                f"--encoding {encoding!r} is not a text encoding Python knows; e.g. utf-8, cp1252, latin-1"
            ) from None
        except (UnicodeError, ValueError) as error:  # includes the 'undefined' codec and decoding errors
            raise ImportProblem(f"cannot read the file as {encoding}: {error}") from None
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16"), []
    try:
        return raw.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
        return text, ["the file is not UTF-8; it was read as Windows-1252 (if accents look wrong, save it as "
                      "'CSV UTF-8' or pass --encoding)"]  # fmt: skip


def read_table(text: str) -> tuple[list[str], list[list[str]]]:
    if not text.strip():
        raise ImportProblem(
            "the file is empty; expected a header row (e.g. Indicator, Means of verification, Baseline, Target)"
        )
    sample = text[:8192]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
        dialect.doublequote = (
            True  # spreadsheets escape a quote by doubling it; the sniffer guesses this wrong
        )
    except csv.Error:
        dialect = csv.excel
    if "\x00" in sample:
        raise ImportProblem("this is not a text file (it contains binary data); save the spreadsheet as CSV")
    csv.field_size_limit(16 * 1024 * 1024)
    try:
        rows = [row for row in csv.reader(io.StringIO(text), dialect) if any(c.strip() for c in row)]
    except csv.Error as error:
        raise ImportProblem(
            f"the file is not readable as CSV ({error}); save the spreadsheet as CSV"
        ) from None
    if not rows:
        raise ImportProblem("the file holds no rows")
    if len(rows) - 1 > MAX_ROWS:
        raise ImportProblem(f"{len(rows) - 1:,} rows; an indicator list is expected to have at most {MAX_ROWS:,} "
                            "(split it by project or by area)")  # fmt: skip
    return [c.strip() for c in rows[0]], rows[1:]


def map_columns(header: list[str]) -> tuple[dict[str, int], list[str]]:
    """Our field -> column index, and the headings that matched nothing."""
    lookup = {_norm(alias): name for name, aliases in FIELD_ALIASES.items() for alias in aliases}
    lookup |= {_norm(heading): name for name, heading in HEADINGS.items()}
    mapping: dict[str, int] = {}
    unmapped = []
    for index, heading in enumerate(header):
        name = lookup.get(_norm(heading))
        if name and name not in mapping:
            mapping[name] = index
        elif heading:
            unmapped.append(heading)
    return mapping, unmapped


def _unguard(text: str) -> str:
    """Undo the apostrophe the CSV export puts before formula characters (csv_table.guard)."""
    return text[1:] if text.startswith("'") and text[1:].startswith(FORMULA_STARTS) else text


def _norm(text: str) -> str:
    return " ".join(fold(text).split())


@dataclass(frozen=True)
class ImportOptions:
    title: str
    organisation: str
    countries: tuple[str, ...]
    period: tuple[dt.date, dt.date]
    source: str


def import_table(
    kb: KnowledgeBase,
    header: list[str],
    rows: list[list[str]],
    options: ImportOptions,
    progress: Callable[[int, int], None] | None = None,
) -> tuple[Plan, ImportReport]:
    """The plan a table describes; `progress(done, total)` is called as rows are placed."""
    mapping, unmapped = map_columns(header)
    if "indicator" not in mapping:
        raise ImportProblem(f"no column with the indicators; expected a header such as 'Indicator' or 'Performance indicator' "
                            f"(found: {', '.join(repr(h) for h in header if h) or 'no headings'})")  # fmt: skip
    report = ImportReport(unmapped_columns=unmapped)
    records = []
    for number, row in enumerate(rows, start=2):
        values = {name: _unguard(row[i].strip() if i < len(row) else "") for name, i in mapping.items()}
        if not values["indicator"]:
            report.notes.append(f"row {number}: no indicator text; skipped")
            continue
        records.append((number, values))
    if not records:
        raise ImportProblem("no row has an indicator; nothing to import")
    placed = _place(kb, records, report, progress)
    if not placed:
        raise ImportProblem("no row could be placed under an intervention area; add an 'Area' column "
                            "(area ids are listed by `ctguide kb list`)")  # fmt: skip
    return _build(kb, placed, options, report), report


def _build(
    kb: KnowledgeBase,
    records: list[tuple[int, dict[str, str], str, str]],
    options: ImportOptions,
    report: ImportReport,
) -> Plan:
    chains: dict[str, dict] = {}
    indicators: list[Indicator] = []
    ids = _Ids()
    goal: Statement | None = None
    for number, row, area_id, read_pillar in records:
        values = labelled(row)
        area = kb.area_by_id[area_id]
        code = area.code
        pillar = PILLARS.get(_norm(values.get("pillar", "")), read_pillar)
        block = chains.setdefault(area_id, {"pillar": pillar, "objective": None, "results": {}, "index": {}})
        if _norm(values.get("result_level", "")) == "goal":
            goal = goal or Statement(values.get("result_id") or GOAL_ID, values.get("result") or TO_BE_SET)
            ids.take(goal.id)
            result_id, result_level = goal.id, "goal"
        else:
            result_id, result_level = _result(block, values, code, _level(values), ids)
        indicator = _indicator(
            kb, values, area_id, pillar, result_id, result_level, code, options, report, number, ids
        )
        ids.take(indicator.id)
        indicators.append(indicator)
    results_chain = tuple(_chain(kb, area_id, block) for area_id, block in chains.items())
    profile = Profile(title=options.title, organisation=options.organisation, countries=options.countries,
                      start_date=options.period[0], end_date=options.period[1])  # fmt: skip
    return Plan(profile=profile, goal=goal, results_chain=results_chain, indicators=tuple(indicators))


def _place(
    kb: KnowledgeBase,
    records: list[tuple[int, dict[str, str]]],
    report: ImportReport,
    progress: Callable[[int, int], None] | None,
) -> list[tuple[int, dict[str, str], str, str]]:
    """Each row with its area and pillar: the file's own Area column first, else a guess per result.

    Rows of one result share a guess made from the result and all its indicators together. A row
    whose text tells nothing is reported and left out rather than filed under an unrelated area.
    """
    given = {number: _given_area(kb, values) for number, values in records}
    groups: dict[str, list[tuple[int, dict[str, str]]]] = {}
    for number, values in records:
        if given[number] is None:
            key = _norm(values.get("result", "")) or f"row {number}"
            groups.setdefault(key, []).append((number, values))
    guessed: dict[int, tuple[str, str]] = {}
    for done, members in enumerate(groups.values(), start=1):
        guessed.update(_guess(kb, members, report))
        if progress:
            progress(done, len(groups))
    placed = []
    for number, values in records:
        if given[number] is not None:
            area_id = given[number]
            placed.append((number, values, area_id, kb.area_by_id[area_id].pillar))
        elif number in guessed:
            placed.append((number, values, *guessed[number]))
    return placed


def _given_area(kb: KnowledgeBase, values: dict[str, str]) -> str | None:
    """The area the file names for a row (id, code or name, any case), if it names one."""
    given = _norm(values.get("area", ""))
    if not given:
        return None
    for area in kb.areas:
        if given in {_norm(area.id), _norm(area.code), _norm(area.name), _norm(area.id.replace("_", " "))}:
            return area.id
    return None


def _guess(
    kb: KnowledgeBase, members: list[tuple[int, dict[str, str]]], report: ImportReport
) -> dict[int, tuple[str, str]]:
    first = members[0][1]
    pieces = [first.get("area", ""), first.get("result", ""), *(values["indicator"] for _, values in members)]
    text = " ".join(p for p in pieces if p)
    found = suggest(kb, text, limit=3)
    rows = tuple(number for number, _ in members)
    wanted_pillar = PILLARS.get(_norm(first.get("pillar", "")))
    areas = [a for a in found.areas if not wanted_pillar or wanted_pillar in a.pillars] or list(found.areas)
    if not areas or found.too_thin:
        report.not_imported.append(
            f"{_rows(rows)} not imported: could not tell which intervention area “{_clip(text)}” belongs to; "
            "add an 'Area' column or describe the result in a few more words"
        )
        return {}
    top = areas[0]
    named = first.get("area", "")
    if named:
        report.notes.append(
            f"{_rows(rows)}: area {named!r} is not an area id, code or name; read as {top.id}"
        )
    report.guesses.append(
        AreaGuess(rows, top.id, top.pillar, not found.not_sure, text, tuple(a.id for a in areas[1:3]))
    )
    return dict.fromkeys(rows, (top.id, top.pillar))


LOGFRAME_LABEL = re.compile(
    r"^\s*(goal|impact|objective|outcome|output|objetivo|efecto|producto|produto|objectif|effet|produit)"
    r"(?:\s+[\w.]{1,8})?\s*[:.–—-]\s+(?=\S)",
    re.IGNORECASE,
)
LABEL_LEVEL = {"goal": "goal", "impact": "impact", "objective": "objective", "objetivo": "objective",
               "objectif": "objective", "outcome": "outcome", "efecto": "outcome", "effet": "outcome",
               "output": "output", "producto": "output", "produto": "output", "produit": "output"}  # fmt: skip


def labelled(values: dict[str, str]) -> dict[str, str]:
    """A row whose result carries its logframe label ('Output 1.2: Shelter for women and girls'): the label
    says the level (unless a level column does) and leaves the statement ('Shelter for women and girls')."""
    found = LOGFRAME_LABEL.match(values.get("result", ""))
    if not found:
        return values
    level = LABEL_LEVEL[found.group(1).lower()]
    said = {"result_level": level} if not (values.get("result_level") or values.get("level")) else {}
    return {**values, "result": values["result"][found.end() :], **said}


def _level(values: dict[str, str]) -> str:
    """impact, outcome or output: from a level column, else guessed from the wording."""
    for key in ("result_level", "level"):
        word = _norm(values.get(key, ""))
        if word.startswith(("objective", "impact", "goal")):
            return "impact"
        if word.startswith(("outcome", "output")):
            return word[: len("outcome")] if word.startswith("outcome") else "output"
    subject = values["indicator"].split(" who ")[0]
    return "output" if OUTPUT_VERBS.search(subject) else "outcome"


def _result(block: dict, values: dict[str, str], code: str, level: str, ids: _Ids) -> tuple[str, str]:
    kind = "objective" if level == "impact" else level
    statement = values.get("result") or f"{kind.capitalize()} to be described"
    wanted_id = values.get("result_id", "")
    if wanted_id and wanted_id in block["results"]:
        return wanted_id, block["results"][wanted_id][0]
    if not wanted_id and (kind, statement) in block["index"]:
        return block["index"][(kind, statement)], kind
    if kind == "objective":
        block["objective"] = (wanted_id or f"{code}-OBJ", statement)
        _add_result(block, block["objective"][0], kind, statement)
        return block["objective"][0], "objective"
    if wanted_id and not ids.taken(wanted_id):
        result_id = wanted_id
    else:
        prefix = f"{code}-{'OC' if kind == 'outcome' else 'OP'}"
        result_id = ids.next(prefix, also_taken=block["results"])
    _add_result(block, result_id, kind, statement)
    ids.take(result_id)
    return result_id, kind


def _add_result(block: dict, result_id: str, kind: str, statement: str) -> None:
    block["results"][result_id] = (kind, statement)
    block["index"].setdefault((kind, statement), result_id)


class _Ids:
    """The ids given so far and, per prefix, where to look for the next free number: linear in rows."""

    def __init__(self) -> None:
        self.used: set[str] = set()
        self._next: dict[str, int] = {}

    def taken(self, ident: str) -> bool:
        return ident in self.used

    def take(self, ident: str) -> None:
        self.used.add(ident)

    def next(self, prefix: str, also_taken: Container[str] = frozenset()) -> str:
        number = self._next.get(prefix, 1)
        while f"{prefix}{number}" in self.used or f"{prefix}{number}" in also_taken:
            number += 1
        self._next[prefix] = number + 1
        return f"{prefix}{number}"


def _chain(kb: KnowledgeBase, area_id: str, block: dict) -> AreaChain:
    area = kb.area_by_id.get(area_id)
    objective_id, objective_text = block["objective"] or (f"{area.code if area else area_id[:3].upper()}-OBJ",
                                                          area.objective if area else TO_BE_SET)  # fmt: skip
    outcomes = tuple(Statement(i, s) for i, (k, s) in block["results"].items() if k == "outcome")
    outputs = tuple(Statement(i, s) for i, (k, s) in block["results"].items() if k == "output")
    return AreaChain(area=area_id, pillar=block["pillar"], objective=Statement(objective_id, objective_text),
                     outcomes=outcomes, outputs=outputs)  # fmt: skip


def _indicator(kb: KnowledgeBase, values: dict[str, str], area: str, pillar: str, result_id: str, result_kind: str,
               code: str, options: ImportOptions, report: ImportReport, number: int, ids: _Ids) -> Indicator:  # fmt: skip
    statement = " ".join(values["indicator"].split())
    unit = _unit(values, statement)
    kind = values.get("type") if values.get("type") in ("quantitative", "qualitative", "milestone") else (
        "milestone" if unit in ("yes_no", "stage") else "qualitative" if unit == "text" else "quantitative")  # fmt: skip
    wanted = values.get("indicator_id", "")
    ident = (
        wanted
        if wanted and not ids.taken(wanted) and re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,39}", wanted)
        else ids.next(f"{code}-")
    )
    ratio = unit in RATIO_UNITS
    level = values.get("level") if values.get("level") in ("impact", "outcome", "output") else (
        "outcome" if result_kind == "objective" else "impact" if result_kind == "goal" else result_kind)  # fmt: skip
    direction = values.get("direction") if values.get("direction") in ("increase", "decrease", "maintain", "reach", MONITOR) else (
        "reach" if kind == "milestone" else "increase")  # fmt: skip
    if _norm(values.get("targets", "")).startswith(("monitor only", _norm(CONTEXT_NO_TARGET))):
        direction = MONITOR
    stages = tuple(s.strip() for s in re.split(r"[;\n]", values.get("stages", "")) if s.strip())
    if unit == "stage" and len(stages) < 2:
        unit, kind = "yes_no", "milestone"
    baseline = _baseline(values, unit, options, report, number)
    return Indicator(
        id=ident, statement=statement, pillar=pillar, area=area, result=result_id, level=level, type=kind, unit=unit,
        direction=direction, baseline=baseline,
        targets=() if direction == MONITOR else _targets(values, unit, options, report, number),
        projections=_projections(values, unit, options, report, number) if direction == MONITOR else (),
        attributable=_attributable(values.get("attribution", "")),
        means_of_verification=values.get("means_of_verification") or TO_BE_SET,
        frequency=_frequency(kb, values.get("frequency", ""), report, number),
        responsible=values.get("responsible") or TO_BE_SET,
        numerator=(values.get("numerator") or TO_BE_SET) if ratio else None,
        denominator=(values.get("denominator") or TO_BE_SET) if ratio else None,
        stages=stages if unit == "stage" else (),
        definitions=_pairs(values.get("definitions", "")),
        disaggregation=_disaggregation(kb, values.get("disaggregation", "")),
        collection_method=values.get("collection_method") or None,
        limitations=values.get("limitations") or None,
        ethics_notes=tuple(n for n in values.get("ethics_notes", "").split("\n") if n.strip()),
        kb_id=values.get("kb_id") or None,
        unit_detail=values.get("unit_detail") or None,
        direction_note=values.get("direction_note") or None,
        rationale=values.get("rationale") or None,
        pitfalls=tuple(p for p in re.split(r"[,;\s]+", values.get("pitfalls", "").upper()) if re.fullmatch(r"[A-Z][A-Z0-9_]{0,11}", p)),
    )  # fmt: skip


def _attributable(text: str) -> bool:
    """Blank or 'attributable' -> True; 'context indicator, not attributable to the project', 'no' -> False."""
    said = _norm(text)
    return not (said in ("no", "false") or said.startswith(("context", "not attributable")))


def _unit(values: dict[str, str], statement: str) -> str:
    given = _norm(values.get("unit", "")).replace(" ", "_").replace("%", "percent")
    given = {
        "count": "number",
        "percentage": "percent",
        "yes_no": "yes_no",
        "yes/no": "yes_no",
        "#": "number",
    }.get(given, given)
    if given in UNITS:
        return given
    return unit_from_statement(statement)


def unit_from_statement(statement: str) -> str:
    """The unit a statement's own wording implies when no unit is given: 'percent' for a share, else 'number'."""
    return "percent" if PERCENT_WORD.search(statement) else "number"


def _baseline(
    values: dict[str, str], unit: str, options: ImportOptions, report: ImportReport, number: int
) -> Baseline:
    text = values.get("baseline", "")
    start, end = options.period
    planned = re.search(r"to be set by (\d{4}-\d{2}-\d{2})", text)
    note = values.get("baseline_note") or None
    if planned:
        try:
            when = min(dt.date.fromisoformat(planned[1]), end)
        except ValueError:
            report.notes.append(f"row {number}: {planned[1]!r} is not a calendar date; the baseline is planned "
                                "for the first quarter")  # fmt: skip
            when = first_quarter_end(start, end)
        return Baseline(status="to_be_set", planned_date=when, note=note)
    if not text or _norm(text) in ("tbd", "to be set", "n a", "na", "unknown", "0 tbd", "-"):
        return Baseline(status="to_be_set", planned_date=first_quarter_end(start, end))
    value = _value(text, unit)
    if value is None:
        report.notes.append(f"row {number}: baseline {text!r} is not a value; set to 'to be set'")
        return Baseline(status="to_be_set", planned_date=first_quarter_end(start, end))
    when = None
    if values.get("baseline_date"):
        try:
            when = parse_date(values["baseline_date"])
        except Unclear:
            report.notes.append(f"row {number}: baseline date {values['baseline_date']!r} not read; the date is "
                                "left to be written")  # fmt: skip
    if when is None:
        report.notes.append(
            f"row {number}: baseline {text!r} has no date; review lists it as still to be written"
        )
    source = values.get("baseline_source") or f"imported from {options.source} (source to be confirmed)"
    return Baseline(status="known", value=value, date=when, source=source, note=note)


def _value(text: str, unit: str) -> object | None:
    if unit in ("text", "stage"):
        return text
    if unit == "yes_no":
        return {"yes": "yes", "no": "no", "si": "yes", "oui": "yes", "non": "no"}.get(_norm(text))
    try:
        value = parse_number(text)
    except Unclear:
        return None
    return value if unit != "percent" or 0 <= value <= 100 else None


def _dated_values(
    text: str, options: ImportOptions, report: ImportReport, number: int, kind: str
) -> list[tuple[dt.date, str, str | None]]:
    """(date, value text, note) of each '<value> by <date> (<note>)' part of a cell."""
    start, end = options.period
    found = []
    for value_text, date_text, note in _dated_parts(text):
        when = end
        if date_text:
            try:
                when = parse_date(date_text)
            except Unclear:
                report.notes.append(
                    f"row {number}: {kind} date {date_text!r} not read; the project end is used"
                )
        if not start <= when <= end:
            report.notes.append(
                f"row {number}: {kind} date {when} is outside the project; the project end is used"
            )
            when = end
        found.append((when, value_text, note))
    return found


def _dated_parts(text: str) -> list[tuple[str, str, str | None]]:
    """(value text, date text, note) of each '<value> by <date> (<note>)' part of a cell."""
    parts = []
    for part in (p.strip() for p in re.split(r"[;\n]", text) if p.strip()):
        note_match = re.fullmatch(r"(.*?)\s*\(([^()]*)\)", part)
        note = note_match[2].strip() if note_match and " by " in note_match[1] else None
        part = note_match[1] if note else part
        value_text, _, date_text = part.rpartition(" by ") if " by " in part else (part, "", "")
        parts.append((value_text, date_text, note))
    return parts


def dates_carried(header: list[str], rows: list[list[str]]) -> list[dt.date]:
    """Every date the table's targets and projections are set by ('60 by 2029-12-31')."""
    mapping, _ = map_columns(header)
    columns = [mapping[name] for name in ("targets", "projections") if name in mapping]
    dates = []
    for row in rows:
        for cell in (row[i] for i in columns if i < len(row)):
            for _, date_text, _ in _dated_parts(_unguard(cell.strip())):
                try:
                    dates.append(parse_date(date_text))
                except Unclear:
                    continue
    return dates


def period_carried(
    dates: list[dt.date], assumed: tuple[dt.date, dt.date]
) -> tuple[tuple[dt.date, dt.date], str]:
    """The project period for a table that names none, and what the user is told about it: it reaches the
    latest date the table's targets and projections carry (a user's date is never moved to fit a period), and
    starts when `assumed` does, or at the earliest such date if that is sooner."""
    if not dates:
        return assumed, (f"the file carries no project period and no dated target: {assumed[0]} to {assumed[1]} "
                         "is assumed (--start and --months set it)")  # fmt: skip
    start = min(assumed[0], min(dates))
    end = max(dates) if max(dates) > start else assumed[1]
    return (start, end), (f"the file carries no project period: it ends {end}, the latest date its targets and "
                          f"projections are set by, and starts {start} (assumed; --start and --months set it)")  # fmt: skip


def _targets(
    values: dict[str, str], unit: str, options: ImportOptions, report: ImportReport, number: int
) -> tuple[Target, ...]:
    targets = []
    for when, value_text, _ in _dated_values(values.get("targets", ""), options, report, number, "target"):
        if _norm(value_text) in ("to be set", "tbd"):
            targets.append(Target(date=when, status="to_be_set"))
            continue
        value = _value(value_text, unit)
        if value is None:
            report.notes.append(f"row {number}: target {value_text!r} is not a value; set to 'to be set'")
            targets.append(Target(date=when, status="to_be_set"))
        else:
            targets.append(Target(date=when, value=value))
    if not targets:
        return (Target(date=options.period[1], status="to_be_set"),)
    ordered = sorted(targets, key=lambda t: t.date)
    return tuple(
        t if i == len(ordered) - 1 else Target(t.date, t.value, t.status, t.period_start, True, t.note)
        for i, t in enumerate(ordered)
    )


def _projections(
    values: dict[str, str], unit: str, options: ImportOptions, report: ImportReport, number: int
) -> tuple[Projection, ...]:
    """A monitor-only indicator's projections: figures with a date, never targets."""
    projections = []
    for when, value_text, note in _dated_values(
        values.get("projections", ""), options, report, number, "projection"
    ):
        value = _value(value_text, unit)
        if value is None:
            report.notes.append(f"row {number}: projection {value_text!r} is not a value; left out")
        else:
            projections.append(Projection(value=value, date=when, note=note))
    return tuple(projections)


def _frequency(kb: KnowledgeBase, text: str, report: ImportReport, number: int) -> str:
    lookup = {f.id: f.id for f in kb.frequencies} | {
        _norm(a): f.id for f in kb.frequencies for a in f.aliases
    }
    lookup |= {_norm(f.name): f.id for f in kb.frequencies}
    found = lookup.get(_norm(text)) or lookup.get(text.strip())
    if found:
        return found
    if text:
        report.notes.append(f"row {number}: frequency {text!r} not recognised; set to quarterly")
    return "quarterly"


def _pairs(text: str) -> tuple[tuple[str, str], ...]:
    pairs = []
    for line in text.split("\n"):
        term, sep, definition = line.partition(":")
        if sep and term.strip() and definition.strip():
            pairs.append((term.strip(), definition.strip()))
    return tuple(pairs)


def _disaggregation(kb: KnowledgeBase, text: str) -> tuple[Disaggregation, ...]:
    """'SEX: female; male | AGE: 0-17; 18+' or just 'SEX, AGE' (values then from the catalogue)."""
    if not text.strip():
        return ()
    catalogue = kb.catalogue["disaggregation"]
    entries = []
    if ":" in text:
        for part in text.split("|"):
            code, _, values = part.partition(":")
            separator = ";" if ";" in values else ","
            items = tuple(v.strip() for v in values.split(separator) if v.strip())
            if code.strip() and items:
                entries.append(Disaggregation(code=_code(code), values=items))
        return tuple(entries)
    for word in re.split(r"[,;/]+|\s+and\s+", text):
        word = word.strip()
        code = word.upper() if word.upper() in catalogue else next(
            (c for c, entry in catalogue.items() if _norm(entry.name).startswith(_norm(word)) and word), None)  # fmt: skip
        if code:
            entries.append(
                Disaggregation(code=code, values=catalogue[code].values, name=catalogue[code].name)
            )
        elif word:
            entries.append(Disaggregation(code=_code(word), values=(word,)))
    return tuple({e.code: e for e in entries}.values())


def _code(text: str) -> str:
    """A disaggregation code the plan schema accepts: capitals, digits and _, starting with a letter."""
    code = re.sub(r"[^A-Z0-9_]+", "_", fold(text).upper()).strip("_")
    code = code if code[:1].isalpha() else f"X_{code}"
    return code[:12].rstrip("_") or "OTHER"
