"""Teams' app-wide limit is per app *per tenant* (issue 10, item 9): one bucket per tenant, the
figure a setting. Microsoft Learn, "Optimize your bot with rate limiting and best practices in
Microsoft Teams" (https://learn.microsoft.com/microsoftteams/platform/bots/how-to/rate-limit):
"The global limit per app per tenant is 50 Requests Per Second (RPS)"."""

from __future__ import annotations

import aiohttp
import pytest
from sqlalchemy import text

from bot.connector import Connector
from rusbot.outbound import SlidingWindowLimiter, app_windows, tenant_bucket
from rusbot.settings import SettingsError, load_settings
from rusbot.store.db import open_database
from scheduling.gate import SharedRateGate
from tests.fakes.connector import FakeConnector


class Buckets:
    """An app-wide limiter that only notes which bucket each call was counted in."""

    def __init__(self) -> None:
        self.keys: list[str] = []

    async def acquire(self, key: str) -> None:
        self.keys.append(key)


def test_one_bucket_per_tenant() -> None:
    assert tenant_bucket("72F988BF-86F1-41AF-91AB-2D7CD011DB47") == "app:72f988bf-86f1-41af-91ab-2d7cd011db47"
    assert tenant_bucket(None) == tenant_bucket("") == "app"
    long = tenant_bucket("x" * 5000)
    assert long.startswith("app:#") and len(long) <= 64 and long != tenant_bucket("y" * 5000)


def test_a_full_tenant_does_not_hold_back_another() -> None:
    limiter = SlidingWindowLimiter(app_windows(2), monotonic=lambda: 100.0)
    full = tenant_bucket("tenant-a")
    limiter._sent[full].extend([100.0, 100.0])
    assert limiter._wait_needed(full, 100.0) > 0
    assert limiter._wait_needed(tenant_bucket("tenant-b"), 100.0) == 0


def test_the_figure_is_a_setting() -> None:
    assert load_settings(_env_file=None).teams_app_rps == 50
    assert load_settings(_env_file=None, RUSBOT_TEAMS_APP_RPS="30").teams_app_rps == 30
    with pytest.raises(SettingsError, match="RUSBOT_TEAMS_APP_RPS"):
        load_settings(_env_file=None, RUSBOT_TEAMS_APP_RPS="0")


async def test_calls_count_against_their_tenant(connector: FakeConnector) -> None:
    buckets = Buckets()

    async def no_token() -> None:
        return None

    async with aiohttp.ClientSession() as session:
        client = Connector(session, token_provider=no_token, service_url_allowed=lambda _u: True,
                           global_limiter=buckets, default_tenant="tenant-home")  # type: ignore[arg-type]
        await client.send(connector.url, "a:1", {"type": "message", "text": "x"}, tenant="Tenant-A")
        await client.create_conversation(connector.url, {"bot": {"id": "28:b"}, "isGroup": True,
                                                         "channelData": {"channel": {"id": "19:c"}}}, tenant="tenant-b")
        await client.update(connector.url, "19:c;messageid=1", "1", {"type": "message"})
    assert buckets.keys == ["app:tenant-a", "app:tenant-b", "app:tenant-home"]


async def test_the_shared_gate_keeps_one_row_per_tenant(sqlite_url: str) -> None:
    db = open_database(sqlite_url)
    try:
        gate = SharedRateGate.for_limit(db, 1000)
        for key in ("app:tenant-a", "app:tenant-b", "app:tenant-a"):
            await gate.acquire(key)
        async with db.session() as session:
            rows = dict((await session.execute(text("SELECT key, tat FROM rate_gate"))).all())
        assert set(rows) == {"app:tenant-a", "app:tenant-b"}
    finally:
        await db.close()


async def test_conversations_past_every_window_are_forgotten_and_the_rest_still_wait() -> None:
    """Keys are conversations; a process that answers thousands must not keep them all."""
    from rusbot.outbound import TEAMS_CONVERSATION_WINDOWS

    now = [0.0]
    limiter = SlidingWindowLimiter(TEAMS_CONVERSATION_WINDOWS, monotonic=lambda: now[0])
    for n in range(SlidingWindowLimiter.SWEEP_EVERY - 8):
        await limiter.acquire(f"old-{n}")
    now[0] = 1000.0                                   # past every window of the old conversations
    for _ in range(7):
        await limiter.acquire("busy")                 # 7 per second is a conversation's first window
    await limiter.acquire("new")                      # the SWEEP_EVERY-th: the sweep runs here
    assert set(limiter._sent) == {"busy", "new"}
    assert limiter._wait_needed("busy", 1000.0) > 0   # a conversation inside its windows still waits
    assert limiter._users == {}


def test_wait_needed_is_the_pass_over_every_send() -> None:
    """The bisection in SlidingWindowLimiter._wait_needed gives what a pass over every send gives."""
    import random

    from rusbot.outbound import TEAMS_CONVERSATION_WINDOWS, SlidingWindowLimiter, Window

    def by_pass(windows: tuple[Window, ...], sent: list[float], now: float) -> float:
        wait = 0.0
        for window in windows:
            in_window = [t for t in sent if now - t < window.seconds]
            if len(in_window) >= window.limit:
                wait = max(wait, in_window[len(in_window) - window.limit] + window.seconds - now)
        return wait

    rng = random.Random(7)
    for windows in (TEAMS_CONVERSATION_WINDOWS, (Window(1.0, 50),)):
        limiter = SlidingWindowLimiter(windows)
        for _ in range(300):
            now = rng.uniform(0, 40)
            sent = sorted(rng.choice([now - rng.uniform(0, 35), now - rng.choice([0.0, 1.0, 2.0, 30.0]), now])
                          for _ in range(rng.randint(0, 80)))
            limiter._sent["k"].clear()
            limiter._sent["k"].extend(sent)
            kept = [t for t in sent if now - t < limiter._horizon]
            assert limiter._wait_needed("k", now) == by_pass(windows, kept, now)
