"""What a wording's [placeholders] stand for in this project.

A placeholder is about who (target groups), where (countries, regions), when (periods), a quantity
(a number, often with a unit), or something only the project can name (its course, its shelter).
Who, where and when default to the profile's answers; a quantity takes plain numbers; the knowledge
base's own example is another project's wording, shown only as a labelled example.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ctguide.dialog.parsing import Unclear, is_tbd, parse_number
from ctguide.dialog.state import Answers, Draft
from ctguide.knowledge import KnowledgeBase

WHO = re.compile(
    r"target group|\bgroups?\b|participants|beneficiar|population|age band|audience|respondents",
    re.IGNORECASE,
)
WHERE = re.compile(
    r"district|region|province|countr|\barea\b|target area|locations?|sites?|village|municipal|governorate|"
    r"jurisdiction|corridor",
    re.IGNORECASE,
)
WHEN = re.compile(
    r"^\[(period|year|fiscal year|school year|reporting period|the period|survey round)\]$", re.IGNORECASE
)
QUANTITY_NAME = re.compile(
    r"^\[(n|m|x|\d+(?:\s+\w+)?|threshold|margin|months|days|hours|weeks|time limit|follow-up period|recall period|"
    r"review window|pass mark|the pass mark|\d+ of \d+|six months|[a-z]+ (?:months|days|hours|weeks))\]$",
    re.IGNORECASE,
)
NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve".split())
UNIT_WORDS = re.compile(
    r"^(?:[\d.,]+|" + "|".join(NUMBER_WORDS) + r")\s+(?P<unit>[a-z][a-z %-]*)$", re.IGNORECASE
)
NOT_AN_ANSWER = frozenset({"none", "no", "n/a", "na", "nothing", "-", "write", "skip", "ok", "yes"})
GENERIC_WHO = "the project's participants"


@dataclass(frozen=True)
class Slot:
    """One placeholder of one indicator, read for this project."""

    placeholder: str
    kind: str  # "who", "where", "when", "quantity" or "other"
    choices: tuple[str, ...]  # from the profile, best first
    example: str | None  # the knowledge base's example: another project's wording
    unit: str | None = None  # for quantities: "months", "days" …


def kind_of(placeholder: str, example: str | None) -> str:
    if WHEN.match(placeholder):
        return "when"
    if QUANTITY_NAME.match(placeholder) or (
        example and re.fullmatch(r"[\d.,]+( \w+)?|" + "|".join(NUMBER_WORDS) + r"( \w+)?", example.lower())
    ):
        return "quantity"
    if placeholder.lower() in ("[country]", "[partner countries]") or WHERE.search(placeholder):
        return "where"
    if WHO.search(placeholder):
        return "who"
    return "other"


def slot(kb: KnowledgeBase, answers: Answers, draft: Draft, placeholder: str) -> Slot:
    source = kb.indicator_by_id.get(draft.indicator.kb_id or "")
    example = dict(source.placeholders).get(placeholder) if source else None
    kind = kind_of(placeholder, example)
    unit = _unit(placeholder, example) if kind == "quantity" else None
    return Slot(placeholder, kind, _choices(answers, placeholder, kind), example, unit)


def _choices(answers: Answers, placeholder: str, kind: str) -> tuple[str, ...]:
    remembered = answers.fill(placeholder)
    found: tuple[str, ...] = ()
    if kind == "who":
        groups = answers.target_groups or ()
        found = (*groups, ", ".join(groups)) if len(groups) > 1 else groups
    elif kind == "where":
        countries, regions = answers.countries or (), answers.regions
        if placeholder.lower() in ("[country]", "[partner countries]"):
            found = (", ".join(countries),) if placeholder.lower() == "[partner countries]" else countries
        else:
            found = (
                (*(", ".join(regions),), *regions, ", ".join(countries))
                if regions
                else (", ".join(countries),)
            )
    elif kind == "when":
        found = _periods(placeholder, answers.period)
    values = (remembered,) if remembered else ()
    cleaned = (" ".join(re.sub(r"[\[\]]", " ", v).split()) for v in (*values, *found))
    return tuple(dict.fromkeys(v for v in cleaned if re.search(r"[^\W\d_]", v)))


def _periods(placeholder: str, period: tuple[dt.date, dt.date] | None) -> tuple[str, ...]:
    name = placeholder.lower()
    years = tuple(str(y) for y in range(period[0].year, period[1].year + 1)) if period else ()
    if name == "[year]":
        return years
    if name == "[fiscal year]":
        return tuple(f"fiscal year {y}" for y in years)
    if name == "[survey round]":
        return ("the endline survey", "the baseline survey", "the midline survey")
    if name == "[school year]":
        return tuple(f"the {y}-{str(int(y) + 1)[2:]} school year" for y in years)
    return ("the reporting quarter", "the project year", "the reporting period")


def _unit(placeholder: str, example: str | None) -> str | None:
    inner = placeholder.strip("[]").lower()
    for text in (inner, (example or "").lower()):
        if m := UNIT_WORDS.match(text):
            return m["unit"].strip()
    if inner in ("months", "days", "hours", "weeks"):
        return inner
    return None


def read_value(found: Slot, text: str) -> str:
    """What the user typed for a placeholder, as it goes into the wording. Raises Unclear."""
    value = " ".join(text.split())
    if not value or len(value) > 120 or "[" in value or "]" in value:
        raise Unclear(f"write what {found.placeholder} stands for in your project, in a few words")
    if value in found.choices:
        return value
    if re.fullmatch(r"edit\s+\d+", value.lower()):
        raise Unclear(
            f"`edit <n>` picks a suggestion to reword; here, write what {found.placeholder} stands for"
        )
    if is_tbd(value) or value.lower() in NOT_AN_ANSWER:
        raise Unclear(f"the wording needs {found.placeholder} now; {_hint(found)}")
    if re.fullmatch(r"\d+", value) and found.kind != "quantity" and found.choices:
        index = int(value) - 1
        if 0 <= index < len(found.choices):
            return found.choices[index]
    if found.kind == "quantity":
        return _quantity(found, value)
    if not re.search(r"[^\W\d_]", value):
        raise Unclear(f"write what {found.placeholder} stands for in your project, in words ({_hint(found)})")
    return value


def _quantity(found: Slot, value: str) -> str:
    try:
        number = parse_number(value)
    except Unclear:
        if re.search(r"\d|" + "|".join(NUMBER_WORDS), value.lower()):
            return value
        if re.search(r"[^\W\d_]{3}", value):
            return value  # a defined threshold in words: 'the cut-off agreed before baseline'
        raise Unclear(
            f"give {found.placeholder} as a number, e.g. 3 or 0.66{' ' + found.unit if found.unit else ''}"
        ) from None
    shown = str(number)
    return f"{shown} {found.unit}" if found.unit else shown


def _hint(found: Slot) -> str:
    if found.choices:
        return f"e.g. {found.choices[0]}"
    return f"another project wrote: {found.example}" if found.example else "e.g. the reporting quarter"


def default_for(found: Slot) -> str | None:
    """What `ok` means for this placeholder: the profile's answer (never another project's example)."""
    return found.choices[0] if found.choices else None


def example_for(found: Slot, answers: Answers) -> str:
    """A sample answer from this project: its profile first; a neutral one when the profile is silent."""
    if found.choices:
        return found.choices[0]
    if found.kind == "who":
        return GENERIC_WHO
    if found.kind == "quantity":
        return f"3 {found.unit}" if found.unit else "3"
    if found.kind == "when":
        return "the reporting quarter"
    if found.example:
        return found.example  # something only the project can name: the hint is labelled as another project's
    inner = found.placeholder.strip("[]")
    return inner if inner.lower().startswith("the ") else f"the {inner}"


def remembered(answers: Answers, draft: Draft) -> tuple[Draft, tuple[str, ...]]:
    """The draft with every placeholder this project has already answered filled in, and what was used."""
    used = []
    for placeholder in draft.placeholders():
        value = answers.fill(placeholder)
        if value is not None and f"fill:{placeholder}" not in draft.done:
            draft = draft.with_fill(placeholder, value)
            draft = draft.step_done(f"fill:{placeholder}")
            used.append(f"{placeholder} → {value}")
    return draft, tuple(used)


def spread(answers: Answers, placeholder: str, value: str) -> tuple[Answers, tuple[str, ...]]:
    """The project's answer for `placeholder` also fills it in every chosen indicator still waiting for it."""
    filled = []
    for area, result, draft in answers.drafts():
        if placeholder in draft.placeholders() and f"fill:{placeholder}" not in draft.done:
            answers = answers.replace_draft(
                area.area, result.id, draft.with_fill(placeholder, value).step_done(f"fill:{placeholder}")
            )
            filled.append(draft.id)
    return answers, tuple(filled)
