"""GDPR for the coordinators: `personuppgifter <aad-id eller e-post>` hands over everything stored
about one person as JSON behind a signed link (article 15); `personuppgifter radera <…>` shows what
would be erased and asks for a confirmation (a button or `… bekräfta`) before erasing (article 17).
Submitted remissvar are public documents and stay; the bot says so."""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from bot.cards import card, text_block
from bot.features.organisations import tell
from bot.input_services import input_services
from bot.routing import Action, Command, fold
from bot.turn import Turn
from rusbot.input.privacy import ErasureResult, erase_person, find_user, plan_erasure
from rusbot.input.signing import personal_data_token
from rusbot.markdown import literal
from rusbot.process.model import Language, Process, Text

log = logging.getLogger(__name__)

DELETE_ACTION = "gdpr.delete"
DELETE_WORDS = {"radera", "delete", "erase"}
CONFIRM_WORDS = {"bekrafta", "confirm"}


def _t(language: Language, sv: str, en: str) -> str:
    return en if language == "en" else sv


def public_documents_text(language: Language, receipts: list[str]) -> str:
    kept = f" ({', '.join(receipts)})" if receipts else ""
    return _t(language,
              f"Inskickade remissvar{kept} är allmänna handlingar och bevaras enligt arkivreglerna; de raderas "
              "inte, inte heller vem som skickade in dem.",
              f"Submitted consultation responses{kept} are public documents and are kept as the archive rules "
              "require; they are not erased, nor who submitted them.")


def _summary(language: Language, plan: ErasureResult) -> list[str]:
    lines = [(plan.inspel, "inspel", "input"),
             (plan.drafts_deleted, "remissvarsutkast (tas bort)", "response drafts (removed)"),
             (plan.drafts_reverted, "ändringar i utkast efter inskickning (tillbaka till det inskickade)",
              "unsent draft changes (back to the submitted version)"),
             (plan.links, "organisationskoppling", "organisation link"),
             (plan.preferences, "påminnelseinställning", "reminder preference"),
             (plan.poll_votes, "röster i omröstningar", "poll votes"),
             (plan.flows, "påbörjat inspel i chatten (inte inskickat)", "input begun in the chat (not sent)"),
             (plan.conversations, "personlig chatt-referens (och påminnelser skickade dit)",
              "personal chat reference (and reminders sent there)"),
             (plan.references_scrubbed, "kanalreferenser där namnet tas bort", "channel references naming them")]
    return [f"- {n} {_t(language, sv, en)}" for n, sv, en in lines if n]


def confirm_card(language: Language, who: str, user: str, plan: ErasureResult) -> dict[str, Any]:
    who = literal(who)
    head = _t(language, f"Radera personuppgifter om {who}?", f"Erase the personal data of {who}?")
    lines = _summary(language, plan) or [_t(language, "- inget som kan raderas", "- nothing that can be erased")]
    public = public_documents_text(language, plan.kept_revisions)
    hint = _t(language, f"Tryck på knappen eller skriv **personuppgifter radera {who} bekräfta**.",
              f"Press the button or type **personal data delete {who} confirm**.")
    body = [text_block(head, weight="Bolder"), text_block("\n".join(lines)), text_block(public, isSubtle=True),
            text_block(hint, isSubtle=True)]
    return card(body, "\n".join([head, *lines, public]), [
        # The title says what goes: Teams does not style destructive buttons (see bot/cards.py).
        {"type": "Action.Submit", "title": _t(language, "Radera uppgifterna", "Erase the data"), "style": "destructive",
         "data": {"action": DELETE_ACTION, "user": user, "language": language}}])


def export_link_card(language: Language, who: str, url: str) -> dict[str, Any]:
    who = literal(who)
    text = _t(language, f"Allt som lagras om {who} (GDPR artikel 15), som JSON. Länken gäller i 15 minuter.",
              f"Everything stored about {who} (GDPR article 15), as JSON. The link is valid for 15 minutes.")
    return card([text_block(text)], text, [{"type": "Action.OpenUrl", "title": "JSON", "url": url}])


def erased_text(language: Language, who: str, result: ErasureResult) -> str:
    who = literal(who)
    lines = _summary(language, result)
    head = _t(language, f"Raderat om {who}:", f"Erased about {who}:") if lines else \
        _t(language, f"Det fanns inget att radera om {who}.", f"There was nothing to erase about {who}.")
    return "\n".join([head, *lines, "", public_documents_text(language, result.kept_revisions)])


async def personal_data(turn: Turn, rest: str) -> None:
    if turn.kind != "personal":
        await turn.say(turn.t("Skriv det i chatten med mig: personuppgifter ska inte synas för alla.",
                              "Write it in your chat with me: personal data must not be seen by everyone."))
        return
    words = rest.split()
    erase = bool(words) and fold(words[0]) in DELETE_WORDS
    confirmed = erase and len(words) > 1 and fold(words[-1]) in CONFIRM_WORDS
    who = " ".join(words[1:-1] if confirmed else words[1:] if erase else words).strip()
    if not who:
        await turn.say(turn.t(
            "Skriv **personuppgifter <aad-id eller e-post>** för att hämta allt som lagras om en person, eller "
            "**personuppgifter radera <aad-id eller e-post>** för att radera det som får raderas.",
            "Type **personal data <aad id or e-mail>** to get everything stored about a person, or "
            "**personal data delete <aad id or e-mail>** to erase what may be erased."))
        return
    db = turn.services.db
    user = await find_user(db, who)
    if user is None:
        await turn.say(turn.t(f"Jag har inga uppgifter om {literal(who)}.", f"I have no data about {literal(who)}."))
        return
    if not erase:
        inputs = input_services(turn.services)
        token = personal_data_token(inputs.key(), user, turn.user_aad_id or "?", turn.now)
        log.info("personal data link for %s made for %s", user, turn.user_aad_id)
        await turn.say("", card=export_link_card(turn.language, who,
                                                 f"{turn.services.settings.effective_public_url}/exports/{token}"))
        return
    if not confirmed:
        await turn.say("", card=confirm_card(turn.language, who, user, await plan_erasure(db, user)))
        return
    await turn.say(await _erase(turn, user, who))


async def _erase(turn: Turn, user: str, who: str) -> str:
    result = await erase_person(turn.services.db, user, turn.now)
    turn.services.conversations.forget(result.conversation_ids)
    inputs = input_services(turn.services)
    inputs.forget_member(user)
    for poll_id in result.poll_ids:
        inputs.polls.touch(poll_id)    # the posted poll cards show the tally without their votes
    turn.services.reminders.changed()
    log.info("personal data of %s erased by %s", user, turn.user_aad_id)
    return erased_text(turn.language, who, result)


async def delete(turn: Turn, data: dict[str, Any]) -> dict[str, Any] | None:
    given = data.get("user")
    user = await find_user(turn.services.db, given) if isinstance(given, str) else None
    if user is None:   # a stale button (already erased) or forged data: nothing to do, nothing logged
        return await tell(turn, turn.t("Det finns inga uppgifter kvar att radera om den personen.",
                                       "There is no data left to erase about that person."))
    return await tell(turn, await _erase(turn, user, user))


COMMANDS = (
    Command(id="personal_data", words=("personuppgifter", "personal data"),
            title=Text(sv="personuppgifter", en="personal data"),
            description=Text(sv="Hämta eller radera det som lagras om en person, GDPR (samordnare)",
                             en="Export or erase what is stored about a person, GDPR (coordinators)"),
            takes_text=True, run=personal_data, coordinator_only=True, scopes=("personal",), in_menu=False),
)
ACTIONS = (
    Action(id=DELETE_ACTION, run=delete, coordinator_only=True),
)


def sample_cards(process: Process, now: dt.datetime) -> dict[str, dict[str, Any]]:
    plan = ErasureResult(inspel=2, drafts_deleted=1, links=1, preferences=1, poll_votes=3, conversations=1,
                         kept_revisions=["RV-00001"])
    url = "https://rusbot.example.se/exports/eyJmbXQiOiJnZHByIn0.c2lnbmF0dXJl"
    from bot.card_samples import said

    return {
        "confirm.sv": confirm_card("sv", said("anna.andersson@kumla.se"), "aad-anna", plan),
        "confirm.en": confirm_card("en", said("anna.andersson@kumla.se"), "aad-anna", plan),
        "export.sv": export_link_card("sv", said("aad-anna"), url),
    }
