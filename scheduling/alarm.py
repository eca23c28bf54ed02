"""APScheduler behind three domain verbs. It keeps a single job: "wake the dispatcher at T".

The job store is APScheduler's memory store, rebuilt from the deliveries table at every start
(persistent job stores must not be shared between processes and block the event loop). The
dispatcher reads the injected clock; the alarm only converts our time to wall time:
`wall = due - clock.offset()` (RUSBOT_NOW and ManualClock run ahead of the wall clock).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Awaitable, Callable

from apscheduler.schedulers.asyncio import AsyncIOScheduler  # type: ignore[import-untyped]

from rusbot.clock import Clock

log = logging.getLogger(__name__)

_JOB = "reminders.wake"


class Alarm:
    def __init__(self, clock: Clock, wake: Callable[[], Awaitable[object]]) -> None:
        self._clock = clock
        self._wake = wake
        # max_instances is high on purpose: APScheduler *skips* a run while an earlier one is still
        # running, and a skipped date job is gone, i.e. a lost wake. The dispatcher serialises runs
        # itself (a lock), and each run plans the next wake from the table when it ends.
        self._scheduler = AsyncIOScheduler(timezone=dt.UTC, job_defaults={
            "coalesce": True, "max_instances": 1000, "misfire_grace_time": None})
        self._at: dt.datetime | None = None

    def start(self) -> None:
        """Needs a running event loop (call it from the app's start-up)."""
        self._scheduler.start()

    def shutdown(self) -> None:
        if self._scheduler.running:
            self._scheduler.shutdown(wait=False)

    @property
    def planned(self) -> dt.datetime | None:
        """Our-clock time of the next wake, if any."""
        return self._at

    def plan(self, due: dt.datetime) -> None:
        """Wake at `due` (our clock) unless an earlier wake is already planned."""
        if self._at is None or due < self._at or self._scheduler.get_job(_JOB) is None:
            self.reschedule(due)

    def reschedule(self, due: dt.datetime | None) -> None:
        """Wake at `due` (our clock), replacing any planned wake; None cancels it."""
        if due is None:
            self.cancel()
            return
        wall = due.astimezone(dt.UTC) - self._clock.offset()
        self._at = due
        # A wall time in the past runs at once (misfire_grace_time=None means "run however late").
        self._scheduler.add_job(self._run, "date", run_date=max(wall, dt.datetime.now(dt.UTC)), id=_JOB,
                                replace_existing=True)

    def cancel(self) -> None:
        self._at = None
        if self._scheduler.get_job(_JOB) is not None:
            self._scheduler.remove_job(_JOB)

    async def _run(self) -> None:
        self._at = None
        try:
            await self._wake()
        except Exception:
            log.exception("reminder wake failed")
