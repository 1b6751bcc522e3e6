"""Which of the areas `suggest` reads from a description a starter plan is built from.

The first area, and each other one the text names: a keyword, synonym or name of the area typed, or nearly
(`suggest` says so in its reasons). An area backed only by related words or by words real projects use is a
hint, not a reading: a plan built on it gets a whole results chain the project may not have (child guardianship
for a text without children), so it is left out and said, for the user to add with --area.
"""

from __future__ import annotations

from dataclasses import dataclass

from ctguide.lazyre import compile_now
from ctguide.matching import AreaMatch, Suggestions
from ctguide.wrapping import wrapped

NAMED = compile_now(r"^'.+' (?:matched|close to) [a-z ]+ '.+'$")
"""A reason saying the text names the area ("'job training' matched keyword 'job training'"); one about who
organises, funds or partners the work ends otherwise and names no work."""


@dataclass(frozen=True)
class StarterAreas:
    kept: tuple[AreaMatch, ...]
    left_out: tuple[AreaMatch, ...]


def named_in_text(match: AreaMatch) -> bool:
    return any(NAMED.match(reason) for reason in match.why)


def starter_areas(result: Suggestions) -> StarterAreas:
    """The areas a starter plan takes from `result`, and those it leaves out (weakly supported ones)."""
    if not result.areas:
        return StarterAreas((), ())
    first, *rest = result.areas
    return StarterAreas(
        (first, *(a for a in rest if named_in_text(a))), tuple(a for a in rest if not named_in_text(a))
    )


def left_out_lines(left_out: tuple[AreaMatch, ...], width: int = 80) -> list[str]:
    """The 'not sure' lines for the areas left out, each with what hinted at it, at most `width` columns."""
    if not left_out:
        return []
    head = ("not sure the project does these too: the text only hints at them, so they are left out (to include "
            "one, give every area you want with --area ID instead of the description):")  # fmt: skip
    lines = wrapped(head, width)
    for area in left_out:
        lines += wrapped(f"  - {area.name} ({area.id}){_hint(area)}", width, hanging=4)
    return lines


def _hint(match: AreaMatch) -> str:
    reason = next((r for r in match.why if not r.startswith("weighs less")), "")
    return f": {reason}" if reason else ""
