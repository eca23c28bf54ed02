"""The Bot Framework adapter, trimmed to what a busy bot needs.

- Inbound: our own token validation (bot/auth/channel.py) replaces the SDK's, which in
  botframework-connector 4.17.1 fetched keys with blocking `requests` on the event loop, never
  refreshed on an unknown key id, and accepted Emulator-shaped tokens without audience checks.
- Outbound: sends go through our `Connector` (one aiohttp session, Teams' rate limits, Retry-After).
  The SDK's msrest connector client, which `TeamsInfo` finds in the turn state, is built once per
  service URL and signs with the same token our Connector uses: it is awaited (aiohttp, cached)
  before a client is handed out, so msrest's synchronous credentials never do HTTP themselves.
"""

from __future__ import annotations

import logging
from typing import Any

from botbuilder.core import TurnContext
from botbuilder.core.cloud_adapter_base import CloudAdapterBase
from botbuilder.integration.aiohttp import CloudAdapter
from botbuilder.schema import Activity, ActivityTypes, CallerIdConstants, ConversationReference, ResourceResponse
from botframework.connector.aio import ConnectorClient
from botframework.connector.auth import (
    AppCredentials,
    AuthenticateRequestResult,
    AuthenticationConstants,
    BotFrameworkAuthentication,
    ClaimsIdentity,
    ConnectorFactory,
    UserTokenClient,
)
from botframework.connector.auth._user_token_client_impl import _UserTokenClientImpl

from bot import teams
from bot.after import HELD_SENDS
from bot.auth.channel import authenticate_channel
from bot.auth.credentials import CredentialError
from bot.auth.keys import OpenIdKeys
from bot.connector import Connector, TokenProvider
from bot.wire import activity_to_json
from rusbot.settings import Settings

log = logging.getLogger(__name__)

BOT_FRAMEWORK_SCOPE = AuthenticationConstants.TO_CHANNEL_FROM_BOT_OAUTH_SCOPE
USER_AGENT = "Microsoft-BotFramework/3.1 (rusbot)"


class _BearerCredentials(AppCredentials):
    """msrest's credentials for the SDK's connector clients: the token last handed to them."""

    def __init__(self, app_id: str) -> None:
        super().__init__(app_id=app_id)
        self.token: str | None = None

    def get_access_token(self, force_refresh: bool = False) -> str:
        if self.token is None:
            raise PermissionError("the bot's outbound token is not available")
        return self.token


class _ConnectorClients(ConnectorFactory):
    """One msrest connector client per service URL; the token is renewed (awaited) on each hand-out."""

    def __init__(self, app_id: str, token: TokenProvider) -> None:
        self._credentials = _BearerCredentials(app_id)
        self._token = token
        self._clients: dict[str, ConnectorClient] = {}

    async def create(self, service_url: str, audience: str | None = None) -> ConnectorClient:
        if self._credentials.microsoft_app_id:
            try:
                self._credentials.token = await self._token()
            except CredentialError:
                # The turn runs anyway (an invoke's answer needs no token); only a call through this
                # client fails, and bot/auth/credentials.py has logged why.
                pass
        client = self._clients.get(service_url)
        if client is None:
            client = self._clients[service_url] = ConnectorClient(self._credentials, base_url=service_url)
            client.config.add_user_agent(USER_AGENT)
        return client


class RusbotAuthentication(BotFrameworkAuthentication):
    """Production: the Bot Connector's token, validated by bot/auth/channel.py. Local mode: no
    authentication (the loopback-only rules in rusbot/settings.py and bot/http.py keep it closed)."""

    def __init__(self, settings: Settings, keys: OpenIdKeys | None, token: TokenProvider) -> None:
        if settings.production and keys is None:
            raise ValueError("production needs the Bot Framework's signing keys")
        self._settings = settings
        self._keys = keys
        self._factory = _ConnectorClients(settings.app_id, token)
        self._user_tokens: UserTokenClient | None = None

    async def authenticate_request(self, activity: Activity, auth_header: str | None) -> AuthenticateRequestResult:
        """Raises bot.auth.tokens.TokenError when the request is not the Bot Connector's."""
        result = AuthenticateRequestResult()
        if self._settings.production:
            assert self._keys is not None
            claims = await authenticate_channel(auth_header, activity, app_id=self._settings.app_id, keys=self._keys)
            result.claims_identity = ClaimsIdentity(claims, True, "Bearer")
            result.caller_id = CallerIdConstants.public_azure_channel.value
        else:
            # As the SDK does with authentication disabled: an authenticated, empty identity.
            result.claims_identity = ClaimsIdentity({}, True, AuthenticationConstants.ANONYMOUS_AUTH_TYPE)
            result.caller_id = None
        result.audience = BOT_FRAMEWORK_SCOPE
        result.connector_factory = self._factory
        return result

    async def authenticate_streaming_request(self, auth_header: str,
                                             channel_id_header: str) -> AuthenticateRequestResult:
        raise PermissionError("streaming connections are not accepted")

    def create_connector_factory(self, claims_identity: ClaimsIdentity) -> ConnectorFactory:
        return self._factory

    async def create_user_token_client(self, claims_identity: ClaimsIdentity) -> UserTokenClient:
        # The bot signs nobody in; the SDK builds one per turn anyway. Built once, never called.
        if self._user_tokens is None:
            self._user_tokens = _UserTokenClientImpl(self._settings.app_id, self._factory._credentials,
                                                     AuthenticationConstants.OAUTH_URL)
        return self._user_tokens

    def create_bot_framework_client(self) -> Any:
        raise NotImplementedError("the bot calls no skills")

    def get_originating_audience(self) -> str:
        return BOT_FRAMEWORK_SCOPE

    async def authenticate_channel_request(self, auth_header: str) -> ClaimsIdentity:
        raise PermissionError("skills are not accepted")


def build_authentication(settings: Settings, keys: OpenIdKeys | None, token: TokenProvider) -> RusbotAuthentication:
    return RusbotAuthentication(settings, keys, token)


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
            held = context.turn_state.get(HELD_SENDS)
            if held is not None:
                # An invoke turn: sent after its answer (bot/after.py), so no send delays the answer.
                held.append(activity)
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
