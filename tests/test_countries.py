"""The country table (ISO codes for the IATI export) and the countries a free text names."""

import re

import pytest

from ctguide.countries import (
    COUNTRY_NAMES,
    OTHER_LANGUAGES,
    country_code,
    named_in,
    worked_in_and_destinations,
)


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
        ("the USA and the UK", ("the United States", "the United Kingdom")),
        ("in the Philippines and the Gambia", ("the Philippines", "the Gambia")),
        ("workers from North Korea in Russia", ("North Korea", "Russia")),
        ("the Republic of Korea", ("South Korea",)),
        ("de Paraguay a España y Argentina", ("Paraguay", "Spain", "Argentina")),
        ("no Brasil e em Moçambique", ("Brazil", "Mozambique")),
        ("au Maroc et en Égypte", ("Morocco", "Egypt")),
        ("del Sudán del Sur a Etiopía", ("South Sudan", "Ethiopia")),
        ("de Guinea Ecuatorial a Guinea", ("Equatorial Guinea", "Guinea")),
        ("en la República Democrática del Congo", ("the Democratic Republic of the Congo",)),
        ("migrants au Royaume-Uni et aux États-Unis", ("the United Kingdom", "the United States")),
    ],
)  # fmt: skip
def test_a_text_names_the_countries_it_names_in_order_once_each(text, countries):
    assert named_in(text) == countries


@pytest.mark.parametrize(
    "text",
    ["we run a shelter for women survivors and help them find a job", "a turkey farm and a china shop in panama hats",
     "NP and IN codes are not names", "Indiana and Nepalese cooking", "Georgian wine",
     "O projeto usa uma abordagem comunitária", "El proyecto usa la radio comunitaria", "the programme aids survivors in the Congo basin",
     "a uk-based donor and a usa-style hotline", "en el ecuador del proyecto", "um peru assado"],
)  # fmt: skip
def test_a_text_without_a_country_or_with_a_common_word_names_none(text):
    assert named_in(text) == ()


def test_every_spelling_in_every_language_maps_to_its_own_code():
    assert set(OTHER_LANGUAGES) <= set(COUNTRY_NAMES)
    for table in (COUNTRY_NAMES, OTHER_LANGUAGES):
        for code, names in table.items():
            assert all(country_code(name) == code for name in names.split("|")), code
    assert country_code("the Philippines") == "PH" and country_code("Brasil") == "BR"


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        # a person's first name: a surname or a title goes with it
        ("Jordan Smith coordinates the project", ()),
        ("Jordan Smith works with survivors in Atlanta, Georgia", ()),
        ("Ms Georgia Brown leads the shelter in Kenya", ("Kenya",)),
        ("Chad Miller trains labour inspectors in Chad", ("Chad",)),
        # a US state: after a city, or in 'New Mexico'
        ("a hotline based in Atlanta, Georgia", ()),
        ("farmworkers in New Mexico and Mexico", ("Mexico",)),
        # the country: after a preposition, before 's, in a list, in the name of its bodies and plans
        ("refugees in Jordan and Lebanon", ("Jordan", "Lebanon")),
        ("Georgia's border police screen travellers", ("Georgia",)),
        ("Armenia, Georgia and Azerbaijan", ("Armenia", "Georgia", "Azerbaijan")),
        ("IOM Jordan and the Jordan Red Crescent run the shelter", ("Jordan",)),
        ("under the Jordan Refugee Response Plan", ("Jordan",)),
        ("Refugees In Jordan And Lebanon", ("Jordan", "Lebanon")),
        ("Jordan hosts many refugees", ("Jordan",)),
        ("Mexico City and Guatemala", ("Mexico", "Guatemala")),
    ],
)  # fmt: skip
def test_a_first_name_or_a_us_state_is_no_country_and_the_country_still_is(text, countries):
    assert named_in(text) == countries


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        # Georgia the country: after one of its cities, in a list of countries, unless the text says US
        ("Shelter for survivors in Tbilisi, Georgia", ("Georgia",)),
        ("Batumi, Georgia and Yerevan, Armenia", ("Georgia", "Armenia")),
        ("returnees to Kutaisi, Georgia from Türkiye", ("Georgia", "Türkiye")),
        ("Moldova, Georgia and Ukraine", ("Moldova", "Georgia", "Ukraine")),
        # Georgia the US state: after one of its cities, or before GA / USA / U.S.
        ("a hotline based in Atlanta, Georgia", ()),
        ("outreach in Savannah, Georgia and Tbilisi", ()),
        ("a task force in Georgia, USA", ("the United States",)),
        ("farms in rural Georgia (U.S.) and Mexico", ("Mexico",)),
        ("Dalton, Georgia, U.S.", ()),
    ],
)  # fmt: skip
def test_georgia_is_the_country_unless_its_city_or_the_text_says_the_us_state(text, countries):
    assert named_in(text) == countries


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        # a word of place before the name: the country, whatever capitalised word follows
        ("Refugees in Jordan Amman and Zarqa", ("Jordan",)),
        ("Survivors returning to India Kerala", ("India",)),
        ("Work in Chad Lake region", ("Chad",)),
        ("camps across Jordan Mafraq governorate", ("Jordan",)),
        ("women trafficked from India Punjab", ("India",)),
        # no word of place: a first name and a surname, or a title
        ("Jordan Smith coordinates the project", ()),
        ("Ms Georgia Brown leads the shelter in Kenya", ("Kenya",)),
        ("the trainer, India Jones, met survivors", ()),
        ("with Chad Miller in Nepal", ("Nepal",)),
    ],
)  # fmt: skip
def test_a_word_of_place_before_a_given_name_makes_it_the_country(text, countries):
    assert named_in(text) == countries


@pytest.mark.parametrize(
    ("text", "worked", "destinations"),
    [
        # after a word of destination, or 'to' after a word of movement, a country (and the list it heads)
        # is where people are taken
        ("Sensibilisation des jeunes filles et des parents au Bénin sur les risques de la traite des enfants "
         "vers le Nigeria et le Gabon", ("Benin",), ("Nigeria", "Gabon")),
        ("women trafficked to Thailand from Myanmar", ("Myanmar",), ("Thailand",)),
        ("trafficking of women from Nigeria to Italy", ("Nigeria",), ("Italy",)),
        ("la trata de mujeres de Paraguay a Argentina y Brasil", ("Paraguay",), ("Argentina", "Brazil")),
        ("tráfico de pessoas do Brasil para Portugal e Espanha", ("Brazil",), ("Portugal", "Spain")),
        ("niños víctimas de trata enviados a México desde Guatemala", ("Guatemala",), ("Mexico",)),
        ("migrants en route to Libya and Italy", (), ("Libya", "Italy")),
        # where the project works: a place, a recipient of support, a home people return to, a country named both ways
        ("shelters in Nepal and India", ("Nepal", "India"), ()),
        ("technical assistance to Nepal", ("Nepal",), ()),
        ("trafficking survivors in Nepal and support to India", ("Nepal", "India"), ()),
        ("Survivors returning to India Kerala", ("India",), ()),
        ("returnees from Türkiye to Georgia", ("Türkiye", "Georgia"), ()),
        ("shelters in Italy for women trafficked to Italy", ("Italy",), ()),
        ("work in Moldova, Ukraine and Romania", ("Moldova", "Ukraine", "Romania"), ()),
    ],
)  # fmt: skip
def test_a_country_people_are_taken_to_is_a_destination_not_where_the_project_works(
    text, worked, destinations
):
    assert worked_in_and_destinations(text) == (worked, destinations)
    assert set(named_in(text)) == {*worked, *destinations}
