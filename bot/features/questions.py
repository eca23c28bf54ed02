"""Free-text questions: the answer engine decides, this module only presents."""

from __future__ import annotations

from botbuilder.core import MessageFactory
from botbuilder.schema import CardAction, SuggestedActions

from bot import cards
from bot.features.help import capabilities_text
from bot.routing import Command
from bot.turn import Turn
from rusbot.answers.model import Answer
from rusbot.answers.timeline import timeline_view
from rusbot.process.model import Text


async def answer(turn: Turn) -> None:
    result = turn.services.answers.answer(turn.text, turn.now)
    turn.language = result.language
    if result.topic == "help":
        await turn.say(await capabilities_text(turn))
        return
    if result.card == "timeline":
        await send_timeline(turn, fallback=result.text)
        return
    await _say_answer(turn, result)


async def _say_answer(turn: Turn, result: Answer) -> None:
    if turn.kind == "personal" and result.suggestions:
        # Suggested actions only show in personal chats in Teams.
        reply = MessageFactory.text(result.text)
        reply.text_format = "markdown"
        reply.suggested_actions = SuggestedActions(actions=[
            CardAction(type="imBack", title=s.label[:60], value=s.question) for s in result.suggestions[:4]])
        await turn.context.send_activity(reply)
        return
    await turn.say(result.text)


async def send_timeline(turn: Turn, *, fallback: str | None = None) -> None:
    view = timeline_view(turn.process, turn.now, turn.language)
    card = cards.timeline_card(view, turn.language, calendar_url=turn.services.calendar_url)
    if fallback:
        card["fallbackText"] = fallback  # the engine's text version of the same timeline
    await turn.say("", card=card)


async def show_timeline(turn: Turn, _rest: str) -> None:
    await send_timeline(turn)


COMMANDS = (
    Command(id="timeline", words=("tidplan", "tidplanen", "timeline"),
            title=Text(sv="tidplan", en="timeline"),
            description=Text(sv="Tidplanen med dagens läge markerat", en="The timeline with today marked"),
            run=show_timeline),
)
