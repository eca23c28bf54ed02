"""Counts and comparisons of time the question asks of the plan's events, answered with the count itself:

- a count in the unit asked, from today: "hur många veckor sedan var avstämningen?", "hur länge sen var sista
  dagen?", "how many months until the consultation closes?" ("6 veckor sedan (42 dagar)");
- a comparison with a length put forward: "är det mer än en vecka kvar till avstämningen?", "less than a month
  since the deadline?" (yes or no, then the count);
- a count between two named events or dates, asked or put forward to be checked: "är det 200 dagar mellan
  avstämningen 11 mars och sista september?" ("Nej, 203 dagar");
- a period counted from today: "vad händer om tre veckor?", "what happens in two months?" (what the plan has then);
- the span between two named events: "vad händer mellan avstämningen och remissen?" (the steps the plan puts there).

Blind batch 46: these were answered with a neighbouring fact (the event's card, the whole timeline, the days left
to the consultation) and the asker had to work the count out. A date the plan gives only as a window ("mitten av
juni") stays a window: a count to it is said as an approximate number of weeks with the window, never a day count.
A day the question tells as today ("idag är det 1 mars") is today, not an event's day.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from rusbot.answers.answerers import dated
from rusbot.answers.kit import Asked, Kit, folded, lower_first, t
from rusbot.answers.model import Answer
from rusbot.answers.prefilter import Quick
from rusbot.answers.timeline import item_bounds, item_when, plan_span
from rusbot.i18n import days_phrase, format_date, format_fuzzy, format_fuzzy_at, last_day
from rusbot.process.model import Language, TimelineItem

_N = dated.COUNT
_UNIT = r"(?P<unit>dagar|dag|veckor|vecka|manader|manad|days?|weeks?|months?)"
_DAYS_OF = dated.UNIT_DAYS

# A count asked: "hur många veckor", "how many days", "hur länge", "how long".
_ASK_UNIT = re.compile(r"\b(?:hur manga|how many)\s+" + _UNIT)
_ASK_LONG = re.compile(r"\b(?:hur lange|hur lang tid|how long)\b")
_PAST = re.compile(r"\b(?:sedan|sen|ago|since|passerat|passerade|gatt|har gatt|has passed|have passed)\b")
_FUTURE = re.compile(r"\b(?:kvar|till|tills|innan|fore|until|till|left|before|to go|remaining|aterstar)\b")
# A length put forward to be compared: "mer än en vecka", "less than two weeks", "minst 10 dagar".
_COMPARED = re.compile(r"\b(?P<cmp>mer|mera|fler|langre|over|mindre|farre|kortare|under|minst|hogst|more|longer|"
                       r"less|fewer|shorter|at least|at most|over|under)\s+(?:an|than)?\s*" + _N + r"\s+" + _UNIT)
# A count from today put forward: "är det sex veckor sedan avstämningen?", "two weeks left to the check-in, right?".
_PUT_FROM_TODAY = re.compile(_N + r"\s+" + _UNIT + r"\s+(?:\w+\s+){0,2}?(?P<rel>sedan|sen|ago|kvar|left|to go)\b")
# A count put forward: "är det 200 dagar mellan …", "stämmer det att det är 6 veckor sedan".
_PUT = re.compile(_N + r"\s+" + _UNIT + r"\b")
_BETWEEN = re.compile(r"\b(?:mellan|between)\b")
_WHAT = re.compile(r"\b(?:vad|vilka|vilket|what|which|anything|nagot|nat)\b")
_HAPPENS = re.compile(r"\b(?:goras|gor man|jobbar|arbetar|"
                      r"pa gang|aktuellt|hander|hant|hande|ska ske|sker|gors|gor vi|pagar|kommer|happens?|"
                      r"happening|going on|planned|planerat|planerad|on the plan|ligger|star)\b")
# "om tre veckor", "in two weeks", "two weeks from now", "om en månad".
_AHEAD = re.compile(r"\b(?:om|in)\s+" + _N + r"\s+" + _UNIT + r"\b")
_FROM_NOW = re.compile(_N + r"\s+" + _UNIT + r"\s+(?:from now|fran nu|framat)\b")
# "idag är det 1 mars", "today is 1 March": a day told as today, no event's day.
_TODAY_IS = re.compile(r"\b(?:idag|i dag|today)\s+(?:ar|e|is|it's|its)\s+(?:det|de|den|the)?\s*(?:\w+dag(?:en)?\s+)?"
                       r"(?:[0-3]?\d(?:e|:e|st|nd|rd|th)?\s+(?:of\s+)?)?[a-z]+(?:\s+[0-3]?\d)?(?:\s+20\d\d)?\b|"
                       r"\b(?:det ar|de e|it's|it is)\s+[0-3]?\d\s+[a-z]+\s+(?:idag|i dag|today)\b")
_END = re.compile(r"\b(?:sista (?:dag|dagen|svarsdag\w*|datum\w*)|deadline\w*|stang\w*|stangde|slut\w*|closes?|"
                  r"closed|closing|last day|due|ends?|ended)\b")
# Two points apart: "avstämningen och sista september", "the check-in to 30 September".
_APART = re.compile(r"\b(?:och|and|till|to|until|fram|mot|eller|or)\b|[,;–-]")
_LEFT = re.compile(r"\b(?:kvar|left|remaining|aterstar|to go)\b")
_MEETING_ANY = re.compile(r"\bavstamning\w*|\bcheck.?in\w*")
_LAST_DAY = re.compile(r"\b(?:sista (?:dag|dagen|svarsdag\w*|svarsdatum\w*)|sista svarsdag\w*|deadline\w*|last day)\b")


def _unit(word: str) -> str:
    return {1: "day", 7: "week", 30: "month"}[_DAYS_OF[word]]


@dataclass(frozen=True)
class _Point:
    """A point of the plan the question names: an event (with its day, or its window) or a date."""
    pos: int
    lo: dt.date
    hi: dt.date
    name: str                   # "Avstämning med partnerskapet", "30 september 2021"
    when: str                   # as precise as the plan gives it
    item: TimelineItem | None = None

    @property
    def exact(self) -> bool:
        return self.lo == self.hi


def _points(kit: Kit, f: str, lang: Language, today: dt.date) -> list[_Point]:
    """The events and dates the folded message names, in order; an event's own date beside it is the event."""
    events = dated._events(kit)
    out: list[_Point] = []
    found = events.find(f, consulted=True)
    if not found and events.meetings:
        # ("avstämninga", "avstämningsmötet": the meeting however it is spelt)
        found = [dated._Event(events.meetings[0], m.start(), m.end()) for m in _MEETING_ANY.finditer(f)]
    if events.consultation is not None and not any(e.item is events.consultation for e in found) and (
            m := _LAST_DAY.search(f)):
        # "Hur länge sen var sista dag?": the consultation's last day, the plan's only deadline.
        found = [*found, dated._Event(events.consultation, m.start(), m.end(), True)]
    found = sorted(found, key=lambda e: e.start)
    taken: list[tuple[int, int]] = []
    for e in found:
        item = e.item
        name = item.name.get(lang)
        if item.kind == "consultation":
            end = _END.search(f[max(0, e.start - 30):e.end + 30]) or e.answer or (
                # "mer än tre veckor kvar av remissen?" once it has opened: what is left is to its last day
                _LEFT.search(f) and item.first is not None and item.first.latest < today)
            d = item.last if end else item.first
            if d is None:
                continue
            day = last_day(d) if end else (d.earliest if d.is_exact else None)
            if end:
                name = t(lang, "remissens sista dag", "the consultation's last day")
            else:
                name = t(lang, "remissens start", "the consultation's start")
            lo, hi = (day, day) if day is not None else (d.earliest, d.latest)
            out.append(_Point(e.start, lo, hi, name, format_fuzzy(d, lang) if day is None else format_date(
                day, lang, weekday=True), item))
        else:
            d = item.first
            if d is None:
                continue
            when = format_date(d.earliest, lang, weekday=True) if d.is_exact else format_fuzzy(d, lang)
            out.append(_Point(e.start, d.earliest, d.latest, name, when, item))
        taken.append((e.start, e.end))
    span = plan_span(kit.process)
    for m in dated._DATE.finditer(f):
        d = dated._claimed_date(m, today.year)
        if d is not None and span is not None and not m.group("year"):
            # "mellan 11 mars och 30 september": the year the plan's own dates put the day in
            d = next((c for c in (dated._claimed_date(m, y) for y in events.years)
                      if c is not None and span[0] <= c.earliest <= span[1]), d)
        if d is None or not d.is_exact:
            continue
        # The event's own date beside it ("avstämningen 11 mars") is the event, not a second point.
        if any((0 <= m.start() - hi <= 12 and not _APART.search(f[hi:m.start()])) or 0 <= lo - m.end() <= 3
               for lo, hi in taken):
            continue
        out.append(_Point(m.start(), d.earliest, d.earliest, "", format_date(d.earliest, lang, weekday=True)))
    return sorted(out, key=lambda p: p.pos)


def _weeks(n: int, lang: Language) -> str:
    return t(lang, "en vecka" if n == 1 else f"{n} veckor", "a week" if n == 1 else f"{n} weeks")


def _in_unit(days: int, unit: str, lang: Language) -> str:
    """"6 veckor (42 dagar)", "ungefär 2 månader (61 dagar)", "42 dagar"."""
    if unit == "week":
        weeks, rest = divmod(days, 7)
        if rest == 0:
            return t(lang, f"{_weeks(weeks, lang)} ({days_phrase(days)})",
                     f"{_weeks(weeks, lang)} ({days_phrase(days, 'en')})")
        return t(lang, f"drygt {_weeks(weeks, lang)} ({days_phrase(days)})",
                 f"just over {_weeks(weeks, lang)} ({days_phrase(days, 'en')})") if (
            rest <= 3) else t(lang, f"knappt {_weeks(weeks + 1, lang)} ({days_phrase(days)})",
                              f"almost {_weeks(weeks + 1, lang)} ({days_phrase(days, 'en')})")
    if unit == "month" and days < 60:
        return _in_unit(days, "week", lang)
    if unit == "month":
        months = round(days / 30.44, 1)
        whole = round(months)
        said = str(whole) if abs(months - whole) < 0.25 else f"{months:.1f}".replace(".", "," if lang == "sv" else ".")
        return t(lang, f"ungefär {said} {'månad' if said == '1' else 'månader'} ({days_phrase(days)})",
                 f"about {said} {'month' if said == '1' else 'months'} ({days_phrase(days, 'en')})")
    return days_phrase(days, lang)


def _window_weeks(lo: int, hi: int, lang: Language) -> str:
    a, b = round(lo / 7), round(hi / 7)
    if a == b:
        return t(lang, f"ungefär {a} veckor", f"about {a} weeks")
    return t(lang, f"ungefär {min(a, b)}–{max(a, b)} veckor", f"about {min(a, b)}–{max(a, b)} weeks")


# The words every count or comparison of time is asked with (compiled here: every message is tested).
_SPAN_WORDS = Quick(re.compile(r"\b(?:dag|dagar|vecka|veckor|manad|manader|days?|weeks?|months?|hur lange|hur lang tid|"
                               r"how long|mellan|between)\b"))


def answer(kit: Kit, q: Asked) -> Answer | None:
    """The count or comparison asked, or None when the question asks none of them."""
    if not kit.process.timeline:
        return None
    f = folded(q.text)
    if _HOLIDAY.search(f) and (held := _holiday(kit, q, f, q.language, q.today)) is not None:
        return held
    if not _SPAN_WORDS.search(f):
        return None
    told_today = _TODAY_IS.search(f)
    if not told_today and (claim := dated.dated(kit, q.text, q.today, q.language)) is not None and (
            claim.verdict not in ("right", "inside", "finer")) and not _BETWEEN.search(f):
        # "… sedan avstämningen den 11 februari?": the wrong date is corrected first. ("mellan avstämningen och
        # sista september" tells no date of the check-in: the second point is another.)
        return None
    if told_today:
        f = f[:told_today.start()] + " " * (told_today.end() - told_today.start()) + f[told_today.end():]
    lang, today = q.language, q.today
    return (_between_steps(kit, q, f, lang, today) or _span(kit, q, f, lang, today) or
            _compared(kit, q, f, lang, today) or _put_from_today(kit, q, f, lang, today) or
            _count(kit, q, f, lang, today) or _ahead(kit, q, f, lang, today))


# A holiday named as a moment: "före midsommar", "efter jul", "before Easter". Only the calendar's own days are placed
# (midsommarafton, julafton, nyårsafton, påskdagen); a holiday with no fixed day (the summer holidays) is not.
_HOLIDAY = Quick(re.compile(r"\b(?P<h>midsommar\w*|midsummer\w*|jul(?:afton|en|helg\w*|ledighet\w*)?|christmas\w*|"
                            r"nyar\w*|new year\w*|pask\w*|easter)\b"))
_ORDER = re.compile(r"\b(?P<o>fore|innan|efter|before|after|by|until|till|senast)\s+(?:\w+\s+){0,2}?(?:midsommar|"
                    r"midsummer|jul|christmas|nyar|new year|pask|easter)")
_MUST = re.compile(r"\b(?:maste|behover|ska|skall|bor|do we have to|must|need to|should|have to)\b")
_ANSWER = re.compile(r"\b(?:svar\w*|remissvar\w*|lamna in|skicka in|respond\w*|reply|answer\w*|submit\w*)\b")
# "pågår remissen till jul?", "open until Christmas?": how long something lasts, not whether it comes before the
# holiday.
_LASTS = re.compile(r"\b(?:paga\w*|lop(?:a|er)|oppe[nt]?|halla pa|haller pa|open|run|runs|last|lasts|going on)\b")
_UNTIL = frozenset({"till", "until", "tills"})


def _easter(year: int) -> dt.date:
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def holiday_day(word: str, year: int) -> dt.date:
    """The calendar's day of a holiday named (folded): midsommarafton is the Friday between 19 and 25 June,
    julafton 24 and nyårsafton 31 December, påskdagen by the Gregorian computus; anything else is Easter."""
    if word.startswith(("midsommar", "midsummer")):
        return next(dt.date(year, 6, d) for d in range(19, 26) if dt.date(year, 6, d).weekday() == 4)
    if word.startswith(("jul", "christmas")):
        return dt.date(year, 12, 24)
    if word.startswith(("nyar", "new year")):
        return dt.date(year, 12, 31)
    return _easter(year)


def _holiday_day(word: str, year: int, lang: Language) -> tuple[dt.date, str]:
    """The holiday's day in the year and how it is said: (25 June 2021, "midsommarafton (fredag 25 juni 2021)")."""
    if word.startswith(("midsommar", "midsummer")):
        name = t(lang, "midsommarafton", "Midsummer Eve")
    elif word.startswith(("jul", "christmas")):
        name = t(lang, "julafton", "Christmas Eve")
    elif word.startswith(("nyar", "new year")):
        name = t(lang, "nyårsafton", "New Year's Eve")
    else:
        name = t(lang, "påskdagen", "Easter Sunday")
    day = holiday_day(word, year)
    return day, f"{name} ({format_date(day, lang, weekday=True)})"


def _holiday(kit: Kit, q: Asked, f: str, lang: Language, today: dt.date) -> Answer | None:
    """"Kommer remissen före eller efter midsommar?", "måste vi svara före jul?": the plan's event placed against the
    holiday's day in the calendar. A window of the plan ("mitten av juni") near the holiday is not ordered for sure."""
    order = _ORDER.search(f)
    if order is None:
        return None
    if any(re.search(r"\d", m.group(0)) for m in dated._DATE.finditer(f)):
        return None         # "… går ut 1 maj och svaren inne till midsommar?": the date told is checked first
    h = _HOLIDAY.search(f, order.start())
    if h is None:
        return None
    rest = f[:order.start()] + " " * (h.end() - order.start()) + f[h.end():]
    points = [p for p in _points(kit, rest, lang, today) if p.item is not None]
    events = dated._events(kit)
    answering = bool(_ANSWER.search(rest)) and events.consultation is not None
    if answering and not any(p.item is events.consultation and p.exact for p in points):
        # "måste vi svara före midsommar?": answering is the consultation's, by its last day
        item = events.consultation
        d = item.last if item is not None else None
        if item is None or d is None:
            return None
        day = last_day(d)
        if day is None:
            return None
        points = [_Point(0, day, day, t(lang, "remissens sista dag", "the consultation's last day"),
                         format_date(day, lang, weekday=True), item)]
    if len(points) != 1:
        return None
    p = points[0]
    if p.item is None:
        return None
    day, said_h = _holiday_day(h.group("h"), p.lo.year, lang)
    if order.group("o") in _UNTIL and (_LASTS.search(rest) or (answering and not _MUST.search(rest))):
        return _until_holiday(kit, q, p, day, said_h, answering)
    if day < today <= p.hi:
        day, said_h = _holiday_day(h.group("h"), p.lo.year + 1, lang)     # asked after this year's: the next one
    if p.hi < today < day:
        # "ska partnerskapet ses igen innan jul?" in October: a step already past says nothing of what comes before
        # the holiday ahead (the 11 March check-in is no "Ja").
        return None
    before_asked = order.group("o") in ("fore", "innan", "before", "by", "until", "till", "senast")
    both = bool(re.search(r"\b(?:fore|innan|before) eller (?:efter|after)\b|\b(?:efter|after) eller (?:fore|innan|"
                          r"before)\b", f))
    verb = t(lang, "var" if p.hi < today else "är", "was" if p.hi < today else "is")
    name = f"{p.name[:1].upper()}{p.name[1:]}"
    when = p.when if p.exact or p.item.first is None or p.item.kind != "consultation" or p.lo != p.item.first.earliest \
        else format_fuzzy_at(p.item.first, lang)
    if p.hi < day or p.lo > day:
        before = p.hi < day
        near = not p.exact and (day - p.hi).days <= 20 and (p.lo - day).days <= 20
        if both:
            lead = t(lang, "Före" if before else "Efter", "Before" if before else "After")
            lead = t(lang, f"Troligen {lead.lower()}", f"Probably {lead.lower()}") if near else lead
        elif near:
            lead = t(lang, "Troligen ja" if before == before_asked else "Troligen inte",
                     "Probably yes" if before == before_asked else "Probably not")
        else:
            lead = t(lang, "Ja" if before == before_asked else "Nej", "Yes" if before == before_asked else "No")
        rel = t(lang, "före" if before else "efter", "before" if before else "after")
        if p.exact:
            text = t(lang, f"{lead}: {lower_first(name)} {verb} {when}, {rel} {said_h}.",
                     f"{lead}: {lower_first(name)} {verb} {when}, {rel} {said_h}.")
        else:
            h_name, h_day = said_h[:-1].split(" (", 1)
            text = t(lang, f"{lead}: {lower_first(name)} {verb} enligt tidplanen {when}, och {h_name} är "
                           f"{h_day}. Exakt dag anges inte i tidplanen, så helt säkert går det inte att säga.",
                     f"{lead}: {lower_first(name)} {verb} {when} according to the timeline, and {h_name} "
                     f"is {h_day}. The timeline gives no exact day, so it cannot be said for sure.")
            if not near:
                text = t(lang, f"{lead}: {lower_first(name)} {verb} enligt tidplanen {when}, {rel} {said_h}.",
                         f"{lead}: {lower_first(name)} {verb} {when} according to the timeline, {rel} {said_h}.")
    else:
        return None         # the holiday inside the plan's window ("klar till jul?", "slutet av 2021"): not ordered
    if p.item.kind == "consultation" and not p.exact and p.item.last is not None and (
            last := last_day(p.item.last)) is not None:
        text += t(lang, f" Remissen pågår till och med {format_date(last, lang, weekday=True)}.",
                  f" The consultation runs until {format_date(last, lang, weekday=True)}.")
    topic = "consultation.dates" if p.item.kind == "consultation" else _topic(p)
    return kit.answer(q, text, _source(p), topic=topic)


def _until_holiday(kit: Kit, q: Asked, p: _Point, day: dt.date, said_h: str, answering: bool) -> Answer | None:
    """"Pågår remissen fram till jul?", "kan vi lämna remissvar till nyår?": whether the step lasts until the holiday
    is its last day against the holiday's, not its start (b72 #5 got "Ja: remissens start är … före julafton")."""
    item = p.item
    end = last_day(item.last) if item is not None and item.last is not None else None
    if item is None or end is None:
        return None
    lang = q.language
    end_f = format_date(end, lang, weekday=True)
    if item.kind == "consultation" and answering:
        if end >= day:
            text = t(lang, f"Ja: remissens sista dag är {end_f}, efter {said_h}.",
                     f"Yes: the consultation's last day is {end_f}, after {said_h}.")
        else:
            text = t(lang, f"Nej: remissens sista dag är {end_f}, före {said_h}. Senare än så tar jag emot ert "
                           "remissvar bara om samordnarna har beviljat er anstånd.",
                     f"No: the consultation's last day is {end_f}, before {said_h}. After that I accept your "
                     "response only if the coordinators have granted you an extension.")
        return kit.answer(q, text, _source(p), topic="consultation.dates")
    name = t(lang, "remissen", "the consultation") if item.kind == "consultation" else lower_first(item.name.get(lang))
    past = end < q.today
    lasts = t(lang, "pågick" if past else "pågår", "ran" if past else "runs")
    if end >= day:
        text = t(lang, f"Ja: {name} {lasts} enligt tidplanen till och med {end_f}, efter {said_h}.",
                 f"Yes: according to the timeline {name} {lasts} until {end_f}, after {said_h}.")
    else:
        text = t(lang, f"Nej: {name} {lasts} enligt tidplanen till och med {end_f}, alltså inte till {said_h}.",
                 f"No: according to the timeline {name} {lasts} until {end_f}, not until {said_h}.")
    topic = "consultation.dates" if item.kind == "consultation" else _topic(p)
    return kit.answer(q, text, _source(p), topic=topic)


def _mid(name: str, lang: Language) -> str:
    """A step's name inside a sentence: "avstämning med partnerskapet", "the check-in with the partnership"."""
    return lower_first(name) if lang == "sv" else f"the {lower_first(name)}"


def _named(p: _Point, lang: Language) -> str:
    """"avstämning med partnerskapet (torsdag 11 mars 2021)", or the date alone."""
    if not p.name:
        return p.when
    return f"{_mid(p.name, lang) if p.item is not None and p.item.kind != 'consultation' else p.name} ({p.when})"


def _topic(*points: _Point) -> str:
    """The answer's topic: the event counted to ("check_in", the consultation's days), else the timeline."""
    kinds = {p.item.kind for p in points if p.item is not None}
    if kinds == {"consultation"}:
        return "consultation.days_left"
    if kinds == {"meeting"}:
        return "check_in"
    return "timeline"


def _source(p: _Point) -> list[str]:
    return [p.item.source] if p.item is not None else []


def _span(kit: Kit, q: Asked, f: str, lang: Language, today: dt.date) -> Answer | None:
    """"Är det 200 dagar mellan avstämningen 11 mars och sista september?", "how many weeks between the check-in
    and the deadline?": the count between the two, checked against the one put forward."""
    between = _BETWEEN.search(f)
    if between is None:
        return None
    points = [p for p in _points(kit, f, lang, today) if p.pos > between.start() - 2]
    if len(points) < 2:
        return None
    a, b = points[0], points[1]
    if a.lo > b.lo:
        a, b = b, a
    put = _PUT.search(f[:between.start()]) or _PUT.search(f[b.pos:])
    if put is None:
        return None         # a count asked, not put forward: the plan answerer counts it ("hur lång tid går det …")
    unit = _unit(put.group("unit"))
    sources = [*_source(a), *_source(b)]
    span = t(lang, f"från {_named(a, lang)} till {_named(b, lang)}", f"from {_named(a, lang)} to {_named(b, lang)}")
    if not (a.exact and b.exact):
        # a window ("mitten av juni"): about how many weeks, never a count of days to be confirmed
        lo, hi = (b.lo - a.hi).days, (b.hi - a.lo).days
        text = t(lang, f"{_window_weeks(lo, hi, lang)[:1].upper()}{_window_weeks(lo, hi, lang)[1:]} {span}. "
                       "Ett exakt antal dagar går inte att räkna: tidplanen anger ingen exakt dag där.",
                 f"{_window_weeks(lo, hi, lang)[:1].upper()}{_window_weeks(lo, hi, lang)[1:]} {span}. "
                 "An exact number of days cannot be counted: the timeline gives no exact day there.")
        return kit.answer(q, text, sources, topic=_topic(a, b))
    days = (b.lo - a.lo).days
    said = _in_unit(days, unit, lang)
    n = dated.number_of(put.group("n")) * _DAYS_OF[put.group("unit")]
    near = n == days or (unit != "day" and abs(n - days) <= (3 if unit == "week" else 5))
    yes = t(lang, "Ja" if n == days else "Ja, ungefär", "Yes" if n == days else "Yes, roughly") if near else (
        t(lang, "Nej", "No"))
    text = f"{yes}, {said} {span}."
    return kit.answer(q, text, sources, topic=_topic(a, b))


def _target(kit: Kit, f: str, lang: Language, today: dt.date) -> _Point | None:
    points = _points(kit, f, lang, today)
    return points[0] if points else None


def _same_sentence(f: str, start: int, end: int) -> bool:
    """Whether nothing ends a sentence between two places of the folded message."""
    lo, hi = sorted((start, end))
    return not re.search(r"[.!?]\s", f[lo:hi])


def _relation(p: _Point, today: dt.date, lang: Language) -> tuple[str, str]:
    """What the count is of: ("sedan", "Avstämning med partnerskapet var torsdag 11 mars 2021.")."""
    past = p.hi < today
    if not p.name:
        # a day the message gives, no step of the plan ("… till 5 oktober?"): the day itself, with its weekday
        return ("past", t(lang, f"räknat från {p.when}.", f"counted from {p.when}.")) if past else (
            "future", t(lang, f"räknat till {p.when}.", f"counted to {p.when}."))
    if past:
        return "past", t(lang, f"{p.name[:1].upper()}{p.name[1:]} var {p.when}.",
                         f"{p.name[:1].upper()}{p.name[1:]} was {p.when}.")
    when = p.when if p.exact or p.item is None or p.item.first is None else format_fuzzy_at(
        p.item.first, lang)
    return "future", t(lang, f"{p.name[:1].upper()}{p.name[1:]} är {when}.",
                       f"{p.name[:1].upper()}{p.name[1:]} is {when}.")


def _compared(kit: Kit, q: Asked, f: str, lang: Language, today: dt.date) -> Answer | None:
    """"Är det mer än en vecka kvar till avstämningen?", "less than a month since the deadline?": yes or no, with
    the count."""
    m = _COMPARED.search(f)
    if m is None:
        return None
    p = _target(kit, f, lang, today)
    if p is None:
        return None
    n = dated.number_of(m.group("n")) * _DAYS_OF[m.group("unit")]
    unit = _unit(m.group("unit"))
    kind, said = _relation(p, today, lang)
    more = m.group("cmp") in ("mer", "mera", "fler", "langre", "over", "minst", "more", "longer", "at least")
    if not p.exact:
        lo, hi = sorted(((p.lo - today).days, (p.hi - today).days), key=abs)
        lo, hi = abs(lo), abs(hi)
        if (more and lo > n) or (not more and hi < n):
            yes = t(lang, "Ja", "Yes")
        elif (more and hi <= n) or (not more and lo >= n):
            yes = t(lang, "Nej", "No")
        else:
            return None     # the window straddles the length: the plan cannot say
        count = _window_weeks(lo, hi, lang)
        text = t(lang, f"{yes}, {count}: {said} Exakt dag anges inte i tidplanen.",
                 f"{yes}, {count}: {said} The timeline gives no exact day.")
        return kit.answer(q, text, _source(p), topic=_topic(p))
    days = abs((p.lo - today).days)
    if days == 0:
        return None
    yes_ = (days > n) if more and m.group("cmp") not in ("minst", "at least") else (days >= n) if more else (
        (days < n) if m.group("cmp") not in ("hogst", "at most") else (days <= n))
    yes = t(lang, "Ja", "Yes") if yes_ else t(lang, "Nej", "No")
    count = days_phrase(days, lang) if days < 7 else _in_unit(days, unit if unit != "day" or days < 14 else "week",
                                                               lang)
    rel = t(lang, "kvar" if kind == "future" else "sedan", "left" if kind == "future" else "ago")
    text = f"{yes}, {count} {rel}: {said}"
    return kit.answer(q, text, _source(p), topic=_topic(p))


def _put_from_today(kit: Kit, q: Asked, f: str, lang: Language, today: dt.date) -> Answer | None:
    """"Stämmer det att det är sex veckor sedan avstämningen?": the count put forward checked, with the count."""
    m = _PUT_FROM_TODAY.search(f)
    if m is None or _BETWEEN.search(f) or _ASK_UNIT.search(f) or _ASK_LONG.search(f):
        return None
    p = _target(kit, f, lang, today)
    if p is None or not p.exact or (p.item is None and not _same_sentence(f, m.end(), p.pos)):
        # ("Påminnelsen säger sju dagar kvar. Styrelsen har inte möte förrän 5 oktober": the count told is the
        # reminder's, of the last day, not of the day another sentence names – b56 #65)
        return None
    kind, said = _relation(p, today, lang)
    if (kind == "past") != (m.group("rel") in ("sedan", "sen", "ago")):
        return None
    if kind == "future" and p.item is not None and p.item.kind == "consultation":
        return None         # the days left to the consultation's last day: the slots' own
    days = abs((p.lo - today).days)
    n = dated.number_of(m.group("n")) * _DAYS_OF[m.group("unit")]
    unit = _unit(m.group("unit"))
    near = n == days or (unit != "day" and abs(n - days) <= (3 if unit == "week" else 5))
    yes = t(lang, "Ja" if n == days else "Ja, ungefär", "Yes" if n == days else "Yes, roughly") if near else (
        t(lang, "Nej", "No"))
    rel = t(lang, "kvar" if kind == "future" else "sedan", "left" if kind == "future" else "ago")
    count = _in_unit(days, unit if unit != "day" or days < 14 else "day", lang)
    return kit.answer(q, f"{yes}, {count} {rel}: {said}", _source(p), topic=_topic(p))


def _count(kit: Kit, q: Asked, f: str, lang: Language, today: dt.date) -> Answer | None:
    """"Hur många veckor sen var avstämningen?", "hur länge sedan var sista dagen?", "how many months until the
    deadline?": the count in the unit asked, from today."""
    asked = _ASK_UNIT.search(f)
    long = _ASK_LONG.search(f)
    if asked is None and long is None:
        return None
    start = asked.end() if asked is not None else long.end() if long is not None else 0
    after = f[start:]
    past_asked = bool(_PAST.search(after))
    if not past_asked and not _FUTURE.search(after):
        return None         # "how many weeks is the consultation open?": its length, not a count from today
    unit = _unit(asked.group("unit")) if asked else "day"
    if unit == "day" and not past_asked:
        return None         # days left: the days-left answers' own question
    if long is not None and asked is None and not past_asked:
        return None         # "hur länge pågår remissen?" is its length, "hur länge dröjer det" the slots' own
    p = _target(kit, after, lang, today) or (_target(kit, f, lang, today) if past_asked else None)
    if p is None:
        return None
    kind, said = _relation(p, today, lang)
    if past_asked != (kind == "past"):
        return None         # "hur många veckor är kvar av remissen?" (begun): the days-left answer's own
    if not p.exact and kind != "past" and re.search(r"\b(?:nar|when)\b", f):
        return None         # to a window ahead ("när öppnar remissen, om hur många veckor?"): the slots' own weeks
    if not p.exact and kind != "past" and p.item is not None and p.item is kit.process.consultation_item and (
            p.item.first is not None and p.lo == p.item.first.earliest):
        # "hur många veckor till remissen går ut?": about how many weeks to its opening window, no day
        weeks = kit.weeks_to_opening(today)
        about = t(lang, f"om ungefär {weeks} veckor" if weeks > 1 else "om några dagar",
                  f"in about {weeks} weeks" if weeks > 1 else "in a few days")
        last = last_day(p.item.last) if p.item.last is not None else None
        end = t(lang, f" Den pågår till och med {format_date(last, lang, weekday=True)}.",
                f" It runs until {format_date(last, lang, weekday=True)}.") if last is not None else ""
        text = t(lang, f"Remissen öppnar enligt tidplanen i {format_fuzzy(p.item.first, lang)}, alltså {about} "
                       f"(exakt startdag anges inte).{end}",
                 f"According to the timeline the consultation opens in {format_fuzzy(p.item.first, lang)}, that is "
                 f"{about} (the exact day is not given).{end}")
        return kit.answer(q, text, _source(p), topic=_topic(p))
    if not p.exact and kind != "past" and p.lo <= today <= p.hi:
        # Inside the plan's window ("slutet av 2021" asked on 8 November): what is left is at most to its end.
        most = (p.hi - today).days
        count = days_phrase(most, lang)
        if unit != "day":
            count += f" ({_in_unit(most, unit, lang).split(' (')[0]})"
        text = t(lang, f"Högst {count} kvar: {said} Exakt dag anges inte i tidplanen, och vi är redan inne i den "
                       "perioden, så det kan vara mindre.",
                 f"At most {count} to go: {said} The timeline gives no exact day, and we are already within that "
                 "period, so it may be less.")
        return kit.answer(q, text, _source(p), topic=_topic(p))
    if not p.exact:
        lo, hi = sorted((abs((p.lo - today).days), abs((p.hi - today).days)))
        count = _window_weeks(lo, hi, lang)
        rel = t(lang, "sedan" if kind == "past" else "kvar", "ago" if kind == "past" else "to go")
        text = t(lang, f"{count[:1].upper()}{count[1:]} {rel}: {said} Exakt dag anges inte i tidplanen, så det går "
                       "inte att räkna exakt.",
                 f"{count[:1].upper()}{count[1:]} {rel}: {said} The timeline gives no exact day, so it cannot be "
                 "counted exactly.")
        return kit.answer(q, text, _source(p), topic=_topic(p))
    days = abs((p.lo - today).days)
    if days == 0:
        return kit.answer(q, t(lang, f"Det är i dag: {said}", f"It is today: {said}"), _source(p), topic=_topic(p))
    count = _in_unit(days, unit if unit != "day" or days < 14 else "day", lang)
    if unit == "day" and days >= 14:
        count = f"{days_phrase(days, lang)} ({_in_unit(days, 'week', lang).split(' (')[0]})"
    if kind == "past":
        text = t(lang, f"För **{count}** sedan: {said}", f"**{count}** ago: {said}")
    else:
        text = t(lang, f"**{count[:1].upper()}{count[1:]}** kvar: {said}", f"**{count[:1].upper()}{count[1:]}** "
                 f"to go: {said}")
    return kit.answer(q, text, _source(p), topic=_topic(p))


def _add(today: dt.date, n: int, unit: str) -> dt.date:
    if unit != "month":
        return today + dt.timedelta(days=n * _DAYS_OF[unit + "s"])
    month = today.month - 1 + n
    year, month = today.year + month // 12, month % 12 + 1
    return dt.date(year, month, min(today.day, calendar.monthrange(year, month)[1]))


def _ahead(kit: Kit, q: Asked, f: str, lang: Language, today: dt.date) -> Answer | None:
    """"Vad händer om tre veckor?", "what happens in two months?": what the plan has in that period, as precise
    as the plan gives it."""
    m = _AHEAD.search(f) or _FROM_NOW.search(f)
    if m is None or not (_WHAT.search(f) and _HAPPENS.search(f)):
        return None
    if dated._events(kit).find(f, consulted=True):
        return None         # "vad händer med remissen om två veckor?": of the event, the answerers' own
    n_word, u_word = m.group("n"), m.group("unit")
    n, unit = dated.number_of(n_word), _unit(u_word)
    day = _add(today, n, unit)
    half = {"day": 0, "week": 3, "month": 15}[unit] if n > 1 or unit != "day" else 0
    lo, hi = day - dt.timedelta(days=half), day + dt.timedelta(days=half)
    said_n = {"tva": "två", "atta": "åtta"}.get(n_word, n_word)
    ahead = t(lang, f"Om {said_n} {u_word.replace('manad', 'månad')}",
              f"In {n_word if not n_word.isdigit() else n} {u_word}")
    around = t(lang, f"runt {format_date(day, lang)}", f"around {format_date(day, lang)}")
    timeline = kit.process.timeline
    span = plan_span(kit.process)
    if span is None or lo > span[1]:
        return None         # past the plan's end: what the plan says after it is the answerers' own
    lines: list[str] = []
    sources: list[str] = []
    for item in timeline:
        bounds = item_bounds(item)
        first = item.first
        if bounds is None or first is None:
            continue
        b_lo, b_hi = bounds
        if b_hi < lo or b_lo > hi:
            continue
        name, when = item.name.get(lang), item_when(item, lang)
        starts_then = lo <= first.latest and first.earliest <= hi
        narrow = (first.latest - first.earliest).days <= 31
        if starts_then and first.is_exact:
            lines.append(f"- **{name}** ({when})")
        elif starts_then and narrow:
            # "mitten av juni": a window, never a day
            lines.append(t(lang, f"- **{name}** börjar enligt tidplanen i {format_fuzzy(first, lang)} ({when}); "
                                 "exakt startdag anges inte.",
                           f"- **{name}** starts according to the timeline in {format_fuzzy(first, lang)} ({when}); "
                           "the exact start day is not given."))
        elif first.latest < lo and b_hi >= lo and (item.last is None or (
                item.last.latest - item.last.earliest).days <= 31):
            lines.append(t(lang, f"- **{name}** pågår ({when})", f"- **{name}** is under way ({when})"))
        else:
            continue
        sources.append(item.source)
    if not lines:
        # Between two dated items: the undated steps the plan puts there.
        placed = kit.placed(day)
        current = [i for i, p in zip(timeline, placed, strict=True) if p.status == "current" and not p.dated]
        for item in current[:1]:
            # (the undated steps all lie between the same dates: only the first is said to be next)
            lines.append(t(lang, f"- **{item.name.get(lang)}** – närmast i tidplanens ordning; steget har inget eget "
                                 "datum",
                           f"- **{item.name.get(lang)}** – next in the timeline's order; the step has no date of "
                           "its own"))
            sources.append(item.source)
    if not lines:
        return None
    head = t(lang, f"{ahead} ({around}) har tidplanen:", f"{ahead} ({around}) the timeline has:")
    return kit.answer(q, "\n".join([head, *lines]), sources, topic="timeline")


def _between_steps(kit: Kit, q: Asked, f: str, lang: Language, today: dt.date) -> Answer | None:
    """"Vad händer mellan avstämningen i mars och remissen i juni?": the steps the plan puts between the two."""
    between = _BETWEEN.search(f)
    if between is None or _ASK_UNIT.search(f) or _ASK_LONG.search(f) or _PUT.search(f) or not (
            _WHAT.search(f[:between.start()]) and _HAPPENS.search(f[:between.start()] + " " + f[between.end():])):
        return None
    found = sorted((e for e in dated._events(kit).find(f, consulted=True) if e.start > between.start()),
                   key=lambda e: e.start)
    items = list(dict.fromkeys(e.item.id for e in found))
    if len(items) < 2:
        return None
    timeline = kit.process.timeline
    index = {i.id: n for n, i in enumerate(timeline)}
    a, b = sorted((index[items[0]], index[items[1]]))
    inside = timeline[a + 1:b]
    first, last = timeline[a], timeline[b]
    names = (f"{_mid(first.name.get(lang), lang)} ({item_when(first, lang) or t(lang, 'inget datum', 'no date')})",
             f"{_mid(last.name.get(lang), lang)} ({item_when(last, lang) or t(lang, 'inget datum', 'no date')})")
    if not inside:
        text = t(lang, f"Tidplanen har inget steg mellan {names[0]} och {names[1]}: de följer direkt på varandra.",
                 f"The timeline has no step between {names[0]} and {names[1]}: one follows the other.")
        return kit.answer(q, text, [first.source, last.source], topic="timeline")
    lines = []
    phases = {ph.id: ph.name.get(lang) for ph in kit.process.phases}
    for item in inside:
        when = item_when(item, lang) or t(lang, "inget eget datum", "no date of its own")
        if item.phase in phases and timeline[a].phase != item.phase:
            when = f"{phases[item.phase]}, {when}"      # "(Fas 2, inget eget datum)": a new phase begins there
        text_ = item.text.get(lang)
        lines.append(f"- **{item.name.get(lang)}** ({when}): {text_}" if text_ and text_ != item.name.get(lang)
                     else f"- **{item.name.get(lang)}** ({when})")
    head = t(lang, f"Mellan {names[0]} och {names[1]} har tidplanen:",
             f"Between {names[0]} and {names[1]} the timeline has:")
    return kit.answer(q, "\n".join([head, *lines]), [first.source, *(i.source for i in inside), last.source],
                      topic="timeline")

