"""What the input features share for the life of the bot: the store, the poll-card updater,
the member look-up cache and the download-link key."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import math
import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from bot import teams
from bot.connector import ConnectorError, OutcomeUnknown, ServiceUrlRefused
from rusbot.input.signing import load_or_create_key
from rusbot.input.store import InputStore
from rusbot.settings import Settings
from rusbot.store.db import Database

if TYPE_CHECKING:
    from bot.connector import Connector
    from bot.turn import Services, Turn

log = logging.getLogger(__name__)

# Teams member records cached (a few hundred bytes each): one per person who used a coordinator
# check. Beyond this the longest-cached is dropped and looked up again when needed.
MEMBERS_MAX = 5_000


class PollUpdater:
    """Coalesces card updates: at most one PUT per poll per `interval`, and the PUT sends the
    state as it is when it goes out (last state wins). A burst of votes costs two PUTs."""

    def __init__(self, put: Callable[[int], Awaitable[None]], *, interval: float = 1.0,
                 monotonic: Callable[[], float] = time.monotonic) -> None:
        self._put = put
        self._interval = interval
        self._monotonic = monotonic
        self._dirty: set[int] = set()
        self._last: dict[int, float] = {}
        self._tasks: dict[int, asyncio.Task[None]] = {}

    def touch(self, poll_id: int) -> None:
        self._dirty.add(poll_id)
        if poll_id not in self._tasks:
            self._tasks[poll_id] = asyncio.create_task(self._run(poll_id))

    async def _run(self, poll_id: int) -> None:
        try:
            while poll_id in self._dirty:
                wait = self._last.get(poll_id, -math.inf) + self._interval - self._monotonic()
                if wait > 0:
                    await asyncio.sleep(wait)
                self._dirty.discard(poll_id)
                self._last[poll_id] = self._monotonic()
                try:
                    await self._put(poll_id)
                except Exception as exc:
                    log.warning("poll %s: card update failed (%s)", poll_id, type(exc).__name__)
        finally:
            self._tasks.pop(poll_id, None)

    async def idle(self) -> None:
        """Wait until every pending update has gone out (tests, shutdown)."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks.values()), return_exceptions=True)

    async def close(self, grace: float = 5.0) -> None:
        """Let pending updates go out, but do not hold the shutdown for a slow connector."""
        try:
            await asyncio.wait_for(self.idle(), grace)
        except TimeoutError:
            for task in list(self._tasks.values()):
                task.cancel()
            log.warning("%d poll card update(s) dropped at shutdown", len(self._tasks))


class MemberLookupPending(Exception):
    """The member look-up did not answer within the invoke's budget; it goes on in `task`."""

    def __init__(self, task: asyncio.Task[dict[str, Any] | None]) -> None:
        super().__init__("member look-up still running")
        self.task = task


class InputServices:
    def __init__(self, db: Database, settings: Settings, connector: Connector,
                 put_poll: Callable[[InputServices, int], Awaitable[None]] | None = None) -> None:
        self.store = InputStore(db)
        self.settings = settings
        self.connector = connector
        self._key: bytes | None = None
        self._members: dict[str, tuple[str, dict[str, Any]]] = {}   # from.id -> (aadObjectId, member)
        self._lookups: dict[str, asyncio.Task[dict[str, Any] | None]] = {}     # from.id -> look-up under way
        self._put_poll = put_poll
        self.polls = PollUpdater(self._put)

    async def _put(self, poll_id: int) -> None:
        if self._put_poll is not None:
            await self._put_poll(self, poll_id)

    def key(self) -> bytes:
        if self._key is None:
            self._key = load_or_create_key(self.settings.secret_key.get_secret_value(), self.settings.data_dir)
        return self._key

    async def member(self, turn: Turn) -> dict[str, Any] | None:
        """The Teams member behind this turn (e-mail, UPN), looked up once per process.

        Cached under `from.id`, the id the look-up is made with. A member record whose
        `aadObjectId` is not the turn's is someone else's (in local mode anyone can pair any
        `from.id` with any `aadObjectId`): it is neither used nor cached. An invoke turn waits only
        as long as its budget allows (Turn.time_left); then MemberLookupPending, and the look-up
        goes on so that the next press finds it cached."""
        aad = turn.user_aad_id
        sender = turn.activity.from_property
        if aad is None or sender is None or not sender.id or turn.activity.channel_id != "msteams":
            return None
        cached = self._members.get(sender.id)
        if cached is not None:
            return cached[1] if cached[0] == aad else None
        member_id: str = sender.id
        task = self._lookups.get(member_id)
        if task is None:
            # In a team, Teams answers for the team's roster, asked by the team id (channelData.team.id); a
            # channel's own id is not a roster outside General. Chats are asked by their conversation id.
            conversation_id = teams.team_id(turn.activity) or turn.activity.conversation.id.split(";")[0]
            task = asyncio.create_task(self._look_up(aad, turn.activity.service_url, conversation_id, member_id,
                                                     teams.tenant_id(turn.activity)))
            self._lookups[member_id] = task
            task.add_done_callback(
                lambda done: self._lookups.pop(member_id, None) if self._lookups.get(member_id) is done else None)
        wait = turn.time_left()
        try:
            member = await (asyncio.shield(task) if wait is None else asyncio.wait_for(asyncio.shield(task), wait))
        except TimeoutError:
            raise MemberLookupPending(task) from None
        cached = self._members.get(member_id)
        return member if cached is not None and cached[0] == aad else None

    async def _look_up(self, aad: str, service_url: str, conversation_id: str, member_id: str,
                       tenant: str | None) -> dict[str, Any] | None:
        try:
            member = await self.connector.get_member(service_url, conversation_id, member_id, tenant=tenant)
        except (ConnectorError, OutcomeUnknown, ServiceUrlRefused) as exc:
            log.info("member look-up for %s failed (%s)", aad, type(exc).__name__)
            return None
        owner = member.get("aadObjectId") if isinstance(member, dict) else None
        if not isinstance(member, dict) or (owner is not None and str(owner).casefold() != aad.casefold()):
            log.warning("member record for %s names another object id; not used", aad)
            return None
        self._members.pop(member_id, None)
        self._members[member_id] = (aad, member)
        if len(self._members) > MEMBERS_MAX:
            del self._members[next(iter(self._members))]   # the longest-cached: asked again when needed
        return member

    def forget_member(self, aad: str) -> None:
        """Drop a person's cached member record (e-mail, UPN) after their data is erased."""
        for member_id in [key for key, (owner, _) in self._members.items() if owner == aad]:
            del self._members[member_id]

    async def member_email(self, turn: Turn) -> str | None:
        """The turn's user's sign-in name (`userPrincipalName` from Teams' member look-up), for
        coordinators named by e-mail. Not the `email` field: a mail attribute is no account's name."""
        member = await self.member(turn)
        if not member:
            return None
        upn = member.get("userPrincipalName")
        return upn if isinstance(upn, str) and upn else None

    async def close_due_polls(self, now: dt.datetime) -> list[int]:
        """Close the polls whose time has come and update their cards. The conditional UPDATE in
        `close_poll` lets exactly one bot process close (and update) each poll."""
        closed = []
        for poll_id, closes_at in await self.store.polls_to_close(now):
            if await self.store.close_poll(poll_id, closes_at):
                self.polls.touch(poll_id)
                closed.append(poll_id)
        return closed

    async def close(self) -> None:
        await self.polls.close()
        for task in list(self._lookups.values()):
            task.cancel()


def input_services(services: Services) -> InputServices:
    return services.inputs
