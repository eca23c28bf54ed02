"""Who the terminal user is and where they write: identities kept in the data folder (so the next
run is the same person), a personal chat with the bot and one team channel every terminal user
shares, and the Teams-shaped activities the terminal sends from there.

Activity shapes follow what Teams sends a bot: "Conversation events" and "Receive messages"
(https://learn.microsoft.com/en-us/microsoftteams/platform/bots/how-to/conversations/subscribe-to-conversation-events,
https://learn.microsoft.com/en-us/microsoftteams/platform/bots/how-to/conversations/conversation-messages);
invokes as in "Use dialogs with bots" (task/fetch, task/submit: `value` = {data, context}) and the
Universal Action Model (adaptiveCard/action: `value` = {action: {type, verb, data}, trigger}).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import uuid
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

BOT = {"id": "28:rusbot-terminal", "name": "RUS-boten"}
TEAM_ID = "19:terminal-partnerskapet@thread.tacv2"      # the General channel's id is the team's id
TEAM_NAME = "Partnerskapet (terminalen)"
CHANNEL_NAME = "Allmänt"
TERMINAL_TENANT = str(uuid.uuid5(uuid.NAMESPACE_URL, "https://rusbot.invalid/terminal"))
COORDINATOR_HANDLES = {"coordinator", "samordnare"}
DEFAULT_HANDLE = "du"
_HANDLE = re.compile(r"^[a-z0-9][a-z0-9._-]{0,39}$")


class IdentityError(ValueError):
    """A handle the terminal cannot use."""


@dataclass(frozen=True)
class Person:
    handle: str
    aad_object_id: str
    name: str
    email: str

    @property
    def is_coordinator_handle(self) -> bool:
        return self.handle in COORDINATOR_HANDLES

    @property
    def teams_id(self) -> str:
        return f"29:terminal-{self.aad_object_id}"

    @property
    def personal_conversation(self) -> str:
        return f"a:terminal-{self.aad_object_id}"

    def account(self) -> dict[str, Any]:
        return {"id": self.teams_id, "name": self.name, "aadObjectId": self.aad_object_id}

    def member(self, tenant: str) -> dict[str, Any]:
        """The member record Teams' Bot Connector returns for this person (TeamsChannelAccount)."""
        first, _, last = self.name.partition(" ")
        return {"id": self.teams_id, "name": self.name, "aadObjectId": self.aad_object_id, "email": self.email,
                "userPrincipalName": self.email, "tenantId": tenant, "givenName": first, "surname": last or None,
                "userRole": "user"}


def _write_json(path: Path, data: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}")
    temporary.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    os.replace(temporary, path)


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except ValueError as exc:
        raise IdentityError(f"{path} kan inte läsas ({exc}); ta bort filen för att börja om") from None


class Identities:
    """The terminal's people, `<data dir>/terminal/identities.json`: one entry per handle."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / "identities.json"

    def all(self) -> list[Person]:
        data = _read_json(self.path) or {}
        return [Person(**entry) for entry in data.values()]

    def find(self, member_id: str) -> Person | None:
        return next((p for p in self.all() if member_id in (p.teams_id, p.aad_object_id)), None)

    def person(self, handle: str, name: str | None = None) -> Person:
        """The person behind `handle`, created (and kept) the first time it is used."""
        handle = handle.strip().casefold()
        if not _HANDLE.match(handle):
            raise IdentityError(f"--as {handle!r}: använd bokstäverna a–z, siffror, punkt, bindestreck eller "
                                "understreck (högst 40 tecken)")
        data = _read_json(self.path) or {}
        known = data.get(handle)
        if known is not None and (name is None or known.get("name") == name):
            return Person(**known)
        if handle in COORDINATOR_HANDLES:
            default_name = "Samordnare i terminalen"
        elif handle == DEFAULT_HANDLE:
            default_name = "Terminalanvändare"
        else:
            default_name = handle.replace(".", " ").replace("_", " ").title()
        person = Person(handle=handle, aad_object_id=known["aad_object_id"] if known else str(uuid.uuid4()),
                        name=name or (known or {}).get("name") or default_name,
                        email=f"{handle}@terminal.invalid")
        data[handle] = asdict(person)
        _write_json(self.path, data)
        return person


class TerminalState:
    """What the terminal remembers between runs besides people: its connector's port (so links the
    bot stored, e.g. a poll card's, still reach the next run) and what each person has seen."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / "state.json"

    def _load(self) -> dict[str, Any]:
        data = _read_json(self.path)
        return data if isinstance(data, dict) else {}

    def get(self, key: str) -> Any:
        return self._load().get(key)

    def put(self, key: str, value: Any) -> None:
        data = self._load()
        data[key] = value
        _write_json(self.path, data)


@dataclass(frozen=True)
class Place:
    """Where the terminal user writes: the personal chat or the team channel."""

    kind: str                   # "personal" | "channel"
    conversation_id: str        # the personal chat, or the channel (threads are shown flat)
    title: str


class World:
    """Builds the activities Teams would send for one person, from the terminal's service URL."""

    def __init__(self, person: Person, service_url: str, *, tenant: str, locale: str,
                 now: Any) -> None:
        self.person = person
        self.service_url = service_url
        self.tenant = tenant
        self.locale = locale
        self._now = now                         # () -> aware datetime: the bot's clock
        self.personal = Place("personal", person.personal_conversation, "chatten")
        self.channel = Place("channel", TEAM_ID, f"{TEAM_NAME} › {CHANNEL_NAME}")

    def _base(self, place: Place, conversation_id: str | None = None, **extra: Any) -> dict[str, Any]:
        moment: dt.datetime = self._now()
        activity: dict[str, Any] = {
            "id": f"t-{uuid.uuid4().hex[:16]}",
            "channelId": "msteams",
            "serviceUrl": self.service_url,
            "timestamp": moment.astimezone(dt.UTC).isoformat().replace("+00:00", "Z"),
            "localTimestamp": moment.isoformat(),
            "locale": self.locale,
            "from": self.person.account(),
            "recipient": dict(BOT),
            "channelData": {"tenant": {"id": self.tenant}},
        }
        if place.kind == "personal":
            activity["conversation"] = {"id": place.conversation_id, "conversationType": "personal",
                                        "tenantId": self.tenant}
        else:
            activity["conversation"] = {"id": conversation_id or place.conversation_id, "conversationType": "channel",
                                        "isGroup": True, "tenantId": self.tenant}
            activity["channelData"].update({"team": {"id": TEAM_ID, "name": TEAM_NAME},
                                            "channel": {"id": TEAM_ID, "name": CHANNEL_NAME}})
        activity.update(extra)
        return activity

    def installation(self, place: Place) -> dict[str, Any]:
        """The app added to the personal scope or to the team (Teams' installationUpdate)."""
        activity = self._base(place, type="installationUpdate", action="add")
        if place.kind == "channel":
            activity["channelData"]["source"] = {"name": "team"}
        return activity

    def message(self, place: Place, text: str | None, *, value: Any = None,
                conversation_id: str | None = None, reply_to: str | None = None) -> dict[str, Any]:
        """What the user writes. In a channel Teams sends the bot's @mention with it; a new post
        starts a thread, whose conversation id is the channel's with `;messageid=` the post's id."""
        activity = self._base(place, type="message", textFormat="plain")
        if place.kind == "channel":
            activity["conversation"]["id"] = conversation_id or f"{TEAM_ID};messageid={activity['id']}"
            if text is not None:
                mention = f"<at>{BOT['name']}</at>"
                text = f"{mention} {text}"
                activity["entities"] = [{"type": "mention", "text": mention, "mentioned": dict(BOT)}]
        if text is not None:
            activity["text"] = text
        if value is not None:
            activity["value"] = value
        if reply_to:
            activity["replyToId"] = reply_to
        return activity

    def invoke(self, place: Place, name: str, value: dict[str, Any], *, conversation_id: str | None = None,
               reply_to: str | None = None) -> dict[str, Any]:
        activity = self._base(place, conversation_id, type="invoke", name=name, value=value)
        if reply_to:
            activity["replyToId"] = reply_to
        return activity


def conversation_base(conversation_id: str) -> str:
    """A channel thread's conversation id without its `;messageid=`: the channel."""
    return conversation_id.split(";", 1)[0]
