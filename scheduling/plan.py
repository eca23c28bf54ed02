"""The reminder plan: a pure function from the process, the coordinators' meetings, the targets
and the clock's now to the deliveries that should exist. No I/O, no clock reads.

Ids carry the occurrence date (`meeting:avstamning-11-mars@2021-03-11:day-before`), so a
meeting moved to another day is a new reminder (the old pending rows are cancelled), while a
meeting moved within its day keeps its ids and its pending rows are moved. A series groups
the reminders of one occurrence; after downtime only the latest due one of a series is sent, and
none when the series' next reminder is due within CATCH_UP_QUIET (it would say the same again).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

from rusbot.clock import STOCKHOLM, local_datetime
from rusbot.process.model import FuzzyDate, Meeting, Process, Text
from rusbot.store.conversations import personal_target

ReminderKind = Literal["meeting", "consultation", "nudge"]

# A reminder planned more than CATCH_UP_AFTER past its due time is a catch-up (the bot was down,
# or was installed after the time). The dispatcher's own delays (a fan-out, Retry-After) stay far
# below it. A catch-up is dropped when a later reminder of its series is due within
# CATCH_UP_QUIET: posts count the days from the day they are sent, so installing at 08:59 would
# otherwise post "1 dag kvar" twice, as the missed 7-day reminder and at 09:00 as the 1-day one.
# The default rules never put two reminders of a series closer than 14 hours (a meeting at
# 00:00: 09:00 the day before, then 23:00), so an on-time reminder is never dropped by this.
CATCH_UP_AFTER = dt.timedelta(minutes=15)
CATCH_UP_QUIET = dt.timedelta(hours=12)


@dataclass(frozen=True)
class MeetingOccurrence:
    """A meeting as reminders and the calendar see it, whichever source it came from."""

    id: str
    name: Text
    day: dt.date
    start: dt.datetime | None = None       # aware, Stockholm
    location: str | None = None
    link: str | None = None
    prepare: Text | None = None
    source: Literal["process", "deployment", "coordinators"] = "process"


@dataclass(frozen=True)
class MeetingChange:
    """A coordinator's meeting from the database: new, moved (same id as a file meeting) or cancelled."""

    id: str
    name: Text
    start: dt.datetime | None = None
    day: dt.date | None = None
    location: str | None = None
    link: str | None = None
    prepare: Text | None = None
    cancelled: bool = False


@dataclass(frozen=True)
class Reminder:
    """What is reminded and when, independent of where it goes."""

    id: str
    series: str
    kind: ReminderKind
    due: dt.datetime
    expires: dt.datetime
    meeting: MeetingOccurrence | None = None
    deadline: dt.date | None = None          # consultation / nudge: the last day
    days_before: int | None = None
    organisation: str | None = None          # nudge: the remissinstans


@dataclass(frozen=True)
class Targets:
    """Where reminders may go, and the consultation's state, read before planning."""

    broadcast: tuple[str, ...] = ()                       # channel ids and group chat ids
    personal: Mapping[str, str] = field(default_factory=dict)   # user AAD id (casefolded) -> personal conversation id
    nudges_off: frozenset[str] = frozenset()              # user AAD ids (casefolded)
    submitted: frozenset[str] = frozenset()               # organisation ids
    extensions: Mapping[str, dt.date] = field(default_factory=dict)
    representatives: Mapping[str, Sequence[str]] = field(default_factory=dict)


@dataclass(frozen=True, order=True)
class Delivery:
    """Times in UTC."""

    due_at: dt.datetime
    reminder_id: str
    conversation_id: str
    series: str
    expires_at: dt.datetime

    @property
    def key(self) -> tuple[str, str]:
        return (self.reminder_id, self.conversation_id)


def utc(moment: dt.datetime) -> dt.datetime:
    """Compare and store in UTC: two aware datetimes with the same tzinfo compare by wall time in
    Python, so the two 02:30s of 31 October would be "equal"."""
    return moment.astimezone(dt.UTC)


def _utc_minus(moment: dt.datetime, delta: dt.timedelta) -> dt.datetime:
    # Aware arithmetic in one tzinfo is wall-clock arithmetic in Python; an hour before a start
    # across a DST change must be an elapsed hour, so compute in UTC.
    return (moment.astimezone(dt.UTC) - delta).astimezone(STOCKHOLM)


def _midnight_after(day: dt.date) -> dt.datetime:
    return local_datetime(day + dt.timedelta(days=1), "00:00")


def _from_meeting(meeting: Meeting | MeetingChange, source: Literal["deployment", "coordinators"]) -> MeetingOccurrence:
    start = meeting.start.astimezone(STOCKHOLM) if meeting.start is not None else None
    day = start.date() if start is not None else (meeting.day if isinstance(meeting, MeetingChange) else meeting.date)
    assert day is not None
    return MeetingOccurrence(id=meeting.id, name=meeting.name, day=day, start=start, location=meeting.location,
                             link=meeting.link, prepare=meeting.prepare, source=source)


def meetings(process: Process, changes: Iterable[MeetingChange] = ()) -> list[MeetingOccurrence]:
    """Every meeting with a known day: the timeline's (day precision only), the deployment's and
    the coordinators'. A change with the id of an earlier meeting replaces or cancels it."""
    found: dict[str, MeetingOccurrence] = {}
    for item in process.timeline:
        if item.kind == "meeting" and item.date is not None and item.date.is_exact:
            found[item.id] = MeetingOccurrence(id=item.id, name=item.name, day=item.date.earliest,
                                               prepare=item.prepare, source="process")
    for meeting in process.deployment.meetings:
        found[meeting.id] = _from_meeting(meeting, "deployment")
    for change in changes:
        if change.cancelled:
            found.pop(change.id, None)
        elif change.start is not None or change.day is not None:
            found[change.id] = _from_meeting(change, "coordinators")
    return sorted(found.values(), key=lambda m: (m.start or local_datetime(m.day, "00:00"), m.id))


def consultation_deadline(process: Process) -> dt.date | None:
    """The consultation's last day when the source gives it to the day or the month ("t o m
    september" -> 30 September). A vaguer end ("mid-June", "late 2021") gets no deadline reminders."""
    item = process.consultation_item
    last: FuzzyDate | None = item.last if item else None
    if last is None or last.month is None or last.part is not None:
        return None
    return last.latest


def reminders(process: Process, changes: Iterable[MeetingChange] = (),
              extensions: Mapping[str, dt.date] | None = None) -> list[Reminder]:
    """Every reminder of the process, in due order (nudges: one set per distinct deadline)."""
    rules = process.deployment.reminders
    found: list[Reminder] = []
    for meeting in meetings(process, changes):
        series = f"meeting:{meeting.id}@{meeting.day.isoformat()}"
        expires = meeting.start or local_datetime(meeting.day, "00:00")
        found.append(Reminder(id=f"{series}:day-before", series=series, kind="meeting",
                              due=local_datetime(meeting.day - dt.timedelta(days=1), rules.meeting_day_before_at),
                              expires=expires, meeting=meeting))
        if meeting.start is not None and rules.meeting_before_start_minutes:
            before = dt.timedelta(minutes=rules.meeting_before_start_minutes)
            found.append(Reminder(id=f"{series}:{rules.meeting_before_start_minutes}m-before", series=series,
                                  kind="meeting", expires=expires, meeting=meeting,
                                  due=_utc_minus(meeting.start, before)))
    deadline = consultation_deadline(process)
    item = process.consultation_item
    if deadline is not None and item is not None:
        series = f"consultation:{item.id}@{deadline.isoformat()}"
        for days in sorted(set(rules.consultation_days_before), reverse=True):
            found.append(Reminder(id=f"{series}:{days}d", series=series, kind="consultation",
                                  due=local_datetime(deadline - dt.timedelta(days=days), rules.consultation_at),
                                  expires=_midnight_after(deadline), deadline=deadline, days_before=days))
        for org in process.respondents:
            org_deadline = (extensions or {}).get(org.id, deadline)
            org_series = f"nudge:{org.id}@{org_deadline.isoformat()}"
            for days in sorted(set(rules.nudge_days_before), reverse=True):
                found.append(Reminder(id=f"{org_series}:{days}d", series=org_series, kind="nudge",
                                      due=local_datetime(org_deadline - dt.timedelta(days=days), rules.consultation_at),
                                      expires=_midnight_after(org_deadline), deadline=org_deadline,
                                      days_before=days, organisation=org.id))
    # A reminder that would be due after its own expiry (e.g. "1 hour before" a 00:30 start is
    # fine, but "the day before" a meeting with an odd rule) is dropped rather than sent late.
    return sorted((r for r in found if utc(r.due) < utc(r.expires)), key=lambda r: (utc(r.due), r.id))


def superseded_catch_ups(found: Iterable[Reminder], now: dt.datetime) -> set[str]:
    """Ids of the catch-ups at `now` that a later reminder of the same series, due within
    CATCH_UP_QUIET, makes redundant."""
    moment = utc(now)
    by_series: dict[str, list[Reminder]] = defaultdict(list)
    for reminder in found:
        by_series[reminder.series].append(reminder)
    dropped: set[str] = set()
    for series in by_series.values():
        upcoming = [utc(r.due) for r in series if moment < utc(r.due) <= moment + CATCH_UP_QUIET]
        if not upcoming:
            continue
        dropped.update(r.id for r in series if utc(r.due) < min(upcoming) and moment - utc(r.due) > CATCH_UP_AFTER)
    return dropped


def plan(process: Process, changes: Iterable[MeetingChange], targets: Targets, now: dt.datetime) -> list[Delivery]:
    """The deliveries that should exist at `now`: every reminder that has not expired and is not a
    redundant catch-up, to every target it is meant for. Pure; sorted; no (reminder, conversation)
    pair twice."""
    deliveries: dict[tuple[str, str], Delivery] = {}
    found = reminders(process, changes, targets.extensions)
    dropped = superseded_catch_ups(found, now)
    for reminder in found:
        if utc(reminder.expires) <= utc(now) or reminder.id in dropped:
            continue
        if reminder.kind == "nudge":
            assert reminder.organisation is not None
            if reminder.organisation in targets.submitted:
                continue
            # A representative without a personal chat gets one when the first nudge is due (the
            # dispatcher creates it): until then the target stands for the person.
            conversations = [targets.personal.get(aad.casefold()) or personal_target(aad)
                             for aad in targets.representatives.get(reminder.organisation, ())
                             if aad.casefold() not in targets.nudges_off]
        else:
            conversations = list(targets.broadcast)
        for conversation_id in conversations:
            delivery = Delivery(due_at=utc(reminder.due), reminder_id=reminder.id, conversation_id=conversation_id,
                                series=reminder.series, expires_at=utc(reminder.expires))
            deliveries.setdefault(delivery.key, delivery)
    return sorted(deliveries.values())
