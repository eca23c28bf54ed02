"""The answer to a card action goes to the person who pressed the button, once, and to nobody else.

- A Teams dialog (task/fetch, task/submit): the dialog shows it (`{"task": {"type": "message"}}`).
- Action.Execute (adaptiveCard/action): the invoke response's message, which Teams shows to the user who
  pressed (Universal Actions, response type `application/vnd.microsoft.activity.message`:
  https://learn.microsoft.com/adaptive-cards/authoring-cards/universal-action-model#response-format).
- A message-based Action.Submit has no invoke response: Teams delivers the press as a message in the
  conversation, and anything said there is seen by everyone in a channel or group chat. So there the
  answer goes to the person's personal chat with the bot (the stored one, or one created in the tenant,
  which Teams allows for members of a team or chat the app is installed in: "Proactive messages",
  https://learn.microsoft.com/microsoftteams/platform/bots/how-to/conversations/send-proactive-messages),
  and only when that cannot be had is it said in the conversation, @mentioning them: better seen by
  others than not at all.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from bot import teams
from bot.connector import ConnectorError, OutcomeUnknown, ServiceUrlRefused
from rusbot.personal_chats import create_personal_chat, send_personal
from rusbot.store.conversations import ConversationRecord

if TYPE_CHECKING:
    from bot.turn import Turn

log = logging.getLogger(__name__)

TASK_INVOKES = ("task/fetch", "task/submit")
MESSAGE_RESPONSE = "application/vnd.microsoft.activity.message"


async def tell(turn: Turn, text: str) -> dict[str, Any] | None:
    """Answer a card action privately; returns the invoke response body (None for a message-based press)."""
    name = turn.activity.name if turn.activity.type == "invoke" else None
    if name in TASK_INVOKES:
        return {"task": {"type": "message", "value": text}}
    if name == "adaptiveCard/action":
        return {"statusCode": 200, "type": MESSAGE_RESPONSE, "value": text}
    await say_privately(turn, text)
    return None


async def say_privately(turn: Turn, text: str) -> None:
    if turn.kind == "personal" or not await _in_personal_chat(turn, text):
        await turn.say(text)


async def _in_personal_chat(turn: Turn, text: str) -> bool:
    activity = turn.activity
    aad, sender, bot = turn.user_aad_id, activity.from_property, activity.recipient
    if activity.channel_id != "msteams" or not aad or sender is None or not sender.id or bot is None:
        return False
    where = turn.t("i kanalen", "in the channel") if turn.kind == "channel" else turn.t("i gruppchatten",
                                                                                         "in the group chat")
    message = {"type": "message", "textFormat": "markdown",
               "text": turn.t(f"Om knappen du tryckte på {where}: ", f"About the button you pressed {where}: ") + text}
    connector = turn.services.connector
    tenant = teams.tenant_id(activity)
    try:
        stored = [r for r in await turn.services.conversations.active("personal")
                  if (r.user_aad_id or "").casefold() == aad.casefold()]
        for record in stored:
            try:
                await send_personal(connector, record.service_url, record.id, message,
                                    tenant=record.tenant_id or tenant)
                return True
            except ConnectorError as exc:    # e.g. a chat the person has since left: try a fresh one
                log.info("stored personal chat refused a card action's answer (%s)", exc.status)
        chat = await create_personal_chat(connector, activity.service_url, bot={"id": bot.id, "name": bot.name},
                                          user={"id": sender.id, "name": sender.name, "aadObjectId": aad},
                                          tenant=tenant)
        await send_personal(connector, chat.service_url, chat.conversation_id, message, tenant=tenant)
    except OutcomeUnknown:
        return True    # it may have arrived: saying it again in the channel could say it twice
    except (ConnectorError, ServiceUrlRefused) as exc:
        log.info("no personal chat for a card action's answer (%s); answering in the conversation",
                 type(exc).__name__)
        return False
    # Kept, as Teams would have sent it had the person opened the chat: the next answer (or nudge) goes there.
    await turn.services.conversations.remember(ConversationRecord(
        id=chat.conversation_id, kind="personal", tenant_id=tenant, user_aad_id=aad, service_url=chat.service_url,
        reference=chat.reference), turn.now)
    return True
