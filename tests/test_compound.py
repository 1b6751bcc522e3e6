"""Each way real indicator lists join two measures, and the single phrases with 'and' that are one measure."""

import pytest

from ctguide.compound import joined_measures, two_units
from ctguide.indicatortext import goal_verb

JOINED = [
    ("Number of victims identified and assisted in 2028", "identified and assisted"),
    ("Number of trafficking investigations and prosecutions in 2028", "investigations and prosecutions"),
    ("% of children reporting improved access to and use of public services", "access to and use of"),
    ("Number of migrants capacitated to know their rights, and/or how to access services", "rights, and/or how to access"),
    ("Joint planning and implementation of prevention activities in place", "planning and implementation of"),
    ("Gaps in policies identified and strategy to overcome them developed", "identified and strategy to overcome them developed"),
    ("% of women who were married before age 15 and before age 18", "before age 15 and before age 18"),
    ("Number of initiatives established or supported which enhance services", "established or supported"),
    ("End abuse, exploitation and all forms of violence against and torture of children", "violence against and torture of"),
    ("Take measures to eradicate forced labour, end modern slavery and secure its prohibition", "take … end"),
    ("# of CYM, families and community members who understand the risks of migration", "CYM, families and community members"),
    ("Workers have increased knowledge of forced labour and are better able to report it", "and are better"),
    ("The eradication of modern slavery, forced labour and human trafficking", "modern slavery, forced labour and human trafficking"),
    ("Prevent and prosecute the offences of human trafficking", "Prevent and prosecute"),
    ("People who meet victims understand the signs, know what to do and have access to advice", "know what to do and have"),
    ("Victims are aware of support and trust it enough to ask for help", "and trust it"),
    ("Strengthening the detection and prevention capabilities of officials", "detection and prevention capabilities"),
    ("Effectively eliminate forced labour systems and significantly reduce other forms of forced labour", "eliminate … reduce"),
    ("Improve law, legislation and policy", "law, legislation and policy"),
    ("Increasing knowledge, awareness, and implementation of the protocol", "knowledge, awareness, and implementation"),
    ("A major reduction in trafficking, bonded labour and harmful child labour", "trafficking, bonded labour and"),
    ("Prosecuting and disrupting organised crime groups in 2028", "Prosecuting and disrupting"),
    ("Preventing exploitation, Rescuing victims and Restoring lives", "Preventing exploitation, Rescuing"),
    ("Number of officers trained to spot the signs of trafficking and to respond to them", "to spot the signs of trafficking and to respond"),
    ("% of reports of forced labour recorded as a crime and investigated", "recorded as a crime and investigated"),
    ("Reducing the harm of slavery through improved victim identification and enhanced support", "improved victim identification and enhanced"),
    ("Number of people reached by GBV prevention and response interventions in 2028", "prevention and response interventions"),
    ("Protection and assistance to victims of trafficking in the border districts in 2028", "Protection and assistance"),
    ("Public participation and ownership of the national referral mechanism by 2028", "participation and ownership"),
    ("Investigations, prosecutions and convictions in 2028", "Investigations, prosecutions"),
    ("Training and Outreach", "Training and Outreach"),
    ("Asset restraint and seizure applied to officials involved in trafficking cases", "Asset restraint and seizure"),
    ("Raising awareness by conducting campaigns and by evaluating their effect", "by conducting campaigns and by evaluating"),
    ("Reducing fraud by monitoring and assessing recruitment agencies", "by monitoring and assessing"),
    ("Número de mujeres detectadas y atendidas en 2028", "detectadas y atendidas"),
    ("Número de vítimas identificadas e encaminhadas em 2028", "identificadas e encaminhadas"),
    ("Nombre de victimes identifiées et orientées en 2028", "identifiées et orientées"),
    ("Indagatorias iniciadas o concluidas en 2028", "iniciadas o concluidas"),
    ("Proporcionar atención, protección y asistencia a las víctimas", "atención, protección"),
    ("Amélioration de la coordination et de la coopération entre les services", "coordination et de la coopération"),
    ("Estruturas de coordenação e cooperação nos estados", "coordenação e cooperação"),
    ("Mapear e consolidar os canais de denúncia", "Mapear e consolidar"),
    ("Identifier et orienter les victimes vers les services", "Identifier et orienter"),
    ("Prevenir la trata de personas y fomentar la denuncia", "Prevenir … fomentar"),
    ("Fortalecer a repressão ao crime e a responsabilização dos autores", "Fortalecer a repressão … responsabilização"),
]  # fmt: skip
ONE_MEASURE = [
    "Number of women and girls accommodated in 2028",
    "Number of victims disaggregated by sex and age",
    "Number of survivors who received legal and medical services",
    "Number of final anti-TIP policies, laws, or international agreements passed, enacted, or amended",
    "Number of people who know where and how to report trafficking",
    "Existence of a monitoring and evaluation framework for the national action plan",
    "Number of laws drafted with project support and subsequently adopted by parliament",
    "Eliminate all harmful practices, such as child, early and forced marriage and female genital mutilation",
    "% of graduates employed or self-employed 6 months after the course",
    "Number of women, men, girls and boys who received legal aid in 2028",
    "Number of policies, laws, or international agreements adopted in 2028",
    "Workers and employers in the sector have access to the grievance channel in 2028",
    "The elimination of child labour in the supported cooperatives by 2029",
    "Facilitate orderly, safe, regular and responsible migration and mobility of people",
    "Law provides for separate definitions for sale of children, and trafficking in children, by 2028",
    "Monitoring and reporting the national action plan each year",
    "People who meet victims in Chisinau know what to do, at endline",
    "Victims are aware of the support available to them in Chisinau",
    "Strengthening the detection capabilities of labour inspectors",
    "Effectively eliminate forced labour in the garment sector by 2030",
    "Improved access to services for victims, including legal and medical care",
    "Strengthen coordination between the police and the labour inspectorate",
    "Protect women, men, girls and boys from exploitation",
    "Number of officers trained to spot the signs of trafficking in 2028",
    "% of reports of forced labour recorded as a crime in 2028",
    "Number of laws drafted with project support and adopted by the government in 2028",
    "Number of victims assisted through improved case management in 2028",
    "% of children in care who report feeling safe in and secure in their placement",
    "Legislation is in place stipulating the definition and prohibition of the worst forms of child labour",
    "A response plan developed and agreed upon by the members of the coordination group",
    "Number of survivors reached by care and support services in 2028",
    "Number of people reached by GBV response interventions in 2028",
    "Children in the border districts protected from violence and exploitation in 2028",
    "Employers briefed on their employment and immigration obligations in 2028",
    "Survivors who started a business through the donation of equipment and provision of a cash grant in 2028",
    "Calls and messages from workers fielded in the reporting month",
    "Victims and survivors identified in 2028",
    "Monitoring and evaluation of the national action plan",
    "Número de agentes capacitados para identificação e referenciamento de vítimas em 2028",
    "Número de leyes aprobadas o modificadas en 2028",
    "Número de niños y niñas retirados del trabajo en 2028",
    "Nombre de femmes et d'enfants identifiés en 2028",
    "Existencia de un sistema de seguimiento y evaluación del plan nacional",
    "Capacitar profissionais, instituições e organizações envolvidas com o enfrentamento ao tráfico",
    "Fortalecer la coordinación entre la policía y la inspección del trabajo",
    "La mise en place d'un mécanisme national d'identification, d'orientation et de protection des victimes",
    "Élargir le champ d'intervention à toutes les formes de traite et d'exploitation",
]


@pytest.mark.parametrize(("statement", "words"), JOINED)
def test_two_measures_joined_are_found(statement, words):
    assert joined_measures(statement).lower() == words.lower()


@pytest.mark.parametrize("statement", ONE_MEASURE)
def test_one_measure_with_and_is_left_alone(statement):
    assert joined_measures(statement) is None


@pytest.mark.parametrize(
    ("statement", "verb"),
    [
        ("Eliminate all forms of violence against women and girls", "Eliminate"),
        ("By 2030, significantly reduce illicit financial flows", "significantly reduce"),
        ("Effectively eliminate state-imposed forced labour", "eliminate"),
        ("End abuse and exploitation of children", "End"),
        ("Increase in the number of victims identified", None),
        ("Support provided to survivors in the shelter", None),
        ("Number of victims supported in 2028", None),
        ("End-of-project survey of participants", None),
    ],
)
def test_a_goal_is_read_by_the_verb_it_starts_with(statement, verb):
    assert goal_verb(statement) == verb


@pytest.mark.parametrize(
    ("statement", "joined"),
    [
        ("Number of children for whom work has improved or who have been withdrawn from work", True),
        ("Number of children who have been withdrawn from hazardous work in 2028", False),
        ("Number of countries that have ratified the protocol or whose law protects migrants", True),
        ("% of residents whose exit was planned with them and whose destination was safe", False),
        ("Número de niños cuya situación mejoró o que fueron retirados del trabajo", True),
        ("Número de niños que fueron retirados del trabajo peligroso en 2028", False),
        ("Nombre d'enfants dont la situation s'est améliorée ou qui ont quitté le travail", True),
        ("Nombre d'enfants qui ont quitté le travail dangereux en 2028", False),
        ("Número de crianças cuja situação melhorou ou que foram retiradas do trabalho", True),
        ("Número de crianças que foram retiradas do trabalho perigoso em 2028", False),
    ],
)
def test_a_second_relative_clause_is_a_second_measure(statement, joined):
    assert (joined_measures(statement) is not None) is joined


@pytest.mark.parametrize(
    ("statement", "words"),
    [
        ("Number of Human Trafficking Cases and Offenders", "Cases and Offenders"),
        ("% of registered children pending reunification and families whose well-being is monitored", "children pending reunification and families"),
        ("Incidencia delictiva y víctimas de trata registradas", "Incidencia delictiva y víctimas"),
        ("Number of women and girls assisted in 2028", None),
        ("Number of workers and employers trained in 2028", None),
        ("Number of calls and messages received in 2028", None),
        ("Número de casos y denuncias registrados en 2028", None),
        ("Number of complaints and workers registered in 2028", "complaints and workers"),
        ("Number of victims of trafficking and their families assisted in 2028", "victims of trafficking and their families"),
        ("Number of complaints from workers and employers resolved in 2028", None),
        ("Number of complaints filed by migrant workers and recruiters' clients", None),
        ("Número de quejas de trabajadores y empleadores resueltas en 2028", None),
        ("Nombre de plaintes des travailleurs et des employeurs traitées en 2028", None),
    ],
)  # fmt: skip
def test_two_units_of_analysis_counted_as_one(statement, words):
    assert two_units(statement) == words


@pytest.mark.parametrize(
    ("joined", "one"),
    [
        ("Número de abogados capacitados y evaluados en 2028", "Número de abogadas y abogados capacitados en trata de personas en 2028"),
        ("Número de empleados domésticos atendidos y reubicados en 2028", "Número de empleadas y empleados domésticos atendidos en 2028"),
        ("Número de empregados domésticos resgatados e indenizados em 2028", "Número de empregadas e empregados domésticos resgatados em 2028"),
        ("Nombre de délégués syndicaux formés et certifiés en 2028", "Nombre de délégués et déléguées syndicaux formés en 2028"),
        ("Nombre de dossiers traités et clôturés en 2028", "Nombre d'entreprises inspectées en matière de santé et sécurité au travail en 2028"),
        ("Nombre d'entreprises inspectées et sanctionnées en 2028", "Pourcentage de travailleurs informés sur la qualité et la sécurité au travail en 2028"),
    ],
)  # fmt: skip
def test_one_population_in_both_genders_and_te_nouns_are_not_two_acts(joined, one):
    """Two forms of one stem ("abogadas y abogados") name one population; a French -té noun after an article or
    a preposition ("de santé et sécurité") is no participle; two different participles stay two acts."""
    assert joined_measures(joined) is not None
    assert joined_measures(one) is None
