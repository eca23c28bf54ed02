"""The inputs the fuzzer found, pinned as fast regression tests against the in-process app."""

from __future__ import annotations

import json

from bot.appkeys import SERVICES
from rusbot.store.db import DatabaseUnavailable
from tests import builders as b
from tests.conftest import RunningBot


async def test_json_nested_deeper_than_64_levels_is_400_not_500(bot: RunningBot) -> None:
    for depth in (65, 1_000, 100_000):
        assert await bot.post_raw(("[" * depth + "]" * depth).encode()) == 400
    activity = json.dumps(b.personal_message(bot.service_url, "hjälp"))
    deep_value = activity[:-1] + ', "value": ' + "[" * 100 + "]" * 100 + "}"
    assert await bot.post_raw(deep_value.encode()) == 400
    shallow_value = activity[:-1] + ', "value": ' + "[" * 20 + "]" * 20 + "}"
    assert await bot.post_raw(shallow_value.encode()) == 200


async def test_lone_surrogates_in_ids_are_400(bot: RunningBot) -> None:
    activity = b.personal_message(bot.service_url, "hjälp")
    activity["conversation"]["id"] = "a:\ud800"
    assert (await bot.post(activity))[0] == 400
    activity = b.personal_message(bot.service_url, "hjälp", sender=b.user("X", aad="aad-\udfff"))
    assert (await bot.post(activity))[0] == 400
    text = b.personal_message(bot.service_url, "hej \ud800")      # in text it is only text
    assert (await bot.post(text))[0] == 200


async def test_null_members_in_a_conversation_update_do_not_fail_the_turn(bot: RunningBot) -> None:
    for field in ("membersAdded", "membersRemoved"):
        activity = b.bot_added(bot.service_url)
        activity[field] = [None, {"id": b.BOT_ID}] if field == "membersAdded" else [None]
        assert (await bot.post(activity))[0] == 200
    assert not [r for r in bot.connector.sent if "Något gick fel" in r.text]


async def test_an_invoke_whose_turn_fails_gets_200_with_a_try_again_body(bot: RunningBot) -> None:
    services = bot.app[SERVICES]
    original = services.conversations.remember

    async def unavailable(*_args: object, **_kwargs: object) -> bool:
        raise DatabaseUnavailable()

    services.conversations.remember = unavailable  # type: ignore[method-assign]
    try:
        status, body = await bot.post(b.task_fetch(bot.service_url, "inspel.open"))
        assert status == 200 and "Försök igen" in body["task"]["value"]
        status, body = await bot.post(b.card_execute(bot.service_url, "poll.vote", {"poll_id": 1}))
        assert status == 200 and "Försök igen" in body["value"]
        status, body = await bot.post(b.invoke(bot.service_url, "composeExtension/query", {}))
        assert status == 200
    finally:
        services.conversations.remember = original  # type: ignore[method-assign]
