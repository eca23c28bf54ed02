"""Black box: `python -m bot` with RUSBOT_NOW a few seconds before a reminder is due posts it by
itself (the APScheduler alarm, the clock offset, the dispatcher, the connector)."""

from __future__ import annotations

import asyncio
import os
import socket
import sys
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from tests import builders as b
from tests.fakes.connector import FakeConnector

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def poll(predicate: Any, limit: float) -> bool:
    deadline = asyncio.get_running_loop().time() + limit
    while asyncio.get_running_loop().time() < deadline:
        if predicate():
            return True
        await asyncio.sleep(0.05)
    return bool(predicate())


@pytest.mark.slow
async def test_python_m_bot_posts_the_reminder_when_it_is_due(tmp_path: Path, connector: FakeConnector) -> None:
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.lower().startswith(("microsoftapp", "microsoft_app"))}
    env.update(HOST="127.0.0.1", PORT=str(port), DATABASE_URL=f"sqlite:///{tmp_path / 'bot.db'}",
               RUSBOT_DATA_DIR=str(tmp_path), RUSBOT_NOW="2021-03-10T08:59:57+01:00", PYTHONUNBUFFERED="1")
    process = await asyncio.create_subprocess_exec(sys.executable, "-m", "bot", cwd=str(tmp_path), env=env,
                                                   stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        async with aiohttp.ClientSession() as session:
            async def healthy() -> bool:
                try:
                    async with session.get(f"{url}/healthz") as response:
                        return response.status == 200
                except aiohttp.ClientError:
                    return False

            for _ in range(300):
                if await healthy():
                    break
                await asyncio.sleep(0.05)
            else:
                pytest.fail("the bot did not start")
            async with session.post(f"{url}/api/messages",
                                    json=b.installation(connector.url, scope="team")) as response:
                assert response.status == 200
            def said(activity: dict) -> str:
                cards = [a.get("content", {}).get("fallbackText", "") for a in activity.get("attachments") or []]
                return " ".join([activity.get("text") or "", *cards])

            def posted() -> bool:
                return any("Avstämning med partnerskapet" in said(r.body.get("activity") or {})
                           for r in connector.channel_posts)

            arrived = await poll(posted, limit=20)
            assert arrived, "the day-before reminder of 11 March was not posted"
            [post] = connector.channel_posts
            assert post.body["channelData"]["channel"]["id"] == b.GENERAL_CHANNEL
            await asyncio.sleep(0.5)
            assert len(connector.channel_posts) == 1
    finally:
        process.terminate()
        output, _ = await asyncio.wait_for(process.communicate(), 20)
        if process.returncode not in (0, -15):
            print(output.decode(errors="replace"))
