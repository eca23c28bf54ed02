"""A form submitted again (the answer was lost, the bot died after saving, two requests at once)
stores nothing twice: the same inspel form gives the same inspel. On SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator
from typing import Any

import pytest

from tests import builders as b
from tests.conftest import RunningBot
from tests.input_support import KUMLA_ANNA, KUMLA_BERIT, InputBot, card_of, submit_data

INSPEL = {"topic": "annat", "change": "Lägg till ett mål om kompetensförsörjning i välfärden.",
          "reason": "Bristen på undersköterskor växer i hela länet.", "reference": ""}


@pytest.fixture
async def bot(database_url: str, tmp_path: Any, clock: Any, connector: Any) -> AsyncIterator[RunningBot]:
    async with InputBot.running(database_url, tmp_path, clock, connector) as harness:
        assert harness.bot is not None
        yield harness.bot


async def inspel_form(bot: RunningBot, sender: dict[str, Any] = KUMLA_ANNA) -> dict[str, Any]:
    status, body = await bot.post(b.task_fetch(bot.service_url, "inspel.open", sender))
    assert status == 200
    return {**submit_data(card_of(body)), **INSPEL}


async def submit_inspel(bot: RunningBot, data: dict[str, Any], sender: dict[str, Any] = KUMLA_ANNA) -> int:
    status, body = await bot.post(b.task_submit(bot.service_url, data, sender))
    assert status == 200, body
    match = re.search(r"inspel #(\d+) är sparat", body["task"]["value"])
    assert match, body
    return int(match.group(1))


async def test_each_opened_inspel_form_has_its_own_key(bot: RunningBot) -> None:
    first, second = await inspel_form(bot), await inspel_form(bot)
    assert re.fullmatch(r"[0-9a-f]{32}", first["submission"]) and first["submission"] != second["submission"]


async def test_the_same_inspel_form_submitted_twice_stores_one_inspel(bot: RunningBot) -> None:
    data = await inspel_form(bot)
    first = await submit_inspel(bot, data)
    assert await submit_inspel(bot, data) == first
    store = bot.services.inputs.store
    assert await store.count_inspel() == 1
    # A new form is a new inspel, even with the same text. (PostgreSQL's sequence may skip a number.)
    assert await submit_inspel(bot, await inspel_form(bot)) > first
    assert await store.count_inspel() == 2


async def test_the_same_inspel_form_submitted_five_times_at_once_stores_one_inspel(bot: RunningBot) -> None:
    data = await inspel_form(bot)
    ids = await asyncio.gather(*(submit_inspel(bot, data) for _ in range(5)))
    assert len(set(ids)) == 1
    [record] = await bot.services.inputs.store.own_inspel("aad-anna")
    assert record.id == ids[0] and record.change == INSPEL["change"]


async def test_a_form_returned_with_errors_keeps_its_key(bot: RunningBot) -> None:
    data = await inspel_form(bot)
    status, body = await bot.post(b.task_submit(bot.service_url, {**data, "change": ""}, KUMLA_ANNA))
    assert status == 200
    again = submit_data(card_of(body))
    assert again["submission"] == data["submission"]
    first = await submit_inspel(bot, {**again, **INSPEL})
    assert await submit_inspel(bot, data) == first
    assert await bot.services.inputs.store.count_inspel() == 1


async def test_another_users_key_stores_nothing_and_tells_nothing(bot: RunningBot) -> None:
    data = await inspel_form(bot)
    await submit_inspel(bot, data)
    status, body = await bot.post(b.task_submit(bot.service_url, {**data, "change": "Berits"}, KUMLA_BERIT))
    assert status == 200 and "är sparat" not in str(body) and "#1" not in str(body)
    assert await bot.services.inputs.store.count_inspel() == 1


async def test_editing_an_inspel_twice_keeps_one_inspel(bot: RunningBot) -> None:
    inspel_id = await submit_inspel(bot, await inspel_form(bot))
    _, body = await bot.post(b.task_fetch(bot.service_url, "inspel.open", KUMLA_ANNA, inspel_id=inspel_id))
    form = card_of(body)
    edit = {**submit_data(form), **INSPEL, "change": "Ändrat"}
    assert "submission" not in edit
    for _ in range(2):
        _, body = await bot.post(b.task_submit(bot.service_url, edit, KUMLA_ANNA))
        assert f"inspel #{inspel_id} är sparad" in body["task"]["value"]
    [record] = await bot.services.inputs.store.own_inspel("aad-anna")
    assert record.id == inspel_id and record.change == "Ändrat"
