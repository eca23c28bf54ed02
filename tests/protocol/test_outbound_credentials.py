"""The bot's own token, by MicrosoftAppType (issue 10.2), against a local identity endpoint.

New Azure Bots are SingleTenant or UserAssignedMSI; botframework-connector 4.17.1's managed identity
sent nothing useful and every variant fetched tokens with MSAL's blocking `requests`. The contracts
are in tests/fakes/identity.py (Microsoft's "Authentication with the Bot Connector API", the VM
managed-identity page for IMDS, the App Service managed-identity page). That fake runs on the
bot's own event loop: a blocking fetch would hang these tests instead of passing them.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest
from botbuilder.core import TurnContext
from botbuilder.core.teams import TeamsInfo
from botbuilder.schema import Activity

from bot.app import create_app
from bot.appkeys import ADAPTER
from bot.auth.credentials import CredentialError, Grant, OutboundCredentials, TokenSource
from rusbot.clock import ManualClock
from rusbot.settings import Settings, SettingsError
from tests import builders as b
from tests.conftest import make_settings, start_bot
from tests.fakes.connector import FakeConnector
from tests.fakes.identity import APP_SERVICE_PATH, BOT_FRAMEWORK_RESOURCE, IMDS_PATH, FakeIdentity
from tests.fakes.openid import OpenIdServer
from tests.protocol.test_token_validation import APP_ID, ProductionBot, openid  # noqa: F401 (fixture by name)

TENANT = b.TENANT  # a single-tenant bot serves its own tenant; the builders' activities name it


@pytest.fixture
async def identity() -> AsyncIterator[FakeIdentity]:
    fake = FakeIdentity()
    await fake.start()
    yield fake
    await fake.stop()


def settings_for(sqlite_url: str, openid: OpenIdServer, identity: FakeIdentity,  # noqa: F811
                 **values: Any) -> Settings:
    base: dict[str, Any] = {"app_id": APP_ID, "app_tenant_id": TENANT, "openid_metadata_url": openid.metadata_url,
                            "login_url": identity.url, "imds_token_url": identity.imds_url,
                            "public_url": "https://rusbot.example.se"}
    return make_settings(sqlite_url, **{**base, **values})


@contextlib.asynccontextmanager
async def running(settings: Settings, clock: ManualClock, connector: FakeConnector,
                  openid: OpenIdServer) -> AsyncIterator[ProductionBot]:  # noqa: F811
    runner, url = await start_bot(settings, clock, connector)
    try:
        async with aiohttp.ClientSession() as session:
            yield ProductionBot(url=url, app=runner.app, session=session, connector=connector, clock=clock,
                                openid=openid)
    finally:
        await runner.cleanup()


async def two_turns(bot: ProductionBot) -> list[str | None]:
    for _ in range(2):
        assert await bot.send(bot.activity(), bot.token()) == 200
    return [r.headers.get("Authorization") for r in bot.connector.sent]


@pytest.mark.parametrize(("app_type", "authority"), [("SingleTenant", TENANT), ("MultiTenant", "botframework.com")])
async def test_a_client_secret_bot_gets_its_token_from_its_authority_once_and_sends_it(
        sqlite_url: str, clock: ManualClock, connector: FakeConnector, openid: OpenIdServer,  # noqa: F811
        identity: FakeIdentity, app_type: str, authority: str) -> None:
    settings = settings_for(sqlite_url, openid, identity, app_type=app_type, app_password=identity.secret)
    async with running(settings, clock, connector, openid) as bot:
        assert await two_turns(bot) == ["Bearer entra-token-1"] * 2
    [request] = identity.requests
    assert (request.method, request.path) == ("POST", f"/{authority}/oauth2/v2.0/token")
    assert request.form == {"grant_type": "client_credentials", "client_id": APP_ID, "client_secret": identity.secret,
                            "scope": "https://api.botframework.com/.default"}


async def test_a_managed_identity_bot_gets_its_token_from_the_instance_metadata_service(
        sqlite_url: str, clock: ManualClock, connector: FakeConnector, openid: OpenIdServer,  # noqa: F811
        identity: FakeIdentity) -> None:
    settings = settings_for(sqlite_url, openid, identity, app_type="UserAssignedMSI")
    async with running(settings, clock, connector, openid) as bot:
        assert await two_turns(bot) == ["Bearer imds-token-1"] * 2
    [request] = identity.requests
    assert (request.method, request.path, request.headers.get("Metadata")) == ("GET", IMDS_PATH, "true")
    assert request.query == {"api-version": "2018-02-01", "resource": BOT_FRAMEWORK_RESOURCE, "client_id": APP_ID}


async def test_a_managed_identity_bot_on_app_service_uses_its_identity_endpoint(
        sqlite_url: str, clock: ManualClock, connector: FakeConnector, openid: OpenIdServer,  # noqa: F811
        identity: FakeIdentity) -> None:
    settings = settings_for(sqlite_url, openid, identity, app_type="UserAssignedMSI",
                            identity_endpoint=identity.app_service_endpoint,
                            identity_header=identity.app_service_header)
    async with running(settings, clock, connector, openid) as bot:
        assert await two_turns(bot) == ["Bearer appservice-token-1"] * 2
    [request] = identity.requests
    assert (request.path, request.headers.get("X-IDENTITY-HEADER")) == (APP_SERVICE_PATH, identity.app_service_header)
    assert request.query == {"api-version": "2019-08-01", "resource": BOT_FRAMEWORK_RESOURCE, "client_id": APP_ID}


async def test_the_sdks_connector_client_signs_with_the_same_token(
        sqlite_url: str, clock: ManualClock, connector: FakeConnector, openid: OpenIdServer,  # noqa: F811
        identity: FakeIdentity) -> None:
    # TeamsInfo (and anything else in botbuilder) finds the SDK's msrest client in the turn state.
    connector.members["29:aad-bertil"] = {"id": "29:aad-bertil", "name": "Bertil", "aadObjectId": "aad-bertil"}
    settings = settings_for(sqlite_url, openid, identity, app_type="UserAssignedMSI")
    async with running(settings, clock, connector, openid) as bot:
        adapter = bot.app[ADAPTER]
        activity = Activity().deserialize(bot.activity())
        authenticated = await adapter.bot_framework_authentication.authenticate_request(
            activity, f"Bearer {bot.token()}")
        members: list[Any] = []

        async def logic(context: TurnContext, found: list[Any] = members) -> None:
            found.append(await TeamsInfo.get_member(context, "29:aad-bertil"))

        await adapter.process_activity(authenticated, activity, logic)
        assert members[0].aad_object_id == "aad-bertil"
    [lookup] = [r for r in connector.requests if r.method == "GET"]
    assert lookup.path.endswith("/members/29:aad-bertil")
    assert lookup.headers.get("Authorization") == "Bearer imds-token-1"


# -- settings and start-up ------------------------------------------------------------------------
def test_a_managed_identity_needs_the_tenant(sqlite_url: str) -> None:
    from rusbot.settings import load_settings

    with pytest.raises(SettingsError, match="MicrosoftAppTenantId is required when MicrosoftAppType is "
                                            "UserAssignedMSI"):
        load_settings(_env_file=None, app_id=APP_ID, app_type="UserAssignedMSI", database_url=sqlite_url)


@pytest.mark.parametrize(("values", "message"), [
    ({"app_type": "SingleTenant", "app_password": ""}, "MicrosoftAppPassword (the client secret) is required"),
    ({"app_type": "MultiTenant", "app_password": ""}, "MicrosoftAppPassword (the client secret) is required"),
    ({"app_type": "UserAssignedMSI", "app_password": "left-over"}, "MicrosoftAppPassword must be empty"),
])
def test_settings_that_cannot_produce_a_token_stop_the_start(
        sqlite_url: str, openid: OpenIdServer, identity: FakeIdentity,  # noqa: F811
        values: dict[str, Any], message: str) -> None:
    with pytest.raises(SettingsError, match=message.replace("(", r"\(").replace(")", r"\)")):
        create_app(settings_for(sqlite_url, openid, identity, **values))


@pytest.mark.parametrize(("values", "said"), [
    ({"app_type": "SingleTenant", "app_password": "s3cret-value"}, f"SingleTenant: app {APP_ID}, client secret"),
    ({"app_type": "UserAssignedMSI"}, f"UserAssignedMSI: managed identity {APP_ID} from the instance metadata"),
    ({"app_type": "UserAssignedMSI", "identity_endpoint": "http://127.0.0.1:41234/msi/token",
      "identity_header": "s3cret-value"}, "UserAssignedMSI: managed identity 3f1c2a9e-0b7d-4c55-9a61-2e8f4d6b7c10 "
                                          "from the App Service identity endpoint"),
])
def test_the_start_says_which_credential_type_is_in_use_and_never_the_secret(
        sqlite_url: str, openid: OpenIdServer, identity: FakeIdentity,  # noqa: F811
        caplog: pytest.LogCaptureFixture, values: dict[str, Any], said: str) -> None:
    # At WARNING: seen with Python's default logging (warnings only), not just under `python -m bot`.
    with caplog.at_level(logging.WARNING):
        create_app(settings_for(sqlite_url, openid, identity, **values))
    lines = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert any(said in line for line in lines), lines
    assert not any("s3cret-value" in r.getMessage() for r in caplog.records)


@pytest.mark.parametrize(("public_url", "refused"), [
    ("", "RUSBOT_PUBLIC_URL is required in production"),
    ("http://rusbot.example.se", "must be an https address"),
    ("http://0.0.0.0:3978", "must be an https address"),
    ("https://127.0.0.1", "must be the public address"),
    ("https://rusbot.example.se", None),
])
def test_the_app_factory_refuses_a_production_public_url_that_is_not_https(
        sqlite_url: str, openid: OpenIdServer, identity: FakeIdentity,  # noqa: F811
        public_url: str, refused: str | None) -> None:
    # Issue 10.4: the calendar and download links are made from this URL and opened in Teams and
    # browsers; every way of starting the app (not only `python -m bot`) goes through create_app.
    settings = settings_for(sqlite_url, openid, identity, app_type="SingleTenant", app_password="s3cret-value",
                            public_url=public_url)
    if refused is None:
        create_app(settings)
        return
    with pytest.raises(SettingsError, match=refused):
        create_app(settings)


def test_local_mode_keeps_its_http_loopback_address(sqlite_url: str) -> None:
    settings = make_settings(sqlite_url, public_url="http://127.0.0.1:3978")
    assert not settings.production
    create_app(settings)


# -- the token source's own rules --------------------------------------------------------------------
class Clock:
    def __init__(self) -> None:
        self.now = 1_700_000_000.0

    def __call__(self) -> float:
        return self.now


async def test_the_token_is_cached_until_five_minutes_before_it_expires(identity: FakeIdentity) -> None:
    clock = Clock()
    credentials = OutboundCredentials(kind="UserAssignedMSI", app_id=APP_ID, tenant=TENANT,
                                      imds_url=identity.imds_url)
    source = TokenSource("test", _relative(credentials, clock), clock=clock)
    try:
        tokens = await asyncio.gather(*(source() for _ in range(10)))
        assert set(tokens) == {"imds-token-1"} and len(identity.requests) == 1  # one fetch for all
        clock.now += 3599 - 301
        assert await source() == "imds-token-1"
        clock.now += 2
        assert await source() == "imds-token-2"
    finally:
        await source.close()


def _relative(credentials: OutboundCredentials, clock: Clock) -> Any:
    """The fetch, with the expiry moved onto the test's clock (the fake answers real epoch times)."""
    fetch = credentials.fetch()

    async def shifted(session: aiohttp.ClientSession) -> Grant:
        grant = await fetch(session)
        return Grant(grant.token, clock() + (grant.expires_at - time.time()))

    return shifted


@pytest.mark.parametrize("statuses", [(404,), (429,), (500, 503)])
async def test_imds_errors_microsoft_calls_transient_are_retried(identity: FakeIdentity, statuses: tuple[int]) -> None:
    identity.fail_next(*statuses)
    credentials = OutboundCredentials(kind="UserAssignedMSI", app_id=APP_ID, tenant=TENANT, imds_url=identity.imds_url)
    source = credentials.source(retry_delay=0.01)
    try:
        assert await source() == "imds-token-1"
        assert len(identity.requests) == len(statuses) + 1
    finally:
        await source.close()


async def test_a_wrong_secret_is_not_retried_and_not_logged(identity: FakeIdentity,
                                                            caplog: pytest.LogCaptureFixture) -> None:
    credentials = OutboundCredentials(kind="SingleTenant", app_id=APP_ID, tenant=TENANT, secret="wrong-secret",
                                      login_url=identity.url)
    source = credentials.source(retry_delay=0.01)
    try:
        with pytest.raises(CredentialError, match="401 \\(invalid_client\\)"):
            await source()
    finally:
        await source.close()
    assert len(identity.requests) == 1
    assert not any("wrong-secret" in r.getMessage() for r in caplog.records)


async def test_a_failed_renewal_keeps_a_token_that_is_still_valid(identity: FakeIdentity) -> None:
    clock = Clock()
    credentials = OutboundCredentials(kind="UserAssignedMSI", app_id=APP_ID, tenant=TENANT,
                                      imds_url=identity.imds_url)
    source = TokenSource("test", _relative(credentials, clock), clock=clock, retry_delay=0.01)
    try:
        assert await source() == "imds-token-1"
        clock.now += 3599 - 200  # inside the renewal margin, not yet expired
        identity.fail_next(500, 500, 500)
        assert await source() == "imds-token-1"
        clock.now += 300  # expired now
        identity.fail_next(500, 500, 500)
        with pytest.raises(CredentialError):
            await source()
    finally:
        await source.close()


async def test_an_answer_without_a_token_is_an_error(identity: FakeIdentity) -> None:
    from bot.auth.credentials import _grant

    for body in ({}, {"access_token": ""}, {"access_token": "x", "token_type": "mac", "expires_in": 1},
                 {"access_token": "x"}, {"access_token": "x", "expires_on": "soon"}):
        with pytest.raises(CredentialError):
            _grant(body, 0.0)
    assert _grant({"access_token": "x", "expires_in": "60"}, 100.0) == Grant("x", 160.0)
    assert _grant({"access_token": "x", "expires_on": "1700000000", "expires_in": "60"}, 0.0).expires_at == 1.7e9



async def test_after_a_failure_callers_get_it_at_once_for_a_while(identity: FakeIdentity) -> None:
    clock = Clock()
    credentials = OutboundCredentials(kind="UserAssignedMSI", app_id=APP_ID, tenant=TENANT, imds_url=identity.imds_url)
    source = TokenSource("test", _relative(credentials, clock), clock=clock, retry_delay=0.01, cooldown=10)
    try:
        identity.fail_next(500, 500, 500)
        with pytest.raises(CredentialError):
            await source()
        asked = len(identity.requests)
        for _ in range(5):
            with pytest.raises(CredentialError):
                await source()
        assert len(identity.requests) == asked  # no new attempts within the cool-down
        clock.now += 11
        assert await source() == "imds-token-1"
    finally:
        await source.close()


async def test_an_identity_outage_fails_the_replies_not_the_request(
        sqlite_url: str, clock: ManualClock, connector: FakeConnector, openid: OpenIdServer,  # noqa: F811
        identity: FakeIdentity, caplog: pytest.LogCaptureFixture) -> None:
    settings = settings_for(sqlite_url, openid, identity, app_type="UserAssignedMSI",
                            imds_token_url="http://127.0.0.1:9/metadata/identity/oauth2/token")
    async with running(settings, clock, connector, openid) as bot:
        for _ in range(3):
            assert await bot.send(bot.activity(), bot.token()) == 200
    assert connector.requests == []  # nothing goes out without the bot's token
    assert any("could not get the bot's token" in r.getMessage() for r in caplog.records)
