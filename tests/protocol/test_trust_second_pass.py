"""Issue 11 (trust, second pass): each test performs the attack the security probe found and
checks that it no longer works."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest

from tests import builders as b
from tests.conftest import RunningBot
from tests.input_support import InputBot


@pytest.fixture
async def harness(sqlite_url: str, tmp_path: Any, clock: Any, connector: Any) -> AsyncIterator[InputBot]:
    async with InputBot.running(sqlite_url, tmp_path, clock, connector) as harness:
        yield harness


@pytest.fixture
def bot(harness: InputBot) -> RunningBot:
    assert harness.bot is not None
    return harness.bot


# -- 11.9: the member cache is keyed and looked up by the same id --------------------------------
async def test_a_member_record_fetched_for_one_id_is_never_served_for_another(bot: RunningBot) -> None:
    store = bot.services.inputs.store
    # Local mode: someone pairs Per's Teams id (a gmail address) with Berit's object id ...
    poisoner = {"id": "29:aad-per", "name": "Berit Berg", "aadObjectId": "aad-berit"}
    await bot.post(b.personal_message(bot.service_url, "organisation", poisoner))
    # ... and Mallory pairs Berit's Teams id (kumla.se) with her own object id.
    mallory = {"id": "29:aad-berit", "name": "Mallory", "aadObjectId": "aad-mallory"}
    await bot.post(b.personal_message(bot.service_url, "organisation", mallory))
    assert await store.link("aad-mallory") is None, "Mallory got Berit's organisation from Berit's e-mail"
    # Berit herself is still linked by her own e-mail, not by the record cached for Per's id.
    await bot.post(b.personal_message(bot.service_url, "organisation", b.user("Berit Berg", aad="aad-berit")))
    link = await store.link("aad-berit")
    assert link is not None and link.organisation_id == "kumla" and link.confirmed
