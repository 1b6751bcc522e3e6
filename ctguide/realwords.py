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
from ctguide.readable import word_store
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
_NOUN_FORMS = {
    # (ending of the form, ending of its base, the letters the base must end in ('' any), the letters it must not).
    "es": (("s", "", "aeiou", ""), ("es", "", "", "aeiousxz"), ("ces", "z", "", ""), ("a", "o", "", ""),
           ("as", "o", "", ""), ("ora", "or", "", ""), ("oras", "or", "", "")),
    "pt": (("s", "", "aeiou", ""), ("es", "", "rsz", ""), ("ais", "al", "", ""), ("eis", "el", "", ""),
           ("ois", "ol", "", ""), ("uis", "ul", "", ""), ("is", "il", "", ""),
           ("oes", "ao", "", ""), ("a", "o", "", ""), ("as", "o", "", ""), ("ora", "or", "", ""),
           ("oras", "or", "", "")),
    "fr": (("s", "", "", "sxz"), ("x", "", "", ""), ("aux", "al", "", ""), ("aux", "ail", "", ""),
           ("e", "", "", "e"), ("es", "", "", "e")),
}  # fmt: skip
"""The regular plural and gender forms of nouns and adjectives, accents folded: Spanish adds -s after a vowel and
-es after a consonant (factor -> factores, cantidad -> cantidades, juez -> jueces), Portuguese -s after a vowel,
-es after r/s/z, -is for a final -l (animal -> animais) and -oes for -ao (-aes/-aos, and -ns for -m, collide with verb forms or
are lexical: the lists name them); French -s, -x only
after -au/-eu/-ou, -aux for -al/-ail, the feminine -e; -o -> -a (only for adjective and participle endings: a noun's gender is lexical) and -or -> -ora
for the feminine."""
_GENDERED = ("ado", "ido", "ero", "eiro", "ico", "oso", "ivo")
_X_AFTER = ("au", "eu", "ou")
_UNCOUNTED = 50
"""The count pyspellchecker's frequency lists give a word they name but never counted (most of them)."""
_NAMES_SLIPS = ("es", "fr", "pt")
"""The lists whose uncounted words include typing slips ('educcion', 'equivalant', 'anojamento', 'susidio'); the
English list's are rare real words ('throughput', 'dejection', 'reiteration'), kept whatever their neighbour."""


def _noun_bases(language: str, word: str) -> Iterator[str]:
    """The words of which `word` would be a regular plural or feminine."""
    for ending, replaced, after, not_after in _NOUN_FORMS.get(language, ()):
        if not word.endswith(ending) or len(word) - len(ending) < 2:
            continue
        base = word[: -len(ending)] + replaced
        if (ending == "x" and not base.endswith(_X_AFTER)) or (
            ending in ("a", "as") and not base.endswith(_GENDERED)
        ):
            continue
        if (not after or base[-1] in after) and base[-1] not in not_after:
            yield base


_VERB_BASES: dict[tuple[str, str], tuple[str, ...]] = {}
for (_language, _infinitive), _endings in _VERB_ENDINGS.items():
    for _ending in _endings.split():
        _VERB_BASES[(_language, _ending)] = (*_VERB_BASES.get((_language, _ending), ()), _infinitive)
_LONGEST = max(len(ending) for _, ending in _VERB_BASES) + 1
"""(language, ending) -> the infinitive endings that replace it in the dictionary word."""


def _verb_bases(language: str, word: str) -> Iterator[str]:
    """The infinitives of which `word` would be a regular verb form."""
    for size in range(1, min(_LONGEST, len(word) - 2)):
        root = word[:-size]
        yield from (root + infinitive for infinitive in _VERB_BASES.get((language, word[-size:]), ()))


@lru_cache(maxsize=1)
def protected() -> frozenset[str]:
    """The folded real words never corrected (an empty set when the store is missing or damaged)."""
    return word_store(STORE, FORMAT)


def is_real(word: str, dictionary: Mapping[str, Mapping[str, int]], near: str | None = None) -> bool:
    """`word` is a counted word of one language's `dictionary` (folded word -> frequency), or a regular plural,
    feminine or verb form of one ('capacitamos', 'capacitados' of 'capacitar'; 'factores' of 'factor'). A word the
    Spanish, French or Portuguese frequency list only names, uncounted (its floor count: 'anojamento', 'educcion',
    'equivalant' are there), is real unless `near`, the word it would be read as, is a counted word of the same
    language: then it is taken for that word's slip, as a frequency spellchecker would."""
    for language, counts in dictionary.items():
        counted = lambda w, counts=counts: counts.get(w, 0) > _UNCOUNTED  # noqa: E731
        if (
            counted(word)
            or any(map(counted, _noun_bases(language, word)))
            or any(map(counted, _verb_bases(language, word)))
        ):
            return True
        if word in counts and not (language in _NAMES_SLIPS and near and counted(near)):
            return True
    return False


def dictionaries() -> dict[str, dict[str, int]]:
    """Each language's dictionary words, folded, with their frequency (dev time only: needs pyspellchecker)."""
    from spellchecker import SpellChecker

    return {
        language: _folded(SpellChecker(language=language).word_frequency.dictionary) for language in LANGUAGES
    }


def _folded(frequencies: Mapping[str, int]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for word, count in frequencies.items():
        folded = fold.__wrapped__(word)
        counts[folded] = max(counts.get(folded, 0), count)
    return counts


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


def generate(dictionary: Mapping[str, Mapping[str, int]] | None = None) -> str:
    """The text of compiled/realwords.txt: the real words the built-in knowledge base's spelling reading would
    correct, one a line, sorted."""
    from ctguide import matching
    from ctguide.knowledge import load_knowledge

    dictionary = dictionaries() if dictionary is None else dictionary
    index = matching.build_index(load_knowledge())
    near = {typed for known in index.vocabulary for typed in slips(known) if len(typed) >= 6}
    candidates = (
        w
        for w in near
        if is_real(w, dictionary) and stem(w) not in index.vocabulary_set and w not in translations()
    )
    kept = sorted(
        w for w in candidates if (slip := matching._slip_of(index, w)) and is_real(w, dictionary, slip)
    )
    return "\n".join([FORMAT, *kept]) + "\n"


def main() -> None:
    from ctguide.atomic import write_atomic

    write_atomic(STORE, generate())
    print(f"wrote {STORE}")


if __name__ == "__main__":
    main()
