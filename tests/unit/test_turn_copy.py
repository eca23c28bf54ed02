"""bot.adapter.deep_copy copies outgoing activities as copy.deepcopy does (the SDK's TurnContext
deep-copies each one it sends; ours does it with deep_copy)."""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

import pytest
from botbuilder.core import MessageFactory
from botbuilder.schema import Activity, ActivityTypes, Attachment, ChannelAccount, Mention

from bot.adapter import deep_copy
from tests.unit.test_wire import _state, replies


def _same_copy(original: Any) -> None:
    expected, got = copy.deepcopy(original), deep_copy(original)
    assert _state(got) == _state(expected)
    assert type(got) is type(expected)


@pytest.mark.parametrize("activity", replies(), ids=lambda a: f"{a.__class__.__name__}-{getattr(a, 'type', '')}")
def test_deep_copy_is_deepcopy(activity: Activity) -> None:
    _same_copy(activity)


def test_nothing_is_shared_with_the_original_and_shared_parts_stay_shared() -> None:
    card = {"type": "AdaptiveCard", "body": [{"type": "TextBlock", "text": "x"}]}
    anna = ChannelAccount(id="29:a", name="Anna")
    reply = MessageFactory.attachment(Attachment(content_type="application/vnd.microsoft.card.adaptive",
                                                 content=card))
    reply.entities = [Mention(mentioned=anna, text="<at>Anna</at>", type="mention")]
    reply.recipient = anna
    reply.type = ActivityTypes.message       # an Enum member: kept as it is, as deepcopy does
    reply.timestamp = dt.datetime(2021, 6, 15, 7, 0, tzinfo=dt.UTC)
    reply.value = ({"t": 1}, [2])             # a tuple: copy.deepcopy's own business
    got = deep_copy(reply)
    _same_copy(reply)
    assert got.attachments[0].content == card and got.attachments[0].content is not card
    assert got.attachments[0].content["body"][0] is not card["body"][0]
    assert got.recipient is got.entities[0].mentioned and got.recipient is not anna
    assert got.type is ActivityTypes.message
    card["body"][0]["text"] = "changed after sending"
    assert got.attachments[0].content["body"][0]["text"] == "x"
