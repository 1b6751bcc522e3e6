import pytest

from ctguide.lexicon import TRANSLATIONS, VERBS, translations
from ctguide.textnorm import fold, stem


@pytest.mark.parametrize(
    ("words", "english"),
    [(["capacitación", "formation", "capacitação", "capacitaciones"], "training"),
     (["policía", "policiers", "polícia"], "police"),
     (["reinserción", "réinsertion", "reinserção"], "reintegration"),
     (["fiscales", "procureurs", "promotores"], "prosecutors"),
     (["talleres", "ateliers"], "workshops"),
     (["jóvenes", "jeunes", "jovens"], "young"),
     (["patrulla", "patrouilles", "patrulhamento"], "patrol"),
     (["detenidos", "interpellations", "prisão"], "arrest"),
     (["observatorio", "observatoire"], "observatory"),
     (["repérage", "sinalização"], "identification"),
     (["teléfono", "telefone"], "telephone"),
     (["capacitações", "formações", "capacitación"], "training"),
     (["identificações", "identificaciones"], "identification"),
     (["proveedores", "fournisseurs", "fornecedores"], "suppliers"),
     (["cadena", "chaîne", "cadeia"], "chain"),
     (["viajes", "voyager", "viagens"], "travel"),
     (["pasajeros", "passagers", "passageiros"], "passengers"),
     (["fábrica", "usines"], "factory"),
     (["comportamiento", "comportement", "comportamento"], "behaviour"),
     (["alfabetización", "alphabétisation", "alfabetização"], "literacy"),
     (["estafas", "arnaques"], "scams")],
)  # fmt: skip
def test_words_of_other_languages_read_as_the_family_of_their_english_translation(words, english):
    assert {translations()[fold(w)] for w in words} == {stem(english)}


@pytest.mark.parametrize("word", ["policies", "information", "former", "red", "social", "integrated", "call",
                                  "orientation", "documents", "evaluation", "gel", "mesa", "accueil", "unite", "club",
                                  "voyage"])  # fmt: skip
def test_english_words_are_not_translated(word):
    assert word not in translations()


def test_every_line_names_an_english_word_and_folded_single_words():
    for line in TRANSLATIONS.strip().splitlines():
        english, colon, forms = line.partition(":")
        assert colon and english.strip().isalpha() and forms.split(), line
        assert all(fold(f) == f and f.isalpha() for f in forms.split()), line


def test_no_word_is_claimed_by_two_english_words():
    claimed: dict[str, str] = {}
    for line in TRANSLATIONS.strip().splitlines():
        english, _, forms = line.partition(":")
        for form in forms.split():
            assert claimed.setdefault(form, english) == english, form


@pytest.mark.parametrize(
    ("words", "english"),
    [(["sinalizou", "sinalizaram", "identificó", "identifiées", "identificando"], "identification"),
     (["capacitará", "capacitaron", "capacitou", "capacitando"], "training"),
     (["sensibilisés", "conscientizar", "sensibilizando"], "awareness"),
     (["resgatou", "rescataron"], "rescue"),
     (["atendidos", "atendeu"], "assistance"),
     (["encaminhadas", "derivados"], "referral")],
)  # fmt: skip
def test_conjugated_verbs_read_as_the_family_of_their_infinitive(words, english):
    assert {translations()[fold(w)] for w in words} == {stem(english)}


@pytest.mark.parametrize("word", ["formes", "formas", "forma", "prevenu", "prevenus", "regional", "formal"])
def test_words_that_only_look_like_a_listed_verb_are_not_translated(word):
    """'différentes formes d'exploitation' is not training, 'le prévenu' (the accused) is not prevention."""
    assert word not in translations()


def test_every_verb_is_a_form_of_the_table():
    forms = {f for line in TRANSLATIONS.strip().splitlines() for f in line.partition(":")[2].split()}
    assert set(VERBS.split()) <= forms
    assert all(v.endswith(("ar", "er", "ir")) for v in VERBS.split())
