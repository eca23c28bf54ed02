"""Retention in the app: purge old inspel and drafts at start-up and then daily (aiohttp cleanup_ctx)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator

from aiohttp import web

from bot.appkeys import SERVICES
from bot.background import background
from bot.turn import Services
from rusbot.input.retention import PurgeResult, purge
from rusbot.store.db import DatabaseUnavailable

log = logging.getLogger(__name__)

INTERVAL_SECONDS = 24 * 60 * 60


async def purge_once(services: Services) -> PurgeResult | None:
    settings = services.settings
    try:
        return await purge(services.db, services.clock.now(), inspel_days=settings.retention_inspel_days,
                           draft_days=settings.retention_draft_days)
    except DatabaseUnavailable:
        log.warning("retention: database unavailable; trying again tomorrow")
    except Exception:
        log.exception("retention: purge failed; trying again tomorrow")
    return None


async def _daily(services: Services) -> None:
    while True:
        await asyncio.sleep(INTERVAL_SECONDS)
        await purge_once(services)


async def retention_ctx(app: web.Application) -> AsyncIterator[None]:
    services = app[SERVICES]
    if not (services.settings.retention_inspel_days or services.settings.retention_draft_days):
        yield   # 0 and 0: keep everything, nothing to run
        return
    await purge_once(services)
    async with background(_daily(services)):
        yield
