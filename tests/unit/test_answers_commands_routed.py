"""The coordinators' commands the answers name (rusbot/answers/answerers/features.py, kept apart from bot/ so that the
core imports no Bot Framework) are commands the bot's command table routes: the two lists cannot drift apart."""
from __future__ import annotations

import re

import pytest

from bot.features import build_tables
from rusbot.answers.answerers.features import _COORDINATOR_COMMANDS

NAMED = [name for _, sv, en in _COORDINATOR_COMMANDS for name in re.findall(r"\*\*(.+?)\*\*", sv + en)]


def test_the_answers_name_commands_at_all() -> None:
    assert len(NAMED) >= 2 * len(_COORDINATOR_COMMANDS)


@pytest.mark.parametrize("name", NAMED)
def test_every_command_an_answer_names_is_routed(name: str) -> None:
    commands, _ = build_tables()
    assert commands.match(name) is not None, f"{name!r} is named in an answer but no command takes it"
