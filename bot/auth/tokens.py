"""Validating a signed JWT against an `OpenIdKeys` set: one function, every rule spelled out.

Used for the Bot Connector's tokens (bot/auth/channel.py) and for Microsoft Entra tokens (a tab's
single sign-on). Only RS256 verifies: `alg: none`, HS256 (a classic trick: "signed" with the public
key as the HMAC secret) and every other algorithm are refused before a key is looked up.

The claim checks are made here, not by PyJWT's options, so that `now` can be injected and every
refusal carries a reason (`TokenError.reason`) the caller can log without logging the token.
"""

from __future__ import annotations

import time
from collections.abc import Collection
from typing import Any

import jwt

from bot.auth.keys import KeyNotFound, KeysUnavailable, OpenIdKeys

__all__ = ["ALLOWED_ALGORITHMS", "TokenError", "bearer_token", "entra_issuers", "entra_metadata_url",
           "unverified_claims", "validate"]

ALLOWED_ALGORITHMS = frozenset({"RS256"})
FIVE_MINUTES = 300.0  # "industry-standard clock skew", Microsoft's Bot Connector authentication page


class TokenError(Exception):
    """A token that does not pass. `reason` is one of:

    malformed, algorithm, unknown_key, keys_unavailable, endorsement, signature, expired,
    not_yet_valid, issuer, audience, claim
    """

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


def bearer_token(authorization: str | None) -> str:
    """The token of an `Authorization: Bearer <token>` header, exactly as the Bot Connector sends it."""
    parts = (authorization or "").split(" ")
    if len(parts) != 2 or parts[0] != "Bearer" or not parts[1]:
        raise TokenError("malformed", "no 'Bearer <token>' Authorization header")
    return parts[1]


def unverified_claims(token: str) -> dict[str, Any]:
    """The claims, NOT verified: only to choose what to verify against (e.g. the `tid` of an Entra
    token, to pick its tenant's issuer after checking the tenant allow-list)."""
    try:
        claims = jwt.decode(token, options={"verify_signature": False})
    except jwt.PyJWTError as exc:
        raise TokenError("malformed", type(exc).__name__) from None
    return claims


def entra_metadata_url(tenant: str) -> str:
    return f"https://login.microsoftonline.com/{tenant}/v2.0/.well-known/openid-configuration"


def entra_issuers(tenant_id: str) -> frozenset[str]:
    """The issuers of a Microsoft Entra tenant's tokens: v2.0 and v1.0 (which one an API gets depends
    on its app registration's `accessTokenAcceptedVersion`)."""
    return frozenset({f"https://login.microsoftonline.com/{tenant_id}/v2.0", f"https://sts.windows.net/{tenant_id}/"})


async def validate(token: str, keys: OpenIdKeys, *, issuers: Collection[str], audiences: Collection[str],
                   leeway: float = FIVE_MINUTES, now: float | None = None,
                   endorsement: str | None = None) -> dict[str, Any]:
    """The verified claims of `token`, or TokenError.

    - the header's `alg` is RS256 and its `kid` names a key of `keys` (an unknown kid may refresh
      them, see bot/auth/keys.py);
    - `endorsement`: when given, the key must list it among its endorsements (the Bot Framework's
      keys are endorsed per channel id);
    - the signature verifies with that key;
    - `exp` is present and not past (`now` - leeway), `nbf` if present is not ahead (`now` + leeway);
    - `iss` is one of `issuers`; `aud` (a string or a list) names one of `audiences`.
    """
    if not isinstance(token, str) or token.count(".") != 2:
        raise TokenError("malformed", "not a compact JWS")
    try:
        header = jwt.get_unverified_header(token)
    except jwt.PyJWTError as exc:
        raise TokenError("malformed", type(exc).__name__) from None
    algorithm = header.get("alg")
    # (a header is any JSON: {"alg": []} must be refused, not hashed into a TypeError)
    if not isinstance(algorithm, str) or algorithm not in ALLOWED_ALGORITHMS:
        raise TokenError("algorithm", f"{str(algorithm)[:20]!r} is not allowed")
    kid = header.get("kid")
    if not isinstance(kid, str) or not kid:
        raise TokenError("unknown_key", "no kid in the header")
    try:
        key = await keys.get(kid)
    except KeyNotFound:
        raise TokenError("unknown_key", "kid not among the published keys") from None
    except KeysUnavailable:
        raise TokenError("keys_unavailable", "no signing keys could be fetched yet") from None
    if endorsement is not None and endorsement not in key.endorsements:
        raise TokenError("endorsement", f"the key is not endorsed for {endorsement[:40]!r}")
    try:
        claims: dict[str, Any] = jwt.decode(
            token, key.public_key, algorithms=sorted(ALLOWED_ALGORITHMS),
            options={"verify_signature": True, "verify_exp": False, "verify_nbf": False, "verify_iat": False,
                     "verify_aud": False, "verify_iss": False})
    except jwt.InvalidSignatureError:
        raise TokenError("signature", "the signature does not verify") from None
    except jwt.PyJWTError as exc:
        raise TokenError("malformed", type(exc).__name__) from None
    _check_times(claims, time.time() if now is None else now, leeway)
    if claims.get("iss") not in issuers:
        raise TokenError("issuer", "issuer not accepted")
    audience = claims.get("aud")
    named = [audience] if isinstance(audience, str) else audience if isinstance(audience, list) else []
    if not any(isinstance(a, str) and a in audiences for a in named):
        raise TokenError("audience", "audience not accepted")
    return claims


def _number(claims: dict[str, Any], name: str) -> float | None:
    value = claims.get(name)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TokenError("claim", f"{name} is not a number")
    return float(value)


def _check_times(claims: dict[str, Any], now: float, leeway: float) -> None:
    expires = _number(claims, "exp")
    if expires is None:
        raise TokenError("claim", "no exp")
    if now > expires + leeway:
        raise TokenError("expired")
    not_before = _number(claims, "nbf")
    if not_before is not None and now < not_before - leeway:
        raise TokenError("not_yet_valid")
