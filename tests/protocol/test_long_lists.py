"""Issue 11.5 over HTTP: a partner with 200 long inspel and an organisation with 300 submitted versions
get list cards that fit in a Teams message, and "visa fler" (a message-based Action.Submit, as Teams
sends it: https://learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/cards-actions
#actionsubmit) walks through all of them. The whole activity the bot sends is measured, not the card
alone: Teams' 28 KB counts the message (https://learn.microsoft.com/microsoftteams/platform/
webhooks-and-connectors/how-to/add-incoming-webhook)."""

from __future__ import annotations

import json
from typing import Any

from bot import card_samples as s
from bot import cards
from rusbot.input.forms import InspelContent, RemissvarContent
from tests import builders as b
from tests.conftest import RunningBot, stockholm
from tests.input_support import KUMLA_ANNA, InputBot


async def pages(bot: RunningBot, first: dict[str, Any], action: str) -> list[dict[str, Any]]:
    """Send `first`, then press "visa fler" until there is none; every card the bot sent."""
    found: list[dict[str, Any]] = []
    activity: dict[str, Any] | None = first
    while activity is not None:
        before = len(bot.connector.sent)
        status, _ = await bot.post(activity)
        assert status == 200
        [sent] = (await bot.connector.wait_for(before + 1))[before:]
        assert cards.teams_size(sent.body) <= cards.MESSAGE_LIMIT, "the whole message must fit"
        [card] = sent.cards
        found.append(card)
        more = [a["data"] for a in card.get("actions", []) if a.get("data", {}).get("action") == action]
        activity = b.card_submit(bot.service_url, more[0], KUMLA_ANNA) if more else None
        assert len(found) < 100
    return found


async def test_two_hundred_long_inspel_are_listed_a_page_at_a_time(harness: InputBot) -> None:
    bot = harness.bot
    assert bot is not None
    store = bot.services.inputs.store
    await store.set_link("aad-anna", "kumla", status="confirmed", source="test", now=stockholm(2021, 2, 1, 9, 0))
    for record in s.many_inspel(harness.process, bot.clock.now(), 200):
        await store.add_inspel("aad-anna", "kumla", InspelContent(topic=record.topic, change=record.change,
                                                                  reason=record.reason), bot.clock.now())
    found = await pages(bot, b.personal_message(bot.service_url, "inspel", KUMLA_ANNA), "inspel.more")
    listed = [a["data"]["inspel_id"] for card in found for block in card["body"] if block.get("type") == "Container"
              for item in block["items"] if item.get("type") == "ActionSet" for a in item["actions"]
              if a["data"].get("action") == "inspel.withdraw"]
    assert listed == list(range(1, 201))
    assert len(found) == 20


async def test_three_hundred_versions_are_summarised_and_paged(harness: InputBot) -> None:
    bot = harness.bot
    assert bot is not None
    store = bot.services.inputs.store
    now = bot.clock.now()
    await store.set_link("aad-anna", "kumla", status="confirmed", source="test", now=stockholm(2021, 2, 1, 9, 0))
    content = s.remissvar_content(harness.process, largest=True).model_dump()
    for version in range(300):
        await store.save_remissvar("kumla", RemissvarContent.model_validate(content), expected_version=version,
                                   by="aad-anna", now=now, submit=True)
    before = len(bot.connector.sent)
    await bot.post(b.personal_message(bot.service_url, "remissvar", KUMLA_ANNA))
    [sent] = (await bot.connector.wait_for(before + 1))[before:]
    assert cards.teams_size(sent.body) <= cards.MESSAGE_LIMIT
    [overview] = sent.cards
    assert "… och 294 äldre." in json.dumps(overview, ensure_ascii=False)
    [history] = [a["data"] for a in overview["actions"] if a["data"].get("action") == "remissvar.history"]
    found = await pages(bot, b.card_submit(bot.service_url, history, KUMLA_ANNA), "remissvar.history")
    receipts = [block["text"].split(" ")[1] for card in found for block in card["body"]
                if block.get("text", "")[:1].isdigit()]
    assert len(receipts) == len(set(receipts)) == 300


async def test_a_hundred_long_meetings_are_listed_in_moten_a_page_at_a_time(harness: InputBot) -> None:
    """Audit of 11.5: `möten` was one message whatever the number of meetings. Now each reply stays within
    Teams' limit and its "visa fler" (meetings.more) goes on where the last one stopped."""
    from rusbot.process.model import Text
    from scheduling import meetings as book
    from scheduling.plan import MeetingChange
    from tests.input_support import COORDINATOR

    bot = harness.bot
    assert bot is not None
    now = bot.clock.now()
    for n in range(100):
        await bot.services.reminders.settings.save_meeting(MeetingChange(
            id=f"mote-{n:03d}", name=Text(sv=s.fill(book.NAME_MAX, f"Möte {n} om RUS ")), day=now.date(),
            link="https://teams.microsoft.com/" + "x" * 370), now, "test")
    listed: list[str] = []
    activity: dict[str, Any] | None = b.personal_message(bot.service_url, "möten", COORDINATOR)
    replies = 0
    while activity is not None:
        before = len(bot.connector.sent)
        assert (await bot.post(activity))[0] == 200
        [sent] = (await bot.connector.wait_for(before + 1))[before:]
        assert cards.teams_size(sent.body) <= cards.MESSAGE_LIMIT
        listed += [line.split()[1] for line in sent.text.splitlines() if line.startswith("- mote-")]
        more = [a["data"] for card in sent.cards for a in card.get("actions", [])
                if a.get("data", {}).get("action") == "meetings.more"]
        activity = b.card_submit(bot.service_url, more[0], COORDINATOR) if more else None
        replies += 1
        assert replies < 50
    assert replies > 1
    assert [m for m in listed if m.startswith("mote-")] == [f"mote-{n:03d}" for n in range(100)]
