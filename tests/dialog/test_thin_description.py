"""A description too thin to read is no dead end: the kind of work is offered, or more words (ux23 #8)."""

import pytest

from ctguide.dialog import replay
from ctguide.knowledge import load_knowledge

KB = load_knowledge()
PROFILE = [
    "Safe Return Moldova",
    "La Strada Moldova",
    "Moldova",
    "2027-01 to 2028-12",
    "skip",
    "skip",
    "skip",
]
PROTECTION = sorted(a.id for a in KB.areas if a.pillar == "protection")


@pytest.mark.parametrize(
    ("replies", "key", "said"),
    [
        (["we help people"], "describe.kind", ["too thin to tell", "“we help people”", "1. **Prevention**"]),
        (["asdf qwer"], "describe.kind", ["could not relate", "1. **Prevention**"]),
        (["skip"], "describe.kind", ["choose the kind of work", "4. **Partnership**"]),
        (["we help people", "skip"], "describe.kind", ["cannot be skipped"]),
        (["we help people", "9"], "describe.kind", ["1 to 4"]),
        (["we help people", "2"], "areas", ["The areas of the kind of work you chose", "**Shelter and safe"]),
        (["we help people", "Protection"], "areas", ["The areas of the kind of work you chose"]),
        (["we help people", "victims in our shelter"], "areas", ["Shelter and safe accommodation"]),
        (["we help people", "2", "1 2"], "goal", ["Working with: "]),
    ],
)
def test_after_a_thin_description(replies, key, said):
    turn = replay(KB, PROFILE + replies)
    assert turn.session.key == key
    text = "\n".join(turn.say)
    for words in said:
        assert words in text, text


def test_a_pillar_lists_its_own_areas_and_keeps_the_thin_words_as_the_description():
    session = replay(KB, [*PROFILE, "we help people", "2"]).session
    answers = session.answers
    assert sorted(answers.proposed) == PROTECTION and answers.description == "we help people"
    assert {p for _, p in answers.pillars} == {"protection"} and not answers.unsure


def test_more_words_are_read_with_the_thin_ones():
    answers = replay(KB, [*PROFILE, "we help people", "victims in our shelter"]).session.answers
    assert answers.description == "we help people victims in our shelter" and "shelter" in answers.proposed


def test_unrelated_words_are_not_kept_for_the_next_reading():
    answers = replay(KB, [*PROFILE, "asdf qwer", "victims in our shelter"]).session.answers
    assert answers.description == "victims in our shelter"


def test_two_pillars_list_both_and_back_returns_to_the_choice():
    turn = replay(KB, [*PROFILE, "skip", "1 3"])
    pillars = {p for _, p in turn.session.answers.pillars}
    assert pillars == {"prevention", "prosecution"} and turn.session.answers.description == ""
    assert replay(KB, [*PROFILE, "skip", "1 3", "back"]).session.key == "describe.kind"
