"""Where "today" falls in a process's timeline, and the view model the Teams edge turns into an
Adaptive Card.

Dated items are past, current or upcoming by their dates, read at the precision the source gives
(a fuzzy start "mitten av juni" makes the days 11–20 June *uncertain*, never a guessed day).
Undated items are placed only by their order: between the dated items around them.

"Past" means only that the plan's dates lie behind the day. An item is *done* only when the
process file says it happened (`happened: true`, from the source); otherwise the bot knows what
was planned, never whether it was carried out.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel

from rusbot.i18n import format_date, format_end, format_fuzzy, format_span, last_day
from rusbot.process.model import FuzzyDate, Language, Process, TimelineItem, TimelineKind

Status = Literal["past", "current", "upcoming"]


def item_when(item: TimelineItem, language: Language) -> str | None:
    """The item's date as written, or None when the timeline gives it none."""
    if item.date is not None:
        return format_fuzzy(item.date, language)
    if item.start is not None or item.end is not None:
        return format_span(item.start, item.end, language)
    return None


def with_when(name: str, item: TimelineItem, language: Language) -> str:
    """'name (date)', or the name alone when the timeline gives the step no date: a bare '(None)' once
    reached members (b24 #45)."""
    when = item_when(item, language)
    return f"{name} ({when})" if when else name


def approximate_day(date: FuzzyDate) -> dt.date:
    """The day an approximate date points at, for deciding only whether its step has begun: the middle of
    its window ("mitten av juni" 11–20 June → 15 June, "juni" → 15 June). Never said as the step's date;
    only a month or part of one is read so ("2021" as a start says no more than the year)."""
    return date.earliest + dt.timedelta(days=(date.latest - date.earliest).days // 2)


# Worked out once per item: the items are frozen, and their dates are properties computed on every read. Keyed on
# the item's id, the item kept beside its bounds so that the id cannot be reused while the entry is there.
_BOUNDS: dict[int, tuple[TimelineItem, tuple[dt.date, dt.date] | None]] = {}


def item_bounds(item: TimelineItem) -> tuple[dt.date, dt.date] | None:
    """First possible and last possible day of a dated item (its last day when the source makes
    it certain, e.g. "t o m september")."""
    hit = _BOUNDS.get(id(item))
    if hit is not None and hit[0] is item:
        return hit[1]
    first, last = item.first, item.last
    bounds: tuple[dt.date, dt.date] | None = None
    if first is not None or last is not None:
        begin, end = first or last, last or first
        assert begin is not None and end is not None
        bounds = begin.earliest, end.latest
    if len(_BOUNDS) > 10_000:
        _BOUNDS.clear()
    _BOUNDS[id(item)] = (item, bounds)
    return bounds


class Placement(BaseModel):
    """One timeline item relative to a day."""

    item_id: str
    status: Status
    dated: bool
    uncertain: bool = False        # today lies in the fuzzy window of the item's start (or its date)
    done: bool = False             # past, and the process file says it happened
    after: str | None = None       # undated: the dated item it follows
    before: str | None = None      # undated: the dated item it precedes


def place(process: Process, today: dt.date) -> list[Placement]:
    """The status of every timeline item on `today`, in the timeline's order."""
    items = process.timeline
    bounds = [item_bounds(i) for i in items]
    result: list[Placement] = []
    for index, (item, bound) in enumerate(zip(items, bounds, strict=True)):
        if bound is not None:
            lo, hi = bound
            if today < lo:
                status: Status = "upcoming"
            elif today > hi:
                status = "past"
            else:
                status = "current"
            start = item.start
            if status == "current" and item.kind == "milestone" and item.first is not None and not item.first.is_exact:
                # A milestone is a moment, not a span: "Uppdaterad RUS klar – slutet av 2021" read on 1 September
                # is still ahead (some time in its window), not "pågår nu".
                result.append(Placement(item_id=item.id, status="upcoming", dated=True, uncertain=True, done=False))
                continue
            uncertain = status == "current" and start is not None and not start.is_exact and today <= start.latest
            if uncertain and start is not None and start.month is not None and today < approximate_day(start):
                # "mitten av juni" read on 11 June: the window has begun, but the step is said to start about
                # the 15th, so it is not yet under way; it starts around now (uncertain), not "pågår".
                status = "upcoming"
            result.append(Placement(item_id=item.id, status=status, dated=True, uncertain=uncertain,
                                    done=status == "past" and item.happened))
            continue
        prev_i = next((j for j in range(index - 1, -1, -1) if bounds[j] is not None), None)
        next_i = next((j for j in range(index + 1, len(items)) if bounds[j] is not None), None)
        prev_hi = bounds[prev_i][1] if prev_i is not None else None  # type: ignore[index]
        next_item = items[next_i] if next_i is not None else None
        next_start_latest = next_item.first.latest if next_item is not None and next_item.first else None
        if prev_hi is not None and today <= prev_hi:
            status = "upcoming"
        elif next_start_latest is not None and today > next_start_latest:
            status = "past"
        else:
            status = "current"
        result.append(Placement(
            item_id=item.id, status=status, dated=False, done=status == "past" and item.happened,
            after=items[prev_i].id if prev_i is not None else None,
            before=next_item.id if next_item is not None else None,
        ))
    return result


def plan_span(process: Process) -> tuple[dt.date, dt.date] | None:
    """The first and last day the dated timeline covers."""
    bounds = [b for b in (item_bounds(i) for i in process.timeline) if b is not None]
    if not bounds:
        return None
    return min(b[0] for b in bounds), max(b[1] for b in bounds)


# -- the view model ------------------------------------------------------------------------------


class TimelineEntry(BaseModel):
    id: str
    name: str
    text: str
    kind: TimelineKind
    phase: str | None                 # the phase's display name
    when: str | None                  # as written: "11 mars 2021", "mitten av juni 2021 – 30 september 2021"
    dated: bool
    exact: bool                       # every date of the item is a known day
    status: Status
    uncertain: bool                   # today is inside the item's fuzzy start window
    done: bool = False                # past, and the process file says it happened (else: only planned)
    # Current, undated, and sharing the window between two dated items with other undated ones (after
    # the consultation, before the end of 2021): the plan gives their order, not which is under way.
    in_order: bool = False
    source: str


class TimelineView(BaseModel):
    """What the edge needs for a timeline card. `today_index` is where the "today" marker goes:
    before `entries[today_index]` (== len(entries) when everything is past)."""

    title: str
    language: Language
    today: str
    today_index: int
    entries: list[TimelineEntry]
    before_plan: bool
    after_plan: bool

    @property
    def rows(self) -> list[TimelineEntry]:
        """The entries under the name the Teams edge's card builder reads."""
        return self.entries


def after_phases(process: Process) -> list[TimelineItem]:
    """The timeline's items after its last item in a phase (the political anchoring, the decision, the
    strategy ready): they follow the phases without being one. [] when the process has no phases."""
    last = max((n for n, i in enumerate(process.timeline) if i.phase), default=None)
    if last is None:
        return []
    return [i for i in process.timeline[last + 1:] if not i.phase]


def timeline_view(process: Process, now: dt.datetime, language: Language = "sv") -> TimelineView:
    today = now.date()
    placements = place(process, today)
    phase_names = {p.id: p.name.get(language) for p in process.phases}
    entries: list[TimelineEntry] = []
    for item, placed in zip(process.timeline, placements, strict=True):
        dates = [d for d in (item.date, item.start, item.end) if d is not None]
        entries.append(TimelineEntry(
            id=item.id,
            name=item.name.get(language),
            text=item.text.get(language),
            kind=item.kind,
            phase=phase_names.get(item.phase) if item.phase else None,
            when=item_when(item, language),
            dated=placed.dated,
            exact=bool(dates) and all(d.is_exact or (d is item.end and last_day(d) is not None) for d in dates),
            status=placed.status,
            uncertain=placed.uncertain,
            done=placed.done,
            source=item.source,
        ))
    undated_now = [e for e in entries if e.status == "current" and not e.dated]
    if len(undated_now) > 1:
        for entry in undated_now:
            entry.in_order = True
    today_index = next((i for i, e in enumerate(entries) if e.status != "past"), len(entries))
    span = plan_span(process)
    return TimelineView(
        title=process.title.get(language),
        language=language,
        today=format_date(today, language),
        today_index=today_index,
        entries=entries,
        before_plan=span is not None and today < span[0],
        after_plan=span is not None and today > span[1],
    )


__all__ = [
    "Placement",
    "TimelineEntry",
    "TimelineView",
    "after_phases",
    "approximate_day",
    "format_end",
    "item_bounds",
    "item_when",
    "place",
    "plan_span",
    "timeline_view",
]
