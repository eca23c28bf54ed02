"""The activity handler only routes: each event family lives in its own module under features/."""

from __future__ import annotations

import asyncio
import logging
from http import HTTPStatus
from typing import Any

from botbuilder.core import InvokeResponse, TurnContext
from botbuilder.core.teams import TeamsActivityHandler

from bot import limits, teams
from bot.after import AfterAnswer, hold_sends, release_sends
from bot.features import conversations, questions
from bot.input_services import MemberLookupPending
from bot.private import tell
from bot.routing import asks_how, reads_as_sentence
from bot.turn import Services, Turn
from rusbot.store.db import DatabaseUnavailable

log = logging.getLogger(__name__)

INVOKE_NAMES = ("task/fetch", "task/submit", "adaptiveCard/action")
# Teams gives an invoke about five seconds (bot/after.py cites Microsoft). Waits on others inside an invoke
# turn (member look-ups) end this long after it starts, leaving the rest for its own work and the network.
INVOKE_WAIT_SECONDS = 3.0


def invoke_action(name: str | None, value: Any) -> tuple[str | None, dict[str, Any]]:
    """The action id and data of an invoke: `data.action` for dialogs, the verb for Action.Execute."""
    value = value if isinstance(value, dict) else {}
    if name == "adaptiveCard/action":
        action = value.get("action") if isinstance(value.get("action"), dict) else {}
        data = action.get("data") if isinstance(action.get("data"), dict) else {}
        verb = action.get("verb")
        return (verb if isinstance(verb, str) else None), data
    data = value.get("data") if isinstance(value.get("data"), dict) else {}
    action_id = data.get("action")
    return (action_id if isinstance(action_id, str) else None), data


class RusBot(TeamsActivityHandler):
    def __init__(self, services: Services) -> None:
        self._services = services
        self.after = AfterAnswer()

    async def close(self) -> None:
        await self.after.close()

    async def on_turn(self, turn_context: TurnContext) -> None:
        await conversations.remember(turn_context, self._services)
        await super().on_turn(turn_context)

    async def on_message_activity(self, turn_context: TurnContext) -> None:
        turn = Turn.start(turn_context, self._services)
        value = turn.activity.value
        if not turn.text and isinstance(value, dict):
            # A card's Action.Submit arrives as a message with the form in `value`.
            await self._run_action(turn, value.get("action"), value)
            return
        flows = self._services.inspel_flows
        if await flows.waiting(turn):
            # This user's conversational inspel (dialogs/) is waiting for this answer.
            if not await self._over_limit(turn):
                await flows.continue_active(turn)
            return
        if turn.kind != "personal" and not teams.mentions_bot(turn_context.activity):
            return
        if await self._over_limit(turn):
            return
        match = self._services.commands.match(turn.text)
        if match is not None:
            command, rest = match
            turn.language = command.word_language(turn.text) or turn.language
            if command.coordinator_only:
                await turn.load_email()
            if reads_as_sentence(rest) and not command.takes_text and not (
                    command.coordinator_only and turn.is_coordinator()):
                # A partner's sentence that starts with a command word is a question; the answer opens the
                # same feature when that is what it asks for. A coordinator's command stays a command.
                await questions.answer(turn)
                return
            if command.coordinator_only and not turn.is_coordinator() and command.takes_text and asks_how(rest):
                # A partner asking how the coordinators' command is written: the answer gives its form, filled in.
                await questions.answer(turn)
                return
            if command.coordinator_only and not turn.is_coordinator():
                await turn.say(turn.t("Det kommandot är bara för samordnarna.",
                                      "That command is for the coordinators only."))
                return
            await command.run(turn, rest)
            return
        await questions.answer(turn)

    async def on_invoke_activity(self, turn_context: TurnContext) -> InvokeResponse:
        name = turn_context.activity.name
        if name not in INVOKE_NAMES:
            return InvokeResponse(status=HTTPStatus.OK, body={})
        # Teams' invoke budget: the answer first, what the turn says in the chat after it (bot/after.py).
        hold_sends(turn_context)
        try:
            turn = Turn.start(turn_context, self._services)
            turn.deadline = asyncio.get_running_loop().time() + INVOKE_WAIT_SECONDS
            action_id, data = invoke_action(name, turn.activity.value)
            body = await self._run_action(turn, action_id, data)
        finally:
            self.after.run(release_sends(turn_context), turn_context)
        return InvokeResponse(status=HTTPStatus.OK, body=body)

    async def _over_limit(self, turn: Turn) -> bool:
        refusal = await limits.command_refusal(turn)
        if refusal is not None:
            await turn.say(refusal)
        return refusal is not None

    async def _run_action(self, turn: Turn, action_id: Any, data: dict[str, Any]) -> dict[str, Any]:
        if data.get("language") in ("sv", "en"):
            # A press has no text to read the language from: answer in the card's (its data says which).
            turn.language = data["language"]
        try:
            # Inside the try: over the limit, a coordinator is told apart by e-mail (a member look-up),
            # which may outlast the invoke's budget like any other look-up.
            refusal = await limits.command_refusal(turn)
            if refusal is not None:
                return await tell(turn, refusal) or {}
            action = self._services.actions.get(action_id)
            if action is None:
                # The id comes from the client: its length and type only, never the text itself.
                log.info("unknown card action (%s of length %d)", type(action_id).__name__,
                         len(str(action_id or "")))
                message = turn.t("Den här knappen fungerar inte längre. Skriv **hjälp** för att se vad jag kan göra.",
                                 "This button no longer works. Type **help** to see what I can do.")
                return await tell(turn, message) or {}
            if action.coordinator_only:
                await turn.load_email()
            if action.coordinator_only and not turn.is_coordinator():
                return await tell(turn, turn.t("Det är bara samordnarna som kan göra det.",
                                               "Only the coordinators can do that.")) or {}
            body = await action.run(turn, data)
        except DatabaseUnavailable:
            return await tell(turn, turn.t(
                "Jag kan inte spara eller läsa just nu. Försök igen om en stund – inget har ändrats.",
                "I cannot save or read right now. Please try again in a moment – nothing was changed.")) or {}
        except MemberLookupPending as pending:
            # Teams did not say who this is in time; the look-up goes on (its failure to the error path)
            # and is cached for the next press.
            self.after.run(pending.task, turn.context)
            return await tell(turn, turn.t(
                "Jag hann inte se vem du är just nu. Tryck igen om en liten stund.",
                "I could not check who you are in time. Please press again in a moment.")) or {}
        return body or {}

    async def on_conversation_update_activity(self, turn_context: TurnContext) -> None:
        await conversations.on_conversation_update(turn_context, self._services)

    async def on_installation_update(self, turn_context: TurnContext) -> None:
        await conversations.on_installation_update(turn_context, self._services)

    async def on_unrecognized_activity_type(self, turn_context: TurnContext) -> None:
        return None
