"""What talking to the Bot Connector can end in, and Teams' rate limits, as plain Python.

`bot/connector.py` does the HTTP; `scheduling/` plans around these outcomes without importing
the Teams edge.
"""

from __future__ import annotations

import asyncio
import time
from collections import defaultdict, deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

RETRYABLE_STATUS = frozenset({412, 429, 500, 502, 503, 504})

class ConnectorError(Exception):
    """The connector refused the call for good (4xx other than 412/429), or retries ran out."""

    def __init__(self, status: int | None, message: str, *, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.retry_after = retry_after

    @property
    def bot_removed(self) -> bool:
        return self.status in (403, 404)


class OutcomeUnknown(Exception):
    """The request left but no answer came back: it may have been delivered. Never resend it."""


class ServiceUrlRefused(Exception):
    """Local mode talks to loopback (and allow-listed) service URLs only."""


@dataclass(frozen=True)
class Window:
    seconds: float
    limit: int


# Teams' documented per-conversation limits for a bot: 7/1 s, 8/2 s, 60/30 s. The app-wide
# limit (50 requests/s per tenant) is the `global_windows`.
TEAMS_CONVERSATION_WINDOWS = (Window(1.0, 7), Window(2.0, 8), Window(30.0, 60))
TEAMS_GLOBAL_WINDOWS = (Window(1.0, 50),)


class SlidingWindowLimiter:
    """Waits until one more request fits every window. In-process; `scheduling` adds a
    cross-process gate on top for fan-outs shared by several bot processes."""

    def __init__(self, windows: tuple[Window, ...], *, monotonic: Callable[[], float] = time.monotonic) -> None:
        self._windows = windows
        self._horizon = max(w.seconds for w in windows)
        self._sent: dict[str, deque[float]] = defaultdict(deque)
        self._locks: dict[str, asyncio.Lock] = defaultdict(asyncio.Lock)
        self._monotonic = monotonic

    def _wait_needed(self, key: str, now: float) -> float:
        sent = self._sent[key]
        while sent and now - sent[0] >= self._horizon:
            sent.popleft()
        wait = 0.0
        for window in self._windows:
            in_window = [t for t in sent if now - t < window.seconds]
            if len(in_window) >= window.limit:
                oldest_that_counts = in_window[len(in_window) - window.limit]
                wait = max(wait, oldest_that_counts + window.seconds - now)
        return wait

    async def acquire(self, key: str) -> None:
        async with self._locks[key]:
            while True:
                now = self._monotonic()
                wait = self._wait_needed(key, now)
                if wait <= 0:
                    self._sent[key].append(now)
                    return
                await asyncio.sleep(wait)

    def forget(self, key: str) -> None:
        self._sent.pop(key, None)
        self._locks.pop(key, None)


class Sender(Protocol):
    """The part of the connector that proactive sends need."""

    async def send(self, service_url: str, conversation_id: str, activity: dict[str, Any],
                   *, reply_to_id: str | None = None, retry: bool = True) -> dict[str, Any]: ...

    async def create_conversation(self, service_url: str, parameters: dict[str, Any],
                                  *, rate_key: str | None = None) -> dict[str, Any]: ...
