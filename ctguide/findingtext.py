"""Review findings as a person reads them: an area by its name ('Psychosocial and mental-health support'),
not by the id the plan file stores ('psychosocial_support'). Machine output (`review --json`) keeps the ids."""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ctguide.knowledge import KnowledgeBase
    from ctguide.plan import Plan
    from ctguide.smart import Finding


def named(findings: list[Finding], plan: Plan, kb: KnowledgeBase | None) -> list[Finding]:
    """`findings` with every "area 'id'" of the plan's areas written as the area's name."""
    names = {b.area: kb.area_by_id[b.area].name for b in plan.results_chain if kb and b.area in kb.area_by_id}
    if not names:
        return findings
    pattern = re.compile(r"\b[Aa]rea '(" + "|".join(re.escape(a) for a in names) + r")'")

    def name(text: str) -> str:
        return pattern.sub(lambda m: names[m[1]], text)

    return [dataclasses.replace(f, message=name(f.message), fix=name(f.fix)) for f in findings]
