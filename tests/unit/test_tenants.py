"""The tenant allow-list's default and matching, and how a tenant is read from an activity."""

from __future__ import annotations

from typing import Any

import pytest
from botbuilder.schema import Activity

from bot.teams import activity_tenants
from rusbot.settings import Settings

APP = "3f1c2a9e-0b7d-4c55-9a61-2e8f4d6b7c10"
OURS = "8D2E6F7A-1B3C-4D5E-9F60-7A8B9C0D1E2F"


def settings(**values: Any) -> Settings:
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


@pytest.mark.parametrize(("values", "expected"), [
    ({}, set()),                                                             # local mode: every tenant
    ({"allowed_tenants": "a, B ,,c"}, {"a", "b", "c"}),
    ({"app_id": APP, "app_tenant_id": OURS}, {OURS.lower()}),                # SingleTenant: its own tenant
    ({"app_id": APP, "app_tenant_id": OURS, "allowed_tenants": "x"}, {"x"}),  # the list wins
    ({"app_id": APP, "app_type": "MultiTenant"}, set()),
])
def test_the_effective_allow_list(values: dict[str, Any], expected: set[str]) -> None:
    assert settings(**values).effective_allowed_tenants == expected


def test_the_environment_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RUSBOT_ALLOWED_TENANTS", "t1,t2")
    assert settings().effective_allowed_tenants == {"t1", "t2"}


@pytest.mark.parametrize(("tenants", "allowed"), [
    ([OURS.lower()], True), ([OURS], True), ([], False), (["other"], False), ([OURS, "other"], False),
])
def test_every_named_tenant_must_be_listed_and_one_must_be_named(tenants: list[str], allowed: bool) -> None:
    assert settings(app_id=APP, app_tenant_id=OURS).tenants_allowed(tenants) is allowed
    assert settings().tenants_allowed(tenants) is True


def _activity(channel_data: Any = None, conversation: dict[str, Any] | None = None) -> Activity:
    return Activity().deserialize({"type": "message", "channelData": channel_data,
                                   "conversation": {"id": "c", **(conversation or {})}})


@pytest.mark.parametrize(("activity", "expected"), [
    (_activity({"tenant": {"id": "t"}}, {"tenantId": "t"}), ["t"]),
    (_activity({"tenant": {"id": "t"}}, {"tenantId": "u"}), ["t", "u"]),
    (_activity(None, {"tenantId": "u"}), ["u"]),
    (_activity(None, {"tenantID": "u"}), ["u"]),
    (_activity({"tenant": {"id": " t "}}), ["t"]),
    (_activity({}), []),
    (_activity({"tenant": {}}), []),
    (_activity("not a dict"), []),
])
def test_tenants_named_by_an_activity(activity: Activity, expected: list[str]) -> None:
    assert activity_tenants(activity) == expected


@pytest.mark.parametrize("channel_data", [{"tenant": "t"}, {"tenant": {"id": 7}}, {"tenant": {"id": ""}},
                                          {"tenant": []}])
def test_a_malformed_tenant_is_never_on_a_list(channel_data: Any) -> None:
    [tenant] = activity_tenants(_activity(channel_data))
    assert not settings(allowed_tenants="t").tenants_allowed([tenant])
