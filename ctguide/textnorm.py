"""Text normalisation shared by matching and the SMART rules: accents, case, word families, stop words.

`stem` folds the words of one family in English, Spanish, French and Portuguese onto one key:
reintegrate, reintegrated, reintegration, reintegración, reintegração -> 'reintegr';
reinsertion, réinsertion, reinserción -> 'reinsert'. Prefixes are never stripped, so
'reintegrated' and 'integrated' stay two different words.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ctguide import lazyre

_NON_WORD = lazyre.compile_now(r"[^a-z0-9]+")

STOP_WORDS = frozenset(
    """
    a an and are as at be been being but by can could did do does doing for from had has have
    how i if in into is it its just more most my no not of on or our ours out over own per so
    some such than that the their them then there these they this those through to too under
    until up very was we were what when where which while who whom why will with would you your
    also about after all any before between both each few further here only other same should
    again against am being below during off once s t don now us via etc e g ie eg
    el la los las un una unos unas de del y o en con por para que se su sus al lo como mas
    entre sobre sin desde hasta este esta estos estas ese esa cual cuales tambien muy ya
    le les des du et ou au aux en dans pour par sur avec une qui que ce ces leur leurs est sont
    il elle ils elles nous vous on pas ne cette afin ainsi dont entre aupres
    da das do dos na nas no nos um uma uns umas com pelo pela pelos pelas e ao aos seu sua seus suas
    l d qu j n c
    """.split()
)
"""Function words of the four languages, and the letters a French elision leaves ('l'enfance', 'd'urgence',
'qu'elles'): 'protection de l'enfance' and 'protection des enfants' are the same two words."""

_SPELLING = (
    # British/American and Spanish/Portuguese endings onto one spelling before suffixes go.
    (lazyre.compile_now(r"cc(ion|iones)$"), r"ct\1"),
    # función, sanción, distinción, função keep English's c (function); prevención, atenção do not (prevention).
    (lazyre.compile_now(r"(?<=[aiu]n)c(ion|iones|ional|ionales|ionais)$"), r"ct\1"),
    (lazyre.compile_now(r"(?<=[aiu]n)cao$"), "ction"),
    (lazyre.compile_now(r"(?<=[aiu]n)coes$"), "ctions"),
    (lazyre.compile_now(r"^fonct"), "funct"),  # fonction, fonctionnel: function, functional
    (lazyre.compile_now(r"(?<=[a-z]{3})ionnel(?:le)?s?$"), "ional"),  # institutionnel(le)(s): institutional
    (lazyre.compile_now(r"c(ion|iones)$"), r"t\1"),
    (lazyre.compile_now(r"ecao$"), "ection"),
    (lazyre.compile_now(r"ecoes$"), "ections"),
    (lazyre.compile_now(r"cao$"), "tion"),
    (lazyre.compile_now(r"coes$"), "tions"),
    (lazyre.compile_now(r"(?<=[a-z]{3})is(ation|ations|e|ed|es|ing)$"), r"iz\1"),
    # The verbs of the -ization families: movilizar, mobilizados, sensibiliser, mobilisées -> mobilize.
    (
        lazyre.compile_now(r"(?<=[a-z]{3})i[sz](?:ar|er|ee|ees|ad[oa]s?|ando|ant|ent|ons|ez|amos|an|am)$"),
        "ize",
    ),
    (lazyre.compile_now(r"our$"), "or"),
    (lazyre.compile_now(r"(?<=[a-z]{3})tre$"), "ter"),
    (lazyre.compile_now(r"ramme$"), "ram"),
    (lazyre.compile_now(r"iones$"), "ions"),
    (lazyre.compile_now(r"(?<=[a-z]{3})(?:iv[oa]s?|(?<=t)ifs?)$"), "ive"),  # educativo, administratif
    (
        lazyre.compile_now(
            r"i(fication|fications|fied|fies|fying|fy|fier|fiers|fique|fiques|ficar|fica|fican"
            r"|fie|fiee|fiees|fient|fiant|ficad[oa]s?|ficando)$"
        ),
        "if",
    ),
    (lazyre.compile_now(r"^vitim"), "victim"),
    # Spanish, Portuguese and French plurals and adjectives onto their singular before suffixes go:
    # regionales, regionais, régionaux -> regional; trabajadores -> trabajador; vulneráveis -> vulnerable.
    # nationale, internacionales, sociais, locaux -> -al: the French feminine singular is the commonest form.
    (lazyre.compile_now(r"(?<=[a-z]{3})(?:ales?|ais)$"), "al"),
    (lazyre.compile_now(r"(?<=[a-z]{2}[^e])aux$"), "al"),
    (lazyre.compile_now(r"(?<=[a-z]{3})eaux$"), "eau"),
    (
        lazyre.compile_now(r"(?<=[a-z]{3})((?<![lnp])or|(?<=[^c][lint])ar|il)es$"),
        r"\1",
    ),  # titulares, not declares
    (lazyre.compile_now(r"(?<=[a-z]{3}[ai])ve(l|is)$"), "ble"),
    (lazyre.compile_now(r"(?<=[a-z]{3})iques?$"), "ic"),
    (lazyre.compile_now(r"cional$"), "tional"),  # nacional, institucional: national, institutional
)
_ANY_SPELLING = lazyre.compile_now("|".join(f"(?:{pattern.pattern})" for pattern, _ in _SPELLING))

_SUFFIXES = tuple(
    sorted(
        """
        izations ization izing ized izes ize ations ation ational ated ates ating ate ators ator
        itions ition ings ing ions ion ments ment ives ive ities ity ers er ors or ed es s
        ables able ibles ible als al ally ly ness ful
        ados adas ado ada idos idas ido ida ando iendo ar ir amiento amientos mente cion
        amento amentos imento imentos aram ou
        ements ement euses euse iques ique ismes isme istes iste
        ees ee ais ait
        os as o a e
        """.split(),
        key=len,
        reverse=True,
    )
)
_SUFFIX_SET = frozenset(_SUFFIXES)
_SUFFIX_LENGTHS = tuple(sorted({len(suffix) for suffix in _SUFFIXES}, reverse=True))
_MIN_STEM = 4
_FALSE_FRIENDS = {
    # Words the suffix rules would merge with a different word: refugee is not refuge (refugio).
    **dict.fromkeys(
        "refugee refugees refugiado refugiados refugiada refugiadas refugie refugies".split(), "refugee"
    ),
    **dict.fromkeys("committee committees comite comites".split(), "committee"),
    **dict.fromkeys("office offices".split(), "office"),
    **dict.fromkeys("acao acoes".split(), "action"),  # ação, ações: too short for the suffix rules
    "travaux": "travail",
    "restores": "restor",  # not 'rest' (the -ores plural rule is for trabajadores)
    "findings": "findings",  # what a study found, not 'find' (help them find work)
    "associated": "associated",
}


_WHOLE_ROOTS = (("internation", "internation"), ("internacion", "internation"), ("mentor", "mentor"))
"""Roots the suffix rules would cut into another family's key, kept whole with every ending: international
is not internal ('intern' + -ational), a mentor is not mental ('ment' + -or)."""
_ROOT_STARTS = tuple(root for root, _ in _WHOLE_ROOTS)


_LIGATURES = str.maketrans(
    {"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "ß": "ss"}
)  # no decomposition of their own


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower case, accents removed, punctuation turned into single spaces."""
    if text.isascii():  # nothing to decompose (most text): the same result, without a loop per letter
        return _NON_WORD.sub(" ", text.lower()).strip()
    decomposed = unicodedata.normalize("NFKD", text.translate(_LIGATURES))
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _NON_WORD.sub(" ", plain.lower()).strip()


def unaccented(text: str) -> str:
    """`text` with accents removed, letter for letter, so positions in it are positions in `text` (unlike `fold`,
    which also lowers case and drops punctuation)."""
    return text if text.isascii() else "".join(unicodedata.normalize("NFKD", ch)[0] for ch in text)


def as_typed(phrase: str, text: str) -> str:
    """`phrase` (folded words: 'formacion profesional') as the user wrote it in `text`
    ('formación profesional'), or as it is when `text` does not hold it word for word."""
    wanted = phrase.split()
    spans = [(m.start(), m.end(), fold(m.group(0))) for m in _WRITTEN_WORD.finditer(text)]
    for first in range(len(spans) - len(wanted) + 1):
        if [folded for _, _, folded in spans[first : first + len(wanted)]] == wanted:
            return text[spans[first][0] : spans[first + len(wanted) - 1][1]]
    return phrase


_WRITTEN_WORD = lazyre.compile(r"[^\W_]+")
"""A word as `fold` splits them: 'pre-departure' and "agency's" are two ('pre departure', 'agency s')."""


@lru_cache(maxsize=65536)
def stem(token: str) -> str:
    """The family key of one folded word (see the module docstring); digits and short words stay."""
    if token in _FALSE_FRIENDS:
        return _FALSE_FRIENDS[token]
    if token.startswith(_ROOT_STARTS):
        return next(key for root, key in _WHOLE_ROOTS if token.startswith(root))
    if len(token) == _MIN_STEM and token.isalpha() and token.endswith("s") and token[-2] not in "isu":
        return token[:-1]  # laws, ngos, sops, jobs: the plural of a short word
    if len(token) <= _MIN_STEM or not token.isalpha():
        return token
    if token.endswith("ies") and len(token) > 5:
        token = token[:-3] + "y"
    if _ANY_SPELLING.search(token):  # one search instead of a substitution per rule (most words need none)
        for pattern, replacement in _SPELLING:
            token = pattern.sub(replacement, token)
    for length in _SUFFIX_LENGTHS:  # the longest suffix that leaves a stem, looked up by length
        if len(token) - length >= _MIN_STEM and token[-length:] in _SUFFIX_SET:
            token = token[:-length]
            break
    if token.endswith("y") and len(token) > _MIN_STEM + 1:
        token = token[:-1] + "i"
    if len(token) > _MIN_STEM + 1 and token[-1] == token[-2] and token[-1] not in "lsaeiou":
        token = token[:-1]
    return token


_SPLIT_PREFIX = lazyre.compile_now(
    r"\b(re|co|psycho)(?:[-/\u2010\u2011]|\)\s*)(?=[^\W\d_]{3})", re.IGNORECASE
)
_OPEN_PREFIX = lazyre.compile_now(r"\((?=(?:re|co|psycho)\))", re.IGNORECASE)


_PREFIX_JOINERS = frozenset("-/)\u2010\u2011")  # a text without any of these has no prefix to join


def join_prefixes(text: str) -> str:
    """'re/integration', 're-integration', '(re)integration', 'psycho-social' written as one word."""
    if _PREFIX_JOINERS.isdisjoint(text):
        return text
    return _SPLIT_PREFIX.sub(r"\1", _OPEN_PREFIX.sub("", text))


def words(text: str) -> list[str]:
    """Folded words, stop words kept (for phrase matching and display)."""
    return list(_words(text))


@lru_cache(maxsize=65536)
def _words(text: str) -> tuple[str, ...]:
    return tuple(fold(join_prefixes(text)).split())


@lru_cache(maxsize=65536)
def content_tokens(text: str) -> tuple[str, ...]:
    """Word-family keys without stop words: what matching compares."""
    return tuple(stem(w) for w in _words(text) if w not in STOP_WORDS)


GENERIC_TOKENS = frozenset(
    stem(w)
    for w in """
    victim victims survivor survivors trafficking trafficked traffickers human persons person people project
    projects support help assistance programme program services service work working women men children
    victima victimas sobreviviente sobrevivientes trata personas proyecto apoyo ayuda mujeres
    victime victimes survivant survivants traite etre humains projet soutien aide femmes hommes enfants
    vitima vitimas sobrevivente sobreviventes trafico pessoas projeto apoio mulheres criancas
    capacity capacities capacidad capacidades capacite capacites capacidade strengthen strengthening
    fortalecer fortalecimiento renforcer renforcement fortalecimento
    nation national nationally nationwide nacion nacional nacionais nationale nationaux
    """.split()
)
"""Words that appear in almost every counter-trafficking description, in four languages, and the nation family:
'national' says at what scale the work is done (a national hotline, plan, referral mechanism, police), not which
work; the phrases that hold it keep their full weight. ('country' stays: 'countries' of origin and destination
point to cross-border and migration work in the labelled descriptions.)"""
