"""The labelled review set is well formed, and the review keeps a floor of quality on its tune part."""

import pytest

from ctguide.knowledge import load_knowledge
from ctguide.smart import review_plan
from tests.review_set import (
    CATEGORIES,
    PARTS,
    REVIEW_SET,
    ROUND1,
    ROUND2,
    ROUND3,
    ROUND4,
    ROUND5,
    ROUND6,
    TUNE2,
    TUNING_PARTS,
    UNTOUCHED,
    categories,
    item_plan,
    load_items,
    source_family,
    source_folds,
)


@pytest.fixture(scope="module")
def kb():
    return load_knowledge()


def test_the_set_has_enough_flawed_and_good_statements_with_a_third_held_out():
    items = {part: load_items(part) for part in PARTS}
    everything = items["tune"] + items["holdout"]
    assert len(everything) >= 150 and sum(1 for i in everything if i.get("good")) >= 30
    assert len(items["holdout"]) * 3 == len(everything)
    assert len({i["id"] for i in everything}) == len(everything)
    for part, members in items.items():
        labelled = {flag for item in members for flag in item["flags"]}
        assert labelled == set(CATEGORIES), (part, set(CATEGORIES) - labelled)
    for item in everything:
        assert item.get("src") and item["flags"] == [] if item.get("good") else item.get("src")


def test_every_item_names_a_knowledge_result_at_a_known_level(kb):
    for item in load_items("tune") + load_items("holdout"):
        assert item["result"] in kb.result_by_id and item["level"] in ("impact", "outcome", "output"), item[
            "id"
        ]
        assert item_plan(kb, item).indicators[0].statement == item["statement"]


# part: (least items, least items per category, least good items)
REAL_PART_SIZES = {
    ROUND1: (100, 7, 25),
    ROUND2: (100, 7, 25),
    ROUND3: (100, 7, 25),
    ROUND4: (100, 7, 25),
    ROUND5: (100, 7, 25),
    ROUND6: (130, 7, 30),
    UNTOUCHED: (130, 12, 30),
    TUNE2: (120, 10, 30),
}


@pytest.mark.parametrize("part", list(REAL_PART_SIZES))
def test_the_real_parts_are_well_formed_without_being_reviewed(kb, part):
    if not (REVIEW_SET / f"{part}.yaml").exists():
        pytest.skip(f"{part}.yaml is being collected")
    least_items, least_per_category, least_good = REAL_PART_SIZES[part]
    items = load_items(part)
    ids = [item["id"] for item in items]
    assert len(set(ids)) == len(ids) >= least_items
    assert not set(ids) & {
        item["id"] for other in TUNING_PARTS if other != part for item in load_items(other)
    }
    for item in items:
        assert item.get("src") and set(item["flags"]) <= set(CATEGORIES), item["id"]
        assert item["result"] in kb.result_by_id and item["level"] in ("impact", "outcome", "output"), item[
            "id"
        ]
        assert bool(item.get("good")) == (item["flags"] == []), item["id"]
        assert all(isinstance(text, str) and text for text in (item.get("definitions") or {}).values()), item[
            "id"
        ]
        assert item_plan(kb, item).indicators[0].statement == item["statement"]
    for category in CATEGORIES:
        assert sum(category in item["flags"] for item in items) >= least_per_category, category
    assert sum(1 for item in items if item.get("good")) >= least_good


FIT_FLOOR = (
    0.4  # fit warns only on strong evidence (a near copy of another area's indicator); the rest is a check
)


def test_the_review_keeps_a_quality_floor_on_the_tune_part(kb):
    rows = [(item, categories(review_plan(item_plan(kb, item), kb))) for item in load_items("tune")]
    for category in CATEGORIES:
        labelled = [found for item, found in rows if category in item["flags"]]
        floor = FIT_FLOOR if category == "fit" else 0.6
        assert sum(category in found for found in labelled) / len(labelled) >= floor, category
    good = [item for item, _ in rows if item.get("good")]
    noisy = [item["id"] for item in good
             if [f for f in review_plan(item_plan(kb, item), kb) if f.severity != "info" and f.indicator == item["id"]]]  # fmt: skip
    assert len(noisy) / len(good) <= 0.1, noisy


def test_cross_validation_folds_keep_each_source_family_on_one_side_and_are_balanced():
    items = [item for part in TUNING_PARTS for item in load_items(part)]
    folds = source_folds(items, 5)
    assert folds == source_folds(items, 5)
    assert sorted(item["id"] for fold in folds for item in fold) == sorted(item["id"] for item in items)
    homes = [{source_family(item) for item in fold} for fold in folds]
    assert all(not a & b for n, a in enumerate(homes) for b in homes[n + 1 :])
    largest = max(len([i for i in items if source_family(i) == f]) for f in {source_family(i) for i in items})
    assert max(map(len, folds)) - min(map(len, folds)) <= largest
    assert source_family({"src": "EEA-DOM-001"}) == "EEA" and source_family({"src": "EU-logframe"}) == "EU"
