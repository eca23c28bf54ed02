"""Issue 11.6: per-user and per-organisation limits, over HTTP against the real app. The attack
(hundreds of inspel from one user in seconds) is cut at the limit, with a clear answer saying how
long to wait; the limits hold across two bot processes on one database; coordinators are not held up.

Invoke bodies follow Microsoft's contracts: task/submit answers a `continue` with a card or a
`message` (https://learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/task-modules/
task-modules-bots), adaptiveCard/action answers statusCode 200 with an activity message
(https://learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/universal-actions-for-
adaptive-cards/work-with-universal-actions-for-adaptive-cards)."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from typing import Any

from tests import builders as b
from tests.conftest import RunningBot
from tests.input_support import COORDINATOR, KUMLA_ANNA, KUMLA_BERIT, OREBRO_OLLE, InputBot, card_of, inputs_of

INSPEL = {"action": "inspel.submit", "topic": "annat", "change": "Lägg till ett mål om kompetensförsörjning.",
          "reason": "Bristen på undersköterskor växer i hela länet.", "reference": ""}


def submit(bot: RunningBot, sender: dict[str, Any], **values: Any) -> dict[str, Any]:
    return b.task_submit(bot.service_url, {**INSPEL, "submission": uuid.uuid4().hex, **values}, sender)


def outcome(body: dict[str, Any]) -> str:
    """"saved", "form" (the form back, with its notice) or the text of a message."""
    task = body["task"]
    if task["type"] == "message":
        return "saved" if "är sparat" in task["value"] or "is saved" in task["value"] else task["value"]
    return "form"


def notice(form: dict[str, Any]) -> str:
    return next(block["items"][0]["text"] for block in form["body"] if block.get("style") == "warning")


async def test_two_hundred_inspel_from_one_user_stop_at_the_limit(harness: InputBot) -> None:
    bot = harness.bot
    assert bot is not None
    bodies = [(await bot.post(submit(bot, KUMLA_ANNA, change=f"Förslag {n}.")))[1] for n in range(200)]
    outcomes = [outcome(body) for body in bodies]
    assert outcomes[:30] == ["saved"] * 30
    assert len(await bot.services.inputs.store.own_inspel("aad-anna")) == 30
    # The 31st comes back as a form, filled in as it was sent, saying how long to wait.
    assert outcomes[30] == "form"
    form = card_of(bodies[30])
    assert "Vänta 20 sekunder och försök igen" in notice(form) and "inte sparat" in notice(form)
    assert inputs_of(form)["change"]["value"] == "Förslag 30."
    # Past the command limit (60 a minute) the bot answers without looking at the form at all.
    assert "Du skickar väldigt mycket till mig just nu. Vänta 1 sekund" in outcomes[60]
    assert set(outcomes[31:60]) == {"form"} and all("Vänta" in o for o in outcomes[60:])
    # Time passes (the bot's clock): one more every 20 seconds, none lost, none twice.
    bot.clock.advance(dt.timedelta(seconds=20))
    assert outcome((await bot.post(submit(bot, KUMLA_ANNA)))[1]) == "saved"
    assert outcome((await bot.post(submit(bot, KUMLA_ANNA)))[1]) == "form"
    assert len(await bot.services.inputs.store.own_inspel("aad-anna")) == 31
    # Someone else is not held up by Anna.
    assert outcome((await bot.post(submit(bot, OREBRO_OLLE)))[1]) == "saved"


async def test_an_organisation_has_a_limit_of_its_own(sqlite_url: str, tmp_path: Any, clock: Any,
                                                      connector: Any) -> None:
    async with InputBot.running(sqlite_url, tmp_path, clock, connector, limit_org_submissions="3/h") as harness:
        bot = harness.bot
        assert bot is not None
        results = [outcome((await bot.post(submit(bot, person)))[1])
                   for person in (KUMLA_ANNA, KUMLA_BERIT, KUMLA_ANNA, KUMLA_BERIT)]
        assert results == ["saved", "saved", "saved", "form"]
        status, body = await bot.post(submit(bot, KUMLA_BERIT))
        assert status == 200
        assert "Det har kommit väldigt många inspel och svar från Kumla" in notice(card_of(body))
        assert "20 minuter" in notice(card_of(body))
        assert outcome((await bot.post(submit(bot, OREBRO_OLLE)))[1]) == "saved"    # Örebro has its own


async def test_the_limit_speaks_english_to_english_users(sqlite_url: str, tmp_path: Any, clock: Any,
                                                         connector: Any) -> None:
    async with InputBot.running(sqlite_url, tmp_path, clock, connector, limit_user_commands="2/min") as harness:
        bot = harness.bot
        assert bot is not None
        before = len(connector.sent)
        for _ in range(3):
            status, _ = await bot.post(b.personal_message(bot.service_url, "When is the deadline?", KUMLA_ANNA,
                                                          locale="en-US"))
            assert status == 200
        replies = [r.text for r in (await connector.wait_for(before + 3))[before:]]
        assert replies[2] == "You are sending me a lot right now. Please wait 30 seconds and try again."
        # An Action.Execute press gets its answer in the invoke response itself.
        activity = b.card_execute(bot.service_url, "poll.vote", {"poll_id": 1, "option": 0}, KUMLA_ANNA)
        activity["locale"] = "en-US"
        status, body = await bot.post(activity)
        assert status == 200 and body["statusCode"] == 200
        assert body["type"] == "application/vnd.microsoft.activity.message"
        assert "Please wait" in body["value"] and "try again" in body["value"]


async def test_coordinators_are_not_held_up(harness: InputBot) -> None:
    bot = harness.bot
    assert bot is not None
    before = len(bot.connector.sent)
    for _ in range(80):          # more than a partner may send in a minute
        status, _ = await bot.post(b.personal_message(bot.service_url, "status", COORDINATOR))
        assert status == 200
    replies = (await bot.connector.wait_for(before + 80))[before:]
    assert all(r.cards and "Status per remissinstans" in json.dumps(r.cards, ensure_ascii=False) for r in replies)


async def test_the_limits_hold_across_two_bot_processes(database_url: str, tmp_path: Any, clock: Any,
                                                        connector: Any) -> None:
    """Two apps on one database (as two `python -m bot` behind a load balancer): one budget."""
    async with InputBot.running(database_url, tmp_path / "a", clock, connector) as first, \
            InputBot.running(database_url, tmp_path / "b", clock, connector) as second:
        bots = [first.bot, second.bot]
        assert None not in bots
        results = [outcome((await bots[n % 2].post(submit(bots[n % 2], KUMLA_ANNA)))[1])  # type: ignore[union-attr]
                   for n in range(40)]
        assert results.count("saved") == 30
        assert len(await first.bot.services.inputs.store.own_inspel("aad-anna")) == 30  # type: ignore[union-attr]


async def test_a_refused_remissvar_save_keeps_what_was_written(sqlite_url: str, tmp_path: Any, clock: Any,
                                                                connector: Any) -> None:
    from rusbot.consultation import OPEN_REMISSVAR_ACTION

    async with InputBot.running(sqlite_url, tmp_path, clock, connector, limit_user_submissions="1/h") as harness:
        bot = harness.bot
        assert bot is not None
        status, body = await bot.post(b.task_fetch(bot.service_url, OPEN_REMISSVAR_ACTION, KUMLA_ANNA))
        version = next(a["data"]["version"] for a in card_of(body)["actions"])
        draft = {"action": "remissvar.save", "intent": "draft", "version": version,
                 "comment_vision": "Visionen behöver en tydligare koppling till landsbygden."}
        status, body = await bot.post(b.task_submit(bot.service_url, draft, KUMLA_ANNA))
        assert body["task"]["type"] == "message" and "Utkastet är sparat" in body["task"]["value"]
        status, body = await bot.post(b.task_submit(bot.service_url, {**draft, "version": version + 1,
                                                                      "comment_vision": "Andra versionen."},
                                                    KUMLA_ANNA))
        assert status == 200
        form = card_of(body)
        assert "Vänta 60 minuter" in notice(form)
        assert inputs_of(form)["comment_vision"]["value"] == "Andra versionen."
        record = await bot.services.inputs.store.remissvar("kumla")
        assert record is not None and record.content.comments["vision"].startswith("Visionen")
