"""Only Teams speaks for a Teams user (issue 11.1): the attack, performed.

A Bot Connector token proves that the Bot Connector sent the activity, for its serviceUrl, on a
channel the signing key is endorsed for; it carries no user. Who the user is comes from the
activity, and outside Teams the *client* writes it: in Direct Line / Web Chat (on by default on
every Azure Bot) `from` is whatever the page sends. Microsoft's "Authentication with the Bot
Connector API" (https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-authentication,
"Connector to bot", step 3) ties keys to channels through `endorsements`; the bot therefore takes
identity only from channelId "msteams" under a key endorsed for it.

The attacker here holds what Web Chat really gives: a valid token signed with a key endorsed for
`webchat`, the serviceurl claim matching, and an activity naming a coordinator's aadObjectId.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest

from rusbot.clock import ManualClock
from tests import builders as b
from tests.conftest import RunningBot
from tests.fakes.connector import FakeConnector
from tests.fakes.openid import OpenIdServer
from tests.protocol.test_token_validation import (  # noqa: F401 (the openid fixture is used by name)
    APP_ID,
    ProductionBot,
    _start,
    openid,
    production_settings,
)

COORDINATOR = b.user("Cecilia Samordnare", aad="aad-coordinator-cecilia")
ATTACKS = ["status", f"personuppgifter {COORDINATOR['aadObjectId']}", "export"]


@pytest.fixture
async def production(sqlite_url: str, clock: ManualClock, connector: FakeConnector,
                     openid: OpenIdServer) -> AsyncIterator[ProductionBot]:  # noqa: F811
    openid.rotate("multi-key", endorsements=("msteams", "webchat", "emulator"))
    settings = production_settings(sqlite_url, openid, coordinators=[COORDINATOR["aadObjectId"]])
    async for running in _start(settings, clock, connector, openid):
        yield running


def as_coordinator(bot: RunningBot, text: str, channel_id: str | None) -> dict[str, Any]:
    activity = b.personal_message(bot.service_url, text, COORDINATOR)
    if channel_id is None:
        del activity["channelId"]
    else:
        activity["channelId"] = channel_id
    return activity


async def nothing_read_or_written(bot: ProductionBot) -> bool:
    return bot.connector.requests == [] and await bot.services.conversations.active() == []


@pytest.mark.parametrize("text", ATTACKS)
async def test_a_webchat_token_naming_a_coordinator_gets_403_and_nothing(production: ProductionBot, text: str) -> None:
    activity = as_coordinator(production, text, "webchat")
    assert await production.send(activity, production.token(kid="webchat-key")) == 403
    assert await nothing_read_or_written(production)


@pytest.mark.parametrize(("channel_id", "kid", "status"), [
    ("webchat", "multi-key", 403),      # a key endorsed for several channels: the channel decides
    ("emulator", "multi-key", 403),     # the Emulator only in local mode
    ("directline", "multi-key", 401),   # not endorsed for it
    ("msteams", "webchat-key", 401),    # claims to be Teams under a Web Chat key
    ("webchat", "teams-key", 401),
    (None, "multi-key", 401),           # no channel, no endorsement to check against
])
async def test_identity_comes_only_from_teams_under_a_key_endorsed_for_teams(
        production: ProductionBot, channel_id: str | None, kid: str, status: int) -> None:
    activity = as_coordinator(production, "status", channel_id)
    assert await production.send(activity, production.token(kid=kid)) == status
    assert await nothing_read_or_written(production)


@pytest.mark.parametrize("kid", ["teams-key", "multi-key"])
async def test_the_same_coordinator_through_teams_is_answered(production: ProductionBot, kid: str) -> None:
    # The control: the refusals above are the channel's doing, not the command's.
    assert await production.send(as_coordinator(production, "status", "msteams"), production.token(kid=kid)) == 200
    [reply] = production.connector.sent
    assert reply.cards and "bara för samordnarna" not in reply.text


async def test_local_mode_serves_teams_and_the_emulator_only(bot: RunningBot) -> None:
    assert (await bot.post(as_coordinator(bot, "hjälp", "webchat")))[0] == 403
    assert (await bot.post(as_coordinator(bot, "hjälp", None)))[0] == 403
    assert bot.connector.requests == []
    assert (await bot.post(as_coordinator(bot, "hjälp", "emulator")))[0] == 200
    assert (await bot.post(as_coordinator(bot, "hjälp", "msteams")))[0] == 200
