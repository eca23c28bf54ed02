"""The timeline and the meetings as an iCalendar file (RFC 5545), written by hand: CRLF line
ends, folding at 75 octets, TEXT escaping, stable UIDs, DTSTAMP in UTC.

Only what is known to the day goes in: day-precision timeline items, the consultation's last
day (when the source gives it to the day or month, as the reminders do) and every meeting.
Items known only approximately ("mitten av juni", "slutet 2021") are left out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from rusbot.process.model import Process
from scheduling.plan import MeetingChange, consultation_deadline, meetings


def escape(value: str) -> str:
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n"))


def fold(line: str) -> str:
    """Split a content line into chunks of at most 75 octets, never inside a UTF-8 character."""
    out: list[str] = []
    current = ""
    size = 0
    limit = 75
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            out.append(current)
            current, size, limit = " ", 1, 75
        current += char
        size += width
    out.append(current)
    return "\r\n".join(out)


def _utc(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


def _date(day: dt.date) -> str:
    return day.strftime("%Y%m%d")


def _event(uid: str, stamp: dt.datetime, summary: str, *, day: dt.date | None = None,
           last_day: dt.date | None = None, start: dt.datetime | None = None, description: str | None = None,
           location: str | None = None, url: str | None = None) -> list[str]:
    lines = ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{_utc(stamp)}"]
    if start is not None:
        lines.append(f"DTSTART:{_utc(start)}")
    else:
        assert day is not None
        lines.append(f"DTSTART;VALUE=DATE:{_date(day)}")
        lines.append(f"DTEND;VALUE=DATE:{_date((last_day or day) + dt.timedelta(days=1))}")
    lines.append(f"SUMMARY:{escape(summary)}")
    if description:
        lines.append(f"DESCRIPTION:{escape(description)}")
    if location:
        lines.append(f"LOCATION:{escape(location)}")
    if url:
        lines.append(f"URL:{url}")
    lines.append("END:VEVENT")
    return lines


def calendar_ics(process: Process, changes: Iterable[MeetingChange], now: dt.datetime, *, host: str = "rusbot") -> str:
    changes = list(changes)
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:-//Region Örebro län//rusbot {process.id}//SV",
             "CALSCALE:GREGORIAN", "METHOD:PUBLISH", f"X-WR-CALNAME:{escape(process.title.sv)}",
             "X-WR-TIMEZONE:Europe/Stockholm"]
    meeting_ids = {m.id for m in meetings(process, changes)}
    for item in process.timeline:
        if item.id in meeting_ids or item.kind == "meeting":
            continue  # meetings come below, with coordinators' moves and cancellations applied
        first, last = item.first, item.last
        if first is None or last is None or not first.is_exact or not last.is_exact:
            continue
        lines += _event(f"{process.id}-{item.id}@{host}", now, item.name.sv, day=first.earliest,
                        last_day=last.latest if last.latest != first.earliest else None, description=item.text.sv)
    deadline = consultation_deadline(process)
    if deadline is not None and process.consultation_item is not None:
        item = process.consultation_item
        lines += _event(f"{process.id}-{item.id}-sista-dag@{host}", now, f"Sista dag för remissvar: {item.name.sv}",
                        day=deadline, description=item.text.sv)
    for meeting in meetings(process, changes):
        description = meeting.prepare.sv if meeting.prepare else None
        if meeting.prepare:
            description = f"Förbered: {meeting.prepare.sv}"
        location = meeting.location or ("Microsoft Teams" if meeting.link else None)
        uid = f"{process.id}-meeting-{meeting.id}@{host}"
        if meeting.start is not None:
            lines += _event(uid, now, meeting.name.sv, start=meeting.start, description=description,
                            location=location, url=meeting.link)
        else:
            lines += _event(uid, now, meeting.name.sv, day=meeting.day, description=description, location=location,
                            url=meeting.link)
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)
