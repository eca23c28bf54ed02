"""The bot's clock. Everything reads time from here, always timezone-aware in Europe/Stockholm.

`ShiftedClock` starts at `RUSBOT_NOW` and runs on in real time, for demos and black-box tests;
`ManualClock` only moves when a test moves it.
"""

from __future__ import annotations

import datetime as dt
import time
from typing import Protocol
from zoneinfo import ZoneInfo

STOCKHOLM = ZoneInfo("Europe/Stockholm")


class Clock(Protocol):
    def now(self) -> dt.datetime: ...

    def offset(self) -> dt.timedelta:
        """How far the clock is ahead of the wall clock (what a wall-clock timer must subtract)."""
        ...


def _require_aware(moment: dt.datetime) -> dt.datetime:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"a moment needs a time zone: {moment.isoformat()}")
    return moment.astimezone(STOCKHOLM)


class SystemClock:
    def now(self) -> dt.datetime:
        return dt.datetime.now(STOCKHOLM)

    def offset(self) -> dt.timedelta:
        return dt.timedelta(0)


class ShiftedClock:
    """Starts at `start` and runs on in real time. Monotonic, so wall-clock jumps do not move it."""

    def __init__(self, start: dt.datetime) -> None:
        self._start = _require_aware(start)
        self._mono0 = time.monotonic()
        self._wall0 = dt.datetime.now(dt.UTC)

    def now(self) -> dt.datetime:
        return self._start + dt.timedelta(seconds=time.monotonic() - self._mono0)

    def offset(self) -> dt.timedelta:
        return self._start - self._wall0


class ManualClock:
    """A test's clock. It never moves by itself."""

    def __init__(self, start: dt.datetime) -> None:
        self._now = _require_aware(start)
        self._listeners: list[object] = []

    def now(self) -> dt.datetime:
        return self._now

    def offset(self) -> dt.timedelta:
        return self._now - dt.datetime.now(dt.UTC)

    def set(self, moment: dt.datetime) -> None:
        self._now = _require_aware(moment)

    def advance(self, delta: dt.timedelta) -> None:
        self._now = self._now + delta


def local_datetime(day: dt.date, hhmm: str) -> dt.datetime:
    """09:00 on `day` in Stockholm, whatever the UTC offset is that day (DST-safe)."""
    return dt.datetime.combine(day, dt.time.fromisoformat(hhmm), tzinfo=STOCKHOLM)
