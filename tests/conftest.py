"""Shared fixtures: the real app over real HTTP, a fake Bot Connector, a clock tests move,
and both databases (PostgreSQL tests skip with a reason where no server is reachable, unless
RUSBOT_REQUIRE_POSTGRES=1, which CI sets)."""

from __future__ import annotations

import datetime as dt
import io
import os
import uuid
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from typing import Any

import aiohttp
import pytest
from aiohttp import web

from bot.app import create_app
from bot.appkeys import SERVICES
from bot.turn import Services
from rusbot.clock import STOCKHOLM, ManualClock
from rusbot.settings import Settings
from tests.fakes.connector import FakeConnector

# The input bot's `harness` fixture, shared by the protocol tests of the partners' input.
pytest_plugins = ["tests.input_support"]

POSTGRES_URL = os.environ.get("RUSBOT_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test")
REQUIRE_POSTGRES = os.environ.get("RUSBOT_REQUIRE_POSTGRES") == "1"


def _postgres_reachable() -> str | None:
    try:
        import psycopg

        with psycopg.connect(POSTGRES_URL, connect_timeout=2):
            return None
    except Exception as exc:
        return f"no PostgreSQL server at {POSTGRES_URL} ({type(exc).__name__}); set RUSBOT_TEST_POSTGRES_URL"


@pytest.fixture(scope="session")
def postgres_server() -> str:
    problem = _postgres_reachable()
    if problem:
        if REQUIRE_POSTGRES:
            pytest.fail(f"RUSBOT_REQUIRE_POSTGRES=1 but {problem}")
        pytest.skip(problem)
    return POSTGRES_URL


@pytest.fixture
def postgres_url(postgres_server: str) -> Iterator[str]:
    """A fresh, empty database of its own for each test, dropped afterwards."""
    import psycopg
    from sqlalchemy.engine import make_url

    name = f"rusbot_t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(postgres_server, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = make_url(postgres_server).set(database=name).render_as_string(hide_password=False)
    yield url
    with psycopg.connect(postgres_server, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Any) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'rusbot.db'}"
    return str(request.getfixturevalue("postgres_url"))


@pytest.fixture
def sqlite_url(tmp_path: Any) -> str:
    return f"sqlite:///{tmp_path / 'rusbot.db'}"


def stockholm(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=STOCKHOLM)  # type: ignore[misc]


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(stockholm(2021, 2, 15, 10, 0))


@pytest.fixture
async def connector() -> AsyncIterator[FakeConnector]:
    fake = FakeConnector()
    await fake.start()
    yield fake
    await fake.stop()


@dataclass
class RunningBot:
    url: str
    app: web.Application
    session: aiohttp.ClientSession
    connector: FakeConnector
    clock: ManualClock

    @property
    def services(self) -> Services:
        return self.app[SERVICES]

    @property
    def service_url(self) -> str:
        return self.connector.url

    async def after_answers(self) -> None:
        """Wait for what invoke turns send after their answer (bot/after.py)."""
        from bot.appkeys import BOT

        await self.app[BOT].after.idle()

    async def post(self, activity: Any, headers: dict[str, str] | None = None) -> tuple[int, Any]:
        async with self.session.post(f"{self.url}/api/messages", json=activity, headers=headers) as response:
            text = await response.text()
            try:
                import json

                return response.status, json.loads(text) if text else None
            except ValueError:
                return response.status, text

    async def post_raw(self, data: bytes, content_type: str = "application/json",
                       headers: dict[str, str] | None = None) -> int:
        async with self.session.post(f"{self.url}/api/messages", data=io.BytesIO(data),
                                     headers={"Content-Type": content_type, **(headers or {})}) as response:
            await response.read()
            return response.status


async def start_bot(settings: Settings, clock: ManualClock, connector: FakeConnector,
                    process: Any = None) -> tuple[web.AppRunner, str]:
    app = create_app(settings, clock=clock, process=process)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    return runner, f"http://127.0.0.1:{port}"


def make_settings(database_url: str, **overrides: Any) -> Settings:
    # Tests drive the reminder dispatcher themselves (`run_due()`); pass scheduler=True to let it wake.
    values: dict[str, Any] = {"database_url": database_url, "host": "127.0.0.1", "port": 0, "scheduler": False}
    values.update(overrides)
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


@pytest.fixture
async def bot(sqlite_url: str, clock: ManualClock, connector: FakeConnector) -> AsyncIterator[RunningBot]:
    runner, url = await start_bot(make_settings(sqlite_url), clock, connector)
    async with aiohttp.ClientSession() as session:
        yield RunningBot(url=url, app=runner.app, session=session, connector=connector, clock=clock)
    await runner.cleanup()
