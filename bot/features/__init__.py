"""One module per event family. Each exposes COMMANDS and ACTIONS for the routing tables."""

from __future__ import annotations

from bot.features import coordination, inspel, organisations, polls, privacy, questions, remissvar
from bot.features import help as help_feature
from bot.features import reminders as reminders_feature
from bot.routing import ActionTable, CommandTable

FEATURES = (help_feature, questions, inspel, remissvar, organisations, polls, coordination, reminders_feature,
            privacy)


def build_tables() -> tuple[CommandTable, ActionTable]:
    commands, actions = CommandTable(), ActionTable()
    for feature in FEATURES:
        commands.add(*getattr(feature, "COMMANDS", ()))
        actions.add(*getattr(feature, "ACTIONS", ()))
    return commands, actions
