"""Findings as a person reads them: areas by name, ids untouched where they are not the plan's areas."""

import datetime as dt

import pytest

from ctguide.drafting import starter_plan
from ctguide.findingtext import named
from ctguide.guidetext import counted
from ctguide.knowledge import load_knowledge
from ctguide.smart import Finding

KB = load_knowledge()
PLAN = starter_plan(
    KB, ["psychosocial_support", "shelter"], period=(dt.date(2027, 1, 1), dt.date(2028, 12, 31))
)


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("Area 'psychosocial_support' records no assumptions for PSS-OBJ.",
         "Psychosocial and mental-health support records no assumptions for PSS-OBJ."),
        ("The objective PSS-OBJ of area 'psychosocial_support' has no indicator.",
         "The objective PSS-OBJ of Psychosocial and mental-health support has no indicator."),
        ("Area 'shelter' only counts.", "Shelter and safe accommodation only counts."),
        ("Area 'legislation_policy' only counts.", "Area 'legislation_policy' only counts."),  # not in this plan
        ("The word 'shelter' is vague.", "The word 'shelter' is vague."),  # a word, not the area
    ],
)  # fmt: skip
def test_plan_areas_are_named(message, expected):
    finding = Finding("C1", "coverage", "info", message, f"Fix {message}")
    (result,) = named([finding], PLAN, KB)
    assert result.message == expected and result.fix == f"Fix {expected}"
    assert (result.rule, result.severity, result.path) == (finding.rule, finding.severity, finding.path)


def test_without_knowledge_the_findings_stay_as_they_are():
    findings = [Finding("C1", "coverage", "info", "Area 'shelter' only counts.", "fix")]
    assert named(findings, PLAN, None) == findings


@pytest.mark.parametrize(
    ("number", "noun", "plural", "expected"),
    [(0, "area", None, "0 areas"), (1, "area", None, "1 area"), (2, "indicator", None, "2 indicators"),
     (1, "reply", "replies", "1 reply"), (3, "reply", "replies", "3 replies")],
)  # fmt: skip
def test_counted(number, noun, plural, expected):
    assert counted(number, noun, plural) == expected
