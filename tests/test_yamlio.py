import gc

import pytest

from ctguide.yamlio import LineFinder, YamlProblem, dump_yaml, load_yaml


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("d: 2027-01-01", {"d": "2027-01-01"}),
        ("a: no\nb: NO\nc: off", {"a": "no", "b": "NO", "c": "off"}),
        ("a: true\nb: false", {"a": True, "b": False}),
        ("n: 3\nf: 2.5", {"n": 3, "f": 2.5}),
        ("s: ~", {"s": None}),
    ],
)
def test_loader_keeps_dates_and_yaml11_words_as_text(text, expected):
    assert load_yaml(text) == expected


@pytest.mark.parametrize(
    ("text", "line", "fragment"),
    [
        ("a: !!python/object/apply:os.system [ls]", 1, "not allowed"),
        ("a:\n\tb: 1", 2, "spaces, not tabs"),
        ("a: [1,\nb: 2", 3, "not valid YAML"),
        ("a: 1\n- b", 2, "not valid YAML"),
    ],
)
def test_bad_yaml_is_a_problem_with_a_line(text, line, fragment):
    with pytest.raises(YamlProblem) as caught:
        load_yaml(text, source="f.yaml")
    assert caught.value.line == line
    assert fragment in caught.value.message
    assert str(caught.value).startswith(f"f.yaml:{line}: ")


def test_dump_then_load_round_trips_awkward_strings():
    data = {"yes": "yes", "date": "2027-01-01", "multi": "line 1\nline 2", "accent": "víctimas", "n": 3}
    assert load_yaml(dump_yaml(data)) == data


def test_line_finder_points_at_nodes_and_falls_back_to_the_parent():
    finder = LineFinder("a:\n  b:\n    - x\n    - y: 1\n")
    assert finder.line(("a", "b", 1, "y")) == 4
    assert finder.line(("a", "b", 0)) == 3
    assert finder.line(("a", "missing")) == 2
    assert LineFinder("a: [").line(("a",)) is None


@pytest.mark.parametrize(
    ("text", "fragment"),
    [("a: &a [*a]", "refers to itself"), ("? [1]\n: x", "plain value")],
)
def test_recursive_aliases_and_complex_keys_are_refused(text, fragment):
    with pytest.raises(YamlProblem, match=fragment):
        load_yaml(text)


def test_aliases_are_shared_not_copied():
    text = "a: &a [1, 2]\nb: &b [*a, *a, *a, *a]\nc: &c [*b, *b, *b, *b]\nd: [*c, *c, *c, *c]"
    data = load_yaml(text)
    assert data["d"][0][0][0] is data["a"]


def test_a_loaded_document_leaves_nothing_behind_once_dropped():
    text = dump_yaml({"values": list(range(2000)), "flags": [True, None] * 500})  # numbers, booleans, nulls
    load_yaml(text)
    gc.collect()
    before = len(gc.get_objects())
    for _ in range(3):
        load_yaml(text)
    gc.collect()
    assert len(gc.get_objects()) - before < 100  # a constructor shared by every load kept ~3 objects a number


def test_loading_and_dumping_leave_garbage_collection_as_they_found_it():
    assert gc.isenabled()
    assert load_yaml(dump_yaml({"a": [1, 2]})) == {"a": [1, 2]} and gc.isenabled()
    gc.disable()
    try:
        load_yaml("a: 1")
        dump_yaml({"a": 1})
        assert not gc.isenabled()
    finally:
        gc.enable()
