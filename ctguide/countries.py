"""The countries counter-trafficking projects name, with their ISO 3166-1 codes, and where a text names them.

One table serves the IATI export (recipient-country codes) and `ctguide starter` (the countries a project
description names, "a shelter for women survivors in Nepal"). A name not in the table is never guessed, and a
name in it is not read where the text's structure says it names something else: a person ('Jordan Smith'),
a US state ('Atlanta, Georgia', 'New Mexico').
"""

from __future__ import annotations

import re
import unicodedata

from ctguide import lazyre
from ctguide.textnorm import STOP_WORDS, fold

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
    "KP": "North Korea|Democratic People's Republic of Korea|DPRK",
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
    "BJ": "Benin", "BF": "Burkina Faso", "GQ": "Equatorial Guinea", "CV": "Cabo Verde|Cape Verde", "CM": "Cameroon", "TD": "Chad", "GA": "Gabon",
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
OTHER_LANGUAGES = {  # the same countries as Spanish, French and Portuguese write them (where the spelling differs)
    "AL": "Albanie|Albânia", "AM": "Arménie|Arménia|Armênia", "AZ": "Azerbaiyán|Azerbaïdjan|Azerbaijão",
    "BY": "Bielorrusia|Biélorussie|Bielorrússia", "BA": "Bosnia y Herzegovina|Bosnie-Herzégovine|Bósnia e Herzegovina",
    "BG": "Bulgarie|Bulgária", "HR": "Croacia|Croatie|Croácia",
    "CZ": "Chequia|República Checa|Tchéquie|République tchèque|Chéquia|República Tcheca", "EE": "Estonie|Estónia|Estônia",
    "GE": "Géorgie|Geórgia", "HU": "Hungría|Hongrie|Hungria", "LV": "Letonia|Lettonie|Letónia|Letônia",
    "LT": "Lituania|Lituanie|Lituânia", "MD": "Moldavia|Moldavie|Moldávia", "ME": "Monténégro",
    "MK": "Macedonia del Norte|Macédoine du Nord|Macedônia do Norte|Macedónia do Norte",
    "PL": "Polonia|Pologne|Polónia|Polônia", "RO": "Rumania|Rumanía|Roumanie|Roménia|Romênia",
    "RU": "Rusia|Russie|Rússia", "RS": "Serbie|Sérvia", "SK": "Eslovaquia|Slovaquie|Eslováquia",
    "SI": "Eslovenia|Slovénie|Eslovénia|Eslovênia", "UA": "Ucrania|Ucrânia", "TR": "Turquía|Turquie|Turquia",
    "CY": "Chipre|Chypre", "GR": "Grecia|Grèce|Grécia", "AT": "Autriche|Áustria", "BE": "Bélgica|Belgique",
    "DK": "Dinamarca|Danemark", "FI": "Finlandia|Finlande|Finlândia", "FR": "Francia|França",
    "DE": "Alemania|Allemagne|Alemanha", "IE": "Irlanda|Irlande", "IT": "Italia|Italie|Itália",
    "NL": "Países Bajos|Holanda|Pays-Bas|Hollande|Países Baixos", "NO": "Noruega|Norvège",
    "ES": "España|Espagne|Espanha", "SE": "Suecia|Suède|Suécia", "CH": "Suiza|Suisse|Suíça",
    "GB": "Reino Unido|Royaume-Uni|Gran Bretaña|Grande-Bretagne|Grã-Bretanha",
    "US": "Estados Unidos|États-Unis|EUA", "CA": "Canadá", "AU": "Australie|Austrália", "JP": "Japón|Japon|Japão",
    "KR": "Corea del Sur|Corée du Sud|Coreia do Sul", "KP": "Corea del Norte|Corée du Nord|Coreia do Norte",
    "KZ": "Kazajistán|Kazajstán|Cazaquistão", "KG": "Kirguistán|Kirghizistan|Quirguistão|Quirguizistão",
    "TJ": "Tayikistán|Tadjikistan|Tajiquistão|Tadjiquistão", "TM": "Turkmenistán|Turkménistan|Turcomenistão|Turquemenistão",
    "UZ": "Uzbekistán|Ouzbékistan|Uzbequistão", "AF": "Afganistán|Afeganistão", "BD": "Bangladés",
    "BT": "Bután|Bhoutan|Butão", "MV": "Maldivas", "NP": "Népal", "PK": "Pakistán|Paquistão", "IN": "Inde|Índia",
    "LK": "Sri Lanka", "KH": "Camboya|Cambodge|Camboja", "CN": "Chine", "ID": "Indonésie|Indonésia",
    "MY": "Malasia|Malaisie|Malásia", "MM": "Birmania|Birmanie|Birmânia", "PH": "Filipinas",
    "SG": "Singapur|Singapour|Singapura", "TH": "Tailandia|Thaïlande|Tailândia", "TL": "Timor Oriental",
    "VN": "Vietnã|Vietname", "PG": "Papúa Nueva Guinea|Papouasie-Nouvelle-Guinée|Papua-Nova Guiné",
    "FJ": "Fiyi|Fidji", "BJ": "Benín|Bénin|Benim", "GQ": "Guinea Ecuatorial|Guinée équatoriale|Guiné Equatorial",
    "CV": "Cap-Vert", "CM": "Camerún|Cameroun|Camarões", "GA": "Gabón|Gabão", "TD": "Tchad|Chade",
    "CI": "Costa de Marfil|Costa do Marfim", "GM": "Gambie|Gâmbia", "GN": "Guinée|Guiné",
    "GW": "Guinea-Bisáu|Guinée-Bissau|Guiné-Bissau", "LR": "Libéria", "MR": "Mauritanie|Mauritânia",
    "NG": "Nigéria", "SN": "Sénégal", "SL": "Sierra Leona|Serra Leoa",
    "CD": "República Democrática del Congo|République démocratique du Congo|República Democrática do Congo|RDC",
    "CG": "República del Congo|République du Congo|República do Congo", "DJ": "Yibuti|Djibuti",
    "ER": "Érythrée|Eritreia", "ET": "Etiopía|Éthiopie|Etiópia", "KE": "Kenia|Quénia|Quênia", "RW": "Ruanda",
    "SO": "Somalie|Somália", "SS": "Sudán del Sur|Soudan du Sud|Sudão do Sul", "SD": "Sudán|Soudan|Sudão",
    "TZ": "Tanzanie|Tanzânia", "UG": "Ouganda", "MW": "Malaui", "MZ": "Mozambique|Moçambique",
    "ZM": "Zambie|Zâmbia", "ZW": "Zimbabue", "ZA": "Sudáfrica|Afrique du Sud|África do Sul",
    "BW": "Botsuana", "LS": "Lesoto", "NA": "Namibie|Namíbia", "SZ": "Esuatini|Essuatíni",
    "DZ": "Argelia|Algérie|Argélia", "EG": "Egipto|Égypte|Egito", "LY": "Libia|Libye|Líbia",
    "MA": "Marruecos|Maroc|Marrocos", "TN": "Túnez|Tunisie|Tunísia", "BH": "Baréin|Bahreïn|Bahrein|Barém",
    "IQ": "Irak|Iraque", "JO": "Jordania|Jordanie|Jordânia", "KW": "Koweït", "LB": "Líbano|Liban",
    "OM": "Omán|Omã", "PS": "Palestina", "QA": "Catar", "SA": "Arabia Saudita|Arabie saoudite|Arábia Saudita",
    "SY": "Siria|Syrie|Síria", "AE": "Emiratos Árabes Unidos|Émirats arabes unis|Emirados Árabes Unidos|EAU",
    "YE": "Yémen|Iémen", "BZ": "Belice", "BO": "Bolivie|Bolívia", "BR": "Brasil|Brésil",
    "CO": "Colombie|Colômbia", "DO": "República Dominicana|République dominicaine", "EC": "Équateur|Equador",
    "HT": "Haití|Haïti", "MX": "Mexique", "PE": "Perú|Pérou", "SR": "Surinam",
    "TT": "Trinidad y Tobago|Trinité-et-Tobago|Trinidad e Tobago",
}  # fmt: skip
WITH_THE = frozenset({"PH", "GM", "US", "GB", "NL", "CD", "CG", "DO", "AE", "MV"})
"""The countries English names with the article: 'in the Philippines', 'the Gambia', 'the United States'."""
_COUNTRY_CODE = {
    fold(name).removeprefix("the "): code
    for table in (OTHER_LANGUAGES, COUNTRY_NAMES)
    for code, names in table.items()
    for name in names.split("|")
}
_CAPITALS = {  # the names with a capitals-only part: 'USA', 'UK', 'DR Congo', never 'usa' (Spanish 'uses')
    fold(name): tuple(word for word in re.split(r"[\W_]+", name) if len(word) > 1 and word.isupper())
    for table in (OTHER_LANGUAGES, COUNTRY_NAMES)
    for names in table.values()
    for name in names.split("|")
    if any(len(word) > 1 and word.isupper() for word in re.split(r"[\W_]+", name))
}
_NOT_IN_TEXT = frozenset({"korea", "congo"})  # which of two countries a text means: left to --country


def country_code(name: str) -> str | None:
    """The ISO 3166-1 alpha-2 code of a country name ('Republic of Moldova' -> 'MD'), or None."""
    stripped = re.sub(r"\(.*?\)", " ", name).strip()
    if stripped.upper() in COUNTRY_NAMES and re.fullmatch(r"[A-Za-z]{2}", stripped):
        return stripped.upper()
    return _COUNTRY_CODE.get(fold(stripped).removeprefix("the "))


LOWER_CASE_WORDS = frozenset(
    {
        "turkey",
        "chad",
        "jordan",
        "china",
        "guinea",
        "panama",
        "peru",
        "chile",
        "cuba",
        "ecuador",
        "equateur",
        "malta",
    }
)
"""Names that are also common words: in a text they name the country only when written with a capital."""

_IN_TEXT = lazyre.compile(
    r"\b(?:"
    + "|".join(
        r"[\W_]+".join(map(re.escape, key.split())) for key in sorted(_COUNTRY_CODE, key=len, reverse=True)
    )
    + r")\b",
    re.IGNORECASE,
)


GIVEN_NAMES = frozenset({"jordan", "georgia", "chad", "india", "kenya", "israel"})
"""Country names that are also people's first names: 'Jordan Smith' is a person, 'in Jordan' the country."""
BODY_WORDS = frozenset(
    """
    police government ministry national red crescent cross refugee refugees response plan compact office mission
    programme program project country team network coalition committee commission council authority federation
    association society foundation institute university embassy chapter branch section border coast valley
    river post times airways tech
    """.split()
)
"""What a capitalised word after a country names in the name of one of its bodies, plans or places
('Jordan Refugee Response', 'Georgia Red Cross'): the country, not a person's surname."""
TITLES = frozenset("mr mrs ms miss dr prof sr sra srta mme mlle m".split())
US_STATES = {"georgia": "after a city of the state", "mexico": "after New"}
"""Country names inside the name of a US state: 'Atlanta, Georgia' and 'New Mexico' name no country."""
GEORGIA_US_CITIES = frozenset(
    """atlanta savannah augusta athens macon columbus albany marietta valdosta roswell springs alpharetta
    decatur smyrna dalton gainesville rome robins brunswick statesboro kennesaw duluth lawrenceville
    """.split()
)
"""The cities of the US state: 'Atlanta, Georgia' is the state, 'Tbilisi, Georgia' or 'Batumi, Georgia' the country."""
_US_CONTEXT = lazyre.compile(r"^\W*(?:GA|USA|US|U\.S\.A?\.?|United States)(?!\w)")
PLACE_PREPOSITIONS = frozenset(
    """in into to from across throughout within inside at near towards toward around en dans au aux vers
    desde hacia para na no nos nas em""".split()
)
"""A word of place before 'Jordan', 'India', 'Chad': 'in Jordan Amman', 'to India Kerala' name the country."""
_NAME_WORD = lazyre.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")
_BEFORE = lazyre.compile(r"(?:([A-Z][a-z]+)\.?,|([A-Z][a-z]+)\.?)\s+$")
_PREPOSITION = lazyre.compile(
    r"(?<![\w-])(?:" + "|".join(sorted(PLACE_PREPOSITIONS)) + r")\s+$", re.IGNORECASE
)


def named_in(text: str) -> tuple[str, ...]:
    """The countries `text` names, once each, in the order it names them, each by the table's first spelling
    ("shelters in nepal and india" -> ("Nepal", "India")), in English, Spanish, French or Portuguese ("no Brasil").
    Codes ("NP") are not read in running text; abbreviations only in capitals ("USA", never the verb "usa")."""
    return tuple(english_name(code) for code in dict.fromkeys(code for code, _ in _mentions(text)))


def worked_in_and_destinations(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The countries `text` names split into where the project works and where people are taken to: a country
    after a word of destination ('traite des enfants vers le Nigeria et le Gabon', 'trafficked to Thailand',
    'from Nepal to India') is a destination unless the text also names it as a place of work."""
    mentions = _mentions(text)
    worked = dict.fromkeys(code for code, destination in mentions if not destination)
    destinations = dict.fromkeys(code for code, destination in mentions if destination and code not in worked)
    return tuple(map(english_name, worked)), tuple(map(english_name, destinations))


DESTINATION_WORDS = (
    "towards|toward|vers|hacia|rumo (?:a|ao|as|aos)|en route (?:to|for)|destined for|bound for|"
    "a destination de|(?:con|com) destino (?:a|al|ao|para)|en direction (?:de|du|des)"
)
MOVED = (
    r"traffick\w*|smuggl\w*|migrat\w*|emigrat\w*|sent|sold|taken|moved|recruited|transported|travel\w*|"
    r"exploited|envoy\w*|enviad\w*|llevad\w*|levad\w*|emmen\w*|vendu\w*|vendid\w*|(?:from|desde|depuis) \S+"
)
TRADE = r"(?:trafficking|smuggling|migration|traite|trata|trafico|trafic)\s+(?:of|de|des|du|da|do|das|dos)(?:\s+\S+){1,3}"
"""'To' (or 'into', 'au', 'a', 'para') names a destination only after a word of movement: 'trafficked to
Thailand', 'trafficking of women to', 'la trata de mujeres de Paraguay a', 'from Nepal to India'; 'assistance to
Nepal' and 'returning to India' do not."""
_LEAD_IN = r"(?:(?:the|le|la|les|l'|el|los|las|o|os|a|as)\s+)?"
_DESTINATION = lazyre.compile(
    r"(?:\b(?:" + DESTINATION_WORDS + r")|\b(?:(?:" + MOVED + r")(?:\s+\S+){0,2}?|" + TRADE + r")\s+"
    r"(?:to|into|au|aux|en|a|al|ao|para))\s+" + _LEAD_IN + r"$",
    re.IGNORECASE,
)
_LIST_JOIN = lazyre.compile(r"^\s*(?:,|,?\s*(?:and|or|et|ou|y|e|o)\b)\s*" + _LEAD_IN + r"$", re.IGNORECASE)
_RETURN = lazyre.compile(r"\b(?:return\w*|repatriat\w*|retour\w*|regres\w*|retorn\w*)\b", re.IGNORECASE)


def _mentions(text: str) -> list[tuple[str, bool]]:
    """Each country named in `text`, in order, with whether it is named as a destination."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    found: list[tuple[str, bool]] = []
    end = -1
    for match in _IN_TEXT.finditer(plain):
        written, key = match.group(0), fold(match.group(0))
        if (written.islower() and key in LOWER_CASE_WORDS) or key in _NOT_IN_TEXT:
            continue
        if any(word not in re.split(r"[\W_]+", written) for word in _CAPITALS.get(key, ())):
            continue
        if _a_person(plain, match, key) or _a_us_state(plain, match, key):
            continue
        before = plain[max(0, match.start() - 60) : match.start()]
        listed = bool(found) and found[-1][1] and bool(_LIST_JOIN.match(plain[end : match.start()]))
        destination = listed or (bool(_DESTINATION.search(before)) and not _RETURN.search(before))
        found.append((_COUNTRY_CODE[key], destination))
        end = match.end()
    return found


def english_name(code: str) -> str:
    """The table's first spelling of a country, with the article English gives it ('the Philippines')."""
    name = COUNTRY_NAMES[code].split("|")[0]
    return f"the {name}" if code in WITH_THE else name


def _a_person(text: str, match: re.Match[str], key: str) -> bool:
    """A first name, not the country: a title before it ('Ms Georgia …') or a surname after it ('Jordan Smith',
    a capitalised word that is neither a small word nor what names one of the country's bodies or places)."""
    if key not in GIVEN_NAMES:
        return False
    before = _BEFORE.search(text[max(0, match.start() - 40) : match.start()])
    if before and before.group(2) and fold(before.group(2)) in TITLES:
        return True
    if _PREPOSITION.search(text[max(0, match.start() - 20) : match.start()]):
        return False
    after = _NAME_WORD.match(text, match.end() + 1) if text[match.end() : match.end() + 1] == " " else None
    return bool(after) and fold(after.group(0)) not in BODY_WORDS | STOP_WORDS


def _a_us_state(text: str, match: re.Match[str], key: str) -> bool:
    """'New Mexico' and Georgia after one of the state's cities ('Atlanta, Georgia') or before 'GA'/'USA' are
    US states; after a city of the country ('Tbilisi, Georgia') or in a list of countries, Georgia is the country."""
    where = US_STATES.get(key)
    if where is None:
        return False
    before = _BEFORE.search(text[max(0, match.start() - 40) : match.start()])
    if where == "after New":
        return bool(before) and before.group(2) == "New"
    if _US_CONTEXT.match(text[match.end() : match.end() + 20]):
        return True
    return bool(before and before.group(1)) and fold(before.group(1)) in GEORGIA_US_CITIES
