"""Adaptive Cards (schema 1.5, the highest Teams supports everywhere). Every card carries a
`fallbackText` that says the same in plain text."""

from __future__ import annotations

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
    done/text`."""
    sv = language == "sv"
    today_label = "Idag" if sv else "Today"
    now_label = "Pågår nu" if sv else "Happening now"
    planned_label = "planerat" if sv else "planned"
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
    for index, row in enumerate(view.rows):
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
        if current:
            side.append(text_block(now_label, color="Accent", weight="Bolder", horizontalAlignment="Right",
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
        status = f" – {now_label.lower()}" if current else ""
        when = ", ".join(part for part in (row.when, planned_label if style == "planned" else "") if part)
        fallback.append(f"{mark} {row.name}{' (' + when + ')' if when else ''}{status}: {row.text}")
    actions = None
    if calendar_url:
        actions = [{"type": "Action.OpenUrl", "title": "Lägg till i kalendern" if sv else "Add to calendar",
                    "url": calendar_url}]
    return card(body, "\n".join(fallback), actions)
