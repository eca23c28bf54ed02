"""200 concurrent partners each submit an inspel through HTTP (task/submit), on SQLite and
PostgreSQL: submissions per second, latency percentiles, and a row count afterwards (zero lost).

    python -m benchmarks.bench_inspel [--partners 200] [--postgres postgresql://postgres@127.0.0.1:5432/test]

The PostgreSQL run creates a database of its own on that server and drops it afterwards.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import statistics
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import aiohttp
from aiohttp import web

from bot.app import create_app
from rusbot.clock import STOCKHOLM, ManualClock
from rusbot.input.store import InputStore
from rusbot.store.db import open_database
from tests import builders as b
from tests.conftest import make_settings
from tests.fakes.connector import FakeConnector
from tests.input_support import make_process


async def run(database_url: str, partners: int, data_dir: Path) -> dict[str, Any]:
    import datetime as dt

    connector = FakeConnector()
    await connector.start()
    users = [b.user(f"Partner {i}", aad=f"aad-bench-{i}") for i in range(partners)]
    for person in users:
        connector.members[person["id"]] = {"id": person["id"], "aadObjectId": person["aadObjectId"],
                                           "email": f"{person['aadObjectId']}@kumla.se"}
    # All partners in one organisation at once: the limiter's cost is measured, its refusals are not.
    settings = make_settings(database_url, data_dir=data_dir, limit_org_submissions="1000000/10min")
    app = create_app(settings, clock=ManualClock(dt.datetime(2021, 2, 15, 10, 0, tzinfo=STOCKHOLM)),
                     process=make_process())
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    url = f"http://127.0.0.1:{site._server.sockets[0].getsockname()[1]}/api/messages"  # type: ignore[union-attr]
    values = {"action": "inspel.submit", "topic": "annat", "change": "Lägg till ett mål om kompetensförsörjning.",
              "reason": "Bristen växer i hela länet, särskilt i vård och omsorg.", "reference": ""}
    try:
        async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0)) as session:
            async def post(activity: dict[str, Any]) -> tuple[int, Any, float]:
                started = time.perf_counter()
                async with session.post(url, json=activity) as response:
                    body = await response.json(content_type=None)
                    return response.status, body, time.perf_counter() - started

            # Each partner opens the dialog first (links them by mail domain), as in Teams.
            opened = await asyncio.gather(*(post(b.task_fetch(connector.url, "inspel.open", u)) for u in users))
            assert all(status == 200 and body["task"]["type"] == "continue" for status, body, _ in opened)

            started = time.perf_counter()
            results = await asyncio.gather(*(post(b.task_submit(connector.url, values, u)) for u in users))
            elapsed = time.perf_counter() - started
    finally:
        await runner.cleanup()
        await connector.stop()
    acknowledged = sum(1 for status, body, _ in results
                       if status == 200 and "sparat" in str(body.get("task", {}).get("value", "")))
    db = open_database(database_url, run_migrations=False)
    try:
        stored = await InputStore(db).count_inspel()
    finally:
        await db.close()
    latencies = sorted(latency for _, _, latency in results)
    return {"partners": partners, "acknowledged": acknowledged, "stored": stored, "lost": acknowledged - stored,
            "seconds": elapsed, "per_second": partners / elapsed,
            "p50_ms": 1000 * statistics.median(latencies),
            "p99_ms": 1000 * latencies[min(len(latencies) - 1, int(0.99 * len(latencies)))],
            "max_ms": 1000 * latencies[-1]}


def _report(name: str, result: dict[str, Any]) -> None:
    print(f"{name:10} {result['partners']} partners: {result['per_second']:.0f} submissions/s "
          f"({result['seconds']:.2f} s), p50 {result['p50_ms']:.0f} ms, p99 {result['p99_ms']:.0f} ms, "
          f"max {result['max_ms']:.0f} ms; acknowledged {result['acknowledged']}, stored {result['stored']}, "
          f"lost {result['lost']}")


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--partners", type=int, default=200)
    parser.add_argument("--postgres", default="postgresql://postgres@127.0.0.1:5432/test")
    parser.add_argument("--skip-postgres", action="store_true")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    with tempfile.TemporaryDirectory() as tmp:
        _report("SQLite", await run(f"sqlite:///{tmp}/bench.db", args.partners, Path(tmp)))
        if not args.skip_postgres:
            import psycopg
            from sqlalchemy.engine import make_url

            name = f"rusbot_bench_{uuid.uuid4().hex[:10]}"
            with psycopg.connect(args.postgres, autocommit=True) as conn:
                conn.execute(f'CREATE DATABASE "{name}"')
            try:
                url = make_url(args.postgres).set(database=name).render_as_string(hide_password=False)
                _report("PostgreSQL", await run(url, args.partners, Path(tmp)))
            finally:
                with psycopg.connect(args.postgres, autocommit=True) as conn:
                    conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


if __name__ == "__main__":
    asyncio.run(main())
