"""Whether the review's wording rules can read a statement: the share of its words they know.

The wording rules read English, Spanish, French and Portuguese. On a statement in another language
(Romanian, German, Italian, Indonesian …) they find no unit, no period and no measure and would report
all three, which is noise, not review. The test is general, not a list of foreign words: a word is known
when it is a function word of one of the four languages, or its word family (textnorm.stem) occurs in the
built-in knowledge base or in the Spanish, French and Portuguese lexicon (compiled/vocabulary.txt, written
by `python -m ctguide.kbseed`; run it again after changing knowledge/, the lexicon or textnorm.stem). Numbers, acronyms (two capitals or more), single letters and capitalised
names inside the statement say nothing about its language and are not counted. A statement with fewer
than MIN_WORDS counted words is always read: too short to judge, and short English labels ("Crisis
Calls") are common. With the vocabulary file missing every statement is read, as before.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from ctguide import lazyre
from ctguide.textnorm import fold, stem

STORE = Path(__file__).resolve().parent / "compiled" / "vocabulary.txt"
FORMAT = "ctguide-vocabulary 2"
MIN_WORDS = 4
MIN_KNOWN = 0.6  # readable English, Spanish, French and Portuguese statements know >= 0.7; others <= 0.5

FUNCTION_WORDS = frozenset(
    """
    a about above across after against all along also am among an and any are around as at be because been
    before being below between both but by can could did do does during each either every few for from had
    has have he her here his how i if in into is it its itself just less many may might more most much must
    my neither no nor not now of off on once one only or other our out over own per same she should since so
    some such than that the their them then there these they this those through thus to too toward towards
    under until up upon us very via was we were what when where whether which while who whom whose why will
    with within without would yet you your
    a al algun alguna algunas algunos ante antes aquel aquella bajo cada como con contra cual cuales cuando
    de del desde donde durante e el ella ellas ellos en entre era es esa ese eso esta estan este esto estos
    estas fue fueron ha han hasta hay la las le les lo los mas mediante muy ni no nos o otra otras otro otros
    para pero por porque que quien quienes se segun ser si sin sino sobre son su sus tambien tan tanto toda
    todas todo todos tras un una unas uno unos y ya
    a afin ainsi au aupres aux avant avec ce ceci cela celle celles celui ces cet cette chaque comme contre d
    dans de depuis des donc dont du elle elles en encore entre est et etre eux fait font il ils l la le les
    leur leurs lors lorsque mais meme moins ne ni non nos notre nous on ont ou par parmi pas pendant peu plus
    pour pourquoi qu quand que quel quelle quelles quels qui sa sans se selon ses si son sont sous sur ta te
    tous tout toute toutes tres un une vers via vos votre vous
    a ao aos apos as ate cada com como contra da das de dentro desde do dos durante e ela elas ele eles em
    entre era esse essa esses essas esta estao este esta estes estas foi foram ha isso isto ja mais mas
    mesmo na nas nem no nos o os ou para pela pelas pelo pelos per perante por porque quais qual quando que
    quem se sem ser seu seus sob sobre sua suas tambem toda todas todo todos um uma umas uns
    ainda apenas assim atraves deste desta desse dessa neste nesta nessa nesse muito muitos muita muitas menos
    nosso nossa nossos nossas onde pois sao entao aquele aquela aqueles aquelas
    aun asi cuyo cuya cuyos cuyas mismo misma mismos mismas nuestro nuestra nuestros nuestras siempre donde
    aussi bien deja ici lui ceux celle ou y sera seront ete avoir toujours
    """.split()
)
"""Articles, pronouns, prepositions, conjunctions and common auxiliaries of the four languages, folded."""

MEASURE_WORDS = frozenset(
    """
    number numbers percentage percent proportion share rate ratio mean average median total amount value score
    index level time duration days existence status stage incidence prevalence
    numero numeros porcentaje proporcion tasa promedio media mediana monto valor puntaje puntuacion indice nivel
    grado tiempo plazo duracion dias existencia estado etapa cantidad incidencia prevalencia
    nombre pourcentage taux moyenne mediane montant valeur niveau temps delai duree jours etape statut
    percentagem porcentagem percentual proporcao taxa montante pontuacao grau prazo duracao estagio situacao
    quantidade
    """.split()
)
"""The unit and measure words the wording rules read first ("Porcentaje de …", "Taux de …"), folded: a statement
that starts with one is in a language the rules read, whatever the knowledge base's vocabulary holds."""

WORD = lazyre.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


class Unread(NamedTuple):
    """A statement the wording rules cannot read: how many of its counted words they know, and which not."""

    known: int
    counted: int
    unknown: tuple[str, ...]


def unread(statement: str, vocabulary: frozenset[str] | None = None) -> Unread | None:
    """Unread when the statement has at least MIN_WORDS counted words and fewer than MIN_KNOWN of them are
    known; None when the rules can read it (or there is no vocabulary to judge by)."""
    vocabulary = known_families() if vocabulary is None else vocabulary
    if not vocabulary:
        return None
    counted = _counted_words(statement)
    if len(counted) < MIN_WORDS:
        return None
    unknown = tuple(
        w for w in counted if w not in FUNCTION_WORDS and w not in MEASURE_WORDS and stem(w) not in vocabulary
    )
    known = len(counted) - len(unknown)
    return Unread(known, len(counted), unknown) if known < MIN_KNOWN * len(counted) else None


def _counted_words(statement: str) -> list[str]:
    """The folded words that tell the language: no numbers, acronyms, single letters or names."""
    counted = []
    for n, match in enumerate(WORD.finditer(statement)):
        written = match.group(0)
        capitals = sum(c.isupper() for c in written)
        if len(written) < 2 or capitals >= 2 or (n and written[0].isupper()):
            continue  # "TIP", "GoN", "a", "Miprof", "Java": not words of a language
        counted.extend(fold(written).split())
    return counted


def word_store(path: Path, header: str) -> frozenset[str]:
    """The words of a compiled word list (one per line under its `header`): empty when the file is missing,
    damaged or of another format, so a stale store switches its check off instead of stopping the tool."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return frozenset()
    if not lines or lines[0] != header:
        return frozenset()
    return frozenset(word for word in lines[1:] if word)


@lru_cache(maxsize=1)
def known_families() -> frozenset[str]:
    """The word families of the compiled vocabulary (empty when the file is missing or of another format)."""
    return word_store(STORE, FORMAT)


def generate(folder: Path | None = None) -> str:
    """The text of compiled/vocabulary.txt: the word family (textnorm.stem) of every folded word of the knowledge
    files in `folder` (the built-in knowledge) and of the lexicon, one a line, sorted, so that changes merge
    cleanly; families, not words, so that reading it costs no stemming."""
    from ctguide.knowledge import knowledge_files
    from ctguide.lexicon import translations
    from ctguide.paths import builtin_knowledge_dir

    words: set[str] = set()
    for path in knowledge_files(builtin_knowledge_dir() if folder is None else folder):
        words.update(fold(path.read_text(encoding="utf-8")).split())
    words.update(translations())
    families = {stem(w) for w in words if w.isalpha() and len(w) > 1 and w not in FUNCTION_WORDS}
    return "\n".join([FORMAT, *sorted(families)]) + "\n"
