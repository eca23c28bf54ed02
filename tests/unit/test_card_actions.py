"""Card buttons say what they do in words. Microsoft's Teams card reference ("Types of cards", Adaptive
Card, Support for Adaptive Cards: https://learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/
cards/cards-reference) says positive and destructive action styling is not supported on the Teams
platform, so `style` may only decorate: the title alone must carry the meaning, and buttons shown
together must differ by their titles, not by their colours."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from bot import card_catalogue

CATALOGUE = card_catalogue.all_cards()
STYLES = {"default", "positive", "destructive"}    # Adaptive Cards 1.5 schema, ActionStyle
# Answers that say nothing without a colour: on their own they cannot tell "send" from "erase".
BARE_WORDS = {"ok", "ja", "nej", "yes", "no", "✓", "✗", "x"}


def action_sets(node: Any) -> Iterator[list[dict[str, Any]]]:
    """Every group of buttons shown together: a card's actions, each ActionSet, and those of ShowCards."""
    if isinstance(node, dict):
        if isinstance(node.get("actions"), list):
            yield node["actions"]
        for value in node.values():
            yield from action_sets(value)
    elif isinstance(node, list):
        for item in node:
            yield from action_sets(item)


def button_problems(card: dict[str, Any]) -> list[str]:
    problems = []
    for actions in action_sets(card):
        titles = [str(a.get("title") or "").strip() for a in actions]
        if not all(titles):
            problems.append("a button without a title")
        if len(set(map(str.casefold, titles))) != len(titles):
            problems.append(f"buttons side by side share a title: {titles}")
        for action, title in zip(actions, titles, strict=True):
            if "style" in action and action["style"] not in STYLES:
                problems.append(f"{title!r}: unknown style {action['style']!r}")
            if "style" in action and title.casefold() in BARE_WORDS:
                problems.append(f"{title!r} relies on its style to be understood")
    return problems


@pytest.mark.parametrize("name", sorted(CATALOGUE))
def test_buttons_say_what_they_do_without_their_style(name: str) -> None:
    assert button_problems(CATALOGUE[name]) == []


def test_the_catalogue_has_styled_buttons_to_check() -> None:
    styled = {a.get("style") for card in CATALOGUE.values() for actions in action_sets(card) for a in actions}
    assert {"positive", "destructive"} <= styled


def test_buttons_told_apart_only_by_colour_are_caught() -> None:
    card = {"type": "AdaptiveCard", "body": [{"type": "ActionSet", "actions": [
        {"type": "Action.Submit", "title": "Ja", "style": "destructive"},
        {"type": "Action.Submit", "title": "Ja", "style": "positive"}]}]}
    problems = button_problems(card)
    assert any("share a title" in p for p in problems)
    assert sum("relies on its style" in p for p in problems) == 2


# A press has no text to read a language from, and the presser's Teams locale need not be the card's: so
# every button that reaches the bot says in its data which language its card speaks.
def test_every_button_that_reaches_the_bot_carries_its_cards_language() -> None:
    for name, card in CATALOGUE.items():
        for actions in action_sets(card):
            for action in actions:
                if action.get("type") not in ("Action.Submit", "Action.Execute"):
                    continue
                language = (action.get("data") or {}).get("language")
                assert language in ("sv", "en"), f"{name}: {action.get('title')!r} does not say its language"
                if name.endswith((".sv", ".en")):
                    assert language == name[-2:], f"{name}: {action.get('title')!r} says {language}"
