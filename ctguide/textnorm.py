"""Text normalisation shared by matching and the SMART rules: accents, case, plurals, stop words."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_NON_WORD = re.compile(r"[^a-z0-9]+")

STOP_WORDS = frozenset(
    """
    a an and are as at be been being but by can could did do does doing for from had has have
    how i if in into is it its just more most my no not of on or our ours out over own per so
    some such than that the their them then there these they this those through to too under
    until up very was we were what when where which while who whom why will with would you your
    also about after all any before between both each few further here only other same should
    again against am being below during off once s t don now us via etc e g ie eg
    el la los las un una unos unas de del y o en con por para que se su sus al lo como mas
    le les des du et ou au aux en dans pour par sur avec une qui que ce ces leur leurs est sont
    il elle ils elles nous vous on pas ne
    """.split()
)


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower case, accents removed, punctuation turned into single spaces."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _NON_WORD.sub(" ", plain.lower()).strip()


@lru_cache(maxsize=65536)
def stem(token: str) -> str:
    """A light, language-agnostic plural stripper: 'victims' -> 'victim', 'agencies' -> 'agency'."""
    if len(token) > 4 and token.endswith("ies"):
        return token[:-3] + "y"
    if len(token) > 4 and token.endswith(("ches", "shes", "sses", "xes")):
        return token[:-2]
    if len(token) > 3 and token.endswith("s") and not token.endswith(("ss", "us", "is")):
        return token[:-1]
    return token


def words(text: str) -> list[str]:
    """Folded words, stop words kept (for phrase matching and display)."""
    return fold(text).split()


def content_tokens(text: str) -> tuple[str, ...]:
    """Stemmed words without stop words: what matching compares."""
    return tuple(stem(w) for w in fold(text).split() if w not in STOP_WORDS)


GENERIC_TOKENS = frozenset(
    stem(w)
    for w in """
    victim victims survivor survivors trafficking trafficked traffickers human persons person people project
    projects support help assistance programme program services service work working women men children
    victima victimas sobreviviente sobrevivientes trata personas proyecto apoyo ayuda mujeres
    victime victimes survivant survivants traite etre humains projet soutien aide femmes hommes enfants
    """.split()
)
"""Words that appear in almost every counter-trafficking description, in English, Spanish and French."""
