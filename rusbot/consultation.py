"""What the reminders need to know about the consultation's answers, without knowing how the
input store keeps them. The input store implements it; tests use a fake."""

from __future__ import annotations

import datetime as dt
from typing import Protocol


class ConsultationStatus(Protocol):
    async def submitted_organisations(self) -> set[str]:
        """Ids of the organisations whose remissvar is submitted."""
        ...

    async def extensions(self) -> dict[str, dt.date]:
        """Organisation id -> the last day of the extension (anstånd) a coordinator granted."""
        ...

    async def representatives(self, organisation_id: str) -> list[str]:
        """AAD object ids of the organisation's confirmed representatives."""
        ...


# The card action that opens the remissvar dialog (task/fetch). Reminders put it on a button.
OPEN_REMISSVAR_ACTION = "remissvar.open"
