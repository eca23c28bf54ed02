"""The timeline as a picture: where each dated item lies on a time axis, which part of it is known
to the day and which only approximately (the source says "mitten av juni", "december 2020"), and
where today falls. Pure; the edge draws it (bot/tab/pages.py)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from rusbot.answers.timeline import TimelineEntry, TimelineView, plan_span, timeline_view
from rusbot.i18n import format_date, format_fuzzy, last_day
from rusbot.process.model import FuzzyDate, Language, Process, TimelineItem
from scheduling.plan import consultation_deadline

Span = tuple[dt.date, dt.date]


@dataclass(frozen=True)
class Bar:
    entry: TimelineEntry
    sure: Span | None = None                     # days the source makes certain
    approximate: tuple[Span, ...] = ()            # days it gives only roughly (drawn as approximate)
    point: dt.date | None = None                  # an item on one known day


@dataclass(frozen=True)
class Consultation:
    name: str
    opens: str                                    # as written: "mitten av juni 2021"
    last_day: dt.date | None                      # known to the day ("t o m september" -> 30 September)
    state: str                                    # before | maybe-open | open | closed
    days_left: int | None = None                  # open: days after today up to and including the last day


@dataclass(frozen=True)
class TimelinePicture:
    view: TimelineView
    start: dt.date
    end: dt.date
    today: dt.date
    bars: list[Bar]
    undated: list[TimelineEntry]
    months: list[dt.date] = field(default_factory=list)    # first day of every month on the axis
    consultation: Consultation | None = None

    @property
    def today_on_axis(self) -> bool:
        return self.start <= self.today <= self.end

    def position(self, day: dt.date) -> float:
        """0..1 along the axis."""
        total = (self.end - self.start).days + 1
        return min(1.0, max(0.0, (day - self.start).days / total))


def _window(date: FuzzyDate) -> Span:
    return date.earliest, date.latest


def bar_for(item: TimelineItem, entry: TimelineEntry) -> Bar | None:
    if item.date is not None:
        if item.date.is_exact:
            return Bar(entry, point=item.date.earliest)
        return Bar(entry, approximate=(_window(item.date),))
    if item.start is None and item.end is None:
        return None
    start_exact = item.start is not None and item.start.is_exact
    end_day = last_day(item.end) if item.end is not None else None
    begin = item.start.earliest if item.start is not None else (end_day or item.end.earliest)  # type: ignore[union-attr]
    finish = end_day or (item.end.latest if item.end is not None else begin)
    sure_from = item.start.earliest if start_exact and item.start is not None else (
        item.start.latest + dt.timedelta(days=1) if item.start is not None else begin)
    sure_to = end_day if end_day is not None else (
        item.end.earliest - dt.timedelta(days=1) if item.end is not None else finish)
    approximate: list[Span] = []
    if item.start is not None and not start_exact:
        approximate.append((item.start.earliest, min(item.start.latest, finish)))
    if item.end is not None and end_day is None:
        approximate.append((max(item.end.earliest, begin), item.end.latest))
    sure = (sure_from, sure_to) if sure_from <= sure_to else None
    return Bar(entry, sure=sure, approximate=tuple(approximate))


def _months(start: dt.date, end: dt.date) -> list[dt.date]:
    months = []
    day = start.replace(day=1)
    while day <= end:
        months.append(day)
        day = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return months


def consultation_state(process: Process, today: dt.date, language: Language) -> Consultation | None:
    item = process.consultation_item
    if item is None or item.first is None:
        return None
    deadline = consultation_deadline(process)
    first = item.first
    closed_after = deadline or (item.last.latest if item.last is not None else None)
    if closed_after is not None and today > closed_after:
        state, days = "closed", None
    elif today > first.latest or (first.is_exact and today >= first.earliest):
        state, days = "open", ((deadline - today).days if deadline is not None else None)
    elif today >= first.earliest:
        state, days = "maybe-open", ((deadline - today).days if deadline is not None else None)
    else:
        state, days = "before", None
    return Consultation(name=item.name.get(language), opens=format_fuzzy(first, language), last_day=deadline,
                        state=state, days_left=days)


def timeline_picture(process: Process, now: dt.datetime, language: Language = "sv") -> TimelinePicture:
    view = timeline_view(process, now, language)
    today = now.date()
    bars: list[Bar] = []
    undated: list[TimelineEntry] = []
    for item, entry in zip(process.timeline, view.entries, strict=True):
        bar = bar_for(item, entry)
        if bar is None:
            undated.append(entry)
        else:
            bars.append(bar)
    span = plan_span(process) or (today, today)
    start, end = span[0].replace(day=1), span[1]
    return TimelinePicture(view=view, start=start, end=end, today=today, bars=bars, undated=undated,
                           months=_months(start, end), consultation=consultation_state(process, today, language))


def days_left_text(consultation: Consultation, language: Language) -> str:
    """The consultation's state in one sentence, from the process file only."""
    en = language == "en"
    last = format_date(consultation.last_day, language) if consultation.last_day else None
    if consultation.state == "closed":
        return "The consultation is closed." if en else "Remisstiden är slut."
    if consultation.state == "before":
        if en:
            return f"Opens {consultation.opens}; last day {last}." if last else f"Opens {consultation.opens}."
        return f"Öppnar {consultation.opens}, sista dag {last}." if last else f"Öppnar {consultation.opens}."
    if consultation.days_left is None:
        return "The consultation is open." if en else "Remissen pågår."
    prefix = ("The consultation may have opened (the date is approximate). " if en else
              "Remissen kan ha öppnat (datumet är ungefärligt). ") if consultation.state == "maybe-open" else ""
    if consultation.days_left <= 0:
        return prefix + ("Today is the last day." if en else "Idag är sista dagen.")
    days = consultation.days_left
    if en:
        return f"{prefix}{days} day{'s' if days != 1 else ''} left (last day {last})."
    return f"{prefix}{days} {'dag' if days == 1 else 'dagar'} kvar (sista dag {last})."
