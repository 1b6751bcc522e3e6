"""Refinement: baseline and targets of one indicator."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from ctguide.dialog.question import KEEP, Outcome, Question, header, keep_default, updater
from ctguide.dialog.state import Answers, Draft, ResultDraft
from ctguide.donoharm import harmful_measure
from ctguide.drafting import first_quarter_end
from ctguide.knowledge import Area, KnowledgeBase
from ctguide.parsing import Unclear, date_in, is_no, is_tbd, is_yes, parse_date, parse_number
from ctguide.plan import MONITOR, Baseline, Indicator, Projection, Target


def baseline_step(
    kb: KnowledgeBase, answers: Answers, area: Area, result: ResultDraft, draft: Draft
) -> Question:
    update = updater(area, result, draft, "baseline")
    start, end = answers.period or (dt.date.min, dt.date.max)
    indicator = draft.indicator

    def read(kb: KnowledgeBase, answers: Answers, text: str) -> Outcome:
        if is_tbd(text) or text.strip().lower() in ("tbd", "skip"):
            when = date_in(text)
            if when is not None and start <= when <= end:
                planned = Baseline("to_be_set", planned_date=when, note=_note(text))
                updated = draft.step_done("baseline", baseline=planned).step_done("baseline_date")
                return answers.replace_draft(area.id, result.id, updated), (f"Baseline to be set by {when}.",)
            pending = (
                indicator.baseline
                if indicator.baseline.status == "to_be_set"
                else Baseline("to_be_set", planned_date=first_quarter_end(start, end))
            )
            note = _note(text)
            return update(answers, baseline=dataclasses.replace(pending, note=note or pending.note)), (
                "Not known yet: the baseline is to be set.",)  # fmt: skip
        value, when, source = _baseline_parts(text, indicator)
        baseline = Baseline(status="known", value=value, date=when, source=source)
        return update(answers, baseline=baseline), (f"Baseline: {value} on {when} ({source}).",)

    before = (
        (start.replace(day=1) - dt.timedelta(days=1)).strftime("%Y-%m") if start > dt.date.min else "2026-10"
    )
    return Question("refine", f"refine.{draft.id}.baseline",
                    (header(draft), "Baseline: do you know today's value? Give value, date and source "
                     f"(e.g. `35, {before}, case files`), or `tbd` if it still has to be measured (say when, "
                     "if you know: `tbd, measured at intake by 2027-03`)."),
                    read, options=("tbd",), example="tbd" if indicator.unit != "stage" else f"{(indicator.stages or ('drafted',))[0]}, {before}, ministry letter",
                    why="Without a baseline nobody can show change. If it is not known yet, plan when it will be "
                        "measured, ideally before the first report; for a milestone the baseline is today's stage.",
                    skip=keep_default(area, result, draft, "baseline"))  # fmt: skip


def _note(text: str) -> str | None:
    """What the user said about how the baseline will be measured, kept when it says more than 'tbd'."""
    words = " ".join(text.split())
    return words[:300] if len(words.split()) >= 4 else None


def _baseline_parts(text: str, indicator: Indicator) -> tuple[object, dt.date, str]:
    stage = next(
        (
            s
            for s in sorted(indicator.stages, key=len, reverse=True)
            if text.strip().lower().startswith(s.lower())
        ),
        None,
    )
    if stage is not None:
        rest = [p.strip() for p in re.split(r"[;,]", text.strip()[len(stage) :]) if p.strip()]
        if len(rest) < 2:
            raise Unclear(
                f"after the stage, give the date and the source, e.g. '{stage}, 2026-10, ministry letter'"
            )
        return stage, parse_date(rest[0]), ", ".join(rest[1:])
    parts = [p.strip() for p in re.split(r"[;,]", text) if p.strip()]
    if len(parts) < 3:
        raise Unclear(
            "give the value, the date and the source separated by commas, e.g. '35, 2026-10, case files' (or `tbd`)"
        )
    value = _value_for(parts[0], indicator)
    when = parse_date(parts[1])
    return value, when, ", ".join(parts[2:])


def _value_for(text: str, indicator: Indicator) -> object:
    if indicator.unit == "stage":
        stage = next((s for s in indicator.stages if s.lower() == text.strip().lower()), None)
        if stage is None:
            raise Unclear(f"choose one of the stages: {', '.join(indicator.stages)}")
        return stage
    if indicator.unit == "yes_no":
        if is_yes(text):
            return "yes"
        if is_no(text):
            return "no"
        raise Unclear("a yes/no milestone takes yes or no")
    if indicator.unit == "text":
        return " ".join(text.split())
    value = parse_number(text)
    if indicator.unit == "percent" and not 0 <= value <= 100:
        raise Unclear(f"a percentage is between 0 and 100, not {value}")
    if value < 0 and indicator.unit not in ("score", "amount"):
        raise Unclear("this value cannot be negative")
    return value


def baseline_date_step(
    kb: KnowledgeBase, answers: Answers, area: Area, result: ResultDraft, draft: Draft
) -> Question:
    update = updater(area, result, draft, "baseline_date")
    start, end = answers.period or (dt.date.min, dt.date.max)
    suggested = first_quarter_end(start, end)

    def read(kb: KnowledgeBase, answers: Answers, text: str) -> Outcome:
        when = suggested if text.strip().lower() in (KEEP, "yes") else parse_date(text)
        if when > end:
            raise Unclear(
                f"that is after the project ends ({end}); pick a date before it, ideally before the first report"
            )
        return update(answers, baseline=Baseline(status="to_be_set", planned_date=when)), (
            f"Baseline to be set by {when}.",
        )

    return Question("refine", f"refine.{draft.id}.baseline_date",
                    (header(draft), f"Baseline to be set — by when? (before the first report is best: e.g. {suggested})"),
                    read, options=(KEEP,), example=str(suggested),
                    why="A planned baseline date keeps the promise visible; measuring it late makes early change invisible.",
                    skip=keep_default(area, result, draft, "baseline_date"))  # fmt: skip


def targets_step(
    kb: KnowledgeBase, answers: Answers, area: Area, result: ResultDraft, draft: Draft
) -> Question:
    update = updater(area, result, draft, "targets")
    start, end = answers.period or (dt.date.min, dt.date.max)
    indicator = draft.indicator

    monitoring = must_not_target(indicator)

    def read(kb: KnowledgeBase, answers: Answers, text: str) -> Outcome:
        if monitoring and text.strip().lower() in (
            "monitor",
            "monitor only",
            "monitoring",
            "no target",
            "none",
        ):
            return update(answers, direction=MONITOR, targets=()), (
                "Monitor only: tracked and reported, never targeted.",
            )
        if indicator.direction == MONITOR and is_tbd(text):
            return update(answers, targets=()), ("Kept as a monitoring count, without a target.",)
        if is_tbd(text):
            return update(answers, targets=(Target(date=end, status="to_be_set"),)), (
                "Target to be set; the review will list it.",
            )
        targets = tuple(_target(part, indicator, start, end) for part in text.split(";") if part.strip())
        targets = tuple(sorted(targets, key=lambda t: t.date))
        if monitoring:
            projections = tuple(Projection(t.value, t.date, note=PROJECTION_NOTE) for t in targets)
            changes = {"direction": MONITOR, "targets": (), "projections": projections}
            updated = draft.step_done("targets", **changes).step_done("projection")
            shown = "; ".join(f"{p.value} by {p.date}" for p in projections)
            return answers.replace_draft(area.id, result.id, updated), (
                f"Recorded as a projection, not a target: {shown}. The count stays monitor only, so nobody is "
                f"pushed to identify or return more people (`edit {draft.id} targets` to change).",)  # fmt: skip
        targets = tuple(dataclasses.replace(t, interim=True) for t in targets[:-1]) + targets[-1:]
        _check_direction(indicator, targets[-1])
        shown = "; ".join(f"{t.value} by {t.date}" for t in targets)
        return update(answers, targets=targets), (f"Target{'s' if len(targets) > 1 else ''}: {shown}.",)

    example = {"stage": f"{(indicator.stages or ('applied',))[-1]} by {end}", "yes_no": f"yes by {end}"}.get(
        indicator.unit, f"60 by {end}"
    )
    if monitoring:
        ask = ("This is a count to monitor, not to target: a number to reach would reward the wrong behaviour "
               "(pressure to identify, return or arrest more people). Keep it **monitor only** (`monitor`); if a "
               "donor insists on a figure, I'll record it next as a projection, not a target.")  # fmt: skip
        options, example = ("monitor", "tbd"), "monitor"
    else:
        ask = (
            f"Target: what value do you aim for, and by when? (e.g. `{example}`; several with `;`, or `tbd`)"
        )
        options = ("tbd",)
    return Question("refine", f"refine.{draft.id}.targets", (header(draft), ask),
                    read, options=options, example=example,
                    why="A target is the value to reach by a date inside the project period. Set it from the "
                        "baseline and similar projects; never set targets on counts of victims identified, returns "
                        "or arrests: they reward the wrong behaviour.",
                    skip=keep_default(area, result, draft, "targets"))  # fmt: skip


PROJECTION_NOTE = "Projection, not a target: an expected figure the donor asked for."


def must_not_target(indicator: Indicator) -> bool:
    """Counts of people identified, returned, arrested (pitfall INC and its kin): tracked, never targeted."""
    return (
        indicator.direction == MONITOR
        or "INC" in indicator.pitfalls
        or (
            indicator.unit in ("number", "percent", "rate", "ratio")
            and bool(harmful_measure(indicator.statement))
        )
    )


def projection_step(
    kb: KnowledgeBase, answers: Answers, area: Area, result: ResultDraft, draft: Draft
) -> Question:
    update = updater(area, result, draft, "projection")
    start, end = answers.period or (dt.date.min, dt.date.max)

    def read(kb: KnowledgeBase, answers: Answers, text: str) -> Outcome:
        if is_no(text) or text.strip().lower() in ("none", "skip", "no projection"):
            return update(answers), ()
        projections = []
        for part in (p for p in text.split(";") if p.strip()):
            value_text, date_text = _split_target(part)
            when = parse_date(date_text) if date_text else end
            if not start <= when <= end:
                raise Unclear(f"the date {when} is outside the project ({start} to {end})")
            projections.append(Projection(value=_value_for(value_text, draft.indicator), date=when,
                                          note=PROJECTION_NOTE))  # fmt: skip
        shown = "; ".join(f"{p.value} by {p.date}" for p in projections)
        return update(answers, projections=tuple(projections)), (f"Projection (not a target): {shown}.",)

    donor = f" ({answers.donor})" if answers.donor else ""
    return Question("refine", f"refine.{draft.id}.projection",
                    (header(draft), f"Does the donor{donor} insist on a figure for this count? Give it as a "
                     f"projection (e.g. `40 by {end}`): it is reported as an expectation, never as a target. Or `no`."),
                    read, options=("no",), example="no", skip=keep_default(area, result, draft, "projection"),
                    why="Some donors require an expected number for counts such as people assisted (the US F "
                        "indicators, for example). Recording it as a projection keeps the figure without turning it "
                        "into a quota that rewards identifying or returning more people.")  # fmt: skip


def _target(text: str, indicator: Indicator, start: dt.date, end: dt.date) -> Target:
    value_text, date_text = _split_target(text)
    value = _value_for(value_text, indicator)
    when = parse_date(date_text) if date_text else end
    if not start <= when <= end:
        raise Unclear(f"the target date {when} is outside the project ({start} to {end})")
    return Target(date=when, value=value)


def _split_target(text: str) -> tuple[str, str]:
    """'60 by 2028-12' -> ('60', '2028-12'); the last 'by/in/on <date>' wins, so stage names may contain 'in'."""
    stripped = text.strip()
    for match in reversed(list(re.finditer(r"\s+(?:by|in|on|para|pour|avant|hasta)\s+", stripped))):
        tail = stripped[match.end() :]
        try:
            parse_date(tail)
        except Unclear:
            continue
        return stripped[: match.start()], tail
    return stripped, ""


def _check_direction(indicator: Indicator, final: Target) -> None:
    base = indicator.baseline.value if indicator.baseline.status == "known" else None
    if (
        not isinstance(base, (int, float))
        or not isinstance(final.value, (int, float))
        or isinstance(base, bool)
    ):
        return
    if indicator.direction == "increase" and final.value < base:
        raise Unclear(
            f"the target ({final.value}) is below the baseline ({base}), but this indicator should increase; check both"
        )
    if indicator.direction == "decrease" and final.value > base:
        raise Unclear(
            f"the target ({final.value}) is above the baseline ({base}), but this indicator should decrease; check both"
        )
