"""The per-user and per-organisation request limiter (rusbot/limits.py) on both databases: bursts,
refills as the clock moves, all-or-none claims, and two processes sharing one budget."""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest
from sqlalchemy import text

from rusbot.limits import Claim, Rate, Refusal, RequestLimiter
from rusbot.store.db import open_database
from tests.conftest import stockholm

T0 = stockholm(2021, 2, 15, 10, 0)


def at(seconds: float) -> dt.datetime:
    return T0 + dt.timedelta(seconds=seconds)


async def wait(limiter: RequestLimiter, seconds: float, *claims: Claim) -> int:
    """0 when granted, else the seconds the limiter asks to wait."""
    refusal = await limiter.acquire(at(seconds), claims)
    return 0 if refusal is None else refusal.wait


@pytest.mark.parametrize(("text_", "count", "period"), [
    ("30/min", 30, 60), ("20/10min", 20, 600), ("100/h", 100, 3600), ("5/s", 5, 1), (" 7 / 2 h ", 7, 7200),
    ("1/d", 1, 86400)])
def test_rates_parse(text_: str, count: int, period: float) -> None:
    rate = Rate.parse(text_)
    assert rate is not None and (rate.count, rate.period) == (count, period)
    assert Rate.parse(str(rate)) == rate


@pytest.mark.parametrize("text_", ["off", "OFF", "0", "0/min"])
def test_off_means_no_limit(text_: str) -> None:
    assert Rate.parse(text_) is None


@pytest.mark.parametrize("text_", ["", "30", "30/fortnight", "-1/min", "ten/min", "30/0min"])
def test_nonsense_is_refused(text_: str) -> None:
    with pytest.raises(ValueError):
        Rate.parse(text_)


async def test_a_burst_then_one_per_interval(database_url: str) -> None:
    db = open_database(database_url)
    try:
        limiter = RequestLimiter(db)
        rate = Rate(count=3, period=60)      # 3 at once, then one every 20 s
        claim = Claim("u:cmd:aad-anna", rate)
        assert [await wait(limiter, 0, claim) for _ in range(3)] == [0, 0, 0]
        assert await limiter.acquire(at(0), [claim]) == Refusal(key="u:cmd:aad-anna", wait=20)
        assert await wait(limiter, 5, claim) == 15        # a refusal takes nothing
        assert await wait(limiter, 20, claim) == 0
        assert await wait(limiter, 20, claim) == 20
        assert [await wait(limiter, 200, claim) for _ in range(4)] == [0, 0, 0, 20]
        # Another key has its own budget.
        assert await wait(limiter, 200, Claim("u:cmd:aad-berit", rate)) == 0
    finally:
        await db.close()


async def test_claims_are_taken_all_or_none(database_url: str) -> None:
    db = open_database(database_url)
    try:
        limiter = RequestLimiter(db)
        user, org = Rate(count=5, period=60), Rate(count=2, period=60)
        anna, kumla = Claim("u:sub:aad-anna", user), Claim("o:sub:kumla", org)
        assert await wait(limiter, 0, anna, kumla) == 0
        assert await wait(limiter, 0, Claim("u:sub:aad-berit", user), kumla) == 0
        assert await limiter.acquire(at(0), [anna, kumla]) == Refusal(key="o:sub:kumla", wait=30)
        # Anna's own budget was not charged by the refused request: 4 of 5 are left.
        assert [await wait(limiter, 0, anna) for _ in range(5)] == [0, 0, 0, 0, 12]
    finally:
        await db.close()


async def test_two_processes_share_one_budget(database_url: str) -> None:
    """Two bot processes (two engines on one database), 40 requests at once against 10/min: 10 pass."""
    first, second = open_database(database_url), open_database(database_url)
    try:
        limiters = [RequestLimiter(first), RequestLimiter(second)]
        claim = [Claim("u:cmd:aad-mallory", Rate(count=10, period=60))]
        results = await asyncio.gather(*(limiters[i % 2].acquire(at(0), claim) for i in range(40)))
        assert sum(1 for r in results if r is None) == 10
        assert all(r.wait >= 1 for r in results if r is not None)
    finally:
        await first.close()
        await second.close()


async def test_spent_keys_are_swept(database_url: str) -> None:
    db = open_database(database_url)
    try:
        limiter = RequestLimiter(db)
        await limiter.acquire(at(0), [Claim("u:cmd:aad-anna", Rate(count=1, period=60))])
        await limiter.acquire(at(7200), [Claim("u:cmd:aad-berit", Rate(count=1, period=60))])
        async with db.session() as session:
            keys = list(await session.scalars(text("SELECT key FROM request_limits")))
        assert keys == ["u:cmd:aad-berit"]
    finally:
        await db.close()


async def test_sqlite_claims_of_one_process_do_not_wait_on_each_other(sqlite_url: str) -> None:
    """SQLite has one writer: this process's claims take turns in the process (one thread of their
    own) rather than in SQLite's busy handler, which sleeps between retries. The other process still
    meets them in the database (test_two_processes_share_one_budget)."""
    import threading

    db = open_database(sqlite_url)
    limiter = RequestLimiter(db)
    assert limiter._sqlite is not None
    inside, most, guard = 0, 0, threading.Lock()
    real_claim = limiter._sqlite._claim

    def counting_claim(*args):  # type: ignore[no-untyped-def]
        nonlocal inside, most
        with guard:
            inside += 1
            most = max(most, inside)
        try:
            return real_claim(*args)
        finally:
            with guard:
                inside -= 1

    try:
        limiter._sqlite._claim = counting_claim  # type: ignore[method-assign]
        results = await asyncio.gather(*(limiter.acquire(at(0), [Claim(f"u:cmd:aad-{n % 4}", Rate(10, 60))])
                                         for n in range(48)))
        assert sum(1 for r in results if r is None) == 40
        assert most == 1
    finally:
        await limiter.close()
        await db.close()


async def test_a_database_that_cannot_be_reached_is_unavailable_not_an_error(tmp_path: object) -> None:
    """The claim's plain connection maps a failed connection like a session does: the turn says it
    cannot read or save just now (bot/handler.py), not a stack trace."""
    from rusbot.store.db import DatabaseUnavailable

    db = open_database(f"sqlite:///{tmp_path}/missing/dir/rusbot.db", run_migrations=False)
    try:
        with pytest.raises(DatabaseUnavailable):
            await RequestLimiter(db).acquire(at(0), [Claim("u:cmd:aad-anna", Rate(1, 60))])
    finally:
        await db.close()
