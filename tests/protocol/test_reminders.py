"""Reminders end to end through the real app: install, move the ManualClock, run the dispatcher,
and look at what the fake Bot Connector received."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest

from bot.connector import RetryPolicy
from rusbot.clock import STOCKHOLM, ManualClock
from scheduling.service import Reminders
from scheduling.store import CANCELLED, EXPIRED, PENDING, SENT, UNKNOWN
from tests import builders as b
from tests.conftest import RunningBot, make_settings, start_bot
from tests.fakes.connector import FakeConnector, Recorded, Scripted, teams_error
from tests.fakes.consultation import FakeConsultationStatus

COORDINATOR = b.user("Sara Samordnare", aad="aad-samordnare")
KUMLA_REP = b.user("Karin Kumla", aad="aad-karin")
NORA_REP = b.user("Nils Nora", aad="aad-nils")
LAXA_REP = b.user("Lars Laxå", aad="aad-lars")
CHECK_IN = "meeting:avstamning-11-mars@2021-03-11:day-before"


def at(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=STOCKHOLM)  # type: ignore[misc]


@pytest.fixture
async def rbot(database_url: str, clock: ManualClock, connector: FakeConnector) -> AsyncIterator[RunningBot]:
    """The app with a coordinator, on SQLite and on PostgreSQL."""
    settings = make_settings(database_url, coordinators=[COORDINATOR["aadObjectId"]])
    runner, url = await start_bot(settings, clock, connector)
    async with aiohttp.ClientSession() as session:
        yield RunningBot(url=url, app=runner.app, session=session, connector=connector, clock=clock)
    await runner.cleanup()


def reminders_of(bot: RunningBot) -> Reminders:
    reminders = bot.services.reminders
    # The connector's own retries, without real waiting.
    reminders.connector._retry = RetryPolicy(attempts=3, base_delay=0.001, max_delay=0.01)
    return reminders


def activity_text(request: Recorded) -> str:
    body = request.body or {}
    activity = body.get("activity", body)
    texts = [activity.get("text") or ""]
    for attachment in activity.get("attachments") or []:
        texts.append(attachment["content"].get("fallbackText", ""))
    return " ".join(t for t in texts if t)


def posts_to(bot: RunningBot, channel: str) -> list[Recorded]:
    return [r for r in bot.connector.channel_posts if r.body["channelData"]["channel"]["id"] == channel]


async def install_team(bot: RunningBot) -> None:
    status, _ = await bot.post(b.installation(bot.service_url, scope="team", sender=COORDINATOR))
    assert status == 200


async def say(bot: RunningBot, activity: dict[str, Any]) -> None:
    status, _ = await bot.post(activity)
    assert status == 200


async def run(bot: RunningBot, moment: dt.datetime) -> Any:
    bot.clock.set(moment)
    return await reminders_of(bot).run_due()


async def states(bot: RunningBot) -> dict[tuple[str, str], str]:
    return {(r.reminder_id, r.conversation_id): r.state for r in await reminders_of(bot).deliveries.rows()}


async def test_meeting_reminder_arrives_once_in_the_install_channel_at_nine(rbot: RunningBot) -> None:
    await install_team(rbot)
    await run(rbot, at(2021, 3, 10, 8, 59, 59))
    assert rbot.connector.channel_posts == []
    await run(rbot, at(2021, 3, 10, 9, 0))
    [post] = rbot.connector.channel_posts
    assert post.body["channelData"]["channel"]["id"] == b.GENERAL_CHANNEL
    assert post.body["channelData"]["tenant"]["id"] == b.TENANT and post.body["tenantId"] == b.TENANT
    assert post.body["isGroup"] is True and post.body["bot"]["id"] == b.BOT_ID
    text = activity_text(post)
    assert "Påminnelse: Avstämning med partnerskapet" in text
    assert "torsdag 11 mars 2021" in text and "kl." not in text
    assert "Förbered: Vad ska uppdateras i RUS" in text
    for _ in range(3):
        await run(rbot, at(2021, 3, 10, 9, 30))
    assert len(rbot.connector.channel_posts) == 1
    assert (await states(rbot))[(CHECK_IN, b.GENERAL_CHANNEL)] == SENT


async def test_consultation_after_downtime_sends_only_the_latest_with_status_and_button(rbot: RunningBot) -> None:
    rbot.services.reminders.status = FakeConsultationStatus(
        submitted={"kumla", "nora", "orebro", "laxa", "lekeberg", "askersund", "degerfors"})
    await install_team(rbot)
    # The bot was down on 16 Sept (14 days) and 23 Sept (7 days): only the 7-day one goes out.
    await run(rbot, at(2021, 9, 24, 10, 0))
    [post] = rbot.connector.channel_posts
    text = activity_text(post)
    assert "6 dagar kvar till remissen stänger" in text
    assert "torsdag 30 september 2021" in text
    assert "7 av 17 har svarat" in text
    [card] = [a["content"] for a in post.body["activity"]["attachments"]]
    assert card["version"] == "1.5"
    assert card["actions"] == [{"type": "Action.Submit", "title": "Lämna remissvar",
                                "data": {"msteams": {"type": "task/fetch"}, "action": "remissvar.open",
                                         "language": "sv"}}]
    rows = await states(rbot)
    assert rows[("consultation:remiss@2021-09-30:14d", b.GENERAL_CHANNEL)] == EXPIRED
    assert rows[("consultation:remiss@2021-09-30:7d", b.GENERAL_CHANNEL)] == SENT
    # The last day, at 09:00.
    await run(rbot, at(2021, 9, 30, 9, 0))
    texts = [activity_text(p) for p in rbot.connector.channel_posts]
    assert len(texts) == 2 and "Idag är sista dagen för remissvar" in texts[1]


async def test_nudges_to_representatives_who_have_not_answered(rbot: RunningBot) -> None:
    status = FakeConsultationStatus(submitted={"nora"}, granted={"laxa": dt.date(2021, 10, 15)},
                                    reps={"kumla": ["aad-karin"], "nora": ["aad-nils"], "laxa": ["aad-lars"],
                                          "orebro": ["aad-olle"]})
    rbot.services.reminders.status = status
    for rep in (KUMLA_REP, NORA_REP, LAXA_REP, COORDINATOR):
        await say(rbot, b.installation(rbot.service_url, sender=rep))
    rbot.connector.clear()
    await run(rbot, at(2021, 9, 23, 9, 0))
    # Olle (Örebro) has no personal chat and the bot is in no team: he cannot be reached, and the
    # coordinators are told.
    [told] = rbot.connector.to("a:personal-aad-samordnare")
    assert "företrädare för Örebro: ingen personlig chatt med boten" in told.text
    [nudge] = [r for r in rbot.connector.sent if r is not told]
    assert nudge.conversation_id == "a:personal-aad-karin"
    assert "Kumla har inte lämnat något remissvar" in activity_text(nudge)
    assert "(7 dagar kvar)" in activity_text(nudge)
    # Karin turns nudges off: no 1-day nudge for her.
    await say(rbot, b.personal_message(rbot.service_url, "påminn mig av", sender=KUMLA_REP))
    assert "inga personliga påminnelser" in rbot.connector.sent[-1].text
    rbot.connector.clear()
    await run(rbot, at(2021, 9, 29, 9, 0))
    assert rbot.connector.sent == []
    # Laxå has an extension to 15 October: its nudges come 7 and 1 days before that.
    await run(rbot, at(2021, 10, 8, 9, 0))
    [laxa] = rbot.connector.sent
    assert laxa.conversation_id == "a:personal-aad-lars" and "fredag 15 oktober 2021" in activity_text(laxa)


async def test_429_with_retry_after_then_success_posts_once(rbot: RunningBot) -> None:
    await install_team(rbot)
    rbot.connector.clear()
    rbot.connector.answer_next(*[Scripted(429, headers={"Retry-After": "0.01"})] * 2)
    await run(rbot, at(2021, 3, 10, 9, 0))
    assert len(rbot.connector.channel_posts) == 1
    assert (await states(rbot))[(CHECK_IN, b.GENERAL_CHANNEL)] == SENT


async def test_503_is_retried_until_it_goes_through(rbot: RunningBot) -> None:
    await install_team(rbot)
    # More 503s than the connector's own attempts: the row stays pending and is retried later.
    rbot.connector.answer_next(*[Scripted(503)] * 3)
    report = await run(rbot, at(2021, 3, 10, 9, 0))
    assert report.retry == 1 and rbot.connector.channel_posts == []
    assert (await states(rbot))[(CHECK_IN, b.GENERAL_CHANNEL)] == PENDING
    await run(rbot, at(2021, 3, 10, 9, 0, 30))      # not yet: the retry waits a minute or so
    assert rbot.connector.channel_posts == []
    await run(rbot, at(2021, 3, 10, 9, 2))
    assert len(rbot.connector.channel_posts) == 1
    await run(rbot, at(2021, 3, 10, 12, 0))
    assert len(rbot.connector.channel_posts) == 1


@pytest.mark.parametrize("status", [500, 502])
async def test_a_server_error_to_a_post_is_unknown_not_resent_and_said(
        rbot: RunningBot, status: int, caplog: pytest.LogCaptureFixture) -> None:
    # A 500/502 to CreateConversation (the channel post; Bot Connector REST API reference,
    # https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-api-reference) may come
    # after the message was posted: resending could post it twice, dropping it would say nothing.
    await install_team(rbot)
    await say(rbot, b.installation(rbot.service_url, sender=COORDINATOR))
    rbot.connector.clear()
    rbot.connector.answer_next(Scripted(status, body={"error": {"code": "ServiceError"}}))
    with caplog.at_level(logging.WARNING, logger="scheduling.service"):
        report = await run(rbot, at(2021, 3, 10, 9, 0))
    posts = [r for r in rbot.connector.requests if r.method == "POST" and r.path == "/v3/conversations"]
    assert report.unknown == 1 and report.retry == 0 and posts == []    # one try, answered with the error
    assert (await states(rbot))[(CHECK_IN, b.GENERAL_CHANNEL)] == UNKNOWN
    assert any("outcome unknown" in r.getMessage() and CHECK_IN in r.getMessage() for r in caplog.records)
    [told] = rbot.connector.to("a:personal-aad-samordnare")
    assert "inget säkert svar" in told.text and CHECK_IN in told.text
    await run(rbot, at(2021, 3, 10, 12, 0))
    assert rbot.connector.channel_posts == []


async def test_failing_until_too_late_expires_and_tells_the_coordinators(rbot: RunningBot) -> None:
    await install_team(rbot)
    await say(rbot, b.installation(rbot.service_url, sender=COORDINATOR))
    rbot.connector.answer_next(*[Scripted(503)] * 3)
    await run(rbot, at(2021, 3, 10, 9, 0))
    rbot.connector.clear()
    await run(rbot, at(2021, 3, 11, 0, 0))          # the meeting day has begun: too late
    assert rbot.connector.channel_posts == []
    assert (await states(rbot))[(CHECK_IN, b.GENERAL_CHANNEL)] == EXPIRED
    [report] = rbot.connector.to("a:personal-aad-samordnare")
    assert "kunde inte skickas" in report.text and CHECK_IN in report.text


async def test_bot_not_in_roster_marks_the_conversation_inactive_and_tells_the_coordinators(rbot: RunningBot) -> None:
    await install_team(rbot)
    await say(rbot, b.installation(rbot.service_url, sender=COORDINATOR))
    rbot.connector.clear()
    # Microsoft Learn, "Status codes from bot conversational APIs": 403 BotNotInConversationRoster,
    # "The bot isn't part of the conversation. App needs to be reinstalled in conversation."
    rbot.connector.answer_next(teams_error(403, "BotNotInConversationRoster",
                                           "The bot isn't part of the conversation roster."))
    await run(rbot, at(2021, 3, 10, 9, 0))
    assert rbot.connector.channel_posts == []
    record = await rbot.services.conversations.get(b.GENERAL_CHANNEL)
    assert record is not None and record.active is False
    [report] = rbot.connector.to("a:personal-aad-samordnare")
    assert "teamets allmänna kanal (General): boten är inte längre med där" in report.text
    # Nothing more goes there.
    await run(rbot, at(2021, 9, 16, 9, 0))
    assert rbot.connector.channel_posts == []
    assert all(state != PENDING for (_, conv), state in (await states(rbot)).items() if conv == b.GENERAL_CHANNEL)


async def test_dropped_response_is_unknown_and_never_resent(rbot: RunningBot) -> None:
    await install_team(rbot)
    rbot.connector.clear()
    rbot.connector.answer_next(Scripted(200, drop=True))
    report = await run(rbot, at(2021, 3, 10, 9, 0))
    assert report.unknown == 1
    assert len(rbot.connector.channel_posts) == 1     # it reached the connector; we just never heard back
    assert (await states(rbot))[(CHECK_IN, b.GENERAL_CHANNEL)] == UNKNOWN
    await run(rbot, at(2021, 3, 10, 10, 0))
    assert len(rbot.connector.channel_posts) == 1


async def test_restart_in_the_middle_changes_nothing(database_url: str, clock: ManualClock,
                                                     connector: FakeConnector) -> None:
    settings = make_settings(database_url)

    async def running() -> tuple[Any, RunningBot, aiohttp.ClientSession]:
        runner, url = await start_bot(settings, clock, connector)
        session = aiohttp.ClientSession()
        return runner, RunningBot(url=url, app=runner.app, session=session, connector=connector, clock=clock), session

    runner, bot, session = await running()
    await install_team(bot)
    await run(bot, at(2021, 3, 10, 9, 0))
    before = await states(bot)
    await session.close()
    await runner.cleanup()

    runner, bot, session = await running()       # start-up reconciles and dispatches again
    await run(bot, at(2021, 3, 10, 9, 5))
    assert len(connector.channel_posts) == 1
    assert await states(bot) == before
    await run(bot, at(2021, 9, 16, 9, 0))
    assert len(connector.channel_posts) == 2
    await session.close()
    await runner.cleanup()


async def test_coordinator_picks_and_stops_channels(rbot: RunningBot) -> None:
    await install_team(rbot)
    other = "19:rus-arbete@thread.tacv2"
    # Not a coordinator: refused.
    await say(rbot, b.channel_message(rbot.service_url, "påminnelser här", channel=other))
    assert "bara för samordnarna" in rbot.connector.sent[-1].text
    await say(rbot, b.channel_message(rbot.service_url, "påminnelser här", sender=COORDINATOR, channel=other))
    assert "påminnelserna kommer hit" in rbot.connector.sent[-1].text
    await run(rbot, at(2021, 3, 10, 9, 0))
    assert [p.body["channelData"]["channel"]["id"] for p in rbot.connector.channel_posts] == [other]
    # Stopped there, and no other channel picked: the install channel is the default again.
    await say(rbot, b.channel_message(rbot.service_url, "påminnelser av", sender=COORDINATOR, channel=other))
    await run(rbot, at(2021, 9, 16, 9, 0))
    assert [p.body["channelData"]["channel"]["id"] for p in rbot.connector.channel_posts] == [other, b.GENERAL_CHANNEL]
    assert (await states(rbot))[("consultation:remiss@2021-09-30:7d", other)] == CANCELLED
    # Stopped in the install channel too: the team gets none.
    await say(rbot, b.channel_message(rbot.service_url, "påminnelser av", sender=COORDINATOR))
    await run(rbot, at(2021, 9, 23, 9, 0))
    assert len(rbot.connector.channel_posts) == 2


async def test_anyone_can_list_what_is_coming(rbot: RunningBot) -> None:
    await install_team(rbot)
    await say(rbot, b.channel_message(rbot.service_url, "påminnelser"))
    text = rbot.connector.sent[-1].text
    assert "10 mars 2021 kl. 09:00 – Avstämning med partnerskapet" in text
    assert "remissen stänger 30 september 2021 (14 dagar kvar)" in text
    assert "Den här kanalen får påminnelserna" in text


async def test_a_wake_that_comes_after_stop_sends_and_reads_nothing(rbot: RunningBot) -> None:
    """APScheduler may start a wake that was due just as the app stops (the terminal chat ends two
    seconds after an install asked for one): it must not touch the database being closed."""
    await install_team(rbot)
    rbot.clock.set(at(2021, 3, 10, 9, 0))
    reminders = reminders_of(rbot)
    await reminders.stop(grace=1)
    assert await reminders.tick() is None
    assert (await reminders.run_due()).sent == 0
    assert rbot.connector.channel_posts == []
    await reminders.start()       # started again, it sends what is due
    assert (await reminders.run_due()).sent == 1


async def test_stop_lets_a_wake_in_flight_finish(rbot: RunningBot) -> None:
    """APScheduler's shutdown cancels the jobs it runs: stop() waits for the dispatch first."""
    services = rbot.services
    reminders = Reminders(services.db, services.process, rbot.clock, services.connector, services.conversations,
                          scheduler=True)
    await reminders.start()           # plans a wake at once (what was missed while down)
    entered, release, finished = asyncio.Event(), asyncio.Event(), []
    reconcile = reminders.reconcile

    async def held_reconcile() -> None:
        entered.set()
        await release.wait()
        await reconcile()
        finished.append(True)

    reminders.reconcile = held_reconcile  # type: ignore[method-assign]
    await asyncio.wait_for(entered.wait(), 10)
    stopping = asyncio.create_task(reminders.stop(grace=10))
    for _ in range(5):
        await asyncio.sleep(0)
    release.set()
    await stopping
    assert finished == [True]


async def test_the_list_shows_personal_nudges_only_to_whom_they_go(rbot: RunningBot) -> None:
    """An unlinked user saw "personlig påminnelse till askersund" (another organisation's nudge, by its id)."""
    rbot.clock.set(at(2021, 9, 20, 10, 0))
    store = rbot.services.inputs.store
    await store.set_link("aad-karin", "kumla", status="confirmed", source="coordinator", now=rbot.clock.now())
    stranger = b.user("Ulla Okopplad", aad="aad-ulla")
    await say(rbot, b.personal_message(rbot.service_url, "påminnelser", sender=stranger))
    text = rbot.connector.sent[-1].text
    assert "remissen stänger 30 september 2021 (1 dag kvar)" in text and "(1 dagar kvar)" not in text
    assert "personlig" not in text and "askersund" not in text.casefold()
    await say(rbot, b.personal_message(rbot.service_url, "påminnelser", sender=KUMLA_REP))
    text = rbot.connector.sent[-1].text
    assert "23 september 2021 kl. 09:00 – personlig påminnelse till dig, om remissvaret från Kumla inte är " \
           "inskickat då" in text
    assert "kumla" not in text and "askersund" not in text.casefold()
    await say(rbot, b.personal_message(rbot.service_url, "reminders", sender=KUMLA_REP))
    text = rbot.connector.sent[-1].text
    assert "(1 day left)" in text and "a personal reminder to you, if Kumla's response" in text
    # Nudges turned off: none listed. Submitted: none listed.
    await say(rbot, b.personal_message(rbot.service_url, "påminn mig av", sender=KUMLA_REP))
    await say(rbot, b.personal_message(rbot.service_url, "påminnelser", sender=KUMLA_REP))
    assert "personlig" not in rbot.connector.sent[-1].text
    await say(rbot, b.personal_message(rbot.service_url, "påminn mig på", sender=KUMLA_REP))
    rbot.services.reminders.status = FakeConsultationStatus(submitted={"kumla"})
    await say(rbot, b.personal_message(rbot.service_url, "påminnelser", sender=KUMLA_REP))
    assert "personlig" not in rbot.connector.sent[-1].text
    # The coordinators see that the nudges exist, once per time, no organisation named.
    await say(rbot, b.personal_message(rbot.service_url, "påminnelser", sender=COORDINATOR))
    text = rbot.connector.sent[-1].text
    assert text.count("personliga påminnelser till företrädarna för de organisationer som inte har lämnat") == 2
    # In a channel nobody's personal nudges are listed.
    await say(rbot, b.channel_message(rbot.service_url, "påminnelser", sender=KUMLA_REP))
    assert "personlig" not in rbot.connector.sent[-1].text


async def test_coordinator_adds_and_moves_a_meeting_with_the_form(rbot: RunningBot) -> None:
    await install_team(rbot)
    await say(rbot, b.personal_message(rbot.service_url, "nytt möte", sender=COORDINATOR))
    [form] = rbot.connector.sent[-1].cards
    assert form["actions"][0]["data"]["action"] == "reminders.meeting.save"
    submit = b.personal_message(rbot.service_url, "", sender=COORDINATOR,
                                value={"action": "reminders.meeting.save", "name": "Workshop om RUS",
                                       "date": "2021-04-20", "time": "13:30",
                                       "link": "https://teams.microsoft.com/l/meetup-join/abc",
                                       "prepare": "Läs utkastet"})
    await say(rbot, submit)
    assert "Sparat" in rbot.connector.sent[-1].text
    await run(rbot, at(2021, 4, 20, 12, 30))
    [post] = rbot.connector.channel_posts[-1:]
    text = activity_text(post)
    assert "Workshop om RUS" in text and "tisdag 20 april 2021 kl. 13:30" in text
    assert "[Teams-mötet](https://teams.microsoft.com/l/meetup-join/abc)" in text and "Förbered: Läs utkastet" in text
    # Move it to 14:30: the hour-before reminder is already sent; a later meeting same day is not resent,
    # but a move to another day is a new occurrence with its own reminders.
    moved = dict(submit, value={**submit["value"], "id": "workshop-om-rus-2021-04-20", "date": "2021-04-27"})
    moved["id"] = "act-moved"
    await say(rbot, moved)
    count = len(rbot.connector.channel_posts)
    await run(rbot, at(2021, 4, 26, 9, 0))
    assert len(rbot.connector.channel_posts) == count + 1
    assert "tisdag 27 april 2021" in activity_text(rbot.connector.channel_posts[-1])
    # Cancel it: its pending 1-hour reminder goes away.
    await say(rbot, b.personal_message(rbot.service_url, "ställ in möte workshop-om-rus-2021-04-20",
                                       sender=COORDINATOR))
    assert "inställt" in rbot.connector.sent[-1].text
    await run(rbot, at(2021, 4, 27, 12, 30))
    assert len(rbot.connector.channel_posts) == count + 1


def _labels(card: dict[str, Any]) -> list[str]:
    return [e["label"] for e in card["body"] if str(e.get("type", "")).startswith("Input.")]


async def test_english_reminder_commands_get_english_answers(rbot: RunningBot) -> None:
    await install_team(rbot)
    # The command word is the text's language, even with a Swedish locale.
    await say(rbot, b.channel_message(rbot.service_url, "reminders"))
    text = rbot.connector.sent[-1].text
    assert "**Upcoming reminders:**" in text
    assert "10 March 2021 at 09:00 – " in text and "(Thursday 11 March 2021)" in text
    assert "the consultation closes 30 September 2021 (14 days left)" in text
    assert "This channel receives the reminders." in text
    assert "mars" not in text and "kl." not in text and "påminnelser" not in text
    other = "19:rus-arbete@thread.tacv2"
    await say(rbot, b.channel_message(rbot.service_url, "reminders here", channel=other))
    assert "That command is for the coordinators only." in rbot.connector.sent[-1].text
    await say(rbot, b.channel_message(rbot.service_url, "reminders here", sender=COORDINATOR, channel=other))
    assert "Done: reminders will come here." in rbot.connector.sent[-1].text
    await say(rbot, b.channel_message(rbot.service_url, "reminders", channel=other))
    assert "This channel receives the reminders." in rbot.connector.sent[-1].text
    await say(rbot, b.channel_message(rbot.service_url, "reminders off", sender=COORDINATOR, channel=other))
    assert "Done: no reminders here." in rbot.connector.sent[-1].text
    await say(rbot, b.channel_message(rbot.service_url, "reminders", channel=other))
    assert "This channel does not receive the reminders (a coordinator can write **reminders here**)." \
        in rbot.connector.sent[-1].text
    await say(rbot, b.personal_message(rbot.service_url, "reminders here", sender=COORDINATOR))
    assert rbot.connector.sent[-1].text == "Write it in the channel it is about."
    # Nudges.
    await say(rbot, b.personal_message(rbot.service_url, "nudges off", sender=KUMLA_REP))
    assert rbot.connector.sent[-1].text == "Done: no personal reminders for you. Write **nudges on** to undo."
    await say(rbot, b.personal_message(rbot.service_url, "nudges on", sender=KUMLA_REP))
    assert rbot.connector.sent[-1].text == "Done: I will remind you about the consultation response."
    # The channel posts stay Swedish, whatever language the coordinator chose them in.
    await run(rbot, at(2021, 3, 10, 9, 0))
    assert "Påminnelse: Avstämning med partnerskapet" in activity_text(rbot.connector.channel_posts[-1])


async def test_swedish_reminder_commands_stay_swedish_also_with_an_english_locale(rbot: RunningBot) -> None:
    await install_team(rbot)
    await say(rbot, b.channel_message(rbot.service_url, "påminnelser", locale="en-US"))
    text = rbot.connector.sent[-1].text
    assert "**Kommande påminnelser:**" in text
    assert "10 mars 2021 kl. 09:00 – Avstämning med partnerskapet (torsdag 11 mars 2021)" in text
    await say(rbot, b.personal_message(rbot.service_url, "påminn mig av", sender=KUMLA_REP, locale="en-US"))
    assert rbot.connector.sent[-1].text == ("Klart: jag skickar inga personliga påminnelser till dig. "
                                            "Skriv **påminn mig på** för att ångra.")
    await say(rbot, b.personal_message(rbot.service_url, "paminn mig pa", sender=KUMLA_REP, locale="en-US"))
    assert rbot.connector.sent[-1].text == "Klart: jag påminner dig om remissvaret."
    await say(rbot, b.personal_message(rbot.service_url, "möten", sender=COORDINATOR, locale="en-US"))
    text = rbot.connector.sent[-1].text
    assert text.startswith("**Möten:**") and "torsdag 11 mars 2021" in text
    assert text.endswith("Skriv **nytt möte**, **flytta möte <id>** eller **ställ in möte <id>**.")
    await say(rbot, b.personal_message(rbot.service_url, "nytt möte", sender=COORDINATOR, locale="en-US"))
    reply = rbot.connector.sent[-1]
    [form] = reply.cards
    assert reply.text == "Fyll i mötet:"
    assert _labels(form)[:2] == ["Vad gäller mötet?", "Datum"]
    assert form["actions"][0]["title"] == "Spara mötet"
    assert form["actions"][0]["data"] == {"action": "reminders.meeting.save", "language": "sv"}
    await say(rbot, b.personal_message(rbot.service_url, "ställ in möte finns-inte", sender=COORDINATOR))
    assert rbot.connector.sent[-1].text == "Jag hittar inte det mötet. Skriv **möten** för att se id:na."


async def test_english_meeting_commands_and_form(rbot: RunningBot) -> None:
    await install_team(rbot)
    await say(rbot, b.personal_message(rbot.service_url, "meetings", sender=COORDINATOR))
    text = rbot.connector.sent[-1].text
    assert text.startswith("**Meetings:**") and "Thursday 11 March 2021" in text
    assert text.endswith("Write **new meeting**, **move meeting <id>** or **cancel meeting <id>**.")
    await say(rbot, b.personal_message(rbot.service_url, "new meeting", sender=COORDINATOR))
    reply = rbot.connector.sent[-1]
    [form] = reply.cards
    assert reply.text == "Fill in the meeting:"
    assert form["body"][0]["text"] == "New meeting"
    assert _labels(form) == ["What is the meeting about?", "Date", "Time (empty if only the date is known)",
                             "Link to the Teams meeting (optional)",
                             "What should the participants prepare? (optional)"]
    assert form["actions"][0]["title"] == "Save the meeting"
    data = form["actions"][0]["data"]
    assert data == {"action": "reminders.meeting.save", "language": "en"}
    # The submit has no text: the form's language decides the answer, not the (Swedish) locale.
    value = {**data, "name": "RUS workshop", "date": "2021-04-20", "time": "half past one"}
    await say(rbot, b.personal_message(rbot.service_url, "", sender=COORDINATOR, value=value))
    assert rbot.connector.sent[-1].text == "Write the time as hh:mm."
    await say(rbot, b.personal_message(rbot.service_url, "", sender=COORDINATOR, value={**value, "time": "13:30"}))
    assert rbot.connector.sent[-1].text == \
        "Saved: **RUS workshop**, 20 April 2021 at 13:30. The reminders are planned."
    await say(rbot, b.personal_message(rbot.service_url, "move meeting rus-workshop-2021-04-20", sender=COORDINATOR))
    reply = rbot.connector.sent[-1]
    [form] = reply.cards
    assert reply.text == "Change what should change:" and form["body"][0]["text"] == "Move meeting"
    assert form["actions"][0]["data"] == {"action": "reminders.meeting.save", "language": "en",
                                          "id": "rus-workshop-2021-04-20"}
    await say(rbot, b.personal_message(rbot.service_url, "cancel meeting nothing-like-it", sender=COORDINATOR))
    assert rbot.connector.sent[-1].text == "I cannot find that meeting. Write **meetings** to see the ids."
    await say(rbot, b.personal_message(rbot.service_url, "cancel meeting rus-workshop-2021-04-20",
                                       sender=COORDINATOR))
    assert rbot.connector.sent[-1].text == "Done: RUS workshop is cancelled and its reminders are removed."
    # Swedish again in the same chat: Swedish answers.
    await say(rbot, b.personal_message(rbot.service_url, "ställ in möte avstamning-11-mars", sender=COORDINATOR))
    assert "är inställt och dess påminnelser är borttagna" in rbot.connector.sent[-1].text


async def test_calendar_is_served(rbot: RunningBot) -> None:
    async with rbot.session.get(f"{rbot.url}/calendar.ics") as response:
        assert response.status == 200
        assert response.content_type == "text/calendar"
        body = await response.read()
    assert body.startswith(b"BEGIN:VCALENDAR\r\n") and b"Avst\xc3\xa4mning med partnerskapet" in body


async def test_the_alarm_wakes_the_dispatcher_by_itself(sqlite_url: str, connector: FakeConnector) -> None:
    clock = ManualClock(at(2021, 3, 10, 8, 59, 59))
    runner, url = await start_bot(make_settings(sqlite_url, scheduler=True), clock, connector)
    async with aiohttp.ClientSession() as session:
        bot = RunningBot(url=url, app=runner.app, session=session, connector=connector, clock=clock)
        await install_team(bot)
        await asyncio.sleep(0.3)                     # the alarm runs, nothing is due yet
        assert connector.channel_posts == []
        clock.set(at(2021, 3, 10, 9, 0))             # the wall time of the next wake is about now
        for _ in range(100):
            if connector.channel_posts:
                break
            await asyncio.sleep(0.05)
        assert len(connector.channel_posts) == 1
    await runner.cleanup()


async def test_installing_just_before_a_reminder_posts_it_once(rbot: RunningBot) -> None:
    # Issue 10 item 10: installed at 08:59:37 on 29 September, the 1-day reminder came twice
    # ("1 dag kvar" as a catch-up of the missed 7-day one, then at 09:00).
    rbot.clock.set(at(2021, 9, 29, 8, 59, 37))
    await install_team(rbot)
    await run(rbot, at(2021, 9, 29, 8, 59, 39))
    assert rbot.connector.channel_posts == []
    await run(rbot, at(2021, 9, 29, 9, 0))
    [post] = rbot.connector.channel_posts
    assert "1 dag kvar" in activity_text(post)
    await run(rbot, at(2021, 9, 29, 12, 0))
    assert len(rbot.connector.channel_posts) == 1
    await run(rbot, at(2021, 9, 30, 9, 0))
    assert len(rbot.connector.channel_posts) == 2 and "Idag är sista dagen" in activity_text(
        rbot.connector.channel_posts[1])


async def test_installing_the_evening_before_still_catches_up(rbot: RunningBot) -> None:
    rbot.clock.set(at(2021, 9, 28, 18, 0))
    await install_team(rbot)
    await run(rbot, at(2021, 9, 28, 18, 0, 2))
    [post] = rbot.connector.channel_posts
    assert "2 dagar kvar" in activity_text(post)
    await run(rbot, at(2021, 9, 29, 9, 0))
    assert len(rbot.connector.channel_posts) == 2 and "1 dag kvar" in activity_text(rbot.connector.channel_posts[1])
