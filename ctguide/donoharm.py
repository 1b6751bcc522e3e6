"""Do-no-harm readings of an indicator: target-prone measures and identifying data.

A target on how many people are identified, rescued, returned, accommodated, arrested or convicted
(or on raids) rewards volume: mislabelling, raids, longer shelter stays, returns against people's
wishes. Identifying data (names, addresses, photos, locations, phone numbers, biometrics) in M&E
records can expose whoever they describe. These are pure functions over text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from ctguide import lazyre
from ctguide.indicatortext import RELATIVE, Reading, adjective_position, read
from ctguide.wordlist import SHARE_LEADS, SHARE_LEADS_ES_FR

# What a target on people found, moved or punished rewards, as word stems with the endings each language gives
# its past participles ("identified", identificados, identificadas, identifiées, resgatados): the forms are
# made by the endings, not listed one by one.
_PARTICIPLE_EN = (
    r"(?:identifi|rescu|return|repatriat|accommodat|shelter|hous|referr|intercept|remov|arrest|prosecut|convict|"
    r"detect|deport|raid|recover|liberat|fre|detain|apprehend|expell|dismantl)ed|withdrawn"
)
_PARTICIPLE_ES_PT = (  # Spanish and Portuguese: -ado, -ada, -ados, -adas, -ido, -ida, -idos, -idas
    r"(?:identific|rescat|resgat|repatri|retorn|alberg|aloj|acog|acolh|abrig|refer|deriv|remit|encaminh|intercept|"
    r"deten|det|arrest|enjuici|conden|deport|expuls|liber|detect|desarticul|desmantel)(?:ad|id)[oa]s?|pres[oa]s"
)
_PARTICIPLE_FR = (  # French: -é, -ée, -és, -ées, and -u(e)(s), -i(e)(s) for secourir, poursuivre, accueillir
    r"(?:identifi|sauv|rapatri|h[ée]berg|orient|r[ée]f[ée]r|intercept|interpell|arr[êe]t|condamn|expuls|d[ée]tect|"
    r"lib[ée]r|renvoy|d[ée]mantel)[ée]e?s?|(?:secour|d[ée]ten)ue?s?|(?:poursuiv|accueill)ie?s?"
)
_HARM_VERBS = f"{_PARTICIPLE_EN}|{_PARTICIPLE_ES_PT}|{_PARTICIPLE_FR}"
_HARM_NOUNS = (  # the acts counted as nouns, in the plural a count uses
    r"raids?|rescues|rescue (?:operations|missions)|returnees|returning migrants|bed[- ]nights|"
    r"(?:identification|arrest|return|repatriation|prosecution|conviction|deportation|interception|referral|removal|"
    r"withdrawal|detention|apprehension|expulsion)s|"
    r"(?:identificac|repatriac|derivac|detenc|deportac|intercepc|remis|expuls)iones|"
    r"(?:rescate|retorno|arresto|redada|allanamiento|condena)s|operativos de rescate|"
    r"(?:rapatriement|retour|orientation|arrestation|interpellation|condamnation|poursuite|descente|rafle|sauvetage)s|"
    r"op[ée]rations de sauvetage|"
    r"(?:identifica|repatria|deten|condena|deporta|intercep|expuls)[çc][õo]es|(?:resgate|encaminhamento|batida)s|"
    r"pris[õo]es|opera[çc][õo]es de resgate|sentencias|senten[çc]as|jugements|"
    r"sentences (?:handed down|imposed|passed|issued|delivered|pronounced)"
)
THINGS = lazyre.compile(
    r"\b(?:ads?|advertisements?|adverts?|posts?|content|listings?|websites?|web ?pages?|pages?|accounts?|profiles?|"
    r"links?|urls?|barriers?|obstacles?|bottlenecks?|gaps?|fees?|costs?|assets?|funds?|proceeds|property|properties|"
    r"wages?|salar(?:y|ies)|earnings|arrears|back ?pay|money|amounts?|salarios?|sal[áa]rios?|salaires?|"
    r"goods|products?|items?|shipments?|materials?|documents?|risks?|hazards?|issues?|problems?|vulnerabilit(?:y|ies)|"
    r"weaknesses|indicators?|red flags?|transactions?|reports|(?:case )?files|records|breakdowns?|statistics)\b",
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
PEOPLE_INDICTED = lazyre.compile(
    r"\b(?:personas|pessoas|tratantes|traficantes|sospechosos|suspeitos|autores|acusados|funcionarios|"
    r"funcion[aá]rios|agentes|reclutadores|recrutadores|empleadores|empregadores)\b(?:\s+[\w-]+){0,3}?\s+"
    r"(?:que\s+(?:fueron|foram)\s+)?(process?ad[oa]s)\b",
    re.IGNORECASE,
)  # procesar/processar a person is to indict them; cases or files processed are only handled, as in English
HARM_VERB = lazyre.compile(rf"\b({_HARM_VERBS})\b", re.IGNORECASE)
POPULATION_NEXT = lazyre.compile(
    r"^\s+(?:survivors|victims|persons|people|individuals|children|migrants|workers|women|girls|boys|nationals|"
    r"residents|returnees|families|households|youth|adolescents)\b",
    re.IGNORECASE,
)  # "% of returned survivors earning a regular income": in a share the participle names who is followed
PERMITS_HEAD = lazyre.compile(r"^(?:[\w-]+\s+){0,2}?(?:permits?|visas?)\b", re.IGNORECASE)
_SETTLED = (  # where people housed are doing well: a stable home, or after they left the programme
    r"(?:\s+(?:safely|successfully|fully|stably|independently|permanently|sustainably))?\s+(?:"
    r"(?:after|following|since|by the time of)\s+(?:their\s+|the\s+)?(?:exit|leaving|departure|discharge|"
    r"(?:case\s+)?closure|completion|graduation)\b|(?:in|into|within)\s+(?:(?:a|an|the|their)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:stable|permanent|independent|long-term|durable|family-based|community-based)\b|"
    r"\d+\s+(?:months?|weeks?|years?)\s+after\s+(?:their\s+|the\s+)?(?:exit|leaving|departure|"
    r"discharge|closure|return)\b|"
    r"(?:despu[ée]s|luego)\s+(?:de|del)\s+(?:la\s+|su\s+)?(?:salida|egreso|alta|cierre)|depois\s+d[ao]\s+(?:sua\s+)?"
    r"(?:sa[íi]da|alta|encerramento)|apr[èe]s\s+(?:la\s+|leur\s+|sa\s+)?(?:sortie|fin de prise en charge)|"
    r"(?:en|em|dans)\s+(?:una\s+|uma\s+|un\s+)?(?:vivienda|moradia|habita[çc][ãa]o|logement)\s+(?:estable|est[áa]vel|"
    r"permanente|independiente|independente|stable|durable|ind[ée]pendant|p[ée]renne))"
)
_AT_SCHOOL = (  # back at school or at work at home, not returned to work abroad ("returned to work in the Gulf")
    r"(?:\s+(?:safely|successfully|back))?\s+(?:to\s+(?:(?:the|their|formal|full-time)\s+)?(?:school|education|"
    r"class(?:es)?|studies|training)\b|to\s+(?:(?:their|formal|full-time|decent)\s+)?(?:work|employment|jobs?)\b"
    r"(?!\s+(?:abroad|overseas)\b|\s+(?:in|at)\s+(?:the\s+)?(?-i:[A-Z]))|"
    r"(?:a\s+la|al|a|ao|[àa]\s+l')\s*(?:escuela|escola|[ée]cole|trabajo|trabalho|emploi)\b)"
)
_OUT_OF_DEBT = r"\s+(?:from\s+(?:their\s+|the\s+)?(?:debts?|loans?)(?!\s+bondage)|(?:d[ae]s|de(?:\s+(?:sus|suas|leurs))?)\s+(?:deudas|d[íi]vidas|dettes))\b"
_HEALED = (
    r"\s+from\s+(?:their\s+|the\s+)?(?:trauma|injur\w*|illness\w*|ill-health|addiction|depression|distress)\b"
)
GOOD_STATES = (  # participles that can name a good state, each with the words that make it one
    (lazyre.compile(r"(?:hous|accommodat|resettl|reintegrat)ed|(?:aloj|alberg|acog|acolh|abrig)(?:ad|id)[oa]s?|"
                    r"h[ée]berg[ée]e?s?|accueillie?s?", re.I), lazyre.compile(rf"^{_SETTLED}", re.I)),
    (lazyre.compile(r"returned|retornad[oa]s?", re.I), lazyre.compile(rf"^{_AT_SCHOOL}", re.I)),
    (lazyre.compile(r"freed|liberated|liberad[oa]s?|lib[ée]r[ée]e?s?", re.I), lazyre.compile(rf"^{_OUT_OF_DEBT}", re.I)),
    (lazyre.compile(r"recovered", re.I), lazyre.compile(rf"^{_HEALED}|^{_SETTLED}", re.I)),
)  # fmt: skip
# "housed in stable accommodation after exit", "returned to school", "freed from debt": what went well for them.
# Acts that find, move or hold people (identified, intercepted, detained, deported, rescued …) never are,
# wherever or whenever they happened ("detained in secure facilities", "intercepted at departure points").
_LAST_WORD = lazyre.compile(r"[\w'-]+$")
_TAKEN = lazyre.compile(
    r"^\s+(?:by|from|during|through|when|where|(?:in|at|on)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:raids?|operations?|"
    r"rescues?|inspections?|brothels?|workplaces?|sites?|streets?|borders?|airports?|ports?|checkpoints?|points?|"
    r"crossings?|sea|vessels?|boats?))\b",
    re.IGNORECASE,
)


def good_outcome(text: str, end: int) -> bool:
    """The participle ending at `end` says where people are now doing well, not what was done to find, move or
    hold them: housed after exit, returned to school, freed from debt. People "recovered" on their own have got
    better; only a place or an agent ("recovered from the streets", "by the police") makes it a rescue."""
    word = _LAST_WORD.search(text[:end])
    if word is None:
        return False
    after = text[end:]
    if any(participle.fullmatch(word.group(0)) and state.match(after) for participle, state in GOOD_STATES):
        return True
    return word.group(0).lower() == "recovered" and not _TAKEN.match(after)


def _acts(text: str) -> Iterator[re.Match[str]]:
    """Harm participles of `text` used as verbs (not before their noun) that name an act, not a good outcome."""
    return (
        m
        for m in HARM_VERB.finditer(text)
        if not adjective_position(text, m.start()) and not good_outcome(text, m.end())
    )


PASSIVE_IN_CLAUSE = lazyre.compile(
    rf"^(?:(?:were|was|are|is|have been|has been|had been|being|got|get|will be)\s+)(?:\w+\s+)?({_HARM_VERBS})\b",
    re.IGNORECASE,
)
HARM_NOUN = lazyre.compile(rf"\b({_HARM_NOUNS})\b", re.IGNORECASE)
ACT_RATE = lazyre.compile(
    r"\b((?:conviction|arrest|identification|rescue|repatriation|deportation|interception|detection|prosecution)\s+"
    r"(?:rates?|figures|numbers|counts|totals)|"
    r"tasas?\s+de\s+(?:condena|detenci[oó]n|identificaci[oó]n|repatriaci[oó]n|rescate|deportaci[oó]n)|"
    r"taux\s+d(?:e\s+|')(?:condamnation|arrestation|identification|rapatriement|expulsion|interpellation)|"
    r"taxas?\s+de\s+(?:condena[çc][ãa]o|pris[ãa]o|identifica[çc][ãa]o|repatria[çc][ãa]o|resgate|deporta[çc][ãa]o))\b",
    re.IGNORECASE,
)  # the act as the modifier of a rate or a figure: "conviction rates", "tasa de condena", "taux de condamnation"
VICTIM_STATUS = lazyre.compile(
    r"\b((?:residence|resident|work|stay|humanitarian|T)\s+(?:and\s+work\s+)?(?:permits?|visas?)|"
    r"permisos?\s+de\s+(?:residencia|trabajo)|titres?\s+de\s+s[ée]jour|autoriza[çc](?:[ãa]o|[õo]es)\s+de\s+resid[êe]ncia)"
    r"\b[^,;:]{0,50}?\b(?:granted|issued|provided|given|concedid[oa]s?|otorgad[oa]s?|d[ée]livr[ée]s?|emitid[oa]s?)\s+"
    r"(?:to|a|aux?|à|às)\b[^,;:]{0,40}?\b(?:victims?|survivors?|v[íi]c?timas?|victimes?|sobrevivientes|sobreviventes)\b",
    re.IGNORECASE,
)  # a permit granted to victims: a status that grows with every person identified as one (pitfall INC on LEG-10)
REPORTED_CASES = lazyre.compile(
    r"\b(?:(?:police|officially|self)-(?:reported|recorded)\s+(?:[\w-]+\s+){0,2}?(?:cases|incidents|crimes|offen[cs]es)|"
    r"(?:cases|incidents|crimes|offen[cs]es)\b(?:\s+of\s+[^,;:]{1,90}?)?\s+(?:(?:were|was|being|that were)\s+)?"
    r"(?:(?:officially|formally)\s+)?(?:reported|registered|recorded|notified|logged)|"
    r"(?:casos|delitos|incidentes)\b(?:\s+de\s+[^,;:]{1,90}?)?\s+(?:registrados|denunciados|reportados|notificados|"
    r"registados)|cas\b(?:\s+d(?:e\s+|')[^,;:]{1,90}?)?\s+(?:signal[ée]s|enregistr[ée]s|d[ée]clar[ée]s|recens[ée]s))\b",
    re.IGNORECASE,
)  # a count of the crimes or the violence reported: it grows with the pressure to report, as detections do

BETTER = (
    (lazyre.compile(r"identif|detect|rescu|rescat|resgat|secour|sauv|intercept|raid|redad|allanam|batid|descente|rafle|recover|liber|freed", re.I),
     "a quality or coverage measure of identification, e.g. '% of people screened with the agreed tool who were "
     "referred within 48 hours' or '% of presumed victims identified who were not detained or penalised'"),
    (lazyre.compile(r"return|repatri|rapatri|retorn|retour|deport|expuls|renvoy", re.I),
     "the quality of returns, e.g. '% of returns that were voluntary and informed, with a risk assessment "
     "done before departure'"),
    (lazyre.compile(r"accommodat|shelter|hous|bed|alberg|aloj|acog|acolh|abrig|h[ée]berg|accueil", re.I),
     "the quality of the stay, e.g. '% of residents who leave to a safe, stable living arrangement of their choice'"),
    (lazyre.compile(r"refer|r[ée]f[ée]r|deriv|remi[st]|encaminh|orient", re.I),
     "what referral achieves, e.g. '% of referred victims who received the agreed service within 7 days'"),
    (lazyre.compile(r"remov|withdraw", re.I),
     "the care that follows, e.g. '% of children withdrawn who are in family-based care and attending school "
     "6 months later'"),
    (lazyre.compile(r"arrest|prosecut|convict|detain|deten|det[ie]d|pres[oa]s|pris[õo]es|proces|enjuic|conden|arr[êe]t|interpell|condamn|poursui|"
                    r"sentenc|senten[çc]|jugement|dismantl|desarticul|desmantel|d[ée]mantel", re.I),
     "the quality of cases, e.g. '% of trafficking case files with evidence beyond victim testimony' or "
     "'median months from indictment to first-instance verdict'"),
    (lazyre.compile(r"report|regist|record|notif|logged|denunci|signal|enregistr|d[ée]clar|recens", re.I),
     "what follows a report, e.g. '% of reported cases in which the person received the agreed response within "
     "72 hours, with their consent'"),
)  # fmt: skip


PERCENT_FIRST = lazyre.compile(r"^\W*\d+(?:[.,]\d+)?\s*%")  # "100% of returnees reintegrated": a share
LABEL = lazyre.compile(r"^[^:;]{1,60}:\s*")  # "Name of the indicator: % of …", the measure after its label
SHARES = SHARE_LEADS + SHARE_LEADS_ES_FR
QUALITY = lazyre.compile(
    r"\bwithin\s+\d+\s+(?:hours?|days?|weeks?)\b|\b(?:according to|in line with|in accordance with|following|"
    r"through|under)\s+(?:the\s+)?(?:agreed\s+|national\s+|standard\s+)?(?:protocol|procedures?|SOPs?|standards?|"
    r"guidelines|NRM|referral mechanism)\b|\b(?:voluntar\w*|with (?:their |informed )?consent|safely)\b|"
    r"\bwithout (?:being |receiving (?:any |an? )?)?(?:detained|penali[sz]ed|punished|arrested|deported|"
    r"(?:[\w-]+ )?(?:penalt(?:y|ies)|sanctions?|detention))\b|\bpreceded by\b",
    re.IGNORECASE,
)  # held to a standard: in time, by the protocol, by choice, without harm to the person, after an assessment


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
    label = LABEL.match(statement)
    share = (
        reading.lead in SHARES
        or bool(PERCENT_FIRST.match(statement))
        or (label is not None and read(statement[label.end() :]).lead in SHARES)
    )
    if share and QUALITY.search(statement):
        return None
    if rate := ACT_RATE.search(statement):
        return rate.group(1)
    if not share and (indicted := PEOPLE_INDICTED.search(statement)):
        return indicted.group(1)
    if not share and not QUALITY.search(statement) and (reported := REPORTED_CASES.search(statement)):
        return reported.group(0)
    if (status := VICTIM_STATUS.search(statement)) and not (share and PERMITS_HEAD.match(reading.head)):
        return status.group(
            1
        )  # a share *of* permits (by the ground they were granted on) is not their number
    if reading.clause:
        return _in_clause(reading, share)
    noun = HARM_NOUN.search(statement)
    if noun and share and RULING_QUALITY.match(statement[noun.end() :]) and RULING.fullmatch(noun.group(1)):
        return None  # a share of rulings with a quality (reparation, within 12 months) is the better measure
    if noun and not (noun.group(1).lower() in ("returnees", "returning migrants") and share):
        return noun.group(1)  # a share *of* returnees measures what happens to them, not returns
    if not reading.lead and (first := _acted_first(statement)):
        return first
    for match in _acts(statement):
        if share and POPULATION_NEXT.match(statement[match.end() :]):
            continue  # a share of returned survivors measures what happens to them, not returns
        return None if THINGS.search(statement[: match.start()]) else match.group(1)
    shelter = RECEIVING_SHELTER.search(statement) or PEOPLE_CERTIFIED.search(statement)
    return shelter.group(0) if shelter else None


RULING = lazyre.compile(
    r"sentencias|senten[çc]as|jugements|sentences(?: [\w-]+)?|condenas|condamnations|convictions",
    re.IGNORECASE,
)
RULING_QUALITY = lazyre.compile(
    r"^(?:\s+(?!(?:de|of|du|des|do|da|del)\b)[\w-]+){0,2}?\s+(?:con|com|avec|with|that|which|que|qui|dont|"
    r"within|dans un d[ée]lai|en un plazo|dentro de|no prazo|em at[ée]|en moins de)\b",
    re.IGNORECASE,
)  # "jugements rendus dans un délai de 12 mois", "sentenças com reparação": what the ruling gave, not how many
_FOLLOWED_UP = lazyre.compile(
    r"^(?:\s+[\w-]+){1,3}?\s+(?:(?!(?:during|following|including|regarding|concerning|according|pending|being|"
    r"having)\b)[a-z]+ing\b|who|whose|that|where|\d+\s+(?:months?|weeks?|years?)\s+(?:after|later)\b)",
    re.IGNORECASE,
)  # "Returned migrants reporting stable income", "Rescued children living in family-based care 6 months later"


def _acted_first(statement: str) -> str | None:
    """A bare noun phrase that starts with the act: the people it was done to are what is counted, whether the
    participle is the head ("Detenidos por trata", "Rescatados en operativos") or precedes it ("Rescued children").
    Things acted on ("Removed URLs", "Identified risks") are not people."""
    first = HARM_VERB.match(statement.strip())
    if first is None or good_outcome(statement.strip(), first.end()):
        return None
    rest = statement.strip()[first.end() :]
    if _FOLLOWED_UP.match(rest):
        return None  # people described by what happened to them, measured on an outcome
    following = " ".join(rest.split()[:3])
    return None if THINGS.search(following) else first.group(1)


def _in_clause(reading: Reading, share: bool) -> str | None:
    """A statement with a relative clause: the act the clause says happened to those counted ("% of children
    who were identified … who are reintegrated"), or, in a count, the act the head names ("workers freed when
    the inspectors visited", "children identified as victims for whom …"). A share of things (reports
    identified through screening) measures how they were found, not how many people were."""
    measured = RELATIVE.split(reading.clause)[-1].strip() if share else reading.clause
    if share and THINGS.search(reading.head):
        return None
    if (passive := PASSIVE_IN_CLAUSE.match(measured)) and not good_outcome(measured, passive.end()):
        return passive.group(1)
    if share:
        return None
    if counted := HARM_NOUN.search(reading.head):
        return counted.group(1)
    head = reading.head
    acted = next(_acts(head), None)
    return acted.group(1) if acted and not THINGS.search(head[: acted.start()]) else None


def better_measure(words: str) -> str:
    return next((text for pattern, text in BETTER if pattern.search(words)), BETTER[0][1])


class Identifying(NamedTuple):
    kind: str  # what an ethics note must mention to address it
    words: str  # what was found


_NEGATED = lazyre.compile(
    r"(?:\bno|\bwithout|\bnever|\bnot|\bremov\w*|\bstrip\w*|\bexclud\w*|\banonymi\w*|\bwithh[oe]\w*|\bhid\w*|"
    r"\bconceal\w*|\bsin|\bsans|\bsem|\bnunca|\bjamais|\bning[úu]n\w*|\baucun\w*|\bnenhum\w*|\banonimi\w*)(?:\s+\w+){0,2}\s*$",
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
    r"\b(?:never|not|no|without|remov\w*|replac\w*|(?<!numeric )(?<!personal )(?<!national )cod(?:e|ed|es)|"
    r"pseudonym\w*|anonymi\w*|encrypt\w*|delet\w*|destroy\w*|separate\w*|withh[oe]ld\w*|confidential\w*|"
    r"sin|sans|sem|nunca|jamais|sustitu\w*|remplac\w*|substitu\w*|c[óo]dig\w*|anonimi\w*|cifrad\w*|chiffr\w*|"
    r"elimin\w*|supprim\w*|confidencial\w*|confidentiel\w*)\b",
    re.IGNORECASE,
)
IDENTIFYING = (
    ("name", lazyre.compile(r"\b(?:full |first |last |family |sur|real )?names?\b|"
                        r"\b(?:el|su|sus|los|con|cada)\s+nombres?\b|\bnombres? y apellidos?\b|\bapellidos?\b|"
                        r"\b(?:le|les|leur|leurs|son|ses|avec|sans)\s+noms?\b|\bpr[ée]noms?\b|(?<!\bem )\bnomes?\b",
                        re.IGNORECASE)),
    ("address", lazyre.compile(r"\b(?:home |street |residential |postal |e-?mail |IP )?address(?:es)?\b|"
                           r"\bdomicilios?\b|(?-i:\bdirecci[oó]n(?:es)?\b)(?!\s+(?-i:[A-Z]))|\badresses?\b|"
                           r"\bendere[çc]os?\b|\bmoradas?\b", re.IGNORECASE)),
    ("photo", lazyre.compile(r"\b(?:photo\w*|pictures?|images? of|videos? of|video recordings?|screenshots?)\b|"
                         r"\b\w+(?:'s|s')\s+(?:images|faces)\b|\bfotograf\w*|\bfotos?\b|"
                         r"\b(?:im[áa]genes|imagens|images(?=\s+d(?:es?|u)\b)|capturas? de (?:pantalla|tela)|captures? d'[ée]cran)\b", re.IGNORECASE)),
    ("location", lazyre.compile(r"\b(?:GPS|geo-?locat\w*|coordinates|location data|phone location|geotag\w*|"
                            r"geolocaliza\w*|ubicaci[óo]n|localiza[çc][ãa]o|localisation|coordenadas|coordonn[ée]es)\b",
                            re.IGNORECASE)),
    ("phone", lazyre.compile(r"\b(?:(?:mobile |tele)?phone numbers?|mobile numbers?|contact details|WhatsApp numbers?|"
                         r"tel[ée]fonos?|telefones?|t[ée]l[ée]phones?|celulares?|datos de contacto|coordonn[ée]es t[ée]l[ée]phoniques)\b",
                         re.IGNORECASE)),
    ("biometric", lazyre.compile(r"\b(?:biometric\w*|fingerprint\w*|iris scans?|facial recognition|biom[ée]tric\w*|"
                             r"huellas? dactilares|empreintes? digitales?|impress[õo]es digitais)\b", re.IGNORECASE)),
    ("birth", lazyre.compile(r"\b(?:dates? of birth|passport (?:numbers?|copies|scans)|ID numbers?|identity card numbers?|"
                         r"(?:copies|scans|photocopies) of (?:their |the )?(?:passports?|ID cards?|identity (?:cards?|documents?))|"
                         r"(?:personal|national) (?:numeric |identification |ID )?(?:codes?|numbers?)|"
                         r"fechas? de nacimiento|dates? de naissance|datas? de nascimento|pasaportes?|passeports?|passaportes?|"
                         r"documentos? de identidad|cartes? d'identit[ée]|carteiras? de identidade|"
                         r"(?-i:DNI|CURP|NIE|CPF|NIF|RUT|CNP))\b", re.IGNORECASE)),
)  # fmt: skip
ANY_IDENTIFYING = lazyre.compile(
    "|".join(f"(?:{pattern.pattern})" for _, pattern in IDENTIFYING), re.IGNORECASE
)
KIND_WORDS = {
    "name": r"name|nombre|apellido|\bnoms?\b|pr[ée]nom|\bnomes?\b", "address": r"address|domicilio|direcci|adresse|endere|morada",
    "photo": r"photo|picture|image|video|screenshot|foto|imagen|imag|capture", "location": r"gps|locat|coordinat|ubicaci|locali|coorden|coordonn",
    "phone": r"phone|mobile|contact detail|tel[ée]fon|telefon|celular|contacto",
    "biometric": r"biometric|fingerprint|iris|facial|biom[ée]tric|huella|empreinte|impress",
    "birth": r"birth|passport|id number|id card|identity|nacimiento|naissance|nascimento|pasaporte|passeport|passaporte|"
             r"identidad|identit|documento|code|c[óo]digo|\b(?:DNI|CURP|NIE|CPF|NIF|RUT|CNP)\b",
}  # fmt: skip
SAFEGUARD = lazyre.compile(
    r"\b(?:no|never|not|without|consent\w*|encrypt\w*|pseudonym\w*|anonymi\w*|remov\w*|delet\w*|destroy\w*|"
    r"separate\w*|restricted|access|coded|code|stored|blur\w*|replaced|kept apart|locked|"
    r"sin|sans|sem|nunca|jamais|jam[áa]s|ning[úu]n\w*|aucun\w*|nenhum\w*|anonimi\w*|cifrad\w*|chiffr\w*|criptograf\w*|"
    r"seud[óo]nim\w*|pseudonim\w*|c[óo]dig\w*|codes?|acceso|acc[èe]s|acesso|restringid\w*|restreint\w*|"
    r"elimin\w*|suprim\w*|supprim\w*|borrad\w*|apagad\w*|separad\w*|s[ée]par[ée]\w*|agregad\w*|agr[ée]g[ée]\w*)\b",
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


_THING = lazyre.compile(
    r"tel[ée]fonos?|telefones?|t[ée]l[ée]phones?|celulares?|pasaportes?|passeports?|passaportes?|"
    r"documentos? de identidad|cartes? d'identit[ée]|carteiras? de identidade|im[áa]genes|imagens|images|"
    r"ubicaci[óo]n|localiza[çc][ãa]o|localisation|direcci[oó]n(?:es)?",
    re.IGNORECASE,
)  # Romance words for the thing (a phone, a passport, an image, a place, a management), not yet the datum
_PEOPLE_ROMANCE = (
    r"(?:v[íi]c?timas?|victimes?|personas?|pessoas?|personnes?|ni[ñn][oa]s|menores|crian[çc]as|enfants?|mujeres|"
    r"mulheres|femmes|sobrevivientes|sobreviventes|survivant\w*|beneficiari\w*|b[ée]n[ée]ficiaires?|participantes?|"
    r"trabajador\w*|trabalhador\w*|travailleu\w*|migrantes?|migrants?|usuari\w*|usu[áa]ri\w*|utilisat\w*|"
    r"residentes?|r[ée]sidents?|clientes?|clients?|denunciantes?|llamantes|rostros|rostos|visages|familias|fam[íi]lias|"
    r"familles|agresor\w*|agressor\w*|tratantes|sospechosos|suspeitos|acusados|retornad\w*|returnees?)"
)
_OWNER_AFTER = lazyre.compile(
    r"^\s*(?:(?:de|del|des|du|d[oa]s?|d')\s*(?:(?:l[ao]s?|las|les|la|el|l'|o|a|os|as|su|sus|seu|seus|sua|suas|"
    rf"leurs?|cada|chaque|cet(?:te)?|este|esta|cette)\s*)*{_PEOPLE_ROMANCE}\b|"
    r"(?:particular(?:es)?|domiciliari[ao]s?|personal(?:es)?|pessoa(?:l|is)|personnel(?:le)?s?|priv[ée]e?s?|GPS|"
    r"exact[ao]s?|exactes?|m[óo]vil(?:es)?|portables?|de contacto|de contato|de domicilio|de residencia|de r[ée]sidence|"
    r"en tiempo real|em tempo real|en temps r[ée]el)\b)",
    re.IGNORECASE,
)  # the datum of a person ("el teléfono de cada víctima", "la ubicación de las personas", "dirección particular")
_OF = r"\s+(?:de|del|du|d[oa]s?|des|d')\s*(?:(?:l[ao]s?|las|les|su|sus|seu|seus|sua|suas|leurs?)\s+)?$"
_DATUM_BEFORE = {
    "phone": lazyre.compile(rf"\b(?:n[úu]meros?|num[ée]ros?){_OF}", re.IGNORECASE),
    "birth": lazyre.compile(
        rf"\b(?:n[úu]meros?|num[ée]ros?|cop(?:ia|ie)s?|c[óo]pias?|photocopies?|fotoc[óo]pias?|escaneos?){_OF}",
        re.IGNORECASE,
    ),
    "location": lazyre.compile(rf"\b(?:datos|dados|donn[ée]es){_OF}", re.IGNORECASE),
}  # "número de teléfono", "copia del pasaporte", "datos de ubicación": the datum the thing gives
_LISTED = lazyre.compile(
    r"(?:,|\b(?:y|e|et)\b)\s*(?:(?:el|la|los|las|le|les|o|a|os|as|su|sus|l')\s*)?$", re.IGNORECASE
)  # one field in a list of data ("con nombre, pasaporte, fotografía y domicilio")
_POSSESSIVE = lazyre.compile(r"\b(?:su|sus|seu|seus|sua|suas|leurs?|son|sa|ses)\s+$", re.IGNORECASE)


def _thing_as_datum(kind: str, before: str, after: str) -> bool:
    """A Romance thing word names identifying data only as the datum of a person, as the English patterns
    need "phone numbers", "passport copies", "images of", "location data", "home address": a call taken by
    phone, a passport retained, identity documents obtained, the programme's management are not data."""
    datum = _DATUM_BEFORE.get(kind)
    if (datum is not None and datum.search(before)) or _OWNER_AFTER.match(after):
        return True
    if _LISTED.search(before) and ANY_IDENTIFYING.search(before):
        return True
    return kind == "address" and bool(_POSSESSIVE.search(before))


def _personal(kind: str, pattern: lazyre.LazyPattern, sentence: str) -> str | None:
    for match in pattern.finditer(sentence):
        before, after = sentence[: match.start()], sentence[match.end() :]
        if _NEGATED.search(before) or _NOT_PERSONAL.search(before):
            continue
        if _THING.fullmatch(match.group(0)) and not _thing_as_datum(kind, before, after):
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


_MIGRANTS = (
    r"(?:migrant\s+workers|(?:labou?r\s+|international\s+|internal\s+|rural\s+|out-?)?(?:migrants?|migration|emigrants?|"
    r"emigration)|(?:people|persons|youths?|young people|women|men)\s+(?:who\s+)?(?:migrat\w+|leav\w+\s+(?:for|to)\s+"
    r"work\s+abroad)|(?:trabajadores\s+)?migrantes|emigrantes|migraci[óo]n|emigraci[óo]n|"
    r"(?:travailleurs\s+)?migrants|[ée]migration|(?:trabalhadores\s+)?migrantes|migra[çc][ãa]o|emigra[çc][ãa]o)"
)
FEWER_MIGRANTS = lazyre.compile(
    r"^\W*(?:(?:reduced|reducing|reduce|reduction\s+(?:in|of)|decrease\s+(?:in|of)|decreased|fewer|lower|less|"
    r"reducci[óo]n\s+de(?:l)?|disminuci[óo]n\s+de(?:l)?|r[ée]duction\s+d[eu]s?|diminution\s+d[eu]s?|redu[çc][ãa]o\s+d[oae]s?|"
    r"diminui[çc][ãa]o\s+d[oae]s?)\s+)?(?:the\s+)?(?:(?:total\s+|annual\s+)?numbers?|#|%|percentage|proportion|share|rate|"
    r"n[úu]mero|nombre|porcentaje|pourcentage|taxa|tasa|taux|proporci[óo]n|propor[çc][ãa]o)?\s*(?:of|de|des|du|d[oae]s?)?\s*"
    rf"(?:the\s+|los\s+|las\s+|les\s+|os\s+|as\s+)?(?:[\w-]+\s+){{0,2}}?{_MIGRANTS}\b",
    re.IGNORECASE,
)
SAFER_MIGRATION = lazyre.compile(
    r"\b(?:irregular\w*|unsafe|undocumented|unregistered|unlicen[sc]ed|illegal\w*|clandestin\w*|smuggl\w*|traffick\w*|"
    r"risky|without (?:a |the )?(?:contract|documents|papers)|through (?:unlicen[sc]ed |informal )?(?:brokers|agents|"
    r"smugglers)|irregulares?|insegur[oa]s?|indocumentad[oa]s?|irr[ée]guli[eè]re?s?|ill[ée]gale?s?|clandestin[oa]s?|"
    r"forced|forzad[oa]s?|forc[ée]e?s?|for[çc]ad[oa]s?|distress)\b",
    re.IGNORECASE,
)
_REDUCE = lazyre.compile(
    r"^\W*(?:reduc|decreas|fewer|lower|less\b|reducci|disminu|r[ée]duc|diminu|redu[çc])", re.IGNORECASE
)


_ONLY_ORIGIN = lazyre.compile(
    r"^\s*(?:$|[,;(]|(?:for\s+work|abroad|to\s+work\s+abroad)\b|(?:who\s+are\s+)?(?:originat\w+\s+)?(?:from|in|of|at|"
    r"originaires|originari[oa]s|de|do|da|del|des|du|per|por|par)\b)",
    re.IGNORECASE,
)  # counted for being migrants (and where from), not for what then happened to them


_CLAUSE = lazyre.compile(r"\b(?:who|whose|that|which|whom|que|qui|dont|cuy[oa]s|quienes)\b", re.IGNORECASE)


def fewer_migrants(statement: str, direction: str) -> str | None:
    """The words that make the indicator's aim fewer people migrating ("Reduced numbers of migrant workers", a
    count of emigrants set to decrease): migration is a right and a livelihood, not a harm, and an aim to curb it
    pushes people to irregular routes. Fewer irregular, unsafe or forced moves is another matter."""
    found = FEWER_MIGRANTS.match(statement)
    rest = statement[found.end() :] if found else ""
    if (
        found is None
        or SAFER_MIGRATION.search(statement)
        or not _ONLY_ORIGIN.match(rest)
        or _CLAUSE.search(rest)
    ):
        return None
    return found.group(0).strip() if direction == "decrease" or _REDUCE.match(statement) else None
