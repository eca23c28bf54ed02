"""Quick polls: a coordinator posts a question, partners vote with Action.Execute, and the card
is updated in place (coalesced PUTs, see bot.input_services.PollUpdater)."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

from aiohttp import web
from botbuilder.core import MessageFactory

from bot import input_cards as ic
from bot.appkeys import SERVICES
from bot.background import background
from bot.input_services import InputServices, input_services
from bot.private import tell
from bot.routing import Action, Command, fold
from bot.turn import Turn, card_attachment
from rusbot.clock import Clock
from rusbot.input.forms import FieldErrors, parse_poll, record_id
from rusbot.input.store import PollState
from rusbot.markdown import summary
from rusbot.personal_chats import with_tenant
from rusbot.process.model import Process, Text
from rusbot.store.conversations import ConversationStore

log = logging.getLogger(__name__)


def card_response(card: dict[str, Any]) -> dict[str, Any]:
    return {"statusCode": 200, "type": ic.ADAPTIVE_CARD, "value": card}


def put_poll_card(clock: Clock, conversations: ConversationStore) -> Callable[[InputServices, int], Awaitable[None]]:
    async def put(inputs: InputServices, poll_id: int) -> None:
        state = await inputs.store.poll(poll_id)
        if state is None or not (state.poll.activity_id and state.poll.conversation_id and state.poll.service_url):
            return
        # The poll's conversation is where its command came from; its stored record names the tenant,
        # which the update carries and counts against (the app-wide limit is per tenant).
        where = await conversations.get(state.poll.conversation_id)
        tenant = where.tenant_id if where is not None else None
        activity = with_tenant(
            {"type": "message", "id": state.poll.activity_id,
             "attachments": [{"contentType": ic.ADAPTIVE_CARD, "content": ic.poll_card(state, clock.now())}]},
            state.poll.conversation_id, tenant)
        await inputs.connector.update(state.poll.service_url, state.poll.conversation_id, state.poll.activity_id,
                                      activity, tenant=tenant)
        log.info("poll %s card updated (%s votes)", poll_id, state.voters)
    return put


POLL_CLOSER_MAX_SLEEP = 60.0  # look again at least this often: polls made by another process, clock jumps


async def poll_closer_ctx(app: web.Application) -> AsyncIterator[None]:
    """Closes polls at their set time, so the card says "stängd" without waiting for a vote."""
    services = app[SERVICES]

    async def loop() -> None:
        while True:
            try:
                await services.inputs.close_due_polls(services.clock.now())
                next_close = await services.inputs.store.next_poll_closing()
            except Exception:
                log.warning("poll closer: could not check polls; trying again", exc_info=True)
                next_close = None
            wait = POLL_CLOSER_MAX_SLEEP
            if next_close is not None:
                wait = min(wait, (next_close - services.clock.now()).total_seconds())
            await asyncio.sleep(max(0.2, wait))

    async with background(loop()):
        yield


def _option(value: Any) -> int:
    """The chosen option's index (-1 for none: the store counts only an existing option)."""
    number = record_id(value, minimum=0)
    return -1 if number is None else number


async def _poll_here(turn: Turn, data: dict[str, Any]) -> PollState | None:
    """The poll a card action names, if it was posted in this very conversation. A poll seen from
    anywhere else does not exist: its question, tally and voting stay where it was posted."""
    state = await input_services(turn.services).store.poll_by_ref(data.get("poll_id"))
    if state is None or not state.poll.posted_in(turn.activity.conversation.id):
        if state is not None:
            log.warning("poll %s named from another conversation by %s; refused", state.poll.id, turn.user_aad_id)
        return None
    return state


def _gone(turn: Turn) -> str:
    return turn.t("Den omröstningen finns inte längre.", "That poll no longer exists.")


async def post_poll(turn: Turn, rest: str) -> None:
    inputs = input_services(turn.services)
    words = rest.split()
    if words and fold(words[0]) in {"stang", "close"}:
        poll_id = record_id(words[1] if len(words) > 1 else None)
        state = await inputs.store.poll(poll_id) if poll_id is not None else None
        here = state is not None and state.poll.posted_in(turn.activity.conversation.id)
        if poll_id is None or not here or not await inputs.store.close_poll(poll_id, turn.now):
            await turn.say(turn.t("Ange numret på en öppen omröstning, t.ex. **omröstning stäng 3**.",
                                  "Give the number of an open poll, e.g. **poll close 3**."))
            return
        inputs.polls.touch(poll_id)
        await turn.say(turn.t(f"Omröstning {poll_id} är stängd.", f"Poll {poll_id} is closed."))
        return
    try:
        spec = parse_poll(rest, turn.now)
    except FieldErrors as exc:
        problems = " ".join(exc.for_language(turn.language).values())
        await turn.say(problems + "\n\n" + turn.t(
            "Skriv till exempel: **omröstning Vilken dag passar? | Tisdag | Onsdag | stänger 2021-03-10 16:00**",
            "Write for example: **poll Which day suits? | Tuesday | Wednesday | closes 2021-03-10 16:00**"))
        return
    poll = await inputs.store.create_poll(spec, by=turn.user_aad_id or "?", language=turn.language, now=turn.now,
                                          service_url=turn.activity.service_url,
                                          conversation_id=turn.activity.conversation.id)
    state = await inputs.store.poll(poll.id)
    assert state is not None
    reply = MessageFactory.attachment(card_attachment(ic.poll_card(state, turn.now)))
    reply.summary = summary(spec.question)    # the question as written: cut and escaped
    response = await turn.context.send_activity(reply)
    if response is not None and response.id:
        await inputs.store.set_poll_message(poll.id, service_url=turn.activity.service_url,
                                            conversation_id=turn.activity.conversation.id, activity_id=response.id)


async def vote(turn: Turn, data: dict[str, Any]) -> dict[str, Any] | None:
    inputs = input_services(turn.services)
    state = await _poll_here(turn, data)
    if state is None or turn.user_aad_id is None:
        return await tell(turn, _gone(turn))
    language = "en" if state.poll.language == "en" else "sv"
    voted = await inputs.store.vote(state.poll.id, turn.user_aad_id, _option(data.get("option")), turn.now)
    state = await inputs.store.poll(state.poll.id)
    assert state is not None
    if voted:
        inputs.polls.touch(state.poll.id)
        thanks = "Thank you, your vote is counted." if language == "en" else "Tack, din röst är räknad."
    elif state.poll.is_closed(turn.now):
        inputs.polls.touch(state.poll.id)  # bring everyone's card to the closed state
        thanks = "The poll is closed." if language == "en" else "Omröstningen är stängd."
    else:
        thanks = "Choose an option." if language == "en" else "Välj ett alternativ."
    return card_response(ic.poll_card(state, turn.now, thanks=thanks))


async def close(turn: Turn, data: dict[str, Any]) -> dict[str, Any] | None:
    inputs = input_services(turn.services)
    found = await _poll_here(turn, data)
    if found is None:
        return await tell(turn, _gone(turn))
    poll_id = found.poll.id
    await inputs.store.close_poll(poll_id, turn.now)
    inputs.polls.touch(poll_id)
    state = await inputs.store.poll(poll_id)
    assert state is not None
    return card_response(ic.poll_card(state, turn.now))


def sample_cards(process: Process, now: dt.datetime) -> dict[str, dict[str, Any]]:
    """Every card this feature sends (bot/card_catalogue.py), built by the real builders."""
    from bot import card_samples as s

    result: dict[str, dict[str, Any]] = {}
    for lang in ("sv", "en"):
        result[f"open.{lang}"] = ic.poll_card(s.poll(now, language=lang, closed=False), now)
        result[f"closed.{lang}"] = ic.poll_card(s.poll(now, language=lang, closed=True), now)
    result["voted.sv"] = ic.poll_card(s.poll(now, language="sv", closed=False), now,
                                      thanks="Tack, din röst är räknad.")
    return result


COMMANDS = (
    Command(id="poll", words=("omröstning", "omrostning", "poll"),
            title=Text(sv="omröstning", en="poll"),
            description=Text(sv="Posta en snabbomröstning: fråga | alternativ | … (samordnare)",
                             en="Post a quick poll: question | option | … (coordinators)"),
            takes_text=True, run=post_poll, coordinator_only=True),
)
ACTIONS = (
    Action(id="poll.vote", run=vote),
    Action(id="poll.close", run=close, coordinator_only=True),
)
