"""`python -m bot chat`: the whole bot in the terminal, without Teams (bot/terminal/ says how).

The terminal user writes in their personal chat with the bot, or in the team channel every terminal
user shares (`/kanal`, `/chatt`). Cards are drawn as text; their buttons are numbered and pressed by
typing the number; a form's fields are asked for one by one. A Teams dialog opens as a dialog here
too and is submitted as the same `task/submit` Teams sends. `--as coordinator` (local mode only) is
a coordinator; `--as NAME` another person; `--org ORG` links the user to an organisation.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import socket
import sys
import threading
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, TextIO

import aiohttp
from aiohttp import web

from bot.app import clock_for, create_app
from bot.appkeys import SERVICES
from bot.routing import fold
from bot.terminal.connector import Event, Message, TerminalConnector, Transcript
from bot.terminal.inputs import Cancelled, fill
from bot.terminal.render import Button, Style, draw_card, markdown, suggested_buttons
from bot.terminal.world import (
    DEFAULT_HANDLE,
    TEAM_ID,
    TERMINAL_TENANT,
    Identities,
    Person,
    Place,
    TerminalState,
    World,
    conversation_base,
)
from bot.turn import Services
from rusbot.clock import Clock
from rusbot.settings import Settings

log = logging.getLogger(__name__)

ADAPTIVE_CARD = "application/vnd.microsoft.card.adaptive"
QUIT_WORDS = {"sluta", "quit", "exit", "avsluta", "/sluta", "/quit", "/exit"}
CHANNEL_WORDS = {"/kanal", "/kanalen", "/channel"}
PERSONAL_WORDS = {"/chatt", "/chat", "/personlig"}
CLOSE_WORDS = {"0", "avbryt", "cancel", "stang", "close"}
UNSEEN_SHOWN = 10

HELP_SV = """Så här använder du terminalen:
  Skriv en fråga eller ett kommando (t.ex. hjälp, tidplan, inspel, remissvar, påminnelser, organisation).
  [n]  en knapp på ett kort: svara med siffran. Formulär frågar efter ett fält i taget;
       Enter behåller det som står, - tömmer ett fält, avbryt låter bli.
  /kanal     kanalen Allmänt i teamet alla i terminalen delar (omröstningar, påminnelser till teamet)
  /chatt     tillbaka till din personliga chatt med boten
  /historik  de senaste meddelandena här, också de du redan sett
  /vem       vem du är här
  /sluta     avslutar (även: sluta, quit)"""
HELP_EN = """How to use the terminal:
  Write a question or a command (e.g. help, timeline, input, response, reminders, organisation).
  [n]  a button on a card: answer with its number. A form asks for one field at a time;
       Enter keeps what is there, - empties a field, cancel leaves the form.
  /kanal     the General channel of the team everyone in the terminal shares (polls, the team's reminders)
  /chatt     back to your personal chat with the bot
  /historik  the latest messages here, also those you have seen
  /vem       who you are here
  /sluta     ends the chat (also: quit, exit)"""


class ChatError(Exception):
    """The terminal chat cannot start as asked; the message says why."""


@dataclass
class Choice:
    """A numbered button on screen, and where its card is."""

    button: Button
    place: Place
    conversation_id: str | None     # the conversation of the message the card is in (with its thread)
    activity_id: str | None         # that message's id: an invoke's replyToId
    in_dialog: bool = False


@dataclass
class Dialog:
    title: str
    place: Place
    conversation_id: str


class _Lines:
    """The user's lines, read by a daemon thread: a blocked read never keeps the process from
    ending (Ctrl-C), as a thread of the event loop's executor would until Enter was pressed."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.queue: asyncio.Queue[str] = asyncio.Queue()
        self.ended = False
        self._loop = asyncio.get_running_loop()
        threading.Thread(target=self._read, name="terminal-input", daemon=True).start()

    def _read(self) -> None:
        while True:
            line = self.stream.readline()
            try:
                self._loop.call_soon_threadsafe(self.queue.put_nowait, line)
            except RuntimeError:        # the loop is gone: the chat has ended
                return
            if not line:
                return

    async def get(self) -> str:
        """The next line with its newline; "" at the end of input, and ever after."""
        if self.ended:
            return ""
        line = await self.queue.get()
        self.ended = not line
        return line


class Chat:
    def __init__(self, *, world: World, person: Person, connector: TerminalConnector, transcript: Transcript,
                 state: TerminalState, app_url: str, session: aiohttp.ClientSession, stdin: TextIO,
                 stdout: TextIO, style: Style, due: Callable[[], Awaitable[object]] | None = None) -> None:
        self.world = world
        self.language = "en" if world.locale.lower().startswith("en") else "sv"
        self.due = due
        self.person = person
        self.connector = connector
        self.transcript = transcript
        self.state = state
        self.app_url = app_url
        self.session = session
        self.stdin = stdin
        self.out = stdout
        self.style = style
        self.place = world.personal
        self.dialog: Dialog | None = None
        self.choices: list[Choice] = []
        seen = state.get(f"seen:{person.aad_object_id}")
        self.seen: dict[str, str] = seen if isinstance(seen, dict) else {}
        self.shown = 0                  # messages shown so far
        isatty = getattr(stdin, "isatty", None)
        self.echo = not (isatty and isatty())
        self.lines = _Lines(stdin)

    # -- output --------------------------------------------------------------------------------
    def t(self, sv: str, en: str) -> str:
        """The terminal's own words, in the language of the Teams client it plays (--english)."""
        return en if self.language == "en" else sv

    def write(self, text: str = "") -> None:
        self.out.write(text + "\n")
        self.out.flush()

    def _emit(self, head: str, lines: list[str]) -> None:
        pad = " " * len(head.rstrip()) + " "
        lines = lines or [""]
        self.write("\n" + head + lines[0] + "".join("\n" + pad + line for line in lines[1:]))

    def _register(self, buttons: list[Button], place: Place, conversation_id: str | None, activity_id: str | None,
                  *, in_dialog: bool = False) -> None:
        self.choices += [Choice(b, place, conversation_id, activity_id, in_dialog) for b in buttons]

    def _card_lines(self, card: dict[str, Any], place: Place, conversation_id: str | None, activity_id: str | None,
                    *, in_dialog: bool = False, frame: tuple[str, str, str] = ("┌", "│ ", "└")) -> list[str]:
        drawing = draw_card(card, self.style, first_number=len(self.choices) + 1, language=self.language)
        self._register(drawing.buttons, place, conversation_id, activity_id, in_dialog=in_dialog)
        top, side, bottom = frame
        return [top, *(side + line for line in drawing.lines), bottom]

    def show_message(self, message: Message, place: Place, *, updated: bool = False, seen: bool = True) -> None:
        """Draw a message of `place`; `seen`: it counts as read there (not when it shows up while
        the user is elsewhere: entering that place shows it again, with what came before it)."""
        activity = message.activity
        tag = "" if place == self.place else f"[{place.title}] "
        head = f"{tag}rusbot> "
        lines: list[str] = [self.t("(uppdaterat)", "(updated)")] if updated else []
        text = activity.get("text")
        if isinstance(text, str) and text.strip():
            lines += markdown(text, self.style).split("\n")
        for attachment in activity.get("attachments") or []:
            if not isinstance(attachment, dict):
                continue
            content = attachment.get("content")
            if attachment.get("contentType") == ADAPTIVE_CARD and isinstance(content, dict):
                lines += self._card_lines(content, place, message.conversation_id, message.id)
            elif isinstance(content, dict):
                lines += [markdown(str(content[key]), self.style) for key in ("title", "subtitle", "text")
                          if content.get(key)]
        suggested = suggested_buttons(activity)
        if suggested:
            first = len(self.choices) + 1
            self._register(suggested, place, message.conversation_id, message.id)
            lines += [self.style.bold(f"[{first + i}] {b.title}") for i, b in enumerate(suggested)]
        self.shown += 1
        if seen:
            base = conversation_base(message.conversation_id)
            self.seen[base] = max(message.revision or message.id, self.seen.get(base, ""))
        self._emit(head, lines)

    def _place_of(self, conversation_id: str) -> Place | None:
        base = conversation_base(conversation_id)
        if base == self.world.personal.conversation_id:
            return self.world.personal
        if base == TEAM_ID:
            return self.world.channel
        return None                     # another terminal person's chat: kept for them, not shown here

    def show_event(self, event: Event) -> None:
        place = self._place_of(event.message.conversation_id)
        if place is None:
            return
        if event.kind == "deleted":
            self.write(self.t("\n(boten tog bort ett meddelande)", "\n(the bot deleted a message)"))
            return
        self.show_message(event.message, place, updated=event.kind == "updated", seen=place == self.place)

    def drain(self) -> None:
        while not self.connector.events.empty():
            self.show_event(self.connector.events.get_nowait())

    def show_unseen(self, place: Place, *, history: bool = False) -> bool:
        """What came (or changed) in `place` since this person last looked; `history`: the latest
        messages, seen or not."""
        seen = "" if history else self.seen.get(place.conversation_id, "")
        new = [m for m in self.transcript.messages(place.conversation_id) if (m.revision or m.id) > seen]
        if len(new) > UNSEEN_SHOWN:
            self.write(self.t(f"\n({len(new) - UNSEEN_SHOWN} äldre meddelanden visas inte)",
                              f"\n({len(new) - UNSEEN_SHOWN} older messages are not shown)"))
            new = new[-UNSEEN_SHOWN:]
        for message in new:
            self.show_message(message, place, updated=message.updated)
        return bool(new)

    def save_seen(self) -> None:
        self.state.put(f"seen:{self.person.aad_object_id}", self.seen)

    # -- input ---------------------------------------------------------------------------------
    async def read(self, prompt: str) -> str | None:
        """One line; what the bot sends meanwhile (a card update, a reminder) is shown at once."""
        self.out.write(prompt)
        self.out.flush()
        reader = asyncio.ensure_future(self.lines.get())
        while True:
            getter = asyncio.ensure_future(self.connector.events.get())
            done, _ = await asyncio.wait({reader, getter}, return_when=asyncio.FIRST_COMPLETED)
            if getter in done:
                self.out.write("\n")
                self.show_event(getter.result())
                if reader not in done:
                    self.out.write(prompt)
                    self.out.flush()
                    continue
            else:
                getter.cancel()
            break
        line = reader.result()
        if not line:
            return None
        line = line.rstrip("\n").rstrip("\r")
        if self.echo:
            self.write(line)        # read from a file or a pipe: show it, so the transcript reads as a dialogue
        return line

    def prompt(self) -> str:
        if self.dialog is not None:
            return "\ndialog> "
        who = self.person.handle
        return f"\n{who}@{'Allmänt' if self.place.kind == 'channel' else 'chatt'}> "

    # -- talking to the bot --------------------------------------------------------------------
    async def post(self, activity: dict[str, Any]) -> tuple[int, Any]:
        try:
            async with self.session.post(f"{self.app_url}/api/messages", json=activity) as response:
                raw = await response.text()
                status = response.status
        except (aiohttp.ClientError, TimeoutError) as exc:
            self.write(self.style.color(self.t(f"\n⚠ Boten svarar inte ({type(exc).__name__}).",
                                               f"\n⚠ The bot does not answer ({type(exc).__name__})."), "Attention"))
            return 0, None
        try:
            body = json.loads(raw) if raw else None
        except ValueError:
            body = None
        self.drain()
        if status >= 400:
            self.write(self.style.color(self.t(f"\n⚠ Boten svarade {status}: {raw[:200]}",
                                               f"\n⚠ The bot answered {status}: {raw[:200]}"), "Attention"))
        return status, body

    async def say(self, text: str) -> None:
        await self.post(self.world.message(self.place, text))

    async def enter(self, place: Place, *, first: bool = False) -> None:
        self.place = place
        self.choices = []
        if place.kind == "channel":
            self.write(self.t(f"\nDu är i kanalen {place.title}, som alla i terminalen delar. Det du skriver här "
                              "@nämner boten åt dig. /chatt tar dig tillbaka till din chatt.",
                              f"\nYou are in the channel {place.title}, which everyone in the terminal shares. "
                              "What you write here @mentions the bot for you. /chatt takes you back to your chat."))
        elif not first:
            self.write(self.t("\nDu är i din personliga chatt med boten.",
                              "\nYou are in your personal chat with the bot."))
        shown = self.show_unseen(place)
        before = self.shown
        await self.post(self.world.installation(place))   # the bot greets once per conversation
        if place.kind == "personal" and first and not shown and self.shown == before:
            self.write(self.t("\n(Skriv hjälp för att se vad boten kan, /hjälp för hur terminalen fungerar.)",
                              "\n(Write help to see what the bot can do, /help for how the terminal works.)"))

    # -- buttons, forms and dialogs ------------------------------------------------------------
    async def press(self, choice: Choice) -> None:
        action = choice.button.action
        kind = action.get("type")
        if kind == "Action.ShowCard":
            card = action.get("card")
            if isinstance(card, dict):
                self._emit(f"{choice.button.title}: ", self._card_lines(
                    card, choice.place, choice.conversation_id, choice.activity_id, in_dialog=choice.in_dialog))
            return
        try:
            values = await fill(choice.button.inputs, self.read, self.write, self.style, self.language)
        except Cancelled:
            self.write(self.t("Avbrutet – inget skickades.", "Cancelled – nothing was sent."))
            if choice.in_dialog and self.dialog is not None:
                self.write(self.t("Dialogen är fortfarande öppen: välj en knapp, eller 0 för att stänga den.",
                                  "The dialog is still open: choose a button, or 0 to close it."))
            return
        data = action.get("data")
        place, conversation, reply_to = choice.place, choice.conversation_id, choice.activity_id
        if kind == "Action.Execute":
            merged = {**(data if isinstance(data, dict) else {}), **values}
            value = {"action": {"type": "Action.Execute", "verb": action.get("verb"), "data": merged,
                                **({"id": action["id"]} if action.get("id") else {})}, "trigger": "manual"}
            _, body = await self.post(self.world.invoke(place, "adaptiveCard/action", value,
                                                        conversation_id=conversation, reply_to=reply_to))
            self.card_response(body, choice)
            return
        if isinstance(data, str):          # a string submit is a message with that text
            await self.post(self.world.message(place, data, conversation_id=conversation))
            return
        data = data if isinstance(data, dict) else {}
        msteams: dict[str, Any] = data["msteams"] if isinstance(data.get("msteams"), dict) else {}
        merged = {**data, **values}
        if choice.in_dialog:
            _, body = await self.post(self.world.invoke(place, "task/submit", {
                "data": merged, "context": {"theme": "default"}}, conversation_id=conversation, reply_to=reply_to))
            self.task_response(body, place, conversation or place.conversation_id)
        elif msteams.get("type") == "task/fetch":
            _, body = await self.post(self.world.invoke(place, "task/fetch", {
                "data": merged, "context": {"theme": "default"}}, conversation_id=conversation, reply_to=reply_to))
            self.task_response(body, place, conversation or place.conversation_id)
        elif msteams.get("type") == "imBack":
            await self.post(self.world.message(place, str(msteams.get("value") or ""), conversation_id=conversation))
        elif msteams.get("type") == "messageBack":
            text = msteams.get("text")
            await self.post(self.world.message(place, text if isinstance(text, str) else None,
                                               value=msteams.get("value"), conversation_id=conversation))
        else:
            # A message-based Action.Submit: no text, the data and the inputs in `value`.
            await self.post(self.world.message(place, None, value=merged, conversation_id=conversation,
                                               reply_to=reply_to))

    def card_response(self, body: Any, choice: Choice) -> None:
        """The answer to adaptiveCard/action: a card that replaces the pressed one (for this user),
        or a message (https://learn.microsoft.com/en-us/adaptive-cards/authoring-cards/universal-action-model)."""
        if not isinstance(body, dict):
            return
        kind, value = body.get("type"), body.get("value")
        if kind == ADAPTIVE_CARD and isinstance(value, dict):
            self._emit("rusbot> ", [self.t("(kortet har ändrats; så här ser du det nu)",
                                           "(the card has changed; this is how you see it now)"), *self._card_lines(
                value, choice.place, choice.conversation_id, choice.activity_id)])
        elif isinstance(value, str) and value:
            self._emit("rusbot> ", [("⚠ " if int(body.get("statusCode") or 200) >= 400 else "ℹ ") +
                                    markdown(value, self.style)])

    def task_response(self, body: Any, place: Place, conversation_id: str) -> None:
        """The answer to task/fetch or task/submit: a card to show in the dialog ("continue"), a
        message to show as it closes, or nothing (it closes)."""
        task = body.get("task") if isinstance(body, dict) else None
        was_open = self.dialog is not None
        self.dialog = None
        self.choices = [c for c in self.choices if not c.in_dialog]
        if isinstance(task, dict) and task.get("type") == "continue" and isinstance(task.get("value"), dict):
            info = task["value"]
            card = (info.get("card") or {}).get("content") if isinstance(info.get("card"), dict) else None
            if isinstance(card, dict):
                self.open_dialog(str(info.get("title") or "Dialog"), card, place, conversation_id)
                return
            if info.get("url"):
                self.write(self.t(f"\nDialogen är en webbsida, som terminalen inte kan visa: {info['url']}",
                                  f"\nThe dialog is a web page, which the terminal cannot show: {info['url']}"))
                return
        if isinstance(task, dict) and task.get("type") == "message":
            self._emit("rusbot> ", ["ℹ " + markdown(str(task.get("value") or ""), self.style)])
        if was_open:
            self.write(self.t("(dialogen är stängd)", "(the dialog is closed)"))

    def open_dialog(self, title: str, card: dict[str, Any], place: Place, conversation_id: str) -> None:
        """A Teams dialog: its card in a double frame; until it closes, only its buttons count."""
        self.choices = []
        lines = self._card_lines(card, place, conversation_id, None, in_dialog=True,
                                 frame=(f"╔═ Dialog: {title}", "║ ", "╚═"))
        if not any(c.in_dialog for c in self.choices):
            self.write("\n" + "\n".join(lines))
            self.write(self.t("(dialogen är stängd)", "(the dialog is closed)"))
            return
        self.dialog = Dialog(title=title, place=place, conversation_id=conversation_id)
        lines.insert(-1, "║ " + self.style.bold(self.t("[0] Stäng dialogen", "[0] Close the dialog")))
        self.write("\n" + "\n".join(lines))

    # -- the loop ------------------------------------------------------------------------------
    def pick(self, text: str) -> Choice | None:
        if text.isdigit() and 1 <= int(text) <= len(self.choices):
            return self.choices[int(text) - 1]
        return None

    async def handle(self, line: str) -> bool:
        """One line from the user; False when they want to stop."""
        text = line.strip()
        word = text.casefold()
        if self.dialog is not None:
            choice = self.pick(text)
            if choice is not None and choice.in_dialog:
                await self.press(choice)
            elif fold(text) in CLOSE_WORDS:
                self.dialog = None
                self.choices = [c for c in self.choices if not c.in_dialog]
                self.write(self.t("(dialogen är stängd – inget skickades)",
                                  "(the dialog is closed – nothing was sent)"))
            else:
                self.write(self.t("En dialog är öppen: svara med en av knapparnas siffror, eller 0 för att stänga den.",
                                  "A dialog is open: answer with one of its buttons' numbers, or 0 to close it."))
            return True
        if word in QUIT_WORDS:
            return False
        if word in CHANNEL_WORDS:
            await self.enter(self.world.channel)
        elif word in PERSONAL_WORDS:
            await self.enter(self.world.personal)
        elif word in {"/hjälp", "/hjalp", "/help"}:
            self.write(self.t(HELP_SV, HELP_EN))
        elif word in {"/historik", "/history"}:
            if not self.show_unseen(self.place, history=True):
                self.write(self.t("(inga meddelanden här än)", "(no messages here yet)"))
        elif word in {"/vem", "/who"}:
            self.write(self.t(f"Du är {self.person.name} ({self.person.handle}), id {self.person.aad_object_id}.",
                              f"You are {self.person.name} ({self.person.handle}), id {self.person.aad_object_id}."))
        elif (choice := self.pick(text)) is not None:
            self.choices = []
            await self.press(choice)
        elif text.isdigit():
            shown = f" (1–{len(self.choices)})" if self.choices else ""
            self.write(self.t(f"Ingen knapp har nummer {text}{shown}: det är numren som visades senast som gäller.",
                              f"No button has number {text}{shown}: the numbers shown last are the ones that count."))
        elif text:
            self.choices = []
            await self.say(text)
        return True

    async def run(self) -> None:
        self.write(self.t(f"RUS-boten i terminalen. Du är {self.person.name} ({self.person.handle}). "
                          "Skriv /hjälp för hur terminalen fungerar, sluta för att avsluta.",
                          f"The RUS bot in the terminal. You are {self.person.name} ({self.person.handle}). "
                          "Write /help for how the terminal works, quit to end."))
        await self.enter(self.world.personal, first=True)
        if self.due is not None:
            # As the bot does when it starts: what is due now and still makes sense is sent (a
            # reminder to the channel, a nudge to this chat) and shows here.
            await self.due()
            self.drain()
        try:
            while True:
                line = await self.read(self.prompt())
                if line is None or not await self.handle(line):
                    break
        finally:
            self.save_seen()
        self.write(self.t("\nHej då!", "\nBye!"))


def _organisation(services: Services, words: str) -> str:
    wanted = fold(words)
    for org in services.process.organisations:
        if wanted in (fold(org.id), fold(org.name)):
            return org.id
    names = ", ".join(o.name for o in services.process.organisations)
    raise ChatError(f"--org {words!r}: ingen sådan organisation i processfilen / no such organisation in the "
                    f"process file. Välj en av / choose one of: {names}")


async def _link(services: Services, person: Person, organisation: str) -> str:
    store = services.inputs.store
    await store.set_link(person.aad_object_id, organisation, status="confirmed", source="terminal",
                         now=services.clock.now(), name=person.name, email=person.email, confirmed_by="terminal")
    log.info("terminal: %s linked to %s with --org", person.aad_object_id, organisation)
    return services.process.organisation(organisation).name


def _use_colour(stdout: TextIO) -> bool:
    isatty: Callable[[], bool] | None = getattr(stdout, "isatty", None)
    return bool(isatty and isatty()) and "NO_COLOR" not in os.environ


async def run_chat(settings: Settings, *, stdin: TextIO = sys.stdin, stdout: TextIO = sys.stdout,
                   locale: str = "sv-SE", clock: Clock | None = None, handle: str = DEFAULT_HANDLE,
                   name: str | None = None, organisation: str | None = None, colour: bool | None = None) -> None:
    """The chat as a coroutine: streams and the clock are injectable (tests pass a ManualClock).
    `handle` is who the user is ("coordinator" is a coordinator); `organisation` links them to it."""
    if settings.production:
        raise ChatError("Terminalchatten finns bara i lokalt läge (utan MicrosoftAppId): där finns ingen "
                        "inloggning, och den som sitter vid terminalen väljer själv vem den är. / The terminal "
                        "chat is for local mode only (no MicrosoftAppId): whoever sits at the terminal chooses "
                        "who they are.")
    folder = settings.data_dir / "terminal"
    identities = Identities(folder)
    person = identities.person(handle, name)
    if person.is_coordinator_handle:
        # Local mode only (checked above): this run's coordinator is the terminal's coordinator.
        settings = settings.model_copy(update={"coordinators": [*settings.coordinators, person.aad_object_id]})
    tenant = next(iter(sorted(settings.effective_allowed_tenants)), TERMINAL_TENANT)
    state = TerminalState(folder)
    transcript = Transcript(folder / "conversations")
    connector = TerminalConnector(transcript, identities, tenant)
    previous = state.get("connector_port")
    await connector.start(previous if isinstance(previous, int) else 0)
    if connector.port != previous:
        state.put("connector_port", connector.port)
    # The bot's own port is chosen first, so the links it hands out (the calendar) point at it.
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    if not settings.public_url:
        settings = settings.model_copy(update={"public_url": f"http://127.0.0.1:{port}"})
    app = create_app(settings, clock=clock or clock_for(settings))
    runner = web.AppRunner(app, access_log=None, handle_signals=False)
    try:
        await runner.setup()
        await web.SockSite(runner, listener).start()
        services: Services = app[SERVICES]
        style = Style(ansi=_use_colour(stdout) if colour is None else colour)
        if organisation:
            org_name = await _link(services, person, _organisation(services, organisation))
            stdout.write(f"{person.name} represents {org_name} now (linked locally with --org).\n"
                         if locale.lower().startswith("en") else
                         f"{person.name} företräder nu {org_name} (kopplat lokalt med --org).\n")
        world = World(person, connector.url, tenant=tenant, locale=locale, now=services.clock.now)
        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=120)) as session:
            chat = Chat(world=world, person=person, connector=connector, transcript=transcript, state=state,
                        app_url=f"http://127.0.0.1:{port}", session=session, stdin=stdin, stdout=stdout,
                        style=style, due=services.reminders.run_due)
            await chat.run()
    finally:
        await runner.cleanup()
        await connector.stop()
