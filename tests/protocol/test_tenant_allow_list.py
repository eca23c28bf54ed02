"""RUSBOT_ALLOWED_TENANTS: an activity from a tenant not on the list gets 403 before the bot reads
or writes anything -- no conversation stored, no reply. With a list set, an activity that names no
tenant is refused too, and so is one whose two tenant fields disagree."""

from __future__ import annotations

import copy
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest

from rusbot.clock import ManualClock
from tests import builders as b
from tests.conftest import RunningBot, make_settings, start_bot
from tests.fakes.connector import FakeConnector
from tests.fakes.openid import OpenIdServer
from tests.protocol.test_token_validation import (  # noqa: F401 (the openid fixture is used by name)
    ProductionBot,
    _start,
    openid,
    production_settings,
)

OURS = b.TENANT
PARTNER_TENANT = "5b7c9d1e-2f3a-4b5c-8d6e-7f8091a2b3c4"
FOREIGN = "c0ffee00-dead-4bee-8f00-0123456789ab"

UNSET = object()


def with_tenant(activity: dict[str, Any], channel_data: Any = UNSET, conversation: Any = UNSET) -> dict[str, Any]:
    """Set (or with None, remove) channelData.tenant.id and conversation.tenantId."""
    activity = copy.deepcopy(activity)
    if channel_data is None:
        activity["channelData"].pop("tenant", None)
    elif channel_data is not UNSET:
        activity["channelData"]["tenant"] = {"id": channel_data}
    if conversation is None:
        activity["conversation"].pop("tenantId", None)
    elif conversation is not UNSET:
        activity["conversation"]["tenantId"] = conversation
    return activity


def foreign(activity: dict[str, Any]) -> dict[str, Any]:
    return with_tenant(activity, FOREIGN, FOREIGN)


async def _local(sqlite_url: str, clock: ManualClock, connector: FakeConnector,
                 **overrides: Any) -> AsyncIterator[RunningBot]:
    runner, url = await start_bot(make_settings(sqlite_url, **overrides), clock, connector)
    async with aiohttp.ClientSession() as session:
        yield RunningBot(url=url, app=runner.app, session=session, connector=connector, clock=clock)
    await runner.cleanup()


@pytest.fixture
async def local_listed(sqlite_url: str, clock: ManualClock, connector: FakeConnector) -> AsyncIterator[RunningBot]:
    async for running in _local(sqlite_url, clock, connector, allowed_tenants=f"{OURS}, {PARTNER_TENANT}"):
        yield running


async def nothing_changed(bot: RunningBot) -> bool:
    return bot.connector.requests == [] and await bot.services.conversations.active() == []


def _refused_activities(service_url: str) -> dict[str, dict[str, Any]]:
    message = b.personal_message(service_url, "Vad händer nu?")
    return {
        "foreign message": foreign(message),
        "foreign channel message": foreign(b.channel_message(service_url, "Vad händer nu?")),
        "foreign installation": foreign(b.installation(service_url, scope="team")),
        "foreign invoke": foreign(b.task_fetch(service_url, "inspel")),
        "foreign card submit": foreign(b.card_submit(service_url, {"action": "inspel"})),
        "no tenant at all": with_tenant(message, None, None),
        "foreign in channelData only": with_tenant(message, channel_data=FOREIGN),
        "foreign in conversation only": with_tenant(message, conversation=FOREIGN),
        "foreign channelData, no conversation tenant": with_tenant(message, FOREIGN, None),
        "tenant id of the wrong type": with_tenant(message, channel_data=42, conversation=None),
        "tenant object of the wrong type": {**with_tenant(message, None, None),
                                            "channelData": {"tenant": "tenant-region-orebro"}},
        "empty tenant id": with_tenant(message, "", None),
        "ours as a prefix": with_tenant(message, OURS + "-x", OURS + "-x"),
    }


REFUSED = list(_refused_activities("http://127.0.0.1:1"))


@pytest.mark.parametrize("name", REFUSED)
async def test_local_mode_refuses_other_tenants_with_403_and_changes_nothing(
        local_listed: RunningBot, name: str) -> None:
    activity = _refused_activities(local_listed.service_url)[name]
    status, body = await local_listed.post(activity)
    assert status == 403, body
    assert await nothing_changed(local_listed)


@pytest.mark.parametrize("tenants", [(OURS, OURS), (PARTNER_TENANT, PARTNER_TENANT),
                                     (PARTNER_TENANT.upper(), PARTNER_TENANT), (OURS, UNSET)])
async def test_local_mode_serves_listed_tenants(local_listed: RunningBot, tenants: tuple[Any, Any]) -> None:
    activity = with_tenant(b.personal_message(local_listed.service_url, "Vad händer nu?"), *tenants)
    status, _ = await local_listed.post(activity)
    assert status == 200
    assert len(local_listed.connector.requests) == 1
    assert len(await local_listed.services.conversations.active()) == 1


async def test_local_mode_without_a_list_serves_every_tenant(bot: RunningBot) -> None:
    status, _ = await bot.post(foreign(b.personal_message(bot.service_url, "Vad händer nu?")))
    assert status == 200
    status, _ = await bot.post(with_tenant(b.personal_message(bot.service_url, "Vad händer nu?"), None, None))
    assert status == 200


# -- production ------------------------------------------------------------------------------

@pytest.fixture
async def single_tenant(sqlite_url: str, clock: ManualClock, connector: FakeConnector,
                        openid: OpenIdServer) -> AsyncIterator[ProductionBot]:  # noqa: F811
    # No RUSBOT_ALLOWED_TENANTS: a SingleTenant bot serves its own tenant only.
    async for running in _start(production_settings(sqlite_url, openid), clock, connector, openid):
        yield running


@pytest.mark.parametrize("name", REFUSED)
async def test_a_single_tenant_bot_refuses_other_tenants_even_with_a_valid_token(
        single_tenant: ProductionBot, name: str) -> None:
    activity = _refused_activities(single_tenant.service_url)[name]
    assert await single_tenant.send(activity, single_tenant.token()) == 403
    assert await single_tenant.nothing_changed()


async def test_a_single_tenant_bot_serves_its_own_tenant(single_tenant: ProductionBot) -> None:
    assert await single_tenant.send(single_tenant.activity(), single_tenant.token()) == 200
    assert len(single_tenant.connector.requests) == 1


async def test_without_a_token_the_answer_is_401_not_403(single_tenant: ProductionBot) -> None:
    # Authentication comes first: an unauthenticated caller learns nothing about the allow-list.
    assert await single_tenant.send(foreign(single_tenant.activity()), None) == 401
    assert await single_tenant.nothing_changed()


async def test_a_multi_tenant_bot_without_a_list_serves_every_tenant(
        sqlite_url: str, clock: ManualClock, connector: FakeConnector, openid: OpenIdServer) -> None:  # noqa: F811
    settings = production_settings(sqlite_url, openid, app_type="MultiTenant", app_tenant_id="")
    async for running in _start(settings, clock, connector, openid):
        assert await running.send(foreign(running.activity()), running.token()) == 200


async def test_a_multi_tenant_bot_with_a_list_serves_only_the_list(
        sqlite_url: str, clock: ManualClock, connector: FakeConnector, openid: OpenIdServer) -> None:  # noqa: F811
    settings = production_settings(sqlite_url, openid, app_type="MultiTenant", app_tenant_id="",
                                   allowed_tenants=PARTNER_TENANT)
    async for running in _start(settings, clock, connector, openid):
        assert await running.send(running.activity(), running.token()) == 403
        assert await running.nothing_changed()
        assert await running.send(with_tenant(running.activity(), PARTNER_TENANT, PARTNER_TENANT),
                                  running.token()) == 200


# -- coordinators named by e-mail (audit of issue 12) -------------------------------------------------
IMPOSTOR = {"id": "29:aad-impostor", "name": "Inte Cecilia", "aadObjectId": "aad-impostor",
            "userPrincipalName": "cecilia@regionorebrolan.se", "email": "cecilia@regionorebrolan.se"}


@pytest.mark.parametrize("listed", [False, True])
async def test_a_coordinators_address_from_the_member_look_up_counts_only_behind_an_allow_list(
        sqlite_url: str, clock: ManualClock, connector: FakeConnector, openid: OpenIdServer,  # noqa: F811
        listed: bool) -> None:
    """Without an allow-list a multi-tenant bot serves any tenant, whose directory can hold an account
    whose sign-in name is a coordinator's address. That address then names nobody (the object id still
    does); behind the list it is the coordinator. Only `userPrincipalName` counts, never `email`."""
    settings = production_settings(sqlite_url, openid, app_type="MultiTenant", app_tenant_id="",
                                   allowed_tenants=OURS if listed else "",
                                   coordinators="cecilia@regionorebrolan.se")
    assert settings.coordinators_by_email is listed
    async for running in _start(settings, clock, connector, openid):
        connector.members["29:aad-impostor"] = IMPOSTOR
        sender = {"id": "29:aad-impostor", "name": "Inte Cecilia", "aadObjectId": "aad-impostor"}
        activity = b.personal_message(running.service_url, "status", sender)
        assert await running.send(activity, running.token()) == 200
        said = (await connector.wait_for(1))[-1]
        refused = "bara för samordnarna" in said.text
        assert refused is not listed, said.body
        # A mail attribute is no sign-in name: it never makes a coordinator.
        connector.members["29:aad-mail"] = {**IMPOSTOR, "id": "29:aad-mail", "aadObjectId": "aad-mail",
                                            "userPrincipalName": "x@elsewhere.example"}
        mail_only = b.personal_message(running.service_url, "status",
                                       {"id": "29:aad-mail", "name": "Inte Cecilia", "aadObjectId": "aad-mail"})
        before = len(connector.sent)
        assert await running.send(mail_only, running.token()) == 200
        assert "bara för samordnarna" in (await connector.wait_for(before + 1))[-1].text
