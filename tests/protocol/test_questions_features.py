"""Questions in partners' own words over HTTP: the bot's own features open as their commands do,
the bot says when it is not sure (buttons in a personal chat, a small card in channels), and bad
input gets an answer. Suggested actions show only in personal chats ("Suggested actions",
learn.microsoft.com/microsoftteams/platform/bots/how-to/conversations/prompt-suggestions); a card's
Action.Submit arrives as a message activity with the button's data in `value` ("Card actions",
learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/cards-actions)."""

from __future__ import annotations

import pytest

from tests import builders as b
from tests.conftest import RunningBot, stockholm
from tests.fakes.connector import Recorded

# Short questions the model can read several ways; the tests use the first it is not sure of.
VAGUE = ("och?", "det där", "what?", "hmm?", "vem vad när", "vem?", "jaha", "mm", "nja", "så?")


def vague_question(bot: RunningBot) -> str:
    engine = bot.services.answers
    found = [q for q in VAGUE if engine.answer(q, bot.clock.now()).topic == "unsure"]
    assert found, "none of VAGUE is a question the engine is unsure of"
    return found[0]


async def send(bot: RunningBot, activity: dict[str, object]) -> list[Recorded]:
    bot.connector.clear()
    status, _ = await bot.post(activity)
    assert status == 200
    return list(bot.connector.sent)


async def test_asking_to_give_input_opens_the_same_card_as_the_command(bot: RunningBot) -> None:
    [command_reply] = await send(bot, b.personal_message(bot.service_url, "inspel"))
    for question, lead in (("Jag vill lämna ett inspel", "Nytt inspel"), ("visa mina inspel", "Dina inspel")):
        explanation, card_reply = await send(bot, b.personal_message(bot.service_url, question))
        assert lead in explanation.text
        assert card_reply.cards == command_reply.cards


async def test_asking_how_to_respond_explains_and_offers_the_response(bot: RunningBot) -> None:
    bot.clock.set(stockholm(2021, 7, 1, 10))
    replies = await send(bot, b.personal_message(bot.service_url, "hur lämnar vi remissvar?"))
    assert replies[0].text.startswith("Remissvaret lämnar er organisations bekräftade företrädare")
    [command_reply] = await send(bot, b.personal_message(bot.service_url, "remissvar"))
    assert replies[-1].text == command_reply.text and replies[-1].cards == command_reply.cards


async def test_turning_reminders_off_in_words_turns_the_personal_nudges_off(bot: RunningBot) -> None:
    sender = b.user("Kim", aad="aad-kim")
    [reply] = await send(bot, b.personal_message(bot.service_url, "stäng av påminnelser", sender=sender))
    assert reply.text.startswith("Klart: jag skickar inga personliga påminnelser")
    assert "aad-kim" in await bot.services.reminders.settings.nudges_off()
    [again] = await send(bot, b.personal_message(bot.service_url, "påminn mig på", sender=sender))
    assert again.text.startswith("Klart: jag påminner dig")
    assert "aad-kim" not in await bot.services.reminders.settings.nudges_off()


async def test_turning_reminders_back_on_in_words_turns_the_personal_nudges_on(bot: RunningBot) -> None:
    sender = b.user("Kim", aad="aad-kim")
    await send(bot, b.personal_message(bot.service_url, "påminn mig av", sender=sender))
    assert "aad-kim" in await bot.services.reminders.settings.nudges_off()
    [reply] = await send(bot, b.personal_message(bot.service_url, "jag vill ha påminnelserna på igen", sender=sender))
    assert reply.text.startswith("Klart: jag påminner dig")
    assert "aad-kim" not in await bot.services.reminders.settings.nudges_off()


async def test_asking_how_to_turn_reminders_off_is_explained_not_done(bot: RunningBot) -> None:
    sender = b.user("Kim", aad="aad-kim")
    [reply] = await send(bot, b.personal_message(bot.service_url, "hur slår jag av påminnelserna?", sender=sender))
    assert "påminn mig av" in reply.text
    assert await bot.services.reminders.settings.nudges_off() == frozenset()


async def test_in_a_channel_turning_reminders_off_is_explained_not_done(bot: RunningBot) -> None:
    [reply] = await send(bot, b.channel_message(bot.service_url, "stäng av påminnelser"))
    assert "påminn mig av" in reply.text and "påminnelser av" in reply.text
    assert await bot.services.reminders.settings.nudges_off() == frozenset()


async def test_extension_and_contact(bot: RunningBot) -> None:
    [extension] = await send(bot, b.personal_message(bot.service_url, "kan vi få anstånd med remissvaret?"))
    assert extension.text.startswith("Anstånd med remissvaret beviljar samordnarna")
    assert "anstånd" not in [a.get("value") for a in extension.body["suggestedActions"]["actions"]]
    [contact] = await send(bot, b.personal_message(bot.service_url, "vem kontaktar jag?"))
    assert "Inga samordnare är inlagda" in contact.text


async def test_not_sure_in_a_personal_chat_offers_buttons(bot: RunningBot) -> None:
    [reply] = await send(bot, b.personal_message(bot.service_url, vague_question(bot)))
    assert reply.text.startswith("Jag är inte säker på vad du menar")
    actions = reply.body["suggestedActions"]["actions"]
    assert 2 <= len(actions) <= 4 and all(a["type"] == "imBack" for a in actions)


async def test_not_sure_in_a_channel_offers_a_card_whose_buttons_ask(bot: RunningBot) -> None:
    activity = b.channel_message(bot.service_url, vague_question(bot))
    [reply] = await send(bot, activity)
    [card] = reply.cards
    assert card["version"] == "1.5" and "inte säker" in card["fallbackText"]
    buttons = card["actions"]
    assert 2 <= len(buttons) <= 3
    assert all(a["type"] == "Action.Submit" and a["data"]["action"] == "questions.ask" for a in buttons)
    question = buttons[0]["data"]["question"]
    pressed = {**activity, "text": None, "value": buttons[0]["data"]}
    [answer] = await send(bot, pressed)
    assert "inte säker" not in (answer.text or "")
    assert answer.conversation_id == activity["conversation"]["id"]  # type: ignore[index]
    assert question


@pytest.mark.parametrize("text", ["", "😀🎉👍", "x" * 10_000, "Hej what händer now i juni?", "\u200b"])
async def test_bad_input_gets_an_answer_never_an_error(bot: RunningBot, text: str) -> None:
    replies = await send(bot, b.personal_message(bot.service_url, text))
    assert replies and all(r.text or r.cards for r in replies)
    assert "Något gick fel" not in replies[0].text


async def test_a_sentence_that_starts_with_a_command_word_is_answered_as_a_question(bot: RunningBot) -> None:
    bot.clock.set(stockholm(2021, 7, 1, 10))
    [command_reply] = await send(bot, b.personal_message(bot.service_url, "remissvar"))
    replies = await send(bot, b.personal_message(bot.service_url, "Remissvar – när ska det vara inne?"))
    assert "30 september 2021" in replies[0].text
    assert replies[0].text != command_reply.text
    # A coordinator-only word opens a partner's question, not the coordinators' refusal.
    [status] = await send(bot, b.personal_message(bot.service_url, "status på remissen, hur går det?"))
    assert "bara för samordnarna" not in status.text


async def test_a_sentence_naming_ones_organisation_chooses_it(bot: RunningBot) -> None:
    sender = b.user("Lena", aad="aad-lena")
    await send(bot, b.personal_message(bot.service_url, "Min organisation är fel i boten, jag jobbar på Lindesbergs "
                                                        "kommun.", sender=sender))
    link = await bot.services.inputs.store.link("aad-lena")
    assert link is not None and link.organisation_id == "lindesberg"
    # Several named, or none: the list to choose from, not "Den organisationen känner jag inte till".
    replies = await send(bot, b.personal_message(bot.service_url, "organisation är inte Kumla utan Laxå",
                                                 sender=b.user("Per", aad="aad-per")))
    assert replies and "känner jag inte till" not in replies[0].text and replies[0].cards


async def test_a_partner_asking_how_a_coordinators_command_is_written_gets_its_form(bot: RunningBot) -> None:
    """Round 25: "anstånd Nora till 12 okt, hur skriver jag?" from a partner is a question, answered with the line
    filled in; the command written as a command is still refused."""
    [reply] = await send(bot, b.personal_message(bot.service_url, "anstånd Nora till 12 okt, hur skriver jag?"))
    assert "**anstånd Nora 2021-10-12**" in reply.text, reply.text
    [refused] = await send(bot, b.personal_message(bot.service_url, "anstånd Nora 2021-10-12"))
    assert "bara för samordnarna" in refused.text


async def test_one_command_asked_of_gets_its_line_not_the_whole_help(bot: RunningBot) -> None:
    # The edge answers the topic "help" with its whole help text; one command explained is not that (b74 #47).
    [reply] = await send(bot, b.personal_message(bot.service_url, "Vad gör kommandot organisation?"))
    assert reply.text.startswith("Skriv **organisation**: det visar eller väljer organisationen du företräder")
    [help_reply] = await send(bot, b.personal_message(bot.service_url, "hjälp"))
    assert reply.text != help_reply.text
