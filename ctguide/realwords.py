"""Real words of English, Spanish, French and Portuguese that the spelling reading would take for a typing slip of
a knowledge-base word ('capacitamos' for 'capacitados', 'membres' for 'members', 'likelihood' for 'livelihood'):
a real word is never corrected (ctguide.matching._correct).

Compiled at dev time by `python -m ctguide.realwords` (needs pyspellchecker, a test dependency) from the
word-frequency dictionaries of the four languages, accents folded, with the regular plurals and verb forms of
Spanish, Portuguese and French those lists leave out (capacitar -> capacitamos, capacitados; factor -> factores),
kept only where the built-in knowledge base's spelling vocabulary would read them as a slip; run it again after
changing knowledge/ (tests/test_realwords.py says when). The runtime reads only compiled/realwords.txt, and
corrects as before when it is missing or damaged. A knowledge base of the user's own may have words the built-in
one has not: a real word near only those is read as before.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from functools import lru_cache
from pathlib import Path

from ctguide.lexicon import translations
from ctguide.textnorm import fold, stem

STORE = Path(__file__).resolve().parent / "compiled" / "realwords.txt"
FORMAT = "ctguide-realwords 1"
LANGUAGES = ("en", "es", "fr", "pt")
_VERB_ENDINGS = {
    # Regular present, past, participle and gerund forms, accents folded, by language and infinitive ending.
    ("es", "ar"): "o as a amos ais an e es emos en aste aron aba abas abamos aban ado ada ados adas ando ara aran aria arian",
    ("es", "er"): "o es e emos eis en i io ieron ia ias iamos ian ido ida idos idas iendo era eran eria erian",
    ("es", "ir"): "o es e imos is en i io ieron ia ias iamos ian ido ida idos idas iendo ira iran iria irian",
    ("pt", "ar"): "o as a amos am e es em emos ei ou aram ava avas avamos avam ado ada ados adas ando ara arao aria",
    ("pt", "er"): "o es e emos em i eu eram ia ias iamos iam ido ida idos idas endo era erao eria",
    ("pt", "ir"): "o es e imos em i iu iram ia ias iamos iam ido ida idos idas indo ira irao iria",
    ("fr", "er"): "e es ons ez ent ai a erent ait aient ee ees es ant era eront erait eraient",
    ("fr", "ir"): "is it issons issez issent issait issaient issant ie ies era iront irait",
}  # fmt: skip
_PLURALS = {"es": ("s", "es"), "pt": ("s", "es", "is"), "fr": ("s", "e", "es", "x")}
_BASES: dict[tuple[str, str], tuple[str, ...]] = {}
for _language, _endings in _PLURALS.items():
    for _ending in _endings:
        _BASES[(_language, _ending)] = ("",)
for (_language, _infinitive), _endings in _VERB_ENDINGS.items():
    for _ending in _endings.split():
        _BASES[(_language, _ending)] = (*_BASES.get((_language, _ending), ()), _infinitive)
_LONGEST = max(len(ending) for _, ending in _BASES) + 1
"""(language, ending) -> what replaces it in the dictionary word: '' for a plural, the infinitive's ending for a
verb form."""


@lru_cache(maxsize=1)
def protected() -> frozenset[str]:
    """The folded real words never corrected (an empty set when the store is missing or damaged)."""
    try:
        lines = STORE.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return frozenset()
    if not lines or lines[0] != FORMAT:
        return frozenset()
    return frozenset(word for word in lines[1:] if word)


def is_real(word: str, dictionary: Mapping[str, frozenset[str]]) -> bool:
    """`word` is in one language's `dictionary` (folded words), or a regular plural or verb form of one of its words
    ('capacitamos', 'capacitados' of 'capacitar'; 'factores' of 'factor')."""
    for language, words in dictionary.items():
        if word in words:
            return True
        for size in range(1, min(_LONGEST, len(word) - 2)):
            root = word[:-size]
            if any(root + base in words for base in _BASES.get((language, word[-size:]), ())):
                return True
    return False


def dictionaries() -> dict[str, frozenset[str]]:
    """Each language's dictionary words, folded (dev time only: needs pyspellchecker)."""
    from spellchecker import SpellChecker

    return {
        language: frozenset(
            fold.__wrapped__(w) for w in SpellChecker(language=language).word_frequency.dictionary
        )
        for language in LANGUAGES
    }


def slips(known: str) -> Iterator[str]:
    """Every string a typing slip of `known` could give (a superset of what ctguide.matching._is_slip accepts):
    one or two letters left out, one doubled, two swapped, one mistyped; the first letter kept."""
    n = len(known)
    for i in range(1, n):
        left_out = known[:i] + known[i + 1 :]
        yield left_out
        yield from (left_out[:j] + left_out[j + 1 :] for j in range(max(i - 1, 1), n - 1))
        yield known[:i] + known[i] + known[i:]
        for j in range(i + 1, n):
            yield known[:i] + known[j] + known[i + 1 : j] + known[i] + known[j + 1 :]
        yield from (known[:i] + ch + known[i + 1 :] for ch in "abcdefghijklmnopqrstuvwxyz" if ch != known[i])


def generate(dictionary: Mapping[str, frozenset[str]] | None = None) -> str:
    """The text of compiled/realwords.txt: the real words the built-in knowledge base's spelling reading would
    correct, one a line, sorted."""
    from ctguide import matching
    from ctguide.knowledge import load_knowledge

    dictionary = dictionaries() if dictionary is None else dictionary
    index = matching.build_index(load_knowledge())
    near = {typed for known in index.vocabulary for typed in slips(known) if len(typed) >= 6}
    kept = sorted(
        w
        for w in near
        if is_real(w, dictionary)
        and stem(w) not in index.vocabulary_set
        and w not in translations()
        and matching._slip_of(index, w)
    )
    return "\n".join([FORMAT, *kept]) + "\n"


def main() -> None:
    from ctguide.atomic import write_atomic

    write_atomic(STORE, generate())
    print(f"wrote {STORE}")


if __name__ == "__main__":
    main()
