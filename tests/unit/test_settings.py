"""Settings are checked at start-up; local mode cannot be turned into an open relay."""

from __future__ import annotations

import datetime as dt

import pytest

from rusbot.clock import STOCKHOLM
from rusbot.settings import Settings, SettingsError, load_settings


def settings(**values: object) -> Settings:
    return load_settings(_env_file=None, **values)


def test_defaults_are_local_mode_on_loopback() -> None:
    s = settings()
    assert not s.production
    assert (s.host, s.port) == ("127.0.0.1", 3978)
    assert s.effective_database_url.startswith("sqlite:///")


@pytest.mark.parametrize("host", ["0.0.0.0", "10.0.0.5", "bot.example.org", "::"])
def test_local_mode_refuses_a_non_loopback_host(host: str) -> None:
    with pytest.raises(SettingsError, match="loopback"):
        settings(host=host)


@pytest.mark.parametrize("host", ["127.0.0.1", "::1", "localhost", "127.0.0.2"])
def test_local_mode_accepts_loopback(host: str) -> None:
    assert settings(host=host).host == host


def test_production_defaults_to_single_tenant_and_needs_a_tenant() -> None:
    with pytest.raises(SettingsError, match="MicrosoftAppTenantId"):
        settings(app_id="00000000-0000-0000-0000-000000000001")
    s = settings(app_id="00000000-0000-0000-0000-000000000001", app_tenant_id="t", host="0.0.0.0")
    assert s.production and s.app_type == "SingleTenant"


def test_rusbot_now_is_refused_in_production() -> None:
    with pytest.raises(SettingsError, match="RUSBOT_NOW"):
        settings(app_id="x", app_tenant_id="t", now="2021-03-10T08:00:00+01:00")


def test_rusbot_now_without_offset_is_stockholm_time() -> None:
    s = settings(now="2021-03-10T08:00:00")
    assert s.now == dt.datetime(2021, 3, 10, 8, 0, tzinfo=STOCKHOLM)


def test_environment_names_are_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PORT", "4000")
    monkeypatch.setenv("RUSBOT_ALLOWED_SERVICE_URLS", "https://relay.example.org/teams/, http://127.0.0.1:9")
    monkeypatch.setenv("RUSBOT_COORDINATORS", "aad-1, anna@region.se")
    s = load_settings(_env_file=None)
    assert s.port == 4000
    assert s.allowed_service_urls == ["https://relay.example.org/teams/", "http://127.0.0.1:9"]
    assert s.coordinators == ["aad-1", "anna@region.se"]


def test_bad_values_name_the_setting() -> None:
    with pytest.raises(SettingsError, match=r"(?i)port"):
        settings(port="many")


@pytest.mark.parametrize(
    ("url", "allowed"),
    [
        ("http://127.0.0.1:3979/", True),
        ("http://localhost:1234", True),
        ("http://[::1]:80/x", True),
        ("https://relay.example.org/teams/v3", True),
        ("https://relay.example.org.evil.example/teams", False),
        ("https://relay.example.org/other", False),
        ("https://smba.trafficmanager.net/emea/", False),
        ("file:///etc/passwd", False),
        ("not a url", False),
    ],
)
def test_local_mode_service_url_guard(url: str, allowed: bool) -> None:
    s = settings(allowed_service_urls=["https://relay.example.org/teams"])
    assert s.service_url_allowed(url) is allowed


def test_production_trusts_authenticated_service_urls() -> None:
    s = settings(app_id="x", app_tenant_id="t")
    assert s.service_url_allowed("https://smba.trafficmanager.net/emea/")


def test_clock_zone() -> None:
    from rusbot.clock import ManualClock, ShiftedClock, local_datetime

    shifted = ShiftedClock(dt.datetime(2021, 3, 10, 8, 0, tzinfo=STOCKHOLM))
    assert shifted.now().tzinfo is not None
    assert dt.timedelta(0) <= shifted.now() - dt.datetime(2021, 3, 10, 8, 0, tzinfo=STOCKHOLM) < dt.timedelta(seconds=5)
    # 09:00 on the day after the spring DST change is still 09:00 local, 07:00 UTC.
    assert local_datetime(dt.date(2021, 3, 29), "09:00").astimezone(dt.UTC).hour == 7
    assert local_datetime(dt.date(2021, 3, 1), "09:00").astimezone(dt.UTC).hour == 8
    manual = ManualClock(dt.datetime(2021, 1, 1, tzinfo=dt.UTC))
    manual.advance(dt.timedelta(days=1))
    assert manual.now() == dt.datetime(2021, 1, 2, 1, 0, tzinfo=STOCKHOLM)
    with pytest.raises(ValueError, match="time zone"):
        ManualClock(dt.datetime(2021, 1, 1))  # noqa: DTZ001 - the point of the test


PRODUCTION = {"app_id": "00000000-0000-0000-0000-000000000001", "app_tenant_id": "t", "host": "0.0.0.0"}


def test_local_mode_keeps_its_default_public_url() -> None:
    s = settings(port=3978)
    assert s.public_url_problem() is None
    assert s.effective_public_url == "http://127.0.0.1:3978"


@pytest.mark.parametrize(("public_url", "why"), [
    ("", "required in production"),
    ("http://rusbot.example.se", "https"),
    ("rusbot.example.se", "https"),
    ("https://", "https"),
    ("https://127.0.0.1:3978", "public address"),
    ("https://localhost", "public address"),
    ("https://0.0.0.0", "public address"),
    ("https://rusbot.example.se/?x=1", "query"),
])
def test_production_needs_a_public_https_url(public_url: str, why: str) -> None:
    problem = settings(**PRODUCTION, public_url=public_url).public_url_problem()
    assert problem is not None and why in problem and "RUSBOT_PUBLIC_URL" in problem


@pytest.mark.parametrize("public_url", ["https://rusbot.example.se", "https://rusbot.example.se/",
                                        "https://example.se:8443/rusbot"])
def test_production_accepts_a_public_https_url(public_url: str) -> None:
    s = settings(**PRODUCTION, public_url=public_url)
    assert s.public_url_problem() is None
    assert s.effective_public_url == public_url.rstrip("/")
