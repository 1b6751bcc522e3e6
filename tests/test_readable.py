"""Whether the wording rules can read a statement: other languages are skipped, short or acronym-heavy
statements in English, Spanish, French and Portuguese are still read."""

import pytest

from ctguide import readable
from ctguide.knowledge import load_knowledge

OTHER_LANGUAGES = (
    "Număr de materiale informativ-preventive diseminate în anul de raportare",  # Romanian
    "Procentul de victime care au primit asistență în termen de 30 de zile",  # Romanian
    "Anzahl der identifizierten Opfer von Menschenhandel im Berichtsjahr",  # German
    "Anteil der geschulten Polizeibeamten, die innerhalb von sechs Monaten ein Opfer weitergeleitet haben",
    "Numero di vittime di tratta identificate nel periodo di riferimento",  # Italian
    "Percentuale di operatori formati che applicano le procedure operative standard entro sei mesi",
    "Jumlah korban perdagangan orang yang teridentifikasi pada tahun pelaporan",  # Indonesian
    "Persentase petugas yang dilatih yang merujuk korban dalam enam bulan",
)
READ = (
    "Number of TIP cases referred by NRM focal points to CSOs in FY2027",
    "% of SOPs adopted by MoJ, MoI and MoLSW by Q4 2028",
    "Número de víctimas identificadas por la UIF en 2028",
    "Número de denuncias recibidas por la línea 145",
    "% des victimes orientées vers une ONG en 2028",
    "Taux de satisfaction des usagers du 119",
    "Número de vítimas atendidas pelo CREAS em 2028",
    "Fortalecer serviços, benefícios e programas socioassistenciais para vítimas",
    "Crisis Calls",
    "Number exited",
    "Total Number of Calls per Year",
    "Establishment of village committees in Lumajang, Probolinggo and Malang regencies of East Java",
    "Porcentaje de víctimas de nacionalidad mexicana",  # the unit word is read, whatever the knowledge holds
    "Pourcentage de victimes de nationalité française",
    "Percentual de vítimas de nacionalidade brasileira",
)


@pytest.mark.parametrize("statement", OTHER_LANGUAGES)
def test_a_statement_in_another_language_is_not_read(statement):
    found = readable.unread(statement)
    assert found is not None and found.known < readable.MIN_KNOWN * found.counted
    assert found.unknown


@pytest.mark.parametrize("statement", READ)
def test_short_acronym_heavy_or_named_statements_in_the_four_languages_are_read(statement):
    assert readable.unread(statement) is None


def test_every_knowledge_base_statement_is_read():
    kb = load_knowledge()
    unread = [i.statement for i in kb.indicators if readable.unread(i.statement)]
    assert unread == []


def test_without_a_vocabulary_every_statement_is_read():
    assert readable.unread(OTHER_LANGUAGES[0], frozenset()) is None


def test_numbers_acronyms_and_names_are_not_counted():
    assert readable._counted_words("Number of NRM cases in Chisinau in 2028") == [
        "number",
        "of",
        "cases",
        "in",
        "in",
    ]


def test_the_shipped_vocabulary_is_in_step_with_the_knowledge():
    assert readable.STORE.read_text(encoding="utf-8") == readable.generate(), (
        "the knowledge or the lexicon changed since ctguide/compiled/vocabulary.txt was made: run `python -m ctguide.kbseed`"
    )
