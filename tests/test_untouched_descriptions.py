"""Validity of the real description sets kept apart from real.yaml: round1.yaml to round6.yaml
(the untouched sets of sessions 18 to 21, measured once and tuned on since) and untouched.yaml (the fresh untouched set).

These checks read the labels and sources only; failures name item ids, never texts, and nothing here
runs the matcher on the sets (untouched.yaml is measured once, at the end, with match_accuracy.py --untouched).
"""

import re

import pytest

from ctguide.yamlio import load_yaml
from tests.conftest import DATA

PILLARS = {"prevention", "protection", "prosecution", "partnership"}
LANGUAGES = {"en", "es", "fr", "pt"}
TAXONOMY = load_yaml((DATA / "taxonomy.yaml").read_text(encoding="utf-8"))["areas"]


def _descriptions(name: str) -> list[dict]:
    return load_yaml((DATA / "descriptions" / name).read_text(encoding="utf-8"))["descriptions"]


def _normalised(text: str) -> str:
    return " ".join(text.lower().split())


def _address(url: str) -> str:
    return re.sub(r"^https?://(www\.)?", "", url).split("?")[0].rstrip("/.").lower()


SETS = (
    "round1.yaml",
    "round2.yaml",
    "round3.yaml",
    "round4.yaml",
    "round5.yaml",
    "round6.yaml",
    "untouched.yaml",
)


@pytest.fixture(params=SETS)
def name(request) -> str:  # noqa: ANN001
    if not (DATA / "descriptions" / request.param).exists():
        pytest.skip(f"{request.param} is being collected")
    return request.param


@pytest.fixture
def items(name) -> list[dict]:  # noqa: ANN001
    return _descriptions(name)


def _others(name: str) -> list[dict]:
    kept_apart = [other for other in SETS if other != name and (DATA / "descriptions" / other).exists()]
    return [item for file in ("real.yaml", "written.yaml", *kept_apart) for item in _descriptions(file)]


def _failing(items, check) -> list[str]:  # noqa: ANN001 - a predicate over one item
    return [item.get("id", "?") for item in items if not check(item)]


def test_the_set_is_large_enough_in_every_language(items):
    per_language = {lang: sum(i["lang"] == lang for i in items) for lang in LANGUAGES}
    assert len(items) >= 120
    assert all(per_language[lang] >= 25 for lang in ("es", "fr", "pt")), per_language


def test_ids_are_unique_and_well_formed(items, name):
    ids = [i["id"] for i in items]
    assert len(set(ids)) == len(ids)
    assert _failing(items, lambda i: re.fullmatch(r"u\d{3,4}", i["id"])) == []
    assert not set(ids) & {i.get("id") for i in _others(name)}


@pytest.mark.parametrize(
    ("rule", "check"),
    [
        ("area is a canonical id", lambda i: i["area"] in TAXONOMY),
        ("also ids are canonical", lambda i: all(a in TAXONOMY for a in i.get("also", []))),
        ("also does not repeat the area", lambda i: i["area"] not in i.get("also", [])),
        ("pillar is a pillar", lambda i: i["pillar"] in PILLARS),
        (
            "pillar is one the area allows",
            lambda i: (
                i["area"] in TAXONOMY
                and i["pillar"] in {TAXONOMY[i["area"]]["home"], *TAXONOMY[i["area"]].get("also", [])}
            ),
        ),
        ("language is en/es/fr/pt", lambda i: i["lang"] in LANGUAGES),
        ("source is a web address", lambda i: str(i.get("source", "")).startswith(("http://", "https://"))),
        ("group is given", lambda i: bool(str(i.get("group", "")).strip())),
        ("text is one to a few sentences", lambda i: 20 <= len(i["text"]) <= 1200),
        ("no split: the whole set is held out", lambda i: "split" not in i),
    ],
)
def test_every_item_follows_the_rule(items, rule, check):
    assert _failing(items, check) == [], rule


def test_no_text_repeats_within_the_set_or_comes_from_the_other_sets(items, name):
    others = {_normalised(i["text"]) for i in _others(name)}
    seen: set[str] = set()
    repeated = []
    for item in items:
        text = _normalised(item["text"])
        if text in others or text in seen:
            repeated.append(item["id"])
        seen.add(text)
    assert repeated == []


def test_no_source_or_group_is_shared_with_the_other_real_sets(items, name):
    kept_apart = [i for i in _others(name) if "lang" in i and "source" in i]
    real = {_address(i[key]) for i in kept_apart for key in ("source", "group") if key in i}
    assert (
        _failing(items, lambda i: _address(i["source"]) not in real and _address(i["group"]) not in real)
        == []
    )
