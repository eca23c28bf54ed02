"""Conversational flows in progress (dialogs/), kept in the database: one row per user and
conversation, so a restart or a second bot process loses no half-written inspel, and nobody else in
a shared chat can continue someone's flow.

A row holds plain JSON (dialogs/ encodes the Bot Framework's dialog stack) and a version compared
and set on every write, so two processes never silently overwrite each other. A flow untouched
for `idle` (default a day) has been abandoned: it is not read back and is swept away on writes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import IntegrityError

from rusbot.store.db import Database
from rusbot.store.tables import DialogStateRow

log = logging.getLogger(__name__)

DEFAULT_IDLE = dt.timedelta(hours=24)


class DialogStateConflict(Exception):
    """Another turn wrote this flow's state since it was read."""


@dataclass(frozen=True)
class StoredState:
    state: dict[str, Any]
    version: int
    owner: str | None
    updated_at: dt.datetime


def row_key(key: str) -> str:
    """The row's key: the flow's key (channel/conversation/user, which can be long) hashed."""
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


class DialogStateStore:
    def __init__(self, db: Database, *, idle: dt.timedelta = DEFAULT_IDLE) -> None:
        self._db = db
        self.idle = idle

    async def read(self, keys: Iterable[str], now: dt.datetime) -> dict[str, StoredState]:
        wanted = {row_key(k): k for k in keys}
        if not wanted:
            return {}
        cutoff = now - self.idle
        async with self._db.session() as session:
            rows = list(await session.scalars(select(DialogStateRow).where(DialogStateRow.key.in_(wanted))))
            stale = [r.key for r in rows if r.updated_at < cutoff]
            if stale:
                # Abandoned: gone, so a new flow starts from nothing (and inserts a fresh row).
                await session.execute(delete(DialogStateRow).where(DialogStateRow.key.in_(stale),
                                                                   DialogStateRow.updated_at < cutoff))
                await session.commit()
        return {wanted[r.key]: StoredState(state=r.state, version=r.version, owner=r.user_aad_id,
                                           updated_at=r.updated_at)
                for r in rows if r.updated_at >= cutoff}

    async def write(self, key: str, state: dict[str, Any], *, owner: str | None, expected_version: int | None,
                    now: dt.datetime) -> int:
        """Store the state; `expected_version` is the version read (None: there was none). Returns the
        new version; raises DialogStateConflict when the row changed in between."""
        rid = row_key(key)
        async with self._db.session() as session:
            if expected_version is None:
                session.add(DialogStateRow(key=rid, user_aad_id=owner, state=state, version=1, updated_at=now))
                try:
                    await session.commit()
                except IntegrityError:
                    await session.rollback()
                    raise DialogStateConflict() from None
                version = 1
            else:
                version = expected_version + 1
                result = await session.execute(update(DialogStateRow).where(
                    DialogStateRow.key == rid, DialogStateRow.version == expected_version).values(
                    state=state, version=version, user_aad_id=owner, updated_at=now))
                if not result.rowcount:  # type: ignore[attr-defined]
                    await session.rollback()
                    raise DialogStateConflict()
                await session.commit()
        await self.sweep(now)
        return version

    async def delete(self, keys: Iterable[str]) -> None:
        rids = [row_key(k) for k in keys]
        if rids:
            async with self._db.session() as session:
                await session.execute(delete(DialogStateRow).where(DialogStateRow.key.in_(rids)))
                await session.commit()

    async def sweep(self, now: dt.datetime) -> int:
        """Delete flows abandoned longer than `idle` (they hold what people half wrote)."""
        async with self._db.session() as session:
            result = await session.execute(delete(DialogStateRow).where(DialogStateRow.updated_at < now - self.idle))
            await session.commit()
        return int(result.rowcount or 0)  # type: ignore[attr-defined]

    async def count(self) -> int:
        async with self._db.session() as session:
            return int(await session.scalar(select(func.count()).select_from(DialogStateRow)) or 0)
