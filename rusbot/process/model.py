"""The process file's schema: what the bot knows about one RUS update, and nothing more.

Every statement carries a `source` quote from the source document so the bot can say where it
comes from. Dates keep the precision the source gives them (see `FuzzyDate`).
"""

from __future__ import annotations

import calendar
import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

Language = Literal["sv", "en"]
ItemId = str


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Text(_Strict):
    """A text in Swedish, with an optional English version (Swedish is the fallback)."""

    sv: str = Field(min_length=1)
    en: str | None = None

    def get(self, language: Language) -> str:
        if language == "en" and self.en:
            return self.en
        return self.sv


Part = Literal["early", "mid", "late"]
_PART_DAYS: dict[Part, tuple[int, int | None]] = {"early": (1, 10), "mid": (11, 20), "late": (21, None)}
_PART_MONTHS: dict[Part, tuple[int, int]] = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}


class FuzzyDate(_Strict):
    """A date known to the precision the source gives: a day, part of a month, a month, part of a
    year, or a year. `earliest` and `latest` bound it; only a day-precision date is exact."""

    year: int = Field(ge=2000, le=2100)
    month: int | None = Field(default=None, ge=1, le=12)
    day: int | None = Field(default=None, ge=1, le=31)
    part: Part | None = None

    @model_validator(mode="after")
    def _consistent(self) -> FuzzyDate:
        if self.day is not None:
            if self.month is None:
                raise ValueError("a day needs a month")
            if self.part is not None:
                raise ValueError("give either a day or a part of the month, not both")
            dt.date(self.year, self.month, self.day)  # raises for 30 February
        return self

    @property
    def is_exact(self) -> bool:
        return self.day is not None

    @property
    def earliest(self) -> dt.date:
        if self.day is not None:
            assert self.month is not None
            return dt.date(self.year, self.month, self.day)
        if self.month is not None:
            first = _PART_DAYS[self.part][0] if self.part else 1
            return dt.date(self.year, self.month, first)
        first_month = _PART_MONTHS[self.part][0] if self.part else 1
        return dt.date(self.year, first_month, 1)

    @property
    def latest(self) -> dt.date:
        if self.day is not None:
            return self.earliest
        if self.month is not None:
            month_end = calendar.monthrange(self.year, self.month)[1]
            last = (_PART_DAYS[self.part][1] or month_end) if self.part else month_end
            return dt.date(self.year, self.month, last)
        last_month = _PART_MONTHS[self.part][1] if self.part else 12
        return dt.date(self.year, last_month, calendar.monthrange(self.year, last_month)[1])


class Fact(_Strict):
    id: ItemId
    topic: str
    text: Text
    source: str = Field(min_length=1)


class Driver(_Strict):
    id: ItemId
    text: Text
    source: str = Field(min_length=1)


class Phase(_Strict):
    id: ItemId
    name: Text
    text: Text
    source: str = Field(min_length=1)


TimelineKind = Literal["input", "step", "meeting", "consultation", "decision", "milestone"]


class TimelineItem(_Strict):
    """One entry of the timeline, in the source's order. `date` is a point in time; `start`/`end`
    a span. Entries without dates are placed only by their order."""

    id: ItemId
    kind: TimelineKind
    phase: ItemId | None = None
    name: Text
    text: Text
    source: str = Field(min_length=1)
    date: FuzzyDate | None = None
    start: FuzzyDate | None = None
    end: FuzzyDate | None = None
    prepare: Text | None = None
    # The source reports the item as done, not only planned ("Medskick från KC/RD december 2020").
    # Only then may the bot say it happened; a passed date alone says only what was planned.
    happened: bool = False

    @model_validator(mode="after")
    def _point_or_span(self) -> TimelineItem:
        if self.date is not None and (self.start is not None or self.end is not None):
            raise ValueError("give either `date` or `start`/`end`, not both")
        if self.start and self.end and self.start.earliest > self.end.latest:
            raise ValueError("`start` is after `end`")
        return self

    @property
    def first(self) -> FuzzyDate | None:
        return self.date or self.start

    @property
    def last(self) -> FuzzyDate | None:
        return self.date or self.end


class Consultation(_Strict):
    timeline_item: ItemId
    sender: ItemId
    respondents: list[ItemId] = Field(default_factory=list)


class Role(_Strict):
    id: ItemId
    name: Text
    text: Text
    source: str = Field(min_length=1)
    # The same facts as still planned (future tense), said on days before the last timeline item that
    # names the role: on 18 December 2020 January's presentation "ska presenteras", not "presenterades".
    planned: Text | None = None


class Partnership(_Strict):
    name: Text
    text: Text
    source: str = Field(min_length=1)


OrganisationKind = Literal["kommun", "myndighet", "universitet", "organisation", "region"]


class Organisation(_Strict):
    id: ItemId
    name: str = Field(min_length=1)
    kind: OrganisationKind
    source: str = Field(min_length=1)


class GlossaryEntry(_Strict):
    """A word of the process explained: `terms` are how partners write it ("RF", "regionfullmäktige"),
    `text` what it means here, `source` the source document's own explanation (its glossary)."""

    id: ItemId
    terms: list[str] = Field(min_length=1)
    text: Text
    source: str = Field(min_length=1)

    @field_validator("terms")
    @classmethod
    def _no_empty_terms(cls, value: list[str]) -> list[str]:
        if any(not term.strip() for term in value):
            raise ValueError("a term must not be empty")
        return value


class WayOfWorking(_Strict):
    id: ItemId
    name: Text
    text: Text
    source: str = Field(min_length=1)


class Meeting(_Strict):
    """A meeting the coordinators add: their own data, not the source document's."""

    id: ItemId
    name: Text
    start: dt.datetime | None = None
    date: dt.date | None = None
    location: str | None = None
    link: str | None = None
    prepare: Text | None = None

    @field_validator("start")
    @classmethod
    def _aware(cls, value: dt.datetime | None) -> dt.datetime | None:
        if value is not None and value.tzinfo is None:
            raise ValueError("a meeting's start needs a UTC offset, e.g. 2021-03-11T09:00:00+01:00")
        return value

    @model_validator(mode="after")
    def _when(self) -> Meeting:
        if self.start is None and self.date is None:
            raise ValueError("a meeting needs `start` (date and time) or `date`")
        return self


class RusPart(_Strict):
    id: ItemId
    name: Text


class InspelTopic(_Strict):
    id: ItemId
    name: Text


def _hhmm(value: str) -> str:
    dt.time.fromisoformat(value)
    return value


class ReminderRules(_Strict):
    meeting_day_before_at: str = "09:00"
    meeting_before_start_minutes: int | None = Field(default=60, ge=1, le=24 * 60)
    consultation_days_before: list[int] = Field(default_factory=lambda: [14, 7, 1, 0])
    consultation_at: str = "09:00"
    nudge_days_before: list[int] = Field(default_factory=lambda: [7, 1])

    _check_times = field_validator("meeting_day_before_at", "consultation_at")(_hhmm)


class Deployment(_Strict):
    """The coordinators' own data. None of it is in the source document."""

    coordinators: list[str] = Field(default_factory=list)
    organisation_domains: dict[ItemId, list[str]] = Field(default_factory=dict)
    meetings: list[Meeting] = Field(default_factory=list)
    rus_parts: list[RusPart] = Field(default_factory=list)
    inspel_topics: list[InspelTopic] = Field(default_factory=list)
    reminders: ReminderRules = Field(default_factory=ReminderRules)


class Process(_Strict):
    schema_version: Literal[1]
    id: ItemId
    title: Text
    owner: str
    source_document: str
    facts: list[Fact]
    drivers: list[Driver]
    phases: list[Phase]
    timeline: list[TimelineItem] = Field(min_length=1)
    consultation: Consultation | None = None
    roles: list[Role]
    partnership: Partnership
    organisations: list[Organisation] = Field(min_length=1)
    ways_of_working: list[WayOfWorking]
    glossary: list[GlossaryEntry] = Field(default_factory=list)
    deployment: Deployment = Field(default_factory=Deployment)

    @model_validator(mode="after")
    def _references(self) -> Process:
        ids: list[str] = [
            item.id
            for group in (self.facts, self.drivers, self.phases, self.timeline, self.roles,
                          self.organisations, self.ways_of_working, self.glossary)
            for item in group
        ]
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        if dupes:
            raise ValueError(f"ids must be unique; repeated: {', '.join(dupes)}")
        phase_ids = {p.id for p in self.phases}
        org_ids = {o.id for o in self.organisations}
        for item in self.timeline:
            if item.phase is not None and item.phase not in phase_ids:
                raise ValueError(f"timeline item {item.id!r} names unknown phase {item.phase!r}")
        if self.consultation is not None:
            timeline_ids = {t.id for t in self.timeline}
            if self.consultation.timeline_item not in timeline_ids:
                raise ValueError(
                    f"consultation.timeline_item {self.consultation.timeline_item!r} is not in the timeline")
            target = self.item(self.consultation.timeline_item)
            if target.first is None or target.last is None:
                raise ValueError("the consultation's timeline item needs a start and an end")
            for org in [self.consultation.sender, *self.consultation.respondents]:
                if org not in org_ids:
                    raise ValueError(f"consultation names unknown organisation {org!r}")
        for org in self.deployment.organisation_domains:
            if org not in org_ids:
                raise ValueError(f"deployment.organisation_domains names unknown organisation {org!r}")
        return self

    # -- look-ups used throughout the core -------------------------------------------------------
    def item(self, item_id: ItemId) -> TimelineItem:
        for item in self.timeline:
            if item.id == item_id:
                return item
        raise KeyError(item_id)

    def organisation(self, org_id: ItemId) -> Organisation:
        for org in self.organisations:
            if org.id == org_id:
                return org
        raise KeyError(org_id)

    @property
    def consultation_item(self) -> TimelineItem | None:
        return self.item(self.consultation.timeline_item) if self.consultation else None

    @property
    def respondents(self) -> list[Organisation]:
        """The remissinstanser: those named, or every member except the sender."""
        if self.consultation is None:
            return []
        if self.consultation.respondents:
            return [self.organisation(o) for o in self.consultation.respondents]
        return [o for o in self.organisations if o.id != self.consultation.sender]

    @property
    def inspel_topics(self) -> list[InspelTopic]:
        if self.deployment.inspel_topics:
            return list(self.deployment.inspel_topics)
        topics = [InspelTopic(id=d.id, name=d.text) for d in self.drivers]
        return [*topics, InspelTopic(id="annat", name=Text(sv="Annat", en="Other"))]
