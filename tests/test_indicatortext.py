import pytest

from ctguide.indicatortext import adjective_position, is_plural_noun, read

READINGS = [
    (
        "% of trained inspectors in Chisinau who applied the checklist",
        ("%", "trained inspectors in Chisinau", "applied the checklist", True),
    ),
    (
        "Number of first responders trained on victim identification",
        ("number", "first responders trained on victim identification", "", True),
    ),
    ("% increase in reporting by 2029", ("%", "increase in reporting by 2029", "", False)),
    (
        "Median number of days from referral to first service",
        ("median number", "days from referral to first service", "", True),
    ),
    ("Stage reached by the national SOP", ("", "Stage reached by the national SOP", "", False)),
    ("No. of child protection committees", ("no.", "child protection committees", "", True)),
    ("Cumulative number of victims", ("cumulative number", "victims", "", True)),
    ("No child drops out", ("", "No child drops out", "", False)),
    ("Número de fiscales capacitados", ("número", "fiscales capacitados", "", True)),
    (
        "% de inspectores capacitados que aplican la lista",
        ("%", "inspectores capacitados", "aplican la lista", True),
    ),
]


@pytest.mark.parametrize(("statement", "parts"), READINGS)
def test_a_statement_reads_as_lead_head_and_clause(statement, parts):
    reading = read(statement)
    assert (reading.lead, reading.head, reading.clause, reading.has_of) == parts


@pytest.mark.parametrize(
    "word",
    [
        "inspectors",
        "IDPs",
        "factories",
        "indictments",
        "raids",
        "staff",
        "people",
        "returnees",
        "those",
        "caseload",
    ],
)
def test_plural_nouns(word):
    assert is_plural_noun(word)


@pytest.mark.parametrize("word", ["knowledge", "process", "status", "awareness", "is", "analysis", "trained"])
def test_not_plural_nouns(word):
    assert not is_plural_noun(word)


def test_adjective_position():
    text = "% of trained inspectors and officers trained on the tool"
    assert adjective_position(text, text.index("trained"))
    assert not adjective_position(text, text.rindex("trained"))
