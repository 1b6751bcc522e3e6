import pytest

from ctguide import indicatortext
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
        ("Number of Trafficking Victims", "Trafficking Victims"),
        ("Number of trafficking victims registered in 2028", "trafficking victims"),
        ("Número de víctimas de trata en 2028", "víctimas de trata"),
        ("Víctimas de trata de personas registradas en el fuero común", "Víctimas de trata de personas"),
        (
            "Nombre de victimes de la traite des êtres humains en 2028",
            "victimes de la traite des êtres humains",
        ),
        ("Número de vítimas de tráfico de pessoas em 2028", "vítimas de tráfico de pessoas"),
        ("Víctimas de trata atendidas en 2028", None),
        ("Número de vítimas acolhidas em 2028", None),
        ("Nombre de victimes orientées en 2028", None),
        ("Number of services for victims in 2028", None),
        ("Number of assisted victims in 2028", None),
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


@pytest.mark.parametrize(
    ("statement", "words", "kind"),
    [
        ("Establish a national referral mechanism by 2028", "Establish", "delivery"),
        ("Strengthening the capacity of labour inspectors", "Strengthening", "delivery"),
        ("Establishment of a new National Referral Mechanism", "Establishment of", "delivery"),
        ("Continuous monitoring of workplaces across supply chains", "Continuous monitoring of", "delivery"),
        ("La création d'un observatoire national", "création d", "delivery"),
        ("La mise en place d'un mécanisme national d'identification", "mise en place", "delivery"),
        ("Fortalecer serviços e programas socioassistenciais para vítimas", "Fortalecer", "delivery"),
        ("Capacitar agentes consulares para identificação de vítimas", "Capacitar", "delivery"),
        ("Improve the quality of GBV response services", "Improve", "aim"),
        ("Increasing awareness of the hotline among young people", "Increasing", "aim"),
        ("Formally establish a national referral mechanism", "establish", "delivery"),
        ("Élargir encore le champ d'intervention à toutes les formes de traite", "Élargir", "aim"),
        ("Mejorar la calidad de los servicios para las víctimas", "Mejorar", "aim"),
        ("Support the national referral network with case management tools", "Support", "delivery"),
    ],
)
def test_a_line_worded_as_work_or_as_an_aim_is_read_as_such_in_four_languages(statement, words, kind):
    assert indicatortext.action_start(statement) == indicatortext.Action(words, kind)


@pytest.mark.parametrize(
    "statement",
    [
        "Number of victims identified in the reporting year",
        "Increase the number of victims served",  # names its measure
        "Support provided to victims in 2028",  # a noun with its participle: what is counted
        "Trained officers who referred at least one victim",
        "Funding allocated to shelters in State budgets",
        "Training of trainers",
        "Número de víctimas atendidas en 2028",
        "Taller de capacitación para jueces",  # a noun before 'de'
        "Mujer sobreviviente con empleo estable",  # a noun that ends like an infinitive
        "Nombre de victimes orientées en 2028",
        "Number exited",
        "Member organisations reporting a case",  # English, not an infinitive
        "Support services available to victims in Chisinau in 2028",  # 'support' as a noun
        "Draft law on trafficking adopted by parliament by 2028",
    ],
)
def test_a_measure_or_a_noun_is_no_action(statement):
    assert indicatortext.action_start(statement) is None


@pytest.mark.parametrize(
    ("statement", "nominal"),
    [
        ("Establishment of a new National Referral Mechanism", True),
        ("La mise en place d'un mécanisme national", True),
        ("Continuous monitoring of workplaces", True),
        ("Establish a new National Referral Mechanism", False),
        ("Fortalecer serviços para vítimas", False),
        ("Strengthening the capacity of labour inspectors", False),
    ],
)
def test_a_noun_of_doing_reads_as_a_milestone_a_verb_as_work_to_do(statement, nominal):
    assert indicatortext.action_start(statement).nominal is nominal


@pytest.mark.parametrize(
    ("statement", "head"),
    [
        ("Víctimas liberadas de redes de trata en el año de referencia", "Víctimas"),
        ("Detenciones por trata y explotación en el año de referencia", "Detenciones"),
        ("Sentencias absolutorias en el año de referencia", "Sentencias"),
        ("Victimes identifiées par la police en 2023", "Victimes"),
        ("Les condamnations prononcées pour traite en 2023", "condamnations"),
        ("Vítimas resgatadas de trabalho escravo em 2023", "Vítimas"),
        ("Ações do Plano monitoradas no ano de referência", "Ações"),
        ("Convictions secured for trafficking offences in 2023", "Convictions"),
        ("Human trafficking cases reported this year", "cases"),
        ("Funds obligated in the reporting fiscal year", "Funds"),
        ("Survivors reporting improved wellbeing", "Survivors"),
        # the head is not a plural: sessions or people, nobody can tell
        ("Training of interpreters in 2023", None),
        ("Domestic law enforcement training", None),
        ("Capacitación de intérpretes en 2023", None),
        ("Formation des interprètes en 2023", None),
        ("Sensibilização sobre direitos em 2023", None),
        ("Survivors' satisfaction with services", None),
        # a clause, two heads, a mass noun or a comparative is no count of one thing
        ("Appropriate sanctions and methods of enforcement are in place", None),
        ("All reports of trafficking will be recorded as a crime", None),
        (".tags must be array", None),
        ("Las víctimas son atendidas en refugios", None),
        ("Les victimes sont orientées vers un foyer", None),
        ("The company takes steps to ensure that fees are reimbursed", None),
        ("Benefits and services given to trafficking victims", None),
        ("Investigations, prosecutions, sentences and restitution orders", None),
        ("Potential victim demographic data", None),
        ("Harsher punishments imposed by the courts", None),
        ("Menos víctimas en 2023", None),
        ("Regular reports to the Committee on the Rights of the Child", None),
        ("Informes periódicos al Comité de los Derechos del Niño", None),
    ],
)
def test_a_bare_noun_phrase_counts_its_plural_head_in_four_languages(statement, head):
    assert indicatortext.counted_head(statement) == head


@pytest.mark.parametrize(
    ("statement", "lead"),
    [("Length of time from referral to first service", "length of time"), ("Length of the course", "")],
)
def test_a_length_of_time_is_a_duration_unit(statement, lead):
    assert read(statement).lead == lead
