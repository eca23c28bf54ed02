"""A representative the bot has no personal chat with still gets the nudges (issue 10, item 7).

Teams lets a bot start a 1:1 chat with a member of a team where its app is installed (Microsoft
Learn, "Proactive messages", https://learn.microsoft.com/microsoftteams/platform/bots/how-to/conversations/send-proactive-messages:
"make the user a part of a team in which the app is installed"; the sample creates the chat with
ConversationParameters(is_group=False, bot, members=[member], tenant_id)). The member's id comes
from the team's roster, GET /v3/conversations/{teamId}/pagedmembers (Bot Connector REST API
reference, "Get Conversation Paged Members"; member shape and page sizes from "Get Teams specific
context for your bot"). The fake connector answers as those pages say (tests/fakes/connector.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator

import aiohttp
import pytest

from bot.connector import RetryPolicy
from rusbot.clock import STOCKHOLM, ManualClock
from scheduling.store import FAILED, SENT
from tests import builders as b
from tests.conftest import RunningBot, make_settings, start_bot
from tests.fakes.connector import FakeConnector, activity_text, roster_member
from tests.fakes.consultation import FakeConsultationStatus

COORDINATOR = b.user("Sara Samordnare", aad="aad-samordnare")
OLLE = roster_member("Olle Örebro", "aad-olle", b.TENANT)


def at(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=STOCKHOLM)  # type: ignore[misc]


@pytest.fixture
async def rbot(database_url: str, clock: ManualClock, connector: FakeConnector) -> AsyncIterator[RunningBot]:
    runner, url = await start_bot(make_settings(database_url, coordinators=[COORDINATOR["aadObjectId"]]), clock,
                                  connector)
    async with aiohttp.ClientSession() as session:
        bot = RunningBot(url=url, app=runner.app, session=session, connector=connector, clock=clock)
        bot.services.reminders.connector._retry = RetryPolicy(attempts=2, base_delay=0.001, max_delay=0.01)
        respondents = {o.id for o in bot.services.process.respondents}
        bot.services.reminders.status = FakeConsultationStatus(
            reps={"orebro": ["AAD-Olle"], "kumla": ["aad-nobody"]}, submitted=respondents - {"orebro", "kumla"})
        yield bot
    await runner.cleanup()


async def post(bot: RunningBot, activity: dict[str, object]) -> None:
    status, _ = await bot.post(activity)
    assert status == 200


async def run(bot: RunningBot, moment: dt.datetime) -> None:
    bot.clock.set(moment)
    await bot.services.reminders.run_due()


def team_roster(size: int, at_index: int) -> list[dict[str, object]]:
    members: list[dict[str, object]] = [roster_member(f"Medlem {n}", f"aad-member-{n}", b.TENANT) for n in range(size)]
    members.insert(at_index, OLLE)
    return members


async def test_a_nudge_opens_the_personal_chat_from_the_team_roster(rbot: RunningBot) -> None:
    await post(rbot, b.installation(rbot.service_url, scope="team", sender=COORDINATOR))
    await post(rbot, b.installation(rbot.service_url, sender=COORDINATOR))
    # 600 members: the roster comes in two pages (at most 500 a page).
    rbot.connector.rosters[b.TEAM_ID] = team_roster(599, 550)
    rbot.connector.clear()

    await run(rbot, at(2021, 9, 23, 9, 0))
    pages = [r for r in rbot.connector.requests if r.path.endswith("/pagedmembers")]
    assert [r.path for r in pages] == [f"/v3/conversations/{b.TEAM_ID}/pagedmembers"] * 2
    [create] = rbot.connector.created_chats
    assert create.body == {"isGroup": False, "bot": {"id": b.BOT_ID, "name": b.BOT_NAME},
                           "members": [{"id": OLLE["id"]}], "tenantId": b.TENANT,
                           "channelData": {"tenant": {"id": b.TENANT}}}
    chat = FakeConnector.personal_chat_id(str(OLLE["id"]))
    [nudge] = rbot.connector.to(chat)
    assert "Örebro har inte lämnat något remissvar" in activity_text(nudge)
    assert nudge.body["conversation"]["id"] == chat and nudge.body["from"]["id"] == b.BOT_ID
    # ... in the team's tenant, as the chat was created ("Proactive messages": the tenant id with the
    # conversation; the activity names it in conversation.tenantId and channelData.tenant.id).
    assert nudge.body["conversation"]["tenantId"] == b.TENANT
    assert nudge.body["channelData"]["tenant"] == {"id": b.TENANT}

    # Stored like a chat he opened himself; his rows moved to it.
    record = await rbot.services.conversations.get(chat)
    assert record is not None and record.kind == "personal" and record.tenant_id == b.TENANT
    assert record.user_aad_id == "aad-olle" and record.reference["user"]["id"] == OLLE["id"]
    rows = {(r.reminder_id, r.conversation_id): r.state for r in await rbot.services.reminders.deliveries.rows()}
    assert rows[("nudge:orebro@2021-09-30:7d", chat)] == SENT
    assert not any(conv.startswith("user:aad-olle") for _, conv in rows)

    # The 1-day nudge goes straight to the chat, no new one. (Kumla's representative, on no
    # roster, makes the run read the roster once more: once for the whole run, two pages.)
    rbot.connector.clear()
    await run(rbot, at(2021, 9, 29, 9, 0))
    assert len(rbot.connector.to(chat)) == 1
    assert rbot.connector.created_chats == []
    assert len([r for r in rbot.connector.requests if r.path.endswith("/pagedmembers")]) == 2


async def test_someone_on_no_roster_is_reported_not_retried_in_a_loop(rbot: RunningBot) -> None:
    await post(rbot, b.installation(rbot.service_url, scope="team", sender=COORDINATOR))
    await post(rbot, b.installation(rbot.service_url, sender=COORDINATOR))
    rbot.connector.rosters[b.TEAM_ID] = team_roster(3, 1)
    rbot.connector.clear()
    await run(rbot, at(2021, 9, 23, 9, 0))
    rows = {(r.reminder_id, r.conversation_id): r.state for r in await rbot.services.reminders.deliveries.rows()}
    assert rows[("nudge:kumla@2021-09-30:7d", "user:aad-nobody")] == FAILED
    [told] = rbot.connector.to("a:personal-aad-samordnare")
    assert "företrädare för Kumla: ingen personlig chatt med boten, och personen finns inte i något team" in told.text
    await post(rbot, b.personal_message(rbot.service_url, "status", sender=COORDINATOR))
    [card] = rbot.connector.sent[-1].cards
    assert "företrädare för Kumla" in card["fallbackText"]
    # Once she writes to the bot herself, she is reachable, and the report goes away.
    nobody = b.user("Nora Nobody", aad="aad-nobody")
    await post(rbot, b.personal_message(rbot.service_url, "Hej", sender=nobody))
    assert [u.target for u in await rbot.services.reminders.unreachable_targets()] == []
    rbot.connector.clear()
    await run(rbot, at(2021, 9, 29, 9, 0))
    assert len(rbot.connector.to("a:personal-aad-nobody")) == 1


async def test_the_bot_removed_from_the_team_is_not_a_roster(rbot: RunningBot) -> None:
    # The team's roster answers 403 BotNotInConversationRoster ("Status codes from bot
    # conversational APIs"): no chat can be made through that team.
    await post(rbot, b.installation(rbot.service_url, scope="team", sender=COORDINATOR))
    await run(rbot, at(2021, 9, 23, 9, 0))
    assert rbot.connector.created_chats == []
    reasons = {u.target: u.reason for u in await rbot.services.reminders.unreachable_targets()}
    assert reasons["user:aad-olle"] == "NotInTeamRoster"


async def test_erasing_a_person_takes_their_unreachable_mark_and_planned_rows(rbot: RunningBot) -> None:
    from rusbot.input.privacy import erase_person, export_person

    await post(rbot, b.installation(rbot.service_url, scope="team", sender=COORDINATOR))
    await run(rbot, at(2021, 9, 23, 9, 0))
    exported = await export_person(rbot.services.db, "aad-nobody", rbot.clock.now())
    assert [u["reason"] for u in exported["reminders_not_getting_through"]] == ["NotInTeamRoster"]
    assert {d["reminder_id"] for d in exported["reminders_sent_to_personal_chat"]} == {
        "nudge:kumla@2021-09-30:7d", "nudge:kumla@2021-09-30:1d"}
    await erase_person(rbot.services.db, "aad-nobody", rbot.clock.now())
    assert "user:aad-nobody" not in {u.target for u in await rbot.services.reminders.unreachable_targets()}
    assert not [r for r in await rbot.services.reminders.deliveries.rows() if r.conversation_id == "user:aad-nobody"]
