"""bot.wire writes and reads activities exactly as msrest does."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from botbuilder.core import MessageFactory, TurnContext
from botbuilder.schema import (
    Activity,
    ActivityTypes,
    Attachment,
    CardAction,
    ChannelAccount,
    ConversationAccount,
    Entity,
    Mention,
    SuggestedActions,
)
from msrest.serialization import Model

from bot import wire
from tests import builders as b

SERVICE_URL = "http://127.0.0.1:3979"
CARD = {"type": "AdaptiveCard", "version": "1.5", "fallbackText": "Tidplan", "body": [
    {"type": "TextBlock", "text": "Remissen", "wrap": True, "nested": {"list": [1, 2.5, None, True, {"x": "y"}]}}]}


def inbound() -> list[dict[str, Any]]:
    anna = b.user("Anna Andersson")
    return [
        b.personal_message(SERVICE_URL, "När går remissen ut?"),
        b.personal_message(SERVICE_URL, "What happens now?", locale="en-US", value={"action": "x", "n": 1}),
        b.channel_message(SERVICE_URL, "Vem bestämmer?", sender=anna),
        b.channel_message(SERVICE_URL, "utan omnämnande", mention_bot=False),
        b.installation(SERVICE_URL), b.installation(SERVICE_URL, scope="team", action="remove"),
        b.bot_added(SERVICE_URL, scope="team"), b.bot_added(SERVICE_URL),
        b.invoke(SERVICE_URL, "task/fetch", {"data": {"action": "a"}}),
        b.invoke(SERVICE_URL, "adaptiveCard/action", {"action": {"verb": "v", "data": {"k": [1, 2]}}}),
        {"type": "message", "text": "odd", "serviceUrl": SERVICE_URL, "conversation": {"id": "c"},
         "unknownField": {"a": 1}, "timestamp": "2021-06-15T09:00:00.123+02:00", "localTimestamp":
         "2021-06-15T09:00:00+02:00", "attachments": [{"contentType": "text/plain", "content": "hej"}],
         "entities": [{"type": "clientInfo", "locale": "sv-SE", "timezone": "Europe/Stockholm"}]},
    ]


def replies() -> list[Activity]:
    out: list[Activity] = []
    for payload in inbound():
        incoming = Activity().deserialize(payload)
        reference = TurnContext.get_conversation_reference(incoming)
        text = MessageFactory.text("**Remissen** går ut i mitten av juni – t o m 30 september.")
        text.text_format = "markdown"
        suggested = MessageFactory.text("Menade du…")
        suggested.suggested_actions = SuggestedActions(actions=[
            CardAction(type="imBack", title="Tidplan", value="tidplan"),
            CardAction(type="imBack", title="Remiss", value="När går remissen ut?")])
        card = MessageFactory.attachment(Attachment(content_type="application/vnd.microsoft.card.adaptive",
                                                    content=CARD), text="<at>Anna</at> här")
        card.summary = "Tidplan"
        card.entities = [Mention(mentioned=ChannelAccount(id="29:a", name="Anna"), text="<at>Anna</at>",
                                 type="mention")]
        invoke_response = Activity(type=ActivityTypes.invoke_response, value={"status": 200, "body": {}})
        for reply in (text, suggested, card, invoke_response):
            TurnContext.apply_conversation_reference(reply, reference)
            reply.input_hint = "acceptingInput"
            out.append(reply)
        out.append(incoming)
        out.append(reference)  # type: ignore[arg-type]
    stamped = MessageFactory.text("tid")
    stamped.timestamp = dt.datetime(2021, 6, 15, 7, 0, tzinfo=dt.UTC)
    stamped.local_timestamp = dt.datetime(2021, 6, 15, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    stamped.from_property = ChannelAccount(id="bot", name="RUS-boten")
    stamped.conversation = ConversationAccount(id="c", is_group=False)
    stamped.entities = [Entity(type="thing")]
    out.append(stamped)
    holes = MessageFactory.text("luckor")
    holes.entities = [Entity(type="a"), None, Mention(text="<at>x</at>", type="mention")]  # type: ignore[list-item]
    holes.suggested_actions = SuggestedActions(actions=(CardAction(type="imBack", value="v"),))  # a tuple
    holes.members_added = []
    out.append(holes)
    return out


@pytest.mark.parametrize("activity", replies(), ids=lambda a: f"{a.__class__.__name__}-{getattr(a, 'type', '')}")
def test_to_json_is_msrest_serialize(activity: Activity) -> None:
    expected = activity.serialize()
    got = wire._to_json(activity)  # the fast path itself, not its fallback
    assert got == expected
    assert json.dumps(got) == json.dumps(expected)  # same key order too


def test_every_schema_model_with_every_field_set() -> None:
    for name, cls in wire._MODELS.items():
        if not (isinstance(cls, type) and issubclass(cls, Model)):
            continue
        model = cls()
        assert wire._to_json(model) == model.serialize(), name
        for attr, desc in cls._attribute_map.items():
            sample = {"str": "x", "bool": True, "int": 3, "float": 1.5, "object": {"k": ["v", 1]},
                      "iso-8601": dt.datetime(2021, 3, 11, 9, 30, tzinfo=dt.UTC)}.get(desc["type"])
            if sample is not None:
                setattr(model, attr, sample)
        assert wire._to_json(model) == model.serialize(), name


def test_wrong_types_behave_as_in_msrest() -> None:
    odd = MessageFactory.text("x")
    odd.text = 42  # type: ignore[assignment]       a non-str in a str field: msrest's str()
    odd.recipient = {"id": "not a model"}  # type: ignore[assignment]
    try:
        expected: Any = odd.serialize()
    except Exception as exc:
        expected = type(exc)
    try:
        got: Any = wire.activity_to_json(odd)
    except Exception as exc:
        got = type(exc)
    assert got == expected


@pytest.mark.parametrize("payload", inbound())
def test_from_json_is_msrest_deserialize(payload: dict[str, Any]) -> None:
    expected = Activity().deserialize(payload)
    got = wire.activity_from_json(payload)
    assert type(got) is Activity
    assert got.serialize() == expected.serialize()
    assert [getattr(e, "additional_properties", None) for e in got.entities or []] == \
        [getattr(e, "additional_properties", None) for e in expected.entities or []]
    assert got.additional_properties == expected.additional_properties


def _state(value: Any) -> Any:
    """Everything a model holds, nested models and their classes included, for comparing two reads."""
    if isinstance(value, Model):
        return (type(value).__name__, {k: _state(v) for k, v in vars(value).items()})
    if isinstance(value, dict):
        return {k: _state(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_state(v) for v in value]
    return (type(value).__name__, value)


def _read(read: Any, payload: Any) -> Any:
    try:
        return _state(read(payload))
    except Exception as exc:
        return type(exc)


ODD = [
    {"type": "message", "text": 42}, {"type": "message", "from": "anna"}, {"type": "message", "entities": {}},
    {"type": "message", "membersAdded": [1]}, {"type": "message", "membersAdded": [None, {"id": "x"}]},
    {"type": "message", "timestamp": "not a date"}, {"type": "message", "timestamp": "2021-06-15T09:00:00.1234567Z"},
    {"type": "message", "value": {"a": [1, {"b": None}], "c": 1.5, "d": True}}, {"type": "message", "value": "s"},
    {"type": "message", "historyDisclosed": "true"}, {"type": "message", "historyDisclosed": "maybe"},
    {"type": "message", "conversation": {"id": "c", "isGroup": 1, "extra": {"k": "v"}}},
    {"type": "message", "listenFor": ["a", 2]}, {"type": "message", "suggestedActions": {"actions": "x"}},
    {"type": "message", "channelData": {"tenant": {"id": "t"}, "team": {"id": "19:x"}}},
    {"type": "message", "relatesTo": {"bot": {"id": "b"}, "user": []}},
    {"type": 7}, [], "text", {"type": "message", "attachments": [{"content": {"x": [1]}, "contentType": "a"}, 3]},
]


@pytest.mark.parametrize("payload", inbound() + ODD)
def test_from_json_holds_what_msrest_holds(payload: Any) -> None:
    """The fast read (and its fallback to msrest on what it does not expect) gives msrest's models,
    attribute by attribute, or msrest's error."""
    assert _read(wire.activity_from_json, payload) == _read(Activity().deserialize, payload)


@pytest.mark.parametrize("payload", inbound())
def test_teams_activities_take_the_fast_read(payload: dict[str, Any]) -> None:
    assert _read(lambda p: wire._from_json(Activity, p), payload) == _read(Activity().deserialize, payload)
