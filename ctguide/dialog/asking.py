"""Questions the user asks back, at any step: what a word means, why an area sits under a pillar.

The answer comes from the knowledge base (glossary, areas, pillars); the step is then asked again.
"""

from __future__ import annotations

import re

from ctguide.knowledge import Area, KnowledgeBase
from ctguide.textnorm import fold

_QUESTION_START = re.compile(
    r"^(why|what|how|is|are|does|do|can|should|could|would|which|where|when|who|que|qué|por ?que|pourquoi|qu est)\b",
)
_ASKING = re.compile(
    r"^(why|what|how|which|is|are|does|do|can|should)\s+(is|are|does|do|did|can|should|would|means?|a|an|the)\b"
)


def is_question(text: str) -> bool:
    """A question typed instead of an answer: 'why is vocational training under prevention?'."""
    folded = " ".join(fold(text).split())
    words = folded.split()
    if text.strip().endswith("?") and len(words) >= 2:
        return True
    return len(words) >= 3 and bool(_ASKING.match(folded))


def answer(kb: KnowledgeBase, text: str, fallback: str) -> str:
    folded = f" {' '.join(fold(text).split())} "
    area = _area_named(kb, folded)
    if area is not None and (re.search(r"\b(under|pillar|why)\b", folded) or _pillar_named(kb, folded)):
        return _area_answer(kb, area)
    term = _term_named(kb, folded)
    if term is not None:
        return f"**{term.term}**: {term.definition}"
    if area is not None:
        return _area_answer(kb, area)
    return f"{fallback} (I can explain the words of the plan, such as outcome, baseline or denominator, and why an area sits under a pillar; `help` lists the commands.)"


def _area_named(kb: KnowledgeBase, folded: str) -> Area | None:
    best: tuple[int, Area] | None = None
    for area in kb.areas:
        for phrase in (area.name, *area.keywords, *area.synonyms):
            words = fold(phrase)
            if len(words) >= 4 and f" {words} " in folded and (best is None or len(words) > best[0]):
                best = (len(words), area)
    return best[1] if best else None


def _pillar_named(kb: KnowledgeBase, folded: str) -> str | None:
    return next((p.id for p in kb.pillars if f" {fold(p.name)} " in folded or f" {p.id} " in folded), None)


def _term_named(kb: KnowledgeBase, folded: str):  # noqa: ANN202 - GlossaryTerm | None
    best = None
    for term in kb.glossary:
        for phrase in (term.term, term.id, *term.synonyms):
            words = fold(phrase)
            if len(words) >= 2 and f" {words} " in folded and (best is None or len(words) > best[0]):
                best = (len(words), term)
    return best[1] if best else None


def _area_answer(kb: KnowledgeBase, area: Area) -> str:
    names = [kb.pillar_by_id[p].name for p in area.pillars if p in kb.pillar_by_id]
    where = names[0] + (f" (it also fits {' and '.join(names[1:])})" if len(names) > 1 else "")
    first = area.description.split(". ")[0].rstrip(".")
    change = (
        " You choose the pillar: at the areas step, `pillar <n> <pillar>` files it under another one."
        if len(names) > 1
        else ""
    )
    return f"**{area.name}** sits under {where}. {first}.{change}"
