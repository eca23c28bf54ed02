"""Free-text questions: the answer engine decides, this module only presents.

When the answer is about one of the bot's own features (`Answer.action`), the same feature
function its command runs opens after the text ("Jag vill lämna ett inspel" → the card of
`inspel`). When the engine is not sure, the closest questions come as buttons: suggested actions in
a personal chat, a small card in channels and group chats (Teams shows suggested actions only in
personal chats; "Suggested actions" in learn.microsoft.com/microsoftteams/platform/bots/how-to/
conversations/prompt-suggestions)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from botbuilder.core import MessageFactory
from botbuilder.schema import CardAction, SuggestedActions

from bot import cards
from bot.features import inspel, organisations, remissvar
from bot.features import reminders as reminders_feature
from bot.features.help import capabilities_text
from bot.private import tell
from bot.routing import Action, Command
from bot.turn import Turn
from rusbot.answers.model import Answer, Suggestion
from rusbot.answers.timeline import timeline_view
from rusbot.process.model import Language, Process, Text

ASK = "questions.ask"
# Turning a partner's reminders off on a guess would be worse than explaining how; below this the
# bot explains (the command `påminn mig av` stays one word away).
NUDGES_OFF_CONFIDENCE = 0.9


async def answer(turn: Turn, *, pressed: bool = False) -> None:
    """`pressed`: the question came from a suggestion button (`ask`), not typed."""
    result = turn.services.answers.answer(turn.text, turn.now)
    turn.language = result.language
    if result.action == "help":
        # The help list asked for: the edge's own, with the commands this asker may use. Not every answer of the
        # topic "help" – one command explained, or the help beside another answer, is said as the engine wrote it.
        await turn.say(await capabilities_text(turn))
        return
    if result.card == "timeline":
        await send_timeline(turn, fallback=result.text)
        return
    if result.action is not None and await _open_feature(turn, result, pressed=pressed):
        return
    await _say_answer(turn, result)


async def _open_feature(turn: Turn, result: Answer, *, pressed: bool = False) -> bool:
    """Run the feature an answer names, as its command would. False: only the text is said."""
    action = result.action
    if action == "organisation" and pressed and turn.kind != "personal":
        # A button pressed in a channel or group chat: the question's answer is for everyone there,
        # where the presser stands with their organisation is for them alone (bot/private.py).
        await _say_answer(turn, result)
        await tell(turn, await organisations.link_status(turn))
        return True
    if action in ("nudges.off", "nudges.on"):
        if turn.kind == "personal" and (result.confidence or 0) >= NUDGES_OFF_CONFIDENCE:
            await (reminders_feature.nudges_off if action == "nudges.off" else reminders_feature.nudges_on)(turn, "")
            return True
        return False
    if action == "timeline":
        await _say_answer(turn, result)
        await send_timeline(turn)
        return True
    runs = {"inspel": inspel.show_inspel, "remissvar": remissvar.show_remissvar,
            "reminders": reminders_feature.list_reminders, "organisation": organisations.show_organisation}
    run = runs.get(action or "")
    if run is None:
        return False
    await _say_answer(turn, result)
    await run(turn, "")
    return True


def suggestions_card(text: str, suggestions: list[Suggestion], language: Language) -> dict[str, Any]:
    """The closest questions as buttons, for channels and group chats: each a message-based
    Action.Submit (`questions.ask`) that asks that question."""
    lines = [f"- {s.question}" for s in suggestions]
    return cards.card([cards.text_block(text)], "\n".join([text, *lines]),
                      [{"type": "Action.Submit", "title": s.label[:60],
                        "data": {"action": ASK, "question": s.question, "language": language}}
                       for s in suggestions[:3]])


async def _say_answer(turn: Turn, result: Answer) -> None:
    if turn.kind == "personal" and result.suggestions:
        reply = MessageFactory.text(result.text)
        reply.text_format = "markdown"
        reply.suggested_actions = SuggestedActions(actions=[
            CardAction(type="imBack", title=s.label[:60], value=s.question) for s in result.suggestions[:4]])
        await turn.context.send_activity(reply)
        return
    if not result.confident and result.suggestions:
        await turn.say("", card=suggestions_card(result.text, result.suggestions, result.language))
        return
    await turn.say(result.text)


async def ask(turn: Turn, data: dict[str, Any]) -> dict[str, Any] | None:
    """A suggestion button pressed in a channel: answer its question as if it had been typed."""
    question = data.get("question")
    if not isinstance(question, str) or not question.strip():
        return await tell(turn, turn.t("Den här knappen fungerar inte längre.", "This button no longer works."))
    turn.text = question[:500]
    await answer(turn, pressed=True)
    return None


async def send_timeline(turn: Turn, *, fallback: str | None = None) -> None:
    view = timeline_view(turn.process, turn.now, turn.language)
    card = cards.timeline_card(view, turn.language, calendar_url=turn.services.calendar_url)
    if fallback:
        card["fallbackText"] = fallback  # the engine's text version of the same timeline
    await turn.say("", card=card)


async def show_timeline(turn: Turn, _rest: str) -> None:
    await send_timeline(turn)


def sample_cards(process: Process, now: dt.datetime) -> dict[str, dict[str, Any]]:
    """Every card this feature sends (bot/card_catalogue.py), built by the real builders."""
    from rusbot.answers.engine import AnswerEngine

    engine = AnswerEngine(process)
    result = {}
    for language, question in (("sv", "vem?"), ("en", "who?")):
        unsure = engine.not_sure(question, now)
        result[f"suggestions.{language}"] = suggestions_card(unsure.text, unsure.suggestions, unsure.language)
    return result


COMMANDS = (
    Command(id="timeline", words=("tidplan", "tidplanen", "timeline"),
            title=Text(sv="tidplan", en="timeline"),
            description=Text(sv="Tidplanen med dagens läge markerat", en="The timeline with today marked"),
            run=show_timeline),
)
ACTIONS = (
    Action(id=ASK, run=ask),
)
