"""Outbound calls to the Bot Connector over one shared aiohttp session.

The SDK rebuilds an msrest client for every turn; that was most of a turn's CPU. Every send of
ours, replies and proactive posts alike, goes through here instead, which is also the one place
that knows Teams' rate limits, Retry-After and which failures are worth retrying.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urlencode

import aiohttp

from rusbot.outbound import (
    AMBIGUOUS_STATUS,
    RETRYABLE_STATUS,
    TEAMS_APP_RPS,
    TEAMS_CONVERSATION_WINDOWS,
    TEAMS_GLOBAL_WINDOWS,
    ConnectorError,
    OutcomeUnknown,
    ServiceUrlRefused,
    SlidingWindowLimiter,
    Window,
    app_windows,
    error_code,
    tenant_bucket,
)

__all__ = ["RETRYABLE_STATUS", "TEAMS_CONVERSATION_WINDOWS", "TEAMS_GLOBAL_WINDOWS", "Connector", "ConnectorError",
           "OutcomeUnknown", "RetryPolicy", "ServiceUrlRefused", "SlidingWindowLimiter", "Window"]

log = logging.getLogger(__name__)

TokenProvider = Callable[[], Awaitable[str | None]]


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 5
    base_delay: float = 0.5
    max_delay: float = 30.0
    max_retry_after: float = 120.0

    def backoff(self, attempt: int) -> float:
        # Full jitter: spreads the retries of a fan-out instead of hitting the connector in step.
        return random.uniform(0, min(self.max_delay, self.base_delay * 2**attempt))


def _retry_after_seconds(headers: Any) -> float | None:
    value = headers.get("Retry-After")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        return None


class Connector:
    def __init__(
        self,
        session: aiohttp.ClientSession,
        *,
        token_provider: TokenProvider,
        service_url_allowed: Callable[[str], bool],
        retry: RetryPolicy | None = None,
        conversation_limiter: SlidingWindowLimiter | None = None,
        global_limiter: SlidingWindowLimiter | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        app_rps: int = TEAMS_APP_RPS,
        default_tenant: str | None = None,
    ) -> None:
        self._session = session
        self._token = token_provider
        self._allowed = service_url_allowed
        self._retry = retry or RetryPolicy()
        self._per_conversation = conversation_limiter or SlidingWindowLimiter(TEAMS_CONVERSATION_WINDOWS)
        self.app_rps = app_rps
        self._global: Any = global_limiter or SlidingWindowLimiter(app_windows(app_rps))
        self._sleep = sleep
        # Where a call cannot name its tenant (a poll card updated in the background), the bot's
        # only tenant when it serves one: the call then counts where it belongs.
        self._default_tenant = default_tenant

    def with_global_limiter(self, limiter: Any) -> Connector:
        """A connector on the same session, retry policy and per-conversation limiter whose app-wide
        limit is `limiter` (anything with `async acquire(key)`; the key names the tenant's bucket),
        e.g. a gate shared by processes."""
        return Connector(self._session, token_provider=self._token, service_url_allowed=self._allowed,
                         retry=self._retry, conversation_limiter=self._per_conversation, global_limiter=limiter,
                         sleep=self._sleep, app_rps=self.app_rps, default_tenant=self._default_tenant)

    async def _call(self, method: str, service_url: str, path: str, body: dict[str, Any] | None,
                    *, conversation_id: str | None, retry: bool = True, tenant: str | None = None) -> dict[str, Any]:
        if not self._allowed(service_url):
            raise ServiceUrlRefused(service_url)
        url = service_url.rstrip("/") + path
        attempts = self._retry.attempts if retry else 1
        last_error: ConnectorError | None = None
        bucket = tenant_bucket(tenant or self._default_tenant)
        for attempt in range(attempts):
            if conversation_id is not None:
                await self._per_conversation.acquire(conversation_id)
            await self._global.acquire(bucket)
            headers = {"Content-Type": "application/json"}
            token = await self._token()
            if token:
                headers["Authorization"] = f"Bearer {token}"
            try:
                async with self._session.request(method, url, json=body, headers=headers) as response:
                    if response.status < 300:
                        if response.content_length == 0 or response.status == 204:
                            return {}
                        try:
                            data = await response.json(content_type=None)
                        except ValueError:
                            return {}
                        return data if isinstance(data, dict) else {}
                    text = (await response.text())[:4000]
                    retry_after = _retry_after_seconds(response.headers)
                    last_error = ConnectorError(response.status, f"{method} {path}: {response.status} {text[:300]}",
                                                retry_after=retry_after, code=error_code(text))
                    if response.status not in RETRYABLE_STATUS:
                        raise last_error
                    if method == "POST" and response.status in AMBIGUOUS_STATUS:
                        # The connector may have posted it before failing: a resend could post it
                        # twice. 429, 503 and 412 say the request was not taken, and are retried.
                        raise OutcomeUnknown(f"{method} {path}: {response.status} {text[:300]}",
                                             status=response.status)
            except (TimeoutError, aiohttp.ServerTimeoutError) as exc:
                # The request may have reached the connector: resending could post it twice.
                raise OutcomeUnknown(f"{method} {path}: no answer ({type(exc).__name__})") from exc
            except aiohttp.ClientConnectorError as exc:
                last_error = ConnectorError(None, f"{method} {path}: cannot connect ({exc.os_error})")
            except (aiohttp.ServerDisconnectedError, aiohttp.ClientPayloadError) as exc:
                raise OutcomeUnknown(f"{method} {path}: connection dropped ({type(exc).__name__})") from exc
            if attempt + 1 < attempts:
                assert last_error is not None
                delay = last_error.retry_after if last_error.status == 429 and last_error.retry_after is not None \
                    else self._retry.backoff(attempt)
                if delay > self._retry.max_retry_after:
                    break
                log.info("connector %s; retrying in %.2fs", last_error, delay)
                await self._sleep(delay)
        assert last_error is not None
        raise last_error

    async def send(self, service_url: str, conversation_id: str, activity: dict[str, Any],
                   *, reply_to_id: str | None = None, retry: bool = True, tenant: str | None = None) -> dict[str, Any]:
        path = f"/v3/conversations/{quote(conversation_id, safe='')}/activities"
        if reply_to_id:
            path += f"/{quote(reply_to_id, safe='')}"
        return await self._call("POST", service_url, path, activity, conversation_id=conversation_id, retry=retry,
                                tenant=tenant)

    async def update(self, service_url: str, conversation_id: str, activity_id: str,
                     activity: dict[str, Any], *, tenant: str | None = None) -> dict[str, Any]:
        path = f"/v3/conversations/{quote(conversation_id, safe='')}/activities/{quote(activity_id, safe='')}"
        return await self._call("PUT", service_url, path, activity, conversation_id=conversation_id, tenant=tenant)

    async def delete(self, service_url: str, conversation_id: str, activity_id: str,
                     *, tenant: str | None = None) -> None:
        path = f"/v3/conversations/{quote(conversation_id, safe='')}/activities/{quote(activity_id, safe='')}"
        await self._call("DELETE", service_url, path, None, conversation_id=conversation_id, tenant=tenant)

    async def create_conversation(self, service_url: str, parameters: dict[str, Any],
                                  *, rate_key: str | None = None, tenant: str | None = None) -> dict[str, Any]:
        # Creating a conversation is not idempotent either; no retries after the request left.
        # `rate_key` (e.g. the channel id of a new channel post) counts it against that
        # conversation's limits.
        return await self._call("POST", service_url, "/v3/conversations", parameters, conversation_id=rate_key,
                                tenant=tenant)

    async def get_member(self, service_url: str, conversation_id: str, member_id: str,
                         *, tenant: str | None = None) -> dict[str, Any]:
        path = f"/v3/conversations/{quote(conversation_id, safe='')}/members/{quote(member_id, safe='')}"
        return await self._call("GET", service_url, path, None, conversation_id=None, tenant=tenant)

    async def get_paged_members(self, service_url: str, conversation_id: str, *, page_size: int | None = None,
                                continuation_token: str | None = None,
                                tenant: str | None = None) -> dict[str, Any]:
        """One page of a conversation's (a team's) members: GET .../pagedmembers (Bot Connector
        REST API reference, "Get Conversation Paged Members"); a PagedMembersResult."""
        query = {k: v for k, v in (("pageSize", page_size), ("continuationToken", continuation_token)) if v}
        path = f"/v3/conversations/{quote(conversation_id, safe='')}/pagedmembers"
        if query:
            path += "?" + urlencode(query)
        return await self._call("GET", service_url, path, None, conversation_id=None, tenant=tenant)
