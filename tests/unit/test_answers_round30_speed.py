"""Round 30 (speed): what is worked out once per process file gives what scanning the file each time gave."""

from __future__ import annotations

import datetime as dt

from rusbot.answers import timeline
from rusbot.process.loader import load_process
from rusbot.understanding.entities import EntityRules, meeting_day, on_day

_MONTHS = "januari februari mars april maj juni juli augusti september oktober november december".split()


def test_a_day_named_finds_the_steps_and_meetings_scanning_the_file_finds() -> None:
    process = load_process()
    rules = EntityRules(process)
    days = [dt.date(2020, 10, 1) + dt.timedelta(days=n) for n in range(500)]
    days += [meeting_day(m) for m in process.deployment.meetings]
    for day in days:
        # A question naming the day in words of its own ("vad händer den …?"), asked the day before.
        e = rules.find(f"Vad händer den {day.day} {_MONTHS[day.month - 1]} {day.year}?", day - dt.timedelta(days=1))
        if e.period is None or not e.period.day or e.period.first != day:
            continue
        assert e.items_on_day == [i for i in process.timeline if on_day(i, day)]
        assert e.meetings_on_day == [m for m in process.deployment.meetings if meeting_day(m) == day]


def test_an_items_bounds_are_the_same_read_again_and_for_a_copy_of_it() -> None:
    process = load_process()
    for item in process.timeline:
        first = timeline.item_bounds(item)
        assert timeline.item_bounds(item) == first
        copy = item.model_copy()
        assert timeline.item_bounds(copy) == first
        if first is not None:
            begin, end = item.first or item.last, item.last or item.first
            assert begin is not None and end is not None
            assert first == (begin.earliest, end.latest)
        else:
            assert item.first is None and item.last is None
