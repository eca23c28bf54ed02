"""Two dispatchers (as in two bot processes) on one database: each reminder is posted once."""

from __future__ import annotations

import asyncio
import datetime as dt
import time
from collections import Counter

import aiohttp
import pytest

from bot.connector import Connector, RetryPolicy
from rusbot.clock import STOCKHOLM, ManualClock
from rusbot.process.loader import load_process
from rusbot.store.conversations import ConversationRecord, ConversationStore
from rusbot.store.db import open_database
from scheduling.gate import SharedRateGate
from scheduling.service import Reminders
from scheduling.store import SENT
from tests import builders as b
from tests.fakes.connector import FakeConnector

CHANNELS = 40


def at(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=STOCKHOLM)  # type: ignore[misc]


def channel_record(n: int, service_url: str) -> ConversationRecord:
    channel = f"19:team{n}-general@thread.tacv2"
    return ConversationRecord(id=channel, kind="channel", tenant_id=b.TENANT, team_id=channel, channel_id=channel,
                              service_url=service_url, reference={"bot": {"id": b.BOT_ID, "name": b.BOT_NAME}})


async def no_token() -> str | None:
    return None


async def _two_dispatchers(url: str, connector: FakeConnector) -> tuple[Reminders, Reminders, list[object]]:
    clock = ManualClock(at(2021, 3, 1, 12, 0))
    process = load_process()
    opened: list[object] = []
    dispatchers = []
    for _ in range(2):
        db = open_database(url)
        session = aiohttp.ClientSession()
        opened += [db, session]
        connector_client = Connector(session, token_provider=no_token, service_url_allowed=lambda _u: True,
                                     retry=RetryPolicy(attempts=3, base_delay=0.001, max_delay=0.01))
        dispatchers.append(Reminders(db, process, clock, connector_client.with_global_limiter(SharedRateGate(db)),
                                     ConversationStore(db), scheduler=False, batch=4))
    conversations = dispatchers[0].conversations
    for n in range(CHANNELS):
        await conversations.remember(channel_record(n, connector.url), clock.now())
    clock.set(at(2021, 3, 10, 9, 0))
    return dispatchers[0], dispatchers[1], opened


async def _close(opened: list[object]) -> None:
    for thing in opened:
        await thing.close()  # type: ignore[attr-defined]


async def _each_once(url: str, connector: FakeConnector) -> tuple[int, int]:
    one, two, opened = await _two_dispatchers(url, connector)
    try:
        first, second = await asyncio.gather(one.run_due(), two.run_due())
        again = await asyncio.gather(one.run_due(), two.run_due())
        posts = Counter(r.body["channelData"]["channel"]["id"] for r in connector.channel_posts)
        assert len(posts) == CHANNELS and set(posts.values()) == {1}
        assert first.sent + second.sent == CHANNELS and sum(r.sent for r in again) == 0
        assert {r.state for r in await one.deliveries.rows() if r.reminder_id.startswith("meeting:")} == {SENT}
        return first.sent, second.sent
    finally:
        await _close(opened)


@pytest.mark.postgres
async def test_two_dispatchers_on_postgresql_post_each_reminder_once(postgres_url: str,
                                                                     connector: FakeConnector) -> None:
    first, second = await _each_once(postgres_url, connector)
    assert first > 0 and second > 0      # SKIP LOCKED shared the work


async def test_two_dispatchers_on_sqlite_post_each_reminder_once(sqlite_url: str, connector: FakeConnector) -> None:
    await _each_once(sqlite_url, connector)


@pytest.mark.postgres
async def test_shared_rate_gate_spaces_requests_across_processes(postgres_url: str) -> None:
    one, two = open_database(postgres_url), open_database(postgres_url)
    try:
        gates = [SharedRateGate(one, rate=100), SharedRateGate(two, rate=100)]
        stamps: list[float] = []

        async def take(gate: SharedRateGate) -> None:
            await gate.acquire("app")
            stamps.append(time.monotonic())

        await asyncio.gather(*(take(gates[i % 2]) for i in range(60)))
        stamps.sort()
        # 60 requests at 100/s: never more than 100 in any second, and at least ~0.5 s in all.
        assert stamps[-1] - stamps[0] >= 0.5
    finally:
        await one.close()
        await two.close()


async def test_a_changed_process_file_moves_and_removes_pending_rows_only(database_url: str,
                                                                         connector: FakeConnector) -> None:
    clock = ManualClock(at(2021, 3, 1, 12, 0))
    db = open_database(database_url)
    session = aiohttp.ClientSession()
    try:
        connector_client = Connector(session, token_provider=no_token, service_url_allowed=lambda _u: True)
        process = load_process()

        def dispatcher(p: object) -> Reminders:
            return Reminders(db, p, clock, connector_client, ConversationStore(db), scheduler=False)  # type: ignore[arg-type]

        first = dispatcher(process)
        await first.conversations.remember(channel_record(0, connector.url), clock.now())
        await first.reconcile()
        clock.set(at(2021, 3, 10, 9, 0))
        await first.run_due()                                    # the check-in reminder is sent
        # The coordinators edit the file: reminders at 08:30, and the consultation runs to October.
        rules = process.deployment.reminders.model_copy(update={"consultation_at": "08:30"})
        item = process.item("remiss")
        end = item.end.model_copy(update={"month": 10})  # type: ignore[union-attr]
        earlier = process.model_copy(update={"deployment": process.deployment.model_copy(update={"reminders": rules})})
        moved = dispatcher(earlier)
        await moved.reconcile()
        row = {r.reminder_id: r for r in await moved.deliveries.rows()}["consultation:remiss@2021-09-30:14d"]
        assert row.state == "pending" and row.due_at == at(2021, 9, 16, 8, 30)      # moved, same row
        edited = earlier.model_copy(update={
            "timeline": [item.model_copy(update={"end": end}) if i.id == "remiss" else i for i in process.timeline]})
        second = dispatcher(edited)
        await second.reconcile()
        await second.reconcile()                                  # idempotent
        rows = {r.reminder_id: r for r in await second.deliveries.rows()}
        assert rows["meeting:avstamning-11-mars@2021-03-11:day-before"].state == SENT
        assert {rid: r.state for rid, r in rows.items() if "@2021-09-30" in rid} == {
            f"consultation:remiss@2021-09-30:{n}d": "cancelled" for n in (14, 7, 1, 0)}
        october = rows["consultation:remiss@2021-10-31:14d"]
        assert october.state == "pending" and october.due_at == at(2021, 10, 17, 8, 30)
        assert len(rows) == 1 + 4 + 4
    finally:
        await session.close()
        await db.close()
