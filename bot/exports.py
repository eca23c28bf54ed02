"""`GET /exports/{token}`: the export behind a signed link that expires after 15 minutes."""

from __future__ import annotations

import json
import logging

from aiohttp import web

from bot.appkeys import SERVICES
from bot.input_services import input_services
from rusbot.input.privacy import export_person
from rusbot.input.signing import verify

log = logging.getLogger(__name__)


async def download(request: web.Request) -> web.Response:
    services = request.app[SERVICES]
    inputs = input_services(services)
    payload = verify(inputs.key(), request.match_info["token"], services.clock.now())
    if payload is not None and payload.get("fmt") == "gdpr" and isinstance(payload.get("subject"), str):
        return await _personal_data(request, str(payload["subject"]), payload.get("sub"))
    if payload is None or payload.get("fmt") not in ("csv", "xlsx"):
        return web.Response(status=403, text="Länken är ogiltig eller har gått ut. / The link is invalid or expired.\n",
                            headers={"Cache-Control": "no-store"})
    # A coordinator's rare download: its module is not loaded at start.
    from rusbot.input.export import build_export

    content, media_type, filename = await build_export(inputs.store, services.process, str(payload["fmt"]))
    log.info("export %s downloaded (link made for %s)", payload["fmt"], payload.get("sub"))
    return web.Response(body=content, headers={
        "Content-Type": media_type, "Content-Disposition": f'attachment; filename="{filename}"',
        "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff"})


async def _personal_data(request: web.Request, subject: str, made_for: object) -> web.Response:
    """Everything stored about one person (GDPR article 15), for the coordinator the link was made for."""
    services = request.app[SERVICES]
    data = await export_person(services.db, subject, services.clock.now())
    log.info("personal data of %s downloaded (link made for %s)", subject, made_for)
    body = json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")
    return web.Response(body=body, headers={
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": 'attachment; filename="personuppgifter.json"',
        "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff"})
