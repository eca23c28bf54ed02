"""Reading Teams-shaped activities defensively: any field may be missing or of the wrong type."""

from __future__ import annotations

import html
import re
from typing import Any

from botbuilder.core import TurnContext
from botbuilder.schema import Activity, ChannelAccount, Mention

from rusbot.store.conversations import ConversationKind, ConversationRecord

_AT_TAG = re.compile(r"<at>(.*?)</at>", re.IGNORECASE | re.DOTALL)
_TAGS = re.compile(r"<[^>]{1,200}>")


def _get(obj: Any, *path: str) -> Any:
    for key in path:
        if obj is None:
            return None
        obj = obj.get(key) if isinstance(obj, dict) else getattr(obj, key, None)
    return obj


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def conversation_kind(activity: Activity) -> ConversationKind:
    kind = _get(activity, "conversation", "conversation_type")
    if kind in ("personal", "channel", "groupChat"):
        return kind  # type: ignore[no-any-return]
    if _get(activity, "conversation", "is_group"):
        return "groupChat"
    return "personal"


def channel_data(activity: Activity) -> dict[str, Any]:
    data = activity.channel_data
    return data if isinstance(data, dict) else {}


INVALID_TENANT = "\x00invalid"  # a tenant field of the wrong type: never on an allow-list


def _tenant_value(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, str) and value.strip():
        return value.strip()
    return INVALID_TENANT


def activity_tenants(activity: Activity) -> list[str]:
    """The tenant ids an activity names: channelData.tenant.id and conversation.tenantId.

    Teams writes `conversation.tenantId`; the SDK's schema maps `tenantID`, so the former lands in
    the conversation's additional properties. Both spellings are read."""
    data = activity.channel_data if isinstance(activity.channel_data, dict) else {}
    tenant = data.get("tenant")
    if tenant is None:
        found = []
    elif isinstance(tenant, dict):
        found = [_tenant_value(tenant.get("id"))]
    else:
        found = [INVALID_TENANT]
    conversation = activity.conversation
    extra = getattr(conversation, "additional_properties", None) or {}
    found.append(_tenant_value(getattr(conversation, "tenant_id", None)))
    if isinstance(extra, dict):
        found += [_tenant_value(extra.get("tenantId")), _tenant_value(extra.get("tenantID"))]
    return list(dict.fromkeys(t for t in found if t is not None))


def tenant_id(activity: Activity) -> str | None:
    """The activity's tenant, for storing with its conversation (None when it names none)."""
    return next((t for t in activity_tenants(activity) if t != INVALID_TENANT), None)


def team_id(activity: Activity) -> str | None:
    return _str(_get(channel_data(activity), "team", "id"))


def channel_id(activity: Activity) -> str | None:
    return _str(_get(channel_data(activity), "channel", "id"))


# Teams' channel events (Microsoft Learn, "Conversation events in your Teams bot",
# https://learn.microsoft.com/microsoftteams/platform/bots/how-to/conversations/subscribe-to-conversation-events):
# a conversationUpdate in the team's conversation (conversation.id = the team's General channel)
# whose channelData.channel is the *other* channel, the one created, renamed, deleted or restored.
CHANNEL_EVENTS = frozenset({"channelCreated", "channelRenamed", "channelDeleted", "channelRestored"})


def channel_event(activity: Activity) -> str | None:
    """The event's type when the activity is one of Teams' channel events, else None."""
    if activity.type != "conversationUpdate":
        return None
    event = channel_data(activity).get("eventType")
    return event if event in CHANNEL_EVENTS else None


def event_channel(activity: Activity) -> tuple[str, str | None] | None:
    """(id, name) of the channel a channel event is about."""
    channel = channel_data(activity).get("channel")
    channel_id_ = _str(_get(channel, "id"))
    return (channel_id_, _str(_get(channel, "name"))) if channel_id_ else None


def user_aad_id(activity: Activity) -> str | None:
    return _str(_get(activity, "from_property", "aad_object_id"))


def _bot_mentions(activity: Activity) -> list[str]:
    """The texts of the mention entities that name the bot ("" when an entity has no text)."""
    bot_id = _get(activity, "recipient", "id")
    found = []
    for entity in activity.entities or []:
        if _get(entity, "type") != "mention":
            continue
        props = getattr(entity, "additional_properties", None) or {}
        mentioned = props.get("mentioned") if isinstance(props, dict) else None
        if isinstance(mentioned, dict) and mentioned.get("id") == bot_id:
            mention_text = props.get("text")
            found.append(mention_text if isinstance(mention_text, str) else "")
    return found


def mentions_bot(activity: Activity) -> bool:
    return bool(_bot_mentions(activity))


def message_text(activity: Activity) -> str:
    """The message as the user meant it: the bot's @mention removed, markup dropped."""
    text = activity.text if isinstance(activity.text, str) else ""
    for mention_text in _bot_mentions(activity):
        if mention_text:
            text = text.replace(mention_text, " ")
    if conversation_kind(activity) != "personal":
        # Teams writes the mention as <at>Name</at>; a leftover one is the bot's own name.
        text = _AT_TAG.sub(" ", text)
    text = html.unescape(_TAGS.sub(" ", text))
    return " ".join(text.split())


def conversation_record(activity: Activity) -> ConversationRecord | None:
    conversation_id = _str(_get(activity, "conversation", "id"))
    service_url = _str(activity.service_url)
    if conversation_id is None or service_url is None:
        return None
    reference = TurnContext.get_conversation_reference(activity)
    kind = conversation_kind(activity)
    return ConversationRecord(
        id=conversation_id,
        kind=kind,
        tenant_id=tenant_id(activity),
        team_id=team_id(activity),
        # A channel conversation's id is its channel (";messageid=" names a thread in it). Not
        # channelData.channel: in channel events that is another channel than the conversation.
        channel_id=conversation_id.split(";")[0] if kind == "channel" else None,
        user_aad_id=user_aad_id(activity) if kind == "personal" else None,
        service_url=service_url,
        reference=reference.serialize(),
    )


def mention_of(account: ChannelAccount) -> tuple[str, Mention]:
    """Text and entity to @mention someone; Teams needs both."""
    name = html.escape(account.name or "du")
    text = f"<at>{name}</at>"
    return text, Mention(mentioned=ChannelAccount(id=account.id, name=account.name), text=text, type="mention")
