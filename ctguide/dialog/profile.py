"""Stage 1, the profile: title, organisation, countries, dates, target groups, donor."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from ctguide.countries import country_code, named_in
from ctguide.dialog.question import Outcome, Question, Reader
from ctguide.dialog.state import Answers
from ctguide.drafting import first_quarter_end
from ctguide.guidetext import TITLE_EXAMPLE, TITLE_QUESTION
from ctguide.knowledge import KnowledgeBase
from ctguide.parsing import Unclear, is_yes, parse_groups, parse_list, parse_period
from ctguide.plan import Baseline, Target


def _text_reader(field: str, *, minimum: int = 2, maximum: int = 200) -> Reader:
    def read(kb: KnowledgeBase, answers: Answers, text: str) -> Outcome:
        value = " ".join(text.split())
        if len(value) < minimum or not re.search(r"[^\W\d_]", value):
            raise Unclear(f"I need a few words here (at least {minimum} letters)")
        if len(value) > maximum:
            raise Unclear(f"please keep this under {maximum} characters; you wrote {len(value)}")
        return dataclasses.replace(answers, **{field: value}), ()

    return read


TERRITORIES = {
    "transnistria": "moldova", "pridnestrovie": "moldova", "gagauzia": "moldova",
    "abkhazia": "georgia", "south ossetia": "georgia", "adjara": "georgia",
    "crimea": "ukraine", "donbas": "ukraine", "donetsk": "ukraine", "luhansk": "ukraine",
    "kurdistan": "iraq", "kurdistan region": "iraq", "iraqi kurdistan": "iraq",
    "northern cyprus": "cyprus", "somaliland": "somalia", "puntland": "somalia",
    "zanzibar": "tanzania", "nagorno-karabakh": "azerbaijan", "karabakh": "azerbaijan",
    "gaza": "palestine", "west bank": "palestine", "sabah": "malaysia", "sarawak": "malaysia",
}  # fmt: skip
"""Regions people name beside their country ('moldova + transnistria'): a region of it, not a second country."""


def _countries(kb: KnowledgeBase, answers: Answers, text: str) -> Outcome:
    """Countries known by name (ctguide.countries), regions in brackets; any other place is asked about first."""
    countries, _ = _places(text)
    unknown = [c for c in countries if country_code(c) is None and c.lower() not in TERRITORIES]
    if unknown:
        return dataclasses.replace(answers, unknown_place=text.strip()), ()
    return _countries_as_written(kb, answers, text)


def _countries_as_written(kb: KnowledgeBase, answers: Answers, text: str) -> Outcome:
    countries, regions = _places(text)
    where = ", ".join(countries) + (f" (regions: {', '.join(regions)})" if regions else "")
    return dataclasses.replace(answers, countries=countries, regions=regions, unknown_place=None), (
        f"Noted: {where}.",
    )


def _as_typed(name: str, typed: str) -> str:
    found = re.search(re.escape(name), typed, re.IGNORECASE)
    return found.group(0) if found else name


def _places(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    inside = re.findall(r"\(([^)]*)\)", text)
    outside = re.sub(r"\([^)]*\)", " ", text)
    outside = re.sub(r"\b(incl(uding|\.)?|plus)\b", ",", outside, flags=re.IGNORECASE)
    named = tuple(c[:1].upper() + c[1:] for c in parse_list(outside) if re.search(r"[^\W\d_]", c))
    states = {c.lower() for c in named}
    countries = tuple(c for c in named if TERRITORIES.get(c.lower()) not in states)
    regions = tuple(r[:1].upper() + r[1:] for part in inside for r in parse_list(part))
    regions = (*(c for c in named if c not in countries), *regions)
    if not countries or any(re.search(r"\d", c) for c in countries):
        raise Unclear(
            "name the country or countries (no dates or numbers), e.g. 'Nepal' or 'Nepal, India (Bihar)'"
        )
    return countries, regions


def _unknown_place_question(answers: Answers) -> Question:
    typed = answers.unknown_place or ""
    countries, regions = _places(typed)
    unknown = [
        _as_typed(c, typed) for c in countries if country_code(c) is None and c.lower() not in TERRITORIES
    ]
    known = [c for c in countries if c.lower() not in {u.lower() for u in unknown}] or list(named_in(typed))
    inside = [u for u in unknown if not named_in(u)] + list(regions)
    example = ", ".join(known or ["<country>"]) + (f" ({', '.join(inside)})" if inside else "")
    shown = " and ".join(f"“{u}”" for u in unknown)

    def read(kb: KnowledgeBase, answers: Answers, text: str) -> Outcome:
        if text.strip().lower() in ("keep", "keep it", "ok") or is_yes(text):
            return _countries_as_written(kb, answers, typed)
        return _countries(kb, answers, text)

    return Question("profile", "profile.countries.check",
                    (f"I don't know {shown} as {'a country' if len(unknown) == 1 else 'countries'}. Name the "
                     f"country, with regions or places in brackets after it, e.g. `{example}`; or `keep` to use "
                     f"“{typed}” as written.",),
                    read, options=("keep",), example=example if known else None,
                    why="The countries name the plan and its indicators ('in Moldova'), and fill the IATI "
                        "recipient-country codes; a region or town goes in brackets after its country.")  # fmt: skip


def _dates(kb: KnowledgeBase, answers: Answers, text: str) -> Outcome:
    start, end = parse_period(text)
    months = (end.year - start.year) * 12 + end.month - start.month + 1
    updated, reopened = _fit_period(dataclasses.replace(answers, period=(start, end)), start, end)
    note = (
        (
            f"{reopened} target or baseline date{'s' if reopened > 1 else ''} fell outside the new period; I'll ask again.",
        )
        if reopened
        else ()
    )
    return updated, (f"{months} months, {start} to {end}.", *note)


def _fit_period(answers: Answers, start: dt.date, end: dt.date) -> tuple[Answers, int]:
    """After the period changes, reopen the targets and baselines that no longer fit it."""
    reopened = 0
    for area, result, draft in answers.drafts():
        indicator = draft.indicator
        steps = set()
        if any(not start <= t.date <= end for t in indicator.targets):
            steps |= {"targets"}
            indicator = dataclasses.replace(indicator, targets=(Target(date=end, status="to_be_set"),))
        planned = indicator.baseline.planned_date
        if planned is not None and not planned <= end:
            steps |= {"baseline_date"}
            indicator = dataclasses.replace(
                indicator, baseline=Baseline(status="to_be_set", planned_date=first_quarter_end(start, end))
            )
        if steps:
            reopened += 1
            updated = dataclasses.replace(draft, indicator=indicator, done=draft.done - steps)
            answers = answers.replace_draft(area.area, result.id, updated)
    return answers, reopened


def _groups(kb: KnowledgeBase, answers: Answers, text: str) -> Outcome:
    groups = tuple(g for g in parse_groups(text) if re.search(r"[^\W\d_]{2}", g))
    if not groups:
        raise Unclear("name one or more groups, separated by commas")
    shown = "; ".join(groups)
    return dataclasses.replace(answers, target_groups=groups), (
        f"Target group{'s' if len(groups) > 1 else ''}: {shown}.",
    )


US_DONOR = re.compile(
    r"\b(usaid|us ?aid|u\.s\.?|us|usa|united states|state department|department of state|j/?tip|"
    r"tip office|dol|ilab|pepfar|usg)\b",
    re.IGNORECASE,
)
EU_DONOR = re.compile(
    r"\b(eu|e\.u\.|european (union|commission)|dg ?(home|intpa|near|echo)|isf|amif|ndici|ipa|"
    r"eu delegation|delegation of the european union)\b",
    re.IGNORECASE,
)


def donor_family(donor: str | None) -> str | None:
    """'us' or 'eu' when the funder has its own indicator conventions, else None."""
    if not donor:
        return None
    if US_DONOR.search(donor):
        return "us"
    if EU_DONOR.search(donor):
        return "eu"
    return None


def _donor(kb: KnowledgeBase, answers: Answers, text: str) -> Outcome:
    answers, _ = _text_reader("donor")(kb, answers, text)
    family = donor_family(answers.donor)
    note = {
        "us": "A US-funded project: where a US F indicator matches a result I'll mark it, with the breakdown "
        "the US government requires.",
        "eu": "An EU-funded project: I'll use results-framework wording (outcomes as changes, outputs as what "
        "is delivered) and mark indicators close to the EU's own.",
    }.get(family or "")
    return answers, (note,) if note else ()


def _skip_to(field: str, value: object) -> Reader:
    def skip(kb: KnowledgeBase, answers: Answers, text: str) -> Outcome:
        word = {"target_groups": "groups"}.get(field, field)
        return dataclasses.replace(answers, **{field: value}), (
            f"Skipped; you can add it later with `edit {word}`.",
        )

    return skip


def profile_question(kb: KnowledgeBase, answers: Answers) -> Question | None:
    if answers.title is None:
        return Question("profile", "profile.title", (TITLE_QUESTION,), _text_reader("title"),
                        example=TITLE_EXAMPLE, why="The title names the plan file and the session, so you can find them again.")  # fmt: skip
    if answers.organisation is None:
        return Question("profile", "profile.organisation", ("Which organisation runs it?",), _text_reader("organisation"),
                        example="Centre for Migrant Rights", why="Donors and partners read the plan; the lead organisation goes on its cover.")  # fmt: skip
    if answers.countries is None and answers.unknown_place is not None:
        return _unknown_place_question(answers)
    if answers.countries is None:
        return Question("profile", "profile.countries",
                        ("In which country or countries? Put regions in brackets if it helps.",), _countries,
                        example="Nepal, India (Bihar)",
                        why="Indicators are adapted to where the project works: national definitions of who counts as a victim, what data exist, which languages surveys need.")  # fmt: skip
    if answers.period is None:
        return Question("profile", "profile.dates", ("When does it start and end?",), _dates,
                        example="2027-01 to 2028-12",
                        why="Every target needs a date inside the project period, and follow-up measures must fit before it ends.")  # fmt: skip
    if answers.target_groups is None:
        return Question("profile", "profile.groups",
                        ("Who are the target groups? Separate them with commas, or `skip`.",), _groups,
                        options=("skip",), example="women survivors of trafficking, their children",
                        why="Naming the groups keeps every indicator specific: who exactly is counted.",
                        skip=_skip_to("target_groups", ()))  # fmt: skip
    if answers.donor is None:
        return Question("profile", "profile.donor", ("Who funds it? (optional; `skip` if not yet known)",),
                        _donor, options=("skip",), example=_donor_example(answers),
                        why="Some donors require their own standard indicators (the US F indicators, for example).",
                        skip=_skip_to("donor", ""))  # fmt: skip
    if answers.problem is None:
        return Question("profile", "profile.problem",
                        ("What problem does the project address? One or two sentences: who is harmed, where, and why "
                         "it happens (or `skip`).",),
                        _text_reader("problem", minimum=10, maximum=1000), options=("skip",),
                        example=_problem_example(answers),
                        why="A logframe starts from the problem: the goal is the problem solved, and every result "
                            "should explain a part of how. Donors read this first.",
                        skip=_skip_to("problem", ""))  # fmt: skip
    return None


def _donor_example(answers: Answers) -> str:
    return f"EU Delegation to {_example_country(answers)}"


def _example_country(answers: Answers) -> str:
    """The user's first country when it reads as a name; an example ending in '?' would read as a question."""
    first = answers.countries[0] if answers.countries else ""
    return first if re.fullmatch(r"[^\W\d_]+(?:[ .'-]+[^\W\d_]+)*", first) else "Nepal"


def _problem_example(answers: Answers) -> str:
    where = ", ".join(answers.regions or answers.countries or ()) or "the project area"
    who = (answers.target_groups or ("people at risk",))[0]
    return f"In {where}, {who} face trafficking and exploitation and lack the support they need."
