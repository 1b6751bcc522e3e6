"""How `ctguide review` reads in a terminal: wrapped between words at its width, each line under its column."""

import pytest

from ctguide.findingtext import named
from ctguide.knowledge import load_knowledge
from ctguide.plan import load_plan
from ctguide.reviewview import review_text
from ctguide.smart import review_plan
from tests.conftest import DATA

KB = load_knowledge()
PLAN = load_plan(DATA / "plans" / "shelter_moldova_1_1.yaml")
FINDINGS = named(review_plan(PLAN, KB), PLAN, KB)


@pytest.mark.parametrize("width", [80, 60])
def test_at_a_terminals_width_lines_break_between_words_under_their_column(width):
    wrapped = review_text("plan.yaml", PLAN, FINDINGS, width)
    assert all(len(line) <= width for line in wrapped)
    flat = review_text("plan.yaml", PLAN, FINDINGS)
    assert " ".join(" ".join(wrapped).split()) == " ".join(" ".join(flat).split())  # the same words, none cut
    continued = [line for before, line in zip(wrapped, wrapped[1:], strict=False)
                 if before.lstrip().startswith(("warning", "error", "info")) and not line.lstrip().startswith("fix:")
                 and line.strip()]  # fmt: skip
    assert continued and all(line.startswith(" " * 14) and line[14] != " " for line in continued)


def test_without_a_width_every_finding_stays_on_one_line_for_grep():
    flat = review_text("plan.yaml", PLAN, FINDINGS)
    assert any(len(line) > 80 for line in flat)
    assert sum(1 for line in flat if line.lstrip().startswith("fix: ")) == len(FINDINGS)


def test_review_json_needs_the_plan_so_an_empty_monitor_only_list_means_none_in_it():
    import inspect

    from ctguide.reviewview import review_json

    assert inspect.signature(review_json).parameters["plan"].default is inspect.Parameter.empty
    watched = review_json("p.yaml", FINDINGS, PLAN)["monitor_only"]
    assert watched and [w["id"] for w in watched] == [i.id for i in PLAN.indicators if i.monitor_only]
