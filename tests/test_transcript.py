"""A conversation's turns as text: Markdown for documents, plain and wrapped for a terminal demo."""

import pytest

from ctguide.transcript import exchange_for_terminal


@pytest.mark.parametrize(
    ("speaker", "text", "expected"),
    [
        (
            "ctguide",
            "Keep it (`keep`), or **write** your own.",
            "ctguide › Keep it (keep), or write your own.",
        ),
        ("user", "**as typed**", "you › **as typed**"),  # the user's words are never restyled
        ("ctguide", "a\\_b 1\\. x", "ctguide › a_b 1. x"),
    ],
)
def test_markdown_marks_are_dropped_from_what_ctguide_says(speaker, text, expected):
    assert exchange_for_terminal(speaker, text, 80) == expected


def test_long_lines_and_list_items_wrap_under_their_own_column():
    text = "Pick one:\n\n 1. " + "word " * 30 + "\n\nDone."
    shown = exchange_for_terminal("ctguide", text, 60).splitlines()
    assert all(len(line) <= 60 for line in shown)
    item = [n for n, line in enumerate(shown) if line.strip().startswith("1.")][0]
    assert shown[item].startswith("           1. word") and shown[item + 1].startswith(" " * 14 + "word")
