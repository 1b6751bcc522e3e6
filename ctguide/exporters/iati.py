"""IATI 2.03: the plan as one `iati-activity` with its results framework, valid against the official XSD.

Activity (children in the order the XSD's sequence requires):

- `iati-identifier`: `--iati-id`, else the profile's `iati_identifier`, else a marked placeholder
  `XM-DAC-00000-CTGUIDE-PLACEHOLDER-<TITLE>` and a warning.
- `reporting-org` (@ref, @type, narrative): the options, else the profile's `reporting_org`, else the
  placeholder ref `XM-DAC-00000`, type 90 (Other) and a warning.
- `title` = profile title; `description type="1"` = summary (or a generated sentence), the regions and
  any country that has no ISO code here; `description type="3"` = the target groups.
- `participating-org`: the organisation with role 4 (Implementing), the donor with role 1 (Funding).
- `activity-status` 1 (Pipeline/identification): a plan is a design, not yet an activity under way;
  `activity-date` 1 (planned start) and 3 (planned end).
- `recipient-country`: ISO 3166-1 alpha-2 codes from a small table of the countries counter-trafficking
  projects work in; a name not in the table is never guessed: it goes to the description, with a warning.
- `sector` (vocabulary 1, OECD DAC/CRS 5-digit purpose codes): each area's `sector` in the plan, else
  the knowledge base's `dac_sector` for the area (options.sectors); percentages split by the number of
  areas per code and add up to 100. An area with neither is reported in a warning.

Results: the goal first (type 3 Impact), then one `result` per objective, outcome or output that has
indicators. @type is 1 Output,
2 Outcome or 3 Impact (an objective is 3 when one of its indicators is at impact level, else 2);
@aggregation-status is false; the reference (vocabulary 99, the reporting organisation's own) is the
result id. Indicators: @measure from the unit (1 Unit, 2 Percentage, 3 Nominal for yes/no, 4 Ordinal for
stages, 5 Qualitative for text or qualitative indicators); @ascending true for increase/reach, false
for decrease, absent for maintain. The description carries what IATI has no slot for: definitions,
numerator and denominator, disaggregation, means of verification, method, frequency and responsible.
References: vocabulary 99 = the indicator id, 3 = US foreign-assistance (F) code, 9 = SDG indicator.

Monitor-only indicators have no @ascending and no period: they are counted, never targeted; a
projection a donor requires goes into the description, labelled "projection, not a target". Context
indicators say in the description that they are not attributable to the project.

Values: @value is written only for Unit and Percentage indicators with a numeric value, as a plain
decimal. Yes/no answers, stages and text go into the comment (IATI reads @value as a number), so do
baselines and targets still to be set: such a baseline takes the project's start year, as IATI
requires a year. Each target becomes a `period` that starts on its own period_start, else the day after
the previous target, else the project start, and ends on the target date.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal

from ctguide.countries import country_code
from ctguide.exporters import ExportOptions, ExportResult
from ctguide.exporters.rows import CONTEXT, PROJECTION, projections_text
from ctguide.plan import AreaChain, Baseline, Indicator, Plan, Statement, Target, Value
from ctguide.textnorm import fold

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
PLACEHOLDER_ORG_REF = "XM-DAC-00000"
PLACEHOLDER_ORG_NAME = "(reporting organisation to be set)"
PLACEHOLDER_ORG_TYPE = "90"  # OrganisationType 90 Other: claims nothing about the real publisher
PLACEHOLDER_PREFIX = f"{PLACEHOLDER_ORG_REF}-CTGUIDE-PLACEHOLDER-"

PIPELINE = "1"  # ActivityStatus 1 Pipeline/identification
DAC_VOCABULARY = "1"  # SectorVocabulary 1: OECD DAC CRS purpose codes (5 digit)
SECTOR_NAMES = {
    "11330": "Vocational training", "12220": "Basic health care",
    "12340": "Promotion of mental health and well-being", "15110": "Public sector policy and administrative management",
    "15113": "Anti-corruption organisations and institutions", "15125": "Public procurement",
    "15130": "Legal and judicial development", "15136": "Immigration", "15137": "Prisons",
    "15150": "Democratic participation and civil society", "15160": "Human rights",
    "15170": "Women's rights organisations and movements, and government institutions",
    "15180": "Ending violence against women and girls",
    "15190": "Facilitation of orderly, safe, regular and responsible migration and mobility",
    "15196": "Government and civil society statistics and data", "15210": "Security system management and reform",
    "16010": "Social protection", "16015": "Social services (incl youth development and women+ children)",
    "16020": "Employment creation", "16070": "Labour rights", "22040": "Information and communication technology (ICT)",
    "25040": "Responsible business conduct", "72010": "Material relief assistance and services",
    "72050": "Relief co-ordination and support services",
}  # fmt: skip
UNIT, PERCENTAGE, NOMINAL, ORDINAL, QUALITATIVE = "1", "2", "3", "4", "5"
NUMERIC_MEASURES = frozenset({UNIT, PERCENTAGE})
MEASURE_OF_UNIT = {
    "number": UNIT, "amount": UNIT, "duration": UNIT, "mean": UNIT, "median": UNIT, "score": UNIT,
    "percent": PERCENTAGE, "rate": PERCENTAGE, "ratio": PERCENTAGE,
    "yes_no": NOMINAL, "stage": ORDINAL, "text": QUALITATIVE,
}  # fmt: skip
RESULT_TYPE = {"output": "1", "outcome": "2", "impact": "3"}
ASCENDING = {"increase": "true", "reach": "true", "decrease": "false"}
INDICATOR_VOCABULARY = {"usg_f": "3", "sdg": "9"}
VOCABULARY_NAME = {"usg_f": "US foreign-assistance indicator", "sdg": "SDG indicator", "own": "own code"}
FREQUENCY_TEXT = {
    "semiannual": "every six months", "baseline_endline": "at baseline and endline",
    "baseline_midline_endline": "at baseline, midline and endline", "followup_3m": "follow-up after 3 months",
    "followup_6m": "follow-up after 6 months", "followup_12m": "follow-up after 12 months",
    "per_event": "per event",
}  # fmt: skip

_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_DECIMAL = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)")


def render(plan: Plan, name: str, options: ExportOptions) -> ExportResult:
    """The plan as an iati-activities document (UTF-8 XML text) and what the publisher must still do."""
    warnings: list[str] = []
    stamp = _datetime(options.generated) or _midnight(plan.last_updated or plan.profile.start_date)
    root = ET.Element("iati-activities", {"version": "2.03", "generated-datetime": stamp})
    root.append(_activity(plan, options, stamp, warnings))
    _clean_tree(root)
    ET.indent(root)
    document = '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
    return ExportResult(document, tuple(warnings))


# --- the activity --------------------------------------------------------------------------


@dataclass(frozen=True)
class Org:
    ref: str
    name: str
    type: str


def _activity(plan: Plan, options: ExportOptions, stamp: str, warnings: list[str]) -> ET.Element:
    profile = plan.profile
    updated = _midnight(plan.last_updated) if plan.last_updated else stamp
    activity = ET.Element("iati-activity", {"last-updated-datetime": updated, XML_LANG: profile.language})
    org = _reporting_org(plan, options, warnings)
    _text(activity, "iati-identifier", _identifier(plan, options, org, warnings))
    _narrated(activity, "reporting-org", org.name, ref=org.ref, type=org.type)
    _narrated(activity, "title", profile.title)
    codes, unknown = _countries(profile.countries, warnings)
    _narrated(activity, "description", _general_description(plan, unknown), type="1")
    if profile.target_groups:
        _narrated(activity, "description", "Target groups: " + "; ".join(profile.target_groups), type="3")
    _narrated(activity, "participating-org", profile.organisation, role="4")
    if profile.donor:
        _narrated(activity, "participating-org", profile.donor, role="1")
    ET.SubElement(activity, "activity-status", code=PIPELINE)
    ET.SubElement(activity, "activity-date", {"type": "1", "iso-date": profile.start_date.isoformat()})
    ET.SubElement(activity, "activity-date", {"type": "3", "iso-date": profile.end_date.isoformat()})
    for code, country in codes:
        _narrated(activity, "recipient-country", country, code=code)
    for code, percentage in sector_shares(plan, dict(options.sectors), warnings):
        attributes = {"vocabulary": DAC_VOCABULARY, "code": code, "percentage": percentage}
        if code in SECTOR_NAMES:
            _narrated(activity, "sector", SECTOR_NAMES[code], **attributes)
        else:
            ET.SubElement(activity, "sector", attributes)
    activity.extend(_results(plan))
    return activity


def _reporting_org(plan: Plan, options: ExportOptions, warnings: list[str]) -> Org:
    given = plan.profile.reporting_org
    ref = options.reporting_org_ref or (given.ref if given else None)
    kind = options.reporting_org_type or (given.type if given else None)
    if not ref:
        warnings.append(
            f"IATI requires the reporting organisation's identifier: the export uses the placeholder "
            f"{PLACEHOLDER_ORG_REF!r}; pass --reporting-org, --reporting-org-name and --reporting-org-type "
            f"or set the plan profile's reporting_org before publishing"
        )
        name = options.reporting_org_name or PLACEHOLDER_ORG_NAME
        return Org(PLACEHOLDER_ORG_REF, name, kind or PLACEHOLDER_ORG_TYPE)
    if not kind:
        warnings.append(
            f"IATI requires the reporting organisation's type (OrganisationType codelist, e.g. 22 national "
            f"NGO): the export uses {PLACEHOLDER_ORG_TYPE} (Other); set --reporting-org-type or "
            f"reporting_org.type in the plan profile"
        )
    name = options.reporting_org_name or (given.name if given else None) or plan.profile.organisation
    return Org(ref, name, kind or PLACEHOLDER_ORG_TYPE)


def _identifier(plan: Plan, options: ExportOptions, org: Org, warnings: list[str]) -> str:
    identifier = (options.iati_identifier or plan.profile.iati_identifier or "").strip()
    if not identifier:
        slug = "-".join(fold(plan.profile.title).upper().split())[:60].strip("-") or "PLAN"
        identifier = PLACEHOLDER_PREFIX + slug
        warnings.append(
            f"IATI requires the activity's real identifier (the reporting organisation's ref, a hyphen and "
            f"its own activity code): the export uses the placeholder {identifier!r}; pass --iati-id or set "
            f"the plan profile's iati_identifier before publishing"
        )
    elif org.ref != PLACEHOLDER_ORG_REF and not identifier.startswith(org.ref):
        warnings.append(
            f"the IATI identifier {identifier!r} does not start with the reporting organisation's ref "
            f"{org.ref!r}; IATI expects '<reporting-org ref>-<activity code>'"
        )
    return identifier


def _countries(names: Iterable[str], warnings: list[str]) -> tuple[list[tuple[str, str]], list[str]]:
    """(ISO code, name as written) for each recognised country, once per code; and the other names."""
    codes: dict[str, str] = {}
    unknown: list[str] = []
    for name in names:
        code = country_code(name)
        if code:
            codes.setdefault(code, name)
            continue
        unknown.append(name)
        warnings.append(
            f"country {name!r} has no ISO 3166-1 code in ctguide's table: it is named in the activity "
            f"description instead of a recipient-country; add the code by hand if it is a country"
        )
    return list(codes.items()), unknown


def _general_description(plan: Plan, unknown_countries: list[str]) -> str:
    profile = plan.profile
    countries = ", ".join(profile.countries)
    lines = [
        profile.summary
        or f"{profile.title}: a counter-trafficking project of {profile.organisation} in {countries}, "
        f"{profile.start_date.isoformat()} to {profile.end_date.isoformat()}."
    ]
    if profile.regions:
        lines.append("Regions: " + ", ".join(profile.regions) + ".")
    if profile.destinations:
        lines.append("Destinations (where people are taken): " + ", ".join(profile.destinations) + ".")
    if unknown_countries:
        lines.append("Also in (no ISO country code given): " + ", ".join(unknown_countries) + ".")
    return "\n".join(lines)


# --- sectors -------------------------------------------------------------------------------


def sector_shares(plan: Plan, known: dict[str, str], warnings: list[str]) -> list[tuple[str, str]]:
    """(DAC code, percentage) per distinct code of the plan's areas; the percentages add up to 100."""
    codes = []
    for block in plan.results_chain:
        code = block.sector or known.get(block.area)
        if code:
            codes.append(code)
        else:
            warnings.append(
                f"area {block.area!r} has no DAC/CRS sector: set `sector` (a 5-digit purpose code) in its "
                f"results_chain block; IATI expects every activity to name its sectors"
            )
    counts = {code: codes.count(code) for code in dict.fromkeys(codes)}
    shares = [Decimal(100 * n) / len(codes) for n in counts.values()]
    rounded = [share.quantize(Decimal("0.01")) for share in shares]
    if rounded:
        rounded[-1] = Decimal(100) - sum(rounded[:-1])
    return [(code, _plain(share)) for code, share in zip(counts, rounded, strict=True)]


def _plain(number: Decimal) -> str:
    text = format(number, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


# --- results and indicators ----------------------------------------------------------------


def _results(plan: Plan) -> Iterator[ET.Element]:
    by_result: dict[str, list[Indicator]] = {}
    for indicator in plan.indicators:
        by_result.setdefault(indicator.result, []).append(indicator)
    if plan.goal is not None and by_result.get(plan.goal.id):
        yield _goal_result(plan, plan.goal, by_result[plan.goal.id])
    for block in plan.results_chain:
        for kind, statement in block.results():
            indicators = by_result.get(statement.id)
            if indicators:
                yield _result(plan, block, kind, statement, indicators)


def _result(
    plan: Plan, block: AreaChain, kind: str, statement: Statement, indicators: list[Indicator]
) -> ET.Element:
    level = kind
    if kind == "objective":
        level = "impact" if any(i.level == "impact" for i in indicators) else "outcome"
    result = ET.Element("result", {"type": RESULT_TYPE[level], "aggregation-status": "false"})
    _narrated(result, "title", statement.statement)
    area = block.area.replace("_", " ")
    lines = [f"{kind.capitalize()} {statement.id} of the {area} area, {block.pillar} pillar."]
    if statement.assumptions:
        lines.append("Assumptions: " + "; ".join(statement.assumptions))
    _narrated(result, "description", "\n".join(lines))
    ET.SubElement(result, "reference", vocabulary="99", code=statement.id)
    result.extend(_indicator(plan, indicator) for indicator in indicators)
    return result


def _goal_result(plan: Plan, goal: Statement, indicators: list[Indicator]) -> ET.Element:
    result = ET.Element("result", {"type": RESULT_TYPE["impact"], "aggregation-status": "false"})
    _narrated(result, "title", goal.statement)
    lines = [f"Goal {goal.id} of the project (impact)."]
    if goal.assumptions:
        lines.append("Assumptions: " + "; ".join(goal.assumptions))
    _narrated(result, "description", "\n".join(lines))
    ET.SubElement(result, "reference", vocabulary="99", code=goal.id)
    result.extend(_indicator(plan, indicator) for indicator in indicators)
    return result


def measure(indicator: Indicator) -> str:
    """The IndicatorMeasure code: qualitative indicators are 5 whatever their unit."""
    if indicator.type == "qualitative":
        return QUALITATIVE
    return MEASURE_OF_UNIT.get(indicator.unit, QUALITATIVE)


def _indicator(plan: Plan, indicator: Indicator) -> ET.Element:
    code = measure(indicator)
    attributes = {"measure": code}
    if indicator.direction in ASCENDING and not indicator.monitor_only:
        attributes["ascending"] = ASCENDING[indicator.direction]
    element = ET.Element("indicator", attributes)
    _narrated(element, "title", indicator.statement)
    _narrated(element, "description", indicator_description(indicator))
    for vocabulary, ref_code in _references(indicator):
        ET.SubElement(element, "reference", vocabulary=vocabulary, code=ref_code)
    element.append(_baseline(plan, indicator, code))
    element.extend(_periods(plan, indicator, code))
    return element


def _references(indicator: Indicator) -> Iterator[tuple[str, str]]:
    """(IndicatorVocabulary, code): 99 = the indicator id, then the first F and SDG codes."""
    yield "99", indicator.id
    used = {"99"}
    for ref in indicator.external_refs:
        vocabulary = INDICATOR_VOCABULARY.get(ref.vocabulary)
        if vocabulary and vocabulary not in used:
            used.add(vocabulary)
            yield vocabulary, ref.code


def _extra_references(indicator: Indicator) -> list[str]:
    """The external codes that have no reference element of their own (own codes, second codes)."""
    seen: set[str] = set()
    extra = []
    for ref in indicator.external_refs:
        if ref.vocabulary in INDICATOR_VOCABULARY and ref.vocabulary not in seen:
            seen.add(ref.vocabulary)
            continue
        extra.append(f"{VOCABULARY_NAME.get(ref.vocabulary, ref.vocabulary)} {ref.code}")
    return extra


def indicator_description(indicator: Indicator) -> str:
    """What a PIRS says and IATI has no element for, as readable lines."""
    unit = indicator.unit.replace("_", "/") + (f" ({indicator.unit_detail})" if indicator.unit_detail else "")
    if indicator.monitor_only:
        lines = [f"Unit: {unit}. Monitor only: counted and reported, never given a target."]
    else:
        lines = [f"Unit: {unit}. Desired direction: {indicator.direction}."]
    if indicator.projections:
        lines.append(f"{PROJECTION.capitalize()}: {projections_text(indicator)}.")
    if not indicator.attributable:
        lines.append(f"{CONTEXT.capitalize()}.")
    if indicator.direction_note:
        lines.append(f"Direction note: {indicator.direction_note}")
    lines += [f"Definition of {term}: {text}" for term, text in indicator.definitions]
    lines += _labelled(("Numerator", indicator.numerator), ("Denominator", indicator.denominator))
    if indicator.stages:
        lines.append("Stages: " + " → ".join(indicator.stages))
    if indicator.disaggregation:
        parts = [
            f"{d.code}{f' ({d.name})' if d.name else ''}: {', '.join(d.values)}"
            for d in indicator.disaggregation
        ]
        lines.append("Disaggregated by " + "; ".join(parts))
    lines += _labelled(
        ("Means of verification", indicator.means_of_verification),
        ("Data collection method", indicator.collection_method),
        ("Frequency", FREQUENCY_TEXT.get(indicator.frequency, indicator.frequency)),
        ("Responsible", indicator.responsible),
        ("Known limitations", indicator.limitations),
    )
    if extra := _extra_references(indicator):
        lines.append("Also linked to: " + "; ".join(extra))
    return "\n".join(lines)


def _labelled(*pairs: tuple[str, str | None]) -> list[str]:
    return [f"{label}: {text}" for label, text in pairs if text]


def _baseline(plan: Plan, indicator: Indicator, code: str) -> ET.Element:
    baseline = indicator.baseline
    if baseline.status != "known" or baseline.value is None:
        when = f" by {baseline.planned_date.isoformat()}" if baseline.planned_date else ""
        element = ET.Element("baseline", year=str(plan.profile.start_date.year))
        _comment(element, [f"Baseline to be set{when}.", baseline.note])
        return element
    if baseline.date is None:  # IATI needs a year: the project's first stands in, and the comment says so
        element = ET.Element("baseline", year=str(plan.profile.start_date.year))
        undated = "The baseline's date is still to be written; the year is the project's first."
    else:
        element = ET.Element(
            "baseline", {"year": str(baseline.date.year), "iso-date": baseline.date.isoformat()}
        )
        undated = None
    value = _numeric(baseline.value, code)
    if value is not None:
        element.set("value", value)
    stated = None if value is not None else f"Baseline: {_value_text(indicator, baseline.value)}."
    _comment(element, [stated, _source(baseline), baseline.note, undated])
    return element


def _source(baseline: Baseline) -> str | None:
    return f"Source: {baseline.source}" if baseline.source else None


def _periods(plan: Plan, indicator: Indicator, code: str) -> Iterator[ET.Element]:
    previous: dt.date | None = None
    for target in sorted(indicator.targets, key=lambda t: t.date):
        start = target.period_start or (
            previous + dt.timedelta(days=1) if previous else plan.profile.start_date
        )
        period = ET.Element("period")
        ET.SubElement(period, "period-start", {"iso-date": min(start, target.date).isoformat()})
        ET.SubElement(period, "period-end", {"iso-date": target.date.isoformat()})
        period.append(_target(indicator, target, code))
        previous = target.date
        yield period


def _target(indicator: Indicator, target: Target, code: str) -> ET.Element:
    element = ET.Element("target")
    interim = "Interim target." if target.interim else None
    if target.status == "to_be_set" or target.value is None:
        _comment(element, ["Target to be set.", interim, target.note])
        return element
    value = _numeric(target.value, code)
    if value is not None:
        element.set("value", value)
    stated = None if value is not None else f"Target: {_value_text(indicator, target.value)}."
    _comment(element, [stated, interim, target.note])
    return element


def _numeric(value: Value, code: str) -> str | None:
    """The value as an XSD decimal, for Unit and Percentage measures only; None when it is not a number."""
    if code not in NUMERIC_MEASURES or isinstance(value, bool):
        return None
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return format(Decimal(repr(value)), "f") if math.isfinite(value) else None
    text = str(value).strip()
    return text if _DECIMAL.fullmatch(text) else None


def _value_text(indicator: Indicator, value: Value) -> str:
    """A value for people: yes/no for booleans, a stage with its rank."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    text = str(value)
    if text in indicator.stages:
        return f"{text} (stage {indicator.stages.index(text) + 1} of {len(indicator.stages)})"
    return text


# --- XML helpers ---------------------------------------------------------------------------


def _clean(text: str) -> str:
    """Text without the control characters XML 1.0 cannot carry."""
    return _INVALID_XML.sub("", text)


def _clean_tree(root: ET.Element) -> None:
    """Every attribute and text of the document without the characters XML 1.0 cannot carry
    (a plan's ids, codes and names reach attributes as well as narratives)."""
    for element in root.iter():
        for key, value in element.attrib.items():
            element.set(key, _clean(value))
        if element.text:
            element.text = _clean(element.text)


def _text(parent: ET.Element, tag: str, text: str) -> ET.Element:
    element = ET.SubElement(parent, tag)
    element.text = _clean(text)
    return element


def _narrated(parent: ET.Element, tag: str, text: str, **attributes: str) -> ET.Element:
    """`<tag ...><narrative>text</narrative></tag>` (the narrative's language is the activity's)."""
    element = ET.SubElement(parent, tag, attributes)
    _text(element, "narrative", text)
    return element


def _comment(parent: ET.Element, parts: list[str | None]) -> None:
    text = " ".join(part for part in parts if part)
    if text:
        _narrated(parent, "comment", text)


def _midnight(day: dt.date) -> str:
    return f"{day.isoformat()}T00:00:00Z"


def _datetime(text: str | None) -> str | None:
    """An ISO date or date-time as an xsd:dateTime ('Z' for UTC); None if absent or unreadable."""
    if not text:
        return None
    try:
        moment = dt.datetime.fromisoformat(text.strip())
    except ValueError:
        return None
    if "T" not in text and " " not in text.strip():
        return _midnight(moment.date())
    stamp = moment.isoformat(timespec="seconds")
    return stamp.removesuffix("+00:00") + "Z" if stamp.endswith("+00:00") else stamp
