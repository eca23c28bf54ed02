"""The coordinators' meetings: one way to read a meeting form, save it and cancel a meeting, shared
by the chat commands (bot/features/reminders.py) and the Teams tab (bot/tab/). Every change goes
to the same store and then asks the reminders to re-plan, whichever door it came through.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import Any, Protocol

from rusbot.clock import STOCKHOLM
from rusbot.input.forms import clean
from rusbot.process.model import Language, Process, Text
from scheduling.plan import MeetingChange, MeetingOccurrence, meetings

NAME_MAX = 200          # the card's and the tab form's maxLength
LINK_MAX = 400
PREPARE_MAX = 1500
_ID = re.compile(r"[^a-z0-9]+")


class MeetingStore(Protocol):
    async def save_meeting(self, change: MeetingChange, now: dt.datetime, by: str | None) -> None: ...
    async def meeting_changes(self) -> list[MeetingChange]: ...


class Replanner(Protocol):
    """What the reminder service offers here (scheduling.service.Reminders)."""

    @property
    def settings(self) -> MeetingStore: ...

    async def meeting_changes(self) -> list[MeetingChange]: ...

    def changed(self) -> None: ...


def _t(language: Language, sv: str, en: str) -> str:
    return en if language == "en" else sv


def meeting_key(text: str) -> str:
    """Lower case, no diacritics, no punctuation: how a typed meeting id or name is compared."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join("".join(c if c.isalnum() else " " for c in plain).split())


def parse_meeting(data: dict[str, Any], now: dt.datetime, language: Language = "sv") -> MeetingChange | str:
    """A meeting form's values as a meeting, or what is wrong with them (in `language`). The chat's card
    and the tab's form both come here: each value is cleaned as every form's is (rusbot.input.forms.clean:
    what XML and the databases refuse is dropped), so neither door stores what the other would refuse."""
    data = {key: clean(data.get(key)) for key in ("id", "name", "date", "time", "link", "prepare")}
    name = data["name"]
    if not name:
        return _t(language, "Skriv vad mötet gäller.", "Write what the meeting is about.")
    if len(name) > NAME_MAX:
        return _t(language, f"Högst {NAME_MAX} tecken om vad mötet gäller.",
                  f"At most {NAME_MAX} characters about what the meeting is about.")
    try:
        day = dt.date.fromisoformat(data["date"])
    except ValueError:
        return _t(language, "Välj ett datum.", "Choose a date.")
    start = None
    time_text = data["time"]
    if time_text:
        try:
            start = dt.datetime.combine(day, dt.time.fromisoformat(time_text), tzinfo=STOCKHOLM)
        except ValueError:
            return _t(language, "Tiden ska skrivas som tt:mm.", "Write the time as hh:mm.")
    link = data["link"] or None
    if link and (not link.startswith("https://") or len(link) > LINK_MAX or any(c.isspace() for c in link)):
        return _t(language, "Länken ska börja med https://.", "The link should start with https://.")
    prepare = data["prepare"]
    if len(prepare) > PREPARE_MAX:
        return _t(language, f"Högst {PREPARE_MAX} tecken om vad deltagarna ska förbereda.",
                  f"At most {PREPARE_MAX} characters about what to prepare.")
    meeting_id = data["id"] or \
        f"{_ID.sub('-', meeting_key(name)).strip('-')[:60]}-{day.isoformat()}"
    return MeetingChange(id=meeting_id, name=Text(sv=name), start=start, day=None if start else day, link=link,
                         prepare=Text(sv=prepare) if prepare else None)


def find_meeting(process: Process, changes: list[MeetingChange], wanted: str) -> MeetingOccurrence | None:
    """The meeting named by its id or its Swedish name (compared as `meeting_key` does)."""
    key = meeting_key(wanted)
    if not key:
        return None
    for meeting in meetings(process, changes):
        if meeting_key(meeting.id) == key or meeting_key(meeting.name.sv) == key:
            return meeting
    return None


async def save_meeting(reminders: Replanner, change: MeetingChange, now: dt.datetime, by: str | None) -> None:
    """Store a new or moved meeting (committed before the caller says so), then re-plan the reminders."""
    await reminders.settings.save_meeting(change, now, by)
    reminders.changed()


async def cancel_meeting(reminders: Replanner, meeting: MeetingOccurrence, now: dt.datetime,
                         by: str | None) -> None:
    """Cancel a meeting from any source (the file's are overridden by a cancelled change) and re-plan."""
    await save_meeting(reminders, MeetingChange(id=meeting.id, name=meeting.name, cancelled=True), now, by)


def meeting_day(change: MeetingChange) -> dt.date:
    day = change.start.astimezone(STOCKHOLM).date() if change.start else change.day
    assert day is not None
    return day
