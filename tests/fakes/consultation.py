"""A ConsultationStatus for tests: the input store's answers, set by the test."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass
class FakeConsultationStatus:
    submitted: set[str] = field(default_factory=set)
    granted: dict[str, dt.date] = field(default_factory=dict)
    reps: dict[str, list[str]] = field(default_factory=dict)

    async def submitted_organisations(self) -> set[str]:
        return set(self.submitted)

    async def extensions(self) -> dict[str, dt.date]:
        return dict(self.granted)

    async def representatives(self, organisation_id: str) -> list[str]:
        return list(self.reps.get(organisation_id, []))
