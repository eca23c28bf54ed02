"""Conversation references: where the bot may post later, and whether it has greeted there."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel
from sqlalchemy import select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from rusbot.store.db import Database
from rusbot.store.tables import Conversation

ConversationKind = Literal["personal", "channel", "groupChat"]


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
        # What we last wrote per conversation; a turn in a known conversation writes nothing.
        self._known: dict[str, tuple[str, bool]] = {}

    def is_current(self, conversation_id: str, service_url: str) -> bool:
        """True when `remember` would write nothing: this process stored the conversation with this
        service URL and has not deactivated it since. Lets a turn skip building the record."""
        return self._known.get(conversation_id) == (service_url, True)

    async def remember(self, record: ConversationRecord, now: dt.datetime) -> bool:
        """Insert or refresh a reference. Seeing a conversation again reactivates it. True when it
        wrote (a new or changed conversation, or the first sight since start)."""
        if self.is_current(record.id, record.service_url):
            return False
        values = record.model_dump(exclude={"greeted_at", "active"})
        values.update(active=True, created_at=now, updated_at=now)
        insert = pg_insert if self._db.dialect == "postgresql" else sqlite_insert
        statement = insert(Conversation).values(**values)
        statement = statement.on_conflict_do_update(
            index_elements=[Conversation.id],
            set_={key: statement.excluded[key] for key in
                  ("service_url", "reference", "tenant_id", "team_id", "channel_id", "user_aad_id", "updated_at")}
            | {"active": True},
        )
        async with self._db.session() as session:
            await session.execute(statement)
            await session.commit()
        self._known[record.id] = (record.service_url, True)
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

    def forget(self, conversation_ids: list[str]) -> None:
        """Conversations deleted behind our back (GDPR erasure): write them again when seen."""
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
