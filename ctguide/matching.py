"""From a user's own words to ranked intervention areas and indicators, each with its reasons.

Rule-based and explainable. An index is built once per knowledge base:
- phrases: every keyword, synonym and area name, folded (case, accents), stemmed, stop words out;
- a bag of words per area (keywords and synonyms weigh most, then names, descriptions, results,
  then indicator statements) scored like BM25, for paragraphs that use none of the phrases;
- a spelling vocabulary, so that 'trainng' is read as 'training' (rapidfuzz).
Abbreviations written in capitals in the knowledge base (LE, NRM, FIU) only match when the user
writes them in capitals too, so French 'le' or Spanish 'la' never count as an abbreviation.
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import process
from rapidfuzz.distance import OSA

from ctguide.knowledge import Area, KnowledgeBase
from ctguide.textnorm import GENERIC_TOKENS, STOP_WORDS, content_tokens, fold, stem

PHRASE_KIND_WEIGHT = {"keyword": 1.0, "synonym": 1.0, "name": 1.2}
BAG_FIELD_WEIGHT = {"terms": 3.0, "name": 2.0, "text": 1.0, "indicators": 0.5}
CAPS_ABBREVIATION = re.compile(r"^[A-Z0-9]{2,4}$")


@dataclass(frozen=True)
class AreaMatch:
    id: str
    pillar: str
    name: str
    score: float
    why: tuple[str, ...]


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

    @property
    def understood(self) -> bool:
        return bool(self.areas)

    def to_json(self) -> dict[str, Any]:
        """The `suggest --json` contract."""
        return {
            "query": self.query,
            "areas": [
                {"id": a.id, "pillar": a.pillar, "name": a.name, "score": a.score, "why": list(a.why)}
                for a in self.areas
            ],
            "indicators": [
                {"id": i.id, "area": i.area, "level": i.level, "statement": i.statement, "score": i.score}
                for i in self.indicators
            ],
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
    """Everything matching needs, computed once per knowledge base."""

    areas: dict[str, Area]
    phrases_by_first: dict[str, list[_Phrase]]
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
        terms = (
            [(t, "keyword") for t in area.keywords]
            + [(t, "synonym") for t in area.synonyms]
            + [(area.name, "name")]
        )
        for text, kind in terms:
            tokens = content_tokens(text)
            if tokens:
                caps = bool(CAPS_ABBREVIATION.match(text.strip()))
                phrases.append(_Phrase(tokens, text, kind, area.id, caps))
        counts: Counter[str] = Counter()
        for text, kind in terms:
            _add(counts, content_tokens(text), BAG_FIELD_WEIGHT["name" if kind == "name" else "terms"])
        for text in (area.description, area.objective, *(r.statement for r in area.results)):
            _add(counts, content_tokens(text), BAG_FIELD_WEIGHT["text"])
        for indicator in area.indicators:
            _add(counts, content_tokens(indicator.statement), BAG_FIELD_WEIGHT["indicators"])
        bag[area.id] = counts
    phrase_areas: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for phrase in phrases:
        phrase_areas[phrase.tokens].add(phrase.area)
    n_areas = max(len(kb.areas), 1)
    phrase_idf = {tokens: math.log(1 + n_areas / len(owners)) for tokens, owners in phrase_areas.items()}
    by_first: dict[str, list[_Phrase]] = defaultdict(list)
    for phrase in sorted(phrases, key=lambda p: -len(p.tokens)):
        by_first[phrase.tokens[0]].append(phrase)
    document_frequency = Counter(token for counts in bag.values() for token in counts)
    bag_idf = {t: math.log(1 + (n_areas - df + 0.5) / (df + 0.5)) for t, df in document_frequency.items()}
    lengths = {a: sum(c.values()) for a, c in bag.items()}
    mean_length = sum(lengths.values()) / n_areas
    bag_norm = {a: 0.25 + 0.75 * lengths[a] / mean_length for a in bag}
    vocabulary = sorted(
        {t for p in phrases for t in p.tokens if len(t) >= 4} | {t for t in document_frequency if len(t) >= 5}
    )
    indicator_tokens = {
        i.id: (frozenset(content_tokens(i.statement)), area.id) for area in kb.areas for i in area.indicators
    }
    results, result_idf = _result_entries(kb)
    surface = _surface_words(kb)
    return MatchIndex(
        areas={a.id: a for a in kb.areas},
        phrases_by_first=dict(by_first),
        phrase_idf=phrase_idf,
        bag={a: dict(c) for a, c in bag.items()},
        bag_idf=bag_idf,
        bag_norm=bag_norm,
        vocabulary=vocabulary,
        vocabulary_set=frozenset(vocabulary) | frozenset(document_frequency) | frozenset(by_first),
        indicator_tokens=indicator_tokens,
        surface=surface,
        results=results,
        result_idf=result_idf,
    )


def _surface_words(kb: KnowledgeBase) -> dict[str, str]:
    """The commonest written form of each word family, to show a correction in words people use."""
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
        counts[token] += weight


def suggest(
    kb: KnowledgeBase, text: str, *, limit: int = 5, indicator_limit: int | None = None
) -> Suggestions:
    """Rank the areas (and then indicators) that fit `text`, each with why it was chosen."""
    index = index_for(kb)
    query = _Query.read(index, text)
    scores, reasons = _score_areas(index, query)
    ranked = _rank(index, scores, reasons, limit)
    indicators = _rank_indicators(kb, index, query, ranked, indicator_limit or limit * 2)
    readings = tuple(f"'{typed}' read as '{meant}'" for typed, meant in query.readings)
    return Suggestions(text, ranked, indicators, readings)


@dataclass(frozen=True)
class _Query:
    tokens: tuple[str, ...]
    caps: frozenset[str]
    readings: tuple[tuple[str, str], ...]
    positions: tuple[int, ...]
    words: tuple[str, ...]

    def typed(self, start: int, end: int) -> str:
        """The words the user typed for tokens start..end-1, stop words between them included."""
        return " ".join(self.words[self.positions[start] : self.positions[end - 1] + 1])

    @classmethod
    def read(cls, index: MatchIndex, text: str) -> _Query:
        raw = text[:5000]
        caps = frozenset(stem(fold(w)) for w in re.findall(r"\b[A-Z0-9]{2,5}s?\b", raw))
        tokens: list[str] = []
        shown: list[str] = []
        readings: list[tuple[str, str]] = []
        words = fold(raw).split()
        for position, word in enumerate(words[:600]):
            if word in STOP_WORDS:
                continue
            token = stem(word)
            if token not in index.vocabulary_set and 5 <= len(token) <= 24 and not token.isdigit():
                corrected = _correct(index, token)
                if corrected:
                    readings.append((word, index.surface.get(corrected, corrected)))
                    token = corrected
            tokens.append(token)
            shown.append(position)
        return cls(tuple(tokens), caps, tuple(dict.fromkeys(readings)), tuple(shown), tuple(words))


def _correct(index: MatchIndex, token: str) -> str | None:
    """The known word `token` is a misspelling of, if any.

    Never a word that only differs by a prefix or an ending ('reintegrated' is not 'integrated'):
    such a pair is two words, not a typo.
    """
    if token not in index.corrections:
        allowed = 1 if len(token) < 6 else 2
        near = process.extract(token, index.vocabulary, scorer=OSA.distance, score_cutoff=allowed, limit=8)
        fits = [
            (distance, abs(len(word) - len(token)), word)
            for word, distance, _ in near
            if word[0] == token[0] and not token.endswith(word) and not word.endswith(token)
        ]
        found = min(fits)[2] if fits else None
        index.corrections[token] = found
    return index.corrections[token]


def _score_areas(index: MatchIndex, query: _Query) -> tuple[dict[str, float], dict[str, list[str]]]:
    scores: dict[str, float] = defaultdict(float)
    reasons: dict[str, list[str]] = defaultdict(list)
    tokens = query.tokens
    seen: set[tuple[str, tuple[str, ...]]] = set()
    for start, token in enumerate(tokens):
        for phrase in index.phrases_by_first.get(token, ()):
            end = start + len(phrase.tokens)
            if tokens[start:end] != phrase.tokens or (phrase.caps and phrase.tokens[0] not in query.caps):
                continue
            if (phrase.area, phrase.tokens) in seen:
                continue
            seen.add((phrase.area, phrase.tokens))
            weight = (
                PHRASE_KIND_WEIGHT[phrase.kind]
                * (1 + 0.6 * (len(phrase.tokens) - 1))
                * index.phrase_idf[phrase.tokens]
            )
            if all(t in GENERIC_TOKENS for t in phrase.tokens):
                weight *= 0.2  # "survivors", "víctimas de trata": true of nearly every project
            scores[phrase.area] += 2.0 * weight
            typed = query.typed(start, end)
            reasons[phrase.area].append(f"'{typed}' matched {phrase.kind} '{phrase.text}'")
    for area_id, bag in index.bag.items():
        bag_score = 0.0
        related: list[tuple[float, str]] = []
        for token in set(tokens):
            tf = bag.get(token)
            if tf:
                gain = index.bag_idf[token] * tf * 2.2 / (tf + 1.2 * index.bag_norm[area_id])
                bag_score += gain
                related.append((gain, token))
        if bag_score:
            scores[area_id] += 0.35 * bag_score
            if not reasons[area_id] and related:
                words = _shown(index, [t for _, t in sorted(related, reverse=True)[:3]])
                reasons[area_id].append(f"related words: {words}")
    return scores, reasons


def _rank(
    index: MatchIndex, scores: dict[str, float], reasons: dict[str, list[str]], limit: int
) -> tuple[AreaMatch, ...]:
    ordered = sorted(scores.items(), key=lambda item: (-item[1], item[0]))
    if not ordered or ordered[0][1] < 1.0:
        return ()
    top = ordered[0][1]
    kept = [(a, s) for a, s in ordered if s >= 0.2 * top][:limit]
    return tuple(
        AreaMatch(
            a,
            index.areas[a].pillar,
            index.areas[a].name,
            round(100 * s / (s + 4.0), 1),
            tuple(reasons[a][:4]),
        )
        for a, s in kept
    )


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
    area_scores, _ = _score_areas(index, query)
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
            why.append("result wording: " + _shown(index, own))
        if evidence:
            why.append("its indicators' wording: " + _shown(index, evidence))
        scored.append((raw, ResultMatch(entry.id, entry.area, entry.level, entry.statement, 0.0, tuple(why))))
    scored.sort(key=lambda item: (-item[0], item[1].id))
    return tuple(
        dataclasses.replace(match, score=round(100 * raw / (raw + 1.5), 1)) for raw, match in scored[:limit]
    )


def _shown(index: MatchIndex, tokens: Iterable[str], limit: int = 5) -> str:
    """Word-family keys as the words people write ('reintegr' -> 'reintegration')."""
    ordered = tokens if isinstance(tokens, list) else sorted(tokens)
    return ", ".join(index.surface.get(t, t) for t in ordered[:limit])
