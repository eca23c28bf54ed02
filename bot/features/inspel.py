"""Inspel (phase 1): a Teams dialog with a form; several per person, editable while the round
is open."""

from __future__ import annotations

import datetime as dt
import logging
import re
import uuid
from typing import Any

from bot import input_cards as ic
from bot import limits
from bot.cards import offset_of
from bot.features.organisations import is_dialog, org_name, require_link, tell
from bot.input_services import input_services
from bot.routing import Action, Command, fold
from bot.turn import Turn
from rusbot.input.forms import FieldErrors, parse_inspel, record_id
from rusbot.process.model import Process, Text

log = logging.getLogger(__name__)

CLOSE_WORDS = {"stang", "close"}
OPEN_WORDS = {"oppna", "open"}


def _id(value: Any) -> int | None:
    return record_id(value)


def _submission(value: Any) -> str | None:
    """The key a new inspel's form was opened with (uuid4 hex); anything else is no key."""
    return value if isinstance(value, str) and re.fullmatch(r"[0-9a-f]{32}", value) else None


def _closed(turn: Turn) -> str:
    return turn.t("Inspelsrundan är stängd; nya inspel och ändringar tas inte emot.",
                  "The input round is closed; new input and changes are not accepted.")


def _title(turn: Turn) -> str:
    return turn.t("Inspel till RUS", "Input to RUS")


async def start_flow(turn: Turn) -> None:
    """Outside Teams (no dialogs there): inspel as a conversation (dialogs/inspel.py)."""
    link, problem = await require_link(turn)
    if link is None:
        await turn.say(problem or "")
        return
    if not await input_services(turn.services).store.inspel_open():
        await turn.say(turn.t("Inspelsrundan är stängd.", "The input round is closed."))
        return
    await turn.services.inspel_flows.start(turn, link.organisation_id)


async def open_form(turn: Turn, data: dict[str, Any]) -> dict[str, Any] | None:
    if not is_dialog(turn):
        if turn.activity.channel_id != "msteams":
            await start_flow(turn)
            return None
        await show_inspel(turn, "")
        return None
    link, problem = await require_link(turn)
    if link is None:
        return await tell(turn, problem or "")
    store = input_services(turn.services).store
    if not await store.inspel_open():
        return await tell(turn, _closed(turn))
    inspel_id = _id(data.get("inspel_id"))
    if inspel_id is None:
        # Each opened form gets its own key: submitting it again stores nothing twice.
        return ic.task_card(_title(turn), ic.inspel_form(turn.process, turn.language, submission=uuid.uuid4().hex))
    record = await store.inspel(inspel_id)
    if record is None or record.author_aad_id != turn.user_aad_id or record.withdrawn_at is not None:
        return await tell(turn, turn.t("Det inspelet finns inte bland dina inspel.",
                                       "That input is not among yours."))
    return ic.task_card(_title(turn), ic.inspel_form(turn.process, turn.language, values=record.content.model_dump(),
                                                     inspel_id=record.id))


async def submit(turn: Turn, data: dict[str, Any]) -> dict[str, Any] | None:
    link, problem = await require_link(turn)
    if link is None or turn.user_aad_id is None:
        return await tell(turn, problem or "")
    store = input_services(turn.services).store
    if not await store.inspel_open():
        return await tell(turn, _closed(turn))
    inspel_id = _id(data.get("inspel_id"))
    submission = _submission(data.get("submission")) if inspel_id is None else None
    try:
        content = parse_inspel(data, turn.process)
    except FieldErrors as exc:
        log.info("inspel form from %s returned with errors in %s", turn.user_aad_id, sorted(exc.errors))
        values = {k: data.get(k) for k in ("topic", "change", "reason", "reference") if isinstance(data.get(k), str)}
        form = ic.inspel_form(turn.process, turn.language, values=values, errors=exc.for_language(turn.language),
                              inspel_id=inspel_id, submission=submission)
        return ic.task_card(_title(turn), form)
    refusal = await limits.submission_refusal(turn, link.organisation_id, org_name(turn, link.organisation_id))
    if refusal is not None:
        # The form comes back as it was sent, so nothing written is lost while the user waits.
        form = ic.inspel_form(turn.process, turn.language, values=content.model_dump(), notice=refusal,
                              inspel_id=inspel_id, submission=submission)
        return ic.task_card(_title(turn), form)
    if inspel_id is None:
        record = await store.add_inspel(turn.user_aad_id, link.organisation_id, content, turn.now,
                                        submission=submission)
        if record.author_aad_id != turn.user_aad_id:
            log.warning("inspel submission key of %s sent by %s; refused", record.author_aad_id, turn.user_aad_id)
            return await tell(turn, turn.t("Formuläret kunde inte läsas; öppna det igen.",
                                           "The form could not be read; please open it again."))
        text = turn.t(f"Tack! Ditt inspel #{record.id} är sparat. Skriv **inspel** för att se, ändra eller dra "
                      "tillbaka dina inspel.",
                      f"Thank you! Your input #{record.id} is saved. Type **input** to see, edit or withdraw "
                      "your input.")
    else:
        updated = await store.update_inspel(inspel_id, turn.user_aad_id, content, turn.now)
        if updated is None:
            return await tell(turn, turn.t("Det inspelet finns inte längre bland dina inspel; inget ändrades.",
                                           "That input is no longer among yours; nothing was changed."))
        text = turn.t(f"Ändringen av inspel #{inspel_id} är sparad.", f"The change to input #{inspel_id} is saved.")
    return ic.task_message(text)


async def withdraw(turn: Turn, data: dict[str, Any]) -> dict[str, Any] | None:
    inspel_id = _id(data.get("inspel_id"))
    store = input_services(turn.services).store
    if turn.user_aad_id is None or inspel_id is None:
        return await tell(turn, turn.t("Den här knappen fungerar inte längre.", "This button no longer works."))
    if not await store.inspel_open():
        return await tell(turn, _closed(turn))
    if await store.withdraw_inspel(inspel_id, turn.user_aad_id, turn.now):
        return await tell(turn, turn.t(f"Inspel #{inspel_id} är tillbakadraget.", f"Input #{inspel_id} is withdrawn."))
    return await tell(turn, turn.t("Det inspelet finns inte bland dina inspel.", "That input is not among yours."))


async def show_inspel(turn: Turn, rest: str) -> None:
    store = input_services(turn.services).store
    word = fold(rest)
    if word in CLOSE_WORDS | OPEN_WORDS:
        await turn.load_email()
        if not turn.is_coordinator():
            await turn.say(turn.t("Det är bara samordnarna som kan öppna och stänga inspelsrundan.",
                                  "Only the coordinators can open and close the input round."))
            return
        opening = word in OPEN_WORDS
        await store.set_flag("inspel_round", "open" if opening else "closed", turn.now)
        log.info("inspel round %s by %s", "opened" if opening else "closed", turn.user_aad_id)
        await turn.say(turn.t("Inspelsrundan är öppen." if opening else "Inspelsrundan är stängd.",
                              "The input round is open." if opening else "The input round is closed."))
        return
    if turn.activity.channel_id != "msteams" and turn.kind == "personal":
        await start_flow(turn)
        return
    await _send_list(turn, 0)


async def _send_list(turn: Turn, offset: int) -> None:
    store = input_services(turn.services).store
    personal = turn.kind == "personal"
    records = await store.own_inspel(turn.user_aad_id) if personal and turn.user_aad_id else []
    card = ic.inspel_list_card(turn.process, turn.language, records, round_open=await store.inspel_open(),
                               personal=personal, offset=offset)
    await turn.say(turn.t("Inspel till RUS", "Input to RUS") if not personal else "", card=card)


async def more(turn: Turn, data: dict[str, Any]) -> dict[str, Any] | None:
    """"Visa fler" on the list: the next page of the user's own inspel."""
    await _send_list(turn, offset_of(data))
    return None


def sample_cards(process: Process, now: dt.datetime) -> dict[str, dict[str, Any]]:
    """Every card this feature sends (bot/card_catalogue.py), built by the real builders."""
    from bot import card_samples as s

    records = s.inspel_records(process, now)
    result: dict[str, dict[str, Any]] = {}
    for lang in ("sv", "en"):
        errors = FieldErrors({"topic": ("Välj vad inspelet gäller.", "Choose what the input concerns."),
                              "reason": ("Fyll i det här fältet.", "Please fill in this field.")})
        result[f"form.new.{lang}"] = ic.inspel_form(process, lang)
        result[f"form.errors.{lang}"] = ic.inspel_form(
            process, lang, values={"change": records[1].change}, errors=errors.for_language(lang))
        result[f"list.{lang}"] = ic.inspel_list_card(process, lang, records, round_open=True, personal=True)
    result["form.largest.sv"] = ic.inspel_form(process, "sv", values=s.largest_inspel_values(process), inspel_id=43)
    result["list.closed.sv"] = ic.inspel_list_card(process, "sv", records, round_open=False, personal=True)
    result["list.empty.sv"] = ic.inspel_list_card(process, "sv", [], round_open=True, personal=True)
    result["list.channel.sv"] = ic.inspel_list_card(process, "sv", [], round_open=True, personal=False)
    # Ten times what one partner is expected to send, every text at its longest: a page, "visa fler".
    many = s.many_inspel(process, now, 200)
    result["list.most.sv"] = ic.inspel_list_card(process, "sv", many, round_open=True, personal=True)
    result["list.most.last.en"] = ic.inspel_list_card(process, "en", many, round_open=False, personal=True,
                                                      offset=195)
    return result


COMMANDS = (
    Command(id="inspel", words=("inspel", "input"),
            title=Text(sv="inspel", en="input"),
            description=Text(sv="Lämna, se och ändra dina inspel till RUS", en="Send, see and edit your input to RUS"),
            run=show_inspel),
)
ACTIONS = (
    Action(id="inspel.open", run=open_form),
    Action(id="inspel.submit", run=submit),
    Action(id="inspel.withdraw", run=withdraw),
    Action(id="inspel.more", run=more),
)
