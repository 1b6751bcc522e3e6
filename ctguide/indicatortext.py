"""How an indicator statement reads: its lead unit, what it counts (the head) and what it measures.

"% of trained inspectors in Chisinau who applied the checklist within 6 months" reads as
lead "%", head "trained inspectors in Chisinau", clause "applied the checklist within 6 months".
The review rules ask these parts their questions (is the head a unit of analysis? is the measured
verb an output? is it an identification count?) instead of scanning the whole sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ctguide import lazyre
from ctguide.wordlist import WordList

LEAD = lazyre.compile(
    r"^[^\w%#]*(?P<lead>%|#|(?:no|nr|num)\.(?=\s)|(?:(?:mean|average|median|total|annual|cumulative)\s+)?"
    r"(?:number|numbers|percentage|percent|proportion|share|rate|ratio|score|amount|length of time|time|duration|"
    r"mean|average|median|total|value|n[uú]mero|porcentaje|nombre|pourcentage|proporci[oó]n|taux|tasa|"
    r"percentagem|porcentagem|percentual|propor[cç][aã]o|taxa)\b)"
    r"\s*(?P<rest>.*)$",
    re.IGNORECASE | re.DOTALL,
)
_LEAD_WORD = r"(?:%|#|(?:no|nr)\.|number|percentage|percent|proportion|share|n[uú]mero|porcentaje|proporci[oó]n|nombre|pourcentage|percentagem|porcentagem|percentual)"
PAIRED_LEAD = lazyre.compile(
    rf"^(?P<first>[^\w%#]*{_LEAD_WORD})\s*(?:and|or|&|/|y|et|e|o|ou)\s*{_LEAD_WORD}(?=\s+(?:of|de|des|du|del|d')\b)",
    re.IGNORECASE,
)
OF = lazyre.compile(r"^(?:of|de|des|du|del|de la|de los|de las|d'|da|das|do|dos)\s*(?:the\s+|all\s+|los\s+|las\s+|les\s+)?",
                re.IGNORECASE)  # fmt: skip
RELATIVE = lazyre.compile(
    r"\b(?:who|that|which|whose|whom|where(?!\s+to\b)|que|qui|dont|quienes|cuy[oa]s?|cuj[oa]s?)\b",
    re.IGNORECASE,
)  # "know where to access services" asks a question, it opens no clause
WORD = lazyre.compile(r"[A-Za-z][\w'-]*")
PLURAL_NOT = frozenset(
    "always across this thus yes less unless whereas perhaps towards afterwards besides sometimes "
    "regardless its has was does is as us his hers ours yours theirs process access status analysis basis "
    "crisis diagnosis means news series species lens bus gas plus focus census consensus campus virus "
    "business awareness wellness illness witness progress address success stress class pass various "
    "previous serious numerous dangerous obvious continuous anonymous indigenous vs".split()
)
COLLECTIVE = frozenset(
    "people children women men staff police personnel youth media data population public workforce "
    "curricula criteria families household community government judiciary labour-force caseload cohort "
    "audience membership sample those".split()
)


@dataclass(frozen=True)
class Reading:
    lead: str  # the unit word the statement starts with ("%", "number", ...), or ""
    head: str  # what is counted: the words after "of", up to a relative clause
    clause: str  # what is measured about it: the relative clause, or ""
    has_of: bool  # the lead is followed by "of" (or its Spanish/French equivalent)


def paired_lead_end(statement: str) -> int:
    """Where a paired lead ends: "# and % of …", "Number and percentage of …" report one measure two
    ways (a count and its share), as donor lists write it; 0 when there is none."""
    paired = PAIRED_LEAD.match(" ".join(statement.split()))
    return paired.end() if paired else 0


@lru_cache(maxsize=8192)
def read(statement: str) -> Reading:
    text = " ".join(statement.split())
    # "Increase the number of victims served" measures the number of victims served
    text = aimed_measure(text) or text
    labelled = text[_label_end(text) :]
    if not LEAD.match(text) and LEAD.match(labelled):
        text = labelled  # "Post-rape care: percent of …", "The number or percent of …"
    paired = PAIRED_LEAD.match(text)
    if paired:
        text = paired.group("first") + text[paired.end() :]
    match = LEAD.match(text)
    lead, rest = (match.group("lead").lower(), match.group("rest")) if match else ("", text)
    of = OF.match(rest) if lead else None
    body = rest[of.end() :] if of else rest
    relative = RELATIVE.search(body)
    head, clause = (body[: relative.start()], body[relative.end() :]) if relative else (body, "")
    return Reading(lead, head.strip(" ,;"), clause.strip(), bool(of))


LABEL = lazyre.compile(r"^[^:;%#]{1,60}:\s*(?:the\s+)?|^\W*the\s+", re.IGNORECASE)


def _label_end(text: str) -> int:
    """Where the measure starts after a short label or an article ("Post-rape care: percent of …", "The
    proportion of …")."""
    label = LABEL.match(text)
    return label.end() if label else 0


def is_plural_noun(word: str) -> bool:
    """A word that reads as a plural noun or a collective: inspectors, IDPs, factories, staff."""
    if re.fullmatch(r"[A-Z]{2,}s", word):
        return True
    lower = word.lower()
    if lower in COLLECTIVE:
        return True
    if lower in PLURAL_NOT or len(lower) < 4 or not lower.endswith("s"):
        return False
    return not lower.endswith(("ss", "us", "ous", "ics'"))


def words(text: str) -> list[str]:
    return WORD.findall(text)


def adjective_position(text: str, start: int) -> bool:
    """The word at `start` sits before its noun ("% of trained inspectors"), not after it as a verb."""
    before = text[:start].rstrip().lower()
    return before == "" or bool(
        re.search(
            r"(?:\bof|\bthe|\ball|\ba|\ban|\bwith|\bwithout|\bby|\bfor|\bfrom|\bamong|\bbetween|\btheir|\bits|\bhis|\bher|\bany|\bde|\bdes|%|#|\bnumber|\bnewly|\bnot|\bnon)$",
            before,
        )
    )


BARE_VICTIMS = lazyre.compile(
    r"^(?P<modifiers>(?:(?!(?:for|of|to|with|by|in|on|at|from|and|or|de|para|pour|por|des|du|da|do|y|et|e)\b)[\w-]+\s+){0,3}?)(?:victims|survivors|trafficked (?:persons|people)|v[íi]c?timas|victimes|"
    r"sobrevivientes|sobreviventes|survivant(?:e)?s)\b(?:\s+(?:of|de|da|do|des|du)\s+(?:[\w'-]+\s+){0,3}?"
    r"(?:trafficking|violence|exploitation|abuse|forced labou?r|slavery|crime|trata|traite|tr[áa]fico|explotaci[óo]n|"
    r"explora[çc][ãa]o|violencia|viol[êe]ncia|esclavage|escravid[ãa]o)(?:\s+(?:de|des|of)\s+(?:personas|pessoas|"
    r"[êe]tres humains|seres humanos|human beings|persons))?)?",
    re.IGNORECASE,
)
FOUND = lazyre.compile(
    r"(?:presumed|potential|identified|detected|registered|recorded|reported|known|"
    r"(?:identific|detect|registr|report|notific|denunci)ad[oa]s|(?:identifi|d[ée]tect|enregistr|recens|signal)[ée]e?s|"
    r"presumt[oa]s|presuntas?|presuntos|potenciais|potenciales|potentielles?)$",
    re.IGNORECASE,
)  # how victims came to be counted: being found is the count itself, not something that happened to them
_HAPPENED = lazyre.compile(
    r"\b[a-z]{3,}ed\b|\b(?:given|taken|seen|held|met|found|sent|paid|kept)\b|\b(?:receiving|getting|using|accessing)\b"
    r"|\b(?:in|under|with)\s+(?:a\s+|the\s+)?(?:shelters?|care|custody|detention|services?|programmes?|programs?|"
    r"school|protection|accommodation|assistance)\b|\b\w{3,}(?:ad|id)[oa]s\b|\b\w{3,}ée?s\b",
    re.IGNORECASE,
)  # what happened to the victims counted: "assisted", "in shelters", "receiving care", "atendidas", "orientées"
COUNTS = ("number", "numbers", "#", "no.", "total number", "rate", "total", "número", "numero", "nombre")


def bare_victim_count(statement: str) -> str | None:
    """A count of victims that says nothing about what happened to them ("Number of victims of human
    trafficking per 100,000 population", "Number of Trafficking Victims", "Víctimas de trata de personas
    registradas en 2028"): it can only grow by identifying more people as victims."""
    reading = read(statement)
    if reading.clause or not (reading.lead in COUNTS or (not reading.lead and counted_head(statement))):
        return None
    match = BARE_VICTIMS.match(reading.head)
    if match is None:
        return None
    happened = [m for m in _HAPPENED.finditer(reading.head) if not FOUND.fullmatch(m.group(0))]
    return None if happened else match.group(0)


GOAL_VERBS = WordList(
    "end,eliminate,eradicate,abolish,stop,reduce,halve,take,facilitate,strengthen,promote,ensure,combat,protect,"
    "increase,improve,provide,support,develop,build,achieve,prevent,enhance,establish,create,adopt,implement,"
    "expand,secure,raise,empower,prohibit,significantly reduce,substantially reduce,substantially increase,maximize,"
    "maximise,minimize,minimise,double,eliminating,ending,eradicating,reducing,preventing,combating,combatting,"
    "improving,strengthening,increasing,promoting,ensuring,enhancing,protecting"
)
GOAL_LEAD = lazyre.compile(
    r"^\W*(?:by\s+(?:19|20)\d{2}\s*,?\s*)?(?:(?:(?!significantly\b|substantially\b)[a-z]{3,}ly|further)\s+(?=[a-z]))?",
    re.IGNORECASE,
)
NOT_AN_OBJECT = frozenset("in of to for from provided given received by on with is was are were".split())


AIMED_MEASURE = lazyre.compile(
    r"^\W*(?:the\s+)?(?P<measure>(?:total\s+)?(?:number|numbers|percentage|proportion|share|rate|amount)\s+of)\b",
    re.IGNORECASE,
)


def aimed_measure(statement: str) -> str | None:
    """What a goal verb aims at when it is a measure ("Increase the number of victims served"): the
    statement is an indicator with its direction written in; None when it aims at something else."""
    found = goal_start(" ".join(statement.split()))
    if found is None:
        return None
    rest = " ".join(statement.split())[found[1] :]
    aimed = AIMED_MEASURE.match(rest)
    return rest[aimed.start("measure") :].strip() if aimed else None


def goal_verb(statement: str) -> str | None:
    """The verb a goal or target starts with ("Eliminate all harmful practices", "By 2030, reduce …"):
    what should happen, written where an indicator (what is counted or observed) belongs."""
    found = goal_start(" ".join(statement.split()))
    return found[0] if found else None


def goal_start(text: str) -> tuple[str, int] | None:
    """The goal verb at the start of `text` and where it ends."""
    start = GOAL_LEAD.match(text).end()
    found = GOAL_VERBS.search(text[start:])
    if found is None or found.start() != 0:
        return None
    following = text[start + found.end() :].split(maxsplit=1)
    if following and following[0].lower().strip(",") in NOT_AN_OBJECT:
        return None
    return found.group(0), start + found.end()


DELIVERY_VERBS = WordList(
    "establish,establishing,create,creating,develop,developing,implement,implementing,provide,providing,organise,"
    "organize,organising,organizing,conduct,conducting,carry out,carrying out,deliver,delivering,train,build,"
    "building,strengthen,strengthening,enhance,enhancing,reinforce,reinforcing,promote,promoting,support,supporting,"
    "set up,setting up,launch,launching,hold,holding,produce,producing,publish,publishing,disseminate,"
    "disseminating,distribute,distributing,map,mapping,mobilise,mobilize,mobilising,mobilizing,equip,equipping,"
    "draft,drafting,design,designing,introduce,introducing,expand,expanding,extend,extending,scale up,scaling up,"
    "encourage,encouraging,advocate,advocating,facilitate,facilitating,coordinate,coordinating,institutionalise,"
    "institutionalize,formally establish,continuous monitoring of,monitoring of,"
    "establishment of,creation of,development of,implementation of,provision of,organisation of,organization of,"
    "strengthening of,setting up of,launch of,delivery of,conduct of,expansion of,"
    "mise en place,creation d,creation de,elaboration de,elaboration d,renforcement de,renforcement des,"
    "creacion de,elaboracion de,implementacion de,fortalecimiento de,establecimiento de,"
    "criacao de,elaboracao de,implementacao de,implantacao de,fortalecimento de,"
    "fortalecer,capacitar,implementar,implantar,establecer,estabelecer,crear,criar,desarrollar,desenvolver,"
    "proporcionar,proveer,prestar,organizar,realizar,elaborar,difundir,distribuir,promover,mapear,"
    "renforcer,former,creer,developper,elaborer,organiser,fournir,diffuser,promouvoir"
)
"""What a project does, at the start of a line that describes its work ("Establish a referral system",
"Strengthening the capacity of …", "Establishment of a new NRM", "La création d'un observatoire"); folded."""
AIM_VERBS = WordList(
    "improve,improving,increase,increasing,reduce,reducing,prevent,preventing,eliminate,eliminating,end,ending,"
    "eradicate,eradicating,combat,combating,combatting,ensure,ensuring,protect,protecting,identify,identifying,"
    "prosecute,prosecuting,achieve,achieving,reach,reaching,raise,raising,halve,halving,empower,empowering"
)
"""What should happen, at the start of a line that states an aim ("Improve the quality of services")."""
ROMANCE_INFINITIVE = lazyre.compile(r"^(?:[a-z]{3,}(?:ar|er|ir))$")
NOT_INFINITIVES = frozenset(
    "mujer mulher lugar hogar taller poder bienestar alquiler dossier foyer atelier metier quartier avenir "
    "loisir souvenir premier dernier".split()
)  # nouns and adjectives that end like an infinitive
OF_WORDS = frozenset("of de d des du del da do dos das".split())
ENGLISH_FUNCTION = frozenset(
    "the of and or to in for by with on at from a an as that who which is are their its".split()
)
ROMANCE_FUNCTION = frozenset(
    "de d l el la los las un una unos unas del y en con por para se su sus al le les des du et ou au aux dans pour par "
    "sur avec une qui ces leur leurs da das do dos na nas nos um uma com pelo pela pelos pelas e ao aos seu sua "
    "seus suas os as a o".split()
)
_OPENING = lazyre.compile(
    r"^\W*(?:(?:the|la|le|l|el|a|o)\s+)?(?:(?:further|formally|[a-z]{3,}ly)\s+)?", re.IGNORECASE
)


@dataclass(frozen=True)
class Action:
    """A line worded as what is done or should happen, not as a measure: its opening words and their kind."""

    words: str
    kind: str  # "delivery": the project's own work; "aim": the change hoped for

    @property
    def nominal(self) -> bool:
        """A noun of doing ("Establishment of", "La mise en place"): read as a milestone, something done or not."""
        from ctguide.textnorm import fold

        last = fold(self.words).split()[-1]
        return last in OF_WORDS or last == "place" or not _verb_form(fold(self.words).split()[0])


def action_start(statement: str) -> Action | None:
    """The verb (or noun of doing) a statement starts with when it describes work or an aim instead of a
    measure: an English activity or aim verb, its gerund or its noun followed by "of"; a Spanish, French or
    Portuguese infinitive ("Fortalecer", "Élargir", "Capacitar") or noun of doing ("La mise en place d'…").
    None for a statement that starts with what it counts ("Number of …", "Trained officers who …")."""
    if aimed_measure(statement):
        return None  # "Increase the number of …" names its measure
    from ctguide.textnorm import fold

    folded = fold(statement)
    rest = folded[_OPENING.match(folded).end() :]
    for kind, verbs in (("delivery", DELIVERY_VERBS), ("aim", AIM_VERBS)):
        found = verbs.search(rest)
        if found and found.start() == 0 and _takes_an_object(rest[found.end() :], found.group(0)):
            return Action(as_typed_start(statement, found.group(0)), kind)
    words = rest.split()
    infinitive = len(words) > 1 and ROMANCE_INFINITIVE.match(words[0]) and words[0] not in NOT_INFINITIVES
    if infinitive and words[1] not in OF_WORDS and _romance(folded):
        kind = "delivery" if DELIVERY_VERBS.fullmatch(words[0]) else "aim"
        return Action(as_typed_start(statement, words[0]), kind)
    return None


NOUN_TOO = frozenset("support draft design map launch hold train fund equip".split())
DETERMINERS = frozenset("the a an all its their our his her this these those every each".split())


def _takes_an_object(after: str, verb: str) -> bool:
    """The verb is followed by what it acts on, not by a verb of its own ("Support provided to …" counts support).
    A word that is also a noun ("support", "draft") reads as a verb only before a determiner ("Support the
    network …", not "Support services available …", "Draft law adopted …")."""
    following = after.split(maxsplit=1)
    if verb.endswith((" of", " de", " d", " des")) or not following:
        return bool(following)
    if verb in NOUN_TOO:
        return following[0] in DETERMINERS or following[0].isdigit()
    return following[0] not in NOT_AN_OBJECT and not following[0].endswith("ed")


def _verb_form(word: str) -> bool:
    """An imperative, gerund or infinitive, as opposed to a noun of doing ("creation", "mise")."""
    return not word.endswith(("tion", "cion", "cao", "ment", "miento", "mento", "mise"))


def romance(text: str) -> bool:
    """More Spanish, French or Portuguese function words than English ones."""
    return _romance(fold_text(text))


def _romance(folded: str) -> bool:
    words = folded.split()
    return sum(w in ROMANCE_FUNCTION for w in words) > sum(w in ENGLISH_FUNCTION for w in words)


def fold_text(text: str) -> str:
    from ctguide.textnorm import fold

    return fold(text)


def as_typed_start(statement: str, folded_words: str) -> str:
    """The first words of `statement` as written that fold to `folded_words`, from where they start."""
    from ctguide.textnorm import as_typed

    return as_typed(folded_words, statement)


ENGLISH_HEAD_END = lazyre.compile(
    r"[,;:()\u2013\u2014]|\s-\s|\s(?:of|on|to|at|from|for|with|under|through|within|during|between|across|against|"
    r"among|about|into|per|in|by|who|that|which|whose|where|is|are|was|were|has|have|had|will|can)\s",
    re.IGNORECASE,
)
VERB_FORM = lazyre.compile(r"[a-z]{3,}(?:ed|en)", re.IGNORECASE)
ROMANCE_DETERMINERS = frozenset(
    "el la los las le les l o os a as un una unos unas des todos todas tous toutes nuevos nuevas "
    "nouveaux nouvelles novos novas".split()
)
ROMANCE_NOT_PLURAL = frozenset(
    "menos mais moins plus mas tres dos trois deux pais pays mes mois tras apres depois sobre sous entre segun "
    "selon pues donc tambien aussi tambem".split()
)  # closed-class words and singular nouns that end like a plural


def counted_head(statement: str) -> str | None:
    """The plural noun a statistic written as a bare noun phrase counts, as written: "Convictions" in
    "Convictions secured for trafficking offences in 2023", "Víctimas" in "Víctimas liberadas de redes de trata
    en el año de referencia", "cases" in "Human trafficking cases reported"; None when the head noun is not a
    plural ("Training of interpreters", "Capacitación de intérpretes": what is counted, sessions or people?).
    English puts the head last before its qualifiers; Spanish, French and Portuguese put it first."""
    text = " ".join(statement.split())
    folded = fold_text(text).split()
    if _finite_clause(text, folded):
        return None  # "Sanctions are in place", "Las víctimas son atendidas": a sentence, not a noun phrase
    english = sum(w in ENGLISH_FUNCTION for w in folded)
    romance_words = sum(w in ROMANCE_FUNCTION for w in folded)
    if (
        romance_words == english
    ):  # "Sentencias absolutorias", "Menores liberados": no function word says which
        readings = (_romance_head, _english_head)
    else:
        readings = (_romance_head,) if romance_words > english else (_english_head,)
    return next((head for reading in readings if (head := reading(text))), None)


def _english_head(text: str) -> str | None:
    """The last word before the head noun's qualifiers (a preposition, a relative clause, a participle after
    it); None for a clause ("Sanctions are in place", "The company requires …") or two heads ("Benefits and
    services given …": no one unit)."""
    boundary = ENGLISH_HEAD_END.search(f"{text} ")
    phrase = words(text[: boundary.start()] if boundary else text)
    for n, word in enumerate(phrase[1:], start=1):
        participle = VERB_FORM.fullmatch(word) or (
            word.lower().endswith("ing") and is_plural_noun(phrase[n - 1])
        )
        if participle and phrase[n - 1].lower() not in ADJECTIVE_BEFORE:
            phrase = phrase[:n]
            break
    if len(phrase) > 2 and phrase[0].lower() in DETERMINERS and not is_plural_noun(phrase[1]):
        return None  # "The company takes steps …": a verb after its singular subject
    if phrase and COMPARATIVE.fullmatch(phrase[0]):
        return None  # "Harsher punishments …", "More victims …": the change hoped for, not a count
    if any(JUDGED.fullmatch(fold_text(w)) for w in phrase):
        return None  # "Regular reports to the Committee …": a practice judged, not things counted
    head = phrase[-1] if phrase else ""
    rest = text[text.find(head) + len(head) :] if head else ""
    if any(w.lower() in COORDINATORS for w in phrase) or COORDINATED.match(rest):
        return None
    return head if is_plural_noun(head) and head.lower() not in MASS_PLURALS else None


def _finite_clause(text: str, folded: list[str]) -> bool:
    """A finite verb before any relative clause: the statement is a sentence about its subject."""
    if (finite := FINITE.search(text)) and not RELATIVE.search(text, 0, finite.start()):
        return True
    before = folded[: next((n for n, w in enumerate(folded) if w in ("que", "qui")), len(folded))]
    return any(w in ROMANCE_FINITE for w in before)


ROMANCE_FINITE = frozenset("son estan tienen fueron sont ont etaient sao estao tem foram".split())
FINITE = lazyre.compile(r"\b(?:is|are|was|were|has|have|had|will|shall|should|must|can)\b", re.IGNORECASE)
COMPARATIVE = lazyre.compile(
    r"more|fewer|less|better|worse|greater|higher|lower|harsher|longer|shorter|stronger|weaker|larger|smaller|"
    r"faster|quicker|safer|wider",
    re.IGNORECASE,
)
COORDINATORS = frozenset("and or &".split())
COORDINATED = lazyre.compile(r"^\s*(?:,|&|\band\b|\bor\b|\by\b|\be\b|\bet\b|\bou\b|\bo\b)", re.IGNORECASE)
MASS_PLURALS = frozenset("data media".split())
JUDGED = lazyre.compile(
    r"regular|periodic|timely|routine|systematic|consistent|effective|appropriate|adequate|meaningful|successful|"
    r"regulares|periodic[oa]s|periodiques|oportun[oa]s|sistematic[oa]s|eficaces|efectiv[oa]s|efetiv[oa]s|"
    r"adecuad[oa]s|adequad[oa]s|appropriee?s|adequate?s|reguliers|regulieres|efficaces"
)  # folded: adjectives that judge a practice ("regular reports"): what would be counted is not said
ADJECTIVE_BEFORE = frozenset("the all a an newly not non".split())


def _romance_head(text: str) -> str | None:
    """The first word after the determiners, when it is a plural (Spanish, French and Portuguese plurals end in -s
    or, in French, -aux)."""
    typed = [part for w in words(text) for part in re.split(r"'", w) if part]
    start = next((n for n, w in enumerate(typed) if fold_text(w) not in ROMANCE_DETERMINERS), None)
    if start is None:
        return None
    word = fold_text(typed[start])
    plural = len(word) >= 4 and word.endswith(("s", "aux")) and not word.endswith(("ss", "us", "sis"))
    if any(JUDGED.fullmatch(fold_text(w)) for w in typed[start + 1 : start + 3]):
        return None  # "Informes periódicos al Comité …"
    return (
        typed[start] if plural and word not in ROMANCE_NOT_PLURAL and word not in ROMANCE_FUNCTION else None
    )
