"""The timeline and the meetings as an iCalendar file (RFC 5545), written with the `icalendar`
package (line folding, TEXT escaping, value types), with stable UIDs and DTSTAMP in UTC.

Only what is known to the day goes in: day-precision timeline items, the consultation's last
day (when the source gives it to the day or month, as the reminders do) and every meeting.
Items known only approximately ("mitten av juni", "slutet 2021") are left out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from icalendar import Calendar, Event

from rusbot.process.model import Process
from scheduling.plan import MeetingChange, consultation_deadline, meetings


def _event(uid: str, stamp: dt.datetime, summary: str, *, day: dt.date | None = None,
           last_day: dt.date | None = None, start: dt.datetime | None = None, description: str | None = None,
           location: str | None = None, url: str | None = None) -> Event:
    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", stamp.astimezone(dt.UTC))
    if start is not None:
        event.add("dtstart", start.astimezone(dt.UTC))
    else:
        assert day is not None
        event.add("dtstart", day)
        # DTEND of an all-day event is exclusive: the day after the last day.
        event.add("dtend", (last_day or day) + dt.timedelta(days=1))
    event.add("summary", summary)
    if description:
        event.add("description", description)
    if location:
        event.add("location", location)
    if url:
        event.add("url", url)
    return event


def calendar_ics(process: Process, changes: Iterable[MeetingChange], now: dt.datetime, *, host: str = "rusbot") -> str:
    changes = list(changes)
    calendar = Calendar()
    calendar.add("version", "2.0")
    calendar.add("prodid", f"-//Region Örebro län//rusbot {process.id}//SV")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", process.title.sv)
    calendar.add("x-wr-timezone", "Europe/Stockholm")
    meeting_ids = {m.id for m in meetings(process, changes)}
    for item in process.timeline:
        if item.id in meeting_ids or item.kind == "meeting":
            continue  # meetings come below, with coordinators' moves and cancellations applied
        first, last = item.first, item.last
        if first is None or last is None or not first.is_exact or not last.is_exact:
            continue
        calendar.add_component(_event(f"{process.id}-{item.id}@{host}", now, item.name.sv, day=first.earliest,
                                      last_day=last.latest if last.latest != first.earliest else None,
                                      description=item.text.sv))
    deadline = consultation_deadline(process)
    if deadline is not None and process.consultation_item is not None:
        item = process.consultation_item
        calendar.add_component(_event(f"{process.id}-{item.id}-sista-dag@{host}", now,
                                      f"Sista dag för remissvar: {item.name.sv}", day=deadline,
                                      description=item.text.sv))
    for meeting in meetings(process, changes):
        description = f"Förbered: {meeting.prepare.sv}" if meeting.prepare else None
        location = meeting.location or ("Microsoft Teams" if meeting.link else None)
        uid = f"{process.id}-meeting-{meeting.id}@{host}"
        if meeting.start is not None:
            event = _event(uid, now, meeting.name.sv, start=meeting.start, description=description,
                           location=location, url=meeting.link)
        else:
            event = _event(uid, now, meeting.name.sv, day=meeting.day, description=description, location=location,
                           url=meeting.link)
        calendar.add_component(event)
    data: bytes = calendar.to_ical()
    return data.decode("utf-8")
