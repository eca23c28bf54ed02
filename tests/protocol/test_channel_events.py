"""Teams' channel events never move the team's reminders (issue 10, item 3).

For channelCreated/Renamed/Deleted/Restored Teams sends the team's conversation (conversation.id =
the team's General channel) with channelData.channel = the *other* channel: payloads as in
Microsoft Learn, "Conversation events in your Teams bot"
(https://learn.microsoft.com/microsoftteams/platform/bots/how-to/conversations/subscribe-to-conversation-events),
built by tests.builders.channel_event.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator

import aiohttp
import pytest

from rusbot.clock import STOCKHOLM, ManualClock
from tests import builders as b
from tests.conftest import RunningBot, make_settings, start_bot
from tests.fakes.connector import FakeConnector

COORDINATOR = b.user("Sara Samordnare", aad="aad-samordnare")
WORK = "19:6d97d816470f481dbcda38244b98689a@thread.tacv2"


def at(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=STOCKHOLM)  # type: ignore[misc]


@pytest.fixture
async def rbot(sqlite_url: str, clock: ManualClock, connector: FakeConnector) -> AsyncIterator[RunningBot]:
    runner, url = await start_bot(make_settings(sqlite_url, coordinators=[COORDINATOR["aadObjectId"]]), clock,
                                  connector)
    async with aiohttp.ClientSession() as session:
        yield RunningBot(url=url, app=runner.app, session=session, connector=connector, clock=clock)
    await runner.cleanup()


async def post(bot: RunningBot, activity: dict[str, object]) -> None:
    status, _ = await bot.post(activity)
    assert status == 200


async def posted_to(bot: RunningBot, moment: dt.datetime) -> list[str]:
    bot.clock.set(moment)
    bot.connector.clear()
    await bot.services.reminders.run_due()
    return [r.body["channelData"]["channel"]["id"] for r in bot.connector.channel_posts]


async def status_text(bot: RunningBot) -> str:
    await post(bot, b.personal_message(bot.service_url, "status", sender=COORDINATOR))
    [card] = bot.connector.sent[-1].cards
    return str(card["fallbackText"])


@pytest.mark.parametrize("event", ["channelCreated", "channelRenamed", "channelDeleted", "channelRestored"])
async def test_a_channel_event_leaves_the_team_conversation_as_it_was(rbot: RunningBot, event: str) -> None:
    await post(rbot, b.installation(rbot.service_url, scope="team", sender=COORDINATOR))
    store = rbot.services.conversations
    before = await store.get(b.TEAM_ID)
    assert before is not None and before.channel_id == b.GENERAL_CHANNEL
    # Whoever made the change sends it, perhaps to another bot process or after a restart: one
    # that has not just stored the team's conversation itself.
    store.forget([b.TEAM_ID])
    await post(rbot, b.channel_event(rbot.service_url, event, WORK, "RUS-arbete", sender=b.user("Pelle Partner")))
    after = await store.get(b.TEAM_ID)
    assert after is not None and after.active
    assert (after.channel_id, after.reference, after.service_url) == (before.channel_id, before.reference,
                                                                      before.service_url)
    assert await store.get(WORK) is None
    assert await posted_to(rbot, at(2021, 3, 10, 9, 0)) == [b.GENERAL_CHANNEL]


async def test_deleting_the_chosen_channel_falls_back_to_general_and_status_says_so(rbot: RunningBot) -> None:
    await post(rbot, b.installation(rbot.service_url, scope="team", sender=COORDINATOR))
    await post(rbot, b.channel_message(rbot.service_url, "påminnelser här", sender=COORDINATOR, channel=WORK))
    assert await posted_to(rbot, at(2021, 3, 10, 9, 0)) == [WORK]

    await post(rbot, b.channel_event(rbot.service_url, "channelDeleted", WORK, "RUS-arbete"))
    assert not any(r.active for r in await rbot.services.conversations.active() if r.channel_id == WORK)
    assert await posted_to(rbot, at(2021, 9, 16, 9, 0)) == [b.GENERAL_CHANNEL]
    text = await status_text(rbot)
    assert "Påminnelser som inte når fram" in text
    assert "kanalen RUS-arbete: kanalen har tagits bort; teamets påminnelser går till teamets standardkanal" in text

    # Restored: the coordinators' choice holds again, and status no longer lists it.
    await post(rbot, b.channel_event(rbot.service_url, "channelRestored", WORK, "RUS-arbete"))
    assert await posted_to(rbot, at(2021, 9, 23, 9, 0)) == [WORK]
    assert "Påminnelser som inte når fram" not in await status_text(rbot)


async def test_deleting_a_channel_that_got_no_reminders_is_not_reported(rbot: RunningBot) -> None:
    await post(rbot, b.installation(rbot.service_url, scope="team", sender=COORDINATOR))
    await post(rbot, b.channel_message(rbot.service_url, "påminnelser", channel=WORK))
    await post(rbot, b.channel_event(rbot.service_url, "channelDeleted", WORK, "RUS-arbete"))
    assert await posted_to(rbot, at(2021, 3, 10, 9, 0)) == [b.GENERAL_CHANNEL]
    assert "Påminnelser som inte når fram" not in await status_text(rbot)


async def test_a_team_known_only_by_its_deleted_channel_falls_back_to_general(rbot: RunningBot) -> None:
    # Installed from another channel than General: Teams names that channel as the conversation.
    install = b.installation(rbot.service_url, scope="team", sender=COORDINATOR)
    install["conversation"]["id"] = WORK
    install["channelData"]["channel"] = {"id": WORK}
    await post(rbot, install)
    assert await posted_to(rbot, at(2021, 3, 10, 9, 0)) == [WORK]
    await post(rbot, b.channel_event(rbot.service_url, "channelDeleted", WORK, "RUS-arbete"))
    general = await rbot.services.conversations.get(b.TEAM_ID)
    assert general is not None and general.channel_id == b.GENERAL_CHANNEL and general.active
    assert await posted_to(rbot, at(2021, 9, 16, 9, 0)) == [b.GENERAL_CHANNEL]
