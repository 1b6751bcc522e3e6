"""Real words of the four languages are never read as typing slips; real slips still are."""

import pytest

from ctguide import matching, realwords
from ctguide.knowledge import load_knowledge
from ctguide.matching import suggest


@pytest.fixture(scope="module")
def kb():
    return load_knowledge()


@pytest.fixture(scope="module")
def dictionary():
    return realwords.dictionaries()


@pytest.mark.parametrize(
    "text",
    ["Capacitamos a fiscales y jueces", "les membres de la communauté", "the likelihood of exploitation",
     "factores de riesgo", "sospechas de trata", "entités publiques", "rede hoteleira", "código de conduta",
     "children in rural counties", "los jueces capacitados"],
)  # fmt: skip
def test_a_real_word_of_any_language_is_never_corrected(kb, text):
    assert suggest(kb, text).readings == ()


@pytest.mark.parametrize(
    ("text", "reading"),
    [("trainng of judges", "'trainng' read as 'training'"), ("shelter for vicitms", "'vicitms' read as 'victims'"),
     ("trafiking survivors", "'trafiking' read as 'trafficking'"), ("child marrige", "'marrige' read as 'marriage'")],
)  # fmt: skip
def test_a_typing_slip_is_still_read(kb, text, reading):
    assert reading in suggest(kb, text).readings


@pytest.mark.parametrize(
    ("language", "word", "real"),
    [("es", "capacitamos", True), ("es", "capacitados", True), ("es", "factores", True), ("pt", "hoteleira", True),
     ("fr", "membres", True), ("fr", "entites", True), ("en", "likelihood", True),
     ("en", "trainng", False), ("en", "vicitms", False), ("es", "trasnacional", False), ("en", "trafiking", False)],
)  # fmt: skip
def test_real_words_and_their_regular_forms(dictionary, language, word, real):
    assert realwords.is_real(word, dictionary) is real


def test_every_stored_word_is_real_and_would_be_corrected_without_the_store(kb, dictionary):
    index = matching.build_index(kb)
    stored = sorted(realwords.protected())
    assert len(stored) > 1000
    assert [w for w in stored if not realwords.is_real(w, dictionary)] == []
    assert [w for w in stored if not matching._slip_of(index, w)] == [], (
        "the knowledge changed since ctguide/compiled/realwords.txt was made: run `python -m ctguide.realwords`"
    )


@pytest.mark.slow
def test_the_shipped_real_words_are_in_step_with_the_knowledge(dictionary):
    assert realwords.STORE.read_text(encoding="utf-8") == realwords.generate(dictionary), (
        "the knowledge changed since ctguide/compiled/realwords.txt was made: run `python -m ctguide.realwords`"
    )


def test_without_the_store_words_are_read_as_before(kb, monkeypatch, tmp_path):
    monkeypatch.setattr(realwords, "STORE", tmp_path / "missing.txt")
    realwords.protected.cache_clear()
    try:
        index = matching.build_index(kb)
        assert realwords.protected() == frozenset()
        assert matching._correct(index, "capacitamos") == "capacitados"
    finally:
        realwords.protected.cache_clear()
