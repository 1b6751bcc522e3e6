"""The plan so far, written before the review as a marked draft (ux23 #16)."""

import pytest

from ctguide.dialog import replay
from ctguide.dialog.partial import NOTHING_YET, partial_plan
from ctguide.knowledge import load_knowledge
from ctguide.plan import plan_to_data, validate_plan

KB = load_knowledge()
PROFILE = ["Safe Return Moldova", "La Strada Moldova", "Moldova", "2027-01 to 2028-12"]
AREAS = [*PROFILE, "skip", "skip", "skip", "we run a shelter for women survivors", "1"]


@pytest.mark.parametrize(
    ("replies", "stage", "areas"),
    [(PROFILE, "profile", 0), (AREAS, "goal", 1), ([*AREAS, "keep", "skip"], "objective", 1)],
)
def test_a_draft_is_the_plan_so_far_marked_in_its_notes(replies, stage, areas):
    session = replay(KB, replies).session
    assert session.stage == stage and not session.done
    draft = partial_plan(KB, session.plan, session.stage)
    assert draft.plan is not None and not validate_plan(plan_to_data(draft.plan))
    assert len(draft.plan.results_chain) == areas
    notes = draft.plan.notes.splitlines()
    assert notes[0].startswith("DRAFT, not a finished plan") and f"at the {stage} step" in notes[0]
    assert notes[1].startswith("Review so far: ")
    assert "**draft**" in draft.say[0] and f"**{stage}**" in draft.say[0]
    assert session.plan.notes is None  # the conversation's own plan is not marked


def test_with_the_profile_unfinished_there_is_nothing_to_write():
    session = replay(KB, PROFILE[:3]).session
    draft = partial_plan(KB, session.plan, session.stage)
    assert draft.plan is None and draft.say == (NOTHING_YET,)


def test_open_findings_are_listed_in_the_draft():
    session = replay(KB, [*AREAS, "keep", "skip", "keep"]).session
    draft = partial_plan(KB, session.plan, session.stage)
    items = [line for line in draft.plan.notes.splitlines() if line.startswith("- ")]
    assert items, draft.plan.notes
