"""The signing-key cache and the JWT validator, over real HTTP against the local OpenID fake.

Shapes: Microsoft's "Authentication with the Bot Connector API"
(https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-authentication,
"Connector to bot": metadata -> jwks_uri -> JWKs with `endorsements`; RS256; 5 minutes' skew) and
"OpenID Connect on the Microsoft identity platform" for Entra's tenant metadata. The refresh rules
are bot/auth/keys.py's; time for them comes from a monotonic clock the tests move.
"""

from __future__ import annotations

import asyncio
import base64
import json
import time
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from bot.auth.keys import KeyNotFound, KeysUnavailable, OpenIdKeys, OpenIdKeyStore, RefreshPolicy, parse_jwks
from bot.auth.tokens import TokenError, bearer_token, entra_issuers, unverified_claims, validate
from tests.fakes.openid import CHANNEL_ISSUER, CHANNEL_KEYS_PATH, CHANNEL_METADATA_PATH, OpenIdServer, new_key

APP = "3f1c2a9e-0b7d-4c55-9a61-2e8f4d6b7c10"
SERVICE = "https://smba.trafficmanager.net/emea/"
TENANT = "6f1e3a2b-9c4d-4e5f-8a7b-1c2d3e4f5a6b"


class Monotonic:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def openid() -> Iterator[OpenIdServer]:
    server = OpenIdServer()
    server.start()
    yield server
    server.stop()


@pytest.fixture
def monotonic() -> Monotonic:
    return Monotonic()


@pytest.fixture
async def store(monotonic: Monotonic) -> AsyncIterator[OpenIdKeyStore]:
    keys = OpenIdKeyStore(RefreshPolicy(timeout=1.0, refresh_interval=86400, min_refresh_interval=300),
                          monotonic=monotonic)
    yield keys
    await keys.close()


@pytest.fixture
def keys(store: OpenIdKeyStore, openid: OpenIdServer) -> OpenIdKeys:
    return store.keys(openid.metadata_url)


def fetches(openid: OpenIdServer) -> int:
    return openid.hits.count(CHANNEL_METADATA_PATH)


async def channel_claims(keys: OpenIdKeys, token: str, **kwargs: Any) -> dict[str, Any]:
    return await validate(token, keys, issuers={CHANNEL_ISSUER}, audiences={APP}, **kwargs)


# -- the cache ----------------------------------------------------------------------------------------
async def test_keys_are_fetched_once_through_jwks_uri_and_then_served_from_the_cache(
        keys: OpenIdKeys, openid: OpenIdServer) -> None:
    first = await keys.get("teams-key")
    assert first.endorsements == {"msteams"}
    for _ in range(5):
        assert await keys.get("teams-key") is first
    assert openid.hits == [CHANNEL_METADATA_PATH, CHANNEL_KEYS_PATH]


async def test_concurrent_first_lookups_share_one_fetch(keys: OpenIdKeys, openid: OpenIdServer) -> None:
    found = await asyncio.gather(*(keys.get("teams-key") for _ in range(20)))
    assert len({id(k) for k in found}) == 1
    assert fetches(openid) == 1


async def test_a_rotated_key_is_found_by_the_first_lookup_that_needs_it(keys: OpenIdKeys, openid: OpenIdServer) -> None:
    await keys.get("teams-key")
    openid.rotate("teams-key-2", retire="teams-key")
    assert (await keys.get("teams-key-2")).kid == "teams-key-2"
    assert fetches(openid) == 2
    # The retired key went with the refresh: it no longer verifies anything.
    with pytest.raises(KeyNotFound):
        await keys.get("teams-key")


async def test_unknown_key_ids_refresh_at_most_once_per_interval(
        keys: OpenIdKeys, openid: OpenIdServer, monotonic: Monotonic) -> None:
    await keys.get("teams-key")
    for _ in range(50):
        with pytest.raises(KeyNotFound):
            await keys.get("made-up")
        monotonic.now += 1
    assert fetches(openid) == 2  # the start, and one for the first unknown kid
    monotonic.now += 300
    openid.rotate("later-key")
    assert (await keys.get("later-key")).kid == "later-key"
    assert fetches(openid) == 3


async def test_keys_are_refreshed_in_the_background_after_a_day_without_delaying_a_lookup(
        keys: OpenIdKeys, openid: OpenIdServer, monotonic: Monotonic) -> None:
    await keys.get("teams-key")
    monotonic.now += 86400 + 1
    openid.hang()
    started = time.perf_counter()
    assert (await keys.get("teams-key")).kid == "teams-key"
    assert time.perf_counter() - started < 0.1
    await _until(lambda: fetches(openid) == 2)
    openid.answer()


async def test_a_hanging_endpoint_delays_only_the_lookup_that_needs_new_keys(
        keys: OpenIdKeys, openid: OpenIdServer) -> None:
    await keys.get("teams-key")
    openid.hang()
    unknown = asyncio.create_task(keys.get("rotated-meanwhile"))
    await _until(lambda: fetches(openid) == 2)
    for _ in range(10):
        started = time.perf_counter()
        await keys.get("teams-key")
        assert time.perf_counter() - started < 0.1
    assert not unknown.done()
    with pytest.raises(KeyNotFound):
        await unknown  # the policy's 1 s deadline, then no such key
    openid.answer()


async def test_a_down_endpoint_leaves_the_cached_keys_in_use(
        keys: OpenIdKeys, openid: OpenIdServer, monotonic: Monotonic) -> None:
    await keys.get("teams-key")
    openid.down(503)
    monotonic.now += 86400 + 1
    for _ in range(3):
        assert (await keys.get("teams-key")).kid == "teams-key"
        await asyncio.sleep(0.05)
    assert fetches(openid) == 2  # one failed background refresh; no retry within the interval
    monotonic.now += 300
    await keys.get("teams-key")
    await _until(lambda: fetches(openid) == 3)
    assert (await keys.get("teams-key")).kid == "teams-key"


async def test_nothing_fetched_yet_and_the_endpoint_down_is_unavailable_not_unknown(
        keys: OpenIdKeys, openid: OpenIdServer, monotonic: Monotonic) -> None:
    openid.down(500)
    with pytest.raises(KeysUnavailable):
        await keys.get("teams-key")
    openid.answer()
    monotonic.now += 10     # the cold retry interval
    assert (await keys.get("teams-key")).kid == "teams-key"


async def test_a_flood_at_a_cold_start_with_the_endpoint_down_fetches_once_per_interval(
        keys: OpenIdKeys, openid: OpenIdServer, monotonic: Monotonic) -> None:
    # Nothing ever fetched and Microsoft's endpoint answering 503: each request is refused at once
    # (503 to the channel), and the endpoint is asked once per 10 s, not once per request.
    openid.down(503)
    with pytest.raises(KeysUnavailable):
        await keys.get("teams-key")
    for _ in range(50):
        started = time.perf_counter()
        with pytest.raises(KeysUnavailable):
            await keys.get("teams-key")
        assert time.perf_counter() - started < 0.1
    assert fetches(openid) == 1
    monotonic.now += 10
    with pytest.raises(KeysUnavailable):
        await keys.get("teams-key")
    assert fetches(openid) == 2
    openid.answer()
    monotonic.now += 10
    assert (await keys.get("teams-key")).kid == "teams-key"


async def test_a_hanging_endpoint_at_a_cold_start_holds_a_request_only_briefly(
        openid: OpenIdServer) -> None:
    cold = OpenIdKeyStore(RefreshPolicy(timeout=5.0, cold_wait=0.2), monotonic=Monotonic())
    keys = cold.keys(openid.metadata_url)
    openid.hang()
    try:
        started = time.perf_counter()
        results = await asyncio.gather(*(keys.get("teams-key") for _ in range(20)), return_exceptions=True)
        assert all(isinstance(r, KeysUnavailable) for r in results)
        assert time.perf_counter() - started < 1.0      # the 0.2 s cold wait, not the 5 s fetch deadline
        assert fetches(openid) <= 1
    finally:
        openid.answer()
        await cold.close()


@pytest.mark.parametrize("document", [{}, {"keys": "x"}, None, []])
def test_a_key_set_without_a_key_list_is_refused(document: Any) -> None:
    with pytest.raises(ValueError):
        parse_jwks(document)


def test_keys_that_are_not_rsa_signing_keys_are_skipped() -> None:
    from jwt.algorithms import RSAAlgorithm

    good = {**RSAAlgorithm.to_jwk(new_key("teams").public_key(), as_dict=True), "kid": "good"}
    keys = parse_jwks({"keys": [good, {**good, "kid": "enc", "use": "enc"}, {"kty": "EC", "kid": "ec"},
                                {"kty": "RSA", "kid": "broken", "n": "!!", "e": "AQAB"}, "junk", {**good, "kid": ""}]})
    assert set(keys) == {"good"}
    assert keys["good"].endorsements == frozenset()


# -- the validator ------------------------------------------------------------------------------------
async def test_a_bot_connector_token_validates_with_its_claims(keys: OpenIdKeys, openid: OpenIdServer) -> None:
    claims = await channel_claims(keys, openid.sign(openid.claims(APP, SERVICE)), endorsement="msteams")
    assert claims["serviceurl"] == SERVICE and claims["aud"] == APP


def _expect(reason: str) -> Any:
    return pytest.raises(TokenError, match=f"^{reason}")


async def test_each_refusal_carries_its_reason(keys: OpenIdKeys, openid: OpenIdServer) -> None:
    now = time.time()
    sign, claims = openid.sign, openid.claims
    cases: list[tuple[str, str, dict[str, Any]]] = [
        ("audience", sign(claims("another-app", SERVICE)), {}),
        ("audience", sign(claims(APP, SERVICE, aud=None)), {}),
        ("issuer", sign(claims(APP, SERVICE, iss="https://api.botframework.example")), {}),
        ("issuer", sign(claims(APP, SERVICE, iss=None)), {}),
        ("expired", sign(claims(APP, SERVICE, exp=int(now) - 301)), {}),
        ("not_yet_valid", sign(claims(APP, SERVICE, nbf=int(now) + 301)), {}),
        ("claim", sign(claims(APP, SERVICE, exp=None)), {}),
        ("claim", sign(claims(APP, SERVICE, exp="tomorrow")), {}),
        ("signature", openid.sign(claims(APP, SERVICE), kid="teams-key", key=new_key()), {}),
        ("unknown_key", openid.sign(claims(APP, SERVICE), kid="no-such-key", key=new_key()), {}),
        ("endorsement", openid.sign(claims(APP, SERVICE), kid="webchat-key"), {"endorsement": "msteams"}),
        ("endorsement", openid.sign(claims(APP, SERVICE)), {"endorsement": ""}),
        ("algorithm", openid.sign(claims(APP, SERVICE), algorithm="RS512"), {}),
        ("malformed", "not.a-jwt", {}),
        ("malformed", "a.b.c.d", {}),
    ]
    for reason, token, extra in cases:
        with _expect(reason):
            # (the moment the cases were made: generating the keys above can take seconds on a loaded machine,
            # which would carry "now" past the 301 s margins of the expiry cases)
            await channel_claims(keys, token, now=now, **extra)


async def test_leeway_and_now_are_the_callers(keys: OpenIdKeys, openid: OpenIdServer) -> None:
    token = openid.sign(openid.claims(APP, SERVICE, exp=2_000_000_000, nbf=1_999_000_000))
    assert await channel_claims(keys, token, now=1_999_000_000 - 299)
    with _expect("not_yet_valid"):
        await channel_claims(keys, token, now=1_999_000_000 - 301)
    with _expect("expired"):
        await channel_claims(keys, token, now=2_000_000_000 + 61, leeway=60)


async def test_an_audience_list_passes_when_it_names_ours(keys: OpenIdKeys, openid: OpenIdServer) -> None:
    assert await channel_claims(keys, openid.sign(openid.claims(APP, SERVICE, aud=["someone-else", APP])))


@pytest.mark.parametrize("header", [None, "", "Bearer", "bearer x.y.z", "Bearer x.y.z extra", "x.y.z", "Basic x"])
def test_only_an_exact_bearer_header_yields_a_token(header: str | None) -> None:
    with _expect("malformed"):
        bearer_token(header)


def test_bearer_token_reads_the_token() -> None:
    assert bearer_token("Bearer a.b.c") == "a.b.c"


# -- Microsoft Entra (a tab's single sign-on) ------------------------------------------------------------
async def test_an_entra_token_validates_against_its_tenants_metadata(
        store: OpenIdKeyStore, openid: OpenIdServer) -> None:
    openid.add_entra_key(TENANT, "entra-1")
    audience = f"api://rusbot.example.se/{APP}"
    now = int(time.time())
    token = openid.sign_entra(TENANT, {"iss": f"https://login.microsoftonline.com/{TENANT}/v2.0", "aud": audience,
                                       "tid": TENANT, "oid": "user-1", "nbf": now - 10, "exp": now + 3600},
                              kid="entra-1")
    tid = unverified_claims(token)["tid"]
    keys = store.keys(openid.entra_metadata_url(tid))
    claims = await validate(token, keys, issuers=entra_issuers(tid), audiences={audience})
    assert claims["oid"] == "user-1"
    assert (await keys.get("entra-1")).issuer == f"https://login.microsoftonline.com/{TENANT}/v2.0"
    with _expect("issuer"):
        await validate(token, keys, issuers=entra_issuers("another-tenant"), audiences={audience})
    # One store, one cache per metadata URL: the Bot Framework's keys are not Entra's.
    assert store.keys(openid.metadata_url) is not keys
    assert store.keys(openid.entra_metadata_url(tid)) is keys


async def _until(condition: Any, timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        await asyncio.sleep(0.01)


_segment = st.one_of(st.text(max_size=40), st.binary(max_size=60).map(lambda raw: base64.urlsafe_b64encode(raw)
                                                                       .rstrip(b"=").decode()))
_json_part = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=10),
                          lambda inner: st.lists(inner, max_size=3) | st.dictionaries(
                              st.sampled_from(["alg", "kid", "typ", "iss", "aud", "exp", "nbf", "crit"]), inner,
                              max_size=5), max_leaves=10).map(lambda v: base64.urlsafe_b64encode(
                                  json.dumps(v).encode()).rstrip(b"=").decode())


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(parts=st.lists(st.one_of(_segment, _json_part), min_size=0, max_size=5), kid_header=st.booleans())
# Found by this test on 5 December 2026: a header {"alg": []} hashed a list into a TypeError.
@example(parts=["eyJhbGciOiBbXX0", "", ""], kid_header=False)
async def test_any_junk_is_a_token_error_never_a_crash(keys: OpenIdKeys, openid: OpenIdServer, parts: list[str],
                                                       kid_header: bool) -> None:
    if kid_header and len(parts) >= 1:
        parts[0] = base64.urlsafe_b64encode(json.dumps({"alg": "RS256", "kid": "teams-key"}).encode()).decode()
    with pytest.raises(TokenError):
        await channel_claims(keys, ".".join(parts), endorsement="msteams")
