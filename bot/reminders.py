"""Reminders in the app: started and stopped with it (an aiohttp cleanup_ctx), and the calendar."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator

from aiohttp import web

from bot.appkeys import SERVICES
from bot.turn import Services
from scheduling.calendar import calendar_ics
from scheduling.gate import SharedRateGate
from scheduling.service import Reminders

log = logging.getLogger(__name__)

REMINDERS_KEY = "reminders"
CONSULTATION_STATUS_KEY = "consultation_status"   # set by the input store when it lands


def build_reminders(services: Services) -> Reminders:
    # Reminder fan-outs share the app-wide 50 requests/s with every other bot process through the
    # database; replies in turns keep the connector's in-process limiter.
    connector = services.connector.with_global_limiter(SharedRateGate(services.db))
    return Reminders(services.db, services.process, services.clock, connector, services.conversations,
                     status=lambda: services.extras.get(CONSULTATION_STATUS_KEY) or services.extras["input"].store,
                     coordinators=services.settings.coordinators, scheduler=services.settings.scheduler)


async def reminders_ctx(app: web.Application) -> AsyncIterator[None]:
    services = app[SERVICES]
    reminders = build_reminders(services)
    services.extras[REMINDERS_KEY] = reminders
    await reminders.start()
    try:
        yield
    finally:
        services.extras.pop(REMINDERS_KEY, None)
        await reminders.stop()


async def calendar(request: web.Request) -> web.Response:
    services = request.app[SERVICES]
    reminders: Reminders | None = services.extras.get(REMINDERS_KEY)
    changes = await reminders.meeting_changes() if reminders is not None else []
    body = calendar_ics(services.process, changes, services.clock.now())
    return web.Response(body=body.encode("utf-8"), content_type="text/calendar", charset="utf-8",
                        headers={"Content-Disposition": 'inline; filename="rus.ics"', "Cache-Control": "max-age=300"})
