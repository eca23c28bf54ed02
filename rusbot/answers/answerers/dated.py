"""A date, month or period the question attaches to an event of the timeline ("avstämningen den 11 april",
"remissen skickas ut den 11 mars", "remisstiden löper från mitten av maj till och med augusti", "beslutet fattades
i regionfullmäktige i oktober", "bara två veckor på sig att svara på remissen"), held against the process file.

Whatever else the question asks, a date that contradicts the file is corrected first ("Nej – …", with the date as
precise as the file gives it); a date the file cannot confirm (the decision, which has no date of its own; a day
inside a window the file gives as "mitten av juni") is said to be unknown; a date that agrees is left to the
answerers. The events are found by the kind of their timeline item (meeting, consultation, decision, milestone), so
another process file's dates are checked the same way; only the words for them are Swedish and English here.

A date is attached to an event only when nothing but the event's own verbs and prepositions stand between them
("remissvaret skall vara inkommet senast den 30 juni"), so "vi har KS 28 september, hinner vi svara på remissen?"
names no date of the remiss. A date told as a wish, a move or a condition ("kan avstämningen flyttas till 18 mars?",
"om remissen går ut i maj …") is no claim."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from rusbot.answers.kit import Kit, folded, folded_words, lower_first, past_tense, split_sentences, t
from rusbot.answers.lexicon import fold
from rusbot.i18n import format_date, format_fuzzy, format_fuzzy_at, last_day
from rusbot.process.model import FuzzyDate, Language, TimelineItem
from rusbot.understanding.entities import MONTHS, meeting_day

Verdict = Literal["wrong", "unknown", "finer", "right", "inside"]
Role = Literal["start", "end", "span", "within", "any"]

# Month words that are ordinary words too ("may", "jul" = Christmas, "mar"): a month only beside a day, or after a
# preposition ("in may"); "jul" and "mar" only beside a day.
_AMBIGUOUS = frozenset({"mar", "may", "jul", "jun", "sep", "dec", "nov", "jan", "feb", "apr", "aug", "okt", "oct"})
_DAY_ONLY = frozenset({"jul", "mar"})
_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
_PARTS = {"borjan": "early", "beginning": "early", "early": "early", "mitten": "mid", "mid": "mid", "middle": "mid",
          "slutet": "late", "late": "late", "end": "late"}
_DATE = re.compile(
    rf"\b(?:(?:the\s+)?(?P<part>borjan|beginning|early|mitten|middle|mid|slutet|late|end|sista)"
    rf"(?:\s+(?:av|of)\s+(?:the\s+)?|\s+|(?<=mid)))?"
    rf"(?:(?P<day>[0-3]?\d)(?:e|:e|st|nd|rd|th)?\s+(?:of\s+)?)?"
    rf"(?P<month>{_MONTH_RE})\b"
    rf"(?:\s+(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?\b)?"
    rf"(?:,?\s+(?P<year>20\d\d)\b)?")
_PREPOSITION = frozenset("i in under during till until by fran from tom through senast since sedan fore innan efter "
                         "before after och and med den the on".split())
# A length of time: "två veckor", "10 dagar", "a couple of weeks" (the number words and the count's pattern are the
# counts answerer's too).
NUMBER_WORDS = {"en": 1, "ett": 1, "one": 1, "a": 1, "an": 1, "tva": 2, "two": 2, "par": 2, "couple": 2, "tre": 3,
                 "three": 3, "fyra": 4, "four": 4, "fem": 5, "five": 5, "sex": 6, "six": 6, "sju": 7, "seven": 7,
                 "atta": 8, "eight": 8, "nio": 9, "nine": 9, "tio": 10, "ten": 10, "elva": 11, "tolv": 12}
COUNT = (r"(?P<n>\d{1,3}|en|ett|one|an?|tva|two|(?:ett |a )?(?:par|couple)(?: of)?|tre|three|fyra|four|fem|five|sex|"
         r"six|sju|seven|atta|eight|nio|nine|tio|ten|elva|tolv)")
UNIT_DAYS = {"dag": 1, "dagar": 1, "day": 1, "days": 1, "vecka": 7, "veckor": 7, "veckas": 7, "week": 7, "weeks": 7,
             "manad": 30, "manader": 30, "manads": 30, "month": 30, "months": 30}
_DURATION = re.compile(r"\b" + COUNT + r"\s+"
                       r"(?P<unit>dagar|dag|veckor|veckas|vecka|manader|manads|manad|days?|weeks?|months?)\b")


def number_of(words: str) -> int:
    """The number a count matched by COUNT says: "3", "tre", "a couple of" (2)."""
    if words.isdigit():
        return int(words)
    last = words.split()[-1]
    return NUMBER_WORDS[last if last in NUMBER_WORDS else words.replace(" of", "").split()[-1]]
# A length counted from today ("två veckor kvar", "om två veckor", "two weeks ago") or per something: no length of the
# consultation.
_NOT_LENGTH = re.compile(r"\b(?:kvar|left|remaining|aterstar|sedan|ago|per|varje|every|innan|fore|before|efter|after|"
                         r"till|until|forsening|sen|sent|late|extra|mer|more|langre|longer|anstand|extension)\b")
_LENGTH_OF = re.compile(r"\b(?:pa sig|svara|svarar|svarstid|remisstid\w*|pagar|loper|ar oppen|oppen|respond|reply|"
                        r"answer|to respond|runs|is open|lasts|period)\b")

# -- the events, by the kind of their timeline item ---------------------------------------------------------------
_MEETING = re.compile(r"\bavstamning(?:en|ar|arna|smote\w*)?\b|\bcheck ?ins?\b|\bcheckin\w*|\bpartnerskapsmote\w*|"
                      r"\bpartnerskapsavstamning\w*|"
                      r"\b(?:motet|traffen|sammantradet) med partnerskapet\b|"
                      r"\bpartnerskapet (?:\w+ ){0,2}?(?:sammantrad\w*|traffas|mots|ses)\b|"
                      r"\bpartnership (?:\w+ ){0,2}?(?:meets?|meeting)\b")
_ANOTHER = re.compile(r"\b(?:ett till|en till|ytterligare|another|one more|fler|flera|extra|annat|annan|nytt|ny|"
                      r"nasta|next|kommande|upcoming|further)\s+(?:\w+\s+)?$")
_CONSULTATION = re.compile(r"\bremiss(?:en|er|erna|tid|tiden|period|perioden|runda|rundan)?\b|"
                           r"\b(?P<answer>remissvar(?:et|en)?|svarsdag\w*)\b|\bconsultation(?: period)?\b")
# The answers' deadline told of the asker ("vi har till sista juni på oss att svara", "we have until May to respond").
_RESPOND_BY = re.compile(r"\bpa (?:oss|er|sig) att svara\b|\bsvara senast\b|\bsvarstid\w*|\bto (?:respond|reply)\b|"
                         r"\b(?:respond|reply) by\b")
# The partnership approving the updated text: its anchoring, which the plan puts after the consultation.
_ANCHORING = re.compile(r"\bforankring\w* (?:med|i) partnerskapet\b|\bpartnerskapet (?:\w+ ){0,3}?(?:godkann\w*|"
                        r"godkand\w*|godkant|klubba\w*|faststall\w*|antar|antog|antagit)\b|\bpartnership (?:\w+ ){0,2}?"
                        r"(?:approv\w*|adopt\w*|signs? off|signed off)\b")
_COUNCIL = re.compile(r"\b(?:regionfullmaktige|fullmaktige|rf|regional council)\b")
_DECIDES = re.compile(r"\b(?:beslut\w*|antag\w*|antar|antas|antog\w*|klubba\w*|fattas|fattade|fattat|faststall\w*|"
                      r"decid\w*|adopt\w*|approv\w*|decision)\b")
_READY = re.compile(r"\b(?:klar|klart|fardig|fardigt|ready|finished|completed?)\b")
# The strategy told as decided, in the passive ("RUS:en beslutas i december", "the new RUS is adopted in November").
_STRATEGY_DECIDED = re.compile(r"\b(?:beslutas|antas|klubbas|faststalls|(?:is|be|gets|get) (?:decided|adopted|"
                               r"approved))\b")
_STRATEGY = re.compile(r"\brus\b|strategi|\buppdaterad\w*|\buppdatering\w*|\bupdated?\b")
# A pronoun pointing back at the event of the sentence before ("… när partnerskapet ska sammanträda. Vi har uppfattat
# att det sker den 11 februari").
_BACK = re.compile(r"\b(?:det|detta|den|it|this|that)\b")

# What may stand between an event and its date ("avstämningen den 11 april", "remissvaret skall vara inkommet senast
# den 30 juni", "remisstiden löper från"): its own verbs, auxiliaries and prepositions. Anything else (a person, an
# action of the asker's, a comma) and the date is not the event's.
# "avstämningen (med partnerskapet) kring fas 1 äger rum den …": the phase an event belongs to names no other event.
_BETWEEN = frozenset("""den the on i in under during till och med tom to until through by senast fran from sedan
since mellan between ska skall skulle kommer att vara bli blir ar e is are was were will would be been being har hade
has had var varit bara redan forst forsta ju val nog ocksa aven also only already just first sker ske skedde aga agde
rum hallas halls holls take takes took place held happen happens happened pagar pagick lopper loper lopte runs ran run
oppen oppet open stanger stangs stangde stanga slutar slutade sluta oppnar oppnas oppnade oppna startar startade starta
borjar borjade borja gar gick ga ut out skickas skickades skickat skicka sent send goes go went opens opened closes
closed close closing ends ended end starts started start begins began begin inne inkommet inkommit inkomma inkommen
inkomna due lamnas lamnats in sista dag dagen deadline svarsdag svarsdagen pa av fattas fattades fattat fattade
beslutas beslutades beslutat beslutet beslut beslutar besluta beslutade tas togs tagit tog tar antas antogs antog
antagen antagits om rus klar klart fardig fardigt ready finished completed complete sammantrada sammantrader
sammantradde traffas traffades mots mottes meet meets met med partnerskapet partnership with of at does do
did for inlamnat inlamnad inlamnade inlamnas inskickat inskickad inskickade submitted texten text slutliga final
forslaget uppdateringarna ager kring around fas phase 1 2""".split()) | frozenset(
    # "avstämningen är väl onsdag 10 mars?": a weekday said with the date is part of it
    "mandag tisdag onsdag torsdag fredag lordag sondag monday tuesday wednesday thursday friday saturday "
    "sunday".split())
_BEFORE_EVENT = frozenset("""ar e is blir sker skedde gar gick oppnar stanger borjar startar slutar kommer ska skall har
hade den the det ju val alltsa da sa so then was var ut out fattar fattade fattas tar tog tas antas antar antog beslutar
beslutade""".split())
# "Vad sa ni den 11 februari på avstämningen?", "on 11 February at the check-in": a meeting's day said in front of it.
_AT_MEETING = _BEFORE_EVENT | {"pa", "vid", "at"}
# Told as a wish, a move or a condition: not what the plan is said to be.
_NO_CLAIM = re.compile(r"\b(?:flytta\w*|skjut\w*|forlang\w*|tidigarelagg\w*|senarelagg\w*|anstand\w*|extension\w*|"
                       r"extend\w*|postpon\w*|moved?|moving|onskar att|onskade att|onskar (?:en )?remiss|"
                       r"onskade (?:en )?remiss|onskemal\w*|vill att|hoppas|wish\w*|would like|prefer\w*|suppose|"
                       r"antag att|anta att|tank om|what if|skulle kunna|t ?ex|till exempel|exempelvis|for example|"
                       r"for instance|e\.? ?g)\b|^\W*(?:om|if)\s")
# "efter remissen i oktober", "before the check-in in April": the event as a point of reference, the month another's.
_RELATIVE = re.compile(r"\b(?:efter|fore|innan|infor|sedan|fram till|after|before|since|ahead of|prior to|until|"
                       r"i samband med|in connection with)(?: att| the)?\s*$")
_START_WORDS = re.compile(r"\b(?:gar ut|gick ut|ga ut|ska ut|skall ut|skickas ut|skickades ut|skicka ut|skickas|"
                          r"skickades|oppnar|"
                          r"oppnas|oppnade|oppna|startar|startade|starta|borjar|borjade|borja|kommer ut|komma ut|"
                          r"slapps|far|fick|ute sedan|opens|opened|open|starts|started|start|begins|began|begin|"
                          r"goes out|go out|went out|sent out|is sent|released|receive|get)\b")
_END_WORDS = re.compile(r"\b(?:stanger|stangs|stangde|stanga|slutar|slutade|sluta|sista|senast|deadline|inne|"
                        r"inkommet|inkommit|inkomma|inkommen|inkomna|inlamna\w*|inskicka\w*|svarsdag\w*|lamnas in|"
                        r"closes|closed|close|ends|ended|end|finish\w*|expires?|due|last day|by)\b")
_WITHIN_WORDS = re.compile(r"\b(?:pagar|pagick|lopper|loper|ar oppen|oppen|runs|is open|ongoing|lasts)\b")
_TOM = re.compile(r"\bt\.? ?o\.? ?m\.?(?=\s|$)|\btill och med\b")


@dataclass(frozen=True)
class Claim:
    """A date the question attaches to one timeline item (its `role`: the start, the end, the whole span …)."""

    item: TimelineItem
    role: Role
    first: FuzzyDate | None             # the date said (of a span: its first)
    last: FuzzyDate | None = None       # a span's last date
    days: tuple[int, int] | None = None     # a length said, in days (lower, upper)
    words: str = ""                     # the length as written ("två veckor")
    sentence: int = 0                   # which of the message's sentences holds it
    told: int | None = None             # the sentence before, when the event is named there ("… Det sker den …")
    end: int = 0                        # where the date ends in the folded sentence
    at: int = 0                         # where the event (or the pronoun standing for it) starts in it
    weekday: int | None = None          # a weekday said with the date ("onsdag 11 mars"), Monday 0


@dataclass(frozen=True)
class Dated:
    """The verdict on the dates a question attaches to the plan's events, and the sentence that says it."""

    verdict: Verdict
    item: TimelineItem
    lead: str
    sentences: frozenset[int]           # the message's sentences the claim is made in
    told: frozenset[int] = frozenset()  # of them, those that only name the event ("… när partnerskapet ska mötas.")
    checked: bool = False               # the question asks only whether the date is right ("…30 september, va?")
    only: bool = False                  # the sentences with the claim say or check it and ask nothing else
    length: bool = False                # the claim is of the consultation's length ("tre månader")


def sentences(text: str) -> list[str]:
    """The message's sentences, cut as the engine cuts them (so a claim's sentence numbers are the engine's)."""
    return split_sentences(text)


def _claimed_date(m: re.Match[str], year: int) -> FuzzyDate | None:
    month_word = m.group("month")
    day = m.group("day") or m.group("day2")
    part = m.group("part")
    if month_word in _AMBIGUOUS and not day:
        before = m.string[:m.start()].split()[-1:]
        if month_word in _DAY_ONLY or (part is None and not (before and before[0] in _PREPOSITION)):
            return None
    y = int(m.group("year")) if m.group("year") else year
    if part == "sista" and not day:
        day, part = str(calendar.monthrange(y, MONTHS[month_word])[1]), None     # "sista augusti": 31 August
    try:
        if day:
            return FuzzyDate(year=y, month=MONTHS[month_word], day=int(day))
        return FuzzyDate(year=y, month=MONTHS[month_word], part=_PARTS[part] if part else None)
    except ValueError:
        return None


def _window(d: FuzzyDate) -> tuple[dt.date, dt.date]:
    return d.earliest, d.latest


def _blurred(d: FuzzyDate) -> tuple[dt.date, dt.date]:
    """The days a loosely given date does not rule out: "mitten av juni" is 11–20 June read strictly, but the 21st
    or the 8th is near enough that the plan cannot refute it. A day or a whole month is as given."""
    lo, hi = _window(d)
    if d.is_exact or d.part is None:
        return lo, hi
    margin = dt.timedelta(days=5 if d.month is not None else 31)
    return lo - margin, hi + margin


def _loosely(claimed: tuple[dt.date, dt.date], known: tuple[dt.date, dt.date],
             blurred: tuple[dt.date, dt.date]) -> Verdict:
    """_compare, but a claim outside the strict window and inside the blurred one is only finer than the plan (the
    plan does not refute it): only a day clearly outside a loosely given window is wrong."""
    found = _compare(claimed, known)
    if found == "wrong" and _compare(claimed, blurred) != "wrong":
        return "finer"
    return found


def _words_between(text: str) -> list[str]:
    return re.findall(r"[a-z]+|\d+", text)


def _joined(between: str, allowed: frozenset[str], most: int) -> bool:
    if re.search(r"[,;:?!–()]|\s-\s", between):
        return False
    words = _words_between(between)
    return len(words) <= most and all(w in allowed for w in words)


@dataclass(frozen=True)
class _Event:
    item: TimelineItem
    start: int
    end: int
    answer: bool = False        # "remissvaret": the responses' deadline, not the consultation's other dates
    period: bool = False        # "remisstiden": a period, which "går ut" ends ("remissen går ut" starts)


class _Events:
    """The process file's events a question can name, found once per process."""

    def __init__(self, kit: Kit) -> None:
        timeline = kit.process.timeline
        self.meetings = [i for i in timeline if i.kind == "meeting" and i.first is not None and i.first.is_exact]
        self.consultation = kit.process.consultation_item
        self.decision = next((i for i in timeline if i.kind == "decision"), None)
        self.milestone = next((i for i in timeline if i.kind == "milestone" and i.first is not None), None)
        # The undated step where the partnership approves the updates ("Förankring med partnerskapet").
        self.anchoring = next((i for i in timeline if i.kind == "step" and i.first is None and i.last is None and
                               "forankr" in fold(i.name.sv) and "partnerskap" in fold(i.name.sv)), None)
        dated = [i.first.year for i in timeline if i.first is not None] + [i.last.year for i in timeline if i.last]
        self.first_year = min(dated) if dated else 2000
        self.years = sorted(set(dated))

    def find(self, f: str, consulted: bool = False) -> list[_Event]:
        """The events a folded sentence names; `consulted`: the message is about the consultation, so "på oss att
        svara" is answering it."""
        found: list[_Event] = []
        if self.consultation is not None and consulted:
            found += [_Event(self.consultation, m.start(), m.end(), True) for m in _RESPOND_BY.finditer(f)]
        if self.anchoring is not None:
            found += [_Event(self.anchoring, m.start(), m.end()) for m in _ANCHORING.finditer(f)]
        if self.meetings:
            # ("ett till partnerskapsmöte i februari", "nästa avstämning": another meeting than the plan's)
            found += [_Event(self.meetings[0], m.start(), m.end()) for m in _MEETING.finditer(f)
                      if not _ANOTHER.search(f[:m.start()])]
        if self.consultation is not None and ("remiss" in f or "consultation" in f or "svarsdag" in f):
            found += [_Event(self.consultation, m.start(), m.end(), bool(m.group("answer")),
                             m.group().endswith(("tid", "tiden", "period", "perioden")))
                      for m in _CONSULTATION.finditer(f)]
        if self.decision is not None and _DECIDES.search(f):
            found += [_Event(self.decision, m.start(), m.end()) for m in _COUNCIL.finditer(f)]
            if not _COUNCIL.search(f) and _STRATEGY.search(f):
                # "får jag skriva att den nya RUS:en beslutas i december?": the strategy's decision, with no body
                # named, is the plan's decision all the same.
                found += [_Event(self.decision, m.start(), m.end()) for m in _STRATEGY_DECIDED.finditer(f)]
        if self.milestone is not None and _STRATEGY.search(f) and not _CONSULTATION.search(f):
            found += [_Event(self.milestone, m.start(), m.end()) for m in _READY.finditer(f)]
        return found


_EVENTS: dict[int, _Events] = {}


def _events(kit: Kit) -> _Events:
    found = _EVENTS.get(id(kit))
    if found is None:
        found = _EVENTS[id(kit)] = _Events(kit)
    return found


def _role(event: _Event, f: str, lo: int, hi: int, before: str) -> Role | None:
    """Which of the consultation's dates a date attached to it is said to be: by the word in front of the date
    ("från", "till och med", "senast"), else by the verbs around the event. None for a response's date that is no
    deadline ("vi lämnar remissvaret i oktober" tells when the asker answers)."""
    if event.item.kind != "consultation":
        return "any"
    near = f[max(0, min(event.start, lo) - 40): max(event.end, hi) + 25]
    if re.search(r"\b(?:fran|from|sedan|since)\s*(?:den|the)?\s*$", before) and not event.answer:
        return "start"
    if re.search(r"\b(?:tom|till|to|until|through|senast|by|fore|innan|before)\s*(?:den|the)?\s*$", before):
        return "end"
    if event.period and re.search(r"\b(?:gar|gatt|gick|loper|lopper|lopte) ut\b", near):
        return "end"        # "remisstiden går ut 31 augusti": it expires
    if not event.answer and re.search(r"\b(?:gar|gick|skickas|skickades|kommer)\s*$", f[:event.start]) and (
            re.match(r"\s+ut\b", f[event.end:])):
        return "start"      # "går remissen ut i juni?"
    # The verbs between the event and its date say it first ("öppnar i juni och stänger i september"), then the one
    # in front of the event ("stänger remissen 30 september?"), then any around them.
    between = f[event.end:lo] if event.end <= lo else f[hi:event.start]
    for words in (between, f[max(0, event.start - 20):event.start], near):
        if _END_WORDS.search(words):
            return "end"
        if event.answer:
            continue
        if _START_WORDS.search(words):
            return "start"
        if _WITHIN_WORDS.search(words):
            return "within"
    return None if event.answer else "any"


def claims(kit: Kit, text: str) -> list[Claim]:
    """Every date, month, period or length the message attaches to an event of the timeline."""
    events = _events(kit)
    if not events.years:
        return []           # a timeline without dates has none to hold a question's against
    out: list[Claim] = []
    said = sentences(text)
    previous: list[_Event] = []
    previous_f = ""
    consulted = bool(_CONSULTATION.search(fold(text)))
    for n, sentence in enumerate(said):
        f = _TOM.sub("tom", fold(sentence))
        found = events.find(f, consulted)
        year = events.years[-1]
        read = [(m, _claimed_date(m, year)) for m in _DATE.finditer(f)]
        dates = [(m, d) for m, d in read if d is not None]
        spans = _spans(f, dates)
        # An event the asker acts on ("svara på remissen i oktober") has no date in the sentence, only the action has.
        named = [e for e in found if not _ACTED_ON.search(f[:e.start])]
        for lo, hi, first, last in spans:
            before = f[:lo]
            event = _attached(named, f, lo, hi, before)
            told, at, of, verbs = None, event.start if event is not None else 0, f, event
            if event is None and (back := _back_reference(named, previous, before)) is not None:
                # "… när partnerskapet ska sammanträda. Vi har uppfattat att det sker den 11 februari.": the pronoun
                # stands for the event, and the verbs after it say which of its dates is meant.
                event, at = back
                told = None if event in named else n - 1
                verbs = _Event(event.item, at, at + len(re.match(r"\w+", f[at:]).group()),  # type: ignore[union-attr]
                               event.answer, event.period)
            if event is None and not named and len({e.item.id for e in previous}) == 1 and (
                    reported := _REPORTED.search(before)):
                # "When does the consultation period end? A colleague said end of August.": what was said of the event
                # the sentence before asks about, with the verbs of that sentence.
                event, at, told, of = previous[-1], reported.start(), n - 1, previous_f
                verbs = event
            if event is None or verbs is None:
                continue
            if first.year < events.first_year or (last is not None and last.year < events.first_year):
                continue        # "förra gången (2017)": another update's dates
            if event.item.kind != "consultation" and re.search(
                    r"\b(?:fore|innan|efter|senast|until|till|before|after|by|sedan|since|fram till)\s*(?:den|the)?"
                    r"\s*$", before):
                continue        # "klar före december": a bound, which the plan's date may well keep
            where = (lo, hi) if of is f else (len(of), len(of))
            role = "span" if last is not None else _role(verbs, of, *where, before)
            if role is None:
                continue
            clause = re.split(r"[,;:–]\s", f[:min(at, lo)])[-1] + f[min(at, lo):hi]
            if _NO_CLAIM.search(clause) or _CREATES.search(f[:hi]):
                continue        # "om remissen går ut i maj, …", "hur lägger jag in ett möte, t.ex. den 9 november?"
            if told is None and at == event.start and _RELATIVE.search(f[:event.start]) and not (
                    event.end <= lo and re.match(r"\s*(?:den |the |on )?\d", f[event.end:])):
                continue        # "efter remissen i oktober": October is when something else happens
            said_day = _WEEKDAY_BEFORE.search(before)
            weekday = _WEEKDAYS.index(said_day.group(1)) % 7 if said_day and last is None else None
            out.append(Claim(event.item, role, first, last, sentence=n, told=told, end=hi, at=min(at, lo),
                             weekday=weekday))
        if events.consultation is not None and any(e.item is events.consultation for e in found) and not any(
                c.item is events.consultation and c.sentence == n for c in out):
            # (Also beside a date no claim was read from: "remisstiden är 4 veckor och slutar i mitten av juli",
            # b81 #42, where the length is the wrong premise to refute.)
            out += _lengths(events.consultation, f, n)
        previous, previous_f = named, f
    return out


# The verbs an event of each kind is told with, after a pronoun standing for it ("det sker den 11 februari", "den gick
# till sista augusti"); "den sammanträder först 14 okt" after "… ta remissen i vår nämnd" is the board's meeting.
_TOLD_WITH = {
    "meeting": re.compile(r"\b(?:sker|ske|skedde|halls|holls|aga rum|agde rum|takes place|took place|happens|held)\b"),
    "consultation": re.compile(rf"{_START_WORDS.pattern}|{_END_WORDS.pattern}|{_WITHIN_WORDS.pattern}|\b(?:gick|gar|"
                               r"ran|runs|run|goes|went) (?:ju |val )?(?:till|tom|to|until|through)\b"),
    "decision": re.compile(r"\b(?:fattas|fattades|tas|togs|sker|skedde|taken|made)\b"),
    "step": re.compile(r"\b(?:sker|skedde|gors|gjordes|happens|happened|done)\b"),
    "milestone": _READY,
}
# "Ska boka in några till avstämningen. Den är väl 11 april?": "den"/"it" and a bare "är" is the meeting's day ("det
# är" may be any day's).
_MEETING_IS = re.compile(r"\s*(?:ar|e|var|is|was)\s+(?:(?:ju|val|nog|alltsa|then|on)\s+)*(?:den\s+|the\s+)?$")
# Something said, with the date straight after it ("a colleague said end of August", "någon sa 31 augusti").
_REPORTED = re.compile(r"\b(?:said|says|sa|sade|sagt|sager|trodde|tror|horde|hort|thought|heard|told (?:me|us)|menade|"
                       r"skrev|wrote|pastod|claimed)\s+(?:att |that )?(?:it |den |det |the |on |i |in )?"
                       r"(?:(?:ska|skall|is|was|will)\s+(?:be\s+|vara\s+)?)?$")
# A meeting or date being made, or one given as an example: no date of the plan's.
_CREATES = re.compile(r"\b(?:lagga in|lagga till|lagger in|lagger till|boka in|boka|bokar|skapa|skapar|add|adding|"
                      r"create|creating|schedule|book|set up)\b")
# An action of the asker's on the event ("svara på remissen i oktober", "ta remissen i nämnden i oktober"): the date is
# the action's.
_ACTED_ON = re.compile(r"\b(?:svara|svarar|besvara|besvarar|lamna|lamnar|skicka|skickar|ta|tar|behandla|behandlar|"
                       r"hantera|hanterar|diskutera|forankra|kika|titta|ga|respond|answer|reply|submit|handle|discuss|"
                       r"review|lasa|laser|read)\s+(?:pa|till|in|to|on|upp|igenom|at)?\s*(?:var|vart|the|our|den|"
                       r"det)?\s*$")


def _back_reference(found: list[_Event], previous: list[_Event], before: str) -> tuple[_Event, int] | None:
    """The event a pronoun in front of a date stands for (and where the pronoun is): the one event named earlier in
    the sentence, or else in the sentence before, when the pronoun is told with that event's verbs."""
    window = len(before) - 40
    for b in _BACK.finditer(before, max(0, window)):
        between = before[b.end():]
        if not _joined(between, _BETWEEN, 6):
            continue
        earlier = [e for e in found if e.end <= b.start()] or ([] if found else previous)
        if len({e.item.id for e in earlier}) != 1:
            return None
        event = earlier[-1]
        told_with = _TOLD_WITH.get(event.item.kind)
        if told_with is None or not (told_with.search(between) or (
                event.item.kind == "meeting" and b.group() in ("den", "it") and _MEETING_IS.match(between))):
            return None
        return event, b.start()
    return None


def _spans(f: str, dates: list[tuple[re.Match[str], FuzzyDate]]) -> list[tuple[int, int, FuzzyDate, FuzzyDate | None]]:
    """The dates of a sentence, two joined by "till (och med)", "–" or "och" after "från"/"mellan" read as one span;
    a first date without a year takes the second's ("från mitten av maj till och med augusti 2021")."""
    out: list[tuple[int, int, FuzzyDate, FuzzyDate | None]] = []
    n = 0
    while n < len(dates):
        m, d = dates[n]
        if n + 1 < len(dates):
            m2, d2 = dates[n + 1]
            joint = f[m.end():m2.start()]
            opened = re.search(r"\b(?:fran|from|mellan|between)\s*(?:den|the)?\s*$", f[:m.start()])
            if re.fullmatch(r"\s*(?:-|–|tom|till|to|until|through)\s*(?:den|the)?\s*", joint) or (
                    opened and re.fullmatch(r"\s*(?:och|and)\s*(?:den|the)?\s*", joint)):
                if not m.group("year") and m2.group("year"):
                    d = d.model_copy(update={"year": d2.year})
                if d.earliest <= d2.latest:
                    out.append((m.start(), m2.end(), d, d2))
                    n += 2
                    continue
        out.append((m.start(), m.end(), d, None))
        n += 1
    return out


def _attached(found: list[_Event], f: str, lo: int, hi: int, before: str) -> _Event | None:
    """The event a date at f[lo:hi] belongs to: the nearest one before it with only its own words between, or one
    straight after it ("i juni går remissen ut", "den 11 mars är avstämningen")."""
    best: tuple[int, _Event] | None = None
    for e in found:
        if e.end <= lo and _joined(f[e.end:lo], _BETWEEN, 8):
            gap = lo - e.end
        elif e.start >= hi and _joined(f[hi:e.start], _AT_MEETING if e.item.kind == "meeting" else _BEFORE_EVENT, 3):
            gap = e.start - hi
        else:
            continue
        if best is None or gap < best[0]:
            best = (gap, e)
    return best[1] if best else None


def _lengths(item: TimelineItem, f: str, n: int) -> list[Claim]:
    """"… bara får två veckor på sig att svara på remissen": a length said of the consultation."""
    out: list[Claim] = []
    for m in _DURATION.finditer(f):
        if re.search(r"\b(?:om|inom|in|within|efter|after|for)\s*$", f[:m.start()]):
            continue        # "om en månad", "in two weeks": a day counted from today, no length
        # ("Remisstiden är väl över sommaren – tre månader, eller?": the period named up to 50 characters before,
        # b70 #56)
        around = f[max(0, m.start() - 50): m.end() + 40]
        if _NOT_LENGTH.search(f[max(0, m.start() - 12): m.end() + 12]) or not _LENGTH_OF.search(around):
            continue
        count = number_of(m.group("n"))
        unit = UNIT_DAYS[m.group("unit")]
        out.append(Claim(item, "span", None, None, days=(count * unit, count * unit), words=f"{count} {unit}",
                         sentence=n, end=m.end(), at=m.start()))
    return out


# -- the verdicts ----------------------------------------------------------------------------------------------------
def _compare(claimed: tuple[dt.date, dt.date], known: tuple[dt.date, dt.date]) -> Verdict:
    (c_lo, c_hi), (k_lo, k_hi) = claimed, known
    if c_hi < k_lo or c_lo > k_hi:
        return "wrong"
    if c_lo <= k_lo and c_hi >= k_hi:
        return "right"
    return "finer"


def _end_window(item: TimelineItem) -> tuple[dt.date, dt.date]:
    assert item.last is not None
    day = last_day(item.last)
    return (day, day) if day is not None else _window(item.last)


def verdict(kit: Kit, claim: Claim) -> Verdict:
    item = claim.item
    if claim.days is not None:
        first, last = item.first, item.last
        if first is None or last is None:
            return "unknown"
        lo, hi = (_end_window(item)[0] - first.latest).days + 1, (_end_window(item)[1] - first.earliest).days + 1
        said = claim.days[0]
        return "wrong" if said < 0.7 * lo or said > 1.3 * hi else "right"
    assert claim.first is not None
    claimed = (claim.first.earliest, (claim.last or claim.first).latest)
    if claim.weekday is not None and claim.first.is_exact and claim.first.earliest.weekday() != claim.weekday:
        return "wrong"      # "onsdag 11 mars": the 11th is a Thursday, so whichever was meant, the claim is not right
    if item.kind == "meeting":
        days = [i.first.earliest for i in _events(kit).meetings if i.first is not None]
        days += [meeting_day(m) for m in kit.process.deployment.meetings]
        if any(claimed[0] <= d <= claimed[1] for d in days):
            return "right"
        return "wrong"
    if item.first is None and item.last is None:
        before, after = _between_dated(kit, item)
        window = (before or dt.date.min, after or dt.date.max)
        return "wrong" if _compare(claimed, window) == "wrong" else "unknown"
    if item.first is None or item.last is None:
        return "unknown"
    if claim.role == "start":
        return _loosely(claimed, _window(item.first), _blurred(item.first))
    if claim.role == "end":
        return _compare(claimed, _end_window(item))
    whole = (item.first.earliest, _end_window(item)[1])
    if claim.role == "span":
        assert claim.last is not None
        start = _loosely((claim.first.earliest, claim.first.latest), _window(item.first), _blurred(item.first))
        end = _compare((claim.last.earliest, claim.last.latest), _end_window(item))
        if "wrong" in (start, end):
            return "wrong"
        return "right" if start == end == "right" else "finer"
    if claim.role == "within":
        return "right" if whole[0] <= claimed[0] and claimed[1] <= whole[1] else _compare(claimed, whole)
    found = _compare(claimed, whole)
    if item.first == item.last or item.kind == "milestone":
        return found
    return "wrong" if found == "wrong" else "inside"     # a month the consultation runs in, said of no end of it


def _between_dated(kit: Kit, item: TimelineItem) -> tuple[dt.date | None, dt.date | None]:
    """The last day of the dated item before an undated one and the last possible day of the dated one after it: the
    window the plan's order leaves it."""
    n = kit.index[item.id]
    before = next((i for i in reversed(kit.process.timeline[:n]) if i.last is not None), None)
    after = next((i for i in kit.process.timeline[n + 1:] if i.last is not None), None)
    return (_end_window(before)[1] + dt.timedelta(days=1) if before else None,
            after.last.latest if after and after.last else None)


# -- what is said --------------------------------------------------------------------------------------------------
def _said(claim: Claim, lang: Language, bare: bool = False) -> str:
    """The date the question said, written back ("den 11 februari", "från mitten av maj till och med augusti")."""
    if claim.days is not None:
        count, unit = map(int, claim.words.split())
        names = {1: (("dag", "dagar"), ("day", "days")), 7: (("vecka", "veckor"), ("week", "weeks")),
                 30: (("månad", "månader"), ("month", "months"))}[unit]
        sv = {1: "en", 2: "två", 3: "tre", 4: "fyra", 5: "fem", 6: "sex", 7: "sju", 8: "åtta", 9: "nio", 10: "tio"}
        en = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine",
              10: "ten"}
        plural = count != 1
        return t(lang, f"{sv.get(count, str(count))} {names[0][plural]}", f"{en.get(count, str(count))} "
                 f"{names[1][plural]}")
    assert claim.first is not None

    def one(d: FuzzyDate) -> str:
        return format_fuzzy(d, lang)

    if claim.last is not None:
        return t(lang, f"från {one(claim.first)} till och med {one(claim.last)}",
                 f"from {one(claim.first)} through {one(claim.last)}")
    first = one(claim.first)
    if bare:
        return first
    if claim.weekday is not None and claim.first.is_exact:
        day = _WEEKDAY_NAMES["en" if lang == "en" else "sv"][claim.weekday]
        return t(lang, f"{day} {first}", f"on {day} {first}")
    if claim.first.is_exact:
        return t(lang, f"den {first}", f"on {first}")
    return t(lang, f"i {first}", f"in {first}")


def _length(lo: int, hi: int, lang: Language) -> str:
    """"ungefär tre och en halv månad" for 102–111 days: the consultation's length as the plan's dates allow."""
    months = (lo + hi) / 2 / 30.44
    if months < 2:
        weeks = round((lo + hi) / 2 / 7)
        return t(lang, f"ungefär {weeks} veckor", f"about {weeks} weeks")
    halves = round(months * 2)
    whole, half = divmod(halves, 2)
    sv = {1: "en", 2: "två", 3: "tre", 4: "fyra", 5: "fem", 6: "sex"}.get(whole, str(whole))
    en = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six"}.get(whole, str(whole))
    if half:
        return t(lang, f"ungefär {sv} och en halv månad", f"about {en} and a half months")
    return t(lang, f"ungefär {sv} månader", f"about {en} months")


def _relative(kit: Kit, day: dt.date, today: dt.date, lang: Language) -> str:
    return f" ({kit.when_relative(day, today, lang)})"


def _lead(kit: Kit, claim: Claim, found: Verdict, today: dt.date, lang: Language, asked: str = "") -> str:
    """"Nej – <what the plan says>, inte <what was said>.", "Ja – <what the plan says>." or, for a date finer than the
    plan's, "Det vet jag inte exakt: <what the plan says>."."""
    item = claim.item
    said = _said(claim, lang)
    if item.first is None and item.last is None:
        return _undated_lead(kit, claim, found, today, lang)
    # "… att remissen går ut i april. Är det fel?": asked whether it is wrong, the yes and the no swap.
    wrong_asked = bool(_ASKS_WRONG.search(fold(asked)))
    if found == "wrong":
        no = t(lang, "Ja, det stämmer inte", "Yes, that is wrong") if wrong_asked else t(lang, "Nej", "No")
        head, tail = _plan_says(kit, claim, today, lang)
        return f"{no} – {head}, {t(lang, 'inte', 'not')} {said}{tail}"
    head, tail = _plan_says(kit, claim, today, lang)
    if found == "right":
        yes = t(lang, "Ja, ungefär", "Yes, roughly") if claim.days is not None else t(lang, "Ja", "Yes")
        if wrong_asked:
            yes = t(lang, "Nej, det stämmer", "No, that is right")
        return f"{yes} – {head}{tail}"
    # A date inside the plan's, finer than it: within what the plan says, which is no more precise than that.
    bare = _said(claim, lang, bare=True)
    if claim.role in ("start", "span") and claim.first is not None and item.first is not None and _compare(
            (claim.first.earliest, claim.first.latest), _window(item.first)) == "wrong":
        # just outside a loosely given window ("den 21 juni" of "mitten av juni"): near it, so not refuted
        said = _said(claim, lang)
        near = t(lang, f"{said[:1].upper()}{said[1:]} motsäger inte tidplanen, som inte anger någon exakt dag: ",
                 f"{said[:1].upper()}{said[1:]} does not contradict the timeline, which gives no exact day: ")
        return near + head + tail
    inside = t(lang, f"{bare[:1].upper()}{bare[1:]} ligger inom det tidplanen anger, men tidplanen är inte exaktare än "
                     "så: ", f"{bare[:1].upper()}{bare[1:]} is within what the timeline gives, but the timeline is no "
                     "more precise than that: ")
    return inside + head + tail


def _plan_says(kit: Kit, claim: Claim, today: dt.date, lang: Language) -> tuple[str, str]:
    """What the plan says of the event a date is claimed of, cut where "inte <the claim>" goes: (head, tail)."""
    item = claim.item
    if item.kind == "meeting":
        meetings = _events(kit).meetings
        assert claim.first is not None
        near = min(meetings, key=lambda i: abs((i.first.earliest - claim.first.earliest).days))  # type: ignore[union-attr]
        day = near.first.earliest  # type: ignore[union-attr]
        past = day < today
        on = format_date(day, lang, weekday=True)
        return (t(lang, f"**{near.name.sv}** {'var' if past else 'är'} enligt tidplanen {on}"
                        f"{_relative(kit, day, today, lang)}",
                  f"according to the timeline the **{near.name.get('en')}** {'was' if past else 'is'} on "
                  f"{on}{_relative(kit, day, today, lang)}"),
                f". {near.text.get(lang)}")
    assert item.first is not None and item.last is not None
    if item.kind == "milestone":
        known = format_fuzzy_at(item.first, lang)
        return (t(lang, f"enligt tidplanen ska en uppdaterad RUS vara klar {known}",
                  f"according to the timeline an updated RUS is to be ready {known}"), ".")
    start = format_fuzzy(item.first, lang)
    end_day = last_day(item.last)
    end = format_date(end_day, lang) if end_day is not None else format_fuzzy(item.last, lang)
    past_end = end_day is not None and end_day < today
    # Days to the last day, once the consultation is near or under way (or its last day is what was asked).
    left = _relative(kit, end_day, today, lang) if end_day is not None and (claim.role == "end" or (
        item.first.earliest <= today + dt.timedelta(days=14))) and end_day >= today - dt.timedelta(days=14) else ""
    runs = t(lang, "pågick" if past_end else "pågår", "ran" if past_end else "runs")
    whole = t(lang, f"remissen {runs} enligt tidplanen från {start} till och med {end}{left}",
              f"according to the timeline the consultation {runs} from {start} through {end}{left}")
    if claim.days is not None:
        lo = (_end_window(item)[0] - item.first.latest).days + 1
        hi = (_end_window(item)[1] - item.first.earliest).days + 1
        whole = t(lang, f"remissen {runs} enligt tidplanen från {start} till och med {end}",
                  f"according to the timeline the consultation {runs} from {start} through {end}")
        return t(lang, f"{whole}, alltså {_length(lo, hi, lang)}", f"{whole}, that is {_length(lo, hi, lang)}"), "."
    if claim.role == "start":
        opened = item.first.latest < today
        opens = t(lang, "gick" if opened else "går", "opened" if opened else "opens")
        # "… sa att remissen redan öppnade i maj": told as past while the plan's start is ahead.
        not_yet = t(lang, " Den har alltså inte öppnat än.", " So it has not opened yet.") if (
            claim.first is not None and claim.first.earliest < today < item.first.earliest) else ""
        return (t(lang, f"remissen {opens} enligt tidplanen ut i {start}",
                  f"according to the timeline the consultation {opens} in {start}"),
                t(lang, f"; den {runs} till och med {end}{left}.", f"; it {runs} through {end}{left}.") + not_yet +
                _other_on(kit, claim, lang))
    if claim.role == "end":
        was = t(lang, "var" if past_end else "är", "was" if past_end else "is")
        # (the last day with its weekday: "vilken veckodag är det?" is often asked with it)
        last = format_date(end_day, lang, weekday=True) if end_day is not None else end
        # (and its start: "… stänger väl den 15 september? Och när börjar den?" is answered by this alone)
        return (t(lang, f"remissen {runs} enligt tidplanen från {start} till och med {format_fuzzy(item.last, lang)}, "
                        f"så sista dagen {was} {last}{left}",
                  f"according to the timeline the consultation {runs} from {start} through "
                  f"{format_fuzzy(item.last, lang)}, so the last day {was} {last}{left}"), ".")
    return whole, "."


def _other_on(kit: Kit, claim: Claim, lang: Language) -> str:
    """" Den 11 mars är avstämningen med partnerskapet.": what the plan does have on a day wrongly given."""
    if claim.first is None or not claim.first.is_exact:
        return ""
    day = claim.first.earliest
    there = [i for i in kit.process.timeline if i is not claim.item and i.date is not None and i.date.is_exact
             and i.date.earliest == day]
    if not there:
        return ""
    return " " + t(lang, f"Den {format_date(day, lang)} är det **{there[0].name.sv}**.",
                   f"On {format_date(day, lang)} the timeline has the **{there[0].name.get('en')}**.")


def _undated_lead(kit: Kit, claim: Claim, found: Verdict, today: dt.date, lang: Language) -> str:
    """What the plan's order says of a step without a date of its own (the council's decision, the anchoring with the
    partnership): after the dated item before it, before the one after it."""
    item = claim.item
    n = kit.index[item.id]
    before = next((i for i in reversed(kit.process.timeline[:n]) if i.last is not None), None)
    after = next((i for i in kit.process.timeline[n + 1:] if i.last is not None), None)
    name = item.name.get(lang)
    said = _said(claim, lang)
    order = []
    if before is not None and before.last is not None:
        end = last_day(before.last)
        when = format_date(end, lang) if end else format_fuzzy(before.last, lang)
        order.append(t(lang, f"efter remissen (till och med {when})" if before.kind == "consultation" else
                             f"efter {before.name.sv.lower()} ({when})",
                       f"after the consultation (through {when})" if before.kind == "consultation" else
                       f"after the {before.name.get('en').lower()} ({when})"))
    placed = t(lang, " och ", " and ").join(order)
    gone = after is not None and after.last is not None and after.last.latest < today
    if after is not None and after.first is not None:
        # "…, och en uppdaterad RUS ska vara klar i slutet av 2021": the dated step after it, in its own words.
        then = lower_first(after.text.get(lang)).rstrip(".")
        placed += t(lang, ", och ", ", and ") + (past_tense(then, lang) if gone else then)
    comes = t(lang, "skulle det komma" if gone else "kommer det", "it was to come" if gone else "it comes")
    was = claim.first is not None and (claim.last or claim.first).latest < today
    if found == "wrong":
        return t(lang, f"Nej – tidplanen anger inget eget datum för **{name}**, men enligt tidplanen {comes} "
                       f"{placed} – inte {said}.",
                 f"No – the timeline gives the **{name}** no date of its own, but according to the timeline {comes} "
                 f"{placed} – not {said}.")
    text = t(lang, f"Det vet jag inte: tidplanen anger inget eget datum för **{name}**. Enligt tidplanen {comes} "
                   f"{placed}; om det {'blev' if was else 'blir'} {said} kan jag alltså varken bekräfta eller "
                   "avfärda.",
             f"I don't know: the timeline gives the **{name}** no date of its own. According to the timeline {comes} "
             f"{placed}; so whether it {'was' if was else 'is'} {said} I can neither confirm nor rule out.")
    if before is not None and before.last is not None and today > before.last.latest:
        decision = item.kind == "decision"
        text += t(lang, f" Om {'beslutet har fattats' if decision else 'det har skett'} vet jag inte heller – jag "
                        "känner bara tidplanen, inte vad som faktiskt har hänt.",
                  f" Nor do I know whether {'the decision has been taken' if decision else 'it has happened'} – I "
                  "only know the timeline, not what has actually happened.")
    return text


def _dated(kit: Kit, text: str, today: dt.date, lang: Language) -> Dated | None:
    found = claims(kit, text)
    if not found:
        return None
    judged = [(c, verdict(kit, c)) for c in found]
    # The first claim the plan contradicts, else the first it cannot confirm; dates that agree need no lead.
    only = all(_only_claim(text, x) for x in found)
    for wanted in ("wrong", "unknown", "finer"):
        for c, v in judged:
            if v == wanted:
                same = [x for x, _ in judged if x.item is c.item]
                return Dated(v, c.item, _lead(kit, c, v, today, lang, text), _sentences_of(same), _told_of(same),
                             only=only)
    if any(v != "right" for _, v in judged):
        return None         # "remissen i juli": a month inside the consultation, said of no end of it
    c = judged[0][0]
    return Dated("right", c.item, _lead(kit, c, "right", today, lang, text), _sentences_of(found), _told_of(found),
                 checked=only and all(_checked(text, x) for x in found), only=only, length=c.days is not None)


# A weekday said right before a date ("onsdag 10 mars", "on Wednesday 10 March"), as Monday 0 … Sunday 6 (mod 7).
_WEEKDAYS = ("mandag", "tisdag", "onsdag", "torsdag", "fredag", "lordag", "sondag", "monday", "tuesday", "wednesday",
             "thursday", "friday", "saturday", "sunday")
_WEEKDAY_BEFORE = re.compile(rf"\b({'|'.join(_WEEKDAYS)})(?:en)?\s+(?:den\s+|the\s+)?$")
_WEEKDAY_NAMES = {"sv": ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"),
                  "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")}


# A list put up for confirming ("Kan du bekräfta: …", "stämmer följande?", "could you confirm: …").
_CONFIRM_LIST = re.compile(r"\b(?:bekrafta|stammer (?:det|detta|foljande)|confirm|"
                           r"is (?:that|this) (?:right|correct))\b")


def right_beside(kit: Kit, text: str, today: dt.date, lang: Language, wrong: TimelineItem) -> list[tuple[TimelineItem,
                                                                                                          str]]:
    """"Kan du bekräfta: avstämning 11 mars, remiss juni–oktober, …": beside the wrong date corrected, each date of
    another event that agrees with the plan is confirmed ("Ja – …"), so every item of the list is answered."""
    if not _CONFIRM_LIST.search(fold(text)):
        return []
    out: list[tuple[TimelineItem, str]] = []
    for c in claims(kit, text):
        if c.item is wrong or any(c.item is i for i, _ in out) or verdict(kit, c) != "right":
            continue
        out.append((c.item, _lead(kit, c, "right", today, lang, text)))
    return out


# After a date: nothing, or a tag asking for it to be confirmed ("…, va?", "…, stämmer det?", "…, right?").
_ASKS_WRONG = re.compile(r"\b(?:ar|blir|vore) (?:det|detta|den|dessa) (?:fel|felaktigt|felaktig|inkorrekt)\b|"
                         r"\bhar (?:jag|vi) (?:fel|missforstatt)\b|\bis (?:that|this|it) (?:wrong|incorrect)\b|"
                         r"\bam i wrong\b|\bare we wrong\b")
_TAG_AFTER = re.compile(r"\W*(?:(?:va|val|ju|eller hur|eller|right|correct|isn ?t it|stammer det|stammer detta|"
                        r"ar det sa|is that (?:right|correct|so))\W*)?")
_CHECK_ALONE = re.compile(r"\W*(?:stammer (?:det|detta)|ar det (?:sa|sant|ratt|korrekt|fel)|kan (?:ni|du) bekrafta"
                          r"(?: det| detta)?|is (?:that|this|it) (?:right|correct|true|so)|can you confirm"
                          r"(?: that| this| it)?)\W*")
_SECOND_CLAIM = re.compile(r"\b(?:och att|and that|men|but|eller)\b")


def _only_claim(text: str, claim: Claim) -> bool:
    """Whether the claim's clause is the claim alone: the event, its verbs and the date, after nothing or a "… att"
    ("Vi har noterat att remissvaret ska vara inne senast den 30 juni.", "Stänger remissen 30 september?"), and
    nothing after the date but a tag ("…, va?") – not "Kan vi lämna inspel fram till avstämningen den 11 april?"."""
    f = _TOM.sub("tom", fold(sentences(text)[claim.sentence]))
    lead_in = re.split(r"\b(?:att|that)\s", f[:claim.at])[-1]
    if claim.days is not None:
        # "Remisstiden är väl över sommaren – tre månader, eller?": a length put after a dash or comma is told of
        # the period named before it (b70 #56).
        lead_in = re.sub(r"\b(?:ungefar|typ|cirka|ca|runt|omkring|about|roughly|around|approximately)\s*$", "",
                         re.split(r"\s[–-]\s|,\s", lead_in)[-1])
    return _joined(lead_in, _BETWEEN | _BEFORE_EVENT, 8) and bool(_TAG_AFTER.fullmatch(f[claim.end:]))


def _checked(text: str, claim: Claim) -> bool:
    """Whether the question asks only whether the date is right: "Stämmer det att remissen stänger 30 september?",
    "Avstämningen är den 11 mars, va?", "… senast den 30 september. Kan ni bekräfta?" – not "Är avstämningen den 11 mars
    öppen för alla?" nor "…30 september och att vi inte får anstånd?"."""
    said = sentences(text)
    f = _TOM.sub("tom", fold(said[claim.sentence]))
    # (", eller?" closing the sentence is a tag, no second claim: "… tre månader, eller?", b70 #56)
    plain = re.sub(r"\beller(?: hur)?\b(?=\W*$)|\beller hur\b", "", f)
    if _SECOND_CLAIM.search(plain) or _ASKS_MORE.search(plain) or re.search(r"\b(?:nar|when)\b", plain):
        return False
    after = fold(said[claim.sentence + 1]) if claim.sentence + 1 < len(said) else ""
    return f.rstrip().endswith("?") or bool(_CHECK_ALONE.fullmatch(after))


def _sentences_of(found: Iterable[Claim]) -> frozenset[int]:
    return frozenset(n for c in found for n in (c.sentence, c.told) if n is not None)


def _told_of(found: Iterable[Claim]) -> frozenset[int]:
    found = list(found)
    return frozenset(c.told for c in found if c.told is not None) - {c.sentence for c in found}


_GATE = re.compile(r"\d|\b(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b|dag|vecka|veckor|månad|manad|"
                   r"day|week|month")


_GATE_WORDS = frozenset(MONTHS) | frozenset(UNIT_DAYS)


_DIGIT = re.compile(r"\d")
_MID_MONTH = re.compile(rf"\bmid-?(?:{_MONTH_RE})\b")


@lru_cache(maxsize=4096)
def dated(kit: Kit, text: str, today: dt.date, lang: Language) -> Dated | None:
    """The verdict on the dates the message attaches to the plan's events; None when it attaches none. (Asked twice
    per answer – by the engine and by the premise corrector – hence kept.)"""
    mid = ("mid" in text or "Mid" in text) and _MID_MONTH.search(folded(text))      # "mid-June" folds to one word
    if not (folded_words(text) & _GATE_WORDS or _DIGIT.search(text) or mid):
        return None     # most messages name no month, day nor length: the question's words, read once, say so
    return _dated(kit, text, today, lang)





# -- the rest of the message ----------------------------------------------------------------------------------------
# A request to check what was just said ("Stämmer det?", "Kan ni bekräfta?", "…, eller hur?"): answered by the lead.
_CHECK_PHRASE = re.compile(r"^\W*(?:(?:och|and|men|but)\s+)?(?:st[äa]mmer\s+(?:det|detta|det\s+h[äa]r)|"
                           r"[äa]r\s+det\s+(?:s[åa]|sant|r[äa]tt|korrekt|fel)|kan\s+(?:ni|du)\s+bekr[äa]fta(?:\s+(?:det|"
                           r"detta))?|eller\s+hur|va|v[äa]l|right|is\s+(?:that|this|it)\s+(?:right|correct|true|so)|"
                           r"correct|true|can\s+you\s+confirm(?:\s+(?:that|this|it))?)\b[\s?,.!]*"
                           r"(?:$|(?:och|and)\s+|(?=(?:vad|vem|vilka|vilken|vilket|hur|när|var|varför|what|who|which|"
                           r"how|when|where|why)\b))", re.IGNORECASE)
_ASKS = re.compile(r"\?\s*$|^(?:när|vem|vilka|vilken|vilket|hur|vad|var|varför|finns|kan|får|ska|är|har|when|who|"
                   r"what|how|where|why|which|can|is|are|do|does|will)\b", re.IGNORECASE)
# "Var kan vi ta del av beslutet?", "where can we read it?": where something is published, which the material never
# says.
_WHERE_READ = re.compile(r"\bvar\s+(?:publiceras|publicerar|finns|hittar|hittas|laggs)\b|\bvar\s+kan\b.*?\b(?:ta del|"
                         r"lasa|hitta|se|fa tag)\b|\bwhere\b.*?\b(?:read|find|see|published|available|posted)\b")
# A question word asking more than whether the date is right ("Vad hände på avstämningen i mars?"); "var" is also
# "was".
_ASKS_MORE = re.compile(r"\b(?:vad|vem|vilka|vilken|vilket|hur|varfor|what|who|which|how|why)\b")


def rest(text: str, found: Dated) -> str:
    """The message's questions outside the claim, without a request to check it: its other sentences, and a question
    put after the claim in its own sentence ("Remissen går ut 1 maj har jag hört – vilka får den?")."""
    out = []
    for n, sentence in enumerate(sentences(text)):
        if n in found.sentences and not (n in found.told and sentence.rstrip().endswith("?")):
            tail = re.split(r"\s[–-]\s|[,;:]\s", sentence)
            last = _CHECK_PHRASE.sub("", tail[-1], count=1).strip()
            if len(tail) > 1 and sentence.rstrip().endswith("?") and _ASKS.match(last) and len(last.split()) >= 2 and (
                    not _GATE.search(last.lower())):
                out.append(last)
            continue
        left = _CHECK_PHRASE.sub("", sentence, count=1).strip()
        if len(left.split()) >= 2 and _ASKS.search(left):
            out.append(left)
    return " ".join(out)


def asks_where_to_read(text: str) -> bool:
    return bool(_WHERE_READ.search(fold(text)))


__all__ = ["Claim", "Dated", "asks_where_to_read", "claims", "dated", "rest", "right_beside", "sentences", "verdict"]
