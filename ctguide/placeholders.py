"""What a wording's [placeholders] stand for in a project, read from its profile.

A placeholder is about who (target groups), where (countries, regions), when (periods), a quantity
(a number, often with a unit), or something only the project can name (its course, its shelter).
Who, where and when default to the profile's answers; the rest stays for the project to fill in.
Both the conversation and `ctguide starter` read placeholders here.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import NamedTuple

from ctguide import lazyre
from ctguide.knowledge import PLACEHOLDER

WHO = lazyre.compile_now(
    r"target group|\bgroups?\b|participants|beneficiar|population|age band|audience|respondents",
    re.IGNORECASE,
)
WHERE = lazyre.compile_now(
    r"district|region|province|countr|\barea\b|target area|locations?|sites?|village|municipal|governorate|"
    r"jurisdiction|corridor",
    re.IGNORECASE,
)
WHEN = lazyre.compile_now(
    r"^\[(period|year|fiscal year|school year|reporting period|the period|survey round)\]$", re.IGNORECASE
)
QUANTITY_NAME = lazyre.compile_now(
    r"^\[(n|m|x|\d+(?:\s+\w+)?|threshold|margin|months|days|hours|weeks|years|time limit|follow-up period|recall period|"
    r"review window|pass mark|the pass mark|\d+ of \d+|six months|[a-z]+ (?:months|days|hours|weeks|years?))\]$",
    re.IGNORECASE,
)
WITHIN_A_COUNTRY = lazyre.compile_now(
    r"district|province|village|municipal|governorate|county|commune|\bcit(?:y|ies)\b|\btowns?\b|\bsites?\b",
    re.IGNORECASE,
)
"""Places smaller than a country: only the profile's regions and districts stand for them, never a country."""
NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve".split())
COUNTRY_NAMES = ("[country]", "[partner countries]")


@dataclass(frozen=True)
class Setting:
    """What the profile says about who, where and when (empty where it says nothing)."""

    countries: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    target_groups: tuple[str, ...] = ()
    period: tuple[dt.date, dt.date] | None = None
    destinations: tuple[str, ...] = ()


COUNTED = r"(?:number|%|percentage|share|proportion|ratio) of (?:the )?"


def kind_of(placeholder: str, example: str | None, template: str = "") -> str:
    """ "who", "where", "when", "quantity" or "other". A place-like placeholder that names what is counted
    ("Number of [locations] with …") is the unit of analysis (kinds of places), not the project's districts."""
    if WHEN.match(placeholder):
        return "when"
    if QUANTITY_NAME.match(placeholder) or (
        example and re.fullmatch(r"[\d.,]+( \w+)?|" + "|".join(NUMBER_WORDS) + r"( \w+)?", example.lower())
    ):
        return "quantity"
    if placeholder.lower() in COUNTRY_NAMES or WHERE.search(placeholder):
        return "other" if re.search(COUNTED + re.escape(placeholder), template, re.IGNORECASE) else "where"
    if WHO.search(placeholder):
        return "who"
    return "other"


def choices(placeholder: str, kind: str, setting: Setting, first: tuple[str, ...] = ()) -> tuple[str, ...]:
    """What `placeholder` may stand for in this project, best first: `first` (an answer already
    given), then the profile's who, where or when; cleaned of brackets, never a bare number but a year."""
    found: tuple[str, ...] = ()
    if kind == "who":
        groups = setting.target_groups
        found = (*groups, ", ".join(groups)) if len(groups) > 1 else groups
    elif kind == "where":
        countries, regions = setting.countries, setting.regions
        if placeholder.lower() == "[partner countries]":
            found = (listed(countries),)
        elif placeholder.lower() in COUNTRY_NAMES:
            found = (listed(countries), *countries) if len(countries) > 1 else countries
        elif WITHIN_A_COUNTRY.search(placeholder):
            found = (listed(regions), *regions)
        elif CORRIDOR.search(placeholder):
            found = corridors(countries, setting.destinations)
        else:
            found = (listed(regions), *regions, listed(countries)) if regions else (listed(countries),)
    elif kind == "when":
        found = periods(placeholder, setting.period)
    cleaned = (" ".join(re.sub(r"[\[\]]", " ", v).split()) for v in (*first, *found))
    return tuple(dict.fromkeys(v for v in cleaned if re.search(r"[^\W\d_]", v) or (kind == "when" and v)))


CORRIDOR = lazyre.compile_now(r"corridor", re.IGNORECASE)


def corridors(origins: tuple[str, ...], destinations: tuple[str, ...]) -> tuple[str, ...]:
    """A corridor runs from where people leave to where they are taken ('the Nepal–Qatar corridor'): none
    without a known destination (the project's districts or countries alone are no corridor), all of them first."""
    pairs = tuple(f"{origin}–{destination}" for origin in origins for destination in destinations)
    if len(pairs) < 2:
        return tuple(f"the {pair} corridor" for pair in pairs)
    return (f"the {listed(pairs)} corridors", *(f"the {pair} corridor" for pair in pairs))


TO_BE_SET = "(to be set)"


def named(values: tuple[str, ...]) -> tuple[str, ...]:
    """The values a user actually named: an empty entry or the '(to be set)' mark says nothing yet."""
    return tuple(v for v in values if v and v != TO_BE_SET)


def listed(names: tuple[str, ...]) -> str:
    """Names as a sentence says them: 'Guatemala and Honduras', 'A, B and C'."""
    if len(names) < 2:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


NAME_WORD = lazyre.compile_now(r"[^\W\d_](?:[^\W\d_]|['’](?=[^\W\d_]))*")
JOINING = frozenset({"of", "for", "on", "in", "and"})
ARTICLES = frozenset({"the", "a", "an"})


def names_elsewhere(example: str, setting: Setting) -> tuple[str, ...]:
    """The places in another project's example that this project's profile does not give: the countries it
    names ('Moldova and Romania' for a Nigeria plan) and a lone proper name ('Chisinau' in 'the Chisinau shelter
    for women survivors'). Taking such an example as it is would write that project's facts into this one. A
    name of several capitalised words is a kind of body every country has ('the Financial Intelligence Unit',
    'the Ministry of Health'), an acronym a tool ('WHO-5'): neither is a place."""
    from ctguide.countries import named_in

    own = {w.lower() for name in (*setting.countries, *setting.regions, *setting.target_groups)
           for w in NAME_WORD.findall(name)}  # fmt: skip
    words = NAME_WORD.findall(example)
    capital = [w[0].isupper() and w.lower() not in ARTICLES for w in words]

    def joined(i: int, step: int) -> bool:
        j = i + step
        if not 0 <= j < len(words):
            return False
        return capital[j] or (words[j] in JOINING and 0 <= j + step < len(words) and capital[j + step])

    lone = [
        w
        for i, w in enumerate(words)
        if capital[i] and w[1:].islower() and not joined(i, -1) and not joined(i, 1)
    ]
    found = [*named_in(example), *lone]
    return tuple(dict.fromkeys(n for n in found if not {w.lower() for w in NAME_WORD.findall(n)} <= own))


def periods(placeholder: str, period: tuple[dt.date, dt.date] | None) -> tuple[str, ...]:
    """The period wordings a [when] placeholder may take, the usual one first."""
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


def filled_from_profile(statement: str, examples: Mapping[str, str], setting: Setting) -> str:
    """`statement` with each who/where/when placeholder the profile answers replaced by its first
    choice; the others (quantities, what only the project can name, what the profile is silent on) stay."""

    def value(match: re.Match[str]) -> str:
        placeholder = match.group(0)
        found = choices(placeholder, kind_of(placeholder, examples.get(placeholder), statement), setting)
        return found[0] if found else placeholder

    return PLACEHOLDER.sub(value, statement)


PLACE_STAND_INS = {
    "[corridor]": "the migration corridor",
    "[district]": "the project districts",
    "[region]": "the project region",
    "[target area]": "the project area",
}
MEMBERS = {
    "audience": "audience members",
    "public": "members of the public",
    "community": "community members",
}
"""Groups named in the singular: counted ('% of surveyed [audience]'), it is their members that are counted."""
DETERMINER = lazyre.compile_now(r"^(?:the|a|an|its|their|our|his|her|whose|each|every)\b|^\d", re.IGNORECASE)
MODIFIED = lazyre.compile_now(r"\s+(?!(?:is|was|has|does|across|plus|less|unless)\b)[a-z]+s\b")
"""A plural noun right after a bracket: the bracket names whose ('Number of [agency] trainers'), not what is counted."""


class Wording(NamedTuple):
    """What a plan handed over writes for a placeholder; `own` when it is the project's value (its profile's
    dates, the bracket's own '[12 months]'), else a stand-in for the user to replace."""

    text: str
    own: bool


def stand_in(
    placeholder: str, example: str | None, setting: Setting, before: str = "", after: str = ""
) -> Wording:
    """What a plan handed over writes for a placeholder the profile leaves open. The project's own value: the
    bracket's words when they are a value ('[12 months]', '[two years]'), a year or period from the project's
    dates. A stand-in: the knowledge's example for a bare quantity ('[N]' → '12') or a frequency, else the
    bracket's words as a phrase ('[programme area]' → 'the programme area', '[the shelter]' → 'the shelter').
    `before` and `after`: the wording around it ('Number of [locations]' counts locations, not 'the locations';
    'their [input]')."""
    inner = " ".join(placeholder[1:-1].split())
    lowered = inner.lower()
    kind = kind_of(placeholder, example, before + placeholder)
    valued = bool(re.search(r"\d", inner) or NUMBER_WORDS & set(lowered.split()[:1]))
    if kind == "when":
        found = periods(placeholder, setting.period)
        return (
            Wording(found[0], lowered in ("year", "fiscal year", "school year"))
            if found
            else Wording(inner, False)
        )
    if valued:
        return Wording(inner, True)
    if "year" in lowered and setting.period and kind == "quantity":
        return Wording(str(setting.period[0].year), True)
    if kind == "quantity" or "frequency" in lowered:
        return Wording(inner if DETERMINER.match(inner) or not example else example, False)
    if placeholder.lower() in PLACE_STAND_INS:
        return Wording(PLACE_STAND_INS[placeholder.lower()], False)
    return Wording(_phrase(inner, kind, before, after), False)


def _phrase(inner: str, kind: str, before: str, after: str) -> str:
    """The bracket's words as a phrase in their sentence: 'the programme area', bare where a count or a
    participle already governs them, a group's members where they are counted."""
    previous = (before.split() or [""])[-1]
    counted = (
        kind == "other"
        and not after.startswith("'")
        and not MODIFIED.match(after)
        and re.search(COUNTED + "$", before, re.IGNORECASE)
    )
    if counted or previous.endswith("ed"):
        return MEMBERS.get(inner.lower(), inner)
    return inner if DETERMINER.match(previous) or DETERMINER.match(inner) else f"the {inner}"
