from ctguide.fit import families, reference
from ctguide.knowledge import load_knowledge


def test_the_reference_is_built_once_per_knowledge_base():
    kb = load_knowledge()
    assert reference(kb) is reference(kb)


def test_word_families_drop_generic_and_stop_words():
    assert families("Number of victims rescued in the reporting year") == families("victims rescued")


def test_a_rescue_count_reads_like_investigation_not_recruitment():
    ref = reference(load_knowledge())
    fit = ref.fit("Number of victims rescued by police in the corridor in 2028", "ethical_recruitment")
    assert fit.own < fit.best_score and fit.best.id != "ethical_recruitment"
    fee = ref.fit(
        "% of migrant workers placed by participating recruiters who paid a recruitment fee",
        "ethical_recruitment",
    )
    assert fee.best.id == "ethical_recruitment"
