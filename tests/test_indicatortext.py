import pytest

from ctguide.indicatortext import adjective_position, bare_victim_count, is_plural_noun, read

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
    (
        "Active screening: percent of the SGBV reports that followed screening",
        ("percent", "SGBV reports", "followed screening", True),
    ),
    ("The proportion of children in care", ("proportion", "children in care", "", True)),
    ("The number or percent of clinics that refer", ("number", "clinics", "refer", True)),
    ("Care: a review of the files", ("", "Care: a review of the files", "", False)),
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


@pytest.mark.parametrize(
    ("statement", "bare"),
    [
        (
            "Number of victims of human trafficking per 100,000 population, by sex",
            "victims of human trafficking",
        ),
        ("Number of survivors in Chisinau in 2028", "survivors"),
        ("Number of victims assisted in 2028", None),
        ("Number of victims in shelters in 2028", None),
        ("Number of victims of trafficking who received legal aid", None),
        ("% of victims of trafficking in the district", None),
    ],
)
def test_a_bare_victim_count_says_nothing_about_what_happened_to_them(statement, bare):
    assert bare_victim_count(statement) == bare


def test_where_to_asks_a_question_and_opens_no_clause():
    assert (
        read("% of residents who know where to report trafficking").clause
        == "know where to report trafficking"
    )


def test_a_goal_verb_aiming_at_a_measure_is_read_past():
    assert read("Increase the number of victims served by the shelter") == read(
        "Number of victims served by the shelter"
    )
