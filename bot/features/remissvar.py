"""Remissvar: one per organisation, drafted by its confirmed representatives in a Teams dialog,
saved with compare-and-set so nobody overwrites anybody, submitted with a receipt."""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from bot import input_cards as ic
from bot import limits
from bot.cards import offset_of
from bot.features.organisations import is_dialog, org_label, org_name, require_link, tell
from bot.input_services import input_services
from bot.routing import Action, Command
from bot.turn import Turn
from rusbot.consultation import OPEN_REMISSVAR_ACTION
from rusbot.input.forms import FieldErrors, parse_remissvar, record_id
from rusbot.input.rules import closes_at, format_day, format_moment
from rusbot.input.store import LinkRecord, RemissvarConflict
from rusbot.markdown import literal, shorten
from rusbot.process.model import Process, Text

log = logging.getLogger(__name__)

NAME_IN_NOTICE = 80


def _title(turn: Turn) -> str:
    return turn.t("Remissvar", "Consultation response")


async def _answerable(turn: Turn) -> tuple[LinkRecord | None, dt.datetime | None, str | None]:
    """(link, closing moment, problem): may this user answer for their organisation now?"""
    link, problem = await require_link(turn)
    if link is None:
        return None, None, problem
    if turn.process.consultation is None:
        return None, None, turn.t("Den här processen har ingen remiss.", "This process has no consultation.")
    if link.organisation_id not in {o.id for o in turn.process.respondents}:
        return None, None, turn.t(f"{org_label(turn, link.organisation_id)} är inte remissinstans.",
                                  f"{org_label(turn, link.organisation_id)} is not asked to respond.")
    store = input_services(turn.services).store
    extension = await store.extension(link.organisation_id)
    closes = closes_at(turn.process, extension)
    if closes is not None and turn.now >= closes:
        last = format_day((closes - dt.timedelta(days=1)).date(), turn.language)
        return None, closes, turn.t(
            f"Remisstiden gick ut {last}; jag kan inte ta emot nya svar eller ändringar. Kontakta samordnarna om "
            "ni behöver anstånd.",
            f"The consultation closed at the end of {last}; I cannot accept new responses or changes. Contact the "
            "coordinators if you need an extension.")
    return link, closes, None


async def open_form(turn: Turn, data: dict[str, Any]) -> dict[str, Any] | None:
    if not is_dialog(turn):
        await show_remissvar(turn, "")
        return None
    link, closes, problem = await _answerable(turn)
    if link is None:
        return await tell(turn, problem or "")
    record = await input_services(turn.services).store.remissvar(link.organisation_id)
    form = ic.remissvar_form(turn.process, turn.language, organisation=org_name(turn, link.organisation_id),
                             values=ic.remissvar_values(record), version=record.version if record else 0,
                             closes=closes, submitted=bool(record and record.submitted))
    return ic.task_card(_title(turn), form)


def _version(value: Any) -> int | None:
    return record_id(value, minimum=0)


async def save(turn: Turn, data: dict[str, Any]) -> dict[str, Any] | None:
    link, closes, problem = await _answerable(turn)
    if link is None or turn.user_aad_id is None:
        return await tell(turn, problem or "")
    version = _version(data.get("version"))
    submitting = data.get("intent") == "submit"
    if version is None:
        return await tell(turn, turn.t("Formuläret kunde inte läsas; öppna remissvaret igen.",
                                       "The form could not be read; please open the response again."))
    organisation = org_name(turn, link.organisation_id)
    store = input_services(turn.services).store
    try:
        content = parse_remissvar(data, turn.process, submitting=submitting, today=turn.now.date())
    except FieldErrors as exc:
        log.info("remissvar form from %s returned with errors in %s", turn.user_aad_id, sorted(exc.errors))
        current = await store.remissvar(link.organisation_id)
        values = {k: v for k, v in data.items() if isinstance(v, str)}
        form = ic.remissvar_form(turn.process, turn.language, organisation=organisation, values=values,
                                 version=version, closes=closes, errors=exc.for_language(turn.language),
                                 submitted=bool(current and current.submitted))
        return ic.task_card(_title(turn), form)
    refusal = await limits.submission_refusal(turn, link.organisation_id, organisation)
    if refusal is not None:
        # The form comes back as it was sent, so nothing written is lost while the user waits.
        current = await store.remissvar(link.organisation_id)
        form = ic.remissvar_form(turn.process, turn.language, organisation=organisation,
                                 values={k: v for k, v in data.items() if isinstance(v, str)}, version=version,
                                 closes=closes, notice=refusal, submitted=bool(current and current.submitted))
        return ic.task_card(_title(turn), form)
    try:
        result = await store.save_remissvar(link.organisation_id, content, expected_version=version,
                                            by=turn.user_aad_id, now=turn.now, submit=submitting)
    except RemissvarConflict as conflict:
        current = conflict.current
        who = turn.t("en annan företrädare", "another representative")
        if current is not None:
            other = await store.link(current.updated_by)
            if other is not None and other.name:
                # A display name is the colleague's own text: escaped, and cut (the notice is a few lines).
                who = literal(shorten(other.name, NAME_IN_NOTICE))
        when = format_moment(current.updated_at, turn.language) if current else ""
        notice = turn.t(
            f"{who} sparade remissvaret {when} medan du hade formuläret öppet, så dina ändringar är inte sparade. "
            "Formuläret visar nu den senaste versionen: gör om dina ändringar här och spara igen.",
            f"{who} saved the response {when} while you had the form open, so your changes are not saved. "
            "The form now shows the latest version: make your changes again here and save.")
        form = ic.remissvar_form(turn.process, turn.language, organisation=organisation,
                                 values=ic.remissvar_values(current), version=current.version if current else 0,
                                 closes=closes, notice=notice, submitted=bool(current and current.submitted))
        return ic.task_card(_title(turn), ic.with_unsaved_text(form, turn.process, turn.language, content))
    if result.revision is None:
        return ic.task_message(turn.t(
            "Utkastet är sparat. Det är inte inskickat än – öppna remissvaret och välj **Skicka in** när det är "
            "beslutat.",
            "The draft is saved. It is not submitted yet – open the response and choose **Submit** when it has "
            "been decided."))
    receipt = ic.receipt_card(turn.language, organisation=organisation, revision=result.revision)
    # The receipt stays in the chat as well as in the dialog.
    await turn.say(literal(receipt["fallbackText"]) if turn.kind != "personal" else "", card=receipt)
    return ic.task_card(turn.t("Kvitto", "Receipt"), receipt)


async def show_remissvar(turn: Turn, _rest: str) -> None:
    if turn.kind != "personal":
        await turn.say(turn.t("Remissvaret hanterar du i chatten med mig, eller här:",
                              "You handle the response in your chat with me, or here:"),
                       card=ic.remissvar_pointer_card(turn.language))
        return
    link, problem = await require_link(turn)
    if link is None:
        await turn.say(problem or "")
        return
    store = input_services(turn.services).store
    record = await store.remissvar(link.organisation_id)
    history = await store.revisions(link.organisation_id)
    extension = await store.extension(link.organisation_id)
    closes = closes_at(turn.process, extension)
    await turn.say("", card=ic.remissvar_overview(
        turn.language, organisation=org_name(turn, link.organisation_id), record=record, history=history,
        closes=closes, extension=extension, is_open=closes is None or turn.now < closes))


async def show_history(turn: Turn, data: dict[str, Any]) -> dict[str, Any] | None:
    """Every submitted version of the user's organisation's remissvar, a page at a time."""
    if turn.kind != "personal":
        await show_remissvar(turn, "")
        return None
    link, problem = await require_link(turn)
    if link is None:
        return await tell(turn, problem or "")
    history = await input_services(turn.services).store.revisions(link.organisation_id)
    await turn.say("", card=ic.remissvar_history_card(turn.language, organisation=org_name(turn, link.organisation_id),
                                                      history=history, offset=offset_of(data)))
    return None


def sample_cards(process: Process, now: dt.datetime) -> dict[str, dict[str, Any]]:
    """Every card this feature sends (bot/card_catalogue.py), built by the real builders."""
    from bot import card_samples as s

    closes = closes_at(process, None)
    org = s.said("Kumla")
    values = ic.remissvar_values(s.remissvar_record(process, now, submitted=False))
    errors = FieldErrors({"position": ("Välj organisationens ställningstagande.",
                                       "Choose the organisation's position."),
                          "decided_by": ("Fyll i det här fältet.", "Please fill in this field."),
                          "decision_date": ("Beslutsdatumet kan inte ligga i framtiden.",
                                            "The decision date cannot be in the future.")})
    bad = {**{k: v for k, v in values.items() if k != "position"}, "decided_by": "", "decision_date": "2021-12-01"}
    largest = ic.remissvar_values(s.remissvar_record(process, now, submitted=True, largest=True))
    notice = ("Björn Åström sparade remissvaret 14 mars 2021 kl. 09:30 medan du hade formuläret öppet, så dina "
              "ändringar är inte sparade. Formuläret visar nu den senaste versionen: gör om dina ändringar här och "
              "spara igen.")
    conflict = ic.remissvar_form(process, "sv", organisation=org, values=values, version=5, closes=closes,
                                 notice=notice, submitted=False)
    history = s.revisions(process, now, 2)
    result: dict[str, dict[str, Any]] = {}
    for lang in ("sv", "en"):
        result[f"form.empty.{lang}"] = ic.remissvar_form(process, lang, organisation=org, values={}, version=0,
                                                         closes=closes)
        result[f"form.errors.{lang}"] = ic.remissvar_form(process, lang, organisation=org, values=bad, version=4,
                                                          closes=closes, errors=errors.for_language(lang))
        result[f"receipt.{lang}"] = ic.receipt_card(lang, organisation=org, revision=history[-1])
        result[f"overview.submitted.{lang}"] = ic.remissvar_overview(
            lang, organisation=org, record=s.remissvar_record(process, now, submitted=True, unsent=True),
            history=history, closes=closes, extension=dt.date(2021, 10, 15), is_open=True)
        result[f"pointer.{lang}"] = ic.remissvar_pointer_card(lang)
    result["form.largest.sv"] = ic.remissvar_form(process, "sv", organisation="Örebro läns bildningsförbund",
                                                  values=largest, version=9, closes=closes, submitted=True)
    result["form.conflict.sv"] = ic.with_unsaved_text(conflict, process, "sv", s.remissvar_content(process))
    result["overview.none.sv"] = ic.remissvar_overview("sv", organisation=org, record=None, history=[],
                                                       closes=closes, extension=None, is_open=True)
    result["overview.closed.sv"] = ic.remissvar_overview(
        "sv", organisation=org, record=s.remissvar_record(process, now, submitted=True), history=history[-1:],
        closes=closes, extension=None, is_open=False)
    # 300 submitted versions (ten times more than any organisation should need): summarised and paged.
    many = s.revisions(process, now, 300)
    result["overview.most.sv"] = ic.remissvar_overview(
        "sv", organisation="Örebro läns bildningsförbund", record=s.remissvar_record(process, now, submitted=True),
        history=many, closes=closes, extension=dt.date(2021, 10, 15), is_open=True)
    result["history.sv"] = ic.remissvar_history_card("sv", organisation=org, history=history)
    result["history.most.sv"] = ic.remissvar_history_card("sv", organisation="Örebro läns bildningsförbund",
                                                          history=many)
    result["history.most.last.en"] = ic.remissvar_history_card("en", organisation=org, history=many, offset=290)
    return result


COMMANDS = (
    Command(id="remissvar", words=("remissvar", "response", "consultation response"),
            title=Text(sv="remissvar", en="response"),
            description=Text(sv="Er organisations remissvar: utkast, inskickning och kvitto",
                             en="Your organisation's consultation response: draft, submit, receipt"),
            run=show_remissvar),
)
ACTIONS = (
    Action(id=OPEN_REMISSVAR_ACTION, run=open_form),
    Action(id="remissvar.save", run=save),
    Action(id="remissvar.history", run=show_history),
)
