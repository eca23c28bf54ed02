"""The input store: every write is committed before the caller tells anyone it is saved.

Implements `rusbot.consultation.ConsultationStatus` for the reminders.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import secrets
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict
from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError

from rusbot.input.forms import InspelContent, PollSpec, RemissvarContent, record_id
from rusbot.input.tables import Extension, InputFlag, Inspel, OrgLink, Poll, PollVote, Remissvar, RemissvarRevision
from rusbot.store.db import Database

log = logging.getLogger(__name__)

_POLL_KEY = re.compile(r"[0-9a-f]{32}")

LinkStatus = Literal["confirmed", "pending"]


class _Record(BaseModel):
    model_config = ConfigDict(from_attributes=True, frozen=True)


class LinkRecord(_Record):
    user_aad_id: str
    organisation_id: str
    status: LinkStatus
    source: str
    name: str | None = None
    email: str | None = None
    created_at: dt.datetime
    confirmed_at: dt.datetime | None = None
    confirmed_by: str | None = None

    @property
    def confirmed(self) -> bool:
        return self.status == "confirmed"


class InspelRecord(_Record):
    id: int
    author_aad_id: str
    organisation_id: str
    topic: str
    change: str
    reason: str
    reference: str | None = None
    withdrawn_at: dt.datetime | None = None
    created_at: dt.datetime
    updated_at: dt.datetime

    @property
    def content(self) -> InspelContent:
        return InspelContent(topic=self.topic, change=self.change, reason=self.reason, reference=self.reference)


class RemissvarRecord(_Record):
    organisation_id: str
    version: int
    content: RemissvarContent
    draft_saved_at: dt.datetime | None = None
    updated_at: dt.datetime
    updated_by: str
    submitted_revision: int | None = None
    submitted_at: dt.datetime | None = None
    receipt: str | None = None

    @property
    def submitted(self) -> bool:
        return self.submitted_revision is not None

    @property
    def unsent_changes(self) -> bool:
        return self.submitted_at is not None and self.draft_saved_at is not None \
            and self.draft_saved_at > self.submitted_at


class RevisionRecord(_Record):
    organisation_id: str
    revision: int
    content: RemissvarContent
    submitted_at: dt.datetime
    submitted_by: str
    receipt: str


class PollRecord(_Record):
    id: int
    question: str
    options: list[str]
    created_by: str
    created_at: dt.datetime
    closes_at: dt.datetime | None = None
    closed_at: dt.datetime | None = None
    language: str
    service_url: str | None = None
    conversation_id: str | None = None
    activity_id: str | None = None
    key: str | None = None

    @property
    def ref(self) -> str:
        """What the poll's card names it by: its random key (the row id for polls made before keys)."""
        return self.key or str(self.id)

    def is_closed(self, now: dt.datetime) -> bool:
        return self.closed_at is not None or (self.closes_at is not None and now >= self.closes_at)

    def posted_in(self, conversation_id: str | None) -> bool:
        """Whether `conversation_id` is the conversation the poll was posted in. A channel's threads
        (`;messageid=…`) are one conversation: whoever reads one reads them all."""
        if not self.conversation_id or not isinstance(conversation_id, str):
            return False
        return self.conversation_id.split(";")[0] == conversation_id.split(";")[0]


@dataclass(frozen=True)
class PollState:
    poll: PollRecord
    tally: list[int]
    voters: int


@dataclass(frozen=True)
class SaveResult:
    record: RemissvarRecord
    revision: RevisionRecord | None       # set when this save was a submission


class RemissvarConflict(Exception):
    """Someone saved the remissvar since this form was opened; `current` is what is stored now."""

    def __init__(self, current: RemissvarRecord | None) -> None:
        super().__init__("remissvar changed since the form was opened")
        self.current = current


@dataclass(frozen=True)
class OrgState:
    organisation_id: str
    inspel: int
    remissvar: Literal["none", "draft", "submitted"]
    submitted_at: dt.datetime | None
    receipt: str | None
    unsent_changes: bool
    extension: dt.date | None
    representatives: int
    pending: int


def _remissvar(row: Remissvar) -> RemissvarRecord:
    return RemissvarRecord(
        organisation_id=row.organisation_id, version=row.version,
        content=RemissvarContent.model_validate(row.content), draft_saved_at=row.draft_saved_at,
        updated_at=row.updated_at, updated_by=row.updated_by, submitted_revision=row.submitted_revision,
        submitted_at=row.submitted_at, receipt=row.receipt)


def _revision(row: RemissvarRevision) -> RevisionRecord:
    return RevisionRecord(organisation_id=row.organisation_id, revision=row.revision,
                          content=RemissvarContent.model_validate(row.content), submitted_at=row.submitted_at,
                          submitted_by=row.submitted_by, receipt=row.receipt)


class InputStore:
    def __init__(self, db: Database) -> None:
        self._db = db

    def _insert(self) -> Any:
        return self._db.insert()

    # -- organisation links ------------------------------------------------------------------
    async def link(self, user_aad_id: str) -> LinkRecord | None:
        async with self._db.session() as session:
            row = await session.get(OrgLink, user_aad_id)
            return LinkRecord.model_validate(row) if row else None

    async def set_link(self, user_aad_id: str, organisation_id: str, *, status: LinkStatus, source: str,
                       now: dt.datetime, name: str | None = None, email: str | None = None,
                       confirmed_by: str | None = None) -> LinkRecord:
        """Create or replace a user's link. Choosing another organisation makes it pending again."""
        values = {"user_aad_id": user_aad_id, "organisation_id": organisation_id, "status": status,
                  "source": source, "name": name, "email": email, "created_at": now, "updated_at": now,
                  "confirmed_at": now if status == "confirmed" else None,
                  "confirmed_by": confirmed_by if status == "confirmed" else None}
        statement = self._insert()(OrgLink).values(**values)
        statement = statement.on_conflict_do_update(
            index_elements=[OrgLink.user_aad_id],
            set_={k: statement.excluded[k] for k in ("organisation_id", "status", "source", "updated_at",
                                                    "confirmed_at", "confirmed_by")}
            | {"name": func.coalesce(statement.excluded.name, OrgLink.name),
               "email": func.coalesce(statement.excluded.email, OrgLink.email)})
        async with self._db.session() as session:
            await session.execute(statement)
            await session.commit()
            row = await session.get(OrgLink, user_aad_id, populate_existing=True)
            assert row is not None
            log.info("link %s -> %s (%s, %s)", user_aad_id, organisation_id, status, source)
            return LinkRecord.model_validate(row)

    async def confirm_link(self, user_aad_id: str, *, by: str, now: dt.datetime,
                           organisation_id: str | None = None) -> LinkRecord | None:
        """Confirm a pending link (only if it still names `organisation_id`, when given)."""
        conditions = [OrgLink.user_aad_id == user_aad_id]
        if organisation_id is not None:
            conditions.append(OrgLink.organisation_id == organisation_id)
        async with self._db.session() as session:
            result = await session.execute(update(OrgLink).where(*conditions).values(
                status="confirmed", confirmed_at=now, confirmed_by=by, updated_at=now))
            await session.commit()
            if not result.rowcount:  # type: ignore[attr-defined]
                return None
            row = await session.get(OrgLink, user_aad_id, populate_existing=True)
            log.info("link %s confirmed by %s", user_aad_id, by)
            return LinkRecord.model_validate(row) if row else None

    async def pending_links(self) -> list[LinkRecord]:
        async with self._db.session() as session:
            rows = await session.scalars(select(OrgLink).where(OrgLink.status == "pending")
                                         .order_by(OrgLink.created_at, OrgLink.user_aad_id))
            return [LinkRecord.model_validate(r) for r in rows]

    async def representatives(self, organisation_id: str) -> list[str]:
        async with self._db.session() as session:
            rows = await session.scalars(select(OrgLink.user_aad_id).where(
                OrgLink.organisation_id == organisation_id, OrgLink.status == "confirmed")
                .order_by(OrgLink.user_aad_id))
            return list(rows)

    # -- flags -------------------------------------------------------------------------------
    async def flag(self, key: str, default: str) -> str:
        async with self._db.session() as session:
            row = await session.get(InputFlag, key)
            return row.value if row else default

    async def set_flag(self, key: str, value: str, now: dt.datetime) -> None:
        statement = self._insert()(InputFlag).values(key=key, value=value, updated_at=now)
        statement = statement.on_conflict_do_update(index_elements=[InputFlag.key],
                                                    set_={"value": value, "updated_at": now})
        async with self._db.session() as session:
            await session.execute(statement)
            await session.commit()

    async def inspel_open(self) -> bool:
        return await self.flag("inspel_round", "open") == "open"

    # -- inspel ------------------------------------------------------------------------------
    async def add_inspel(self, author: str, organisation_id: str, content: InspelContent,
                         now: dt.datetime, *, submission: str | None = None) -> InspelRecord:
        """Store a new inspel. With a `submission` key (one per opened form), a form submitted again
        (the answer was lost, the bot restarted, two requests at once) returns the inspel that key
        already stored instead of a second one: INSERT ... ON CONFLICT DO NOTHING on the unique key,
        then read the row the key names, so concurrent submissions race safely on both databases."""
        if submission is None:
            async with self._db.session() as session:
                row = Inspel(author_aad_id=author, organisation_id=organisation_id, **content.model_dump(),
                             created_at=now, updated_at=now)
                session.add(row)
                await session.commit()
                log.info("inspel %s added by %s for %s", row.id, author, organisation_id)
                return InspelRecord.model_validate(row)
        statement = self._insert()(Inspel).values(
            author_aad_id=author, organisation_id=organisation_id, **content.model_dump(), created_at=now,
            updated_at=now, submission=submission).on_conflict_do_nothing(index_elements=[Inspel.submission])
        async with self._db.session() as session:
            result = await session.execute(statement)
            await session.commit()
            inserted = bool(result.rowcount)  # type: ignore[attr-defined]
            stored = await session.scalar(select(Inspel).where(Inspel.submission == submission))
            assert stored is not None
            if inserted:
                log.info("inspel %s added by %s for %s", stored.id, author, organisation_id)
            else:
                log.info("inspel %s: submission %s from %s came again; nothing stored twice", stored.id,
                         submission, author)
            return InspelRecord.model_validate(stored)

    async def update_inspel(self, inspel_id: int, author: str, content: InspelContent,
                            now: dt.datetime) -> InspelRecord | None:
        async with self._db.session() as session:
            result = await session.execute(update(Inspel).where(
                Inspel.id == inspel_id, Inspel.author_aad_id == author, Inspel.withdrawn_at.is_(None))
                .values(**content.model_dump(), updated_at=now))
            await session.commit()
            if not result.rowcount:  # type: ignore[attr-defined]
                return None
            row = await session.get(Inspel, inspel_id, populate_existing=True)
            log.info("inspel %s updated by %s", inspel_id, author)
            return InspelRecord.model_validate(row) if row else None

    async def withdraw_inspel(self, inspel_id: int, author: str, now: dt.datetime) -> bool:
        async with self._db.session() as session:
            result = await session.execute(update(Inspel).where(
                Inspel.id == inspel_id, Inspel.author_aad_id == author, Inspel.withdrawn_at.is_(None))
                .values(withdrawn_at=now, updated_at=now))
            await session.commit()
            done = bool(result.rowcount)  # type: ignore[attr-defined]
            if done:
                log.info("inspel %s withdrawn by %s", inspel_id, author)
            return done

    async def inspel(self, inspel_id: int) -> InspelRecord | None:
        async with self._db.session() as session:
            row = await session.get(Inspel, inspel_id)
            return InspelRecord.model_validate(row) if row else None

    async def own_inspel(self, author: str) -> list[InspelRecord]:
        async with self._db.session() as session:
            rows = await session.scalars(select(Inspel).where(
                Inspel.author_aad_id == author, Inspel.withdrawn_at.is_(None)).order_by(Inspel.id))
            return [InspelRecord.model_validate(r) for r in rows]

    async def active_inspel(self) -> list[InspelRecord]:
        async with self._db.session() as session:
            rows = await session.scalars(select(Inspel).where(Inspel.withdrawn_at.is_(None))
                                         .order_by(Inspel.organisation_id, Inspel.topic, Inspel.id))
            return [InspelRecord.model_validate(r) for r in rows]

    async def count_inspel(self) -> int:
        async with self._db.session() as session:
            return int(await session.scalar(select(func.count()).select_from(Inspel)) or 0)

    # -- remissvar ---------------------------------------------------------------------------
    async def remissvar(self, organisation_id: str) -> RemissvarRecord | None:
        async with self._db.session() as session:
            row = await session.get(Remissvar, organisation_id)
            return _remissvar(row) if row else None

    async def save_remissvar(self, organisation_id: str, content: RemissvarContent, *, expected_version: int,
                             by: str, now: dt.datetime, submit: bool) -> SaveResult:
        """Compare-and-set on `version`: the save only lands on the version the form was opened
        with. A submission also writes a revision with a receipt, in the same transaction."""
        data = content.model_dump(mode="json")
        try:
            async with self._db.session() as session, session.begin():
                if expected_version == 0:
                    row = Remissvar(organisation_id=organisation_id, version=1, content=data,
                                    draft_saved_at=None if submit else now, updated_at=now, updated_by=by)
                    session.add(row)
                    await session.flush()
                else:
                    result = await session.execute(
                        update(Remissvar)
                        .where(Remissvar.organisation_id == organisation_id, Remissvar.version == expected_version)
                        .values(version=expected_version + 1, content=data, updated_at=now, updated_by=by,
                                **({} if submit else {"draft_saved_at": now})))
                    if not result.rowcount:  # type: ignore[attr-defined]
                        raise RemissvarConflict(None)
                    fresh = await session.get(Remissvar, organisation_id, populate_existing=True)
                    assert fresh is not None
                    row = fresh
                revision: RevisionRecord | None = None
                if submit:
                    number = (row.submitted_revision or 0) + 1
                    history = RemissvarRevision(organisation_id=organisation_id, revision=number, content=data,
                                                submitted_at=now, submitted_by=by, receipt="")
                    session.add(history)
                    await session.flush()
                    history.receipt = f"RV-{history.id:05d}"
                    row.submitted_revision, row.submitted_at, row.receipt = number, now, history.receipt
                    await session.flush()
                    revision = _revision(history)
                record = _remissvar(row)
        except (RemissvarConflict, IntegrityError):
            current = await self.remissvar(organisation_id)
            replayed = await self._replayed(current, content, expected_version=expected_version, by=by,
                                            submit=submit)
            if replayed is not None:
                log.info("remissvar %s: the same %s from %s came again (version %s); nothing stored twice",
                         organisation_id, "submission" if submit else "draft", by, expected_version)
                return replayed
            log.info("remissvar %s: conflict (expected version %s, now %s)", organisation_id, expected_version,
                     current.version if current else None)
            raise RemissvarConflict(current) from None
        log.info("remissvar %s %s by %s (version %s%s)", organisation_id, "submitted" if submit else "saved", by,
                 record.version, f", receipt {record.receipt}" if submit else "")
        return SaveResult(record=record, revision=revision)

    async def _replayed(self, current: RemissvarRecord | None, content: RemissvarContent, *, expected_version: int,
                        by: str, submit: bool) -> SaveResult | None:
        """The save that lost the compare-and-set was already made, by this very request's twin: the
        stored version is the next one, saved by the same person, with the same content and intent,
        and nothing since. Then the answer is that save's (same version, same receipt), not a conflict."""
        if current is None or current.version != expected_version + 1 or current.updated_by != by \
                or current.content.model_dump(mode="json") != content.model_dump(mode="json"):
            return None
        if not submit:
            return SaveResult(record=current, revision=None) if current.draft_saved_at == current.updated_at else None
        if current.submitted_at != current.updated_at or current.submitted_revision is None:
            return None
        async with self._db.session() as session:
            row = await session.scalar(select(RemissvarRevision).where(
                RemissvarRevision.organisation_id == current.organisation_id,
                RemissvarRevision.revision == current.submitted_revision))
            return SaveResult(record=current, revision=_revision(row)) if row is not None else None

    async def revisions(self, organisation_id: str) -> list[RevisionRecord]:
        async with self._db.session() as session:
            rows = await session.scalars(select(RemissvarRevision).where(
                RemissvarRevision.organisation_id == organisation_id).order_by(RemissvarRevision.revision))
            return [_revision(r) for r in rows]

    async def latest_revisions(self) -> list[RevisionRecord]:
        """The submitted remissvar of every organisation that has one (drafts never)."""
        async with self._db.session() as session:
            rows = await session.scalars(
                select(RemissvarRevision).join(
                    Remissvar, (Remissvar.organisation_id == RemissvarRevision.organisation_id)
                    & (Remissvar.submitted_revision == RemissvarRevision.revision))
                .order_by(RemissvarRevision.organisation_id))
            return [_revision(r) for r in rows]

    # -- extensions (anstånd) ----------------------------------------------------------------
    async def grant_extension(self, organisation_id: str, until: dt.date, *, by: str, now: dt.datetime) -> None:
        statement = self._insert()(Extension).values(organisation_id=organisation_id, until=until, granted_by=by,
                                                     granted_at=now)
        statement = statement.on_conflict_do_update(index_elements=[Extension.organisation_id],
                                                    set_={"until": until, "granted_by": by, "granted_at": now})
        async with self._db.session() as session:
            await session.execute(statement)
            await session.commit()
        log.info("extension for %s until %s granted by %s", organisation_id, until.isoformat(), by)

    async def extension(self, organisation_id: str) -> dt.date | None:
        async with self._db.session() as session:
            row = await session.get(Extension, organisation_id)
            return row.until if row else None

    # -- ConsultationStatus ------------------------------------------------------------------
    async def submitted_organisations(self) -> set[str]:
        async with self._db.session() as session:
            rows = await session.scalars(select(Remissvar.organisation_id).where(
                Remissvar.submitted_revision.is_not(None)))
            return set(rows)

    async def extensions(self) -> dict[str, dt.date]:
        async with self._db.session() as session:
            rows = (await session.execute(select(Extension.organisation_id, Extension.until))).all()
            return {org: until for org, until in rows}

    # -- the coordinators' overview ----------------------------------------------------------
    async def overview(self, organisation_ids: list[str]) -> list[OrgState]:
        """Per organisation: counts and states only, never a draft's content."""
        async with self._db.session() as session:
            inspel = dict((await session.execute(
                select(Inspel.organisation_id, func.count()).where(Inspel.withdrawn_at.is_(None))
                .group_by(Inspel.organisation_id))).all())
            links = (await session.execute(
                select(OrgLink.organisation_id, OrgLink.status, func.count())
                .group_by(OrgLink.organisation_id, OrgLink.status))).all()
            answers = {r.organisation_id: r for r in (await session.execute(
                select(Remissvar.organisation_id, Remissvar.submitted_at, Remissvar.receipt,
                       Remissvar.draft_saved_at))).all()}
            extensions = dict((await session.execute(select(Extension.organisation_id, Extension.until))).all())
        counts: dict[tuple[str, str], int] = {(org, status): n for org, status, n in links}
        states = []
        for org in organisation_ids:
            answer = answers.get(org)
            state: Literal["none", "draft", "submitted"] = "none"
            if answer is not None:
                state = "submitted" if answer.submitted_at else "draft"
            states.append(OrgState(
                organisation_id=org, inspel=int(inspel.get(org, 0)), remissvar=state,
                submitted_at=answer.submitted_at if answer else None, receipt=answer.receipt if answer else None,
                unsent_changes=bool(answer and answer.submitted_at and answer.draft_saved_at
                                    and answer.draft_saved_at > answer.submitted_at),
                extension=extensions.get(org), representatives=counts.get((org, "confirmed"), 0),
                pending=counts.get((org, "pending"), 0)))
        return states

    # -- polls -------------------------------------------------------------------------------
    async def create_poll(self, spec: PollSpec, *, by: str, language: str, now: dt.datetime,
                          service_url: str | None = None, conversation_id: str | None = None) -> PollRecord:
        """The poll belongs to the conversation it is posted in from the start: votes, reads and
        closing are checked against it (PollRecord.posted_in)."""
        async with self._db.session() as session:
            row = Poll(question=spec.question, options=list(spec.options), created_by=by, created_at=now,
                       closes_at=spec.closes_at, language=language, service_url=service_url,
                       conversation_id=conversation_id, key=secrets.token_hex(16))
            session.add(row)
            await session.commit()
            log.info("poll %s created by %s", row.id, by)
            return PollRecord.model_validate(row)

    async def set_poll_message(self, poll_id: int, *, service_url: str, conversation_id: str,
                               activity_id: str) -> None:
        async with self._db.session() as session:
            await session.execute(update(Poll).where(Poll.id == poll_id).values(
                service_url=service_url, conversation_id=conversation_id, activity_id=activity_id))
            await session.commit()

    async def poll_by_ref(self, ref: Any) -> PollState | None:
        """The poll a card's `poll_id` names: a key, or (polls made before keys only) a row id."""
        if isinstance(ref, str) and _POLL_KEY.fullmatch(ref):
            async with self._db.session() as session:
                poll_id = await session.scalar(select(Poll.id).where(Poll.key == ref))
            return await self.poll(poll_id) if poll_id is not None else None
        row_id = record_id(ref)
        if row_id is None:
            return None
        state = await self.poll(row_id)
        return state if state is not None and state.poll.key is None else None

    async def poll(self, poll_id: int) -> PollState | None:
        async with self._db.session() as session:
            row = await session.get(Poll, poll_id)
            if row is None:
                return None
            votes = (await session.execute(select(PollVote.option, func.count()).where(
                PollVote.poll_id == poll_id).group_by(PollVote.option))).all()
        record = PollRecord.model_validate(row)
        tally = [0] * len(record.options)
        for option, count in votes:
            if 0 <= option < len(tally):
                tally[option] = int(count)
        return PollState(poll=record, tally=tally, voters=sum(tally))

    async def vote(self, poll_id: int, voter: str, option: int, now: dt.datetime) -> bool:
        """One vote per person, replaced when they vote again. False when the poll is closed or
        the option does not exist."""
        state = await self.poll(poll_id)
        if state is None or state.poll.is_closed(now) or not 0 <= option < len(state.poll.options):
            return False
        statement = self._insert()(PollVote).values(poll_id=poll_id, voter_aad_id=voter, option=option,
                                                    voted_at=now)
        statement = statement.on_conflict_do_update(index_elements=[PollVote.poll_id, PollVote.voter_aad_id],
                                                    set_={"option": option, "voted_at": now})
        async with self._db.session() as session:
            await session.execute(statement)
            await session.commit()
        return True

    async def polls_to_close(self, now: dt.datetime) -> list[tuple[int, dt.datetime]]:
        """Open polls whose closing time has come: (id, closing time)."""
        async with self._db.session() as session:
            rows = (await session.execute(select(Poll.id, Poll.closes_at).where(
                Poll.closed_at.is_(None), Poll.closes_at.is_not(None), Poll.closes_at <= now))).all()
        return [(int(poll_id), closes_at) for poll_id, closes_at in rows if closes_at is not None]

    async def next_poll_closing(self) -> dt.datetime | None:
        async with self._db.session() as session:
            return await session.scalar(select(func.min(Poll.closes_at)).where(
                Poll.closed_at.is_(None), Poll.closes_at.is_not(None)))

    async def close_poll(self, poll_id: int, now: dt.datetime) -> bool:
        async with self._db.session() as session:
            result = await session.execute(update(Poll).where(Poll.id == poll_id, Poll.closed_at.is_(None))
                                           .values(closed_at=now))
            await session.commit()
            return bool(result.rowcount)  # type: ignore[attr-defined]
