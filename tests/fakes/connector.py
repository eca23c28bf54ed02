"""A fake Bot Connector on 127.0.0.1: records what the bot sends, answers what a test scripts.

It speaks the Bot Connector REST API the bot uses (v3 conversations, activities, members).
"""

from __future__ import annotations

import asyncio
import itertools
import json
from collections import deque
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web


@dataclass
class Recorded:
    method: str
    path: str
    conversation_id: str | None
    activity_id: str | None
    body: Any
    headers: dict[str, str]

    @property
    def text(self) -> str:
        return (self.body or {}).get("text") or "" if isinstance(self.body, dict) else ""

    @property
    def attachments(self) -> list[dict[str, Any]]:
        return (self.body or {}).get("attachments") or [] if isinstance(self.body, dict) else []

    @property
    def cards(self) -> list[dict[str, Any]]:
        return [a["content"] for a in self.attachments
                if a.get("contentType") == "application/vnd.microsoft.card.adaptive"]


@dataclass
class Scripted:
    status: int
    headers: dict[str, str] = field(default_factory=dict)
    body: Any = None
    drop: bool = False     # accept the request, then close the connection without answering


class FakeConnector:
    def __init__(self) -> None:
        self.requests: list[Recorded] = []
        self.script: deque[Scripted] = deque()
        self.members: dict[str, dict[str, Any]] = {}
        self._ids = itertools.count(1)
        self._runner: web.AppRunner | None = None
        self.url = ""
        self.changed = asyncio.Event()

    # -- test API ------------------------------------------------------------------------------
    def answer_next(self, *responses: Scripted) -> None:
        self.script.extend(responses)

    @property
    def sent(self) -> list[Recorded]:
        """Messages the bot posted (not updates, deletes or look-ups)."""
        return [r for r in self.requests if r.method == "POST" and "/activities" in r.path]

    @property
    def channel_posts(self) -> list[Recorded]:
        """New posts in channels (POST /v3/conversations, the activity in the body)."""
        return [r for r in self.requests if r.method == "POST" and r.path == "/v3/conversations"]

    def to(self, conversation_id: str) -> list[Recorded]:
        return [r for r in self.sent if r.conversation_id == conversation_id]

    def clear(self) -> None:
        self.requests.clear()

    async def wait_for(self, count: int, timeout: float = 5.0) -> list[Recorded]:
        async def until() -> None:
            while len(self.sent) < count:
                self.changed.clear()
                await self.changed.wait()
        await asyncio.wait_for(until(), timeout)
        return self.sent

    # -- server --------------------------------------------------------------------------------
    async def start(self) -> str:
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self._handle)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.url = f"http://127.0.0.1:{port}"
        return self.url

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        raw = await request.read()
        try:
            body = json.loads(raw) if raw else None
        except ValueError:
            body = raw.decode(errors="replace")
        parts = [p for p in request.path.split("/") if p]
        conversation_id = parts[2] if len(parts) > 2 and parts[:2] == ["v3", "conversations"] else None
        activity_id = parts[4] if len(parts) > 4 and parts[3] == "activities" else None
        record = Recorded(request.method, request.path, conversation_id, activity_id, body, dict(request.headers))
        if self.script:
            scripted = self.script.popleft()
            if scripted.drop:
                self.requests.append(record)
                self.changed.set()
                assert request.transport is not None
                request.transport.close()
                raise asyncio.CancelledError
            if scripted.status >= 300:
                return web.json_response(scripted.body or {"error": {"code": "Scripted"}},
                                         status=scripted.status, headers=scripted.headers)
        self.requests.append(record)
        self.changed.set()
        if request.method == "GET" and len(parts) >= 5 and parts[3] == "members":
            member = self.members.get(parts[4])
            if member is None:
                return web.json_response({"error": {"code": "MemberNotFound"}}, status=404)
            return web.json_response(member)
        if request.method == "POST" and parts == ["v3", "conversations"]:
            channel = (body or {}).get("channelData", {}).get("channel", {}).get("id", "conv")
            new_id = f"{channel};messageid={next(self._ids)}"
            return web.json_response({"id": new_id, "activityId": str(next(self._ids))})
        return web.json_response({"id": f"activity-{next(self._ids)}"})
