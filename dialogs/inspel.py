"""Inspel as a conversation (botbuilder-dialogs waterfall), where a Teams dialog cannot open:
channels other than Teams, such as the Bot Framework Emulator in local mode. (The terminal chat is
a Teams client and opens the Teams dialog.) Same validation and store as the Teams dialog.

A flow belongs to the person who started it: its state is kept per channel, conversation and user
in the database (dialogs/state.py), so in a shared chat nobody else's message continues it, and a
restart does not lose a half-written inspel. At the end the organisation link is checked again
and the submission limits apply (bot/limits.py); the inspel is stored with the flow's own
submission key, so the same answer arriving twice stores one inspel."""

from __future__ import annotations

import logging
import uuid
from typing import TYPE_CHECKING, Any

from botbuilder.core import MessageFactory
from botbuilder.dialogs import DialogContext, DialogSet, DialogTurnResult, WaterfallDialog, WaterfallStepContext
from botbuilder.dialogs.choices import Choice, ListStyle
from botbuilder.dialogs.prompts import ChoicePrompt, PromptOptions, PromptValidatorContext, TextPrompt

from bot import limits
from bot.features.organisations import org_name, require_link
from bot.routing import fold
from dialogs.keys import TEAMS, keyable
from dialogs.state import OWNER, FlowState
from rusbot.clock import Clock
from rusbot.input import forms
from rusbot.store.dialog_states import DialogStateConflict, DialogStateStore

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
        if not required and fold(value) in SKIP_WORDS | {""}:
            prompt.recognized.value = ""
            return True
        prompt.recognized.value = value
        return bool(value) and forms.utf16_len(value) <= limit
    return validate


class InspelConversation:
    def __init__(self, store: DialogStateStore, clock: Clock) -> None:
        self._state = FlowState(store, clock, namespace="inspel")
        self._owner = self._state.create_property(OWNER)
        self._dialogs = DialogSet(self._state.create_property("dialog"))
        self._dialogs.add(ChoicePrompt("topic"))
        self._dialogs.add(TextPrompt("change", _length_validator(forms.INSPEL_CHANGE_MAX, required=True)))
        self._dialogs.add(TextPrompt("reason", _length_validator(forms.INSPEL_REASON_MAX, required=True)))
        self._dialogs.add(TextPrompt("reference", _length_validator(forms.INSPEL_REFERENCE_MAX, required=False)))
        self._dialogs.add(TextPrompt("retry"))
        self._dialogs.add(WaterfallDialog("inspel", [self._topic, self._change, self._reason, self._reference,
                                                     self._save]))
        # Saving is a dialog of its own, so that a save refused by a limit can be tried again.
        self._dialogs.add(WaterfallDialog("inspel.save", [self._try_save, self._save_again]))

    def _prompt(self, language: str, sv: str, en: str, retry_sv: str, retry_en: str,
                **extra: Any) -> PromptOptions:
        return PromptOptions(prompt=MessageFactory.text(_t(language, sv, en)),
                             retry_prompt=MessageFactory.text(_t(language, retry_sv, retry_en)), **extra)

    @staticmethod
    def _keyable(turn: Turn) -> bool:
        return keyable(turn.activity)

    async def start(self, turn: Turn, organisation_id: str) -> None:
        if not self._keyable(turn):
            await turn.say(turn.t("Jag kan inte se vem du är här. Skriv till mig i Teams.",
                                  "I cannot tell who you are here. Please write to me in Teams."))
            return
        turn.context.turn_state[SERVICES_KEY] = turn.services
        context = await self._dialogs.create_context(turn.context)
        await context.cancel_all_dialogs()
        await self._owner.set(turn.context, turn.user_aad_id)
        await context.begin_dialog("inspel", {"language": turn.language, "organisation": organisation_id,
                                              "submission": uuid.uuid4().hex})
        await self._save_state(turn, context)

    async def waiting(self, turn: Turn) -> bool:
        if turn.activity.channel_id == TEAMS or not self._keyable(turn):
            return False
        context = await self._dialogs.create_context(turn.context)
        # The key is the sender's channel id; the owner check also holds if the two ever disagree.
        return context.active_dialog is not None and await self._owner.get(turn.context) == turn.user_aad_id

    async def continue_active(self, turn: Turn) -> bool:
        """Feed the message to this user's flow in progress here; False when there is none."""
        if not await self.waiting(turn):
            return False
        turn.context.turn_state[SERVICES_KEY] = turn.services
        context = await self._dialogs.create_context(turn.context)
        if fold(turn.text) in CANCEL_WORDS:
            await context.cancel_all_dialogs()
            await turn.say(turn.t("Avbrutet – inget sparades.", "Cancelled – nothing was saved."))
        else:
            await context.continue_dialog()
        await self._save_state(turn, context)
        return True

    async def _save_state(self, turn: Turn, context: DialogContext) -> None:
        try:
            if context.active_dialog is None:
                await self._state.delete(turn.context)   # finished or cancelled: nothing is kept
            else:
                await self._state.save_changes(turn.context)
        except DialogStateConflict:
            # The same user's other message, handled at the same moment, moved the flow on first.
            log.info("inspel flow of %s changed by a concurrent turn; this turn's step is dropped",
                     turn.user_aad_id)

    # -- the steps ---------------------------------------------------------------------------
    async def _topic(self, step: WaterfallStepContext) -> DialogTurnResult:
        options = step.options or {}
        step.values["language"] = language = options.get("language", "sv")
        step.values["organisation"] = options.get("organisation")
        step.values["submission"] = options.get("submission")
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
        answers = {k: step.values.get(k) for k in ("language", "organisation", "submission", "topic", "change",
                                                   "reason")}
        return await step.begin_dialog("inspel.save", {**answers, "reference": step.result or None})

    async def _try_save(self, step: WaterfallStepContext) -> DialogTurnResult:
        from bot.turn import Turn

        answers: dict[str, Any] = dict(step.options or {})
        services = _services(step)
        turn = Turn.start(step.context, services)
        turn.language = answers.get("language", "sv")
        store = services.inputs.store
        try:
            content = forms.parse_inspel(answers, services.process)
        except forms.FieldErrors as exc:
            await turn.say(" ".join(exc.for_language(turn.language).values()))
            return await step.end_dialog()
        # The link is checked again now: it may have changed (or gone) while the questions were answered.
        link, problem = await require_link(turn)
        if link is None or turn.user_aad_id is None:
            await turn.say(f"{problem or ''} {turn.t('Inget sparades.', 'Nothing was saved.')}".strip())
            return await step.end_dialog()
        if not await store.inspel_open():
            await turn.say(turn.t("Inspelsrundan är stängd; inget sparades.",
                                  "The input round is closed; nothing was saved."))
            return await step.end_dialog()
        refusal = await limits.submission_refusal(turn, link.organisation_id, org_name(turn, link.organisation_id))
        if refusal is not None:
            return await step.prompt("retry", PromptOptions(prompt=MessageFactory.text(
                refusal + " " + turn.t("Svara **spara** när tiden har gått, eller **avbryt**.",
                                       "Answer **save** when the time has passed, or **cancel**."))))
        record = await store.add_inspel(turn.user_aad_id, link.organisation_id, content, turn.now,
                                        submission=answers.get("submission"))
        if record.author_aad_id != turn.user_aad_id:
            log.warning("inspel flow key of %s reached by %s; refused", record.author_aad_id, turn.user_aad_id)
            await turn.say(turn.t("Inspelet kunde inte sparas; skriv **inspel** och börja om.",
                                  "The input could not be saved; type **input** and start again."))
            return await step.end_dialog()
        moved = link.organisation_id != answers.get("organisation")
        where = turn.t(f" för {org_name(turn, link.organisation_id)}",
                       f" for {org_name(turn, link.organisation_id)}") if moved else ""
        await turn.say(turn.t(f"Tack! Ditt inspel #{record.id} är sparat{where}.",
                              f"Thank you! Your input #{record.id} is saved{where}."))
        return await step.end_dialog(record.id)

    async def _save_again(self, step: WaterfallStepContext) -> DialogTurnResult:
        return await step.replace_dialog("inspel.save", step.options)


def _services(step: WaterfallStepContext) -> Services:
    return step.context.turn_state[SERVICES_KEY]  # type: ignore[no-any-return]
