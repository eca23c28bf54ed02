"""The conversational inspel (dialogs/) in the terminal chat, through the same RusBot handler."""

from __future__ import annotations

import io
from typing import Any

from bot.chat import run_chat
from rusbot.input.store import InputStore
from rusbot.store.db import open_database
from tests.conftest import make_settings


async def test_inspel_as_a_conversation_in_the_terminal(tmp_path: Any) -> None:
    url = f"sqlite:///{tmp_path / 'chat.db'}"
    settings = make_settings(url, data_dir=tmp_path, coordinators=["terminal-user"], now="2021-02-15T10:00:00")
    lines = ["inspel",                              # no organisation yet
             "organisation Kumla", "inspel",        # chosen: pending
             "organisation bekräfta alla",          # the coordinator (here the same user) confirms
             "inspel", "9", "2",                    # an invalid choice is asked again
             "", "Lägg till ett mål om vattenförsörjning.", "Torkan 2018 visade sårbarheten.", "-",
             "inspel", "avbryt", "sluta"]
    out = io.StringIO()
    await run_chat(settings, stdin=io.StringIO("\n".join(lines) + "\n"), stdout=out)
    text = out.getvalue()
    assert "inte kopplad till någon organisation" in text
    assert "väntar på att en samordnare" in text
    assert "Bekräftat:" in text and "Kumla" in text
    assert "Svara med en siffra" in text and "Svara med en av siffrorna" in text
    assert "Tack! Ditt inspel #1 är sparat." in text
    assert "Avbrutet – inget sparades." in text
    db = open_database(url)
    try:
        [record] = await InputStore(db).active_inspel()
    finally:
        await db.close()
    assert (record.organisation_id, record.author_aad_id, record.reference) == ("kumla", "terminal-user", None)
    assert record.change == "Lägg till ett mål om vattenförsörjning."
    from rusbot.process.loader import load_process

    assert record.topic == load_process(settings.process_file).inspel_topics[1].id   # "2" chose the second
