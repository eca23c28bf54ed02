"""Small builders for Teams-shaped activities, so each test reads as a story."""

from __future__ import annotations

import itertools
import uuid
from typing import Any

BOT_ID = "28:rusbot-app-id"
BOT_NAME = "RUS-boten"
TENANT = "tenant-region-orebro"
TEAM_ID = "19:partnerskapet-general@thread.tacv2"
GENERAL_CHANNEL = TEAM_ID

_ids = itertools.count(1)


def user(name: str = "Anna Andersson", aad: str | None = None) -> dict[str, Any]:
    aad = aad or f"aad-{name.lower().replace(' ', '-')}"
    return {"id": f"29:{aad}", "name": name, "aadObjectId": aad}


def _base(service_url: str, conversation: dict[str, Any], sender: dict[str, Any], **extra: Any) -> dict[str, Any]:
    activity = {
        "id": f"act-{next(_ids)}",
        "channelId": "msteams",
        "serviceUrl": service_url,
        "timestamp": "2021-02-15T09:00:00.000Z",
        "locale": "sv-SE",
        "from": sender,
        "recipient": {"id": BOT_ID, "name": BOT_NAME},
        "conversation": conversation,
        "channelData": {"tenant": {"id": TENANT}},
    }
    activity.update(extra)
    return activity


def personal_conversation(sender: dict[str, Any]) -> dict[str, Any]:
    return {"id": f"a:personal-{sender['aadObjectId']}", "conversationType": "personal", "tenantId": TENANT}


def channel_conversation(channel: str = GENERAL_CHANNEL, thread: str | None = None) -> dict[str, Any]:
    conversation_id = f"{channel};messageid={thread}" if thread else channel
    return {"id": conversation_id, "conversationType": "channel", "isGroup": True, "tenantId": TENANT}


def personal_message(service_url: str, text: str, sender: dict[str, Any] | None = None,
                     locale: str = "sv-SE", **extra: Any) -> dict[str, Any]:
    sender = sender or user()
    return _base(service_url, personal_conversation(sender), sender, type="message", text=text, locale=locale,
                 **extra)


def channel_message(service_url: str, text: str, sender: dict[str, Any] | None = None, *,
                    mention_bot: bool = True, channel: str = GENERAL_CHANNEL, **extra: Any) -> dict[str, Any]:
    sender = sender or user()
    mention = f"<at>{BOT_NAME}</at>"
    activity = _base(service_url, channel_conversation(channel, thread=str(uuid.uuid4())[:8]), sender,
                     type="message", text=f"{mention} {text}" if mention_bot else text, **extra)
    activity["channelData"].update({"team": {"id": TEAM_ID, "name": "Partnerskapet"},
                                    "channel": {"id": channel, "name": "Allmänt"}})
    if mention_bot:
        activity["entities"] = [{"type": "mention", "text": mention,
                                 "mentioned": {"id": BOT_ID, "name": BOT_NAME}}]
    return activity


def installation(service_url: str, *, scope: str = "personal", action: str = "add",
                 sender: dict[str, Any] | None = None) -> dict[str, Any]:
    sender = sender or user()
    if scope == "team":
        activity = _base(service_url, channel_conversation(), sender, type="installationUpdate", action=action)
        activity["channelData"].update({"team": {"id": TEAM_ID, "name": "Partnerskapet"},
                                        "channel": {"id": GENERAL_CHANNEL}, "source": {"name": "team"}})
        return activity
    return _base(service_url, personal_conversation(sender), sender, type="installationUpdate", action=action)


def bot_added(service_url: str, *, scope: str = "personal", sender: dict[str, Any] | None = None) -> dict[str, Any]:
    sender = sender or user()
    if scope == "team":
        activity = _base(service_url, channel_conversation(), sender, type="conversationUpdate",
                         membersAdded=[{"id": BOT_ID}])
        activity["channelData"].update({"team": {"id": TEAM_ID, "name": "Partnerskapet"},
                                        "eventType": "teamMemberAdded"})
        return activity
    return _base(service_url, personal_conversation(sender), sender, type="conversationUpdate",
                 membersAdded=[{"id": BOT_ID}])


def invoke(service_url: str, name: str, value: Any, sender: dict[str, Any] | None = None,
           conversation: dict[str, Any] | None = None) -> dict[str, Any]:
    sender = sender or user()
    return _base(service_url, conversation or personal_conversation(sender), sender, type="invoke", name=name,
                 value=value)


# -- partners' input: dialogs and card actions -----------------------------------------------------
def task_fetch(service_url: str, action: str, sender: dict[str, Any] | None = None, **data: Any) -> dict[str, Any]:
    return invoke(service_url, "task/fetch", {"data": {"msteams": {"type": "task/fetch"}, "action": action, **data},
                                              "context": {"theme": "default"}}, sender)


def task_submit(service_url: str, data: dict[str, Any], sender: dict[str, Any] | None = None) -> dict[str, Any]:
    return invoke(service_url, "task/submit", {"data": data, "context": {"theme": "default"}}, sender)


def card_execute(service_url: str, verb: str, data: dict[str, Any], sender: dict[str, Any] | None = None,
                 conversation: dict[str, Any] | None = None) -> dict[str, Any]:
    """An Action.Execute press (Universal Actions): invoke `adaptiveCard/action`."""
    return invoke(service_url, "adaptiveCard/action",
                  {"action": {"type": "Action.Execute", "verb": verb, "data": data}, "trigger": "manual"},
                  sender, conversation)


def card_submit(service_url: str, value: dict[str, Any], sender: dict[str, Any] | None = None) -> dict[str, Any]:
    """A message-based Action.Submit from a card in the personal chat."""
    sender = sender or user()
    activity = _base(service_url, personal_conversation(sender), sender, type="message", value=value)
    return activity


def channel_event(service_url: str, event: str, channel: str, name: str | None = None,
                  sender: dict[str, Any] | None = None) -> dict[str, Any]:
    """channelCreated / channelRenamed / channelDeleted / channelRestored as Teams sends them
    (Microsoft Learn, "Conversation events in your Teams bot",
    https://learn.microsoft.com/microsoftteams/platform/bots/how-to/conversations/subscribe-to-conversation-events):
    a conversationUpdate in the *team's* conversation (its id is the team's, the General channel's),
    `from` with an id only, and `channelData.channel` naming the other channel."""
    sender = sender or user()
    activity = _base(service_url, {"isGroup": True, "conversationType": "channel", "id": TEAM_ID},
                     {"id": sender["id"]}, type="conversationUpdate")
    activity["channelData"] = {"channel": {"id": channel, **({"name": name} if name else {})},
                               "team": {"id": TEAM_ID}, "eventType": event, "tenant": {"id": TENANT}}
    return activity
