"""The Bot Connector's token on every request to the bot, and which channels speak for a Teams user.

Microsoft's "Authentication with the Bot Connector API"
(https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-authentication,
"Connector to bot", step 4) lists what a bot must verify; each is made here:
1. the token comes in `Authorization: Bearer …`;
2. it is a JWT (RS256 only, bot/auth/tokens.py);
3. issuer https://api.botframework.com;
4. audience = our MicrosoftAppId;
5. within its validity, five minutes' clock skew;
6. signed by a key from the Bot Framework's OpenID metadata (bot/auth/keys.py);
7. the `serviceurl` claim equals the activity's serviceUrl.
Endorsements (step 3): the signing key must be endorsed for the activity's channelId. A key that
lists none is refused too, as the .NET SDK's JwtTokenExtractor does for channel tokens.

The token says nothing about the user: it proves that the Bot Connector sent this activity, for
this service URL, on a channel its key is endorsed for. Who the user is (`from.aadObjectId`) is
the Bot Connector's word in the activity, and only Teams' word counts: in Direct Line / Web Chat
(enabled on every Azure Bot by default) the *client* writes `from`. So production accepts only
channelId "msteams" (issue 11.1), and local mode the Bot Framework Emulator besides.

There is no other path: no Emulator tokens, no skills (another bot calling), no sovereign clouds.
"""

from __future__ import annotations

from typing import Any

from botbuilder.schema import Activity

from bot.auth.keys import OpenIdKeys
from bot.auth.tokens import FIVE_MINUTES, TokenError, bearer_token, validate
from bot.teams import activity_tenants

__all__ = ["BOT_FRAMEWORK_METADATA_URL", "CHANNEL_ISSUER", "LOCAL_CHANNELS", "PRODUCTION_CHANNELS",
           "activity_tenants", "authenticate_channel", "channel_served"]

CHANNEL_ISSUER = "https://api.botframework.com"
BOT_FRAMEWORK_METADATA_URL = "https://login.botframework.com/v1/.well-known/openidconfiguration"
PRODUCTION_CHANNELS = frozenset({"msteams"})
LOCAL_CHANNELS = frozenset({"msteams", "emulator"})


async def authenticate_channel(authorization: str | None, activity: Activity, *, app_id: str, keys: OpenIdKeys,
                               now: float | None = None) -> dict[str, Any]:
    """The verified claims of the Bot Connector's token for this activity, or TokenError."""
    token = bearer_token(authorization)
    channel = activity.channel_id if isinstance(activity.channel_id, str) else ""
    claims = await validate(token, keys, issuers={CHANNEL_ISSUER}, audiences={app_id}, leeway=FIVE_MINUTES,
                            now=now, endorsement=channel)
    if claims.get("serviceurl") != activity.service_url:
        raise TokenError("claim", "serviceurl does not match the activity's serviceUrl")
    return claims


def channel_served(activity: Activity, *, production: bool) -> bool:
    """Teams in production; Teams and the Emulator in local mode."""
    return activity.channel_id in (PRODUCTION_CHANNELS if production else LOCAL_CHANNELS)
