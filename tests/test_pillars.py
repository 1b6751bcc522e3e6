"""The pillar a whole description reads as: what is learned, when a reading is clear, how it chooses the first
area, and that matching works without it."""

import json

import pytest

from ctguide import learned, pillars
from ctguide.knowledge import load_knowledge
from ctguide.matching import PILLAR_LEAD_REASON, suggest
from ctguide.textnorm import stem
from tests.conftest import DATA

DESCRIPTIONS = DATA / "descriptions"


@pytest.fixture(scope="module")
def kb():
    return load_knowledge()


def _labelled(word, pillar, sources, copies=1):
    """Descriptions from `sources` sources using `word` for `pillar`, and others that do not."""
    items = [
        {"text": f"{word} work number {n} in the region", "pillar": pillar, "group": f"s{n}"}
        for n in range(sources)
        for _ in range(copies)
    ]
    return items + [
        {"text": f"awareness sessions in schools number {n}", "pillar": "prevention", "group": f"e{n}"}
        for n in range(6)
    ]


@pytest.mark.parametrize(("sources", "copies", "learned_for"), [
    (learned.MIN_GROUPS, 1, {"protection"}),
    (learned.MIN_GROUPS + 2, 1, {"protection"}),
    (learned.MIN_GROUPS - 1, 5, set()),  # one source's texts, however many, never teach a word
    (1, 9, set()),
])  # fmt: skip
def test_a_word_is_learned_for_a_pillar_only_from_several_sources(sources, copies, learned_for):
    weights = pillars.train(_labelled("dockyard", "protection", sources, copies))
    assert set(weights.get(stem("dockyard"), {})) == learned_for


def test_a_word_every_pillar_uses_is_not_evidence():
    items = _labelled("dockyard", "protection", 4)
    items += [{"text": f"dockyard patrols {n}", "pillar": "prosecution", "group": f"p{n}"} for n in range(4)]
    items += [{"text": f"dockyard talks {n}", "pillar": "prevention", "group": f"q{n}"} for n in range(8)]
    assert "protection" not in pillars.train(items).get(stem("dockyard"), {})


WEIGHTS = {"refug": {"protection": 5.0}, "shelter": {"protection": 4.0}, "school": {"prevention": 2.0}}


@pytest.mark.parametrize(("words", "reading"), [
    (["refug", "shelter"], ("protection", ["refug", "shelter"])),  # 9 against nothing
    (["refug", "shelter", "school"], None),  # 9 against 2: short of the margin
    (["refug"], None),
    (["school", "unknown"], None),
    ([], None),
])  # fmt: skip
def test_a_reading_is_clear_only_when_it_leads_the_next_pillar_by_the_margin(words, reading):
    assert pillars.clear(WEIGHTS, words, margin=8.0) == reading


def test_the_compiled_file_is_reproducible():
    assert pillars.COMPILED.read_text(encoding="utf-8") == pillars.generate(DESCRIPTIONS), (
        "the tuning descriptions or the word reading changed: run `python -m ctguide.pillars`"
    )


def test_the_compiled_weights_name_only_pillars():
    weights = pillars.shipped()
    assert weights
    assert {p for by_pillar in weights.values() for p in by_pillar} <= set(pillars.PILLARS)


SCHOOLS = {
    "en": "Awareness sessions in schools for students and teachers, also with the residents of a shelter",
    "es": "Charlas de sensibilización en escuelas para estudiantes y docentes, también con las residentes de un albergue",
    "fr": "Séances de sensibilisation dans les écoles pour les élèves et les enseignants, aussi avec les résidentes "
    "d'un foyer",
    "pt": "Palestras de sensibilização nas escolas para alunos e professores, também com as residentes de um abrigo",
}


@pytest.mark.parametrize("language", sorted(SCHOOLS))
@pytest.mark.parametrize(("reading", "first_pillar"), [(10.0, "protection"), (0.0, "prevention")])
def test_a_description_that_clearly_reads_as_one_pillar_leads_with_an_area_of_that_pillar(
    kb, language, reading, first_pillar
):
    text = SCHOOLS[language]
    said = learned.tokens(text)
    weights = {w: {"protection": reading} for w in said if reading} | {"x": {"prevention": 1.0}}
    with pillars.using(weights):
        result = suggest(kb, text)
    first = result.areas[0]
    assert first.pillar == first_pillar
    assert any(why.startswith(PILLAR_LEAD_REASON) for why in first.why) is bool(reading)
    assert [a.score for a in result.areas] == sorted((a.score for a in result.areas), reverse=True)


@pytest.mark.parametrize("content", [None, "{not json", json.dumps({"format": "other", "words": {}})])
def test_matching_works_without_the_compiled_file(kb, tmp_path, monkeypatch, content):
    path = tmp_path / "pillars.json"
    if content is not None:
        path.write_text(content)
    monkeypatch.setattr(pillars, "COMPILED", path)
    pillars.shipped.cache_clear()
    try:
        assert pillars.shipped() == {}
        result = suggest(kb, "shelter for women survivors in Chisinau")
        assert result.areas[0].id == "shelter"
        assert not any(why.startswith(PILLAR_LEAD_REASON) for a in result.areas for why in a.why)
    finally:
        pillars.shipped.cache_clear()


def test_matching_never_reads_the_tuning_descriptions(kb, monkeypatch):
    def refuse(*_args):
        raise AssertionError("the runtime read tests/data")

    monkeypatch.setattr(learned, "tuning_descriptions", refuse)
    monkeypatch.setattr(pillars, "generate", refuse)
    assert suggest(kb, "hotline for trafficked people").areas
