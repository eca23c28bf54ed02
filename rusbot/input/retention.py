"""Retention: inspel and remissvar drafts older than the configured limits are deleted.

`RUSBOT_RETENTION_INSPEL_DAYS` and `RUSBOT_RETENTION_DRAFT_DAYS`; 0 (the default) keeps them.
An inspel's age counts from its last change (withdrawing is a change); a draft's from its last save.
A draft that goes back to the submitted remissvar when it is purged: submitted revisions are public
documents and are never purged here.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from sqlalchemy import delete, func, select

from rusbot.input.privacy import revert_or_delete_draft
from rusbot.input.tables import Inspel, Remissvar
from rusbot.store.db import Database

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PurgeResult:
    inspel: int = 0
    drafts: int = 0


async def purge(db: Database, now: dt.datetime, *, inspel_days: int, draft_days: int) -> PurgeResult:
    """Delete what is older than the limits relative to `now` (the injected clock). 0 keeps."""
    inspel = drafts = 0
    async with db.session() as session, session.begin():
        if inspel_days > 0:
            cutoff = now - dt.timedelta(days=inspel_days)
            inspel = int(await session.scalar(select(func.count()).select_from(Inspel).where(
                Inspel.updated_at < cutoff)) or 0)
            if inspel:
                await session.execute(delete(Inspel).where(Inspel.updated_at < cutoff))
        if draft_days > 0:
            cutoff = now - dt.timedelta(days=draft_days)
            rows = list(await session.scalars(select(Remissvar).where(
                Remissvar.draft_saved_at.is_not(None), Remissvar.draft_saved_at < cutoff)))
            for row in rows:
                if await revert_or_delete_draft(session, row, now) != "kept":
                    drafts += 1
    if inspel or drafts:
        log.info("retention: %d inspel and %d drafts purged", inspel, drafts)
    return PurgeResult(inspel=inspel, drafts=drafts)
