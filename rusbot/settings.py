"""One settings object, read from the environment (and an optional `.env`), checked at start-up.

Local mode (no `MicrosoftAppId`) has no authentication at all, so the checks here keep it from
becoming an open relay: it binds to loopback only, and `bot/` accepts only loopback service URLs.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Literal
from urllib.parse import urlsplit

from pydantic import AliasChoices, Field, SecretStr, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from rusbot.clock import STOCKHOLM
from rusbot.limits import Rate
from rusbot.process.loader import DEFAULT_PROCESS_FILE

CommaList = Annotated[list[str], NoDecode]
RateSetting = Annotated[Rate | None, NoDecode]


def _env(*names: str) -> AliasChoices:
    return AliasChoices(*names)


def is_loopback_host(host: str) -> bool:
    if host.lower() in {"localhost", "localhost.localdomain"}:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@lru_cache(maxsize=256)
def is_loopback_url(url: str) -> bool:
    # Cached: local mode asks this of the service URL twice a turn, and a conversation's URL repeats.
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme in {"http", "https"} and bool(parts.hostname) and is_loopback_host(parts.hostname or "")


class SettingsError(Exception):
    """Settings that cannot start the bot; the message says which and why."""


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore",
                                      populate_by_name=True, case_sensitive=False)

    host: str = Field("127.0.0.1", validation_alias=_env("HOST"))
    port: int = Field(3978, ge=0, le=65535, validation_alias=_env("PORT"))

    app_id: str = Field("", validation_alias=_env("MicrosoftAppId", "MICROSOFT_APP_ID"))
    app_password: SecretStr = Field(SecretStr(""),
                                    validation_alias=_env("MicrosoftAppPassword", "MICROSOFT_APP_PASSWORD"))
    app_type: Literal["SingleTenant", "MultiTenant", "UserAssignedMSI"] | None = Field(
        None, validation_alias=_env("MicrosoftAppType", "MICROSOFT_APP_TYPE"))
    app_tenant_id: str = Field("", validation_alias=_env("MicrosoftAppTenantId", "MICROSOFT_APP_TENANT_ID"))

    data_dir: Path = Field(Path("data"), validation_alias=_env("RUSBOT_DATA_DIR"))
    database_url: str = Field("", validation_alias=_env("DATABASE_URL"))
    process_file: Path = Field(DEFAULT_PROCESS_FILE, validation_alias=_env("RUSBOT_PROCESS_FILE"))
    now: dt.datetime | None = Field(None, validation_alias=_env("RUSBOT_NOW"))

    public_url: str = Field("", validation_alias=_env("RUSBOT_PUBLIC_URL"))
    # The Teams app's own id (manifest `id`); empty: derived from MicrosoftAppId (bot/teamsapp/package.py).
    teams_app_id: str = Field("", validation_alias=_env("RUSBOT_TEAMS_APP_ID"))
    allowed_service_urls: CommaList = Field(default_factory=list, validation_alias=_env("RUSBOT_ALLOWED_SERVICE_URLS"))
    coordinators: CommaList = Field(default_factory=list, validation_alias=_env("RUSBOT_COORDINATORS"))
    # Microsoft Entra tenant ids whose activities are served; empty: see `effective_allowed_tenants`.
    allowed_tenants: CommaList = Field(default_factory=list, validation_alias=_env("RUSBOT_ALLOWED_TENANTS"))
    secret_key: SecretStr = Field(SecretStr(""), validation_alias=_env("RUSBOT_SECRET_KEY"))
    openid_metadata_url: str = Field("", validation_alias=_env("RUSBOT_OPENID_METADATA_URL"))
    # The tab's single sign-on: Microsoft Entra's OpenID metadata, `{tenant}` filled in (tests use a local one).
    tab_entra_metadata_url: str = Field("https://login.microsoftonline.com/{tenant}/v2.0/.well-known/openid-configuration",
                                        validation_alias=_env("RUSBOT_TAB_ENTRA_METADATA_URL"))
    # Signing keys (bot/auth/keys.py): one fetch's deadline, the periodic refresh, and the least time
    # between refreshes an unknown key id (or a failed refresh) may cause.
    openid_timeout_seconds: float = Field(5.0, gt=0, le=60, validation_alias=_env("RUSBOT_OPENID_TIMEOUT_SECONDS"))
    openid_refresh_seconds: float = Field(86400.0, ge=60, validation_alias=_env("RUSBOT_OPENID_REFRESH_SECONDS"))
    openid_min_refresh_seconds: float = Field(300.0, ge=10,
                                              validation_alias=_env("RUSBOT_OPENID_MIN_REFRESH_SECONDS"))
    # Where the bot's own token comes from (bot/auth/credentials.py); tests point these at a local fake.
    login_url: str = Field("https://login.microsoftonline.com", validation_alias=_env("RUSBOT_LOGIN_URL"))
    imds_token_url: str = Field("http://169.254.169.254/metadata/identity/oauth2/token",
                                validation_alias=_env("RUSBOT_IMDS_TOKEN_URL"))
    # Set by Azure App Service / Container Apps when a managed identity is assigned.
    identity_endpoint: str = Field("", validation_alias=_env("IDENTITY_ENDPOINT"))
    identity_header: SecretStr = Field(SecretStr(""), validation_alias=_env("IDENTITY_HEADER"))
    scheduler: bool = Field(True, validation_alias=_env("RUSBOT_SCHEDULER"))  # reminders wake by themselves
    # Teams' limit per app per tenant (requests/s to the Bot Connector), kept per tenant.
    teams_app_rps: int = Field(50, ge=1, validation_alias=_env("RUSBOT_TEAMS_APP_RPS"))
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = Field("INFO", validation_alias=_env("RUSBOT_LOG_LEVEL"))
    # Retention in days of inspel (since last change) and remissvar drafts (since last save); 0 keeps them.
    retention_inspel_days: int = Field(0, ge=0, validation_alias=_env("RUSBOT_RETENTION_INSPEL_DAYS"))
    retention_draft_days: int = Field(0, ge=0, validation_alias=_env("RUSBOT_RETENTION_DRAFT_DAYS"))
    # Per-user and per-organisation limits (rusbot/limits.py), shared by all processes: "N/period"
    # (30/min, 20/10min, 100/h) or "off". Commands: every message and card action a user sends the bot;
    # submissions: inspel and remissvar saved. Coordinators are exempt.
    limit_user_commands: RateSetting = Field(Rate(60, 60), validation_alias=_env("RUSBOT_LIMIT_USER_COMMANDS"))
    limit_user_submissions: RateSetting = Field(Rate(30, 600),
                                                validation_alias=_env("RUSBOT_LIMIT_USER_SUBMISSIONS"))
    limit_org_submissions: RateSetting = Field(Rate(200, 600), validation_alias=_env("RUSBOT_LIMIT_ORG_SUBMISSIONS"))

    @field_validator("allowed_service_urls", "coordinators", "allowed_tenants", mode="before")
    @classmethod
    def _split(cls, value: object) -> object:
        if isinstance(value, str):
            return [v.strip() for v in value.split(",") if v.strip()]
        return value

    @field_validator("tab_entra_metadata_url")
    @classmethod
    def _tenant_placeholder(cls, value: str) -> str:
        if "{tenant}" not in value or urlsplit(value).scheme not in {"http", "https"}:
            raise ValueError("must be an http(s) URL with {tenant} where the tenant id goes")
        return value

    @field_validator("limit_user_commands", "limit_user_submissions", "limit_org_submissions", mode="before")
    @classmethod
    def _rate(cls, value: object) -> object:
        return Rate.parse(value) if isinstance(value, str) else value

    @field_validator("now")
    @classmethod
    def _stockholm(cls, value: dt.datetime | None) -> dt.datetime | None:
        # A bare local time is read as Stockholm time, the only zone the process knows.
        if value is not None and value.tzinfo is None:
            return value.replace(tzinfo=STOCKHOLM)
        return value

    @field_validator("app_type", mode="before")
    @classmethod
    def _empty_is_none(cls, value: object) -> object:
        return None if value == "" else value

    @model_validator(mode="after")
    def _modes(self) -> Settings:
        if self.production:
            if self.app_type is None:
                self.app_type = "SingleTenant"
            if self.app_type in ("SingleTenant", "UserAssignedMSI") and not self.app_tenant_id:
                raise ValueError(f"MicrosoftAppTenantId is required when MicrosoftAppType is {self.app_type} "
                                 "(the Azure Bot's tenant, in its Configuration page)")
            if self.now is not None:
                raise ValueError("RUSBOT_NOW is only for local mode; unset it when MicrosoftAppId is set")
        else:
            if not is_loopback_host(self.host):
                raise ValueError(
                    f"HOST={self.host} is not a loopback address. Without MicrosoftAppId the bot has no "
                    "authentication and may only listen on loopback (127.0.0.1 or ::1); set MicrosoftAppId "
                    "for production")
            for url in self.allowed_service_urls:
                if urlsplit(url).scheme not in {"http", "https"}:
                    raise ValueError(f"RUSBOT_ALLOWED_SERVICE_URLS: not an http(s) URL: {url}")
        return self

    @property
    def production(self) -> bool:
        return bool(self.app_id)

    @property
    def effective_database_url(self) -> str:
        return self.database_url or f"sqlite:///{(self.data_dir / 'rusbot.db').as_posix()}"

    @property
    def effective_public_url(self) -> str:
        return (self.public_url or f"http://{self.host}:{self.port}").rstrip("/")

    def public_url_problem(self) -> str | None:
        """Why RUSBOT_PUBLIC_URL cannot serve a production bot, or None. The bot hands out links from it
        (calendar, CSV/Excel and GDPR downloads) that people open in Teams and browsers, so in production
        it must be the public https address the reverse proxy answers on; local mode keeps its default.
        Checked when `python -m bot` starts serving, not in every settings load: building the package or
        running the CLI does not need it."""
        if not self.production:
            return None
        example = "e.g. RUSBOT_PUBLIC_URL=https://rusbot.regionorebrolan.se"
        if not self.public_url:
            return (f"RUSBOT_PUBLIC_URL is required in production: links to the calendar and downloads are made "
                    f"from it, and the default http://{self.host}:{self.port} is not reachable from Teams ({example})")
        try:
            parts = urlsplit(self.public_url)
            hostname = parts.hostname or ""
        except ValueError:
            return f"RUSBOT_PUBLIC_URL is not a URL: {self.public_url!r} ({example})"
        if parts.scheme != "https" or not hostname:
            return f"RUSBOT_PUBLIC_URL must be an https address in production, got {self.public_url!r} ({example})"
        if parts.query or parts.fragment:
            return f"RUSBOT_PUBLIC_URL must not carry a query or fragment, got {self.public_url!r} ({example})"
        if is_loopback_host(hostname) or hostname in {"0.0.0.0", "::"}:
            return (f"RUSBOT_PUBLIC_URL must be the public address people open, not {hostname} "
                    f"({example})")
        return None

    @property
    def effective_allowed_tenants(self) -> frozenset[str]:
        """The tenants served: RUSBOT_ALLOWED_TENANTS; unset, a single-tenant production bot's own
        tenant; otherwise empty, meaning every tenant. Compared case-insensitively (they are GUIDs)."""
        tenants = self.allowed_tenants
        if not tenants and self.production and self.app_type == "SingleTenant" and self.app_tenant_id:
            tenants = [self.app_tenant_id]
        return frozenset(t.lower() for t in tenants)

    @property
    def only_tenant(self) -> str | None:
        """The one tenant the bot serves, when it serves exactly one."""
        tenants = self.effective_allowed_tenants
        return next(iter(tenants)) if len(tenants) == 1 else None

    @property
    def coordinators_by_email(self) -> bool:
        """Whether a coordinator named by e-mail in the settings is recognised by an address. Only
        where a tenant allow-list bounds who can sign in (or in local mode, which trusts loopback):
        without one, anybody's tenant could issue a token or a member record carrying that address."""
        return not self.production or bool(self.effective_allowed_tenants)

    def tenants_allowed(self, tenants: list[str]) -> bool:
        """With an allow-list, every tenant id the activity names must be on it, and it must name one."""
        allowed = self.effective_allowed_tenants
        if not allowed:
            return True
        return bool(tenants) and all(t.lower() in allowed for t in tenants)

    def service_url_allowed(self, url: str) -> bool:
        """Local mode's guard: the bot only talks to loopback and to URLs the operator allowed."""
        if self.production:
            return True
        if is_loopback_url(url):
            return True
        return any(_same_origin_prefix(url, allowed) for allowed in self.allowed_service_urls)


def _same_origin_prefix(url: str, allowed: str) -> bool:
    # Compare scheme and host:port exactly: a string prefix would let "https://x.net.evil.example" pass.
    try:
        got, want = urlsplit(url), urlsplit(allowed)
    except ValueError:
        return False
    return (got.scheme, (got.netloc or "").lower()) == (want.scheme, (want.netloc or "").lower()) and \
        got.path.startswith(want.path.rstrip("/"))


def load_settings(**overrides: object) -> Settings:
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        problems = "\n".join(
            f"  - {'.'.join(str(p) for p in err['loc']) or 'settings'}: {err['msg']}" for err in exc.errors())
        raise SettingsError(f"Felaktiga inställningar / invalid settings:\n{problems}") from None
