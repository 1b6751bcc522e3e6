import functools
import pickle
import re
from collections import defaultdict

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ctguide import learned, matching
from ctguide.knowledge import load_knowledge
from ctguide.matching import _Query, _text_pillars, build_index, index_for, rank_results, suggest
from ctguide.textnorm import stem
from ctguide.yamlio import load_yaml
from tests.conftest import DATA

TAXONOMY = load_yaml((DATA / "taxonomy.yaml").read_text())["areas"]
FLOORS = {
    "written": (0.92, 0.98, 0.93),
    "tune": (0.90, 0.92, 0.82),
}  # top-1, top-3, pillar (measured, rounded down; tune top-3 92.96 % once round6 joined the learned words' training)
FOLDS = 5


@pytest.fixture(scope="module")
def kb():
    return load_knowledge()


EXAMPLES = [
    ("shelter for women survivors in Chisinau", "shelter"),
    ("LE trainng on VoT identifcation", "law_enforcement_training"),
    ("refugio para víctimas de trata", "shelter"),
    ("formation des policiers sur l'identification des victimes", "law_enforcement_training"),
    ("24/7 hotline for trafficked people", "hotline_helpline"),
    ("set up a survivor advisory board", "survivor_engagement"),
    ("psychological counselling for survivors", "psychosocial_support"),
    ("lawyers help victims claim unpaid wages and damages", "compensation"),
    ("audits of garment suppliers for forced labour", "business_supply_chains"),
    ("pre-departure orientation for domestic workers going to the Gulf", "safe_migration"),
]


@pytest.mark.parametrize(("text", "area"), EXAMPLES)
def test_typical_descriptions_find_their_area_first(kb, text, area):
    assert suggest(kb, text).areas[0].id == area


def test_every_area_is_reason_explained(kb):
    result = suggest(kb, "shelter for women survivors")
    top = result.areas[0]
    assert top.pillar == "protection"
    assert any("matched keyword 'shelter'" in reason for reason in top.why)


@pytest.mark.parametrize(
    ("text", "reading"),
    [("LE trainng on VoT identifcation", "'trainng' read as 'training'"),
     ("border gaurds", "'gaurds' read as 'guards'"), ("shelter for vicitms", "'vicitms' read as 'victims'"),
     ("child marrige", "'marrige' read as 'marriage'"), ("trafiking survivors", "'trafiking' read as 'trafficking'"),
     ("labour inspecton", "'inspecton' read as 'inspection'"), ("trafficing cases", "'trafficing' read as 'trafficking'"),
     ("shelter for victism", "'victism' read as 'victims'")],
)  # fmt: skip
def test_typing_slips_are_read(kb, text, reading):
    assert reading in suggest(kb, text).readings


@pytest.mark.parametrize(
    "text",
    ["discutir soluções para o enfrentamento", "a ONG atende profissionais do sexo", "enhance tribal cooperation",
     "projects in Mexico and Malaysia", "les domaines suivants", "undertook a study", "re/integration of survivors",
     "les autres partenaires", "root causes of trafficking", "les enfants doivent manger", "las mujeres que trabajan",
     "the project will commence in May", "a detailed plan", "una pregunta", "integram a rede", "implement the plan"],
)  # fmt: skip
def test_real_words_of_any_language_are_not_rewritten(kb, text):
    assert suggest(kb, text).readings == ()


def test_typos_are_read_and_reported(kb):
    result = suggest(kb, "trainng for border gaurds")
    assert "'trainng' read as 'training'" in result.readings


def test_a_paragraph_maps_to_several_areas(kb):
    text = ("We run a shelter for women survivors and give psychological counselling, "
            "and help them go home and find work after.")  # fmt: skip
    ids = [a.id for a in suggest(kb, text).areas]
    assert {"shelter", "psychosocial_support", "return_reintegration"} <= set(ids[:4])


def test_capital_abbreviations_do_not_match_ordinary_words(kb):
    french = suggest(kb, "le refuge pour les femmes")
    assert "law_enforcement_training" not in [a.id for a in french.areas[:1]]


@pytest.mark.parametrize("text", ["", "   ", "asdf qwer", "hello", "12345", "!!!", "🙂🙂"])
def test_meaningless_input_is_not_understood(kb, text):
    assert not suggest(kb, text).understood


def test_json_shape_matches_the_contract(kb):
    data = suggest(kb, "shelter for women survivors").to_json()
    assert {"query", "areas", "indicators", "confidence", "not_sure", "tied", "too_thin"} <= set(data)
    assert {"id", "pillar", "pillars", "name", "score", "why"} <= set(data["areas"][0])
    assert {"id", "area", "level", "statement", "score"} <= set(data["indicators"][0])
    assert data["confidence"] in {"high", "medium", "low"} and data["not_sure"] is (
        data["confidence"] == "low"
    )


def test_the_index_is_built_once_per_knowledge_base(kb):
    assert index_for(kb) is index_for(kb)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=300) | st.lists(st.sampled_from(["shelter", "police", "víctimas", "NRM", "LE", "hotline",
                                                         "trainng", "de", "la", "survivors", "wages"]), max_size=30).map(" ".join))  # fmt: skip
def test_any_text_gives_a_sound_ranking(kb, text):
    result = suggest(kb, text, limit=4)
    scores = [a.score for a in result.areas]
    assert scores == sorted(scores, reverse=True)
    assert len(result.areas) <= 4
    assert all(0 <= s <= 100 for s in scores)
    assert all(a.id in TAXONOMY and a.pillar in (TAXONOMY[a.id]["home"], *TAXONOMY[a.id].get("also", []))
               for a in result.areas)  # fmt: skip
    assert result.not_sure or (result.areas and not result.too_thin)
    assert all(i.area in {a.id for a in result.areas} for i in result.indicators)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sampled_from(sorted(TAXONOMY)), st.sampled_from([str.lower, str.upper, str.title]))
def test_an_area_name_in_any_casing_finds_that_area(kb, area_id, casing):
    name = kb.area_by_id[area_id].name
    assert suggest(kb, casing(name)).areas[0].id == area_id


def _accuracy(kb, items):
    top1 = top3 = pillar = 0
    for item in items:
        areas = suggest(kb, item["text"]).areas
        ranked = [a.id for a in areas]
        top1 += bool(ranked) and ranked[0] in {item["area"], *item.get("also", [])}
        top3 += item["area"] in ranked[:3]
        pillar += bool(areas) and areas[0].pillar == item["pillar"]
    return top1 / len(items), top3 / len(items), pillar / len(items)


def _descriptions(name):
    return load_yaml((DATA / "descriptions" / name).read_text(encoding="utf-8"))["descriptions"]


def test_accuracy_floor_on_the_written_descriptions(kb):
    """The floor reached on descriptions written on this project without looking at the knowledge base."""
    items = _descriptions("written.yaml")
    assert len(items) >= 200
    top1, top3, pillar = _accuracy(kb, items)
    assert top1 >= FLOORS["written"][0] and top3 >= FLOORS["written"][1] and pillar >= FLOORS["written"][2]


def test_accuracy_floor_on_the_real_tune_descriptions(kb):
    """The floor reached on the tune part of the real descriptions (public sources, labelled before tuning)."""
    items = [i for i in _descriptions("real.yaml") if i["split"] == "tune"]
    assert len(items) >= 190
    top1, top3, pillar = _accuracy(kb, items)
    assert top1 >= FLOORS["tune"][0] and top3 >= FLOORS["tune"][1] and pillar >= FLOORS["tune"][2]


@functools.cache
def _fold_weights(fold: int) -> learned.Weights:
    tuning = learned.tuning_descriptions(DATA / "descriptions")
    return learned.train([i for i in tuning if learned.source_fold(i, FOLDS) != fold])


def _out_of_fold(item) -> learned.Weights:
    """Word evidence learned without the description's own source (the compiled weights learned from
    these descriptions: scoring a description with words learned from itself says nothing)."""
    return _fold_weights(learned.source_fold(item, FOLDS))


def test_not_sure_is_said_when_the_first_area_is_likely_wrong(kb):
    """On the real tuning descriptions (real tune, round1, round2, round3, round4, round5, round6), replies marked not sure are right
    far less often than the others. Pooled: per set, one description read right (a tie now broken the right
    way) moves the rate of a set of 20-odd unsure replies by 3-4 points. Round4 (fresh text, where not sure was
    right 67 % of the time against 83 % for sure replies) narrowed the pooled gap from over 20 points to 18; not
    sure read from whether the text says the first area's phrases outright (_not_sure) widened it to 24. Counting
    one typed phrase once however many knowledge phrases it matches says not sure more often (21.7 % of these
    replies -> 25.5 %) and keeps the gap (24.7 -> 25.1 points; cross-validated 25.2 -> 25.7, worst fold 15.6 ->
    17.8 in benchmarks/learned_cv.py)."""
    items = [i for i in _descriptions("real.yaml") if i["split"] == "tune"]
    items += (
        _descriptions("round1.yaml")
        + _descriptions("round2.yaml")
        + _descriptions("round3.yaml")
        + _descriptions("round4.yaml")
        + _descriptions("round5.yaml")
        + _descriptions("round6.yaml")
    )
    right = {True: [], False: []}
    for item in items:
        with learned.using(_out_of_fold(item)):
            result = suggest(kb, item["text"])
        right[result.not_sure].append(
            bool(result.areas) and result.areas[0].id in {item["area"], *item.get("also", [])}
        )
    sure, unsure = (sum(r) / len(r) for r in (right[False], right[True]))
    assert 0.05 <= len(right[True]) / len(items) <= 0.27  # 25.5 % since one typed phrase counts once
    assert sure >= 0.85 and unsure <= sure - 0.2


def test_the_real_set_is_split_by_source_and_labelled_with_canonical_ids():
    items = _descriptions("real.yaml")
    assert len(items) >= 300 and len({i["text"] for i in items}) == len(items)
    splits = {}
    for item in items:
        assert item["area"] in TAXONOMY and all(a in TAXONOMY for a in item.get("also", []))
        assert item["pillar"] in {"prevention", "protection", "prosecution", "partnership"}
        assert item["lang"] in {"en", "es", "fr", "pt"} and item["source"]
        assert splits.setdefault(item["group"], item["split"]) == item["split"], item["group"]
    holdout = sum(i["split"] == "holdout" for i in items) / len(items)
    assert 0.3 <= holdout <= 0.37


RESULT_EXAMPLES = [
    ("Survivors are reintegrated into their communities", "return_reintegration"),
    ("more traffickers are convicted", "prosecution_judiciary"),
    ("children stay in school instead of migrating", "education_schools"),
    ("hotline calls are answered day and night", "hotline_helpline"),
]


@pytest.mark.parametrize(("text", "area"), RESULT_EXAMPLES)
def test_a_written_result_finds_results_across_the_whole_kb(kb, text, area):
    ranked = rank_results(kb, text)
    assert ranked[0].area == area
    assert ranked[0].id in kb.result_by_id
    assert ranked[0].why and all(r.level in {"outcome", "output", "impact", "objective"} for r in ranked)
    scores = [r.score for r in ranked]
    assert scores == sorted(scores, reverse=True) and all(0 < s <= 100 for s in scores)


def test_a_meaningless_result_finds_nothing(kb):
    assert rank_results(kb, "asdf qwer") == ()


def test_the_index_is_plain_data_that_pickles(kb):
    index = build_index(kb)
    copy = pickle.loads(pickle.dumps(index))
    assert copy.results == index.results and copy.bag == index.bag


def _ids(result, n=3):
    return [a.id for a in result.areas[:n]]


@pytest.mark.parametrize("text", ["Survivors are reintegrated", "Survivors are reintegrated into their communities",
                                  "les survivantes sont réintégrées dans leur famille", "survivors reintegrating"])  # fmt: skip
def test_reintegration_is_never_read_as_integration(kb, text):
    result = suggest(kb, text)
    assert result.areas[0].id == "return_reintegration"
    assert "border_management" not in _ids(result, 5)
    assert not any("integrated" in r for r in result.readings)


def test_a_shelter_for_women_and_girls_is_a_shelter_not_school_prevention(kb):
    text = "We run a shelter in Chisinau for women and girls who escaped trafficking, with a programme of counselling"
    result = suggest(kb, text)
    assert result.areas[0].id == "shelter" and result.areas[0].pillar == "protection"


def test_training_judges_on_victim_centred_trials_reaches_victim_witness_protection(kb):
    assert "victim_witness_protection" in _ids(
        suggest(kb, "training judges and prosecutors on victim-centred trials")
    )


@pytest.mark.parametrize(
    ("text", "pillar"),
    [
        ("vocational training for survivors of trafficking", "protection"),
        ("formación profesional para sobrevivientes de trata", "protection"),
        (
            "vocational training and small business grants for young women at risk of trafficking",
            "prevention",
        ),
    ],
)
def test_the_pillar_is_read_from_the_text(kb, text, pillar):
    top = suggest(kb, text).areas[0]
    assert (
        top.id == "economic_empowerment"
        and top.pillar == pillar
        and set(top.pillars) == {"prevention", "protection"}
    )


@pytest.mark.parametrize(
    ("text", "area"),
    [("scam compounds where trafficked workers are forced to commit online fraud", "online_safety"),
     ("centros de estafa en línea donde las víctimas son obligadas a defraudar", "online_safety"),
     ("child and forced marriage in rural districts", "child_protection"),
     ("public procurement rules that exclude suppliers using forced labour", "business_supply_chains"),
     ("investigating officials complicit in trafficking", "investigation_capacity"),
     ("foreign victims get a recovery and reflection period and a residence permit", "legal_assistance"),
     ("psycho-social rehabilitation for survivors", "psychosocial_support"),
     ("re/integration of survivors with their families", "return_reintegration"),
     ("Apoiar serviços de proteção a testemunhas ameaçadas (PROVITA)", "victim_witness_protection"),
     ("fiscalização do trabalho escravo pelos auditores fiscais do trabalho", "labour_inspection")],
)  # fmt: skip
def test_topics_practitioners_name_reach_their_area(kb, text, area):
    assert suggest(kb, text).areas[0].id == area


VARIANTS = [
    ("shelter", ["shelter for trafficking survivors", "refugio para sobrevivientes de trata",
                 "refuge pour les survivantes de la traite", "abrigo para sobreviventes de tráfico de pessoas"]),
    ("law_enforcement_training", ["training police officers to identify victims",
                                  "capacitación de policías para identificar víctimas",
                                  "formation des policiers pour identifier les victimes",
                                  "capacitação de policiais para identificar vítimas"]),
    ("return_reintegration", ["reintegration of returned victims with their families",
                              "reintegración de víctimas retornadas con sus familias",
                              "réinsertion des victimes rapatriées dans leur famille",
                              "reintegração das vítimas retornadas nas suas famílias"]),
    ("labour_inspection", ["labour inspectors inspect farms for forced labour",
                           "los inspectores de trabajo inspeccionan fincas por trabajo forzoso",
                           "les inspecteurs du travail contrôlent les exploitations agricoles pour le travail forcé",
                           "os inspetores do trabalho fiscalizam fazendas por trabalho forçado"]),
    ("prosecution_judiciary", ["training judges and prosecutors on trafficking trials",
                               "capacitación de jueces y fiscales sobre juicios de trata",
                               "formation des juges et des procureurs aux procès de traite",
                               "capacitação de juízes e promotores sobre julgamentos de tráfico de pessoas"]),
    ("economic_empowerment", ["vocational training and small business grants for young women survivors",
                              "formación profesional y subvenciones para pequeños negocios de mujeres jóvenes sobrevivientes",
                              "formation professionnelle et subventions aux petites entreprises des jeunes femmes survivantes",
                              "formação profissional e subsídios para pequenos negócios de mulheres jovens sobreviventes"]),
    ("hotline_helpline", ["a national hotline to report trafficking cases", "una línea telefónica nacional para denunciar casos de trata",
                          "une ligne d'urgence nationale pour signaler les cas de traite",
                          "uma linha telefónica nacional para denunciar casos de tráfico"]),
]  # fmt: skip


@pytest.mark.parametrize(("area", "texts"), VARIANTS)
def test_language_variants_of_one_description_give_the_same_top_area(kb, area, texts):
    assert {suggest(kb, t).areas[0].id for t in texts} == {area}


@pytest.mark.parametrize("text", ["help", "victims", "our project helps people", "víctimas de trata", "help victims",
                                  "write", "workshops"])  # fmt: skip
def test_a_text_too_thin_to_tell_says_so_and_offers_no_area(kb, text):
    result = suggest(kb, text)
    assert result.too_thin and result.not_sure and result.confidence == "low" and not result.areas


@pytest.mark.parametrize(("text", "area"), [
    ("We run a shelter for women survivors. The shelter has twelve beds, and residents of the shelter can call "
     "our hotline at night.", "shelter"),
    ("A hotline for migrant workers: the hotline takes calls in five languages, and hotline staff can refer "
     "callers to a shelter.", "hotline_helpline"),
])  # fmt: skip
def test_what_the_text_keeps_coming_back_to_ranks_before_what_it_mentions_once(kb, text, area):
    assert suggest(kb, text).areas[0].id == area


@pytest.mark.parametrize(("text", "phrase"), [("identificación de víctimas en la frontera", "victim identification"),
                                              ("formation des policiers", "police training")])  # fmt: skip
def test_a_noun_before_its_modifier_matches_the_english_phrase_exactly(kb, text, phrase):
    assert any(f"matched keyword '{phrase}'" in why for a in suggest(kb, text).areas for why in a.why)


@pytest.mark.parametrize("text", ["talleres", "taller", "talleres con mujeres"])
def test_workshops_are_never_read_as_tailoring(kb, text):
    assert "economic_empowerment" not in {a.id for a in suggest(kb, text).areas}


@pytest.mark.parametrize("text", ["hello there", "asdf qwer"])
def test_a_text_that_relates_to_nothing_is_not_understood_rather_than_thin(kb, text):
    result = suggest(kb, text)
    assert not result.understood and not result.too_thin


def test_a_clear_description_is_not_flagged(kb):
    result = suggest(kb, "24/7 toll-free hotline where trafficking victims and the public can report cases")
    assert not result.too_thin and not result.not_sure and result.areas[0].id == "hotline_helpline"


def test_several_areas_each_with_its_reason(kb):
    text = ("The project trains labour inspectors to detect forced labour on farms, runs a shelter for "
            "identified workers and helps them claim unpaid wages in court.")  # fmt: skip
    result = suggest(kb, text)
    assert {"labour_inspection", "shelter", "compensation"} <= set(_ids(result, 5))
    assert all(a.why for a in result.areas)


KB_WORDS = sorted({w for a in load_knowledge().areas for t in (*a.keywords, a.name) for w in t.lower().split()
                   if w.isalpha() and len(w) >= 5})  # fmt: skip


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sampled_from(KB_WORDS))
def test_spelling_correction_never_rewrites_a_domain_word(kb, word):
    assert suggest(kb, word).readings == ()


@pytest.mark.parametrize(("text", "first", "pillar"), [
    ("We run a shelter for women and girls who survived trafficking and help them go back to school or find work",
     "shelter", "protection"),
    ("Teachers run sessions in schools so that students at risk of trafficking learn how recruiters deceive the young",
     "education_schools", "prevention"),
    ("Survivors of trafficking receive vocational training and start small businesses after they return home",
     "economic_empowerment", "protection"),
    ("Young people at risk in rural villages receive vocational training and start small businesses",
     "economic_empowerment", "prevention"),
])  # fmt: skip
def test_whom_the_text_serves_ranks_the_areas_offered_for_them_first(kb, text, first, pillar):
    result = suggest(kb, text)
    assert (result.areas[0].id, result.areas[0].pillar) == (first, pillar)


@pytest.mark.parametrize(("text", "area", "pillar"), [
    # police operations across borders are prosecution work; agreements between ministries are partnership
    ("Operación conjunta de la Policía Nacional con Europol y Eurojust: detenidos y red desarticulada",
     "cross_border_cooperation", "prosecution"),
    ("Acuerdo de cooperación bilateral entre los dos ministerios y una mesa de trabajo conjunta",
     "cross_border_cooperation", "partnership"),
    ("Opération conjointe de la police française et de la police espagnole avec Europol, réseau démantelé",
     "cross_border_cooperation", "prosecution"),
    ("Accord de coopération bilatérale entre les deux ministères sur la traite", "cross_border_cooperation",
     "partnership"),
    ("Operação conjunta da polícia com a Europol desmantela rede criminosa transnacional",
     "cross_border_cooperation", "prosecution"),
    ("Acordo de cooperação bilateral entre os dois ministérios sobre o tráfico de pessoas",
     "cross_border_cooperation", "partnership"),
    # compensation a criminal court orders is prosecution work; helping survivors claim it is protection
    ("The court ordered the convicted trafficker to pay compensation to the victim", "compensation", "prosecution"),
    ("Survivors receive help filing compensation claims to the state fund", "compensation", "protection"),
    ("Child protection committees run awareness campaigns in schools to prevent child trafficking",
     "child_protection", "prevention"),
    ("Care and shelter for child victims of trafficking", "child_protection", "protection"),
    # who the work is done with ('in partnership with ...') does not make a criminal law partnership work
    ("Drafting of the new criminal law on trafficking, in partnership with the national coordination committee",
     "legislation_policy", "prosecution"),
    ("Drafting of the national policy and coordination mechanism on trafficking", "legislation_policy",
     "partnership"),
])  # fmt: skip
def test_an_area_under_several_pillars_gets_the_one_the_text_names(kb, text, area, pillar):
    assert {a.id: a.pillar for a in suggest(kb, text).areas}[area] == pillar


@pytest.mark.parametrize(("text", "named", "not_named"), [
    ("la policía detuvo a los tratantes", "prosecution", "partnership"),  # policía is police, not policy
    ("la política nacional contra la trata", "partnership", "prosecution"),
    ("la police a arrêté les auteurs", "prosecution", "partnership"),
    ("une politique nationale de lutte contre la traite", "partnership", "prosecution"),
    ("a polícia prendeu os aliciadores", "prosecution", "partnership"),
    ("uma política nacional de enfrentamento ao tráfico", "partnership", "prosecution"),
    ("a shelter for survivors, run in partnership with the national network", "protection", "partnership"),
    ("a national network of shelters and partners", "partnership", "prosecution"),
])  # fmt: skip
def test_the_pillar_words_are_read_in_their_language_and_never_from_who_partners(kb, text, named, not_named):
    index = index_for(kb)
    votes = _text_pillars(index, _Query.read(index, text))
    assert votes[named] > 0 and votes.get(not_named, 0.0) == 0.0


def test_an_area_outside_the_pillar_the_text_serves_says_why_it_weighs_less(kb):
    result = suggest(
        kb, "We run a shelter for women and girls who survived trafficking and help them go back to school"
    )
    school = next(a for a in result.areas if a.id == "education_schools")
    assert any("serves protection" in why for why in school.why)
    assert not any("weighs less" in why for a in result.areas if "protection" in a.pillars for why in a.why)


@pytest.mark.parametrize(("text", "unsure"), [
    ("effective implementation of international standards", True),
    ("We run a shelter for survivors of trafficking with counselling and medical care", False),
    ("working with chiefs and church ppl in the villages so the community itself protects girls, they make there own "
     "bylaws against early marrige and selling daughters", False),  # 'chiefs ... villages' close to 'village chiefs'
])  # fmt: skip
def test_a_lead_on_related_words_alone_is_not_sure(kb, text, unsure):
    result = suggest(kb, text)
    assert result.areas[0].why[0].startswith("related") is unsure
    assert result.not_sure is unsure


@pytest.mark.parametrize("text", [
    "A training workshop for border police on spotting trafficking at crossings, organised in partnership with the "
    "national anti-trafficking committee",
    "Un atelier de formation des policiers aux frontières sur le repérage des victimes, organisé par la Commission "
    "nationale de coordination",
    "Capacitación de policías de frontera en la detección de víctimas, en coordinación con la Comisión "
    "Interinstitucional contra la Trata",
    "Capacitação de policiais de fronteira para identificar vítimas, em parceria com o Comitê Nacional de "
    "Enfrentamento ao Tráfico de Pessoas",
])  # fmt: skip
def test_who_organises_funds_or_partners_weighs_less_than_what_the_work_is(kb, text):
    result = suggest(kb, text)
    assert result.areas[0].id != "coordination_bodies"
    coordination = [a for a in result.areas if a.id == "coordination_bodies"]
    assert all(any("names who organises" in why for why in a.why) for a in coordination)


@pytest.mark.parametrize("text", [
    "The national anti-trafficking committee meets every quarter to monitor the national action plan",
    "La Commission nationale de coordination se réunit chaque trimestre pour suivre le plan d'action national",
])  # fmt: skip
def test_a_coordination_body_that_is_the_work_itself_still_leads(kb, text):
    result = suggest(kb, text)
    assert result.areas[0].id == "coordination_bodies"
    assert not any("names who organises" in why for why in result.areas[0].why)


@pytest.mark.parametrize(("scores", "slate", "order"), [
    ({"shelter": 10.0, "education_schools": 7.0, "psychosocial_support": 8.0},
     {"shelter": 10.0, "education_schools": 9.0, "psychosocial_support": 8.0},
     ["shelter", "education_schools", "psychosocial_support"]),  # an area weighed less for another pillar still comes second
    ({"shelter": 6.0, "education_schools": 9.0},
     {"shelter": 6.0, "education_schools": 9.0},
     ["education_schools", "shelter"]),  # the slate never changes which area leads
    ({"shelter": 10.0, "medical_care": 8.0, "legal_assistance": 7.0},
     {"shelter": 10.0, "medical_care": 8.0, "legal_assistance": 7.0},
     ["shelter", "medical_care", "legal_assistance"]),  # scores and slate agree: the order is theirs
    ({"shelter": 10.0, "medical_care": 1.0},
     {"shelter": 10.0, "medical_care": 9.0},
     ["shelter"]),  # the slate orders the areas the text supports, it never adds one
])  # fmt: skip
def test_the_first_area_leads_on_its_score_and_the_others_follow_the_slate(kb, scores, slate, order):
    index = index_for(kb)
    query = matching._Query.read(index, "shelter")
    reasons = {a: ["'x' matched keyword 'x'"] for a in scores}
    ranked = matching._rank(index, query, scores, slate, reasons, 5)
    assert [a.id for a in ranked] == order
    shown = [a.score for a in ranked]
    assert shown == sorted(shown, reverse=True)


def test_the_slate_counts_an_area_s_evidence_in_full_and_the_learned_words_more(kb):
    index = index_for(kb)
    query = matching._Query.read(index, "dockyard visits")
    with learned.using({stem("dockyard"): {"labour_inspection": 40.0}}):
        lead = matching._with_learned(index, query, {"labour_inspection": 1.0}, defaultdict(list))
        slate = matching._slate_scores(index, query, {"labour_inspection": 1.0})
    assert lead["labour_inspection"] == pytest.approx(1.0 + matching.LEARNED_WEIGHT * matching.LEARNED_CAP)
    assert slate["labour_inspection"] == pytest.approx(
        1.0 + matching.SLATE_LEARNED_WEIGHT * matching.SLATE_LEARNED_CAP
    )


@pytest.mark.parametrize(("first", "named", "words_lead", "unsure"), [
    (None, 0, None, True),  # nothing understood
    ("shelter", 0, "shelter", True),  # none of its phrases said outright, however its wording leads
    ("shelter", 1, "medical_care", True),  # one phrase, and the wording favours another area
    ("shelter", 1, "shelter", False),  # one phrase, and the wording agrees
    ("shelter", 2, "medical_care", False),  # two phrases said outright
])  # fmt: skip
def test_not_sure_is_said_when_the_first_area_is_barely_named(first, named, words_lead, unsure):
    assert matching._not_sure(first, named, words_lead) is unsure


@pytest.mark.parametrize(("named", "likely", "said", "unsure"), [
    (0, 0.95, True, False),  # its phrase said close, and the re-ranker finds it likely
    (0, 0.95, False, True),  # related or learned words alone: never sure, however likely
    (0, 0.5, True, True),  # said close, but not likely enough
    (1, 0.95, False, False),  # one of its phrases said outright
    (1, 0.5, False, True),  # said outright once, the wording favours another, the re-ranker not sure enough
    (1, 0.95, True, False),
])  # fmt: skip
def test_the_re_ranker_vouches_only_for_a_lead_on_the_area_s_own_phrase(named, likely, said, unsure):
    assert matching._not_sure("shelter", named, "medical_care", likely, said) is unsure


@pytest.mark.parametrize(("text", "area", "said"), [
    ("help them find work", "research_data", False),
    ("we help survivors find work after they leave the shelter", "research_data", False),
    ("publish the research findings on trafficking", "research_data", True),
    ("a study whose findings shape the national statistics", "research_data", True),
])  # fmt: skip
def test_find_as_in_find_work_is_not_what_a_study_found(kb, text, area, said):
    assert (area in [a.id for a in suggest(kb, text).areas]) is said


@pytest.mark.parametrize(("text", "written", "folded"), [
    ("formación profesional para sobrevivientes", "'formación profesional'", "'formacion profesional'"),
    ("Capacitação de policiais para a identificação de vítimas", "'identificação de vítimas'", "identificacao"),
    ("Réinsertion socio-économique des survivantes", "'Réinsertion'", "reinsertion"),
    ("Línea telefónica gratuita de denuncia", "'Línea telefónica'", "linea telefonica"),
])  # fmt: skip
def test_a_phrase_reason_quotes_the_words_as_the_user_wrote_them(kb, text, written, folded):
    reasons = [
        why.split(" matched ")[0].split(" close to ")[0] for a in suggest(kb, text).areas for why in a.why
    ]
    assert any(written in why for why in reasons)
    assert not any(folded in why for why in reasons)


@pytest.mark.parametrize("text", [
    "L'OE délivre des documents de séjour aux victimes, conformément à la loi, sur demande des centres d'accueil",
    "A palestra foi dirigida aos assistentes sociais e aos profissionais de saúde",
    "Programas regionales de prevención con jóvenes",
])  # fmt: skip
def test_related_and_learned_words_are_shown_as_the_user_wrote_them(kb, text):
    written = set(re.findall(r"[^\W\d_]+", text))
    for area in suggest(kb, text).areas:
        for why in area.why:
            if why.startswith(("related words: ", matching.LEARNED_REASON)):
                shown = why.split(": ", 1)[1].split(", ")
                assert set(shown) <= written, (area.id, why)


def test_english_text_shows_its_own_words_too(kb):
    result = suggest(kb, "counselling sessions with a psychologist for the women staying in our safe house")
    shown = [w for a in result.areas for why in a.why if why.startswith("related words: ")
             for w in why.removeprefix("related words: ").split(", ")]  # fmt: skip
    assert shown and all(w in result.query for w in shown)


@pytest.mark.parametrize(("text", "tied"), [
    ("we run a shelter for women survivors and give psychological counselling", True),
    ("we run a shelter for women survivors", False),
])  # fmt: skip
def test_two_areas_the_text_supports_about_equally_are_a_tie(kb, text, tied):
    assert suggest(kb, text).tied is tied


@pytest.mark.parametrize(("text", "area", "pillar"), [
    # people with lived experience of trafficking are survivors: work for them is protection
    ("Vocational training for people with lived experience of trafficking", "economic_empowerment", "protection"),
    ("Formación profesional para personas con experiencia vivida de trata", "economic_empowerment", "protection"),
    ("Formation professionnelle pour les personnes ayant une expérience vécue de la traite", "economic_empowerment",
     "protection"),
    ("Formação profissional para pessoas com experiência vivida de tráfico", "economic_empowerment", "protection"),
    ("Vocational training for young people at risk of trafficking", "economic_empowerment", "prevention"),
    ("Formación profesional para jóvenes en riesgo de trata", "economic_empowerment", "prevention"),
    ("Formation professionnelle pour les jeunes à risque de traite", "economic_empowerment", "prevention"),
    ("Formação profissional para jovens em risco de tráfico", "economic_empowerment", "prevention"),
    # advocacy with legislators is partnership work; a law that criminalises and sanctions is prosecution work
    ("Advocacy with parliamentarians to reform the anti-trafficking law", "legislation_policy", "partnership"),
    ("Incidencia con parlamentarios para reformar la ley contra la trata", "legislation_policy", "partnership"),
    ("Plaidoyer auprès des parlementaires pour réformer la loi contre la traite", "legislation_policy",
     "partnership"),
    ("Advocacia junto aos parlamentares para reformar a lei contra o tráfico", "legislation_policy", "partnership"),
    ("The new law criminalizes trafficking and sets penalties for offenders", "legislation_policy", "prosecution"),
    ("La nueva ley tipifica la trata y establece sanciones", "legislation_policy", "prosecution"),
    ("La nouvelle loi criminalise la traite et fixe des sanctions", "legislation_policy", "prosecution"),
    ("A nova lei criminaliza o tráfico de pessoas e estabelece sanções", "legislation_policy", "prosecution"),
    # border guards who identify victims do protection work; border guards who check documents, border work
    ("Training border guards to identify victims of trafficking at checkpoints", "border_management", "protection"),
    ("Formación de guardias de frontera para identificar a víctimas de trata", "border_management", "protection"),
    ("Formation des garde-frontières à l'identification des victimes de la traite", "border_management",
     "protection"),
    ("Formação de guardas de fronteira para identificar vítimas de tráfico", "border_management", "protection"),
    ("Training border guards to check travel documents at checkpoints", "border_management", "prosecution"),
    ("Formación de guardias de frontera para revisar documentos de viaje", "border_management", "prosecution"),
    ("Formation des garde-frontières au contrôle des documents de voyage", "border_management", "prosecution"),
    ("Formação de guardas de fronteira para verificar documentos de viagem", "border_management", "prosecution"),
])  # fmt: skip
def test_whom_the_work_is_for_and_who_does_it_choose_the_area_s_pillar_in_four_languages(
    kb, text, area, pillar
):
    assert {a.id: a.pillar for a in suggest(kb, text).areas}[area] == pillar


@pytest.mark.parametrize(("text", "named", "not_named"), [
    ("the repression of trafficking networks", "prosecution", "protection"),
    ("la represión de las redes de trata", "prosecution", "protection"),
    ("la répression des réseaux de traite", "prosecution", "protection"),
    ("a repressão às redes de tráfico", "prosecution", "protection"),
    ("advocacy with parliamentarians", "partnership", "prosecution"),
    ("incidencia con parlamentarios", "partnership", "prosecution"),
    ("plaidoyer auprès des parlementaires", "partnership", "prosecution"),
    ("advocacia junto aos parlamentares", "partnership", "prosecution"),
    ("mentoring for women with lived experience", "protection", "prevention"),
    ("a parliamentary experience lived by the youth", "prevention", "protection"),  # not the phrase: no survivor
    ("identifying victims among migrants", "protection", "prosecution"),
    ("identificación de víctimas entre los migrantes", "protection", "prosecution"),
    ("détection des victimes parmi les migrants", "protection", "prosecution"),
    ("detecção de vítimas entre os migrantes", "protection", "prosecution"),
    ("reconhecer comportamentos suspeitos", "protection", "prosecution"),  # suspicious, not suspects
])  # fmt: skip
def test_repression_advocacy_identification_and_lived_experience_vote_in_four_languages(
    kb, text, named, not_named
):
    index = index_for(kb)
    votes = _text_pillars(index, _Query.read(index, text))
    assert votes[named] > 0 and votes.get(not_named, 0.0) == 0.0


@pytest.mark.parametrize(("text", "quoted"), [
    ("Mise en place d'un mécanisme national d'orientation des victimes", "'mécanisme national d'orientation'"),
    ("Mise en place d’un mécanisme national d’orientation des victimes", "'mécanisme national d’orientation'"),
    ("Casa-abrigo para mulheres sobreviventes de tráfico", "'Casa-abrigo'"),
    ("Formación de policías en investigación de trata", "'Formación de policías'"),
])  # fmt: skip
def test_reasons_quote_the_words_with_the_users_apostrophes_and_hyphens(kb, text, quoted):
    reasons = [why for area in suggest(kb, text).areas for why in area.why]
    assert any(why.startswith(quoted + " ") for why in reasons)


@pytest.mark.parametrize(("text", "area", "places"), [
    # one typed phrase matching 'police training', 'training police' and 'formación de policías' is one
    ("Formación de policías", "law_enforcement_training", 1),
    ("Formación de policías y capacitación de fiscales sobre la trata", "law_enforcement_training", 2),
])  # fmt: skip
def test_one_typed_phrase_counts_once_among_the_phrases_said_outright(kb, text, area, places):
    index = index_for(kb)
    named = matching._score_areas(index, _Query.read(index, text))[4]
    assert named.get(area, 0) == places


@pytest.mark.parametrize(("text", "area"), [
    # 'national' says at what scale the work is done, not which work: alone it is too thin to tell
    ("nation", None), ("national", None), ("a project for the nation", None), ("nacional", None),
    # the phrases that hold it keep their weight
    ("support to the national referral mechanism", "referral_mechanism"),
    ("a national action plan against trafficking", "coordination_bodies"),
    ("a national hotline for victims", "hotline_helpline"),
    ("mécanisme national d'orientation des victimes", "referral_mechanism"),
])  # fmt: skip
def test_the_word_national_alone_points_to_no_area(kb, text, area):
    result = suggest(kb, text)
    if area is None:
        assert result.too_thin and not result.areas
    else:
        assert result.areas[0].id == area and not result.too_thin
