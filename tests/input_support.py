"""Shared set-up for the partners' input tests: a process file with domains and parts, people,
and a bot that can be stopped and started again on the same database."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest

from rusbot.process.loader import DEFAULT_PROCESS_FILE, load_process
from rusbot.process.model import Process
from tests import builders as b
from tests.conftest import RunningBot, make_settings, start_bot

COORDINATOR = b.user("Cecilia Samordnare", aad="aad-samordnare")
KUMLA_ANNA = b.user("Anna Andersson", aad="aad-anna")       # kumla.se guest: linked by domain
KUMLA_BERIT = b.user("Berit Berg", aad="aad-berit")         # kumla.se too
OREBRO_OLLE = b.user("Olle Örn", aad="aad-olle")            # orebro.se
PENDING_PER = b.user("Per Privat", aad="aad-per")           # gmail: chooses, waits for a coordinator

PARTS = [{"id": "vision", "name": {"sv": "Vision och mål", "en": "Vision and goals"}},
         {"id": "prioriteringar", "name": {"sv": "Prioriteringar", "en": "Priorities"}},
         {"id": "genomforande", "name": {"sv": "Genomförande", "en": "Implementation"}}]


def make_process(**deployment: Any) -> Process:
    base = load_process(DEFAULT_PROCESS_FILE)
    data = base.model_dump(mode="json")
    data["deployment"].update({"organisation_domains": {"kumla": ["kumla.se"], "orebro": ["orebro.se"]},
                               "rus_parts": PARTS, **deployment})
    return Process.model_validate(data)


def members() -> dict[str, dict[str, Any]]:
    return {
        "29:aad-anna": {"id": "29:aad-anna", "name": "Anna Andersson", "aadObjectId": "aad-anna",
                        "userPrincipalName": "anna.andersson_kumla.se#EXT#@regionorebrolan.onmicrosoft.com"},
        "29:aad-berit": {"id": "29:aad-berit", "name": "Berit Berg", "aadObjectId": "aad-berit",
                         "email": "berit.berg@kumla.se", "userPrincipalName": "berit.berg@kumla.se"},
        "29:aad-olle": {"id": "29:aad-olle", "name": "Olle Örn", "aadObjectId": "aad-olle",
                        "email": "olle@orebro.se"},
        "29:aad-per": {"id": "29:aad-per", "name": "Per Privat", "aadObjectId": "aad-per",
                       "email": "per@gmail.com"},
        "29:aad-samordnare": {"id": "29:aad-samordnare", "name": "Cecilia Samordnare",
                              "aadObjectId": "aad-samordnare", "email": "cecilia@regionorebrolan.se",
                              "userPrincipalName": "cecilia@regionorebrolan.se"},
    }


class InputBot:
    """Starts (and restarts) the real app on one database."""

    def __init__(self, database_url: str, tmp_path: Any, clock: Any, connector: Any,
                 process: Process | None = None, **settings: Any) -> None:
        self.settings = make_settings(database_url, data_dir=tmp_path / "data",
                                      coordinators=settings.pop("coordinators", ["aad-samordnare"]), **settings)
        self.clock, self.connector = clock, connector
        self.process = process or make_process()
        self.runner: Any = None
        self.session: aiohttp.ClientSession | None = None
        self.bot: RunningBot | None = None
        connector.members.update(members())

    async def start(self) -> RunningBot:
        self.runner, url = await start_bot(self.settings, self.clock, self.connector, self.process)
        self.session = self.session or aiohttp.ClientSession()
        self.bot = RunningBot(url=url, app=self.runner.app, session=self.session, connector=self.connector,
                              clock=self.clock)
        return self.bot

    async def stop(self) -> None:
        if self.runner is not None:
            await self.runner.cleanup()
            self.runner = None

    async def close(self) -> None:
        await self.stop()
        if self.session is not None:
            await self.session.close()

    @classmethod
    @contextlib.asynccontextmanager
    async def running(cls, database_url: str, tmp_path: Any, clock: Any, connector: Any,
                      **kwargs: Any) -> AsyncIterator[InputBot]:
        """A started bot for a fixture: `async with InputBot.running(...) as harness: yield harness`."""
        harness = cls(database_url, tmp_path, clock, connector, **kwargs)
        await harness.start()
        try:
            yield harness
        finally:
            await harness.close()


@pytest.fixture
async def harness(sqlite_url: str, tmp_path: Any, clock: Any, connector: Any) -> AsyncIterator[InputBot]:
    """The input bot on SQLite with the default settings (tests/conftest.py registers this module as a
    plugin); a module that needs other settings or both databases defines its own `harness`."""
    async with InputBot.running(sqlite_url, tmp_path, clock, connector) as running:
        yield running


def card_of(body: dict[str, Any]) -> dict[str, Any]:
    """The Adaptive Card in a task module `continue` response."""
    assert body["task"]["type"] == "continue", body
    return body["task"]["value"]["card"]["content"]


def inputs_of(card: dict[str, Any]) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if str(node.get("type", "")).startswith("Input.") and "id" in node:
                found[node["id"]] = node
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)
    walk(card)
    return found


def texts_of(card: dict[str, Any]) -> str:
    out: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if node.get("type") == "TextBlock":
                out.append(node.get("text", ""))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)
    walk(card)
    return "\n".join(out)


def submit_data(card: dict[str, Any], title_word: str | None = None) -> dict[str, Any]:
    """The data of the card's Action.Submit (the one whose title contains `title_word`)."""
    for action in card.get("actions", []):
        if action.get("type") == "Action.Submit" and (title_word is None or title_word in action.get("title", "")):
            return dict(action["data"])
    raise AssertionError(f"no submit action {title_word!r} in card")
