"""Per-user and per-organisation limits at the edge: what a turn claims (rusbot/limits.py) and what
the user is told when there is no room. Settings: RUSBOT_LIMIT_USER_COMMANDS,
RUSBOT_LIMIT_USER_SUBMISSIONS, RUSBOT_LIMIT_ORG_SUBMISSIONS. Coordinators are exempt: their
normal work (confirming many links, status, polls) must not wait behind a partner's limit."""

from __future__ import annotations

import logging
import math
from typing import TYPE_CHECKING

from rusbot.limits import Claim, Refusal

if TYPE_CHECKING:
    from bot.turn import Turn

log = logging.getLogger(__name__)


def _user(turn: Turn) -> str | None:
    sender = turn.activity.from_property
    return turn.user_aad_id or (sender.id if sender is not None and isinstance(sender.id, str) else None)


def _wait_text(turn: Turn, seconds: int) -> str:
    if seconds == 1:
        return turn.t("1 sekund", "1 second")
    if seconds < 120:
        return turn.t(f"{seconds} sekunder", f"{seconds} seconds")
    minutes = math.ceil(seconds / 60)
    return turn.t(f"{minutes} minuter", f"{minutes} minutes")


async def _refused(turn: Turn, claims: list[Claim], what: str) -> Refusal | None:
    refusal = await turn.services.limiter.acquire(turn.now, claims)
    if refusal is None:
        return None
    await turn.load_email()
    if turn.is_coordinator():
        return None
    log.info("%s limit reached for %s (%s, wait %d s)", what, _user(turn), refusal.key.split(":")[0], refusal.wait)
    return refusal


async def command_refusal(turn: Turn) -> str | None:
    """Count a message or card action the bot handles; the text to answer instead when over the limit."""
    rate, user = turn.services.settings.limit_user_commands, _user(turn)
    if rate is None or user is None:
        return None
    refusal = await _refused(turn, [Claim(f"u:cmd:{user}", rate)], "command")
    if refusal is None:
        return None
    return turn.t(f"Du skickar väldigt mycket till mig just nu. Vänta {_wait_text(turn, refusal.wait)} och försök "
                  "igen.",
                  f"You are sending me a lot right now. Please wait {_wait_text(turn, refusal.wait)} and try again.")


async def submission_refusal(turn: Turn, organisation_id: str | None, organisation_name: str = "") -> str | None:
    """Count an inspel or remissvar about to be saved; the text to answer instead when over a limit
    (nothing is saved then)."""
    settings, user = turn.services.settings, _user(turn)
    claims = []
    if settings.limit_user_submissions is not None and user is not None:
        claims.append(Claim(f"u:sub:{user}", settings.limit_user_submissions))
    if settings.limit_org_submissions is not None and organisation_id:
        claims.append(Claim(f"o:sub:{organisation_id}", settings.limit_org_submissions))
    refusal = await _refused(turn, claims, "submission") if claims else None
    if refusal is None:
        return None
    wait = _wait_text(turn, refusal.wait)
    if refusal.key.startswith("o:"):
        who = organisation_name or organisation_id or ""
        return turn.t(f"Det har kommit väldigt många inspel och svar från {who} på kort tid. Vänta {wait} och "
                      "försök igen – det här är inte sparat än.",
                      f"A great many inputs and responses have come from {who} in a short time. Please wait {wait} "
                      "and try again – this is not saved yet.")
    return turn.t(f"Du har sparat väldigt många inspel och svar på kort tid. Vänta {wait} och försök igen – det här "
                  "är inte sparat än.",
                  f"You have saved a great many inputs and responses in a short time. Please wait {wait} and try "
                  "again – this is not saved yet.")
