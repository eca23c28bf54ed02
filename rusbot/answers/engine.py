"""The answer engine: a question and the time → an `Answer` built only from the process file.

Understanding is deliberately simple and fast: the question is folded (lower case, no diacritics),
split into words, each word mapped to concepts (with inflections and one typo tolerated; results
are cached per word), and an ordered list of rules picks the topic. Names of organisations, roles
and meetings are learned from the process file at construction, so a coordinator's new file works
without code changes. Every fact stated comes from the process object and its `source` quote is
returned in `Answer.sources`; the coordinators' own data (`process.deployment`) is marked as such.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import ClassVar

from rapidfuzz import fuzz
from rapidfuzz import process as rf_process

from rusbot.answers.lexicon import CONCEPTS, NAME_STOP, NAME_SYNONYMS, WEAK, fold, tokens
from rusbot.answers.model import Answer, Suggestion
from rusbot.answers.timeline import Placement, item_bounds, item_when, place, plan_span, timeline_view
from rusbot.clock import STOCKHOLM
from rusbot.i18n import (
    days_phrase,
    detect_language,
    format_date,
    format_end,
    format_fuzzy,
    format_fuzzy_at,
    join_list,
    last_day,
)
from rusbot.process.model import Language, Meeting, Organisation, Process, Role, TimelineItem

# Topic ids of roles whose process-file id is long; any other role is "role.<id>".
ROLE_TOPIC_ALIASES = {"regionfullmaktige": "rf"}

# The stable topic ids `Answer.topic` takes. Besides these: "phase<n>" (the n-th phase of the process
# file, from 1) and "role.<id>" (a role of the process file, with ROLE_TOPIC_ALIASES applied; for the
# 2021 file: role.partnerskapet, role.kcrd, role.kommunerna, role.region, role.regionledningen,
# role.namnder, role.rf).
TOPICS = (
    "greeting", "thanks", "help", "rus", "purpose", "why_review", "mandate", "phases", "political",
    "check_in", "timeline", "consultation.dates", "consultation.status", "consultation.days_left",
    "consultation.respondents", "now", "next", "partnership", "organisation", "ways_of_working", "decision",
    "source", "unknown",
)

_MONTHS = {
    "januari": 1, "january": 1, "jan": 1, "februari": 2, "february": 2, "feb": 2, "mars": 3, "march": 3,
    "mar": 3, "april": 4, "apr": 4, "maj": 5, "may": 5, "juni": 6, "june": 6, "jun": 6, "juli": 7,
    "july": 7, "jul": 7, "augusti": 8, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "oktober": 10, "october": 10, "okt": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:e|:e|st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_RE})\b")
_MONTH_DAY = re.compile(rf"\b({_MONTH_RE})\s+(\d{{1,2}})(?:st|nd|rd|th)?\b")
_NUMERIC = re.compile(r"\b(\d{1,2})/(\d{1,2})\b")
_CAPITALISED = re.compile(r"\b([A-ZÅÄÖ][\wåäöÅÄÖ-]+(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]+)*)")


def _t(language: Language, sv: str, en: str) -> str:
    return en if language == "en" else sv


def _uniq(values: Iterable[str]) -> list[str]:
    seen: dict[str, None] = {}
    for v in values:
        if v:
            seen.setdefault(v, None)
    return list(seen)


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def _past_tense(text: str, language: Language) -> str:
    """"En uppdaterad RUS ska vara klar …" → "… skulle vara klar …" for a plan whose date has passed."""
    swaps = [(" is to ", " was to "), (" will ", " would ")] if language == "en" else [(" ska ", " skulle ")]
    for old, new in swaps:
        if old in f" {text}":
            padded = f" {text}".replace(old, new, 1)
            return padded[1:]
    return text


# -- matching words to concepts ------------------------------------------------------------------


class _Matcher:
    """Folded word → concepts, with inflections (prefixes), phrases and a typo's tolerance."""

    def __init__(self, concepts: dict[str, list[str]]) -> None:
        self.exact: dict[str, set[str]] = {}
        self.prefix: dict[str, set[str]] = {}
        self.phrases: dict[str, set[str]] = {}
        for concept, terms in concepts.items():
            for raw in terms:
                exact_only = raw.endswith("=")
                term = fold(raw.rstrip("="))
                if " " in term:
                    self.phrases.setdefault(" ".join(tokens(term)), set()).add(concept)
                    continue
                self.exact.setdefault(term, set()).add(concept)
                if not exact_only and len(term) >= 4:
                    self.prefix.setdefault(term, set()).add(concept)
        # Off-topic words are never guessed from a typo ("svaret" is not "vädret").
        self.fuzzy_terms = sorted(t for t in self.prefix if len(t) >= 5 and not self.prefix[t] & {"OUT", "FILLER"})
        self._cache: dict[str, frozenset[str]] = {}
        self._max_prefix = max((len(t) for t in self.prefix), default=0)

    def word(self, word: str) -> frozenset[str]:
        hit = self._cache.get(word)
        if hit is not None:
            return hit
        found: set[str] = set(self.exact.get(word, ()))
        if not found:
            for length in range(min(len(word) - 1, self._max_prefix), 3, -1):
                concepts = self.prefix.get(word[:length])
                if concepts:
                    found |= concepts
                    break
        if not found and len(word) >= 5 and not word.isdigit():
            cutoff = 88 if len(word) == 5 else 82
            best = rf_process.extractOne(word, self.fuzzy_terms, scorer=fuzz.ratio, score_cutoff=cutoff)
            if best is not None:
                found |= self.prefix[best[0]]
        result = frozenset(found)
        if len(self._cache) > 100_000:
            self._cache.clear()
        self._cache[word] = result
        return result

    def text(self, words: list[str]) -> set[str]:
        found: set[str] = set()
        for w in words:
            found |= self.word(w)
        joined = f" {' '.join(words)} "
        for phrase, concepts in self.phrases.items():
            if f" {phrase} " in joined:
                found |= concepts
        return found


# -- understanding a question ------------------------------------------------------------------


@dataclass
class _Understood:
    topic: str
    concepts: set[str] = field(default_factory=set)
    role: Role | None = None
    organisations: list[Organisation] = field(default_factory=list)
    unknown_name: str | None = None
    kind: str | None = None
    phase_index: int | None = None
    items: list[TimelineItem] = field(default_factory=list)
    meetings: list[Meeting] = field(default_factory=list)
    asked_date: dt.date | None = None
    anchor: TimelineItem | None = None


_SUGGEST: dict[str, tuple[str, str, str, str]] = {
    # topic: (Swedish label, Swedish question, English label, English question)
    "now": ("Vad händer nu?", "Vad händer nu?", "What's happening now?", "What is happening now?"),
    "next": ("Nästa steg", "Vad är nästa steg?", "Next step", "What is the next step?"),
    "timeline": ("Tidplanen", "Visa tidplanen", "Timeline", "Show me the timeline"),
    "consultation.dates": ("Remissen", "När är remissen?", "The consultation", "When is the consultation?"),
    "consultation.status": ("Är remissen öppen?", "Är remissen öppen?", "Is it open?", "Is the consultation open?"),
    "consultation.days_left": ("Dagar kvar", "Hur många dagar är kvar på remissen?", "Days left",
                               "How many days are left of the consultation?"),
    "consultation.respondents": ("Remissinstanser", "Vilka är remissinstanser?", "Respondents",
                                 "Who gets the consultation?"),
    "partnership": ("Vilka är med?", "Vilka är med i partnerskapet?", "Who is in it?", "Who is in the partnership?"),
    "role.partnerskapet": ("Partnerskapets roll", "Vad är partnerskapets roll?", "The partnership's role",
                           "What is the role of the partnership?"),
    "phases": ("Faserna", "Vilka faser finns det?", "Phases", "What are the phases?"),
    "check_in": ("Avstämningen", "När är avstämningen med partnerskapet?", "Check-in",
                 "When is the check-in with the partnership?"),
    "why_review": ("Varför en översyn?", "Varför ska RUS uppdateras?", "Why a review?", "Why is RUS being reviewed?"),
    "mandate": ("Uppdraget", "Vad är uppdraget?", "The mandate", "What is the mandate?"),
    "decision": ("Beslutet", "Vem beslutar om RUS?", "The decision", "Who decides on the updated RUS?"),
    "ways_of_working": ("Arbetssätt", "Hur ska vi arbeta?", "Ways of working", "What is the way of working?"),
    "rus": ("Vad är RUS?", "Vad är RUS?", "What is RUS?", "What is RUS?"),
    "source": ("Källan", "Var kommer det ifrån?", "Source", "Where does this come from?"),
    "help": ("Vad kan du?", "Vad kan du hjälpa till med?", "What can you do?", "What can you do?"),
}

_FOLLOW_UPS: dict[str, list[str]] = {
    "greeting": ["now", "timeline", "consultation.dates"],
    "thanks": ["now", "timeline"],
    "help": ["now", "timeline", "consultation.dates"],
    "rus": ["why_review", "mandate", "timeline"],
    "purpose": ["rus", "timeline", "phases"],
    "why_review": ["mandate", "timeline"],
    "mandate": ["why_review", "phases"],
    "phases": ["timeline", "now"],
    "political": ["decision", "timeline"],
    "check_in": ["next", "timeline"],
    "timeline": ["now", "consultation.dates"],
    "consultation.dates": ["consultation.status", "consultation.respondents"],
    "consultation.status": ["consultation.days_left", "consultation.dates"],
    "consultation.days_left": ["consultation.dates", "next"],
    "consultation.respondents": ["consultation.dates", "partnership"],
    "now": ["next", "timeline"],
    "next": ["timeline", "now"],
    "partnership": ["role.partnerskapet", "consultation.respondents"],
    "organisation": ["partnership", "role.partnerskapet"],
    "ways_of_working": ["phases", "timeline"],
    "decision": ["timeline", "role.partnerskapet"],
    "source": ["help", "timeline"],
    "role": ["partnership", "decision", "timeline"],
    "phase": ["phases", "timeline", "now"],
}


class AnswerEngine:
    """Answers partners' questions about one process. Build once; `answer` is cheap."""

    def __init__(self, process: Process) -> None:
        self.process = process
        self._items = {i.id: i for i in process.timeline}
        self._index = {i.id: n for n, i in enumerate(process.timeline)}
        self._roles = {r.id: r for r in process.roles}
        self._orgs = {o.id: o for o in process.organisations}
        self._phase_index = {p.id: n for n, p in enumerate(process.phases)}
        self._partnership_role = self._find_partnership_role()
        concepts: dict[str, list[str]] = {k: list(v) for k, v in CONCEPTS.items()}
        self._org_single: dict[str, str] = {}       # one-word organisation name → org id
        self._org_phrases: dict[str, str] = {}       # several-word name → org id
        self._add_names(concepts)
        self._matcher = _Matcher(concepts)
        self._placements: dict[dt.date, list[Placement]] = {}
        self._vocabulary = set(self._matcher.exact) | set(self._matcher.prefix)
        self._write_phase = self._find_phase(("skriv", "writ"))
        self._decision_phase = next(
            (self._phase_index[i.phase] for i in process.timeline if i.kind == "decision" and i.phase), None,
        )
        self._suggestion_index = [(fold(v[1]), k) for k, v in _SUGGEST.items()] + [
            (fold(v[3]), k) for k, v in _SUGGEST.items()
        ]

    # -- construction helpers --------------------------------------------------------------------
    def _find_partnership_role(self) -> str | None:
        name = fold(self.process.partnership.name.sv)
        for role in self.process.roles:
            if fold(role.name.sv) == name:
                return role.id
        return None

    def _find_phase(self, stems: tuple[str, ...]) -> int | None:
        for item in self.process.timeline:
            words = fold(f"{item.name.sv} {item.name.en or ''}")
            if item.phase and any(s in words for s in stems):
                return self._phase_index[item.phase]
        return None

    @staticmethod
    def _name_words(*names: str | None) -> list[str]:
        words: list[str] = []
        for name in names:
            if name:
                words += [w for w in tokens(fold(name)) if w not in NAME_STOP and len(w) >= 2 and not w.isdigit()]
        return words

    def _add_names(self, concepts: dict[str, list[str]]) -> None:
        # Organisations: whole names, and words only one organisation's name has.
        org_words: dict[str, set[str]] = {}
        for org in self.process.organisations:
            for w in self._name_words(org.name):
                org_words.setdefault(w, set()).add(org.id)
        for org in self.process.organisations:
            key = f"ORG:{org.id}"
            whole = tokens(fold(org.name))
            spaced = tokens(fold(org.name.replace("-", " ").replace("/", " ")))
            terms: list[str] = []
            if len(whole) == 1:
                self._org_single[whole[0]] = org.id
                terms.append(whole[0])
            else:
                self._org_phrases[" ".join(whole)] = org.id
                terms.append(" ".join(whole))
            if len(spaced) > 1:
                terms.append(" ".join(spaced))
                self._org_phrases[" ".join(spaced)] = org.id
            for w in self._name_words(org.name):
                if org_words[w] == {org.id}:
                    terms += [w, *NAME_SYNONYMS.get(w, [])]
            concepts[key] = terms
            kind_terms = [org.kind, *NAME_SYNONYMS.get(org.kind, [])]
            concepts.setdefault(f"KIND:{org.kind}", kind_terms)
        # Roles: words of their names (Swedish and English) and their ids, with synonyms.
        role_words: dict[str, set[str]] = {}
        per_role: dict[str, list[str]] = {}
        for role in self.process.roles:
            words = self._name_words(role.name.sv, role.name.en, role.id.replace("-", " "))
            per_role[role.id] = words
            for w in set(words):
                role_words.setdefault(w, set()).add(role.id)
        for role in self.process.roles:
            terms = []
            for w in per_role[role.id]:
                if role_words[w] == {role.id}:
                    terms += [w, *NAME_SYNONYMS.get(w, [])]
            concepts[f"ROLE:{role.id}"] = terms

    # -- public API -------------------------------------------------------------------------------
    def answer(self, question: str, now: dt.datetime) -> Answer:
        if now.tzinfo is None:
            raise ValueError("`now` must be timezone-aware")
        now = now.astimezone(STOCKHOLM)
        language = detect_language(question)
        understood = self._understand(question, now.date())
        key = understood.topic
        if key.startswith("role."):
            key = "role"
        elif key.startswith("phase") and key[5:].isdigit():
            key = "phase"
        build = self._BUILDERS.get(key, AnswerEngine._unknown)
        answer = build(self, understood, now.date(), language)
        if not answer.suggestions:
            family = "role" if answer.topic.startswith("role.") else (
                "phase" if answer.topic.startswith("phase") and answer.topic[5:].isdigit() else answer.topic)
            follow = _FOLLOW_UPS.get(answer.topic) or _FOLLOW_UPS.get(family, ["now", "timeline"])
            answer.suggestions = self._suggestions(follow, language, exclude=answer.topic)
        if "GREET" in understood.concepts and answer.topic not in ("greeting", "unknown"):
            answer.text = _t(language, "Hej! ", "Hi! ") + answer.text
        return answer

    def topic_of(self, question: str, today: dt.date) -> str:
        """The topic a question would be answered with (for tests and diagnostics)."""
        return self._understand(question, today).topic

    # -- understanding ----------------------------------------------------------------------------
    def _understand(self, question: str, today: dt.date) -> _Understood:
        folded = fold(question)
        words = tokens(folded)
        c = self._matcher.text(words)
        u = _Understood(topic="unknown", concepts=c)
        roles = [self._roles[k[5:]] for k in sorted(c) if k.startswith("ROLE:")]
        u.organisations = self._organisations_in(c, words)
        kinds = [k[5:] for k in c if k.startswith("KIND:")]
        u.kind = kinds[0] if kinds else None
        subject = {k for k in c if k not in WEAK and k not in ("GREET", "THANKS")}
        has = c.__contains__

        asked = self._date_in(folded, today)
        if asked is not None and not has("OUT"):
            u.asked_date = asked
            u.items = [i for i in self.process.timeline if self._on_day(i, asked)]
            u.meetings = [m for m in self.process.deployment.meetings if self._meeting_day(m) == asked]
            if u.items and has("AFTER"):
                u.anchor = u.items[-1]
                return self._set(u, "next")
            kinds_on_day = [i.kind for i in u.items]
            if "meeting" in kinds_on_day or u.meetings:
                return self._set(u, "check_in")
            if "consultation" in kinds_on_day:
                return self._set(u, "consultation.dates")
            if "decision" in kinds_on_day:
                return self._set(u, "decision")
            return self._set(u, "timeline")
        if has("OUT"):
            return u
        small_talk = {"GREET", "THANKS", "HELP", "WHAT", "WHO", "IS", "FILLER", "DOES"}
        if has("GREET") and not c - small_talk:
            return self._set(u, "greeting")
        if has("THANKS") and not c - small_talk:
            return self._set(u, "thanks")
        if has("HELP") and not subject - {"HELP", "PROCESS"}:
            return self._set(u, "help")
        if has("SOURCE"):
            return self._set(u, "source")
        if has("DECIDE") and has("UPDWHAT") and self._partnership_role:
            u.role = self._roles[self._partnership_role]
            return self._set(u, self._role_topic(u.role))
        if has("NEWRUS"):
            return self._set(u, "mandate")
        if has("UPDWHAT") and self.process.phases:
            u.phase_index = 0
            return self._set(u, "phase1")
        numbers = [n for n in (1, 2, 3, 4) if has(f"N{n}")]
        if has("PHASE") and len(numbers) == 1 and numbers[0] <= len(self.process.phases):
            u.phase_index = numbers[0] - 1
            return self._set(u, f"phase{numbers[0]}")
        if has("WRITE") and self._write_phase is not None:
            u.phase_index = self._write_phase
            return self._set(u, f"phase{self._write_phase + 1}")
        consultation = self.process.consultation is not None
        if consultation and (has("RESPOND") or (has("CONSULT") and has("RECEIVE")
                                                 and (has("WHO") or bool(u.organisations)))):
            return self._set(u, "consultation.respondents")
        if has("AFTER") and (has("MEETING") or has("CONSULT")):
            anchors = [i for i in self.process.timeline
                       if (has("MEETING") and i.kind == "meeting") or (has("CONSULT") and i.kind == "consultation")]
            if anchors:
                u.anchor = anchors[0]
                return self._set(u, "next")
        if has("MEETING") or has("PREPARE"):
            return self._set(u, "check_in")
        if consultation and has("DAYS") and not has("PHASE"):
            return self._set(u, "consultation.days_left")
        if has("ROLE") or has("DOES"):
            named = [r for r in roles if r.id != self._partnership_role]
            if named:
                u.role = named[0]
                return self._set(u, self._role_topic(named[0]))
        if has("NEXT") and not (has("CONSULT") and (has("WHEN") or has("OPEN_EVENT"))):
            if has("CONSULT") and consultation:
                u.anchor = self.process.consultation_item
            return self._set(u, "next")
        other_subject = subject - {"OPEN_STATE", "OPEN_EVENT", "CONSULT", "RUS", "REVIEW"}
        if consultation and (has("CONSULT") or ((has("OPEN_STATE") or has("OPEN_EVENT")) and not other_subject)):
            if has("WHEN") or has("DURATION"):
                return self._set(u, "consultation.dates")
            if has("OPEN_STATE") or has("NOW") or has("HAPPEN"):
                return self._set(u, "consultation.status")
            return self._set(u, "consultation.dates")
        if has("WAYS") or (has("WORKVERB") and not has("NOW")):
            return self._set(u, "ways_of_working")
        if has("DECIDE"):
            if has("PARTNERSHIP") and self._partnership_role:
                u.role = self._roles[self._partnership_role]
                return self._set(u, self._role_topic(u.role))
            return self._set(u, "decision")
        if has("READY"):
            return self._set(u, "decision")
        if has("POLITICAL"):
            return self._set(u, "political")
        if has("NEWRUS") or has("MANDATE"):
            return self._set(u, "mandate")
        if has("DRIVER") or (has("WHY") and (has("REVIEW") or has("RUS") or not subject)):
            return self._set(u, "why_review")
        if has("PURPOSE"):
            return self._set(u, "purpose")
        membership = has("MEMBER") or (has("MED") and (has("WHO") or bool(u.organisations) or bool(u.kind)
                                                         or (has("IS") and not has("NOW"))))
        if membership:
            if u.organisations:
                return self._set(u, "organisation")
            if u.kind and not has("PARTNERSHIP"):
                return self._set(u, "organisation")
            if has("PARTNERSHIP") or has("WHO") or has("ORGWORD"):
                return self._set(u, "partnership")
            u.unknown_name = self._candidate_name(question)
            return self._set(u, "organisation" if u.unknown_name else "partnership")
        wants_role = has("ROLE") or has("DOES")
        for role in roles:
            if role.id == self._partnership_role and not wants_role:
                continue
            u.role = role
            return self._set(u, self._role_topic(role))
        if u.organisations:
            return self._set(u, "organisation")
        if has("PARTNERSHIP") or has("ORGWORD"):
            if wants_role and self._partnership_role:
                u.role = self._roles[self._partnership_role]
                return self._set(u, self._role_topic(u.role))
            return self._set(u, "partnership")
        if has("TIMELINE") and not has("NOW"):
            return self._set(u, "timeline")
        if has("NOW") or has("HAPPEN"):
            return self._set(u, "now")
        if has("NEXT"):
            return self._set(u, "next")
        if has("TIMELINE") or (has("WHEN") and not subject):
            return self._set(u, "timeline")
        if has("PHASE") or has("PROCESS"):
            return self._set(u, "phases")
        if has("REVIEW"):
            return self._set(u, "mandate")
        if has("RUS"):
            return self._set(u, "rus")
        return u

    @staticmethod
    def _set(u: _Understood, topic: str) -> _Understood:
        u.topic = topic
        return u

    @staticmethod
    def _role_topic(role: Role) -> str:
        return f"role.{ROLE_TOPIC_ALIASES.get(role.id, role.id)}"

    def _organisations_in(self, concepts: set[str], words: list[str]) -> list[Organisation]:
        ids = [k[4:] for k in concepts if k.startswith("ORG:")]
        if not ids:
            return []
        joined = f" {' '.join(words)} "
        in_phrases = {pid for phrase, pid in self._org_phrases.items() if f" {phrase} " in joined}
        phrase_words = {w for phrase in self._org_phrases if f" {phrase} " in joined for w in phrase.split()}
        keep = []
        for oid in ids:
            single = next((w for w, o in self._org_single.items() if o == oid), None)
            if single is not None and single in phrase_words and oid not in in_phrases:
                continue
            keep.append(self._orgs[oid])
        order = {o.id: n for n, o in enumerate(self.process.organisations)}
        return sorted(keep, key=lambda o: order[o.id])

    def _candidate_name(self, question: str) -> str | None:
        """A capitalised name in the question that the process file does not know ("Västerås")."""
        for match in _CAPITALISED.finditer(question):
            name = match.group(1)
            if match.start() == 0:
                name = name.partition(" ")[2]
            if not name:
                continue
            words = tokens(fold(name))
            if words and not any(self._matcher.word(w) for w in words):
                return name
        return None

    def _date_in(self, folded: str, today: dt.date) -> dt.date | None:
        day = month = None
        if m := _DAY_MONTH.search(folded):
            day, month = int(m.group(1)), _MONTHS[m.group(2)]
        elif m := _MONTH_DAY.search(folded):
            day, month = int(m.group(2)), _MONTHS[m.group(1)]
        elif m := _NUMERIC.search(folded):
            day, month = int(m.group(1)), int(m.group(2))
        if day is None or month is None:
            return None
        years = sorted({d.year for i in self.process.timeline for d in (i.date, i.start, i.end) if d is not None})
        for year in [*years, today.year]:
            try:
                candidate = dt.date(year, month, day)
            except ValueError:
                continue
            if any(self._on_day(i, candidate) for i in self.process.timeline) or any(
                self._meeting_day(m) == candidate for m in self.process.deployment.meetings
            ):
                return candidate
        try:
            return dt.date(years[0] if years else today.year, month, day)
        except ValueError:
            return None

    @staticmethod
    def _on_day(item: TimelineItem, day: dt.date) -> bool:
        return any(d is not None and d.is_exact and d.earliest == day for d in (item.date, item.start, item.end))

    @staticmethod
    def _meeting_day(meeting: Meeting) -> dt.date:
        if meeting.start is not None:
            return meeting.start.astimezone(STOCKHOLM).date()
        assert meeting.date is not None
        return meeting.date

    # -- helpers for answers --------------------------------------------------------------------------
    def _placed(self, today: dt.date) -> list[Placement]:
        placed = self._placements.get(today)
        if placed is None:
            if len(self._placements) > 5000:
                self._placements.clear()
            placed = self._placements[today] = place(self.process, today)
        return placed

    def _suggestions(self, topics: list[str], language: Language, exclude: str | None = None) -> list[Suggestion]:
        out = []
        for topic in topics:
            if topic == exclude or topic not in _SUGGEST:
                continue
            if topic.startswith("consultation") and self.process.consultation is None:
                continue
            sv_label, sv_q, en_label, en_q = _SUGGEST[topic]
            out.append(Suggestion(label=_t(language, sv_label, en_label), question=_t(language, sv_q, en_q)))
        return out[:3]

    def _answer(self, u: _Understood, language: Language, text: str, sources: Iterable[str] = (),
                confident: bool = True, card: str | None = None, topic: str | None = None) -> Answer:
        return Answer(topic=topic or u.topic, language=language, text=text.strip(), sources=_uniq(sources),
                      confident=confident, card="timeline" if card == "timeline" else None)

    def _item_line(self, item: TimelineItem, language: Language) -> str:
        when = item_when(item, language)
        return f"**{item.name.get(language)}** – {when}" if when else f"**{item.name.get(language)}**"

    def _when_relative(self, day: dt.date, today: dt.date, language: Language) -> str:
        delta = (day - today).days
        if delta == 0:
            return _t(language, "i dag", "today")
        if delta == 1:
            return _t(language, "i morgon", "tomorrow")
        if delta > 1:
            return _t(language, f"om {days_phrase(delta)}", f"in {days_phrase(delta, 'en')}")
        if delta == -1:
            return _t(language, "i går", "yesterday")
        return _t(language, f"för {days_phrase(-delta)} sedan", f"{days_phrase(-delta, 'en')} ago")

    def _deployment_note(self, language: Language) -> str:
        return _t(language, "_(samordnarnas egna uppgifter, inte ur källdokumentet)_",
                  "_(the coordinators' own information, not from the source document)_")

    def _meeting_line(self, meeting: Meeting, today: dt.date, language: Language) -> str:
        day = self._meeting_day(meeting)
        when = format_date(day, language, weekday=True)
        if meeting.start is not None:
            when += f" {meeting.start.astimezone(STOCKHOLM):%H:%M}"
        parts = [f"**{meeting.name.get(language)}** – {when} ({self._when_relative(day, today, language)})"]
        if meeting.location:
            parts.append(_t(language, f"plats: {meeting.location}", f"place: {meeting.location}"))
        if meeting.link:
            parts.append(f"[{_t(language, 'länk', 'link')}]({meeting.link})")
        if meeting.prepare:
            parts.append(_t(language, "förbered: ", "prepare: ") + meeting.prepare.get(language))
        return ", ".join(parts)

    # -- consultation -------------------------------------------------------------------------------
    def _consultation_parts(self) -> tuple[TimelineItem, dt.date, dt.date, dt.date | None, dt.date]:
        item = self.process.consultation_item
        assert item is not None and item.first is not None and item.last is not None
        return item, item.first.earliest, item.first.latest, last_day(item.last), item.last.latest

    def _consultation_status_text(self, today: dt.date, language: Language) -> str:
        item, s_lo, s_hi, last, e_hi = self._consultation_parts()
        assert item.first is not None and item.last is not None
        start_f = format_fuzzy_at(item.first, language)
        end_f = format_end(item.last, language)
        end_clause = _t(language, f"Sista dagen är {end_f}.", f"The last day is {end_f}.") if last else _t(
            language, f"Den slutar {format_fuzzy_at(item.last, language)}; exakt sista dag anges inte i processfilen.",
            f"It ends {format_fuzzy_at(item.last, language)}; the exact last day is not given in the process file.")
        if today < s_lo:
            opens = (f" ({self._when_relative(s_lo, today, language)})" if item.first.is_exact else "")
            return _t(language, f"Nej, remissen har inte öppnat än. Den är planerad att öppna {start_f}{opens}. ",
                      f"No, the consultation has not opened yet. It is planned to open {start_f}{opens}. ") + end_clause
        if today <= s_hi and not item.first.is_exact:
            return _t(
                language,
                f"Remissen är planerad att öppna {start_f}. Processfilen anger inte exakt dag, så jag kan inte säga "
                f"säkert om den har öppnat i dag. ",
                f"The consultation is planned to open {start_f}. The process file does not give the exact day, "
                f"so I cannot say for sure whether it has opened today. ",
            ) + end_clause
        if today <= e_hi:
            if last is not None and today == last:
                return _t(language, f"Ja – **i dag är sista dagen** för remissen ({format_date(last, language)}).",
                          f"Yes – **today is the last day** of the consultation ({format_date(last, 'en')}).")
            if last is not None:
                left = (last - today).days
                return _t(language,
                          f"Ja, enligt tidplanen pågår remissen nu, till och med {end_f} "
                          f"({days_phrase(left)} kvar).",
                          f"Yes, according to the timeline the consultation is open now, through {end_f} "
                          f"({days_phrase(left, 'en')} left).")
            return _t(language, "Ja, enligt tidplanen pågår remissen nu. " + end_clause,
                      "Yes, according to the timeline the consultation is open now. " + end_clause)
        return _t(language,
                  f"Nej. Enligt tidplanen skulle remissen pågå till och med {end_f}, så remisstiden är slut.",
                  f"No. According to the timeline the consultation was to run through {end_f}, so the "
                  "consultation period is over.")

    def _consultation_now_text(self, today: dt.date, language: Language) -> str:
        """The consultation as a line of "what is going on now" (no yes/no)."""
        item, _, _, last, _ = self._consultation_parts()
        assert item.first is not None and item.last is not None
        state = self._consultation_state(today)
        end_f = format_end(item.last, language)
        if state == "opening":
            return _t(language, f"planerad att öppna {format_fuzzy_at(item.first, language)}; exakt dag anges inte. "
                                f"Den pågår till och med {end_f}.",
                      f"planned to open {format_fuzzy_at(item.first, language)}; the exact day is not given. "
                      f"It runs through {end_f}.")
        if state == "last_day":
            return _t(language, f"**i dag är sista dagen** ({end_f}).", f"**today is the last day** ({end_f}).")
        if state == "open" and last is not None:
            left = (last - today).days
            return _t(language, f"pågår, till och med {end_f} ({days_phrase(left)} kvar).",
                      f"open, through {end_f} ({days_phrase(left, 'en')} left).")
        return self._consultation_status_text(today, language)

    def _consultation_state(self, today: dt.date) -> str:
        """before | opening (inside a fuzzy start window) | open | last_day | after."""
        item, s_lo, s_hi, last, e_hi = self._consultation_parts()
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

    def _consultation_dates(self, u: _Understood, today: dt.date, language: Language) -> Answer:
        item, _, _, last, _ = self._consultation_parts()
        assert item.first is not None and item.last is not None
        start_f = format_fuzzy_at(item.first, language)
        lines = [f"**{item.name.get(language)}**"]
        state = self._consultation_state(today)
        if state == "after" and last is not None:
            lines.append(_t(language,
                            f"Enligt tidplanen skulle remissen öppna {start_f} och pågå till och med "
                            f"{format_fuzzy(item.last, language)} – sista dagen var **{format_date(last, language)}**.",
                            f"According to the timeline the consultation was to open {start_f} and run through "
                            f"{format_fuzzy(item.last, language)} – the last day was "
                            f"**{format_date(last, language)}**."))
        elif last is not None:
            lines.append(_t(language,
                            f"Remissen öppnar {start_f} och pågår till och med {format_fuzzy(item.last, language)} – "
                            f"sista dagen är **{format_date(last, language)}**.",
                            f"The consultation opens {start_f} and runs through {format_fuzzy(item.last, language)} – "
                            f"the last day is **{format_date(last, language)}**."))
        else:
            lines.append(_t(language,
                            f"Remissen öppnar {start_f} och slutar {format_fuzzy_at(item.last, language)}.",
                            f"The consultation opens {start_f} and ends {format_fuzzy_at(item.last, language)}."))
        if not item.first.is_exact:
            lines.append(_t(language, "Exakt startdag anges inte i processfilen.",
                            "The exact opening day is not given in the process file."))
        today_f = format_date(today, language)
        if state == "before":
            lines.append(_t(language, f"I dag ({today_f}) har den inte öppnat än.",
                            f"Today ({today_f}) it has not opened yet."))
        elif state == "opening":
            lines.append(_t(language, f"I dag ({today_f}) är vi i den perioden, så den kan ha öppnat eller öppna "
                                      "vilken dag som helst.",
                            f"Today ({today_f}) is within that period, so it may have opened or open any day now."))
        elif state == "last_day":
            lines.append(_t(language, "**I dag är sista dagen.**", "**Today is the last day.**"))
        elif state == "open":
            left = f" – {days_phrase((last - today).days, language)} " + _t(language, "kvar", "left") if last else ""
            lines.append(_t(language, f"Enligt tidplanen pågår den nu{left}.",
                            f"According to the timeline it is open now{left}."))
        else:
            lines.append(_t(language, "Enligt tidplanen är remisstiden slut.",
                            "According to the timeline the consultation period is over."))
        return self._answer(u, language, "\n\n".join(lines), [item.source])

    def _consultation_status(self, u: _Understood, today: dt.date, language: Language) -> Answer:
        item = self.process.consultation_item
        assert item is not None
        return self._answer(u, language, self._consultation_status_text(today, language), [item.source])

    def _consultation_days_left(self, u: _Understood, today: dt.date, language: Language) -> Answer:
        item, s_lo, s_hi, last, _ = self._consultation_parts()
        assert item.first is not None and item.last is not None
        if last is None:
            text = _t(language,
                      f"Remissens sista dag anges inte exakt ({format_fuzzy(item.last, language)}), så jag kan inte "
                      "räkna dagarna.",
                      f"The consultation's last day is not given exactly ({format_fuzzy(item.last, language)}), so I "
                      "cannot count the days.")
        elif today > last:
            text = _t(language, f"Inga dagar kvar: enligt tidplanen var sista dagen för remissen "
                                f"{format_date(last, language)}.",
                      f"No days left: according to the timeline the consultation's last day was "
                      f"{format_date(last, language)}.")
        elif today == last:
            text = _t(language, f"**I dag är sista dagen** för remissen ({format_date(last, language)}).",
                      f"**Today is the last day** of the consultation ({format_date(last, language)}).")
        else:
            left = (last - today).days
            last_f = format_date(last, language, weekday=True)
            if today < s_lo or (today <= s_hi and not item.first.is_exact):
                text = _t(language,
                          f"Remissen har inte öppnat än (planerad {format_fuzzy(item.first, language)}). "
                          f"Sista dagen är {last_f} – {days_phrase(left)} från i dag.",
                          f"The consultation has not opened yet (planned {format_fuzzy(item.first, language)}). "
                          f"The last day is {last_f} – {days_phrase(left, 'en')} from today.")
                if today >= s_lo:
                    text = _t(language,
                              f"Remissen är planerad att öppna {format_fuzzy(item.first, language)} (exakt dag anges "
                              f"inte). Sista dagen är {last_f} – {days_phrase(left)} från i dag.",
                              f"The consultation is planned to open {format_fuzzy(item.first, language)} (the exact "
                              f"day is not given). The last day is {last_f} – {days_phrase(left, 'en')} from today.")
            elif left == 1:
                text = _t(language, f"**1 dag kvar** – sista dagen för remissen är i morgon, {last_f}.",
                          f"**1 day left** – the consultation's last day is tomorrow, {last_f}.")
            else:
                text = _t(language, f"**{days_phrase(left)} kvar.** Sista dagen för remissen är {last_f}.",
                          f"**{days_phrase(left, 'en')} left.** The consultation's last day is {last_f}.")
        return self._answer(u, language, text, [item.source])

    def _consultation_respondents(self, u: _Understood, today: dt.date, language: Language) -> Answer:
        consultation = self.process.consultation
        item = self.process.consultation_item
        assert consultation is not None and item is not None
        sender = self.process.organisation(consultation.sender)
        respondents = self.process.respondents
        if u.organisations:
            lines = []
            for org in u.organisations:
                if org in respondents:
                    lines.append(_t(language, f"Ja, **{org.name}** är en av remissinstanserna.",
                                    f"Yes, **{org.name}** is one of the respondents."))
                elif org.id == sender.id:
                    lines.append(_t(language, f"**{org.name}** skickar remissen.",
                                    f"**{org.name}** sends the consultation."))
                else:
                    lines.append(_t(language, f"Nej, **{org.name}** är inte remissinstans.",
                                    f"No, **{org.name}** is not a respondent."))
            return self._answer(u, language, "\n".join(lines), [item.source, self.process.partnership.source])
        names = join_list([o.name for o in respondents], language)
        text = _t(language,
                  f"Remissen skickas av {sender.name} till {len(respondents)} remissinstanser: {names}.",
                  f"The consultation is sent by {sender.name} to {len(respondents)} respondents: {names}.")
        sources = [item.source, self.process.partnership.source]
        if not consultation.respondents:
            text += "\n\n" + _t(language, "(Partnerskapets alla medlemmar utom avsändaren.)",
                                "(All members of the partnership except the sender.)")
        return self._answer(u, language, text, sources)

    # -- timeline-based answers --------------------------------------------------------------------
    def _timeline(self, u: _Understood, today: dt.date, language: Language) -> Answer:
        view = timeline_view(self.process, dt.datetime.combine(today, dt.time(12), tzinfo=STOCKHOLM), language)
        marks = {"past": "✓", "current": "▶", "upcoming": "·"}
        lines = []
        if u.asked_date is not None:
            lines.append(_t(language,
                            f"Tidplanen nämner inget särskilt den {format_date(u.asked_date, language)}.",
                            f"The timeline mentions nothing in particular on {format_date(u.asked_date, language)}."))
        lines.append(f"**{view.title}** ({_t(language, 'i dag', 'today')}: {view.today})")
        for entry in view.entries:
            when = entry.when or _t(language, "utan eget datum", "no date of its own")
            lines.append(f"- {marks[entry.status]} {when}: **{entry.name}**")
        lines.append(_t(language, "_Punkter utan datum ligger i tidplanens ordning._",
                        "_Items without a date are placed in the timeline's order._"))
        return self._answer(u, language, "\n".join(lines), [i.source for i in self.process.timeline],
                            card="timeline", topic="timeline")

    def _after_plan_text(self, language: Language) -> str:
        last = max((i for i in self.process.timeline if item_bounds(i) is not None),
                   key=lambda i: item_bounds(i)[1])  # type: ignore[index]
        when = item_when(last, language)
        said = _past_tense(last.text.get(language), language)
        return _t(language,
                  f"Tidplanen sträcker sig till {when}. Enligt tidplanen: {said} "
                  "Jag har inga uppgifter om vad som faktiskt har hänt därefter.",
                  f"The timeline runs until {when}. According to the timeline: {said} "
                  "I have no information about what actually happened after that.")

    def _now(self, u: _Understood, today: dt.date, language: Language) -> Answer:
        span = plan_span(self.process)
        placed = self._placed(today)
        items = self.process.timeline
        today_f = format_date(today, language)
        if span is None or today < span[0]:
            first = items[0]
            text = _t(language, f"Enligt tidplanen har arbetet inte börjat än ({today_f}). Först kommer "
                                f"{self._item_line(first, language)}.",
                      f"According to the timeline the work has not started yet ({today_f}). First comes "
                      f"{self._item_line(first, language)}.")
            return self._answer(u, language, text, [first.source])
        if today > span[1]:
            last = max((i for i in items if item_bounds(i) is not None), key=lambda i: item_bounds(i)[1])  # type: ignore[index]
            return self._answer(u, language, self._after_plan_text(language), [last.source])
        lines = [_t(language, f"**Just nu enligt tidplanen** ({today_f}):", f"**Now, according to the timeline** "
                                                                               f"({today_f}):")]
        sources = []
        targets = []
        consultation_id = self.process.consultation.timeline_item if self.process.consultation else None
        previous_after: str | None = None
        for item, p in zip(items, placed, strict=True):
            if p.status != "current":
                continue
            sources.append(item.source)
            if item.id == consultation_id:
                lines.append(f"- **{item.name.get(language)}**: {self._consultation_now_text(today, language)}")
            elif not p.dated:
                after = self._items.get(p.after or "")
                where = _t(language, "utan eget datum", "no date of its own")
                if after is not None and p.after != previous_after:
                    after_name = _lower_first(after.name.get(language))
                    where += _t(language, f"; efter {after_name}", f"; after the {after_name}")
                previous_after = p.after
                lines.append(f"- **{item.name.get(language)}** ({where})")
            elif item.date is not None and not item.date.is_exact and item.date.month is None:
                targets.append(item)
            else:
                lines.append(f"- {self._item_line(item, language)}")
        for item in targets:
            lines.append(_t(language, f"- Målet enligt tidplanen: {item.text.get(language)}",
                            f"- The goal according to the timeline: {item.text.get(language)}"))
        if len(lines) == 1:
            upcoming = next((i for i, p in zip(items, placed, strict=True) if p.status == "upcoming"), None)
            lines.append(_t(language, "Inget i tidplanen pågår just nu.", "Nothing in the timeline is going on now."))
            if upcoming is not None:
                lines.append(_t(language, "Nästa: ", "Next: ") + self._item_line(upcoming, language))
                sources.append(upcoming.source)
        undated = sum(1 for i, p in zip(items, placed, strict=True) if p.status == "current" and not p.dated)
        if undated > 1:
            lines.append(_t(language, "_Tidplanen ger dem inga egna datum; de kommer i den här ordningen._",
                            "_The timeline gives them no dates of their own; they come in this order._"))
        lines += self._upcoming_meetings(today, language, within_days=30)
        return self._answer(u, language, "\n".join(lines), sources)

    def _upcoming_meetings(self, today: dt.date, language: Language, within_days: int) -> list[str]:
        soon = [m for m in self.process.deployment.meetings
                if 0 <= (self._meeting_day(m) - today).days <= within_days]
        if not soon:
            return []
        return [_t(language, "Kommande möten ", "Upcoming meetings ") + self._deployment_note(language) + ":",
                *[f"- {self._meeting_line(m, today, language)}" for m in soon]]

    def _next(self, u: _Understood, today: dt.date, language: Language) -> Answer:
        items = self.process.timeline
        placed = self._placed(today)
        span = plan_span(self.process)
        if u.anchor is not None:
            start = self._index[u.anchor.id] + 1
            header = _t(language, f"Efter {_lower_first(u.anchor.name.get(language))} kommer enligt tidplanen:",
                        f"After the {_lower_first(u.anchor.name.get(language))} the timeline has:")
        elif span is not None and today > span[1]:
            last = max((i for i in items if item_bounds(i) is not None), key=lambda i: item_bounds(i)[1])  # type: ignore[index]
            text = _t(language, "Tidplanen har inga fler steg. ", "The timeline has no further steps. ")
            return self._answer(u, language, text + self._after_plan_text(language), [last.source])
        else:
            current = [n for n, p in enumerate(placed) if p.status == "current"]
            if not current:
                start = next((n for n, p in enumerate(placed) if p.status == "upcoming"), len(items))
            else:
                start = current[0] + 1
            header = _t(language, f"**Nästa steg enligt tidplanen** ({format_date(today, language)}):",
                        f"**Next, according to the timeline** ({format_date(today, language)}):")
        chosen: list[TimelineItem] = []
        for n in range(start, len(items)):
            item, p = items[n], placed[n]
            if u.anchor is None and p.status == "past":
                continue
            if u.anchor is None and p.status == "current" and p.dated and not p.uncertain and (
                    item.date is None or item.date.month is not None):
                continue
            chosen.append(item)
            if (item_bounds(item) is not None and len(chosen) >= 1) or len(chosen) >= 4:
                break
        if not chosen:
            text = _t(language, "Tidplanen har inga fler steg efter det här.", "The timeline has no further steps.")
            return self._answer(u, language, text, [])
        lines = [header]
        for n, item in enumerate(chosen):
            line = self._item_line(item, language)
            first = item.first
            if first is not None and first.is_exact and first.earliest >= today:
                line += f" ({self._when_relative(first.earliest, today, language)})"
            if item.id == (self.process.consultation.timeline_item if self.process.consultation else None) \
                    and item.first is not None and not item.first.is_exact:
                line += _t(language, " (exakt startdag anges inte)", " (the exact opening day is not given)")
            if item.date is None and item.start is None and item.end is None:
                line += _t(language, " _(utan eget datum)_", " _(no date of its own)_")
            prefix = "- " if n == 0 else _t(language, "- därefter ", "- then ")
            lines.append(prefix + line)
            if item.prepare is not None:
                lines.append(_t(language, "  Förbered: ", "  Prepare: ") + item.prepare.get(language))
        lines += self._upcoming_meetings(today, language, within_days=30)
        return self._answer(u, language, "\n".join(lines), [i.source for i in chosen])

    def _check_in(self, u: _Understood, today: dt.date, language: Language) -> Answer:
        meetings = u.items if u.items else [i for i in self.process.timeline if i.kind == "meeting"]
        meetings = sorted(meetings, key=lambda i: i.kind != "meeting")
        lines: list[str] = []
        sources = []
        for item in meetings:
            sources.append(item.source)
            line = self._item_line(item, language)
            first = item.first
            if first is not None and first.is_exact:
                line = (f"**{item.name.get(language)}** – {format_date(first.earliest, language, weekday=True)} "
                        f"({self._when_relative(first.earliest, today, language)})")
            lines.append(line)
            lines.append(item.text.get(language))
            upcoming = first is None or first.latest >= today
            if item.prepare is not None and upcoming:
                lines.append(_t(language, "Förbered: ", "Prepare: ") + item.prepare.get(language))
        own = u.meetings if u.asked_date is not None else [
            m for m in self.process.deployment.meetings if self._meeting_day(m) >= today]
        if own:
            lines.append(_t(language, "Möten ", "Meetings ") + self._deployment_note(language) + ":")
            lines += [f"- {self._meeting_line(m, today, language)}" for m in own]
        if not lines:
            lines.append(_t(language, "Tidplanen har inga avstämningsmöten.", "The timeline has no check-in meetings."))
        return self._answer(u, language, "\n\n".join(lines), sources)

    # -- static answers from the process file --------------------------------------------------------
    def _facts(self, u: _Understood, language: Language, topic: str) -> Answer:
        facts = [f for f in self.process.facts if f.topic == topic]
        if not facts:
            return self._unknown(u, dt.date.min, language)
        text = "\n".join(f"- {f.text.get(language)}" for f in facts) if len(facts) > 1 else facts[0].text.get(language)
        return self._answer(u, language, text, [f.source for f in facts])

    def _rus(self, u: _Understood, today: dt.date, language: Language) -> Answer:
        return self._facts(u, language, "rus")

    def _purpose(self, u: _Understood, today: dt.date, language: Language) -> Answer:
        return self._facts(u, language, "purpose")

    def _mandate(self, u: _Understood, today: dt.date, language: Language) -> Answer:
        return self._facts(u, language, "mandate")

    def _why_review(self, u: _Understood, today: dt.date, language: Language) -> Answer:
        drivers = self.process.drivers
        if not drivers:
            return self._facts(u, language, "mandate")
        lines = [_t(language, "**Händelser i omvärlden bakom översynen:**",
                    "**Events in the world behind the review:**")]
        lines += [f"- {d.text.get(language)}" for d in drivers]
        return self._answer(u, language, "\n".join(lines), [d.source for d in drivers])

    def _phases(self, u: _Understood, today: dt.date, language: Language) -> Answer:
        lines = [f"- **{p.name.get(language)}**: {p.text.get(language)}" for p in self.process.phases]
        return self._answer(u, language, "\n".join(lines), [p.source for p in self.process.phases])

    def _phase_answer(self, u: _Understood, index: int, language: Language) -> Answer:
        phase = self.process.phases[index]
        lines = [f"**{phase.name.get(language)}**", phase.text.get(language)]
        steps = [i for i in self.process.timeline if i.phase == phase.id]
        if steps:
            lines.append(_t(language, "I tidplanen:", "In the timeline:"))
            lines += [f"- {self._item_line(i, language)}" for i in steps]
        return self._answer(u, language, "\n".join(lines), [phase.source, *[i.source for i in steps]])

    def _phase(self, u: _Understood, today: dt.date, language: Language) -> Answer:
        return self._phase_answer(u, u.phase_index or 0, language)

    def _political(self, u: _Understood, today: dt.date, language: Language) -> Answer:
        index = self._decision_phase if self._decision_phase is not None else len(self.process.phases) - 1
        if index < 0:
            return self._unknown(u, today, language)
        return self._phase_answer(u, index, language)

    def _decision(self, u: _Understood, today: dt.date, language: Language) -> Answer:
        lines, sources = [], []
        for item in self.process.timeline:
            if item.kind not in ("decision", "milestone"):
                continue
            sources.append(item.source)
            when = item_when(item, language)
            bounds = item_bounds(item)
            past = bounds is not None and today > bounds[1]
            if item.kind == "decision":
                line = f"- **{item.name.get(language)}**"
                line += f" – {when}" if when else _t(language, " – tidplanen anger inget eget datum för beslutet",
                                                     " – the timeline gives no date of its own for the decision")
            else:
                text = item.text.get(language)
                line = "- " + (_t(language, "Enligt tidplanen: ", "According to the timeline: ")
                               + _past_tense(text, language) if past else text)
            lines.append(line)
        if self._partnership_role:
            role = self._roles[self._partnership_role]
            lines.append("\n" + role.text.get(language))
            sources.append(role.source)
        if not lines:
            return self._unknown(u, today, language)
        return self._answer(u, language, "\n".join(lines), sources)

    def _role(self, u: _Understood, today: dt.date, language: Language) -> Answer:
        role = u.role
        assert role is not None
        return self._answer(u, language, f"**{role.name.get(language)}**\n\n{role.text.get(language)}", [role.source])

    def _partnership(self, u: _Understood, today: dt.date, language: Language) -> Answer:
        p = self.process.partnership
        names = join_list([o.name for o in self.process.organisations], language)
        text = (f"**{p.name.get(language)}**\n\n{p.text.get(language)}\n\n"
                + _t(language, f"Medlemmar ({len(self.process.organisations)}): {names}.",
                     f"Members ({len(self.process.organisations)}): {names}."))
        return self._answer(u, language, text, [p.source, *[o.source for o in self.process.organisations]])

    def _organisation(self, u: _Understood, today: dt.date, language: Language) -> Answer:
        partnership = self.process.partnership.name.get(language)
        if u.organisations:
            lines = [_t(language, f"Ja, **{o.name}** är med i {partnership}.",
                        f"Yes, **{o.name}** is a member of {_lower_first(partnership)}.") for o in u.organisations]
            return self._answer(u, language, "\n".join(lines),
                                [self.process.partnership.source, *[o.source for o in u.organisations]])
        if u.kind:
            orgs = [o for o in self.process.organisations if o.kind == u.kind]
            text = _t(language, f"Ja, partnerskapet har {len(orgs)} medlemmar av typen {u.kind}: "
                                f"{join_list([o.name for o in orgs], language)}.",
                      f"The partnership has {len(orgs)} members of kind {u.kind}: "
                      f"{join_list([o.name for o in orgs], language)}.")
            return self._answer(u, language, text, [self.process.partnership.source, *[o.source for o in orgs]])
        names = join_list([o.name for o in self.process.organisations], language)
        who = u.unknown_name or _t(language, "den organisationen", "that organisation")
        text = _t(language,
                  f"Jag hittar inte **{who}** bland medlemmarna i processfilen. Medlemmarna är: {names}.",
                  f"I cannot find **{who}** among the members in the process file. The members are: {names}.")
        return self._answer(u, language, text, [self.process.partnership.source], confident=u.unknown_name is None)

    def _ways(self, u: _Understood, today: dt.date, language: Language) -> Answer:
        ways = self.process.ways_of_working
        lines = [f"- **{w.name.get(language)}** – {w.text.get(language)}" for w in ways]
        return self._answer(u, language, "\n".join(lines), [w.source for w in ways])

    def _source(self, u: _Understood, today: dt.date, language: Language) -> Answer:
        text = _t(language,
                  f"Allt jag säger om processen kommer från processfilen, som bygger på källdokumentet "
                  f"*{self.process.source_document}* ({self.process.owner}). Varje uppgift har ett citat ur "
                  "dokumentet, som visas som källa under svaret. Uppgifter som samordnarna själva har lagt till "
                  "(t.ex. mötestider och länkar) märks som samordnarnas egna uppgifter.",
                  f"Everything I say about the process comes from the process file, which is built on the source "
                  f"document *{self.process.source_document}* ({self.process.owner}). Every statement carries a "
                  "quote from the document, shown as the source under the answer. Information the coordinators "
                  "added themselves (such as meeting times and links) is marked as theirs.")
        return self._answer(u, language, text)

    def _greeting(self, u: _Understood, today: dt.date, language: Language) -> Answer:
        title = self.process.title.get(language)
        text = _t(language, f"Hej! Jag svarar på frågor om **{title}**: tidplanen, remissen, faserna, roller och "
                            "vilka som är med. Vad undrar du?",
                  f"Hi! I answer questions about **{title}**: the timeline, the consultation, the phases, the roles "
                  "and who is involved. What would you like to know?")
        return self._answer(u, language, text)

    def _thanks(self, u: _Understood, today: dt.date, language: Language) -> Answer:
        return self._answer(u, language, _t(language, "Varsågod! Fråga gärna igen.", "You're welcome! Ask any time."))

    def _help(self, u: _Understood, today: dt.date, language: Language) -> Answer:
        title = self.process.title.get(language)
        text = _t(language,
                  f"Jag kan svara på frågor om **{title}**, till exempel:\n"
                  "- Vad händer nu? Vad är nästa steg?\n- När öppnar remissen, och hur många dagar är kvar?\n"
                  "- Vilka faser finns det? Visa tidplanen.\n- Vilka är med i partnerskapet? Vem beslutar?\n"
                  "- Varför uppdateras RUS? Var kommer uppgifterna ifrån?",
                  f"I can answer questions about **{title}**, for example:\n"
                  "- What is happening now? What is the next step?\n"
                  "- When does the consultation open, and how many days are left?\n"
                  "- What are the phases? Show me the timeline.\n- Who is in the partnership? Who decides?\n"
                  "- Why is RUS being reviewed? Where does the information come from?")
        return self._answer(u, language, text)

    def _unknown(self, u: _Understood, today: dt.date, language: Language) -> Answer:
        text = _t(language,
                  "Det vet jag inte – det står inte i processfilen för RUS-uppdateringen. Jag kan svara på frågor "
                  "om tidplanen, remissen, faserna, roller och partnerskapet. Kanske något av det här?",
                  "I don't know – that is not in the process file for the RUS update. I can answer questions about "
                  "the timeline, the consultation, the phases, the roles and the partnership. Perhaps one of these?")
        answer = self._answer(u, language, text, confident=False, topic="unknown")
        answer.suggestions = self._suggestions(self._closest_topics(u), language)
        return answer

    def _closest_topics(self, u: _Understood) -> list[str]:
        hints = {"CONSULT": "consultation.dates", "DAYS": "consultation.days_left", "PARTNERSHIP": "partnership",
                 "DECIDE": "decision", "TIMELINE": "timeline", "NOW": "now", "NEXT": "next", "PHASE": "phases",
                 "RUS": "rus", "WAYS": "ways_of_working", "MANDATE": "mandate", "DRIVER": "why_review",
                 "MEETING": "check_in", "WHEN": "timeline"}
        found = [topic for concept, topic in hints.items() if concept in u.concepts]
        if any(k.startswith("ROLE:") or k.startswith("KIND:") or k.startswith("ORG:") for k in u.concepts):
            found.append("partnership")
        return _uniq([*found, "now", "timeline", "help"])

    _BUILDERS: ClassVar[dict[str, Callable[[AnswerEngine, _Understood, dt.date, Language], Answer]]] = {
        "greeting": _greeting,
        "thanks": _thanks,
        "help": _help,
        "rus": _rus,
        "purpose": _purpose,
        "why_review": _why_review,
        "mandate": _mandate,
        "phases": _phases,
        "phase": _phase,
        "political": _political,
        "check_in": _check_in,
        "timeline": _timeline,
        "consultation.dates": _consultation_dates,
        "consultation.status": _consultation_status,
        "consultation.days_left": _consultation_days_left,
        "consultation.respondents": _consultation_respondents,
        "now": _now,
        "next": _next,
        "partnership": _partnership,
        "organisation": _organisation,
        "role": _role,
        "ways_of_working": _ways,
        "decision": _decision,
        "source": _source,
        "unknown": _unknown,
    }


__all__ = ["ROLE_TOPIC_ALIASES", "TOPICS", "AnswerEngine"]
