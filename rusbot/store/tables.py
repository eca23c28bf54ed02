"""The database schema. Changes go through a migration in `migrations/versions/`."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Boolean, Date, DateTime, Float, Index, Integer, MetaData, String, Text, UniqueConstraint
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Aware datetimes in, aware UTC datetimes out. SQLite drops the zone, so everything is
    stored as UTC and a naive value is refused rather than guessed."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the database")
        utc = value.astimezone(dt.UTC)
        return utc.replace(tzinfo=None) if dialect.name == "sqlite" else utc

    def process_result_value(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


class Conversation(Base):
    """Where the bot has been installed or spoken to: the reference it needs to post there later."""

    __tablename__ = "conversations"

    id: Mapped[str] = mapped_column(String(512), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # personal | channel | groupChat
    tenant_id: Mapped[str | None] = mapped_column(String(64))
    team_id: Mapped[str | None] = mapped_column(String(512))
    channel_id: Mapped[str | None] = mapped_column(String(512))
    user_aad_id: Mapped[str | None] = mapped_column(String(64))
    service_url: Mapped[str] = mapped_column(String(512))
    reference: Mapped[dict[str, Any]] = mapped_column(JSON)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    greeted_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    version: Mapped[int] = mapped_column(Integer, default=1)
    note: Mapped[str | None] = mapped_column(Text)


# -- reminders (scheduling/) ---------------------------------------------------------------------


class Delivery(Base):
    """One reminder to one conversation: the single source of truth for what is sent when.

    state: pending -> claimed -> sent | failed | unknown; pending -> expired | cancelled.
    For a pending row `lease_until` is "not before" (retry backoff); for a claimed row it is the
    claim's lease."""

    __tablename__ = "deliveries"
    __table_args__ = (
        UniqueConstraint("reminder_id", "conversation_id", name="uq_deliveries_reminder_conversation"),
        Index("ix_deliveries_state_due", "state", "due_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    reminder_id: Mapped[str] = mapped_column(String(300))
    conversation_id: Mapped[str] = mapped_column(String(512))
    series: Mapped[str] = mapped_column(String(300))
    due_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    expires_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    state: Mapped[str] = mapped_column(String(16), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    lease_until: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    lease_owner: Mapped[str | None] = mapped_column(String(64))
    sent_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    activity_id: Mapped[str | None] = mapped_column(String(512))
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())


class ReminderMeeting(Base):
    """A meeting a coordinator added, moved or cancelled from Teams. Same id as a process-file
    meeting: overrides it (moved), or removes it (cancelled)."""

    __tablename__ = "reminder_meetings"

    id: Mapped[str] = mapped_column(String(120), primary_key=True)
    name_sv: Mapped[str] = mapped_column(Text)
    name_en: Mapped[str | None] = mapped_column(Text)
    start: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    day: Mapped[dt.date | None] = mapped_column(Date)
    location: Mapped[str | None] = mapped_column(Text)
    link: Mapped[str | None] = mapped_column(Text)
    prepare_sv: Mapped[str | None] = mapped_column(Text)
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    updated_by: Mapped[str | None] = mapped_column(String(64))


class ReminderChannel(Base):
    """A coordinator's choice for one channel or group chat: reminders here (on) or not (off)."""

    __tablename__ = "reminder_channels"

    conversation_id: Mapped[str] = mapped_column(String(512), primary_key=True)
    team_id: Mapped[str | None] = mapped_column(String(512))
    enabled: Mapped[bool] = mapped_column(Boolean)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    updated_by: Mapped[str | None] = mapped_column(String(64))


class ReminderPreference(Base):
    """A user's own choice about personal nudges."""

    __tablename__ = "reminder_preferences"

    user_aad_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    nudges: Mapped[bool] = mapped_column(Boolean)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())


class RateGate(Base):
    """Cross-process request pacing: the theoretical arrival time of the next request (GCRA)."""

    __tablename__ = "rate_gate"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    tat: Mapped[float] = mapped_column(Float)


class UnreachableTarget(Base):
    """A reminder target that Teams refused, and why: what `status` shows the coordinators.

    `target` is what deliveries name: a channel id, a chat id, or `user:<aad>` for a person the
    bot has no personal chat with yet. `removed`: the conversation was deactivated (the bot is no
    longer there, or it is gone). `blocked`: the bot is there but may not write; nothing is sent
    until a user turns to the bot there again. The row goes when a send there succeeds or the
    conversation is seen again."""

    __tablename__ = "unreachable_targets"

    target: Mapped[str] = mapped_column(String(512), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str] = mapped_column(String(64))
    removed: Mapped[bool] = mapped_column(Boolean, default=False)
    blocked: Mapped[bool] = mapped_column(Boolean, default=False)
    team_id: Mapped[str | None] = mapped_column(String(512))
    user_aad_id: Mapped[str | None] = mapped_column(String(64))
    label: Mapped[str | None] = mapped_column(Text)
    since: Mapped[dt.datetime] = mapped_column(UTCDateTime())


class RequestLimit(Base):
    """Per-user and per-organisation request limits (rusbot/limits.py): a key's theoretical arrival
    time (GCRA), in seconds since the epoch."""

    __tablename__ = "request_limits"

    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    tat: Mapped[float] = mapped_column(Float, index=True)


class DialogStateRow(Base):
    """A conversational flow in progress (dialogs/), one per user and conversation, so that a restart
    or a second bot process loses nothing (rusbot/store/dialog_states.py)."""

    __tablename__ = "dialog_states"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)    # SHA-256 of channel/conversation/user
    user_aad_id: Mapped[str | None] = mapped_column(String(64), index=True)
    state: Mapped[dict[str, Any]] = mapped_column(JSON)
    version: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), index=True)
