"""What every feature gets: the services it may use and one turn's parsed facts."""

from __future__ import annotations

import asyncio
import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from botbuilder.core import MessageFactory, TurnContext
from botbuilder.schema import Activity, Attachment

from bot import teams
from rusbot.answers.engine import AnswerEngine
from rusbot.clock import Clock
from rusbot.i18n import detect_language
from rusbot.limits import RequestLimiter
from rusbot.markdown import summary
from rusbot.process.model import Language, Process
from rusbot.settings import Settings
from rusbot.store.conversations import ConversationKind, ConversationStore
from rusbot.store.db import Database

if TYPE_CHECKING:
    from bot.connector import Connector
    from bot.input_services import InputServices
    from bot.routing import ActionTable, CommandTable
    from scheduling.service import Reminders

ADAPTIVE_CARD = "application/vnd.microsoft.card.adaptive"


class InspelFlows(Protocol):
    """The conversational inspel (dialogs/inspel.py, built in bot/app.py) as the turn sees it: the
    turn knows this much of the dialogs and no more."""

    async def start(self, turn: Turn, organisation_id: str) -> None: ...

    async def waiting(self, turn: Turn) -> bool:
        """Whether this user has a flow in progress in this conversation."""
        ...

    async def continue_active(self, turn: Turn) -> bool: ...


@dataclass(frozen=True)
class Services:
    settings: Settings
    clock: Clock
    process: Process
    answers: AnswerEngine
    db: Database
    conversations: ConversationStore
    connector: Connector
    commands: CommandTable
    actions: ActionTable
    inputs: InputServices
    reminders: Reminders
    inspel_flows: InspelFlows
    limiter: RequestLimiter

    @property
    def calendar_url(self) -> str:
        return f"{self.settings.effective_public_url}/calendar.ics"


def locale_language(activity: Activity) -> Language:
    locale = activity.locale if isinstance(activity.locale, str) else ""
    return "en" if locale.lower().startswith("en") else "sv"


def card_attachment(card: dict[str, Any]) -> Attachment:
    return Attachment(content_type=ADAPTIVE_CARD, content=card)


@dataclass
class Turn:
    context: TurnContext
    services: Services
    text: str
    language: Language
    now: dt.datetime
    email: str | None = None        # filled by load_email() when a coordinator is named by e-mail
    deadline: float | None = None   # loop time by which an invoke must be answered; None: a message, no limit

    @classmethod
    def start(cls, context: TurnContext, services: Services) -> Turn:
        text = teams.message_text(context.activity)
        language = detect_language(text) if text else locale_language(context.activity)
        return cls(context=context, services=services, text=text, language=language, now=services.clock.now())

    @property
    def activity(self) -> Activity:
        return self.context.activity

    @property
    def kind(self) -> ConversationKind:
        return teams.conversation_kind(self.activity)

    @property
    def user_aad_id(self) -> str | None:
        return teams.user_aad_id(self.activity)

    @property
    def process(self) -> Process:
        return self.services.process

    def time_left(self) -> float | None:
        """Seconds this turn may still wait on others (member look-ups); None when it need not hurry."""
        if self.deadline is None:
            return None
        return max(0.0, self.deadline - asyncio.get_running_loop().time())

    def t(self, sv: str, en: str) -> str:
        return en if self.language == "en" else sv

    def _coordinators(self) -> set[str]:
        return {c.strip().casefold() for c in (*self.services.settings.coordinators,
                                               *self.process.deployment.coordinators)}

    def is_coordinator(self) -> bool:
        coordinators = self._coordinators()
        aad = self.user_aad_id
        if aad is not None and aad.casefold() in coordinators:
            return True
        return self.services.settings.coordinators_by_email and self.email is not None and \
            self.email.strip().casefold() in coordinators

    async def load_email(self) -> None:
        """Look up the user's sign-in name when a coordinator is named by e-mail (once per turn); only
        where a tenant allow-list is set (Settings.coordinators_by_email)."""
        if self.email is None and self.services.settings.coordinators_by_email and \
                any("@" in c for c in self._coordinators()):
            self.email = await self.services.inputs.member_email(self)

    async def say(self, text: str, *, card: dict[str, Any] | None = None) -> None:
        """Reply in this conversation; in channels and group chats the asker is @mentioned."""
        mention_entities = []
        if self.kind != "personal" and self.activity.from_property is not None:
            mention_text, mention = teams.mention_of(self.activity.from_property)
            text = f"{mention_text} {text}".strip()
            mention_entities.append(mention)
        if card is not None:
            reply = MessageFactory.attachment(card_attachment(card), text=text or None)
            # Fallback texts quote names and inspel as written: a notification shows a short, escaped line.
            reply.summary = summary(card.get("fallbackText") or text)
        else:
            reply = MessageFactory.text(text)
            reply.text_format = "markdown"
        if mention_entities:
            reply.entities = mention_entities
        await self.context.send_activity(reply)
