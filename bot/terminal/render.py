"""Teams messages as terminal text: the markdown Teams renders, and Adaptive Cards (schema 1.5)
drawn line by line with their buttons numbered. Pure functions of the message; no I/O.

Markdown as Teams shows it in messages and TextBlocks
(https://learn.microsoft.com/en-us/microsoftteams/platform/task-modules-and-cards/cards/cards-format):
bold, italic, lists, links (here "text (url)"), and the `<at>Name</at>` of an @mention ("@Name").
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from typing import Any

INPUT_TYPES = ("Input.Text", "Input.ChoiceSet", "Input.Date", "Input.Time", "Input.Toggle", "Input.Number")
PRESSABLE = ("Action.Submit", "Action.Execute", "Action.ShowCard")

_ANSI = {"bold": "1", "dim": "2", "italic": "3", "Attention": "31", "Good": "32", "Warning": "33",
         "Accent": "36"}


@dataclass(frozen=True)
class Style:
    """How emphasis looks: ANSI escapes on a colour terminal, nothing at all otherwise."""

    ansi: bool = False

    def _wrap(self, text: str, *codes: str) -> str:
        wanted = [_ANSI[c] for c in codes if c in _ANSI]
        if not self.ansi or not wanted or not text:
            return text
        return f"\x1b[{';'.join(wanted)}m{text}\x1b[0m"

    def bold(self, text: str) -> str:
        return self._wrap(text, "bold")

    def italic(self, text: str) -> str:
        return self._wrap(text, "italic")

    def dim(self, text: str) -> str:
        return self._wrap(text, "dim")

    def color(self, text: str, color: str | None) -> str:
        return self._wrap(text, color) if color else text


PLAIN = Style()


# -- markdown --------------------------------------------------------------------------------------
_MENTION = re.compile(r"<at>(.*?)</at>", re.IGNORECASE | re.DOTALL)
_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_TAG = re.compile(r"</?[a-zA-Z][^<>]{0,200}>")
_CODE = re.compile(r"`([^`\n]+)`")
_LINK = re.compile(r"\[([^\[\]\n]*)\]\(\s*<?([^()\s<>]+)>?\s*\)")
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^<>\s]+)>")
_BARE_URL = re.compile(r"(?:https?|mailto):[^\s<>()\[\]]+[^\s<>()\[\].,;:!?'\"]")
_BOLD = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_ITALIC_STAR = re.compile(r"(?<![\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])")
_ITALIC_UNDERSCORE = re.compile(r"(?<![\w_])_(?=[^\s_])(.+?)(?<=[^\s_])_(?![\w_])")
_STRIKE = re.compile(r"~~(?=\S)(.+?)(?<=\S)~~")
_ESCAPED = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
_BULLET = re.compile(r"^(\s*)[-*+]\s+(.*)$")
_HEADING = re.compile(r"^\s*#{1,6}\s+(.*)$")
_QUOTE = re.compile(r"^\s*>\s?(.*)$")


def _inline(text: str, style: Style) -> str:
    protected: list[str] = []

    def keep(value: str) -> str:
        protected.append(value)
        return f"\x00{len(protected) - 1}\x00"

    text = _ESCAPED.sub(lambda m: keep(m.group(1)), text)
    text = _CODE.sub(lambda m: keep(m.group(1)), text)

    def link(match: re.Match[str]) -> str:
        label, url = match.group(1).strip(), match.group(2)
        return keep(url if not label or label == url else f"{label} ({url})")

    text = _LINK.sub(link, text)
    text = _BARE_URL.sub(lambda m: keep(m.group(0)), text)   # no emphasis inside an address
    text = _BOLD.sub(lambda m: style.bold(m.group(2)), text)
    text = _STRIKE.sub(lambda m: m.group(1), text)
    text = _ITALIC_STAR.sub(lambda m: style.italic(m.group(1)), text)
    text = _ITALIC_UNDERSCORE.sub(lambda m: style.italic(m.group(1)), text)
    text = text.replace("**", "")  # an unbalanced marker is noise, never meaning
    return re.sub("\x00(\\d+)\x00", lambda m: protected[int(m.group(1))], text)


def markdown(text: str, style: Style = PLAIN) -> str:
    """Teams markdown (and the little HTML a message carries) as readable terminal text."""
    text = _MENTION.sub(lambda m: "@" + html.unescape(m.group(1)).strip(), text or "")
    text = _BREAK.sub("\n", text.replace("\r\n", "\n"))
    text = _AUTOLINK.sub(lambda m: m.group(1), text)
    text = html.unescape(_TAG.sub("", text))
    lines = []
    for line in text.split("\n"):
        if (bullet := _BULLET.match(line)) is not None:
            lines.append(f"{bullet.group(1)}  • {_inline(bullet.group(2), style)}")
        elif (heading := _HEADING.match(line)) is not None:
            lines.append(style.bold(_inline(heading.group(1), style)))
        elif (quote := _QUOTE.match(line)) is not None and not line.lstrip().startswith(">="):
            lines.append("  │ " + _inline(quote.group(1), style))
        else:
            lines.append(_inline(line, style))
    # Teams shows a paragraph break as one blank line, however many the text has.
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")


# -- Adaptive Cards --------------------------------------------------------------------------------
@dataclass
class Button:
    """A numbered choice: a card's Action.Submit / Execute / ShowCard, or a suggested action."""

    title: str
    action: dict[str, Any]
    inputs: list[dict[str, Any]] = field(default_factory=list)   # what the action sends with it


@dataclass
class Drawing:
    lines: list[str]
    buttons: list[Button]


def card_inputs(card: dict[str, Any]) -> list[dict[str, Any]]:
    """The visible inputs of a card, in order (what an action with associatedInputs "auto" sends)."""
    found: list[dict[str, Any]] = []

    def walk(element: Any) -> None:
        if not isinstance(element, dict) or element.get("isVisible") is False:
            return
        if element.get("type") in INPUT_TYPES and isinstance(element.get("id"), str):
            found.append(element)
            return
        for key in ("body", "items", "columns"):
            for child in element.get(key) or []:
                walk(child)
        for row in element.get("rows") or [] if element.get("type") == "Table" else []:
            for cell in (row or {}).get("cells") or []:
                walk(cell)

    walk(card)
    return found


def _choice_titles(element: dict[str, Any]) -> dict[str, str]:
    return {str(c.get("value")): str(c.get("title", c.get("value")))
            for c in element.get("choices") or [] if isinstance(c, dict)}


def input_summary(element: dict[str, Any], language: str = "sv") -> str:
    """'Label *: value' for a form field as the card shows it now."""
    label = str(element.get("label") or element.get("placeholder") or element.get("id"))
    required = " *" if element.get("isRequired") else ""
    value = element.get("value")
    kind = element.get("type")
    if kind == "Input.ChoiceSet":
        titles = _choice_titles(element)
        chosen = [titles.get(v, v) for v in str(value).split(",")] if value not in (None, "") else []
        shown = ", ".join(chosen) if chosen else " / ".join(titles.values())
        return f"{label}{required}: {shown if chosen else '(' + shown + ')'}"
    if kind == "Input.Toggle":
        on = str(value if value is not None else "false") == str(element.get("valueOn", "true"))
        yes, no = ("yes", "no") if language == "en" else ("ja", "nej")
        return f"{element.get('title') or label}{required}: {yes if on else no}"
    shown = str(value) if value not in (None, "") else "–"
    return f"{label}{required}: {shown}"


class _Painter:
    def __init__(self, card: dict[str, Any], style: Style, first_number: int, language: str) -> None:
        self.card = card
        self.language = language
        self.style = style
        self.next_number = first_number
        self.buttons: list[Button] = []
        self.inputs = card_inputs(card)

    def button(self, action: dict[str, Any]) -> list[str]:
        kind = action.get("type")
        title = str(action.get("title") or action.get("verb") or kind)
        if kind == "Action.OpenUrl":
            return [f"↗ {title}: {action.get('url')}"]
        if kind not in PRESSABLE or action.get("isEnabled") is False:
            return []
        associated = str(action.get("associatedInputs") or "auto").casefold()
        inputs = [] if associated == "none" or kind == "Action.ShowCard" else self.inputs
        self.buttons.append(Button(title=title, action=action, inputs=inputs))
        number = self.next_number
        self.next_number += 1
        return [self.style.bold(f"[{number}] {title}")]

    def element(self, element: Any) -> list[str]:
        if not isinstance(element, dict) or element.get("isVisible") is False:
            return []
        kind = element.get("type")
        if kind == "TextBlock":
            return self.text_block(element)
        if kind == "RichTextBlock":
            runs = [str(r.get("text", "")) if isinstance(r, dict) else str(r) for r in element.get("inlines") or []]
            return markdown("".join(runs), self.style).split("\n")
        if kind == "FactSet":
            facts = [f for f in element.get("facts") or [] if isinstance(f, dict)]
            width = max((len(str(f.get("title", ""))) for f in facts), default=0)
            return [f"{self.style.bold(str(f.get('title', '')).ljust(width))}  {markdown(str(f.get('value', '')))}"
                    for f in facts]
        if kind in ("Container", "Column"):
            lines = [line for item in element.get("items") or [] for line in self.element(item)]
            if element.get("style") in ("warning", "attention") and lines:
                return ["! " + line for line in lines]
            return lines
        if kind == "ColumnSet":
            columns = [c for c in element.get("columns") or [] if isinstance(c, dict)]
            return self.columns([self.element(c) for c in columns],
                                [c.get("width") == "auto" for c in columns])
        if kind == "ActionSet":
            return [line for action in element.get("actions") or [] if isinstance(action, dict)
                    for line in self.button(action)]
        if kind == "Table":
            rows = []
            for row in element.get("rows") or []:
                cells = [" ".join(self.element({"type": "Container", "items": (c or {}).get("items") or []}))
                         for c in (row or {}).get("cells") or []]
                rows.append(" | ".join(cells))
            return rows
        if kind == "Image":
            alt = element.get("altText")
            return [f"[{'image' if self.language == 'en' else 'bild'}: {alt}]"] if alt else []
        if kind in INPUT_TYPES:
            return [input_summary(element, self.language)]
        fallback = element.get("fallback")
        return self.element(fallback) if isinstance(fallback, dict) else []

    def text_block(self, element: dict[str, Any]) -> list[str]:
        text = markdown(str(element.get("text") or ""), self.style)
        strong = element.get("weight") == "Bolder" or element.get("style") == "heading" or \
            element.get("size") in ("Large", "ExtraLarge")
        lines = []
        for line in text.split("\n"):
            if strong:
                line = self.style.bold(line)
            if element.get("isSubtle"):
                line = self.style.dim(line)
            lines.append(self.style.color(line, element.get("color") if element.get("color") != "Default" else None))
        return lines

    @staticmethod
    def columns(parts: list[list[str]], narrow: list[bool]) -> list[str]:
        """Columns side by side: their first lines on one line, the rest below it, indented. A
        narrow ("auto") column's lines stay together ("11 mars 2021 · planerat")."""
        parts = [[" · ".join(p)] if is_narrow and p else p for p, is_narrow in zip(parts, narrow, strict=True)]
        parts = [p for p in parts if p]
        if not parts:
            return []
        first = "  ".join(p[0] for p in parts)
        rest = ["  " + line for p in parts for line in p[1:]]
        return [first, *rest]

    def draw(self) -> Drawing:
        lines = [line for element in self.card.get("body") or [] for line in self.element(element)]
        for action in self.card.get("actions") or []:
            if isinstance(action, dict):
                lines += self.button(action)
        return Drawing(lines=lines, buttons=self.buttons)


def draw_card(card: dict[str, Any], style: Style = PLAIN, first_number: int = 1, language: str = "sv") -> Drawing:
    """An Adaptive Card as lines of text; its buttons numbered from `first_number`."""
    return _Painter(card, style, first_number, language).draw()


def suggested_buttons(activity: dict[str, Any]) -> list[Button]:
    """Suggested actions (imBack, messageBack, postBack) as buttons that send a message."""
    actions = ((activity.get("suggestedActions") or {}).get("actions") or [])
    buttons = []
    for action in actions:
        if not isinstance(action, dict) or action.get("type") not in ("imBack", "messageBack", "postBack"):
            continue
        title = str(action.get("title") or action.get("displayText") or action.get("value") or "")
        buttons.append(Button(title=title, action={"type": "Action.Submit", "data": {"msteams": {
            "type": "messageBack" if action.get("type") != "imBack" else "imBack",
            "value": action.get("value"), "text": action.get("text") or (
                action.get("value") if isinstance(action.get("value"), str) else None),
            "displayText": action.get("displayText")}}}))
    return buttons
