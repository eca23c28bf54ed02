"""The conversational inspel (dialogs/) where a Teams dialog cannot open: a channel other than Teams
(the Bot Framework Emulator, local mode), over HTTP through the same RusBot handler. The terminal
chat is a Teams client and opens the Teams dialog instead (tests/protocol/test_terminal_chat.py)."""

from __future__ import annotations

from typing import Any

from rusbot.input.store import InputStore
from rusbot.process.loader import load_process
from tests import builders as b
from tests.conftest import RunningBot

PER = b.user("Per Emulator", aad="aad-per-emulator")


def emulator(bot: RunningBot, text: str) -> dict[str, Any]:
    activity = b.personal_message(bot.service_url, text, PER)
    activity["channelId"] = "emulator"
    activity.pop("channelData")
    return activity


async def test_inspel_as_a_conversation_outside_teams(bot: RunningBot) -> None:
    bot.services.settings.coordinators.append(PER["aadObjectId"])   # confirms his own link here
    replies: list[str] = []

    async def say(text: str) -> None:
        before = len(bot.connector.sent)
        status, _ = await bot.post(emulator(bot, text))
        assert status == 200
        replies.extend(r.text for r in bot.connector.sent[before:])

    for line in ["inspel",                              # no organisation yet
                 "organisation Kumla", "inspel",        # chosen: pending
                 "organisation bekräfta alla",          # the coordinator (here the same user) confirms
                 "inspel", "9", "2",                    # an invalid choice is asked again
                 "", "Lägg till ett mål om vattenförsörjning.", "Torkan 2018 visade sårbarheten.", "-",
                 "inspel", "avbryt"]:
        await say(line)
    text = "\n".join(replies)
    assert "inte kopplad till någon organisation" in text
    assert "väntar på att en samordnare" in text
    assert "Bekräftat:" in text and "Kumla" in text
    assert "Svara med en siffra" in text and "Svara med en av siffrorna" in text
    assert "Tack! Ditt inspel #1 är sparat." in text
    assert "Avbrutet – inget sparades." in text
    [record] = await InputStore(bot.services.db).active_inspel()
    assert (record.organisation_id, record.author_aad_id, record.reference) == ("kumla", "aad-per-emulator", None)
    assert record.change == "Lägg till ett mål om vattenförsörjning."
    assert record.topic == load_process().inspel_topics[1].id   # "2" chose the second
