"""Refinement: the wording of one indicator, its placeholders filled or written anew."""

from __future__ import annotations

import dataclasses
import re

from ctguide.dialog.indicators import read_statement, suggestions_for
from ctguide.dialog.placeholders import Slot, default_for, example_for, read_value, slot, spread
from ctguide.dialog.question import Outcome, Question, echo, header
from ctguide.dialog.review import wording_errors
from ctguide.dialog.state import Answers, Draft, ResultDraft
from ctguide.knowledge import Area, KbIndicator, KnowledgeBase
from ctguide.parsing import Unclear
from ctguide.placeholders import listed
from ctguide.plan import MONITOR
from ctguide.smart import unit_problem


def rewrite_question(
    kb: KnowledgeBase, answers: Answers, area: Area, result: ResultDraft, draft: Draft
) -> Question:
    errors = wording_errors(kb, answers, draft.id)
    others = _replacements(kb, answers, area, result, draft) if errors else ()

    def read(kb: KnowledgeBase, answers: Answers, text: str) -> Outcome:
        if errors and text.strip().lower() == DROP:
            drafts = tuple(d for d in result.drafts or () if d.id != draft.id)
            return answers.replace_result(area.id, dataclasses.replace(result, drafts=drafts)), (
                f"Dropped {draft.id}." + ("" if drafts else f" {result.id} has no indicator now."),)  # fmt: skip
        wording = read_statement(text)
        done = frozenset(step for step in draft.done if not step.startswith("fill:"))
        taken = next((s.indicator for s in suggestions_for(kb, answers, area, result)
                      if s.indicator.statement == text.strip()), None)  # fmt: skip
        measure = _measure_of(taken) if taken is not None else {}
        rewritten = dataclasses.replace(draft, template=wording, fills=(), done=done, rewrite=False,
                                        indicator=dataclasses.replace(draft.indicator, statement=wording, **measure))  # fmt: skip
        return answers.replace_draft(area.id, result.id, rewritten), (echo(wording),)

    def skip(kb: KnowledgeBase, answers: Answers, text: str) -> Outcome:
        return answers.replace_draft(area.id, result.id, dataclasses.replace(draft, rewrite=False)), ()

    ask = "Type the new wording (neutral: what is counted, no target inside), or `skip` to keep it."
    lines = (header(draft), ask) if not errors else (
        header(draft), *(f"✖ {f.rule} {f.message} {f.fix}" for f in errors),
        "Type a new wording (neutral: what is counted, no target inside)"
        + (", take a suggested one" if others else "") + f", `{DROP}` to leave this indicator out, or `skip` to keep it as it is (the error stays).",
        *(f"Suggested: “{statement}”" for statement in others))  # fmt: skip
    return Question("refine", f"refine.{draft.id}.wording", lines, read,
                    options=(*others, DROP) if errors else (),
                    example=(others[0] if others else DROP) if errors else draft.indicator.statement, skip=skip,
                    why="Indicators are written neutrally: the number to reach goes in the target, not the wording.")  # fmt: skip


DROP = "drop"


def _measure_of(source: KbIndicator) -> dict[str, object]:
    """What a knowledge wording taken in place of the user's own brings with it: its unit, and for a context
    indicator that it is monitored, never targeted."""
    measure: dict[str, object] = {"unit": source.unit, "type": source.type, "attributable": source.attributable,
                                  "numerator": source.numerator, "denominator": source.denominator}  # fmt: skip
    if source.is_context or source.direction == MONITOR:
        measure |= {"direction": MONITOR, "targets": ()}
    return measure


def _replacements(
    kb: KnowledgeBase, answers: Answers, area: Area, result: ResultDraft, draft: Draft
) -> tuple[str, ...]:
    """Knowledge-base wordings for this result that measure in the draft's unit, so the answers kept still fit;
    for the user's own indicator, whose unit was read from its wording, any unit (taking one takes its unit)."""
    offered = [s.indicator for s in suggestions_for(kb, answers, area, result)]
    same = [i.statement for i in offered if i.unit == draft.indicator.unit]
    return tuple((same or ([i.statement for i in offered] if draft.custom else []))[:2])


USE_EXAMPLE = "use the example"


def fill_question(
    kb: KnowledgeBase, answers: Answers, area: Area, result: ResultDraft, draft: Draft, placeholder: str
) -> Question:
    found = slot(kb, answers, draft, placeholder)
    if found.kind == "who":
        counted = tuple(choice for choice in found.choices if not _counts_nobody(draft, placeholder, choice))
        found = dataclasses.replace(found, choices=counted)
    remember = found.kind in ("who", "where", "when", "other")

    def read(kb: KnowledgeBase, answers: Answers, text: str) -> Outcome:
        lowered = " ".join(text.lower().split())
        if lowered == USE_EXAMPLE and found.example_usable:
            value = found.example
        elif lowered == USE_EXAMPLE and found.elsewhere:
            raise Unclear(f"the example names {listed(found.elsewhere)}, another project's; "
                          f"write what {placeholder} is in yours")  # fmt: skip
        elif lowered in ("ok", "keep", "yes"):
            value = default_for(found)
            if value is None:
                raise Unclear(f"I have nothing from your project for {placeholder}; type what it is in your project"
                              + (f" (another project wrote “{found.example}”)" if found.example else ""))  # fmt: skip
        else:
            value = read_value(found, text)
        filled = draft.with_fill(placeholder, value).step_done(f"fill:{placeholder}")
        if found.kind == "who" and _counts_nobody(draft, placeholder, value):
            raise Unclear(f"“{value}” does not say who is counted; name the group, "
                          "e.g. “women aged 18-35 in the target districts”")  # fmt: skip
        updated = answers.replace_draft(area.id, result.id, filled)
        if not remember:
            return updated, (echo(filled.statement()),)
        updated, others = spread(updated.with_fill(placeholder, value), placeholder, value)
        also = (f"Also used for {', '.join(others)}.",) if others else ()
        return updated, (echo(filled.statement()), *also)

    return Question("refine", f"refine.{draft.id}.fill", (header(draft), *_fill_lines(found)),
                    read, options=_fill_options(found), example=example_for(found, answers),
                    numbered=0 if found.kind == "quantity" else len(found.choices[:4]),
                    why="Suggested wordings leave the place, period and thresholds open; filling them in makes sure "
                        "two people would count exactly the same thing. What you answer here is reused for the "
                        "same placeholder in later indicators.")  # fmt: skip


def _counts_nobody(draft: Draft, placeholder: str, value: str) -> bool:
    """Whether this value, and not the rest of the wording, would earn the review's unit error (S2).
    Other open placeholders read as a neutral name, so "% of A in [district]" is judged on "A"."""

    def problem_with(fill: str) -> str | None:
        statement = draft.with_fill(placeholder, fill).statement()
        return unit_problem(re.sub(r"\[[^\]]*\]", "Zed", statement))

    return problem_with("people") is None and problem_with(value) is not None


def _fill_lines(found: Slot) -> tuple[str, ...]:
    ask = f"What should {found.placeholder} be in your project?"
    if found.kind == "quantity":
        return (f"{ask} A number is enough{f' (in {found.unit})' if found.unit else ''}.",)
    lines = [ask]
    if found.choices:
        source = "Choose" if found.kind == "when" else "From your project"
        lines.append(f"{source}: " + "; ".join(f"{n}. {c}" for n, c in enumerate(found.choices, start=1))
                     + " (`ok` takes the first).")  # fmt: skip
    if found.example_usable:
        lines.append(f"Example from another project: “{found.example}” (`{USE_EXAMPLE}` takes it as it is).")
    elif found.example and found.kind == "other":
        lines.append(f"Example from another project: “{found.example}” (it names {listed(found.elsewhere)}: "
                     "write your project's own).")  # fmt: skip
    return tuple(lines)


def _fill_options(found: Slot) -> tuple[str, ...]:
    if found.kind == "quantity":
        return ()
    extra = (USE_EXAMPLE,) if found.example_usable else ()
    return (*found.choices[:4], *extra)
