"""How suggestions read for a person at a terminal."""

from __future__ import annotations

from ctguide.matching import Suggestions


def suggestions_text(result: Suggestions) -> list[str]:
    lines = [f"Areas that fit “{_clip(result.query)}”:"]
    for rank, area in enumerate(result.areas, start=1):
        lines.append(f"{rank:>2}. {area.name}  ({area.id}, {area.pillar})  {area.score:.0f}")
        lines.extend(f"      {reason}" for reason in area.why[:3])
    if result.readings:
        lines.append("")
        lines.append("Read as: " + "; ".join(result.readings))
    if result.indicators:
        lines += ["", "Indicators to start from (`ctguide kb show ID` explains one):"]
        lines.extend(f"  {i.id:<8} [{i.level}] {i.statement}" for i in result.indicators)
    return lines


def _clip(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
