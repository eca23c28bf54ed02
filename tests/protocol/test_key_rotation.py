"""Signing-key rotation and an unreliable key endpoint, end to end (issue 10.1).

Microsoft rotates the Bot Framework's signing keys; its "Authentication with the Bot Connector API"
(https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-authentication,
"Connector to bot", step 3) has the bot fetch them from the metadata's `jwks_uri` and says the list
"may be cached for long periods of time". botframework-connector 4.17.1 never refreshed on an
unknown key id (IndexError before its refresh branch) and fetched with blocking `requests` on the
event loop. Here the local OpenID endpoint rotates, hangs and fails while real requests come in.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable
from typing import Any

import pytest

from bot.appkeys import OPENID_KEYS
from rusbot.clock import ManualClock
from tests import builders as b
from tests.fakes.connector import FakeConnector
from tests.fakes.openid import CHANNEL_METADATA_PATH, OpenIdServer, new_key
from tests.protocol.test_token_validation import (  # noqa: F401 (the openid fixture is used by name)
    APP_ID,
    ProductionBot,
    _start,
    openid,
    production_settings,
)

HANG_DEADLINE = 1.0  # RUSBOT_OPENID_TIMEOUT_SECONDS for these tests


@pytest.fixture
async def production(sqlite_url: str, clock: ManualClock, connector: FakeConnector,
                     openid: OpenIdServer) -> AsyncIterator[ProductionBot]:  # noqa: F811
    settings = production_settings(sqlite_url, openid, openid_timeout_seconds=HANG_DEADLINE)
    async for running in _start(settings, clock, connector, openid):
        yield running


def metadata_fetches(openid: OpenIdServer) -> int:  # noqa: F811
    return openid.hits.count(CHANNEL_METADATA_PATH)


def token_for(bot: ProductionBot, kid: str, **claims: Any) -> str:
    return bot.openid.sign(bot.openid.claims(APP_ID, bot.service_url, **claims), kid=kid,
                           key=bot.openid.keys.get(kid) or new_key())


async def warm(bot: ProductionBot) -> None:
    assert await bot.send(bot.activity(), bot.token()) == 200
    bot.connector.clear()


async def until(condition: Callable[[], bool], timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        await asyncio.sleep(0.01)


def from_person(bot: ProductionBot, n: int) -> dict[str, Any]:
    # A conversation each: replies to one conversation are held to Teams' 8 per 2 s by the bot's limiter.
    return b.personal_message(bot.service_url, "Vad händer nu?", b.user(f"Person {n}"))


async def timed_send(bot: ProductionBot, activity: dict[str, Any], token: str) -> tuple[int, float]:
    started = time.perf_counter()
    status = await bot.send(activity, token)
    return status, time.perf_counter() - started


async def test_a_key_rotated_at_the_endpoint_is_accepted_within_one_request(production: ProductionBot) -> None:
    await warm(production)
    production.openid.rotate("teams-key-2025", retire="teams-key")
    assert await production.send(production.activity(), token_for(production, "teams-key-2025")) == 200
    assert len(production.connector.sent) == 1
    # The retired key went with that refresh: a token it signed is refused.
    retired = production.openid.sign(production.openid.claims(APP_ID, production.service_url), kid="teams-key",
                                     key=new_key("teams"))
    assert await production.send(production.activity(), retired) == 401


async def test_a_hanging_key_endpoint_does_not_stall_turns_with_a_known_key(production: ProductionBot) -> None:
    await warm(production)
    people = range(5)
    for n in people:  # each conversation once before, so each measured turn is an ordinary one
        assert await production.send(from_person(production, n), production.token()) == 200
    production.openid.hang()
    waiting = asyncio.create_task(production.send(production.activity(), token_for(production, "rotated-meanwhile")))
    await until(lambda: metadata_fetches(production.openid) == 2)  # the unknown key id started a refresh
    timings = []
    for n in people:
        status, took = await timed_send(production, from_person(production, n), production.token())
        assert status == 200
        timings.append(took)
    assert not waiting.done(), "the refresh is still hanging"
    assert max(timings) < 0.1, timings
    # The request that needed the new key gives up at the deadline: 401, nothing done for it.
    replies_before = len(production.connector.sent)
    assert await waiting == 401
    assert len(production.connector.sent) == replies_before
    production.openid.answer()


async def test_a_key_endpoint_that_is_down_leaves_the_cached_keys_working(production: ProductionBot) -> None:
    await warm(production)
    production.openid.down(503)
    assert await production.send(production.activity(), token_for(production, "rotated-meanwhile")) == 401
    assert metadata_fetches(production.openid) == 2
    for _ in range(3):
        assert await production.send(production.activity(), production.token()) == 200
    assert len(production.connector.sent) == 3


async def test_unknown_key_ids_refresh_the_keys_at_most_once_per_interval(production: ProductionBot) -> None:
    await warm(production)
    for n in range(20):
        assert await production.send(production.activity(), token_for(production, f"made-up-{n}")) == 401
    assert metadata_fetches(production.openid) == 2  # start-up, and the first unknown key id
    assert production.connector.requests == []


async def test_no_keys_yet_and_the_endpoint_down_answers_503_then_recovers(
        sqlite_url: str, clock: ManualClock, connector: FakeConnector, openid: OpenIdServer) -> None:  # noqa: F811
    openid.down(500)
    settings = production_settings(sqlite_url, openid, openid_timeout_seconds=HANG_DEADLINE)
    async for bot in _start(settings, clock, connector, openid):
        async with bot.session.post(f"{bot.url}/api/messages", json=bot.activity(),
                                    headers={"Authorization": f"Bearer {bot.token()}"}) as response:
            assert response.status == 503
            assert response.headers.get("Retry-After")
        assert await bot.nothing_changed()
        # Within the cold retry interval the endpoint is not asked again, whatever comes in.
        fetched = openid.hits.count(CHANNEL_METADATA_PATH)
        for _ in range(20):
            assert await bot.send(bot.activity(), bot.token()) == 503
        assert openid.hits.count(CHANNEL_METADATA_PATH) == fetched
        openid.answer()
        keys = bot.app[OPENID_KEYS].keys(settings.openid_metadata_url)
        keys._monotonic = lambda: time.monotonic() + 10     # ten seconds on, without waiting for them
        assert await bot.send(bot.activity(), bot.token()) == 200
