"""What talking to the Bot Connector can end in, and Teams' rate limits, as plain Python.

`bot/connector.py` does the HTTP; `scheduling/` plans around these outcomes without importing
the Teams edge.
"""

from __future__ import annotations

import asyncio
import bisect
import hashlib
import json
import time
from collections import defaultdict, deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal, Protocol

RETRYABLE_STATUS = frozenset({412, 429, 500, 502, 503, 504})
# Server errors after which a POST (send an activity, create a conversation) may have been carried
# out before the failure: not retried, the outcome is unknown (OutcomeUnknown), because resending
# could post the message twice. Our choice, stricter than retrying every 5xx: 429 (Retry-After) and
# 503 say the request was not taken, and 412 asks for a retry, so those are retried. Idempotent
# calls (GET, PUT, DELETE) retry all of RETRYABLE_STATUS.
AMBIGUOUS_STATUS = frozenset({500, 502, 504})

# Teams' error codes, from Microsoft Learn, "Status codes from bot conversational APIs"
# (https://learn.microsoft.com/microsoftteams/platform/bots/build-conversational-capability#status-codes-from-bot-conversational-apis)
# and "Proactive messages" (.../bots/how-to/conversations/send-proactive-messages, "Understand who
# blocked, muted, or uninstalled a bot": 403 with subCode MessageWritesBlocked).
#
# The app is not (any more) in the conversation: wait for it to be installed again.
REMOVED_CODES = frozenset({"BotNotInConversationRoster", "ForbiddenOperationException"})
# The conversation does not exist (deleted): forget it.
GONE_CODES = frozenset({"ConversationNotFound"})
# The bot is still there but may not write: a user or an admin blocked it. Microsoft: stop posting
# until a user in the conversation turns to the bot again.
BLOCKED_CODES = frozenset({"ConversationBlockedByUser", "MessageWritesBlocked", "BotDisabledByAdmin"})

Failure = Literal["removed", "gone", "blocked", "refused"]


def error_code(body: str) -> str | None:
    """Teams' code in an error body: `subCode` where there is one (it is the specific one), else
    the ErrorResponse's `error.code`. MessageWritesBlocked comes as a JSON string inside `message`."""

    def parsed(text: object) -> Any:
        if not isinstance(text, str) or not text.lstrip().startswith("{"):
            return None
        try:
            return json.loads(text)
        except ValueError:
            return None

    data = parsed(body)
    if not isinstance(data, dict):
        return None
    candidates: list[Any] = []
    error = data.get("error")
    for scope in (data, error if isinstance(error, dict) else {}):
        inner = parsed(scope.get("message"))
        if isinstance(inner, dict):
            candidates += [inner.get("subCode"), inner.get("code")]
        candidates += [scope.get("subCode"), scope.get("code")]
    return next((c for c in candidates if isinstance(c, str) and c and len(c) <= 64), None)


class ConnectorError(Exception):
    """The connector refused the call for good (4xx other than 412/429), or retries ran out."""

    def __init__(self, status: int | None, message: str, *, retry_after: float | None = None,
                 code: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.retry_after = retry_after
        self.code = code

    @property
    def failure(self) -> Failure:
        """What the refusal means for the conversation. Only Teams' own codes say the bot is gone;
        a 403 or 404 without one (a proxy, a moderated channel, a new code) leaves it in place."""
        if self.code in REMOVED_CODES:
            return "removed"
        if self.code in GONE_CODES:
            return "gone"
        if self.code in BLOCKED_CODES:
            return "blocked"
        return "refused"

    @property
    def bot_removed(self) -> bool:
        return self.failure in ("removed", "gone")

    @property
    def reason(self) -> str:
        """Short and safe to store and show: Teams' code, else the status."""
        return self.code or (f"HTTP {self.status}" if self.status is not None else "no connection")


class OutcomeUnknown(Exception):
    """The request left and no clear answer came back (none at all, or a 500/502/504 to a POST): it
    may have been delivered. Never resend it blindly."""

    def __init__(self, message: str, *, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


class ServiceUrlRefused(Exception):
    """Local mode talks to loopback (and allow-listed) service URLs only."""


@dataclass(frozen=True)
class Window:
    seconds: float
    limit: int


# Teams' documented limits for a bot (Microsoft Learn, "Optimize your bot with rate limiting and
# best practices"): per conversation 7/1 s, 8/2 s, 60/30 s; per app per tenant 50 requests/s
# (`RUSBOT_TEAMS_APP_RPS`), kept in one bucket per tenant.
TEAMS_CONVERSATION_WINDOWS = (Window(1.0, 7), Window(2.0, 8), Window(30.0, 60))
TEAMS_APP_RPS = 50
TEAMS_GLOBAL_WINDOWS = (Window(1.0, TEAMS_APP_RPS),)


def app_windows(requests_per_second: int) -> tuple[Window, ...]:
    return (Window(1.0, requests_per_second),)


def tenant_bucket(tenant: str | None) -> str:
    """The app-wide limit's key for a tenant: one bucket per tenant, one for calls whose tenant is
    not known. Tenant ids are GUIDs; anything longer is hashed so the key fits its column."""
    if not tenant:
        return "app"
    key = tenant.strip().lower()
    if len(key) > 56:
        key = "#" + hashlib.sha256(key.encode()).hexdigest()[:40]
    return f"app:{key}"


class SlidingWindowLimiter:
    """Waits until one more request fits every window. In-process; `scheduling` adds a
    cross-process gate on top for fan-outs shared by several bot processes."""

    SWEEP_EVERY = 1024

    def __init__(self, windows: tuple[Window, ...], *, monotonic: Callable[[], float] = time.monotonic) -> None:
        self._windows = windows
        self._horizon = max(w.seconds for w in windows)
        self._sent: dict[str, deque[float]] = defaultdict(deque)
        self._locks: dict[str, asyncio.Lock] = defaultdict(asyncio.Lock)
        self._monotonic = monotonic
        # Keys are conversations: every chat the bot ever answered would stay here. A key whose
        # last send is past every window waits for nothing, so it is dropped (checked every
        # SWEEP_EVERY acquisitions) unless a caller is inside acquire() for it.
        self._users: dict[str, int] = {}
        self._since_sweep = 0

    def _wait_needed(self, key: str, now: float) -> float:
        sent = self._sent[key]
        while sent and now - sent[0] >= self._horizon:
            sent.popleft()
        wait = 0.0
        if sent and sent[-1] > now:  # a clock that went back: the sends are not in order
            for window in self._windows:
                in_window = [t for t in sent if now - t < window.seconds]
                if len(in_window) >= window.limit:
                    oldest_that_counts = in_window[len(in_window) - window.limit]
                    wait = max(wait, oldest_that_counts + window.seconds - now)
            return wait
        # `sent` is in time order (appended under the key's lock, from a monotonic clock), so the
        # sends inside a window are its tail: where it starts is found by bisection, with the same
        # test `now - t < seconds`, rather than by a pass over every send in the horizon, which for
        # the app-wide window is up to its whole limit on every call.
        for window in self._windows:
            seconds = window.seconds
            first = bisect.bisect_left(sent, True, key=lambda t: now - t < seconds)
            if len(sent) - first >= window.limit:
                oldest_that_counts = sent[len(sent) - window.limit]
                wait = max(wait, oldest_that_counts + seconds - now)
        return wait

    async def acquire(self, key: str) -> None:
        self._since_sweep += 1
        if self._since_sweep >= self.SWEEP_EVERY:
            self._sweep()
        self._users[key] = self._users.get(key, 0) + 1
        try:
            async with self._locks[key]:
                while True:
                    now = self._monotonic()
                    wait = self._wait_needed(key, now)
                    if wait <= 0:
                        self._sent[key].append(now)
                        return
                    await asyncio.sleep(wait)
        finally:
            users = self._users[key] - 1
            if users:
                self._users[key] = users
            else:
                del self._users[key]

    def _sweep(self) -> None:
        self._since_sweep = 0
        now = self._monotonic()
        idle = [key for key, sent in self._sent.items()
                if key not in self._users and (not sent or now - sent[-1] >= self._horizon)]
        for key in idle:
            self.forget(key)
        for key in [k for k in self._locks if k not in self._users and k not in self._sent]:
            del self._locks[key]

    def forget(self, key: str) -> None:
        self._sent.pop(key, None)
        self._locks.pop(key, None)


class Sender(Protocol):
    """The part of the connector that proactive sends need. `tenant`: whose app-wide limit the
    call counts against."""

    async def send(self, service_url: str, conversation_id: str, activity: dict[str, Any],
                   *, reply_to_id: str | None = None, retry: bool = True,
                   tenant: str | None = None) -> dict[str, Any]: ...

    async def create_conversation(self, service_url: str, parameters: dict[str, Any],
                                  *, rate_key: str | None = None, tenant: str | None = None) -> dict[str, Any]: ...

    async def get_paged_members(self, service_url: str, conversation_id: str, *, page_size: int | None = None,
                                continuation_token: str | None = None,
                                tenant: str | None = None) -> dict[str, Any]: ...
