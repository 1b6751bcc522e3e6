"""The country table (ISO codes for the IATI export) and the countries a free text names."""

import re

import pytest

from ctguide.countries import COUNTRY_NAMES, country_code, named_in


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Moldova", "MD"), ("Republic of Moldova", "MD"), ("moldova, republic of", "MD"), ("Côte d'Ivoire", "CI"),
        ("Ivory Coast", "CI"), ("Viet Nam", "VN"), ("Türkiye", "TR"), ("Turkey", "TR"), ("Kyrgyz Republic", "KG"),
        ("Lao PDR", "LA"), ("the Gambia", "GM"), ("DRC", "CD"), ("Kosovo", "XK"), ("Nepal (Bihar)", "NP"),
        ("NP", "NP"), ("United Kingdom", "GB"), ("Atlantis", None), ("(to be set)", None), ("xx", None),
    ],
)  # fmt: skip
def test_country_names_map_to_iso_codes(name, code):
    assert country_code(name) == code


def test_the_country_table_covers_the_regions_of_counter_trafficking_work():
    assert len(COUNTRY_NAMES) >= 60
    assert all(re.fullmatch(r"[A-Z]{2}", code) for code in COUNTRY_NAMES)
    regions = {
        "Eastern Europe": ["UA", "RO", "BG", "AL", "RS"], "Central Asia": ["KZ", "KG", "TJ", "UZ", "TM"],
        "South Asia": ["IN", "NP", "BD"], "South-East Asia": ["TH", "KH", "VN", "MM", "PH", "ID"],
        "West Africa": ["NG", "GH", "SN", "ML"], "East Africa": ["ET", "KE", "ER", "UG"],
        "Latin America": ["MX", "GT", "HN", "CO", "BR"], "Middle East": ["JO", "LB", "IQ", "SA", "AE"],
    }  # fmt: skip
    for region, codes in regions.items():
        assert set(codes) <= set(COUNTRY_NAMES), region


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("a shelter for women survivors in Nepal", ("Nepal",)),
        ("shelters in nepal and india", ("Nepal", "India")),
        ("reintegration in Côte d’Ivoire and guinea-bissau", ("Côte d'Ivoire", "Guinea-Bissau")),
        ("labour migration from Niger to Nigeria and back to Niger", ("Niger", "Nigeria")),
        ("returnees to Papua New Guinea", ("Papua New Guinea",)),
        ("trafficking from South Sudan to Sudan", ("South Sudan", "Sudan")),
        ("casas de acogida en México y Guatemala", ("Mexico", "Guatemala")),
        ("refugees in Turkey and Jordan", ("Türkiye", "Jordan")),
        ("the USA and the UK", ("United States", "United Kingdom")),
    ],
)  # fmt: skip
def test_a_text_names_the_countries_it_names_in_order_once_each(text, countries):
    assert named_in(text) == countries


@pytest.mark.parametrize(
    "text",
    ["we run a shelter for women survivors and help them find a job", "a turkey farm and a china shop in panama hats",
     "NP and IN codes are not names", "Indiana and Nepalese cooking", "Georgian wine"],
)  # fmt: skip
def test_a_text_without_a_country_or_with_a_common_word_names_none(text):
    assert named_in(text) == ()
