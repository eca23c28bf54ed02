"""The dialog-state codec (dialogs/state.py): the SDK's dialog stack as plain JSON and back, and only
the classes it lists; and the store's compare-and-set (rusbot/store/dialog_states.py)."""

from __future__ import annotations

import datetime as dt
import json
import os

import pytest
from botbuilder.core import MessageFactory
from botbuilder.dialogs import DialogInstance, DialogState
from botbuilder.dialogs.choices import Choice, ListStyle
from botbuilder.dialogs.prompts import PromptOptions

from dialogs.state import StateCodecError, decode, encode
from rusbot.store.db import open_database
from rusbot.store.dialog_states import DialogStateConflict, DialogStateStore
from tests.conftest import stockholm


def a_stack() -> DialogState:
    prompt = PromptOptions(prompt=MessageFactory.text("Vad gäller ditt inspel?"),
                           retry_prompt=MessageFactory.text("Svara med en av siffrorna."),
                           choices=[Choice("Vision"), Choice("Annat")], style=ListStyle.list_style)
    return DialogState([
        DialogInstance("inspel", {"options": {"language": "sv", "organisation": "kumla"},
                                  "values": {"change": "Text med \u00e5\u00e4\u00f6 och {\"$model\": 1}"},
                                  "stepIndex": 1}),
        DialogInstance("topic", {"options": prompt, "state": {"attemptCount": 2}}),
    ])


def test_the_dialog_stack_round_trips_through_plain_json() -> None:
    stored = json.loads(json.dumps(encode({"dialog": a_stack(), "owner": "aad-anna"})))
    back = decode(stored)
    assert back["owner"] == "aad-anna"
    inspel, topic = back["dialog"].dialog_stack
    assert isinstance(inspel, DialogInstance) and inspel.state["stepIndex"] == 1
    assert inspel.state["values"]["change"] == "Text med åäö och {\"$model\": 1}"
    options = topic.state["options"]
    assert isinstance(options, PromptOptions) and options.style is ListStyle.list_style
    assert options.prompt.text == "Vad gäller ditt inspel?" and [c.value for c in options.choices] == ["Vision",
                                                                                                       "Annat"]


def test_a_dict_that_looks_like_an_object_stays_a_dict() -> None:
    tricky = {"$object": "DialogState", "data": {}}
    assert decode(json.loads(json.dumps(encode({"values": tricky})))) == {"values": tricky}


def test_only_listed_classes_are_written_or_read() -> None:
    with pytest.raises(StateCodecError):
        encode({"x": os.environ.__class__})
    with pytest.raises(StateCodecError):
        encode({"x": dt.timedelta(1)})
    with pytest.raises(StateCodecError):
        decode({"$object": "Popen", "data": {"args": ["rm", "-rf", "/"]}})
    with pytest.raises(StateCodecError):
        decode({"$model": "Serializer", "data": {}})


async def test_writes_compare_and_set(database_url: str) -> None:
    db = open_database(database_url)
    now = stockholm(2021, 2, 15, 10, 0)
    try:
        store = DialogStateStore(db)
        key = "emulator/conversations/group/users/29:aad-anna/inspel"
        assert await store.write(key, {"a": 1}, owner="aad-anna", expected_version=None, now=now) == 1
        with pytest.raises(DialogStateConflict):        # a second "first" write
            await store.write(key, {"a": 2}, owner="aad-anna", expected_version=None, now=now)
        assert await store.write(key, {"a": 3}, owner="aad-anna", expected_version=1, now=now) == 2
        with pytest.raises(DialogStateConflict):        # written by someone who read version 1
            await store.write(key, {"a": 4}, owner="aad-anna", expected_version=1, now=now)
        [stored] = (await store.read([key], now)).values()
        assert (stored.state, stored.version, stored.owner) == ({"a": 3}, 2, "aad-anna")
        assert await store.read([key], now + dt.timedelta(hours=25)) == {}     # abandoned
        assert await store.count() == 0
    finally:
        await db.close()
