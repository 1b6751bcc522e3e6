"""The knowledge files compiled into the package: in step with knowledge/, used only where they still hold."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from ctguide import fit, kbcache, kbseed, knowledge, textnorm, yamlio
from ctguide.knowledge import KnowledgeError, load_knowledge
from ctguide.paths import builtin_knowledge_dir
from ctguide.records import to_data


@pytest.fixture
def copy(tmp_path) -> Path:
    """The built-in knowledge as a folder of its own, to change (loaded alone: layer=False)."""
    folder = tmp_path / "knowledge"
    shutil.copytree(builtin_knowledge_dir(), folder)
    return folder


@pytest.fixture
def parsed(monkeypatch) -> list[str]:
    """The files parsed from YAML (as opposed to taken from the compiled entries)."""
    calls = []
    load_yaml = yamlio.load_yaml

    def counted(text, *, source="<text>"):
        calls.append(Path(source).name)
        return load_yaml(text, source=source)

    monkeypatch.setattr(yamlio, "load_yaml", counted)
    return calls


def test_the_shipped_file_is_in_step_with_the_knowledge():
    assert kbseed.SEED.read_text(encoding="utf-8") == kbseed.generate(), (
        "the knowledge changed since ctguide/compiled/knowledge.json was made: run `python -m ctguide.kbseed`"
    )


def test_loading_with_the_entries_parses_nothing_and_gives_the_same_knowledge(parsed):
    known = kbseed.known()
    assert len(known) == len(list((builtin_knowledge_dir() / "areas").glob("*.yaml"))) + 1 + len(
        list((builtin_knowledge_dir() / "catalogues").glob("*.yaml"))
    )
    kb = load_knowledge(known=known)
    assert parsed == []
    assert kb == load_knowledge()
    assert kb.fingerprint == load_knowledge().fingerprint


def test_a_changed_file_is_parsed_again_and_only_it(copy, parsed):
    shelter = copy / "areas" / "shelter.yaml"
    shelter.write_text(
        shelter.read_text(encoding="utf-8").replace("name: ", "name: Renamed ", 1), encoding="utf-8"
    )
    kb = load_knowledge(copy, layer=False, known=kbseed.known())
    assert parsed == ["shelter.yaml"]
    assert kb.area_by_id["shelter"].name.startswith("Renamed ")
    assert kb == load_knowledge(copy, layer=False)


def test_a_changed_file_with_a_mistake_is_reported_as_from_source(copy):
    shelter = copy / "areas" / "shelter.yaml"
    shelter.write_text(
        shelter.read_text(encoding="utf-8").replace("name: ", "name: [unclosed ", 1), encoding="utf-8"
    )
    with pytest.raises(KnowledgeError) as seeded:
        load_knowledge(copy, layer=False, known=kbseed.known())
    with pytest.raises(KnowledgeError) as source:
        load_knowledge(copy, layer=False)
    assert [str(p) for p in seeded.value.problems] == [str(p) for p in source.value.problems]
    assert "shelter.yaml" in str(seeded.value.problems[0])


def test_cross_references_are_checked_even_for_compiled_files(copy, parsed):
    """An entry spares parsing, never the checks across files: a catalogue code removed elsewhere is
    still missed by the unchanged area files that use it."""
    catalogue = copy / "catalogues" / "means_of_verification.yaml"
    text = catalogue.read_text(encoding="utf-8")
    catalogue.write_text(text.replace("- code: MON\n", "- code: MONR\n", 1), encoding="utf-8")
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(copy, layer=False, known=kbseed.known())
    assert parsed == ["means_of_verification.yaml"]
    assert [p.problem.message for p in caught.value.problems] == [
        "unknown means-of-verification code 'MON'; define it in the means-of-verification code catalogue or use an existing one"
    ]


def test_knowledge_exactly_as_compiled_is_not_checked_again(monkeypatch):
    expected = load_knowledge()
    monkeypatch.setattr(knowledge, "_check_references", lambda *a: pytest.fail("checked again"))
    assert load_knowledge(known=kbseed.known()) == expected


@pytest.mark.parametrize(
    "change",
    [
        lambda copy: (copy / "catalogues" / "resources.yaml").unlink(),  # a file fewer: sources unknown
        lambda copy: (copy / "areas" / "extra.yaml").write_text("extends: shelter\nsources: [NOPE]\n"),
    ],
    ids=["file removed", "file added"],
)
def test_knowledge_other_than_compiled_is_checked(copy, change):
    change(copy)
    with pytest.raises(KnowledgeError) as seeded:
        load_knowledge(copy, layer=False, known=kbseed.known())
    with pytest.raises(KnowledgeError) as source:
        load_knowledge(copy, layer=False)
    assert [str(p) for p in seeded.value.problems] == [str(p) for p in source.value.problems]


def test_an_overlay_file_with_the_content_of_a_builtin_one_uses_its_entry(tmp_path, parsed):
    overlay = tmp_path / "org" / "areas"
    overlay.mkdir(parents=True)
    shutil.copy(builtin_knowledge_dir() / "areas" / "shelter.yaml", overlay)
    expected = load_knowledge()
    parsed.clear()
    assert load_knowledge(overlay.parent, known=kbseed.known()) == expected
    assert parsed == []


@pytest.mark.parametrize(
    "damage",
    [
        lambda text: text[: len(text) // 2],
        lambda text: "",
        lambda text: "[1, 2]",
        lambda text: text.replace('"ctguide-kb-seed 1"', '"ctguide-kb-seed 0"', 1),
        lambda text: text.replace('"files": {', '"files": {"areas/x.yaml": 3,', 1),
    ],
    ids=["truncated", "empty", "not an object", "other format", "bad entry"],
)
def test_a_damaged_file_is_not_used(tmp_path, monkeypatch, damage):
    damaged = tmp_path / "knowledge.json"
    damaged.write_text(damage(kbseed.SEED.read_text(encoding="utf-8")), encoding="utf-8")
    monkeypatch.setattr(kbseed, "SEED", damaged)
    assert kbseed.known() == {}


def test_entries_made_for_another_schema_or_loader_are_not_used(monkeypatch):
    assert kbseed.known()
    monkeypatch.setattr(kbseed, "made_for", lambda: "another schema")
    assert kbseed.known() == {}


def test_a_missing_file_means_parsing_everything(tmp_path, monkeypatch, parsed):
    monkeypatch.setattr(kbseed, "SEED", tmp_path / "absent.json")
    assert load_knowledge(known=kbseed.known()) == load_knowledge(known=None)
    assert len(parsed) > 30


def test_only_knowledge_that_loads_is_compiled(copy):
    (copy / "areas" / "shelter.yaml").write_text("id: shelter\n", encoding="utf-8")
    with pytest.raises(KnowledgeError):
        kbseed.generate(copy)


def test_kb_check_reads_every_file_from_source(cli, parsed):
    assert cli("kb", "check").code == 0
    assert len(parsed) == len(kbseed.known())


# --- the fit rule's word families ------------------------------------------------------------


def _state(ref: fit.FitReference) -> dict:
    """Everything a reference holds; the dictionaries it iterates in their order (a tie goes to the first),
    the others (look-ups by word family, in set order, which differs between processes anyway) as mappings."""
    return {
        name: value if name in ("weight", "postings", "result_postings") or not isinstance(value, dict)
        else list(value.items())
        for name, value in vars(ref).items()
    }  # fmt: skip


def test_the_shipped_fit_vocabularies_are_in_step():
    assert kbseed.FIT.read_text(encoding="utf-8") == kbseed.generate_fit(), (
        "the knowledge, ctguide/fit.py or ctguide/textnorm.py changed since ctguide/compiled/fit.json "
        "was made: run `python -m ctguide.kbseed`"
    )


def test_a_reference_from_the_compiled_vocabularies_is_the_one_read_from_the_knowledge():
    kb = load_knowledge()
    compiled = kbseed.fit_vocabularies(kb)
    assert compiled == fit.read_vocabularies(kb)
    assert _state(fit.FitReference(kb, compiled)) == _state(fit.FitReference(kb))
    vocabularies, statements = kbseed.compiled_fit(kb)
    assert (vocabularies, statements) == (compiled, fit.read_statements(kb))
    assert _state(fit.FitReference(kb, vocabularies, statements)) == _state(fit.FitReference(kb))


def test_compiled_vocabularies_are_not_used_for_other_texts(tmp_path):
    overlay = tmp_path / "org" / "areas"
    overlay.mkdir(parents=True)
    (overlay / "more.yaml").write_text(
        "extends: shelter\nkeywords: [safe house for fishermen]\n", encoding="utf-8"
    )
    assert kbseed.fit_vocabularies(load_knowledge(overlay.parent)) is None


def test_compiled_vocabularies_are_not_used_after_a_change_to_the_code_that_reads_them(tmp_path, monkeypatch):
    kb = load_knowledge()
    changed = tmp_path / "textnorm.py"
    changed.write_text(
        Path(textnorm.__file__).read_text(encoding="utf-8") + "\n# changed\n", encoding="utf-8"
    )
    monkeypatch.setattr(textnorm, "__file__", str(changed))
    assert kbseed.fit_vocabularies(kb) is None


@pytest.mark.parametrize(
    "damage", [lambda t: t[: len(t) // 2], lambda t: "{}", lambda t: t.replace("[", "{", 3)]
)
def test_damaged_fit_vocabularies_are_not_used(tmp_path, monkeypatch, damage):
    damaged = tmp_path / "fit.json"
    damaged.write_text(damage(kbseed.FIT.read_text(encoding="utf-8")), encoding="utf-8")
    monkeypatch.setattr(kbseed, "FIT", damaged)
    assert kbseed.fit_vocabularies(load_knowledge()) is None


def test_a_first_review_takes_the_compiled_vocabularies(tmp_path, monkeypatch):
    expected = _state(fit.FitReference(load_knowledge()))
    monkeypatch.setenv("CTGUIDE_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(fit, "read_vocabularies", lambda kb: pytest.fail("read from the knowledge again"))
    monkeypatch.setattr(fit, "read_statements", lambda kb: pytest.fail("read from the knowledge again"))
    kb = kbcache.load_compiled(derived=("fit",))
    assert _state(fit.reference(kb)) == expected


def test_compiled_statements_are_not_used_when_an_indicator_changes(tmp_path):
    overlay = tmp_path / "org" / "areas"
    overlay.mkdir(parents=True)
    first = load_knowledge().area_by_id["shelter"].indicators[0]
    changed = {k: v for k, v in to_data(first).items() if k != "area"} | {
        "statement": "Number of boats inspected"
    }
    changed.pop("placeholders", None)
    (overlay / "more.yaml").write_text(
        yamlio.dump_yaml({"extends": "shelter", "indicators": [changed]}), encoding="utf-8"
    )
    kb = load_knowledge(overlay.parent)
    assert kbseed.compiled_fit(kb) is None
    ref = fit.FitReference(kb)
    words = frozenset(k for k in fit.families("Number of boats inspected") if ref.weight.get(k, 0) > 0)
    assert words and dict(ref._indicator_families)[kb.indicator_by_id[first.id]] == words
