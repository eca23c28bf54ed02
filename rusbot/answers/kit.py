"""What every answerer shares: the question as understood, and helpers that write process-file
facts the same way everywhere (a timeline item's line, "om 29 dagar", the coordinators' own data
marked as theirs, the consultation's dates at the precision the source gives)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from rusbot.answers.evidence import EvidenceIndex
from rusbot.answers.lexicon import fold, tokens
from rusbot.answers.model import Answer, Suggestion
from rusbot.answers.timeline import Placement, item_bounds, item_when, place
from rusbot.clock import STOCKHOLM
from rusbot.i18n import days_phrase, format_date, last_day
from rusbot.process.model import Language, Meeting, Process, TimelineItem
from rusbot.understanding.entities import Entities, EntityRules, meeting_day
from rusbot.understanding.intents import INTENTS


def t(language: Language, sv: str, en: str) -> str:
    return en if language == "en" else sv


def uniq(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(filter(None, values)))     # the non-empty ones, first occurrence first


def lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def past_tense(text: str, language: Language) -> str:
    """"En uppdaterad RUS ska vara klar …" → "… skulle vara klar …" for a plan whose date has passed."""
    swaps = [(" is to ", " was to "), (" will ", " would ")] if language == "en" else [(" ska ", " skulle ")]
    for old, new in swaps:
        if old in f" {text}":
            return f" {text}".replace(old, new, 1)[1:]
    return text


_YES_NO_STARTS = frozenset("""ar e har hade kan far ska skall maste behover beslutar bestammer blir blev finns fattar
sitter ingar galler stammer skickar paminner is are was were does do did can could has have had will would should must
shall""".split())
_LEADING = frozenset("hej hejsan hi hello hey tja tjena ok okej men och so but".split())


@lru_cache(maxsize=4096)
def folded(text: str) -> str:
    """`fold` of a question, kept: several answerers read the same question's folded words."""
    return fold(text)


@lru_cache(maxsize=4096)
def folded_words(text: str) -> frozenset[str]:
    return frozenset(tokens(folded(text)))


def is_yes_no(text: str) -> bool:
    """A question answered with yes or no: it starts with its verb ("Beslutar partnerskapet något?",
    "Does the partnership decide anything?")."""
    words = [w for w in tokens(fold(text)) if w not in _LEADING]
    return bool(words) and words[0] in _YES_NO_STARTS


@dataclass
class Asked:
    """One question as the answerers see it."""

    text: str
    intent: str
    confidence: float
    entities: Entities
    today: dt.date
    language: Language
    topic: str = ""

    def __post_init__(self) -> None:
        self.topic = self.topic or self.intent


class Kit:
    """Built once per process file, shared by every answerer."""

    def __init__(self, process: Process, rules: EntityRules) -> None:
        self.process = process
        self.rules = rules
        self.items = {i.id: i for i in process.timeline}
        self.index = {i.id: n for n, i in enumerate(process.timeline)}
        self.roles = {r.id: r for r in process.roles}
        self._placements: dict[dt.date, list[Placement]] = {}
        self._consultation_parts: tuple[TimelineItem, dt.date, dt.date, dt.date | None, dt.date] | None = None
        self._last_dated: TimelineItem | None = None
        self._suggestions: dict[tuple[tuple[str, ...], str, str | None], list[Suggestion]] = {}
        # What the file says on a question's words, for the questions it would otherwise answer "I don't know".
        self.evidence = EvidenceIndex(process)

    # -- building answers ----------------------------------------------------------------------------
    def answer(self, asked: Asked, text: str, sources: Iterable[str] = (), *, confident: bool = True,
               card: str | None = None, topic: str | None = None, action: str | None = None) -> Answer:
        return Answer(topic=topic or asked.topic, language=asked.language, text=text.strip(), sources=uniq(sources),
                      confident=confident, card="timeline" if card == "timeline" else None, action=action,
                      confidence=round(asked.confidence, 3))

    def suggestions(self, intents: list[str], language: Language, exclude: str | None = None) -> list[Suggestion]:
        # Which buttons a list of intents gives depends only on the process file: worked out once per list.
        key = (tuple(intents), language, exclude)
        made = self._suggestions.get(key)
        if made is None:
            pairs: list[tuple[str, str]] = []
            for intent in uniq(intents):
                known = INTENTS.get(intent)
                if intent == exclude or known is None or intent == "out_of_scope":
                    continue
                if intent.startswith("consultation") and self.process.consultation is None:
                    continue
                if intent == "role" and self.rules.partnership_role is None:
                    continue
                pairs.append((t(language, known.label_sv, known.label_en),
                              t(language, known.question_sv, known.question_en)))
            if len(self._suggestions) > 5000:
                self._suggestions.clear()
            # The buttons themselves are kept (nothing changes a Suggestion once made; each answer gets a list of
            # its own): three pydantic validations fewer per answer.
            made = self._suggestions[key] = [Suggestion(label=label, question=question)
                                             for label, question in pairs[:3]]
        return list(made)

    # -- the timeline ---------------------------------------------------------------------------------
    def placed(self, today: dt.date) -> list[Placement]:
        placed = self._placements.get(today)
        if placed is None:
            if len(self._placements) > 5000:
                self._placements.clear()
            placed = self._placements[today] = place(self.process, today)
        return placed

    def item_line(self, item: TimelineItem, language: Language) -> str:
        when = item_when(item, language)
        return f"**{item.name.get(language)}** – {when}" if when else f"**{item.name.get(language)}**"

    def last_dated(self) -> TimelineItem:
        # The process file is frozen (as for consultation_parts): the last dated item is found once.
        if self._last_dated is None:
            self._last_dated = max((i for i in self.process.timeline if item_bounds(i) is not None),
                                   key=lambda i: item_bounds(i)[1])  # type: ignore[index]
        return self._last_dated

    def after_plan_text(self, language: Language) -> str:
        last = self.last_dated()
        when = item_when(last, language)
        said = past_tense(last.text.get(language), language)
        return t(language,
                 f"Tidplanen sträcker sig till {when}. Enligt tidplanen: {said} "
                 "Jag har inga uppgifter om vad som faktiskt har hänt därefter.",
                 f"The timeline runs until {when}. According to the timeline: {said} "
                 "I have no information about what actually happened after that.")

    @staticmethod
    def when_relative(day: dt.date, today: dt.date, language: Language) -> str:
        delta = (day - today).days
        if delta == 0:
            return t(language, "i dag", "today")
        if delta == 1:
            return t(language, "i morgon", "tomorrow")
        if delta > 1:
            return t(language, f"om {days_phrase(delta)}", f"in {days_phrase(delta, 'en')}")
        if delta == -1:
            return t(language, "i går", "yesterday")
        return t(language, f"för {days_phrase(-delta)} sedan", f"{days_phrase(-delta, 'en')} ago")

    def phase_text(self, index: int, language: Language) -> str:
        """A phase's text without its own name in front ("Fas 1: identifiera …" → "Identifiera …")."""
        phase = self.process.phases[index]
        text = phase.text.get(language)
        name = phase.name.get(language)
        if text.lower().startswith(name.lower() + ":"):
            text = text[len(name) + 1:].strip()
            text = text[:1].upper() + text[1:]
        return text

    # -- the coordinators' meetings ----------------------------------------------------------------------
    @staticmethod
    def deployment_note(language: Language) -> str:
        return t(language, "_(samordnarnas egna uppgifter, inte ur källdokumentet)_",
                 "_(the coordinators' own information, not from the source document)_")

    def meeting_line(self, meeting: Meeting, today: dt.date, language: Language) -> str:
        day = meeting_day(meeting)
        when = format_date(day, language, weekday=True)
        if meeting.start is not None:
            when += f" {meeting.start.astimezone(STOCKHOLM):%H:%M}"
        parts = [f"**{meeting.name.get(language)}** – {when} ({self.when_relative(day, today, language)})"]
        if meeting.location:
            parts.append(t(language, f"plats: {meeting.location}", f"place: {meeting.location}"))
        if meeting.link:
            parts.append(f"[{t(language, 'länk', 'link')}]({meeting.link})")
        if meeting.prepare:
            parts.append(t(language, "förbered: ", "prepare: ") + meeting.prepare.get(language))
        return ", ".join(parts)

    def upcoming_meetings(self, today: dt.date, language: Language, within_days: int) -> list[str]:
        soon = [m for m in self.process.deployment.meetings if 0 <= (meeting_day(m) - today).days <= within_days]
        if not soon:
            return []
        return [t(language, "Kommande möten ", "Upcoming meetings ") + self.deployment_note(language) + ":",
                *[f"- {self.meeting_line(m, today, language)}" for m in soon]]

    # -- the consultation ---------------------------------------------------------------------------
    def consultation_parts(self) -> tuple[TimelineItem, dt.date, dt.date, dt.date | None, dt.date]:
        # The process file is frozen: its consultation's dates are worked out once.
        if self._consultation_parts is None:
            item = self.process.consultation_item
            assert item is not None and item.first is not None and item.last is not None
            self._consultation_parts = (item, item.first.earliest, item.first.latest, last_day(item.last),
                                        item.last.latest)
        return self._consultation_parts

    def consultation_state(self, today: dt.date) -> str:
        """before | opening (inside a fuzzy start window) | open | last_day | after."""
        item, s_lo, s_hi, last, e_hi = self.consultation_parts()
        assert item.first is not None
        if today < s_lo:
            return "before"
        if today <= s_hi and not item.first.is_exact:
            return "opening"
        if last is not None and today == last:
            return "last_day"
        if today <= e_hi:
            return "open"
        return "after"


__all__ = ["Asked", "Kit", "folded", "folded_words", "is_yes_no", "lower_first", "past_tense", "t", "uniq"]
