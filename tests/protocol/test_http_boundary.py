"""The HTTP boundary: what Teams (or anyone else) can POST, and what comes back."""

from __future__ import annotations

import json

import pytest

from tests import builders as b
from tests.conftest import RunningBot


async def test_healthz(bot: RunningBot) -> None:
    async with bot.session.get(f"{bot.url}/healthz") as response:
        assert response.status == 200
        assert (await response.json())["mode"] == "local"


async def test_personal_question_is_answered_through_the_connector(bot: RunningBot) -> None:
    status, _ = await bot.post(b.personal_message(bot.service_url, "När går remissen ut?"))
    assert status == 200
    [reply] = bot.connector.sent
    assert "juni" in reply.text
    assert reply.body["replyToId"]
    assert reply.conversation_id.startswith("a:personal-")


async def test_channel_message_is_answered_only_when_mentioned(bot: RunningBot) -> None:
    await bot.post(b.channel_message(bot.service_url, "När går remissen ut?", mention_bot=False))
    assert bot.connector.sent == []
    await bot.post(b.channel_message(bot.service_url, "När går remissen ut?"))
    [reply] = bot.connector.sent
    assert "juni" in reply.text
    # The mention is removed before matching, and the asker is @mentioned in the answer.
    assert reply.text.startswith("<at>Anna Andersson</at>")
    assert reply.body["entities"][0]["mentioned"]["id"] == "29:aad-anna-andersson"


@pytest.mark.parametrize(
    ("body", "content_type", "expected"),
    [
        (b"{not json", "application/json", 400),
        (b"", "application/json", 400),
        (b"[]", "application/json", 400),
        (b'{"text": "no type"}', "application/json", 400),
        (b'{"type": "message"}', "application/json", 400),
        (b'{"type": "message", "serviceUrl": "http://127.0.0.1:1", "conversation": 5}', "application/json", 400),
        (json.dumps({"type": "message"}).encode(), "text/plain", 400),
        (b"\xff\xfe", "application/json", 400),
        (b"{" + b'"a":"' + b"x" * (1024 * 1024 + 10) + b'"}', "application/json", 413),
    ],
)
async def test_malformed_requests_get_4xx(bot: RunningBot, body: bytes, content_type: str, expected: int) -> None:
    assert await bot.post_raw(body, content_type) == expected
    assert bot.connector.requests == []


async def test_local_mode_refuses_foreign_service_urls(bot: RunningBot) -> None:
    activity = b.personal_message("https://smba.trafficmanager.net/emea/", "Vad händer nu?")
    status, _ = await bot.post(activity)
    assert status == 403
    activity = b.personal_message("http://127.0.0.1.nip.io:9/", "Vad händer nu?")
    status, _ = await bot.post(activity)
    assert status == 403


async def test_unknown_activity_types_are_acknowledged_and_ignored(bot: RunningBot) -> None:
    activity = b.personal_message(bot.service_url, "")
    activity["type"] = "somethingNew"
    status, _ = await bot.post(activity)
    assert status == 200
    assert bot.connector.sent == []


async def test_invoke_gets_200_with_its_body(bot: RunningBot) -> None:
    # CloudAdapter.process in 4.17.x answers 500 here; our handler must not.
    status, body = await bot.post(b.invoke(bot.service_url, "task/fetch", {"data": {"action": "no-such-action"}}))
    assert status == 200
    assert body["task"]["type"] == "message"
    assert "fungerar inte längre" in body["task"]["value"]


@pytest.mark.parametrize("order", ["installation-first", "conversation-update-first"])
@pytest.mark.parametrize("scope", ["personal", "team"])
async def test_install_greets_once_whatever_the_order(bot: RunningBot, order: str, scope: str) -> None:
    events = [b.installation(bot.service_url, scope=scope), b.bot_added(bot.service_url, scope=scope)]
    if order != "installation-first":
        events.reverse()
    for event in events:
        status, _ = await bot.post(event)
        assert status == 200
    [greeting] = bot.connector.sent
    if scope == "personal":
        assert "Kommandon" in greeting.text
    else:
        assert "Hej alla" in greeting.text
    # A reinstall event replayed later does not greet again.
    await bot.post(events[0])
    assert len(bot.connector.sent) == 1
