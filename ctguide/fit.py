"""Does an indicator measure its result? Word-family overlap with the knowledge base's own indicators.

Each knowledge-base result is described by its statement and the statements and defined terms of its
own indicators. An indicator fits its result when the rarer word families it uses (weighted by how
few results use them) are mostly found in that description. It does not fit when they are mostly
missing there and another result's description holds clearly more of them. The reference is built
once per knowledge base; each indicator then costs a handful of dictionary look-ups.
"""

from __future__ import annotations

import hashlib
import math
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ctguide import lazyre, textnorm
from ctguide.knowledge import Area, KbIndicator, KnowledgeBase
from ctguide.textnorm import STOP_WORDS, fold, stem

_DERIVED = (("nesses", 4), ("ness", 4), ("ances", 5), ("ance", 5), ("ences", 5), ("ence", 5))


@lru_cache(maxsize=65536)
def family(word: str) -> str:
    """A folded word's family key for fit: `textnorm.stem` (which matching shares, unchanged) with the
    derivations fit also needs merged: assistance/assisted, awareness/aware, sheltered/shelter,
    counselling/counsel. Short remainders are kept apart (sentence is not sent, evidence not evident)."""
    if word.endswith("ally") and len(word) > 7:
        return word  # a manner, not a topic: "officially identified" is not about officials
    for suffix, keep in _DERIVED:
        if word.endswith(suffix) and len(word) - len(suffix) >= keep:
            word = word[: -len(suffix)]
            break
    key = stem(word)
    if key != word and word.endswith(("ed", "ing", "ings", "s")):
        again = stem(key)  # an inflected derivation: sheltered -> shelter -> shelt, as shelter itself
        if again != key and len(again) >= 5:
            key = again
    key = key[:-1] if len(key) > 5 and key.endswith("ll") else key
    return SAME_PEOPLE.get(key, key)


SAME_PEOPLE = {"surviv": "victim"}
# one population under the names donors and services give it: a survivor count fits a victims' result


GENERIC = frozenset(  # counting words, periods and the boilerplate of any results framework: no topic
    family(w)
    for w in """number percentage percent share proportion rate total mean median average year years month months
    quarter period reporting project projects target targeted participating partner partners least within
    days day weeks end start baseline endline midline trafficking trafficked persons person anti human
    one two three four five six twelve new provided provide provision received receive level levels functioning
    functional use used using include including promote promoted promotion beneficiary beneficiaries
    individual individuals participant participants programme programmes program programs activity activities
    active regular support supported development develop developed effective effectively major significant
    significantly improved improvement reduction reduce reduced increase increased initiative initiatives
    modern slavery slave slaves
    """.split()
)
LOW_FIT = 0.36  # an indicator sharing less than this weighted share of its words with its area ...
CLEARLY_BETTER = 0.3  # ... while another area holds this much more ...
STRONG_RESULT = 0.45  # a result elsewhere holding this share of the indicator's words is strong evidence ...
STRONG_AREA = 0.6  # ... and so is a word only one area uses, when that area holds this share of them
SIBLING_FIT = 0.6  # within the area: a result holding less than this share while a sibling holds clearly more
MIN_EVIDENCE = 2  # ... on the strength of at least this many word families its own area lacks, does not fit
TWIN = (
    0.6  # an indicator this close (weighted Dice of word families) to a knowledge indicator is its twin ...
)
TWIN_WORDS = 3  # ... sharing at least this many word families with it (two make no statement) ...
TWIN_MARGIN = 0.3  # ... and misplaced when it is clearly closer to it than to any indicator of its own area
ALIEN_OWN = 0.05  # an indicator sharing at most this share of its words with its own area ...
ALIEN_RESULT = 0.6  # ... while one result elsewhere holds this share of them measures that result,
ALIEN_AREA = (
    0.8  # ... as it does one of another area that holds this share of them, on TWIN_WORDS families or more
)


@dataclass(frozen=True)
class Fit:
    own: float  # weighted share of the indicator's word families found in its own area's vocabulary
    best: Area | None  # the area whose vocabulary holds most of them
    best_score: float
    evidence: frozenset[str] = frozenset()  # word families the best area has and the own area lacks
    known: int = 0  # how many of the indicator's word families the knowledge base's areas use at all


_BOUND_PREFIX = lazyre.compile_now(
    r"\b(re|non)-(?=[a-z])", re.IGNORECASE
)  # re-trafficked is one word, not 're' + 'trafficked'


@lru_cache(maxsize=16384)
def families(text: str) -> frozenset[str]:
    return frozenset(
        key for word in set(fold(_BOUND_PREFIX.sub(r"\1", text)).split()) - STOP_WORDS if not word.isdigit()
        if (key := family(word)) not in GENERIC and len(key) > 2
    )  # fmt: skip


def reads_elsewhere(fit: Fit, area_id: str, result_share: float | None = None) -> bool:
    """The indicator's words belong clearly more to another area than to its own (`area_id`): on at least
    two word families its area lacks, or on one when it shares no word at all with its own result
    (`result_share`, the weighted share of its words found in the result and the result's indicators)."""
    if fit.best is None or fit.best.id == area_id or fit.own >= LOW_FIT:
        return False
    if fit.best_score < fit.own + CLEARLY_BETTER:
        return False
    if len(fit.evidence) >= MIN_EVIDENCE:
        return True
    return bool(fit.evidence) and result_share == 0.0 and fit.known >= MIN_EVIDENCE


def strong_evidence(ref: FitReference, fit: Fit, statement: str, area_id: str) -> bool:
    """Enough to tell a user that an indicator measures another result: one result of the other area holds
    most of its words, or it uses a word only that area uses ("rescued", "shelter residents"). Words that
    many areas share ("services", "community", "level") make a weak case, better left unsaid."""
    if ref.closest_result(statement, area_id)[1] >= STRONG_RESULT:
        return True
    return (
        fit.best is not None
        and fit.best_score >= STRONG_AREA
        and any(ref.postings.get(key) == [fit.best.id] for key in fit.evidence)
    )


@dataclass(frozen=True)
class Misplaced:
    """Evidence strong enough to warn that an indicator measures another area's result: a knowledge indicator
    of that area it nearly repeats (`twin`), a result there that holds most of its words (`result`), or neither
    when the area as a whole does."""

    area: Area
    twin: KbIndicator | None = None
    result: str | None = None


def misplaced(ref: FitReference, statement: str, area_id: str) -> Misplaced | None:
    """Whether `statement`, filed under a result of `area_id`, is (or closely matches) a knowledge indicator of
    another area, or shares next to no word with its own area while one result, or one area, elsewhere holds
    most of them.
    Word overlap short of that cannot judge meaning: it is at most a suggestion to check."""
    twin, closeness = ref.closest_indicator(statement)
    elsewhere = twin is not None and twin.area != area_id and twin.area in ref.areas and closeness >= TWIN
    if elsewhere and ref.closest_indicator(statement, area_id)[1] <= closeness - TWIN_MARGIN:
        return Misplaced(ref.areas[twin.area], twin=twin)
    fit = ref.fit(statement, area_id)
    if fit.best is None or fit.own > ALIEN_OWN or len(fit.evidence) < MIN_EVIDENCE:
        return None
    result, share = ref.closest_result(statement, area_id)
    if result is not None and share >= ALIEN_RESULT:
        return Misplaced(ref.areas[ref.result_area[result]], result=result)
    if fit.best_score >= ALIEN_AREA and len(fit.evidence) >= TWIN_WORDS:
        return Misplaced(fit.best)
    return None


Vocabularies = tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]
"""Word families by area (its own words) and by result; an area's vocabulary is its own and its results'."""


def _by_result(kb: KnowledgeBase) -> dict[str, tuple[KbIndicator, ...]]:
    indicators: dict[str, tuple[KbIndicator, ...]] = defaultdict(tuple)
    for indicator in kb.indicators:
        indicators[indicator.result] += (indicator,)
    return indicators


def vocabulary_texts(kb: KnowledgeBase) -> tuple[dict[str, str], dict[str, str]]:
    """What the vocabularies are read from: each area's own words (name, description, objective, keywords,
    its indicators' defined terms), and each result's statement with its indicators' statements."""
    indicators = _by_result(kb)
    areas = {
        a.id: " ".join([a.name, a.description, a.objective, *a.keywords,
                        *(term for r in a.results for i in indicators.get(r.id, ()) for term, _ in i.definitions)])
        for a in kb.areas
    }  # fmt: skip
    results = {
        r.id: " ".join([r.statement, *(i.filled_statement() for i in indicators.get(r.id, ()))])
        for a in kb.areas
        for r in a.results
    }
    return areas, results


def read_vocabularies(kb: KnowledgeBase) -> Vocabularies:
    areas, results = vocabulary_texts(kb)
    own = {a: families(text) for a, text in areas.items()}
    return own, {r: families(text) for r, text in results.items()}


Statements = dict[str, frozenset[str]]
"""The word families of each knowledge indicator's statement (filled in with its examples), by indicator id."""


def read_statements(kb: KnowledgeBase) -> Statements:
    return {i.id: families(i.filled_statement()) for i in kb.indicators}


def vocabularies_digest(kb: KnowledgeBase) -> str:
    """Everything `read_vocabularies(kb)` and `read_statements(kb)` depend on: the texts, the code that reads
    them (this module and ctguide.textnorm) and the Unicode tables that fold accents."""
    digest = hashlib.sha256(unicodedata.unidata_version.encode())
    for path in (Path(__file__), Path(textnorm.__file__)):
        digest.update(path.read_bytes())
    for texts in vocabulary_texts(kb):
        for ident, text in texts.items():
            digest.update(f"\0{ident}\0{text}".encode())
    for indicator in kb.indicators:
        digest.update(f"\0{indicator.id}\0{indicator.filled_statement()}".encode())
    return digest.hexdigest()


class FitReference:
    """The knowledge base's areas as word families (name, keywords, results and their indicators)."""

    def __init__(
        self, kb: KnowledgeBase, read: Vocabularies | None = None, statements: Statements | None = None
    ) -> None:
        """`read`: the vocabularies `read_vocabularies(kb)` gives, and `statements`: what `read_statements(kb)`
        gives, read earlier (ctguide.kbseed keeps both)."""
        self.areas = {a.id: a for a in kb.areas}
        self.results = {r.id: r for area in kb.areas for r in area.results}
        self.result_area = {r.id: area.id for area in kb.areas for r in area.results}
        self.indicators = _by_result(kb)
        self.indicator_result = {i.id: i.result for i in kb.indicators}
        own, of_results = read_vocabularies(kb) if read is None else read
        self.result_vocabulary = {rid: of_results[rid] for rid in self.results}
        self.vocabulary = {
            a.id: own[a.id].union(*(self.result_vocabulary[r.id] for r in a.results)) for a in kb.areas
        }
        counts = Counter(key for keys in self.vocabulary.values() for key in keys)
        total = len(self.vocabulary) or 1
        self.weight = {key: math.log(total / n) for key, n in counts.items()}
        self.postings: dict[str, list[str]] = defaultdict(list)
        for area_id, keys in self.vocabulary.items():
            for key in keys:
                self.postings[key].append(area_id)
        self.result_postings: dict[str, list[str]] = defaultdict(list)
        for result_id, keys in self.result_vocabulary.items():
            for key in keys:
                self.result_postings[key].append(result_id)
        self._by_text: dict[str, str | None] = {}
        statements = read_statements(kb) if statements is None else statements
        self._indicator_families = [  # built here, so that the compiled knowledge cache keeps them
            (i, frozenset(k for k in statements[i.id] if self.weight.get(k, 0) > 0)) for i in kb.indicators
        ]

    def area_for(self, statement: str, kb_id: str | None, area_id: str) -> str | None:
        """The knowledge-base area a plan result belongs to: its kb_id's area, the plan's area, or the closest."""
        if kb_id in self.result_area:
            return self.result_area[kb_id]
        if area_id in self.areas:
            return area_id
        if statement not in self._by_text:
            scores = self._scores(families(statement))
            self._by_text[statement] = max(scores, key=scores.get) if scores else None
        return self._by_text[statement]

    def fit(self, statement: str, area_id: str) -> Fit:
        keys = families(statement)
        scores = self._scores(keys)
        best_id = max(scores, key=scores.get) if scores else None
        if best_id is None:
            return Fit(0.0, None, 0.0)
        own, theirs = self.vocabulary.get(area_id, frozenset()), self.vocabulary[best_id]
        evidence = frozenset(k for k in keys if k in theirs and k not in own and self.weight.get(k, 0) > 0)
        known = sum(1 for k in keys if self.weight.get(k, 0) > 0)
        return Fit(scores.get(area_id, 0.0), self.areas[best_id], scores[best_id], evidence, known)

    def sibling(self, statement: str, result_id: str) -> tuple[float, str | None, float]:
        """Within the result's own area: (share of the statement's words in its result, best sibling, its share)."""
        keys = [k for k in families(statement) if self.weight.get(k, 0) > 0]
        mass = sum(self.weight[k] for k in keys) or 1.0
        area = self.areas.get(self.result_area.get(result_id, ""))
        shares = {
            r.id: sum(self.weight[k] for k in keys if k in self.result_vocabulary[r.id]) / mass
            for r in (area.results if area else ())
        }
        if not shares:
            return 0.0, None, 0.0
        best = max(shares, key=shares.get)
        return shares.get(result_id, 0.0), best, shares[best]

    def closest_result(self, statement: str, outside: str) -> tuple[str | None, float]:
        """The result of another area than `outside` whose words hold most of the statement's, and that share."""
        keys = [k for k in families(statement) if self.weight.get(k, 0) > 0]
        mass = sum(self.weight[k] for k in keys)
        shares: dict[str, float] = defaultdict(float)
        for key in keys:
            for result_id in self.result_postings.get(key, ()):
                if self.result_area[result_id] != outside:
                    shares[result_id] += self.weight[key] / mass
        best = max(shares, key=shares.get, default=None)
        return best, shares.get(best, 0.0) if best else 0.0

    def closest_indicator(
        self, statement: str, area_id: str | None = None
    ) -> tuple[KbIndicator | None, float]:
        """The knowledge indicator (of `area_id`, or of any area) whose words are closest to the statement's, and
        how close: the weighted Dice share of the word families they have in common. A word the knowledge base
        never uses weighs as much as the rarest it does: "corrective action plans" is no "national action plan"."""
        rare = math.log(len(self.vocabulary) or 1)
        keys = frozenset(families(statement))
        mass = sum(self.weight.get(k, rare) for k in keys)
        best: tuple[KbIndicator | None, float] = (None, 0.0)
        if not mass:
            return best
        for indicator, theirs in self._indicator_families:
            if area_id is not None and indicator.area != area_id:
                continue
            common = keys & theirs
            if len(common) < TWIN_WORDS:
                continue
            shared = sum(self.weight[k] for k in common)
            closeness = 2 * shared / (mass + sum(self.weight[k] for k in theirs))
            if closeness > best[1]:
                best = (indicator, closeness)
        return best

    def nearest(self, statement: str, indicators: list[KbIndicator]) -> list[KbIndicator]:
        """`indicators` ordered by how many of the statement's word families (weighted) each shares, the closest
        first; ties keep the knowledge base's order."""
        keys = families(statement)
        shared = {
            i.id: sum(self.weight.get(k, 0) for k in keys & theirs) for i, theirs in self._indicator_families
        }
        return sorted(indicators, key=lambda i: -shared.get(i.id, 0.0))

    def _scores(self, keys: frozenset[str]) -> dict[str, float]:
        known = [k for k in keys if self.weight.get(k, 0) > 0]
        mass = sum(self.weight[k] for k in known)
        if not mass:
            return {}
        scores: dict[str, float] = defaultdict(float)
        for key in known:
            for area_id in self.postings[key]:
                scores[area_id] += self.weight[key] / mass
        return scores


_BUILT: dict[int, tuple[KnowledgeBase, FitReference]] = {}


def adopt_reference(kb: KnowledgeBase, built: FitReference) -> None:
    """Use `built`, made by `reference(kb)` earlier (the compiled knowledge cache keeps one)."""
    if len(_BUILT) > 4:
        _BUILT.clear()
    _BUILT[id(kb)] = (kb, built)


def reference(kb: KnowledgeBase) -> FitReference:
    """The fit reference of `kb`, built once per knowledge base object (kept by identity, not hashed)."""
    built = _BUILT.get(id(kb))
    if built is None or built[0] is not kb:
        if len(_BUILT) > 4:
            _BUILT.clear()
        built = _BUILT[id(kb)] = (kb, FitReference(kb))
    return built[1]


@dataclass(frozen=True)
class OtherField:
    """A measure of another field than counter-trafficking: which field, and the words that say so."""

    field: str
    words: str


_VIOLENCE_KINDS = r"(?:physical|sexual|psychological|emotional|economic)"
OTHER_FIELDS = (
    ("gender-based violence", frozenset(), lazyre.compile(
        r"\b(?:(?-i:S?GBV|DGBV|VAWG?|IPV|SEA|VBG|VSBG)|gender[- ]based violence|violence against (?:women|girls|children)|"
        r"(?:domestic|intimate[- ]partner|family|dating|partner) violence|"
        rf"{_VIOLENCE_KINDS}(?:\s*,\s*{_VIOLENCE_KINDS})*(?:\s*,?\s*(?:or|and|and/or)\s+{_VIOLENCE_KINDS})?\s+violence|"
        r"sexual (?:and|or|and/or) gender[- ]based violence|rape|sexual assault|female genital mutilation|(?-i:FGM)(?:/C)?|"
        r"harmful practices|"
        r"violencia (?:de g[ée]nero|dom[ée]stica|sexual|intrafamiliar|machista|contra (?:las|la) mujer(?:es)?)|"
        r"violences? (?:conjugales?|domestiques?|sexuelles?|sexistes?|bas[ée]es? sur le genre|faites aux femmes)|"
        r"viol[êe]ncia (?:de g[êe]nero|dom[ée]stica|sexual|contra (?:as\s+)?mulher(?:es)?)|"
        r"mutila[çc][ãa]o genital|"
        r"mutilaci[óo]n genital|mutilations? g[ée]nitales?)\b",
        re.IGNORECASE)),
    ("HIV and sexual and reproductive health", frozenset({"medical_care"}), lazyre.compile(
        r"\b(?:(?-i:HIV|AIDS|ARVs?|STIs?|SRHR?|VIH|SIDA)|post-exposure prophylaxis|antiretroviral|sexually transmitted|family planning|"
        r"contracepti\w+|antenatal|maternal (?:health|mortality|deaths)|reproductive health|"
        r"planificaci[óo]n familiar|planejamento familiar|planification familiale|sant[ée] (?:reproductive|maternelle)|"
        r"salud (?:reproductiva|materna)|sa[úu]de (?:reprodutiva|materna))\b",
        re.IGNORECASE)),
    ("general health", frozenset({"medical_care"}), lazyre.compile(
        r"\b(?:malaria|tuberculosis|vaccinat\w+|immuni[sz]ation|stunting|malnutrition|undernutrition|wasting|"
        r"diarrho?ea|cholera|sanitation|(?-i:WASH)|paludisme|paludismo|mal[áa]ria|tuberculos[ei]s?|vacuna\w*|vacina\w*|"
        r"desnutrici[óo]n|desnutri[çc][ãa]o|assainissement|saneamiento|saneamento)\b",
        re.IGNORECASE)),
    ("general education", frozenset({"education_schools"}), lazyre.compile(
        r"\b(?:literacy|numeracy|learning outcomes|reading proficiency|test scores|exam(?:ination)? pass rates?|"
        r"alfabetizaci[óo]n|alfabetiza[çc][ãa]o|alphab[ée]tisation)\b",
        re.IGNORECASE)),
)  # fmt: skip
# the other field's words that only qualify a service or the people it serves ("GBV services", "survivors of
# sexual violence"): the survivors' services a trafficking result also buys, not a measure of the other field
_SERVED_AFTER = lazyre.compile(
    r"^\W{0,3}(?:\(\w+\)\s*)?(?:(?:and|or|/)\s*[\w-]+\s+)?(?:prevention and )?(?:response\s+)?(?:services?|survivors?|"
    r"service providers?|providers?|case management|clinical management|care|treatment|clinics?|interventions?|"
    r"programmes?|programs?|centres?|centers?|one-stop|safe spaces?|shelters?|hotlines?|helplines?|recipients?|"
    r"course|kits?|prescri\w+|specialists?|counsell?ing|referrals?)\b",
    re.IGNORECASE,
)
_SERVED_BEFORE = lazyre.compile(
    r"\b(?:survivors?|victims?|services?|care|treatment|support|assistance|counsell?ing|prescribed|received|"
    r"receiving|started|completing|completed|initiated|management|screening|v[íi]ctimas?|victimes?|sobrevivientes|sobreviventes|"
    r"survivantes?|servicios|servi[çc]os|atenci[óo]n|atendimento|prise en charge)(?:\s+(?:of|from|for|to|de|del|da|do|"
    r"des|du|contra|against))?(?:\s+(?:[\w-]+)){0,2}?\s*$",
    re.IGNORECASE,
)
TRAFFICKING_TERMS = lazyre.compile(
    r"\b(?:traffick\w*|trata|traite|tr[áa]fico de (?:personas|pessoas|seres)|(?-i:TIP|THB|VoTs?)|exploit\w*|explota\w*|"
    r"explora[çc]\w*|forced labou?r|trabajo forzoso|trabalho for[çc]ado|travail forc[ée]|slave\w*|slavery|esclav\w*|"
    r"escrav\w*|servitude|servidumbre|servid[ãa]o|bond(?:ed|age)|child labou?r|trabajo infantil|trabalho infantil|"
    r"travail des enfants|migra\w*|emigra\w*|recruit\w*|reclut\w*|recrut\w*|smuggl\w*|sale of children|"
    r"commercial sex\w*|prostitu\w*|brothels?|debt|(?:child|early|forced|servile)(?:,?\s+(?:early|or|and|forced))*\s+"
    r"marriages?|married or in a union before|matrimonios?\s+(?:infantil|precoz|forzado)\w*|uni[óo]n(?:es)? tempranas?|"
    r"casamentos?\s+(?:infantil|precoce|for[çc]ado)\w*|mariages?\s+(?:pr[ée]coces?|d'enfants|forc[ée]e?s?))\b",
    re.IGNORECASE,
)  # child, early and forced marriage are forms of exploitation here (child_protection, CHP-OC3), not another field


def other_field(statement: str, area_id: str) -> OtherField | None:
    """The field the statement measures when it is not counter-trafficking: it names another field's own subject
    (gender-based violence, HIV, maternal health, literacy: prevalence, attitudes, laws, plans, cases) and nothing
    that relates it to trafficking, exploitation or migration. Another field's words that qualify a service or
    the survivors it serves do not count, nor a field the result's own area covers (HIV under medical care)."""
    if TRAFFICKING_TERMS.search(statement):
        return None
    for name, owners, pattern in OTHER_FIELDS:
        found = [] if area_id in owners else list(pattern.finditer(statement))
        if found and not any(_served(statement, match) for match in found):
            return OtherField(name, found[0].group(0))
    return None


def _served(statement: str, match: re.Match[str]) -> bool:
    return bool(
        _SERVED_AFTER.match(statement[match.end() :]) or _SERVED_BEFORE.search(statement[: match.start()])
    )


OWN_CONSTRUCT = (
    0.5  # an indicator sharing this weighted share of its words with its result measures that result
)


def topic_mismatch(
    ref: FitReference, statement: str, result: str, result_id: str | None, area_id: str
) -> OtherField | None:
    """`other_field(statement, area_id)`, unless the result itself speaks of that field or the statement shares
    most of its words with the result (its statement and knowledge indicators, `result_id`, or its own words)."""
    found = other_field(statement, area_id)
    if found is None or other_field(result, "") is not None:
        return None
    if result_id in ref.results:
        share = ref.sibling(statement, result_id)[0]
    else:
        keys = [k for k in families(statement) if ref.weight.get(k, 0) > 0]
        theirs = families(result)
        mass = sum(ref.weight[k] for k in keys) or 1.0
        share = sum(ref.weight[k] for k in keys if k in theirs) / mass
    return None if share >= OWN_CONSTRUCT else found


@dataclass(frozen=True)
class AreaReading:
    """What the matcher reads an indicator as when that is clearly another area's work than its result's."""

    area: Area
    why: str  # the matcher's first reason: the words that say so
    result: str | None = None  # that area's result whose wording the indicator shares most, if any


CLEAR_READING = 80.0  # the matcher's score (0-100) of an area it reads clearly, not on one shared word
_HOMES: dict[tuple[int, str, str], tuple[KnowledgeBase, frozenset[str]]] = {}


def home_areas(
    kb: KnowledgeBase, result_statement: str, result_id: str | None, area_id: str
) -> frozenset[str]:
    """The areas a result belongs to: its own, and every area the matcher reads in its wording and, for a
    knowledge-base result, in its indicators' wording (a referral count fits a counselling result whose
    indicators speak of referral)."""
    key = (id(kb), result_statement, result_id or "")
    cached = _HOMES.get(key)
    if cached is None or cached[0] is not kb:
        from ctguide.matching import suggest  # only here: importing the review compiles no matcher patterns

        own = [i.statement for i in kb.indicators if i.result == result_id] if result_id else []
        read = suggest(kb, " ".join([result_statement, *own]))
        if len(_HOMES) > 512:
            _HOMES.clear()
        cached = _HOMES[key] = (kb, frozenset({area_id, *(a.id for a in read.areas)}))
    return cached[1]


_READINGS: dict[tuple[int, str, str, str, str, str], tuple[tuple[object, ...], AreaReading | None]] = {}


def _reading_context(kb: KnowledgeBase) -> tuple[object, ...]:
    """What a reading depends on besides the texts: the knowledge base and the matcher's weights in use (their
    compiled ones, or those cross-validation puts in place)."""
    from ctguide import learned, pillars, rerank

    return (kb, learned.active(), pillars.active(), tuple(sorted(rerank.active().items())))


def _same(one: tuple[object, ...], other: tuple[object, ...]) -> bool:
    return all(a is b for a, b in zip(one[:3], other[:3], strict=True)) and one[3] == other[3]


def reads_as_other_area(
    kb: KnowledgeBase,
    indicator: str,
    result_statement: str,
    result_id: str | None,
    area_id: str,
    defined: str = "",
) -> AreaReading | None:
    """`read_as_other_area`, kept for the same texts, knowledge (immutable) and weights: a plan is reviewed again on
    every turn of the conversation, and the matcher's reading was half of a review's time (benchmarks/review_wait.py)."""
    key = (id(kb), indicator, result_statement, result_id or "", area_id, defined)
    context = _reading_context(kb)
    cached = _READINGS.get(key)
    if cached is None or not _same(cached[0], context):
        if len(_READINGS) > 2048:
            _READINGS.clear()
        reading = read_as_other_area(kb, indicator, result_statement, result_id, area_id, defined)
        cached = _READINGS[key] = (context, reading)
    return cached[1]


def read_as_other_area(
    kb: KnowledgeBase,
    indicator: str,
    result_statement: str,
    result_id: str | None,
    area_id: str,
    defined: str = "",
) -> AreaReading | None:
    """The area the `indicator` statement reads as, when the matcher reads it clearly (sure, and at
    CLEAR_READING or more) and finds nothing of the result's areas (`home_areas`) in it, nor in it with its
    definitions (`defined`): none among the areas it supports, none among the results whose wording it shares.
    The statement says what is measured; its definitions may tie it to the result's work, never away from it."""
    from ctguide.matching import (
        rank_results,
        suggest,
    )  # only here: importing the review compiles no matcher patterns

    reading = suggest(kb, indicator, limit=len(kb.areas))
    if not reading.areas or reading.not_sure or reading.too_thin or reading.areas[0].score < CLEAR_READING:
        return None
    first = reading.areas[0]
    if first.pillar in kb.area_by_id[area_id].also:
        return None  # an area that also serves that pillar (research, data) measures its work there too
    home = home_areas(kb, result_statement, result_id, area_id)
    closest = rank_results(kb, indicator)
    for text in (indicator, f"{indicator} {defined}") if defined else (indicator,):
        read, results = (
            (reading, closest)
            if text is indicator
            else (suggest(kb, text, limit=len(kb.areas)), rank_results(kb, text))
        )
        if any(match.id in home for match in read.areas) or any(m.area in home for m in results):
            return None
    there = next((m.id for m in closest if m.area == first.id), None)
    return AreaReading(kb.area_by_id[first.id], first.why[0] if first.why else "", there)


# --- construct: what a result asks about, and whether a count of acts can show it -------------------------------

_ACCESS = (
    r"access|acceso|acc[eè]s|acesso|receive|receives|received|reciben|recibe|re[çc]oivent|re[çc]oit|recebem|recebe|"
    r"obtain|obtains|obtienen|obtiennent|obt[eê]m|available|disponibles?|dispon[ií]v\w+"
)
RESULT_CONSTRUCTS = tuple(
    (name, lazyre.compile(rf"\b(?:{words})\b", re.IGNORECASE))
    for name, words in (
        ("access", _ACCESS),
        ("timeliness", r"timely|without delay|sin demora|oportun[ao]s?|sans d[ée]lai|dans les d[ée]lais|sem demora|"
                       r"tempestiv\w+|c[ée]l[ée]r\w*"),
        ("proportionate sentences", r"proportionate|proporcional(?:es)?|proportionn[ée]e?s?|proporciona(?:l|is)"),
        ("accuracy", r"accurate|accurately|non-punitive|precis[ao]s?|exact[ao]s?|pr[ée]cise?s?|exacte?s?"),
        ("corroborating evidence", r"corroborat\w*|corroborad\w*|corrobor[ée]e?s?"),
        ("safety", r"safe|safety|segur[ao]s?|seguridad|seguran[çc]a|s[ée]curit[ée]|s[ée]curis[ée]e?s?|s[ûu]re?s?"),
        ("informed choice", r"choice|voluntary|informed|elecci[óo]n|voluntari[ao]s?|escolha|choix|volontaire?s?|"
                            r"informad[ao]s?|inform[ée]e?s?"),
        ("knowledge", r"recogni[sz]es?|know|knows|understand|understands|aware|reconocen|conocen|saben|comprenden|"
                      r"reconnaissent|connaissent|savent|comprennent|reconhecem|conhecem|sabem|compreendem"),
        ("practice", r"comply|complies|compliance|practices?|apply|applies|cumplen|pr[áa]cticas?|appliquent|"
                     r"pratiques?|cumprem|aplicam|aplican"),
        ("recovery", r"recover\w*|well-?being|functioning|sustainable|stable|re-trafficked|recuper\w+|bienestar|"
                     r"estables?|sostenibles?|r[ée]tabl\w+|bien-[êe]tre|durables?|bem-estar|est[áa]ve(?:l|is)|"
                     r"sustent[áa]ve(?:l|is)"),
        ("income", r"income|earn|earns|ingresos?|revenus?|renda|rendimentos?"),
        ("satisfaction", r"helpful|satisf\w+|recommend|recomiend\w+|recommand\w+|recomend\w+|[úu]til(?:es)?|utiles?"),
        ("remedy", r"remed(?:y|ies)|rather than penalties|reparaci[óo]n|r[ée]paration|repara[çc][ãa]o"),
    )
)  # fmt: skip
ENFORCEMENT = lazyre.compile(
    r"^(?:rescu|liberat|freed|arrest|convict|prosecut|detain|detention|raid|remov|deport|expel|apprehen|intercept|"
    r"rescat|resgat|liber|deten|det[ie]d|conden|expuls|allanamiento|redada|batida|pres[oa]s|pris[õo]es|sauv|secour|"
    r"interpell|condamn|poursuiv|d[ée]ten)",
    re.IGNORECASE,
)  # acts of police and courts on people: they fill no access to a service


SAME_ACT = tuple(
    lazyre.compile(rf"\b(?:{stems})", re.IGNORECASE)
    for stems in (
        "identif|recogni|reconoc|reconhec|reconna",  # to identify a victim is to recognise one
        "return|repatri|retorn|rapatri|regres",  # a repatriation is a return
    )
)


def _same_act(counted: str, named: str) -> bool:
    """The act counted and one the result names are the same act under two words ("repatriated", "return")."""
    return any(same.search(counted) and same.search(named) for same in SAME_ACT)


@dataclass(frozen=True)
class ConstructGap:
    """A count of acts filed under a result that asks about a quality, state or behaviour the count cannot show."""

    counted: str  # the act the indicator counts ("rescued", "convictions")
    asked: str  # what the result asks about ("access", "timeliness")
    words: str  # the result's words that say so


def result_construct(result: str) -> tuple[str, str] | None:
    """What a result asks about, by the first construct its words name (access, timeliness, safety, knowledge …),
    and the words that name it; None when it names none of them (a count of cases moving forward, say)."""
    for name, pattern in RESULT_CONSTRUCTS:
        if found := pattern.search(result):
            return name, found.group(0)
    return None


def construct_gap(
    ref: FitReference, counted: str | None, result: str, result_id: str | None
) -> ConstructGap | None:
    """`counted` (the act a count names, from donoharm.harmful_measure) against what the result asks about: a gap
    when the result names a construct, neither it nor a count among its knowledge indicators names the act (a
    share of convictions with a custodial sentence asks about sentences, not about how many), and, for a result
    about access to a service, the act is one of police or courts (a rescue is no access to a shelter)."""
    asked = result_construct(result)
    if counted is None or asked is None:
        return None
    counts = [i.filled_statement() for i in ref.indicators.get(result_id or "", ()) if i.unit == "number"]
    named = " ".join([result, *counts])
    if families(counted) & families(named) or _same_act(counted, named):
        return None  # the result, or a count of its own, names the act: the count is on topic
    if asked[0] == "access" and not ENFORCEMENT.match(counted.split()[-1] if counted.split() else ""):
        return None
    return ConstructGap(counted, *asked)
