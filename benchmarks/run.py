"""`python -m benchmarks`: the answer engine alone, then rusbot against the stock botbuilder echo
bot over HTTP (16 concurrent senders, and sequentially), both replying to a fake Bot Connector.

Each bot and the fake connector run in their own subprocess on 127.0.0.1; the load generator is
this process. A turn is one POST to /api/messages until its HTTP response; both bots await
their reply to the connector before responding, which `verify_reply_inside_turn` checks.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import itertools
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp

from benchmarks.questions import MOMENTS, QUESTIONS
from tests.builders import personal_message, user

ROOT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"
CLK_TCK = os.sysconf("SC_CLK_TCK")


# -- the answer engine alone -------------------------------------------------------------------
def bench_engine(seconds: float) -> tuple[float, int]:
    """Answers per second of CPU time in this process (the machine is shared: other processes' load
    slows the wall clock, not the CPU time an answer takes), with the wall-clock rate beside it."""
    from rusbot.answers.engine import AnswerEngine
    from rusbot.process.loader import load_process

    engine = AnswerEngine(load_process())
    cases = [(q, now) for now in MOMENTS for q in QUESTIONS]
    for q, now in cases:  # warm up (and fail early on a broken engine)
        engine.answer(q, now)
    count = 0
    start, cpu_start = time.perf_counter(), time.process_time()
    deadline = start + seconds
    while time.perf_counter() < deadline:
        for q, now in cases:
            engine.answer(q, now)
        count += len(cases)
    wall, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    print(f"  answer engine: {count / cpu:,.0f} answers per CPU second ({count / wall:,.0f}/s by the wall clock)")
    return count / cpu, count


# -- subprocesses --------------------------------------------------------------------------------
def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return int(s.getsockname()[1])


@dataclass
class Server:
    name: str
    port: int
    process: subprocess.Popen[bytes]

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.port}"

    def cpu_seconds(self) -> float:
        fields = Path(f"/proc/{self.process.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / CLK_TCK  # utime + stime


@contextlib.contextmanager
def servers(env_extra: dict[str, dict[str, str]], workdir: Path) -> Iterator[dict[str, Server]]:
    started: dict[str, Server] = {}
    try:
        for name in ("connector", "rusbot", "echo"):
            port = free_port()
            env = {**os.environ, "PYTHONPATH": str(ROOT), **env_extra.get(name, {})}
            log = open(workdir / f"{name}.log", "wb")
            process = subprocess.Popen([sys.executable, "-m", "benchmarks.servers", name, str(port)],
                                       cwd=workdir, env=env, stdin=subprocess.PIPE, stdout=log,
                                       stderr=subprocess.STDOUT)
            log.close()
            started[name] = Server(name, port, process)
        for server in started.values():
            wait_listening(server, timeout=60)
        yield started
    finally:
        for server in started.values():
            if server.process.poll() is None:
                server.process.terminate()
        for server in started.values():
            try:
                server.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.process.kill()
                server.process.wait(timeout=5)
            if server.process.stdin:
                server.process.stdin.close()


def wait_listening(server: Server, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise RuntimeError(f"{server.name} exited with {server.process.returncode}; see its log")
        with socket.socket() as s:
            s.settimeout(0.5)
            if s.connect_ex((HOST, server.port)) == 0:
                return
        time.sleep(0.1)
    raise RuntimeError(f"{server.name} did not listen on {server.port} within {timeout}s")


# -- load generation -----------------------------------------------------------------------------
@dataclass
class Load:
    """Question turns for one bot: personal messages from a pool of users (its own conversations,
    so Teams' per-conversation limits of 7/s and 60/30 s are never what is measured)."""

    bot: str
    service_url: str
    users: int
    _next: Iterator[int] = field(default_factory=itertools.count)

    def body(self) -> bytes:
        n = next(self._next)
        sender = user(f"{self.bot} u{n % self.users}", aad=f"{self.bot}-u{n % self.users}")
        activity = personal_message(self.service_url, QUESTIONS[n % len(QUESTIONS)], sender=sender)
        return json.dumps(activity).encode()


@dataclass
class Result:
    turns: int
    seconds: float
    latencies: list[float]
    cpu: float

    @property
    def per_second(self) -> float:
        return self.turns / self.seconds

    def percentile(self, p: float) -> float:
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))]

    @property
    def cpu_ms_per_turn(self) -> float:
        return 1000 * self.cpu / self.turns


async def one_turn(session: aiohttp.ClientSession, url: str, body: bytes) -> float:
    start = time.perf_counter()
    async with session.post(url, data=body, headers={"Content-Type": "application/json"}) as response:
        await response.read()
        if response.status >= 300:
            raise RuntimeError(f"{url}: HTTP {response.status}")
    return time.perf_counter() - start


async def drive(session: aiohttp.ClientSession, server: Server, load: Load, *, concurrency: int,
                seconds: float) -> Result:
    url = f"{server.url}/api/messages"
    latencies: list[float] = []
    deadline = time.perf_counter() + seconds

    async def sender() -> None:
        while time.perf_counter() < deadline:
            latencies.append(await one_turn(session, url, load.body()))

    cpu0 = server.cpu_seconds()
    start = time.perf_counter()
    await asyncio.gather(*(sender() for _ in range(concurrency)))
    elapsed = time.perf_counter() - start
    return Result(len(latencies), elapsed, latencies, server.cpu_seconds() - cpu0)


async def settle(server: Server, *, idle_cpu: float = 0.05, interval: float = 0.5, limit: float = 90.0) -> float:
    """Wait until the bot is idle (under 5% of a core for half a second), so that measuring starts
    in a steady state and not amid work the warm-up set off. Returns how long that took."""
    start = time.perf_counter()
    while time.perf_counter() - start < limit:
        cpu0 = server.cpu_seconds()
        await asyncio.sleep(interval)
        if server.cpu_seconds() - cpu0 <= idle_cpu * interval:
            break
    return time.perf_counter() - start - interval


async def connector_stats(session: aiohttp.ClientSession, connector: Server) -> dict[str, Any]:
    async with session.get(f"{connector.url}/_bench/stats") as response:
        return await response.json()  # type: ignore[no-any-return]


async def verify_reply_inside_turn(session: aiohttp.ClientSession, server: Server, connector: Server,
                                   load: Load, turns: int = 10) -> str:
    """Each turn's reply must have reached the connector by the time its HTTP response arrives."""
    for _ in range(turns):
        before = (await connector_stats(session, connector))["counts"].get(load.bot, 0)
        await one_turn(session, f"{server.url}/api/messages", load.body())
        stats = await connector_stats(session, connector)
        after = stats["counts"].get(load.bot, 0)
        if after != before + 1:
            raise RuntimeError(f"{server.name}: {after - before} replies during one turn, expected 1")
    return str((stats["last"][load.bot]["body"] or {}).get("text") or "(card)")


# -- the run ---------------------------------------------------------------------------------------
@dataclass
class Figures:
    concurrent: list[Result] = field(default_factory=list)
    sequential: list[Result] = field(default_factory=list)

    @staticmethod
    def merged(results: list[Result]) -> Result:
        return Result(sum(r.turns for r in results), sum(r.seconds for r in results),
                      [x for r in results for x in r.latencies], sum(r.cpu for r in results))


async def bench_http(args: argparse.Namespace, workdir: Path) -> dict[str, Figures]:
    env = {
        "rusbot": {"DATABASE_URL": f"sqlite:///{workdir / 'rusbot.db'}", "RUSBOT_DATA_DIR": str(workdir),
                   "RUSBOT_NOW": "2021-07-01T10:00:00", "MicrosoftAppId": "",
                   "BENCH_TEAMS_APP_LIMIT": "1" if args.teams_app_limit else "0",
                   # A few users at full speed: the per-user limiter's cost (a write per turn) is
                   # measured, its refusals are not.
                   "RUSBOT_LIMIT_USER_COMMANDS": "1000000/min",
                   # Reminders are their own workload (and benchmark); --scheduler keeps their alarm on.
                   "RUSBOT_SCHEDULER": "1" if args.scheduler else "0"},
        "echo": {},
    }
    if args.profile:
        env[args.profile]["BENCH_PROFILE"] = str(workdir / f"{args.profile}.prof")
    figures = {"rusbot": Figures(), "echo": Figures()}
    with servers(env, workdir) as running:
        connector = running["connector"]
        loads = {name: Load(name, connector.url, args.users) for name in figures}
        timeout = aiohttp.ClientTimeout(total=30)
        async with aiohttp.ClientSession(timeout=timeout,
                                         connector=aiohttp.TCPConnector(limit=args.concurrency)) as session:
            for name in figures:
                text = await verify_reply_inside_turn(session, running[name], connector, loads[name])
                print(f"  {name}: reply reaches the connector inside the turn; it said: {text[:70]!r}")
                # Warm up: every user's conversation once (ours stores each new one), then full speed.
                for _ in range(args.users):
                    await one_turn(session, f"{running[name].url}/api/messages", loads[name].body())
                await drive(session, running[name], loads[name], concurrency=args.concurrency,
                            seconds=args.warmup)
                settled = await settle(running[name])
                print(f"  {name}: warmed up; idle again {settled:.1f}s after the warm-up "
                      f"({args.users} new conversations)")
            for round_ in range(args.rounds):
                for name in figures:  # interleaved, so drift on the machine hits both alike
                    sent0 = (await connector_stats(session, connector))["counts"].get(name, 0)
                    concurrent = await drive(session, running[name], loads[name],
                                             concurrency=args.concurrency, seconds=args.seconds)
                    sequential = await drive(session, running[name], loads[name], concurrency=1,
                                             seconds=args.seconds)
                    sent = (await connector_stats(session, connector))["counts"].get(name, 0) - sent0
                    if sent != concurrent.turns + sequential.turns:
                        raise RuntimeError(f"{name}: {sent} replies for {concurrent.turns + sequential.turns} turns")
                    figures[name].concurrent.append(concurrent)
                    figures[name].sequential.append(sequential)
                    print(f"  round {round_ + 1} {name:6}: {concurrent.per_second:7.1f} turns/s at "
                          f"{args.concurrency}, sequential p50 {1000 * sequential.percentile(50):.2f} ms")
    if args.profile:
        print_profile(workdir / f"{args.profile}.prof", args.profile_out)
    return figures


def print_profile(path: Path, keep: Path | None) -> None:
    import pstats
    import shutil

    for _ in range(50):
        if path.exists():
            break
        time.sleep(0.1)
    if keep is not None:
        shutil.copyfile(path, keep)
    stats = pstats.Stats(str(path))
    stats.sort_stats("tottime").print_stats(30)
    stats.sort_stats("cumulative").print_stats(60)


def report(args: argparse.Namespace, engine_rate: float, figures: dict[str, Figures]) -> None:
    ours_c, echo_c = (Figures.merged(figures[n].concurrent) for n in ("rusbot", "echo"))
    ours_s, echo_s = (Figures.merged(figures[n].sequential) for n in ("rusbot", "echo"))
    print()
    print(f"answer engine alone: {engine_rate:,.0f} answers/s of CPU time ({len(QUESTIONS)} questions x "
          f"{len(MOMENTS)} dates; target >= 5,000: {'met' if engine_rate >= 5000 else 'NOT met'})")
    print()
    print(f"question turns over HTTP ({args.rounds} rounds of {args.seconds:g}s per phase; CPU is the bot process's)")
    header = f"{'':8}{'turns/s @' + str(args.concurrency):>13}{'p50':>9}{'p99':>9}{'CPU/turn':>10}" \
             f"{'seq turns/s':>13}{'seq p50':>9}{'seq p99':>9}{'CPU/turn':>10}"
    print(header)
    for name, c, s in (("rusbot", ours_c, ours_s), ("echo", echo_c, echo_s)):
        print(f"{name:8}{c.per_second:13.1f}{1000 * c.percentile(50):7.2f}ms{1000 * c.percentile(99):7.2f}ms"
              f"{c.cpu_ms_per_turn:8.2f}ms{s.per_second:13.1f}{1000 * s.percentile(50):7.2f}ms"
              f"{1000 * s.percentile(99):7.2f}ms{s.cpu_ms_per_turn:8.2f}ms")
    throughput = ours_c.per_second / echo_c.per_second
    latency = ours_s.percentile(50) / echo_s.percentile(50)
    print()
    print(f"throughput ratio (rusbot / echo, {args.concurrency} concurrent): {throughput:.2f}x  (target >= 5x: "
          f"{'met' if throughput >= 5 else 'NOT met'})")
    print(f"sequential p50 ratio (rusbot / echo): {latency:.2f}  (target <= 0.5: "
          f"{'met' if latency <= 0.5 else 'NOT met'})")
    print(f"CPU per turn, echo / rusbot: {echo_c.cpu_ms_per_turn / ours_c.cpu_ms_per_turn:.1f}x at "
          f"{args.concurrency}, {echo_s.cpu_ms_per_turn / ours_s.cpu_ms_per_turn:.1f}x sequential "
          "(the least sensitive to other load on the machine)")
    print(f"load average (1 min) before / after: {args.load_before:.2f} / {os.getloadavg()[0]:.2f} "
          f"on {os.cpu_count()} CPUs")
    if not args.scheduler:
        print("(rusbot ran with RUSBOT_SCHEDULER=0: reminders are not part of a question turn; --scheduler keeps them)")
    if not args.teams_app_limit:
        print("(rusbot ran with Teams' app-wide 50 requests/s limit lifted: the fake connector is not Teams; "
              "--teams-app-limit keeps it)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--seconds", type=float, default=6.0, help="length of each measured phase")
    parser.add_argument("--rounds", type=int, default=2, help="measured rounds, interleaving the two bots")
    parser.add_argument("--warmup", type=float, default=3.0, help="full-speed warm-up per bot, seconds")
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--users", type=int, default=512, help="distinct users (conversations) per bot")
    parser.add_argument("--engine-seconds", type=float, default=3.0)
    parser.add_argument("--teams-app-limit", action="store_true",
                        help="keep our Connector's Teams app-wide limit (50 requests/s) in force")
    parser.add_argument("--scheduler", action="store_true",
                        help="keep the reminders' alarm on in rusbot (it replans for every new conversation)")
    parser.add_argument("--profile", choices=("rusbot", "echo"), help="cProfile that bot's process and print it")
    parser.add_argument("--profile-out", type=Path, help="also keep the profile (pstats file) here")
    args = parser.parse_args(argv)

    args.load_before = os.getloadavg()[0]
    print(f"rusbot benchmark, Python {sys.version.split()[0]}, {os.cpu_count()} CPUs, "
          f"load average {args.load_before:.2f}")
    engine_rate, _ = bench_engine(args.engine_seconds)
    with tempfile.TemporaryDirectory(prefix="rusbot-bench-") as tmp:
        try:
            figures = asyncio.run(bench_http(args, Path(tmp)))
        except Exception:
            for log in sorted(Path(tmp).glob("*.log")):
                print(f"--- {log.name} ---\n{log.read_text(errors='replace')[-3000:]}", file=sys.stderr)
            raise
    report(args, engine_rate, figures)
    return 0
