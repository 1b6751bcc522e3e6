"""Validity of the untouched description set (tests/data/descriptions/untouched.yaml).

These checks read the labels and sources only; failures name item ids, never texts, and nothing here
runs the matcher on the set (it is measured once, at the end, with match_accuracy.py --untouched).
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


UNTOUCHED = _descriptions("untouched.yaml")
OTHERS = _descriptions("real.yaml") + _descriptions("written.yaml")


def _failing(check) -> list[str]:  # noqa: ANN001 - a predicate over one item
    return [item.get("id", "?") for item in UNTOUCHED if not check(item)]


def test_the_set_is_large_enough_in_every_language():
    per_language = {lang: sum(i["lang"] == lang for i in UNTOUCHED) for lang in LANGUAGES}
    assert len(UNTOUCHED) >= 120
    assert all(per_language[lang] >= 25 for lang in ("es", "fr", "pt")), per_language


def test_ids_are_unique_and_well_formed():
    ids = [i["id"] for i in UNTOUCHED]
    assert len(set(ids)) == len(ids)
    assert _failing(lambda i: re.fullmatch(r"u\d{3}", i["id"])) == []


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
def test_every_item_follows_the_rule(rule, check):
    assert _failing(check) == [], rule


def test_no_text_repeats_within_the_set_or_comes_from_the_other_sets():
    others = {_normalised(i["text"]) for i in OTHERS}
    seen: set[str] = set()
    repeated = []
    for item in UNTOUCHED:
        text = _normalised(item["text"])
        if text in others or text in seen:
            repeated.append(item["id"])
        seen.add(text)
    assert repeated == []


def test_no_source_or_group_is_shared_with_the_real_set():
    real = {_address(i[key]) for i in _descriptions("real.yaml") for key in ("source", "group")}
    assert _failing(lambda i: _address(i["source"]) not in real and _address(i["group"]) not in real) == []
