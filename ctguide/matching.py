"""From a user's own words to ranked intervention areas and indicators, each with its reasons.

Rule-based and explainable. One index is built per knowledge base (`build_index`, plain data):
- phrases: every keyword, synonym and area name as word-family keys (textnorm.stem), stop words
  out. A phrase counts fully when its words come in order, and partly when they all appear close
  together in another order ("investigación financiera", "investigations into the financial ...");
- a bag of words per area (keywords and synonyms weigh most, then the name, description, objective
  and results, then indicator statements) scored like BM25, for paragraphs that use no phrase;
- a spelling vocabulary (the words the knowledge base writes): 'trainng' is read as 'training',
  but only a typing slip is corrected (a letter left out, swapped or doubled), never a word into
  one that only differs by a prefix or an ending ('reintegrated', 'trabajan' stay themselves), a
  name ('Mexico') or a word of another language into an English one ('atende' is not 'amend').
Reasons quote the user's own words as written ('formación profesional'), also for related and
learned word families ('loi' where the family is 'law').
Abbreviations written in capitals in the knowledge base (LE, NRM, FIU) only match when the user
writes them in capitals too, so French 'le' or Spanish 'la' never count as an abbreviation.

Words labelled real project descriptions use for an area (ctguide.learned, compiled/learned.json)
add a bounded bonus (LEARNED_WEIGHT x at most LEARNED_CAP) after the knowledge base's own evidence,
named in the reasons ("words real projects in this area use: ..."), in the words the user wrote.
The first area leads on that score; the others follow a slate that counts each area's evidence in full
(_slate_scores): most projects span several areas, and the second and third are what else the text does.
Weights and caps were chosen by source-grouped cross-validation (benchmarks/learned_cv.py).

Areas offered under several pillars get the pillar the text implies: pillar words in the text, in
any of the four languages (survivors -> protection, at risk -> prevention, prosecutors, police,
Europol -> prosecution, action plan, stakeholders -> partnership), vote among the area's own pillars,
and the home pillar stays unless another clearly leads; who organises, funds or partners does not
vote. When those words clearly say whom the text serves, areas not offered under that pillar weigh
less (_served_pillar_misfits). When the whole description clearly reads as one pillar's work by the words
labelled real descriptions of each pillar use (ctguide.pillars), the first area is the best-ranked one offered
under that pillar (_pillar_lead). Before that, a small learned re-ranker (ctguide.rerank) may put another of the
CANDIDATES first, from the structure of each one's evidence (_features: scores, rank, where the text names it,
whether its pillars fit the text's); the area it moves says why (RERANK_REASONS). Thresholds chosen by source-grouped cross-validation (benchmarks/pillar_cv.py). The reply says `not_sure` when the text names none of the first area's
phrases outright, or names one while its wording favours another area (_not_sure), `tied` when the first
two areas are about equally supported, and `too_thin` when the text has too few meaningful words to tell.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import math
import os
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import process
from rapidfuzz.distance import OSA

from ctguide import learned, pillars, realwords, rerank
from ctguide.knowledge import Area, KnowledgeBase
from ctguide.lexicon import translations
from ctguide.textnorm import GENERIC_TOKENS, STOP_WORDS, content_tokens, fold, join_prefixes, stem
from ctguide.textnorm import words as textwords

PHRASE_KIND_WEIGHT = {"keyword": 1.0, "synonym": 1.0, "name": 1.2}
BAG_FIELD_WEIGHT = {"terms": 3.0, "name": 2.0, "text": 1.0, "indicators": 0.5}
BAG_WEIGHT = 1.2
NEAR_MATCH = 0.7
WINDOW_SLACK = 3
SATURATION = 0.5
GENERIC_IN_BAG = 0.0
SHOWN_SCALE = 4.0
THIN_BELOW = 1.5
THIN_WORDS = 3
THIN_MENTIONS = BAG_FIELD_WEIGHT["terms"] + BAG_FIELD_WEIGHT["text"]  # one keyword and one sentence
KEEP_WITH_PHRASE = 0.2
KEEP_RELATED_ONLY = 0.25
NEAR_TIE = 1.05
REPEATED = 0.5  # a word or phrase said n times weighs 1 + REPEATED * ln(n): what the text is about
CAPS_ABBREVIATION = re.compile(r"^[A-Z0-9]{2,4}$")
_WRITTEN_WORD = re.compile(r"[^\W_]+")

PILLAR_CUES = {
    "protection": """victim victims victime victimes victima victimas vitima vitimas rescued rescue rescatadas
        rescatados resgatadas resgatados liberated assisted identified returnees repatriated repatriation care
        atencion prise-en-charge atendimento accompaniment shelter residents clients psychosocial counselling
        recovery identify identification identificacion identificar identifier detect detection deteccion
        detecter deteccao detectar""",
    "prevention": """risk riesgo risque risco prevent prevention prevencion prevencao preventing youth young
        jovenes jeunes jovens students estudiantes eleves alunos potential aspiring prospective jobseekers
        job_seekers communities comunidades communautes awareness sensitisation campaign campaigns school
        schools pre_departure before_departure""",
    "prosecution": """prosecution prosecute police investigation investigators criminal criminosa criminosas
        organized_crime penal enjuiciamiento poursuites enquetes courts court tribunales tribunaux tribunais
        judicial law_enforcement forces_de_l_ordre fuerzas_de_seguridad forcas_de_seguranca arrest arrested
        arrests dismantle dismantled desarticular desarticulada demanteler demantele desmantelar desmantelada
        perpetrators sentenced sentence suspects suspected
        repression represion repressao criminalize criminalise criminalizes criminalises
        criminalization criminalisation tipificacion punish punishment sancion sanciones sanction sanctions
        penalties""",
    "partnership": """coordination cooperation network networks partners partnership committee policy policies
        coordinacion cooperacao alianzas partenariat reseau rede stakeholders multi_stakeholder interagency
        inter_agency interinstitucional intersectoral intersectorial multisectoral multi_sectoral alliance
        alliances platform action_plan plan_de_accion plan_d_action plano_de_acao plano_nacional national_plan
        politica_nacional national_policy advocacy advocate legislators parliamentarians parlamentarios
        parlementaires parlamentares""",
}
STRONG_PILLAR_CUES = {
    "protection": """survivor survivors sobreviviente sobrevivientes sobrevivente sobreviventes survivant
        survivants survivante survivantes reintegration reinsertion reinsercion reintegracion reintegracao
        rehabilitation lived_experience experiencia_vivida experience_vecue""",
    "prevention": """vulnerable vulnerables vulneraveis""",
    "prosecution": """prosecutors fiscales procureurs promotores magistrats judges juizes jueces juges
        offenders convictions convicted europol eurojust interpol""",
    "partnership": """coordination coordinacion articulacao concertation""",
}
"""Cue words (weak) and strong cues (count double) for whom a text serves and who does the work. Words of
Spanish, French and Portuguese also reach the English cues through ctguide.lexicon; a cue written with
'_' or '-' is a phrase."""
HOME_BIAS = 1.25
SWITCH_MARGIN = 1.5  # one weak cue never moves an area off its home pillar; a strong cue, or two, may

ASIDE_WEIGHT = 0.3
ASIDE_WORDS = 12
ASIDE = re.compile(
    r"\b(?:in (?:partnership|collaboration|cooperation|coordination) with|with (?:the )?(?:support|funding|backing) (?:of|from)"
    r"|(?:supported|funded|financed|organi[sz]ed|implemented|hosted|sponsored|convened) by"
    r"|en (?:asociacion|alianza|colaboracion|coordinacion|cooperacion) con|con (?:el|la) (?:apoyo|respaldo|financiamiento|colaboracion) de"
    r"|(?:financiad[oa]s?|organizad[oa]s?|impulsad[oa]s?|auspiciad[oa]s?) por"
    r"|en (?:partenariat|collaboration|cooperation) avec|avec (?:l.appui|le soutien|l.aide) d"
    r"|(?:financee?s?|organisee?s?|mise?s? en oeuvre|soutenue?s?) par"
    r"|em (?:parceria|colaboracao|cooperacao|articulacao) com|com o (?:apoio|financiamento) d"
    r"|(?:financiad|organizad|promovid|apoiad)[oa]s? pel)\w*\s+(?=([^,.;:()\n]{1,120}))"
)
"""Who organises, funds or partners a piece of work ('in partnership with the Ministry of Labour',
'organisé par la Commission nationale de coordination') says who, not what the work is: its words
weigh ASIDE_WEIGHT."""
SERVED_MIN = 2.0  # a strong cue, or two cues
SERVED_LEAD = 1.5
SERVED_MISFIT = 0.7
LEARNED_WEIGHT = 2.0
LEARNED_CAP = 8.0
SLATE_LEARNED_WEIGHT = 3.0
SLATE_LEARNED_CAP = 12.0
LEARNED_REASON = "words real projects in this area use: "
PILLAR_LEAD_REASON = "first: the whole description reads as "
CANDIDATES = 8  # how many areas the re-ranker (ctguide.rerank) chooses the first three from
FEATURE_FLOOR = -3.0
PILLAR_READ_SCALE = 10.0  # pillars.CLEAR_MARGIN: a clear lead of the whole text's pillar reading
PILLAR_CUE_SCALE = 2.0  # SERVED_MIN: a strong cue, or two
SURE_ENOUGH = 0.7
RERANK_REASON = "put first: "
RERANK_REASONS = {
    "its evidence, counted in full, is among the strongest": ("score", "slate", "known"),
    "words real projects in this area use": ("learned",),
    "the text names it earlier or more often": ("named", "unnamed", "said_at"),
    "the text's wording favours it": ("words_lead",),
    "its pillar fits how the whole description reads": ("pillar_reading",),
    "its pillar fits whom the text serves and who does the work": ("pillar_cues", "misfit"),
}
"""Why the re-ranker (ctguide.rerank) moved an area first: the group of features that adds most to its lead."""


@dataclass(frozen=True)
class AreaMatch:
    id: str
    pillar: str
    name: str
    score: float
    why: tuple[str, ...]
    pillars: tuple[str, ...] = ()


@dataclass(frozen=True)
class IndicatorMatch:
    id: str
    area: str
    level: str
    statement: str
    score: float


@dataclass(frozen=True)
class Suggestions:
    query: str
    areas: tuple[AreaMatch, ...]
    indicators: tuple[IndicatorMatch, ...]
    readings: tuple[str, ...] = ()
    not_sure: bool = False
    too_thin: bool = False
    tied: bool = False  # the first two areas' own evidence is about equal: both may apply

    @property
    def understood(self) -> bool:
        return bool(self.areas)

    @property
    def confidence(self) -> str:
        """'high', 'medium' or 'low': how far the first area can be trusted (never high when tied: the
        second may be the one)."""
        if not self.areas or self.not_sure:
            return "low"
        return "high" if self.areas[0].score >= 75 and not self.tied else "medium"

    def to_json(self) -> dict[str, Any]:
        """The `suggest --json` contract (extended with confidence, not_sure, tied, too_thin, pillars)."""
        return {
            "query": self.query,
            "confidence": self.confidence,
            "not_sure": self.not_sure,
            "tied": self.tied,
            "too_thin": self.too_thin,
            "areas": [
                {
                    "id": a.id,
                    "pillar": a.pillar,
                    "pillars": list(a.pillars),
                    "name": a.name,
                    "score": a.score,
                    "why": list(a.why),
                }
                for a in self.areas
            ],  # fmt: skip
            "indicators": [
                {"id": i.id, "area": i.area, "level": i.level, "statement": i.statement, "score": i.score}
                for i in self.indicators
            ],
            "readings": list(self.readings),
        }


@dataclass(frozen=True)
class _Phrase:
    tokens: tuple[str, ...]
    text: str
    kind: str
    area: str
    caps: bool


@dataclass(frozen=True)
class _ResultEntry:
    id: str
    area: str
    level: str
    statement: str
    own: frozenset[str]
    evidence: frozenset[str]


@dataclass
class MatchIndex:
    """Everything matching needs, computed once per knowledge base; plain data, so it pickles."""

    areas: dict[str, Area]
    phrases: tuple[_Phrase, ...]
    phrases_by_token: dict[str, tuple[int, ...]]
    phrase_idf: dict[tuple[str, ...], float]
    bag: dict[str, dict[str, float]]
    bag_idf: dict[str, float]
    bag_norm: dict[str, float]
    vocabulary: list[str]
    vocabulary_set: frozenset[str]
    indicator_tokens: dict[str, tuple[frozenset[str], str]]
    surface: dict[str, str] = field(default_factory=dict)
    results: tuple[_ResultEntry, ...] = ()
    result_idf: dict[str, float] = field(default_factory=dict)
    pillar_cues: dict[str, tuple[tuple[tuple[str, ...], str, float], ...]] = field(default_factory=dict)
    corrections: dict[str, str | None] = field(default_factory=dict)


_INDEXES: dict[int, tuple[KnowledgeBase, MatchIndex]] = {}


def index_for(kb: KnowledgeBase) -> MatchIndex:
    """The index of `kb`, built on first use and kept while `kb` is in use."""
    entry = _INDEXES.get(id(kb))
    if entry is None or entry[0] is not kb:
        if len(_INDEXES) >= 4:
            _INDEXES.pop(next(iter(_INDEXES)))
        entry = (kb, build_index(kb))
        _INDEXES[id(kb)] = entry
    return entry[1]


def adopt_index(kb: KnowledgeBase, index: MatchIndex) -> None:
    """Use `index`, made by `build_index(kb)` earlier (the compiled knowledge cache keeps one)."""
    if len(_INDEXES) >= 4 and id(kb) not in _INDEXES:
        _INDEXES.pop(next(iter(_INDEXES)))
    _INDEXES[id(kb)] = (kb, index)


def build_index(kb: KnowledgeBase) -> MatchIndex:
    phrases: list[_Phrase] = []
    bag: dict[str, Counter[str]] = {}
    for area in kb.areas:
        terms = [(t, "keyword") for t in area.keywords] + [(t, "synonym") for t in area.synonyms]
        terms.append((area.name, "name"))
        for text, kind in terms:
            tokens = content_tokens(text)
            if tokens:
                phrases.append(
                    _Phrase(tokens, text, kind, area.id, bool(CAPS_ABBREVIATION.match(text.strip())))
                )
        bag[area.id] = _area_bag(area, terms)
    n_areas = max(len(kb.areas), 1)
    owners: dict[tuple[str, ...], set[str]] = defaultdict(set)
    by_token: dict[str, list[int]] = defaultdict(list)
    for number, phrase in enumerate(phrases):
        owners[phrase.tokens].add(phrase.area)
        for token in set(phrase.tokens):
            by_token[token].append(number)
    document_frequency = Counter(token for counts in bag.values() for token in counts)
    lengths = {a: sum(c.values()) for a, c in bag.items()}
    mean_length = sum(lengths.values()) / n_areas
    results, result_idf = _result_entries(kb)
    return MatchIndex(
        areas={a.id: a for a in kb.areas},
        phrases=tuple(phrases),
        phrases_by_token={t: tuple(ids) for t, ids in by_token.items()},
        phrase_idf={tokens: math.log(1 + n_areas / len(areas)) for tokens, areas in owners.items()},
        bag={a: dict(c) for a, c in bag.items()},
        bag_idf={t: math.log(1 + (n_areas - df + 0.5) / (df + 0.5)) for t, df in document_frequency.items()},
        bag_norm={a: 0.25 + 0.75 * lengths[a] / mean_length for a in bag},
        vocabulary=_spelling_words(kb),
        vocabulary_set=frozenset(document_frequency) | frozenset(by_token),
        indicator_tokens={
            i.id: (frozenset(content_tokens(i.statement)), area.id)
            for area in kb.areas
            for i in area.indicators
        },
        surface=_surface_words(kb),
        results=results,
        result_idf=result_idf,
        pillar_cues=_pillar_cues(),
    )


def _area_bag(area: Area, terms: list[tuple[str, str]]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for text, kind in terms:
        _add(counts, content_tokens(text), BAG_FIELD_WEIGHT["name" if kind == "name" else "terms"])
    for text in (area.description, area.objective, *(r.statement for r in area.results)):
        _add(counts, content_tokens(text), BAG_FIELD_WEIGHT["text"])
    for indicator in area.indicators:
        _add(counts, content_tokens(indicator.statement), BAG_FIELD_WEIGHT["indicators"])
    return counts


def _pillar_cues() -> dict[str, tuple[tuple[tuple[str, ...], str, float], ...]]:
    """Each cue's first word family -> (the cue's families, its pillar, its weight): strong cues count
    double; a cue written with '_' or '-' is a phrase ('law_enforcement', 'prise-en-charge'), whose words
    vote only through it."""
    cues: dict[tuple[str, ...], dict[str, float]] = defaultdict(dict)
    for table, weight in ((PILLAR_CUES, 1.0), (STRONG_PILLAR_CUES, 2.0)):
        for pillar, words in table.items():
            for cue in {content_tokens(w.replace("_", " ")) for w in words.split()}:
                if cue:
                    cues[cue][pillar] = weight
    by_first: dict[str, list[tuple[tuple[str, ...], str, float]]] = defaultdict(list)
    for cue, by_pillar in sorted(cues.items(), key=lambda item: -len(item[0])):
        by_first[cue[0]].extend((cue, pillar, weight) for pillar, weight in by_pillar.items())
    return {first: tuple(found) for first, found in by_first.items()}


def _spelling_words(kb: KnowledgeBase) -> list[str]:
    """Every word the knowledge base writes (5 letters or more), as written: what a typo is read against."""
    texts = (
        text
        for area in kb.areas
        for text in (
            *area.keywords, *area.synonyms, area.name, area.description, area.objective,
            *(r.statement for r in area.results), *(i.statement for i in area.indicators),
        )
    )  # fmt: skip
    return sorted({w for text in texts for w in textwords(text) if len(w) >= 5 and w.isalpha()})


def _surface_words(kb: KnowledgeBase) -> dict[str, str]:
    """The commonest written form of each word family, to show a reading in words people use."""
    seen: Counter[str] = Counter()
    for area in kb.areas:
        for text in (
            *area.keywords,
            *area.synonyms,
            area.name,
            area.description,
            *(r.statement for r in area.results),
        ):
            seen.update(fold(text).split())
    surface: dict[str, str] = {}
    for word, _ in seen.most_common():
        surface.setdefault(stem(word), word)
    return surface


def _result_entries(kb: KnowledgeBase) -> tuple[tuple[_ResultEntry, ...], dict[str, float]]:
    """Every result with its own words and the words of the indicators that measure it."""
    entries = []
    for area in kb.areas:
        for result in area.results:
            evidence = frozenset(
                t for i in area.indicators_for(result.id) for t in content_tokens(i.statement)
            )
            own = frozenset(content_tokens(result.statement))
            entries.append(_ResultEntry(result.id, area.id, result.level, result.statement, own, evidence))
    frequency = Counter(t for e in entries for t in e.own | e.evidence)
    n = max(len(entries), 1)
    return tuple(entries), {t: math.log(1 + n / df) for t, df in frequency.items()}


def _add(counts: Counter[str], tokens: Iterable[str], weight: float) -> None:
    for token in tokens:
        if _says_something(token):
            counts[token] += weight


def _says_something(token: str) -> bool:
    """A word, not a number ('5 days', 'article 61/2') nor a letter left by an elision ('l'enfance')."""
    return not token.isdigit()


def suggest(
    kb: KnowledgeBase, text: str, *, limit: int = 5, indicator_limit: int | None = None
) -> Suggestions:
    """Rank the areas (and then indicators) that fit `text`, each with why it was chosen."""
    index = index_for(kb)
    query = _Query.read(index, text)
    reading = _read(index, query, limit)
    model = rerank.active()
    ranked, likely = reading.ranked, {}
    if model and ranked:
        rows = _features(index, query, reading)
        order = rerank.order(model, rows)
        ranked = _reordered(ranked, order, _rerank_reason(model, rows, order[0]))
        likely = dict(zip((a.id for a in reading.ranked), rerank.probabilities(model, rows), strict=True))
    ranked = _pillar_lead(index, query, ranked)[:limit]
    first = ranked[0].id if ranked else None
    said = bool(ranked) and not _unnamed(ranked[0].why[0])
    unsure = _not_sure(first, reading.named.get(first, 0), reading.words_lead, likely.get(first, 0.0), said)
    indicators = _rank_indicators(kb, index, query, ranked, indicator_limit or limit * 2)
    readings = tuple(f"'{typed}' read as '{meant}'" for typed, meant in query.readings)
    return Suggestions(text, ranked, indicators, readings, unsure, reading.thin, _tied(reading.known, ranked))


@dataclass(frozen=True)
class _Reading:
    """What the ranker reads from a text: the candidate areas in its order, and the evidence behind it."""

    ranked: tuple[AreaMatch, ...]
    known: dict[str, float]
    scores: dict[str, float]
    slate: dict[str, float]
    evidence: dict[str, float]
    named: dict[str, int]
    said_at: dict[str, int]
    words_lead: str | None
    thin: bool


def _read(index: MatchIndex, query: _Query, limit: int = 0) -> _Reading:
    known, reasons, words_lead, evidence, named, said_at = _score_areas(index, query)
    scores = _with_learned(index, query, known, reasons)
    thin = _too_thin(index, query, scores, reasons)
    slate = _slate_scores(index, query, evidence)
    ranked = () if thin else _rank(index, query, scores, slate, reasons, max(limit, CANDIDATES))
    return _Reading(ranked, known, scores, slate, evidence, named, said_at, words_lead, thin)


def candidate_features(kb: KnowledgeBase, text: str) -> tuple[tuple[str, ...], tuple[rerank.Row, ...]]:
    """The candidate areas of `text` in the ranker's own order, each with its re-ranking features
    (ctguide.rerank.FEATURES): what the re-ranker is trained on."""
    index = index_for(kb)
    query = _Query.read(index, text)
    reading = _read(index, query)
    return tuple(a.id for a in reading.ranked), _features(index, query, reading)


def _ratio(value: float, best: float) -> float:
    """log(value / best), floored at FEATURE_FLOOR (0 for the best)."""
    if value <= 0 or best <= 0:
        return FEATURE_FLOOR
    return max(math.log(value / best), FEATURE_FLOOR)


def _features(index: MatchIndex, query: _Query, reading: _Reading) -> tuple[rerank.Row, ...]:
    """Per candidate, the structure of its evidence (rerank.FEATURES, in that order)."""
    ids = [a.id for a in reading.ranked]
    learned_gain = {
        a: min(gain, SLATE_LEARNED_CAP)
        for a, (gain, _) in learned.evidence(learned.active(), query.at).items()
    }
    reads = pillars.totals(pillars.active(), learned.tokens(query.raw))
    cues = _text_pillars(index, query)
    best_read, best_cue = max(reads.values(), default=0.0), max(cues.values(), default=0.0)
    top = {
        name: max((values.get(a, 0.0) for a in ids), default=0.0)
        for name, values in (("score", reading.scores), ("slate", reading.slate), ("known", reading.known),
                             ("learned", learned_gain))
    }  # fmt: skip
    length = max(len(query.tokens), 1)
    rows = []
    for rank, area_id in enumerate(ids):
        area_pillars = index.areas[area_id].pillars
        named = reading.named.get(area_id, 0)
        rows.append((
            float(rank == 0),
            math.log(1 + rank),
            _ratio(reading.scores.get(area_id, 0.0), top["score"]),
            _ratio(reading.slate.get(area_id, 0.0), top["slate"]),
            _ratio(reading.known.get(area_id, 0.0), top["known"]),
            (learned_gain.get(area_id, 0.0) - top["learned"]) / SLATE_LEARNED_CAP,
            float(min(named, 3)),
            float(named == 0),
            reading.said_at[area_id] / length if area_id in reading.said_at else 1.0,
            float(area_id == reading.words_lead),
            max(max(reads.get(p, 0.0) for p in area_pillars) - best_read, -PILLAR_READ_SCALE) / PILLAR_READ_SCALE,
            max(max(cues.get(p, 0.0) for p in area_pillars) - best_cue, -PILLAR_CUE_SCALE) / PILLAR_CUE_SCALE,
            float(reading.known.get(area_id, 0.0) < reading.evidence.get(area_id, 0.0)),
        ))  # fmt: skip
    return tuple(rows)


def _reordered(ranked: tuple[AreaMatch, ...], order: list[int], reason: str) -> tuple[AreaMatch, ...]:
    """`ranked` in the re-ranker's `order`, the area it moved first saying why (`reason`), no score shown above
    the one before it."""
    if order == list(range(len(ranked))):
        return ranked
    moved: list[AreaMatch] = []
    for n in order:
        area = ranked[n]
        if not moved and n != 0:
            area = dataclasses.replace(area, why=(*area.why[:3], reason))
        elif moved and area.score > moved[-1].score:
            area = dataclasses.replace(area, score=moved[-1].score)
        moved.append(area)
    return tuple(moved)


def _rerank_reason(model: dict[str, float], rows: tuple[rerank.Row, ...], chosen: int) -> str:
    """Why the re-ranker put candidate `chosen` before the ranker's first (RERANK_REASONS)."""
    gain = {
        f: model.get(f, 0.0) * (new - old)
        for f, new, old in zip(rerank.FEATURES, rows[chosen], rows[0], strict=True)
    }
    said = max(RERANK_REASONS, key=lambda r: sum(gain[f] for f in RERANK_REASONS[r]))
    return RERANK_REASON + said


@dataclass(frozen=True)
class _Query:
    tokens: tuple[str, ...]
    caps: frozenset[str]
    readings: tuple[tuple[str, str], ...]
    positions: tuple[int, ...]
    words: tuple[str, ...]
    at: dict[str, tuple[int, ...]]
    translated: frozenset[int] = frozenset()  # tokens written in Spanish, French or Portuguese
    aside: frozenset[int] = frozenset()  # tokens naming who organises, funds or partners (ASIDE)

    raw: str = ""

    def typed(self, start: int, end: int) -> str:
        """The words the user typed for tokens start..end (inclusive), stop words between them included,
        spelt as the user spelt them ('formación profesional', not 'formacion profesional'; apostrophes and
        hyphens kept: 'd'orientation', 'Casa-abrigo')."""
        first, last = self.positions[start], self.positions[end]
        if self.spans is None:
            return " ".join(self.written[first : last + 1])
        text, spans = self.spans
        return " ".join(text[spans[first][0] : spans[last][1]].split())

    def said(self, token: str) -> str | None:
        """The user's own word for a word family the text says ('loi' for 'law', 'regionales' for 'region')."""
        at = self.at.get(token)
        return self.written[self.positions[at[0]]] if at else None

    @functools.cached_property
    def written(self) -> tuple[str, ...]:
        """`words` as the user wrote them (accents and case kept), one for one; `words` itself when the
        text has characters that fold into more or fewer words than they are."""
        if self.spans is None:
            return self.words
        text, spans = self.spans
        return tuple(text[begin:end] for begin, end in spans)

    @functools.cached_property
    def spans(self) -> tuple[str, tuple[tuple[int, int], ...]] | None:
        """The text as read and where each of `words` sits in it, one for one; None when the text has
        characters that fold into more or fewer words than they are."""
        text = unicodedata.normalize("NFC", join_prefixes(self.raw[:5000]))
        pieces = [(m.span(), fold(m.group(0)).split()) for m in _WRITTEN_WORD.finditer(text)]
        if [w for _, folded in pieces for w in folded] != list(self.words):
            return None
        return text, tuple(span for span, folded in pieces for _ in folded)

    @classmethod
    def read(cls, index: MatchIndex, text: str) -> _Query:
        raw = text[:5000]
        caps = frozenset(stem(fold(w)) for w in re.findall(r"\b[A-Z0-9]{2,5}s?\b", raw))
        tokens: list[str] = []
        shown: list[int] = []
        readings: list[tuple[str, str]] = []
        also: list[tuple[int, str]] = []  # (token number, English family) for words of other languages
        foreign: list[int] = []
        words = textwords(raw)
        names = _names(raw)
        for position, word in enumerate(words[:600]):
            if word in STOP_WORDS:
                continue
            token = stem(word)
            english = translations().get(word)
            if english:
                foreign.append(len(tokens))
                if english != token:
                    also.append((len(tokens), english))
            elif token not in index.vocabulary_set and word not in names:
                corrected = _correct(index, word)
                if corrected:
                    readings.append((word, corrected))
                    token = stem(corrected)
            tokens.append(token)
            shown.append(position)
        at: dict[str, list[int]] = defaultdict(list)
        for number, token in [*enumerate(tokens), *also]:
            at[token].append(number)
        aside_words = _aside_words(raw)
        return cls(
            tuple(tokens), caps, tuple(dict.fromkeys(readings)), tuple(shown), tuple(words),
            {t: tuple(sorted(p)) for t, p in at.items()}, frozenset(foreign),
            frozenset(n for n, position in enumerate(shown) if position in aside_words), raw,
        )  # fmt: skip


def _aside_words(raw: str) -> frozenset[int]:
    """Positions (in `textwords(raw)`) of the words that name who organises, funds or partners."""
    plain = raw.lower()
    if not plain.isascii():
        plain = "".join(ch for ch in unicodedata.normalize("NFKD", plain) if not unicodedata.combining(ch))
    found: set[int] = set()
    for match in ASIDE.finditer(plain):
        start = len(textwords(plain[: match.start(1)]))
        found.update(range(start, start + min(len(textwords(match.group(1))), ASIDE_WORDS)))
    return frozenset(found)


def _names(raw: str) -> frozenset[str]:
    """Capitalised words inside a sentence ('Mexico', 'Caritas'): names, never typos."""
    found = set()
    for previous, word in itertools.pairwise(re.findall(r"\S+", raw)):
        if word[:1].isupper() and not word.isupper() and previous[-1:] not in ".!?:;":
            found.update(fold(word).split())
    return frozenset(found)


def _correct(index: MatchIndex, word: str) -> str | None:
    """The knowledge base's word that `word` is a misspelling of, if any.

    Never a real word of English, Spanish, French or Portuguese ('capacitamos' is not a slip of 'capacitados',
    'membres' of 'members': ctguide.realwords), nor a word that only differs by a prefix or an ending
    ('reintegrated' is not 'integrated'):
    such a pair is two words, not a typo. Words up to 7 letters allow one edit, longer ones two,
    and only edits a typing slip makes (see _is_slip): a word of another language ('discutir',
    'atende') is not rewritten into an English one ('disaster', 'amendment').
    """
    if word not in index.corrections:
        index.corrections[word] = None if word in realwords.protected() else _slip_of(index, word)
    return index.corrections[word]


def _slip_of(index: MatchIndex, word: str) -> str | None:
    """The knowledge base's word of which `word` would be a typing slip, real word or not."""
    if not (6 <= len(word) <= 24 and word.isalpha()):
        return None
    allowed = 1 if len(word) < 8 else 2
    near = process.extract(word, index.vocabulary, scorer=OSA.distance, score_cutoff=allowed, limit=8)
    fits = [
        (distance, abs(len(known) - len(word)), known)
        for known, distance, _ in near
        if _is_slip(known, word) and not word.endswith(known) and not known.endswith(word)
    ]
    return min(fits)[2] if fits else None


def _is_slip(known: str, typed: str) -> bool:
    """A typing slip: a letter left out ('trainng'; two in long words), two swapped ('gaurds'), one
    doubled ('trainning'), or one mistyped in a word of nine letters or more; the first letter always kept. Other near pairs are different words
    ('tribal' is not 'trial', 'enhance' is not 'enfance', 'atende' is not 'amend'), and so are two words
    that differ only in their ending ('trabajan', 'trabajar'; 'implement', 'implemented'): another form of
    a word, not a slip. A short word (six letters or fewer) with a letter left out is a word of its
    own more often than a slip ('autres' is not 'autores', 'causes' not 'clauses', 'manger' not 'manager')."""
    if known[0] != typed[0] or _same_but_ending(known, typed):
        return False
    if len(known) > len(typed):
        most = 2 if len(typed) >= 9 else 1 if len(typed) >= 7 else 0
        return len(known) - len(typed) <= most and _within(typed, known)
    if len(known) < len(typed):
        doubled = (typed[:i] + typed[i + 1 :] for i in range(1, len(typed)) if typed[i] == typed[i - 1])
        return known in doubled
    differ = sum(a != b for a, b in zip(known, typed, strict=True))
    return sorted(known) == sorted(typed) or (differ == 1 and len(typed) >= 9)


def _same_but_ending(one: str, other: str) -> bool:
    """One word is the other with an ending added, or the two end in different letters within their last two
    (not the same letters swapped, which is a slip)."""
    if one.startswith(other) or other.startswith(one):
        return True
    shared = len(os.path.commonprefix([one, other]))
    return len(one) == len(other) and shared >= len(one) - 2 and sorted(one) != sorted(other)


def _within(short: str, long: str) -> bool:
    """Every letter of `short` appears in `long`, in order."""
    letters = iter(long)
    return all(ch in letters for ch in short)


def _score_areas(
    index: MatchIndex, query: _Query
) -> tuple[
    dict[str, float], dict[str, list[str]], str | None, dict[str, float], dict[str, int], dict[str, int]
]:
    """Each area's score and reasons, the area the text's words alone favour (see _not_sure), each area's
    evidence before the served pillar weighs in, how many of its phrases the text says outright and the
    token where it first says one."""
    hits: dict[str, list[tuple[float, bool, str]]] = defaultdict(list)
    said: dict[str, set[tuple[int, int]]] = defaultdict(set)  # where the text says an area's phrase outright
    seen: set[tuple[str, tuple[str, ...]]] = set()
    candidates = sorted({n for t in query.at for n in index.phrases_by_token.get(t, ())})
    for number in candidates:
        phrase = index.phrases[number]
        if (phrase.area, phrase.tokens) in seen or (phrase.caps and phrase.tokens[0] not in query.caps):
            continue
        span = _span(query.at, phrase.tokens, query.translated)
        if span is None:
            continue
        seen.add((phrase.area, phrase.tokens))
        start, end, exact = span
        weight = PHRASE_KIND_WEIGHT[phrase.kind] * (1 + 0.6 * (len(phrase.tokens) - 1))
        weight *= index.phrase_idf[phrase.tokens] * (1.0 if exact else NEAR_MATCH)
        weight *= _repeated(min(len(query.at[t]) for t in phrase.tokens))
        aside = start in query.aside and end in query.aside
        if aside:
            weight *= ASIDE_WEIGHT
        if all(t in GENERIC_TOKENS for t in phrase.tokens):
            weight *= 0.2  # "survivors", "víctimas de trata": true of nearly every project
        elif exact:
            said[phrase.area].add((start, end))
        how = "matched" if exact else "close to"
        who = " (names who organises, funds or partners: weighs less)" if aside else ""
        hits[phrase.area].append(
            (2.0 * weight, exact, f"'{query.typed(start, end)}' {how} {phrase.kind} '{phrase.text}'{who}")
        )
    scores: dict[str, float] = defaultdict(float)
    reasons: dict[str, list[str]] = defaultdict(list)
    for area_id, found in hits.items():
        found.sort(key=lambda hit: -hit[0])
        scores[area_id] = sum(w * SATURATION**rank for rank, (w, _, _) in enumerate(found))
        reasons[area_id] = [reason for _, _, reason in sorted(found, key=lambda hit: (not hit[1], -hit[0]))]
    bag = _bag_scores(index, query)
    for area_id, (gain, related) in bag.items():
        scores[area_id] += BAG_WEIGHT * gain
        if not reasons[area_id] and related:
            reasons[area_id].append(f"related words: {_shown(index, related, 3, query)}")
    misfits = _served_pillar_misfits(index, query, scores)
    leader = max(scores, key=lambda a: (scores[a], a)) if scores else None
    evidence = dict(scores)
    for area_id in misfits:
        scores[area_id] *= SERVED_MISFIT
        reasons[area_id].append(
            f"weighs less: the text serves {misfits[area_id]}, where this area is not offered"
        )
    words_lead = max(bag, key=lambda a: (bag[a][0], a)) if bag else None
    if leader and leader != max(scores, key=lambda a: (scores[a], a)):
        words_lead = leader  # whom the text serves overturned the lead: the evidence points two ways
    named = {area_id: len(spans) for area_id, spans in said.items()}
    said_at = {area_id: min(spans)[0] for area_id, spans in said.items() if spans}
    return scores, reasons, words_lead, evidence, named, said_at


def _with_learned(
    index: MatchIndex,
    query: _Query,
    known: dict[str, float],
    reasons: dict[str, list[str]],
    weight: float | None = None,
    cap: float | None = None,
) -> dict[str, float]:
    """The scores with a bounded bonus from the words labelled real descriptions of an area use
    (ctguide.learned); each area's reasons name those words."""
    weight = LEARNED_WEIGHT if weight is None else weight
    cap = LEARNED_CAP if cap is None else cap
    weights = learned.active()
    scores = defaultdict(float, known)
    if not weights or weight <= 0:
        return scores
    said = (t for t, at in query.at.items() if any(n not in query.aside for n in at))
    for area_id, (gain, words) in learned.evidence(weights, said).items():
        if area_id in index.areas:
            scores[area_id] += weight * min(gain, cap)
            reasons[area_id].append(LEARNED_REASON + _shown(index, words, 4, query))
    return scores


def _slate_scores(index: MatchIndex, query: _Query, evidence: dict[str, float]) -> dict[str, float]:
    """What orders the areas after the first: all of each area's evidence, none of it discounted for
    serving another pillar than the text's main one (that decides which area leads, not which others
    the project also does), and the learned words counted more."""
    return _with_learned(index, query, evidence, defaultdict(list), SLATE_LEARNED_WEIGHT, SLATE_LEARNED_CAP)


def _unnamed(reason: str) -> bool:
    """A reason that names none of the area's keywords or synonyms (related or learned words only)."""
    return reason.startswith(("related", LEARNED_REASON))


def _text_pillars(index: MatchIndex, query: _Query) -> dict[str, float]:
    """Votes per pillar from the text's own words about whom it serves (survivors, people at risk ...)
    and who does the work (prosecutors, a coordination body ...), each cue once.

    Words that name who organises, funds or partners (ASIDE, and the 'in partnership with' that opens
    them) do not vote; a word of another language whose own family key would vote for another pillar
    than its English family votes through the English one only ('policía' is police, though its own key
    is that of 'policies'); the words of a phrase cue vote only through it ('prise en charge'). A word
    listed in the tables in its own language and reaching an English cue of the same pillar too
    ('riesgo', 'sobrevivientes') votes twice: counting it once lost 5 tuning and 2 blind descriptions
    (benchmarks/pillar_cv.py), since most real descriptions are not in English."""
    votes: dict[str, float] = defaultdict(float)
    used: set[int] = set()
    for length in sorted({len(c) for found in index.pillar_cues.values() for c, _, _ in found}, reverse=True):
        for token in query.at:
            for cue, pillar, weight in index.pillar_cues.get(token, ()):
                if len(cue) != length:
                    continue
                starts = [n for n in query.at[token] if _cue_at(index, query, cue, pillar, n, used)]
                if starts:
                    votes[pillar] += weight
                    used.update(n + k for n in starts for k in range(length) if length > 1)
    return votes


def _cue_at(
    index: MatchIndex, query: _Query, cue: tuple[str, ...], pillar: str, start: int, used: set[int]
) -> bool:
    """The cue is said at token `start`: in order, outside an aside and the words that open it, not
    inside a longer cue, and not a false friend of another language (see _text_pillars)."""
    if start in used or start in query.aside or start + 1 in query.aside:
        return False
    if len(cue) > 1:
        return all(start + k in query.at.get(t, ()) and start + k not in used for k, t in enumerate(cue))
    if start not in query.translated or cue[0] != query.tokens[start]:
        return True
    word = query.words[query.positions[start]]
    meant = {p for c, p, _ in index.pillar_cues.get(translations().get(word, ""), ()) if len(c) == 1}
    return not meant or pillar in meant


def _served_pillar_misfits(index: MatchIndex, query: _Query, scores: dict[str, float]) -> dict[str, str]:
    """The areas not offered under the pillar the text clearly serves, each with that pillar.

    When the text's words about whom it serves give one pillar SERVED_MIN votes and SERVED_LEAD times
    the next, areas outside that pillar weigh SERVED_MISFIT of their evidence: 'a shelter for survivors
    who go back to school' is protection work first, and school-based prevention second."""
    votes = _text_pillars(index, query)
    if not votes:
        return {}
    ordered = sorted(votes.values(), reverse=True)
    served = max(votes, key=lambda p: (votes[p], p))
    runner_up = ordered[1] if len(ordered) > 1 else 0.0
    if votes[served] < SERVED_MIN or votes[served] < SERVED_LEAD * runner_up:
        return {}
    return {a: served for a in scores if served not in index.areas[a].pillars}


def _span(
    at: dict[str, tuple[int, ...]], tokens: tuple[str, ...], translated: frozenset[int] = frozenset()
) -> tuple[int, int, bool] | None:
    """Where the phrase `tokens` sits in the query: (first, last, in order), or None if not close enough.

    A two-word phrase written noun first, as Spanish, French and Portuguese do ('identificación de
    víctimas' for 'victim identification'), counts as in order."""
    if any(t not in at for t in tokens):
        return None
    for start in at[tokens[0]]:
        if all(start + k in at[t] for k, t in enumerate(tokens) if k) or len(tokens) == 1:
            return start, start + len(tokens) - 1, True
        if len(tokens) == 2 and start - 1 in at[tokens[1]] and {start, start - 1} & translated:
            return start - 1, start, True
    spreads = [p for p in itertools.product(*(at[t][:4] for t in tokens)) if len(set(p)) == len(p)]
    if not spreads:
        return None
    best = min(spreads, key=lambda p: max(p) - min(p))
    if max(best) - min(best) > len(tokens) - 1 + WINDOW_SLACK:
        return None
    return min(best), max(best), False


def _repeated(times: int) -> float:
    """More weight for what the text keeps coming back to than for what it mentions once."""
    return 1 + REPEATED * math.log(times)


def _bag_scores(index: MatchIndex, query: _Query) -> dict[str, tuple[float, list[str]]]:
    found: dict[str, tuple[float, list[str]]] = {}
    for area_id, bag in index.bag.items():
        gains = []
        for token in query.at:
            tf = bag.get(token)
            if tf and token in GENERIC_TOKENS:
                tf *= GENERIC_IN_BAG
            if tf:
                gain = index.bag_idf[token] * tf * 2.2 / (tf + 1.2 * index.bag_norm[area_id])
                said = sum(n not in query.aside for n in query.at[token])
                gain *= _repeated(said) if said else ASIDE_WEIGHT
                gains.append((gain, token))
        if gains:
            gains.sort(reverse=True)
            found[area_id] = (sum(g for g, _ in gains), [t for _, t in gains])
    return found


def _rank(
    index: MatchIndex,
    query: _Query,
    scores: dict[str, float],
    slate: dict[str, float],
    reasons: dict[str, list[str]],
    limit: int,
) -> tuple[AreaMatch, ...]:
    """The area that leads on `scores`, then the others it supports well enough (on `scores` too) in the
    order of `slate` (_slate_scores)."""
    first = min(scores.items(), key=lambda item: (-item[1], item[0]), default=None)
    if first is None or first[1] < 1.0:
        return ()
    top = first[1]
    supported = [
        a
        for a, s in scores.items()
        if a != first[0]
        and s >= KEEP_WITH_PHRASE * top
        and (s >= KEEP_RELATED_ONLY * top or not _unnamed(reasons[a][0]))
    ]
    others = sorted(supported, key=lambda a: (-slate.get(a, 0.0), a))
    kept = [first] + [(a, min(slate.get(a, 0.0), top)) for a in others][: limit - 1]
    matches = []
    for area_id, value in kept:
        area = index.areas[area_id]
        matches.append(
            AreaMatch(area_id, _pillar_for(index, query, area), area.name,
                      round(100 * value / (value + SHOWN_SCALE), 1), tuple(reasons[area_id][:4]), area.pillars)
        )  # fmt: skip
    return tuple(matches)


def _pillar_for(index: MatchIndex, query: _Query, area: Area) -> str:
    """The pillar the text implies among the area's own pillars; its home pillar when nothing says.

    Only the text's own pillar words vote: the other areas a text matches say what else the project
    does, not for whom this part of it works (letting them vote switched pillars wrongly 5 times in 6).
    """
    if len(area.pillars) == 1:
        return area.pillar
    votes = _text_pillars(index, query)
    best = max(area.pillars, key=lambda p: (votes[p], p == area.pillar))
    return best if votes[best] >= HOME_BIAS * votes[area.pillar] + SWITCH_MARGIN else area.pillar


def _pillar_lead(index: MatchIndex, query: _Query, ranked: tuple[AreaMatch, ...]) -> tuple[AreaMatch, ...]:
    """When the description as a whole clearly reads as one pillar's work (ctguide.pillars), the first area is
    the best-ranked one offered under that pillar, with that pillar; the others follow, none shown above it.

    The areas a text names say what the project does; which of them the labelled descriptions put first
    follows whom the whole text serves and who does the work."""
    found = pillars.clear(pillars.active(), learned.tokens(query.raw)) if ranked else None
    lead = next((a for a in ranked if found and found[0] in a.pillars), None)
    if found is None or lead is None or (lead is ranked[0] and lead.pillar == found[0]):
        return ranked
    pillar, words = found
    reason = f"{PILLAR_LEAD_REASON}{pillar} work ({_shown(index, words, 4, query)})"
    first = dataclasses.replace(lead, pillar=pillar, why=(*lead.why[:3], reason))
    return (
        first,
        *(dataclasses.replace(a, score=min(a.score, first.score)) for a in ranked if a is not lead),
    )


def _too_thin(
    index: MatchIndex, query: _Query, scores: dict[str, float], reasons: dict[str, list[str]]
) -> bool:
    """The text is about counter-trafficking work but says too little to tell which: only words true of
    every project ('victims', 'help'), almost no evidence, or, with no area's keyword or synonym in it,
    a word or two that the best area only mentions in passing ('write' shares a family with 'writing' in one
    area's description, which says nothing). Text that relates to nothing at all ('hello there') is
    not thin: it is not understood."""
    meaningful = [t for t in query.at if t not in GENERIC_TOKENS]
    if not scores:
        return len(meaningful) < len(query.at)
    top = max(scores, key=scores.__getitem__)
    named = any(not _unnamed(r[0]) for r in reasons.values() if r)
    passing = max((index.bag[top].get(t, 0.0) for t in meaningful), default=0.0) < THIN_MENTIONS
    few = len(meaningful) < THIN_WORDS
    return not meaningful or scores[top] < THIN_BELOW or (not named and passing and few)


def _not_sure(
    first: str | None, named: int, words_lead: str | None, likely: float = 0.0, said: bool = False
) -> bool:
    """The first area is likely wrong: the text says none of its keywords, synonyms or name outright, or
    says one and its wording favours another area (`named` counts separate typed spans, generic phrases
    such as 'víctimas de trata' left out), unless the re-ranker finds it `likely` (SURE_ENOUGH) the primary
    area all the same. On the tuning descriptions, source-grouped cross-validation (benchmarks/learned_cv.py)
    found such a first area right 66 % of the time against 92 % otherwise (a sure gap of 26 points pooled);
    it varies by fold from 17 to 34 points. Weak or near-tied scores and learned words that disagree with
    the keywords told right from wrong less well. With the re-ranker, nested cross-validation
    (benchmarks/rerank_cv.py) gave a gap of 19.8 points with this rule alone and 21.8 with SURE_ENOUGH
    (0.6 to 0.8 all gave 21.8 to 22.8), wider on every fold.

    The re-ranker vouches only for an area whose lead rests on one of its own phrases, `said` outright or close
    (words of the phrase near each other): never on related or learned words alone ("effective implementation of
    international standards" is not legislation work). Nested cross-validation, this rule against requiring a
    phrase said outright (`named`): gap 22.0 -> 22.9 points, not sure 24.3 -> 23.6 %, per fold 18.4/18.7/27.5/
    27.0/17.6 -> 18.9/20.8/28.2/27.0/19.8; letting it vouch on any words gave 23.6 but says sure of what the
    text does not say."""
    if (named or said) and likely >= SURE_ENOUGH:
        return False
    return first is None or named == 0 or (named == 1 and first != words_lead)


def _tied(known: dict[str, float], ranked: tuple[AreaMatch, ...]) -> bool:
    """The knowledge base's words favour the first two areas about equally (within NEAR_TIE)."""
    if len(ranked) < 2:
        return False
    return known.get(ranked[0].id, 0.0) < NEAR_TIE * known.get(ranked[1].id, 0.0)


def _rank_indicators(
    kb: KnowledgeBase, index: MatchIndex, query: _Query, areas: tuple[AreaMatch, ...], limit: int
) -> tuple[IndicatorMatch, ...]:
    if not areas:
        return ()
    wanted = set(query.tokens)
    candidates: list[tuple[float, IndicatorMatch]] = []
    for rank, match in enumerate(areas[:3]):
        area = kb.area_by_id[match.id]
        for position, indicator in enumerate(area.indicators):
            tokens, _ = index.indicator_tokens[indicator.id]
            overlap = len(tokens & wanted) / (len(tokens) ** 0.5 or 1)
            outcome_bonus = 0.15 if indicator.level == "outcome" else 0.0
            score = (
                match.score * (1.0 - 0.12 * rank) * (0.55 + 0.25 * min(overlap, 1.0) + outcome_bonus)
                - position * 0.1
            )
            candidates.append(
                (
                    score,
                    IndicatorMatch(
                        indicator.id, area.id, indicator.level, indicator.statement, round(max(score, 0.0), 1)
                    ),
                )
            )
    candidates.sort(key=lambda item: (-item[0], item[1].id))
    return tuple(match for _, match in candidates[:limit])


@dataclass(frozen=True)
class ResultMatch:
    id: str
    area: str
    level: str
    statement: str
    score: float
    why: tuple[str, ...]


def rank_results(kb: KnowledgeBase, text: str, limit: int = 5) -> tuple[ResultMatch, ...]:
    """The knowledge base's results (whole KB, every area) that best fit a result the user wrote.

    A result's own wording counts fully, its indicators' wording half; the areas the text points to
    add a little, so that ties go to the area the user is talking about.
    """
    index = index_for(kb)
    query = _Query.read(index, text)
    wanted = set(query.tokens)
    if not wanted:
        return ()
    area_scores, *_ = _score_areas(index, query)
    top_area = max(area_scores.values(), default=0.0) or 1.0
    scored: list[tuple[float, ResultMatch]] = []
    for entry in index.results:
        own = wanted & entry.own
        evidence = (wanted & entry.evidence) - own
        weight = sum(index.result_idf[t] for t in own) + 0.5 * sum(index.result_idf[t] for t in evidence)
        if not own and weight < 2.0:
            continue
        size = math.sqrt(len(entry.own) + 3)
        raw = weight / size + 0.6 * area_scores.get(entry.area, 0.0) / top_area
        why = []
        if own:
            why.append("result wording: " + _shown(index, own, query=query))
        if evidence:
            why.append("its indicators' wording: " + _shown(index, evidence, query=query))
        scored.append((raw, ResultMatch(entry.id, entry.area, entry.level, entry.statement, 0.0, tuple(why))))
    scored.sort(key=lambda item: (-item[0], item[1].id))
    return tuple(
        dataclasses.replace(match, score=round(100 * raw / (raw + 1.5), 1)) for raw, match in scored[:limit]
    )


def _shown(index: MatchIndex, tokens: Iterable[str], limit: int = 5, query: _Query | None = None) -> str:
    """Word-family keys as the words the user wrote for them ('loi' for 'law'), else as the knowledge base
    writes them ('reintegr' -> 'reintegration'); a word said twice in two families is shown once, and the
    letter an elision leaves (l', d') never."""
    ordered = tokens if isinstance(tokens, list) else sorted(tokens)
    shown = dict.fromkeys((query and query.said(t)) or index.surface.get(t, t) for t in ordered if len(t) > 1)
    return ", ".join(list(shown)[:limit])
