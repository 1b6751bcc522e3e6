"""Word-list vocabularies matched by looking words up, not by one long regular expression.

A vocabulary such as the review's units of analysis is a few hundred words and phrases. As a
case-insensitive alternation between word boundaries it cost milliseconds to compile in every
process that reviewed anything; as a dictionary keyed by first word it costs nothing to build and
a lookup per word of the text. It finds exactly what that alternation found:
``(?<![\\w-])(phrase|...)(?![\\w-])`` with re.IGNORECASE, each space of a phrase standing for any
run of whitespace, and where several phrases start at the same word, the longest one written
(as the alternation tried them, longest pattern first). tests/test_wordlist.py holds the two side by side.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from ctguide import lazyre

_TOKEN = lazyre.compile(r"[\w-]+")
_SPACE = lazyre.compile(r"\s+")
_PHRASE_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789-")
# What re.IGNORECASE lets match an ASCII letter: its capital, and four letters beyond ASCII.
_CASE = str.maketrans({**{chr(c): chr(c + 32) for c in range(ord("A"), ord("Z") + 1)},
                       "\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})  # fmt: skip


class WordMatch(NamedTuple):
    """Where a phrase was found; reads like the re.Match it replaces (group, start, end)."""

    string: str
    begin: int
    finish: int

    def group(self, _: int = 0) -> str:
        return self.string[self.begin : self.finish]

    def start(self) -> int:
        return self.begin

    def end(self) -> int:
        return self.finish


class WordList:
    """Comma-separated words and phrases (lower-case ASCII letters, digits, hyphens, single spaces)."""

    def __init__(self, words: str) -> None:
        self.source = words
        phrases = words.split(",")
        by_first: dict[str, list[tuple[str, ...]]] = {}
        for phrase in sorted(phrases, key=lambda p: len(p) + 2 * p.count(" "), reverse=True):
            parts = tuple(phrase.split(" "))
            if not all(part and _PHRASE_LETTERS.issuperset(part) for part in parts):
                raise ValueError(f"{phrase!r}: a word list holds lower-case words separated by single spaces")
            by_first.setdefault(parts[0], []).append(parts)
        self._by_first = by_first

    def as_regex(self) -> re.Pattern[str]:
        """The regular expression this list finds exactly what it finds (slow to compile; for checks)."""
        alternatives = sorted((p.replace(" ", r"\s+") for p in self.source.split(",")), key=len, reverse=True)
        return re.compile(rf"(?<![\w-])({'|'.join(alternatives)})(?![\w-])", re.IGNORECASE)

    def finditer(self, text: str) -> Iterator[WordMatch]:
        tokens = _tokens(text)
        at = 0
        while at < len(tokens):
            length = self._phrase_at(text, tokens, at)
            if length:
                yield WordMatch(text, tokens[at][0], tokens[at + length - 1][1])
                at += length
            else:
                at += 1

    def search(self, text: str) -> WordMatch | None:
        return next(self.finditer(text), None)

    def fullmatch(self, text: str) -> WordMatch | None:
        """The whole text is one of the phrases."""
        tokens = _tokens(text)
        if not tokens or tokens[0][0] != 0 or tokens[-1][1] != len(text):
            return None
        fits = any(
            len(parts) == len(tokens) and self._fits(text, tokens, 0, parts)
            for parts in self._by_first.get(tokens[0][2], ())
        )
        return WordMatch(text, 0, len(text)) if fits else None

    def _phrase_at(self, text: str, tokens: list[tuple[int, int, str]], at: int) -> int:
        """How many of the text's words from `at` on the first fitting phrase spans (0: none fits)."""
        for parts in self._by_first.get(tokens[at][2], ()):
            if at + len(parts) <= len(tokens) and self._fits(text, tokens, at, parts):
                return len(parts)
        return 0

    @staticmethod
    def _fits(text: str, tokens: list[tuple[int, int, str]], at: int, parts: tuple[str, ...]) -> bool:
        """The phrase's words are the text's words from `at` on, with only whitespace between them."""
        return all(
            tokens[at + n][2] == parts[n] and _SPACE.fullmatch(text, tokens[at + n - 1][1], tokens[at + n][0])
            for n in range(1, len(parts))
        )


def _tokens(text: str) -> list[tuple[int, int, str]]:
    """The text's words (runs of word characters and hyphens): where each starts and ends, and how it
    compares with a phrase's words (as re.IGNORECASE compares letters)."""
    return [(m.start(), m.end(), m.group(0).translate(_CASE)) for m in _TOKEN.finditer(text)]


# The words a measure starts with, read by the review rules (smart, donoharm): one vocabulary, so that a
# share is a share and a count a count in every rule. Leads as indicatortext.read returns them (lower case).
COUNT_LEADS = ("#", "no.", "nr.", "num.", "number", "numbers")
SHARE_LEADS = ("%", "percentage", "percent", "proportion", "share")
LEADS_ES_FR = (
    "numero",
    "nombre",
    "porcentaje",
    "pourcentage",
    "proporcion",
    "percentagem",
    "porcentagem",
    "percentual",
    "proporcao",
)
SHARE_LEADS_ES_FR = ("porcentaje", "pourcentage", "percentagem", "porcentagem", "percentual")
