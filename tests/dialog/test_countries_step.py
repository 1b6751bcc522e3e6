"""The countries step knows countries by name; any other place is asked about before it spreads into the goal
and every example (ux23 #4)."""

import pytest

from ctguide.dialog import replay
from ctguide.knowledge import load_knowledge

KB = load_knowledge()
START = ["Safe Return Moldova", "La Strada Moldova"]


@pytest.mark.parametrize(
    ("replies", "countries", "regions"),
    [
        (["Moldova"], ("Moldova",), ()),
        (["moldova + transnistria (chisinau)"], ("Moldova",), ("Transnistria", "Chisinau")),
        (["Nepal, India (Bihar)"], ("Nepal", "India"), ("Bihar",)),
        (["Côte d'Ivoire, Türkiye"], ("Côte d'Ivoire", "Türkiye"), ()),
        (["the northern villages", "Moldova (northern villages)"], ("Moldova",), ("Northern villages",)),
        (["the northern villages", "keep"], ("The northern villages",), ()),
        (["Taiwan", "yes"], ("Taiwan",), ()),
        (["we run a shelter for women survivors in Nepal", "Nepal"], ("Nepal",), ()),
    ],
)
def test_the_countries_noted(replies, countries, regions):
    answers = replay(KB, [*START, *replies]).session.answers
    assert (answers.countries, answers.regions) == (countries, regions)
    assert answers.unknown_place is None


@pytest.mark.parametrize(
    ("typed", "said", "example"),
    [
        ("the northern villages", "I don't know “the northern villages” as a country", None),
        ("Moldova, northern villages", "e.g. `Moldova (northern villages)`", "Moldova (northern villages)"),
        (
            "we run a shelter for women survivors in Nepal",
            "“we run a shelter for women survivors in Nepal”",
            "Nepal",
        ),
        ("Atlantis, Nepal", "“Atlantis”", "Nepal (Atlantis)"),
    ],
)
def test_a_place_not_known_as_a_country_is_asked_about(typed, said, example):
    turn = replay(KB, [*START, typed])
    assert turn.session.key == "profile.countries.check" and turn.session.answers.countries is None
    assert said in turn.say[0] and "`keep`" in turn.say[0] and turn.example == example
    assert "keep" in turn.options
    followed = replay(KB, [*START, typed, example or turn.options[0]]).session
    assert followed.key == "profile.dates"  # the example always moves on


def test_nothing_unknown_reaches_the_goal_or_the_examples_unless_kept():
    turn = replay(KB, [*START, "the northern villages"])
    assert turn.session.plan is None
    back = replay(KB, [*START, "the northern villages", "back"]).session
    assert back.key == "profile.countries" and back.answers.unknown_place is None
