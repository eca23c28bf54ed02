"""Who sent a tab request.

Production: `Authorization: Bearer <token>`, the Microsoft Entra token Teams gave the page
(`authentication.getAuthToken()`), checked by `bot/tab/sso.py`. Local mode (no credentials): the
person chosen on the sign-in page, `Authorization: Local <base64url JSON {"id", "name", "email"}>`;
local mode trusts whoever reaches loopback, as the bot's own local mode does. Neither mode accepts
the other's scheme.
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from aiohttp import web

from rusbot.settings import Settings
from rusbot.tab.roles import Identity

log = logging.getLogger(__name__)

MAX_LOCAL_FIELD = 320

# Checks an SSO token and returns the person, or raises TokenRefused.
TokenCheck = Callable[[str], Awaitable[Identity]]


class TokenRefused(Exception):
    """The token is not one this tab accepts; the message says why (logged, never shown)."""


class KeysNotReady(Exception):
    """No signing keys could be fetched yet: the token cannot be checked now (503, try again)."""


@dataclass(frozen=True)
class Unauthenticated:
    reason: str
    retry: bool = False         # the token could not be checked yet, rather than refused


def local_header(user_id: str, name: str | None = None, email: str | None = None) -> str:
    """The header value the local sign-in page sends (tests use it too)."""
    raw = json.dumps({"id": user_id, "name": name, "email": email}, ensure_ascii=False).encode("utf-8")
    return "Local " + base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def _local_identity(value: str) -> Identity | None:
    try:
        padded = value + "=" * (-len(value) % 4)
        data = json.loads(base64.urlsafe_b64decode(padded.encode("ascii")).decode("utf-8"))
    except (ValueError, UnicodeError, binascii.Error):
        return None
    if not isinstance(data, dict):
        return None
    fields = {k: data.get(k) for k in ("id", "name", "email")}
    if not isinstance(fields["id"], str) or not fields["id"].strip():
        return None
    for key, field in fields.items():
        if field is not None and (not isinstance(field, str) or len(field) > MAX_LOCAL_FIELD):
            return None
        if key != "id" and field == "":
            fields[key] = None
    return Identity(user_id=str(fields["id"]).strip(), name=fields["name"], email=fields["email"])


async def authenticate(request: web.Request, settings: Settings,
                       check_token: TokenCheck | None) -> Identity | Unauthenticated:
    header = request.headers.get("Authorization", "")
    scheme, _, value = header.partition(" ")
    value = value.strip()
    if not header:
        return Unauthenticated("no Authorization header")
    if settings.production:
        if scheme.lower() != "bearer" or not value:
            return Unauthenticated("production accepts only a Bearer token")
        if check_token is None:
            return Unauthenticated("single sign-on is not configured")
        try:
            return await check_token(value)
        except TokenRefused as exc:
            log.info("tab token refused: %s", exc)
            return Unauthenticated("token refused")
        except KeysNotReady:
            log.warning("tab token not checked: no signing keys fetched yet")
            return Unauthenticated("signing keys unavailable", retry=True)
    if scheme != "Local" or not value:
        return Unauthenticated("local mode accepts only a chosen local identity")
    identity = _local_identity(value)
    return identity if identity is not None else Unauthenticated("malformed local identity")
