"""Word evidence learned from labelled real descriptions: what it learns, how it lifts an area, and that
matching works without it."""

import json

import pytest

from ctguide import learned, matching, rerank
from ctguide.knowledge import load_knowledge
from ctguide.matching import suggest
from ctguide.textnorm import stem
from ctguide.yamlio import load_yaml
from tests.conftest import DATA

DESCRIPTIONS = DATA / "descriptions"
TEXT = "Weekly visits to the dockyards of Tema by our outreach team"


@pytest.fixture(scope="module")
def kb():
    return load_knowledge()


def _item(text, area, group, also=()):
    return {"text": text, "area": area, "also": list(also), "group": group}


def _labelled(word, area, sources):
    """One description per source using `word` for `area`, and others (of another area) that do not."""
    items = [_item(f"{word} work number {n} in the region", area, f"s{n}") for n in range(sources)]
    items += [
        _item(f"awareness sessions in schools number {n}", "education_schools", f"e{n}") for n in range(6)
    ]
    return items


def test_a_word_used_by_descriptions_from_several_sources_is_learned_for_their_area():
    weights = learned.train(_labelled("dockyard", "labour_inspection", learned.MIN_GROUPS))
    assert set(weights[stem("dockyard")]) == {"labour_inspection"}
    assert weights[stem("dockyard")]["labour_inspection"] > 0


@pytest.mark.parametrize("sources", range(1, learned.MIN_GROUPS))
def test_a_word_from_fewer_sources_teaches_nothing(sources):
    """One text (or one source's texts, however many) never teaches a word."""
    items = _labelled("dockyard", "labour_inspection", sources)
    items += [_item("dockyard dockyard", "labour_inspection", "s0")] * 5
    assert stem("dockyard") not in learned.train(items)


def test_a_word_every_area_uses_is_not_evidence():
    items = _labelled("dockyard", "labour_inspection", 4)
    items = [{**i, "text": i["text"] + " region"} for i in items]
    items += [_item("region", "education_schools", f"r{n}") for n in range(4)]
    assert "region" not in learned.train(items)


def test_also_areas_count_for_less_than_the_labelled_area():
    items = [
        _item("dockyard visits", "labour_inspection", f"s{n}", ["business_supply_chains"]) for n in range(6)
    ]
    items += [_item("school sessions", "education_schools", f"e{n}") for n in range(20)]
    odds = learned.train(items)[stem("dockyard")]
    assert 0 < odds["business_supply_chains"] < odds["labour_inspection"]


def test_a_learned_word_lifts_the_right_area_into_the_first_three_and_says_why(kb):
    weights = {stem("dockyard"): {"labour_inspection": 6.0}}
    with learned.using({}):
        before = [a.id for a in suggest(kb, TEXT).areas[:3]]
    with learned.using(weights):
        after = suggest(kb, TEXT)
    assert "labour_inspection" not in before
    found = {a.id: a for a in after.areas[:3]}
    assert "labour_inspection" in found
    assert any(
        "words real projects in this area use: dockyard" in why for why in found["labour_inspection"].why
    )


def test_the_bonus_is_bounded_however_many_learned_words_a_text_has(kb):
    words = ["dockyard", "harbour", "vessel", "trawler", "deckhand", "wharf"]
    weights = {stem(w): {"labour_inspection": 5.0} for w in words}
    index = matching.index_for(kb)
    query = matching._Query.read(index, " ".join(words))
    with learned.using(weights):
        scores = matching._with_learned(index, query, {}, {"labour_inspection": []})
    assert scores["labour_inspection"] == pytest.approx(matching.LEARNED_WEIGHT * matching.LEARNED_CAP)


def test_a_first_area_the_learned_words_put_ahead_of_the_knowledge_is_not_sure(kb):
    """The knowledge base's words favour one area, the learned words another: the evidence points two ways.
    (The ranker's own rule: a re-ranker sure of the first area overrules it, see tests/test_rerank.py.)"""
    with learned.using({}), rerank.using({}):
        plain = suggest(kb, TEXT)
    with learned.using({stem("dockyard"): {"labour_inspection": 40.0}}), rerank.using({}):
        lifted = suggest(kb, TEXT)
    assert plain.areas[0].id != "labour_inspection"
    assert lifted.areas[0].id == "labour_inspection"
    assert lifted.not_sure


def test_the_compiled_file_is_reproducible():
    assert learned.LEARNED.read_text(encoding="utf-8") == learned.generate(DESCRIPTIONS), (
        "the tuning descriptions or the word reading changed: run `python -m ctguide.learned`"
    )


def test_the_compiled_weights_are_read_and_name_known_areas(kb):
    weights = learned.shipped()
    assert weights
    areas = {a.id for a in kb.areas}
    assert {a for by_area in weights.values() for a in by_area} <= areas


def test_the_blind_half_and_the_holdout_teach_nothing():
    used = {i["text"] for i in learned.tuning_descriptions(DESCRIPTIONS)}
    round2 = load_yaml((DESCRIPTIONS / "round2.yaml").read_text(encoding="utf-8"))["descriptions"]
    holdout = [
        i
        for i in load_yaml((DESCRIPTIONS / "real.yaml").read_text(encoding="utf-8"))["descriptions"]
        if i["split"] == "holdout"
    ]
    assert not used & {i["text"] for i in round2 if learned.blind_half(i)}
    assert not used & {i["text"] for i in holdout}


@pytest.mark.parametrize("content", [None, "{not json", json.dumps({"format": "other", "words": {}})])
def test_matching_works_without_the_compiled_file(kb, tmp_path, monkeypatch, content):
    path = tmp_path / "learned.json"
    if content is not None:
        path.write_text(content)
    monkeypatch.setattr(learned, "LEARNED", path)
    learned.shipped.cache_clear()
    try:
        assert learned.shipped() == {}
        result = suggest(kb, "shelter for women survivors in Chisinau")
        assert result.areas[0].id == "shelter"
        assert not any(why.startswith(matching.LEARNED_REASON) for a in result.areas for why in a.why)
    finally:
        learned.shipped.cache_clear()


def test_matching_never_reads_the_tuning_descriptions(kb, monkeypatch):
    def refuse(*_args):
        raise AssertionError("the runtime read tests/data")

    monkeypatch.setattr(learned, "tuning_descriptions", refuse)
    monkeypatch.setattr(learned, "generate", refuse)
    assert suggest(kb, "hotline for trafficked people").areas


def test_round3_is_tuning_data_and_teaches_the_learned_words():
    used = {i["text"] for i in learned.tuning_descriptions(DESCRIPTIONS)}
    round3 = load_yaml((DESCRIPTIONS / "round3.yaml").read_text(encoding="utf-8"))["descriptions"]
    assert {i["text"] for i in round3} <= used
