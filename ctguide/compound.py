"""Does a statement join two measures in one indicator? Each reading below is one way real lists do it.

"Victims identified and assisted", "investigations and prosecutions", "access to and use of services",
"know their rights, and/or how to access services", "planning and implementation of …", "gaps
identified and a strategy developed", "married before age 15 and before age 18", and goals copied in
as indicators that bundle several changes ("End abuse, exploitation, trafficking and violence"). A
single phrase with "and" ("women and girls", "sex and age", "legal and medical services") is one measure,
and so are alternatives that name one act ("passed, enacted or amended").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ctguide import indicatortext, lazyre
from ctguide.textnorm import unaccented
from ctguide.wordlist import WordList

CONJUNCTION = lazyre.compile(r"\b(?:and|or|y|o|et|ou|e)\b|[/&]", re.IGNORECASE)  # en, es, fr, pt
_PARTICIPLE = (
    r"(?:[a-z]{3,}(?:ed|en)|withdrawn|shown|known|drawn|sworn|grown|thrown|held|built|kept|met|paid|sent|taught|"
    r"brought|caught|found|sold|told|heard)"
)
PARTICIPLE_PAIR = lazyre.compile(
    rf"\b({_PARTICIPLE})\s*,?\s+(?:and|or|and/or|/|as well as)\s+(?:then\s+|also\s+)?({_PARTICIPLE}|[a-z]{{3,}}ing)\b"
    rf"(?!\s+(?!(?:by|with|to|in|on|at|from|for|under|through|within|during|the|a|an|and|or|as|after|before|into|per|"
    rf"their|his|her|its|our|at least|back|again|out|up|who|which|that|whose|[0-9]))[a-z])"
    r"|\b(?:and|as well as)\s+(?:the\s+)?(?:number|%|percentage|proportion|share)\s+of\b"
    r"|\b(?:who|that|which)\b[^,;]*?\band\s+(?:then\s+|also\s+)?(?:end|ends|receive|received|are|were|have|has|had|"
    r"remain|remained|stay|stayed|live|lived|get|got|obtain|obtained|return|returned|find|found|feel|felt|know|knew|"
    r"use|used|apply|applied|report|reported|complete|completed|earn|earned|keep|kept|lead|led)\b",
    re.IGNORECASE,
)
NOT_VERBS = frozenset(
    "unaccompanied separated skilled unskilled based red need seed speed bed hundred shed children women men "
    "citizen citizens kitchen garden".split()
)
ONE_ACT = (
    WordList("passed,enacted,adopted,amended,approved,promulgated,endorsed,issued,revised,updated"),
    WordList("employed,self-employed,hired,re-employed"),
    WordList("developed,agreed,co-developed,prepared"),
)  # a plan "developed and agreed upon by the members" is one jointly made plan  # alternatives naming one act: a law passed, enacted or amended is one legal change
_STAGES = (
    r"(?:investigations|prosecutions|indictments|trials|convictions|arrests|referrals|identifications|"
    r"rescues|returns|repatriations|interceptions|detections|complaints|calls)"
)
STAGE_PAIR = lazyre.compile(
    rf"\b({_STAGES})(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|and/or|as well as)\s+)(?:the\s+)?({_STAGES})\b",
    re.IGNORECASE,
)
SHARED_COMPLEMENT = lazyre.compile(
    r"\b([a-z]{3,})\s+(?:to|of|for|in|with|on|against|towards?)\s+(?:and|or|and/or)\s+([a-z]{3,})\s+(?:to|of|for|in|with|on|against|towards?)\b",
    re.IGNORECASE,
)  # "access to and use of services": two things about one object
SECOND_QUESTION = lazyre.compile(
    r"\b(\w+),?\s+(?:and|or|and/or)\s+(?:how|where|when|what|whom)\s+to\s+\w+", re.IGNORECASE
)  # "know their rights, and/or how to access services": two pieces of knowledge
QUESTION_WORDS = frozenset("how where when what whom know learn".split())
_NOMINAL = r"(?:[a-z]{3,}(?:ing|tion|ment|sion|ance|ence)|response|support|care|aid|outreach|advocacy|research|control)"
NOMINAL_PAIR = lazyre.compile(
    rf"\b({_NOMINAL})\s+(?:and|or|and/or|&)\s+({_NOMINAL})\s+(?:of|for|on|with|capabilit(?:y|ies)|capacit(?:y|ies)|skills|"
    r"interventions?|activities|programmes?|programs?|efforts?|work)\b",
    re.IGNORECASE,
)  # "planning and implementation of activities", "detection and prevention capabilities", "prevention and response
# interventions": two kinds of work, each with its own measure
ONE_PRACTICE = frozenset(
    {("monitoring", "evaluation"), ("monitoring", "reporting"), ("care", "protection"), ("care", "support")}
)
_DONE = (
    r"(?:[a-z]{3,}ed|withdrawn|shown|known|drawn|given|taken|written|chosen|held|built|kept|met|paid|sent|taught|"
    r"brought|caught|found|sold|told|heard|set up)"
)  # "women" and "children" end like "taken": only these open a second result
TWO_RESULTS = lazyre.compile(
    rf"\b({_DONE})\s+and\s+(?!(?:then|also|later|subsequently|thereby)\b)((?:[\w-]+\s+){{1,6}}?)({_DONE})"
    r"(?=\s*(?:$|[,;.]|\b(?:by|in|with|through|for|within|during|at)\b))",
    re.IGNORECASE,
)  # "gaps identified and a strategy to overcome them developed": two results in one line
CLAUSE_WORDS = frozenset("who that which whose where are were is was have has had be been being".split())
TWO_THRESHOLDS = lazyre.compile(r"\b((?:[a-z]+\s+){1,2})(\d+)\s+(?:and|or)\s+\1(\d+)\b", re.IGNORECASE)
EXAMPLES = lazyre.compile(
    r"[,(]?\s*\b(?:including|such as|e\.g\.|for example|in particular|notably)\b", re.IGNORECASE
)


def joined_measures(statement: str) -> str | None:
    """The words that join two measures in `statement`, or None when it measures one thing."""
    text = " ".join(statement.split())
    joined = CONJUNCTION.search(text) is not None  # every reading but a goal's needs one
    for reading in READINGS if joined else (_bundled_goal,):
        found = reading(text)
        if found:
            return found
    return None


def _participle_pair(text: str) -> str | None:
    lead_end = indicatortext.paired_lead_end(text)
    for match in PARTICIPLE_PAIR.finditer(text):
        words = [w.strip(",;") for w in match.group(0).lower().split()]
        if NOT_VERBS & set(words) or match.start() < lead_end or _one_act(match):
            continue
        return match.group(0)
    return None


def _one_act(match: re.Match[str]) -> bool:
    first, second = match.group(1), match.group(2)
    return bool(first and second) and any(
        family.fullmatch(first.lower()) and family.fullmatch(second.lower()) for family in ONE_ACT
    )


def _stage_pair(text: str) -> str | None:
    """Two stages of a process counted as one ("investigations and prosecutions"); "women and girls" is one group."""
    pair = STAGE_PAIR.search(text)
    return pair.group(0) if pair and pair.group(1).lower() != pair.group(2).lower() else None


FEELING_BEFORE = lazyre.compile(
    r"\b(?:feel|feels|feeling|felt|be|being|is|are|was|were|remain|remains|stay|stays|become|becomes)\s*$",
    re.IGNORECASE,
)  # "feeling safe in and secure in their placement": one state, said twice


def _shared_complement(text: str) -> str | None:
    match = SHARED_COMPLEMENT.search(text)
    if match is None or match.group(1).lower() == match.group(2).lower():
        return None
    return None if FEELING_BEFORE.search(text, 0, match.start()) else match.group(0)


def _second_question(text: str) -> str | None:
    match = SECOND_QUESTION.search(text)
    return match.group(0) if match and match.group(1).lower() not in QUESTION_WORDS else None


DOCUMENT_CONTENT = lazyre.compile(
    r"\b(?:law|laws|legislation|act|policy|policies|plan|protocol|sops?|strategy|regulations?|decree|code|guidelines?)\b"
    r"[^,;]{0,40}?\b(?:stipulating|stipulates|providing\s+for|provides\s+for|defining|setting\s+out|sets\s+out|"
    r"covering|covers|including|includes|on)\s+(?:the\s+)?$",
    re.IGNORECASE,
)  # "Legislation … stipulating the definition and prohibition of …": what one document says


ACT_NOUN = r"(?:[a-z]{3,}(?:tion|sion|ment|ance|ence|ship)s?)"
ACT_PAIR = lazyre.compile(
    rf"(?<!\bfrom )\b({ACT_NOUN})\s*,?\s+(?:and|or|and/or|&)\s+({ACT_NOUN})"
    r"(?=\s*(?:$|[,;.:()]|(?:of|to|for|in|on|with|by|at|through|among|under|into|from)\b))",
    re.IGNORECASE,
)  # two acts named as nouns, as what is measured: not a pair before a noun it qualifies, nor harms kept "from"
MEANS = lazyre.compile(r"\b(?:through|via|by means of|thanks to)\b[^;]*$", re.IGNORECASE)
RATED = lazyre.compile(r"\b(?:rating|score|index|grade|ranking)\b[^;]*$", re.IGNORECASE)


def _nominal_pair(text: str) -> str | None:
    """Two kinds of work as what is measured; not those the statement names as the means ("through the donation
    of equipment and provision of a grant"), nor what one rating covers ("rating for investigation and prosecution")."""
    match = NOMINAL_PAIR.search(text)
    if match is None and (match := ACT_PAIR.search(text)) and RATED.search(text, 0, match.start()):
        return None
    if (
        match is None
        or DOCUMENT_CONTENT.search(text, 0, match.start())
        or MEANS.search(text, 0, match.start())
    ):
        return None
    pair = (match.group(1).lower(), match.group(2).lower())
    return None if pair in ONE_PRACTICE or pair[0] == pair[1] else match.group(0)


def _two_results(text: str) -> str | None:
    for match in TWO_RESULTS.finditer(text):
        between = set(match.group(2).lower().split())
        if not between & CLAUSE_WORDS and not NOT_VERBS & {match.group(1).lower(), match.group(3).lower()}:
            return match.group(0)
    return None


def _two_thresholds(text: str) -> str | None:
    match = TWO_THRESHOLDS.search(text)
    return match.group(0) if match and match.group(2) != match.group(3) else None


def _bundled_goal(text: str) -> str | None:
    """A goal copied in as an indicator that asks for two changes or more ("eradicate forced labour, end
    modern slavery … and secure the prohibition …"); verbs in examples after "including" do not count."""
    found = indicatortext.goal_start(text)
    if found is None:
        return None
    scope = EXAMPLES.split(text, maxsplit=1)[0]
    second = SECOND_GOAL_VERB.search(scope, found[1])
    return f"{found[0]} … {second.group(1) or second.group(2) or second.group(3)}" if second else None


_GOAL_VERBS = "|".join(sorted(indicatortext.GOAL_VERBS.source.split(","), key=len, reverse=True))
SECOND_GOAL_VERB = lazyre.compile(
    rf"[,;]\s*(?:and\s+)?({_GOAL_VERBS})\s+(?!(?:{'|'.join(sorted(indicatortext.NOT_AN_OBJECT))})\b)\w"
    rf"|\band\s+(?:[a-z]+ly\s+)?({_GOAL_VERBS})\s+(?:the|all|a|an)\b"
    rf"|\band\s+[a-z]+ly\s+({_GOAL_VERBS})\s+(?!(?:{'|'.join(sorted(indicatortext.NOT_AN_OBJECT))})\b)[a-z]",
    re.IGNORECASE,
)

TWO_CLAUSES = lazyre.compile(
    rf",\s+and\s+(?:the\s+)?(?:[\w-]+\s+){{1,3}}?(?:are|is|were|was|have|has)\s+(?:been\s+)?(?:[\w-]+ly\s+)?{_DONE}\b",
    re.IGNORECASE,
)  # "coordination occurs …, and governments are held to account": two results in one line
TWO_ACTIVITIES = lazyre.compile(
    r"\b([a-z]+-[a-z]+ing)\s+(?:and|or|and/or|&)\s+([a-z]+-[a-z]+ing)\b", re.IGNORECASE
)  # "capacity-building and awareness-raising activities": two kinds of work counted as one
CHANGE_LEAD = lazyre.compile(
    r"^\W*(?:an?\s+)?(?:(?:major|significant|improved|increased|reduced|strengthened|enhanced|better|more|fewer|less|"
    r"greater)\s+)+(?:(?!\b(?:including|such as|e\.g\.)\b)[^;]){0,80}?\b(?:and|or)\b",
    re.IGNORECASE,
)  # "Improved victim support and recovery": a hoped-for change of two things


def _two_clauses(text: str) -> str | None:
    match = TWO_CLAUSES.search(text)
    return match.group(0).lstrip(", ") if match else None


def _two_activities(text: str) -> str | None:
    match = TWO_ACTIVITIES.search(text)
    return match.group(0) if match and match.group(1).lower() != match.group(2).lower() else None


def _two_changes(text: str) -> str | None:
    match = CHANGE_LEAD.match(text)
    return " ".join(match.group(0).split()[-4:]) if match else None


GROUP_LIST = lazyre.compile(
    r"^((?:[\w'-]+\s+){0,3}?[\w'-]+(?:\s*,\s*(?:[\w'-]+\s+){0,3}?[\w'-]+)+\s*,?\s+(?:and|or|and/or)\s+"
    r"(?:[\w'-]+\s+){0,3}[\w'-]+)",
    re.IGNORECASE,
)
LIST_SPLIT = lazyre.compile(r"\s*,\s*(?:and\s+|or\s+|and/or\s+)?|\s+(?:and|or|and/or)\s+", re.IGNORECASE)
GROUPS = WordList(
    "victims,survivors,migrants,workers,children,youth,adolescents,students,people,persons,participants,families,"
    "households,communities,members,leaders,parents,teachers,officials,officers,actors,returnees,refugees,idps"
)
SEX_AGE = WordList("women,men,girls,boys,children,adults,youth,adolescents,minors,people")


def _groups_listed(text: str) -> str | None:
    """Three groups or more counted as one ("CYM, families and community members who understand …"): each
    group would be reached and measured differently. Sex and age groups are one population broken down."""
    reading = indicatortext.read(text)
    if not reading.lead:
        return None
    listed = GROUP_LIST.match(reading.head)
    if listed is None:
        return None
    lasts = [item.split()[-1] for item in LIST_SPLIT.split(listed.group(1)) if item.strip()]
    if len(lasts) < 3 or all(SEX_AGE.fullmatch(w.lower()) for w in lasts):
        return None
    return listed.group(1) if sum(1 for w in lasts if GROUPS.fullmatch(w.lower())) >= 2 else None


SECOND_PREDICATE = lazyre.compile(
    r"^[^,;]*?\b(?:have|has|are|is|were|was)\s+[^,;]*?\b(and\s+(?:are|is|were|was|have|has|can|will|know|trust|feel|use|"
    r"understand|report|apply)\s+[\w-]+)"
    r"|^(?:[\w-]+\s+){1,5}?(?:who|that)\s+[^,;]*?\s(?:understand|know|have|are|feel|trust|use)\s[^,;]*,\s*"
    r"((?:understand|know|have|are|feel|trust|use)\s[^,;]*?\s(?:and|or)\s+(?:understand|know|have|are|feel|trust|use)\b)",
    re.IGNORECASE,
)  # "Workers have increased knowledge … and are better able to …": two changes said of one subject
NOMINAL_GOAL = lazyre.compile(
    r"^\W*(?:the\s+)?(?:eradication|elimination|prevention|reduction|abolition|ending|end)\s+of\s+",
    re.IGNORECASE,
)
OBJECT_END = lazyre.compile(
    r"\s(?:to|for|of|in|on|with|by|through|at|among|including|such)\s|[;:(]", re.IGNORECASE
)


def _second_predicate(text: str) -> str | None:
    match = SECOND_PREDICATE.match(text)
    return (match.group(1) or match.group(2)) if match else None


def _goal_objects(text: str) -> str | None:
    """A goal written as a noun ("The eradication of slavery, forced labour and trafficking") aimed at two things
    or more; sex and age groups are one population."""
    goal = NOMINAL_GOAL.match(text)
    if goal is None:
        return None
    objects = OBJECT_END.split(f"{text[goal.end() :]} ", maxsplit=1)[0]
    parts = [p.strip() for p in LIST_SPLIT.split(objects) if p.strip()]
    if len(parts) < 2 or all(SEX_AGE.fullmatch(p.split()[-1].lower()) for p in parts):
        return None
    return objects.strip()


_ACTION = rf"(?:{_GOAL_VERBS}|[a-z]{{3,}}ing)"
ACTION_PAIR = lazyre.compile(
    rf"^\W*({_ACTION})\s+(?:and|or|and/or|&)\s+({_ACTION}\b|[a-z]{{4,}}(?=\s+(?:the|all|a|an|their|its)\b))",
    re.IGNORECASE,
)  # "Prevent and prosecute the offences", "Prosecuting and disrupting groups": two actions
ACTION_LIST = lazyre.compile(
    r"^\W*([a-z]{4,}ing)\s+[^,;]{3,40},\s*(?:and\s+)?([a-z]{4,}ing)(?=\s+\w)", re.IGNORECASE
)  # "Preventing exploitation, Rescuing victims, Restoring lives …": one action per item
PURPOSE_PAIR = lazyre.compile(
    r"\bto\s+([a-z]+)\s[^;]*?\band\s+to\s+(?!(?:the|a|an|their|its|his|her)\b)([a-z]+)", re.IGNORECASE
)  # "trains professionals to spot the signs … and to respond effectively": two abilities
DONE_THEN_DONE = lazyre.compile(
    rf"\b({_DONE})\s+(?!(?:with|by|through|under|using)\b)(?:[\w-]+\s+){{1,4}}?and\s+([a-z]{{3,}}ed)"
    r"\s*(?:$|[,;.(]|\b(?:by|within|in|at|during|through)\b)",
    re.IGNORECASE,
)  # "reports recorded as a crime and investigated": two things done to each report; "laws drafted with
# project support and adopted by the government" names which laws by their drafting, and measures the adoption
_CHANGE = r"(?:improved|increased|enhanced|strengthened|reduced|better|greater|stronger)"
TWO_IMPROVEMENTS = lazyre.compile(
    rf"\b({_CHANGE})\s+(?:[\w-]+\s+){{1,3}}?(?:and|or)\s+({_CHANGE})\s+[a-z]", re.IGNORECASE
)  # "through improved victim identification and enhanced support": two changes


GERUND_START = lazyre.compile(r"^\W*(?:further\s+)?[a-z]{4,}ing\s+", re.IGNORECASE)


def _goal_list(text: str) -> str | None:
    """A goal verb aimed at three things or more ("Improve Law, Legislation and Policy", "Increasing knowledge,
    awareness, and implementation of …"): each would be measured differently."""
    found = indicatortext.goal_start(text)
    start = found[1] if found else (GERUND_START.match(text) or re.match("", text)).end()
    if not start:
        return None
    objects = OBJECT_END.split(f"{text[start:].strip()} ", maxsplit=1)[0]
    parts = [p.strip() for p in LIST_SPLIT.split(objects) if p.strip()]
    if len(parts) < 3 or all(SEX_AGE.fullmatch(p.split()[-1].lower()) for p in parts):
        return None
    sizes = [len(p.split()) for p in parts]
    modifiers = (
        max(sizes) > 1 and sizes.index(max(sizes)) >= 2 and set(sizes[: sizes.index(max(sizes))]) == {1}
    )
    return (
        None if modifiers else objects.strip()
    )  # "orderly, safe, regular and responsible migration": one thing


def _action_pair(text: str) -> str | None:
    match = ACTION_PAIR.match(text) or ACTION_LIST.match(text)
    if match is None:
        return None
    pair = (match.group(1).lower(), match.group(2).lower())
    return None if pair in ONE_PRACTICE or pair[0] == pair[1] else match.group(0).strip()


def _purpose_pair(text: str) -> str | None:
    match = PURPOSE_PAIR.search(text)
    return match.group(0) if match and match.group(1).lower() != match.group(2).lower() else None


def _done_then_done(text: str) -> str | None:
    lead_end = indicatortext.paired_lead_end(text)
    for match in DONE_THEN_DONE.finditer(text):
        if match.start() >= lead_end and not NOT_VERBS & {match.group(1).lower(), match.group(2).lower()}:
            return match.group(0).strip(" ,;.(")
    return None


def _two_improvements(text: str) -> str | None:
    match = TWO_IMPROVEMENTS.search(text)
    return match.group(0)[:-1].strip() if match else None


SECOND_CONDITION = lazyre.compile(
    r"[,;]?\s*\b(?:or|and/or|o|ou)\s+(?:else\s+)?(?:who|whom|whose|that|which|for whom|in which|"
    r"que|quienes|cuyos?|cuyas?|qui|dont|pour qui|cujos?|cujas?)\b",
    re.IGNORECASE,
)  # "children for whom work has improved or who have been withdrawn": either of two results counts, so a rise
# could come from either; "residents whose exit was planned and whose destination was safe" is one stricter standard


def _second_condition(text: str) -> str | None:
    if not indicatortext.RELATIVE.search(text):
        return None
    match = SECOND_CONDITION.search(text, indicatortext.RELATIVE.search(text).end())
    if match is None:
        return None
    return " ".join(text[max(0, match.start() - 30) : match.end()].split()[-6:])


_DOING = r"[a-z][\w-]*(?:ing|tion|sion|ment|ance|ence|ure|ach|ness|ity|ship|aint)s?"
HEADING_PAIR = lazyre.compile(
    rf"^\W*(?:(?!(?:of|in|for|to|on|with|by|at|from|among|about|against)\b)[\w-]+\s+){{0,3}}?({_DOING}|[a-z][\w-]{{3,}}s)\s*,?\s+(?:and|&)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"({_DOING}|[a-z][\w-]{{3,}}s)(?=\s*$|\s*[,;:(\u2013-]|\s+(?:of|to|for|in|on|with|by|at|through|among|under|"
    r"into|from|against|[a-z]+ed)\b)",
    re.IGNORECASE,
)
DOING = lazyre.compile(rf"^{_DOING}$", re.IGNORECASE)


def _heading_pair(text: str) -> str | None:
    """A heading that names two kinds of work or things as what it tracks ("Training and Outreach", "Asset
    Restraint and Seizure applied to …", "Certifications and Letters of Eligibility"), one of them a noun of
    doing; two plain plurals ("Calls and messages", "Victims and Survivors") are one population."""
    if indicatortext.read(text).lead or indicatortext.goal_verb(text) or indicatortext.action_start(text):
        return None
    match = HEADING_PAIR.match(text)
    if match is None:
        return None
    first, second = match.group(1).lower(), match.group(2).lower()
    if first == second or (first, second) in ONE_PRACTICE or not (DOING.match(first) or DOING.match(second)):
        return None
    if first.endswith("s") and not (indicatortext.is_plural_noun(first) or DOING.match(first)):
        return None
    return match.group(0).strip()


TWO_MEANS = lazyre.compile(
    r"\bby\s+([a-z]{3,}ing)\s+(?:and|or|and/or)\s+([a-z]{3,}ing)\b"
    r"|\bby\s+([a-z]{3,}ing)\b[^;]*?\band\s+by\s+([a-z]{3,}ing)\b",
    re.IGNORECASE,
)  # "… by monitoring and assessing agencies", "… by conducting campaigns … and by evaluating them": two works


def _two_means(text: str) -> str | None:
    match = TWO_MEANS.search(text)
    if match is None:
        return None
    first, second = (match.group(1) or match.group(3)).lower(), (match.group(2) or match.group(4)).lower()
    return None if first == second or (first, second) in ONE_PRACTICE else match.group(0)


# --- two units of analysis counted as one: people and cases, children and families --------------------------------

UNIT_KINDS = (
    ("people", lazyre.compile(
        r"^(?:victims|survivors|migrants|workers|children|girls|boys|women|men|youth|adolescents|students|people|persons|"
        r"participants|returnees|refugees|officials|officers|[a-z]{3,}(?<!numb)(?<!ord)(?<!cent)(?<!pap)(?<!oth)(?<!memb)"
        r"(?:ers|ors)|victimas|personas|mujeres|ninos|ninas|trabajadores|victimes|personnes|femmes|enfants|travailleurs|"
        r"vitimas|pessoas|mulheres|criancas|trabalhadores)$", re.IGNORECASE)),
    ("households", lazyre.compile(r"^(?:families|households|familias|hogares|familles|menages)$", re.IGNORECASE)),
    ("cases", lazyre.compile(
        r"^(?:cases|incidents|reports|complaints|offences|offenses|crimes|casos|incidentes|denuncias|delitos|incidencia|"
        r"cas|plaintes|infractions)$", re.IGNORECASE)),
)  # fmt: skip
KIND_PAIR = lazyre.compile(
    r"([\w-]+)(?:\s+([^,;]{0,40}?))?\s+(?:and|y|et|e)\s+(?:(?:the|their|las|los|les|as|os)\s+)?(?:[\w-]+\s+){0,2}?([\w-]+)\b",
    re.IGNORECASE,
)


def _kind(word: str) -> str | None:
    return next((name for name, pattern in UNIT_KINDS if pattern.match(word)), None)


QUALIFIER = lazyre.compile(
    r"^(?:from|by|among|filed|made|submitted|received|por|par|pelos|pelas|des|de)$", re.IGNORECASE
)


def _joined_lower(text: str, pair: re.Match[str]) -> bool:
    """The conjunction joins words below the first: a unit word just before it ("complaints from workers and
    employers" joins workers and employers), or the first word inside a qualifier of the head ("quejas de
    trabajadores y empleadores"): whatever a from/by/de phrase names qualifies what is counted."""
    between = (pair.group(2) or "").split()
    before = text[: pair.start()].split()
    return bool(between and _kind(between[-1])) or bool(before and QUALIFIER.match(before[-1]))


def two_units(statement: str) -> str | None:
    """Two units of analysis joined in what is counted ("Cases and Offenders", "children pending reunification and
    families", "Incidencia delictiva y víctimas"): the words that join them; None for one unit."""
    reading = indicatortext.read(statement)
    text = unaccented(reading.head if reading.lead else " ".join(statement.split()))
    for start in (m.start() for m in re.finditer(r"\b\w", text)):
        pair = KIND_PAIR.match(text, start)
        if pair is None:
            continue
        first, second = _kind(pair.group(1)), _kind(pair.group(3))
        if first and second and first != second and not _joined_lower(text, pair):
            return (reading.head if reading.lead else " ".join(statement.split()))[pair.start() : pair.end()]
    return None


# --- Spanish, French and Portuguese: the same structures, read on the words' own endings -------------------------

ROMANCE_AND = r"(?:y|e|et|o|ou|e/ou|y/o|et/ou)"
_ROMANCE_PARTICIPLE = r"(?:[a-zà-ÿ]{3,}(?:ad|id)[oa]s?|[a-zà-ÿ]{2,}(?:é|ée|és|ées))"
ROMANCE_PARTICIPLE_PAIR = lazyre.compile(
    rf"\b({_ROMANCE_PARTICIPLE})\s*,?\s+{ROMANCE_AND}\s+({_ROMANCE_PARTICIPLE})\b", re.IGNORECASE
)  # "detectadas y atendidas", "iniciadas o concluidas", "identifiées et orientées": two things done to each one
NOT_ROMANCE_PARTICIPLES = frozenset(
    "cuidado cuidados estado estados mercado mercados partido sentido contenido vida vidas medida medidas salida "
    "salidas llegada llegadas entrada entradas jornada jornadas comida unidad ciudad nada todo todos toda todas "
    "nacionalidad edad idade edade cidade unidade".split()
)  # nouns and pronouns that end like a participle
ONE_ROMANCE_ACT = (
    "aprob,aprov,promulg,adopt,modific,reform,enmend,actualiz,atualiz,revis,alter,sancion,ratific",
)
ROMANCE_ACT_NOUN = (
    r"(?:[a-z]{3,}(?:cion|sion|tion|cao|sao|ment|miento|mento|ncia|nce|nca|idad|idade|aje|agem)(?:es|s)?)"
)
_NOT_ADJECTIVE = (
    r"(?:entre|para|pour|sobre|dans|avec|contra|contre|desde|hacia|durante|pelo|pela|pelos|pelas)\b"
)
ROMANCE_ACT_LIST = lazyre.compile(
    rf"(?<!\bpara )(?<!\bpour )(?<!\bpor )(?<!\bsobre )(?<!\ben )(?<!\bem )(?<!\bdans )(?<!\bsur )\b({ROMANCE_ACT_NOUN})(?:\s+(?!{_NOT_ADJECTIVE})[a-z]{{4,}}\b)?\s*(?:,\s*(?:{ROMANCE_AND}\s+)?|\s+{ROMANCE_AND}\s+)"
    rf"(?:(?:de|del|da|do|du|des)\s+|d')?(?:(?:la|el|las|los|le|les|a|o|as|os)\s+|l')?({ROMANCE_ACT_NOUN})(?:\s+(?!{_NOT_ADJECTIVE})[a-z]{{4,}}\b)?"
    r"(?=\s*(?:$|[,;.:()]|(?:de|del|da|das|do|dos|des|du|d|a|al|ao|aos|au|aux|en|em|na|nas|no|nos|dans|para|pour|con|com|avec|"
    r"entre|por|par|pelo|pela|sur|sobre|y|e|et|o|ou)\b))",
    re.IGNORECASE,
)  # "atención, protección y asistencia", "coordinación y cooperación": two kinds of work as what is measured
ONE_ROMANCE_PRACTICE = frozenset(
    {("seguimiento", "evaluacion"), ("monitoreo", "evaluacion"), ("monitoramento", "avaliacao"),
     ("acompanhamento", "avaliacao"), ("suivi", "evaluation")}
)  # fmt: skip
_INFINITIVE = r"[a-z]{3,}(?:ar|er|ir|re)"
ROMANCE_ACTION_PAIR = lazyre.compile(
    rf"^\W*({_INFINITIVE})\s*,?\s+{ROMANCE_AND}\s+({_INFINITIVE})\b", re.IGNORECASE
)
# "Mapear e consolidar canais", "sensibilizar e mobilizar a sociedade": two actions, each measured its own way
SECOND_ROMANCE_ACTION = lazyre.compile(
    rf"(?:,\s*|\s+)(?:y|e|et)\s+({_INFINITIVE})\s+(?:el|la|los|las|le|les|l|a|o|os|as|un|una|une|um|uma|des|su|sus|"
    r"seu|sua|seus|suas|son|sa|ses|leur|leurs)\b",
    re.IGNORECASE,
)  # "Prevenir el delito … y fomentar la visibilización": a second aim after the first


FIRST_INFINITIVE = lazyre.compile(rf"^\W*({_INFINITIVE})\s", re.IGNORECASE)
_ARTICLE = r"(?:la|el|las|los|le|les|l|a|o|as|os)"
TWO_WORKS = lazyre.compile(
    rf"\s*(?:{_ARTICLE}\s+)?({ROMANCE_ACT_NOUN})\b(?:(?!\b(?:entre|con|com|avec|contra|contre|para|pour|y|e|et)\b)[^,;]){{0,80}}?\s(?:y|e|et)\s+(?:{_ARTICLE}\s+)?({ROMANCE_ACT_NOUN})\b",
    re.IGNORECASE,
)


def _romance_text(text: str) -> str | None:
    """The statement unaccented when it is Spanish, French or Portuguese; None when it is English."""
    return unaccented(text) if indicatortext.romance(text) else None


def _infinitive(word: str) -> bool:
    return word.lower() not in indicatortext.NOT_INFINITIVES


def _romance_participle_pair(text: str) -> str | None:
    if not indicatortext.romance(text):
        return None
    for match in ROMANCE_PARTICIPLE_PAIR.finditer(text):
        first, second = unaccented(match.group(1).lower()), unaccented(match.group(2).lower())
        if (
            {first, second} & NOT_ROMANCE_PARTICIPLES
            or _stem(first) == _stem(second)
            or _one_romance_act(first, second)
            or _te_noun(text, match)
        ):
            continue
        return text[match.start() : match.end()]
    return None


GENDER_NUMBER_ENDING = lazyre.compile(r"(?:ees|ee|es|as|os|a|o|e|s)$")


def _stem(word: str) -> str:
    """The word without its gender and number ending: "abogadas y abogados", "délégués et déléguées" name one
    population in both genders, not two acts."""
    return GENDER_NUMBER_ENDING.sub("", word)


ROMANCE_NOT_AGREEING = frozenset(
    "de del des du d en dans sur la le les l el los las a o as os au aux da do das dos na no em matiere".split()
)


def _te_noun(text: str, match: re.Match[str]) -> bool:
    """French -té/-tés after an article or a preposition is a noun ("de santé et sécurité", "la qualité et …"):
    a participle follows the noun it agrees with."""
    words = [match.group(1).lower(), match.group(2).lower()]
    before = unaccented(text[: match.start()]).lower().replace("'", " ").split()
    return (
        any(w.endswith(("té", "tés")) for w in words) and bool(before) and before[-1] in ROMANCE_NOT_AGREEING
    )


def _one_romance_act(first: str, second: str) -> bool:
    stems = ONE_ROMANCE_ACT[0].split(",")
    return any(first.startswith(s) for s in stems) and any(second.startswith(s) for s in stems)


def _setting_up(text: str) -> bool:
    """A milestone that sets one thing up ("La mise en place d'un mécanisme d'identification, d'orientation et de
    protection"): the kinds of work name what is set up, one milestone."""
    action = indicatortext.action_start(text)
    return action is not None and action.kind == "delivery" and action.nominal


def _romance_act_list(text: str) -> str | None:
    plain = _romance_text(text)
    match = ROMANCE_ACT_LIST.search(plain) if plain else None
    if match is None or _setting_up(text):
        return None
    pair = (match.group(1).lower(), match.group(2).lower())
    if pair in ONE_ROMANCE_PRACTICE or pair[0] == pair[1]:
        return None
    return text[match.start() : match.end()]


def _romance_actions(text: str) -> str | None:
    """Two actions at the start of an objective ("Mapear e consolidar"), or a second one after the first's object
    ("Prevenir el delito … y fomentar la …")."""
    plain = _romance_text(text)
    first = FIRST_INFINITIVE.match(plain) if plain else None
    if first is None or not _infinitive(first.group(1)):
        return None
    pair = ROMANCE_ACTION_PAIR.match(plain)
    if pair and _infinitive(pair.group(2)) and pair.group(1).lower() != pair.group(2).lower():
        return text[pair.start(1) : pair.end()]
    second = SECOND_ROMANCE_ACTION.search(plain, first.end())
    if second is None or not _infinitive(second.group(1)):
        return None
    return f"{text[first.start(1) : first.end(1)]} … {text[second.start(1) : second.end(1)]}"


def _romance_two_works(text: str) -> str | None:
    """One action aimed at two kinds of work ("Fortalecer a repressão ao crime … e a responsabilização …")."""
    plain = _romance_text(text)
    first = FIRST_INFINITIVE.match(plain) if plain else None
    if first is None or not _infinitive(first.group(1)):
        return None
    works = TWO_WORKS.match(plain, first.end())
    return f"{text[first.start(1) : works.end(1)]} … {text[works.start(2) : works.end(2)]}" if works else None


READINGS: tuple[Callable[[str], str | None], ...] = (
    _participle_pair,
    _stage_pair,
    _shared_complement,
    _second_question,
    _nominal_pair,
    _two_results,
    _two_thresholds,
    _bundled_goal,
    _two_clauses,
    _two_activities,
    _two_changes,
    _groups_listed,
    _second_predicate,
    _goal_objects,
    _action_pair,
    _goal_list,
    _purpose_pair,
    _done_then_done,
    _two_improvements,
    _second_condition,
    _heading_pair,
    _two_means,
    _romance_participle_pair,
    _romance_act_list,
    _romance_actions,
    _romance_two_works,
)
