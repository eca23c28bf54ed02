"""The command word's language: what a command's reply is written in."""

from __future__ import annotations

import pytest

from bot.features import coordination, reminders
from bot.routing import CommandTable


def _table() -> CommandTable:
    table = CommandTable()
    table.add(*reminders.COMMANDS, *coordination.COMMANDS)
    return table


@pytest.mark.parametrize(("text", "language"), [
    ("reminders", "en"), ("Reminders here", "en"), ("nudges off", "en"), ("cancel meeting workshop-2021", "en"),
    ("påminnelser", "sv"), ("paminnelser har", "sv"), ("ställ in möte meeting", "sv"), ("nytt mote", "sv"),
    ("påminn mig inte", None),    # a Swedish synonym, not the title: detect_language decides (Swedish)
    ("status", None),             # the same word in both languages
])
def test_the_command_word_says_the_language(text: str, language: str | None) -> None:
    match = _table().match(text)
    assert match is not None
    assert match[0].word_language(text) == language
