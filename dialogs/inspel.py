"""Inspel as a conversation (botbuilder-dialogs waterfall), where a Teams dialog cannot open:
channels other than Teams, such as the Bot Framework Emulator in local mode. (The terminal chat is
a Teams client and opens the Teams dialog.) Same validation and store as the Teams dialog."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from botbuilder.core import ConversationState, MemoryStorage, MessageFactory
from botbuilder.dialogs import DialogSet, DialogTurnResult, WaterfallDialog, WaterfallStepContext
from botbuilder.dialogs.choices import Choice, ListStyle
from botbuilder.dialogs.prompts import ChoicePrompt, PromptOptions, PromptValidatorContext, TextPrompt

from rusbot.input import forms

if TYPE_CHECKING:
    from bot.turn import Services, Turn

log = logging.getLogger(__name__)

CANCEL_WORDS = {"avbryt", "cancel"}
SKIP_WORDS = {"-", "nej", "no", "inget", "ingen", "none", "hoppa over", "skip"}
SERVICES_KEY = "rusbot.services"


def _t(language: str, sv: str, en: str) -> str:
    return en if language == "en" else sv


def _length_validator(limit: int, *, required: bool):  # type: ignore[no-untyped-def]
    async def validate(prompt: PromptValidatorContext) -> bool:
        if not prompt.recognized.succeeded:
            return False
        value = forms.clean(prompt.recognized.value)
        from bot.routing import fold

        if not required and fold(value) in SKIP_WORDS | {""}:
            prompt.recognized.value = ""
            return True
        prompt.recognized.value = value
        return bool(value) and forms.utf16_len(value) <= limit
    return validate


class InspelConversation:
    def __init__(self) -> None:
        self._state = ConversationState(MemoryStorage())
        self._active: set[str] = set()
        self._dialogs = DialogSet(self._state.create_property("inspel-dialog"))
        self._dialogs.add(ChoicePrompt("topic"))
        self._dialogs.add(TextPrompt("change", _length_validator(forms.INSPEL_CHANGE_MAX, required=True)))
        self._dialogs.add(TextPrompt("reason", _length_validator(forms.INSPEL_REASON_MAX, required=True)))
        self._dialogs.add(TextPrompt("reference", _length_validator(forms.INSPEL_REFERENCE_MAX, required=False)))
        self._dialogs.add(WaterfallDialog("inspel", [self._topic, self._change, self._reason, self._reference,
                                                     self._save]))

    def _prompt(self, language: str, sv: str, en: str, retry_sv: str, retry_en: str,
                **extra: Any) -> PromptOptions:
        return PromptOptions(prompt=MessageFactory.text(_t(language, sv, en)),
                             retry_prompt=MessageFactory.text(_t(language, retry_sv, retry_en)), **extra)

    async def start(self, turn: Turn, organisation_id: str) -> None:
        turn.context.turn_state[SERVICES_KEY] = turn.services
        context = await self._dialogs.create_context(turn.context)
        await context.cancel_all_dialogs()
        await context.begin_dialog("inspel", {"language": turn.language, "organisation": organisation_id})
        self._track(turn, context)
        await self._state.save_changes(turn.context)

    def _track(self, turn: Turn, context: Any) -> None:
        key = turn.activity.conversation.id
        if context.active_dialog is None:
            self._active.discard(key)
        else:
            self._active.add(key)

    async def continue_active(self, turn: Turn) -> bool:
        """Feed the message to a flow in progress; False when there is none."""
        if turn.activity.conversation.id not in self._active:
            return False
        turn.context.turn_state[SERVICES_KEY] = turn.services
        context = await self._dialogs.create_context(turn.context)
        if context.active_dialog is None:
            self._active.discard(turn.activity.conversation.id)
            return False
        from bot.routing import fold

        if fold(turn.text) in CANCEL_WORDS:
            await context.cancel_all_dialogs()
            await turn.say(turn.t("Avbrutet – inget sparades.", "Cancelled – nothing was saved."))
        else:
            await context.continue_dialog()
        self._track(turn, context)
        await self._state.save_changes(turn.context)
        return True

    # -- the steps ---------------------------------------------------------------------------
    async def _topic(self, step: WaterfallStepContext) -> DialogTurnResult:
        options = step.options or {}
        step.values["language"] = language = options.get("language", "sv")
        step.values["organisation"] = options.get("organisation")
        topics = _services(step).process.inspel_topics
        step.values["topics"] = [t.id for t in topics]
        prompt = self._prompt(language,
                              "Vad gäller ditt inspel? Svara med en siffra. (Skriv **avbryt** för att sluta.)",
                              "What does your input concern? Answer with a number. (Type **cancel** to stop.)",
                              "Svara med en av siffrorna.", "Answer with one of the numbers.",
                              choices=[Choice(t.name.get(language)) for t in topics], style=ListStyle.list_style)
        return await step.prompt("topic", prompt)

    async def _change(self, step: WaterfallStepContext) -> DialogTurnResult:
        step.values["topic"] = step.values["topics"][step.result.index]
        language = step.values["language"]
        limit = forms.INSPEL_CHANGE_MAX
        return await step.prompt("change", self._prompt(
            language, "Vad bör ändras i RUS?", "What should change in RUS?",
            f"Skriv vad som bör ändras, högst {limit} tecken.",
            f"Write what should change, at most {limit} characters."))

    async def _reason(self, step: WaterfallStepContext) -> DialogTurnResult:
        step.values["change"] = step.result
        language = step.values["language"]
        limit = forms.INSPEL_REASON_MAX
        return await step.prompt("reason", self._prompt(
            language, "Varför?", "Why?", f"Skriv varför, högst {limit} tecken.",
            f"Write why, at most {limit} characters."))

    async def _reference(self, step: WaterfallStepContext) -> DialogTurnResult:
        step.values["reason"] = step.result
        language = step.values["language"]
        limit = forms.INSPEL_REFERENCE_MAX
        return await step.prompt("reference", self._prompt(
            language, "Någon referens eller något underlag? Skriv **-** om inte.",
            "Any reference or material? Type **-** if not.",
            f"Högst {limit} tecken, eller **-**.", f"At most {limit} characters, or **-**."))

    async def _save(self, step: WaterfallStepContext) -> DialogTurnResult:
        from bot.turn import Turn

        services = _services(step)
        turn = Turn.start(step.context, services)
        turn.language = step.values["language"]
        data = {k: step.values.get(k) for k in ("topic", "change", "reason")} | {"reference": step.result or None}
        store = services.inputs.store
        try:
            content = forms.parse_inspel(data, services.process)
        except forms.FieldErrors as exc:
            await turn.say(" ".join(exc.for_language(turn.language).values()))
            return await step.end_dialog()
        if turn.user_aad_id is None or not await store.inspel_open():
            await turn.say(turn.t("Inspelsrundan är stängd; inget sparades.",
                                  "The input round is closed; nothing was saved."))
            return await step.end_dialog()
        record = await store.add_inspel(turn.user_aad_id, step.values["organisation"], content, turn.now)
        await turn.say(turn.t(f"Tack! Ditt inspel #{record.id} är sparat.",
                              f"Thank you! Your input #{record.id} is saved."))
        return await step.end_dialog(record.id)


def _services(step: WaterfallStepContext) -> Services:
    return step.context.turn_state[SERVICES_KEY]  # type: ignore[no-any-return]


async def start_inspel_dialog(turn: Turn) -> None:
    from bot.features.organisations import require_link

    link, problem = await require_link(turn)
    if link is None:
        await turn.say(problem or "")
        return
    if not await turn.services.inputs.store.inspel_open():
        await turn.say(turn.t("Inspelsrundan är stängd.", "The input round is closed."))
        return
    await turn.services.inspel_flows.start(turn, link.organisation_id)


async def continue_active(turn: Turn) -> bool:
    return await turn.services.inspel_flows.continue_active(turn)
