"""Teams' refusals, told apart by their codes (issue 10, item 8).

Codes, statuses and bodies from Microsoft Learn:
- "Status codes from bot conversational APIs"
  (https://learn.microsoft.com/microsoftteams/platform/bots/build-conversational-capability#status-codes-from-bot-conversational-apis):
  403 BotNotInConversationRoster, 403 ConversationBlockedByUser, 403 BotDisabledByAdmin,
  404 ConversationNotFound, as ErrorResponse bodies (tests.fakes.connector.teams_error);
- "Proactive messages", "Understand who blocked, muted, or uninstalled a bot"
  (https://learn.microsoft.com/microsoftteams/platform/bots/how-to/conversations/send-proactive-messages):
  the 403 body with subCode MessageWritesBlocked (tests.fakes.connector.message_writes_blocked).
Only "not in the roster" and "not found" close a conversation; a block keeps it, and nothing is
sent there until a user turns to the bot again ("Stop attempting to post ... until interaction
with bot is explicitly initiated by a user in the conversation").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator

import aiohttp
import pytest

from bot.connector import RetryPolicy
from rusbot.clock import STOCKHOLM, ManualClock
from scheduling.store import CANCELLED, FAILED, SENT
from tests import builders as b
from tests.conftest import RunningBot, make_settings, start_bot
from tests.fakes.connector import FakeConnector, Scripted, activity_text, message_writes_blocked, teams_error
from tests.fakes.consultation import FakeConsultationStatus

COORDINATOR = b.user("Sara Samordnare", aad="aad-samordnare")
KARIN = b.user("Karin Kumla", aad="aad-karin")
KARIN_CHAT = "a:personal-aad-karin"
SEVEN_DAYS = "nudge:kumla@2021-09-30:7d"
ONE_DAY = "nudge:kumla@2021-09-30:1d"


def at(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=STOCKHOLM)  # type: ignore[misc]


@pytest.fixture
async def rbot(database_url: str, clock: ManualClock, connector: FakeConnector) -> AsyncIterator[RunningBot]:
    runner, url = await start_bot(make_settings(database_url, coordinators=[COORDINATOR["aadObjectId"]]), clock,
                                  connector)
    async with aiohttp.ClientSession() as session:
        bot = RunningBot(url=url, app=runner.app, session=session, connector=connector, clock=clock)
        bot.services.reminders.connector._retry = RetryPolicy(attempts=2, base_delay=0.001, max_delay=0.01)
        bot.services.reminders.status = FakeConsultationStatus(reps={"kumla": ["aad-karin"]},
                                                               submitted={o.id for o in bot.services.process.respondents
                                                                          if o.id != "kumla"})
        yield bot
    await runner.cleanup()


async def post(bot: RunningBot, activity: dict[str, object]) -> None:
    status, _ = await bot.post(activity)
    assert status == 200


async def run(bot: RunningBot, moment: dt.datetime) -> None:
    bot.clock.set(moment)
    await bot.services.reminders.run_due()


async def states(bot: RunningBot) -> dict[tuple[str, str], str]:
    return {(r.reminder_id, r.conversation_id): r.state for r in await bot.services.reminders.deliveries.rows()}


async def status_text(bot: RunningBot) -> str:
    await post(bot, b.personal_message(bot.service_url, "status", sender=COORDINATOR))
    [card] = bot.connector.sent[-1].cards
    return str(card["fallbackText"])


async def setup(bot: RunningBot, *, team: bool = False) -> None:
    if team:
        await post(bot, b.installation(bot.service_url, scope="team", sender=COORDINATOR))
    await post(bot, b.installation(bot.service_url, sender=COORDINATOR))
    await post(bot, b.installation(bot.service_url, sender=KARIN))
    bot.connector.clear()


@pytest.mark.parametrize("refusal", [
    teams_error(403, "ConversationBlockedByUser", "User blocked the conversation with the bot."),
    message_writes_blocked()], ids=["ConversationBlockedByUser", "MessageWritesBlocked"])
async def test_a_blocked_chat_stays_and_gets_nothing_until_the_user_writes(rbot: RunningBot, refusal: Scripted) -> None:
    await setup(rbot)
    rbot.connector.answer_next(refusal)
    await run(rbot, at(2021, 9, 23, 9, 0))
    assert (await states(rbot))[(SEVEN_DAYS, KARIN_CHAT)] == FAILED
    record = await rbot.services.conversations.get(KARIN_CHAT)
    assert record is not None and record.active          # not a removal: the bot is still there
    [told] = rbot.connector.to("a:personal-aad-samordnare")
    code = "ConversationBlockedByUser" if refusal.body.get("error") else "MessageWritesBlocked"
    assert "personlig chatt med Karin Kumla" in told.text
    # Told in the coordinator's chat's tenant, as every send to a personal chat ("Proactive messages",
    # https://learn.microsoft.com/microsoftteams/platform/bots/how-to/conversations/send-proactive-messages).
    assert told.body["conversation"] == {"id": "a:personal-aad-samordnare", "tenantId": b.TENANT}
    assert told.body["channelData"]["tenant"] == {"id": b.TENANT}
    assert "inget skickas förrän någon skriver till boten där igen" in told.text
    assert "personlig chatt med Karin Kumla" in await status_text(rbot)
    assert code in str((await rbot.services.reminders.unreachable_targets())[0])

    # Blocked: the 1-day nudge is not even tried.
    rbot.connector.clear()
    await run(rbot, at(2021, 9, 29, 9, 0))
    assert rbot.connector.to(KARIN_CHAT) == []
    assert (await states(rbot))[(ONE_DAY, KARIN_CHAT)] == CANCELLED


async def test_the_user_writing_again_lifts_the_block(rbot: RunningBot) -> None:
    await setup(rbot)
    rbot.connector.answer_next(teams_error(403, "ConversationBlockedByUser"))
    await run(rbot, at(2021, 9, 23, 9, 0))
    rbot.clock.set(at(2021, 9, 24, 12, 0))
    await post(rbot, b.personal_message(rbot.service_url, "Hej igen", sender=KARIN))
    assert await rbot.services.reminders.unreachable_targets() == []
    rbot.connector.clear()
    await run(rbot, at(2021, 9, 29, 9, 0))
    [nudge] = rbot.connector.to(KARIN_CHAT)
    assert "(1 dag kvar)" in activity_text(nudge)
    assert (await states(rbot))[(ONE_DAY, KARIN_CHAT)] == SENT


async def test_not_found_closes_the_conversation(rbot: RunningBot) -> None:
    await setup(rbot)
    rbot.connector.answer_next(teams_error(404, "ConversationNotFound", "Conversation not found."))
    await run(rbot, at(2021, 9, 23, 9, 0))
    record = await rbot.services.conversations.get(KARIN_CHAT)
    assert record is not None and not record.active
    assert "konversationen finns inte längre" in await status_text(rbot)
    # She writes again: the chat is back, and so is she in reminders.
    await post(rbot, b.personal_message(rbot.service_url, "Hej", sender=KARIN))
    assert (await rbot.services.conversations.get(KARIN_CHAT)).active  # type: ignore[union-attr]
    assert "Påminnelser som inte når fram" not in await status_text(rbot)


async def test_a_403_without_a_teams_code_is_not_a_removal(rbot: RunningBot) -> None:
    # A 403 from something in between (a proxy, a policy) says nothing about the bot's membership.
    await setup(rbot, team=True)
    rbot.connector.answer_next(Scripted(403, body={"message": "Forbidden"}))
    await run(rbot, at(2021, 3, 10, 9, 0))
    general = await rbot.services.conversations.get(b.TEAM_ID)
    assert general is not None and general.active
    assert "teamets allmänna kanal (General): Teams svarade HTTP 403; nästa påminnelse försöker igen" \
        in await status_text(rbot)
    # The next reminder is tried, goes through, and the mark goes with it.
    rbot.connector.clear()
    await run(rbot, at(2021, 9, 16, 9, 0))
    assert len(rbot.connector.channel_posts) == 1
    assert "Påminnelser som inte når fram" not in await status_text(rbot)


async def test_bot_disabled_by_admin_in_a_channel_keeps_it_and_says_why(rbot: RunningBot) -> None:
    await setup(rbot, team=True)
    rbot.connector.answer_next(teams_error(403, "BotDisabledByAdmin", "The tenant admin disabled this bot"))
    await run(rbot, at(2021, 3, 10, 9, 0))
    assert (await rbot.services.conversations.get(b.TEAM_ID)).active  # type: ignore[union-attr]
    assert "administratören har stängt av boten" in await status_text(rbot)
    rbot.connector.clear()
    await run(rbot, at(2021, 9, 16, 9, 0))
    assert rbot.connector.channel_posts == []
    # Someone @mentions the bot in the channel: it may write there again.
    await post(rbot, b.channel_message(rbot.service_url, "påminnelser"))
    await run(rbot, at(2021, 9, 23, 9, 0))
    assert len(rbot.connector.channel_posts) == 1
