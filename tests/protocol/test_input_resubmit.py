"""A form submitted again (the answer was lost, the bot died after saving, two requests at once)
stores nothing twice: the same inspel form gives the same inspel, the same remissvar form the
same version and receipt. On SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator
from typing import Any

import pytest

from rusbot.consultation import OPEN_REMISSVAR_ACTION
from tests import builders as b
from tests.conftest import RunningBot
from tests.input_support import KUMLA_ANNA, KUMLA_BERIT, InputBot, card_of, inputs_of, submit_data

INSPEL = {"topic": "annat", "change": "Lägg till ett mål om kompetensförsörjning i välfärden.",
          "reason": "Bristen på undersköterskor växer i hela länet.", "reference": ""}
REMISSVAR = {"position": "tillstyrker_med_andringar", "comment_vision": "Visionen är bra.",
             "decided_by": "Kommunstyrelsen", "decision_date": "2021-02-10", "diarienummer": "KS 2021/123",
             "protocol_link": "https://www.kumla.se/protokoll/ks-2021-09-14.pdf"}


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


@pytest.mark.parametrize("intent", ["Spara", "Skicka in"])
async def test_the_same_remissvar_form_submitted_again_is_answered_as_the_first_time(
        bot: RunningBot, intent: str) -> None:
    for opened in range(2):          # the first save (INSERT), then an edit (compare-and-set)
        _, body = await bot.post(b.task_fetch(bot.service_url, OPEN_REMISSVAR_ACTION, KUMLA_ANNA))
        data = {**submit_data(card_of(body), intent), **REMISSVAR, "comment_vision": f"Text {opened}"}
        answers = await asyncio.gather(*(bot.post(b.task_submit(bot.service_url, data, KUMLA_ANNA))
                                         for _ in range(3)))
        assert all(status == 200 for status, _ in answers)
        receipts = set()
        for _, body in answers:
            if intent == "Spara":
                assert "Utkastet är sparat" in body["task"]["value"], body
            else:
                facts = {f["title"]: f["value"] for f in card_of(body)["body"][1]["facts"]}
                assert facts["Version"] == str(opened + 1), facts
                receipts.add(facts["Kvittonummer"])
        assert len(receipts) == (1 if intent == "Skicka in" else 0)
        store = bot.services.inputs.store
        record = await store.remissvar("kumla")
        assert record is not None and record.version == opened + 1
        assert record.content.comments["vision"] == f"Text {opened}"
        assert len(await store.revisions("kumla")) == (opened + 1 if intent == "Skicka in" else 0)


async def test_a_different_remissvar_on_the_same_version_is_still_a_conflict(bot: RunningBot) -> None:
    _, body = await bot.post(b.task_fetch(bot.service_url, OPEN_REMISSVAR_ACTION, KUMLA_ANNA))
    form = submit_data(card_of(body), "Spara")
    await bot.post(b.task_submit(bot.service_url, {**form, **REMISSVAR}, KUMLA_ANNA))
    _, body = await bot.post(b.task_submit(bot.service_url, {**form, **REMISSVAR, "comment_vision": "Annat"},
                                           KUMLA_ANNA))
    assert "inte sparade" in str(card_of(body))
    assert inputs_of(card_of(body))["comment_vision"]["value"] == REMISSVAR["comment_vision"]
