"""kill -9 of a real `python -m bot` during 100 concurrent inspel submissions (task/submit over
HTTP by confirmed partners), restart on the same database: every submission that was acknowledged
(HTTP 200 with the "är sparat" confirmation) is in the database. Lost: 0. Then every partner whose
answer was lost presses Submit again on the same form (same submission key): each partner has
exactly one inspel, and an acknowledged one keeps its id. Duplicates: 0.

The links are seeded directly through the store before the process starts, so that every one of
the 100 requests is a real save (the bot writes before it says "sparat")."""

from __future__ import annotations

import asyncio
import json
import os
import re
import signal
import sys
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from rusbot.clock import STOCKHOLM
from rusbot.input.store import InputStore
from rusbot.store.db import open_database
from tests import builders as b
from tests.protocol.test_blackbox import bot_env, wait_healthy

SUBMISSIONS = 100
KILL_AFTER_ACKS = 25
NOW = "2021-02-15T10:00:00+01:00"


def partner(i: int) -> dict[str, Any]:
    return b.user(f"Partner {i}", aad=f"aad-partner-{i}")


def form_data(i: int) -> dict[str, Any]:
    """Partner i's filled-in form, with the submission key its task/fetch gave it."""
    return {"action": "inspel.submit", "submission": f"{i:032x}", "topic": "annat",
            "change": f"Förändring från partner {i}", "reason": "Skäl.", "reference": ""}


async def seed_links(url: str) -> None:
    import datetime as dt

    db = open_database(url)
    try:
        store = InputStore(db)
        now = dt.datetime(2021, 2, 1, 9, 0, tzinfo=STOCKHOLM)
        for i in range(SUBMISSIONS):
            await store.set_link(f"aad-partner-{i}", "kumla", status="confirmed", source="test", now=now,
                                 confirmed_by="aad-samordnare")
    finally:
        await db.close()


async def stored_inspel(url: str) -> list[Any]:
    db = open_database(url)
    try:
        return list(await InputStore(db).active_inspel())
    finally:
        await db.close()


async def start(env: dict[str, str], log_path: Path) -> tuple[str, asyncio.subprocess.Process]:
    log_file = open(log_path, "ab")  # noqa: ASYNC230 (a local file; the child keeps its copy)
    process = await asyncio.create_subprocess_exec(sys.executable, "-m", "bot", env=env, stdout=log_file,
                                                   stderr=asyncio.subprocess.STDOUT)
    log_file.close()
    url = f"http://127.0.0.1:{env['PORT']}"
    await wait_healthy(url, process)
    return url, process


@pytest.mark.slow
@pytest.mark.parametrize("backend", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
async def test_kill_9_during_100_concurrent_submissions_loses_no_acknowledged_one(
        backend: str, tmp_path: Path, connector: Any, request: pytest.FixtureRequest) -> None:
    url = f"sqlite:///{tmp_path / 'rusbot.db'}" if backend == "sqlite" else str(request.getfixturevalue("postgres_url"))
    await seed_links(url)
    env = bot_env(tmp_path, DATABASE_URL=url, RUSBOT_NOW=NOW, RUSBOT_SCHEDULER="false", RUSBOT_LOG_LEVEL="WARNING")
    bot_url, process = await start(env, tmp_path / "bot.log")
    acked: dict[int, int] = {}            # partner -> inspel id the bot confirmed
    refused: dict[int, str] = {}
    enough = asyncio.Event()

    async def submit(session: aiohttp.ClientSession, i: int) -> None:
        try:
            activity = b.task_submit(connector.url, form_data(i), partner(i))
            async with session.post(f"{bot_url}/api/messages", json=activity) as r:
                body = await r.text()
        except (TimeoutError, aiohttp.ClientError) as exc:
            refused[i] = type(exc).__name__
            return
        text = json.loads(body)["task"]["value"] if r.status == 200 and body else ""
        match = re.search(r"inspel #(\d+) är sparat", text)
        if match:
            acked[i] = int(match.group(1))
            if len(acked) >= KILL_AFTER_ACKS:
                enough.set()
        else:
            refused[i] = f"{r.status} {body[:100]}"

    try:
        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=30)) as session:
            tasks = [asyncio.create_task(submit(session, i)) for i in range(SUBMISSIONS)]
            await asyncio.wait_for(enough.wait(), 30)
            os.kill(process.pid, signal.SIGKILL)
            await asyncio.wait_for(asyncio.gather(*tasks), 40)
        assert await process.wait() == -signal.SIGKILL
        in_flight_at_kill = SUBMISSIONS - len(acked)

        # Restart on the same database: it starts, serves, and has every acknowledged inspel.
        bot_url, process = await start(env, tmp_path / "bot.log")
        async with aiohttp.ClientSession() as session:
            data = {"action": "inspel.submit", "topic": "annat", "change": "Efter omstarten", "reason": "Skäl."}
            async with session.post(f"{bot_url}/api/messages",
                                    json=b.task_submit(connector.url, data, partner(0))) as r:
                assert r.status == 200 and "är sparat" in (await r.json())["task"]["value"]
            stored_before_resubmit = len(await stored_inspel(url)) - 1
            # Everyone who saw an error presses Submit again on the same form.
            for i in sorted(refused):
                async with session.post(f"{bot_url}/api/messages",
                                        json=b.task_submit(connector.url, form_data(i), partner(i))) as r:
                    text = (await r.json())["task"]["value"]
                    assert r.status == 200 and "är sparat" in text, text
            # ... and an acknowledged one pressing again gets the same inspel back.
            i, inspel_id = next(iter(acked.items()))
            async with session.post(f"{bot_url}/api/messages",
                                    json=b.task_submit(connector.url, form_data(i), partner(i))) as r:
                assert f"inspel #{inspel_id} är sparat" in (await r.json())["task"]["value"]
    finally:
        if process.returncode is None:
            process.terminate()
            await process.wait()
    rows = await stored_inspel(url)
    by_id = {row.id: row for row in rows}
    lost = [i for i, inspel_id in acked.items()
            if inspel_id not in by_id or by_id[inspel_id].author_aad_id != f"aad-partner-{i}"
            or by_id[inspel_id].change != f"Förändring från partner {i}"]
    duplicates = len(rows) - len({(r.author_aad_id, r.change) for r in rows})
    figures = {"backend": backend, "submissions": SUBMISSIONS, "acknowledged": len(acked),
               "not_acknowledged": in_flight_at_kill, "stored_before_restart_check": stored_before_resubmit,
               "resubmitted": len(refused), "stored_after_resubmit": len(rows) - 1,
               "lost": len(lost), "duplicates": duplicates}
    print(f"\nkill -9 figures: {json.dumps(figures)}")
    assert in_flight_at_kill > 0, "the kill came after every submission was answered"
    assert lost == [] and duplicates == 0
    assert {r.author_aad_id for r in rows if r.change != "Efter omstarten"} == {
        f"aad-partner-{i}" for i in range(SUBMISSIONS)}
