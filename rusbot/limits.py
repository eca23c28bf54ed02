"""Per-user and per-organisation request limits, shared by every bot process through the database.

One row per key (`request_limits`), a GCRA like scheduling/gate.py's: `tat` is the key's theoretical
arrival time. A rate of N per period lets N requests through at once and then one every period/N;
a request is granted when, after it, `tat` lies at most one period ahead of now. Each claim is a
single `INSERT ... ON CONFLICT DO UPDATE ... WHERE ... RETURNING`, so two processes never both take
the last slot; the claims of one request (the user's and the organisation's) are taken in one
transaction, all or none. Time comes from the injected clock: tests move it, and a few
milliseconds of skew between hosts are nothing against limits counted in seconds and minutes.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import math
import re
import sqlite3
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from sqlalchemy import text

from rusbot.store.db import Database, DatabaseUnavailable, sqlite_pragmas

log = logging.getLogger(__name__)

_UNITS = {"s": 1, "sec": 1, "min": 60, "h": 3600, "d": 86400}
_RATE = re.compile(r"^\s*(\d+)\s*/\s*(\d*)\s*(s|sec|min|h|d)\s*$")
OFF_WORDS = {"off", "0", "none", "ingen"}

# One statement per claim. The WHERE leaves the row alone (no row counted) when the claim would
# put the key more than a period ahead: that is the refusal. The row count rather than RETURNING:
# no rows to fetch saves the driver a round trip on every turn.
_CLAIM = """
    INSERT INTO request_limits (key, tat) VALUES (:key, :now + :interval)
    ON CONFLICT (key) DO UPDATE SET tat = {greatest}(request_limits.tat, :now) + :interval
    WHERE {greatest}(request_limits.tat, :now) + :interval - :now <= :period"""
_CLAIM_SQLITE_SQL = _CLAIM.format(greatest="MAX")
_CLAIM_SQLITE = text(_CLAIM_SQLITE_SQL)
_CLAIM_POSTGRES = text(_CLAIM.format(greatest="GREATEST"))
_TAT_SQL = "SELECT tat FROM request_limits WHERE key = :key"
_TAT = text(_TAT_SQL)
_PURGE = text("DELETE FROM request_limits WHERE tat < :now")
PURGE_EVERY = 3600.0   # seconds between sweeps of keys that have run out (a row behind now limits nothing)


@dataclass(frozen=True)
class Rate:
    """`count` requests per `period` seconds: `count` at once, then one every period/count."""

    count: int
    period: float

    def __post_init__(self) -> None:
        if self.count < 1 or not self.period > 0:
            raise ValueError("a rate needs a positive count and period")

    @property
    def interval(self) -> float:
        return self.period / self.count

    @classmethod
    def parse(cls, value: str) -> Rate | None:
        """`30/min`, `20/10min`, `100/h`, `5/s`; `off` (or `0`) for no limit."""
        if value.strip().casefold() in OFF_WORDS:
            return None
        match = _RATE.match(value.casefold())
        if match is None:
            raise ValueError(f"not a rate: {value!r} (write e.g. 30/min, 20/10min, 100/h, or off)")
        count, many, unit = int(match.group(1)), int(match.group(2) or 1), match.group(3)
        if count == 0:
            return None
        return cls(count=count, period=float(many * _UNITS[unit]))

    def __str__(self) -> str:
        for unit, seconds in (("d", 86400), ("h", 3600), ("min", 60)):
            if self.period % seconds == 0:
                many = int(self.period // seconds)
                return f"{self.count}/{many if many > 1 else ''}{unit}"
        return f"{self.count}/{self.period:g}s"


@dataclass(frozen=True)
class Claim:
    key: str
    rate: Rate


@dataclass(frozen=True)
class Refusal:
    key: str        # the claim that had no room
    wait: int       # whole seconds until the request would be granted (at least 1)


class _SqliteClaims:
    """SQLite: this process's claims, one at a time, on one connection of their own in one thread of
    their own, each claim (all its keys, in one transaction) a single hand-over to that thread.
    Through SQLAlchemy and aiosqlite a claim took five hand-overs between the event loop and
    aiosqlite's thread (cursor, statement, cursor close, commit, the pool's rollback on check-in),
    each a queue put and a wake-up of the loop, about a sixth of a question turn's CPU. The file
    is the same: other processes meet these claims in the database as before (WAL, busy_timeout,
    and BEGIN IMMEDIATE so that a claim of several keys takes the write lock before reading)."""

    def __init__(self, path: str) -> None:
        self._path = path
        # One worker: the claims queue here, not in SQLite's busy handler (which sleeps and retries).
        self._thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="rusbot-limits")
        self._conn: sqlite3.Connection | None = None
        self._closed = False

    def _connection(self) -> sqlite3.Connection:
        if self._conn is None:
            conn = sqlite3.connect(self._path, isolation_level=None, check_same_thread=False, timeout=10)
            try:
                sqlite_pragmas(conn)        # as every connection of the store's engine
            except BaseException:
                conn.close()
                raise
            self._conn = conn
        return self._conn

    def _claim(self, moment: float, claims: Sequence[Claim]) -> Refusal | None:
        """In the worker thread: take every claim, or none."""
        try:
            conn = self._connection()
            conn.execute("BEGIN IMMEDIATE")
            try:
                for claim in claims:
                    granted = conn.execute(_CLAIM_SQLITE_SQL, {
                        "key": claim.key, "now": moment, "interval": claim.rate.interval,
                        "period": claim.rate.period}).rowcount
                    if granted != 1:
                        tat = float(conn.execute(_TAT_SQL, {"key": claim.key}).fetchone()[0])
                        conn.execute("ROLLBACK")
                        wait = math.ceil(tat + claim.rate.interval - claim.rate.period - moment)
                        return Refusal(key=claim.key, wait=max(1, wait))
                conn.execute("COMMIT")
                return None
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
        except sqlite3.OperationalError as exc:
            # The file cannot be opened, stays locked past busy_timeout, or an I/O error: as a session's
            # connection errors (rusbot/store/db.py). The next claim opens a fresh connection.
            self._drop()
            log.warning("database unavailable: %s", type(exc).__name__)
            raise DatabaseUnavailable() from exc

    def _drop(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(sqlite3.Error):
                self._conn.close()
            self._conn = None

    async def acquire(self, moment: float, claims: Sequence[Claim]) -> Refusal | None:
        return await asyncio.get_running_loop().run_in_executor(self._thread, self._claim, moment, claims)

    async def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        await asyncio.get_running_loop().run_in_executor(self._thread, self._drop)
        self._thread.shutdown(wait=False)


def _sqlite_file(db: Database) -> str | None:
    """The database file when SQLite claims can run on a connection of their own: a plain file path
    (an in-memory database is one per connection; URL options are left to the engine)."""
    url = db.engine.url
    if db.dialect != "sqlite" or url.query or url.database in (None, "", ":memory:"):
        return None
    return url.database


class RequestLimiter:
    def __init__(self, db: Database) -> None:
        self._db = db
        self._last_purge = -math.inf
        self._lock: asyncio.Lock | None = None
        self._lock_loop: asyncio.AbstractEventLoop | None = None
        path = _sqlite_file(db)
        self._sqlite = _SqliteClaims(path) if path is not None else None

    async def close(self) -> None:
        if self._sqlite is not None:
            await self._sqlite.close()

    def _one_at_a_time(self) -> contextlib.AbstractAsyncContextManager[object]:
        """SQLite: this process's claims one after another. SQLite has one writer at a time; claims on
        the pool's several connections at once made all but one wait in SQLite's busy handler, which
        sleeps (1, 2, 5 … 100 ms) and retries: 16 concurrent turns saw claims of 0.8 s at p99 and
        twice the CPU. Other processes still share the limits through the file, as before.
        PostgreSQL locks rows, not the database: no queue there."""
        if self._db.dialect != "sqlite":
            return contextlib.nullcontext()
        loop = asyncio.get_running_loop()
        if self._lock is None or self._lock_loop is not loop:
            self._lock, self._lock_loop = asyncio.Lock(), loop
        return self._lock

    async def acquire(self, now: dt.datetime, claims: Sequence[Claim]) -> Refusal | None:
        """Take one request from every claim, or from none. None when granted; otherwise which
        claim refused and how long to wait."""
        if not claims:
            return None
        moment = now.timestamp()
        # Sorted keys: two requests that share keys lock them in the same order (no deadlock).
        claims = sorted(claims, key=lambda c: c.key)
        if self._sqlite is not None:
            refusal = await self._sqlite.acquire(moment, claims)
        else:
            refusal = await self._acquire(moment, claims)
        if moment - self._last_purge >= PURGE_EVERY:
            self._last_purge = moment
            await self._purge(moment)
        return refusal

    async def _acquire(self, moment: float, claims: Sequence[Claim]) -> Refusal | None:
        if len(claims) == 1 and self._db.dialect == "postgresql":
            return await self._acquire_one(moment, claims[0])
        claim_sql = _CLAIM_POSTGRES if self._db.dialect == "postgresql" else _CLAIM_SQLITE
        refusal: Refusal | None = None
        # A plain connection rather than an ORM session: this runs on every turn, and the session's
        # bookkeeping cost more CPU than the statement.
        async with self._one_at_a_time(), self._db.connection() as session:
            for claim in claims:
                granted = (await session.execute(claim_sql, {
                    "key": claim.key, "now": moment, "interval": claim.rate.interval,
                    "period": claim.rate.period})).rowcount
                if granted != 1:
                    tat = float((await session.execute(_TAT, {"key": claim.key})).scalar_one())
                    wait = math.ceil(tat + claim.rate.interval - claim.rate.period - moment)
                    refusal = Refusal(key=claim.key, wait=max(1, wait))
                    break
            if refusal is not None:
                await session.rollback()
            else:
                await session.commit()
        return refusal

    async def _acquire_one(self, moment: float, claim: Claim) -> Refusal | None:
        """PostgreSQL, one key (every message and card action): the claim is one statement, atomic
        by itself, so it runs outside a transaction. In one it cost two more round trips (BEGIN and
        COMMIT), a claim ~0.6 ms of CPU in the bot process."""
        async with self._db.connection() as plain:
            session = await plain.execution_options(isolation_level="AUTOCOMMIT")
            granted = (await session.execute(_CLAIM_POSTGRES, {
                "key": claim.key, "now": moment, "interval": claim.rate.interval,
                "period": claim.rate.period})).rowcount
            if granted == 1:
                return None
            # Read after the refusal rather than inside its transaction: another process may have
            # claimed since, which only makes the wait more exact; a row swept meanwhile has room.
            tat = (await session.execute(_TAT, {"key": claim.key})).scalar_one_or_none()
        wait = 1 if tat is None else math.ceil(float(tat) + claim.rate.interval - claim.rate.period - moment)
        return Refusal(key=claim.key, wait=max(1, wait))

    async def _purge(self, moment: float) -> None:
        async with self._db.session() as session:
            removed = (await session.execute(_PURGE, {"now": moment})).rowcount  # type: ignore[attr-defined]
            await session.commit()
        if removed:
            log.debug("request limits: %d spent keys removed", removed)
