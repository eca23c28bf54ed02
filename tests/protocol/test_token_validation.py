"""Production mode with tokens we sign ourselves, against a local OpenID metadata endpoint.

A token the Bot Connector would send gets a turn and a reply; every way a token can be wrong gets
401 and changes nothing: no reply, no conversation stored. The requirements are Microsoft's
"Authentication with the Bot Connector API" (https://learn.microsoft.com/azure/bot-service/rest-api/
bot-framework-rest-connector-authentication, "Connector to bot", step 4). Nothing here touches the
internet: the signing keys come from `tests/fakes/openid.py` and the outbound token is a fixed
string (`create_app(token_provider=...)`); tests/protocol/test_outbound_credentials.py covers the
bot's real token sources. Emulator-shaped and skill tokens, which botframework-connector 4.17.1
accepted on paths without audience or serviceurl checks, are refused like any other wrong token.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from typing import Any

import aiohttp
import pytest
from aiohttp import web

from bot.app import create_app
from rusbot.clock import ManualClock
from rusbot.settings import Settings
from tests import builders as b
from tests.conftest import RunningBot, make_settings
from tests.fakes.connector import FakeConnector
from tests.fakes.openid import EMULATOR_ISSUER, OpenIdServer, new_key

APP_ID = "3f1c2a9e-0b7d-4c55-9a61-2e8f4d6b7c10"
TENANT_ID = b.TENANT  # the tenant the builders put in activities
OUTBOUND_TOKEN = "outbound-token-from-the-test"


@pytest.fixture
def openid() -> Iterator[OpenIdServer]:
    server = OpenIdServer()
    server.start()
    yield server
    server.stop()


def production_settings(sqlite_url: str, openid: OpenIdServer, **overrides: Any) -> Settings:
    values: dict[str, Any] = {"app_id": APP_ID, "app_tenant_id": TENANT_ID, "app_password": "not-used",
                              "openid_metadata_url": openid.metadata_url, "public_url": "https://rusbot.example.se"}
    values.update(overrides)
    return make_settings(sqlite_url, **values)


async def _fixed_token() -> str:
    return OUTBOUND_TOKEN


@dataclass
class ProductionBot(RunningBot):
    openid: OpenIdServer

    def activity(self, text: str = "Vad händer nu?") -> dict[str, Any]:
        return b.personal_message(self.service_url, text)

    def token(self, *, kid: str = "teams-key", **overrides: Any) -> str:
        return self.openid.sign(self.openid.claims(APP_ID, self.service_url, **overrides), kid=kid)

    async def send(self, activity: dict[str, Any], token: str | None) -> int:
        headers = {"Authorization": f"Bearer {token}"} if token is not None else None
        status, _ = await self.post(activity, headers=headers)
        return status

    async def nothing_changed(self) -> bool:
        return self.connector.requests == [] and await self.services.conversations.active() == []


async def _start(settings: Settings, clock: ManualClock, connector: FakeConnector,
                 openid: OpenIdServer) -> AsyncIterator[ProductionBot]:
    app = create_app(settings, clock=clock, token_provider=_fixed_token)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    async with aiohttp.ClientSession() as session:
        yield ProductionBot(url=f"http://127.0.0.1:{port}", app=runner.app, session=session, connector=connector,
                            clock=clock, openid=openid)
    await runner.cleanup()


@pytest.fixture
async def production(sqlite_url: str, clock: ManualClock, connector: FakeConnector,
                     openid: OpenIdServer) -> AsyncIterator[ProductionBot]:
    async for running in _start(production_settings(sqlite_url, openid), clock, connector, openid):
        yield running


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unsigned(header: dict[str, Any], claims: dict[str, Any], signature: bytes = b"") -> str:
    return f"{_b64(json.dumps(header).encode())}.{_b64(json.dumps(claims).encode())}.{_b64(signature)}"


async def test_a_valid_channel_token_gets_a_turn_and_the_reply_carries_the_outbound_token(
        production: ProductionBot) -> None:
    status = await production.send(production.activity(), production.token())
    assert status == 200
    [reply] = production.connector.requests
    assert reply.method == "POST" and reply.text
    assert reply.headers.get("Authorization") == f"Bearer {OUTBOUND_TOKEN}"
    assert len(await production.services.conversations.active()) == 1


async def test_the_signing_keys_are_fetched_once_and_cached(production: ProductionBot) -> None:
    for _ in range(3):
        assert await production.send(production.activity(), production.token()) == 200
    assert production.openid.hits == ["/v1/.well-known/openidconfiguration", "/v1/keys"]


def _wrong_tokens() -> dict[str, Any]:
    """name -> function(bot) -> the Authorization token to send."""
    def now() -> int:
        # At signing time, not at collection: the suite may run for more than the 5 minutes' leeway.
        return int(time.time())

    other_app = "0d9a5c3e-7f21-4b8a-a0c4-5e6f7a8b9c0d"

    def claims(bot: ProductionBot, **overrides: Any) -> dict[str, Any]:
        return bot.openid.claims(APP_ID, bot.service_url, **overrides)

    return {
        "wrong audience": lambda bot: bot.token(aud=other_app),
        "no audience": lambda bot: bot.token(aud=None),
        "wrong issuer": lambda bot: bot.token(iss="https://api.botframework.example"),
        "no issuer": lambda bot: bot.token(iss=None),
        "expired (beyond the 5 min leeway)": lambda bot: bot.token(exp=now() - 600, nbf=now() - 7200, iat=now() - 7200),
        "not yet valid (beyond the 5 min leeway)": lambda bot: bot.token(nbf=now() + 600, iat=now() + 600),
        "wrong signing key, trusted kid": lambda bot: bot.openid.sign(claims(bot), kid="teams-key", key=new_key()),
        "unknown kid": lambda bot: bot.openid.sign(claims(bot), kid="no-such-key", key=new_key()),
        "key not endorsed for msteams": lambda bot: bot.token(kid="webchat-key"),
        "serviceurl claim of another service": lambda bot: bot.token(serviceurl="https://smba.trafficmanager.net/emea/"),
        "no serviceurl claim": lambda bot: bot.token(serviceurl=None),
        "alg none": lambda bot: _unsigned({"alg": "none", "typ": "JWT", "kid": "teams-key"}, claims(bot)),
        "alg none, signature kept": lambda bot: ".".join(
            [_b64(json.dumps({"alg": "none", "kid": "teams-key"}).encode()), *bot.token().split(".")[1:]]),
        "HS256 keyed with the public key": lambda bot: _hs256_with_public_key(bot, claims(bot)),
        "claims edited after signing": lambda bot: _tampered(bot),
        # Accepted by the SDK's Emulator path (no audience or serviceurl check); refused at our edge.
        "emulator-shaped token": lambda bot: bot.openid.sign(
            {"iss": EMULATOR_ISSUER, "ver": "1.0", "appid": APP_ID, "aud": "https://api.botframework.com",
             "nbf": now() - 60, "exp": now() + 3600}),
        # A skill (another bot) calling: the SDK refuses it without a claims validator; we have none.
        "skill token": lambda bot: bot.openid.sign(
            {"iss": EMULATOR_ISSUER, "ver": "2.0", "azp": other_app, "aud": APP_ID, "nbf": now() - 60,
             "exp": now() + 3600}),
    }


def _hs256_with_public_key(bot: ProductionBot, claims: dict[str, Any]) -> str:
    from cryptography.hazmat.primitives import serialization

    secret = bot.openid.keys["teams-key"].public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    header = {"alg": "HS256", "typ": "JWT", "kid": "teams-key"}
    signing_input = f"{_b64(json.dumps(header).encode())}.{_b64(json.dumps(claims).encode())}"
    signature = hmac.new(secret, signing_input.encode(), hashlib.sha256).digest()
    return f"{signing_input}.{_b64(signature)}"


def _tampered(bot: ProductionBot) -> str:
    header, _, signature = bot.token(aud="0d9a5c3e-7f21-4b8a-a0c4-5e6f7a8b9c0d").split(".")
    payload = _b64(json.dumps(bot.openid.claims(APP_ID, bot.service_url)).encode())
    return f"{header}.{payload}.{signature}"


WRONG_TOKENS = _wrong_tokens()


@pytest.mark.parametrize("name", list(WRONG_TOKENS))
async def test_a_wrong_token_gets_401_and_changes_nothing(production: ProductionBot, name: str) -> None:
    token = WRONG_TOKENS[name](production)
    assert await production.send(production.activity(), token) == 401
    assert await production.nothing_changed()
    # The same activity with a good token goes through: the 401 was the token's doing.
    assert await production.send(production.activity(), production.token()) == 200


@pytest.mark.parametrize("authorization", [None, "", "Bearer", "Basic dXNlcjpwYXNz", "bearer {token}",
                                           "Bearer {token} extra", "{token}"])
async def test_a_missing_or_malformed_header_gets_401(production: ProductionBot, authorization: str | None) -> None:
    headers = None
    if authorization is not None:
        headers = {"Authorization": authorization.replace("{token}", production.token())}
    status, _ = await production.post(production.activity(), headers=headers)
    assert status == 401
    assert await production.nothing_changed()


async def test_a_token_for_one_service_url_does_not_carry_an_activity_to_another(production: ProductionBot) -> None:
    # A real token, replayed with an activity that points the bot somewhere else.
    token = production.token()
    activity = b.personal_message("https://attacker.example/teams/", "Vad händer nu?")
    assert await production.send(activity, token) == 401
    assert await production.nothing_changed()
