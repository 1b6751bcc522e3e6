"""What every finished conversation must hold, whatever was typed: each knowledge indicator under
its own result (or adopted for another with the user's say-so), none taken twice, and no who/where/when
placeholder holding another project's example; every area under one of its own pillars, its indicators with it."""

from ctguide.knowledge import KnowledgeBase
from ctguide.placeholders import kind_of

PROFILE_KINDS = ("who", "where")  # periods such as "the reporting quarter" are no one project's


def problems(kb: KnowledgeBase, answers) -> list[str]:
    found = []
    taken = [d.indicator.kb_id for _, _, d in answers.drafts() if d.indicator.kb_id]
    found += [f"{kb_id} taken twice" for kb_id in sorted({k for k in taken if taken.count(k) > 1})]
    for area in answers.areas or ():
        if area.pillar not in kb.area_by_id[area.area].pillars:
            found.append(f"{area.area} filed under {area.pillar}, not one of its pillars")
    for area, result, draft in answers.drafts():
        if draft.indicator.pillar != area.pillar and result is not answers.goal:
            found.append(
                f"{draft.id} under {draft.indicator.pillar}, its area {area.area} under {area.pillar}"
            )
        source = kb.indicator_by_id.get(draft.indicator.kb_id or "")
        if source is None:
            continue
        if result.level != "impact" and source.result != result.kb_id:
            adopted = f"Adopted for {result.id}" in (draft.indicator.rationale or "")
            if not adopted:
                found.append(f"{draft.id} (written for {source.result}) sits silently under {result.id}")
        examples = dict(source.placeholders)
        for placeholder, value in draft.fills:
            example = examples.get(placeholder)
            if (
                kind_of(placeholder, example, draft.template) in PROFILE_KINDS
                and value == example
                and not _from_profile(answers, value)
            ):
                found.append(f"{draft.id} {placeholder} holds another project's example {value!r}")
    return found


def _from_profile(answers, value: str) -> bool:
    said = [*(answers.target_groups or ()), *(answers.countries or ()), *answers.regions]
    return any(value == s or value in s or s in value for s in said if s)
