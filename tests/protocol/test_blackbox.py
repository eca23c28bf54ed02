"""`python -m bot` as a user starts it: a real process, its defaults, its refusals."""

from __future__ import annotations

import asyncio
import os
import socket
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest

from tests import builders as b
from tests.fakes.connector import FakeConnector


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def bot_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("Microsoft", "RUSBOT_", "DATABASE_URL"))}
    env.update({"RUSBOT_DATA_DIR": str(tmp_path / "data"), "HOST": "127.0.0.1", "PORT": str(free_port())})
    env.update(extra)
    return env


async def wait_healthy(url: str, process: asyncio.subprocess.Process, timeout: float = 30.0) -> None:
    async with aiohttp.ClientSession() as session:
        for _ in range(int(timeout / 0.1)):
            if process.returncode is not None:
                raise AssertionError(f"bot exited with {process.returncode}")
            try:
                async with session.get(f"{url}/healthz") as response:
                    if response.status == 200:
                        return
            except aiohttp.ClientError:
                pass
            await asyncio.sleep(0.1)
    raise AssertionError("bot did not become healthy")


@pytest.fixture
async def running_process(tmp_path: Path) -> AsyncIterator[tuple[str, asyncio.subprocess.Process]]:
    env = bot_env(tmp_path, RUSBOT_NOW="2021-07-01T10:00:00+02:00")
    process = await asyncio.create_subprocess_exec(sys.executable, "-m", "bot", env=env,
                                                   stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT)
    url = f"http://127.0.0.1:{env['PORT']}"
    try:
        await wait_healthy(url, process)
        yield url, process
    finally:
        if process.returncode is None:
            process.terminate()
            await process.wait()


@pytest.mark.slow
async def test_python_m_bot_answers_over_http_on_its_defaults(
        running_process: tuple[str, asyncio.subprocess.Process], connector: FakeConnector, tmp_path: Path) -> None:
    url, _ = running_process
    async with aiohttp.ClientSession() as session:
        activity = b.personal_message(connector.url, "Är remissen öppen?")
        async with session.post(f"{url}/api/messages", json=activity) as response:
            assert response.status == 200
    [reply] = await connector.wait_for(1)
    assert "remiss" in reply.text.lower()
    assert (tmp_path / "data" / "rusbot.db").exists()


@pytest.mark.slow
@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ({"HOST": "0.0.0.0"}, "loopback"),
        ({"MicrosoftAppId": "x", "MicrosoftAppTenantId": "t", "RUSBOT_NOW": "2021-03-01T10:00"}, "RUSBOT_NOW"),
        ({"MicrosoftAppId": "x", "MicrosoftAppTenantId": "t"}, "RUSBOT_PUBLIC_URL is required in production"),
        ({"MicrosoftAppId": "x", "MicrosoftAppTenantId": "t", "RUSBOT_PUBLIC_URL": "http://bot.example.se"},
         "must be an https address"),
        ({"PORT": "not-a-port"}, "PORT"),
    ],
)
async def test_bad_settings_stop_the_start_with_a_clear_message(tmp_path: Path, extra: dict[str, str],
                                                                 message: str) -> None:
    process = await asyncio.create_subprocess_exec(sys.executable, "-m", "bot", env=bot_env(tmp_path, **extra),
                                                   stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    _, stderr = await asyncio.wait_for(process.communicate(), 60)
    assert process.returncode == 2
    assert message in stderr.decode()


@pytest.mark.slow
async def test_a_broken_process_file_names_the_file_the_place_and_the_problem(tmp_path: Path) -> None:
    from rusbot.process.loader import DEFAULT_PROCESS_FILE

    broken = tmp_path / "process.yaml"
    broken.write_text(DEFAULT_PROCESS_FILE.read_text(encoding="utf-8").replace(
        "date: {year: 2021, month: 3, day: 11}", "date: {year: 2021, month: 3, day: 32}", 1), encoding="utf-8")
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", env=bot_env(tmp_path, RUSBOT_PROCESS_FILE=str(broken)),
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    _, stderr = await asyncio.wait_for(process.communicate(), 60)
    text = stderr.decode()
    assert process.returncode == 2
    assert str(broken) in text
    assert "timeline[3] (id: avstamning-11-mars).date.day" in text


@pytest.mark.slow
async def test_terminal_chat_answers(tmp_path: Path) -> None:
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "chat", env=bot_env(tmp_path, RUSBOT_NOW="2021-07-01T10:00:00+02:00"),
        stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    stdout, stderr = await asyncio.wait_for(
        process.communicate("När går remissen ut?\nsluta\n".encode()), 60)
    text = stdout.decode()
    assert process.returncode == 0, stderr.decode()
    assert "Kommandon" in text            # the greeting lists what it can do
    assert "juni" in text                 # the question got its answer
    assert "Hej då" in text
