"""The app-wide request rate (Teams: 50 requests/s per bot), shared by every bot process.

A GCRA without burst on one database row: each request reserves the next free slot with a
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

from rusbot.outbound import TEAMS_GLOBAL_WINDOWS, SlidingWindowLimiter
from rusbot.store.db import Database

# Teams allows 50/s. Slots exactly 20 ms apart would let network jitter pack 51 requests into
# some one-second window at the receiving end; 5 % headroom absorbs up to ~50 ms of jitter.
DEFAULT_RATE = 50.0 * 0.95

_PG = text("""
    UPDATE rate_gate SET tat = GREATEST(tat, EXTRACT(EPOCH FROM clock_timestamp())) + :interval
    WHERE key = :key RETURNING tat, EXTRACT(EPOCH FROM clock_timestamp())""")
# The time is read inside the statement: a value read before waiting for SQLite's write lock
# would be stale, and stale "now"s bunch requests together.
_SQLITE = text("""
    UPDATE rate_gate SET tat = MAX(tat, (julianday('now') - 2440587.5) * 86400.0) + :interval
    WHERE key = :key RETURNING tat""")


class SharedRateGate:
    """`acquire(key)` like the connector's in-process limiter; the key is ignored (one app)."""

    def __init__(self, db: Database, *, rate: float = DEFAULT_RATE, key: str = "app",
                 sleep: Callable[[float], Awaitable[None]] = asyncio.sleep) -> None:
        self._db = db
        self._interval = 1.0 / rate
        self._key = key
        self._sleep = sleep
        self._ready = False
        # One reservation at a time per process: slots come back in order, and a fan-out of a
        # hundred concurrent sends holds one database connection for the gate, not a hundred.
        self._lock = asyncio.Lock()
        self._local = SlidingWindowLimiter(TEAMS_GLOBAL_WINDOWS)

    async def _ensure_row(self) -> None:
        if self._ready:
            return
        async with self._db.session() as session:
            if self._db.dialect == "postgresql":
                await session.execute(text("INSERT INTO rate_gate (key, tat) VALUES (:key, 0) ON CONFLICT DO NOTHING"),
                                      {"key": self._key})
            else:
                await session.execute(text("INSERT OR IGNORE INTO rate_gate (key, tat) VALUES (:key, 0)"),
                                      {"key": self._key})
            await session.commit()
        self._ready = True

    async def acquire(self, _key: str = "app") -> None:
        async with self._lock:
            wait = await self._reserve()
        if wait > 0:
            await self._sleep(wait)
        # The process's own sends, timed when they really go (an event loop that was busy may
        # release several late slots at once): never more than Teams' 50 in any second.
        await self._local.acquire("app")

    async def _reserve(self) -> float:
        await self._ensure_row()
        async with self._db.session() as session:
            if self._db.dialect == "postgresql":
                # clock_timestamp() is read after the row lock was granted; the way back is short.
                tat, db_now = (await session.execute(_PG, {"interval": self._interval, "key": self._key})).one()
                wait = float(tat) - self._interval - float(db_now)
            else:
                tat = (await session.execute(_SQLITE, {"interval": self._interval, "key": self._key})).scalar_one()
                wait = float(tat) - self._interval - time.time()
            await session.commit()
        return wait
