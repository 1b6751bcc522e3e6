"""The learned re-ranker: what it learns, that it reorders when its features say so and leaves clear cases alone,
that it never learns from the fold it is judged on, and that matching works without it."""

import json
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ctguide import learned, matching, rerank
from ctguide.knowledge import load_knowledge
from ctguide.matching import suggest
from tests.conftest import DATA

DESCRIPTIONS = DATA / "descriptions"
WIDTH = len(rerank.FEATURES)
DRIFT = 0.05
NAMED_FIRST = rerank.stored({"said_at": -20.0})  # a model for which the area the text names first comes first


@pytest.fixture(scope="module")
def kb():
    return load_knowledge()


values = st.floats(min_value=-3.0, max_value=3.0, allow_nan=False)
rows = st.lists(st.tuples(*[values] * WIDTH), min_size=1, max_size=8)
models = st.fixed_dictionaries({f: values for f in rerank.FEATURES})


@given(models, rows)
def test_the_probabilities_are_a_distribution_over_the_candidates(model, candidates):
    p = rerank.probabilities(model, candidates)
    assert len(p) == len(candidates) and all(0.0 <= x <= 1.0 for x in p)
    assert math.isclose(sum(p), 1.0)


@given(models, rows, st.integers(min_value=1, max_value=3))
def test_the_order_leads_with_the_likeliest_and_keeps_the_ranker_s_order_after_the_lead(
    model, candidates, lead
):
    order = rerank.order(model, candidates, lead)
    assert sorted(order) == list(range(len(candidates)))
    scores = rerank.utilities(model, candidates)
    if order[0] == 0:
        assert max(scores) - scores[0] < rerank.MARGIN or scores[0] == max(scores)
    else:
        assert scores[order[0]] == max(scores) >= scores[0] + rerank.MARGIN
    rest = order[lead:]
    assert rest == sorted(rest)


@settings(max_examples=10, deadline=None)
@given(st.sampled_from(rerank.FEATURES), st.integers(min_value=0, max_value=2**16))
def test_training_finds_the_feature_that_marks_the_primary(feature, seed):
    """Candidates whose labelled one is clearly the highest on one feature (the others noise): that feature gets the
    largest weight, and the trained model picks the labelled candidate of most examples."""
    import random

    rng = random.Random(seed)
    column = rerank.FEATURES.index(feature)
    examples = []
    for _ in range(60):
        candidates = [[rng.uniform(-1, 1) for _ in range(WIDTH)] for _ in range(rng.randint(2, 6))]
        label = rng.randrange(len(candidates))
        candidates[label][column] = max(c[column] for c in candidates) + 0.5
        examples.append(([tuple(c) for c in candidates], label))
    model = rerank.train(examples, l2=1.0)
    assert max(model, key=lambda f: abs(model[f])) == feature and model[feature] > 0
    picked = sum(rerank.order(model, c)[0] == label for c, label in examples)
    assert picked >= 0.9 * len(examples)


@pytest.mark.parametrize(("text", "before", "after"), [
    ("Shelter for survivors; the project also trains labour inspectors and police investigators on forced labour",
     "labour_inspection", "shelter"),
    ("Awareness sessions in schools for students and teachers, also with the residents of a shelter",
     "education_schools", "awareness_raising"),
    ("A hotline for victims, and training for police on victim identification",
     "law_enforcement_training", "hotline_helpline"),
])  # fmt: skip
def test_a_model_that_says_so_reorders_the_first_area_and_says_why(kb, text, before, after):
    with rerank.using({}):
        plain = suggest(kb, text)
    with rerank.using(NAMED_FIRST):
        moved = suggest(kb, text)
    assert plain.areas[0].id == before and moved.areas[0].id == after
    assert moved.areas[0].why[-1] == matching.RERANK_REASON + "the text names it earlier or more often"
    assert {a.id for a in moved.areas} == {a.id for a in plain.areas}
    assert [a.id for a in moved.areas[1:]] == [a.id for a in plain.areas if a.id != after]
    assert [a.score for a in moved.areas] == sorted((a.score for a in moved.areas), reverse=True)


@pytest.mark.parametrize("text", [
    "We run a shelter in Chisinau for women and girls who escaped trafficking, with a programme of counselling",
    "Survivors are reintegrated into their communities",
    "training judges and prosecutors on victim-centred trials",
    "vocational training for survivors of trafficking",
    "formación profesional para sobrevivientes de trata",
    "hotline for trafficked people",
    "support the national anti-trafficking committee to monitor its action plan",
    "We train labour inspectors and also run a shelter for survivors",
])  # fmt: skip
def test_the_compiled_model_leaves_clear_cases_alone(kb, text):
    with rerank.using({}):
        plain = suggest(kb, text)
    shipped = suggest(kb, text)
    assert shipped.areas == plain.areas


@pytest.mark.parametrize(("first", "named", "words_lead", "likely", "unsure"), [
    ("shelter", 0, "shelter", 0.0, True),  # none of its phrases said outright
    ("shelter", 0, "shelter", 0.99, True),  # ... and a sure re-ranker cannot vouch for what the text never says
    ("shelter", 1, "shelter", matching.SURE_ENOUGH - 0.01, False),  # named once, its wording agrees
    ("shelter", 1, "medical_care", matching.SURE_ENOUGH - 0.01, True),  # the re-ranker is not sure enough
    ("shelter", 1, "medical_care", 0.95, False),
    ("shelter", 2, "medical_care", 0.1, False),  # named twice: an unsure re-ranker does not make it unsure
    (None, 0, None, 0.0, True),
])  # fmt: skip
def test_a_sure_re_ranker_overrules_not_sure_and_an_unsure_one_never_adds_it(
    first, named, words_lead, likely, unsure
):
    assert matching._not_sure(first, named, words_lead, likely) is unsure


def test_not_sure_weighs_the_area_shown_first_even_when_the_pillar_lead_moved_it(kb, monkeypatch):
    """The re-ranker's confidence belongs to an area: when the pillar lead puts another area first, the reply is
    judged by that area's probability, not by the one the re-ranker preferred."""
    text = "We run a shelter for women survivors and train police to identify victims"
    unmoved = matching.suggest(kb, text)
    swapped = lambda index, query, ranked: (ranked[1], ranked[0], *ranked[2:])  # noqa: E731
    monkeypatch.setattr(matching, "_pillar_lead", swapped)
    seen = []
    real_not_sure = matching._not_sure
    monkeypatch.setattr(matching, "_not_sure", lambda *a: seen.append(a) or real_not_sure(*a))
    moved = matching.suggest(kb, text)
    assert moved.areas[0].id == unmoved.areas[1].id != unmoved.areas[0].id
    index = matching.index_for(kb)
    query = matching._Query.read(index, text)
    reading = matching._read(index, query, 5)
    rows = matching._features(index, query, reading)
    probability = dict(
        zip((a.id for a in reading.ranked), rerank.probabilities(rerank.active(), rows), strict=True)
    )
    first, _, _, likely, _ = seen[-1]
    assert probability[unmoved.areas[0].id] != probability[first]
    assert first == moved.areas[0].id and likely == pytest.approx(probability[first])


def test_the_compiled_model_is_current():
    """The compiled weights are those the tuning descriptions give today, within DRIFT: the features read the
    knowledge base, so an edit to an area's keywords moves a weight in its third decimal, which needs no recompiling;
    a new feature, new descriptions or a changed reading do."""
    compiled = json.loads(rerank.COMPILED.read_text(encoding="utf-8"))
    fresh = json.loads(rerank.generate(DESCRIPTIONS))
    assert compiled["format"] == fresh["format"] and list(compiled["words"]) == list(fresh["words"])
    drift = {f: abs(compiled["words"][f]["weight"] - w["weight"]) for f, w in fresh["words"].items()}
    assert max(drift.values()) <= DRIFT, (
        f"the re-ranker's weights moved ({drift}): run `python -m ctguide.rerank`"
    )


def test_the_compiled_model_weighs_every_feature():
    assert set(rerank.active()) == set(rerank.FEATURES)


def test_training_never_describes_a_description_with_words_learned_from_its_own_or_the_held_out_fold(
    kb, monkeypatch
):
    """Nested cross-validation: the words a training description's features come from were learned without its
    fold and without the fold the model will be judged on."""
    items = learned.tuning_descriptions(DESCRIPTIONS)[:60]
    folds = [n % 3 for n in range(len(items))]
    taught: list[set[str]] = []
    train = learned.train

    def spy(teach, **kwargs):
        teach = list(teach)
        taught.append({i["id"] for i in teach})
        return train(teach, **kwargs)

    monkeypatch.setattr(learned, "train", spy)
    examples = rerank.examples(kb, items, folds, excluded=2)
    assert examples and len(taught) == 2
    for k, ids in zip((0, 1), taught, strict=True):
        assert ids == {i["id"] for i, f in zip(items, folds, strict=True) if f not in (k, 2)}


@pytest.mark.parametrize("content", [None, "{not json", json.dumps({"format": "other", "words": {}})])
def test_matching_keeps_the_ranker_s_order_without_the_compiled_file(kb, tmp_path, monkeypatch, content):
    path = tmp_path / "rerank.json"
    if content is not None:
        path.write_text(content)
    monkeypatch.setattr(rerank, "COMPILED", path)
    rerank.shipped.cache_clear()
    try:
        assert rerank.active() == {}
        text = "Awareness sessions in schools for students and teachers, also with the residents of a shelter"
        result = suggest(kb, text)
        assert result.areas[0].id == "education_schools"
        assert not any(why.startswith(matching.RERANK_REASON) for a in result.areas for why in a.why)
    finally:
        rerank.shipped.cache_clear()


def test_matching_never_reads_the_tuning_descriptions(kb, monkeypatch):
    def refuse(*_args):
        raise AssertionError("the runtime read tests/data")

    monkeypatch.setattr(rerank, "generate", refuse)
    monkeypatch.setattr(rerank, "examples", refuse)
    assert suggest(kb, "hotline for trafficked people").areas
