"""Questions the user asks back, at any step: what a word means, why an area sits under a pillar.

The answer comes from the knowledge base (glossary, areas, pillars); the step is then asked again.
"""

from __future__ import annotations

import re

from ctguide.knowledge import Area, KnowledgeBase
from ctguide.textnorm import STOP_WORDS, fold

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


CAN_EXPLAIN = ("I can explain the words of the plan, such as outcome, baseline or denominator, and why an area sits "
               "under a pillar; `help` lists the commands.")  # fmt: skip
_ASKED_ABOUT = re.compile(
    r"^(?:what (?:is|are|s|does|do)(?: an?| the)?|what do you mean by|define|definition of|meaning of|"
    r"que (?:es|son|significa|quiere decir)(?: una?| el| la| los| las)?|qu est ce que(?: c est)?(?: une?| le| la| les)?|"
    r"que (?:veut dire|signifie)|o que (?:e|sao|significa|quer dizer)(?: uma?| o| a| os| as)?)\s+(.+?)"
    r"(?:\s+(?:mean|means|stand for|mean here))?\s*\??$"
)


def answer(kb: KnowledgeBase, text: str, fallback: str) -> str:
    """A definition from the glossary, an area's place under its pillar, or plainly what is not known: a word
    the glossary lacks is never answered with something else that happens to share a word with the question."""
    folded = f" {' '.join(fold(text).split())} "
    area = _area_named(kb, folded)
    if area is not None and (re.search(r"\b(under|pillar|why)\b", folded) or _pillar_named(kb, folded)):
        return _area_answer(kb, area)
    asked = _ASKED_ABOUT.match(folded.strip())
    term = _term_named(kb, folded, asked.group(1) if asked else None)
    if term is not None:
        return f"**{term.term}**: {term.definition}"
    if asked is not None:
        subject = _as_typed(asked.group(1), text)
        where = f" It is one of the words of the area **{area.name}**." if area is not None else ""
        return f"I don't have “{subject}” in the glossary.{where} ({CAN_EXPLAIN})"
    if area is not None:
        return _area_answer(kb, area)
    if folded.strip().startswith(("why", "por que", "pourquoi")):
        return f"{fallback} ({CAN_EXPLAIN})"
    return f"I can't answer that question here. Why I ask this one: {fallback} ({CAN_EXPLAIN})"


def _as_typed(folded: str, text: str) -> str:
    """The words of `folded` as the user typed them (case and accents), when they can be found."""
    typed = re.findall(r"[\w.'’-]+", text)
    for start in range(len(typed)):
        for end in range(start + 1, len(typed) + 1):
            window = " ".join(typed[start:end])
            if " ".join(fold(window).split()) == folded:
                return window
    return folded


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


def _term_named(kb: KnowledgeBase, folded: str, subject: str | None):  # noqa: ANN202 - GlossaryTerm | None
    """The glossary term the question is about. Asked 'what is X', the term must make up most of X ('linha de
    base' is not 'base', the denominator); in any other question only a term's own name or a phrase of several
    words counts ('how do I count victims' is not about 'count')."""
    best = None
    for term in kb.glossary:
        for phrase in (term.term, term.id, *term.synonyms):
            words = fold(phrase)
            own = phrase in (term.term, term.id) or " " in words
            fits = _covers(words, subject) if subject is not None else own
            if len(words) >= 2 and fits and f" {words} " in folded and (best is None or len(words) > best[0]):
                best = (len(words), term)
    return best[1] if best else None


def _covers(phrase: str, subject: str) -> bool:
    content = [w for w in subject.split() if w not in STOP_WORDS] or subject.split()
    inside = set(phrase.split())
    return sum(w in inside for w in content) * 3 >= len(content) * 2


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
