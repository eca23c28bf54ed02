"""A card action's answer: once, only to the person who pressed, and within Teams' invoke budget.

Microsoft's contracts used here:
- Action.Execute sends the invoke `adaptiveCard/action`; a response of type
  `application/vnd.microsoft.activity.message` is shown to the user who pressed ("Universal Action Model",
  Response format: https://learn.microsoft.com/adaptive-cards/authoring-cards/universal-action-model).
- A dialog's task/fetch and task/submit are answered with `{"task": {"type": "message", "value": ...}}`
  ("Use dialogs with bots": https://learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/
  task-modules/task-modules-bots).
- A plain Action.Submit arrives as a `message` activity whose `value` holds the card's data, without text
  ("Card actions", Action.Submit: https://learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/
  cards/cards-actions); it has no invoke response, so the answer goes to a 1:1 chat created with
  POST /v3/conversations {isGroup: false, bot, members, tenantId} ("Proactive messages": https://learn.
  microsoft.com/microsoftteams/platform/bots/how-to/conversations/send-proactive-messages).
- The budget: "Your app has five seconds to respond to the invoke" ("Respond to the dialog submit action":
  https://learn.microsoft.com/microsoftteams/platform/messaging-extensions/how-to/action-commands/
  respond-to-task-module-submit).
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any

import pytest

from rusbot.consultation import OPEN_REMISSVAR_ACTION
from rusbot.input.forms import PollSpec
from rusbot.limits import Rate
from tests import builders as b
from tests.conftest import RunningBot
from tests.fakes.connector import Scripted, roster_member
from tests.input_support import (
    COORDINATOR,
    KUMLA_ANNA,
    KUMLA_BERIT,
    PENDING_PER,
    InputBot,
    card_of,
    submit_data,
)

TEAMS_INVOKE_BUDGET = 5.0
REMISSVAR = {"position": "tillstyrker_med_andringar", "comment_vision": "Visionen är bra.",
             "decided_by": "Kommunstyrelsen", "decision_date": "2021-02-10", "diarienummer": "KS 2021/123",
             "protocol_link": "https://www.kumla.se/protokoll/ks-2021-02-10.pdf"}
REFUSAL = "bara samordnarna"


@pytest.fixture
def bot(harness: InputBot) -> RunningBot:
    assert harness.bot is not None
    return harness.bot


def in_channel(activity: dict[str, Any], channel: str = b.GENERAL_CHANNEL) -> dict[str, Any]:
    """The same press in the team's channel: conversation and channelData as Teams sends them there."""
    activity["conversation"] = b.channel_conversation(channel, thread="1616161616")
    activity["channelData"].update({"team": {"id": b.TEAM_ID, "name": "Partnerskapet"},
                                    "channel": {"id": channel, "name": "Allmänt"}})
    return activity


def in_the_team(bot: RunningBot, *people: dict[str, Any]) -> None:
    """The team's roster, as the connector knows it: Teams creates a 1:1 chat only with its members."""
    bot.connector.rosters[b.TEAM_ID] = [roster_member(p["name"], p["aadObjectId"], b.TENANT) for p in people]


def channel_press(service_url: str, value: dict[str, Any], sender: dict[str, Any]) -> dict[str, Any]:
    """A plain Action.Submit pressed on a card in the channel: a message with `value` and no text."""
    activity = b.card_submit(service_url, value, sender)
    return in_channel(activity)


def said(bot: RunningBot, words: str) -> list[Any]:
    return [r for r in bot.connector.sent if words in r.text]


async def post_poll(bot: RunningBot) -> dict[str, Any]:
    command = b.channel_message(bot.service_url, "omröstning Vilken dag? | Tisdag | Onsdag", COORDINATOR)
    await bot.post(command)
    return command


async def timed_post(bot: RunningBot, activity: dict[str, Any]) -> tuple[float, int, Any]:
    started = time.monotonic()
    status, body = await bot.post(activity)
    return time.monotonic() - started, status, body


# -- once, and privately -----------------------------------------------------------------------------------
async def test_an_action_execute_refusal_is_only_in_the_invoke_response(bot: RunningBot) -> None:
    command = await post_poll(bot)
    [close] = [a for a in bot.connector.sent[-1].cards[0]["actions"] if a["verb"] == "poll.close"]
    bot.connector.clear()
    press = b.card_execute(bot.service_url, "poll.close", close["data"], KUMLA_BERIT, command["conversation"])
    press["locale"] = "en-US"       # Berit's Teams is in English; the poll card is Swedish
    status, body = await bot.post(press)
    assert status == 200
    assert body["type"] == "application/vnd.microsoft.activity.message" and REFUSAL in body["value"]
    await bot.after_answers()
    assert bot.connector.sent == [] and bot.connector.created_chats == [] and bot.connector.channel_posts == []


async def test_a_dialog_refusal_is_only_in_the_dialog(bot: RunningBot) -> None:
    # Per is linked to no organisation: opening the inspel dialog in the channel is refused, in the dialog.
    status, body = await bot.post(in_channel(b.task_fetch(bot.service_url, "inspel.open", PENDING_PER)))
    assert status == 200 and body["task"]["type"] == "message"
    assert "inte kopplad till någon organisation" in body["task"]["value"]
    await bot.after_answers()
    assert said(bot, "inte kopplad") == []


async def test_an_unknown_button_in_a_dialog_is_answered_only_there(bot: RunningBot) -> None:
    status, body = await bot.post(in_channel(b.task_fetch(bot.service_url, "gone.away", KUMLA_BERIT)))
    assert status == 200 and "fungerar inte längre" in body["task"]["value"]
    await bot.after_answers()
    assert bot.connector.sent == []


async def test_a_plain_submit_refusal_goes_to_a_personal_chat_created_for_it(bot: RunningBot) -> None:
    in_the_team(bot, KUMLA_BERIT, COORDINATOR)
    press = channel_press(bot.service_url, {"action": "org.confirm", "user": "aad-per", "organisation": "kumla"},
                          KUMLA_BERIT)
    status, _ = await bot.post(press)
    assert status == 200
    [created] = bot.connector.created_chats          # POST /v3/conversations
    assert created.body["isGroup"] is False and created.body["members"] == [{"id": "29:aad-berit"}]
    assert created.body["bot"]["id"] == b.BOT_ID and created.body["tenantId"] == b.TENANT
    assert created.body["channelData"] == {"tenant": {"id": b.TENANT}}
    [answer] = said(bot, REFUSAL)
    assert answer.conversation_id != press["conversation"]["id"]
    assert answer.text.startswith("Om knappen du tryckte på i kanalen:")
    assert not [r for r in bot.connector.sent if r.conversation_id == press["conversation"]["id"]]
    # The new chat is kept: the next answer goes there without creating another.
    await bot.post(press)
    assert len(bot.connector.created_chats) == 1 and len(said(bot, REFUSAL)) == 2
    assert said(bot, REFUSAL)[-1].conversation_id == answer.conversation_id


async def test_a_plain_submit_refusal_uses_the_stored_personal_chat(bot: RunningBot) -> None:
    personal = b.personal_message(bot.service_url, "hej", KUMLA_BERIT)
    await bot.post(personal)
    bot.connector.clear()
    await bot.post(channel_press(bot.service_url, {"action": "org.confirm", "user": "aad-per",
                                                   "organisation": "kumla"}, KUMLA_BERIT))
    assert bot.connector.created_chats == []
    [answer] = said(bot, REFUSAL)
    assert answer.conversation_id == personal["conversation"]["id"]


async def test_a_stored_personal_chat_that_refuses_is_replaced_by_a_new_one(bot: RunningBot) -> None:
    in_the_team(bot, KUMLA_BERIT, COORDINATOR)
    personal = b.personal_message(bot.service_url, "hej", KUMLA_BERIT)
    await bot.post(personal)
    bot.connector.clear()
    # The stored chat answers 403 (Teams' "Proactive messages": a chat that is blocked or gone).
    bot.connector.answer_next(Scripted(403, body={"error": {"code": "ConversationBlockedByUser"}}))
    await bot.post(channel_press(bot.service_url, {"action": "org.confirm", "user": "aad-per",
                                                   "organisation": "kumla"}, KUMLA_BERIT))
    [created] = bot.connector.created_chats
    [answer] = said(bot, REFUSAL)
    assert answer.conversation_id not in (personal["conversation"]["id"], b.GENERAL_CHANNEL)
    assert created.body["members"] == [{"id": KUMLA_BERIT["id"]}]


async def test_without_a_personal_chat_the_answer_is_said_in_the_channel_once(bot: RunningBot) -> None:
    # Berit is not on a roster the connector knows: Teams refuses the 1:1 chat (403 ForbiddenOperationException).
    press = channel_press(bot.service_url, {"action": "org.confirm", "user": "aad-per", "organisation": "kumla"},
                          KUMLA_BERIT)
    await bot.post(press)
    [answer] = said(bot, REFUSAL)
    assert answer.conversation_id == press["conversation"]["id"]
    assert answer.body["entities"][0]["mentioned"]["id"] == KUMLA_BERIT["id"]     # @mentioned


async def test_a_suggested_question_pressed_in_the_channel_answers_there_and_the_link_privately(
        bot: RunningBot) -> None:
    # Per (linked to nobody) presses the suggestion "Vilken organisation företräder jag?" on the not-sure card
    # the bot posted in the channel (questions.suggestions_card: a plain Action.Submit, `questions.ask`).
    in_the_team(bot, PENDING_PER, COORDINATOR)
    press = channel_press(bot.service_url, {"action": "questions.ask", "question": "Vilken organisation företräder "
                                            "jag?", "language": "sv"}, PENDING_PER)
    status, _ = await bot.post(press)
    assert status == 200
    here = [r for r in bot.connector.sent if r.conversation_id == press["conversation"]["id"]]
    # The question's answer is the same for everyone there; whether Per is linked is for him alone.
    assert len(here) == 1 and "organisation" in here[0].text
    assert not [r for r in here if "inte kopplad" in r.text]
    [private] = said(bot, "inte kopplad")
    assert private.conversation_id == bot.connector.personal_chat_id(PENDING_PER["id"])
    assert private.text.startswith("Om knappen du tryckte på i kanalen:")


async def test_a_broken_suggestion_button_in_the_channel_is_answered_privately(bot: RunningBot) -> None:
    in_the_team(bot, KUMLA_BERIT)
    press = channel_press(bot.service_url, {"action": "questions.ask", "question": "  "}, KUMLA_BERIT)
    await bot.post(press)
    [answer] = said(bot, "fungerar inte längre")
    assert answer.conversation_id != press["conversation"]["id"]
    assert not [r for r in bot.connector.sent if r.conversation_id == press["conversation"]["id"]]


async def test_a_coordinators_organisation_in_the_channel_names_no_waiting_people(bot: RunningBot) -> None:
    await bot.post(b.personal_message(bot.service_url, "organisation Kumla", PENDING_PER))   # Per waits
    bot.connector.clear()
    await bot.post(b.channel_message(bot.service_url, "organisation", COORDINATOR))
    assert bot.connector.sent and not [r for r in bot.connector.sent if r.cards and "Per Privat" in str(r.cards)]
    assert "1 kopplingar väntar" in bot.connector.sent[-1].text


# -- in the card's language ----------------------------------------------------------------------------------
async def test_a_press_is_answered_in_the_cards_language_not_the_teams_locale(bot: RunningBot) -> None:
    # Per writes Swedish, but his Teams client is in English (locale en-US): the press has no text.
    await bot.post(b.personal_message(bot.service_url, "organisation", PENDING_PER))
    swedish_card = bot.connector.sent[-1].cards[0]
    press = b.card_submit(bot.service_url, {**submit_data(swedish_card, "Skicka"), "organisation": "kumla"},
                          PENDING_PER)
    press["locale"] = "en-US"
    await bot.post(press)
    assert bot.connector.sent[-1].text.startswith("Tack! Du har valt Kumla.")
    # ... and the other way round: an English card's button pressed from a Swedish client opens an English
    # dialog.
    await bot.post(b.personal_message(bot.service_url, "input", KUMLA_BERIT))
    [new_input] = [a for a in bot.connector.sent[-1].cards[0]["actions"] if a["title"] == "New input"]
    fetch = b.invoke(bot.service_url, "task/fetch", {"data": new_input["data"], "context": {"theme": "default"}},
                     KUMLA_BERIT)
    assert fetch["locale"] == "sv-SE"
    _status, body = await bot.post(fetch)
    form = card_of(body)
    assert [a["title"] for a in form["actions"]] == ["Send input"]


# -- within the budget ---------------------------------------------------------------------------------------
async def test_a_slow_connector_does_not_hold_the_invoke_answer(bot: RunningBot) -> None:
    form = card_of((await bot.post(b.task_fetch(bot.service_url, OPEN_REMISSVAR_ACTION, KUMLA_ANNA)))[1])
    bot.connector.hang("POST", "/activities", seconds=20)       # every send waits 20 s
    elapsed, status, body = await timed_post(
        bot, b.task_submit(bot.service_url, {**submit_data(form, "Skicka in"), **REMISSVAR}, KUMLA_ANNA))
    assert status == 200 and elapsed < TEAMS_INVOKE_BUDGET
    assert body["task"]["value"]["title"] == "Kvitto"            # the receipt is in the answer at once
    # ... and its copy in the chat goes out after the answer: on its way, not yet delivered.
    await asyncio.wait_for(_until(lambda: bool(bot.connector.hanging), bot.connector), 5)
    assert bot.connector.sent == []
    bot.connector.release()
    await bot.after_answers()
    [copy] = bot.connector.sent
    assert copy.cards[0]["fallbackText"] == card_of(body)["fallbackText"]


async def test_a_slow_member_look_up_is_answered_in_time_and_finished_after(
        sqlite_url: str, tmp_path: Any, clock: Any, connector: Any) -> None:
    # A coordinator known only by e-mail: who they are takes a member look-up, which hangs 20 s.
    async with InputBot.running(sqlite_url, tmp_path, clock, connector,
                                coordinators=["cecilia@regionorebrolan.se"]) as harness:
        assert harness.bot is not None
        bot = harness.bot
        command = b.channel_message(bot.service_url, "tidplan", KUMLA_BERIT)   # the team's channel
        await bot.post(command)

        # The poll made as `omröstning` makes it, without the command's own look-up (that would cache it).
        poll = await bot.services.inputs.store.create_poll(
            PollSpec(question="Vilken dag?", options=["Tisdag", "Onsdag"]), by="aad-samordnare", language="sv",
            now=bot.clock.now(), service_url=bot.service_url, conversation_id=command["conversation"]["id"])
        connector.clear()
        connector.hang("GET", "/members/", seconds=20)
        press = b.card_execute(bot.service_url, "poll.close", {"poll_id": poll.ref, "language": "sv"}, COORDINATOR,
                               command["conversation"])
        elapsed, status, body = await timed_post(bot, press)
        assert status == 200 and elapsed < TEAMS_INVOKE_BUDGET
        assert body["type"] == "application/vnd.microsoft.activity.message" and "Tryck igen" in body["value"]
        assert REFUSAL not in body["value"]          # not refused: not yet known
        connector.release()
        await bot.after_answers()                   # the look-up finished after the answer, and is cached
        _status, body = await bot.post(press)
        assert body["type"] == "application/vnd.microsoft.card.adaptive"
        lookups = [r for r in connector.requests if r.method == "GET" and "/members/" in r.path]
        assert len(lookups) == 1
        assert connector.sent == []


async def test_a_press_over_the_limit_while_the_member_look_up_hangs_is_answered_in_time(
        sqlite_url: str, tmp_path: Any, clock: Any, connector: Any) -> None:
    # Over the per-user limit (issue 11.6), the bot checks whether the presser is a coordinator (exempt);
    # with coordinators named by e-mail that is a member look-up, here hanging 20 s. The invoke is still
    # answered within Teams' budget ("Respond to the dialog submit action": five seconds).
    async with InputBot.running(sqlite_url, tmp_path, clock, connector, coordinators=["cecilia@regionorebrolan.se"],
                                limit_user_commands=Rate(1, 3600)) as harness:
        assert harness.bot is not None
        bot = harness.bot
        conversation = b.channel_conversation(b.GENERAL_CHANNEL, thread="1616161616")
        press = b.card_execute(bot.service_url, "poll.vote", {"poll_id": "gone", "option": 0}, KUMLA_BERIT,
                               conversation)
        await bot.post(press)                            # the one press the limit allows
        connector.hang("GET", "/members/", seconds=20)
        elapsed, status, body = await timed_post(bot, press)
        assert status == 200 and elapsed < TEAMS_INVOKE_BUDGET
        assert body["type"] == "application/vnd.microsoft.activity.message" and "Tryck igen" in body["value"]
        connector.release()
        await bot.after_answers()
        # The look-up finished after the answer: the next press over the limit is refused with the wait.
        _status, body = await bot.post(press)
        assert "Vänta" in body["value"]


async def test_a_send_after_the_answer_that_fails_goes_to_the_one_error_path(
        bot: RunningBot, caplog: pytest.LogCaptureFixture) -> None:
    form = card_of((await bot.post(b.task_fetch(bot.service_url, OPEN_REMISSVAR_ACTION, KUMLA_ANNA)))[1])
    bot.connector.answer_next(Scripted(403, body={"error": {"code": "BotNotInConversationRoster"}}))
    _status, body = await bot.post(
        b.task_submit(bot.service_url, {**submit_data(form, "Skicka in"), **REMISSVAR}, KUMLA_ANNA))
    assert body["task"]["value"]["title"] == "Kvitto"          # saved and answered before the send failed
    with caplog.at_level(logging.ERROR, logger="bot.app"):
        await bot.after_answers()
    [failure] = [r for r in caplog.records if r.getMessage() == "turn failed"]
    assert failure.exc_info is not None and "403" in str(failure.exc_info[1])


async def _until(condition: Any, connector: Any) -> None:
    while True:
        connector.changed.clear()
        if condition():
            return
        await connector.changed.wait()
