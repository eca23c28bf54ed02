"""Placeholder: replaced by the conversational inspel flow."""
from __future__ import annotations

from bot.turn import Turn


async def start_inspel_dialog(turn: Turn) -> None:
    await turn.say(turn.t("Inspel lämnas i ett formulär i Teams.", "Input is given in a form in Teams."))
