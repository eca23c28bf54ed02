"""`python -m bot chat` end to end, as a new user meets it: the terminal loop as a coroutine with its
streams and a ManualClock injected, the real app behind it on loopback and the terminal's own Bot
Connector in front. Each run is one person at the keyboard; runs that share a data folder are the
same small Teams (the same people, the same team channel, the same database)."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from bot.chat import ChatError, run_chat
from bot.terminal.world import Identities
from rusbot.clock import STOCKHOLM, ManualClock
from rusbot.input.store import InputStore
from rusbot.settings import Settings
from rusbot.store.db import open_database
from tests.conftest import make_settings, stockholm


@dataclass
class Terminal:
    """One data folder and database: the terminal's people take turns at the keyboard."""

    folder: Path
    clock: ManualClock

    @property
    def settings(self) -> Settings:
        return make_settings(f"sqlite:///{self.folder / 'rusbot.db'}", data_dir=self.folder)

    async def run(self, *lines: str, who: str = "du", org: str | None = None, locale: str = "sv-SE") -> str:
        out = io.StringIO()
        await run_chat(self.settings, stdin=io.StringIO("".join(f"{line}\n" for line in lines)), stdout=out,
                       clock=self.clock, handle=who, organisation=org, locale=locale)
        text = out.getvalue()
        # Whatever was shown, markdown and mentions are drawn, never left raw.
        assert "**" not in text and "<at>" not in text and "</at>" not in text
        return text

    def aad(self, who: str) -> str:
        return Identities(self.folder / "terminal").person(who).aad_object_id

    async def store(self) -> tuple[Any, InputStore]:
        db = open_database(self.settings.effective_database_url)
        return db, InputStore(db)


@pytest.fixture
def terminal(tmp_path: Path) -> Terminal:
    return Terminal(tmp_path, ManualClock(stockholm(2021, 3, 1, 10, 0)))


def after(text: str, marker: str) -> str:
    """The output from the last `marker` on."""
    return text[text.rindex(marker):]


async def test_a_new_user_gives_an_inspel_through_the_dialog(terminal: Terminal) -> None:
    out = await terminal.run(
        "inspel",                       # the list card: [1] Nytt inspel
        "1",                            # task/fetch: the dialog with the form; [1] Skicka inspel
        "1",
        "",                             # the topic is required: Teams (and the terminal) will not send
        "3",
        "x" * 1501,                     # longer than the field allows
        "Lägg till ett mål om vattenförsörjning.",
        "",                             # required
        "   ",                          # filled for the client, empty for the bot: its error comes back
        "",                             # no reference
        "1",                            # the dialog again, with the bot's error; send again
        "", "",                         # Enter keeps the topic and the change
        "Torkan 2018 visade sårbarheten.",
        "",
        "inspel",
        "sluta", org="Kumla")
    assert out.startswith("Terminalanvändare företräder nu Kumla (kopplat lokalt med --org).")
    assert "[1] Nytt inspel" in out
    assert "╔═ Dialog: Inspel till RUS" in out and "[0] Stäng dialogen" in out
    assert "⚠ Välj vad inspelet gäller." in out         # the card's errorMessage, before anything is sent
    assert "⚠ Högst 1500 tecken (du skrev 1501)." in out
    assert "⚠ Varför?" in out                           # the card's errorMessage for "Varför?" is its label
    bot_errors = after(out, "Rätta det som är markerat nedan – inget är sparat än.")
    assert "⚠ Fyll i det här fältet." in bot_errors
    assert "ℹ Tack! Ditt inspel #1 är sparat." in out and "(dialogen är stängd)" in out
    assert "#1 · Landsbygdsutveckling i det regionala utvecklingsuppdraget" in after(out, "du@chatt> inspel")
    db, store = await terminal.store()
    try:
        [record] = await store.active_inspel()
    finally:
        await db.close()
    assert (record.organisation_id, record.author_aad_id) == ("kumla", terminal.aad("du"))
    assert (record.change, record.reason, record.reference) == (
        "Lägg till ett mål om vattenförsörjning.", "Torkan 2018 visade sårbarheten.", None)


async def test_a_representative_saves_then_submits_the_remissvar(terminal: Terminal) -> None:
    terminal.clock.set(stockholm(2021, 9, 20, 10, 0))
    out = await terminal.run(
        "remissvar", "1",               # the overview card, then the dialog
        "2",                            # Spara utkast: everything may be empty
        "", "Vi vill se mer om vattenförsörjning.", "", "", "", "",
        "remissvar", "1",
        "1",                            # Skicka in
        "9", "1",                       # position: no such choice, then "Tillstyrker"
        "", "Kommunstyrelsen",
        "2021-13-01", "2021-12-01",     # not a date; then a date in the future, which the bot refuses
        "KS 2021/12", "https://kumla.se/protokoll",
        "1",                            # the form again with the bot's error
        "", "", "", "2021-09-01", "", "",
        "sluta", who="anna", org="Kumla")
    assert "ℹ Utkastet är sparat. Det är inte inskickat än" in out
    assert "Ett utkast är sparat men inte inskickat." in out
    assert "Synpunkter: Vi vill se mer om vattenförsörjning." in out     # the draft, back in the form
    assert "⚠ Svara med en siffra mellan 1 och 4." in out
    assert "⚠ Skriv datumet som ÅÅÅÅ-MM-DD." in out
    assert "⚠ Beslutsdatumet kan inte ligga i framtiden." in out
    receipt = after(out, "✓ Kvitto: remissvaret är inskickat")
    assert "Organisation  Kumla" in receipt and "Kvittonummer  RV-" in receipt and "Version       1" in receipt
    db, store = await terminal.store()
    try:
        record = await store.remissvar("kumla")
    finally:
        await db.close()
    assert record is not None and record.submitted
    assert (record.content.position, record.content.decided_by, record.content.diarienummer) == (
        "tillstyrker", "Kommunstyrelsen", "KS 2021/12")


async def test_a_partner_votes_in_a_poll_a_coordinator_posted(terminal: Terminal) -> None:
    coordinator = await terminal.run("/kanal", "omröstning Vilken dag passar? | Tisdag | Onsdag", "sluta",
                                     who="coordinator")
    assert "Hej alla! Jag är RUS-boten" in coordinator          # the team got the bot (once)
    assert "Snabbomröstning" in coordinator and "[1] Rösta" in coordinator
    # Another person, another run: the poll is in the channel they share.
    partner = await terminal.run("/kanal", "1", "", "2", "sluta", who="anna")
    assert "Hej alla!" in partner and "Vilken dag passar?" in partner
    assert "⚠ Välj ett alternativ." in partner                   # the card's errorMessage
    mine = after(partner, "(kortet har ändrats; så här ser du det nu)")
    assert "Tack, din röst är räknad." in mine and "1 har röstat." in mine
    # The bot updated the card for everyone (PUT): the coordinator sees the count, and closes the poll
    # without being asked for a vote.
    coordinator = await terminal.run("/kanal", "2", "sluta", who="coordinator")
    assert "Hej alla!" not in coordinator
    updated = after(coordinator, "(uppdaterat)")
    assert "Onsdag  ██████████ 1" in updated and "1 har röstat." in updated
    assert "Din röst" not in after(coordinator, "Omröstningen är stängd.")
    db, store = await terminal.store()
    try:
        state = await store.poll(1)
    finally:
        await db.close()
    assert state is not None and state.voters == 1 and state.tally == [0, 1] and state.poll.closed_at is not None


async def test_reminders_are_listed_and_arrive_in_the_terminal(terminal: Terminal) -> None:
    terminal.clock.set(stockholm(2021, 9, 10, 10, 0))
    await terminal.run("/kanal", "sluta", who="coordinator")      # the team channel gets the reminders
    # Listed: an unlinked user sees no one's personal nudges, and "1 dag kvar".
    out = await terminal.run("påminnelser", "sluta", who="ulla")
    listed = after(out, "Kommande påminnelser:")
    assert "16 september 2021 kl. 09:00 – remissen stänger 30 september 2021 (14 dagar kvar)" in listed
    assert "(1 dag kvar)" in listed and "(1 dagar kvar)" not in listed
    assert "personlig" not in listed and "askersund" not in listed.casefold()
    out = await terminal.run("påminnelser", "sluta", who="anna", org="Kumla")
    assert "23 september 2021 kl. 09:00 – personlig påminnelse till dig, om remissvaret från Kumla inte är " \
           "inskickat då" in out
    # When the terminal starts it sends what is due, as the bot does: the channel's reminder, with the
    # button that opens the remissvar dialog.
    terminal.clock.set(stockholm(2021, 9, 16, 9, 5))
    out = await terminal.run("1", "0", "sluta", who="anna")
    assert "[Partnerskapet (terminalen) › Allmänt] rusbot> ┌" in out
    assert "14 dagar kvar till remissen stänger" in out and "[1] Lämna remissvar" in out
    assert "╔═ Dialog: Remissvar" in out and "Remissvar från Kumla" in out
    terminal.clock.set(stockholm(2021, 9, 23, 9, 5))
    out = await terminal.run("sluta", who="anna")
    assert "Hej! Kumla har inte lämnat något remissvar ännu." in out          # in her own chat
    assert "7 dagar kvar till remissen stänger" in out


async def test_the_coordinator_links_a_partner_who_chose_an_organisation(terminal: Terminal) -> None:
    out = await terminal.run("inspel", "1", "organisation", "1", "6", "inspel", "1", "sluta", who="anna")
    assert "ℹ Du är inte kopplad till någon organisation än. Skriv organisation och välj din." in out
    assert "Tack! Du har valt Kumla." in out
    assert "ℹ Din koppling till Kumla väntar på att en samordnare bekräftar den." in out
    # Partners cannot confirm, or see the coordinators' commands.
    out = await terminal.run("status", "organisation bekräfta alla", "sluta", who="anna")
    assert "Det kommandot är bara för samordnarna." in out
    assert "Det är bara samordnarna som kan bekräfta kopplingar." in out
    out = await terminal.run("organisation", "2", "status", "sluta", who="coordinator")
    assert "Kopplingar som väntar på bekräftelse" in out and "Anna (anna@terminal.invalid) → Kumla" in out
    assert "Bekräftat: Anna företräder Kumla." in out
    assert "Status per remissinstans" in out and "0 av 17 har svarat." in out
    # The next run is the same Anna: linked.
    first = terminal.aad("anna")
    out = await terminal.run("organisation", "/vem", "sluta", who="anna")
    assert "Du företräder Kumla (bekräftat)." in out and first in out
    db, store = await terminal.store()
    try:
        link = await store.link(first)
    finally:
        await db.close()
    assert link is not None and link.confirmed and link.organisation_id == "kumla"


async def test_after_2021_the_timeline_says_what_was_planned_not_what_happened(terminal: Terminal) -> None:
    terminal.clock.set(stockholm(2025, 12, 2, 10, 0))
    out = await terminal.run("hjälp", "tidplan", "sluta")
    assert "hjälper Partnerskapet för regional utveckling i processen Uppdatering av RUS 2021" in out
    assert "genom Uppdatering" not in out
    timeline = after(out, "Idag: 2 december 2025")
    assert "Jag vet vad som var planerat, inte vad som faktiskt har hänt." in timeline
    assert "–  Politiskt beslut i regionfullmäktige  planerat" in timeline
    assert "✓  Politiskt beslut" not in timeline and "✓  Uppdaterad RUS klar" not in timeline
    assert "✓  Medskick från KC/RD  december 2020" in timeline          # the source says it happened


async def test_english_when_the_client_is(terminal: Terminal) -> None:
    terminal.clock.set(stockholm(2021, 9, 20, 10, 0))
    out = await terminal.run("help", "response", "1", "1", "7", "cancel", "0", "quit", who="eve", org="Nora",
                             locale="en-US")
    assert out.startswith("Eve represents Nora now (linked locally with --org).\nThe RUS bot in the terminal.")
    assert "Hi! I am the RUS bot and help the Partnership for Regional Development in the process Update of " \
           "RUS 2021." in out
    assert "  • What is happening now?" in out and "  • help – What I can help with" in out
    assert "╔═ Dialog: Consultation response" in out and "[0] Close the dialog" in out
    assert "⚠ Answer with a number from 1 to 4." in out and "Cancelled – nothing was sent." in out
    assert "(the dialog is closed – nothing was sent)" in out and out.endswith("Bye!\n")


async def test_the_chat_is_for_local_mode_only(terminal: Terminal) -> None:
    production = make_settings(f"sqlite:///{terminal.folder / 'x.db'}", app_id="00000000-0000-0000-0000-000000000001",
                               app_password="secret", app_tenant_id="tenant", data_dir=terminal.folder)
    with pytest.raises(ChatError, match="local mode only"):
        await run_chat(production, stdin=io.StringIO(""), stdout=io.StringIO(), handle="coordinator")
    assert not (terminal.folder / "terminal").exists()


async def test_an_identity_is_kept_and_a_handle_checked(terminal: Terminal) -> None:
    out = await terminal.run("/vem", "sluta", who="Anna")
    first = re.search(r"id ([0-9a-f-]{36})", out)
    assert first is not None and first.group(1) == terminal.aad("anna")
    with pytest.raises(ValueError, match="--as"):
        await terminal.run("sluta", who="../etc")


def test_stockholm_clock_is_used() -> None:
    assert stockholm(2021, 1, 1).tzinfo is STOCKHOLM
