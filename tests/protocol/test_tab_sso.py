"""The tab in production: Microsoft Entra single sign-on tokens we sign ourselves against a local
OpenID endpoint (tests/fakes/openid.py), checked with the bot's own key cache and validator.

What a good token looks like: Microsoft's "Add code to enable SSO" for tabs
(https://learn.microsoft.com/en-us/microsoftteams/platform/tabs/how-to/authentication/tab-sso-code,
"Validate the access token" and its example of a decoded token): issuer the user's tenant
(`https://login.microsoftonline.com/{tid}/v2.0`, or `https://sts.windows.net/{tid}/` for v1.0
tokens), audience the Application ID URI `api://{host}/{app id}`, `scp` `access_as_user`, `oid`,
`tid`, `preferred_username`, `name`, `exp`/`nbf`. Every way a token can be wrong gets 401 and shows
nothing; no token is ever sent to Microsoft.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Iterator
from typing import Any

import aiohttp
import pytest
from aiohttp import web

from bot.app import create_app
from tests.conftest import RunningBot, make_settings
from tests.fakes.connector import FakeConnector
from tests.fakes.openid import OpenIdServer
from tests.input_support import make_process
from tests.tab_support import tab_get, tab_post

APP_ID = "3f1c2a9e-0b7d-4c55-9a61-2e8f4d6b7c10"
TENANT = "7d1a3c2b-1111-4e5f-8a9b-000000000001"
PARTNER_TENANT = "7d1a3c2b-2222-4e5f-8a9b-000000000002"
STRANGE_TENANT = "7d1a3c2b-3333-4e5f-8a9b-000000000003"
HOST = "rusbot.example.se"
AUDIENCE = f"api://{HOST}/{APP_ID}"


@pytest.fixture
def openid() -> Iterator[OpenIdServer]:
    server = OpenIdServer()
    for tenant in (TENANT, PARTNER_TENANT, STRANGE_TENANT):
        server.add_entra_key(tenant, f"entra-{tenant[-1]}")
    server.start()
    yield server
    server.stop()


async def _fixed_token() -> str:
    return "outbound-token-from-the-test"


def _settings(sqlite_url: str, tmp_path: Any, openid: OpenIdServer, **overrides: Any) -> Any:
    values: dict[str, Any] = dict(
        data_dir=tmp_path / "data", app_id=APP_ID, app_tenant_id=TENANT, app_password="not-used",
        openid_metadata_url=openid.metadata_url, public_url=f"https://{HOST}",
        allowed_tenants=[TENANT, PARTNER_TENANT], coordinators=["aad-samordnare", "chef@regionorebrolan.se"],
        tab_entra_metadata_url=f"{openid.url}/{{tenant}}/v2.0/.well-known/openid-configuration")
    values.update(overrides)
    return make_settings(sqlite_url, **values)


async def _running(settings: Any, clock: Any, connector: FakeConnector) -> AsyncIterator[RunningBot]:
    app = create_app(settings, clock=clock, process=make_process(), token_provider=_fixed_token)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    async with aiohttp.ClientSession() as session:
        yield RunningBot(url=f"http://127.0.0.1:{port}", app=app, session=session, connector=connector, clock=clock)
    await runner.cleanup()


@pytest.fixture
async def bot(sqlite_url: str, tmp_path: Any, clock: Any, connector: FakeConnector,
              openid: OpenIdServer) -> AsyncIterator[RunningBot]:
    async for running in _running(_settings(sqlite_url, tmp_path, openid), clock, connector):
        yield running


@pytest.fixture
async def open_bot(sqlite_url: str, tmp_path: Any, clock: Any, connector: FakeConnector,
                   openid: OpenIdServer) -> AsyncIterator[RunningBot]:
    """A multi-tenant production bot without a tenant allow-list."""
    settings = _settings(sqlite_url, tmp_path, openid, app_type="MultiTenant", app_tenant_id="", allowed_tenants=[])
    assert not settings.effective_allowed_tenants and not settings.coordinators_by_email
    # Without an allow-list the app fetches Entra's common keys, which sign every tenant's tokens.
    openid.entra_keys["common"] = {kid: key for keys in list(openid.entra_keys.values()) for kid, key in keys.items()}
    async for running in _running(settings, clock, connector):
        yield running


def claims(tenant: str = TENANT, **overrides: Any) -> dict[str, Any]:
    """An Entra access token for the tab, as the SSO page's example shows; an override of None drops a claim."""
    now = int(time.time())
    values: dict[str, Any] = {"iss": f"https://login.microsoftonline.com/{tenant}/v2.0", "aud": AUDIENCE,
                              "tid": tenant, "oid": "aad-samordnare", "scp": "access_as_user",
                              "preferred_username": "cecilia@regionorebrolan.se", "name": "Cecilia Samordnare",
                              "ver": "2.0", "iat": now - 60, "nbf": now - 60, "exp": now + 3600}
    values.update(overrides)
    return {k: v for k, v in values.items() if v is not None}


def bearer(openid: OpenIdServer, tenant: str = TENANT, *, kid: str | None = None, **overrides: Any) -> dict[str, str]:
    token = openid.sign_entra(tenant, claims(tenant, **overrides), kid=kid or f"entra-{tenant[-1]}")
    return {"Authorization": f"Bearer {token}"}


async def session_of(bot: RunningBot, headers: dict[str, str]) -> tuple[int, Any]:
    response = await tab_get(bot, "/tab/api/session", headers)
    return response.status, (response.json() if response.status == 200 else response.text)


async def test_a_teams_token_signs_in_with_the_bots_roles(bot: RunningBot, openid: OpenIdServer) -> None:
    status, data = await session_of(bot, bearer(openid))
    assert status == 200 and data["role"] == "coordinator" and data["name"] == "Cecilia Samordnare"
    # Named by e-mail: the token's preferred_username.
    status, data = await session_of(bot, bearer(openid, oid="aad-chef", preferred_username="Chef@RegionOrebrolan.se"))
    assert status == 200 and data["role"] == "coordinator"
    # A guest from a partner's tenant on the allow-list, with no link yet: signed in, no access.
    status, data = await session_of(bot, bearer(openid, PARTNER_TENANT, oid="aad-guest"))
    assert status == 200 and data["role"] == "none" and data["pages"] == []
    overview = await tab_get(bot, "/tab/api/view/overview", bearer(openid))
    assert overview.status == 200 and "tl-today" in overview.text
    # v1.0 tokens (sts.windows.net issuer) and v2.0 tokens naming the client id are Entra's too.
    v1 = bearer(openid, iss=f"https://sts.windows.net/{TENANT}/", ver="1.0", upn="cecilia@regionorebrolan.se",
                preferred_username=None)
    assert (await session_of(bot, v1))[0] == 200
    assert (await session_of(bot, bearer(openid, aud=APP_ID)))[0] == 200


async def test_the_sign_in_page_in_production_loads_the_vendored_teams_library(bot: RunningBot) -> None:
    page = await tab_get(bot, "/tab/")
    assert page.status == 200 and 'data-mode="production"' in page.text
    assert '<script src="/tab/static/vendor/MicrosoftTeams.min.js"' in page.text and "cdn" not in page.text.lower()
    assert (await tab_get(bot, "/tab/api/local/people")).status == 404


async def test_every_wrong_token_is_refused_and_shows_nothing(bot: RunningBot, openid: OpenIdServer) -> None:
    now = int(time.time())
    wrong: dict[str, dict[str, str]] = {
        "no token": {},
        "a local-mode identity": {"Authorization": "Local eyJpZCI6ICJhYWQtc2Ftb3JkbmFyZSJ9"},
        "not a JWT": {"Authorization": "Bearer not-a-jwt"},
        "wrong audience": bearer(openid, aud=f"api://{HOST}/another-app"),
        "another host's audience": bearer(openid, aud=f"api://evil.example/{APP_ID}"),
        "no audience": bearer(openid, aud=None),
        "another tenant's issuer": bearer(openid, iss=f"https://login.microsoftonline.com/{PARTNER_TENANT}/v2.0"),
        "a stranger's issuer": bearer(openid, iss="https://evil.example/v2.0"),
        "expired": bearer(openid, exp=now - 3600, nbf=now - 7200, iat=now - 7200),
        "not yet valid": bearer(openid, nbf=now + 3600),
        "no expiry": bearer(openid, exp=None),
        "no access_as_user scope": bearer(openid, scp="User.Read"),
        "no oid": bearer(openid, oid=None),
        "no tid": bearer(openid, tid=None),
        "a tenant not on the allow-list": bearer(openid, STRANGE_TENANT),
    }
    # A token signed with one tenant's key but naming another's kid: unknown to that tenant's key set.
    foreign = openid.sign_entra(STRANGE_TENANT, claims(), kid="entra-3")
    wrong["unknown key"] = {"Authorization": f"Bearer {foreign}"}
    import jwt

    wrong["alg none"] = {"Authorization": "Bearer " + jwt.encode(claims(), None, algorithm="none")}
    for name, headers in wrong.items():
        for path in ("/tab/api/session", "/tab/api/view/overview", "/tab/api/view/remissvar"):
            response = await tab_get(bot, path, headers)
            assert response.status == 401, (name, path, response.status, response.text)
            assert "tl-today" not in response.text and "remiss" not in response.text.lower()
    # Claims edited after signing break the signature.
    header, payload, signature = openid.sign_entra(TENANT, claims(oid="aad-someone"), kid="entra-1").split(".")
    import base64
    import json

    forged = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    forged["oid"] = "aad-samordnare"
    tampered = base64.urlsafe_b64encode(json.dumps(forged).encode()).decode().rstrip("=")
    assert (await session_of(bot, {"Authorization": f"Bearer {header}.{tampered}.{signature}"}))[0] == 401


async def test_no_keys_are_fetched_for_a_tenant_off_the_allow_list(bot: RunningBot, openid: OpenIdServer) -> None:
    assert (await session_of(bot, bearer(openid, STRANGE_TENANT)))[0] == 401
    assert not any(STRANGE_TENANT in hit for hit in openid.hits)
    assert (await session_of(bot, bearer(openid)))[0] == 200
    assert any(TENANT in hit for hit in openid.hits)


async def test_keys_never_fetched_answer_try_again_then_cached_keys_carry_on(bot: RunningBot,
                                                                              openid: OpenIdServer) -> None:
    openid.down(503)
    assert (await session_of(bot, bearer(openid, PARTNER_TENANT, oid="aad-guest")))[0] == 503
    openid.answer()
    assert (await session_of(bot, bearer(openid)))[0] == 200
    openid.down(503)
    # Microsoft's endpoint is down again: the keys already fetched still check tokens.
    assert (await session_of(bot, bearer(openid)))[0] == 200


async def test_changes_need_the_token_and_the_csrf_token(bot: RunningBot, openid: OpenIdServer) -> None:
    meeting = {"name": "Extra möte", "date": "2021-04-20"}
    coordinator = bearer(openid)
    origin = f"https://{HOST}"
    assert (await tab_post(bot, "/tab/api/meetings", meeting, coordinator, csrf=False, origin=origin)).status == 403
    assert (await tab_post(bot, "/tab/api/meetings", meeting, bearer(openid, aud="x"), csrf=False,
                           origin=origin)).status == 401
    assert await bot.services.reminders.meeting_changes() == []
    saved = await tab_post(bot, "/tab/api/meetings", meeting, coordinator, origin=origin)
    assert saved.status == 200 and "Sparat: Extra möte" in saved.text
    assert [m.id for m in await bot.services.reminders.meeting_changes()] == ["extra-mote-2021-04-20"]


async def test_a_coordinators_address_in_a_token_counts_only_behind_a_tenant_allow_list(
        bot: RunningBot, open_bot: RunningBot, openid: OpenIdServer) -> None:
    """Audit of issue 12: without an allow-list any tenant's token is accepted, and a token from a
    tenant the attacker runs can carry `preferred_username`/`upn` chef@regionorebrolan.se. Then the
    address maps to nobody; the object id still does. The `email` claim never maps (it is not the
    account's sign-in name)."""
    impostor = {"oid": "aad-impostor", "preferred_username": "chef@regionorebrolan.se"}
    assert (await session_of(open_bot, bearer(openid, STRANGE_TENANT, **impostor)))[1]["role"] == "none"
    v1 = bearer(openid, STRANGE_TENANT, iss=f"https://sts.windows.net/{STRANGE_TENANT}/", ver="1.0",
                oid="aad-impostor", upn="chef@regionorebrolan.se", preferred_username=None)
    assert (await session_of(open_bot, v1))[1]["role"] == "none"
    meetings = await tab_get(open_bot, "/tab/api/view/meetings", bearer(openid, STRANGE_TENANT, **impostor))
    assert meetings.status == 403
    assert (await session_of(open_bot, bearer(openid, STRANGE_TENANT)))[1]["role"] == "coordinator"   # by oid
    # Behind the allow-list the sign-in name maps, the `email` claim does not.
    assert (await session_of(bot, bearer(openid, **impostor)))[1]["role"] == "coordinator"
    by_email_claim = bearer(openid, oid="aad-impostor", preferred_username="x@partner.example",
                            email="chef@regionorebrolan.se")
    assert (await session_of(bot, by_email_claim))[1]["role"] == "none"
