"""A 1:1 chat with a member of a team, and sends into it, in the team's tenant: plain Python over the
`Sender` protocol, shared by the private answer to a card press (bot/private.py) and the nudges to
representatives without a chat (scheduling/service.py).

Microsoft Learn, "Proactive messages"
(https://learn.microsoft.com/microsoftteams/platform/bots/how-to/conversations/send-proactive-messages):
a bot may create a 1:1 chat with a member of a team (or chat) it is installed in, with
CreateConversation (POST /v3/conversations, a ConversationParameters body) naming the member's id from
the roster, the bot, and the tenant (`tenantId`, and `channelData.tenant.id` as the SDK's
`TeamsInfo.send_message_to_teams_channel` and the REST samples write it). A send into a personal chat
names the tenant the same way (`conversation.tenantId`, `channelData.tenant.id`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rusbot.outbound import ConnectorError, Sender


def tenant_fields(tenant: str | None) -> dict[str, Any]:
    """What a ConversationParameters body or an activity carries to name its tenant."""
    return {"tenantId": tenant, "channelData": {"tenant": {"id": tenant}}} if tenant else {}


def with_tenant(activity: dict[str, Any], conversation_id: str, tenant: str | None) -> dict[str, Any]:
    """The activity to send into (or update in) a conversation, naming it and its tenant."""
    if not tenant:
        return activity
    channel_data = {**(activity.get("channelData") or {}), "tenant": {"id": tenant}}
    conversation = {**(activity.get("conversation") or {}), "id": conversation_id, "tenantId": tenant}
    return {**activity, "conversation": conversation, "channelData": channel_data}


def chat_parameters(bot: dict[str, Any], member_id: str, tenant: str | None) -> dict[str, Any]:
    """ConversationParameters (Bot Connector REST API reference) for a 1:1 chat with one member."""
    return {"isGroup": False, "bot": {"id": bot.get("id"), "name": bot.get("name")},
            "members": [{"id": member_id}], **tenant_fields(tenant)}


@dataclass(frozen=True)
class PersonalChat:
    conversation_id: str
    service_url: str
    tenant: str | None
    bot: dict[str, Any]
    user: dict[str, Any]    # id, name, aadObjectId

    @property
    def reference(self) -> dict[str, Any]:
        """What the conversation store keeps, as Teams would have sent it had the person opened the chat."""
        return {"bot": self.bot, "user": self.user, "channelId": "msteams", "serviceUrl": self.service_url,
                "conversation": {"id": self.conversation_id, "conversationType": "personal",
                                 **({"tenantId": self.tenant} if self.tenant else {})}}


async def create_personal_chat(sender: Sender, service_url: str, *, bot: dict[str, Any], user: dict[str, Any],
                               tenant: str | None) -> PersonalChat:
    """CreateConversation for a 1:1 chat with `user` (its `id` from the roster or the activity).
    Raises what the connector raises; ConnectorError when the answer names no conversation."""
    bot_account = {"id": bot.get("id"), "name": bot.get("name")}
    created = await sender.create_conversation(service_url, chat_parameters(bot_account, user["id"], tenant),
                                               tenant=tenant)
    conversation_id = created.get("id")
    if not isinstance(conversation_id, str) or not conversation_id:
        raise ConnectorError(None, "CreateConversation answered without a conversation id")
    return PersonalChat(conversation_id=conversation_id, service_url=service_url, tenant=tenant, bot=bot_account,
                        user=user)


async def send_personal(sender: Sender, service_url: str, conversation_id: str, activity: dict[str, Any],
                        *, tenant: str | None) -> dict[str, Any]:
    """Send into a personal chat, in its tenant (the app-wide limit's bucket and the activity alike)."""
    return await sender.send(service_url, conversation_id, with_tenant(activity, conversation_id, tenant),
                             tenant=tenant)
