"""Adaptive Cards (schema 1.5, the highest Teams supports everywhere). Every card carries a
`fallbackText` that says the same in plain text."""

from __future__ import annotations

from typing import Any

from rusbot.process.model import Language

SCHEMA = "http://adaptivecards.io/schemas/adaptive-card.json"
VERSION = "1.5"

_STATUS_STYLE = {"past": ("✓", "Default", True), "current": ("▶", "Accent", False), "upcoming": ("○", "Default", False)}


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


def timeline_card(view: Any, language: Language, *, calendar_url: str | None = None) -> dict[str, Any]:
    today_label = "Idag" if language == "sv" else "Today"
    body: list[dict[str, Any]] = [
        text_block(view.title, size="Large", weight="Bolder"),
        text_block(f"{today_label}: {view.today}", isSubtle=True, spacing="None"),
    ]
    fallback = [view.title, f"{today_label}: {view.today}"]
    for row in view.rows:
        mark, color, subtle = _STATUS_STYLE.get(row.status, _STATUS_STYLE["upcoming"])
        body.append({
            "type": "ColumnSet",
            "spacing": "Medium",
            "style": "emphasis" if row.status == "current" else None,
            "columns": [
                {"type": "Column", "width": "auto",
                 "items": [text_block(mark, color=color, weight="Bolder")]},
                {"type": "Column", "width": "stretch", "items": [
                    text_block(row.name, weight="Bolder", color=color, isSubtle=subtle),
                    *([text_block(row.when, isSubtle=True, spacing="None")] if row.when else []),
                    text_block(row.text, spacing="Small", isSubtle=subtle),
                ]},
            ],
        })
        fallback.append(f"{mark} {row.name}{' (' + row.when + ')' if row.when else ''}: {row.text}")
    for block in body:
        if block.get("style") is None:
            block.pop("style", None)
    actions = None
    if calendar_url:
        actions = [{"type": "Action.OpenUrl", "title": "Lägg till i kalendern" if language == "sv"
                    else "Add to calendar", "url": calendar_url}]
    return card(body, "\n".join(fallback), actions)
