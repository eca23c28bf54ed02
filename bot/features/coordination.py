"""What only the coordinators do: the status per remissinstans, the export, extensions."""

from __future__ import annotations

import datetime as dt
import logging
import re
from typing import Any

from bot import input_cards as ic
from bot.cards import offset_of
from bot.features.organisations import find_organisation, org_label
from bot.input_services import input_services
from bot.routing import Action, Command
from bot.turn import Turn
from rusbot.input.rules import consultation_last_day, format_day
from rusbot.input.signing import export_token
from rusbot.process.model import Process, Text
from scheduling.texts import describe_unreachable

log = logging.getLogger(__name__)

_DATE = re.compile(r"(\d{4}-\d{2}-\d{2})\s*$")


async def show_status(turn: Turn, _rest: str) -> None:
    await _send_status(turn, 0)


async def _send_status(turn: Turn, offset: int) -> None:
    store = input_services(turn.services).store
    states = await store.overview([o.id for o in turn.process.respondents])
    pending = len(await store.pending_links())
    unreachable = [describe_unreachable(item, turn.language)
                   for item in await turn.services.reminders.unreachable_targets()]
    await turn.say("", card=ic.status_card(turn.process, turn.language, states, pending_links=pending, now=turn.now,
                                           unreachable=unreachable, offset=offset))


async def more_status(turn: Turn, data: dict[str, Any]) -> dict[str, Any] | None:
    """"Visa fler" on the status card."""
    await _send_status(turn, offset_of(data))
    return None


async def more_unreachable(turn: Turn, data: dict[str, Any]) -> dict[str, Any] | None:
    """"Visa fler" under the status card's reminders that do not get through: all of them, paged."""
    unreachable = [describe_unreachable(item, turn.language)
                   for item in await turn.services.reminders.unreachable_targets()]
    await turn.say("", card=ic.unreachable_card(turn.language, unreachable, offset_of(data)))
    return None


async def export(turn: Turn, _rest: str) -> None:
    if turn.kind != "personal":
        await turn.say(turn.t("Skriv **export** i chatten med mig: nedladdningslänken ska inte synas för alla.",
                              "Type **export** in your chat with me: the download link must not be seen by everyone."))
        return
    inputs = input_services(turn.services)
    base = turn.services.settings.effective_public_url
    user = turn.user_aad_id or "?"
    urls = [f"{base}/exports/{export_token(inputs.key(), fmt, user, turn.now)}" for fmt in ("csv", "xlsx")]
    log.info("export links made for %s", user)
    await turn.say("", card=ic.export_card(turn.language, *urls))


async def extension(turn: Turn, rest: str) -> None:
    store = input_services(turn.services).store
    usage = turn.t("Skriv till exempel **anstånd Kumla 2021-10-15** (organisation och sista dag).",
                   "Write for example **extension Kumla 2021-10-15** (organisation and last day).")
    if not rest.strip():
        granted = await store.extensions()
        lines = [f"- {org_label(turn, org)}: {format_day(day, turn.language)}" for org, day in sorted(granted.items())]
        head = turn.t("Beviljade anstånd:", "Extensions granted:") if lines else \
            turn.t("Inga anstånd är beviljade.", "No extensions are granted.")
        await turn.say("\n".join([head, *lines, "", usage]))
        return
    match = _DATE.search(rest)
    organisation = find_organisation(turn, rest[:match.start()] if match else rest)
    if match is None or organisation is None:
        await turn.say(usage)
        return
    try:
        until = dt.date.fromisoformat(match.group(1))
    except ValueError:
        await turn.say(usage)
        return
    last = consultation_last_day(turn.process)
    if last is not None and until <= last:
        await turn.say(turn.t(f"Anståndet måste gå längre än remisstiden ({format_day(last, turn.language)}).",
                              f"The extension must go beyond the consultation ({format_day(last, turn.language)})."))
        return
    await store.grant_extension(organisation, until, by=turn.user_aad_id or "?", now=turn.now)
    name = org_label(turn, organisation)
    await turn.say(turn.t(f"{name} har anstånd till och med {format_day(until, 'sv')}.",
                          f"{name} has an extension until {format_day(until, 'en')} inclusive."))


def sample_cards(process: Process, now: dt.datetime) -> dict[str, dict[str, Any]]:
    """Every card this feature sends (bot/card_catalogue.py), built by the real builders."""
    from bot import card_samples as s

    base = "https://rusbot.example.se/exports/"
    token = "eyJmIjoiY3N2IiwidSI6ImFhZC1rb29yZCIsImUiOjE2MTU4MDI0MDB9.c2lnbmF0dXJlLXNpZ25hdHVyZS1zaWduYXR1cmU"
    result: dict[str, dict[str, Any]] = {}
    for lang in ("sv", "en"):
        result[f"status.{lang}"] = ic.status_card(process, lang, s.org_states(process, now), pending_links=2,
                                                  now=now, unreachable=s.unreachable_lines(lang, now))
        result[f"export.{lang}"] = ic.export_card(lang, base + token, base + token.replace("csv", "xlsx"))
    # A partnership ten times the size: the status pages, the summary counts everyone.
    result["status.most.sv"] = ic.status_card(process, "sv", s.org_states(process, now, times=10), pending_links=40,
                                              now=now)
    many = s.unreachable_lines("sv", now, times=10)
    result["status.unreachable.most.sv"] = ic.status_card(process, "sv", s.org_states(process, now), pending_links=0,
                                                          now=now, unreachable=many)
    result["unreachable.most.sv"] = ic.unreachable_card("sv", many)
    result["unreachable.most.last.en"] = ic.unreachable_card("en", s.unreachable_lines("en", now, times=10),
                                                             offset=len(many) - 3)
    result["status.most.last.en"] = ic.status_card(process, "en", s.org_states(process, now, times=10),
                                                   pending_links=0, now=now, offset=150)
    return result


COMMANDS = (
    Command(id="status", words=("status",),
            title=Text(sv="status", en="status"),
            description=Text(sv="Vilka remissinstanser som har svarat (samordnare)",
                             en="Which organisations have answered (coordinators)"),
            run=show_status, coordinator_only=True),
    Command(id="export", words=("export", "exportera"),
            title=Text(sv="export", en="export"),
            description=Text(sv="Ladda ner inspel och remissvar som CSV eller Excel (samordnare)",
                             en="Download input and responses as CSV or Excel (coordinators)"),
            run=export, coordinator_only=True, scopes=("personal",)),
    Command(id="extension", words=("anstånd", "anstand", "extension"),
            title=Text(sv="anstånd", en="extension"),
            description=Text(sv="Ge en organisation anstånd med remissvaret (samordnare)",
                             en="Give an organisation more time to respond (coordinators)"),
            takes_text=True, run=extension, coordinator_only=True, in_menu=False),
)
ACTIONS = (
    Action(id="coordination.status", run=more_status, coordinator_only=True),
    Action(id="coordination.unreachable", run=more_unreachable, coordinator_only=True),
)
