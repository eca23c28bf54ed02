"""Single sign-on for the tab: the Microsoft Entra access token Teams hands the page
(`authentication.getAuthToken()`), checked on every request.

Microsoft's "Add code to enable SSO" for tabs
(https://learn.microsoft.com/en-us/microsoftteams/platform/tabs/how-to/authentication/tab-sso-code)
says the server validates the token; the rules are those of any Entra access token:
- the signature, with a key from the tenant's OpenID metadata, through the same key cache and
  validator as the bot's own tokens (bot/auth/keys.py, bot/auth/tokens.py: deadline, refresh on an
  unknown kid at most every few minutes, cached keys kept while the endpoint is slow or down);
- the tenant (`tid`) on the allow-list (`Settings.tenants_allowed`) before any key is fetched for it,
  and the issuer that tenant's (v2.0 `https://login.microsoftonline.com/{tid}/v2.0` or v1.0
  `https://sts.windows.net/{tid}/`, whichever the app registration issues);
- the audience: the Application ID URI `api://{host}/{app id}` that the manifest's
  `webApplicationInfo.resource` names; v2.0 tokens name the client id (the app id) itself;
- expiry and not-before (5 minutes' leeway), the `access_as_user` scope the registration exposes
  for Teams, and an object id (`oid`), which is who the person is to the bot.
Local mode has no single sign-on.
"""

from __future__ import annotations

import logging
from typing import Any
from urllib.parse import urlsplit

from bot.auth.keys import OpenIdKeyStore
from bot.auth.tokens import TokenError, entra_issuers, unverified_claims, validate
from bot.tab.identity import KeysNotReady, TokenCheck, TokenRefused
from rusbot.settings import Settings
from rusbot.tab.roles import Identity

log = logging.getLogger(__name__)

SCOPE = "access_as_user"
COMMON_TENANT = "common"


def audiences(settings: Settings) -> frozenset[str]:
    host = (urlsplit(settings.effective_public_url).hostname or "").lower()
    return frozenset({f"api://{host}/{settings.app_id}", settings.app_id})


def metadata_url(settings: Settings, tenant: str) -> str:
    """The tenant's own metadata where an allow-list bounds the tenants; otherwise the common keys
    (every tenant's tokens are signed with them), so a token naming a stranger's tenant cannot make
    the app fetch and keep key sets for any tenant it likes."""
    chosen = tenant if settings.effective_allowed_tenants else COMMON_TENANT
    return settings.tab_entra_metadata_url.replace("{tenant}", chosen)


def identity_from(claims: dict[str, Any]) -> Identity:
    scopes = claims.get("scp")
    if not isinstance(scopes, str) or SCOPE not in scopes.split():
        raise TokenRefused(f"claim: the {SCOPE} scope is missing")
    oid = claims.get("oid")
    if not isinstance(oid, str) or not oid:
        raise TokenRefused("claim: no oid")
    # The sign-in name Entra issues (v1 `upn`, v2 `preferred_username`), never the `email` claim: an
    # optional, user-facing attribute that says nothing about the account's own name. It maps a
    # coordinator named by e-mail only where a tenant allow-list is set (Settings.coordinators_by_email).
    email = next((v for k in ("upn", "preferred_username") if isinstance(v := claims.get(k), str) and v), None)
    name = claims.get("name") if isinstance(claims.get("name"), str) else None
    return Identity(user_id=oid, name=name, email=email, tenant_id=str(claims["tid"]))


def checker(settings: Settings, store: OpenIdKeyStore) -> TokenCheck:
    """The tab's token check on the app's key store (`app[OPENID_KEYS]`): one cache and one refresh
    policy for the Bot Framework's keys and Entra's."""
    accepted = audiences(settings)

    async def check(token: str) -> Identity:
        try:
            tenant = unverified_claims(token).get("tid")      # not trusted: only picks what to verify against
        except TokenError as exc:
            raise TokenRefused(exc.reason) from None
        if not isinstance(tenant, str) or not tenant or len(tenant) > 64:
            raise TokenRefused("claim: no tid")
        if not settings.tenants_allowed([tenant]):
            raise TokenRefused("tenant not on the allow-list")
        keys = store.keys(metadata_url(settings, tenant))
        try:
            claims = await validate(token, keys, issuers=entra_issuers(tenant), audiences=accepted)
        except TokenError as exc:
            if exc.reason == "keys_unavailable":
                raise KeysNotReady(exc.reason) from None
            raise TokenRefused(exc.reason) from None
        if claims.get("tid") != tenant:
            raise TokenRefused("claim: tid changed")
        return identity_from(claims)

    return check
