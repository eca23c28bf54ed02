"""The app-wide request rate (Teams: 50 requests/s per app per tenant), shared by every bot process.

One database row per tenant (the key `rusbot.outbound.tenant_bucket` gives), each a GCRA without
burst: each request reserves the tenant's next free slot with a
single `UPDATE ... RETURNING` (`tat = max(tat, now) + 1/rate`) and sleeps until its slot. Slots
are 1/rate apart, so no one-second window ever holds more than `rate` requests, whichever
process made them. PostgreSQL's clock (`clock_timestamp()`) is the time base there, so hosts
with skewed clocks still share one timeline; SQLite (one host by nature) uses `time.time()`.
Cost: one small write per request.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable

from sqlalchemy import text

from rusbot.outbound import TEAMS_APP_RPS, SlidingWindowLimiter, app_windows
from rusbot.store.db import Database

# Slots exactly 1/rate apart (20 ms at Teams' 50/s) would let network jitter pack one request too
# many into some one-second window at the receiving end; 5 % headroom absorbs up to ~50 ms of jitter.
HEADROOM = 0.95
DEFAULT_RATE = TEAMS_APP_RPS * HEADROOM

_PG = text("""
    UPDATE rate_gate SET tat = GREATEST(tat, EXTRACT(EPOCH FROM clock_timestamp())) + :interval
    WHERE key = :key RETURNING tat, EXTRACT(EPOCH FROM clock_timestamp())""")
# The time is read inside the statement: a value read before waiting for SQLite's write lock
# would be stale, and stale "now"s bunch requests together.
_SQLITE = text("""
    UPDATE rate_gate SET tat = MAX(tat, (julianday('now') - 2440587.5) * 86400.0) + :interval
    WHERE key = :key RETURNING tat""")


class SharedRateGate:
    """`acquire(key)` like the connector's in-process limiter: the key is the tenant's bucket."""

    def __init__(self, db: Database, *, rate: float = DEFAULT_RATE, limit: int = TEAMS_APP_RPS,
                 sleep: Callable[[float], Awaitable[None]] = asyncio.sleep) -> None:
        """`rate`: the slots per second handed out; `limit`: Teams' figure, which the process's own
        sends never exceed in any second (`RUSBOT_TEAMS_APP_RPS`)."""
        self._db = db
        self._interval = 1.0 / rate
        self._sleep = sleep
        self._ready: set[str] = set()
        # One reservation at a time per process and tenant: slots come back in order, and a fan-out
        # of a hundred concurrent sends holds one database connection for the gate, not a hundred.
        self._locks: dict[str, asyncio.Lock] = {}
        self._local = SlidingWindowLimiter(app_windows(limit))

    @classmethod
    def for_limit(cls, db: Database, requests_per_second: int) -> SharedRateGate:
        return cls(db, rate=requests_per_second * HEADROOM, limit=requests_per_second)

    async def _ensure_row(self, key: str) -> None:
        if key in self._ready:
            return
        async with self._db.session() as session:
            if self._db.dialect == "postgresql":
                await session.execute(text("INSERT INTO rate_gate (key, tat) VALUES (:key, 0) ON CONFLICT DO NOTHING"),
                                      {"key": key})
            else:
                await session.execute(text("INSERT OR IGNORE INTO rate_gate (key, tat) VALUES (:key, 0)"),
                                      {"key": key})
            await session.commit()
        self._ready.add(key)

    async def acquire(self, key: str = "app") -> None:
        lock = self._locks.setdefault(key, asyncio.Lock())
        async with lock:
            wait = await self._reserve(key)
        if wait > 0:
            await self._sleep(wait)
        # The process's own sends, timed when they really go (an event loop that was busy may
        # release several late slots at once): never more than Teams' figure in any second.
        await self._local.acquire(key)

    async def _reserve(self, key: str) -> float:
        await self._ensure_row(key)
        async with self._db.session() as session:
            if self._db.dialect == "postgresql":
                # clock_timestamp() is read after the row lock was granted; the way back is short.
                tat, db_now = (await session.execute(_PG, {"interval": self._interval, "key": key})).one()
                wait = float(tat) - self._interval - float(db_now)
            else:
                tat = (await session.execute(_SQLITE, {"interval": self._interval, "key": key})).scalar_one()
                wait = float(tat) - self._interval - time.time()
            await session.commit()
        return wait
