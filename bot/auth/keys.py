"""Signing keys from an OpenID metadata document: fetched off the request path, cached, refreshed.

One `OpenIdKeys` per metadata URL: the Bot Framework's for the Bot Connector's tokens
(https://login.botframework.com/v1/.well-known/openidconfiguration), Microsoft Entra's for a tab's
single sign-on (https://login.microsoftonline.com/{tenant}/v2.0/.well-known/openid-configuration).

Microsoft's "Authentication with the Bot Connector API" (learn.microsoft.com/azure/bot-service/
rest-api/bot-framework-rest-connector-authentication, "Connector to bot", steps 2 and 3): the metadata
names `jwks_uri`; the keys there are JWKs, and the Bot Framework's carry an extra `endorsements`
list per key: the channel ids the key may sign for.

The rules, and why (botframework-connector 4.17.1's `_OpenIdMetadata` broke each of them):
- The fetch is aiohttp with a deadline (`RefreshPolicy.timeout`), never blocking I/O on the loop.
- A key id we know is answered from the cache at once. A refresh in flight, a stale cache or an
  endpoint that hangs or is down never delays it; the cached keys stay until a fetch succeeds.
- The cache is refreshed in the background when it is older than `refresh_interval` (daily),
  on the first lookup after that; a failed refresh is retried no sooner than `min_refresh_interval`.
- An unknown key id (Microsoft rotated its keys) triggers a refresh that the request waits for,
  at most once per `min_refresh_interval` (5 minutes, as Microsoft.IdentityModel's
  ConfigurationManager.RequestRefresh, which the .NET Bot Framework SDK relies on). The first one
  after start is allowed at once, so a rotation is picked up by the first request that needs it.
- One fetch at a time per URL: concurrent lookups share it.
- While no key was ever fetched (a cold start with the endpoint down), a request waits at most
  `cold_wait` (2 s) for a fetch under way and otherwise gets KeysUnavailable (503) at once; a new
  fetch starts at most once per `cold_retry_interval` (10 s), however many requests come.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import aiohttp
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPublicKey
from jwt.algorithms import RSAAlgorithm

__all__ = ["KeyNotFound", "KeysUnavailable", "OpenIdKeyStore", "OpenIdKeys", "RefreshPolicy", "SigningKey"]

log = logging.getLogger(__name__)


class KeyNotFound(Exception):
    """The key id is not among the published keys (after the refresh the rules allowed)."""


class KeysUnavailable(Exception):
    """No keys have ever been fetched from this URL: nothing can be verified yet."""


@dataclass(frozen=True)
class SigningKey:
    kid: str
    public_key: RSAPublicKey
    # The Bot Framework's channel endorsements; empty where the key lists none (Entra's keys).
    endorsements: frozenset[str]
    # Entra's v2 keys may name the issuer they sign for; None elsewhere.
    issuer: str | None = None


@dataclass(frozen=True)
class RefreshPolicy:
    timeout: float = 5.0                  # one fetch: the metadata and the key set together
    refresh_interval: float = 24 * 3600   # age after which the keys are refreshed in the background
    min_refresh_interval: float = 300.0   # least time between unknown-kid refreshes, and between failed tries
    # While no key was ever fetched: least time between fetches (a flood of requests at a cold start
    # with the endpoint down makes one fetch per interval, not one each), and how long a request
    # waits for a fetch under way before it is told to come back (503).
    cold_retry_interval: float = 10.0
    cold_wait: float = 2.0


def parse_jwks(document: Any) -> dict[str, SigningKey]:
    """The usable RSA signing keys of a JWK Set; a key we cannot read is skipped, not fatal."""
    keys: dict[str, SigningKey] = {}
    entries = document.get("keys") if isinstance(document, dict) else None
    if not isinstance(entries, list):
        raise ValueError("the key set has no 'keys' list")
    for jwk in entries:
        if not isinstance(jwk, dict):
            continue
        kid = jwk.get("kid")
        if not isinstance(kid, str) or not kid or jwk.get("kty") != "RSA" or jwk.get("use", "sig") != "sig":
            continue
        try:
            public_key = RSAAlgorithm.from_jwk(json.dumps(jwk))
        except Exception:  # PyJWT raises several types for a malformed JWK
            log.warning("skipped an unreadable signing key (kid %s)", kid[:64])
            continue
        if not isinstance(public_key, RSAPublicKey):
            continue
        endorsements = jwk.get("endorsements")
        issuer = jwk.get("issuer")
        keys[kid] = SigningKey(
            kid=kid, public_key=public_key,
            endorsements=frozenset(e for e in endorsements if isinstance(e, str)) if isinstance(endorsements, list)
            else frozenset(),
            issuer=issuer if isinstance(issuer, str) else None)
    return keys


class OpenIdKeys:
    """The signing keys published at one OpenID metadata URL. Use through `OpenIdKeyStore`."""

    def __init__(self, metadata_url: str, session: Callable[[], aiohttp.ClientSession], policy: RefreshPolicy,
                 *, monotonic: Callable[[], float] = time.monotonic) -> None:
        self.metadata_url = metadata_url
        self._session = session
        self._policy = policy
        self._monotonic = monotonic
        self._keys: dict[str, SigningKey] = {}
        self._fetched_at: float | None = None       # last successful fetch
        self._attempted_at: float | None = None     # last fetch started, successful or not
        self._unknown_kid_at: float | None = None   # last fetch an unknown key id asked for
        self._inflight: asyncio.Task[None] | None = None
        self.fetch_count = 0                        # fetches started (for logs and tests)

    @property
    def cached_kids(self) -> frozenset[str]:
        return frozenset(self._keys)

    def prefetch(self) -> None:
        """Start fetching in the background (at start-up, so the first request finds keys)."""
        self._start()

    async def get(self, kid: str) -> SigningKey:
        """The key with this id. Raises KeyNotFound, or KeysUnavailable when nothing was ever fetched."""
        now = self._monotonic()
        key = self._keys.get(kid)
        if key is not None:
            if self._due_for_periodic_refresh(now):
                self._start()
            return key
        if self._fetched_at is None:
            # Nothing to serve from: wait a little for a fetch (joined, or started when the last one is
            # not too recent); otherwise KeysUnavailable at once rather than one more fetch per request.
            if self._inflight is not None and not self._inflight.done():
                await self._wait(self._inflight, self._policy.cold_wait)
            elif self._attempted_at is None or now - self._attempted_at >= self._policy.cold_retry_interval:
                await self._wait(self._start(), self._policy.cold_wait)
            else:
                raise KeysUnavailable(self.metadata_url)
        elif self._inflight is not None and not self._inflight.done():
            await self._wait(self._inflight)
        elif self._unknown_kid_at is None or now - self._unknown_kid_at >= self._policy.min_refresh_interval:
            self._unknown_kid_at = now
            await self._wait(self._start())
        else:
            raise KeyNotFound(kid)
        key = self._keys.get(kid)
        if key is not None:
            return key
        if self._fetched_at is None:
            raise KeysUnavailable(self.metadata_url)
        raise KeyNotFound(kid)

    async def close(self) -> None:
        task, self._inflight = self._inflight, None
        if task is not None and not task.done():
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    # -- internals ----------------------------------------------------------------------------------
    def _due_for_periodic_refresh(self, now: float) -> bool:
        if self._fetched_at is None or now - self._fetched_at < self._policy.refresh_interval:
            return False
        return self._attempted_at is None or now - self._attempted_at >= self._policy.min_refresh_interval

    def _start(self) -> asyncio.Task[None]:
        if self._inflight is None or self._inflight.done():
            self._attempted_at = self._monotonic()
            self.fetch_count += 1
            self._inflight = asyncio.get_running_loop().create_task(self._refresh(), name="openid-keys-refresh")
        return self._inflight

    async def _wait(self, task: asyncio.Task[None], limit: float | None = None) -> None:
        # shield: a caller that gives up (its request is cancelled, or it waited long enough) must not
        # cancel the shared fetch.
        wait = self._policy.timeout + 1.0 if limit is None else min(limit, self._policy.timeout + 1.0)
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(asyncio.shield(task), wait)

    async def _refresh(self) -> None:
        try:
            async with asyncio.timeout(self._policy.timeout):
                session = self._session()
                metadata = await _get_json(session, self.metadata_url)
                jwks_uri = metadata.get("jwks_uri") if isinstance(metadata, dict) else None
                if not isinstance(jwks_uri, str) or not jwks_uri.startswith(("https://", "http://")):
                    raise ValueError("the metadata names no jwks_uri")
                keys = parse_jwks(await _get_json(session, jwks_uri))
            if not keys:
                raise ValueError("the key set has no usable RSA signing key")
        except (aiohttp.ClientError, TimeoutError, ValueError) as exc:
            log.warning("could not refresh the signing keys from %s (%s); %d cached keys stay in use",
                        self.metadata_url, type(exc).__name__, len(self._keys))
            return
        added = keys.keys() - self._keys.keys()
        removed = self._keys.keys() - keys.keys()
        self._keys = keys
        self._fetched_at = self._monotonic()
        log.info("signing keys from %s: %d (%d new, %d retired)", self.metadata_url, len(keys), len(added),
                 len(removed))


async def _get_json(session: aiohttp.ClientSession, url: str) -> Any:
    async with session.get(url, headers={"Accept": "application/json"}) as response:
        response.raise_for_status()
        try:
            return await response.json(content_type=None)
        except ValueError as exc:  # json.JSONDecodeError; aiohttp's ContentTypeError is a ClientError
            raise ValueError(f"{url} did not answer JSON") from exc


class OpenIdKeyStore:
    """Every `OpenIdKeys` of the app, one per metadata URL, on one aiohttp session and one policy."""

    def __init__(self, policy: RefreshPolicy | None = None, *, monotonic: Callable[[], float] = time.monotonic) -> None:
        self.policy = policy or RefreshPolicy()
        self._monotonic = monotonic
        self._sets: dict[str, OpenIdKeys] = {}
        self._session: aiohttp.ClientSession | None = None

    def keys(self, metadata_url: str) -> OpenIdKeys:
        found = self._sets.get(metadata_url)
        if found is None:
            found = self._sets[metadata_url] = OpenIdKeys(metadata_url, self._client, self.policy,
                                                          monotonic=self._monotonic)
        return found

    def _client(self) -> aiohttp.ClientSession:
        # Made on first use, inside the running loop; the per-fetch deadline is the policy's.
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=self.policy.timeout))
        return self._session

    async def close(self) -> None:
        for keys in self._sets.values():
            await keys.close()
        if self._session is not None:
            await self._session.close()
            self._session = None
