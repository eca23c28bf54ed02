"""rusbot.markdown.literal: what people wrote shows as text in Teams' markdown, never as a link,
emphasis, list or heading. Checked with markdown-it (markdown-it-py), the parser the Adaptive Cards
renderer uses in tests/render/ (https://learn.microsoft.com/adaptive-cards/authoring-cards/text-features:
TextBlock markdown is a CommonMark subset)."""

from __future__ import annotations

import html
import re
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from rusbot.markdown import literal

HOSTILE = "[Bekräfta alla här](https://evil.example/login) **SAMORDNARE**"
MARKDOWN = MarkdownIt("commonmark").enable(["strikethrough", "table"])
# Tokens that only the bot's own wording may produce.
FORMATTING = {"link_open", "image", "strong_open", "em_open", "s_open", "code_inline", "html_inline",
              "heading_open", "bullet_list_open", "ordered_list_open", "blockquote_open", "fence",
              "code_block", "html_block", "table_open", "hr"}


def formatting(source: str) -> set[str]:
    found: set[str] = set()

    def walk(tokens: list[Any]) -> None:
        for token in tokens:
            if token.type in FORMATTING:
                found.add(token.type)
            walk(token.children or [])
    walk(MARKDOWN.parse(source))
    return found


def shown(source: str) -> str:
    """The text a reader sees (tags dropped, entities decoded, line breaks as spaces)."""
    rendered = re.sub(r"<[^>]+>", " ", MARKDOWN.render(source))
    return " ".join(html.unescape(rendered).split())


def test_the_reported_display_name_is_text() -> None:
    assert formatting(HOSTILE) >= {"link_open", "strong_open"}      # what the probe saw
    assert formatting(literal(HOSTILE)) == set()
    assert shown(literal(HOSTILE)) == HOSTILE
    # A link needs "](" side by side, so the older Adaptive Cards parser finds none either.
    assert "](" not in literal(HOSTILE)


def test_ordinary_names_are_unchanged() -> None:
    for name in ("Karl-Johan Söderström", "Anna Lindqvist (Kumla kommun)", "Region Örebro län", "Svensk & Co",
                 "anna.lindqvist@kumla.se", "Vilken dag passar? 13 april, kl. 9.00", "Björn Åström-Öberg"):
        assert literal(name) == name


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from([*"\\`*_[]()<>~|&#;!+-=.:1 \n\taåZ/", "http://x.se", "amp", "    "]),
               max_size=30).map("".join))
def test_any_text_shows_as_written_and_formats_nothing(text: str) -> None:
    escaped = literal(text)
    assert formatting(escaped) - {"code_block"} == set(), (text, escaped)
    if "code_block" not in formatting(escaped):   # four spaces' indent: still literal text, in a box
        assert shown(escaped) == " ".join(text.split())
