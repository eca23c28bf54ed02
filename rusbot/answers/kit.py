"""What every answerer shares: the question as understood, and helpers that write process-file
facts the same way everywhere (a timeline item's line, "om 29 dagar", the coordinators' own data
marked as theirs, the consultation's dates at the precision the source gives)."""

from __future__ import annotations

import datetime as dt
import re
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


# "Ska remissvaret bara handla om X eller kan vi tycka till om hela RUS?", "can we only comment, or do we decide?":
# a choice between "only" one thing and another asked whole – a "Ja" answers neither (b79 #74).
_ONLY_OR = re.compile(r"\b(?:bara|enbart|endast|only)\b[^?]*\b(?:eller|or)\s+(?:ocksa\s+|also\s+)?(?:kan|far|ska|"
                      r"maste|behover|ar|is|are|can|may|must|should|do|does|will)\s+(?:vi|ni|man|det|de|jag|we|you|it|"
                      r"they|i)\b")


def is_yes_no(text: str) -> bool:
    """A question answered with yes or no: it starts with its verb ("Beslutar partnerskapet något?",
    "Does the partnership decide anything?"), and offers no choice between "only" one thing and another."""
    words = [w for w in tokens(folded(text)) if w not in _LEADING]
    return bool(words) and words[0] in _YES_NO_STARTS and not _ONLY_OR.search(folded(text))


# Words that carry no ask of their own: function words, and the question's own verbs of asking and being.
_FUNCTION_WORDS = frozenset("""i pa av for med som och att det den de dom en ett till fran om ar e var vara varit blir
bli blev har hade ha kan kunde far fick ska skall skulle maste behover bor vill ville gar gick gor gora gjort vi ni jag
du man han hon hen oss er ert era mig dig sig sin sitt sina min mitt mina var vart vara vad vem vilka vilken vilket hur
nar varfor inte ej nu da sa har dar redan bara ocksa aven ju val nog alls sen sedan efter innan fore under utan eller
men hej hejsan tack snalla mvh nagon nagot nagra nat nan alla allt helst sjalv sjalva sjalvt just typ liksom egentligen
 ens annars dvs t ex per varje eget egen egna over genom via mellan mot hos at enligt tidigare senare forst sist
bade anda fast rakning ocksa igen lite mycket mer mest fler flest ratt fel god gott bra gang gangen tid tiden dag dagen
undrar undra fundera fundering fraga fragor fragar racker raker stammer meningen tanken mojligt mojligen kanske
the a an of to in on at by for from with without and or but not no is are was were be been being per its into
through via about before after again
am do does did done can could may might will would shall should must have has had get gets got i we you he she they it
us our your their my me them this that these those there here what who whom which when where why how if whether only
just also still already yet ever any anyone anybody anything someone something all each every some more much very
please hi hello thanks ok""".split())


_ASKED_SENTENCE = re.compile(r"[^.!?]*\?")
# A message is cut into sentences after a "?" whatever follows, and after "." or "!" only before what is no lower-case
# letter, so "t.ex. kompetens" and "kl. 23" stay in their sentence; a line break ends one too.
_SENTENCE_END = re.compile(r"(?<=\?)\s+|(?<=[.!])\s+(?=[^a-zåäö])|\s*\n+\s*")


_NEGATED = re.compile(r"\b(?:inte|ej|icke)\b")
_NOT_NEGATING = re.compile(r"\beller (?:inte|ej)\b|\b(?:vet|minns|forstar) (?:\w+ )?inte\b|\binte (?:saker|klart)\b")


def yes_word(text: str, language: Language) -> str:
    """"Ja", or "Jo" to a question asked in the negative ("Länsstyrelsen är väl inte med?"): in Swedish a yes that
    contradicts the question's "inte" is "jo"; "ja" would read as agreeing that it is not."""
    # Only the question's own "inte", not "… eller inte?" nor the story's ("vi vet inte …").
    asked = [x for x in split_sentences(folded(text)) if x.endswith("?")] or [folded(text)]
    plain = _NOT_NEGATING.sub(" ", asked[-1])
    return t(language, "Jo" if _NEGATED.search(plain) else "Ja", "Yes")


def split_sentences(text: str) -> list[str]:
    """The sentences of a message, stripped, none empty."""
    return [s for s in (x.strip() for x in _SENTENCE_END.split(text.strip())) if s]
# The asker's own duty to respond asked ("måste vi svara?", "behöver Kumla lämna remissvar?", "do we have to
# respond?", "är det obligatoriskt?"), not someone else's ("… eller måste kommunalrådet själv göra det?") nor a duty
# to do something else ("måste vi mejla ett dokument?").
_RESPOND_VERB = r"(?:svara|lamna|skicka|respond|reply|answer|submit|send|give)"
_MUST_WE = re.compile(rf"\b(?:maste|behover|must|have to|need to)\s+(?:\w+\s+){{0,3}}?{_RESPOND_VERB}\b|"
                      rf"\b(?:vi|ni|jag|man|we|i)\s+(?:maste|behover|must|have to|need to|are required to|are "
                      rf"obliged to)\s+(?:\w+\s+)?{_RESPOND_VERB}\b|"
                      r"\b(?:obligatorisk\w*|frivillig\w*|tvungna?|skyldiga?|mandatory|optional|compulsory)\b")


def asks_must_we(text: str) -> bool:
    return bool(_MUST_WE.search(folded(text)))


def words_asked(text: str) -> frozenset[str]:
    """The folded words of the sentences that ask (end in "?"), or of the whole message when none does."""
    return folded_words(" ".join(_ASKED_SENTENCE.findall(text)) or text)


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
    def beyond(self, text: str, own_concepts: frozenset[str], own_words: frozenset[str]) -> bool:
        """Whether a question asks about something besides what an answer made of `own_concepts` and `own_words`
        says: a word of it that is no function word, not one of the answer's own words (by its first five
        letters), and not read as one of its concepts nor as a name from the process file ("får vi skicka in
        remissvaret i två delar?" asks of "delar"; "hur lämnar vi remissvaret?" asks nothing besides)."""
        word = self.rules.matcher.word
        # The sentences that ask, not the story around them ("Jag är osäker på om jag har rätt behörighet …").
        asked = " ".join(_ASKED_SENTENCE.findall(text)) or text
        besides: set[str] = set()
        for w in tokens(folded(asked)):
            if len(w) < 3 or w.isdigit() or w in _FUNCTION_WORDS or w in own_words or w[:5] in own_words:
                continue
            found = word(w)
            if found and (found & own_concepts or all(c.startswith(("ORG:", "ROLE:", "KIND:")) for c in found)):
                continue
            besides.add(w)
        # One such word is often the asker's own turn of phrase ("… i god tid?"); two are a question of their own.
        return len(besides) >= 2

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

    def weeks_to_opening(self, today: dt.date) -> int:
        """Weeks from `today` to the middle of the consultation's opening window ("mitten av juni"): how far off
        it is, said as "ungefär N veckor", never as a day count, since the plan gives no day."""
        _, s_lo, s_hi, _, _ = self.consultation_parts()
        return round(((s_lo - today).days + (s_hi - today).days) / 2 / 7)

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
