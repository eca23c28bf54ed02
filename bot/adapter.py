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

import copy
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from botbuilder.core import TurnContext
from botbuilder.core.cloud_adapter_base import CloudAdapterBase
from botbuilder.integration.aiohttp import CloudAdapter
from botbuilder.schema import (
    Activity,
    ActivityTypes,
    CallerIdConstants,
    ConversationReference,
    DeliveryModes,
    ResourceResponse,
)
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
from msrest.serialization import Model

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


_ATOMIC = frozenset({type(None), str, int, float, bool})
_PLAIN_MODELS: dict[type, bool] = {}


def _plain_model(cls: type) -> bool:
    """A schema model that copy.deepcopy copies as a plain object: a new instance, its __dict__ copied."""
    try:
        return _PLAIN_MODELS[cls]
    except KeyError:
        pass
    plain = issubclass(cls, Model) and not hasattr(cls, "__deepcopy__") and not hasattr(cls, "__setstate__") and \
        cls.__reduce_ex__ is object.__reduce_ex__ and cls.__reduce__ is object.__reduce__ and \
        cls.__getstate__ is object.__getstate__ and "__slots__" not in vars(cls) and \
        all("__slots__" not in vars(base) for base in cls.__mro__[1:-1])
    _PLAIN_MODELS[cls] = plain
    return plain


def deep_copy(value: Any, memo: dict[int, Any] | None = None) -> Any:
    """copy.deepcopy for an outgoing activity, with the same result: schema models, dicts and lists
    are copied here, anything else by copy.deepcopy itself (sharing the memo, so shared parts stay
    shared). The SDK deep-copies every activity a turn sends; copy.deepcopy went through its
    generic reduce protocol for each of an Activity's ~45 attributes, about a twentieth of a turn."""
    if memo is None:
        memo = {}
    kind = type(value)
    if kind in _ATOMIC:
        return value
    found = memo.get(id(value), memo)
    if found is not memo:
        return found
    if kind is dict:
        new_dict: dict[Any, Any] = {}
        memo[id(value)] = new_dict
        for key, item in value.items():
            new_dict[deep_copy(key, memo)] = deep_copy(item, memo)
        return new_dict
    if kind is list:
        new_list: list[Any] = []
        memo[id(value)] = new_list
        for item in value:
            new_list.append(deep_copy(item, memo))
        return new_list
    if isinstance(value, Model) and _plain_model(kind):
        model = kind.__new__(kind)
        memo[id(value)] = model
        model.__dict__.update(deep_copy(value.__dict__, memo))
        return model
    return copy.deepcopy(value, memo)


class RusbotTurnContext(TurnContext):
    """The SDK's TurnContext with `send_activities` as in botbuilder-core 4.17.1, except that each
    activity is copied by `deep_copy` rather than copy.deepcopy (the same copy, for less CPU)."""

    async def send_activities(self, activities: list[Activity]) -> list[ResourceResponse]:
        sent_non_trace_activity = False
        ref = TurnContext.get_conversation_reference(self.activity)

        def activity_validator(activity: Activity) -> Activity:
            if not getattr(activity, "type", None):
                activity.type = ActivityTypes.message
            if activity.type != ActivityTypes.trace:
                nonlocal sent_non_trace_activity
                sent_non_trace_activity = True
            if not activity.input_hint:
                activity.input_hint = "acceptingInput"
            activity.id = None
            return activity

        output = [activity_validator(TurnContext.apply_conversation_reference(deep_copy(act), ref))
                  for act in activities]

        async def logic() -> list[ResourceResponse]:
            nonlocal sent_non_trace_activity
            if self.activity.delivery_mode == DeliveryModes.expect_replies:
                responses = []
                for activity in output:
                    self.buffered_reply_activities.append(activity)
                    if activity.type == ActivityTypes.invoke_response:
                        self.turn_state[TurnContext._INVOKE_RESPONSE_KEY] = activity
                    responses.append(ResourceResponse())
                if sent_non_trace_activity:
                    self.responded = True
                return responses
            responses = await self.adapter.send_activities(self, output)
            if sent_non_trace_activity:
                self.responded = True
            return responses  # type: ignore[no-any-return]

        return await self._emit(self._on_send_activities, output, logic())  # type: ignore[no-any-return]


class RusbotAdapter(CloudAdapter):
    def __init__(self, authentication: BotFrameworkAuthentication, connector: Connector) -> None:
        super().__init__(authentication)
        self.connector = connector

    def _create_turn_context(self, activity: Activity, claims_identity: ClaimsIdentity, oauth_scope: str,
                             connector_client: ConnectorClient, user_token_client: UserTokenClient,
                             logic: Callable[[TurnContext], Awaitable[Any]],
                             connector_factory: ConnectorFactory) -> TurnContext:
        # As CloudAdapterBase._create_turn_context in botbuilder-core 4.17.1, with our TurnContext.
        context = RusbotTurnContext(self, activity)
        context.turn_state[self.BOT_IDENTITY_KEY] = claims_identity
        context.turn_state[self.BOT_CONNECTOR_CLIENT_KEY] = connector_client
        context.turn_state[self.USER_TOKEN_CLIENT_KEY] = user_token_client
        context.turn_state[self.BOT_CALLBACK_HANDLER_KEY] = logic
        context.turn_state[self.CONNECTOR_FACTORY_KEY] = connector_factory
        context.turn_state[self.BOT_OAUTH_SCOPE_KEY] = oauth_scope
        return context

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
