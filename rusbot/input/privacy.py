"""Personal data about one person (GDPR): everything stored about them (article 15) and the erasure
of what the law lets go (article 17).

A submitted remissvar and its revisions are public documents (allmän handling) that the archive
rules require us to keep: they stay, with who submitted them. Everything else that is about the
person goes: inspel, remissvar drafts they saved last, their organisation link, nudge preference,
poll votes, personal conversation references (and the reminders sent there), and their name in
channel references. Records of what a coordinator did in office (links confirmed, extensions,
polls, meetings, channel choices) name the coordinator by id; they are exported, and kept as the
authority's own records.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from rusbot.input.tables import Extension, Inspel, OrgLink, Poll, PollVote, Remissvar, RemissvarRevision
from rusbot.store.conversations import personal_target
from rusbot.store.db import Database
from rusbot.store.tables import (
    Conversation,
    Delivery,
    DialogStateRow,
    ReminderChannel,
    ReminderMeeting,
    ReminderPreference,
    UnreachableTarget,
)

log = logging.getLogger(__name__)

def _iso(value: dt.datetime | dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _row(row: Any, *columns: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name in columns:
        value = getattr(row, name)
        out[name] = _iso(value) if isinstance(value, dt.date | dt.datetime) else value
    return out


async def find_user(db: Database, who: str) -> str | None:
    """The AAD object id for an AAD id or an e-mail address we know (from an organisation link)."""
    who = who.strip()
    if not who:
        return None
    async with db.session() as session:
        if "@" in who:
            found = await session.scalar(select(OrgLink.user_aad_id).where(
                func.lower(OrgLink.email) == who.casefold()))
            return found
        aad = who.casefold()
        for query in (select(OrgLink.user_aad_id).where(func.lower(OrgLink.user_aad_id) == aad),
                      select(Inspel.author_aad_id).where(func.lower(Inspel.author_aad_id) == aad).limit(1),
                      select(PollVote.voter_aad_id).where(func.lower(PollVote.voter_aad_id) == aad).limit(1),
                      select(ReminderPreference.user_aad_id).where(ReminderPreference.user_aad_id == aad),
                      select(Conversation.user_aad_id).where(func.lower(Conversation.user_aad_id) == aad).limit(1),
                      select(Remissvar.updated_by).where(func.lower(Remissvar.updated_by) == aad).limit(1),
                      select(RemissvarRevision.submitted_by)
                      .where(func.lower(RemissvarRevision.submitted_by) == aad).limit(1)):
            found = await session.scalar(query)
            if found:
                return str(found)
    return None


def _names_user(reference: Any, user: str) -> bool:
    person = reference.get("user") if isinstance(reference, dict) else None
    return isinstance(person, dict) and str(person.get("aadObjectId") or "").casefold() == user.casefold()


async def _conversations(session: AsyncSession, user: str) -> tuple[list[Conversation], list[Conversation]]:
    """(the person's personal conversations, other conversations whose reference names them)."""
    rows = list(await session.scalars(select(Conversation).order_by(Conversation.id)))
    personal = [r for r in rows if r.kind == "personal" and (r.user_aad_id or "").casefold() == user.casefold()]
    named = [r for r in rows if r not in personal and _names_user(r.reference, user)]
    return personal, named


async def export_person(db: Database, user: str, now: dt.datetime) -> dict[str, Any]:
    """Everything stored about one person, as JSON-ready data (article 15)."""
    folded = user.casefold()
    async with db.session() as session:
        link = await session.get(OrgLink, user)
        inspel = list(await session.scalars(select(Inspel).where(Inspel.author_aad_id == user).order_by(Inspel.id)))
        drafts = list(await session.scalars(select(Remissvar).where(Remissvar.updated_by == user)
                                            .order_by(Remissvar.organisation_id)))
        revisions = list(await session.scalars(select(RemissvarRevision).where(
            RemissvarRevision.submitted_by == user).order_by(RemissvarRevision.id)))
        votes = (await session.execute(select(PollVote, Poll).join(Poll, Poll.id == PollVote.poll_id).where(
            PollVote.voter_aad_id == user).order_by(PollVote.poll_id))).all()
        preference = await session.get(ReminderPreference, folded)
        flows = list(await session.scalars(select(DialogStateRow).where(DialogStateRow.user_aad_id == user)))
        personal, named = await _conversations(session, user)
        # Reminders planned for the person before the bot had a chat with them name the person.
        targets = [c.id for c in personal] + [personal_target(user)]
        deliveries = list(await session.scalars(select(Delivery).where(
            Delivery.conversation_id.in_(targets)).order_by(Delivery.id)))
        unreachable = list(await session.scalars(select(UnreachableTarget).where(or_(
            func.lower(UnreachableTarget.user_aad_id) == folded, UnreachableTarget.target.in_(targets)))))
        confirmed = list(await session.scalars(select(OrgLink.user_aad_id).where(OrgLink.confirmed_by == user)))
        extensions = list(await session.scalars(select(Extension).where(Extension.granted_by == user)))
        polls = list(await session.scalars(select(Poll).where(Poll.created_by == user).order_by(Poll.id)))
        meetings = list(await session.scalars(select(ReminderMeeting).where(ReminderMeeting.updated_by == user)))
        channels = list(await session.scalars(select(ReminderChannel).where(ReminderChannel.updated_by == user)))
    log.info("personal data of %s exported", user)
    return {
        "subject": {"user_aad_id": user},
        "generated_at": now.isoformat(),
        "about": "Personuppgifter som RUS-boten lagrar om personen (GDPR artikel 15). / "
                 "Personal data the RUS bot stores about the person (GDPR article 15).",
        "organisation_link": _row(link, "organisation_id", "status", "source", "name", "email", "created_at",
                                  "updated_at", "confirmed_at", "confirmed_by") if link else None,
        "inspel": [_row(r, "id", "organisation_id", "topic", "change", "reason", "reference", "created_at",
                        "updated_at", "withdrawn_at") for r in inspel],
        "remissvar_drafts_last_saved": [
            {**_row(r, "organisation_id", "version", "draft_saved_at", "updated_at", "submitted_at", "receipt"),
             "content": r.content} for r in drafts],
        "remissvar_revisions_submitted": [
            {**_row(r, "organisation_id", "revision", "submitted_at", "receipt"), "content": r.content,
             "public_document": True} for r in revisions],
        "poll_votes": [{"poll_id": p.id, "question": p.question,
                        "option": p.options[v.option] if 0 <= v.option < len(p.options) else v.option,
                        "voted_at": _iso(v.voted_at)} for v, p in votes],
        "reminder_preferences": _row(preference, "nudges", "updated_at") if preference else None,
        "conversational_flows_in_progress": [{**_row(f, "updated_at"), "state": f.state} for f in flows],
        "conversations": [
            {**_row(c, "id", "kind", "tenant_id", "team_id", "channel_id", "service_url", "active", "created_at",
                    "updated_at", "greeted_at"), "reference": c.reference} for c in (*personal, *named)],
        "reminders_sent_to_personal_chat": [
            _row(d, "reminder_id", "state", "due_at", "sent_at") for d in deliveries],
        "reminders_not_getting_through": [_row(u, "target", "reason", "since", "label") for u in unreachable],
        "recorded_as_actor": {
            "links_confirmed_for": confirmed,
            "extensions_granted": [_row(e, "organisation_id", "until", "granted_at") for e in extensions],
            "polls_created": [_row(p, "id", "question", "created_at") for p in polls],
            "meetings_changed": [_row(m, "id", "name_sv", "updated_at") for m in meetings],
            "channel_choices": [_row(c, "conversation_id", "enabled", "updated_at") for c in channels],
        },
    }


@dataclass
class ErasureResult:
    inspel: int = 0
    drafts_deleted: int = 0
    drafts_reverted: int = 0
    links: int = 0
    preferences: int = 0
    poll_votes: int = 0
    conversations: int = 0
    references_scrubbed: int = 0
    deliveries: int = 0
    flows: int = 0                                             # conversational inspel half written
    kept_revisions: list[str] = field(default_factory=list)   # receipts of submitted remissvar kept
    conversation_ids: list[str] = field(default_factory=list)  # personal conversations removed
    poll_ids: list[int] = field(default_factory=list)          # polls whose tally changed

    @property
    def deleted_anything(self) -> bool:
        return any((self.inspel, self.drafts_deleted, self.drafts_reverted, self.links, self.preferences,
                    self.poll_votes, self.conversations, self.references_scrubbed, self.deliveries, self.flows))


async def revert_or_delete_draft(session: AsyncSession, row: Remissvar, now: dt.datetime) -> str:
    """Drop a remissvar's unsubmitted draft: back to the last submitted revision (a public document)
    or, when nothing was ever submitted, the row itself. The version still grows (or the row goes),
    so a form left open elsewhere is refused as a conflict instead of saving on top. Returns
    "reverted", "deleted" or "kept" (nothing unsubmitted)."""
    if row.submitted_revision is None:
        # Only the version read: a save that lands in between is not deleted unseen.
        gone = await session.execute(delete(Remissvar).where(Remissvar.organisation_id == row.organisation_id,
                                                             Remissvar.version == row.version))
        return "deleted" if gone.rowcount else "kept"  # type: ignore[attr-defined]
    if row.draft_saved_at is None:
        return "kept"
    revision = await session.scalar(select(RemissvarRevision).where(
        RemissvarRevision.organisation_id == row.organisation_id,
        RemissvarRevision.revision == row.submitted_revision))
    if revision is None:
        return "kept"
    reverted = await session.execute(update(Remissvar).where(
        Remissvar.organisation_id == row.organisation_id, Remissvar.version == row.version).values(
        version=row.version + 1, content=revision.content, draft_saved_at=None, updated_at=now,
        updated_by=revision.submitted_by))
    return "reverted" if reverted.rowcount else "kept"  # type: ignore[attr-defined]


async def plan_erasure(db: Database, user: str) -> ErasureResult:
    """What `erase_person` would do, without doing it (the confirmation step shows it)."""
    async with db.session() as session:
        return await _erase(session, user, None)


async def erase_person(db: Database, user: str, now: dt.datetime) -> ErasureResult:
    """Delete what article 17 lets go, in one transaction. Submitted remissvar stay."""
    async with db.session() as session, session.begin():
        result = await _erase(session, user, now)
    log.info("personal data of %s erased (%d inspel, %d drafts, %d links, %d votes, %d conversations); "
             "%d submitted revisions kept", user, result.inspel, result.drafts_deleted + result.drafts_reverted,
             result.links, result.poll_votes, result.conversations, len(result.kept_revisions))
    return result


async def _erase(session: AsyncSession, user: str, now: dt.datetime | None) -> ErasureResult:
    """Count (now is None) or delete (now given) the person's erasable data."""
    doing = now is not None
    result = ErasureResult()

    async def count(model: Any, *where: Any) -> int:
        return int(await session.scalar(select(func.count()).select_from(model).where(*where)) or 0)

    async def remove(model: Any, *where: Any) -> int:
        n = await count(model, *where)
        if doing and n:
            await session.execute(delete(model).where(*where))
        return n

    result.inspel = await remove(Inspel, Inspel.author_aad_id == user)
    result.links = await remove(OrgLink, OrgLink.user_aad_id == user)
    result.preferences = await remove(ReminderPreference, ReminderPreference.user_aad_id == user.casefold())
    result.poll_ids = list(await session.scalars(select(PollVote.poll_id).where(PollVote.voter_aad_id == user)))
    result.poll_votes = await remove(PollVote, PollVote.voter_aad_id == user)
    result.flows = await remove(DialogStateRow, DialogStateRow.user_aad_id == user)
    for row in list(await session.scalars(select(Remissvar).where(Remissvar.updated_by == user))):
        if row.submitted_revision is None:
            result.drafts_deleted += 1
        elif row.draft_saved_at is not None:
            result.drafts_reverted += 1
        if doing:
            assert now is not None
            await revert_or_delete_draft(session, row, now)
    result.kept_revisions = [r for r in await session.scalars(select(RemissvarRevision.receipt).where(
        RemissvarRevision.submitted_by == user).order_by(RemissvarRevision.id))]
    personal, named = await _conversations(session, user)
    ids = result.conversation_ids = [c.id for c in personal]
    targets = [*ids, personal_target(user)]
    result.deliveries = await remove(Delivery, Delivery.conversation_id.in_(targets))
    result.conversations = await remove(Conversation, Conversation.id.in_(ids)) if ids else 0
    await remove(UnreachableTarget, or_(func.lower(UnreachableTarget.user_aad_id) == user.casefold(),
                                        UnreachableTarget.target.in_(targets)))
    result.references_scrubbed = len(named)
    if doing:
        for conversation in named:
            reference = dict(conversation.reference)
            reference["user"] = None
            await session.execute(update(Conversation).where(Conversation.id == conversation.id)
                                  .values(reference=reference, updated_at=now))
    return result


__all__ = ["ErasureResult", "erase_person", "export_person", "find_user", "plan_erasure",
           "revert_or_delete_draft"]
