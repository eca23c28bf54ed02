"""Reminders in the app: started and stopped with it (an aiohttp cleanup_ctx), and the calendar."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator

from aiohttp import web

from bot.appkeys import SERVICES
from bot.connector import Connector
from rusbot.clock import Clock
from rusbot.consultation import ConsultationStatus
from rusbot.process.model import Process
from rusbot.settings import Settings
from rusbot.store.conversations import ConversationStore
from rusbot.store.db import Database
from scheduling.gate import SharedRateGate
from scheduling.service import Reminders

log = logging.getLogger(__name__)

def build_reminders(settings: Settings, db: Database, process: Process, clock: Clock, connector: Connector,
                    conversations: ConversationStore, status: ConsultationStatus) -> Reminders:
    # Reminder fan-outs share the app-wide limit (per tenant) with every other bot process through
    # the database; replies in turns keep the connector's in-process limiter.
    gate = SharedRateGate.for_limit(db, settings.teams_app_rps)
    return Reminders(db, process, clock, connector.with_global_limiter(gate), conversations,
                     status=status, coordinators=settings.coordinators, scheduler=settings.scheduler)


async def reminders_ctx(app: web.Application) -> AsyncIterator[None]:
    """The dispatcher runs while the HTTP app does (the terminal chat never starts it)."""
    reminders = app[SERVICES].reminders
    await reminders.start()
    try:
        yield
    finally:
        await reminders.stop()


async def calendar(request: web.Request) -> web.Response:
    # icalendar is imported by the first calendar request, not at start: few ever subscribe.
    from scheduling.calendar import calendar_ics

    services = request.app[SERVICES]
    changes = await services.reminders.meeting_changes()
    body = calendar_ics(services.process, changes, services.clock.now())
    return web.Response(body=body.encode("utf-8"), content_type="text/calendar", charset="utf-8",
                        headers={"Content-Disposition": 'inline; filename="rus.ics"', "Cache-Control": "max-age=300"})
