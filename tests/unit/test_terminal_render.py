"""The terminal's drawing of Teams messages and cards, and its checks of card inputs (bot/terminal/)."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from bot import card_catalogue
from bot.terminal.inputs import Cancelled, check, fill
from bot.terminal.render import Style, draw_card, markdown, suggested_buttons


def test_markdown_as_teams_shows_it() -> None:
    text = ("<at>Anna &amp; Co</at> **Kommande påminnelser:**\n- *Vad* händer `nu`?\n"
            "Se [tidplanen](https://example.se/t) eller <https://example.se>.\n\n\n\nSlut_på_rad 3 * 4 = 12")
    assert markdown(text) == ("@Anna & Co Kommande påminnelser:\n  • Vad händer nu?\n"
                              "Se tidplanen (https://example.se/t) eller https://example.se.\n\nSlut_på_rad 3 * 4 = 12")
    assert markdown("**fet** och *kursiv*", Style(ansi=True)) == "\x1b[1mfet\x1b[0m och \x1b[3mkursiv\x1b[0m"
    assert markdown("ett **halvt") == "ett halvt"
    assert markdown("[https://x.se](https://x.se)") == "https://x.se"


def test_a_card_is_drawn_with_numbered_buttons_and_its_inputs() -> None:
    card: dict[str, Any] = {"type": "AdaptiveCard", "version": "1.5", "body": [
        {"type": "TextBlock", "text": "Rubrik", "size": "Large", "weight": "Bolder"},
        {"type": "TextBlock", "text": "dold", "isVisible": False},
        {"type": "FactSet", "facts": [{"title": "Org", "value": "Kumla"}, {"title": "Kvitto", "value": "RV-1"}]},
        {"type": "Container", "style": "warning", "items": [{"type": "TextBlock", "text": "Obs"}]},
        {"type": "ColumnSet", "columns": [
            {"type": "Column", "width": "20px", "items": [{"type": "TextBlock", "text": "▶"}]},
            {"type": "Column", "width": "stretch", "items": [{"type": "TextBlock", "text": "Namn"},
                                                              {"type": "TextBlock", "text": "Text"}]},
            {"type": "Column", "width": "auto", "items": [{"type": "TextBlock", "text": "mars"},
                                                           {"type": "TextBlock", "text": "nu"}]}]},
        {"type": "Input.ChoiceSet", "id": "topic", "label": "Ämne", "isRequired": True,
         "choices": [{"title": "A", "value": "a"}, {"title": "B", "value": "b"}]},
        {"type": "Input.Text", "id": "why", "label": "Varför?", "value": "Därför"},
        {"type": "ActionSet", "actions": [{"type": "Action.Submit", "title": "Ändra", "data": {"x": 1}},
                                          {"type": "Action.Submit", "title": "Utan", "associatedInputs": "none"}]},
        {"type": "Image", "url": "https://x/i.png", "altText": "Logga"},
    ], "actions": [{"type": "Action.OpenUrl", "title": "Kalender", "url": "https://x/c.ics"},
                   {"type": "Action.Execute", "title": "Rösta", "verb": "poll.vote"},
                   {"type": "Action.ToggleVisibility", "title": "Visa"}]}
    drawing = draw_card(card, first_number=4)
    assert drawing.lines == [
        "Rubrik", "Org     Kumla", "Kvitto  RV-1", "! Obs", "▶  Namn  mars · nu", "  Text",
        "Ämne *: (A / B)", "Varför?: Därför", "[4] Ändra", "[5] Utan", "[bild: Logga]",
        "↗ Kalender: https://x/c.ics", "[6] Rösta"]
    assert [b.title for b in drawing.buttons] == ["Ändra", "Utan", "Rösta"]
    assert [i["id"] for i in drawing.buttons[0].inputs] == ["topic", "why"]
    assert drawing.buttons[1].inputs == [] and len(drawing.buttons[2].inputs) == 2


def test_every_card_the_bot_sends_can_be_drawn() -> None:
    for name, card in card_catalogue.all_cards().items():
        drawing = draw_card(card)
        assert drawing.lines, name
        text = "\n".join(drawing.lines)
        assert "**" not in text and "<at>" not in text, name


def test_suggested_actions_are_buttons_that_send_a_message() -> None:
    [first, second] = suggested_buttons({"suggestedActions": {"actions": [
        {"type": "imBack", "title": "Vad händer nu?", "value": "Vad händer nu?"},
        {"type": "messageBack", "title": "Tidplanen", "text": "tidplan", "value": {"k": 1}},
        {"type": "openUrl", "title": "x", "value": "https://x"}]}})
    assert first.action["data"]["msteams"] == {"type": "imBack", "value": "Vad händer nu?", "text": "Vad händer nu?",
                                               "displayText": None}
    assert second.action["data"]["msteams"]["text"] == "tidplan"


@pytest.mark.parametrize(("element", "answer", "expected"), [
    ({"type": "Input.Text", "isRequired": True, "errorMessage": "Skriv något"}, "", ("", "Skriv något")),
    ({"type": "Input.Text", "isRequired": True}, "   ", ("   ", None)),      # Teams sends it; the bot judges
    ({"type": "Input.Text", "maxLength": 3}, "åäö", ("åäö", None)),
    ({"type": "Input.Text", "maxLength": 3}, "🙂🙂", ("", "Högst 3 tecken (du skrev 4).")),   # UTF-16 units
    ({"type": "Input.Text", "regex": "[0-9]+", "errorMessage": "Siffror"}, "12a", ("", "Siffror")),
    ({"type": "Input.Text"}, "", ("", None)),
    ({"type": "Input.ChoiceSet", "choices": [{"title": "Ja", "value": "y"}, {"title": "Nej", "value": "n"}]},
     "2", ("n", None)),
    ({"type": "Input.ChoiceSet", "choices": [{"title": "Ja", "value": "y"}]}, "ja", ("y", None)),
    ({"type": "Input.ChoiceSet", "choices": [{"title": "Ja", "value": "y"}]}, "3",
     ("", "Svara med en siffra mellan 1 och 1.")),
    ({"type": "Input.ChoiceSet", "isMultiSelect": True,
      "choices": [{"title": "A", "value": "a"}, {"title": "B", "value": "b"}]}, "1, 2", ("a,b", None)),
    ({"type": "Input.Date"}, "2021-02-30", ("", "Skriv datumet som ÅÅÅÅ-MM-DD.")),
    ({"type": "Input.Date", "max": "2021-12-31"}, "2022-01-01", ("", "Datumet ska vara till 2021-12-31.")),
    ({"type": "Input.Time"}, "9:00", ("", "Skriv tiden som TT:MM.")),
    ({"type": "Input.Time"}, "09:00", ("09:00", None)),
    ({"type": "Input.Toggle", "valueOn": "on", "valueOff": "off"}, "ja", ("on", None)),
    ({"type": "Input.Number", "min": 1, "max": 5}, "6", ("", "Talet ska vara mellan 1 och 5.")),
])
def test_inputs_are_checked_as_teams_checks_them(element: dict[str, Any], answer: str,
                                                  expected: tuple[str, str | None]) -> None:
    assert check(element, answer) == expected


def test_a_form_keeps_values_on_enter_clears_with_a_dash_and_can_be_cancelled() -> None:
    inputs = [{"type": "Input.Text", "id": "a", "label": "A", "value": "gammalt"},
              {"type": "Input.Text", "id": "b", "label": "B", "value": "bort"},
              {"type": "Input.Text", "id": "c", "label": "C", "isRequired": True}]
    answers = iter(["", "-", "", "nytt"])
    written: list[str] = []

    async def read(_prompt: str) -> str | None:
        return next(answers)

    values = asyncio.run(fill(inputs, read, written.append))
    assert values == {"a": "gammalt", "b": "", "c": "nytt"}
    assert "  ⚠ Fyll i det här fältet." in written

    async def cancel(_prompt: str) -> str | None:
        return "avbryt"

    with pytest.raises(Cancelled):
        asyncio.run(fill(inputs, cancel, written.append))


def test_addresses_keep_their_underscores_and_stars() -> None:
    url = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_Nj_Q3@thread.v2/0"
    assert markdown(f"Var: [Teams-mötet]({url}) eller {url}.") == f"Var: Teams-mötet ({url}) eller {url}."
    assert markdown("_a_ https://x.se/_b_") == "a https://x.se/_b_"
