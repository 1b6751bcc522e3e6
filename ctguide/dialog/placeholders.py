"""What a wording's [placeholders] stand for in this conversation.

Their kinds and the profile's answers for who, where and when are read in ctguide.placeholders (as
`ctguide starter` reads them); here a quantity takes plain numbers, and the knowledge base's own
example is another project's wording, shown only as a labelled example.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ctguide.dialog.state import Answers, Draft
from ctguide.knowledge import KnowledgeBase
from ctguide.parsing import Unclear, is_tbd, parse_number
from ctguide.placeholders import NUMBER_WORDS, PLACE_STAND_INS, Setting, choices, kind_of, names_elsewhere

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
    elsewhere: tuple[
        str, ...
    ] = ()  # the names of places or bodies in the example that this project does not give

    @property
    def example_usable(self) -> bool:
        """Whether `use the example` may take the example as it is: only a generic one, naming nothing of
        another project, and only for what the profile cannot answer."""
        return bool(self.example) and self.kind == "other" and not self.elsewhere


def slot(kb: KnowledgeBase, answers: Answers, draft: Draft, placeholder: str) -> Slot:
    source = kb.indicator_by_id.get(draft.indicator.kb_id or "")
    example = dict(source.placeholders).get(placeholder) if source else None
    kind = kind_of(placeholder, example, draft.template)
    unit = _unit(placeholder, example) if kind == "quantity" else None
    setting = Setting(answers.countries or (), answers.regions, answers.target_groups or (), answers.period)
    elsewhere = names_elsewhere(example, setting) if example else ()
    remembered = answers.fill(placeholder)
    if remembered and elsewhere and remembered == example:  # another project's facts are never "yours"
        remembered = None
    found = choices(placeholder, kind, setting, (remembered,) if remembered else ())
    return Slot(placeholder, kind, found, example, unit, elsewhere)


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
    inner = found.placeholder.strip("[]")
    if (
        found.kind == "where"
    ):  # a place the profile does not name (a district): never another project's places
        return PLACE_STAND_INS.get(found.placeholder.lower(), _the(inner))
    if found.example_usable:
        return found.example  # something only the project can name: the hint is labelled as another project's
    return _the(inner)


def _the(words: str) -> str:
    return words if words.lower().startswith("the ") else f"the {words}"


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
