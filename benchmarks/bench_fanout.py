"""One reminder fanned out to many channels and personal chats, against a local fake Bot
Connector that enforces Teams' limits and answers a share of calls with 429.

    .venv/bin/python benchmarks/bench_fanout.py [--channels 500] [--personal 2000] [--throttle 0.10]
                                                [--database sqlite|postgresql://...] [--processes 1]

It runs the real dispatcher (deliveries table, claims, shared rate gate, connector with its
per-conversation limiter and Retry-After handling). Figures:
- total time against the bound Teams' limits allow for the requests actually made (retries
  included): the app-wide 50 requests/s makes R requests take at least (R - 1) / 50 s;
- lateness (accepted post - due time) p50 / p99 / max;
- lost (a target without an accepted post) and duplicated (a target with more than one).
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from collections import Counter, defaultdict, deque
from pathlib import Path
from typing import Any, ClassVar

import aiohttp
from aiohttp import web

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.connector import TEAMS_CONVERSATION_WINDOWS, TEAMS_GLOBAL_WINDOWS, Connector, RetryPolicy, Window
from rusbot.clock import STOCKHOLM, ShiftedClock
from rusbot.process.loader import load_process
from rusbot.store.conversations import ConversationRecord, ConversationStore
from rusbot.store.db import open_database
from scheduling.gate import SharedRateGate
from scheduling.plan import Delivery, utc
from scheduling.service import Reminders

REMINDER = "meeting:avstamning-11-mars@2021-03-11:day-before"
DUE = dt.datetime(2021, 3, 10, 9, 0, tzinfo=STOCKHOLM)
TENANT = "tenant-bench"


class LimitedConnector:
    """Teams-like: per conversation 7/1 s, 8/2 s, 60/30 s; app-wide 50/1 s; over a limit -> 429.
    On top, `throttle` of all calls get a 429 with Retry-After anyway."""

    def __init__(self, throttle: float, retry_after: float) -> None:
        self.throttle = throttle
        self.retry_after = retry_after
        self.requests = 0
        self.throttled = 0
        self.over_limit = 0
        self.over_reasons: Counter[str] = Counter()
        self.accepted: dict[str, list[float]] = defaultdict(list)
        self._global: deque[float] = deque()
        self._per: dict[str, deque[float]] = defaultdict(deque)
        self._rng = random.Random(4)
        self.url = ""
        self._runner: web.AppRunner | None = None

    def _fits(self, times: deque[float], windows: tuple[Window, ...], now: float) -> bool:
        horizon = max(w.seconds for w in windows)
        while times and now - times[0] >= horizon:
            times.popleft()
        return all(sum(1 for t in times if now - t < w.seconds) < w.limit for w in windows)

    async def handle(self, request: web.Request) -> web.Response:
        body = await request.json()
        now = time.monotonic()
        self.requests += 1
        parts = [p for p in request.path.split("/") if p]
        key = (body.get("channelData", {}).get("channel", {}).get("id") if len(parts) == 2 else parts[2])
        conversation = self._per[key]
        global_ok = self._fits(self._global, TEAMS_GLOBAL_WINDOWS, now)
        if not global_ok or not self._fits(conversation, TEAMS_CONVERSATION_WINDOWS, now):
            self.over_limit += 1
            self.over_reasons["global" if not global_ok else "conversation"] += 1
            self._global.append(now)
            return web.json_response({"error": {"code": "Throttled"}}, status=429, headers={"Retry-After": "1"})
        self._global.append(now)
        conversation.append(now)
        if self._rng.random() < self.throttle:
            self.throttled += 1
            return web.json_response({"error": {"code": "Throttled"}}, status=429,
                                     headers={"Retry-After": str(self.retry_after)})
        self.accepted[key].append(now)
        return web.json_response({"id": f"{key};messageid={self.requests}", "activityId": str(self.requests)})

    async def start(self) -> None:
        app = web.Application()
        app.router.add_post("/{tail:.*}", self.handle)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.url = f"http://127.0.0.1:{site._server.sockets[0].getsockname()[1]}"  # type: ignore[union-attr]

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()


class FanOut(Reminders):
    """The real dispatcher; only the plan is replaced by "this one reminder to every target"."""

    targets_all: ClassVar[list[str]] = []

    async def desired(self, now: dt.datetime) -> list[Delivery]:
        expires = utc(dt.datetime(2021, 3, 11, 0, 0, tzinfo=STOCKHOLM))
        series = REMINDER.rsplit(":", 1)[0]
        return [Delivery(utc(DUE), REMINDER, target, series, expires) for target in self.targets_all]


async def no_token() -> str | None:
    return None


def records(channels: int, personal: int, service_url: str) -> list[ConversationRecord]:
    found = []
    bot = {"bot": {"id": "28:bench", "name": "RUS-boten"}}
    for n in range(channels):
        channel = f"19:bench-{n}@thread.tacv2"
        found.append(ConversationRecord(id=channel, kind="channel", tenant_id=TENANT, team_id=channel,
                                        channel_id=channel, service_url=service_url, reference=bot))
    for n in range(personal):
        found.append(ConversationRecord(id=f"a:bench-{n}", kind="personal", tenant_id=TENANT,
                                        user_aad_id=f"aad-{n}", service_url=service_url, reference=bot))
    return found


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--channels", type=int, default=500)
    parser.add_argument("--personal", type=int, default=2000)
    parser.add_argument("--throttle", type=float, default=0.10)
    parser.add_argument("--retry-after", type=float, default=1.0)
    parser.add_argument("--processes", type=int, default=1, help="dispatchers sharing the database")
    parser.add_argument("--database", default="sqlite")
    args = parser.parse_args()

    fake = LimitedConnector(args.throttle, args.retry_after)
    await fake.start()
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/bench.db" if args.database == "sqlite" else args.database
        process = load_process()
        clock = ShiftedClock(DUE)
        opened: list[Any] = []
        dispatchers: list[FanOut] = []
        everyone = records(args.channels, args.personal, fake.url)
        FanOut.targets_all = [(r.channel_id if r.kind == "channel" else r.id) or r.id for r in everyone]
        for index in range(args.processes):
            db = open_database(url)
            session = aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=200))
            opened += [session, db]
            connector = Connector(session, token_provider=no_token, service_url_allowed=lambda _u: True,
                                  retry=RetryPolicy(attempts=8))
            dispatchers.append(FanOut(db, process, clock, connector.with_global_limiter(SharedRateGate(db)),
                                      ConversationStore(db), scheduler=False, batch=100))
            if index == 0:
                for record in records(args.channels, args.personal, fake.url):
                    await dispatchers[0].conversations.remember(record, clock.now())
        # The bot wakes exactly at the due time: our clock starts there now.
        clock = ShiftedClock(DUE)
        for dispatcher in dispatchers:
            dispatcher.clock = clock
        start_wall = time.monotonic()
        reports = await asyncio.gather(*(d.run_due() for d in dispatchers))
        # A row put back for a later retry is sent when the alarm would wake for it: wait for it.
        while (wake := await dispatchers[0].deliveries.next_wake()) is not None and utc(wake) < utc(DUE) + \
                dt.timedelta(hours=1):
            await asyncio.sleep(max(0.0, (utc(wake) - utc(clock.now())).total_seconds()))
            reports += await asyncio.gather(*(d.run_due() for d in dispatchers))
        total = time.monotonic() - start_wall
        rows = await dispatchers[0].deliveries.rows()
        for thing in opened:
            await thing.close()
    await fake.stop()

    expected = set(FanOut.targets_all)
    counts = Counter({key: len(times) for key, times in fake.accepted.items()})
    lost = len(expected - set(counts))
    duplicated = sum(1 for c in counts.values() if c > 1)
    lateness = sorted(t - start_wall for times in fake.accepted.values() for t in times)
    bound = (fake.requests - 1) / 50.0
    states = Counter(r.state for r in rows)
    p99 = lateness[max(0, int(len(lateness) * 0.99) - 1)]
    print(f"targets: {len(expected)} ({args.channels} channels, {args.personal} personal chats), "
          f"dispatchers: {args.processes}, database: {args.database.split(':')[0]}")
    print(f"requests made: {fake.requests} (random 429: {fake.throttled}, "
          f"429 for exceeding a limit: {fake.over_limit} {dict(fake.over_reasons)})")
    print(f"total time: {total:.2f} s; bound for {fake.requests} requests at 50/s: {bound:.2f} s; "
          f"ratio {total / bound:.3f}")
    print(f"lateness: p50 {statistics.median(lateness):.2f} s, p99 {p99:.2f} s, max {lateness[-1]:.2f} s")
    print(f"lost: {lost}, duplicated: {duplicated}; rows: {dict(states)}; "
          f"sent per run: {[r.sent for r in reports]}")


if __name__ == "__main__":
    asyncio.run(main())
