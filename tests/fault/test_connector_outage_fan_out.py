"""The Bot Connector throttling (429 with Retry-After) and then failing (503) for twenty minutes of
the bot's clock during a fan-out of a reminder to 50 team channels: when it recovers, every
reminder arrives exactly once, and none is lost or doubled.

Real minutes would be too long for the suite: the bot's ManualClock is moved a minute at a time
and the dispatcher (`run_due()`, what the alarm calls) runs after each step, so the retries'
back-off (1, 2, 4 ... minutes) plays out in the bot's time; the connector's own waits (Retry-After
inside one run) are made instant. The Teams-wide 50 requests/s gate stays as it is."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest
from aiohttp import web

from rusbot.clock import STOCKHOLM, ManualClock
from scheduling.store import SENT
from tests import builders as b
from tests.conftest import RunningBot, make_settings, start_bot
from tests.fakes.connector import FakeConnector
from tests.protocol.test_reminders import CHECK_IN, reminders_of

CHANNELS = 50
COORDINATOR = b.user("Sara Samordnare", aad="aad-samordnare")


def at(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=STOCKHOLM)  # type: ignore[misc]


class FlakyConnector(FakeConnector):
    """New channel posts get 429 (Retry-After: 30) until `throttled_until`, then 503 until
    `failing_until`, by the bot's clock; everything else is answered as usual."""

    def __init__(self, clock: ManualClock) -> None:
        super().__init__()
        self.clock = clock
        self.throttled_until = self.failing_until = at(2000, 1, 1)
        self.refused: Counter[int] = Counter()

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        if request.method == "POST" and request.path == "/v3/conversations":
            now = self.clock.now()
            if now < self.throttled_until:
                self.refused[429] += 1
                return web.json_response({"error": {"code": "Throttled"}}, status=429, headers={"Retry-After": "30"})
            if now < self.failing_until:
                self.refused[503] += 1
                return web.json_response({"error": {"code": "ServiceUnavailable"}}, status=503)
        return await super()._handle(request)


@pytest.fixture
async def flaky(database_url: str, clock: ManualClock) -> AsyncIterator[RunningBot]:
    connector = FlakyConnector(clock)
    await connector.start()
    runner, url = await start_bot(make_settings(database_url, coordinators=[COORDINATOR["aadObjectId"]]),
                                  clock, connector)
    async with aiohttp.ClientSession() as session:
        yield RunningBot(url=url, app=runner.app, session=session, connector=connector, clock=clock)
    await runner.cleanup()
    await connector.stop()


def team_installation(service_url: str, n: int) -> dict[str, Any]:
    activity = b.installation(service_url, scope="team", sender=COORDINATOR)
    team = f"19:team-{n:02d}@thread.tacv2"
    activity["conversation"]["id"] = team
    activity["channelData"]["team"]["id"] = team
    activity["channelData"]["channel"]["id"] = team
    return activity


async def no_wait(_seconds: float) -> None:
    return None


@pytest.mark.slow
async def test_twenty_minutes_of_429_and_503_during_a_fan_out_then_each_reminder_arrives_once(
        flaky: RunningBot) -> None:
    connector = flaky.connector
    assert isinstance(connector, FlakyConnector)
    for n in range(CHANNELS):
        status, _ = await flaky.post(team_installation(flaky.service_url, n))
        assert status == 200
    connector.clear()
    reminders = reminders_of(flaky)
    reminders.connector._sleep = no_wait          # Retry-After inside one run: no real waiting

    start = at(2021, 3, 10, 9, 0)
    connector.throttled_until = start + dt.timedelta(minutes=10)
    connector.failing_until = start + dt.timedelta(minutes=20)
    runs = []
    for minute in range(61):                      # bounded: one hour of the bot's clock, a minute a step
        flaky.clock.set(start + dt.timedelta(minutes=minute))
        report = await reminders.run_due()
        runs.append((minute, report.sent, report.retry))
        if minute < 20:
            assert report.sent == 0
    posts = Counter(p.body["channelData"]["channel"]["id"] for p in connector.channel_posts)
    assert posts == Counter({f"19:team-{n:02d}@thread.tacv2": 1 for n in range(CHANNELS)})
    rows = [r for r in await reminders.deliveries.rows() if r.reminder_id == CHECK_IN]
    assert len(rows) == CHANNELS and all(r.state == SENT for r in rows)
    first_success = min(m for m, sent, _ in runs if sent)
    last_success = max(m for m, sent, _ in runs if sent)
    figures = {"channels": CHANNELS, "bot_minutes_of_outage": 20, "refused_429": connector.refused[429],
               "refused_503": connector.refused[503], "delivered": sum(posts.values()),
               "duplicates": sum(c - 1 for c in posts.values()), "lost": CHANNELS - len(posts),
               "first_delivery_minute": first_success, "last_delivery_minute": last_success,
               "max_attempts": max(r.attempts for r in rows)}
    print(f"\nconnector outage figures: {json.dumps(figures)}")
    assert last_success - 20 <= 20     # the back-off is capped: all delivered within 20 minutes of recovery
