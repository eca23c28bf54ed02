"""Questions as partners ask them in Teams, on different days of the process."""

from __future__ import annotations

import pytest

from tests import builders as b
from tests.conftest import RunningBot, stockholm


async def ask(bot: RunningBot, text: str, **kwargs: object) -> str:
    bot.connector.clear()
    status, _ = await bot.post(b.personal_message(bot.service_url, text, **kwargs))
    assert status == 200
    [reply] = bot.connector.sent
    return reply.text


@pytest.mark.parametrize(
    ("when", "expected", "absent"),
    [
        (stockholm(2021, 2, 15, 10), ["11 mars 2021"], ["dagar kvar till och med 30 september"]),
        (stockholm(2021, 7, 1, 10), ["30 september 2021", "91 dagar kvar"], []),
        (stockholm(2021, 10, 15, 10), ["efter remissen"], ["dagar kvar"]),
    ],
)
async def test_what_happens_now_depends_on_the_date(bot: RunningBot, when, expected, absent) -> None:  # type: ignore[no-untyped-def]
    bot.clock.set(when)
    text = await ask(bot, "Vad händer nu?")
    for fragment in expected:
        assert fragment in text
    for fragment in absent:
        assert fragment not in text


async def test_is_the_consultation_open_in_february_july_and_october(bot: RunningBot) -> None:
    answers = []
    for when in (stockholm(2021, 2, 15, 10), stockholm(2021, 7, 1, 10), stockholm(2021, 10, 15, 10)):
        bot.clock.set(when)
        answers.append(await ask(bot, "Är remissen öppen?"))
    assert len(set(answers)) == 3


async def test_english_questions_get_english_answers_even_with_a_swedish_locale(bot: RunningBot) -> None:
    text = await ask(bot, "When does the consultation open?", locale="sv-SE")
    assert "mid-June 2021" in text


async def test_swedish_questions_get_swedish_answers_even_with_an_english_locale(bot: RunningBot) -> None:
    text = await ask(bot, "vem bestämmer vad som ska uppdateras", locale="en-US")
    assert "Partnerskapet" in text


async def test_timeline_comes_as_an_adaptive_card_with_a_text_fallback(bot: RunningBot) -> None:
    bot.clock.set(stockholm(2021, 7, 1, 10))
    await bot.post(b.personal_message(bot.service_url, "tidplan"))
    [reply] = bot.connector.sent
    [card] = reply.cards
    assert card["version"] <= "1.5"
    assert "Remiss" in card["fallbackText"]
    assert any(a["type"] == "Action.OpenUrl" and a["url"].endswith("/calendar.ics") for a in card.get("actions", []))


async def test_unknown_questions_get_an_honest_answer_with_suggestions(bot: RunningBot) -> None:
    await bot.post(b.personal_message(bot.service_url, "Vem vann fotbolls-VM 1958?"))
    [reply] = bot.connector.sent
    assert "vet jag inte" in reply.text.lower()
    assert reply.body["suggestedActions"]["actions"]


async def test_a_channel_fragment_with_a_mention_is_answered_in_its_thread(bot: RunningBot) -> None:
    activity = b.channel_message(bot.service_url, "remiss deadline")
    await bot.post(activity)
    [reply] = bot.connector.sent
    assert "30 september" in reply.text
    assert reply.conversation_id == activity["conversation"]["id"]
