"""The command table and the card-action table: routing kept apart from behaviour, so that it
can be tested (and listed in the Teams manifest) without running any feature."""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from rusbot.process.model import Language, Text

if TYPE_CHECKING:
    from bot.turn import Turn

log = logging.getLogger(__name__)

CommandRun = Callable[["Turn", str], Awaitable[None]]
# An invoke or card-submit handler gets the submitted data and returns the invoke response body
# (None for a message-based submit, where nothing is returned over HTTP).
ActionRun = Callable[["Turn", dict[str, Any]], Awaitable[dict[str, Any] | None]]

SCOPES = ("personal", "team", "groupChat")


def fold(text: str) -> str:
    """Lower case, no diacritics, no punctuation: how commands are compared."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join("".join(c if c.isalnum() else " " for c in plain).split())


@dataclass(frozen=True)
class Command:
    id: str
    words: tuple[str, ...]          # what starts the command, in Swedish and English
    title: Text                     # shown in Teams' command menu (the manifest)
    description: Text
    run: CommandRun
    coordinator_only: bool = False
    scopes: tuple[str, ...] = SCOPES
    in_menu: bool = True            # listed in the manifest's command list (never when coordinator_only)
    takes_text: bool = False        # what follows the word is the command's input ("anstånd Kumla 2021-10-15")

    def word_language(self, text: str) -> Language | None:
        """The language of the command word that starts `text`: "en" for the English title ("reminders"),
        "sv" for the Swedish one (with or without å/ä/ö), None when the word is both or neither ("status").
        A command's text is mostly its word, which says more than detect_language can."""
        folded = fold(text)
        matched = [w for w in map(fold, self.words) if folded == w or folded.startswith(w + " ")]
        if not matched:
            return None
        word = max(matched, key=len)
        sv, en = fold(self.title.sv), fold(self.title.en or "")
        if word == en and en != sv:
            return "en"
        if word == sv and en != sv:
            return "sv"
        return None


_HOW = re.compile(r"\b(?:hur|how|syntax\w*)\b")


def asks_how(rest: str) -> bool:
    """What follows a command word asks how to write it ("anstånd Ljusnarsberg till 15 okt hur skriver jag",
    "poll lunch or dinner, how do I do it?"), not the command's own text."""
    return bool(_HOW.search(fold(rest)))


def reads_as_sentence(rest: str) -> bool:
    """What follows a command word is a question or a sentence ("Remissvar – när ska det vara inne?",
    "inspel om kollektivtrafik och cykelvägar"), not a command's one-word option ("inspel stäng")."""
    return "?" in rest or len(rest.split()) >= 3


@dataclass
class CommandTable:
    commands: list[Command] = field(default_factory=list)

    def __post_init__(self) -> None:
        # Every message goes through match(): the command words are folded once, here and in add(),
        # not for each message. Folded word -> the first command that has it.
        self._words: dict[str, Command] = {}
        self._most_tokens = 0
        self._indexed = 0

    def _index(self) -> None:
        for command in self.commands[self._indexed:]:
            for word in map(fold, command.words):
                self._words.setdefault(word, command)
                self._most_tokens = max(self._most_tokens, len(word.split()))
        self._indexed = len(self.commands)

    def add(self, *commands: Command) -> None:
        known = {w for c in self.commands for w in c.words}
        for command in commands:
            clash = known.intersection(fold(w) for w in command.words)
            if clash:
                raise ValueError(f"command words already taken: {sorted(clash)}")
            known.update(fold(w) for w in command.words)
            self.commands.append(command)
        self._index()

    def match(self, text: str) -> tuple[Command, str] | None:
        """The command whose word starts the text (longest word first) and the rest of the text."""
        if self._indexed != len(self.commands):
            self._index()
        folded = fold(text)
        if not folded:
            command = self._words.get("")
            return None if command is None else (command, text)
        # A word matches when it is the folded text or its first tokens; more tokens is a longer word.
        tokens = folded.split(" ")
        for count in range(min(self._most_tokens, len(tokens)), 0, -1):
            command = self._words.get(" ".join(tokens[:count]))
            if command is not None:
                return command, " ".join(text.split()[count:])
        return None

    def for_scope(self, scope: str) -> Sequence[Command]:
        """The commands of Teams' command menu in a scope (the manifest allows 12 per scope). Teams
        shows the menu to everyone, so coordinator-only commands stay out of it: a partner would only
        be refused. Coordinators find theirs in "hjälp"."""
        return [c for c in self.commands if scope in c.scopes and c.in_menu and not c.coordinator_only]

    def available(self, scope: str) -> Sequence[Command]:
        """Every command that works in a scope, menu or not: what "hjälp" lists."""
        return [c for c in self.commands if scope in c.scopes]


@dataclass(frozen=True)
class Action:
    id: str                         # the `action` in a card's data, or an Action.Execute verb
    run: ActionRun
    coordinator_only: bool = False


@dataclass
class ActionTable:
    actions: dict[str, Action] = field(default_factory=dict)

    def add(self, *actions: Action) -> None:
        for action in actions:
            if action.id in self.actions:
                raise ValueError(f"card action already taken: {action.id}")
            self.actions[action.id] = action

    def get(self, action_id: object) -> Action | None:
        return self.actions.get(action_id) if isinstance(action_id, str) else None
