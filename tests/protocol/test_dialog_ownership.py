"""Issue 11.7: the conversational inspel (dialogs/inspel.py, used where a Teams dialog cannot open)
belongs to the person who started it. In a shared chat another member's messages do not continue
it, the organisation link is checked again when it is saved, and it survives a restart of the bot.

The activities are the Bot Framework Emulator's (channelId `emulator`, local mode), shaped as the Bot
Framework's Activity schema describes a group conversation: https://learn.microsoft.com/azure/bot-service/
rest-api/bot-framework-rest-connector-api-reference#activity-object (conversation.isGroup,
conversationType), posted over HTTP to the real app."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import AsyncIterator
from typing import Any

import pytest

from rusbot.store.dialog_states import DialogStateStore
from tests import builders as b
from tests.conftest import RunningBot, stockholm
from tests.input_support import KUMLA_ANNA, KUMLA_BERIT, OREBRO_OLLE, InputBot

GROUP = {"id": "emulator-group-7f3a", "conversationType": "groupChat", "isGroup": True, "name": "Arbetsgrupp"}
_ids = itertools.count(1)


def emulator(service_url: str, sender: dict[str, Any], conversation: dict[str, Any], **extra: Any) -> dict[str, Any]:
    activity = {"id": f"emu-{next(_ids)}", "channelId": "emulator", "serviceUrl": service_url,
                "timestamp": "2021-02-15T09:00:00.000Z", "locale": "sv-SE", "from": sender,
                "recipient": {"id": b.BOT_ID, "name": b.BOT_NAME}, "conversation": conversation, "type": "message"}
    activity.update(extra)
    return activity


def said(bot: RunningBot, sender: dict[str, Any], text: str, conversation: dict[str, Any] = GROUP) -> dict[str, Any]:
    return emulator(bot.service_url, sender, conversation, text=text)


def personal(sender: dict[str, Any]) -> dict[str, Any]:
    return {"id": f"emulator-personal-{sender['aadObjectId']}", "conversationType": "personal"}


async def reply_to(bot: RunningBot, activity: dict[str, Any]) -> list[str]:
    """Post the activity; the texts the bot sent because of it."""
    before = len(bot.connector.sent)
    status, _ = await bot.post(activity)
    assert status == 200
    return [r.text for r in bot.connector.sent[before:]]


async def link(bot: RunningBot, person: dict[str, Any], organisation: str, status: str = "confirmed") -> None:
    await bot.services.inputs.store.set_link(person["aadObjectId"], organisation, status=status,  # type: ignore[arg-type]
                                             source="test", now=stockholm(2021, 2, 1, 9, 0),
                                             confirmed_by="aad-samordnare" if status == "confirmed" else None)


@pytest.fixture
async def harness(database_url: str, tmp_path: Any, clock: Any, connector: Any) -> AsyncIterator[InputBot]:
    async with InputBot.running(database_url, tmp_path, clock, connector) as harness:
        assert harness.bot is not None
        for person, org in ((KUMLA_ANNA, "kumla"), (KUMLA_BERIT, "kumla"), (OREBRO_OLLE, "orebro")):
            await link(harness.bot, person, org)
        yield harness


async def start_in_group(bot: RunningBot, person: dict[str, Any]) -> list[str]:
    """The "Nytt inspel" button of the list card, pressed outside Teams: a message with the card's data."""
    return await reply_to(bot, emulator(bot.service_url, person, GROUP,
                                        value={"action": "inspel.open", "msteams": {"type": "task/fetch"}}))


async def test_another_member_cannot_continue_or_finish_someone_elses_flow(harness: InputBot) -> None:
    bot = harness.bot
    assert bot is not None
    [question] = await start_in_group(bot, KUMLA_ANNA)
    assert "Vad gäller ditt inspel?" in question
    # Berit (same organisation) and Olle (another) answer every question in Anna's place.
    for answer in ("2", "Ta bort målet om flygplatsen.", "Det är inte längre aktuellt.", "-"):
        for intruder in (KUMLA_BERIT, OREBRO_OLLE):
            assert await reply_to(bot, said(bot, intruder, answer)) == []
    assert await bot.services.inputs.store.active_inspel() == []
    # Anna's flow is where she left it: her answer is taken as the topic.
    [next_question] = await reply_to(bot, said(bot, KUMLA_ANNA, "2"))
    assert "Vad bör ändras i RUS?" in next_question
    for answer in ("Lägg till ett mål om vattenförsörjning.", "Torkan 2018 visade sårbarheten."):
        await reply_to(bot, said(bot, KUMLA_ANNA, answer))
    [thanks] = await reply_to(bot, said(bot, KUMLA_ANNA, "-"))
    assert "Tack! Ditt inspel #" in thanks
    [record] = await bot.services.inputs.store.active_inspel()
    assert (record.author_aad_id, record.organisation_id) == ("aad-anna", "kumla")
    assert record.change == "Lägg till ett mål om vattenförsörjning."


async def test_two_members_each_have_their_own_flow_in_one_chat(harness: InputBot) -> None:
    bot = harness.bot
    assert bot is not None
    await start_in_group(bot, KUMLA_ANNA)
    await start_in_group(bot, OREBRO_OLLE)
    for person, change in ((KUMLA_ANNA, "Annas förslag."), (OREBRO_OLLE, "Olles förslag.")):
        await reply_to(bot, said(bot, person, "1"))
        await reply_to(bot, said(bot, person, change))
        await reply_to(bot, said(bot, person, "Skäl."))
    assert [t for t in await reply_to(bot, said(bot, OREBRO_OLLE, "-")) if "sparat" in t]
    assert [t for t in await reply_to(bot, said(bot, KUMLA_ANNA, "-")) if "sparat" in t]
    stored = {(r.author_aad_id, r.organisation_id, r.change) for r in await bot.services.inputs.store.active_inspel()}
    assert stored == {("aad-anna", "kumla", "Annas förslag."), ("aad-olle", "orebro", "Olles förslag.")}


async def test_a_half_written_inspel_survives_a_restart(harness: InputBot) -> None:
    bot = harness.bot
    assert bot is not None
    chat = personal(KUMLA_ANNA)
    [question] = await reply_to(bot, said(bot, KUMLA_ANNA, "inspel", chat))
    assert "Vad gäller ditt inspel?" in question
    await reply_to(bot, said(bot, KUMLA_ANNA, "3", chat))
    await reply_to(bot, said(bot, KUMLA_ANNA, "Lyft fram kulturens roll för attraktiviteten.", chat))

    await harness.stop()                       # the bot restarts between two answers
    bot = await harness.start()

    [question] = await reply_to(bot, said(bot, KUMLA_ANNA, "Kulturen lockar nya invånare.", chat))
    assert "referens" in question
    [thanks] = await reply_to(bot, said(bot, KUMLA_ANNA, "-", chat))
    assert "Tack! Ditt inspel #" in thanks
    [record] = await bot.services.inputs.store.active_inspel()
    assert record.change == "Lyft fram kulturens roll för attraktiviteten."
    assert record.reason == "Kulturen lockar nya invånare."
    assert record.topic == harness.process.inspel_topics[2].id
    assert await DialogStateStore(bot.services.db).count() == 0   # a finished flow leaves nothing behind


async def test_the_link_is_checked_again_when_the_flow_saves(harness: InputBot) -> None:
    bot = harness.bot
    assert bot is not None
    chat = personal(KUMLA_BERIT)
    await reply_to(bot, said(bot, KUMLA_BERIT, "inspel", chat))
    for answer in ("1", "Förslag.", "Skäl."):
        await reply_to(bot, said(bot, KUMLA_BERIT, answer, chat))
    # Meanwhile Berit's link is no longer confirmed (she chose another organisation; it waits).
    await link(bot, KUMLA_BERIT, "orebro", status="pending")
    [answer] = await reply_to(bot, said(bot, KUMLA_BERIT, "-", chat))
    assert "väntar på att en samordnare bekräftar" in answer and "Inget sparades." in answer
    assert await bot.services.inputs.store.active_inspel() == []


async def test_an_abandoned_flow_expires_and_the_next_message_is_an_ordinary_one(harness: InputBot) -> None:
    bot = harness.bot
    assert bot is not None
    chat = personal(KUMLA_ANNA)
    await reply_to(bot, said(bot, KUMLA_ANNA, "inspel", chat))
    bot.clock.advance(dt.timedelta(hours=25))
    [answer] = await reply_to(bot, said(bot, KUMLA_ANNA, "hjälp", chat))
    assert "Vad gäller ditt inspel?" not in answer and "Svara med en av siffrorna" not in answer
    assert await DialogStateStore(bot.services.db).count() == 0


async def test_a_half_written_inspel_is_in_the_gdpr_export_and_erased_with_the_person(harness: InputBot) -> None:
    from rusbot.input.privacy import erase_person, export_person

    bot = harness.bot
    assert bot is not None
    chat = personal(KUMLA_ANNA)
    await reply_to(bot, said(bot, KUMLA_ANNA, "inspel", chat))
    await reply_to(bot, said(bot, KUMLA_ANNA, "1", chat))
    await reply_to(bot, said(bot, KUMLA_ANNA, "Ett halvskrivet förslag om kollektivtrafiken.", chat))
    data = await export_person(bot.services.db, "aad-anna", bot.clock.now())
    [flow] = data["conversational_flows_in_progress"]
    assert "Ett halvskrivet förslag om kollektivtrafiken." in str(flow["state"])
    result = await erase_person(bot.services.db, "aad-anna", bot.clock.now())
    assert result.flows == 1
    assert await DialogStateStore(bot.services.db).count() == 0


async def test_a_flow_refused_by_the_limit_saves_when_tried_again(sqlite_url: str, tmp_path: Any, clock: Any,
                                                                   connector: Any) -> None:
    async with InputBot.running(sqlite_url, tmp_path, clock, connector, limit_user_submissions="1/h") as harness:
        bot = harness.bot
        assert bot is not None
        await link(bot, KUMLA_ANNA, "kumla")
        chat = personal(KUMLA_ANNA)
        answers: list[str] = []
        for change in ("Första förslaget.", "Andra förslaget."):
            for text in ("inspel", "1", change, "Skäl.", "-"):
                answers = await reply_to(bot, said(bot, KUMLA_ANNA, text, chat))
        [refused] = answers
        assert "Vänta 60 minuter" in refused and "Svara **spara**" in refused
        assert len(await bot.services.inputs.store.own_inspel("aad-anna")) == 1
        [again] = await reply_to(bot, said(bot, KUMLA_ANNA, "spara", chat))
        assert "Vänta" in again                          # too early: asked again, the answers kept
        bot.clock.advance(dt.timedelta(hours=1))
        [thanks] = await reply_to(bot, said(bot, KUMLA_ANNA, "spara", chat))
        assert "Tack! Ditt inspel #" in thanks
        assert [r.change for r in await bot.services.inputs.store.own_inspel("aad-anna")] == [
            "Första förslaget.", "Andra förslaget."]


@pytest.mark.parametrize("sender", [{"name": "Utan id", "aadObjectId": "aad-anna"}, None])
async def test_a_sender_without_an_id_gets_an_answer_not_an_error(harness: InputBot,
                                                                  sender: dict[str, Any] | None) -> None:
    bot = harness.bot
    assert bot is not None
    activity = said(bot, KUMLA_ANNA, "inspel", personal(KUMLA_ANNA))
    activity["from"] = sender
    texts = await reply_to(bot, activity)
    assert texts and not any("Något gick fel" in t for t in texts)
    assert await DialogStateStore(bot.services.db).count() == 0
