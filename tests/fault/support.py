"""Helpers for the fault tests: a real `python -m bot` process, its resident memory, the fake Bot
Connector on a loop of its own (so that synchronous hypothesis tests can use it), and a TCP proxy
that can cut the database off."""

from __future__ import annotations

import asyncio
import contextlib
import os
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from tests.fakes.connector import FakeConnector
from tests.protocol.test_blackbox import bot_env


def rss_kib(pid: int | str = "self") -> int:
    """Resident set size (VmRSS) of a process in KiB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise RuntimeError(f"no VmRSS for {pid}")


class ThreadedConnector:
    """A FakeConnector served from its own event loop in a daemon thread."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self.fake: FakeConnector | None = None
        self._thread = threading.Thread(target=self.loop.run_forever, name="fake-connector", daemon=True)

    def __enter__(self) -> FakeConnector:
        self._thread.start()

        async def start() -> FakeConnector:
            fake = FakeConnector()
            await fake.start()
            return fake

        self.fake = asyncio.run_coroutine_threadsafe(start(), self.loop).result(10)
        return self.fake

    def __exit__(self, *_: Any) -> None:
        assert self.fake is not None
        asyncio.run_coroutine_threadsafe(self.fake.stop(), self.loop).result(10)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(10)
        self.loop.close()


@contextlib.contextmanager
def bot_process(tmp_path: Path, **env: str) -> Iterator[tuple[str, Any]]:
    """`python -m bot` in a subprocess (synchronous variant for hypothesis tests); yields (url, Popen).
    Its output goes to a file: a pipe nobody reads would block the bot once it is full."""
    import subprocess
    import urllib.request

    environment = bot_env(tmp_path, **env)
    log_path = tmp_path / "bot.log"
    with open(log_path, "wb") as log_file:
        process = subprocess.Popen([sys.executable, "-m", "bot"], env=environment, stdout=log_file,
                                   stderr=subprocess.STDOUT)
        url = f"http://127.0.0.1:{environment['PORT']}"
        try:
            deadline = time.monotonic() + 30
            while True:
                if process.poll() is not None:
                    raise AssertionError(f"bot exited with {process.returncode}: {log_path.read_text()[-2000:]}")
                try:
                    with urllib.request.urlopen(f"{url}/healthz", timeout=1) as response:
                        if response.status == 200:
                            break
                except OSError:
                    pass
                if time.monotonic() > deadline:
                    raise AssertionError("bot did not become healthy")
                time.sleep(0.1)
            yield url, process
        finally:
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(15)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait(5)


def pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except OSError:
        return False
    return True
