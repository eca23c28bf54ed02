"""A fake Bot Connector on 127.0.0.1: records what the bot sends, answers what a test scripts.

It speaks the Bot Connector REST API the bot uses, as Microsoft documents it:
- Bot Connector REST API reference ("API reference", learn.microsoft.com/azure/bot-service/rest-api/
  bot-framework-rest-connector-api-reference): Create Conversation (POST /v3/conversations, a
  ConversationParameters body, a ConversationResourceResponse back), Send to Conversation, Reply
  to Activity, Update Activity, Get Conversation Members (GET .../members, an array of
  ChannelAccount), Get Conversation Paged Members (GET .../pagedmembers?pageSize=&continuationToken=,
  a PagedMembersResult), Get Conversation Member (GET .../members/{memberId}); errors as an
  ErrorResponse {"error": {"code", "message"}}.
- Teams' additions (Microsoft Learn, "Get Teams specific context for your bot"): roster members
  are TeamsChannelAccounts (id, name, objectId/aadObjectId, email, userPrincipalName, tenantId,
  userRole); page sizes below 50 count as 50, above 500 as 500. "Proactive messages": a 1:1 chat
  is created for a member of a team where the app is installed; others get 403
  ForbiddenOperationException ("Status codes from bot conversational APIs"); a conversation the
  bot is not in answers 403 BotNotInConversationRoster.
"""

from __future__ import annotations

import asyncio
import itertools
import json
from collections import deque
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote

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


def teams_error(status: int, code: str, message: str = "") -> Scripted:
    """An error as the Bot Connector answers it: an ErrorResponse (REST API reference) with Teams'
    code ("Status codes from bot conversational APIs")."""
    return Scripted(status, body={"error": {"code": code, "message": message or code}})


def message_writes_blocked() -> Scripted:
    """The 403 of a blocked or uninstalled bot, byte for byte the example in Microsoft Learn's
    "Proactive messages" ("Understand who blocked, muted, or uninstalled a bot")."""
    return Scripted(403, body={"errorCode": 209, "message": "{\r\n  \"subCode\": \"MessageWritesBlocked\",\r\n  "
                                                            "\"details\": \"Thread is blocked from message writes.\","
                                                            "\r\n  \"errorCode\": null,\r\n  \"errorSubCode\": "
                                                            "null\r\n}"})


def roster_member(name: str, aad: str, tenant: str, *, email: str | None = None) -> dict[str, Any]:
    """A team member as GET .../pagedmembers lists one ("Get Teams specific context for your bot")."""
    given, _, surname = name.partition(" ")
    return {"id": f"29:{aad}", "name": name, "objectId": aad, "givenName": given, "surname": surname,
            "email": email or f"{aad}@example.se", "userPrincipalName": email or f"{aad}@example.se",
            "tenantId": tenant, "userRole": "user"}


PAGE_MIN, PAGE_MAX = 50, 500


class FakeConnector:
    def __init__(self) -> None:
        self.requests: list[Recorded] = []
        self.script: deque[Scripted] = deque()
        self.members: dict[str, dict[str, Any]] = {}
        # conversation id (a team's id for its roster) -> its members; the bot is in these.
        self.rosters: dict[str, list[dict[str, Any]]] = {}
        self._ids = itertools.count(1)
        self._runner: web.AppRunner | None = None
        self.url = ""
        self.changed = asyncio.Event()
        self._hangs: list[tuple[str, str, float]] = []
        self._released = asyncio.Event()
        self.hanging: list[str] = []      # paths of requests held by hang() right now

    # -- a slow connector ------------------------------------------------------------------------
    def hang(self, method: str, path_part: str, seconds: float = 20.0) -> None:
        """Hold matching requests (method, a part of the path) for `seconds` before answering, or until
        release(): the connector as slow as a bad day, without a test sleeping that long."""
        self._released.clear()
        self._hangs.append((method, path_part, seconds))

    def release(self) -> None:
        self._hangs.clear()
        self._released.set()

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
        return [r for r in self.requests if r.method == "POST" and r.path == "/v3/conversations"
                and isinstance(r.body, dict) and (r.body.get("channelData") or {}).get("channel")]

    @property
    def created_chats(self) -> list[Recorded]:
        """1:1 chats the bot created (POST /v3/conversations with members)."""
        return [r for r in self.requests if r.method == "POST" and r.path == "/v3/conversations"
                and isinstance(r.body, dict) and r.body.get("members")]

    @staticmethod
    def personal_chat_id(member_id: str) -> str:
        """The 1:1 chat Teams gives the bot with a member: the same id every time it is asked."""
        return f"a:1{member_id.removeprefix('29:')}"

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
        hang = next((seconds for method, part, seconds in self._hangs
                     if request.method == method and part in request.path), None)
        if hang is not None:
            self.hanging.append(request.path)
            self.changed.set()
            try:
                await asyncio.wait_for(self._released.wait(), hang)
            except TimeoutError:
                pass
            finally:
                self.hanging.remove(request.path)
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
        if request.method == "GET" and len(parts) >= 4 and parts[:2] == ["v3", "conversations"] and \
                parts[3] in ("members", "pagedmembers"):
            return self._members(request, unquote(parts[2]), parts[3], unquote(parts[4]) if len(parts) > 4 else None)
        if request.method == "POST" and parts == ["v3", "conversations"]:
            return self._create(body)
        return web.json_response({"id": f"activity-{next(self._ids)}"})

    def _members(self, request: web.Request, conversation_id: str, kind: str,
                 member_id: str | None) -> web.Response:
        if member_id is not None:
            member = self.members.get(member_id) or next(
                (m for m in self.rosters.get(conversation_id, []) if m["id"] == member_id), None)
            if member is None:
                return web.json_response({"error": {"code": "MemberNotFound"}}, status=404)
            return web.json_response(member)
        if conversation_id not in self.rosters:
            return web.json_response({"error": {"code": "BotNotInConversationRoster",
                                                "message": "The bot is not part of the conversation roster."}},
                                     status=403)
        roster = self.rosters[conversation_id]
        if kind == "members":
            return web.json_response(roster)
        try:
            size = int(request.query.get("pageSize") or PAGE_MAX)
            start = int((request.query.get("continuationToken") or "page-0").removeprefix("page-"))
        except ValueError:
            return web.json_response({"error": {"code": "BadArgument", "message": "Bad continuation token"}},
                                     status=400)
        size = min(max(size, PAGE_MIN), PAGE_MAX)
        page: dict[str, Any] = {"members": roster[start:start + size]}
        if start + size < len(roster):
            page["continuationToken"] = f"page-{start + size}"
        return web.json_response(page)

    def _create(self, body: Any) -> web.Response:
        body = body if isinstance(body, dict) else {}
        if not isinstance(body.get("bot"), dict) or not body["bot"].get("id"):
            return web.json_response({"error": {"code": "BadArgument", "message": "Bot is required"}}, status=400)
        channel = (body.get("channelData") or {}).get("channel") or {}
        if channel.get("id"):
            new_id = f"{channel['id']};messageid={next(self._ids)}"
            return web.json_response({"id": new_id, "activityId": str(next(self._ids))})
        members = body.get("members")
        if body.get("isGroup") or not isinstance(members, list) or len(members) != 1 or \
                not isinstance(members[0], dict) or not members[0].get("id"):
            return web.json_response({"error": {"code": "BadArgument",
                                                "message": "A 1:1 chat needs exactly one member"}}, status=400)
        member_id = members[0]["id"]
        in_team = any(m["id"] == member_id for roster in self.rosters.values() for m in roster)
        if not in_team:
            return web.json_response({"error": {"code": "ForbiddenOperationException",
                                                "message": "Bot is not installed in user's personal scope"}},
                                     status=403)
        response = {"id": self.personal_chat_id(member_id), "serviceUrl": self.url}
        if body.get("activity"):
            response["activityId"] = str(next(self._ids))
        return web.json_response(response)


def activity_text(request: Recorded) -> str:
    """Everything a posted activity says: its text and its cards' fallbackText (a channel post's
    activity is inside the CreateConversation body)."""
    body = request.body if isinstance(request.body, dict) else {}
    activity = body.get("activity", body)
    texts = [activity.get("text") or ""]
    for attachment in activity.get("attachments") or []:
        texts.append((attachment.get("content") or {}).get("fallbackText", ""))
    return " ".join(t for t in texts if t)
