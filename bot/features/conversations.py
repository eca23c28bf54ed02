"""Install, uninstall and membership events: remember where the bot is, greet once."""

from __future__ import annotations

import logging

from botbuilder.core import MessageFactory, TurnContext

from bot import teams
from bot.features.help import capabilities_text, team_intro_text
from bot.turn import Services, Turn

log = logging.getLogger(__name__)


async def remember(context: TurnContext, services: Services) -> None:
    """Every turn refreshes the conversation's reference (a no-op when nothing changed)."""
    activity = context.activity
    if activity.channel_id != "msteams":
        return  # the terminal chat and other channels cannot receive reminders
    if activity.type == "installationUpdate" and (activity.action or "").startswith("remove"):
        return
    if activity.type == "conversationUpdate" and _bot_removed(context):
        return
    now = services.clock.now()
    if teams.channel_event(activity):
        # Sent in the team's conversation but about another channel, by whoever changed it: it
        # tells nothing new about the team's conversation, so a stored reference stays as it is.
        # One not stored yet is kept: it is where the team's reminders fall back to.
        record = teams.conversation_record(activity)
        if record is not None and await services.conversations.remember(record, now, overwrite=False):
            _targets_changed(services)
        return
    conversation_id = activity.conversation.id if activity.conversation is not None else None
    if isinstance(conversation_id, str) and isinstance(activity.service_url, str) and \
            services.conversations.is_current(conversation_id, activity.service_url, now):
        return  # the store would write nothing: skip building (and serializing) the reference
    record = teams.conversation_record(activity)
    if record is not None and await services.conversations.remember(record, now):
        _targets_changed(services)


def _targets_changed(services: Services) -> None:
    # Reminders plan per conversation: a new (or reactivated, or removed) one changes the plan.
    services.reminders.changed()


def _bot_removed(context: TurnContext) -> bool:
    bot_id = context.activity.recipient.id if context.activity.recipient else None
    # Members may be null in a malformed activity; a missing recipient matches nobody.
    return bot_id is not None and any(getattr(m, "id", None) == bot_id for m in context.activity.members_removed or [])


def _bot_added(context: TurnContext) -> bool:
    bot_id = context.activity.recipient.id if context.activity.recipient else None
    return bot_id is not None and any(getattr(m, "id", None) == bot_id for m in context.activity.members_added or [])


async def on_installation_update(context: TurnContext, services: Services) -> None:
    action = context.activity.action or ""
    if action.startswith("add"):
        await _greet_once(context, services)
    elif action.startswith("remove"):
        await _uninstalled(context, services)


async def on_conversation_update(context: TurnContext, services: Services) -> None:
    event = teams.channel_event(context.activity)
    if event is not None:
        await _channel_event(context, services, event)
    elif _bot_added(context):
        await _greet_once(context, services)
    elif _bot_removed(context):
        await _uninstalled(context, services)


async def _channel_event(context: TurnContext, services: Services, event: str) -> None:
    """A channel deleted in the team stops being a reminder target (the team's reminders fall back
    to its default channel and `status` says so); restored, it is one again."""
    team = teams.team_id(context.activity)
    channel = teams.event_channel(context.activity)
    if team is None or channel is None:
        return
    channel_id, name = channel
    if event == "channelDeleted":
        await services.reminders.channel_deleted(team, channel_id, name, services.clock.now())
    elif event == "channelRestored":
        await services.reminders.channel_restored(team, channel_id, services.clock.now())


async def _greet_once(context: TurnContext, services: Services) -> None:
    # Teams sends installationUpdate and conversationUpdate for one install, in either order,
    # sometimes to two bot processes: the database decides who greets.
    conversation_id = context.activity.conversation.id if context.activity.conversation else None
    if not conversation_id or teams.conversation_record(context.activity) is None:
        return
    if not await services.conversations.claim_greeting(conversation_id, services.clock.now()):
        return
    turn = Turn.start(context, services)
    text = await capabilities_text(turn) if turn.kind == "personal" else team_intro_text(turn)
    reply = MessageFactory.text(text)
    reply.text_format = "markdown"
    await context.send_activity(reply)


async def _uninstalled(context: TurnContext, services: Services) -> None:
    now = services.clock.now()
    team = teams.team_id(context.activity)
    if team and teams.conversation_kind(context.activity) == "channel":
        await services.conversations.deactivate_team(team, now, note="uninstalled")
    elif context.activity.conversation is not None:
        await services.conversations.deactivate(context.activity.conversation.id, now, note="uninstalled")
    log.info("uninstalled from a %s conversation", teams.conversation_kind(context.activity))
    _targets_changed(services)
