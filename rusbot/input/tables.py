"""The input store's tables (same metadata as rusbot.store.tables; created by migration 0002_input)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from rusbot.store.tables import Base, UTCDateTime


class OrgLink(Base):
    """Which organisation a Teams user (AAD object id) speaks for."""

    __tablename__ = "org_links"

    user_aad_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    organisation_id: Mapped[str] = mapped_column(String(64), index=True)
    status: Mapped[str] = mapped_column(String(16))          # confirmed | pending
    source: Mapped[str] = mapped_column(String(16))          # domain | choice | coordinator
    name: Mapped[str | None] = mapped_column(String(256))
    email: Mapped[str | None] = mapped_column(String(320))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    confirmed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    confirmed_by: Mapped[str | None] = mapped_column(String(64))


class Inspel(Base):
    __tablename__ = "inspel"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    author_aad_id: Mapped[str] = mapped_column(String(64), index=True)
    organisation_id: Mapped[str] = mapped_column(String(64), index=True)
    topic: Mapped[str] = mapped_column(String(64))
    change: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text)
    reference: Mapped[str | None] = mapped_column(Text)
    withdrawn_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    # The key of the form that created it (migration 0003): a form submitted twice stores one inspel.
    submission: Mapped[str | None] = mapped_column(String(32), index=True, unique=True)


class Remissvar(Base):
    """The current state of an organisation's remissvar. `version` grows on every save and is
    compared-and-set, so two representatives never overwrite each other silently."""

    __tablename__ = "remissvar"

    organisation_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    version: Mapped[int] = mapped_column(Integer)
    content: Mapped[dict[str, Any]] = mapped_column(JSON)
    draft_saved_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    updated_by: Mapped[str] = mapped_column(String(64))
    submitted_revision: Mapped[int | None] = mapped_column(Integer)
    submitted_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    receipt: Mapped[str | None] = mapped_column(String(32))


class RemissvarRevision(Base):
    """Every submission, kept: the history of an organisation's remissvar."""

    __tablename__ = "remissvar_revisions"
    __table_args__ = (UniqueConstraint("organisation_id", "revision"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    organisation_id: Mapped[str] = mapped_column(String(64), index=True)
    revision: Mapped[int] = mapped_column(Integer)
    content: Mapped[dict[str, Any]] = mapped_column(JSON)
    submitted_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    submitted_by: Mapped[str] = mapped_column(String(64))
    receipt: Mapped[str] = mapped_column(String(32))


class Extension(Base):
    """Anstånd: an organisation may answer until the end of `until`."""

    __tablename__ = "remiss_extensions"

    organisation_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    until: Mapped[dt.date] = mapped_column(Date)
    granted_by: Mapped[str] = mapped_column(String(64))
    granted_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())


class InputFlag(Base):
    """Small switches the coordinators set (e.g. whether the inspel round is open)."""

    __tablename__ = "input_flags"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(String(256))
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())


class Poll(Base):
    __tablename__ = "polls"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    question: Mapped[str] = mapped_column(Text)
    options: Mapped[list[str]] = mapped_column(JSON)
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    closes_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    closed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    language: Mapped[str] = mapped_column(String(2))
    service_url: Mapped[str | None] = mapped_column(String(512))
    conversation_id: Mapped[str | None] = mapped_column(String(512))
    activity_id: Mapped[str | None] = mapped_column(String(256))
    # What a poll card names the poll by (migration 0004): random, so a poll cannot be found by
    # counting. NULL for polls made before it, whose cards still carry the row id.
    key: Mapped[str | None] = mapped_column(String(32), index=True, unique=True)


class PollVote(Base):
    __tablename__ = "poll_votes"

    poll_id: Mapped[int] = mapped_column(ForeignKey("polls.id", ondelete="CASCADE"), primary_key=True)
    voter_aad_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    option: Mapped[int] = mapped_column(Integer)
    voted_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
