"""Views of the knowledge base for people and programs: listings, readable cards, the JSON dump."""

from __future__ import annotations

from collections import Counter
from typing import Any

from ctguide.knowledge import Area, KbIndicator, KnowledgeBase, Result
from ctguide.records import to_data

MONITOR = "monitor only: counted and reported, never given a target"
CONTEXT = (
    "context indicator, not attributable to the project: it shows the situation the project contributes to"
)
INDICATOR_KEYS = ("id", "area", "result", "statement", "level", "type", "unit", "direction",
                  "means_of_verification", "frequency", "disaggregation")  # fmt: skip


def indicator_data(indicator: KbIndicator) -> dict[str, Any]:
    """An indicator as plain data; the contract keys are always present, even when empty."""
    data = to_data(indicator)
    return {key: data.get(key, []) for key in INDICATOR_KEYS} | data


def area_data(area: Area) -> dict[str, Any]:
    data = to_data(area)
    data["pillars"] = list(area.pillars)
    data["results"] = [to_data(r) for r in area.results]
    data["indicators"] = [indicator_data(i) for i in area.indicators]
    order = ["id", "code", "name", "pillar", "pillars"]
    return {key: data[key] for key in order} | {k: v for k, v in data.items() if k not in order}


def dump(kb: KnowledgeBase) -> dict[str, Any]:
    """The whole merged knowledge base: pillars, areas, then every catalogue."""
    catalogues = {
        name: [to_data(entry) for entry in entries.values()] for name, entries in kb.catalogue.items()
    }
    return {
        "pillars": [to_data(p) for p in kb.pillars],
        "areas": [area_data(a) for a in kb.areas],
        "catalogues": catalogues,
    }


def listing(kb: KnowledgeBase) -> dict[str, Any]:
    """Pillars with their areas and indicator counts (home areas first)."""
    pillars = []
    for pillar in kb.pillars:
        areas = []
        for area in kb.areas_in(pillar.id):
            levels = Counter(i.level for i in area.indicators)
            areas.append({
                "id": area.id, "name": area.name, "home": area.pillar == pillar.id,
                "indicators": len(area.indicators), "impact": levels["impact"], "outcome": levels["outcome"],
                "output": levels["output"], "objective": len(area.objective_indicators),
            })  # fmt: skip
        pillars.append({"id": pillar.id, "name": pillar.name, "areas": areas})
    totals = {"pillars": len(kb.pillars), "areas": len(kb.areas), "indicators": len(kb.indicators)}
    return {"pillars": pillars, "totals": totals}


def listing_text(kb: KnowledgeBase) -> list[str]:
    data = listing(kb)
    width = max((len(a["id"]) for p in data["pillars"] for a in p["areas"]), default=10)
    lines: list[str] = []
    for pillar in data["pillars"]:
        lines.append(f"{pillar['name'].upper()} ({pillar['id']})")
        for area in pillar["areas"]:
            also = "" if area["home"] else "  (also)"
            counts = (
                f"{area['indicators']:>3} indicators ({area['impact']} impact, {area['outcome']} outcome, "
                f"{area['output']} output)"
            )
            lines.append(f"  {area['id']:<{width}}  {counts}  {area['name']}{also}")
        lines.append("")
    totals = data["totals"]
    lines.append(f"{totals['pillars']} pillars, {totals['areas']} areas, {totals['indicators']} indicators")
    return lines


def lookup(kb: KnowledgeBase, ident: str) -> tuple[str, Any] | None:
    """Find anything by its id or code, in any case: area, indicator, result, pillar, a catalogue entry,
    or a glossary term by its words ('presumed victim')."""
    for candidate in dict.fromkeys(
        (ident, ident.upper(), ident.lower(), ident.strip().lower().replace(" ", "_"))
    ):
        for kind, index in (("area", kb.area_by_id), ("indicator", kb.indicator_by_id),
                            ("result", kb.result_by_id), ("pillar", kb.pillar_by_id)):  # fmt: skip
            if candidate in index:
                return kind, index[candidate]
        by_code = {a.code: a for a in kb.areas}
        if candidate in by_code:
            return "area", by_code[candidate]
        for name, entries in kb.catalogue.items():
            if candidate in entries:
                return name, entries[candidate]
    term = next((t for t in kb.glossary if t.term.lower() == ident.strip().lower()), None)
    return ("glossary", term) if term else None


def known_ids(kb: KnowledgeBase) -> list[str]:
    ids = [*kb.area_by_id, *kb.indicator_by_id, *kb.result_by_id, *kb.pillar_by_id]
    return ids + [key for entries in kb.catalogue.values() for key in entries]


def card(kb: KnowledgeBase, kind: str, entry: Any) -> list[str]:
    """A readable Markdown card for one entry."""
    if kind == "area":
        return area_card(kb, entry)
    if kind == "indicator":
        return indicator_card(kb, entry)
    if kind == "result":
        return result_card(kb, entry)
    lines = [f"# {_title(entry)}", f"({kind.replace('_', ' ')})", ""]
    for key, value in to_data(entry).items():
        if key in ("id", "code", "name", "term", "title"):
            continue
        text = ", ".join(map(str, value)) if isinstance(value, list) else str(value)
        lines.append(f"- {key.replace('_', ' ')}: {text}")
    return lines


def _title(entry: Any) -> str:
    ident = getattr(entry, "id", None) or getattr(entry, "code", "")
    name = getattr(entry, "name", None) or getattr(entry, "term", None) or getattr(entry, "title", "")
    return f"{ident} — {name}" if name else ident


def area_card(kb: KnowledgeBase, area: Area) -> list[str]:
    pillars = ", ".join(kb.pillar_by_id[p].name for p in area.pillars if p in kb.pillar_by_id)
    lines = [f"# {area.name} ({area.id}, code {area.code})", f"Pillar: {pillars}", "", area.description, "",
             f"Typical objective: {area.objective}", ""]  # fmt: skip
    if area.dac_sector:
        lines[-1:] = [f"DAC/CRS sector: {area.dac_sector}", ""]
    if area.objective_indicators:
        lines.append(f"## {area.objective_id} (objective) {area.objective}")
        lines.extend(_indicator_line(i) for i in area.objective_indicators)
        lines.append("")
    for result in area.results:
        lines.append(f"## {result.id} ({result.level}) {result.statement}")
        lines.extend(_indicator_line(i) for i in area.indicators_for(result.id))
        lines.append("")
    lines.append("Keywords: " + ", ".join(area.keywords))
    if area.synonyms:
        lines.append("Synonyms: " + ", ".join(area.synonyms))
    lines += ["", "Assumptions:", *(f"- {a}" for a in area.assumptions)]
    lines += ["", "Adapting it locally:", *(f"- {t}" for t in area.adaptation_tips)]
    return lines


def result_card(kb: KnowledgeBase, result: Result) -> list[str]:
    area = kb.area_by_id[result.area]
    lines = [f"# {result.id} ({result.level}) {result.statement}", f"Area: {area.name} ({area.id})"]
    if result.explain:
        lines += ["", result.explain]
    lines += ["", *(_indicator_line(i) for i in area.indicators_for(result.id))]
    return lines


def _indicator_line(indicator: KbIndicator) -> str:
    context = ", context" if indicator.is_context else ""
    return f"- {indicator.id} [{indicator.level}, {indicator.unit}{context}] {indicator.statement}"


def indicator_card(kb: KnowledgeBase, indicator: KbIndicator) -> list[str]:
    area = kb.area_by_id[indicator.area]
    result = kb.result_by_id.get(indicator.result)
    attached = (
        result.statement if result else area.objective if indicator.result == area.objective_id else "?"
    )
    frequency = kb.catalogue["frequencies"].get(indicator.frequency)
    direction = MONITOR if indicator.direction == "monitor" else f"desirable direction: {indicator.direction}"
    lines = [f"# {indicator.id}: {indicator.statement}", "",
             f"- area: {area.name} ({area.id}); result {indicator.result}: {attached}",
             f"- level: {indicator.level}; type: {indicator.type}; unit: {indicator.unit}"
             + (f" ({indicator.unit_detail})" if indicator.unit_detail else ""),
             f"- {direction}"]  # fmt: skip
    if indicator.direction_note:
        lines.append(f"  - how to read it: {indicator.direction_note}")
    if indicator.is_context:
        lines.append(f"- {CONTEXT}")
    if indicator.numerator:
        lines += [f"- numerator: {indicator.numerator}", f"- denominator: {indicator.denominator}"]
    if indicator.stages:
        lines.append("- stages: " + " → ".join(indicator.stages))
    if indicator.placeholders:
        lines.append("- fill in: " + "; ".join(f"{k} (e.g. {v})" for k, v in indicator.placeholders))
    lines.append(
        "- disaggregation: "
        + (", ".join(_named(kb, "disaggregation", c) for c in indicator.disaggregation) or "none")
    )
    lines.append(
        "- means of verification: "
        + ", ".join(_named(kb, "methods", c) for c in indicator.means_of_verification)
    )
    lines.append(f"- data collection: {indicator.data_collection}")
    lines.append(f"- frequency: {frequency.name if frequency else indicator.frequency}")
    for term, definition in indicator.definitions:
        lines.append(f"- definition of '{term}': {definition}")
    lines += [f"- why this indicator: {indicator.rationale}", f"- limitations: {indicator.limitations}"]
    for code in indicator.pitfalls:
        pitfall = kb.catalogue["pitfalls"].get(code)
        lines.append(f"- pitfall {code}: {pitfall.name if pitfall else ''}")
    for rule_id in indicator.ethics:
        rule = kb.catalogue["ethics_rules"].get(rule_id)
        lines.append(f"- ethics {rule_id}: {rule.title if rule else ''}")
    for source in indicator.sources:
        resource = kb.catalogue["resources"].get(source)
        lines.append(f"- source: {resource.title if resource else source}")
    lines.extend(f"- standard indicator: {ref.vocabulary} {ref.code}" for ref in indicator.external_refs)
    return lines


def _named(kb: KnowledgeBase, catalogue: str, code: str) -> str:
    entry = kb.catalogue[catalogue].get(code)
    return f"{code} ({entry.name})" if entry else code
