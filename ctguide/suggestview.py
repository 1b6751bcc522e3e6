"""How suggestions read for a person at a terminal."""

from __future__ import annotations

from ctguide.matching import Suggestions
from ctguide.wrapping import clipped


def suggestions_text(result: Suggestions) -> list[str]:
    if not result.areas:
        return [_sureness(result)]
    lines = [f"Areas that fit “{_clip(result.query)}”:"]
    for rank, area in enumerate(result.areas, start=1):
        under = (
            f"{area.pillar}; also offered under {', '.join(p for p in area.pillars if p != area.pillar)}"
            if len(area.pillars) > 1
            else area.pillar
        )
        lines.append(f"{rank:>2}. {area.name}  ({area.id}, {under})  {area.score:.0f}")
        lines.extend(f"      {reason}" for reason in area.why[:3])
    lines.append("")
    lines.append(_sureness(result))
    if result.readings:
        lines.append("Read as: " + "; ".join(result.readings))
    if result.indicators:
        lines += ["", "Indicators to start from (`ctguide kb show ID` explains one):"]
        lines.extend(f"  {i.id:<8} [{i.level}] {i.statement}" for i in result.indicators)
    return lines


def _sureness(result: Suggestions) -> str:
    if result.too_thin:
        return "Too thin to tell: say what the project does, for whom and where (a sentence or two)."
    if result.not_sure:
        return "Not sure: the text fits several areas about equally; check the list, or add a sentence."
    return f"Confidence: {result.confidence}."


def _clip(text: str) -> str:
    return clipped(text, 70)
