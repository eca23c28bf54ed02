"""What the tab's pages show, read from the stores: states, dates and counts, never a draft's text.

Reads only. The remissvar page is built from a handful of narrow queries (no draft content is ever
loaded), so it stays fast with every organisation's full revision history in the database.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from sqlalchemy import func, select

from rusbot.clock import STOCKHOLM
from rusbot.input.store import InputStore, InspelRecord
from rusbot.input.tables import Extension, Remissvar, RemissvarRevision
from rusbot.process.model import Language, Process
from rusbot.store.db import Database

AnswerState = Literal["none", "draft", "submitted"]


def local_day(moment: dt.datetime | None) -> dt.date | None:
    return moment.astimezone(STOCKHOLM).date() if moment is not None else None


@dataclass(frozen=True)
class RemissvarRow:
    organisation_id: str
    name: str
    state: AnswerState
    draft_saved_on: dt.date | None = None     # the day only: a draft's text is never shown
    submitted_on: dt.date | None = None
    revision: int | None = None
    receipt: str | None = None
    diarienummer: str | None = None
    extension_until: dt.date | None = None
    unsent_changes: bool = False              # a draft saved after the last submission


@dataclass(frozen=True)
class RemissvarOverview:
    rows: list[RemissvarRow]
    answered: int
    total: int
    answered_by_day: list[tuple[dt.date, int]]     # cumulative: organisations answered by the end of each day


@dataclass(frozen=True)
class InspelFilter:
    topic: str | None = None
    organisation: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None

    def matches(self, inspel: InspelRecord) -> bool:
        day = local_day(inspel.created_at)
        return ((self.topic is None or inspel.topic == self.topic)
                and (self.organisation is None or inspel.organisation_id == self.organisation)
                and (self.since is None or (day is not None and day >= self.since))
                and (self.until is None or (day is not None and day <= self.until)))


@dataclass(frozen=True)
class InspelOverview:
    items: list[InspelRecord]                 # filtered, newest first
    total: int                                # before filtering
    by_topic: list[tuple[str, int]]           # (topic id, count) of every active inspel, in the topics' order
    by_organisation: list[tuple[str, int]]    # (organisation id, count), most first


class TabReadModel:
    def __init__(self, db: Database, process: Process, store: InputStore) -> None:
        self._db = db
        self._process = process
        self._store = store

    # -- remissvar ---------------------------------------------------------------------------------
    async def remissvar(self, organisations: Sequence[str] | None = None) -> RemissvarOverview:
        """One row per remissinstans (or only `organisations`); the counts are always of all of them."""
        respondents = self._process.respondents
        wanted = set(organisations) if organisations is not None else None
        async with self._db.session() as session:
            states = {r.organisation_id: r for r in (await session.execute(select(
                Remissvar.organisation_id, Remissvar.draft_saved_at, Remissvar.submitted_at,
                Remissvar.submitted_revision, Remissvar.receipt))).all()}
            first = dict((await session.execute(select(
                RemissvarRevision.organisation_id, func.min(RemissvarRevision.submitted_at))
                .group_by(RemissvarRevision.organisation_id))).all())
            # The diarienummer of each submitted revision, read in the database: no content is loaded.
            diarienummer: dict[str, str | None] = dict((await session.execute(
                select(RemissvarRevision.organisation_id, RemissvarRevision.content["diarienummer"].as_string())
                .join(Remissvar, (Remissvar.organisation_id == RemissvarRevision.organisation_id)
                      & (Remissvar.submitted_revision == RemissvarRevision.revision)))).all())
            extensions = dict((await session.execute(select(Extension.organisation_id, Extension.until))).all())
        shown = [o for o in respondents if wanted is None or o.id in wanted]
        rows = []
        for org in shown:
            state = states.get(org.id)
            if state is None:
                rows.append(RemissvarRow(organisation_id=org.id, name=org.name, state="none",
                                         extension_until=extensions.get(org.id)))
                continue
            submitted = state.submitted_revision is not None
            rows.append(RemissvarRow(
                organisation_id=org.id, name=org.name, state="submitted" if submitted else "draft",
                draft_saved_on=local_day(state.draft_saved_at),
                submitted_on=local_day(state.submitted_at) if submitted else None,
                revision=state.submitted_revision, receipt=state.receipt if submitted else None,
                diarienummer=diarienummer.get(org.id) if submitted else None,
                extension_until=extensions.get(org.id),
                unsent_changes=bool(submitted and state.draft_saved_at and state.submitted_at
                                    and state.draft_saved_at > state.submitted_at)))
        respondent_ids = {o.id for o in respondents}
        answered = sum(1 for org, s in states.items() if org in respondent_ids and s.submitted_revision is not None)
        return RemissvarOverview(rows=rows, answered=answered, total=len(respondents),
                                 answered_by_day=cumulative(d for org, at in first.items()
                                                            if org in respondent_ids and (d := local_day(at))))

    # -- inspel ------------------------------------------------------------------------------------
    async def inspel(self, wanted: InspelFilter, *, author: str | None = None) -> InspelOverview:
        """Every active inspel (coordinators), or the `author`'s own."""
        found = await (self._store.own_inspel(author) if author is not None else self._store.active_inspel())
        order = {t.id: i for i, t in enumerate(self._process.inspel_topics)}
        topics = Counter(i.topic for i in found)
        organisations = Counter(i.organisation_id for i in found)
        items = sorted((i for i in found if wanted.matches(i)), key=lambda i: (i.created_at, i.id), reverse=True)
        return InspelOverview(
            items=items, total=len(found),
            by_topic=sorted(topics.items(), key=lambda kv: (order.get(kv[0], len(order)), kv[0])),
            by_organisation=sorted(organisations.items(), key=lambda kv: (-kv[1], kv[0])))


def cumulative(days: Iterable[dt.date]) -> list[tuple[dt.date, int]]:
    per_day = Counter(days)
    total = 0
    series = []
    for day in sorted(per_day):
        total += per_day[day]
        series.append((day, total))
    return series


def topic_name(process: Process, topic_id: str, language: Language) -> str:
    for topic in process.inspel_topics:
        if topic.id == topic_id:
            return topic.name.get(language)
    return topic_id


def organisation_name(process: Process, organisation_id: str) -> str:
    try:
        return process.organisation(organisation_id).name
    except KeyError:
        return organisation_id
