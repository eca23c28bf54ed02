"""Every turn keeps the conversation's reference current; a known conversation writes nothing."""

from __future__ import annotations

from tests import builders as b
from tests.conftest import RunningBot


async def test_references_follow_the_conversation(bot: RunningBot) -> None:
    anna = b.user("Anna Andersson")
    message = b.personal_message(bot.service_url, "När går remissen ut?", sender=anna)
    conversation_id = message["conversation"]["id"]
    store = bot.services.conversations

    assert (await bot.post(message))[0] == 200
    stored = await store.get(conversation_id)
    assert stored is not None and stored.active and stored.service_url == bot.service_url
    assert stored.reference["conversation"]["id"] == conversation_id

    # Uninstalled: inactive. Her next message brings it back.
    assert (await bot.post(b.installation(bot.service_url, action="remove", sender=anna)))[0] == 200
    assert not (await store.get(conversation_id)).active  # type: ignore[union-attr]
    assert (await bot.post(b.personal_message(bot.service_url, "Hej igen", sender=anna)))[0] == 200
    assert (await store.get(conversation_id)).active  # type: ignore[union-attr]

    # Teams moved the conversation to another service URL: the reference follows.
    moved = bot.service_url.replace("127.0.0.1", "localhost")
    assert (await bot.post(b.personal_message(moved, "Vad händer nu?", sender=anna)))[0] == 200
    stored = await store.get(conversation_id)
    assert stored is not None and stored.service_url == moved and stored.reference["serviceUrl"] == moved
