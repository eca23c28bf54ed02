"""Who is looking at the tab, mapped to the bot's own roles.

The bot decides per turn: a coordinator is named (Entra object id or e-mail) in the settings or the
process file; a partner speaks for an organisation through a *confirmed* link; anybody else may
ask questions but sees nobody's work. The tab maps a signed-in person the same way, from the
token's object id and e-mail and the same links, so the two doors never disagree.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal, Protocol

from rusbot.input.store import LinkRecord
from rusbot.process.model import Process

Role = Literal["coordinator", "representative", "none"]


@dataclass(frozen=True)
class Identity:
    """An authenticated person: from a validated SSO token, or chosen in local mode."""

    user_id: str                    # Microsoft Entra object id (the bot's aadObjectId)
    name: str | None = None
    email: str | None = None        # preferred_username / upn
    tenant_id: str | None = None


@dataclass(frozen=True)
class Viewer:
    identity: Identity
    role: Role
    organisation_id: str | None = None           # a representative's organisation
    pending_organisation_id: str | None = None   # chosen, waiting for a coordinator

    @property
    def coordinator(self) -> bool:
        return self.role == "coordinator"

    def may_see_organisation(self, organisation_id: str) -> bool:
        return self.coordinator or (self.role == "representative" and self.organisation_id == organisation_id)


class Links(Protocol):
    async def link(self, user_aad_id: str) -> LinkRecord | None: ...


def coordinator_names(configured: Iterable[str], process: Process) -> frozenset[str]:
    """Everyone named as a coordinator, by object id or e-mail, compared case-insensitively (as Turn does)."""
    return frozenset(c.strip().casefold() for c in (*configured, *process.deployment.coordinators) if c.strip())


def is_coordinator(identity: Identity, names: frozenset[str], *, by_email: bool = True) -> bool:
    """By object id always; by the token's sign-in name only when `by_email` (a tenant allow-list is
    set, or local mode): otherwise any tenant could issue a token naming a coordinator's address."""
    if identity.user_id.casefold() in names:
        return True
    return by_email and identity.email is not None and identity.email.strip().casefold() in names


async def viewer_for(identity: Identity, names: frozenset[str], links: Links, *, by_email: bool = True) -> Viewer:
    if is_coordinator(identity, names, by_email=by_email):
        return Viewer(identity, "coordinator")
    link = await links.link(identity.user_id)
    if link is None and identity.user_id != identity.user_id.lower():
        link = await links.link(identity.user_id.lower())
    if link is not None and link.confirmed:
        return Viewer(identity, "representative", organisation_id=link.organisation_id)
    return Viewer(identity, "none", pending_organisation_id=link.organisation_id if link is not None else None)
