"""Who is asking: the member look-up the bot makes (e-mail, UPN) and what it is used for.

Microsoft's contract, "Get Teams specific context for your bot"
(https://learn.microsoft.com/microsoftteams/platform/bots/how-to/get-teams-context), section "Get single
member details": `GET /v3/conversations/{teamId}/members/{userId}` in a team, "make sure to use the team
id"; in a personal or group chat the conversation id instead. The SDK's `TeamsInfo.get_member`
(botbuilder-core 4.17.1, teams_info.py) does the same: `channelData.team.id` when there is one.
A channel other than General has an id of its own (the General channel's id is the team id), so asking
by the channel's conversation id goes wrong exactly there.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest

from tests import builders as b
from tests.conftest import RunningBot
from tests.input_support import COORDINATOR, KUMLA_BERIT, InputBot

COORDINATOR_EMAIL = "cecilia@regionorebrolan.se"          # tests/input_support.members()
OTHER_CHANNEL = "19:planering-9f2c7e@thread.tacv2"        # a channel of the team that is not General


@pytest.fixture
async def by_email(sqlite_url: str, tmp_path: Any, clock: Any, connector: Any) -> AsyncIterator[RunningBot]:
    """Coordinators named only by e-mail, as an operator may write RUSBOT_COORDINATORS."""
    harness = InputBot(sqlite_url, tmp_path, clock, connector, coordinators=[COORDINATOR_EMAIL])
    bot = await harness.start()
    yield bot
    await harness.close()


def member_lookups(bot: RunningBot) -> list[str]:
    return [r.path for r in bot.connector.requests if r.method == "GET" and "/members/" in r.path]


async def test_in_a_channel_other_than_general_the_member_is_asked_by_the_team_id(by_email: RunningBot) -> None:
    bot = by_email
    await bot.post(b.channel_message(bot.service_url, "status", COORDINATOR, channel=OTHER_CHANNEL))
    [path] = member_lookups(bot)
    assert path == f"/v3/conversations/{b.TEAM_ID}/members/29:aad-samordnare"
    # ... and the answer is the coordinator's: the look-up found the e-mail.
    assert "bara för samordnarna" not in bot.connector.sent[-1].text


async def test_in_a_personal_chat_the_member_is_asked_by_the_conversation_id(by_email: RunningBot) -> None:
    bot = by_email
    message = b.personal_message(bot.service_url, "status", COORDINATOR)
    await bot.post(message)
    [path] = member_lookups(bot)
    assert path == f"/v3/conversations/{message['conversation']['id']}/members/29:aad-samordnare"


def command_lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith("- **")]


async def test_help_shows_a_coordinator_named_by_email_their_commands(by_email: RunningBot) -> None:
    bot = by_email
    await bot.post(b.personal_message(bot.service_url, "hjälp", KUMLA_BERIT))
    partner = bot.connector.sent[-1].text
    await bot.post(b.personal_message(bot.service_url, "hjälp", COORDINATOR))
    coordinator = bot.connector.sent[-1].text
    for word in ("**status**", "**export**", "**nytt möte**", "**personuppgifter**"):
        assert word in coordinator and word not in partner
    assert set(command_lines(partner)) < set(command_lines(coordinator))


async def test_a_question_for_help_in_own_words_shows_the_same(by_email: RunningBot) -> None:
    bot = by_email
    await bot.post(b.personal_message(bot.service_url, "Vad kan du hjälpa mig med?", COORDINATOR))
    assert "**status**" in bot.connector.sent[-1].text


async def test_the_greeting_in_a_personal_chat_shows_a_coordinator_named_by_email_their_commands(
        by_email: RunningBot) -> None:
    bot = by_email
    await bot.post(b.installation(bot.service_url, scope="personal", sender=COORDINATOR))
    greeting = bot.connector.sent[-1].text
    assert "**status**" in greeting and "**export**" in greeting
    await bot.post(b.installation(bot.service_url, scope="personal", sender=KUMLA_BERIT))
    assert "**status**" not in bot.connector.sent[-1].text
