"""A starter plan is built from the areas a description names, not from those it only hints at."""

import pytest

from ctguide.knowledge import load_knowledge
from ctguide.matching import AreaMatch, Suggestions, suggest
from ctguide.starterareas import left_out_lines, named_in_text, starter_areas

KB = load_knowledge()


def _area(area_id: str, *why: str) -> AreaMatch:
    return AreaMatch(area_id, "protection", area_id.replace("_", " ").capitalize(), 80.0, why)


REASONS = [
    (("'job training' matched keyword 'job training'",), True),
    (("'Apoio psicossocial e jurídico' close to synonym 'apoio jurídico'",), True),
    (("'exploração laboral' matched keyword 'labour exploitation'",
      "weighs less: the text serves protection, where this area is not offered"), True),
    (("related words: exploração, jurídico, laboral",), False),
    (("related words: jeunes, vers, risques", "words real projects in this area use: filles, risques, jeunes"), False),
    (("words real projects in this area use: Shelter",), False),
    (("'the Ministry of Labour' matched name 'labour' (names who organises, funds or partners: weighs less)",), False),
    ((), False),
]  # fmt: skip


@pytest.mark.parametrize(("why", "named"), REASONS)
def test_an_area_is_named_only_by_a_keyword_synonym_or_name_the_text_holds(why, named):
    assert named_in_text(_area("x", *why)) is named


def test_the_first_area_is_always_kept_and_the_tail_cut_on_what_the_text_names():
    areas = (
        _area("first", "related words: a, b"),
        _area("named", "'x' matched keyword 'x'"),
        _area("hinted", "related words: c"),
    )
    cut = starter_areas(Suggestions("q", areas, ()))
    assert [a.id for a in cut.kept] == ["first", "named"] and [a.id for a in cut.left_out] == ["hinted"]
    assert starter_areas(Suggestions("q", (), ())).kept == ()


DESCRIPTIONS = [
    # text, areas that must be kept, areas that must be left out
    ("Apoio psicossocial e jurídico a vítimas de tráfico de pessoas para exploração laboral no Brasil, no Pará",
     {"psychosocial_support", "legal_assistance"}, {"child_protection"}),
    ("Sensibilisation des jeunes filles et des parents au Bénin sur les risques de la traite des enfants vers le "
     "Nigeria et le Gabon", {"awareness_raising", "child_protection"}, {"economic_empowerment"}),
    ("Shelter for women survivors of trafficking in Chisinau, Moldova, with counselling and job training",
     {"shelter", "economic_empowerment", "psychosocial_support"}, set()),
    ("we run a shelter for women survivors and help them find a job", {"shelter", "economic_empowerment"}, set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kept", "left_out"), DESCRIPTIONS)
def test_real_descriptions_keep_what_they_name(text, kept, left_out):
    result = suggest(KB, text)
    cut = starter_areas(result)
    assert cut.kept[0] == result.areas[0]
    assert kept <= {a.id for a in cut.kept}
    assert left_out <= {a.id for a in cut.left_out}
    assert {a.id for a in cut.kept} | {a.id for a in cut.left_out} == {a.id for a in result.areas}
    lines = left_out_lines(cut.left_out)
    assert bool(lines) is bool(cut.left_out) and all(len(line) <= 80 for line in lines)
    for area in cut.left_out:
        assert f"({area.id})" in "\n".join(lines)
