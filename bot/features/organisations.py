"""Who speaks for which organisation: automatic links by mail domain, chosen links that wait
for a coordinator, and the helpers the input features use to check them."""

from __future__ import annotations

import datetime as dt
import logging
import re
from typing import Any

from bot import input_cards as ic
from bot.cards import offset_of
from bot.input_services import input_services
from bot.private import tell  # the features' one way to answer a card action
from bot.routing import Action, Command, fold
from bot.turn import Turn
from rusbot.input.rules import organisation_for
from rusbot.input.store import LinkRecord
from rusbot.markdown import literal
from rusbot.process.model import Process, Text

log = logging.getLogger(__name__)

TASK_INVOKES = ("task/fetch", "task/submit")


def is_dialog(turn: Turn) -> bool:
    return turn.activity.type == "invoke" and turn.activity.name in TASK_INVOKES


def org_name(turn: Turn, organisation_id: str) -> str:
    """The organisation's name as text (card builders escape it themselves)."""
    try:
        return turn.process.organisation(organisation_id).name
    except KeyError:
        return organisation_id


def org_label(turn: Turn, organisation_id: str) -> str:
    """The organisation's name for a markdown message."""
    return literal(org_name(turn, organisation_id))


def _member_addresses(member: dict[str, Any] | None) -> tuple[str | None, str | None]:
    if not member:
        return None, None
    email, upn = member.get("email"), member.get("userPrincipalName")
    return (email if isinstance(email, str) else None), (upn if isinstance(upn, str) else None)


async def current_link(turn: Turn) -> LinkRecord | None:
    """The user's link; made (confirmed) from the mail domain when the process file knows it."""
    aad = turn.user_aad_id
    if aad is None:
        return None
    inputs = input_services(turn.services)
    link = await inputs.store.link(aad)
    if link is not None and link.confirmed:
        return link
    if not turn.process.deployment.organisation_domains:
        return link
    member = await inputs.member(turn)
    email, upn = _member_addresses(member)
    organisation = organisation_for(turn.process, email, upn)
    if organisation is None:
        return link
    sender = turn.activity.from_property
    return await inputs.store.set_link(aad, organisation, status="confirmed", source="domain", now=turn.now,
                                       name=sender.name if sender else None, email=email or upn)


async def require_link(turn: Turn) -> tuple[LinkRecord | None, str | None]:
    """A confirmed link, or the message that says why there is none."""
    if turn.user_aad_id is None:
        return None, turn.t("Jag kan inte se vem du är här. Skriv till mig i Teams.",
                            "I cannot tell who you are here. Please write to me in Teams.")
    link = await current_link(turn)
    if link is None:
        return None, turn.t("Du är inte kopplad till någon organisation än. Skriv **organisation** och välj din.",
                            "You are not linked to an organisation yet. Type **organisation** and choose yours.")
    if not link.confirmed:
        return None, turn.t(
            f"Din koppling till {org_label(turn, link.organisation_id)} väntar på att en samordnare bekräftar den. "
            "Du kan fortsätta när den är bekräftad.",
            f"Your link to {org_label(turn, link.organisation_id)} is waiting for a coordinator to confirm it. "
            "You can continue once it is confirmed.")
    return link, None


def find_organisation(turn: Turn, words: str) -> str | None:
    """The organisation `words` name: its name or id, or the one organisation a sentence names ("min
    organisation är fel, jag jobbar på Lindesbergs kommun"). None when none, or several, are named."""
    wanted = fold(words)
    if not wanted:
        return None
    for org in turn.process.organisations:
        if wanted in (fold(org.id), fold(org.name)):
            return org.id
    named = _named_in(turn.process, wanted)
    return named[0] if len(named) == 1 else None


def _named_in(process: Process, folded: str) -> list[str]:
    """Organisations named in a folded sentence, a genitive ("Kumlas") included; a name inside a longer
    one that is also named ("Örebro" in "Örebro universitet") does not count."""
    spans: list[tuple[int, int, str]] = []
    for org in process.organisations:
        for match in re.finditer(rf"(?<!\w){re.escape(fold(org.name))}s?(?!\w)", folded):
            spans.append((match.start(), match.end(), org.id))
    inside = {i for i, (start, end, _) in enumerate(spans)
              for j, (other_start, other_end, _) in enumerate(spans)
              if i != j and other_start <= start and end <= other_end and (other_end - other_start) > (end - start)}
    return sorted({org_id for i, (_, _, org_id) in enumerate(spans) if i not in inside})


def sample_cards(process: Process, now: dt.datetime) -> dict[str, dict[str, Any]]:
    """Every card this feature sends (bot/card_catalogue.py), built by the real builders."""
    from bot import card_samples as s

    return {
        "choice.sv": ic.organisation_choice_card(process, "sv", intro=(
            "Du är inte kopplad till någon organisation än. Välj den du företräder; en samordnare bekräftar "
            "kopplingen.")),
        "choice.en": ic.organisation_choice_card(process, "en", intro=(
            "You are not linked to an organisation yet. Choose the one you represent; a coordinator confirms "
            "the link.")),
        "choice.pending.sv": ic.organisation_choice_card(process, "sv", intro=(
            "Du har valt **Kumla**; kopplingen väntar på att en samordnare bekräftar den. Fel organisation? "
            "Välj en annan:")),
        "pending.sv": ic.pending_links_card(process, "sv", s.pending_links(process, now, 3)),
        "pending.en": ic.pending_links_card(process, "en", s.pending_links(process, now, 3)),
        "pending.most.sv": ic.pending_links_card(process, "sv", s.pending_links(process, now, 250)),
        "pending.longest.sv": ic.pending_links_card(process, "sv", s.pending_links(process, now, 250, longest=True)),
        "pending.longest.last.en": ic.pending_links_card(process, "en", s.pending_links(process, now, 250,
                                                                                      longest=True), offset=240),
    }


# -- the command and the card actions ------------------------------------------------------------
CONFIRM_WORDS = {"bekrafta", "confirm"}
CONFIRMED_LISTED = 20


async def confirm_by_text(turn: Turn, who: str) -> None:
    """`organisation bekräfta <namn|alla>`: the coordinators' text form of the confirm buttons."""
    await turn.load_email()
    if not turn.is_coordinator():
        await turn.say(turn.t("Det är bara samordnarna som kan bekräfta kopplingar.",
                              "Only the coordinators can confirm links."))
        return
    store = input_services(turn.services).store
    wanted = fold(who)
    pending = [p for p in await store.pending_links()
               if wanted in ("alla", "all") or wanted in (fold(p.name or ""), fold(p.user_aad_id), fold(p.email or ""))]
    if not pending:
        await turn.say(turn.t("Ingen väntande koppling passar. Skriv **organisation** för att se dem.",
                              "No waiting link matches. Type **organisation** to see them."))
        return
    done = []
    for link in pending:
        confirmed = await store.confirm_link(link.user_aad_id, by=turn.user_aad_id or "?", now=turn.now,
                                             organisation_id=link.organisation_id)
        if confirmed is not None:
            done.append(f"{literal(confirmed.name or confirmed.user_aad_id)} → "
                        f"{org_label(turn, confirmed.organisation_id)}")
    # Named one by one up to a point: the message has to stay within Teams' size limit.
    lines = [f"- {line}" for line in done[:CONFIRMED_LISTED]]
    if len(done) > CONFIRMED_LISTED:
        more = len(done) - CONFIRMED_LISTED
        lines.append(turn.t(f"- … och {more} till", f"- … and {more} more"))
    await turn.say(turn.t("Bekräftat:", "Confirmed:") + "\n" + "\n".join(lines))


async def show_organisation(turn: Turn, rest: str) -> None:
    words = rest.split()
    if words and fold(words[0]) in CONFIRM_WORDS:
        await confirm_by_text(turn, " ".join(words[1:]))
        return
    if rest.strip():
        organisation = find_organisation(turn, rest)
        if organisation is None and len(rest.split()) >= 3:
            # A sentence that names no one organisation ("min organisation är fel i boten …"): the list to choose from.
            await show_organisation(turn, "")
            return
        if organisation is None:
            await turn.say(turn.t("Den organisationen känner jag inte till. Skriv **organisation** för att välja i "
                                  "listan.", "I do not know that organisation. Type **organisation** to choose "
                                  "from the list."))
            return
        await choose(turn, {"organisation": organisation})
        return
    link = await current_link(turn) if turn.user_aad_id else None
    if link is None:
        intro = turn.t("Du är inte kopplad till någon organisation än. Välj den du företräder; en samordnare "
                       "bekräftar kopplingen.",
                       "You are not linked to an organisation yet. Choose the one you represent; a coordinator "
                       "confirms the link.")
        await turn.say("", card=ic.organisation_choice_card(turn.process, turn.language, intro=intro))
    elif link.confirmed:
        await turn.say(turn.t(f"Du företräder **{org_label(turn, link.organisation_id)}** (bekräftat).",
                              f"You represent **{org_label(turn, link.organisation_id)}** (confirmed)."))
    else:
        intro = turn.t(f"Du har valt **{org_label(turn, link.organisation_id)}**; kopplingen väntar på att en "
                       "samordnare bekräftar den. Fel organisation? Välj en annan:",
                       f"You chose **{org_label(turn, link.organisation_id)}**; the link is waiting for a "
                       "coordinator to confirm it. Wrong organisation? Choose another:")
        await turn.say("", card=ic.organisation_choice_card(turn.process, turn.language, intro=intro))
    await turn.load_email()
    if turn.is_coordinator():
        pending = await input_services(turn.services).store.pending_links()
        if pending and turn.kind != "personal":
            # Names and e-mail addresses of people waiting: for the coordinators' eyes, not a channel's.
            await turn.say(turn.t(f"{len(pending)} kopplingar väntar på bekräftelse. Skriv **organisation** i "
                                  "chatten med mig för att se och bekräfta dem.",
                                  f"{len(pending)} links are waiting for confirmation. Type **organisation** in "
                                  "your chat with me to see and confirm them."))
        elif pending:
            await turn.say("", card=ic.pending_links_card(turn.process, turn.language, pending))
        else:
            await turn.say(turn.t("Inga kopplingar väntar på bekräftelse.", "No links are waiting for confirmation."))


async def link_status(turn: Turn) -> str:
    """Where the user stands, as one text: for answers that must go to them alone (bot/private.py)."""
    link = await current_link(turn) if turn.user_aad_id else None
    if link is None:
        return turn.t("Du är inte kopplad till någon organisation än. Skriv **organisation** i chatten med mig och "
                      "välj den du företräder; en samordnare bekräftar kopplingen.",
                      "You are not linked to an organisation yet. Type **organisation** in your chat with me and "
                      "choose the one you represent; a coordinator confirms the link.")
    if link.confirmed:
        return turn.t(f"Du företräder **{org_label(turn, link.organisation_id)}** (bekräftat).",
                      f"You represent **{org_label(turn, link.organisation_id)}** (confirmed).")
    return turn.t(f"Du har valt **{org_label(turn, link.organisation_id)}**; kopplingen väntar på att en samordnare "
                  "bekräftar den.",
                  f"You chose **{org_label(turn, link.organisation_id)}**; the link is waiting for a coordinator to "
                  "confirm it.")


async def more_pending(turn: Turn, data: dict[str, Any]) -> dict[str, Any] | None:
    """"Visa fler" on the coordinators' card of waiting links."""
    pending = await input_services(turn.services).store.pending_links()
    if not pending:
        return await tell(turn, turn.t("Inga kopplingar väntar på bekräftelse.",
                                       "No links are waiting for confirmation."))
    await turn.say("", card=ic.pending_links_card(turn.process, turn.language, pending, offset_of(data)))
    return None


async def choose(turn: Turn, data: dict[str, Any]) -> dict[str, Any] | None:
    aad = turn.user_aad_id
    organisation = data.get("organisation")
    known = {o.id for o in turn.process.organisations}
    if aad is None or not isinstance(organisation, str) or organisation not in known:
        return await tell(turn, turn.t("Välj en organisation i listan.",
                                       "Please choose an organisation from the list."))
    link = await current_link(turn)
    if link is not None and link.confirmed:
        if link.organisation_id == organisation:
            return await tell(turn, turn.t(f"Du är redan kopplad till {org_label(turn, organisation)}.",
                                           f"You are already linked to {org_label(turn, organisation)}."))
        if link.source == "domain":
            return await tell(turn, turn.t(
                f"Din e-postadress hör till {org_label(turn, link.organisation_id)}. Be en samordnare om hjälp "
                "om det är fel.",
                f"Your e-mail address belongs to {org_label(turn, link.organisation_id)}. Ask a coordinator if "
                "that is wrong."))
    inputs = input_services(turn.services)
    email, upn = _member_addresses(await inputs.member(turn))
    sender = turn.activity.from_property
    await inputs.store.set_link(aad, organisation, status="pending", source="choice", now=turn.now,
                                name=sender.name if sender else None, email=email or upn)
    return await tell(turn, turn.t(
        f"Tack! Du har valt {org_label(turn, organisation)}. En samordnare bekräftar kopplingen; därefter kan du "
        "lämna inspel och remissvar.",
        f"Thank you! You chose {org_label(turn, organisation)}. A coordinator confirms the link; after that you "
        "can send input and the consultation response."))


async def confirm(turn: Turn, data: dict[str, Any]) -> dict[str, Any] | None:
    user, organisation = data.get("user"), data.get("organisation")
    if not isinstance(user, str) or not isinstance(organisation, str):
        return await tell(turn, turn.t("Den här knappen fungerar inte längre.", "This button no longer works."))
    link = await input_services(turn.services).store.confirm_link(
        user, by=turn.user_aad_id or "?", now=turn.now, organisation_id=organisation)
    if link is None:
        return await tell(turn, turn.t("Kopplingen har ändrats sedan kortet skickades; skriv **organisation** "
                                       "för att se läget nu.",
                                       "The link has changed since the card was sent; type **organisation** to "
                                       "see where it stands now."))
    who = literal(link.name or link.user_aad_id)
    return await tell(turn, turn.t(f"Bekräftat: {who} företräder {org_label(turn, organisation)}.",
                                   f"Confirmed: {who} represents {org_label(turn, organisation)}."))


COMMANDS = (
    Command(id="organisation", words=("organisation", "organization", "min organisation"),
            title=Text(sv="organisation", en="organisation"),
            description=Text(sv="Vilken organisation du företräder (samordnare: bekräfta kopplingar)",
                             en="Which organisation you represent (coordinators: confirm links)"),
            takes_text=True, run=show_organisation),
)
ACTIONS = (
    Action(id="org.choose", run=choose),
    Action(id="org.confirm", run=confirm, coordinator_only=True),
    Action(id="org.pending", run=more_pending, coordinator_only=True),
)
