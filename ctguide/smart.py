"""SMART and do-no-harm review: a table of small rules, in the style of a linter.

Each rule reads an indicator of a plan (its structured fields and its free-text statement) and
yields findings that say what is wrong in this indicator and how to fix it. Plan-level rules look
at coverage and balance across the results chain. Everything here is pure: plan in, findings out.
Rule ids follow the knowledge base's SMART rule catalogue (S1-Q2, C1-C4) plus A3 and P1.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, NamedTuple

from ctguide import compound, donoharm, indicatortext, lazyre, readable
from ctguide.fit import (
    CLEARLY_BETTER,
    SIBLING_FIT,
    ConstructGap,
    construct_gap,
    home_areas,
    misplaced,
    reads_as_other_area,
    reads_elsewhere,
    reference,
    strong_evidence,
    topic_mismatch,
)
from ctguide.knowledge import KbIndicator, KnowledgeBase
from ctguide.placeholders import TO_BE_SET, listed, named
from ctguide.plan import RATIO_UNITS, AreaChain, Indicator, Plan, undated_baseline
from ctguide.textnorm import as_typed, fold, unaccented
from ctguide.wordlist import COUNT_LEADS, LEADS_ES_FR, SHARE_LEADS, SHARE_LEADS_ES_FR, WordList

SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


@dataclass(frozen=True)
class Finding:
    rule: str
    criterion: str
    severity: str
    message: str
    fix: str
    indicator: str | None = None
    path: str = "$"

    def to_json(self) -> dict[str, Any]:
        return {"rule": self.rule, "severity": self.severity, "criterion": self.criterion,
                "indicator": self.indicator, "path": self.path, "message": self.message, "fix": self.fix}  # fmt: skip


@dataclass(frozen=True)
class Context:
    """What a rule may know about the indicator's surroundings."""

    plan: Plan
    index: int
    kb: KnowledgeBase | None = None

    @property
    def indicator(self) -> Indicator:
        return self.plan.indicators[self.index]

    def path(self, field: str | None = None) -> str:
        base = f"$.indicators[{self.index}]"
        return f"{base}.{field}" if field else base


class Hit(NamedTuple):
    """What one rule found: the message, the fix, the field, and a softer severity when it applies."""

    message: str
    fix: str
    field: str | None = None
    severity: str | None = None


Check = Callable[[Indicator, Context], Iterator[Hit]]


@dataclass(frozen=True)
class Rule:
    id: str
    criterion: str
    severity: str
    check: Check


# --- vocabulary ------------------------------------------------------------------------------


UNIT_OF_ANALYSIS = WordList(
    "victim,victims,victim-witness,victim-witnesses,witness,witnesses,survivor,survivors,resident,residents,"
    "migrant,migrants,worker,workers,child,children,"
    "girl,girls,boy,boys,women,woman,men,man,youth,young people,adolescent,adolescents,student,students,"
    "pupil,pupils,teacher,teachers,parent,parents,family,families,household,households,people,person,persons,"
    "participant,participants,respondent,respondents,client,clients,caller,callers,beneficiary,beneficiaries,"
    "member,members,leader,leaders,adviser,advisers,advisor,advisors,"
    "official,officials,officer,officers,police,inspector,inspectors,prosecutor,prosecutors,judge,judges,"
    "lawyer,lawyers,staff,professional,professionals,guard,guards,employee,employees,employer,employers,"
    "recruiter,recruiters,agency,agencies,company,companies,business,businesses,supplier,suppliers,"
    "platform,platforms,bank,banks,institution,institutions,organisation,organisations,organization,organizations,"
    "ngo,ngos,cso,csos,partner,partners,municipality,municipalities,community,communities,village,villages,"
    "district,districts,school,schools,shelter,shelters,facility,facilities,centre,centres,center,centers,"
    "case,cases,investigation,investigations,prosecution,prosecutions,trial,trials,conviction,convictions,"
    "judgment,judgments,verdict,verdicts,report,reports,referral,referrals,claim,claims,complaint,complaints,"
    "call,calls,contact,contacts,request,requests,inspection,inspections,session,sessions,product,products,"
    "material,materials,message,messages,campaign,campaigns,plan,plans,law,laws,policy,policies,sop,sops,"
    "protocol,protocols,procedure,procedures,mechanism,mechanisms,agreement,agreements,mou,strategy,budget,"
    "system,systems,database,tool,tools,standard,standards,regulation,regulations,guideline,guidelines,"
    "curriculum,curricula,unit,units,team,teams,body,bodies,committee,committees,council,network,networks,"
    "coalition,meeting,meetings,decision,decisions,recommendation,recommendations,action,actions,"
    "asset,assets,transaction,transactions,fund,funds,grant,grants,place,places,bed,beds,study,studies,"
    "dataset,data,publication,publications,site,sites,border,crossing,crossings,corridor,country,countries,"
    "government,state,states,ministry,ministries,court,courts,service,services,measure,measures,visit,visits,story,stories,"
    "theme,themes,account,accounts,view,views,score,dispute,disputes,wage,wages,fee,fees,cost,costs,"
    "accommodation,advertisement,advertisements,ad,ads,item,items,document,documents,card,cards,"
    "registration,registrations,certificate,certificates,job,jobs,income,savings,loan,loans,enterprise,enterprises,"
    "group,groups,working group,course,courses,practitioner,practitioners,contactor,contactors,hour,hours,"
    "guidance,operator,operators,record,records,file,files,programme,programmes,program,programs,office,offices,"
    "authority,authorities,hotline,helpline,line,case file,instrument,instruments,module,modules,patient,patients,"
    "amendment,amendments,code,analysis,analyses,statistics,return,returns,legislation,assessment,assessments,"
    "seat,seats,decree,decrees,order,orders,resolution,resolutions,treaty,treaties,convention,report card,"
    "investigator,investigators,partnership,partnerships,initiative,initiatives,task force,alliance,alliances,"
    "association,associations,union,unions,cooperative,cooperatives,clinic,clinics,hospital,hospitals,"
    "counsellor,counsellors,psychologist,psychologists,social worker,social workers,interpreter,interpreters,"
    "volunteer,volunteers,journalist,journalists,media,newspaper,newspapers,airline,airlines,hotel,hotels"
)
VAGUE = WordList(
    "awareness,capacity,capacities,strengthened,strengthen,improved,improve,enhanced,enhance,effective,"
    "effectively,quality,better,empowered,empowerment,sensitised,sensitized,successful,successfully,"
    "reintegrated,functional,well-being,wellbeing,meaningful,appropriate,adequate,sustainable"
)
NEEDS_DEFINITION = WordList(
    "victim,victims,assisted,trained,referred,resolved,reintegrated,re-trafficked,retrafficked,"
    "proactive,rescued,supported,identified,served,protected,recovered,safe,decent"
)
OUTPUT_VERBS = WordList(
    "trained,conducted,organised,organized,held,delivered,distributed,printed,produced,developed,drafted,"
    "established,launched,reached,disseminated,sensitised,sensitized,broadcast,aired,published,signed,"
    "completed,equipped,procured,provided,supported,renovated,refurbished,capacitated,served,done,performed,"
    "undertaken,carried out,followed up"
)
OUTPUT_VERBS_ES_FR_PT = WordList(
    "realizados,realizadas,impartidos,impartidas,organizados,organizadas,distribuidos,distribuidas,entregados,"
    "entregadas,capacitados,capacitadas,formados,formadas,producidos,producidas,publicados,publicadas,firmados,"
    "firmadas,sensibilizados,sensibilizadas,equipados,equipadas,"
    "formes,formees,organises,organisees,distribues,distribuees,realises,realisees,dispenses,dispensees,delivres,"
    "delivrees,produits,produites,publies,publiees,signes,signees,sensibilises,sensibilisees,equipes,equipees,"
    "entregues,produzidos,produzidas,assinados,assinadas,ministrados,ministradas"
)  # past participles of delivering in Spanish, French and Portuguese, folded (accents removed)
NOT_A_NOUN_ES_FR_PT = (
    "les|des|mes|tes|ses|ces|nos|vos|leurs|aux|los|las|unos|unas|os|as|dos|tres|seis|deux|trois|six|dix|tous|"
    "toutes|todos|todas|plusieurs|quelques|certains|certaines|algunos|algunas|alguns|algumas|varios|varias|ambos|"
    "ambas|estos|estas|esos|esas|aquellos|aquellas|estes|esses|essas|aqueles|aquelas|sus|mis|tus|nuestros|"
    "nuestras|nossos|nossas|seus|suas|dans|sans|sous|vers|apres|pres|depuis|mas|mais|plus|moins|pas|tras|menos|"
    "nous|vous|ils|elles|eles|elas|ellos|ellas|autres|otros|otras|outros|outras|nouveaux|nouvelles|nuevos|nuevas|"
    "novos|novas|divers|diverses|differents|differentes|diferentes|principaux|principales|principais|premiers|"
    "premieres|primeros|primeras|primeiros|primeiras|memes|mismos|mismas|mesmos|mesmas|seuls|seules|grands|"
    "grandes|petits|petites|bons|bonnes|buenos|buenas|boas|propres|propios|propias|proprios|proprias"
)  # plural-looking words that stand before a noun or a verb's object, never as the noun a participle follows
PARTICIPLE_AFTER = lazyre.compile(
    rf"(?:\b(?!(?:{NOT_A_NOUN_ES_FR_PT})\s*$)[a-z]{{3,}}[sx](?:\s+(?:de|d|da|do|das|dos|del)\s+(?:la\s+|l\s+|el\s+|a\s+|o\s+)?"
    rf"[a-z]+(?<!er)(?<!ir)(?<!ar))?"
    r"|\b(?:ete|sont|etaient|seront|fueron|sido|son|seran|foram|sao|serao|estao|estan|ficaram|quedaron))\s*$"
)  # folded: a plural participle acts as a verb after the plural noun it agrees with ('policiers formes',
# 'agents de police formes', 'talleres realizados') or after a passive auxiliary; not as the counted noun itself
# ("nombre d'equipes mobiles") nor as a verb's object ("citer trois signes", "toutes les formes")
BEHAVIOUR_VERBS = lazyre.compile(
    r"^(?:(?:have|has|had|were|was|are|is|do|did|can|could|would|will|now|still|not|no longer|actually|correctly|"
    r"regularly|consistently|effectively)\s+)*"
    r"(?:appl(?:y|ies|ied)|use[sd]?|using|compl(?:y|ies|ied)|acted|act|acts|changed|implement(?:s|ed)?|remediated|"
    r"verif(?:y|ies|ied)|know|knew|understand|understood|understands|(?:have|has|gained) access|name|identify|aware|"
    r"recogni[sz]e|stay(?:s|ed)?|remain(?:s|ed)?|earn(?:s|ed)?|"
    r"left|leave|report(?:s|ed)? (?:feeling|being|that|improved|less|more|using|applying|having|practi[sc]ing|changing)|"
    r"refer(?:s|red)?|opened|accepted|start(?:s|ed)? (?:a|an|their|his|her|own|working)|"
    r"(?:found|obtained|secured|got|gained|hold|held) (?:a |an |decent |formal |paid |stable )*(?:job|jobs|work|employment)|"
    r"enforce[sd]?|adopt(?:s|ed)?|took|take|took part|resolved)\b",
    re.IGNORECASE,
)
OUTCOME_WINDOW = lazyre.compile(r"\b(?:within\s+)?\w+\s+(?:days?|weeks?|months?|years?)\s+(?:of|after)\s+(?:the\s+)?"
                                r"(?:training|session|sessions|course|workshop|completion|campaign)\b",
                            re.IGNORECASE)  # fmt: skip
AMBIGUOUS = WordList(
    "victims identified,identified victims,presumed victims,complaints,complaint,hotline calls,calls received,"
    "contacts,investigations opened,investigations,cases opened,reports received,reports,withdrawals,"
    "arrests,detected,detections,interceptions,suspicious transaction reports,prosecutions initiated"
)
CONTEXT_ONLY = WordList(
    "prevalence,incidence,per 100,000,per 100 000,national total,reduced trafficking,trafficking in the country"
)
NATIONAL_CHANGE = lazyre.compile(
    r"\b(?:national(?:ly)?|nationwide|country-?wide|in the country)\b.*?\b(?:reduc\w*|increas\w*|halv\w*|"
    r"decreas\w*|declin\w*|fall|rise|drop\w*|improv\w*|cut)\b"
    r"|\b(?:reduc\w*|increas\w*|halv\w*|decreas\w*|declin\w*|improv\w*)\b.*?\b(?:national(?:ly)?|nationwide|in the country)\b",
    re.IGNORECASE,
)
ABSOLUTE = lazyre.compile(
    r"(?:^|(?<=\W))100\s*%|\b(?:eliminat\w*|eradicat\w*|end(?:ed|s)? (?:all|child|trafficking)|"
    r"(?<!with )zero(?![- ](?:tolerance|fee|fees|cost|interest|recruitment fees?)\b)|none of|"
    r"(?:trafficking|child labou?r|forced labou?r|exploitation|slavery|violence|abuse)\s+(?:is\s+|are\s+|was\s+|has been\s+)?"
    r"(?:ended|stopped|ends|stops|ceases|ceased)|"
    r"no (?:[\w-]+ ){0,2}?(?:child|children|one|cases?|victims?|workers?|survivors?|incidents?|returnees?)|"
    r"every (?:victim|child|survivor|worker|returnee|case)|all (?:its\s+)?forms of|"
    r"(?:slavery|trafficking|exploitation|child[- ]labou?r|forced[- ]labou?r|violence|abuse)-free|(?<!would )(?<!could )(?<!will )(?<!to )(?<!might )stops?\s+\w+ing|"
    r"(?:major|significant(?:ly)?|substantial(?:ly)?|drastic(?:ally)?|dramatic(?:ally)?)\s+(?:[\w-]+\s+)?"
    r"(?:reduc\w*|decreas\w*|declin\w*|increas\w*)|(?:reduc\w*|decreas\w*)\s+(?:significantly|substantially|drastically)|"
    r"all (?:(?:the|identified|assisted|trafficking|potential|presumed|child|adult)\s+)*"
    r"(?:victims|survivors|children|returnees|workers|cases|migrants|residents|people|persons))\b",
    re.IGNORECASE,
)
ENDING = WordList("end,eliminate,eradicate,abolish,stop,ending,eliminating,eradicating,abolishing,stopping")
LAGGING = WordList(
    "conviction,convictions,convicted,verdict,verdicts,sentence,sentences,sentenced,final judgment,final judgments"
)
VICTIM_DATA = WordList(
    "victim,victims,survivor,survivors,resident,residents,trafficked persons,trafficked people,returnee,returnees,"
    "presumed victim,presumed victims,exploited"
)
PEOPLE = WordList(
    "victims,survivors,residents,migrants,workers,children,girls,boys,women,men,youth,young people,adolescents,"
    "students,pupils,people,persons,participants,respondents,clients,callers,beneficiaries,returnees,"
    "officials,officers,inspectors,prosecutors,judges,lawyers,staff,professionals,guards,teachers,parents,"
    "members,leaders,advisers,employees"
)
UNIT_WORD = lazyre.compile(
    r"^\s*(?:[^:;]{1,60}:\s*)?(?:the\s+)?(%|#|(?:no|nr|num)\.\s|(?:number|percentage|percent|proportion|share|rate|ratio|prevalence|incidence|mean|average|median|score|index|amount|"
    r"value|total|sum|level|stage|existence|status|whether|extent|degree|length of time|time|days|hours|months|duration|"
    r"themes|views|stories|accounts|perceptions|changes|\w+'s own|[\w-]+ rate)\b)",
    re.IGNORECASE,
)
PERCENT_WORD = lazyre.compile(
    r"(^\s*%|\bpercentage\b|\bper ?cent\b|\bproportion\b|\bshare of\b|\bporcentaje\b|\bpourcentage\b|\bpercentual\b)",
    re.IGNORECASE,
)
PLACEHOLDER = lazyre.compile(r"\[[^\[\]]+\]")
QUALITATIVE_OUTCOME = WordList(
    "trust,empowerment,empowered,wellbeing,well-being,voice,dignity,agency,confidence,satisfaction,feel,feeling,perception,perceptions"
)
PEOPLE_CODES = ("SEX", "AGE")
VICTIM_CODES = ("EXP", "NAT")


# --- indicator rules -------------------------------------------------------------------------


def _defined(indicator: Indicator, word: str, kb: KnowledgeBase | None = None) -> bool:
    folded = fold(word)
    terms = " | ".join(fold(term) + " " + fold(text) for term, text in indicator.definitions)
    return folded[:6] in terms or (kb is not None and folded[:6] in glossary_terms(kb))


_GLOSSARIES: dict[int, tuple[KnowledgeBase, str]] = {}


def glossary_terms(kb: KnowledgeBase) -> str:
    """Every term and synonym the glossary defines, folded, in one string (built once per knowledge base)."""
    built = _GLOSSARIES.get(id(kb))
    if built is None or built[0] is not kb:
        words = [fold(t.term) for t in kb.glossary] + [fold(s) for t in kb.glossary for s in t.synonyms]
        built = _GLOSSARIES[id(kb)] = (kb, " | ".join(words))
    return built[1]


def specific_one_variable(ind: Indicator, ctx: Context) -> Iterator[Hit]:
    joined = compound.joined_measures(ind.statement) or _two_units(ind)
    if joined:
        yield Hit(f"The statement joins two measures ('{joined}'): a rise could come from either one.",
               "Split it into two indicators, one per variable; e.g. 'Number of victims identified' and "
               "'% of identified victims who received assistance'.", "statement")  # fmt: skip


def _two_units(ind: Indicator) -> str | None:
    """Two units counted as one, unless a written numerator and denominator say how each is counted ("children
    pending reunification", counted once with their family)."""
    found = compound.two_units(ind.statement)
    return None if found is None or (ind.numerator and ind.denominator) else found


UNIT_OF_ANALYSIS_ES_FR = WordList(
    "victima,victimas,sobreviviente,sobrevivientes,persona,personas,mujer,mujeres,nino,ninos,nina,ninas,"
    "adolescente,adolescentes,migrante,migrantes,trabajador,trabajadores,funcionario,funcionarios,policia,policias,"
    "fiscal,fiscales,juez,jueces,personal,poblacion,publico,caso,casos,llamada,llamadas,denuncia,denuncias,servicio,servicios,refugio,refugios,"
    "albergue,albergues,institucion,instituciones,organizacion,organizaciones,empresa,empresas,municipio,municipios,"
    "comunidad,comunidades,escuela,escuelas,plan,planes,ley,leyes,protocolo,protocolos,"
    "population,public,personnel,victime,victimes,survivant,survivants,survivante,survivantes,personne,personnes,femme,femmes,enfant,enfants,"
    "migrant,migrants,migrante,migrantes,travailleur,travailleurs,agent,agents,policier,policiers,procureur,procureurs,"
    "juge,juges,cas,appel,appels,plainte,plaintes,foyer,foyers,centre,centres,organisation,organisations,"
    "entreprise,entreprises,commune,communes,communaute,communautes,ecole,ecoles,loi,lois,protocole,protocoles"
)
UNIT_WORD_ES_FR = lazyre.compile(
    r"^\s*(?:(?:el|la|le|l|o|a)\s+)?(%|#|(?:numero|porcentaje|promedio|media|mediana|tasa|proporcion|existencia|etapa|nombre|pourcentage|"
    r"moyenne|mediane|taux|proportion|existence|etape|montant|monto|percentagem|porcentagem|percentual|proporcao|taxa|"
    r"cantidad|quantidade|total|valor|valeur|indice|nivel|niveau|grado|grau|puntaje|puntuacion|pontuacao|score|"
    r"tiempo|temps|tempo|delai|plazo|prazo|duracion|duree|duracao|dias|jours|estado|statut|situacao|estagio|"
    r"incidencia|incidence|prevalencia|prevalence)\b)",
    re.IGNORECASE,
)  # folded: the unit a Spanish, French or Portuguese statement starts with, as UNIT_WORD in English


PERCENT_CHANGE = lazyre.compile(
    r"%\s*(?:increase|decrease|change|reduction|rise|decline|improvement)\b"
    r"|\b(?:increased|decreased|reduced|raised|cut|improved)\s+(?:by\s+)?(?:half|\d+\s*(?:%|per ?cent))"
    r"|\breduced by half\b",
    re.IGNORECASE,
)


def _counts_something(text: str) -> bool:
    return any(indicatortext.is_plural_noun(w) for w in indicatortext.words(text)) or bool(
        UNIT_OF_ANALYSIS.search(text) or UNIT_OF_ANALYSIS_ES_FR.search(fold(text))
    )


COUNTED_LEADS = frozenset(COUNT_LEADS + SHARE_LEADS + LEADS_ES_FR)
RATE_OF = lazyre.compile(
    r"\b(?:rate|ratio|score|income|costs?)\s+(?:among|of|for|in|by|from)\s+", re.IGNORECASE
)
_PREPOSITIONS = (
    "on|to|at|from|for|with|under|through|within|during|between|across|against|among|about|into|per|in"
)
NOUN_PHRASE_END = lazyre.compile(
    rf"\s(?:{_PREPOSITIONS}|of|para|por|con|en|sobre|pour|par|avec|dans|sur|aupres)\s", re.IGNORECASE
)
LEVEL_LEAD = lazyre.compile(r"^\W*(?:level|extent|degree)(?:\s*/\s*[\w-]+)?\s+of\s", re.IGNORECASE)
CHANGE_VERB = lazyre.compile(
    r"^\s*(?:(?:is|are|was|were|has been|have been|being)\s+)?(?:significantly\s+|substantially\s+)?"
    r"(?:reduced|increased|decreased|improved|eliminated|eradicated|strengthened|enhanced|halved|ended|lowered|"
    r"raised|expanded|built|developed)\b",
    re.IGNORECASE,
)


def _counted(head: str) -> str:
    """The noun phrase a count or share is of: the head up to its first preposition ("victims" in "victims
    of trafficking in 2028"), however many words it has."""
    return NOUN_PHRASE_END.split(f"{head} ", maxsplit=1)[0]


def _names_people_or_bodies(text: str) -> bool:
    return any(
        indicatortext.is_plural_noun(w) and UNIT_OF_ANALYSIS.fullmatch(w) for w in indicatortext.words(text)
    )


UNCOUNTABLE = WordList(
    "training,awareness,capacity,support,assistance,knowledge,information,guidance,capacity building"
)


def _mass_noun(phrase: str) -> str | None:
    """The noun a count is of, when it cannot be counted ("Number of employee training provided")."""
    words = [w for w in indicatortext.words(phrase) if not re.fullmatch(r"[a-z]{3,}ed", w.lower())]
    verb = next((n for n, w in enumerate(words[:-1]) if w.lower().endswith("ing")), None)
    words = words[:verb] if verb else words  # "staff providing psychosocial support" counts staff
    last = words[-1] if words else ""
    return last if UNCOUNTABLE.fullmatch(last.lower()) else None


def _counted_lead(lead: str) -> bool:
    words = fold(lead).split() or lead.split()
    return bool(words) and (words[-1] in COUNTED_LEADS or lead.split()[-1] in COUNTED_LEADS)


def unit_problem(statement: str) -> str | None:
    """The review's unit-of-analysis error (S2) for a wording: lets the dialog refuse a fill that the
    review would reject ("% of A in …" counts nobody)."""
    return _unit_problem(statement)


RESULT_LEAD = lazyre.compile(
    r"^\W*(?:an?\s+)?(?:(?:major|significant|distinct|substantial|clear|greater|better|more|fewer|less|improved|increased|"
    r"reduced|strengthened|enhanced|lower|higher)\s+)+(?:[\w-]+\s+){0,4}?[\w-]+"
    r"|^\W*(?:an?\s+)?(?:(?:major|significant|distinct|substantial)\s+)?(?:changes?|improvements?|reductions?|increases?|"
    r"declines?)\s+in\b",
    re.IGNORECASE,
)


DOCUMENT_LEAD = lazyre.compile(
    r"^\W*(?:an?\s+|the\s+)?((?:list|register|registry|database|inventory|directory|roster|file)s?\s+of)\s",
    re.IGNORECASE,
)


def result_wording(statement: str) -> str | None:
    """A result statement written where an indicator belongs ("Improved victim support", "Changes in public
    policy", "A major reduction in trafficking"): the change hoped for, with no measure of it."""
    if MEASURE_WORD.search(statement):
        return None
    found = RESULT_LEAD.match(statement)
    return " ".join(found.group(0).split()[:4]) if found else None


def _unit_problem(statement: str, lenient: bool = False) -> str | None:
    """What is wrong with the statement's unit of analysis; `lenient` for stages and stories, whose
    subject may come anywhere ("Stage reached by the national SOP on identification")."""
    if PERCENT_CHANGE.search(statement):
        return "It states a percentage change, not who or what is counted."
    if aimed := indicatortext.aimed_measure(statement):
        statement = aimed  # "Increase the number of victims served": the measure is what it aims at
    elif indicatortext.goal_verb(statement):
        return "It reads as a goal (what should happen), not an indicator: it does not say what is counted or observed."
    elif (action := indicatortext.action_start(statement)) and not action.nominal:
        return (f"It reads as {'a goal (what should happen)' if action.kind == 'aim' else 'work to do'} ('{action.words}'), "
                "not an indicator: it does not say what is counted or observed.")  # fmt: skip
    if change := result_wording(statement):
        return f"It states the change hoped for ('{change}'), a result, not what is counted or observed."
    if document := DOCUMENT_LEAD.match(statement):
        return f"It names a document ('{document.group(1)}'), not what is counted or observed in it."
    reading = indicatortext.read(statement)
    if _counted_lead(reading.lead):
        if not reading.has_of or not _counts_something(_counted(reading.head)):
            return f"Nothing after '{reading.lead}' says who or what is counted."
        if mass := _mass_noun(_counted(reading.head)):
            return f"'{mass}' cannot be counted: say whether sessions, people or hours are counted."
        return None
    if reading.lead or lenient:  # a mean, median, rate or amount: what it is of may come anywhere
        return None if _counts_something(statement) else "The statement does not say whose value it is."
    rate = RATE_OF.search(statement)
    if rate and _counts_something(" ".join(indicatortext.words(statement[rate.end() :])[:5])):
        return None
    if LEVEL_LEAD.match(
        statement
    ):  # "level of duplicated efforts": whose? "level of awareness among youth" says
        return (
            None
            if _names_people_or_bodies(statement)
            else "A level of what, among whom: the statement does not say."
        )
    if state := _people_state(statement):
        return f"It states what people are or do ('{state}'), a result, not how many of them or what share."
    subject_text = _subject(statement)
    change = CHANGE_VERB.match(statement[statement.find(subject_text) + len(subject_text) :])
    if subject_text.strip() and change and not REDUCED_CLAUSE.search(subject_text):
        return f"It states a change ('{subject_text.strip()} {change.group(0).strip()}'), not who or what is counted."
    subject = [re.sub(r"'s?$", "", w) for w in indicatortext.words(subject_text)]  # "Survivors' satisfaction"
    while subject and AUXILIARY.fullmatch(subject[-1]):
        subject.pop()  # "Legislation is in place", "The State has ratified": the subject ends before its verb
    named = any(indicatortext.is_plural_noun(w) for w in subject) or (
        subject and _counts_something(subject[-1])
    )
    return None if named else NOTHING_NAMED


NOTHING_NAMED = "The statement does not say who or what is counted."


def _level_unscaled(ind: Indicator) -> str | None:
    """A "level of" that is neither a score nor judged on anything stated ("Level of integration of children's needs
    in advocacy activities"): nobody can tell what is counted or scored, or how two levels compare."""
    if not LEVEL_ANY.match(ind.statement) or ind.unit in (
        "score",
        "mean",
        "median",
        "stage",
        "yes_no",
        "text",
    ):
        return None
    statement = ind.statement
    if SCALED.search(statement) or MEASURED_WITH.search(statement) or JUDGED_BY.search(statement):
        return None
    return "A level judged on no stated scale: say what is scored or counted, and how (a score, a checklist)."


LEVEL_ANY = lazyre.compile(
    r"^\W*(?:(?:level|extent|degree)\s+of|(?:el\s+|le\s+|o\s+)?(?:n[ií]vel|niveau|grado|degr[ée]|grau)"
    r"\s+(?:de|d'|del|du|da|do))\s?",
    re.IGNORECASE,
)  # "Level of", "Nivel de", "Niveau d'", "Nível de"; "Level/number of" counts
JUDGED_BY = lazyre.compile(
    r"\b(?:based\s+on|according\s+to|as\s+(?:rated|scored|assessed)\s+(?:by|on|with)|on\s+a\s+[\w-]+\s+scale|"
    r"seg[uú]n|basad[oa]\s+en|selon|sur\s+la\s+base\s+de|com\s+base\s+(?:em|na|no|nas|nos)|segundo|d'apr[eè]s)\b",
    re.IGNORECASE,
)  # "Level of compliance … based on ILO textual sources": the level is judged against a stated reference


PEOPLE_STATE = lazyre.compile(
    r"^((?:[\w'-]+,?\s+){1,24}?)((?:(?:actively|now|increasingly|fully)\s+)?(?:are|is|have|has|understand|know|trust|"
    r"support|feel|use|can|son|est[aá]n|tienen|conocen|saben|conf[ií]an|apoyan|sont|ont|connaissent|savent|"
    r"soutiennent|s[aã]o|est[aã]o|t[eê]m|conhecem|sabem|confiam|apoiam)(?:\s+(?!been\b)[\w-]+)?)\b",
    re.IGNORECASE,
)
PEOPLE_ES_FR_PT = WordList(
    "personas,victimas,mujeres,ninas,ninos,trabajadores,migrantes,sobrevivientes,personnes,victimes,femmes,filles,"
    "enfants,travailleurs,survivantes,pessoas,vitimas,mulheres,meninas,criancas,trabalhadores,sobreviventes"
)


def _people_state(statement: str) -> str | None:
    """A result sentence about people ("Victims are aware of support", "People who meet victims understand the
    signs", "Las víctimas conocen sus derechos"): a present-tense verb says what they are or do, nothing says
    whether they are counted or a share is meant. Things and bodies in place ("The State has ratified …",
    "Legislation is in place") are milestones, not this."""
    found = PEOPLE_STATE.match(fold(statement))
    if found is None:
        return None
    subject = indicatortext.words(found.group(1))
    if not subject or RELATIVE_WORD.fullmatch(subject[-1]):
        return None  # "Survivors who have …" opens a clause
    people = any(
        PEOPLE.fullmatch(w.lower().rstrip("'"))
        or PERSON_ENDING.search(w.rstrip("'"))
        or PEOPLE_ES_FR_PT.fullmatch(w)
        for w in subject[:4]
    )
    return " ".join(f"{found.group(1)}{found.group(2)}".split()[-6:]) if people else None


RELATIVE_WORD = lazyre.compile(r"who|that|which|whom|whose|que|qui|quienes", re.IGNORECASE)


REDUCED_CLAUSE = lazyre.compile(r"\b[a-z]{3,}s\s+[a-z]{3,}ing\s*$", re.IGNORECASE)
# "Survivors reporting improved wellbeing": the survivors are counted, "reporting …" says which ones


AUXILIARY = lazyre.compile(r"is|are|was|were|be|been|has|have|had|will|shall|can|does|do|did", re.IGNORECASE)


MILESTONE_LEAD = lazyre.compile(r"^\W*(?:the\s+)?(?:stage|status|existence|adoption|level)\s+(?:\w+\s+)?(?:reached\s+by|of|attained\s+by)\s+(?:the\s+|a\s+)?",
                            re.IGNORECASE)  # fmt: skip
WORD_OF_3 = lazyre.compile(r"[^\W\d_]{3,}")  # the thing whose stage or existence is read ("a case database")
PREDICATE = lazyre.compile(r"\b[a-z]{3,}(?:ed|en)\b", re.IGNORECASE)


def _subject(statement: str) -> str:
    """What a statement without a lead unit is about: the words before its verb or first preposition."""
    lead = MILESTONE_LEAD.match(statement)
    text = statement[lead.end() :] if lead else statement
    text = re.split(r"\sby\s", HEAD_END.split(text, maxsplit=1)[0], maxsplit=1)[0]
    verb = next(
        (
            m
            for m in PREDICATE.finditer(text)
            if m.start() and not indicatortext.adjective_position(text, m.start())
        ),
        None,
    )
    return text[: verb.start()] if verb else text


def counting_problem(ind: Indicator) -> str | None:
    """What the statement fails to say about what is counted (S2), if anything."""
    lead = MILESTONE_LEAD.match(ind.statement) if ind.type == "milestone" else None
    lenient = ind.type == "qualitative" or bool(lead)
    named = bool(lead) and bool(WORD_OF_3.search(ind.statement, lead.end()))
    problem = (
        (None if named else _unit_problem(ind.statement, lenient))  # "The existence of a case database": it
        or _nothing_counted(ind)
        or _goal_restated(ind)
        or _level_unscaled(ind)
    )
    if problem and _rate_of_denominator(ind):
        return None  # "Prevalence rate of forced labour": whose rate, its denominator says
    if problem == NOTHING_NAMED and ind.type == "milestone" and indicatortext.romance(ind.statement):
        return None  # "Plan d'action national adopté …": the subject reading is English; a milestone names its thing
    return problem


def specific_unit_of_analysis(ind: Indicator, ctx: Context) -> Iterator[Hit]:
    if problem := counting_problem(ind):
        vague = _vague_words(ind, ctx)
        if vague:
            problem += f" ('{vague[0]}' would also need a definition.)"
        yield Hit(problem,
               "Name the unit of analysis after 'Number of' or '% of', and where it matters the place and period: "
               "e.g. '% of trained labour inspectors in [province] who ...'.", "statement")  # fmt: skip


RATE_LIKE = lazyre.compile(r"\b(?:rate|ratio|prevalence|incidence)\b", re.IGNORECASE)
CHANGED = lazyre.compile(r"\b(?:reduc|increas|decreas|improv|halv|lower|rais)\w*", re.IGNORECASE)


def _rate_of_denominator(ind: Indicator) -> bool:
    """A rate or prevalence (not a change in one) whose denominator names the people or bodies counted."""
    statement = ind.statement
    return (
        bool(RATE_LIKE.search(statement))
        and not CHANGED.search(statement)
        and _counts_something(ind.denominator or "")
    )


MEASURE_WORD = lazyre.compile(
    r"%|#|\b(?:numbers?|percentage|percent|proportion|share|rate|ratio|per|amount|value|total|count|average|mean|"
    r"median|score|index|level|extent|existence|status|whether|stage|duration|length of time|time|days|months|cost|costs|placement|"
    r"prevalence|incidence|preval[eê]ncia|incid[eê]ncia|prevalencia|incidencia|pr[ée]valence|"
    r"rating|ranking|rank|tier|n[uú]meros?|nombre|porcentaje|pourcentage|percentagem|porcentagem|proporci[oó]n|"
    r"propor[cç][aã]o|tasa|taux|taxa|promedio|moyenne|m[eé]dia|mediana|m[eé]diane|puntuaci[oó]n|pontua[cç][aã]o|"
    r"[ií]ndice|indice|n[ií]vel|niveau|grado|grau|existencia|exist[eê]ncia|estado|statut|monto|montant|montante)\b",
    re.IGNORECASE,
)  # and their Spanish, French and Portuguese equivalents


def _goal_restated(ind: Indicator) -> str | None:
    """An impact 'milestone' that restates the goal ("Criminal justice mechanisms function effectively"): at
    impact level a yes or no says nothing; a rate, a share or a national figure measures the change."""
    if ind.level != "impact" or ind.type != "milestone" or MEASURE_WORD.search(ind.statement):
        return None
    return "It restates the goal as a yes or no: nothing says what is counted or observed to show the change."


def _nothing_counted(ind: Indicator) -> str | None:
    """A count or share whose wording holds no measure at all ("Allocation of funds towards …", "Regular
    reports to the Committee"): nothing says whether things are counted, summed or judged."""
    if (
        ind.type != "quantitative"
        or ind.unit not in ("number", "percent")
        or MEASURE_WORD.search(ind.statement)
    ):
        return None
    if UNIT_WORD.search(ind.statement) or UNIT_WORD_ES_FR.search(fold(ind.statement)):
        return None
    if _named_count(ind.statement):
        return None  # "Survivors who …", "Cases reported …", "Sentencias emitidas …": they are counted; M1 asks for the unit word
    return "It does not say what is counted: a number of what, or a share of whom?"


def _named_count(statement: str) -> str | None:
    """What a statement without a unit word names as counted, if anything."""
    return _counted_subject(statement) or _counted_records(statement) or indicatortext.counted_head(statement)


def _counted_subject(statement: str) -> str | None:
    """The population a statement without a unit word is about, when its subject is a plural noun phrase of
    people or bodies ("Graduates of the course who …", "Survivors' satisfaction with …"): a count or share of
    them. Things ("Regular reports to …", "Steps taken …") say neither whether they are counted nor judged."""
    subject = indicatortext.words(re.split(r"\sof\s", _subject(statement), maxsplit=1)[0])
    for word in subject[
        :4
    ]:  # "Training of interpreters" is about training: what follows "of" is not the subject
        bare = re.sub(r"'s?$", "", word)
        if indicatortext.is_plural_noun(bare) and (PEOPLE.fullmatch(bare) or PERSON_ENDING.search(bare)):
            return bare
    return None


RECORDED = lazyre.compile(
    r"^\W*(?:[\w-]+\s+){0,3}?([\w-]+s)\s+(?:reported|recorded|registered|opened|filed|lodged|received|investigated|"
    r"prosecuted|closed|resolved|detected|submitted|issued|adopted|signed|published)\b",
    re.IGNORECASE,
)


def _counted_records(statement: str) -> str | None:
    """Cases, reports or complaints the statement says were recorded ("Human trafficking cases reported this
    year"): a count of them. Things do not take a person's verb: "Legal cases assisted" says nothing clear."""
    found = RECORDED.match(statement)
    plural = found.group(1) if found else ""
    return plural if indicatortext.is_plural_noun(plural) and UNIT_OF_ANALYSIS.fullmatch(plural) else None


PERSON_ENDING = lazyre.compile(
    r"(?:ees|ists|ians|ants|ers|survivors|investigators|operators|counsellors|counselors|supervisors|"
    r"instructors|mentors|tutors|minors|graduates|candidates|advocates|delegates)$",
    re.IGNORECASE,
)  # returnees, journalists, guardians, migrants, workers; "-ors" alone would take indicators and factors


SCALED = lazyre.compile(
    r"\s+(?:score|scale|index|rating|assessment|checklist|tool)\b|\s+by\s+(?:at least\s+)?\d", re.IGNORECASE
)


OBSERVED = lazyre.compile(
    r"\s+(?:is|are|was|were)\s+(?:[\w-]+ly\s+)?(?:monitored|assessed|measured|reviewed|tracked|checked|recorded|scored)\b",
    re.IGNORECASE,
)  # "whose well-being is regularly monitored": the monitoring is counted, not a judgement of well-being
PURPOSE = lazyre.compile(r"\b(?:to|in order to|so as to)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)


def _vague_words(ind: Indicator, ctx: Context, purpose: bool | None = None) -> list[str]:
    """The undefined vague words of the statement; `purpose` True or False keeps only those in, or outside,
    a purpose phrase ("… skills to strengthen their livelihoods" says why, not what is counted)."""
    text = ind.statement
    found = [
        m.group(0).lower()
        for m in VAGUE.finditer(text)
        if not SCALED.match(text, m.end())
        and not OBSERVED.match(text, m.end())
        and (purpose is None or bool(PURPOSE.search(text, 0, m.start())) is purpose)
    ]
    return [w for w in dict.fromkeys(found) if not _defined(ind, w, ctx.kb)]


def specific_vague_words(ind: Indicator, ctx: Context) -> Iterator[Hit]:
    if counting_problem(ind):
        return  # one finding on what is counted: S2 names the vague word with its problem
    for word in _vague_words(ind, ctx, purpose=False):
        yield Hit(f"'{word}' is vague: two people could count it differently.",
               f"Say how '{word}' is observed or scored (a checklist, a scale, a threshold) and add it "
               f"under definitions.", "definitions")  # fmt: skip
    for word in _vague_words(ind, ctx, purpose=True):
        yield Hit(f"'{word}' says why, not what is counted; if the change is measured, say how.",
               f"Nothing to fix if '{word}' only states the purpose; if it is part of what is counted, define it.",
               "definitions", "info")  # fmt: skip


def measurable_unit(ind: Indicator, ctx: Context) -> Iterator[Hit]:
    if ind.type == "quantitative" and ind.unit in ("text", "yes_no", "stage"):
        yield Hit(f"A quantitative indicator needs a numeric unit, not '{ind.unit}'.",
               "Choose number, percent, rate, ratio, mean, median, score, amount or duration; "
               "or make it a milestone or qualitative indicator.", "unit")  # fmt: skip
    elif (
        ind.type == "quantitative"
        and not UNIT_WORD.search(ind.statement)
        and not UNIT_WORD_ES_FR.search(fold(ind.statement))
        and not (ind.unit not in ("number", "percent") and MEASURED_WITH.search(ind.statement))
    ):
        named = _named_count(ind.statement) if ind.unit in ("number", "amount") else None
        if named:
            yield Hit(f"The statement {'sums' if ind.unit == 'amount' else 'counts'} {named} without saying "
                   f"'{_unit_phrase(ind.unit)}'.",
                   f"For clarity start with the unit: e.g. '{_unit_phrase(ind.unit)} {ind.statement[:1].lower()}"
                   f"{ind.statement[1:40]}...'.", "statement", "info")  # fmt: skip
        else:
            yield Hit("The statement does not start with its unit, so readers cannot tell what is counted.",
                   f"Start with the unit: e.g. '{_unit_phrase(ind.unit)} ...'.", "statement", "warning")  # fmt: skip


MEASURED_WITH = lazyre.compile(
    r"\b(?:measured|assessed|scored|rated)\s+(?:with|by|using|through|on|against|in)\b"
    r"|\b(?:medid[oa]s?|evaluad[oa]s?|avaliad[oa]s?|mesur[ée]e?s?|[ée]valu[ée]e?s?)\s+(?:con|com|por|pel[oa]|avec|par|en)\b"
    r"|\((?:in|en|em)\s+(?:years?|months?|days?|hours?|weeks?|a[ñn]os|meses|d[ií]as|ans|mois|jours|usd|eur|us\$|\$)\)",
    re.IGNORECASE,
)  # "Length of prison sentences (in years)", "knowledge …, measured with a standardized assessment": the unit is said


def _unit_phrase(unit: str) -> str:
    return {"percent": "% of", "number": "Number of", "mean": "Mean score of", "median": "Median number of days",
            "rate": "Rate of", "ratio": "Ratio of", "amount": "Amount of", "duration": "Median number of days",
            "score": "Mean score of"}.get(unit, "Number of")  # fmt: skip


def measurable_ratio(ind: Indicator, ctx: Context) -> Iterator[Hit]:
    if PERCENT_WORD.search(ind.statement) and ind.unit not in RATIO_UNITS:
        yield Hit(f"The statement is a percentage but the unit is '{ind.unit}'.",
               "Set the unit to percent and give the numerator and the denominator.", "unit")  # fmt: skip


NON_ANSWER = lazyre.compile(
    r"^\W*(?:\(?to be (?:set|determined|defined|confirmed|agreed|decided)\)?|tbd|tba|tbc|n/?a|none|unknown|all|"
    r"everyone|everybody|total|100|baseline|same|as above|see above|\[[^\]]*\]|-+|\?+|\.+)?\W*$",
    re.IGNORECASE,
)


DEFERRED = lazyre.compile(
    r"^\W*(?:to be|will be|shall be|tbd|tbc|tba|not yet|pending|same as|not applicable|n\.?\s?a\.?|n\.?\s?d\.?|x{2,}|"
    r"see (?:the\s+)?(?:pirs|above|below|annex|reference sheet|numerator))(?:\W|$)",
    re.IGNORECASE,
)  # "To be determined at baseline", "Same as numerator": still no denominator


def measurable_denominator(ind: Indicator, ctx: Context) -> Iterator[Hit]:
    if ind.unit not in RATIO_UNITS or ind.type != "quantitative" or ind.denominator == TO_BE_SET:
        return  # the plan's own mark of a denominator still to be written: a to-do (W1), not a wrong one
    denominator = (ind.denominator or "").strip()
    if NON_ANSWER.match(denominator) or DEFERRED.match(denominator) or PLACEHOLDER.fullmatch(denominator):
        shown = f"'{denominator}' is not a denominator" if denominator else "There is no denominator"
        yield Hit(f"{shown}: a {ind.unit} cannot be calculated without saying who is eligible.",
               "Name the eligible population and its period, e.g. 'all identified victims admitted in the quarter'.",
               "denominator")  # fmt: skip
    elif len(denominator.split()) < 3:
        yield Hit(f"The denominator '{denominator}' does not say who is eligible.",
               "Name the eligible population and its period, e.g. 'all identified victims admitted in the quarter'.",
               "denominator", "warning")  # fmt: skip


TOPIC_BEFORE = lazyre.compile(
    r"\b(?:promot\w*|advocat\w*|address\w*|cover\w*|about|on the topic of)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)  # "campaigns that promote decent work": the topic of what is counted, not a term its count depends on


def measurable_definitions(ind: Indicator, ctx: Context) -> Iterator[Hit]:
    text = ind.statement
    undefined = [
        w
        for w in dict.fromkeys(
            m.group(0).lower()
            for m in NEEDS_DEFINITION.finditer(text)
            if not TOPIC_BEFORE.search(text, 0, m.start())
        )
        if not _defined(ind, w, ctx.kb)
    ]
    if undefined:
        words = ", ".join(f"'{w}'" for w in undefined[:4])
        yield Hit(f"Key term{'s' if len(undefined) > 1 else ''} {words} {'are' if len(undefined) > 1 else 'is'} not defined.",
               "Add definitions with what counts and what does not, e.g. 'assisted = received at least one service "
               "beyond first contact; one-off information excluded'.", "definitions")  # fmt: skip


PENDING = lazyre.compile(r"^\s*(\(?to be set\)?|tbd|tba|tbc|n/?a|-+|\?+)\s*$", re.IGNORECASE)


def measurable_method(ind: Indicator, ctx: Context) -> Iterator[Hit]:
    if PENDING.match(ind.means_of_verification):
        yield Hit("The data source is not named yet.",
               "Name where the data come from, preferring data already collected (case files, registers, official statistics).",
               "means_of_verification")  # fmt: skip
    elif not ind.collection_method:
        yield Hit("The data source is named but not how the data are collected and calculated.",
               "Add the collection method: who collects, with which tool, how often, and how the value is calculated.",
               "collection_method")  # fmt: skip
    if PENDING.match(ind.responsible):
        yield Hit("Nobody is responsible for the data yet.",
               "Name the role that collects and reports it (e.g. 'M&E officer', 'case manager'), not a person.",
               "responsible")  # fmt: skip


def still_to_write(ind: Indicator, ctx: Context) -> Iterator[Hit]:
    """What the plan marks as still to be written (an imported list that had no such column or cell): a to-do,
    said as one, never read as the user's wrong answer and never filled with a made-up value."""
    if ind.unit in RATIO_UNITS and ind.numerator == TO_BE_SET:
        yield Hit(f"The numerator is still to be written: what is counted for this {ind.unit}.",
               "Say who or what is counted, e.g. 'residents who report feeling safe at exit'.", "numerator")  # fmt: skip
    if ind.unit in RATIO_UNITS and ind.denominator == TO_BE_SET:
        yield Hit(f"The denominator is still to be written: the {ind.unit} cannot be calculated until it says who "
               "is eligible.",
               "Name the eligible population and its period, e.g. 'all identified victims admitted in the quarter'.",
               "denominator")  # fmt: skip
    if undated_baseline(ind):
        yield Hit(f"The baseline value {ind.baseline.value} has no date yet: when was it measured?",
               "Add the date of the baseline value (and its source); without it nobody can tell which period it "
               "describes or compare the targets with it.", "baseline.date")  # fmt: skip


def measurable_baseline(ind: Indicator, ctx: Context) -> Iterator[Hit]:
    baseline = ind.baseline
    if baseline.status != "to_be_set" or baseline.planned_date is None:
        return
    first_target = min((t.date for t in ind.targets), default=None)
    if first_target and baseline.planned_date >= first_target:
        yield Hit(f"The baseline would be set on {baseline.planned_date}, not before the first target ({first_target}).",
               "Plan the baseline before the first target and before the first report; for milestones the "
               "baseline is today's stage.", "baseline.planned_date")  # fmt: skip


def _numeric(value: Any) -> float | None:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def achievable_direction(ind: Indicator, ctx: Context) -> Iterator[Hit]:
    base = _numeric(ind.baseline.value) if ind.baseline.status == "known" else None
    final = _final_target(ind)
    value = _numeric(final.value) if final else None
    if base is None or value is None:
        return
    contradiction = (ind.direction == "increase" and value < base) or (
        ind.direction == "decrease" and value > base
    )
    if contradiction:
        yield Hit(f"The target ({_fmt(value)}) goes the other way from the direction '{ind.direction}' "
               f"(baseline {_fmt(base)}).",
               "Check the direction of desirable change, or the target: an 'increase' needs a target above the baseline.",
               "direction")  # fmt: skip


def achievable_plausible(ind: Indicator, ctx: Context) -> Iterator[Hit]:
    final = _final_target(ind)
    value = _numeric(final.value) if final else None
    if value is None:
        return
    base = _numeric(ind.baseline.value) if ind.baseline.status == "known" else None
    months = _months_between(ctx.plan.profile.start_date, final.date)
    if base and base > 0 and ind.level == "outcome" and value > 2 * base and months <= 12:
        yield Hit(f"The target more than doubles the baseline ({_fmt(base)} to {_fmt(value)}) within {months} months.",
               "Check it against similar projects and the resources available, or set an interim target first.",
               "targets")  # fmt: skip
    if ind.direction == "decrease" and value == 0 and ind.type == "quantitative":
        yield Hit("A target of zero promises that the problem ends altogether, which no project can guarantee; it "
               "invites under-reporting of the cases that still occur.",
               "Set a reduction you can evidence, e.g. from a comparable project, and report the cases that remain.",
               "targets")  # fmt: skip
    if ind.unit == "percent" and value == 100 and ind.level == "outcome":
        yield Hit("A 100% target for a change in behaviour or condition is rarely achievable and invites over-reporting.",
               "Set a realistic share, e.g. from a pilot or a comparable project.", "targets")  # fmt: skip
    if _programme_scale(ind, value):
        yield Hit(f"A target of {value:,.0f} is the scale of a national programme or service, not of one project's "
               "work.",
               "Set the target from what the project's own staff, sites and budget can reach, e.g. from a comparable "
               "project; report a national figure as context, not as the project's target.", "targets")  # fmt: skip
    if _instant(ind, value):
        yield Hit(f"A target of {_fmt(value)} on a time to be cut promises that it all but disappears, which no project "
               "can guarantee; it invites recording the start late or the end early.",
               "Set a reduction you can evidence from the baseline, e.g. from a comparable service.", "targets")  # fmt: skip


PROGRAMME_SCALE = 20_000  # people, calls or cases: a count target this large is a national programme's figure
AUDIENCE = lazyre.compile(
    r"\b(?:audiences?|listeners|viewers|views|impressions|followers|readers|subscribers|"
    r"reached\s+(?:through|by|via|with)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?(?:media|radio|tv|television|campaigns?|messages?))\b",
    re.IGNORECASE,
)  # a media campaign's audience runs to hundreds of thousands in any country


MATERIALS = lazyre.compile(
    r"\b(?:leaflets?|flyers?|brochures?|posters?|booklets?|pamphlets?|stickers?|copies|materials?|publications?|"
    r"sms|messages?|alerts?|notifications?|texts?|e-?mails?|posts?|spots?|broadcasts?|downloads?|visits?|clicks?|"
    r"urls?|websites?|web\s?pages?|links?|"
    r"folletos?|volantes?|carteles?|afiches?|materiales?|mensajes?|alertas?|publicaciones?|depliants?|affiches?|"
    r"tracts?|supports?|alertes?|folhetos?|cartazes?|materiais|mensagens?|panfletos?|publicacoes)\b",
    re.IGNORECASE,
)  # things handed out, sent or taken down, not people or acts: counted by the ten thousand in any campaign


def _programme_scale(ind: Indicator, value: float) -> bool:
    """A count target of people or acts at a national programme's scale, well above what the project already
    does: not materials or messages, and not a target under twice a known baseline."""
    base = _numeric(ind.baseline.value) if ind.baseline.status == "known" else None
    return (
        ind.unit == "number"
        and ind.direction not in ("decrease", "maintain")
        and value >= PROGRAMME_SCALE
        and not AUDIENCE.search(ind.statement)
        and not _counts_materials(ind.statement)
        and not (base and value < 2 * base)
    )


def _counts_materials(statement: str) -> bool:
    head = indicatortext.read(statement).head
    return bool(MATERIALS.search(fold(" ".join(head.split()[:3]))))


def _instant(ind: Indicator, value: float) -> bool:
    """A duration cut to one unit or less ("1 day" to process a case, "1 month" to recovery): the time's zero."""
    return ind.direction == "decrease" and ind.unit in ("duration", "median", "mean") and 0 < value <= 1


CONTEXT_NOTE = lazyre.compile(r"\bcontext(?:ual)?\b", re.IGNORECASE)


def _attributed(ind: Indicator) -> bool:
    """The plan claims the figure for the project: not one marked unattributable, nor a monitor-only figure its
    direction note calls context ("Context indicator, never targeted")."""
    declared = ind.monitor_only and bool(CONTEXT_NOTE.search(ind.direction_note or ""))
    return ind.attributable and not declared


def achievable_sphere(ind: Indicator, ctx: Context) -> Iterator[Hit]:
    context = CONTEXT_ONLY.search(ind.statement)
    words = (context.group(0) if context else _national_change(ind.statement)) or (
        population_figure(ind) or _population_rate(ind)
    )
    if words and ind.level != "impact" and _attributed(ind) and ind.type != "milestone":
        yield Hit(f"'{words}' is beyond what one project can change or attribute to itself.",
               "Keep it as an impact or context indicator measured by specialised studies, and measure the "
               "project's own contribution at outcome level.", "level")  # fmt: skip


POPULATION_RATE = lazyre.compile(
    r"^\W*(?:the\s+)?(?:rate|prevalence|incidence)\s+(?:rate\s+)?(?:of|among)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:people|persons|children|adults|women|men|girls|boys|workers|migrants|individuals|households|youth)\b",
    re.IGNORECASE,
)


NAMED_BODY = lazyre.compile(
    r"\bNational(?:\s+[A-Z][\w-]*)+"
)  # "the National Human Trafficking Hotline": a name


def _national_change(statement: str) -> str | None:
    """A change at national scale ("national prevalence reduced"); "National" in a body's name scopes nothing."""
    found = NATIONAL_CHANGE.search(NAMED_BODY.sub(lambda m: "x" * len(m.group(0)), statement))
    return statement[found.start() : found.end()] if found else None


def _population_rate(ind: Indicator) -> str | None:
    """A rate among a whole population ("Rate of children aged 0-17 who are in out-of-home care"), with nothing
    that narrows it to the people the project works with."""
    found = POPULATION_RATE.match(ind.statement)
    return found.group(0).strip() if found and not _project_linked(ind) else None


UNIVERSAL = lazyre.compile(
    r"^\W*all\s+(?!forms\b)(?:[\w-]+\s+){0,3}?[\w-]+s\s+(?:[\w-]+\s+){0,6}?(?:will|shall|are|is|receive|get|have|know)\b"
    r"|\b(?:anyone|everyone|everybody)\b",
    re.IGNORECASE,
)  # "All reports … will be recorded", "so that anyone who … knows where to report it": a promise to everyone


HIGH_SHARE = lazyre.compile(
    r"(?:^\W*|\b(?:that|ensure|ensuring|achieve|achieving)\s+)9\d(?:\.\d+)?\s*(?:%|per ?cent)\s+of\b",
    re.IGNORECASE,
)  # "95% of cases are resolved and prosecuted": a near-total result written into the statement as its promise


def _absolute(statement: str) -> str | None:
    """The words that promise an absolute result; "(including all cases …)" only says what is counted."""
    for match in ABSOLUTE.finditer(statement):
        if not SCOPE_BEFORE.search(statement, 0, match.start()):
            return match.group(0)
    universal = UNIVERSAL.search(statement) or HIGH_SHARE.search(statement)
    if universal:
        return " ".join(universal.group(0).split()[:3])
    folded = fold(statement)
    for match in ABSOLUTE_ES_FR_PT.finditer(folded):
        if not SCOPE_BEFORE_ES_FR_PT.search(folded, 0, match.start()):
            return match.group(0)
    return None


ABSOLUTE_ES_FR_PT = lazyre.compile(
    r"\b(?:elimin(?:ar|acion|er|ation|acao|ado|ada|ee|e)|erradic(?:ar|acion|acao|ado|ada)|eradiqu(?:er|ee|e)|"
    r"eradication|acabar\s+(?:con|com)|poner\s+fin|mettre\s+fin|por\s+fim|cero\s+(?:casos|victimas|ninos)|"
    r"zero\s+(?:cas|victimes|enfants|casos|vitimas|criancas)|todas\s+(?:las|as)\s+formas|toutes\s+les\s+formes|"
    r"todas\s+(?:las|as)\s+(?:victimas|vitimas|ninas|criancas)|toutes\s+les\s+victimes)\b",
    re.IGNORECASE,
)  # folded Spanish, French and Portuguese: "eliminar la trata", "mettre fin à", "todas as formas de", "cero víctimas"
SCOPE_BEFORE_ES_FR_PT = lazyre.compile(r"\b(?:incluidas?|incluidos?|incluyendo|compris|incluindo)\s*$")


SCOPE_BEFORE = lazyre.compile(r"\b(?:including|incl\.|covering|across)\s*$", re.IGNORECASE)


def achievable_absolute(ind: Indicator, ctx: Context) -> Iterator[Hit]:
    goal = indicatortext.goal_verb(ind.statement)
    words = goal if goal and ENDING.fullmatch(goal.lower()) else _absolute(ind.statement)
    if words:
        yield Hit(f"'{words}' promises an absolute result no project can guarantee; it invites "
               "over-reporting or hides partial progress.",
               "Measure the share or the change you can influence, e.g. '% of assisted survivors not re-trafficked "
               "within 12 months of exit', with a target from a comparable project.", "statement")  # fmt: skip


CLAUSE_OUTPUT = lazyre.compile(r"^(?:(?:have|has|had|were|was|are|is|been|successfully|fully)\s+)*(trained|sensiti[sz]ed|"
                           r"completed|held|conducted|organi[sz]ed|participated|examined|inspected|audited|visited)\b"
                           r"|^(?:[\w-]+\s+){1,3}?(?:are|were|is|was|have been|has been)\s+(disseminated|distributed|delivered|sent|"
                           r"provided|given)\b"
                           r"|^(?:were|was|are|is|have been|has been|had been)\s+(reached)\b", re.IGNORECASE)  # fmt: skip
IN_A_TEST = lazyre.compile(
    r"\b(?:exercise|test|post-test|quiz|vignettes?|scenarios?|simulation|assessment|course)\b", re.IGNORECASE
)


def _measured_clause(reading: indicatortext.Reading) -> str:
    """The clause a share or count measures: its last relative clause."""
    return indicatortext.RELATIVE.split(reading.clause)[-1].strip()


def _head_verb(head: str) -> bool:
    return any(
        m.start() and not indicatortext.adjective_position(head, m.start()) for m in PREDICATE.finditer(head)
    )


TAKEN_UP = lazyre.compile(
    r"\band\s+(?:then\s+|later\s+|subsequently\s+)?(?:adopted|approved|enacted|endorsed|applied|used|implemented|"
    r"institutionali[sz]ed|budgeted|funded)\s+by\b",
    re.IGNORECASE,
)  # "drafted with project support and adopted by the government": the adoption is measured, an outcome
AGENT_BEFORE_CLAUSE = lazyre.compile(
    r"\bby\s+(?!(?:the\s+)?(?:project|programme|program|intervention|us)\b)(?:the\s+)?(?:[\w-]+\s+){0,3}[\w-]+\s*$",
    re.IGNORECASE,
)  # "victims referred by officers who …" measures the referrals; "committees supported by the project that …" the clause


ACTIVITY = (
    r"(?:[\w-]+\s+){0,3}?(?:training|trainings|orientations?|briefings?|sessions?|workshops?|courses?|seminars?|"
    r"campaigns?|dialogues?|events?|meetings?|activities|lectures?|drills?|programmes?|programs?|interventions?)\b"
)
ACTIVITY_COUNTED = lazyre.compile(rf"^{ACTIVITY}\s*$", re.IGNORECASE)
TAKING_PART = lazyre.compile(
    rf"\b(?:receiving|received|receives?|attending|attended|attends?|participating in|participated in|participates? in|"
    rf"took part in|taking part in|graduates? of|graduated from|"
    rf"benefit(?:ing|ed)? from|participants? (?:in|of|at))\s+(?:the\s+|a\s+|an\s+)?{ACTIVITY}",
    re.IGNORECASE,
)


def _output_verb(statement: str) -> str | None:
    """The output verb the statement measures: in its relative clause, or after what it counts.

    "% of officials trained in 2027 who referred a victim" measures the clause; "Number of victims
    referred by officers who completed the course" measures the head (the clause describes the officers)."""
    reading = indicatortext.read(statement)
    clause_describes_agent = bool(AGENT_BEFORE_CLAUSE.search(reading.head))
    if reading.clause and not (reading.lead and _head_verb(reading.head) and clause_describes_agent):
        clause = _measured_clause(reading)
        if match := CLAUSE_OUTPUT.match(clause):
            return match.group(1) or match.group(2) or match.group(3)
        taking_part = TAKING_PART.match(re.sub(r"^(?:have|has|had|were|was|are|is)\s+", "", clause))
        return taking_part.group(0) if taking_part else None  # "cases that reached a verdict" is no output
    text = reading.head if reading.clause else statement
    if delivered := DELIVERED_THROUGH.search(text):
        return delivered.group(1)
    for match in OUTPUT_VERBS.finditer(text):
        if not indicatortext.adjective_position(text, match.start()):
            return None if TAKEN_UP.search(text, match.end()) else match.group(0)
    folded = fold(text)
    for match in OUTPUT_VERBS_ES_FR_PT.finditer(folded):
        if PARTICIPLE_AFTER.search(folded, 0, match.start()):
            return as_typed(match.group(0), text)
    taking_part = TAKING_PART.search(
        f"{reading.head} {_measured_clause(reading)}" if reading.clause else statement
    )
    if taking_part:
        return taking_part.group(0)
    counted = ACTIVITY_COUNTED.search(_counted(reading.head)) if _counted_lead(reading.lead) else None
    return counted.group(0) if counted else None  # "Number of awareness-raising activities": what was done


BODIES = lazyre.compile(
    r"^(?:(?!by\b)[\w-]+\s+){0,3}(?:groups|committees|networks|clubs|structures|mechanisms|centres|centers|units|platforms|task forces|"
    r"coalitions|councils|associations|cooperatives)\s*$",
    re.IGNORECASE,
)
WORKING = lazyre.compile(
    r"\b(?:function\w*|active|operational|working|effective|sustain\w*)\b", re.IGNORECASE
)


REACH = lazyre.compile(
    r"^\W*(?:(?:total\s+)?(?:number|#|no\.)\s+of\s+)?(?:[\w-]+\s+){0,2}?(?:beneficiaries|participants|attendees|trainees)"
    r"(?:\s+(?:of|in|from|at)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:project|programme|program|training|course|activities|sessions?))?"
    r"\s*(?:$|\b(?:in|during|per)\s+(?:the\s+)?(?:reporting|[12]\d{3}|year|quarter|period))",
    re.IGNORECASE,
)


def _reach_counted(statement: str) -> str | None:
    """A bare count of beneficiaries or participants ("Child beneficiaries", "Number of participants in the
    project"): how many the project reached, an output; what changed for them is the outcome."""
    found = REACH.match(statement)
    return found.group(0).strip() if found else None


def _bodies_counted(statement: str) -> str | None:
    """A bare count of groups or committees ("Number of community freedom groups"): what was set up, an output;
    "… that took at least one action" or "functioning committees" say what they do."""
    reading = indicatortext.read(statement)
    if reading.lead not in COUNT_LEADS + ("total number",) or reading.clause:
        return None
    counted = _counted(reading.head)
    return counted if BODIES.match(counted) and not WORKING.search(counted) else None


PRODUCTS = WordList(
    "articles,materials,publications,leaflets,brochures,posters,videos,spots,tools,toolkits,manuals,curricula,"
    "modules,guidelines,agreements,programs,programmes,products,"
    "articulos,materiales,publicaciones,folletos,herramientas,manuales,acuerdos,programas,"
    "materiels,depliants,outils,manuels,accords,artigos,materiais,publicacoes,folhetos,ferramentas,manuais,acordos"
)


def _products_counted(statement: str) -> str | None:
    """A count of things the project makes or signs ("Number of media articles that …", "Number of agreements with
    companies", "Número de folletos"): what it produced, an output, unless what is measured is their use."""
    reading = indicatortext.read(statement)
    if reading.lead not in (*COUNT_LEADS, "total number") and fold(reading.lead) not in ("numero", "nombre"):
        return None
    clause = _measured_clause(reading) if reading.clause else ""
    starts = [m.start() for m in re.finditer(r"\b\w", clause)]
    if any(BEHAVIOUR_VERBS.match(clause[start:]) for start in starts):
        return None  # "toolkits that partner agencies use": their use is measured
    words = fold(_counted(reading.head)).split()
    if not words:
        return None
    noun = words[0] if fold(reading.lead) in ("numero", "nombre") else words[-1]  # the noun leads in es/fr/pt
    return _counted(reading.head) if PRODUCTS.fullmatch(noun) else None


ACTIVITY_NOUN = lazyre.compile(
    r"(?:training|trainings|outreach|awareness[- ]raising|raising|capacity[- ]building|sensiti[sz]ation|workshops?|"
    r"campaigns?|sessions?|seminars?|courses?|events?|activities)$",
    re.IGNORECASE,
)
ACTIVITY_NOUN_ES_FR_PT = WordList(
    "capacitacion,capacitaciones,formacion,formaciones,sensibilizacion,talleres,taller,campanas,campana,charlas,"
    "formation,formations,sensibilisation,ateliers,atelier,campagnes,campagne,"
    "capacitacao,capacitacoes,formacao,formacoes,sensibilizacao,oficinas,oficina,campanhas,campanha,palestras"
)


CONTACTS = lazyre.compile(
    r"^(?:[\w-]+\s+){0,3}?(?:calls|messages|webforms|inquiries|enquiries|communications|contacts|requests|"
    r"llamad[ao]s|mensajes|consultas|solicitudes|appels|demandes|chamadas|mensagens|liga[çc][õo]es|pedidos)\b",
    re.IGNORECASE,
)  # what reaches a hotline or a service: its volume says how much it was used
OTHER_ACT = lazyre.compile(
    r"\b(?!(?:received|fielded|answered|handled|logged|related|based|recibid[ao]s|atendid[ao]s|recebid[ao]s)\b)"
    r"(?:[a-z]{3,}(?:ed|ad[ao]s|id[ao]s)|referred|sent|resolved)\b",
    re.IGNORECASE,
)  # "contacts … referred to the police": what was done with them, not how many came in


def _contacts_counted(statement: str) -> str | None:
    """A count of calls, messages or requests a service took in ("Hotline Calls Answered", "Llamados recibidos en
    la línea 145", "Number of calls and webforms received"): how much the service was used, an output; what the
    callers then obtained, or how the calls were handled, is the outcome."""
    reading = indicatortext.read(statement)
    counting = reading.lead in (*COUNT_LEADS, "total number", "total") or fold(reading.lead) in (
        "numero",
        "nombre",
    )
    if reading.clause or not (counting or not reading.lead) or TIMELINESS.search(statement):
        return None
    found = CONTACTS.match(unaccented(reading.head))
    if found is None or OTHER_ACT.search(unaccented(reading.head[found.end() :])):
        return None
    return reading.head[: found.end()]


def _activity_named(statement: str) -> str | None:
    """A heading that names the project's activity as what it tracks ("Domestic Law Enforcement Training",
    "Awareness Raising on Labour Rights", "Outreach to NGOs", "Capacitación de fiscales"): the work done, an
    output. English names it last in its noun phrase, Spanish, French and Portuguese first."""
    reading = indicatortext.read(statement)
    if reading.lead or reading.clause:
        return None
    counted = _counted(reading.head).strip(" ,;:")
    words = fold(counted).split()
    if not words:
        return None
    if indicatortext.romance(statement):
        return as_typed(words[0], statement) if ACTIVITY_NOUN_ES_FR_PT.fullmatch(words[0]) else None
    found = ACTIVITY_NOUN.search(counted)
    return counted if found else None


ACTIVITY_START = lazyre.compile(
    r"^\W*(?:further\s+)?((?:strengthen|enhanc|promot|reinforc|build|develop|establish|provid|conduct|organi[sz]|"
    r"carry(?:ing)? out|deliver|train)(?:e|es|ing|en|ens)?)\b",
    re.IGNORECASE,
)  # "Strengthening the detection capabilities of officials", "Enhance the role of …": what the project will do


def _activity_wording(statement: str, level: str = "outcome") -> indicatortext.Action | None:
    """A statement worded as the project's own work or, at outcome level, as the aim itself ("Improve the
    quality of services"), not as a measure of the change."""
    if indicatortext.aimed_measure(statement):
        return None  # "Strengthen the number of …" aims at a measure
    if found := ACTIVITY_START.match(statement):
        return indicatortext.Action(found.group(1), "delivery")
    action = indicatortext.action_start(statement)
    return action if action and (action.kind == "delivery" or level == "outcome") else None


def _behaviour(statement: str) -> str | None:
    """The change in behaviour or practice the statement measures, if it measures one."""
    if law := LAW_PROVIDES.match(statement):
        return law.group(0)
    reading = indicatortext.read(statement)
    if IN_A_TEST.search(statement):
        return None  # shown in a test at the end of a course: learning, an output
    clause = _measured_clause(reading) if reading.clause else ""
    match = BEHAVIOUR_VERBS.match(clause) if clause else None
    window = (
        OUTCOME_WINDOW.search(statement) or AS_A_RESULT.search(statement) or RESULTING_IN.search(statement)
    )
    if not window and (later := LATER.search(statement)) and not _output_verb(statement):
        window = later  # "testing HIV-positive three months after PEP was prescribed": a state observed later
    if window and not match and LEARNING.search(statement):
        return None  # skills or knowledge some months after a course: still what the course taught
    return match.group(0) if match else window.group(0) if window else None


LAW_PROVIDES = lazyre.compile(
    r"^\W*(?:the\s+|national\s+|a\s+)*(?:laws?|legislation|penal\s+code|criminal\s+code|labou?r\s+code|"
    r"(?:la\s+|el\s+|a\s+|le\s+|o\s+)?(?:ley|leyes|legislaci[oó]n|loi|lois|l[eé]gislation|lei|leis|legisla[cç][aã]o|c[oó]digo|code)"
    r")\s+(?:[\w-]+ly\s+)?(?:provides?\s+for|prohibits?|criminali[sz]es?|defines?|guarantees?|stipulates?|requires?|"
    r"prev[eé]n?|proh[ií]be|garantiza|tipifica|define|pr[eé]voit|interdit|garantit|d[eé]finit|incrimine|pro[ií]be|garante|criminaliza)\b",
    re.IGNORECASE,
)  # "Law provides for separate definitions …": what the law in force says, a change in the legal framework


RESULTING_IN = lazyre.compile(
    r"\b(?:resulting|resulted|that\s+resulted|which\s+resulted)\s+in\b|\b(?:leading|led)\s+to\b"
    r"|\b(?:que\s+)?(?:result[oó]|resultaron|resultou|resultaram|dieron\s+lugar)\s+(?:en|em|a)\b|\baboutissant\s+[aà]\b",
    re.IGNORECASE,
)  # "cases resulting in convictions": counted by what followed, a change in the institution, an outcome
LATER = lazyre.compile(
    r"\b(?:\d+|one|two|three|four|five|six|nine|twelve|eighteen|twenty-four)\s+(?:months?|years?)\s+(?:after|following)\b"
    r"|\b(?:\d+|un|uno|una|dos|tres|seis|doce|deux|trois|six|douze|um|uma|dois|duas|tr[eê]s)\s+(?:mes(?:es)?|a[nñ]os?|mois|ans?)\s+"
    r"(?:despu[eé]s\s+de|tras|apr[eè]s|depois\s+d[eao]s?|ap[oó]s)\b",
    re.IGNORECASE,
)  # months or years after something was delivered: what is observed then is what it changed


LEARNING = lazyre.compile(
    r"\b(?:improved|increased|better|greater|higher|new|gained)\s+(?:[\w-]+\s+)?(?:skills?|knowledge|competenc(?:e|es|y|ies)|confidence)\b",
    re.IGNORECASE,
)  # a learning gain measured later is still learning, not practice


TIMELINESS = lazyre.compile(
    r"\bwithin\s+(?:\d+|one|two|three|four|five|seven|ten|fourteen|thirty)\s+(?:working\s+)?(?:hours?|days?|weeks?)\b",
    re.IGNORECASE,
)
AS_A_RESULT = lazyre.compile(
    r"\b(?:as\s+(?:a\s+)?results?\s+of|because\s+of|thanks\s+to|attributed\s+to)\s+(?:the\s+)?(?:[\w/-]+\s+){0,3}?"
    r"(?:program(?:me)?s?|projects?|activities|training|trainings|interventions?|support|courses?|sessions?|campaigns?)\b",
    re.IGNORECASE,
)  # a change claimed for the project's work: an outcome
DELIVERED_THROUGH = lazyre.compile(
    r"\b([a-z]{3,}ed)\s+(?:through|via|by means of|with)\s+(?:the\s+)?(?:project'?s?\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:capacity[- ]building|trainings?|technical assistance|operational support|mentoring|coaching|grants?|equipment)\b",
    re.IGNORECASE,
)  # "institutions strengthened through capacity building": what the project delivered


STATE_ISSUED = lazyre.compile(
    r"\b(?:(?:resident|residence|residency|work|temporary|reflection)\s+)*(?:permits?|visas?|certificates?|certifications?|"
    r"compensation|protection\s+orders?|(?:refugee|legal|residence)\s+status|work\s+authori[sz]ations?|identity\s+documents?|"
    r"passports?|permisos?|visados?|certificados?|indemnizaci[oó]n|permis|titres?\s+de\s+s[eé]jour|indemnisation|"
    r"autoriza[cç][oõ]es|autorizaciones|vistos?|indeniza[cç][aã]o)\b",
    re.IGNORECASE,
)  # what only a state issues or a court awards: counting them counts an institution's decisions, an outcome


def relevant_level(ind: Indicator, ctx: Context) -> Iterator[Hit]:
    project_result = ind.attributable and ind.type != "qualitative"  # context indicators deliver nothing
    above_output = ind.level in ("outcome", "impact") and project_result
    verb = (
        _output_verb(ind.statement)
        or _bodies_counted(ind.statement)
        or _reach_counted(ind.statement)
        or _products_counted(ind.statement)
        or _activity_named(ind.statement)
        or _contacts_counted(ind.statement)
        if above_output
        else None
    )
    if verb and TIMELINESS.search(ind.statement):
        verb = None  # "care plans developed within two weeks": how promptly a service works, not what was delivered
    if verb and STATE_ISSUED.search(_counted(indicatortext.read(ind.statement).head)):
        verb = (
            None  # "resident permits provided to victims": a state's decision, not what the project delivered
        )
    activity = _activity_wording(ind.statement, ind.level) if above_output and not verb else None
    if activity and activity.kind == "aim":
        yield Hit(f"'{activity.words}' states the change hoped for, the {ind.level} itself, not an indicator that shows it.",
               "Measure the change: who does or has what, observed how, e.g. '% of assisted survivors who report "
               "feeling safe at the 6-month follow-up'.", "level")  # fmt: skip
    elif activity:
        yield Hit(f"'{activity.words}' words this as the project's own work (an activity), not as a change at {ind.level} level.",
               "State the change the work should bring and how it is observed, e.g. '% of trained officials who "
               "referred at least one presumed victim within 6 months', and keep the activity in the workplan.",
               "level")  # fmt: skip
    elif verb:
        yield Hit(f"'{verb}' describes an output (what the project delivered), but this indicator is at {ind.level} level.",
               "Measure what changed because of the output, e.g. '% of trained officers who applied the screening "
               "tool in at least one case within 6 months', or move this indicator to an output.", "level")  # fmt: skip
    elif ind.level == "output" and (change := _behaviour(ind.statement)):
        yield Hit(f"'{change}' is a change in behaviour or practice, which is an outcome, but this indicator is at output level.",
               "Move it to the outcome it shows, and measure the output itself (what was delivered, to whom) here.",
               "level")  # fmt: skip
    elif (
        ind.level != "impact"
        and _attributed(ind)
        and ind.type != "milestone"
        and (context := CONTEXT_ONLY.search(ind.statement))
    ):
        yield Hit(f"'{context.group(0)}' is an impact or context measure, not a project {ind.level}.",
               "Move it to the goal (impact) level, or mark it as a context indicator not attributable to the project.",
               "level")  # fmt: skip


AMBIGUOUS_HEAD = lazyre.compile(
    r"\b(cases|reports|complaints|calls|contacts|investigations|detections|arrests|suspects|traffickers|offenders|"
    r"grievances|STRs|interceptions|prosecutions|raids|rescues|referrals|requests|identifications|convictions|"
    r"withdrawals|returns|repatriations|incidents|violations|breaches|non-compliances|sanctions|penalties|fines|"
    r"terminations|cancellations|corrective action plans|corrective actions|"
    r"casos|denuncias|quejas|reclamos|llamadas|llamados|investigaciones|incidentes|infracciones|sanciones|"
    r"cas|signalements|plaintes|appels|enqu[êe]tes|incidents|infractions|"
    r"den[úu]ncias|queixas|reclama[çc][õo]es|chamadas|investiga[çc][õo]es|processos|infra[çc][õo]es|san[çc][õo]es)\b",
    re.IGNORECASE,
)  # and the same in Spanish, French and Portuguese
DETECTED = lazyre.compile(
    r"\b(identified|detected|rescued|intercepted|tracked|found|referred|arrested|liberated|freed|certified|cancell?ed)\b",
    re.IGNORECASE,
)
HEAD_END = lazyre.compile(rf"\s(?:{_PREPOSITIONS})\s", re.IGNORECASE)
PEOPLE_NOUNS = frozenset({"returnees", "returning migrants"})  # people, counted for what happens to them
PEOPLE_HEAD = lazyre.compile(r"\b(victims|survivors|persons|people|individuals|children|migrants|workers|women|men|girls|boys|minors|contracts)\b",
                         re.IGNORECASE)  # fmt: skip


REPORTED = lazyre.compile(
    r"^(?:have\s+|has\s+|had\s+|did\s+|do\s+)?(?:fil(?:e|es|ed|ing)|lodg(?:e|es|ed|ing)|submit(?:s|ted|ting)?|ma(?:ke|kes|de|king)|"
    r"report(?:s|ed|ing)?|rais(?:e|es|ed|ing)|call(?:s|ed|ing)?|contact(?:s|ed|ing)?)\s+(?:a\s+|an\s+|at least one\s+)?"
    r"(?:(?!(?:daily|weekly|monthly|quarterly|annual|yearly|regular|routine|progress|activity|financial|narrative|"
    r"work|field|visit|case)\b)[\w-]+\s+){0,2}?(?:complaints?|grievances?|reports?|calls?|the hotline|the helpline|the police|a case|cases|abuse|"
    r"exploitation|trafficking)\b",
    re.IGNORECASE,
)
DELIVERED = lazyre.compile(
    r"\b(?:supported|assisted|served|counselled|counseled|accompanied|represented)\b",
    re.IGNORECASE,
)  # "cases of victims of violence supported": what the project delivered, not what it found
_CARE = (
    r"(?:in|entering|placed in|admitted to|taken into)\s+(?:formal|out-of-home|alternative|residential|institutional|"
    r"state|foster|kinship|family-based)\s+care\b"
)
IN_CARE = lazyre.compile(
    rf"\b(?:children|child|minors|young people)\b(?:\s+[\w-]+){{0,4}}?\s+{_CARE}", re.IGNORECASE
)  # more children in care: more need, or better protection
CARE_CLAUSE = lazyre.compile(
    rf"^(?:(?:are|were|is|was|remain|remained|have been|had been|being|live|lived|living)\s+)?{_CARE}",
    re.IGNORECASE,
)
CHILDREN = lazyre.compile(r"\b(?:children|child|minors|young people)\b", re.IGNORECASE)
RECEIVED = lazyre.compile(
    r"^(?:were\s+|have\s+|had\s+)?(?:received|receiving|receives?|got|benefited|were given)\b", re.IGNORECASE
)


PROBLEM_PERCEIVED = lazyre.compile(
    r"\b(?:indicat\w*|report\w*|say\w*|perceiv\w*|believ\w*)\s+(?:that\s+)?there\s+(?:is|are)\s+(?:a\s+|an\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:risks?|violence|abuse|exploitation|trafficking|insecurity|danger)\b",
    re.IGNORECASE,
)


COMPOSITION = lazyre.compile(
    r"^(?:[\w'-]+\s+){0,3}?[\w'-]+\s+among\s+(?:the\s+|all\s+)?(?:[\w'-]+\s+){0,2}?[\w'-]+", re.IGNORECASE
)
# a share of one group among another says who they are, not whether things got better


PROBLEM_POPULATION = lazyre.compile(
    r"^(?:(?:the|las?|los|les|as|os)\s+)?((?:[\w-]+\s+){0,2}?)"
    r"(victims|survivors|cases|complaints|reports|calls|callers|contacts|incidents|"
    r"victimas|casos|denuncias|llamad[ao]s|mujeres|victimes|cas|plaintes|appels|femmes|vitimas|chamadas|mulheres)\b",
    re.IGNORECASE,
)  # matched unaccented: the people or cases the problem brings, in English, Spanish, French and Portuguese
NOT_DONE = (
    r"affected|afectad[ao]s|affect[ée]e?s|afetad[ao]s|trafficked|exploited|explotad[ao]s|exploit[ée]e?s|"
    r"explorad[ao]s|identified|identificad[ao]s|identifi[ée]e?s|registrad[ao]s|registered|recorded|reported|"
    r"detected|detectad[ao]s|trafficking"
)  # what makes them victims or cases, or how they came to be counted: no act of the project
DONE_TO_THEM = lazyre.compile(
    rf"\b(?!(?:{NOT_DONE})\b)(?:[a-z]{{3,}}(?:ed|ad[ao]s?|id[ao]s?)|[a-zà-ÿ]{{2,}}(?<!it)(?<!ut)(?:é|ée|és|ées)|[a-z]{{3,}}ing)\b",
    re.IGNORECASE,
)
PARTICIPLE_FIRST = lazyre.compile(
    r"^(?:[a-z]{3,}(?:ed|ad[ao]s?|id[ao]s?)|[a-zà-ÿ]{2,}(?:é|ée|és|ées)|paid|given|held|kept|met|sent|taught|found|made|"
    r"taken|seen|told|brought|done|shown|won|put|set)\b",
    re.IGNORECASE,
)
CLASSED_AS = lazyre.compile(
    r"\b(?:indicated|identified|classified|recorded|registered|categori[sz]ed|identificad[ao]s|clasificad[ao]s|"
    r"classificad[ao]s|registrad[ao]s|identifi[ée]e?s|class[ée]e?s)\s+(?:as|como|comme)\b",
    re.IGNORECASE,
)  # "victims indicated as children": the class a case was put in, a trait
TRAIT_WORD = lazyre.compile(r"\b(?!(?:in|en|em|dans|during|durante|pendant|the|el|la|le|o|a)\b)\w{2,}")
NOT_A_TRAIT = lazyre.compile(
    r"\b(?:not|no|without|sin|sans|n[ãa]o|sem|within|dentro|d[ée]lai|at[ée])\b|\bfrozen\b", re.IGNORECASE
)  # a state reached or a standard met ("not re-trafficked", "within 48 hours"): an outcome, not who they are
BEING = lazyre.compile(
    r"^(?:were|was|are|is|eran|son|fueron|[ée]taient|sont|eram|s[ãa]o|foram)\b", re.IGNORECASE
)


def _composition_share(reading: indicatortext.Reading) -> str | None:
    """A share of victims or cases by a trait they have ("Porcentaje de víctimas de explotación laboral",
    "% of victims aged 18 or over", "% of cases that were child trafficking"): who they are, a breakdown whose
    rise is neither good nor bad; a share of them to whom something was done measures the doing."""
    if reading.lead not in SHARE_LEADS and fold(reading.lead) not in SHARE_LEADS_ES_FR:
        return None
    population = PROBLEM_POPULATION.match(unaccented(reading.head))
    if population is None:
        return None
    whole = " ".join(f"{reading.head} {reading.clause}".split())
    if reading.clause:  # "… that were child trafficking", "… who are female": the clause says who they are
        said = BEING.sub("", reading.clause).strip()
        being = BEING.match(reading.clause) and not PARTICIPLE_FIRST.match(said)
        return whole if being and not (DONE_TO_THEM.search(said) or NOT_A_TRAIT.search(said)) else None
    trait = TIME_FRAME.sub(" ", reading.head[population.end() :])
    if classed := CLASSED_AS.search(trait):  # "potential victims indicated as children"
        return None if NOT_A_TRAIT.search(trait[classed.end() :]) else whole
    said = f"{population.group(1)} {trait}"
    if not TRAIT_WORD.search(trait) or DONE_TO_THEM.search(said) or NOT_A_TRAIT.search(said):
        return None
    return whole


TIME_IN_SERVICE = lazyre.compile(
    r"^\W*(?:(?:total|average|mean|median)\s+)?(?:number\s+of\s+)?(?:days|nights|bed[- ]nights|months|time|"
    r"length\s+of\s+stay|amount\s+of\s+time)\s+(?:spent\s+|stayed\s+)?(?:in|at)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?"
    r"(?:shelters?|care|accommodation|refuges?|safe\s+houses?|detention|custody)\b",
    re.IGNORECASE,
)  # a longer stay can be the help people need or their being kept: neither way is good in itself


def _ambiguous_count(ind: Indicator) -> str | None:
    reading = indicatortext.read(ind.statement)
    if perceived := PROBLEM_PERCEIVED.search(ind.statement):
        return perceived.group(0)  # more people who see a risk: more awareness, or more risk
    if (
        composition := COMPOSITION.match(reading.head)
        if reading.lead in SHARE_LEADS and not reading.clause
        else None
    ):
        return composition.group(
            0
        )  # "children among victims identified": more children is neither good nor bad
    if breakdown := _composition_share(reading):
        return breakdown
    if ind.unit not in ("number", "rate") or reading.lead in SHARE_LEADS:
        return None
    if in_care := _in_care(reading):
        return in_care
    if stay := TIME_IN_SERVICE.match(ind.statement):
        return stay.group(0)
    if RECEIVED.match(reading.clause):
        return None  # cases that received the project's mentoring or support: what the project delivered
    if reported := REPORTED.match(_measured_clause(reading)):
        return reported.group(0)  # workers who filed grievances: more trust or more abuse
    delivered = any(
        not indicatortext.adjective_position(reading.head, m.start())
        for m in DELIVERED.finditer(reading.head)
    )  # "cases … supported", not "cases in the supported areas"
    acted = donoharm.harmful_measure(ind.statement)
    if acted and acted.lower() not in PEOPLE_NOUNS and not (delivered and acted not in reading.head):
        return acted  # people rescued, returned, arrested: more of them is more harm found, or more looking
    if delivered:
        return None  # what the project delivered, whatever then happened to those it served
    head = HEAD_END.split(reading.head, maxsplit=1)[0]
    match = AMBIGUOUS_HEAD.search(head) or AMBIGUOUS.search(head)
    if match:
        return match.group(0)
    if bare := indicatortext.bare_victim_count(ind.statement):
        return bare
    people = PEOPLE_HEAD.search(head)
    detected = next(
        (
            m
            for m in DETECTED.finditer(head)
            if not indicatortext.adjective_position(head, m.start())
            and not donoharm.good_outcome(head, m.end())
        ),
        None,
    )
    return f"{people.group(0)} {detected.group(0)}" if people and detected else None


def _in_care(reading: indicatortext.Reading) -> str | None:
    """Children in care as what is counted: in the head, or in a clause that says only that they are in care
    ("children aged 10-14 who are in foster care"); not children in care counted for what then happened to them."""
    if not reading.clause:
        found = IN_CARE.search(reading.head)
        return found.group(0) if found else None
    found = CARE_CLAUSE.match(reading.clause) if CHILDREN.search(reading.head) else None
    return found.group(0) if found else None


def relevant_direction(ind: Indicator, ctx: Context) -> Iterator[Hit]:
    if fewer := donoharm.fewer_migrants(ind.statement, ind.direction):
        yield Hit(f"'{fewer}' sets fewer people migrating as the aim, but migration is a right and a livelihood, not "
               "trafficking: a drop can mean people were kept from work they needed or pushed onto irregular routes.",
               "Measure safer migration instead, e.g. '% of prospective migrants who plan to migrate through a licensed "
               "recruiter with the required documents', or count only irregular or unsafe moves.", "direction")  # fmt: skip
        return
    match = _ambiguous_count(ind)
    if match and not ind.direction_note:
        targeted = (
            not ind.monitor_only
            and any(t.status == "set" and t.value is not None for t in ind.targets)
            and not any(match in hit.message for hit in harmful_target(ind, ctx))
        )  # where H1 names these words, it already says to drop the target: this finding asks only for the note
        acted = donoharm.harmful_measure(ind.statement)
        pair = (
            f"pair the count with {donoharm.better_measure(acted)}"
            if acted
            else "pair the count with a quality measure"
        )
        yield Hit(f"'{match}' can rise because the problem grows or because more of it is found, reported or acted on"
               + ("; a target on it rewards pushing the figure either way." if targeted else "."),
               ("Make it monitor-only (no target) with " if targeted else "Add ")
               + f"a direction note that says how to read a rise and a fall, and {pair}.",
               "direction_note", "info" if ind.monitor_only else None)  # fmt: skip
        # monitor-only declares the count is tracked, never aimed at: the note helps its reading, no aim is at stake


def time_bound_targets(ind: Indicator, ctx: Context) -> Iterator[Hit]:
    if ind.monitor_only or "INC" in ind.pitfalls or not ind.attributable:
        return  # a count to monitor, never to target (see H1); a context indicator takes none (T5)
    if all(t.status == "to_be_set" for t in ind.targets):
        yield Hit("The target value is still to be set.",
               "Set the target value and its date once the baseline is known (or now, from a comparable project).",
               "targets")  # fmt: skip


def time_bound_context(ind: Indicator, ctx: Context) -> Iterator[Hit]:
    if ind.monitor_only or ind.attributable or not ind.targets:
        return
    if all(t.status == "to_be_set" for t in ind.targets):
        yield Hit("A context indicator (not attributable to the project): it shows the situation the project works "
               "in, not a result the project can claim, so it needs no target.",
               "Make it monitor only (direction: monitor, no targets) and report it as context; the project's own "
               "indicators carry the targets.", "targets")  # fmt: skip


_NUM = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty-four|thirty|thirty-six|forty-eight|a|an)"
TIME_FRAME = lazyre.compile(
    r"\b(?:19|20)\d{2}\b"
    rf"|\b{_NUM}[- ](?:hours?|days?|weeks?|months?|years?|quarters?)\s+(?:after|of(?!\s+age\b)|from|following|before|since|later|"
    r"post|into|follow-?up|period|window|cohort)\b"
    rf"|\b(?:within|over|for|in|during|after)\s+(?:the\s+)?(?:first\s+|last\s+|past\s+)?{_NUM}[- ](?:hours?|days?|weeks?|months?|years?|quarters?)\b"
    r"|\b(?:in|during|over|for|by|within)\s+(?:the\s+)?[\w-]+\s+(?:period|round|deadline|window|half-year)\b"
    r"|\bhalf-year\b|\bend-of-(?:course|training|project|year|programme)\b"
    r"|\blatest (?:report|edition|round|assessment|survey|evaluation|data|figures)\b"
    r"|\b(?:at|in|from)\s+(?:the\s+)?(?:latest|last|next|most recent)\s+(?:[\w-]+\s+){0,4}?(?:round|survey|census|wave|edition)\b"
    r"|\b(?:in|during|over|for|by|per|each|every|of|across|throughout|since|within)\s+(?:the\s+|a\s+|each\s+|this\s+)?"
    r"(?:reporting\s+|reference\s+|same\s+|current\s+|previous\s+|last\s+|project\s+|school\s+|financial\s+|fiscal\s+"
    r"|calendar\s+|academic\s+|first\s+|final\s+){0,2}(?:period|quarter|year|month|week|semester|term|cycle|phase|"
    r"round|wave|season)\b"
    r"|\b(?:during|over|throughout|across|within|for)\s+(?:the\s+)?(?:(?:life|lifetime|duration|course)\s+of\s+(?:the\s+)?)?"
    r"(?:project|programme|program|intervention)\b|\b(?:project|programme|program)(?:'s)?\s+(?:lifetime|life|duration|period|end)\b"
    r"|\b(?:LOP|EOP|EOL|life of (?:the )?(?:project|programme|award|activity)|end of (?:the )?(?:project|programme|award|activity))\b"
    r"|\b(?:FY|Y|Yr|Q)\s?\d{1,4}\b|\byear\s+(?:\d|one|two|three|four|five)\b|\bcumulative(?:ly)?\b"
    r"|\bat\s+(?:the\s+)?(?:baseline|midline|endline|exit|discharge|intake|admission|closure|entry|follow-up|departure|"
    r"arrival|time of|end|start|case closure|graduation|completion|close)\b"
    r"|\b(?:annual(?:ly)?|quarterly|monthly|yearly|weekly|biannual(?:ly)?|semi-?annual(?:ly)?|endline|midline)\b"
    r"(?!\s+(?:income|incomes|wages?|salar(?:y|ies)|earnings|pay|rent|remittances?|allowances?|budgets?|costs?)\b)"
    r"|\bby\s+(?:the\s+)?(?:end|mid|close|start)\b"
    r"|\b(?:january|february|march|april|may|june|july|august|september|october|november|december)\b"
    r"|\b(?:last|past|previous|first|next|this|current)\s+(?:\d+\s+|twelve\s+|six\s+|three\s+)?(?:days?|weeks?|months?|years?|quarters?)\b"
    r"|\breporting (?:date|period|quarter|year)\b|\bsince (?:the )?(?:project |programme )?(?:start|baseline|beginning|inception|launch)\b"
    r"|(?<!ingresos )(?<!ingreso )(?<!salario )(?<!salarios )(?<!sueldo )(?<!renda )(?<!rendimento )(?<!salaire )"
    r"(?<!salaires )(?<!revenu )(?<!revenus )(?<!alquiler )(?<!aluguel )(?<!loyer )"
    r"\b(?:anual(?:es|mente)?|annuel(?:le)?s?|annuellement|mensual(?:es|mente)?|mensal|mensais|mensalmente|"
    r"mensuel(?:le)?s?|mensuellement|trimestral(?:es|mente)?|trimestrais|trimestriel(?:le)?s?|semestral(?:es|mente)?|"
    r"semestrais|semestriel(?:le)?s?)\b"
    r"|\b(?:en|durante|dans|pendant|au cours|no|na|nos|nas|em)\b.{0,20}\b(?:periodo|trimestre|semestre|ciclo|cycle|ano|annee|mois|mes|"
    r"(?<=el )ejercicio|(?<=del )ejercicio|(?<=este )ejercicio)\b"
    rf"|\b{_NUM}\s+(?:mes(?:es)?|dias?|anos?|semanas?|mois|jours?|ans|annees?|semaines?)\s+"
    r"(?:despues|tras|depois|apres|posteriores|a partir|desde|suivant)\b"
    r"|\b(?:al|a la|hasta el|d'ici la|avant la)\s+(?:final|fin|cierre|terme)\s+(?:del?|du)\s+(?:proyecto|projet|programa|programme)\b",
    re.IGNORECASE,
)


def _time_text(ind: Indicator) -> str:
    parts = [ind.statement, ind.numerator or "", ind.denominator or "", ind.unit_detail or ""]
    return NAMED_YEAR.sub("", " | ".join(parts + [f"{term} {text}" for term, text in ind.definitions]))


NAMED_YEAR = lazyre.compile(r"\b(?:19|20)\d{2}(?=\s+(?:[A-Z]{2,}|[A-Z][a-z]+)\s+[A-Z])")
# "the 2014 ILO Protocol", "the 2030 Agenda": a year in a name dates the document, not the count


def time_bound_statement(ind: Indicator, ctx: Context) -> Iterator[Hit]:
    if ind.type == "qualitative" or (ind.type == "milestone" and not _states_an_event(ind.statement)):
        return  # a stage or a story is dated by its target and its collection round
    text = _time_text(ind)
    if TIME_FRAME.search(text) or TIME_FRAME.search(fold(text)):
        return
    if ind.type == "milestone":
        yield Hit("The statement says something will be done but not by when.",
               "Add the date to the statement, e.g. '… established by June 2028', or word it as a stage read at "
               "each report ('Stage reached by …').", "statement")  # fmt: skip
    else:
        yield Hit("The statement has no reference period, follow-up window or date: nobody can tell when to count.",
               "Add the period or window to the statement, e.g. 'in the reporting year', 'within 12 months of "
               "return', 'at exit', 'by December 2028'.", "statement")  # fmt: skip


def _states_an_event(statement: str) -> bool:
    """A milestone worded as something done ("Council established", "Enactment of guidelines"), not as a
    stage or existence read at each report ("Stage reached by the SOP", "Existence of a complaint channel")."""
    return not UNIT_WORD.search(statement) and not MILESTONE_LEAD.match(statement)


def time_bound_target_dates(ind: Indicator, ctx: Context) -> Iterator[Hit]:
    profile = ctx.plan.profile
    for n, target in enumerate(ind.targets):
        if target.date is None:
            yield Hit("A target has no date, so it can never be missed.",
                   "Give every target the date it should be reached, within the project period.", f"targets[{n}]")  # fmt: skip
        elif target.date > profile.end_date or target.date < profile.start_date:
            yield Hit(f"The target date {target.date} falls outside the project ({profile.start_date} to {profile.end_date}).",
                   "Date each target within the project period; report later change as an expected longer-term result.",
                   f"targets[{n}].date", "warning")  # fmt: skip


def time_bound_window(ind: Indicator, ctx: Context) -> Iterator[Hit]:
    profile = ctx.plan.profile
    window = {"followup_3m": 3, "followup_6m": 6, "followup_12m": 12}.get(ind.frequency)
    if window and profile.months < window + 3:
        yield Hit(f"A {window}-month follow-up barely fits a {profile.months}-month project: the last people assisted "
               "cannot be followed up before it ends.",
               "Use a shorter follow-up window or report the measure for an earlier cohort.", "frequency")  # fmt: skip
    match = LAGGING.search(ind.statement)
    if match and profile.months <= 36 and not TIME_FRAME.search(ind.statement):
        yield Hit(f"'{match.group(0)}' usually comes years after a case opens; it may fall after the project ends.",
               "Track stage indicators (investigations opened, files accepted, indictments) and treat convictions "
               "as a longer-term result.", "statement")  # fmt: skip


def placeholders_filled(ind: Indicator, ctx: Context) -> Iterator[Hit]:
    names = PLACEHOLDER.findall(ind.statement)
    if names:
        yield Hit(f"The statement still has {', '.join(names)} to fill in.",
               "Replace each [placeholder] with your project's value (a place, a period, a threshold).",
               "statement")  # fmt: skip
    for wording in ind.stand_ins:  # a starter's plain stand-in for a placeholder, until the user replaces it
        if re.search(rf"(?<!\w){re.escape(wording)}(?!\w)", ind.statement, re.IGNORECASE):
            yield Hit(f"'{wording}' is a stand-in the starter plan put in for a placeholder, not your project's own "
                      "wording.", f"Replace the stand-in '{wording}' with your project's value.", "statement")  # fmt: skip


def disaggregated(ind: Indicator, ctx: Context) -> Iterator[Hit]:
    subject_match = SUBJECT.match(ind.statement)
    subject = subject_match.group(1) if subject_match else ""
    if ind.unit not in ("number", "percent") or not PEOPLE.search(subject):
        return
    codes = {d.code for d in ind.disaggregation}
    in_role = bool(
        PROFESSIONALS.search(subject) or ROLES.search(ind.statement) or _trainees(ind.statement, subject)
    )
    victims = bool(VICTIM_DATA.search(subject)) and not in_role  # survivor advisers count as advisers
    wanted = ("SEX",) if in_role and not victims else PEOPLE_CODES
    missing = [c for c in wanted if c not in codes and not _stated(c, ind.statement, subject)]
    extra = [c for c in VICTIM_CODES if c not in codes] if victims else []
    if missing and not _counts_people(ind.statement):
        yield Hit(f"This counts {_counted(indicatortext.read(ind.statement).head)}, not people; where each concerns "
               f"people, a breakdown by {_named(missing)} of those people would show who is reached.",
               "Add SEX and AGE where the records hold them.", "disaggregation", "info")  # fmt: skip
    elif missing and _breakdown_in_statement(ind.statement):
        yield Hit(f"The statement is itself a breakdown; a further one by {_named(missing + extra)} would also "
               "show who is counted.", "Add the codes where the records hold them and cells stay large enough to "
               "publish.", "disaggregation", "info")  # fmt: skip
    elif missing:
        yield Hit(f"This counts people but is not broken down by {_named(missing + extra)}.",
               "Add the codes with the values you will use (e.g. SEX; AGE bands 0-11, 12-17, 18-24, 25-49, 50+; "
               "EXP forms of exploitation; NAT nationality), as SDG 16.2.2 does.", "disaggregation")  # fmt: skip
    elif extra:  # sex and age, the minimum donors require, are there: the rest is a suggestion
        named = " and ".join(CODE_NAMES[c] for c in extra)
        yield Hit(f"This counts victims or survivors by sex and age; a breakdown by {named} would also "
               "show who the project reaches.",
               "Consider adding EXP (form of exploitation) and NAT (nationality) where the records hold them and "
               "cells stay large enough to publish.", "disaggregation", "info")  # fmt: skip


CODE_NAMES = {
    "SEX": "sex (SEX)",
    "AGE": "age (AGE)",
    "EXP": "form of exploitation (EXP)",
    "NAT": "nationality (NAT)",
}


STATED_AGE = lazyre.compile(
    r"\badults?\b|\baged\s+\d+|\b(?:under|below|over|above)\s+(?:the\s+age\s+of\s+)?\d+\s*(?:years)?\b"
    r"|\b\d+\s*(?:-|–|to)\s*\d+\s*years\b|\b\d+\s+years\s+(?:and|or)\s+(?:older|over|above|younger|under)\b",
    re.IGNORECASE,
)  # "adult victims", "(below 18 years)", "aged 16-24": the age group is written into what is counted


def _stated(code: str, statement: str, subject: str) -> bool:
    """The statement already fixes this breakdown: one sex ("women survivors"), one age group ("adult victims")."""
    if code == "SEX":
        return _one_sex(subject)
    return code == "AGE" and bool(STATED_AGE.search(statement))


BY_GROUP = lazyre.compile(r"\((?:disaggregated\s+)?by\s+[\w\s,-]+\)|\bdisaggregated\s+by\b", re.IGNORECASE)


def _counts_people(statement: str) -> bool:
    """What a count or share is of names people ("survivors engaged …"), not cases, reports or bodies about them."""
    reading = indicatortext.read(statement)
    return not _counted_lead(reading.lead) or bool(PEOPLE.search(_counted(reading.head)))


def _breakdown_in_statement(statement: str) -> bool:
    """The indicator is a breakdown ("Proportion of children among victims", "… (by country of citizenship)"):
    a missing code is then a suggestion, not a gap in what donors require."""
    reading = indicatortext.read(statement)
    share_among = reading.lead in SHARE_LEADS and bool(COMPOSITION.match(reading.head))
    return share_among or bool(BY_GROUP.search(statement))


def _named(codes: list[str]) -> str:
    """Breakdowns in words a person reads, the code after each: 'sex (SEX), age (AGE) and nationality (NAT)'."""
    names = [CODE_NAMES.get(code, code) for code in codes]
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


TRAINEES = lazyre.compile(
    r"\b(?:trained|capacitated|certified|(?:who|that)\s+(?:have\s+|had\s+)?(?:completed|attended|passed)\s+(?:the\s+|a\s+)?"
    r"(?:[\w-]+\s+)?(?:training|course|module|workshop))\b",
    re.IGNORECASE,
)
MINORS = WordList("children,child,girls,boys,adolescents,youth,young people,students,pupils,minors")


def _trainees(statement: str, subject: str) -> bool:
    """Adults counted as trainees ("people trained in prevention"): donors ask for sex, not age bands."""
    return bool(TRAINEES.search(statement)) and not MINORS.search(subject)


FEMALE = lazyre.compile(r"\b(?:women|girls|mujeres|ninas|femmes|filles)\b", re.IGNORECASE)
MALE = lazyre.compile(r"\b(?:men|boys|hombres|ninos|hommes|garcons)\b", re.IGNORECASE)


def _one_sex(subject: str) -> bool:
    """The people counted are all women and girls, or all men and boys: a breakdown by sex says nothing."""
    return bool(FEMALE.search(subject)) != bool(MALE.search(subject))


ROLES = lazyre.compile(r"\b(?:paid roles?|roles? as|advisory (?:council|board|group)|as (?:staff|trainers?|consultants?|advisers?))\b",
                   re.IGNORECASE)  # fmt: skip
_VICTIMS = r"(?:victims?|survivors?|residents?|returnees?|trafficked (?:persons|people)|children)(?!-)"
DIRECT_CONTACT = lazyre.compile(
    rf"\b(?:interview|survey|questionnaire|focus group|feedback|follow[- ]?up)\w*\s+(?:with|of|among|to|from)\s+"
    rf"(?:the\s+)?(?:[\w-]+\s+)?{_VICTIMS}\b"
    rf"|\b{_VICTIMS}\s+(?:[\w-]+\s+){{0,2}}?(?:are\s+|were\s+|is\s+|being\s+)?(?:interviewed|surveyed|asked|followed up)\b",
    re.IGNORECASE,
)
PROFESSIONALS = WordList(
    "officials,officers,inspectors,prosecutors,judges,lawyers,staff,professionals,guards,teachers,practitioners,"
    "police,operators,workers,employees,members,leaders,advisers,volunteers,interpreters,journalists"
)
SUBJECT = lazyre.compile(r"^\W*(?:%|#|[\w-]+(?:\s+[\w-]+){0,3}?)\s+of\s+((?:\S+\s+){0,3}\S+)", re.IGNORECASE)


def is_victim_data(ind: Indicator) -> bool:
    """Data come from or about (presumed) victims: they are what is counted, or they are asked directly."""
    subject = SUBJECT.match(ind.statement)
    if subject and VICTIM_DATA.search(subject.group(1)):
        return True
    return bool(DIRECT_CONTACT.search(f"{ind.means_of_verification}. {ind.collection_method or ''}"))


def ethics_victim_data(ind: Indicator, ctx: Context) -> Iterator[Hit]:
    if not is_victim_data(ind):
        return
    if not ind.ethics_notes:
        yield Hit("The data come from or about victims or survivors, but no consent or confidentiality safeguard is noted.",
               "Add ethics notes: consent for M&E separate from services, no names in M&E data, small cells "
               "suppressed, collectors who do not deliver the service.", "ethics_notes")  # fmt: skip
    elif len(ind.disaggregation) >= 3 and not any(
        "cell" in n.lower() or "fewer than" in n.lower() for n in ind.ethics_notes
    ):
        anonymous = any(ANONYMISED.search(n) for n in ind.ethics_notes)  # a safeguard is there; refine it
        yield Hit("Fine disaggregation of victim data can single people out.",
               "Add a small-cell rule to the ethics notes: do not publish cells under 5 or combinations that identify someone.",
               "ethics_notes", "info" if anonymous else "warning")  # fmt: skip


ANONYMISED = lazyre.compile(
    r"\b(?:aggregates?|aggregated|anonymous|anonymi[sz]ed|coded|no names)\b", re.IGNORECASE
)


def _recorded_texts(ind: Indicator) -> list[str]:
    texts = [ind.statement, ind.means_of_verification, ind.collection_method or "", ind.numerator or "",
             ind.denominator or "", ind.unit_detail or ""]  # fmt: skip
    texts += [text for _, text in ind.definitions]
    texts += [" ".join((d.name or "", *d.values)) for d in ind.disaggregation]
    return texts


def ethics_identifying_data(ind: Indicator, ctx: Context) -> Iterator[Hit]:
    open_kinds = [
        f
        for f in donoharm.identifying_data(_recorded_texts(ind))
        if not donoharm.addressed(f.kind, ind.ethics_notes)
    ]
    if open_kinds:
        words = ", ".join(f"'{f.words}'" for f in open_kinds)
        yield Hit(f"The indicator would record identifying data ({words}); whoever it describes, a leak or a "
               "subpoena can expose them.",
               "Keep M&E data anonymous: count, do not list; use codes instead of names; no photos, addresses, "
               "locations, phone numbers or biometrics in M&E records. If the service itself must hold them, say "
               "in the ethics notes who holds them, how they are protected and that M&E only receives aggregates.",
               "ethics_notes")  # fmt: skip


def harmful_target(ind: Indicator, ctx: Context) -> Iterator[Hit]:
    if ind.monitor_only or not any(t.status == "set" and t.value is not None for t in ind.targets):
        return
    if ind.unit not in ("number", "percent", "rate", "ratio"):
        return  # a duration, a score or a stage rewards speed or quality, not volume
    words = (
        _target_prone(ind, ctx.kb)
        and "a target-prone count"
        or donoharm.harmful_measure(ind.statement)
        or indicatortext.bare_victim_count(ind.statement)
    )
    if words:
        yield Hit(f"A target on {words if words.startswith('a ') else repr(words)} rewards volume: it can push staff to "
               "label, raid, detain, shelter or return people to meet the figure (pitfall INC).",
               f"Make this indicator monitor-only (direction: monitor, no target; a donor's required figure goes under "
               f"projections) and put the target on {donoharm.better_measure(words + ' ' + ind.statement)}.",
               "targets")  # fmt: skip


SAME_COUNT = 80  # rapidfuzz token-set ratio above which a statement still words its source's count


def _target_prone(ind: Indicator, kb: KnowledgeBase | None) -> bool:
    """Pitfall INC on the indicator, or on the knowledge indicator it was taken from (a plan edited by hand may
    have lost its pitfalls, not its origin), while the statement still counts what that source counts: a
    statement rewritten to another unit or measure has left the source's pitfall behind."""
    source = kb.indicator_by_id.get(ind.kb_id) if kb is not None and ind.kb_id else None
    if source is None:
        return "INC" in ind.pitfalls
    return "INC" in {*ind.pitfalls, *source.pitfalls} and _counts_as(ind, source)


def _counts_as(ind: Indicator, source: KbIndicator) -> bool:
    acted = donoharm.harmful_measure(source.statement)
    if ind.unit != source.unit:
        return False
    if acted is not None and acted.lower() in ind.statement.lower():
        return True
    from rapidfuzz import fuzz  # only here: a review that never needs it starts without it

    return (
        max(
            fuzz.token_set_ratio(fold(ind.statement), fold(wording))
            for wording in (source.statement, source.filled_statement())
        )
        >= SAME_COUNT
    )


def relevant_fit(ind: Indicator, ctx: Context) -> Iterator[Hit]:
    if ctx.kb is None or not ind.attributable:
        return  # a context indicator describes the setting, not the result
    statement = _result_statement(ctx.plan, ind.result)
    if statement is None:
        return
    ref = reference(ctx.kb)
    area_id = ref.area_for(statement.statement, statement.kb_id, ind.area)
    own_result = ref.indicator_result.get(ind.kb_id) if ind.kb_id else None
    if area_id is None or (own_result is not None and own_result in (statement.id, statement.kb_id)):
        return  # the knowledge base's own indicator for this result
    # "at case closure", "in the reporting year" say when, not what
    measured = TIME_FRAME.sub(" ", ind.statement)
    fit = ref.fit(measured, area_id)
    own = ref.nearest(
        measured,
        [
            i
            for i in ref.indicators.get(_kb_result(ref, statement), ())
            if not {"INC", "AMB"} & set(i.pitfalls)
        ],
    )[:2]  # the result's own measures closest to what the user meant come first
    examples = "; ".join(f"{i.id} '{_short(i.filled_statement(), 90)}'" for i in own)
    use = (
        f"Use an indicator that shows this result, e.g. {examples}; or "
        if examples
        else "Measure what this result says will change; or "
    )
    problem = (
        f"This indicator does not seem to measure its result {ind.result} '{_short(statement.statement, 90)}'"
    )
    if ind.level != "impact" and ind.unit not in ("stage", "yes_no") and (scope := population_figure(ind)):
        yield Hit(f"{problem}: it is a population-wide figure ('{scope}') that the project's work does not move "
               "on its own.",
               f"{use}keep this one as a context indicator (not attributable) at goal level.", "result")  # fmt: skip
        return
    if other := topic_mismatch(ref, measured, statement.statement, statement.kb_id, area_id):
        said = "" if other.words.lower() == other.field else f" ('{other.words}')"
        yield Hit(f"{problem}: it measures {other.field}{said}, and nothing in it ties it to trafficking, "
               "exploitation, migration or the change this result names.",
               f"{use}if it serves this result (survivors of trafficking among those it counts, say), say so in the "
               f"statement; if not, keep it in the {other.field} part of the programme's framework.", "result")  # fmt: skip
        return
    if breakdown := _breakdown_under(statement.statement, measured):
        yield Hit(f"{problem}: it is a breakdown ('{breakdown}'): it says who the victims or cases are, not whether "
               "the change this result names happened.",
               f"{use}keep the breakdown as a disaggregation of a count (by sex, age, form of exploitation, "
               "nationality) rather than as an indicator.", "result")  # fmt: skip
        return
    gap = _construct_mismatch(ind, ctx, statement, measured)
    if ind.level == "impact":
        yield from _construct_hit(gap, problem, use)
        return  # an impact indicator measures the wider change, in words no single area owns
    # where the result's own wording or measures read as that area's work too, the indicator may measure it there
    found = misplaced(ref, measured, area_id)
    if found and found.area.id not in home_areas(ctx.kb, statement.statement, statement.kb_id, area_id):
        area_name = found.area.name.lower()
        reason = (
            f"it reads like a measure of {area_name} (the knowledge indicator {found.twin.id} "
            f"'{_short(found.twin.filled_statement(), 90)}')"
            if found.twin
            else f"it reads like a measure of {area_name} ({found.result} '{_short(ref.results[found.result].statement, 90)}')"
            if found.result
            else f"it shares next to no word with this result's area and reads like a measure of {area_name}"
        )
        yield Hit(f"{problem}: {reason}.",
               f"{use}move this one under a result of {found.area.name.lower()}.", "result")  # fmt: skip
        return
    defined = " ".join(f"{term}: {meaning}" for term, meaning in ind.definitions)
    if elsewhere := reads_as_other_area(
        ctx.kb, measured, statement.statement, statement.kb_id, area_id, defined
    ):
        name = elsewhere.area.name.lower()
        there = ref.results.get(elsewhere.result or "")
        target = f"{there.id} '{_short(there.statement, 90)}'" if there else f"a result of {name}"
        yield Hit(f"{problem}: it reads as a measure of {name} ({elsewhere.why}), and nothing in it speaks of this "
               "result's work or its area's.",
               f"{use}if it measures {name}, move it under {target}.", "result")  # fmt: skip
        return
    if gap:
        yield from _construct_hit(gap, problem, use)
        return
    in_result = ref.sibling(measured, statement.kb_id)[0] if statement.kb_id in ref.results else None
    if fit.best is not None and reads_elsewhere(fit, area_id, in_result):
        if strong_evidence(ref, fit, measured, area_id):
            yield Hit(f"Check that this indicator measures its result {ind.result} '{_short(statement.statement, 90)}': "
                   f"its words are more those of {fit.best.name.lower()}, though word overlap cannot judge meaning.",
                   f"{use}if it does measure this result, leave it.", "result", "info")  # fmt: skip
        return
    if statement.kb_id in ref.results:
        mine, sibling, theirs = ref.sibling(measured, statement.kb_id)
        other = ref.results.get(sibling or "")
        level_apart = other is not None and other.level != ref.results[statement.kb_id].level
        if (
            level_apart
            and mine < SIBLING_FIT
            and theirs >= mine + CLEARLY_BETTER
            and _reads_as(other.level, ind)
        ):
            yield Hit(f"{problem}: it reads like a measure of {other.level} {sibling} '{_short(other.statement, 90)}'.",
                   f"{use}move this one under {sibling}.", "result", "info")  # fmt: skip
            # a suggestion: the level rule (R1) already warns when the wording is of another level


ABOUT_DATA = lazyre.compile(
    r"\b(?:data|statistics?|research|estad[íi]sticas?|datos|statistiques?|donn[ée]es|estat[íi]sticas?|dados|"
    r"recherche|investigaci[óo]n|pesquisa)\b",
    re.IGNORECASE,
)


def _breakdown_under(result: str, measured: str) -> str | None:
    """A share of victims or cases by a trait they have ("children among victims", "Porcentaje de víctimas de
    explotación laboral") under a result that is not about data or statistics: a profile, no change."""
    if ABOUT_DATA.search(result):
        return None
    reading = indicatortext.read(measured)
    among = COMPOSITION.match(reading.head) if reading.lead in SHARE_LEADS and not reading.clause else None
    return among.group(0) if among else _composition_share(reading)


def _construct_hit(gap: ConstructGap | None, problem: str, use: str) -> Iterator[Hit]:
    if gap is not None:
        said = "" if gap.words.lower() == gap.asked else f" ('{gap.words}')"
        yield Hit(f"{problem}: it counts '{gap.counted}', while the result asks about {gap.asked}{said}, which a "
               "count of acts cannot show.",
               f"{use}keep this count, if you need it, as a monitor-only figure beside an indicator of {gap.asked}.",
               "result")  # fmt: skip


def _construct_mismatch(ind: Indicator, ctx: Context, result: Any, measured: str) -> ConstructGap | None:
    """A count of people or acts (rescued, convicted, raids …) under an objective or outcome that asks about a
    quality, a state or a behaviour (timeliness, access, safety, knowledge …) the count cannot show."""
    if ind.unit != "number" or indicatortext.read(measured).lead in SHARE_LEADS:
        return None
    if _result_kind(ctx.plan, result.id) not in ("objective", "outcome"):
        return None
    ref = reference(ctx.kb)
    counted = donoharm.harmful_measure(measured) or _act_counted(measured)
    return construct_gap(ref, counted, result.statement, _kb_result(ref, result))


ACT_IN_HEAD = lazyre.compile(
    r"\b(?:inspected|investigated|dismantled|disrupted|inspeccionad[oa]s|investigad[oa]s|desarticulad[oa]s|"
    r"desmantelad[oa]s|fiscalizad[oa]s|inspecionad[oa]s|desmantelad[oa]s|inspect[ée]e?s|d[ée]mantel[ée]e?s)\b",
    re.IGNORECASE,
)  # acts of inspectors and police on workplaces, cases and groups (donoharm names those on people)


def _act_counted(measured: str) -> str | None:
    """The inspection or investigation act a bare count names ("Trabajadores inspeccionados", "Grupos …
    desarticulados", "cases investigated"), when no clause says more."""
    reading = indicatortext.read(measured)
    counting = reading.lead in COUNT_LEADS or fold(reading.lead) in ("numero", "nombre") or not reading.lead
    if reading.clause or not counting:
        return None
    found = ACT_IN_HEAD.search(reading.head)
    return (
        found.group(0)
        if found and not indicatortext.adjective_position(reading.head, found.start())
        else None
    )


def _kb_result(ref: Any, result: Any) -> str:
    """The knowledge base's id for a plan result: its kb_id, or for an area's objective (whose kb_id is the area)
    the objective's own id, under which the knowledge base files the objective's indicators (SHL-OBJ)."""
    if result.kb_id in ref.areas and result.id in ref.indicators:
        return result.id
    return result.kb_id or ""


def _result_kind(plan: Plan, result_id: str) -> str | None:
    return next(
        (kind for block in plan.results_chain for kind, s in block.results() if s.id == result_id), None
    )


POPULATION_SCOPE = lazyre.compile(
    r"\bper\s+(?:100[,. ]?000|10[,. ]?000|1[,. ]?000|100(?=\s+(?:population|inhabitants|people|persons|residents)))\b|\b(?:nationwide|nationally|worldwide|globally|country-?wide)\b"
    r"|\bin the (?:country|world|region)\b(?!['’]s)|\b(?:number|share|proportion|%) of countries\b"
    r"|\bnational\s+(?:average|level|rate|prevalence|compliance|totals?|figures?|population)\b"
    r"|\bat (?:the )?national level\b|\b(?:general|total|national|resident) population\b",
    re.IGNORECASE,
)
EXPERIENCED = lazyre.compile(
    r"\b(?:who|that)\s+(?:have\s+|had\s+|were\s+|was\s+|are\s+)?(?:ever\s+)?(?:experienc(?:ed|ing)|suffer(?:ed|ing)|died|"
    r"disappeared|married|subjected)\b|\bsubjected to\b|^\W*(?:%|percentage|proportion|share|rate|number)\s+of\s+"
    r"(?:[\w-]+\s+){1,3}?(?:experiencing|suffering)\b",
    re.IGNORECASE,
)
IN_A_CONDITION = lazyre.compile(
    r"^\W*(?:(?:total\s+)?number|#|%|percentage|proportion|share)\s+of\s+(?:[\w-]+\s+){0,2}?(?:people|persons|children|"
    r"adults|women|men|girls|boys|workers|migrants|individuals)\s+(?:in|subjected to|living in|held in|trapped in)\s+"
    r"(?:forced\s+labou?r|modern\s+slavery|slavery|child\s+labou?r|forced\s+marriage|servitude|debt\s+bondage|"
    r"bonded\s+labou?r|trafficking)\b"
    r"|^\W*(?:(?:total\s+)?number|#|%|percentage|proportion|share)\s+of\s+(?:[\w-]+\s+){0,2}?(?:people|persons|children|"
    r"adults|women|men|girls|boys|workers|migrants|individuals)\s+who\s+(?:have\s+)?(?:died|disappeared|went\s+missing)\b",
    re.IGNORECASE,
)  # "Number of people in forced labour", "… migrants who died …": a prevalence, whoever counts it
PROJECT_LINK = WordList(
    "target,targeted,participating,participant,participants,assisted,supported,trained,project,programme,program,"
    "beneficiary,beneficiaries,surveyed,reached,enrolled,referred,partner organisations,partner agencies,"
    "implementing partner,implementing partners,pilot,intervention,served,"
    "sampled,supported communities,project area,project districts"
)


def population_figure(ind: Indicator) -> str | None:
    """The words that make the indicator a figure for a whole population (per 100,000, nationwide, people who
    experienced violence, people in forced labour) rather than for the people or bodies the project works with;
    None if it names them."""
    if _project_linked(ind):
        return None
    found = EXPERIENCED.search(ind.statement)
    return population_scope(ind) or prevalence_count(ind) or (found.group(0) if found else None)


def prevalence_count(ind: Indicator) -> str | None:
    """A count or share of people in forced labour, slavery or another condition, with no link to the project's
    own people: a prevalence, whoever counts it."""
    found = None if _project_linked(ind) else IN_A_CONDITION.match(ind.statement)
    return found.group(0).strip() if found else None


def population_scope(ind: Indicator) -> str | None:
    """A national, regional or global scope (per 100,000, nationwide, in the country), in the statement or its
    denominator, with nothing that narrows it to the project's own people or bodies."""
    if _project_linked(ind):
        return None
    found = POPULATION_SCOPE.search(ind.statement) or POPULATION_SCOPE.search(ind.denominator or "")
    return found.group(0) if found else None


def _project_linked(ind: Indicator) -> bool:
    return any(PROJECT_LINK.search(text) for text in (ind.statement, ind.denominator or ""))


def _reads_as(level: str, ind: Indicator) -> bool:
    """The statement itself reads as a measure at `level`: an output verb, a change in practice, a context figure.
    A count of hotline calls shares words with the output "the hotline is staffed" but is no output."""
    if level == "output":
        return _output_verb(ind.statement) is not None
    if level == "outcome":
        return _behaviour(ind.statement) is not None
    return bool(CONTEXT_ONLY.search(ind.statement))


def _result_statement(plan: Plan, result_id: str):  # noqa: ANN202 - Statement | None
    for block in plan.results_chain:
        for _, statement in block.results():
            if statement.id == result_id:
                return statement
    return None


INDICATOR_RULES: tuple[Rule, ...] = (
    Rule("S1", "specific", "warning", specific_one_variable),
    Rule("S2", "specific", "error", specific_unit_of_analysis),
    Rule("S3", "specific", "warning", specific_vague_words),
    Rule("M1", "measurable", "error", measurable_unit),
    Rule("M2", "measurable", "error", measurable_ratio),
    Rule("M2", "measurable", "error", measurable_denominator),
    Rule("M3", "measurable", "warning", measurable_definitions),
    Rule("M4", "measurable", "warning", measurable_method),
    Rule("M5", "measurable", "warning", measurable_baseline),
    Rule("W1", "measurable", "warning", still_to_write),
    Rule("A3", "achievable", "error", achievable_direction),
    Rule("A1", "achievable", "warning", achievable_plausible),
    Rule("A2", "achievable", "warning", achievable_sphere),
    Rule("A4", "achievable", "warning", achievable_absolute),
    Rule("H1", "ethics", "warning", harmful_target),
    Rule("R1", "relevant", "warning", relevant_level),
    Rule("R3", "relevant", "warning", relevant_direction),
    Rule("R4", "relevant", "warning", relevant_fit),
    Rule("T1", "time_bound", "warning", time_bound_targets),
    Rule("T2", "time_bound", "warning", time_bound_window),
    Rule("T3", "time_bound", "warning", time_bound_statement),
    Rule("T4", "time_bound", "error", time_bound_target_dates),
    Rule("T5", "time_bound", "info", time_bound_context),
    Rule("P1", "specific", "warning", placeholders_filled),
    Rule("D1", "disaggregation", "warning", disaggregated),
    Rule("E1", "ethics", "error", ethics_victim_data),
    Rule("E2", "ethics", "error", ethics_identifying_data),
)


WORDING_RULES = frozenset({"S1", "S2", "S3", "M1", "M3", "A2", "A4", "R1", "R3", "R4", "T3", "D1"})
"""The rules that judge the statement by its words; the others read the indicator's fields (unit, targets,
baseline, denominator, data source, ethics notes) or marks any language writes ('%', '[placeholder]')."""


def review_indicator(plan: Plan, index: int, kb: KnowledgeBase | None = None) -> list[Finding]:
    """Findings for the indicator at `index` of `plan`; with `kb`, also its fit with its result. A statement
    in a language the wording rules cannot read gets one note instead of their findings."""
    ctx = Context(plan, index, kb)
    indicator = ctx.indicator
    findings = []
    skipped = readable.unread(indicator.statement)
    if skipped:
        findings.append(_unread_note(skipped, indicator.id, ctx.path("statement")))
    for rule in INDICATOR_RULES:
        if skipped and rule.id in WORDING_RULES:
            continue
        for hit in rule.check(indicator, ctx):
            severity = hit.severity or rule.severity
            findings.append(
                Finding(
                    rule.id, rule.criterion, severity, hit.message, hit.fix, indicator.id, ctx.path(hit.field)
                )
            )
    return findings


def _unread_note(unread: readable.Unread, indicator: str, path: str) -> Finding:
    shown = ", ".join(f"'{w}'" for w in list(dict.fromkeys(w for w in unread.unknown if len(w) > 2))[:5])
    return Finding("L1", "specific", "info",
                   f"The statement seems to be in a language the review cannot read: only {unread.known} of its "
                   f"{unread.counted} words are English, Spanish, French or Portuguese words it knows"
                   f"{f' (not {shown})' if shown else ''}. "
                   "Its wording was not checked (unit, period, level, compound measures, absolute promises, fit, "
                   "breakdowns); the targets, baseline, denominator, data source and ethics notes were.",
                   "Check the wording yourself against the SMART checklist, or write the statement in English, "
                   "Spanish, French or Portuguese to have it checked.", indicator, path)  # fmt: skip


# --- plan rules ------------------------------------------------------------------------------


def plan_findings(plan: Plan) -> Iterator[Finding]:
    counts = Counter(i.result for i in plan.indicators)
    yield from _goal_coverage(plan, counts)
    for a, block in enumerate(plan.results_chain):
        yield from _objective_coverage(block, a, counts)
        places = [("outcomes", i, s) for i, s in enumerate(block.outcomes)] + [
            ("outputs", i, s) for i, s in enumerate(block.outputs)
        ]
        for key, i, statement in places:
            path = f"$.results_chain[{a}].{key}[{i}]"
            kind = key[:-1]
            if counts[statement.id] == 0:
                yield Finding("C1", "coverage", "error", f"The {kind} {statement.id} '{_short(statement.statement)}' has no indicator.",
                              "Add at least one indicator for it, or merge the result into another.", None, path)  # fmt: skip
            elif counts[statement.id] > 5:
                yield Finding("C2", "coverage", "warning", f"The {kind} {statement.id} has {counts[statement.id]} indicators.",
                              "Keep the two or three that best show the change; more burdens staff and survivors.", None, path)  # fmt: skip
            elif counts[statement.id] > 3:
                yield Finding("C2", "coverage", "info", f"The {kind} {statement.id} has {counts[statement.id]} indicators.",
                              "One to three indicators per result are usually enough.", None, path)  # fmt: skip
        area_indicators = [i for i in plan.indicators if i.area == block.area]
        levels = Counter(i.level for i in area_indicators)
        path = f"$.results_chain[{a}]"
        if area_indicators and not levels["outcome"] and not levels["impact"]:
            yield Finding("C3", "coverage", "warning", f"Area '{block.area}' measures only outputs, not the change they lead to.",
                          "Add an outcome indicator that shows use or change after the outputs.", None, path)  # fmt: skip
        elif levels["output"] > 2 * max(levels["outcome"], 1) and levels["output"] >= 3:
            yield Finding("C4", "balance", "info", f"Area '{block.area}' has {levels['output']} output and {levels['outcome']} outcome indicators.",
                          "Replace some output counts with outcome measures.", None, path)  # fmt: skip
        yield from _balance(block.area, block.pillar, area_indicators, path, block)


def _goal_coverage(plan: Plan, counts: Counter[str]) -> Iterator[Finding]:
    goal = plan.goal
    if goal is None and plan.results_chain:
        yield Finding("C1", "coverage", "warning", "The plan has no project goal: nothing says what wider change (impact) the area objectives serve.",
                      f"Add a goal above the objectives, e.g. 'Contribute to ending trafficking in persons in {listed(named(plan.profile.countries)) or 'your country'}', with an impact "
                      "indicator such as a national statistic or SDG 16.2.2, marked not attributable to the project.", None, "$")  # fmt: skip
    if goal is None:
        return
    if counts[goal.id] == 0:
        yield Finding("C1", "coverage", "warning", f"The goal '{_short(goal.statement)}' has no impact indicator.",
                      "Add an impact-level indicator for it (a national or SDG measure, attributable: false).", None, "$.goal")  # fmt: skip
    if not goal.assumptions:
        yield Finding("C1", "coverage", "info", "The goal records no assumptions or risks.",
                      "Say what must hold outside the project for its objectives to serve the goal.", None, "$.goal.assumptions")  # fmt: skip


def _objective_coverage(block: AreaChain, a: int, counts: Counter[str]) -> Iterator[Finding]:
    objective = block.objective
    if counts[objective.id] == 0:
        yield Finding("C1", "coverage", "warning", f"The objective {objective.id} of area '{block.area}' has no indicator.",
                      "Add an outcome- or impact-level indicator that shows the objective is reached.", None,
                      f"$.results_chain[{a}].objective")  # fmt: skip
    if block.assumptions:
        return
    bare = [s.id for _, s in block.results() if not s.assumptions]
    if bare:
        yield Finding("C1", "coverage", "info", f"Area '{block.area}' records no assumptions for {', '.join(bare)}.",
                      "For each result, say what must hold outside the project for it to lead to the next level "
                      "(the knowledge base lists the area's usual assumptions).", None, f"$.results_chain[{a}]")  # fmt: skip


def _balance(area: str, pillar: str, indicators: list[Indicator], path: str, block: Any) -> Iterator[Finding]:
    counts = [i for i in indicators if i.unit == "number"]
    quality = [i for i in indicators if i.unit != "number"]
    if pillar in ("protection", "prosecution") and counts and not quality:
        yield Finding("Q1", "balance", "info", f"Area '{area}' only counts; nothing says whether the services or cases were good.",
                      "Pair a count with a quality or outcome measure, e.g. '% of referred victims who received the service within 7 days'.",
                      None, path)  # fmt: skip
    outcomes_text = " ".join(s.statement for s in block.outcomes)
    if (
        QUALITATIVE_OUTCOME.search(outcomes_text)
        and indicators
        and all(i.type == "quantitative" for i in indicators)
    ):
        yield Finding("Q2", "balance", "info", f"Area '{area}' aims at a change in trust, wellbeing or voice but measures it only with numbers.",
                      "Add a qualitative or scored indicator (most-significant-change stories, a validated scale).", None, path)  # fmt: skip


def review_plan(plan: Plan, kb: KnowledgeBase | None = None) -> list[Finding]:
    """Every finding of the plan: indicator by indicator, then the plan as a whole; errors first."""
    findings = [f for index in range(len(plan.indicators)) for f in review_indicator(plan, index, kb)]
    findings += list(plan_findings(plan))
    position = _positions(plan)
    last = len(plan.indicators)
    return sorted(
        findings, key=lambda f: (SEVERITY_ORDER[f.severity], position.get(f.indicator, last), f.rule)
    )


def _positions(plan: Plan) -> dict[str | None, int]:
    """Each indicator id's place in the plan (its first place, if an id repeats)."""
    position: dict[str | None, int] = {}
    for index, indicator in enumerate(plan.indicators):
        position.setdefault(indicator.id, index)
    return position


def worst_severity(findings: list[Finding]) -> dict[str, str]:
    """Per indicator id, its most serious error or warning (indicators with neither are absent)."""
    worst: dict[str, str] = {}
    for finding in findings:
        if (
            finding.indicator
            and finding.severity in ("error", "warning")
            and worst.get(finding.indicator) != "error"
        ):
            worst[finding.indicator] = finding.severity
    return worst


def has_errors(findings: list[Finding]) -> bool:
    return any(f.severity == "error" for f in findings)


HARM_RULES = frozenset({"H1"})
ETHICS_RULES = frozenset({"E1", "E2"})
FIT_RULES = frozenset({"R4"})
TO_BE_SET_RULE = "T1"
TO_WRITE_RULE = "W1"


@dataclass(frozen=True)
class OpenItem:
    """One thing left to do, in plain words, with the kind of problem it is."""

    kind: str  # "error", "to_write", "harm", "ethics", "fit", "warning" or "to_be_set"
    indicator: str | None
    text: str


@dataclass(frozen=True)
class Verdict:
    """What a review adds up to: whether the plan may be called done, and what is left, in plain words."""

    ok: bool
    summary: str
    open_items: tuple[OpenItem, ...]


_KIND_WORDS = {
    "error": ("problem that must be fixed", "problems that must be fixed"),
    "to_write": ("part still to be written", "parts still to be written"),
    "harm": ("target that could push staff to harm people", "targets that could push staff to harm people"),
    "ethics": ("ethics or privacy risk for the people in the data", "ethics or privacy risks for the people in the data"),
    "fit": ("indicator that does not measure its result", "indicators that do not measure their result"),
    "warning": ("point to improve", "points to improve"),
    "to_be_set": ("target value still to be set", "target values still to be set"),
}  # fmt: skip
_BLOCKING = ("error", "to_write", "harm", "ethics", "fit")


def _kind(finding: Finding) -> str | None:
    if finding.rule == TO_BE_SET_RULE:
        return "to_be_set"
    if finding.rule == TO_WRITE_RULE:
        return "to_write"
    if finding.severity == "error":
        return "error"
    if finding.severity == "warning":
        for kind, rules in (("harm", HARM_RULES), ("ethics", ETHICS_RULES), ("fit", FIT_RULES)):
            if finding.rule in rules:
                return kind
        return "warning"
    return None


def verdict(findings: list[Finding]) -> Verdict:
    """The review's verdict: `ok` while no error and no harm, ethics or fit warning stands; the summary
    says 'Passed' only when nothing at all is left open (a newcomer reads 'Passed' as 'finished')."""
    items = tuple(
        OpenItem(kind, f.indicator, f"{f.indicator or 'The plan'}: {f.message}")
        for f in findings
        if (kind := _kind(f)) is not None
    )
    counts = Counter(item.kind for item in items)
    ok = not any(counts[kind] for kind in _BLOCKING)
    left = [
        f"{counts[kind]} {_KIND_WORDS[kind][counts[kind] != 1]}"
        for kind in (*_BLOCKING, "warning", "to_be_set")
        if counts[kind]
    ]
    if not ok:
        summary = "Not ready yet: " + _join(left) + "."
    elif left:
        summary = "No error, harm, ethics or fit problem left; still open: " + _join(left) + "."
    else:
        summary = "Passed: no open findings."
    notes = sum(1 for f in findings if f.severity == "info" and f.rule != TO_BE_SET_RULE)
    if notes:
        summary += f" {notes} suggestion{'s' if notes != 1 else ''} to consider."
    order = {kind: n for n, kind in enumerate((*_BLOCKING, "warning", "to_be_set"))}
    return Verdict(ok, summary, tuple(sorted(items, key=lambda item: order[item.kind])))


def _join(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def _final_target(ind: Indicator):  # noqa: ANN202 - Target | None
    dated = [t for t in ind.targets if t.date is not None]
    final = [t for t in dated if not t.interim] or dated
    return max(final, key=lambda t: t.date) if final else None


def _months_between(start: dt.date, end: dt.date) -> int:
    return (end.year - start.year) * 12 + end.month - start.month


def _fmt(value: float) -> str:
    return f"{value:g}"


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
