"""The deliveries table and the coordinators' reminder data.

The table is the single source of truth: `reconcile` brings it to a plan, `claim` hands due rows
to exactly one dispatcher (PostgreSQL: `FOR UPDATE SKIP LOCKED`; SQLite: a lease set by one
conditional UPDATE, SQLite serialising writers), and the outcome of every send is recorded.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, case, delete, func, or_, select, update

from rusbot.process.model import Text
from rusbot.store.db import Database
from rusbot.store.tables import Delivery as DeliveryRow
from rusbot.store.tables import ReminderChannel, ReminderMeeting, ReminderPreference, UnreachableTarget
from scheduling.plan import Delivery, MeetingChange

log = logging.getLogger(__name__)

PENDING, CLAIMED, SENT, EXPIRED, FAILED, UNKNOWN, CANCELLED = (
    "pending", "claimed", "sent", "expired", "failed", "unknown", "cancelled")


@dataclass(frozen=True)
class Claimed:
    id: int
    reminder_id: str
    conversation_id: str
    series: str
    due_at: dt.datetime
    expires_at: dt.datetime
    attempts: int


@dataclass(frozen=True)
class ReconcileResult:
    inserted: int = 0
    moved: int = 0
    cancelled: int = 0
    revived: int = 0


class DeliveryStore:
    def __init__(self, db: Database) -> None:
        self._db = db

    def _insert(self) -> Any:
        return self._db.insert()

    async def reconcile(self, desired: Sequence[Delivery], now: dt.datetime) -> ReconcileResult:
        """Make the pending rows match the plan. Sent, claimed, failed, unknown and expired rows are
        history and never touched; a pending row no longer planned is cancelled (or left for
        `expire` when its time is over); nothing is inserted twice (unique constraint)."""
        wanted = {d.key: d for d in desired}
        inserted = moved = cancelled = revived = 0
        async with self._db.session() as session:
            rows = (await session.execute(select(
                DeliveryRow.id, DeliveryRow.reminder_id, DeliveryRow.conversation_id, DeliveryRow.state,
                DeliveryRow.due_at, DeliveryRow.expires_at, DeliveryRow.series))).all()
            existing = {(r.reminder_id, r.conversation_id): r for r in rows}
            new = [d for key, d in wanted.items() if key not in existing]
            if new:
                statement = self._insert()(DeliveryRow).values([
                    {"reminder_id": d.reminder_id, "conversation_id": d.conversation_id, "series": d.series,
                     "due_at": d.due_at, "expires_at": d.expires_at, "state": PENDING, "attempts": 0,
                     "created_at": now, "updated_at": now} for d in new
                ]).on_conflict_do_nothing(index_elements=["reminder_id", "conversation_id"])
                result = await session.execute(statement)
                inserted = result.rowcount or 0  # type: ignore[attr-defined]
            async def move(row_id: int, from_state: str, **values: object) -> None:
                await session.execute(update(DeliveryRow)
                                      .where(DeliveryRow.id == row_id, DeliveryRow.state == from_state)
                                      .values(updated_at=now, **values))

            for key, row in existing.items():
                target = wanted.get(key)
                if target is not None and row.state in (PENDING, CANCELLED):
                    if row.state == CANCELLED:
                        revived += 1
                    elif (row.due_at, row.expires_at, row.series) != (target.due_at, target.expires_at, target.series):
                        moved += 1
                    else:
                        continue
                    await move(row.id, row.state, state=PENDING, due_at=target.due_at, expires_at=target.expires_at,
                               series=target.series, lease_until=None)
                elif target is None and row.state == PENDING and row.expires_at > now:
                    await move(row.id, PENDING, state=CANCELLED, last_error="no longer planned")
                    cancelled += 1
            await session.commit()
        if inserted or moved or cancelled or revived:
            log.info("reminders reconciled: %d new, %d moved, %d cancelled, %d revived",
                     inserted, moved, cancelled, revived)
        return ReconcileResult(inserted, moved, cancelled, revived)

    async def expire(self, now: dt.datetime) -> list[Claimed]:
        """Pending rows whose time is over become expired; claims whose lease ran out (a process died
        mid-send) become unknown, since they may have been sent. Returns the newly expired rows."""
        async with self._db.session() as session:
            rows = (await session.execute(select(DeliveryRow).where(
                DeliveryRow.state == PENDING, DeliveryRow.expires_at <= now))).scalars().all()
            expired: list[Claimed] = []
            for row in rows:
                result = await session.execute(update(DeliveryRow).where(
                    DeliveryRow.id == row.id, DeliveryRow.state == PENDING).values(
                    state=EXPIRED, updated_at=now, last_error=row.last_error or "not sent before it expired"))
                if result.rowcount:  # type: ignore[attr-defined]
                    expired.append(_claimed(row))
            stale = await session.execute(update(DeliveryRow).where(
                DeliveryRow.state == CLAIMED, DeliveryRow.lease_until < now).values(
                state=UNKNOWN, updated_at=now, last_error="claim lease ran out; may have been sent"))
            if stale.rowcount:  # type: ignore[attr-defined]
                log.warning("reminders: %d claims ran out their lease; marked unknown, not resent", stale.rowcount)  # type: ignore[attr-defined]
            await session.commit()
        return expired

    async def claim(self, owner: str, now: dt.datetime, lease: dt.timedelta, limit: int) -> list[Claimed]:
        """Due pending rows for this dispatcher only. Of several due rows of one series in one
        conversation only the latest is kept; the earlier ones expire as superseded."""
        due = and_(DeliveryRow.state == PENDING, DeliveryRow.due_at <= now, DeliveryRow.expires_at > now,
                   or_(DeliveryRow.lease_until.is_(None), DeliveryRow.lease_until <= now))
        order = (DeliveryRow.due_at, DeliveryRow.id)
        claim = {"state": CLAIMED, "lease_owner": owner, "lease_until": now + lease,
                 "attempts": DeliveryRow.attempts + 1, "updated_at": now}
        async with self._db.session() as session:
            if self._db.dialect == "postgresql":
                locked = select(DeliveryRow.id).where(due).order_by(*order).limit(limit)
                ids = list((await session.execute(locked.with_for_update(skip_locked=True))).scalars())
                if ids:
                    await session.execute(update(DeliveryRow).where(DeliveryRow.id.in_(ids)).values(**claim))
            else:
                # SQLite serialises writers: one conditional UPDATE is the claim.
                chosen = select(DeliveryRow.id).where(due).order_by(*order).limit(limit).scalar_subquery()
                result = await session.execute(
                    update(DeliveryRow).where(DeliveryRow.id.in_(chosen), DeliveryRow.state == PENDING)
                    .values(**claim).returning(DeliveryRow.id).execution_options(synchronize_session=False))
                ids = list(result.scalars())
            await session.commit()
            if not ids:
                return []
            rows = (await session.execute(select(DeliveryRow).where(DeliveryRow.id.in_(ids)))).scalars().all()
            claimed = sorted((_claimed(r) for r in rows), key=lambda c: (c.due_at, c.id))
            # Supersession: a later row of the same series and conversation that is due too (in
            # whatever state but cancelled) makes this one pointless.
            later = (await session.execute(select(DeliveryRow.conversation_id, DeliveryRow.series,
                                                  func.max(DeliveryRow.due_at)).where(
                DeliveryRow.series.in_({c.series for c in claimed}), DeliveryRow.due_at <= now,
                DeliveryRow.state != CANCELLED).group_by(DeliveryRow.conversation_id, DeliveryRow.series))).all()
            latest = {(conv, series): _aware(due_at) for conv, series, due_at in later}
            superseded = [c for c in claimed if latest.get((c.conversation_id, c.series), c.due_at) > c.due_at]
            if superseded:
                await session.execute(update(DeliveryRow).where(DeliveryRow.id.in_([c.id for c in superseded]),
                                                                DeliveryRow.state == CLAIMED)
                                      .values(state=EXPIRED, updated_at=now, lease_until=None,
                                              last_error="superseded by a later reminder of the series"))
                await session.commit()
            gone = {c.id for c in superseded}
            return [c for c in claimed if c.id not in gone]

    async def _finish(self, delivery_id: int, **values: object) -> None:
        async with self._db.session() as session:
            await session.execute(update(DeliveryRow).where(DeliveryRow.id == delivery_id, DeliveryRow.state == CLAIMED)
                                  .values(lease_owner=None, **values))
            await session.commit()

    async def sent(self, delivery_id: int, now: dt.datetime, activity_id: str | None) -> None:
        await self._finish(delivery_id, state=SENT, sent_at=now, activity_id=activity_id, lease_until=None,
                           updated_at=now)

    async def unknown(self, delivery_id: int, now: dt.datetime, error: str) -> None:
        await self._finish(delivery_id, state=UNKNOWN, last_error=error[:500], lease_until=None, updated_at=now)

    async def failed(self, delivery_id: int, now: dt.datetime, error: str) -> None:
        await self._finish(delivery_id, state=FAILED, last_error=error[:500], lease_until=None, updated_at=now)

    async def cancelled(self, delivery_id: int, now: dt.datetime, reason: str) -> None:
        await self._finish(delivery_id, state=CANCELLED, last_error=reason[:500], lease_until=None, updated_at=now)

    async def retry_later(self, delivery_id: int, now: dt.datetime, not_before: dt.datetime, error: str) -> None:
        await self._finish(delivery_id, state=PENDING, last_error=error[:500], lease_until=not_before, updated_at=now)

    async def cancel_conversation(self, conversation_id: str, now: dt.datetime, reason: str) -> None:
        async with self._db.session() as session:
            await session.execute(update(DeliveryRow).where(DeliveryRow.conversation_id == conversation_id,
                                                            DeliveryRow.state == PENDING)
                                  .values(state=CANCELLED, last_error=reason, updated_at=now))
            await session.commit()

    async def rekey(self, old: str, new: str, now: dt.datetime) -> int:
        """A person's rows move from their placeholder target (`user:<aad>`) to the personal chat
        just created for them, so the plan (which names the chat from now on) finds them sent or
        pending instead of planning them again. A reminder already planned for the chat keeps its
        own row."""
        async with self._db.session() as session:
            taken = select(DeliveryRow.reminder_id).where(DeliveryRow.conversation_id == new)
            result = await session.execute(update(DeliveryRow).where(
                DeliveryRow.conversation_id == old, DeliveryRow.reminder_id.not_in(taken))
                .values(conversation_id=new, updated_at=now).execution_options(synchronize_session=False))
            await session.commit()
            return int(result.rowcount or 0)  # type: ignore[attr-defined]

    async def next_wake(self) -> dt.datetime | None:
        """When a dispatcher next has something to do: the earliest time a pending row may be sent
        (its due time, or its retry time if later), or the end of a claim's lease."""
        ready = case((DeliveryRow.lease_until > DeliveryRow.due_at, DeliveryRow.lease_until), else_=DeliveryRow.due_at)
        async with self._db.session() as session:
            pending = (await session.execute(select(func.min(ready)).where(DeliveryRow.state == PENDING))).scalar()
            lease = (await session.execute(select(func.min(DeliveryRow.lease_until)).where(
                DeliveryRow.state == CLAIMED))).scalar()
        candidates = [_aware(m) for m in (pending, lease) if m is not None]
        return min(candidates) if candidates else None

    async def rows(self) -> list[DeliveryRow]:
        """Every row (tests, the benchmark and diagnostics)."""
        async with self._db.session() as session:
            return list((await session.execute(select(DeliveryRow).order_by(DeliveryRow.id))).scalars())


def _aware(value: dt.datetime | str) -> dt.datetime:
    # Aggregates bypass the column type (SQLite gives back a string, PostgreSQL an aware value).
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value


def _claimed(row: DeliveryRow) -> Claimed:
    return Claimed(id=row.id, reminder_id=row.reminder_id, conversation_id=row.conversation_id, series=row.series,
                   due_at=row.due_at, expires_at=row.expires_at, attempts=row.attempts)


class ReminderSettingsStore:
    """Coordinators' meetings, channel choices and users' nudge preferences."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def _insert(self) -> Any:
        return self._db.insert()

    async def meeting_changes(self) -> list[MeetingChange]:
        async with self._db.session() as session:
            rows = (await session.execute(select(ReminderMeeting).order_by(ReminderMeeting.id))).scalars().all()
        return [MeetingChange(id=r.id, name=Text(sv=r.name_sv, en=r.name_en), start=r.start, day=r.day,
                              location=r.location, link=r.link,
                              prepare=Text(sv=r.prepare_sv) if r.prepare_sv else None, cancelled=r.cancelled)
                for r in rows]

    async def save_meeting(self, change: MeetingChange, now: dt.datetime, by: str | None) -> None:
        values = {"id": change.id, "name_sv": change.name.sv, "name_en": change.name.en, "start": change.start,
                  "day": change.day, "location": change.location, "link": change.link,
                  "prepare_sv": change.prepare.sv if change.prepare else None, "cancelled": change.cancelled,
                  "updated_at": now, "updated_by": by}
        statement = self._insert()(ReminderMeeting).values(**values)
        statement = statement.on_conflict_do_update(index_elements=["id"],
                                                    set_={k: statement.excluded[k] for k in values if k != "id"})
        async with self._db.session() as session:
            await session.execute(statement)
            await session.commit()

    async def channel_choices(self) -> dict[str, bool]:
        async with self._db.session() as session:
            rows = (await session.execute(select(ReminderChannel.conversation_id, ReminderChannel.enabled))).all()
        return {conversation_id: enabled for conversation_id, enabled in rows}

    async def choose_channel(self, conversation_id: str, team_id: str | None, enabled: bool, now: dt.datetime,
                             by: str | None) -> None:
        values = {"conversation_id": conversation_id, "team_id": team_id, "enabled": enabled, "updated_at": now,
                  "updated_by": by}
        statement = self._insert()(ReminderChannel).values(**values)
        statement = statement.on_conflict_do_update(index_elements=["conversation_id"],
                                                    set_={k: statement.excluded[k] for k in values
                                                          if k != "conversation_id"})
        async with self._db.session() as session:
            await session.execute(statement)
            await session.commit()

    async def nudges_off(self) -> frozenset[str]:
        async with self._db.session() as session:
            rows = (await session.execute(select(ReminderPreference.user_aad_id).where(
                ReminderPreference.nudges.is_(False)))).scalars().all()
        return frozenset(r.casefold() for r in rows)

    async def set_nudges(self, user_aad_id: str, on: bool, now: dt.datetime) -> None:
        values = {"user_aad_id": user_aad_id.casefold(), "nudges": on, "updated_at": now}
        statement = self._insert()(ReminderPreference).values(**values)
        statement = statement.on_conflict_do_update(index_elements=["user_aad_id"],
                                                    set_={"nudges": on, "updated_at": now})
        async with self._db.session() as session:
            await session.execute(statement)
            await session.commit()


@dataclass(frozen=True)
class Unreachable:
    """A target Teams refused (see rusbot.store.tables.UnreachableTarget)."""

    target: str
    kind: str
    reason: str
    removed: bool
    blocked: bool
    since: dt.datetime
    team_id: str | None = None
    user_aad_id: str | None = None
    label: str | None = None


class UnreachableStore:
    """Which reminder targets Teams refused and why. Cleared by a successful send here, and by
    `ConversationStore.remember` when the conversation is seen again."""

    def __init__(self, db: Database) -> None:
        self._db = db

    async def mark(self, item: Unreachable) -> bool:
        """Record (or update) why a target is unreachable. True when it was not marked before."""
        values = {"target": item.target, "kind": item.kind, "reason": item.reason[:64], "removed": item.removed,
                  "blocked": item.blocked, "team_id": item.team_id, "user_aad_id": item.user_aad_id,
                  "label": item.label, "since": item.since}
        insert = self._db.insert()
        async with self._db.session() as session:
            before = await session.get(UnreachableTarget, item.target)
            new = before is None
            statement = insert(UnreachableTarget).values(**values)
            # `since` stays the first refusal's time; the reason is the latest.
            statement = statement.on_conflict_do_update(
                index_elements=["target"],
                set_={k: statement.excluded[k] for k in values if k not in ("target", "since", "label")}
                | {"label": func.coalesce(statement.excluded["label"], UnreachableTarget.label)})
            await session.execute(statement)
            await session.commit()
        return new

    async def clear(self, *targets: str) -> None:
        async with self._db.session() as session:
            await session.execute(delete(UnreachableTarget).where(UnreachableTarget.target.in_(targets)))
            await session.commit()

    async def all(self) -> list[Unreachable]:
        async with self._db.session() as session:
            rows = (await session.execute(select(UnreachableTarget).order_by(
                UnreachableTarget.since, UnreachableTarget.target))).scalars().all()
        return [Unreachable(target=r.target, kind=r.kind, reason=r.reason, removed=r.removed, blocked=r.blocked,
                            since=r.since, team_id=r.team_id, user_aad_id=r.user_aad_id, label=r.label) for r in rows]

    async def blocked(self) -> dict[str, str]:
        """Targets not to post to now (target -> reason)."""
        return {u.target: u.reason for u in await self.all() if u.blocked}
