"""The one rule for outside text: shown literally in terminal lines and Markdown."""

import pytest
from markdown_it import MarkdownIt

from ctguide.literal import for_markdown, printable
from tests.conftest import EXAMPLE_PLAN

HOSTILE = ["plan [draft].yaml", "[/]", "[@click=app.quit]quit[/]", "a\\[b]", "[bold red]x[/]", "\\[bold]x",
           "**bold** _it_ [l](http://x) ![i](y) <b>h</b> &copy;", "1. list", "- item", "# heading", "> quote",
           "`code`", "a | b", "~~gone~~", "C:\\path\\file", "HOT-OC1, 2027-01 to 2028-12"]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [("\x1b[31mred\x1b[0m", "red"), ("bell\x07", "bell"), ("a\x00b\x7fc\x9bd", "abcd"), ("tab\tkept\nline", "tab\tkept\nline"),
     ("\x1b]0;title\x07x", "x"), ("rtl\u202eevil", "rtlevil"), ("crlf\r\n", "crlf\n"), (5, "5")],
)  # fmt: skip
def test_printable_drops_escape_sequences_and_control_characters(text, expected):
    assert printable(text) == expected


@pytest.mark.parametrize("text", HOSTILE)
def test_markdown_shows_as_typed_also_after_a_list_marker(text):
    for prefix in ("", "- ", "**Title:** "):
        html = MarkdownIt("commonmark").render(prefix + for_markdown(text))
        assert "<em>" not in html and "<strong>" not in html.replace("<strong>Title:</strong>", "")
        assert "<a " not in html and "<img" not in html and "<code>" not in html and "<h1>" not in html
        assert "<ol>" not in html and "<blockquote>" not in html and html.count("<li>") == (prefix == "- ")


def test_the_cli_never_echoes_escape_sequences(cli, tmp_path):
    plan = tmp_path / "plan.yaml"
    plan.write_text(
        EXAMPLE_PLAN.read_text().replace(
            "title: Safe Return Moldova", 'title: "Safe \\e[2J\\e]0;pwned\\a Return"'
        )
    )
    for args in (("validate", plan), ("review", plan)):
        result = cli(*args)
        assert "\x1b" not in result.out + result.err and "\x07" not in result.out
    assert "'Safe  Return'" in cli("validate", plan).out


def test_a_transcript_shows_what_the_user_typed_as_typed():
    from ctguide.transcript import transcript_markdown

    text = transcript_markdown("**T** <b>", [("user", "# [x](y) *z*"), ("ctguide", "**Bold** on purpose")])
    html = MarkdownIt("commonmark").render(text)
    assert "<h1>**T** &lt;b&gt;</h1>" in html and "# [x](y) *z*" in html and "<strong>Bold</strong>" in html
