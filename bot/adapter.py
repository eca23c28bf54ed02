"""The Bot Framework adapter, trimmed to what a busy bot needs.

- Sends go through our `Connector` (one aiohttp session, Teams' rate limits, Retry-After).
- The SDK builds an msrest connector client and a user-token client on every turn; we build
  them once per (service URL, audience) and reuse them. `TeamsInfo` still finds a client in
  the turn state when it needs one.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from botbuilder.core import TurnContext
from botbuilder.core.cloud_adapter_base import CloudAdapterBase
from botbuilder.integration.aiohttp import CloudAdapter, ConfigurationBotFrameworkAuthentication
from botbuilder.schema import Activity, ActivityTypes, CallerIdConstants, ConversationReference, ResourceResponse
from botframework.connector.auth import (
    AuthenticateRequestResult,
    AuthenticationConstants,
    BotFrameworkAuthentication,
    ClaimsIdentity,
    ConnectorFactory,
    MicrosoftAppCredentials,
    UserTokenClient,
)

from bot import teams
from bot.connector import Connector
from bot.wire import activity_to_json
from rusbot.settings import Settings

log = logging.getLogger(__name__)


class _CachingConnectorFactory(ConnectorFactory):
    def __init__(self, inner: ConnectorFactory) -> None:
        self._inner = inner
        self._clients: dict[tuple[str, str | None], Any] = {}

    async def create(self, service_url: str, audience: str | None = None) -> Any:
        key = (service_url, audience)
        client = self._clients.get(key)
        if client is None:
            client = await self._inner.create(service_url, audience)
            self._clients[key] = client
        return client


class CachingAuthentication(BotFrameworkAuthentication):
    """Delegates to the SDK's authentication; only the expensive client construction is cached."""

    def __init__(self, inner: BotFrameworkAuthentication) -> None:
        self._inner = inner
        self._factories: dict[tuple[str, str | None], _CachingConnectorFactory] = {}
        self._token_clients: dict[tuple[str, ...], UserTokenClient] = {}

    def _cached(self, factory: ConnectorFactory | None, identity: ClaimsIdentity | None) -> ConnectorFactory | None:
        if factory is None:
            return None
        claims = identity.claims if identity else {}
        key = (str(claims.get("aud", "")), claims.get("azp") or claims.get("appid"))
        cached = self._factories.get(key)
        if cached is None:
            cached = self._factories[key] = _CachingConnectorFactory(factory)
        return cached

    async def authenticate_request(self, activity: Activity, auth_header: str | None) -> AuthenticateRequestResult:
        result = await self._inner.authenticate_request(activity, auth_header)
        result.connector_factory = self._cached(result.connector_factory, result.claims_identity)
        return result

    async def authenticate_streaming_request(
            self, auth_header: str, channel_id_header: str) -> AuthenticateRequestResult:
        return await self._inner.authenticate_streaming_request(auth_header, channel_id_header)

    def create_connector_factory(self, claims_identity: ClaimsIdentity) -> ConnectorFactory:
        return self._cached(self._inner.create_connector_factory(claims_identity), claims_identity)  # type: ignore[return-value]

    async def create_user_token_client(self, claims_identity: ClaimsIdentity) -> UserTokenClient:
        claims = claims_identity.claims if claims_identity else {}
        key = tuple(str(claims.get(k, "")) for k in ("aud", "azp", "appid"))
        client = self._token_clients.get(key)
        if client is None:
            client = self._token_clients[key] = await self._inner.create_user_token_client(claims_identity)
        return client

    def create_bot_framework_client(self) -> Any:
        return self._inner.create_bot_framework_client()

    def get_originating_audience(self) -> str:
        return self._inner.get_originating_audience()

    async def authenticate_channel_request(self, auth_header: str) -> ClaimsIdentity:
        return await self._inner.authenticate_channel_request(auth_header)


class _SdkConfig:
    """The attribute names the SDK's configuration objects are read by.

    Every public-cloud parameter is spelled out, so the SDK always takes its parameterized path
    and production runs the same validation code the tests run; only the metadata URL differs.
    (Given just a metadata URL, the SDK leaves the expected issuer unset, None, and refuses every
    real token; a token without `iss` fails only by accident, on a KeyError.)
    """

    def __init__(self, settings: Settings) -> None:
        self.APP_ID = settings.app_id
        self.APP_PASSWORD = settings.app_password.get_secret_value()
        self.APP_TYPE = settings.app_type or "MultiTenant"
        self.APP_TENANTID = settings.app_tenant_id
        self.TO_CHANNEL_FROM_BOT_LOGIN_URL = AuthenticationConstants.TO_CHANNEL_FROM_BOT_LOGIN_URL_PREFIX
        self.TO_CHANNEL_FROM_BOT_OAUTH_SCOPE = AuthenticationConstants.TO_CHANNEL_FROM_BOT_OAUTH_SCOPE
        self.TO_BOT_FROM_CHANNEL_TOKEN_ISSUER = AuthenticationConstants.TO_BOT_FROM_CHANNEL_TOKEN_ISSUER
        self.OAUTH_URL = AuthenticationConstants.OAUTH_URL
        self.CALLER_ID = CallerIdConstants.public_azure_channel.value
        self.TO_BOT_FROM_CHANNEL_OPENID_METADATA_URL = (
            settings.openid_metadata_url or AuthenticationConstants.TO_BOT_FROM_CHANNEL_OPENID_METADATA_URL)
        self.TO_BOT_FROM_EMULATOR_OPENID_METADATA_URL = (
            settings.openid_metadata_url or AuthenticationConstants.TO_BOT_FROM_EMULATOR_OPENID_METADATA_URL)


def build_authentication(settings: Settings) -> CachingAuthentication:
    return CachingAuthentication(ConfigurationBotFrameworkAuthentication(_SdkConfig(settings)))


def build_token_provider(settings: Settings):  # type: ignore[no-untyped-def]
    """Bearer tokens for outbound calls; none in local mode."""
    if not settings.production:
        async def no_token() -> str | None:
            return None
        return no_token

    credentials = MicrosoftAppCredentials(
        settings.app_id,
        settings.app_password.get_secret_value(),
        channel_auth_tenant=settings.app_tenant_id or None,
    )

    async def app_token() -> str | None:
        # msal caches the token; the first call (and a refresh) does blocking HTTP.
        return await asyncio.to_thread(credentials.get_access_token)

    return app_token


class RusbotAdapter(CloudAdapter):
    def __init__(self, authentication: BotFrameworkAuthentication, connector: Connector) -> None:
        super().__init__(authentication)
        self.connector = connector

    async def send_activities(self, context: TurnContext, activities: list[Activity]) -> list[ResourceResponse]:
        responses: list[ResourceResponse] = []
        for activity in activities:
            activity.id = None
            if activity.type == ActivityTypes.invoke_response:
                context.turn_state[CloudAdapterBase._INVOKE_RESPONSE_KEY] = activity
                responses.append(ResourceResponse(id=""))
                continue
            if activity.type in (ActivityTypes.trace, "delay"):
                responses.append(ResourceResponse(id=""))
                continue
            result = await self.connector.send(
                activity.service_url,
                activity.conversation.id,
                activity_to_json(activity),
                reply_to_id=activity.reply_to_id,
                tenant=teams.tenant_id(context.activity),
            )
            responses.append(ResourceResponse(id=result.get("id", "")))
        return responses

    async def update_activity(self, context: TurnContext, activity: Activity) -> ResourceResponse | None:
        result = await self.connector.update(activity.service_url, activity.conversation.id, activity.id,
                                             activity_to_json(activity), tenant=teams.tenant_id(context.activity))
        return ResourceResponse(id=result.get("id") or activity.id)

    async def delete_activity(self, context: TurnContext, reference: ConversationReference) -> None:
        await self.connector.delete(reference.service_url, reference.conversation.id, reference.activity_id,
                                    tenant=teams.tenant_id(context.activity))
