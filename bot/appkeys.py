"""Typed keys for what the aiohttp application holds."""

from __future__ import annotations

from typing import TYPE_CHECKING

from aiohttp import web

if TYPE_CHECKING:
    from bot.adapter import RusbotAdapter
    from bot.auth.keys import OpenIdKeyStore
    from bot.handler import RusBot
    from bot.turn import Services
    from rusbot.settings import Settings

SETTINGS: web.AppKey[Settings] = web.AppKey("settings")
SERVICES: web.AppKey[Services] = web.AppKey("services")
ADAPTER: web.AppKey[RusbotAdapter] = web.AppKey("adapter")
BOT: web.AppKey[RusBot] = web.AppKey("bot")
# Signing keys of every OpenID metadata URL the app trusts (the Bot Framework's; Entra's for a tab).
OPENID_KEYS: web.AppKey[OpenIdKeyStore] = web.AppKey("openid_keys")
