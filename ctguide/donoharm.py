"""Do-no-harm readings of an indicator: target-prone measures and identifying data.

A target on how many people are identified, rescued, returned, accommodated, arrested or convicted
(or on raids) rewards volume: mislabelling, raids, longer shelter stays, returns against people's
wishes. Identifying data (names, addresses, photos, locations, phone numbers, biometrics) in M&E
records can expose whoever they describe. These are pure functions over text.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ctguide import lazyre
from ctguide.indicatortext import RELATIVE, adjective_position, read
from ctguide.wordlist import SHARE_LEADS, SHARE_LEADS_ES_FR

_HARM_VERBS = (
    r"identified|rescued|returned|repatriated|accommodated|sheltered|housed|referred|intercepted|removed|withdrawn|"
    r"arrested|prosecuted|convicted|detected|deported|raided|recovered|liberated|freed|"
    r"identificad[oa]s?|rescatad[oa]s?|repatriad[oa]s?|retornad[oa]s?|albergad[oa]s?|alojad[oa]s?|referid[oa]s?|"
    r"derivad[oa]s?|interceptad[oa]s?|detenid[oa]s?|arrestad[oa]s?|procesad[oa]s?|condenad[oa]s?|deportad[oa]s?|"
    r"identifi[ée]e?s?|secouru[e]?s?|rapatri[ée]e?s?|h[ée]berg[ée]e?s?|r[ée]f[ée]r[ée]e?s?|orient[ée]e?s?|"
    r"intercept[ée]e?s?|arr[êe]t[ée]e?s?|condamn[ée]e?s?|expuls[ée]e?s?|poursuivi[e]?s?"
)
THINGS = lazyre.compile(
    r"\b(?:ads?|advertisements?|adverts?|posts?|content|listings?|websites?|web ?pages?|pages?|accounts?|profiles?|"
    r"links?|urls?|barriers?|obstacles?|bottlenecks?|gaps?|fees?|costs?|assets?|funds?|proceeds|property|properties|"
    r"goods|products?|items?|shipments?|materials?|documents?|risks?|hazards?|issues?|problems?|vulnerabilit(?:y|ies)|"
    r"weaknesses|indicators?|red flags?|transactions?)\b",
    re.IGNORECASE,
)
RECEIVING_SHELTER = lazyre.compile(
    r"\b(?:receiving|received|given|provided with|placed in)\s+(?:(?:a|an|the|emergency|temporary|safe)\s+)*"
    r"(?:shelter|accommodation|housing|residential care)\b",
    re.IGNORECASE,
)
PEOPLE_CERTIFIED = lazyre.compile(
    r"\b(?:victims|survivors|persons|people|individuals|children|workers|migrants)\b(?:\s+[\w-]+){0,3}?\s+certified\b",
    re.IGNORECASE,
)  # certified as victims: an identification; agencies or trainers certified are not people counted as victims
HARM_VERB = lazyre.compile(rf"\b({_HARM_VERBS})\b", re.IGNORECASE)
PASSIVE_IN_CLAUSE = lazyre.compile(
    rf"^(?:(?:were|was|are|is|have been|has been|had been|being|got|get|will be)\s+)(?:\w+\s+)?({_HARM_VERBS})\b",
    re.IGNORECASE,
)
HARM_NOUN = lazyre.compile(
    r"\b(raids?|rescues|rescue (?:operations|missions)|arrests|returns|returnees|returning migrants|repatriations|prosecutions|convictions|"
    r"deportations|interceptions|identifications|referrals|removals|bed[- ]nights|withdrawals|redadas|"
    r"allanamientos|operativos de rescate|descentes|rafles|op[ée]rations de sauvetage)\b",
    re.IGNORECASE,
)
BETTER = (
    (lazyre.compile(r"identif|detect|rescu|rescat|secour|intercept|raid|redad|allanam|descente|rafle|recover", re.I),
     "a quality or coverage measure of identification, e.g. '% of people screened with the agreed tool who were "
     "referred within 48 hours' or '% of presumed victims identified who were not detained or penalised'"),
    (lazyre.compile(r"return|repatria|rapatri|retorn|deport|expuls", re.I),
     "the quality of returns, e.g. '% of returns that were voluntary and informed, with a risk assessment "
     "done before departure'"),
    (lazyre.compile(r"accommodat|shelter|hous|bed|alberg|aloj|h[ée]berg", re.I),
     "the quality of the stay, e.g. '% of residents who leave to a safe, stable living arrangement of their choice'"),
    (lazyre.compile(r"refer|r[ée]f[ée]r|deriv|orient", re.I),
     "what referral achieves, e.g. '% of referred victims who received the agreed service within 7 days'"),
    (lazyre.compile(r"remov|withdraw", re.I),
     "the care that follows, e.g. '% of children withdrawn who are in family-based care and attending school "
     "6 months later'"),
    (lazyre.compile(r"arrest|prosecut|convict|deten|proces|conden|arr[êe]t|condamn|poursui", re.I),
     "the quality of cases, e.g. '% of trafficking case files with evidence beyond victim testimony' or "
     "'median months from indictment to first-instance verdict'"),
)  # fmt: skip


PERCENT_FIRST = lazyre.compile(r"^\W*\d+(?:[.,]\d+)?\s*%")  # "100% of returnees reintegrated": a share
SHARES = SHARE_LEADS + SHARE_LEADS_ES_FR
QUALITY = lazyre.compile(
    r"\bwithin\s+\d+\s+(?:hours?|days?|weeks?)\b|\b(?:according to|in line with|in accordance with|following|"
    r"through|under)\s+(?:the\s+)?(?:agreed\s+|national\s+|standard\s+)?(?:protocol|procedures?|SOPs?|standards?|"
    r"guidelines|NRM|referral mechanism)\b|\b(?:voluntar\w*|with (?:their |informed )?consent|safely)\b",
    re.IGNORECASE,
)


AIMED_HARM = lazyre.compile(
    r"^\W*(?:increas(?:e|es|ing)|maximi[sz](?:e|ing)|expand(?:ing)?|scal(?:e|ing) up)\s+(?:the\s+)?"
    r"((?:identification|rescue|arrest|return|repatriation|deportation|interception|removal)s?)\s+of\b",
    re.IGNORECASE,
)  # "Increasing the identification of victims": a goal that sets more identifications as the aim


def harmful_measure(statement: str) -> str | None:
    """The words that make this a count or share of people identified, returned, arrested … (or raids).

    A share held to a standard ("% of contacts referred according to the protocol", "… within 48 hours",
    "returns that were voluntary") measures the quality of the act, not its volume."""
    if aimed := AIMED_HARM.match(statement):
        return aimed.group(1)
    reading = read(statement)
    share = reading.lead in SHARES or bool(PERCENT_FIRST.match(statement))
    if share and QUALITY.search(statement):
        return None
    if reading.clause:
        measured = RELATIVE.split(reading.clause)[-1].strip() if share else reading.clause
        passive = PASSIVE_IN_CLAUSE.match(
            measured
        )  # "% of children who were identified … who are reintegrated"
        counted = HARM_NOUN.search(reading.head) if not share else None
        return passive.group(1) if passive else counted.group(1) if counted else None
    noun = HARM_NOUN.search(statement)
    if noun and not (noun.group(1).lower() in ("returnees", "returning migrants") and share):
        return noun.group(1)  # a share *of* returnees measures what happens to them, not returns
    for match in HARM_VERB.finditer(statement):
        if not adjective_position(statement, match.start()):
            return None if THINGS.search(statement[: match.start()]) else match.group(1)
    shelter = RECEIVING_SHELTER.search(statement) or PEOPLE_CERTIFIED.search(statement)
    return shelter.group(0) if shelter else None


def better_measure(words: str) -> str:
    return next((text for pattern, text in BETTER if pattern.search(words)), BETTER[0][1])


class Identifying(NamedTuple):
    kind: str  # what an ethics note must mention to address it
    words: str  # what was found


_NEGATED = lazyre.compile(
    r"(?:\bno|\bwithout|\bnever|\bnot|\bremov\w*|\bstrip\w*|\bexclud\w*|\banonymi\w*|\bwithh[oe]\w*|\bhid\w*|"
    r"\bconceal\w*)(?:\s+\w+){0,2}\s*$",
    re.IGNORECASE,
)
_VERB_BEFORE = lazyre.compile(
    r"(?:\bcan|\bcould|\bto|\bwho|\bthat|\bwhich|\bit|\bmust|\bshould|\bwill|\bcorrectly|\balso|\bthen|\bnot|"
    r"\bwork|\bproject|\bprogramme|\bpolicy|\blaw|\bplan|\bstrategy|\bmodule|\bthis)\s*$",
    re.IGNORECASE,
)
_DETERMINER_AFTER = lazyre.compile(
    r"^\s*(?:the|a|an|at least|one|two|three|four|five|as|unprompted|their|his|her|its|any|each|every|which|what|"
    r"who|where|\d)\b",
    re.IGNORECASE,
)
_NOT_PERSONAL = lazyre.compile(
    r"(?:\bsupplier|\bcompany|\bcompanies|\bfield|\blocal|\bbrand|\bproduct|\bplace|\bfile|\bdomain|\bbusiness|"
    r"\bservice|\bagency|\borganisation|\borganization|\bemployer's|\bwebsite)\s*$",
    re.IGNORECASE,
)
_OF_THINGS = lazyre.compile(r"^\s*of\s+(?:the\s+)?(?:minutes|documents?|records?|meetings?|sites?|premises|facilities|"
                        r"materials?|posters?|events?|venues?)\b", re.IGNORECASE)  # fmt: skip
_ORGANISATIONS = lazyre.compile(r"\b(?:services?|providers?|partners?|agenc(?:y|ies)|hotline|helpline|organi[sz]ations?|"
                            r"focal points?|offices?|directory)\b", re.IGNORECASE)  # fmt: skip
_PEOPLES = lazyre.compile(
    r"\b(?:callers|victims|survivors|clients|participants|beneficiaries|respondents|residents|workers|migrants|"
    r"children|parents|families|graduates|trainees|contactors|users)'\s*$|\b(?:caller|victim|survivor|client|"
    r"participant|beneficiary|respondent|resident|worker|migrant|child|parent|user)'s\s*$",
    re.IGNORECASE,
)  # "the callers' phone numbers": people's numbers, even when a hotline holds them
_SENTENCE_SAFEGUARD = lazyre.compile(
    r"\b(?:never|not|no|without|remov\w*|replac\w*|cod(?:e|ed|es)|pseudonym\w*|anonymi\w*|encrypt\w*|delet\w*|"
    r"destroy\w*|separate\w*|withh[oe]ld\w*|confidential\w*)\b",
    re.IGNORECASE,
)
IDENTIFYING = (
    ("name", lazyre.compile(r"\b(?:full |first |last |family |sur|real )?names?\b", re.IGNORECASE)),
    ("address", lazyre.compile(r"\b(?:home |street |residential |postal |e-?mail |IP )?address(?:es)?\b", re.IGNORECASE)),
    ("photo", lazyre.compile(r"\b(?:photo\w*|pictures?|images? of|videos? of|video recordings?)\b", re.IGNORECASE)),
    ("location", lazyre.compile(r"\b(?:GPS|geo-?locat\w*|coordinates|location data|phone location|geotag\w*)\b", re.IGNORECASE)),
    ("phone", lazyre.compile(r"\b(?:(?:mobile |tele)?phone numbers?|mobile numbers?|contact details|WhatsApp numbers?)\b",
                         re.IGNORECASE)),
    ("biometric", lazyre.compile(r"\b(?:biometric\w*|fingerprint\w*|iris scans?|facial recognition)\b", re.IGNORECASE)),
    ("birth", lazyre.compile(r"\b(?:dates? of birth|passport (?:numbers?|copies|scans)|ID numbers?|identity card numbers?|"
                         r"(?:copies|scans|photocopies) of (?:their |the )?(?:passports?|ID cards?|identity (?:cards?|documents?)))\b",
                         re.IGNORECASE)),
)  # fmt: skip
ANY_IDENTIFYING = lazyre.compile(
    "|".join(f"(?:{pattern.pattern})" for _, pattern in IDENTIFYING), re.IGNORECASE
)
KIND_WORDS = {
    "name": r"name", "address": r"address", "photo": r"photo|picture|image|video", "location": r"gps|locat|coordinat",
    "phone": r"phone|mobile|contact detail", "biometric": r"biometric|fingerprint|iris|facial", "birth": r"birth|passport|id number|id card|identity",
}  # fmt: skip
SAFEGUARD = lazyre.compile(
    r"\b(?:no|never|not|without|consent\w*|encrypt\w*|pseudonym\w*|anonymi\w*|remov\w*|delet\w*|destroy\w*|"
    r"separate\w*|restricted|access|coded|code|stored|blur\w*|replaced|kept apart|locked)\b",
    re.IGNORECASE,
)


def identifying_data(texts: list[str]) -> list[Identifying]:
    """Identifying data about people that the indicator's own fields say will be recorded.

    Mentions that deny or protect it ("no names", "names are replaced by codes") do not count, nor the
    verbs ("can name two help points", "to address needs") nor data about organisations or documents.
    """
    found: dict[str, Identifying] = {}
    for text in texts:
        if not ANY_IDENTIFYING.search(text):
            continue
        for sentence in re.split(r"(?<=[.;])\s+", text):
            if _SENTENCE_SAFEGUARD.search(sentence):
                continue
            for kind, pattern in IDENTIFYING:
                if kind not in found and (match := _personal(kind, pattern, sentence)):
                    found[kind] = Identifying(kind, match)
    return list(found.values())


def _personal(kind: str, pattern: lazyre.LazyPattern, sentence: str) -> str | None:
    for match in pattern.finditer(sentence):
        before, after = sentence[: match.start()], sentence[match.end() :]
        if _NEGATED.search(before) or _NOT_PERSONAL.search(before):
            continue
        if kind in ("name", "address") and (_VERB_BEFORE.search(before) or _DETERMINER_AFTER.match(after)):
            continue
        if kind == "photo" and _OF_THINGS.match(after):
            continue
        if kind == "phone" and _ORGANISATIONS.search(sentence) and not _PEOPLES.search(before):
            continue
        return match.group(0)
    return None


def addressed(kind: str, ethics_notes: tuple[str, ...]) -> bool:
    """An ethics note names this kind of data together with a safeguard for it."""
    mention = re.compile(KIND_WORDS[kind], re.IGNORECASE)
    return any(mention.search(note) and SAFEGUARD.search(note) for note in ethics_notes)
