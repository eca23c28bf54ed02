"""The terminal's Bot Connector: the bot's real connector (bot/connector.py) sends here, over HTTP
on loopback, everything it would send to Teams (replies, proactive posts, card updates, member
look-ups). Each message is kept per conversation in the data folder, so the terminal's people see
what was posted while they were away (a poll in the channel, a reminder), and announced to the
running chat.

The routes and answers follow the Bot Connector REST API
(https://learn.microsoft.com/en-us/azure/bot-service/rest-api/bot-framework-rest-connector-api-reference):
Send to conversation / Reply to activity answer a ResourceResponse {id}; Create conversation a
ConversationResourceResponse {id, activityId, serviceUrl}; Update activity {id}; Get conversation
member a TeamsChannelAccount, or 404 when the member is not in the conversation
("Get Teams specific context for your bot": fetch a single member's profile).
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import os
import re
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from aiohttp import web

from bot.terminal.world import Identities, conversation_base


@dataclass
class Message:
    id: str
    conversation_id: str        # as the bot addressed it (a channel thread keeps its ;messageid=)
    activity: dict[str, Any]
    updated: bool = False
    revision: str = ""          # sortable like ids: changes with every update (what is new to a reader)


@dataclass
class Event:
    kind: str                   # "posted" | "updated" | "deleted"
    message: Message


class Transcript:
    """One file per message under `<data dir>/terminal/conversations/<conversation>/`, written
    whole and renamed into place, so two terminals sharing the folder never see half a message."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _dir(self, conversation_id: str) -> Path:
        base = conversation_base(conversation_id)
        readable = re.sub(r"[^A-Za-z0-9._-]+", "_", base)[:60]
        return self.folder / f"{readable}-{hashlib.sha1(base.encode()).hexdigest()[:8]}"

    @staticmethod
    def new_id() -> str:
        # Sortable by arrival; unique across terminals sharing the folder.
        return f"{time.time_ns():020d}-{uuid.uuid4().hex[:6]}"

    def save(self, message: Message) -> None:
        message.revision = self.new_id()
        folder = self._dir(message.conversation_id)
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{message.id}.json"
        temporary = folder / f".{message.id}.{uuid.uuid4().hex[:6]}"
        temporary.write_text(json.dumps({"id": message.id, "conversation_id": message.conversation_id,
                                         "activity": message.activity, "updated": message.updated,
                                         "revision": message.revision},
                                        ensure_ascii=False), encoding="utf-8")
        os.replace(temporary, path)

    def add(self, conversation_id: str, activity: dict[str, Any]) -> Message:
        message = Message(id=self.new_id(), conversation_id=conversation_id, activity=activity)
        self.save(message)
        return message

    def get(self, conversation_id: str, message_id: str) -> Message | None:
        if not re.fullmatch(r"[0-9]{20}-[0-9a-f]{6}", message_id):
            return None
        try:
            data = json.loads((self._dir(conversation_id) / f"{message_id}.json").read_text(encoding="utf-8"))
        except (FileNotFoundError, ValueError):
            return None
        return Message(**data)

    def update(self, conversation_id: str, message_id: str, activity: dict[str, Any]) -> Message | None:
        current = self.get(conversation_id, message_id)
        if current is None:
            return None
        message = Message(id=message_id, conversation_id=current.conversation_id, activity=activity, updated=True)
        self.save(message)
        return message

    def delete(self, conversation_id: str, message_id: str) -> Message | None:
        current = self.get(conversation_id, message_id)
        if current is not None:
            (self._dir(conversation_id) / f"{message_id}.json").unlink(missing_ok=True)
        return current

    def messages(self, conversation_id: str) -> list[Message]:
        folder = self._dir(conversation_id)
        if not folder.is_dir():
            return []
        found = []
        for path in sorted(folder.glob("[0-9]*.json")):
            try:
                found.append(Message(**json.loads(path.read_text(encoding="utf-8"))))
            except (ValueError, TypeError, FileNotFoundError):
                continue
        return found


def _error(status: int, code: str, message: str) -> web.Response:
    return web.json_response({"error": {"code": code, "message": message}}, status=status)


class TerminalConnector:
    def __init__(self, transcript: Transcript, identities: Identities, tenant: str) -> None:
        self.transcript = transcript
        self.identities = identities
        self.tenant = tenant
        self.events: asyncio.Queue[Event] = asyncio.Queue()
        self.url = ""
        self._runner: web.AppRunner | None = None

    async def start(self, port: int = 0) -> str:
        """Listen on 127.0.0.1:`port` (the last run's, so what the bot stored then still reaches
        this run), or on any free port when that one is taken."""
        app = web.Application(client_max_size=4 * 1024 * 1024)
        app.router.add_route("*", "/{tail:.*}", self._handle)
        self._runner = web.AppRunner(app, access_log=None, handle_signals=False)
        await self._runner.setup()
        for candidate in dict.fromkeys((port, 0)):
            site = web.TCPSite(self._runner, "127.0.0.1", candidate)
            try:
                await site.start()
            except OSError:
                continue
            bound = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
            self.url = f"http://127.0.0.1:{bound}"
            return self.url
        raise OSError("the terminal's connector found no free port on 127.0.0.1")

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def port(self) -> int:
        return int(self.url.rsplit(":", 1)[1]) if self.url else 0

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        parts = [p for p in request.path.split("/") if p]
        if parts[:2] != ["v3", "conversations"]:
            return _error(404, "NotFound", "not a Bot Connector route")
        body: Any = None
        if request.can_read_body:
            try:
                body = json.loads(await request.read() or b"null")
            except ValueError:
                return _error(400, "BadArgument", "the body is not JSON")
        if len(parts) == 2 and request.method == "POST":
            return self._create_conversation(body)
        if len(parts) < 4:
            return _error(404, "NotFound", "unknown route")
        conversation_id, collection = parts[2], parts[3]
        if collection == "members" and len(parts) == 5 and request.method == "GET":
            person = self.identities.find(parts[4])
            if person is None:
                return _error(404, "MemberNotFoundInConversation", "The member was not found in the conversation.")
            return web.json_response(person.member(self.tenant))
        if collection != "activities":
            return _error(404, "NotFound", "unknown route")
        if request.method == "POST" and len(parts) in (4, 5):
            if not isinstance(body, dict):
                return _error(400, "BadArgument", "an activity object is required")
            return web.json_response({"id": self._post(conversation_id, body)})
        if request.method == "PUT" and len(parts) == 5:
            if not isinstance(body, dict):
                return _error(400, "BadArgument", "an activity object is required")
            message = self.transcript.update(conversation_id, parts[4], body)
            if message is None:
                return _error(404, "ActivityNotFoundInConversation", "The activity was not found.")
            self.events.put_nowait(Event("updated", message))
            return web.json_response({"id": message.id})
        if request.method == "DELETE" and len(parts) == 5:
            deleted = self.transcript.delete(conversation_id, parts[4])
            if deleted is not None:
                self.events.put_nowait(Event("deleted", deleted))
            return web.Response(status=200)
        return _error(405, "MethodNotAllowed", "unsupported method")

    def _post(self, conversation_id: str, activity: dict[str, Any]) -> str:
        if activity.get("type", "message") != "message":
            return Transcript.new_id()          # typing indicators and the like are not kept
        message = self.transcript.add(conversation_id, activity)
        self.events.put_nowait(Event("posted", message))
        return message.id

    def _create_conversation(self, body: Any) -> web.Response:
        if not isinstance(body, dict) or not isinstance(body.get("activity"), dict):
            return _error(400, "BadArgument", "a conversation with an activity is required")
        channel = ((body.get("channelData") or {}).get("channel") or {}).get("id")
        if body.get("isGroup") and isinstance(channel, str) and channel:
            message = self.transcript.add(channel, body["activity"])
            thread = f"{channel};messageid={message.id}"
            message.conversation_id = thread
            self.transcript.save(message)
            self.events.put_nowait(Event("posted", message))
            return web.json_response({"id": thread, "activityId": message.id, "serviceUrl": self.url})
        members = body.get("members") or []
        person = self.identities.find(str((members[0] or {}).get("id"))) if members else None
        if person is None:
            return _error(400, "BadArgument", "unknown member")
        message = self.transcript.add(person.personal_conversation, body["activity"])
        self.events.put_nowait(Event("posted", message))
        return web.json_response({"id": person.personal_conversation, "activityId": message.id,
                                  "serviceUrl": self.url})
