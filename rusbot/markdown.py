"""Text that people wrote, shown inside markdown as text.

Teams renders the bot's messages (`textFormat: markdown`) and Adaptive Card TextBlocks and Fact
titles/values as markdown (a CommonMark subset: bold, italic, lists, links). A display name such as
`[Bekräfta alla här](https://evil.example/login) **SAMORDNARE**` would otherwise reach a coordinator
as a link and a bold word. Every value that is not the bot's own wording (names, e-mail addresses,
organisation names, titles, poll questions and options, inspel and remissvar text) goes through
`literal()` before it is put into markdown. Plain-text fields (`fallbackText`, input labels and
choices, input values) take the text as it is. A message's `summary` (the line Teams shows in
notifications and the chat list) is `summary()`: cut to about 200 characters and escaped, since
we cannot be sure every client shows it as plain text.

Escaping is CommonMark's backslash escape, which markdown-it (the Adaptive Cards renderer's markdown)
and md4c read. A link needs `](` side by side, so that `(` is escaped too: the Adaptive Cards
object model's older parser, which shows a backslash as it is, still finds no link. Block markers
(`#`, `-`, `+`, `=`, `>`, `1.`) are escaped only at the start of a line, where they mean something,
so ordinary names ("Karl-Johan") show no backslash anywhere.
"""

from __future__ import annotations

import re
from urllib.parse import quote

# Anywhere in a line: emphasis, code, links and images, autolinks and HTML, strikethrough, tables,
# the escape character itself; `](` (a link's middle) and `&` before what reads as an entity.
_INLINE = re.compile(r"\]\(|[\\`*_\[\]<>~|]|&(?=#?[0-9A-Za-z]+;)")
# At the start of a line (the text's own start counts: it may open a line of the message).
_LINE_START = re.compile(r"^([ \t]*)(?:([#+\-=])|(\d{1,9})([.)]))", re.MULTILINE)


def _escape_all(match: re.Match[str]) -> str:
    return "".join("\\" + character for character in match.group(0))


def _escape_marker(match: re.Match[str]) -> str:
    indent, marker, number, delimiter = match.groups()
    return f"{indent}\\{marker}" if marker else f"{indent}{number}\\{delimiter}"


def literal(text: str) -> str:
    """`text` as markdown that shows exactly `text`: no link, emphasis, list or heading of its own."""
    return _LINE_START.sub(_escape_marker, _INLINE.sub(_escape_all, text))


def link_target(url: str) -> str:
    """A URL for `[text](url)`: the characters that could end the destination or start markup are
    percent-encoded, so a URL cannot carry text or formatting out of its link."""
    return quote(url, safe="/:?#@!$&'*+,;=%-._~")


SUMMARY_MAX = 200


def shorten(text: str, limit: int) -> str:
    """`text` on one line, at most `limit` characters: cut at a word where one is near, with "…"."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[:limit - 1]
    space = cut.rfind(" ")
    if space >= limit - 30:
        cut = cut[:space]
    return cut.rstrip() + "…"


def summary(text: str) -> str:
    """A message's `summary` from its fallback text (which quotes what people wrote as it is)."""
    return literal(shorten(text, SUMMARY_MAX))
