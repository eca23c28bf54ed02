"""The bot's own token: what it puts in `Authorization` on every call to the Bot Connector.

By `MicrosoftAppType` (Microsoft's "Authentication with the Bot Connector API", "Bot to Connector",
step 1, which requests the token "based on your bot's application type"):
- SingleTenant: client credentials at https://login.microsoftonline.com/{MicrosoftAppTenantId}/oauth2/v2.0/token,
  scope https://api.botframework.com/.default;
- MultiTenant: the same at the botframework.com tenant;
- UserAssignedMSI: no secret. The managed identity's token for resource https://api.botframework.com,
  `client_id` = MicrosoftAppId (the identity's client id), from
  - App Service / Container Apps: GET $IDENTITY_ENDPOINT?resource=…&api-version=2019-08-01&client_id=…
    with header X-IDENTITY-HEADER: $IDENTITY_HEADER ("How to use managed identities for App Service
    and Azure Functions", REST endpoint reference; `expires_on` in epoch seconds);
  - otherwise the VM's Instance Metadata Service: GET http://169.254.169.254/metadata/identity/oauth2/token
    ?api-version=2018-02-01&resource=…&client_id=… with header `Metadata: true` ("How to use managed
    identities for Azure resources on an Azure VM to acquire an access token": retry 404, 429 and
    5xx with a back-off, not other 4xx).

The token is cached until five minutes before it expires; one fetch at a time; all HTTP is aiohttp
with a deadline (botframework-connector's credentials use MSAL's blocking `requests` on the loop,
and its managed identity sends nothing useful for us: issue 10.2). Neither the secret nor a token
is ever logged.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Literal

import aiohttp

from rusbot.settings import Settings, SettingsError

__all__ = ["BOT_FRAMEWORK_RESOURCE", "CredentialError", "Grant", "NoToken", "OutboundCredentials", "TokenSource",
           "build_token_source", "credentials_problem", "describe", "outbound_credentials"]

log = logging.getLogger(__name__)

BOT_FRAMEWORK_RESOURCE = "https://api.botframework.com"
MULTI_TENANT_AUTHORITY = "botframework.com"
IMDS_API_VERSION = "2018-02-01"
APP_SERVICE_API_VERSION = "2019-08-01"
REFRESH_MARGIN_SECONDS = 300.0
FAILURE_COOLDOWN_SECONDS = 10.0  # after a failed fetch, callers get the failure at once for this long
FETCH_TIMEOUT_SECONDS = 10.0
ATTEMPTS = 3

CredentialKind = Literal["SingleTenant", "MultiTenant", "UserAssignedMSI"]


class CredentialError(Exception):
    """No token could be had; `status` is the endpoint's HTTP status (None: no answer)."""

    def __init__(self, message: str, status: int | None = None, *, transient: bool = False,
                 retry_after: float | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.transient = transient
        self.retry_after = retry_after


@dataclass(frozen=True)
class Grant:
    token: str
    expires_at: float  # epoch seconds


Fetch = Callable[[aiohttp.ClientSession], Awaitable[Grant]]


class TokenSource:
    """One cached token, fetched again `margin` seconds before it expires. Awaiting it gives the token."""

    def __init__(self, description: str, fetch: Fetch, session: aiohttp.ClientSession | None = None, *,
                 margin: float = REFRESH_MARGIN_SECONDS, retry_delay: float = 1.0,
                 cooldown: float = FAILURE_COOLDOWN_SECONDS, clock: Callable[[], float] = time.time,
                 sleep: Callable[[float], Awaitable[None]] = asyncio.sleep) -> None:
        self.description = description
        self._fetch = fetch
        self._session = session
        self._own_session = session is None
        self._margin = margin
        self._retry_delay = retry_delay
        self._clock = clock
        self._sleep = sleep
        self._cooldown = cooldown
        self._grant: Grant | None = None
        self._failure: tuple[float, CredentialError] | None = None  # (until, what went wrong)
        self._lock = asyncio.Lock()
        self.fetch_count = 0

    def _still_valid(self) -> str | None:
        grant = self._grant
        return grant.token if grant is not None and self._clock() < grant.expires_at else None

    async def close(self) -> None:
        if self._own_session and self._session is not None:
            await self._session.close()
            self._session = None

    async def __call__(self) -> str:
        grant = self._grant
        if grant is not None and self._clock() < grant.expires_at - self._margin:
            return grant.token
        async with self._lock:
            grant = self._grant
            if grant is not None and self._clock() < grant.expires_at - self._margin:
                return grant.token
            if self._failure is not None and self._clock() < self._failure[0]:
                # Just failed: answer at once instead of making every caller wait out the retries again.
                return self._fallback(self._failure[1])
            try:
                self._grant = grant = await self._fetch_with_retries()
            except CredentialError as exc:
                self._failure = (self._clock() + self._cooldown, exc)
                still_valid = self._still_valid()
                if still_valid is not None:
                    log.warning("could not renew the bot's token (%s); the current one is still valid", exc)
                else:
                    log.error("could not get the bot's token from %s: %s", self.description, exc)
                return self._fallback(exc)
            self._failure = None
            return grant.token

    def _fallback(self, error: CredentialError) -> str:
        still_valid = self._still_valid()
        if still_valid is None:
            raise error
        return still_valid

    async def _fetch_with_retries(self) -> Grant:
        if self._session is None:
            # Made here, inside the running loop, on first use.
            self._session = aiohttp.ClientSession()
        for attempt in range(ATTEMPTS):
            self.fetch_count += 1
            try:
                return await self._fetch(self._session)
            except CredentialError as exc:
                if not exc.transient or attempt == ATTEMPTS - 1:
                    raise
                delay = self._retry_delay * 2**attempt
                if exc.retry_after is not None:
                    delay = max(delay, min(exc.retry_after, 10.0))
                await self._sleep(delay)
        raise AssertionError("unreachable")


def _retry_after(headers: Any) -> float | None:
    try:
        return max(0.0, float(headers.get("Retry-After", "")))
    except ValueError:
        return None


async def _token_request(session: aiohttp.ClientSession, method: str, url: str, *, transient: frozenset[int],
                         **kwargs: Any) -> tuple[dict[str, Any], float]:
    """The JSON answer and the time it was asked (for relative expiries)."""
    asked = time.time()
    try:
        async with asyncio.timeout(FETCH_TIMEOUT_SECONDS), session.request(method, url, **kwargs) as response:
            try:
                body = await response.json(content_type=None)
            except ValueError:
                body = None
            if response.status != 200:
                error = body.get("error") if isinstance(body, dict) else None
                raise CredentialError(f"HTTP {response.status}{f' ({error})' if isinstance(error, str) else ''}",
                                      response.status, transient=response.status in transient or response.status >= 500,
                                      retry_after=_retry_after(response.headers))
    except (aiohttp.ClientError, TimeoutError) as exc:
        raise CredentialError(f"no answer ({type(exc).__name__})", transient=True) from None
    if not isinstance(body, dict):
        raise CredentialError("the answer is not a JSON object", 200)
    return body, asked


def _grant(body: dict[str, Any], asked: float) -> Grant:
    token = body.get("access_token")
    if not isinstance(token, str) or not token:
        raise CredentialError("the answer has no access_token", 200)
    token_type = body.get("token_type", "Bearer")
    if not isinstance(token_type, str) or token_type.lower() != "bearer":
        raise CredentialError("the answer is not a bearer token", 200)
    # Entra answers expires_in (seconds, a number); the identity endpoints expires_on (epoch
    # seconds, a string) and IMDS expires_in as a string too.
    try:
        if body.get("expires_on") not in (None, ""):
            expires_at = float(body["expires_on"])
        else:
            expires_at = asked + float(body["expires_in"])
    except (KeyError, TypeError, ValueError):
        raise CredentialError("the answer has no readable expiry", 200) from None
    return Grant(token, expires_at)


def client_secret_fetch(login_url: str, tenant: str, app_id: str, secret: str) -> Fetch:
    url = f"{login_url.rstrip('/')}/{tenant}/oauth2/v2.0/token"
    form = {"grant_type": "client_credentials", "client_id": app_id, "client_secret": secret,
            "scope": f"{BOT_FRAMEWORK_RESOURCE}/.default"}

    async def fetch(session: aiohttp.ClientSession) -> Grant:
        body, asked = await _token_request(session, "POST", url, data=form, transient=frozenset({429}))
        return _grant(body, asked)

    return fetch


def imds_fetch(url: str, client_id: str) -> Fetch:
    params = {"api-version": IMDS_API_VERSION, "resource": BOT_FRAMEWORK_RESOURCE, "client_id": client_id}

    async def fetch(session: aiohttp.ClientSession) -> Grant:
        # 404: "IMDS endpoint is updating" -- retried, as Microsoft's error table says.
        body, asked = await _token_request(session, "GET", url, params=params, headers={"Metadata": "true"},
                                           transient=frozenset({404, 429}))
        return _grant(body, asked)

    return fetch


def app_service_fetch(endpoint: str, header: str, client_id: str) -> Fetch:
    params = {"api-version": APP_SERVICE_API_VERSION, "resource": BOT_FRAMEWORK_RESOURCE, "client_id": client_id}

    async def fetch(session: aiohttp.ClientSession) -> Grant:
        body, asked = await _token_request(session, "GET", endpoint, params=params,
                                           headers={"X-IDENTITY-HEADER": header}, transient=frozenset({429}))
        return _grant(body, asked)

    return fetch


@dataclass(frozen=True)
class OutboundCredentials:
    """What the settings say about the bot's identity (no secret in `describe()`)."""

    kind: CredentialKind
    app_id: str
    tenant: str
    secret: str = ""
    login_url: str = "https://login.microsoftonline.com"
    imds_url: str = "http://169.254.169.254/metadata/identity/oauth2/token"
    identity_endpoint: str = ""
    identity_header: str = ""

    @property
    def uses_app_service_identity(self) -> bool:
        return bool(self.identity_endpoint and self.identity_header)

    def fetch(self) -> Fetch:
        if self.kind == "UserAssignedMSI":
            if self.uses_app_service_identity:
                return app_service_fetch(self.identity_endpoint, self.identity_header, self.app_id)
            return imds_fetch(self.imds_url, self.app_id)
        authority = self.tenant if self.kind == "SingleTenant" else MULTI_TENANT_AUTHORITY
        return client_secret_fetch(self.login_url, authority, self.app_id, self.secret)

    def source(self, session: aiohttp.ClientSession | None = None, **kwargs: Any) -> TokenSource:
        return TokenSource(describe(self), self.fetch(), session, **kwargs)


def describe(credentials: OutboundCredentials) -> str:
    if credentials.kind == "UserAssignedMSI":
        where = (f"the App Service identity endpoint {credentials.identity_endpoint}"
                 if credentials.uses_app_service_identity else f"the instance metadata service {credentials.imds_url}")
        return f"UserAssignedMSI: managed identity {credentials.app_id} from {where}"
    authority = credentials.tenant if credentials.kind == "SingleTenant" else MULTI_TENANT_AUTHORITY
    return (f"{credentials.kind}: app {credentials.app_id}, client secret, "
            f"{credentials.login_url.rstrip('/')}/{authority}")


def credentials_problem(kind: str | None, *, secret: str, tenant: str) -> str | None:
    """Why these settings cannot produce a token, or None. (The tenant rules are the settings' own.)"""
    if kind in ("SingleTenant", "MultiTenant") and not secret:
        return f"MicrosoftAppPassword (the client secret) is required when MicrosoftAppType is {kind}"
    if kind == "UserAssignedMSI" and secret:
        return ("MicrosoftAppPassword must be empty when MicrosoftAppType is UserAssignedMSI: the managed "
                "identity has no secret")
    return None


class NoToken:
    """Local mode: nothing to prove, no Authorization header."""

    description = "none (local mode, no authentication)"

    async def __call__(self) -> str | None:
        return None

    async def close(self) -> None:
        return None


def build_token_source(settings: Settings) -> TokenSource | NoToken:
    """The bot's outbound token source for these settings; says at start-up which one it is."""
    if not settings.production:
        source: TokenSource | NoToken = NoToken()
    else:
        problem = credentials_problem(settings.app_type, secret=settings.app_password.get_secret_value(),
                                      tenant=settings.app_tenant_id)
        if problem:
            raise SettingsError(f"Felaktiga inställningar / invalid settings:\n  - {problem}")
        source = outbound_credentials(settings).source()
    # WARNING, not INFO: an operator must see which credential type is in use under any logging set-up
    # (Python's default shows warnings only), and the line comes once per start.
    log.warning("outbound credentials: %s", source.description)
    return source


def outbound_credentials(settings: Settings) -> OutboundCredentials:
    """From the settings (production)."""
    return OutboundCredentials(
        kind=settings.app_type or "SingleTenant", app_id=settings.app_id, tenant=settings.app_tenant_id,
        secret=settings.app_password.get_secret_value(), login_url=settings.login_url,
        imds_url=settings.imds_token_url, identity_endpoint=settings.identity_endpoint,
        identity_header=settings.identity_header.get_secret_value())
