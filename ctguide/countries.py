"""The countries counter-trafficking projects name, with their ISO 3166-1 codes, and where a text names them.

One table serves the IATI export (recipient-country codes) and `ctguide starter` (the countries a project
description names, "a shelter for women survivors in Nepal"). A name not in the table is never guessed.
"""

from __future__ import annotations

import re
import unicodedata

from ctguide import lazyre
from ctguide.textnorm import fold

# ISO 3166-1 alpha-2 (as in IATI's Country codelist, which adds XK for Kosovo): the countries of origin,
# transit and destination that counter-trafficking projects name most. Names are matched without case,
# accents or punctuation; "|" separates the other spellings.
COUNTRY_NAMES = {
    # Eastern and South-Eastern Europe, Caucasus
    "AL": "Albania", "AM": "Armenia", "AZ": "Azerbaijan", "BY": "Belarus",
    "BA": "Bosnia and Herzegovina|Bosnia|Bosnia-Herzegovina", "BG": "Bulgaria", "HR": "Croatia",
    "CZ": "Czechia|Czech Republic", "EE": "Estonia", "GE": "Georgia", "HU": "Hungary", "XK": "Kosovo",
    "LV": "Latvia", "LT": "Lithuania", "MD": "Moldova|Republic of Moldova|Moldova, Republic of",
    "ME": "Montenegro", "MK": "North Macedonia|Macedonia|Republic of North Macedonia", "PL": "Poland",
    "RO": "Romania", "RU": "Russia|Russian Federation", "RS": "Serbia", "SK": "Slovakia", "SI": "Slovenia",
    "UA": "Ukraine", "TR": "Türkiye|Turkey|Turkiye", "CY": "Cyprus", "GR": "Greece",
    # Western Europe and other destinations
    "AT": "Austria", "BE": "Belgium", "DK": "Denmark", "FI": "Finland", "FR": "France", "DE": "Germany",
    "IE": "Ireland", "IT": "Italy", "MT": "Malta", "NL": "Netherlands|The Netherlands|Holland",
    "NO": "Norway", "PT": "Portugal", "ES": "Spain", "SE": "Sweden", "CH": "Switzerland",
    "GB": "United Kingdom|UK|Great Britain|Britain", "US": "United States|United States of America|USA",
    "CA": "Canada", "AU": "Australia", "JP": "Japan", "KR": "South Korea|Republic of Korea|Korea",
    # Central Asia
    "KZ": "Kazakhstan", "KG": "Kyrgyzstan|Kyrgyz Republic", "TJ": "Tajikistan", "TM": "Turkmenistan",
    "UZ": "Uzbekistan", "MN": "Mongolia", "AF": "Afghanistan",
    # South Asia
    "BD": "Bangladesh", "BT": "Bhutan", "IN": "India", "MV": "Maldives", "NP": "Nepal", "PK": "Pakistan",
    "LK": "Sri Lanka",
    # South-East and East Asia
    "KH": "Cambodia", "CN": "China", "ID": "Indonesia", "LA": "Laos|Lao PDR|Lao People's Democratic Republic",
    "MY": "Malaysia", "MM": "Myanmar|Burma", "PH": "Philippines|The Philippines", "SG": "Singapore",
    "TH": "Thailand", "TL": "Timor-Leste|East Timor", "VN": "Viet Nam|Vietnam", "PG": "Papua New Guinea",
    "FJ": "Fiji",
    # West and Central Africa
    "BJ": "Benin", "BF": "Burkina Faso", "GQ": "Equatorial Guinea", "CV": "Cabo Verde|Cape Verde", "CM": "Cameroon", "TD": "Chad",
    "CI": "Côte d'Ivoire|Cote d'Ivoire|Ivory Coast", "GM": "Gambia|The Gambia", "GH": "Ghana",
    "GN": "Guinea", "GW": "Guinea-Bissau", "LR": "Liberia", "ML": "Mali", "MR": "Mauritania", "NE": "Niger",
    "NG": "Nigeria", "SN": "Senegal", "SL": "Sierra Leone", "TG": "Togo",
    "CD": "Democratic Republic of the Congo|DR Congo|DRC|Congo-Kinshasa",
    "CG": "Republic of the Congo|Congo|Congo-Brazzaville",
    # East and Southern Africa
    "BI": "Burundi", "DJ": "Djibouti", "ER": "Eritrea", "ET": "Ethiopia", "KE": "Kenya", "RW": "Rwanda",
    "SO": "Somalia", "SS": "South Sudan", "SD": "Sudan", "TZ": "Tanzania|United Republic of Tanzania",
    "UG": "Uganda", "MG": "Madagascar", "MW": "Malawi", "MZ": "Mozambique", "ZM": "Zambia",
    "ZW": "Zimbabwe", "ZA": "South Africa", "AO": "Angola", "BW": "Botswana", "LS": "Lesotho",
    "NA": "Namibia", "SZ": "Eswatini|Swaziland",
    # North Africa and the Middle East
    "DZ": "Algeria", "EG": "Egypt", "LY": "Libya", "MA": "Morocco", "TN": "Tunisia", "BH": "Bahrain",
    "IR": "Iran|Islamic Republic of Iran", "IQ": "Iraq", "IL": "Israel", "JO": "Jordan", "KW": "Kuwait",
    "LB": "Lebanon", "OM": "Oman", "PS": "Palestine|State of Palestine|Occupied Palestinian Territory",
    "QA": "Qatar", "SA": "Saudi Arabia", "SY": "Syria|Syrian Arab Republic",
    "AE": "United Arab Emirates|UAE", "YE": "Yemen",
    # Latin America and the Caribbean
    "AR": "Argentina", "BZ": "Belize", "BO": "Bolivia", "BR": "Brazil", "CL": "Chile", "CO": "Colombia",
    "CR": "Costa Rica", "CU": "Cuba", "DO": "Dominican Republic", "EC": "Ecuador", "SV": "El Salvador",
    "GT": "Guatemala", "GY": "Guyana", "HT": "Haiti", "HN": "Honduras", "JM": "Jamaica", "MX": "Mexico",
    "NI": "Nicaragua", "PA": "Panama", "PY": "Paraguay", "PE": "Peru", "SR": "Suriname",
    "TT": "Trinidad and Tobago", "UY": "Uruguay", "VE": "Venezuela",
}  # fmt: skip
_COUNTRY_CODE = {
    fold(name).removeprefix("the "): code
    for code, names in COUNTRY_NAMES.items()
    for name in names.split("|")
}


def country_code(name: str) -> str | None:
    """The ISO 3166-1 alpha-2 code of a country name ('Republic of Moldova' -> 'MD'), or None."""
    stripped = re.sub(r"\(.*?\)", " ", name).strip()
    if stripped.upper() in COUNTRY_NAMES and re.fullmatch(r"[A-Za-z]{2}", stripped):
        return stripped.upper()
    return _COUNTRY_CODE.get(fold(stripped).removeprefix("the "))


LOWER_CASE_WORDS = frozenset({"turkey", "chad", "jordan", "china", "guinea", "panama"})
"""Names that are also common words: in a text they name the country only when written with a capital."""

_IN_TEXT = lazyre.compile(
    r"\b(?:"
    + "|".join(
        r"[\W_]+".join(map(re.escape, key.split())) for key in sorted(_COUNTRY_CODE, key=len, reverse=True)
    )
    + r")\b",
    re.IGNORECASE,
)


def named_in(text: str) -> tuple[str, ...]:
    """The countries `text` names, once each, in the order it names them, each by the table's first spelling
    ("shelters in nepal and india" -> ("Nepal", "India")). Codes ("NP") are not read in running text."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    codes: dict[str, None] = {}
    for match in _IN_TEXT.finditer(plain):
        written, key = match.group(0), fold(match.group(0))
        if written.islower() and key in LOWER_CASE_WORDS:
            continue
        codes.setdefault(_COUNTRY_CODE[key], None)
    return tuple(COUNTRY_NAMES[code].split("|")[0] for code in codes)
