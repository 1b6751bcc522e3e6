"""How an indicator statement reads: its lead unit, what it counts (the head) and what it measures.

"% of trained inspectors in Chisinau who applied the checklist within 6 months" reads as
lead "%", head "trained inspectors in Chisinau", clause "applied the checklist within 6 months".
The review rules ask these parts their questions (is the head a unit of analysis? is the measured
verb an output? is it an identification count?) instead of scanning the whole sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ctguide import lazyre
from ctguide.wordlist import WordList

LEAD = lazyre.compile(
    r"^[^\w%#]*(?P<lead>%|#|(?:no|nr|num)\.(?=\s)|(?:(?:mean|average|median|total|annual|cumulative)\s+)?"
    r"(?:number|numbers|percentage|percent|proportion|share|rate|ratio|score|amount|time|duration|"
    r"mean|average|median|total|value|n[uú]mero|porcentaje|nombre|pourcentage|proporci[oó]n|taux|tasa|"
    r"percentagem|porcentagem|propor[cç][aã]o|taxa)\b)"
    r"\s*(?P<rest>.*)$",
    re.IGNORECASE | re.DOTALL,
)
_LEAD_WORD = r"(?:%|#|(?:no|nr)\.|number|percentage|percent|proportion|share|n[uú]mero|porcentaje|proporci[oó]n|nombre|pourcentage|percentagem|porcentagem)"
PAIRED_LEAD = lazyre.compile(
    rf"^(?P<first>[^\w%#]*{_LEAD_WORD})\s*(?:and|or|&|/|y|et|e|o|ou)\s*{_LEAD_WORD}(?=\s+(?:of|de|des|du|del|d')\b)",
    re.IGNORECASE,
)
OF = lazyre.compile(r"^(?:of|de|des|du|del|de la|de los|de las|d'|da|das|do|dos)\s*(?:the\s+|all\s+|los\s+|las\s+|les\s+)?",
                re.IGNORECASE)  # fmt: skip
RELATIVE = lazyre.compile(
    r"\b(?:who|that|which|whose|whom|where(?!\s+to\b)|que|qui|dont|quienes|cuy[oa]s?|cuj[oa]s?)\b",
    re.IGNORECASE,
)  # "know where to access services" asks a question, it opens no clause
WORD = lazyre.compile(r"[A-Za-z][\w'-]*")
PLURAL_NOT = frozenset(
    "always across this thus yes less unless whereas perhaps towards afterwards besides sometimes "
    "regardless its has was does is as us his hers ours yours theirs process access status analysis basis "
    "crisis diagnosis means news series species lens bus gas plus focus census consensus campus virus "
    "business awareness wellness illness witness progress address success stress class pass various "
    "previous serious numerous dangerous obvious continuous anonymous indigenous vs".split()
)
COLLECTIVE = frozenset(
    "people children women men staff police personnel youth media data population public workforce "
    "curricula criteria families household community government judiciary labour-force caseload cohort "
    "audience membership sample those".split()
)


@dataclass(frozen=True)
class Reading:
    lead: str  # the unit word the statement starts with ("%", "number", ...), or ""
    head: str  # what is counted: the words after "of", up to a relative clause
    clause: str  # what is measured about it: the relative clause, or ""
    has_of: bool  # the lead is followed by "of" (or its Spanish/French equivalent)


def paired_lead_end(statement: str) -> int:
    """Where a paired lead ends: "# and % of …", "Number and percentage of …" report one measure two
    ways (a count and its share), as donor lists write it; 0 when there is none."""
    paired = PAIRED_LEAD.match(" ".join(statement.split()))
    return paired.end() if paired else 0


@lru_cache(maxsize=8192)
def read(statement: str) -> Reading:
    text = " ".join(statement.split())
    # "Increase the number of victims served" measures the number of victims served
    text = aimed_measure(text) or text
    labelled = text[_label_end(text) :]
    if not LEAD.match(text) and LEAD.match(labelled):
        text = labelled  # "Post-rape care: percent of …", "The number or percent of …"
    paired = PAIRED_LEAD.match(text)
    if paired:
        text = paired.group("first") + text[paired.end() :]
    match = LEAD.match(text)
    lead, rest = (match.group("lead").lower(), match.group("rest")) if match else ("", text)
    of = OF.match(rest) if lead else None
    body = rest[of.end() :] if of else rest
    relative = RELATIVE.search(body)
    head, clause = (body[: relative.start()], body[relative.end() :]) if relative else (body, "")
    return Reading(lead, head.strip(" ,;"), clause.strip(), bool(of))


LABEL = lazyre.compile(r"^[^:;%#]{1,60}:\s*(?:the\s+)?|^\W*the\s+", re.IGNORECASE)


def _label_end(text: str) -> int:
    """Where the measure starts after a short label or an article ("Post-rape care: percent of …", "The
    proportion of …")."""
    label = LABEL.match(text)
    return label.end() if label else 0


def is_plural_noun(word: str) -> bool:
    """A word that reads as a plural noun or a collective: inspectors, IDPs, factories, staff."""
    if re.fullmatch(r"[A-Z]{2,}s", word):
        return True
    lower = word.lower()
    if lower in COLLECTIVE:
        return True
    if lower in PLURAL_NOT or len(lower) < 4 or not lower.endswith("s"):
        return False
    return not lower.endswith(("ss", "us", "ous", "ics'"))


def words(text: str) -> list[str]:
    return WORD.findall(text)


def adjective_position(text: str, start: int) -> bool:
    """The word at `start` sits before its noun ("% of trained inspectors"), not after it as a verb."""
    before = text[:start].rstrip().lower()
    return before == "" or bool(
        re.search(
            r"(?:\bof|\bthe|\ball|\ba|\ban|\bwith|\bwithout|\bby|\bfor|\bfrom|\bamong|\bbetween|\btheir|\bits|\bhis|\bher|\bany|\bde|\bdes|%|#|\bnumber|\bnewly|\bnot|\bnon)$",
            before,
        )
    )


BARE_VICTIMS = lazyre.compile(
    r"^(?:(?:presumed|potential|identified|detected|registered|recorded|reported|known)\s+)?"
    r"(?:victims|survivors|trafficked (?:persons|people))\b(?:\s+of\s+(?:[\w-]+\s+){0,3}?"
    r"(?:trafficking|violence|exploitation|abuse|forced labou?r|slavery|crime))?",
    re.IGNORECASE,
)
_HAPPENED = lazyre.compile(
    r"\b[a-z]{3,}ed\b|\b(?:given|taken|seen|held|met|found|sent|paid|kept)\b|\b(?:receiving|getting|using|accessing)\b"
    r"|\b(?:in|under|with)\s+(?:a\s+|the\s+)?(?:shelters?|care|custody|detention|services?|programmes?|programs?|"
    r"school|protection|accommodation|assistance)\b",
    re.IGNORECASE,
)  # what happened to the victims counted: "assisted", "in shelters", "receiving care"


def bare_victim_count(statement: str) -> str | None:
    """A count of victims that says nothing about what happened to them ("Number of victims of human
    trafficking per 100,000 population"): it can only grow by identifying more people as victims."""
    reading = read(statement)
    if (
        reading.lead not in ("number", "numbers", "#", "no.", "total number", "rate", "total")
        or reading.clause
    ):
        return None
    match = BARE_VICTIMS.match(reading.head)
    if match is None or _HAPPENED.search(reading.head[match.end() :]):
        return None
    return match.group(0)


GOAL_VERBS = WordList(
    "end,eliminate,eradicate,abolish,stop,reduce,halve,take,facilitate,strengthen,promote,ensure,combat,protect,"
    "increase,improve,provide,support,develop,build,achieve,prevent,enhance,establish,create,adopt,implement,"
    "expand,secure,raise,empower,prohibit,significantly reduce,substantially reduce,substantially increase,maximize,"
    "maximise,minimize,minimise,double,eliminating,ending,eradicating,reducing,preventing,combating,combatting,"
    "improving,strengthening,increasing,promoting,ensuring,enhancing,protecting"
)
GOAL_LEAD = lazyre.compile(
    r"^\W*(?:by\s+(?:19|20)\d{2}\s*,?\s*)?(?:(?:(?!significantly\b|substantially\b)[a-z]{3,}ly|further)\s+(?=[a-z]))?",
    re.IGNORECASE,
)
NOT_AN_OBJECT = frozenset("in of to for from provided given received by on with is was are were".split())


AIMED_MEASURE = lazyre.compile(
    r"^\W*(?:the\s+)?(?P<measure>(?:total\s+)?(?:number|numbers|percentage|proportion|share|rate|amount)\s+of)\b",
    re.IGNORECASE,
)


def aimed_measure(statement: str) -> str | None:
    """What a goal verb aims at when it is a measure ("Increase the number of victims served"): the
    statement is an indicator with its direction written in; None when it aims at something else."""
    found = goal_start(" ".join(statement.split()))
    if found is None:
        return None
    rest = " ".join(statement.split())[found[1] :]
    aimed = AIMED_MEASURE.match(rest)
    return rest[aimed.start("measure") :].strip() if aimed else None


def goal_verb(statement: str) -> str | None:
    """The verb a goal or target starts with ("Eliminate all harmful practices", "By 2030, reduce …"):
    what should happen, written where an indicator (what is counted or observed) belongs."""
    found = goal_start(" ".join(statement.split()))
    return found[0] if found else None


def goal_start(text: str) -> tuple[str, int] | None:
    """The goal verb at the start of `text` and where it ends."""
    start = GOAL_LEAD.match(text).end()
    found = GOAL_VERBS.search(text[start:])
    if found is None or found.start() != 0:
        return None
    following = text[start + found.end() :].split(maxsplit=1)
    if following and following[0].lower().strip(",") in NOT_AN_OBJECT:
        return None
    return found.group(0), start + found.end()
