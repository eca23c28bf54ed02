"""Checks at the edge that the SDK's token validation leaves to us.

The SDK (botframework-connector 4.17) validates a Bot Connector token's signature (RS256 with a key
from the OpenID metadata, endorsed for the activity's channel), expiry and not-before (5 minutes
leeway), issuer, audience and `serviceurl` claim -- but only on its channel path. A token that
looks like the Bot Framework Emulator's (issuer a Microsoft login tenant) takes another path that
checks neither the audience nor the `serviceurl` claim. Teams never sends such tokens, so in
production we accept only what Teams sends: issuer api.botframework.com, audience our app id and
a `serviceurl` claim equal to the activity's serviceUrl.

Tenants: the allow-list (`Settings.effective_allowed_tenants`) is checked against every tenant id
the activity names, before the bot reads or writes anything.
"""

from __future__ import annotations

from typing import Any

from botbuilder.schema import Activity
from botframework.connector.auth import AuthenticationConstants

from bot.teams import activity_tenants
from rusbot.settings import Settings

__all__ = ["activity_tenants", "channel_token_problem"]

CHANNEL_ISSUER = AuthenticationConstants.TO_BOT_FROM_CHANNEL_TOKEN_ISSUER


def channel_token_problem(settings: Settings, claims: dict[str, Any], activity: Activity) -> str | None:
    """Why a token the SDK accepted is still not a Teams channel token for this activity, or None."""
    if claims.get(AuthenticationConstants.ISSUER_CLAIM) != CHANNEL_ISSUER:
        return "issuer is not the Bot Framework channel"
    if claims.get(AuthenticationConstants.AUDIENCE_CLAIM) != settings.app_id:
        return "audience is not this bot"
    if claims.get(AuthenticationConstants.SERVICE_URL_CLAIM) != activity.service_url:
        return "serviceurl claim does not match the activity"
    return None
