"""Adaptive Cards (schema 1.5, the highest Teams supports everywhere). Every card carries a
`fallbackText` that says the same in plain text."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from rusbot.process.model import Language

SCHEMA = "http://adaptivecards.io/schemas/adaptive-card.json"
VERSION = "1.5"

# Buttons: an action's `style` ("positive", "destructive") is only a hint. Microsoft's Teams card
# reference ("Types of cards", Adaptive Card, https://learn.microsoft.com/microsoftteams/platform/
# task-modules-and-cards/cards/cards-reference) says positive and destructive styling is not supported
# on the Teams platform; the schema allows it and other hosts (the designer, our rendering test) show it.
# So every title says on its own what the button does ("Radera uppgifterna", not "Radera" in red), and
# the style stays only where it is harmless. tests/unit/test_card_actions.py holds every card to that.

# Teams refuses a message over 28 KB (413 RequestEntityTooLarge, MessageSizeTooBig): "The message size
# limit is 28 KB" (https://learn.microsoft.com/microsoftteams/platform/webhooks-and-connectors/how-to/
# add-incoming-webhook), and it counts "the entire message payload encoded as UTF-16"
# (https://learn.microsoft.com/microsoftteams/platform/bots/how-to/format-your-bot-messages).
MESSAGE_LIMIT = 28 * 1024
# A card's share of it: the activity around the card (text, @mention, summary, ids, URLs) takes the rest.
CARD_BUDGET = 24 * 1024
# A list sent as text (`text_page`): the message carries it, its summary and a "visa fler" card besides.
TEXT_BUDGET = 20 * 1024
# Offsets in "show more" buttons come back from the client: anything else starts from the top.
MAX_OFFSET = 1_000_000

# status -> (mark, mark colour, whether the row is de-emphasised). "past" is a row the process file
# says happened; a row whose dates have only passed is "planned": the bot knows the plan, not the outcome.
_STATUS_STYLE = {"past": ("✓", "Good", True), "planned": ("–", "Default", True), "current": ("▶", "Accent", False),
                 "upcoming": ("○", "Default", False)}


def card(body: list[dict[str, Any]], fallback: str, actions: list[dict[str, Any]] | None = None,
         **extra: Any) -> dict[str, Any]:
    content: dict[str, Any] = {"type": "AdaptiveCard", "$schema": SCHEMA, "version": VERSION, "body": body,
                               "fallbackText": fallback, "msteams": {"width": "Full"}}
    if actions:
        content["actions"] = actions
    content.update(extra)
    return content


def teams_size(payload: Any) -> int:
    """The bytes Teams may count for `payload`: its JSON as we send it (non-ASCII escaped, ö is 6 bytes)
    or that JSON as UTF-16 (2 bytes a character), whichever is larger."""
    return max(len(json.dumps(payload).encode("utf-8")),
               len(json.dumps(payload, ensure_ascii=False).encode("utf-16-le")))


def fit(build: Callable[[int], dict[str, Any]], most: int, *,
        budget: int = CARD_BUDGET) -> tuple[dict[str, Any], int]:
    """`build(n)` for the largest n <= most (at least 1) whose card stays within `budget`, and that n.
    Bisection: a handful of builds, whatever the data."""
    card = build(most)
    if most <= 1 or teams_size(card) <= budget:
        return card, most
    fits, too_big = 1, most
    while too_big - fits > 1:
        middle = (fits + too_big) // 2
        if teams_size(build(middle)) <= budget:
            fits = middle
        else:
            too_big = middle
    return build(fits), fits


def text_page(head: list[str], lines: list[str], tail: list[str], language: Language, *, action: str,
              offset: int = 0, budget: int = TEXT_BUDGET) -> tuple[str, dict[str, Any] | None]:
    """A list sent as a message's text: `head`, as many of `lines` from `offset` as keep the text within
    `budget`, `tail`; when some are left, a small card with "visa fler" (`action`, the next offset)."""
    offset = offset if 0 <= offset < len(lines) else 0

    def build(count: int) -> dict[str, Any]:
        shown = lines[offset:offset + count]
        where = [] if count >= len(lines) else [
            f"Här visas {offset + 1}–{offset + len(shown)} av {len(lines)}." if language == "sv"
            else f"Shown here: {offset + 1}–{offset + len(shown)} of {len(lines)}."]
        return {"text": "\n".join([*head, *where, *shown, *tail])}

    page, count = fit(build, max(1, len(lines) - offset), budget=budget)
    remaining = len(lines) - offset - count
    if remaining <= 0:
        return page["text"], None
    more = f"… och {remaining} till." if language == "sv" else f"… and {remaining} more."
    return page["text"], card([text_block(more, isSubtle=True)], more,
                              [more_action(language, action, offset + count, remaining)])


def offset_of(data: dict[str, Any]) -> int:
    """The `offset` of a "show more" button's data: a whole number from 0 to MAX_OFFSET, else 0."""
    value = data.get("offset")
    return value if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= MAX_OFFSET else 0


def more_action(language: Language, action: str, offset: int, remaining: int, **data: Any) -> dict[str, Any]:
    """The "visa fler" button: the next page from `offset` (a message-based Action.Submit)."""
    title = f"Visa fler ({remaining} till)" if language == "sv" else f"Show more ({remaining} more)"
    return {"type": "Action.Submit", "title": title,
            "data": {"action": action, "language": language, "offset": offset, **data}}


def text_block(text: str, **style: Any) -> dict[str, Any]:
    return {"type": "TextBlock", "text": text, "wrap": True, **style}


def heading(text: str, **style: Any) -> dict[str, Any]:
    """A card's title: the same size and weight on every card, marked as a heading for screen readers."""
    return text_block(text, size="Large", weight="Bolder", style="heading", **style)


def timeline_card(view: Any, language: Language, *, calendar_url: str | None = None) -> dict[str, Any]:
    """The timeline: one row per item with a mark (✓ happened, – its planned dates have passed,
    ▶ now, ○ ahead), its name, when and what. A row is ticked only when the process file says it
    happened (`done`); after a planned date the card says it was planned, never that it was done.
    The current row stands out by its mark, an accent colour, a "now" label and a tinted band, so it
    never depends on colour alone. Uses `title`, `today`, `after_plan` and `rows[*].name/when/status/
    done/text`. A timeline too long for one message shows the rows from just before now, as many as
    fit, and says how many are left out before and after."""
    rows = list(view.rows)
    whole = _timeline(view, rows, 0, len(rows), language, calendar_url)
    if teams_size(whole) <= CARD_BUDGET:
        return whole
    now_at = next((i for i, row in enumerate(rows) if row.status != "past"), len(rows))
    start = max(0, min(now_at - 2, len(rows) - 1))
    card, _ = fit(lambda n: _timeline(view, rows, start, n, language, calendar_url), max(1, len(rows) - start))
    return card


def _timeline(view: Any, rows: list[Any], start: int, count: int, language: Language,
              calendar_url: str | None) -> dict[str, Any]:
    sv = language == "sv"
    today_label = "Idag" if sv else "Today"
    now_label = "Pågår nu" if sv else "Happening now"
    planned_label = "planerat" if sv else "planned"
    in_order_label = ("Nu eller senare, i denna ordning (inga egna datum)" if sv
                      else "Now or later, in this order (no dates of their own)")
    body: list[dict[str, Any]] = [
        heading(view.title),
        text_block(f"{today_label}: {view.today}", isSubtle=True, spacing="None"),
    ]
    fallback = [view.title, f"{today_label}: {view.today}"]
    if getattr(view, "after_plan", False):
        notice = ("Alla datum i tidplanen har passerat. Jag vet vad som var planerat, inte vad som faktiskt har hänt."
                  if sv else "Every date in the timeline has passed. I know what was planned, not what actually "
                  "happened.")
        body.append(text_block(notice, spacing="Small"))
        fallback.append(notice)
    if start:
        line = f"{start} tidigare steg visas inte här." if sv else f"{start} earlier steps are not shown here."
        body.append(text_block(line, isSubtle=True, separator=True))
        fallback.append(line)
    for index, row in enumerate(rows[start:start + count]):
        style = row.status
        if style == "past" and not getattr(row, "done", False):
            style = "planned"
        mark, mark_color, past = _STATUS_STYLE.get(style, _STATUS_STYLE["upcoming"])
        current = row.status == "current"
        name = text_block(row.name, weight="Bolder", **({"color": "Accent"} if current else {}),
                          **({"isSubtle": True} if past else {}))
        details = [name]
        if row.text:
            details.append(text_block(row.text, spacing="None", **({"isSubtle": True} if past else {})))
        side = []
        if row.when:
            side.append(text_block(row.when, isSubtle=True, horizontalAlignment="Right", size="Small"))
        row_now = in_order_label if current and getattr(row, "in_order", False) else now_label
        if current:
            side.append(text_block(row_now, color="Accent", weight="Bolder", horizontalAlignment="Right",
                                   size="Small", spacing="None"))
        if style == "planned":
            side.append(text_block(planned_label, isSubtle=True, horizontalAlignment="Right", size="Small",
                                   spacing="None"))
        columns: list[dict[str, Any]] = [
            {"type": "Column", "width": "20px", "items": [text_block(mark, color=mark_color, weight="Bolder")]},
            {"type": "Column", "width": "stretch", "items": details},
        ]
        if side:
            columns.append({"type": "Column", "width": "auto", "items": side})
        row_set: dict[str, Any] = {"type": "ColumnSet", "columns": columns}
        if current:
            body.append({"type": "Container", "style": "emphasis", "bleed": True, "items": [row_set],
                         "spacing": "Medium", **({"separator": True} if index == 0 else {})})
        else:
            body.append({**row_set, "spacing": "Medium", **({"separator": True} if index == 0 else {})})
        status = f" – {row_now[0].lower()}{row_now[1:]}" if current else ""
        when = ", ".join(part for part in (row.when, planned_label if style == "planned" else "") if part)
        fallback.append(f"{mark} {row.name}{' (' + when + ')' if when else ''}{status}: {row.text}")
    after = len(rows) - start - count
    if after > 0:
        line = f"… och {after} senare steg." if sv else f"… and {after} later steps."
        body.append(text_block(line, isSubtle=True, separator=True))
        fallback.append(line)
    actions = None
    if calendar_url:
        actions = [{"type": "Action.OpenUrl", "title": "Lägg till i kalendern" if sv else "Add to calendar",
                    "url": calendar_url}]
    return card(body, "\n".join(fallback), actions)
