import pytest

from ctguide.donoharm import addressed, better_measure, fewer_migrants, harmful_measure, identifying_data

HARMFUL = [
    ("Number of victims identified by labour inspectors in 2028", "identified"),
    ("Number of traffickers convicted in 2028", "convicted"),
    ("Number of raids on suspected brothels in 2028", "raids"),
    ("% of intercepted migrants returned to their country of origin in 2028", "returned"),
    ("% of presumed victims screened who were formally identified in 2028", "identified"),
    ("Shelter bed-nights provided to victims in 2028", "bed-nights"),
    ("Number of people liberated from forced labour in 2028", "liberated"),
    (
        "Number of followed-up returned survivors in 2028",
        "returned",
    ),  # a count of them: twins of the shares below
    ("% of assisted returns in 2028", "returns"),
    ("Number of assisted returns in 2028 preceded by a risk assessment", "returns"),
    ("% of presumed victims who were referred to assistance in 2028", "referred"),
    ("Number of residence permits granted to victims in 2028", "residence permits"),
    ("Number of returning migrants benefiting from post-arrival assistance", "returning migrants"),
    ("Number of prosecutions that lead to convictions in 2028", "prosecutions"),
    ("Number of victims of trafficking certified in 2028", "victims of trafficking certified"),
    ("Increasing the identification of victims of human trafficking", "identification"),
    (
        "Number of children who were identified as child labourers who are reintegrated with their family",
        "identified",
    ),
    ("Number of workers freed when the labour inspectors visited the farms in 2028", "freed"),
    ("Number of children removed where the social workers joined the inspection", "removed"),
    ("Identification: % of presumed victims screened who were formally identified in 2028", "identified"),
    ("Returns: proportion of intercepted migrants who were deported within a month, in 2028", "deported"),
    (
        "Number of children identified as victims of labour exploitation for whom the situation at work improved",
        "identified",
    ),
    ("Number of suspects detained in 2028", "detained"),
    ("Number of deportations in 2028", "deportations"),
    ("Número de víctimas rescatadas en 2028", "rescatadas"),
    ("Número de detenciones por trata en 2028", "detenciones"),
    ("Nombre de victimes identifiées en 2028", "identifiées"),
    ("Nombre d'arrestations pour traite en 2028", "arrestations"),
    ("Número de vítimas resgatadas em 2028", "resgatadas"),
    ("Número de pessoas encaminhadas aos serviços em 2028", "encaminhadas"),
    ("Número de repatriações em 2028", "repatriações"),
    ("Número de prisões por tráfico de pessoas em 2028", "prisões"),
    ("Número de traficantes processados pelo Ministério Público em 2028", "processados"),
    ("Número de tratantes procesados por la fiscalía en 2028", "procesados"),
    ("Número de funcionarios que fueron procesados por complicidad en 2028", "procesados"),
    ("Number of traffickers prosecuted by the public prosecutor in 2028", "prosecuted"),
    ("Conviction rates for trafficking in 2028", "Conviction rates"),
    ("Tasa de condena por trata en 2028", "Tasa de condena"),
    ("Taux de condamnation pour traite en 2028", "Taux de condamnation"),
    ("Taxa de condenação por tráfico em 2028", "Taxa de condenação"),
    ("Number of trafficking cases registered by the police in 2028", "cases registered"),
    ("Number of police-reported incidents of human trafficking in 2028", "police-reported incidents"),
    ("Número de casos de trata denunciados en 2028", "casos de trata denunciados"),
    ("Nombre de cas de traite signalés en 2028", "cas de traite signalés"),
    ("Número de casos de tráfico registrados em 2028", "casos de tráfico registrados"),
    ("Number of residence permits granted to victims of trafficking in 2028", "residence permits"),
    ("Número de permisos de residencia concedidos a víctimas de trata en 2028", "permisos de residencia"),
    ("Nombre de titres de séjour délivrés aux victimes de la traite en 2028", "titres de séjour"),
    ("Número de autorizações de residência concedidas a vítimas em 2028", "autorizações de residência"),
    ("Number of children recovered from the streets in 2028", "recovered"),
    ("Number of workers freed from debt bondage in 2028", "freed"),
    # acts that find, move or hold people stay acts wherever and whenever they happened
    ("Number of potential victims intercepted at departure points at the airport", "intercepted"),
    ("Number of potential victims intercepted at exit points", "intercepted"),
    ("Number of migrants detained in secure facilities", "detained"),
    ("Number of victims deported on exit", "deported"),
    ("Number of victims rescued in their own communities", "rescued"),
    ("Number of victims identified 6 months after the training", "identified"),
    ("Number of migrants returned to work in the Gulf", "returned"),
    ("Number of survivors housed in secure facilities in 2028", "housed"),
    ("Number of victims recovered at the border in 2028", "recovered"),
    ("Número de víctimas rescatadas después de la salida", "rescatadas"),
    ("Número de víctimas detenidas en vivienda permanente", "detenidas"),
    ("Nombre de victimes interceptées après la sortie du territoire", "interceptées"),
    ("Número de vítimas resgatadas depois da saída", "resgatadas"),
    # a bare noun phrase that starts with the act counts the people it was done to
    ("Detenidos por trata en 2028", "Detenidos"),
    ("Rescatados en operativos en 2028", "Rescatados"),
    ("Rescued children in 2028", "Rescued"),
    ("Interpellées pour racolage en 2028", "Interpellées"),
    # court rulings and networks dismantled: a target on them pushes the courts and the police, not the quality
    ("Sentencias emitidas por trata en 2028", "Sentencias"),
    ("Número de sentenças proferidas em 2028", "sentenças"),
    ("Number of sentences handed down for trafficking in 2028", "sentences handed down"),
    ("Number of criminal networks dismantled in 2028", "dismantled"),
    ("Organizaciones criminales desarticuladas en 2028", "desarticuladas"),
    ("Réseaux criminels démantelés en 2028", "démantelés"),
    # flawed twins of the shares and outcome phrasings below: a count of rulings, a bare share, the act alone
    ("Nombre de jugements rendus en 2028", "jugements"),
    ("Número de sentenças proferidas em 2028", "sentenças"),
    ("Percentual de sentenças condenatórias em 2028", "sentenças"),
    ("Returned migrants in 2028", "Returned"),
    ("Rescued children during the operation in 2028", "Rescued"),
    ("Rescued children in 2028", "Rescued"),
]
NOT_HARMFUL = [
    "Removed URLs hosting abusive content in 2028",
    "Identified risks in the supply chain in 2028",
    "Number of sentences in the leaflet that readers understood in 2028",
    # shares the knowledge base sets targets on (RRI-03/04/05, RRI-07, BRD-10, LEG-14, RSD-11), in their own words
    "% of followed-up returned survivors earning a regular income 12 months after return",
    "% of followed-up rescued children living in family-based care 6 months later",
    "% of assisted returns in 2028 preceded by a completed individual risk assessment",
    "% of presumed victims identified at the border in 2028 who were referred to a victim-assistance provider without receiving any immigration penalty",
    "% of presumed victims referred in 2028 without being detained",
    "% of residence permits granted to project-supported victims in 2028 on the ground of their personal situation",
    "% of the four core breakdowns available in the national statistics on identified victims for 2028",
    "% of identified victims who received a needs assessment within 7 days",
    "% of border officials trained in 2027 who referred at least one presumed victim within 12 months",
    "Number of survivors who received legal counselling in 2028",
    "Number of first responders trained on victim identification in 2028",
    "100% of returnees sustainably reintegrated 12 months after return",
    "% of prosecutions that lead to convictions in 2028",
    "Number of recruitment agencies certified in 2028",
    "Increasing the quality of the identification of victims, scored against the national checklist",
    "% of frontline staff trained on the identification of victims who passed the test in 2028",
    "% of children who were identified as child labourers who are reintegrated with their family within 12 months",
    "Hotline triage: share of the reports that were identified as urgent by the call handlers in the month",
    "Clinic registers: proportion of the case files that were identified through the new intake form in 2028",
    "Number of cases processed by the labour court in 2028",
    "Número de casos processados pelo tribunal do trabalho em 2028",
    "Número de expedientes procesados por el juzgado laboral en 2028",
    "Number of applications processed by the permit office in 2028",
    "Número de pedidos processados pelo serviço de imigração em 2028",
    "Number of trainees who identifies three warning signs at endline",
    "Número de vítimas que receberam apoio jurídico em 2028",
    "% of reported trafficking cases in which the person received a response within 72 hours in 2028",
    "Number of work permits issued to migrant workers in 2028",
    "Share of disputed wages recovered through the helpline's mediation, in the reporting year",
    "Montant des salaires récupérés par l'inspection du travail en 2028",
    # a share of rulings with a quality is the better measure (review rev24 #4)
    "Pourcentage de jugements rendus dans un délai de 12 mois après l'inculpation en 2028",
    "Percentual de sentenças com reparação às vítimas em 2028",
    "Porcentaje de sentencias condenatorias que ordenan reparación integral a las víctimas en 2028",
    "% of sentences handed down that include restitution to victims in 2028",
    # people described by what happened to them, measured on an outcome (review rev24 #5)
    "Returned migrants reporting stable income 12 months after return in 2028",
    "Rescued children living in family-based care 6 months later in 2028",
]
GOOD_OUTCOMES = [  # a participle that says people are doing well is not an act that finds, moves or holds them
    "Number of survivors housed in stable accommodation 6 months after exit in 2028",
    "% of shelter residents housed after exit in 2028",
    "Number of survivors recovered in 2028",
    "Number of people freed from debt in 2028",
    "Number of children returned to school within 6 months in 2028",
    "Número de sobrevivientes alojados en una vivienda estable después de la salida en 2028",
    "Nombre de survivantes hébergées dans un logement stable après la sortie en 2028",
    "Número de sobreviventes acolhidas em moradia estável em 2028",
    "Number of survivors housed 12 months after exit",
    "Number of survivors recovered from trauma at endline",
    "Number of survivors returned to work in their communities in 2028",
    "Número de niños retornados a la escuela en 2028",
    "Número de trabalhadoras liberadas das dívidas em 2028",
    "Nombre de travailleurs libérés de leurs dettes en 2028",
]


@pytest.mark.parametrize(("statement", "words"), HARMFUL)
def test_counts_and_shares_of_people_identified_returned_or_arrested_are_target_prone(statement, words):
    assert harmful_measure(statement) == words


@pytest.mark.parametrize("statement", NOT_HARMFUL)
def test_quality_measures_and_adjectives_are_not(statement):
    assert harmful_measure(statement) is None


@pytest.mark.parametrize("statement", GOOD_OUTCOMES)
def test_a_good_outcome_is_not_a_harmful_act(statement):
    assert harmful_measure(statement) is None


def test_the_better_measure_fits_the_kind_of_count():
    assert "voluntary and informed" in better_measure("returned")
    assert "safe, stable living arrangement" in better_measure("accommodated")
    assert "evidence beyond victim testimony" in better_measure("convicted")
    assert "what follows a report" in better_measure("GBV cases registered")
    assert "voluntary and informed" in better_measure("repatriações")
    assert "what referral achieves" in better_measure("encaminhadas")
    assert "evidence beyond victim testimony" in better_measure("prisões")
    assert "evidence beyond victim testimony" in better_measure("Sentencias")
    assert "evidence beyond victim testimony" in better_measure("dismantled")


IDENTIFYING = [
    (
        "Beneficiary register with full names, phone numbers and photos of each survivor",
        {"name", "phone", "photo"},
    ),
    ("Follow-up visits recorded with GPS coordinates of the returnee's home", {"location"}),
    ("Migrants registered with biometric data at reception", {"biometric"}),
    ("Counselling log listing each worker's employer name and employer address", {"name", "address"}),
    (
        "Exit interview; the form records the resident's name, date of birth and home address",
        {"name", "birth", "address"},
    ),
    (
        "Ficha de cada víctima con nombre, pasaporte, fotografía y domicilio",
        {"name", "birth", "photo", "address"},
    ),
    (
        "Fiche de suivi avec le nom, la date de naissance et l'adresse de la victime",
        {"name", "birth", "address"},
    ),
    ("Ficha com o nome, o endereço e o telefone de cada vítima", {"name", "address", "phone"}),
    ("Base de datos con la CURP y la ubicación de cada persona registrada", {"birth", "location"}),
    ("Extract with each child's name and personal numeric code", {"name", "birth"}),
    # the datum of a person, the flawed twins of the things below (review rev24 #3)
    ("Ficha con el número de teléfono de cada víctima", {"phone"}),
    ("Fiche avec le numéro de téléphone de la victime", {"phone"}),
    ("Registro com o telefone das vítimas atendidas", {"phone"}),
    ("Copia del pasaporte de cada trabajador migrante", {"birth"}),
    ("Copie du passeport de chaque travailleur", {"birth"}),
    ("Número do passaporte de cada trabalhador", {"birth"}),
    ("Base de datos con el número de documento de identidad de cada víctima", {"birth"}),
    ("Expediente con la dirección particular de la víctima", {"address"}),
    ("Registro de las víctimas con su dirección", {"address"}),
    ("Archivo con imágenes de las víctimas rescatadas", {"photo"}),
    ("Dossier avec les images des enfants", {"photo"}),
    ("Base con datos de ubicación de los trabajadores", {"location"}),
    ("Relatório com a localização das vítimas em tempo real", {"location"}),
    ("A screenshot of each page, with the children's images, saved as evidence", {"photo"}),
]
NOT_IDENTIFYING = [
    "Nombre de victimes identifiées par la police en 2028",
    "Registros de la Dirección General de Migración",
    "Datos agregados, sin nombres ni domicilios",
    "Rapport annuel publié au nom du ministère",
    "Relatório anual em nome do ministério",
    "Los nombres se sustituyen por códigos antes de enviar los datos",
    "% of young people who can name at least three warning signs at endline",
    "The worker names the correct channel and answers yes",
    "Counsellors address the client's own migration plan",
    "Aggregates only; no names in M&E data",
    "Field officers collect photos of minutes after each meeting",
    "A directory of services with current contact details for each provider",
    "Names are replaced by case codes before data reach the project",
    # a phone, a passport, an identity document, an image, a place or a management is not data about a person
    "Número de llamadas atendidas por teléfono en 2028",
    "Nombre d'appels reçus par téléphone en 2028",
    "Número de denúncias recebidas por telefone (Disque 100) em 2028",
    "% de trabajadores migrantes cuyos pasaportes fueron retenidos por el empleador en 2028",
    "Pourcentage de travailleurs dont le passeport est confisqué par l'employeur en 2028",
    "% de trabalhadores com passaporte retido pelo empregador em 2028",
    "Número de víctimas que obtuvieron documentos de identidad en 2028",
    "Nombre de victimes ayant reçu une carte d'identité en 2028",
    "Número de vítimas que receberam carteira de identidade em 2028",
    "Número de casos revisados por la dirección del programa en 2028",
    "Número de campañas con imágenes en redes sociales en 2028",
    "Número de imágenes de abuso sexual infantil retiradas de internet en 2028",
    "Número de albergues por ubicación geográfica en 2028",
    "Nombre de refuges par localisation géographique en 2028",
]


@pytest.mark.parametrize(("text", "kinds"), IDENTIFYING)
def test_identifying_data_about_people_is_found(text, kinds):
    assert {found.kind for found in identifying_data([text])} == kinds


@pytest.mark.parametrize("text", NOT_IDENTIFYING)
def test_verbs_denials_and_data_about_things_are_not(text):
    assert identifying_data([text]) == []


def test_an_ethics_note_addresses_a_kind_only_by_naming_it_with_a_safeguard():
    assert addressed("name", ("Names are replaced by codes; the key is kept separately.",))
    assert not addressed("name", ("Interviews are voluntary.",))
    assert not addressed("photo", ("No names in M&E data.",))
    assert addressed(
        "address", ("El domicilio queda en el refugio; el proyecto solo recibe datos agregados.",)
    )
    assert addressed("name", ("Les noms sont remplacés par des codes avant tout envoi.",))


def test_peoples_phone_numbers_held_by_a_hotline_are_identifying():
    assert [
        f.kind
        for f in identifying_data(["Call-back survey using the callers' phone numbers held by the hotline"])
    ] == ["phone"]
    assert identifying_data(["Posters show the hotline's phone numbers"]) == []


@pytest.mark.parametrize(
    ("statement", "direction", "words"),
    [
        ("Reduced numbers of migrant workers originating from the target areas", "decrease", "Reduced numbers of migrant workers"),
        ("Number of migrant workers from the district in 2028", "decrease", "Number of migrant workers"),
        ("Reducción del número de trabajadores migrantes de la provincia en 2028", "increase",
         "Reducción del número de trabajadores migrantes"),
        ("Nombre de migrants originaires du district en 2028", "decrease", "Nombre de migrants"),
        ("Número de emigrantes do distrito em 2028", "decrease", "Número de emigrantes"),
        ("Number of migrant workers from the district in 2028", "increase", None),
        ("Number of people from the district who migrated irregularly in 2028", "decrease", None),
        ("% of migrant workers who paid a recruitment fee in 2028", "decrease", None),
        ("Número de migrantes en situación irregular en 2028", "decrease", None),
        ("Nombre de migrants partis sans contrat en 2028", "decrease", None),
        ("Número de migrantes que pagaram taxas de recrutamento em 2028", "decrease", None),
        ("% of surveyed migrant workers in the corridor whose passports are kept by the employer", "decrease", None),
    ],
)  # fmt: skip
def test_fewer_people_migrating_is_not_an_aim_fewer_irregular_moves_may_be(statement, direction, words):
    assert fewer_migrants(statement, direction) == words
