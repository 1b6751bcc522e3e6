"""The one way ctguide wraps text for a terminal: between words, never inside a word or at its hyphens."""

import pytest

from ctguide.wrapping import clipped, wrapped


@pytest.mark.parametrize(
    ("line", "width", "hanging", "lines"),
    [("short", 40, 4, ["short"]), ("", 40, 0, [""]),
     ("one two three four five", 10, 0, ["one two", "three four", "five"]),
     ("one two three four five", 10, 2, ["one two", "  three", "  four", "  five"]),
     ("see /a/very/long/path/that/is/never/cut now", 12, 0, ["see", "/a/very/long/path/that/is/never/cut", "now"]),
     ("not re-trafficked within follow-up", 12, 0, ["not", "re-trafficked", "within", "follow-up"])],
)  # fmt: skip
def test_lines_break_between_words_under_their_own_column(line, width, hanging, lines):
    assert wrapped(line, width, hanging) == lines


def test_a_line_keeps_its_own_leading_indent():
    line = "  warning T1 the target value is still to be set"
    assert wrapped(line, 32, 14) == ["  warning T1 the target value is", "              still to be set"]


@pytest.mark.parametrize(
    ("text", "limit", "shown"),
    [("short", 10, "short"), ("  two\n lines  ", 20, "two lines"), ("abcdefghijkl", 10, "abcdefghi…"),
     ("exactly10!", 10, "exactly10!")],
)  # fmt: skip
def test_a_quote_is_clipped_to_one_line_of_at_most_the_limit(text, limit, shown):
    assert clipped(text, limit) == shown and len(clipped(text, limit)) <= limit
