"""Placeholders read from the profile: who, where and when take its answers; the rest stays."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ctguide.knowledge import PLACEHOLDER
from ctguide.placeholders import Setting, choices, filled_from_profile, kind_of, names_elsewhere, stand_in

PERIOD = (dt.date(2027, 1, 1), dt.date(2028, 12, 31))
NEPAL = Setting(countries=("Nepal",), target_groups=("young women",), period=PERIOD)
SILENT = Setting()


@pytest.mark.parametrize(
    ("statement", "setting", "expected"),
    [
        ("victims in [country] in 2028", NEPAL, "victims in Nepal in 2028"),
        ("victims in [country] in 2028", SILENT, "victims in [country] in 2028"),
        ("places in [the project area]", NEPAL, "places in Nepal"),
        (
            "places in [district]",
            Setting(countries=("Nepal",), regions=("Sindhupalchok",)),
            "places in Sindhupalchok",
        ),
        ("% of [target group] who know", NEPAL, "% of young women who know"),
        ("% of [target group] who know", Setting(countries=("Nepal",)), "% of [target group] who know"),
        ("leaving in [period]", SILENT, "leaving in the reporting quarter"),
        ("cases closed in [year]", NEPAL, "cases closed in 2027"),
        ("at least [N] signs at [the shelter]", NEPAL, "at least [N] signs at [the shelter]"),
        ("trained in [the core training]", NEPAL, "trained in [the core training]"),
        ("[partner countries] joined", Setting(countries=("Nepal", "India")), "Nepal and India joined"),
        # every country of the profile, not only the first
        (
            "victims from [country]",
            Setting(countries=("Guatemala", "Honduras")),
            "victims from Guatemala and Honduras",
        ),
        # a district is within a country: only the profile's regions stand for it, never the country
        ("in [district]", Setting(countries=("Nepal", "India", "Bangladesh")), "in [district]"),
        ("in [district]", Setting(countries=("Nepal",), regions=("Bihar", "Jhapa")), "in Bihar and Jhapa"),
        ("in [the target districts]", Setting(countries=("Nepal",)), "in [the target districts]"),
        # a corridor runs from origin to destination: the project's countries or districts alone are none
        ("along [corridor]", Setting(countries=("Nepal", "India")), "along [corridor]"),
        (
            "in [corridor]",
            Setting(countries=("Nepal",), regions=("Sindhupalchok", "Dolakha")),
            "in [corridor]",
        ),
        (
            "in [corridor]",
            Setting(countries=("Nepal",), destinations=("Qatar",)),
            "in the Nepal–Qatar corridor",
        ),
        (
            "in [corridor]",
            Setting(countries=("Nepal",), destinations=("Qatar", "Malaysia")),
            "in the Nepal–Qatar and Nepal–Malaysia corridors",
        ),
        ("in [target area]", Setting(countries=("Nepal",)), "in Nepal"),
    ],
)
def test_who_where_when_come_from_the_profile_the_rest_stays(statement, setting, expected):
    assert filled_from_profile(statement, {}, setting) == expected


@pytest.mark.parametrize(
    ("placeholder", "example", "kind"),
    [("[country]", None, "where"), ("[target group]", None, "who"), ("[period]", None, "when"),
     ("[N]", None, "quantity"), ("[threshold]", "3", "quantity"), ("[the shelter]", None, "other")],
)  # fmt: skip
def test_kinds(placeholder, example, kind):
    assert kind_of(placeholder, example) == kind


@given(st.text(alphabet="ab [] cdN", max_size=40))
def test_filling_never_adds_a_placeholder_and_a_silent_profile_fills_only_periods(text):
    filled = filled_from_profile(text, {}, SILENT)
    assert set(PLACEHOLDER.findall(filled)) <= set(PLACEHOLDER.findall(text))
    left = filled_from_profile(text, {}, NEPAL)
    assert set(PLACEHOLDER.findall(left)) <= set(PLACEHOLDER.findall(filled))


def test_a_country_placeholder_offers_every_country_together_first_then_each():
    setting = Setting(countries=("Guatemala", "Honduras"))
    assert choices("[country]", "where", setting) == ("Guatemala and Honduras", "Guatemala", "Honduras")
    assert choices("[country]", "where", Setting(countries=("Nepal",))) == ("Nepal",)


@pytest.mark.parametrize(
    ("placeholder", "example", "before", "after", "wording", "own"),
    [("[N]", "12", "% of participants with a regular income source ", " months after", "12", False),
     ("[12 months]", "12 months", "within ", "", "12 months", True),
     ("[two years]", "two years", "for a year no older than ", " in the database", "two years", True),
     ("[programme area]", "the 12 project villages", "% of households in ", " with a member", "the programme area", False),
     ("[the shelter]", "the Chisinau shelter for women survivors", "met at ", "", "the shelter", False),
     ("[locations]", "police stations", "Number of ", " with a room", "locations", False),
     ("[agency]", "the national police academy", "% of ", "'s courses", "the agency", False),
     ("[agency]", "the national police academy", "Number of ", " trainers certified", "the agency", False),
     ("[audience]", "adults", "% of surveyed ", " in the district", "audience members", False),
     ("[high-risk input]", "cotton", "a risk map of their ", " supply chain", "high-risk input", False),
     ("[baseline year]", "2027", "Report for the country of ", "", "2029", True),
     ("[year]", "2027", "in ", "", "2029", True),
     ("[frequency]", "once a month", "supervision at least ", "", "once a month", False),
     ("[corridor]", "the Nepal-Qatar corridor", "migrant workers in ", "", "the migration corridor", False)],
)  # fmt: skip
def test_a_placeholder_left_open_gets_a_plain_stand_in_or_the_projects_own_value(
    placeholder, example, before, after, wording, own
):
    setting = Setting(period=(dt.date(2029, 1, 1), dt.date(2030, 12, 31)))
    assert stand_in(placeholder, example, setting, before, after) == (wording, own)


def test_a_blank_placeholder_gets_a_stand_in_not_an_exception():
    assert stand_in("[ ]", "12", Setting(), "within ", " of arrival").text == "12"


@pytest.mark.parametrize(
    ("placeholder", "setting", "offered"),
    [
        ("[district]", Setting(countries=("Nepal",)), ()),
        ("[district]", Setting(countries=("Nepal",), regions=("Jhapa",)), ("Jhapa",)),
        ("[village cluster]", Setting(countries=("Nepal",)), ()),
        ("[the project districts]", Setting(countries=("Nepal",), regions=("Bihar", "Jhapa")),
         ("Bihar and Jhapa", "Bihar", "Jhapa")),
        ("[country]", Setting(countries=("Nepal",), regions=("Jhapa",)), ("Nepal",)),
        ("[programme area]", Setting(countries=("Nepal",)), ("Nepal",)),
        ("[programme area]", Setting(countries=("Nepal",), regions=("Jhapa",)), ("Jhapa", "Nepal")),
    ],
)  # fmt: skip
def test_a_place_within_a_country_is_offered_the_regions_never_the_country(placeholder, setting, offered):
    assert choices(placeholder, "where", setting) == offered


@pytest.mark.parametrize(
    ("example", "setting", "places"),
    [
        ("the Chisinau shelter for women survivors", Setting(("Nigeria",), ("Abuja", "Edo")), ("Chisinau",)),
        ("the Chisinau shelter for women survivors", Setting(("Moldova",), ("Chisinau",)), ()),
        ("Moldova and Romania", Setting(("Moldova",)), ("Romania",)),
        ("the Nepal-Qatar corridor", Setting(("Nepal",)), ("Qatar",)),
        ("the Financial Intelligence Unit", Setting(("Nigeria",)), ()),
        ("the Ministry of Health protocol", Setting(("Nigeria",)), ()),
        ("the National Committee for Combating Trafficking in Persons", Setting(("Peru",)), ()),
        ("the Prosecutor's Office", Setting(("Peru",)), ()),
        ("the WHO-5 wellbeing index", Setting(("Peru",)), ()),
        ("within 30 days", Setting(), ()),
        ("The Chişinău shelter", Setting(("Nigeria",)), ("Chişinău",)),
    ],
)
def test_the_places_another_projects_example_names(example, setting, places):
    assert names_elsewhere(example, setting) == places
