"""Word lists find exactly what the case-insensitive alternation they replace found."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ctguide import smart
from ctguide.knowledge import load_knowledge
from ctguide.wordlist import WordList

VOCABULARIES = {name: value for name, value in vars(smart).items() if isinstance(value, WordList)}
SEPARATORS = [" ", "  ", "\t", "\n ", ", ", "-", "_", ".", "'", "/", "(", ") ", "", "2"]
ODD_LETTERS = ["\u0130", "\u0131", "\u017f", "\u212a", "é", "ñ", "ß", "ﬁ", "K", "S"]
# Letters beyond ASCII that re.IGNORECASE matches with an ASCII one (dotted and dotless i, long s, Kelvin).
LOOK_ALIKES = [str.maketrans("i", "\u0130"), str.maketrans("i", "\u0131"), str.maketrans("s", "\u017f"),
               str.maketrans("k", "\u212a"), str.maketrans("e", "é")]  # fmt: skip


def spans(matches) -> list[tuple[int, int, str, str]]:
    return [(m.start(), m.end(), m.group(0), m.group(1)) for m in matches]


def test_the_review_has_word_lists_to_check():
    assert {"UNIT_OF_ANALYSIS", "VAGUE", "OUTPUT_VERBS", "PEOPLE"} <= set(VOCABULARIES)


@pytest.fixture(scope="module")
def statements() -> list[str]:
    return [i.statement for i in load_knowledge().indicators]


@pytest.mark.parametrize("name", sorted(VOCABULARIES))
def test_every_knowledge_statement_matches_as_before(name, statements):
    words, reference = VOCABULARIES[name], VOCABULARIES[name].as_regex()
    for statement in statements:
        for text in (
            statement,
            statement.upper(),
            " ".join(statement.split()[::-1]),
        ):
            assert spans(words.finditer(text)) == spans(reference.finditer(text)), text


@st.composite
def texts(draw, source: str) -> str:
    phrases = source.split(",")
    pieces = draw(st.lists(st.one_of(
        st.sampled_from(phrases),
        st.sampled_from(phrases).map(str.upper),
        st.sampled_from(phrases).map(lambda p: p.replace(" ", draw(st.sampled_from(["  ", "\t", "\n", "-", ""])))),
        st.sampled_from(phrases).map(lambda p: p[: max(1, len(p) - 1)]),
        st.sampled_from(ODD_LETTERS),
        st.tuples(st.sampled_from(phrases), st.sampled_from(LOOK_ALIKES)).map(lambda p: p[0].translate(p[1])),
        st.sampled_from(["of", "the", "and", "in 2028", "who", "trained"]),
    ), max_size=12))  # fmt: skip
    return "".join(piece + draw(st.sampled_from(SEPARATORS)) for piece in pieces)


@pytest.mark.parametrize("name", sorted(VOCABULARIES))
@settings(max_examples=40, deadline=None)
@given(data=st.data())
def test_generated_texts_match_as_before(name, data):
    words = VOCABULARIES[name]
    text = data.draw(texts(words.source))
    reference = words.as_regex()
    assert spans(words.finditer(text)) == spans(reference.finditer(text))
    piece = data.draw(texts(words.source).map(str.strip))
    whole, expected_whole = words.fullmatch(piece), reference.fullmatch(piece)
    assert (whole and whole.group(0)) == (expected_whole and expected_whole.group(0)), piece
    for phrase in words.source.split(","):
        assert words.fullmatch(phrase.upper()) and not words.fullmatch(phrase + "x")
    found, expected = words.search(text), reference.search(text)
    assert (found and found.group(0), found and found.start()) == (
        expected and expected.group(0),
        expected and expected.start(),
    )


@pytest.mark.parametrize("words", ["Victims", "young  people", " victims", "victims,", "victim?"])
def test_a_word_list_refuses_what_it_cannot_match_like_the_alternation(words):
    with pytest.raises(ValueError, match="lower-case words"):
        WordList(words)


def test_every_measure_lead_of_the_vocabulary_is_one_the_reader_returns():
    from ctguide.indicatortext import read
    from ctguide.wordlist import COUNT_LEADS, LEADS_ES_FR, SHARE_LEADS

    for lead in COUNT_LEADS + SHARE_LEADS:
        assert read(f"{lead} of victims assisted in 2028").lead == lead
    for lead in LEADS_ES_FR:
        assert read(f"{lead} de victimas asistidas en 2028").lead == lead
