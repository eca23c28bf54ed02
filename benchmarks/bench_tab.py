"""The Teams tab's two busiest pages against the same app's /healthz, in one run.

    python -m benchmarks.bench_tab [--requests 400] [--database sqlite|postgresql://…/fresh_db]

Data: the 2021 process's 17 remissinstanser, each with a confirmed representative and 40 submitted
revisions of its remissvar (680 in all, with a draft saved on top of every other one), and 500 inspel
spread over the organisations and topics. The bot runs as `python -m bot` (local mode, its own
process, the reminders' alarm off) on 127.0.0.1; this process is the client and asks, one request at
a time and interleaved, `GET /healthz` (the baseline: the app's cheapest answer), the coordinators'
`Översikt` (`/tab/api/view/overview`) and `Remissvar` (`/tab/api/view/remissvar`), signed in as a
coordinator as the page is. Target: p50 ≤ 50 ms for both pages.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import aiohttp

from bot.tab.identity import local_header
from rusbot.clock import STOCKHOLM
from rusbot.input.forms import InspelContent, RemissvarContent
from rusbot.input.store import InputStore
from rusbot.process.loader import DEFAULT_PROCESS_FILE, load_process
from rusbot.store.db import open_database

COORDINATOR = "aad-bench-samordnare"
TARGET_P50_MS = 50.0
PATHS = {"healthz": "/healthz", "overview": "/tab/api/view/overview", "remissvar": "/tab/api/view/remissvar"}


async def seed(database_url: str, *, inspel: int, revisions: int) -> dict[str, int]:
    process = load_process(DEFAULT_PROCESS_FILE)
    db = open_database(database_url)
    store = InputStore(db)
    start = dt.datetime(2021, 6, 15, 9, 0, tzinfo=STOCKHOLM)
    organisations = [o.id for o in process.respondents]
    topics = [t.id for t in process.inspel_topics]
    try:
        for i, org in enumerate(organisations):
            await store.set_link(f"aad-bench-{org}", org, status="confirmed", source="domain", now=start,
                                 name=f"Företrädare {org}")
            version = 0
            for revision in range(revisions):
                now = start + dt.timedelta(days=i, hours=revision)
                comment = f"Synpunkter från {org}, version {revision + 1}. " * 20
                content = RemissvarContent(position="tillstyrker_med_andringar", comments={"general": comment},
                                           decided_by="Kommunstyrelsen", decision_date=dt.date(2021, 6, 1),
                                           diarienummer=f"KS 2021/{i:03d}")
                saved = await store.save_remissvar(org, content, expected_version=version, by=f"aad-bench-{org}",
                                                   now=now, submit=True)
                version = saved.record.version
                if revision % 2:
                    draft = await store.save_remissvar(org, content, expected_version=version,
                                                       by=f"aad-bench-{org}", now=now + dt.timedelta(minutes=5),
                                                       submit=False)
                    version = draft.record.version
        for n in range(inspel):
            org = organisations[n % len(organisations)]
            await store.add_inspel(f"aad-bench-{org}", org, InspelContent(
                topic=topics[n % len(topics)], change=f"Inspel {n}: " + "ändra målet om kompetens. " * 30,
                reason="Därför att behoven växer. " * 20), start + dt.timedelta(minutes=n))
        return {"organisations": len(organisations), "revisions": len(organisations) * revisions,
                "inspel": await store.count_inspel()}
    finally:
        await db.close()


def start_bot(database_url: str, data_dir: Path, port: int) -> subprocess.Popen[bytes]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("RUSBOT_", "Microsoft", "MICROSOFT_"))}
    env.update({"HOST": "127.0.0.1", "PORT": str(port), "DATABASE_URL": database_url, "RUSBOT_DATA_DIR": str(data_dir),
                "RUSBOT_COORDINATORS": COORDINATOR, "RUSBOT_NOW": "2021-09-01T10:00:00+02:00",
                "RUSBOT_SCHEDULER": "false", "RUSBOT_LOG_LEVEL": "WARNING"})
    return subprocess.Popen([sys.executable, "-m", "bot"], env=env, cwd=data_dir, stdin=subprocess.DEVNULL)


async def wait_until_up(session: aiohttp.ClientSession, base: str, bot: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if bot.poll() is not None:
            raise RuntimeError(f"the bot exited with {bot.returncode}")
        try:
            async with session.get(f"{base}/healthz") as response:
                if response.status == 200:
                    return
        except aiohttp.ClientError:
            pass
        await asyncio.sleep(0.2)
    raise RuntimeError("the bot did not start within 60 s")


async def measure(base: str, requests: int, warmup: int) -> dict[str, list[float]]:
    headers = {"Authorization": local_header(COORDINATOR)}
    timings: dict[str, list[float]] = {name: [] for name in PATHS}
    async with aiohttp.ClientSession() as session:
        for round_ in range(warmup + requests):
            for name, path in PATHS.items():
                started = time.perf_counter()
                async with session.get(f"{base}{path}", headers=headers) as response:
                    body = await response.read()
                    if response.status != 200:
                        raise RuntimeError(f"{path}: HTTP {response.status}: {body[:200]!r}")
                if round_ >= warmup:
                    timings[name].append((time.perf_counter() - started) * 1000)
        checks = {"overview": "Tidplanen", "remissvar": "17 av 17 har svarat"}
        for name, needle in checks.items():
            async with session.get(f"{base}{PATHS[name]}", headers=headers) as response:
                if needle not in await response.text():
                    raise RuntimeError(f"{name} does not show {needle!r}")
    return timings


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


async def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=400, help="measured requests per path (default 400)")
    parser.add_argument("--warmup", type=int, default=30)
    parser.add_argument("--inspel", type=int, default=500)
    parser.add_argument("--revisions", type=int, default=40, help="submitted revisions per organisation")
    parser.add_argument("--database", default="sqlite", help="'sqlite' (a temporary file) or a fresh PostgreSQL URL")
    parser.add_argument("--port", type=int, default=3989)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="rusbot-bench-tab-") as tmp:
        data_dir = Path(tmp)
        database_url = f"sqlite:///{data_dir / 'bench.db'}" if args.database == "sqlite" else args.database
        started = time.perf_counter()
        counts = await seed(database_url, inspel=args.inspel, revisions=args.revisions)
        print(f"seeded in {time.perf_counter() - started:.1f} s: {counts}")
        bot = start_bot(database_url, data_dir, args.port)
        base = f"http://127.0.0.1:{args.port}"
        try:
            async with aiohttp.ClientSession() as session:
                await wait_until_up(session, base, bot)
            timings = await measure(base, args.requests, args.warmup)
        finally:
            bot.terminate()
            bot.wait(timeout=30)
    baseline = statistics.median(timings["healthz"])
    print(f"\n{args.requests} sequential requests per path, interleaved, {args.database.split(':')[0]}")
    print(f"{'path':<28} {'p50 ms':>8} {'p90 ms':>8} {'p99 ms':>8} {'x healthz p50':>14}")
    ok = True
    for name, path in PATHS.items():
        values = timings[name]
        p50 = statistics.median(values)
        print(f"{path:<28} {p50:8.2f} {percentile(values, 0.9):8.2f} {percentile(values, 0.99):8.2f} "
              f"{p50 / baseline:14.1f}")
        if name != "healthz" and p50 > TARGET_P50_MS:
            ok = False
    print(f"\ntarget p50 <= {TARGET_P50_MS:.0f} ms for both pages: {'met' if ok else 'NOT met'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
