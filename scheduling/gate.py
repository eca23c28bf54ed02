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

from rusbot.store.db import Database

_PG = text("""
    UPDATE rate_gate SET tat = GREATEST(tat, EXTRACT(EPOCH FROM clock_timestamp())) + :interval
    WHERE key = :key RETURNING tat, EXTRACT(EPOCH FROM clock_timestamp())""")
_SQLITE = text("UPDATE rate_gate SET tat = MAX(tat, :now) + :interval WHERE key = :key RETURNING tat")


class SharedRateGate:
    """`acquire(key)` like the connector's in-process limiter; the key is ignored (one app)."""

    def __init__(self, db: Database, *, rate: float = 50.0, key: str = "app",
                 sleep: Callable[[float], Awaitable[None]] = asyncio.sleep) -> None:
        self._db = db
        self._interval = 1.0 / rate
        self._key = key
        self._sleep = sleep
        self._ready = False

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
        await self._ensure_row()
        async with self._db.session() as session:
            if self._db.dialect == "postgresql":
                tat, now = (await session.execute(_PG, {"interval": self._interval, "key": self._key})).one()
                tat, now = float(tat), float(now)
            else:
                now = time.time()
                tat = float((await session.execute(_SQLITE, {"interval": self._interval, "key": self._key,
                                                             "now": now})).scalar_one())
            await session.commit()
        wait = (tat - self._interval) - now
        if wait > 0:
            await self._sleep(wait)
