"""With an app id every request's token is validated (bot/auth/): no token, no turn."""

from __future__ import annotations

from collections.abc import AsyncIterator

import aiohttp
import pytest

from rusbot.clock import ManualClock
from tests import builders as b
from tests.conftest import RunningBot, make_settings, start_bot
from tests.fakes.connector import FakeConnector


@pytest.fixture
async def production_bot(sqlite_url: str, clock: ManualClock, connector: FakeConnector) -> AsyncIterator[RunningBot]:
    # No keys anywhere (tests never call Microsoft): none of these tokens gets as far as a key lookup.
    settings = make_settings(sqlite_url, app_id="00000000-0000-0000-0000-0000000000aa", app_tenant_id="tenant",
                             app_password="not-used", openid_metadata_url="http://127.0.0.1:9/no-keys-here",
                             public_url="https://rusbot.example.se")
    runner, url = await start_bot(settings, clock, connector)
    async with aiohttp.ClientSession() as session:
        yield RunningBot(url=url, app=runner.app, session=session, connector=connector, clock=clock)
    await runner.cleanup()


@pytest.mark.parametrize("authorization", [None, "", "Bearer", "Bearer not-a-jwt", "Basic dXNlcjpwYXNz",
                                           "Bearer eyJhbGciOiJub25lIn0.eyJpc3MiOiJ4In0."])
async def test_requests_without_a_valid_token_get_401_and_change_nothing(
        production_bot: RunningBot, authorization: str | None) -> None:
    headers = {"Authorization": authorization} if authorization is not None else None
    status, _ = await production_bot.post(b.personal_message(production_bot.service_url, "Vad händer nu?"),
                                          headers=headers)
    assert status == 401
    assert production_bot.connector.requests == []
    assert await production_bot.services.conversations.active() == []
