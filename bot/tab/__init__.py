"""The Teams tab, served by the bot's own aiohttp app: `add_tab(app)` adds its routes, the security
headers every response carries, and its state (started after the bot's services)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

from aiohttp import web

from bot.appkeys import OPENID_KEYS, SETTINGS
from bot.tab import handlers
from bot.tab.security import security_headers

STATIC = Path(__file__).parent / "static"


async def _tab_ctx(app: web.Application) -> AsyncIterator[None]:
    from bot.tab.sso import checker

    settings = app[SETTINGS]
    # Production checks SSO tokens with the app's one key store; local mode has no sign-on.
    check = checker(settings, app[OPENID_KEYS]) if settings.production else None
    app[handlers.TAB] = handlers.tab_state(app, check)
    yield


def add_tab(app: web.Application) -> None:
    app.on_response_prepare.append(security_headers)
    app.cleanup_ctx.append(_tab_ctx)
    router = app.router
    router.add_get("/tab", handlers.redirect_to_shell)
    router.add_get("/tab/", handlers.shell)
    router.add_get("/tab/config", handlers.configuration)
    router.add_static("/tab/static", STATIC, append_version=False)
    router.add_get("/tab/api/session", handlers.session)
    router.add_get("/tab/api/local/people", handlers.local_people)
    router.add_get("/tab/api/view/{page}", handlers.view)
    router.add_get("/tab/api/view/{page}/{item}", handlers.view)
    router.add_post("/tab/api/meetings", handlers.save_meeting)
    router.add_post("/tab/api/meetings/cancel", handlers.cancel_meeting)
