"""GDPR through the real app: a coordinator exports everything stored about one person (article 15)
and erases what the law lets go (article 17) after a confirmation; submitted remissvar stay as
public documents. The CLI does the same. Retention purges old inspel and drafts."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import AsyncIterator
from typing import Any

import pytest

from bot.features.privacy import DELETE_ACTION
from rusbot.clock import ManualClock
from rusbot.input.forms import InspelContent, RemissvarContent
from rusbot.input.retention import purge
from rusbot.input.store import InputStore
from rusbot.store.db import open_database
from tests import builders as b
from tests.conftest import RunningBot, stockholm
from tests.input_support import COORDINATOR, KUMLA_ANNA, KUMLA_BERIT, InputBot, card_of, submit_data
from tests.protocol.test_input_dialogs import INSPEL, REMISSVAR, open_remissvar, send_inspel


@pytest.fixture
async def harness(database_url: str, tmp_path: Any, clock: Any, connector: Any) -> AsyncIterator[InputBot]:
    async with InputBot.running(database_url, tmp_path, clock, connector) as harness:
        yield harness


@pytest.fixture
def bot(harness: InputBot) -> RunningBot:
    assert harness.bot is not None
    return harness.bot


async def _anna_leaves_traces(bot: RunningBot) -> None:
    """Anna: an inspel, a submitted remissvar and an unsent draft on top of it, a poll vote,
    nudges off, her personal chat and a channel message."""
    await bot.post(b.personal_message(bot.service_url, "organisation", KUMLA_ANNA))
    await send_inspel(bot, KUMLA_ANNA)
    form = card_of(await open_remissvar(bot, KUMLA_ANNA))
    await bot.post(b.task_submit(bot.service_url, {**submit_data(form, "Skicka in"), **REMISSVAR}, KUMLA_ANNA))
    form = card_of(await open_remissvar(bot, KUMLA_ANNA))
    await bot.post(b.task_submit(bot.service_url, {**submit_data(form, "Spara"), **REMISSVAR,
                                                   "comment_vision": "Osänt utkast från Anna"}, KUMLA_ANNA))
    poll_command = b.channel_message(bot.service_url, "omröstning Vilken dag? | Tisdag | Onsdag", COORDINATOR)
    await bot.post(poll_command)
    poll_ref = bot.connector.sent[-1].cards[0]["actions"][0]["data"]["poll_id"]
    await bot.post(b.card_execute(bot.service_url, "poll.vote", {"poll_id": poll_ref, "option": 1}, KUMLA_ANNA,
                                  poll_command["conversation"]))
    await bot.post(b.personal_message(bot.service_url, "påminn mig av", KUMLA_ANNA))
    await bot.post(b.channel_message(bot.service_url, "tidplan", KUMLA_ANNA))


async def _download(bot: RunningBot, url: str) -> tuple[int, Any]:
    path = url.split("/exports/", 1)[1]
    async with bot.session.get(f"{bot.url}/exports/{path}") as response:
        return response.status, (await response.json() if response.status == 200 else await response.text())


async def test_coordinator_exports_everything_about_one_person(bot: RunningBot) -> None:
    await _anna_leaves_traces(bot)
    await bot.post(b.personal_message(bot.service_url, "personuppgifter aad-anna", COORDINATOR))
    link_card = bot.connector.sent[-1].cards[0]
    url = link_card["actions"][0]["url"]
    status, data = await _download(bot, url)
    assert status == 200
    assert data["subject"] == {"user_aad_id": "aad-anna"}
    assert data["organisation_link"]["organisation_id"] == "kumla"
    assert [i["change"] for i in data["inspel"]] == [INSPEL["change"]]
    [draft] = data["remissvar_drafts_last_saved"]
    assert draft["content"]["comments"]["vision"] == "Osänt utkast från Anna"
    [revision] = data["remissvar_revisions_submitted"]
    assert revision["receipt"] == "RV-00001" and revision["public_document"] is True
    assert data["poll_votes"] == [{"poll_id": 1, "question": "Vilken dag?", "option": "Onsdag",
                                   "voted_at": data["poll_votes"][0]["voted_at"]}]
    assert data["reminder_preferences"]["nudges"] is False
    kinds = sorted(c["kind"] for c in data["conversations"])
    assert kinds == ["channel", "personal"]
    # A partner cannot, and the link is not for anyone else's eyes in a channel.
    await bot.post(b.personal_message(bot.service_url, "personuppgifter aad-anna", KUMLA_BERIT))
    assert "bara för samordnarna" in bot.connector.sent[-1].text
    await bot.post(b.channel_message(bot.service_url, "personuppgifter aad-anna", COORDINATOR))
    assert "chatten med mig" in bot.connector.sent[-1].text
    # A forged link does not work; by e-mail address works too.
    status, _ = await _download(bot, url[:-3] + "AAA")
    assert status == 403
    await bot.post(b.personal_message(bot.service_url, "organisation", KUMLA_BERIT))    # linked by her e-mail
    await bot.post(b.personal_message(bot.service_url, "personal data Berit.Berg@kumla.se", COORDINATOR))
    assert bot.connector.sent[-1].cards, bot.connector.sent[-1].text
    await bot.post(b.personal_message(bot.service_url, "personuppgifter aad-ingen", COORDINATOR))
    assert "inga uppgifter" in bot.connector.sent[-1].text


async def test_erasure_asks_first_then_keeps_only_the_public_documents(bot: RunningBot) -> None:
    await _anna_leaves_traces(bot)
    store = bot.services.inputs.store
    await bot.post(b.personal_message(bot.service_url, "personuppgifter radera aad-anna", COORDINATOR))
    confirm = bot.connector.sent[-1].cards[0]
    assert "allmänna handlingar" in confirm["fallbackText"] and "RV-00001" in confirm["fallbackText"]
    assert await store.link("aad-anna") is not None          # nothing yet
    # A partner pressing a forged button changes nothing.
    await bot.post(b.card_submit(bot.service_url, {"action": DELETE_ACTION, "user": "aad-anna"}, KUMLA_BERIT))
    assert "bara samordnarna" in bot.connector.sent[-1].text
    assert await store.link("aad-anna") is not None
    await bot.post(b.card_submit(bot.service_url, submit_data(confirm, "Radera"), COORDINATOR))
    reply = bot.connector.sent[-1].text
    assert "Raderat om aad-anna" in reply and "allmänna handlingar" in reply and "RV-00001" in reply
    assert await store.link("aad-anna") is None
    assert await store.own_inspel("aad-anna") == []
    state = await store.poll(1)
    assert state is not None and state.voters == 0
    await bot.services.inputs.polls.idle()
    put = [r for r in bot.connector.requests if r.method == "PUT"][-1]     # the posted card follows
    assert "Onsdag: 0 (0 %)" in put.attachments[0]["content"]["fallbackText"]
    assert "aad-anna" not in await bot.services.reminders.settings.nudges_off()
    # The submitted remissvar stays; the unsent draft on top of it is gone.
    [revision] = await store.revisions("kumla")
    assert revision.receipt == "RV-00001" and revision.submitted_by == "aad-anna"
    record = await store.remissvar("kumla")
    assert record is not None and record.submitted and not record.unsent_changes
    assert record.content.comments.get("vision") == REMISSVAR["comment_vision"]
    # Her personal chat reference is gone and comes back when she writes again.
    assert all(c.user_aad_id != "aad-anna" for c in await bot.services.conversations.active("personal"))
    await bot.post(b.personal_message(bot.service_url, "tidplan", KUMLA_ANNA))
    assert any(c.user_aad_id == "aad-anna" for c in await bot.services.conversations.active("personal"))
    # The text form of the confirmation.
    await bot.post(b.personal_message(bot.service_url, "personuppgifter radera aad-anna bekräfta", COORDINATOR))
    assert "Raderat om aad-anna" in bot.connector.sent[-1].text


def test_cli_exports_and_deletes(database_url: str, tmp_path: Any, monkeypatch: pytest.MonkeyPatch,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    import asyncio

    from bot.__main__ import main

    now = stockholm(2021, 2, 15, 10, 0)

    async def seed() -> None:
        db = open_database(database_url)
        try:
            store = InputStore(db)
            await store.set_link("aad-anna", "kumla", status="confirmed", source="domain", now=now,
                                 email="anna@kumla.se")
            await store.add_inspel("aad-anna", "kumla", InspelContent(topic="annat", change="Ändra", reason="Därför"),
                                   now)
        finally:
            await db.close()

    asyncio.run(seed())
    monkeypatch.setenv("DATABASE_URL", database_url)
    monkeypatch.setenv("RUSBOT_DATA_DIR", str(tmp_path))
    out = tmp_path / "anna.json"
    assert main(["gdpr", "export", "--user", "anna@kumla.se", "--out", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["subject"]["user_aad_id"] == "aad-anna" and data["inspel"][0]["change"] == "Ändra"
    assert main(["gdpr", "delete", "--user", "aad-anna"]) == 1       # without --yes: only what would go
    assert "Run again with --yes" in capsys.readouterr().err
    assert main(["gdpr", "delete", "--user", "aad-anna", "--yes"]) == 0
    assert "allmänna handlingar" in capsys.readouterr().out
    assert main(["gdpr", "export", "--user", "aad-anna", "--out", str(out)]) == 1   # nothing left


# -- retention ------------------------------------------------------------------------------------
async def test_retention_purges_old_inspel_and_drafts_relative_to_the_clock(database_url: str) -> None:
    clock = ManualClock(stockholm(2021, 2, 15, 10, 0))
    db = open_database(database_url)
    try:
        store = InputStore(db)
        content = InspelContent(topic="annat", change="Gammalt", reason="Skäl")
        await store.add_inspel("aad-anna", "kumla", content, clock.now())
        await store.save_remissvar("kumla", RemissvarContent(comments={"vision": "utkast"}), expected_version=0,
                                   by="aad-anna", now=clock.now(), submit=False)
        submitted = RemissvarContent(position="tillstyrker", decided_by="KS", decision_date=dt.date(2021, 2, 1),
                                     comments={"vision": "inskickat"})
        await store.save_remissvar("orebro", submitted, expected_version=0, by="aad-olle", now=clock.now(),
                                   submit=True)
        await store.save_remissvar("orebro", RemissvarContent(comments={"vision": "ändring"}), expected_version=1,
                                   by="aad-olle", now=clock.now(), submit=False)
        clock.advance(dt.timedelta(days=10))
        await store.add_inspel("aad-berit", "kumla", content, clock.now())
        result = await purge(db, clock.now(), inspel_days=0, draft_days=0)
        assert (result.inspel, result.drafts) == (0, 0)                  # 0 keeps
        clock.advance(dt.timedelta(days=21))                             # 31 and 21 days old
        result = await purge(db, clock.now(), inspel_days=30, draft_days=30)
        assert (result.inspel, result.drafts) == (1, 2)
        assert [i.author_aad_id for i in await store.active_inspel()] == ["aad-berit"]
        assert await store.remissvar("kumla") is None
        orebro = await store.remissvar("orebro")
        assert orebro is not None and orebro.content.comments == {"vision": "inskickat"}
        assert [r.receipt for r in await store.revisions("orebro")] == ["RV-00001"]
        result = await purge(db, clock.now(), inspel_days=30, draft_days=30)
        assert (result.inspel, result.drafts) == (0, 0)
    finally:
        await db.close()


async def test_retention_runs_at_start_up(sqlite_url: str, tmp_path: Any, clock: Any, connector: Any) -> None:
    harness = InputBot(sqlite_url, tmp_path, clock, connector, retention_inspel_days=7, retention_draft_days=7)
    try:
        bot = await harness.start()
        await send_inspel(bot, KUMLA_ANNA)
        await harness.stop()
        clock.advance(dt.timedelta(days=8))
        bot = await harness.start()
        assert await bot.services.inputs.store.count_inspel() == 0
    finally:
        await harness.close()


def test_retention_settings_default_to_keeping(monkeypatch: pytest.MonkeyPatch) -> None:
    from pydantic import ValidationError

    from rusbot.settings import Settings

    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    assert (settings.retention_inspel_days, settings.retention_draft_days) == (0, 0)
    monkeypatch.setenv("RUSBOT_RETENTION_INSPEL_DAYS", "365")
    monkeypatch.setenv("RUSBOT_RETENTION_DRAFT_DAYS", "90")
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    assert (settings.retention_inspel_days, settings.retention_draft_days) == (365, 90)
    monkeypatch.setenv("RUSBOT_RETENTION_DRAFT_DAYS", "-1")
    with pytest.raises(ValidationError):
        Settings(_env_file=None)  # type: ignore[call-arg]
