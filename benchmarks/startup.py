"""`python -m benchmarks.startup`: how long `python -m bot` takes until /healthz answers, and its
resident memory once idle and after a burst of question turns.

Each run starts a fresh process (a new SQLite database in a temporary folder, local mode), polls
GET /healthz every 10 ms from the moment the process is spawned, and reads VmRSS and the process's
CPU time from /proc (CPU seconds until /healthz answers are the figure other load on a shared
machine moves least).

The bot's own packages are compiled to bytecode first, as `pip install .` (the README's start
command) does: the SDK and the other dependencies in the venv are compiled already, and a machine
with PYTHONDONTWRITEBYTECODE set would otherwise compile about a hundred of our modules from source on
every start (0.3–0.4 s of CPU), which no installed bot pays.

The stock botbuilder echo bot (`benchmarks/servers.py`) is started the same way, interleaved, as the
baseline: its start-up is Python, aiohttp and the SDK alone, so the ratio says what rusbot adds on
whatever machine runs it (a slower machine moves both).
"""

from __future__ import annotations

import argparse
import asyncio
import compileall
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import aiohttp

from benchmarks.questions import QUESTIONS
from tests.builders import personal_message, user

ROOT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"
PACKAGES = ("bot", "dialogs", "rusbot", "scheduling")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return int(s.getsockname()[1])


def _cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS")


async def _ask(port: int, count: int) -> None:
    """Question turns against the bot; the replies go to a connector that is not there (the bot's
    connector refuses nothing on loopback; a refused connection is its own error path, measured too)."""
    from tests.fakes.connector import FakeConnector

    connector = FakeConnector()
    await connector.start()
    try:
        async with aiohttp.ClientSession() as session:
            for n in range(count):
                activity = personal_message(connector.url, QUESTIONS[n % len(QUESTIONS)],
                                            sender=user(f"u{n % 50}", aad=f"startup-u{n % 50}"))
                async with session.post(f"http://{HOST}:{port}/api/messages", json=activity) as response:
                    await response.read()
    finally:
        await connector.stop()


def one_run(turns: int, root: Path = ROOT, python: str = sys.executable) -> tuple[float, float, float, float]:
    with tempfile.TemporaryDirectory(prefix="rusbot-startup-") as tmp:
        port = _free_port()
        env = {**os.environ, "PYTHONPATH": str(root), "PORT": str(port), "HOST": HOST, "MicrosoftAppId": "",
               "DATABASE_URL": f"sqlite:///{tmp}/rusbot.db", "RUSBOT_DATA_DIR": tmp, "RUSBOT_LOG_LEVEL": "WARNING",
               "RUSBOT_NOW": "2021-07-01T10:00:00"}
        start = time.perf_counter()
        process = subprocess.Popen([python, "-m", "bot"], cwd=tmp, env=env, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.PIPE)
        try:
            while True:
                if process.poll() is not None:
                    raise RuntimeError(f"python -m bot exited: {process.stderr.read().decode()[-2000:]}")  # type: ignore[union-attr]
                try:
                    with urllib.request.urlopen(f"http://{HOST}:{port}/healthz", timeout=1) as response:
                        if response.status == 200:
                            break
                except OSError:
                    time.sleep(0.01)
            started = time.perf_counter() - start
            cpu = _cpu_seconds(process.pid)
            time.sleep(1.0)
            idle = _rss_mib(process.pid)
            asyncio.run(_ask(port, turns))
            busy = _rss_mib(process.pid)
            return started, idle, busy, cpu
        finally:
            process.terminate()
            process.wait(timeout=10)


def compile_packages(root: Path) -> None:
    for package in PACKAGES:
        if not compileall.compile_dir(root / package, quiet=1):
            raise RuntimeError(f"{root / package} does not compile")


def echo_start() -> tuple[float, float]:
    """Seconds (wall, CPU) until the stock echo bot answers any HTTP request on its port."""
    port = _free_port()
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "benchmarks.servers", "echo", str(port)], cwd=ROOT,
                               env={**os.environ, "PYTHONPATH": str(ROOT)}, stdin=subprocess.PIPE,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while True:
            if process.poll() is not None:
                raise RuntimeError("the echo bot exited")
            try:
                with socket.create_connection((HOST, port), timeout=1) as connection:
                    connection.sendall(b"GET /api/messages HTTP/1.0\r\n\r\n")
                    if connection.recv(12).startswith(b"HTTP/"):
                        break
            except OSError:
                time.sleep(0.01)
        return time.perf_counter() - start, _cpu_seconds(process.pid)
    finally:
        process.kill()
        process.wait(timeout=10)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.startup", description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--turns", type=int, default=500, help="question turns after the idle reading")
    parser.add_argument("--baseline", type=Path, metavar="CHECKOUT",
                        help="also measure another checkout (with its own .venv), interleaved, e.g. /work/main")
    args = parser.parse_args(argv)
    compile_packages(ROOT)
    if args.baseline is not None:
        compile_packages(args.baseline)
    base: list[tuple[float, float, float, float]] = []
    results = []
    echoes = []
    for _ in range(args.runs):  # interleaved, so that other load on the machine hits both alike
        echoes.append(echo_start())
        if args.baseline is not None:
            base.append(one_run(args.turns, args.baseline, str(args.baseline / ".venv" / "bin" / "python")))
        results.append(one_run(args.turns))
    if base:
        print(f"baseline {args.baseline}: start-up median {statistics.median(r[0] for r in base):.2f} s "
              f"({statistics.median(r[3] for r in base):.2f} s of CPU); RSS idle "
              f"median {statistics.median(r[1] for r in base):.1f} MiB, after turns max {max(r[2] for r in base):.1f}")
    for n, (started, idle, busy, cpu) in enumerate(results, 1):
        print(f"run {n}: start-up {started:.2f} s ({cpu:.2f} s of CPU), RSS idle {idle:.1f} MiB, "
              f"after {args.turns} turns {busy:.1f} MiB")
    starts = [r[0] for r in results]
    print(f"start-up median {statistics.median(starts):.2f} s (max {max(starts):.2f}; "
          f"{statistics.median(r[3] for r in results):.2f} s of CPU); RSS idle median "
          f"{statistics.median(r[1] for r in results):.1f} MiB, after turns max {max(r[2] for r in results):.1f} MiB")
    echo_wall = statistics.median(e[0] for e in echoes)
    echo_cpu = statistics.median(e[1] for e in echoes)
    print(f"stock echo bot, same run: start-up median {echo_wall:.2f} s ({echo_cpu:.2f} s of CPU); rusbot takes "
          f"{statistics.median(starts) / echo_wall:.1f}x its wall time, "
          f"{statistics.median(r[3] for r in results) / echo_cpu:.1f}x its CPU time")
    return 0


if __name__ == "__main__":
    sys.exit(main())
