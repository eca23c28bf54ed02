"""Conversation references: where the bot may post later, and whether it has greeted there."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel
from sqlalchemy import delete, func, select, update

from rusbot.store.db import Database
from rusbot.store.tables import Conversation, UnreachableTarget

ConversationKind = Literal["personal", "channel", "groupChat"]

PENDING_PERSONAL = "user:"

# How long this process trusts that the stored row is what it last wrote. Another process may
# have deactivated the conversation or marked it unreachable since; after this, the next turn
# there writes again and so brings it back. One write per conversation per period at most.
RECHECK_AFTER = dt.timedelta(minutes=10)
# At most this many conversations are remembered as written (about 100 bytes each); beyond it the
# longest-known is dropped, and a turn there writes once more, as after RECHECK_AFTER.
KNOWN_MAX = 20_000


def personal_target(aad_object_id: str) -> str:
    """Where a person's reminders go while the bot has no personal chat with them yet: the chat
    is created when the first one is due (scheduling/service.py)."""
    return f"{PENDING_PERSONAL}{aad_object_id.casefold()}"


def pending_personal(target: str) -> str | None:
    """The AAD object id a `personal_target` stands for, or None for a real conversation id."""
    return target[len(PENDING_PERSONAL):] if target.startswith(PENDING_PERSONAL) else None


class ConversationRecord(BaseModel):
    id: str
    kind: ConversationKind
    tenant_id: str | None = None
    team_id: str | None = None
    channel_id: str | None = None
    user_aad_id: str | None = None
    service_url: str
    reference: dict[str, Any]
    active: bool = True
    greeted_at: dt.datetime | None = None


def _record(row: Conversation) -> ConversationRecord:
    return ConversationRecord.model_validate(row, from_attributes=True)


class ConversationStore:
    def __init__(self, db: Database) -> None:
        self._db = db
        # What we last wrote per conversation, and when; a turn in a known conversation writes nothing.
        self._known: dict[str, tuple[str, dt.datetime]] = {}

    def is_current(self, conversation_id: str, service_url: str, now: dt.datetime | None = None) -> bool:
        """True when `remember` would write nothing: this process stored the conversation with this
        service URL less than RECHECK_AFTER ago and has not deactivated it since. Lets a turn skip
        building the record."""
        known = self._known.get(conversation_id)
        if known is None or known[0] != service_url:
            return False
        return now is None or now - known[1] < RECHECK_AFTER

    async def remember(self, record: ConversationRecord, now: dt.datetime, *, overwrite: bool = True) -> bool:
        """Insert or refresh a reference. Seeing a conversation again reactivates it and clears what
        made it unreachable (a user turning to the bot is Teams' sign that it may write again).
        True when it wrote (a new or changed conversation, or the first sight in a while).
        `overwrite=False` only inserts a conversation not stored yet."""
        if overwrite and self.is_current(record.id, record.service_url, now):
            return False
        values = record.model_dump(exclude={"greeted_at", "active"})
        values.update(active=True, created_at=now, updated_at=now)
        insert = self._db.insert()
        statement = insert(Conversation).values(**values)
        if not overwrite:
            async with self._db.session() as session:
                result = await session.execute(statement.on_conflict_do_nothing(index_elements=[Conversation.id]))
                await session.commit()
            return bool(result.rowcount)  # type: ignore[attr-defined]
        statement = statement.on_conflict_do_update(
            index_elements=[Conversation.id],
            set_={key: statement.excluded[key] for key in
                  ("service_url", "reference", "tenant_id", "team_id", "channel_id", "user_aad_id", "updated_at")}
            | {"active": True},
        )
        targets = {record.id, *([record.channel_id] if record.channel_id else []),
                   *([personal_target(record.user_aad_id)] if record.kind == "personal" and record.user_aad_id
                     else [])}
        async with self._db.session() as session:
            await session.execute(statement)
            await session.execute(delete(UnreachableTarget).where(UnreachableTarget.target.in_(targets)))
            await session.commit()
        self._known.pop(record.id, None)     # re-inserted at the end: the dict's order is age
        self._known[record.id] = (record.service_url, now)
        if len(self._known) > KNOWN_MAX:
            del self._known[next(iter(self._known))]
        return True

    async def claim_greeting(self, conversation_id: str, now: dt.datetime) -> bool:
        """True for exactly one caller per conversation, whatever the order of install events
        and however many bot processes see them."""
        async with self._db.session() as session:
            result = await session.execute(
                update(Conversation)
                .where(Conversation.id == conversation_id, Conversation.greeted_at.is_(None))
                .values(greeted_at=now))
            await session.commit()
            return bool(result.rowcount)  # type: ignore[attr-defined]

    async def deactivate(self, conversation_id: str, now: dt.datetime, note: str | None = None) -> None:
        async with self._db.session() as session:
            await session.execute(
                update(Conversation).where(Conversation.id == conversation_id)
                .values(active=False, updated_at=now, note=note))
            await session.commit()
        self._known.pop(conversation_id, None)

    async def deactivate_team(self, team_id: str, now: dt.datetime, note: str | None = None) -> None:
        async with self._db.session() as session:
            await session.execute(
                update(Conversation).where(Conversation.team_id == team_id)
                .values(active=False, updated_at=now, note=note))
            await session.commit()
        self._known.clear()

    async def deactivate_channel(self, team_id: str, channel_id: str, now: dt.datetime, note: str) -> list[str]:
        """A deleted channel: its conversations (the channel and its threads) become inactive.
        Returns their ids. The team's General channel (its id is the team's) is never one."""
        if channel_id == team_id:
            return []
        async with self._db.session() as session:
            ids = list((await session.scalars(select(Conversation.id).where(
                Conversation.team_id == team_id, Conversation.channel_id == channel_id,
                Conversation.kind == "channel", Conversation.active.is_(True)))).all())
            if ids:
                await session.execute(update(Conversation).where(Conversation.id.in_(ids))
                                      .values(active=False, updated_at=now, note=note))
            await session.commit()
        self.forget(ids)
        return ids

    async def reactivate_channel(self, team_id: str, channel_id: str, now: dt.datetime, note: str) -> list[str]:
        """A restored channel: the conversations `deactivate_channel` closed with `note` come back."""
        async with self._db.session() as session:
            ids = list((await session.scalars(select(Conversation.id).where(
                Conversation.team_id == team_id, Conversation.channel_id == channel_id,
                Conversation.active.is_(False), Conversation.note == note))).all())
            if ids:
                await session.execute(update(Conversation).where(Conversation.id.in_(ids))
                                      .values(active=True, updated_at=now, note=None))
            await session.commit()
        return ids

    async def personal_of(self, aad_object_id: str) -> ConversationRecord | None:
        """The person's active personal chat with the bot, if there is one."""
        async with self._db.session() as session:
            row = (await session.scalars(select(Conversation).where(
                Conversation.kind == "personal", Conversation.active.is_(True),
                func.lower(Conversation.user_aad_id) == aad_object_id.casefold()).order_by(Conversation.id))).first()
            return _record(row) if row else None

    def forget_target(self, target: str) -> None:
        """A reminder target's conversations (a channel's threads too) are written again when seen."""
        for conversation_id in [k for k in self._known if k == target or k.startswith(target + ";")]:
            self._known.pop(conversation_id, None)

    def forget(self, conversation_ids: list[str]) -> None:
        """Conversations changed behind the turn's back (GDPR erasure, a reminder that found them
        unreachable): write them again when seen."""
        for conversation_id in conversation_ids:
            self._known.pop(conversation_id, None)

    async def get(self, conversation_id: str) -> ConversationRecord | None:
        async with self._db.session() as session:
            row = await session.get(Conversation, conversation_id)
            return _record(row) if row else None

    async def active(self, kind: ConversationKind | None = None) -> list[ConversationRecord]:
        query = select(Conversation).where(Conversation.active.is_(True)).order_by(Conversation.id)
        if kind is not None:
            query = query.where(Conversation.kind == kind)
        async with self._db.session() as session:
            return [_record(row) for row in (await session.scalars(query)).all()]
