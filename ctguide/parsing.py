"""Reading what people type (in the dialog, a CSV cell, a command option): dates and periods, numbers,
picks from a list, yes/no, codes.

Every parser returns a value or raises Unclear with a message that says what was expected.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping

from ctguide import lazyre
from ctguide.plan import MAX_NUMBER, sane_number
from ctguide.textnorm import fold

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            "january jan enero ene janvier janv janeiro",
            "february feb febrero fevrier fev fevereiro",
            "march mar marzo mars marco",
            "april apr abril avril avr",
            "may mayo mai maio",
            "june jun junio juin junho",
            "july jul julio juillet juil julho",
            "august aug agosto aout",
            "september sep sept septiembre setiembre septembre setembro",
            "october oct octubre octobre outubro",
            "november nov noviembre novembre novembro",
            "december dec diciembre dic decembre dezembro dez",
        ],
        start=1,
    )
    for name in names.split()
}
YES = frozenset("y yes yeah yep ok okay sure si sim oui da add keep correct fine".split())
NO = frozenset("n no nope non nao not".split())
TBD = frozenset(
    {
        "tbd",
        "tba",
        "to be set",
        "to be determined",
        "unknown",
        "don't know",
        "dont know",
        "not yet",
        "later",
        "no baseline",
        "?",
    }
)


class Unclear(ValueError):
    """The answer could not be read; the message says what was expected."""


def end_of_month(year: int, month: int) -> dt.date:
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return following - dt.timedelta(days=1)


_ISO_DAY = lazyre.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$")
_DMY = lazyre.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")
_ISO_MONTH = lazyre.compile(r"^(\d{4})[-/.](\d{1,2})$")
_MY = lazyre.compile(r"^(\d{1,2})[-/.](\d{4})$")
_QUARTER = lazyre.compile(r"^(?:q([1-4])\s*(\d{4})|(\d{4})\s*q([1-4]))$")
_YEAR = lazyre.compile(r"^(\d{4})$")


def parse_date(text: str, *, end: bool = True) -> dt.date:
    """A date from many forms: 2027-03-31, 31/03/2027, 2027-03, 03/2027, March 2027, Q1 2027, 2027.

    A month, quarter or year without a day means its last day (`end=True`) or its first day.
    """
    raw = (
        " ".join(fold(text.replace("/", "-")).split())
        if not re.search(r"\d[-/.]\d", text)
        else text.strip().lower()
    )
    raw = re.sub(r"^(end of|by|before|until|fin de|hasta|d ici|avant)\s+", "", raw)
    try:
        return _date_forms(raw, end)
    except ValueError:
        pass
    raise Unclear(
        f"I could not read {text.strip()!r} as a date; write it as YYYY-MM-DD (e.g. 2027-03-31) or a month (2027-03)"
    )


def _date_forms(raw: str, end: bool) -> dt.date:
    if m := _ISO_DAY.match(raw):
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    if m := _DMY.match(raw):
        return dt.date(int(m[3]), int(m[2]), int(m[1]))
    if m := _ISO_MONTH.match(raw):
        return _month(int(m[1]), int(m[2]), end)
    if m := _MY.match(raw):
        return _month(int(m[2]), int(m[1]), end)
    if m := _QUARTER.match(raw.replace("-", " ")):
        quarter, year = (int(m[1]), int(m[2])) if m[1] else (int(m[4]), int(m[3]))
        return _month(year, quarter * 3, True) if end else dt.date(year, quarter * 3 - 2, 1)
    if m := _YEAR.match(raw):
        return dt.date(int(m[1]), 12, 31) if end else dt.date(int(m[1]), 1, 1)
    words = raw.replace("-", " ").replace(",", " ").split()
    month = next((MONTHS[w] for w in words if w in MONTHS), None)
    year = next((int(w) for w in words if re.fullmatch(r"\d{4}", w)), None)
    day = next((int(w) for w in words if re.fullmatch(r"\d{1,2}", w)), None)
    if month and year:
        return dt.date(year, month, day) if day else _month(year, month, end)
    raise ValueError(raw)


def _month(year: int, month: int, end: bool) -> dt.date:
    return end_of_month(year, month) if end else dt.date(year, month, 1)


_RANGE_SPLIT = lazyre.compile(
    r"\s+(?:to|until|till|through|thru|a|al|hasta|au|à|até|ate|jusqu a|jusqu'a|jusqu’à|-|–|—)\s+|\s*[–—]\s*|\s+-\s*|\s*-\s+"
)


_NUMBER_WORDS = {w: n for n, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve".split())}  # fmt: skip
_DURATION = lazyre.compile(
    r"^(?:(?:for|over)\s+)?(?P<n>\d{1,3}|[a-z]+)[\s-]+(?P<unit>years?|yrs?|months?)(?:\s+long)?"
    r"(?:\s*,)?\s+(?:from|starting(?:\s+in|\s+on|\s+from)?|beginning(?:\s+in)?|as of|since|as from|from)\s+"
    r"(?P<start>.+)$"
)
_DURATION_AFTER = lazyre.compile(
    r"^(?:from|starting(?:\s+in)?|beginning(?:\s+in)?)?\s*(?P<start>.+?)(?:\s*,)?\s+for\s+"
    r"(?P<n>\d{1,3}|[a-z]+)[\s-]+(?P<unit>years?|yrs?|months?)$"
)


def _duration(text: str) -> tuple[dt.date, dt.date] | None:
    """'3 years from 2026', '36 months starting July 2027', 'from 2027-01 for 24 months'."""
    folded = (
        " ".join(fold(text).split()) if not re.search(r"\d[-/.]\d", text) else " ".join(text.lower().split())
    )
    match = _DURATION.match(folded) or _DURATION_AFTER.match(folded)
    if not match:
        return None
    count = match["n"]
    number = int(count) if count.isdigit() else _NUMBER_WORDS.get(count)
    if not number:
        return None
    months = number * 12 if match["unit"].startswith("y") else number
    start = parse_date(match["start"], end=False)
    last = start.replace(day=1)
    index = last.month - 1 + months
    following = dt.date(last.year + index // 12, index % 12 + 1, 1)
    return start, following - dt.timedelta(days=1)


def parse_period(text: str) -> tuple[dt.date, dt.date]:
    """A project period: 'jan 2027 - dec 2028', '2027-01 to 2028-12', '01/2027-12/2028', '2027-2028',
    or a length and a start: '3 years from 2026', '36 months starting July 2027'."""
    cleaned = text.strip()
    duration = _duration(cleaned)
    if duration is not None:
        return _checked_period(*duration)
    parts = [p for p in _RANGE_SPLIT.split(cleaned) if p.strip()]
    if len(parts) != 2:
        years = re.fullmatch(r"\s*(\d{4})\s*-\s*(\d{4})\s*", cleaned)
        months = re.fullmatch(r"\s*(\d{1,2}/\d{4})\s*-\s*(\d{1,2}/\d{4})\s*", cleaned)
        isos = re.findall(r"\d{4}-\d{1,2}(?:-\d{1,2})?", cleaned)
        found = years or months or (isos if len(isos) == 2 else None)
        if not found:
            raise Unclear(
                f"I could not read {cleaned!r} as a start and an end; write e.g. '2027-01 to 2028-12' or 'jan 2027 - dec 2028'"
            )
        parts = list(found) if isinstance(found, list) else [found[1], found[2]]
    return _checked_period(parse_date(parts[0], end=False), parse_date(parts[1], end=True))


def _checked_period(start: dt.date, end: dt.date) -> tuple[dt.date, dt.date]:
    if end <= start:
        raise Unclear(f"the end ({end}) must come after the start ({start})")
    if (end - start).days > 366 * 15:
        raise Unclear(f"{start} to {end} is longer than 15 years; check the years")
    return start, end


_NUMBER = lazyre.compile(r"^[-+]?\d{1,3}(?:[ ,]\d{3})+(?:\.\d+)?$|^[-+]?\d+(?:[.,]\d+)?$")


def parse_number(text: str) -> float | int:
    """A number, allowing '1,200', '1 200', '35%', '12,5' (decimal comma)."""
    raw = text.strip().rstrip("%").strip()
    if not _NUMBER.match(raw):
        raise Unclear(f"I expected a number here, e.g. 35 or 1200; {text.strip()!r} is not one")
    if re.fullmatch(r"[-+]?\d+,\d{1,2}", raw):
        raw = raw.replace(",", ".")
    raw = raw.replace(",", "").replace(" ", "")
    value = float(raw)
    if not sane_number(value):
        raise Unclear(f"{_clip(text.strip())} is too large a number; numbers are at most {MAX_NUMBER:,}")
    return int(value) if value.is_integer() and "." not in raw else value


def _clip(text: str, limit: int = 24) -> str:
    return text if len(text) <= limit else f"{text[:limit]}… ({len(text):,} characters)"


def parse_picks(text: str, count: int) -> tuple[int, ...]:
    """Numbers picked from a list of `count` items: '1 3', '1,3', '1-3', '1 and 2'. Zero-based result."""
    raw = fold(text).replace(" and ", " ").replace(" y ", " ").replace(" et ", " ")
    tokens = raw.replace(",", " ").split()
    if not tokens or not all(re.fullmatch(r"\d+(-\d+)?", t) for t in tokens):
        raise Unclear(f"pick by number, e.g. '1' or '1 3' (1 to {count})")
    picks: list[int] = []
    for token in tokens:
        first, _, last = token.partition("-")
        for number in range(int(first), int(last or first) + 1):
            if not 1 <= number <= count:
                raise Unclear(f"there is no number {number}; pick from 1 to {count}")
            picks.append(number - 1)
    return tuple(dict.fromkeys(picks))


def is_yes(text: str) -> bool:
    return fold(text) in YES


def is_no(text: str) -> bool:
    return fold(text) in NO


_UNKNOWN = lazyre.compile(
    r"\b(don ?t|do not|dont|doesn ?t|does not) know\b|\bnot (yet )?(known|available|measured|collected|sure)\b|"
    r"\bunknown\b|\bno (data|figures?|numbers?|baseline|idea)\b|\bwill (be )?(measur|collect|assess|establish|set)|"
    r"\bto be (measured|collected|established|defined|confirmed)\b|\bnot measured\b|\bno information\b|"
    r"\bnot (yet )?been (measured|collected)\b|\bnone yet\b|\bnobody knows\b|\bat (intake|baseline|the start)\b"
)


def is_tbd(text: str) -> bool:
    """'tbd', and the ways people say a value is not known yet ('we don't know yet, will measure at intake')."""
    folded = fold(text)
    if folded in {fold(t) for t in TBD} or folded.startswith(("tbd", "to be set", "to be determined")):
        return True
    return bool(_UNKNOWN.search(folded)) and not re.fullmatch(r"[\d\s.,%]+", folded)


def date_in(text: str) -> dt.date | None:
    """A date mentioned anywhere in a sentence ('will measure by March 2027'), or None."""
    candidates = re.findall(
        r"\d{4}-\d{1,2}(?:-\d{1,2})?|\d{1,2}/\d{4}|\d{1,2}/\d{1,2}/\d{4}|q[1-4]\s*\d{4}|"
        r"[a-z]+\s+\d{4}|\d{1,2}\s+[a-z]+\s+\d{4}",
        text.lower(),
    )
    for candidate in candidates:
        try:
            return parse_date(candidate)
        except Unclear:
            continue
    return None


def parse_groups(text: str) -> tuple[str, ...]:
    """Target groups, separated by commas, semicolons or new lines. 'and' stays inside a group:
    'women and girls returned from trafficking' is one group."""
    parts = re.split(r"[;,\n]", text)
    return tuple(dict.fromkeys(" ".join(p.split()).strip(" .") for p in parts if p.strip(" .")))


def parse_list(text: str) -> tuple[str, ...]:
    """Items separated by commas, semicolons, new lines or ' and '."""
    parts = re.split(r"[;,\n]|\s+and\s+|\s+y\s+|\s+et\s+|\s*\+\s*", text)
    return tuple(dict.fromkeys(p.strip(" .") for p in parts if p.strip(" .")))


def short_name(name: str) -> str:
    """'Sex / gender' -> 'sex', 'Route (internal / cross-border / corridor)' -> 'route': a breakdown in a few words."""
    return re.split(r"[/(]", name)[0].strip().lower()


def parse_breakdown(text: str, names: Mapping[str, str]) -> tuple[str, ...]:
    """Breakdowns by code or by name, in any case and with any separator: 'SEX AGE NAT', 'sex and age',
    'by gender, nationality and form of exploitation'. `names` maps each known code to its name."""
    wanted: list[str] = []
    for part in _BREAKDOWN_SEPARATOR.split(text.strip()):
        words = part.split()
        if not words:
            continue
        if all(w.upper() in names for w in words):
            wanted += [w.upper() for w in words]
            continue
        wanted.append(_breakdown_named(" ".join(words), names))
    if not wanted:
        raise Unclear(f"name the breakdowns, e.g. `sex, age` or `{' '.join(list(names)[:3])}`")
    return tuple(dict.fromkeys(wanted))


_BREAKDOWN_SEPARATOR = lazyre.compile_now(r"[,;/+&]|\b(?:and|by|or)\b", re.IGNORECASE)


def _breakdown_named(part: str, names: Mapping[str, str]) -> str:
    """The one code whose name holds every word of `part` ('exploitation' -> EXP, 'gender' -> SEX)."""
    words = set(_stems(part))
    matches = [code for code, name in names.items() if words <= set(_stems(name))]
    if len(matches) == 1:
        return matches[0]
    listed = "; ".join(f"{short_name(names[c])} ({c})" for c in (matches or list(names)[:8]))
    if matches:
        raise Unclear(f"'{part}' could be {listed}: say which")
    raise Unclear(f"I don't know '{part}' as a breakdown; name one, e.g. {listed} …")


def _stems(text: str) -> list[str]:
    """Folded words, a plural 's' dropped: 'Age bands' and 'age band' share their words."""
    words = re.findall(r"[a-z0-9]+", fold(text))
    return [w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in words]
