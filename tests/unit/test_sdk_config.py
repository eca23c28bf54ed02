"""The SDK gets the whole public-cloud configuration, with or without a metadata override."""

from __future__ import annotations

from bot.adapter import _SdkConfig
from rusbot.settings import Settings

APP = "3f1c2a9e-0b7d-4c55-9a61-2e8f4d6b7c10"


def _config(**values: object) -> _SdkConfig:
    return _SdkConfig(Settings(_env_file=None, app_id=APP, app_tenant_id="t", app_password="p",  # type: ignore[call-arg]
                               **values))


def test_production_uses_the_public_cloud_issuer_and_microsofts_keys() -> None:
    config = _config()
    assert config.TO_BOT_FROM_CHANNEL_TOKEN_ISSUER == "https://api.botframework.com"
    assert config.TO_CHANNEL_FROM_BOT_OAUTH_SCOPE == "https://api.botframework.com"
    assert config.TO_BOT_FROM_CHANNEL_OPENID_METADATA_URL == \
        "https://login.botframework.com/v1/.well-known/openidconfiguration"


def test_a_metadata_override_changes_only_where_keys_come_from() -> None:
    config = _config(openid_metadata_url="http://127.0.0.1:9/keys")
    assert config.TO_BOT_FROM_CHANNEL_OPENID_METADATA_URL == "http://127.0.0.1:9/keys"
    assert config.TO_BOT_FROM_CHANNEL_TOKEN_ISSUER == "https://api.botframework.com"
