"""Meetings: the timeline's check-ins and the coordinators' own meetings. "Nästa möte" gets only
meetings still ahead, or says that none is known."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import replace

from rusbot.answers.kit import Asked, Kit, folded, folded_words, is_yes_no, lower_first, t
from rusbot.answers.lexicon import fold, tokens
from rusbot.answers.model import Answer
from rusbot.answers.prefilter import Quick
from rusbot.answers.timeline import item_bounds
from rusbot.i18n import format_date, join_list
from rusbot.process.model import Fact, Language, TimelineItem
from rusbot.understanding.entities import meeting_day

_AHEAD = {"NEXT", "DAYS"}


def _item_lines(kit: Kit, item: TimelineItem, q: Asked) -> list[str]:
    lang, today = q.language, q.today
    first = item.first
    line = kit.item_line(item, lang)
    if first is not None and first.is_exact:
        line = (f"**{item.name.get(lang)}** – {format_date(first.earliest, lang, weekday=True)} "
                f"({kit.when_relative(first.earliest, today, lang)})")
    lines = [line, item.text.get(lang)]
    upcoming = first is None or first.latest >= today
    if item.prepare is not None and upcoming:
        lines.append(t(lang, "Förbered: ", "Prepare: ") + item.prepare.get(lang))
    own_that_day = first is not None and any(meeting_day(m) == first.earliest for m in kit.process.deployment.meetings)
    if upcoming and not own_that_day:
        lines.append(t(lang, "Tid, plats och länk anges inte i tidplanen; samordnarna kan lägga in dem och svara på "
                             "det.",
                       "The timeline gives no time, place or link; the coordinators can add them and answer that."))
    elif not upcoming:
        lines.append(t(lang, "Vad som kom fram eller beslutades där står inte i underlaget.",
                       "What came out of it or was decided there is not in the material."))
    return lines


def _none_ahead(kit: Kit, q: Asked, after: dt.date | None) -> Answer:
    """No meeting known ahead: say so, the last one there was, and what the ways of working promise."""
    lang, today = q.language, q.today
    timeline_meetings = [i for i in kit.process.timeline if i.kind == "meeting" and i.first is not None]
    if after is not None:
        when = format_date(after, lang)
        text = t(lang, f"Jag känner inte till något möte efter {when}: tidplanen har inga fler avstämningar med datum, "
                       "och samordnarna har inte lagt in några egna möten.",
                 f"I know of no meeting after {when}: the timeline has no further dated check-ins, and the "
                 "coordinators have not added meetings of their own.")
    else:
        text = t(lang, "Jag känner inte till något kommande möte: tidplanen har inga fler avstämningar efter i dag, "
                       "och samordnarna har inte lagt in några egna möten.",
                 "I know of no upcoming meeting: the timeline has no further check-ins after today, and the "
                 "coordinators have not added meetings of their own.")
    sources: list[str] = []
    past = [i for i in timeline_meetings if i.first is not None and i.first.earliest < today]
    if past:
        last = past[-1]
        assert last.first is not None
        text += " " + t(lang, f"({last.name.get(lang)} var {format_date(last.first.earliest, lang)}.)",
                        f"(The {last.name.get(lang).lower()} was on {format_date(last.first.earliest, lang)}.)")
        sources.append(last.source)
    frequent = [w for w in kit.process.ways_of_working if "avstamning" in fold(w.text.sv)]
    for way in frequent[:1]:
        text += " " + t(lang, f"Enligt arbetssättet ({way.name.get(lang).lower()}) ska det bli täta avstämningar, men "
                              "tidplanen ger dem inga datum; fråga samordnarna.",
                        f"The way of working ({way.name.get(lang).lower()}) promises frequent check-ins, but the "
                        "timeline gives them no dates; ask the coordinators.")
        sources.append(way.source)
    return kit.answer(q, text, sources, topic="check_in")


# "Hur gick avstämningen?", "vad landade partnerskapet i?", "det som beslutades i mars": the outcome of a meeting.
_OUTCOME_WORDS = frozenset("""gick landade landat beslutade beslutades bestamde bestamdes beslut besluten resultat
resultatet protokoll protokollet minnesanteckningar anteckningar kom fram sades go went decided outcome minutes
result""".split()) - {"kom", "fram"}


# A meeting's minutes or notes asked for ("protokoll", "minnesanteckningar", "minutes").
MINUTES = re.compile(r"\b(?:protokoll\w*|minnesanteckning\w*|motesanteckning\w*|anteckningar\w*|minutes|"
                      r"meeting notes|notes)\b")


def asks_minutes(text: str) -> bool:
    """Whether a sentence that asks (not one telling, "I hennes anteckningar står det att …") names the minutes."""
    return any(MINUTES.search(folded(x)) for x in re.split(r"(?<=[.!])\s+", text.strip()) if not x.endswith((".", "!")))


# An outcome asked in the past tense: the meeting asked about is over ("hur gick det på avstämningen i dag?").
_TOLD_PAST = frozenset("gick landade landat beslutade beslutades bestamde bestamdes sades went decided".split())


# A meeting of today told as over.
_OVER_WORDS = frozenset("slut over klart avslutat avslutad efter after over ended finished".split())


# "vad kom man fram till", "what did they agree on", "vilka delar valdes": what came out of a meeting.
_CAME_OUT = re.compile(r"\bkom\w*\s+(?:\w+\s+){0,2}fram\b|\bagree\w*|\bconclu\w*|\bvaldes\b|\bvalts\b|"
                       r"\butfall\w*|\benade\w*|\bkommit fram\b|\bcame out\b|\bresult\w*")


def asks_outcome(q: Asked) -> bool:
    return bool("OUTCOME" in q.entities.concepts or "ADOPTED" in q.entities.concepts
                or folded_words(q.text) & _OUTCOME_WORDS or _CAME_OUT.search(folded(q.text)))


# "… enligt avstämningen", "what did the check-in decide": what the meeting came to ("avstämningen om vad som ska
# ändras" names the meeting by its subject, no outcome).
_PER_MEETING = re.compile(r"\b(?:enligt|efter|according to|after) (?:avstamningen|motet|the check-in|the meeting)\b")


# "finns det en agenda?", "dagordning": the material gives what is checked at the meeting, no agenda.
_AGENDA = frozenset("agenda agendan agendor dagordning dagordningen fordragningslista programmet "
                    "program".split())


def _agenda_lead(q: Asked) -> str | None:
    """That no agenda is given, when one is asked for; what is to be prepared follows in the meeting's lines."""
    if not folded_words(q.text) & _AGENDA:
        return None
    return t(q.language, "Någon agenda för mötet finns inte i underlaget; samordnarna kan svara på det.",
             "There is no agenda for the meeting in the material; the coordinators can answer that.")


# What a partner may wonder about a meeting that no process document says (the weather on the way, the
# coffee): "Blir det snö på torsdag? Ska köra till avstämningen." leads with the "I don't know".
_NOT_IN_PLAN = frozenset("""sno snon snoar snostorm regn regnar regnet halka halt ovader storm snow snowing rain raining
fika fikat fikar fikabrod kakor bullar tilltugg snacks food middag frukost breakfast dinner parkering parkera parking
kladsel kladkod dresscode""".split())


def _details_lead(q: Asked, *, has_own: bool, past: bool = False) -> str | None:
    """The first sentence when a meeting's details, its outcome or something else about it
    (the weather) is asked: the timeline gives only the day."""
    lang, c = q.language, q.entities.concepts
    # (A meeting still to come whose time or place is asked, "finns det tid och plats bestämd för mötet?", asks its
    # details, not its outcome, b51 #18.)
    if ("OUTCOME" in c and (past or "DETAILS" not in c)) or (
            past and (asks_outcome(q) or _PER_MEETING.search(folded(q.text)))):
        # "vilka delar ska uppdateras enligt avstämningen?" after it: its outcome, which the material does not give.
        if asks_minutes(q.text):
            # "Vad kom ni fram till? Och finns det något protokoll jag kan läsa?": the minutes asked too – none in
            # the material, none the bot can show (b79 #30: left unanswered beside the outcome).
            return t(lang, "Vad som kom fram eller beslutades på mötet står inte i underlaget, och något protokoll "
                           "eller några minnesanteckningar från mötet har jag inte; fråga samordnarna.",
                     "What came out of the meeting or was decided there is not in the material, and I have no "
                     "minutes or notes from it; ask the coordinators.")
        return t(lang, "Vad som kom fram eller beslutades på mötet står inte i underlaget; fråga samordnarna.",
                 "What came out of the meeting or was decided there is not in the material; ask the coordinators.")
    if "OUT" in c or folded_words(q.text) & _NOT_IN_PLAN:
        return t(lang, "Det vet jag inte – det står inte i underlaget. Det jag vet om mötet:",
                 "I don't know – that is not in the material. What I know about the meeting:")
    if "DETAILS" in c and not has_own:
        return t(lang, "Tid, plats, länk och om mötet är digitalt eller på plats anges inte i tidplanen, så det vet "
                       "jag inte; samordnarna kan lägga in det och svara på det.",
                 "The timeline gives no time, place or link, nor whether the meeting is online or in person, so I "
                 "don't know; the coordinators can add that and answer it.")
    return None


def _attendees(kit: Kit, items: list[TimelineItem], q: Asked) -> tuple[str, list[str]] | None:
    """"Vilka ska vara med?" of a check-in with the partnership: its members, from the process file."""
    p = kit.process.partnership
    if not items or not any(_names_partnership(p.name.sv, i) for i in items):
        return None
    lang, orgs = q.language, kit.process.organisations
    names = join_list([o.name for o in orgs], lang)
    text = t(lang, f"Med är {p.name.get(lang)}, {len(orgs)} organisationer: {names}. Vilka personer varje "
                   "organisation skickar anges inte i underlaget.",
             f"Taking part: {lower_first(p.name.get(lang))}, {len(orgs)} organisations: {names}. Which persons "
             "each organisation sends is not in the material.")
    return text, [p.source, *(o.source for o in orgs)]


def _names_partnership(name: str, item: TimelineItem) -> bool:
    """Whether a timeline item names the partnership (by its last word: "partnerskapet")."""
    word = fold(name).split()[0][:10] if name else ""
    return bool(word) and word in fold(f"{item.name.sv} {item.text.sv} {item.source}")


# Read by the engine too: asked what to do before a meeting's day is the meeting's answer whatever the model read.
BEFORE = frozenset("innan fore infor before ahead prior".split())
DO = frozenset("gora gor do prepare forbereda forbereder".split())


def _before_meeting(kit: Kit, item: TimelineItem, q: Asked) -> Answer | None:
    """"Vad ska vi göra innan 11 mars? Ska vi skriva något?": the phase the meeting closes says what is done
    before it; whether anything is to be written is not said."""
    words = folded_words(q.text)
    phase_index = next((n for n, p in enumerate(kit.process.phases) if p.id == item.phase), None)
    if not (words & BEFORE and (words & DO or "WRITE" in q.entities.concepts)) or phase_index is None:
        return None
    lang, phase = q.language, kit.process.phases[phase_index]
    day = format_date(item.first.earliest, lang) if item.first is not None else ""
    lines = [t(lang, f"Före {day} är det {phase.name.get(lang)}: {lower_first(kit.phase_text(phase_index, lang))}",
               f"Before {day} it is {phase.name.get(lang)}: {lower_first(kit.phase_text(phase_index, lang))}")]
    if (agenda := _agenda_lead(q)) is not None:
        lines.insert(0, agenda)         # "… finns det nån agenda?": that none is given leads
    if item.prepare is not None:
        lines.append(t(lang, "Inför avstämningen: ", "For the check-in: ") + item.prepare.get(lang))
    lines.append(t(lang, "Vad ni vill ska uppdateras kan ni lämna som inspel här i boten (`inspel`).",
                   "What you want updated you can give as input here in the bot (`inspel`)."))
    if "WRITE" in q.entities.concepts:
        lines.append(t(lang, "Om ni ska skriva något eget inför mötet anges inte i underlaget; fråga samordnarna.",
                       "Whether you are to write anything of your own before the meeting is not in the material; "
                       "ask the coordinators."))
    return kit.answer(q, "\n\n".join(lines), [phase.source, item.source])


# "vilken veckodag är 11 mars?": "vilken" asks which day, not who attends.
_WHICH_DAY = frozenset("veckodag veckodagen weekday dag dagen day tid tiden time klockan datum date".split())


# "kan mötet hållas i Hällefors?", "where is it held?": the place of a meeting, which the timeline does not give.
HELD_IN = re.compile(r"\b(?:hallas|halls|haller|held|hosted|hold)\s+(?:\w+\s+)?(?:i|in|pa|at|hos)\s+\w+")
HELD_AT = re.compile(rf"{HELD_IN.pattern}|\b(?:var|vart|where)\s+(?:\w+\s+){{0,4}}?(?:hallas|halls|held|hold)\b")


# "vad ska beslutas på mötet?": a decision asked of a meeting ahead.
# ("Beslutar vi något eller är det bara information?", "vad ska partnerskapet ta ställning till?": b76 #23)
_DECIDE = frozenset("besluta beslutas beslut beslutar bestamma bestammas bestams bestammer stallning decide decided "
                    "deciding decision decisions".split())
# A claim checked ("… att det är RF som beslutar …, stämmer det?"): the claim's own correction answers who decides,
# not the meeting's lead (b40 #44 kept).
_CLAIM_CHECKED = re.compile(r"\b(?:stammer (?:det|detta|verkligen)|har jag (?:hort|fatt hora|forstatt)|"
                            r"is (?:that|this|it) (?:right|true|correct)|i (?:was told|heard|have heard)|told me)\b")
# "vilka underlag ska vi ta med?", "what should we bring?": something to bring to the meeting.
_BRING = re.compile(r"\b(?:ta|tar|tas|ha|har)\s+med\b|\bbring\w*\b|\btake along\b|\bmedtag\w*")


def _week_word(day: dt.date, today: dt.date, lang: Language) -> str:
    """"den här veckan", "nästa vecka", "vecka 12": the week a day falls in, said from today."""
    weeks = (day - (today - dt.timedelta(days=today.weekday()))).days // 7
    number = day.isocalendar()[1]
    if weeks == 0:
        return t(lang, f"den här veckan (vecka {number})", f"this week (week {number})")
    if weeks == 1:
        return t(lang, f"nästa vecka (vecka {number})", f"next week (week {number})")
    if weeks == -1:
        return t(lang, f"förra veckan (vecka {number})", f"last week (week {number})")
    return t(lang, f"vecka {number}", f"week {number}")


def _other_week(kit: Kit, q: Asked, meetings: list[TimelineItem]) -> Answer | None:
    """"Är avstämningen den här veckan eller nästa?": no meeting in the week asked, so the week the nearest one
    falls in leads ("Nästa vecka: torsdag 11 mars 2021"), not only that the week asked has none."""
    lang, today, period = q.language, q.today, q.entities.period
    assert period is not None
    dated = [i for i in meetings if i.first is not None and i.first.is_exact]
    ahead = [i for i in dated if i.first.earliest >= today] if period.last >= today else []  # type: ignore[union-attr]
    if not ahead:
        return None
    item = ahead[0]
    day = item.first.earliest  # type: ignore[union-attr]
    from rusbot.answers.answerers.plan import period_phrase

    week = _week_word(day, today, lang)
    text = t(lang, f"{week[:1].upper() + week[1:]}: {lower_first(item.name.get(lang))} är "
                   f"{format_date(day, lang, weekday=True)} ({kit.when_relative(day, today, lang)}) – inte "
                   f"{period_phrase(period, lang)}.",
             f"{week[:1].upper() + week[1:]}: the {lower_first(item.name.get(lang))} is on "
             f"{format_date(day, lang, weekday=True)} ({kit.when_relative(day, today, lang)}) – not "
             f"{period_phrase(period, lang)}.")
    if is_yes_no(q.text) and not folded_words(q.text) & {"eller", "or"}:
        text = t(lang, "Nej – ", "No – ") + text[:1].lower() + text[1:]
    rest = [x for x in _item_lines(kit, item, q)[1:]]
    return kit.answer(q, "\n\n".join([text, *rest]), [item.source])


def check_in(kit: Kit, q: Asked) -> Answer:
    lang, today, e = q.language, q.today, q.entities
    timeline_meetings = [i for i in kit.process.timeline if i.kind == "meeting"]
    own = list(kit.process.deployment.meetings)
    period = e.period
    # "fler avstämningar?", "any more check-ins?" ask what is ahead, like "nästa".
    ahead = e.concepts & _AHEAD or "nasta" in q.text.lower() or "next" in q.text.lower() or bool(
        set(tokens(fold(q.text))) & {"fler", "flera", "ytterligare", "more", "another"})
    if period is not None and period.after is not None:
        # "Nästa möte efter 11 mars": only meetings after that day, or that none is known.
        start = max(period.first, today)
        items = [i for i in timeline_meetings if i.first is not None and i.first.earliest >= start]
        own = [m for m in own if meeting_day(m) >= start]
        if not items and not own:
            return _none_ahead(kit, q, period.after)
    elif period is not None and period.day:
        items = [i for i in e.items_on_day if i.kind == "meeting"] or e.items_on_day
        own = e.meetings_on_day
    elif period is not None:
        items = [i for i in timeline_meetings if i.first is not None
                 and period.first <= i.first.earliest <= period.last]
        own = [m for m in own if period.first <= meeting_day(m) <= period.last]
    elif ahead:
        items = [i for i in timeline_meetings if i.last is None or i.last.latest >= today]
        own = [m for m in own if meeting_day(m) >= today]
        if not items and not own:
            return _none_ahead(kit, q, None)
    else:
        items = timeline_meetings
        own = [m for m in own if meeting_day(m) >= today]
    past = bool(items) and all(i.last is not None and i.last.latest < today for i in items) and not own
    if not past and items and not own and all(i.last is not None and i.last.latest <= today for i in items) and (
            folded_words(q.text) & _OVER_WORDS):
        past = True     # "Nu är mötet slut. Vad blev det för beslut?": held today and over, its outcome is asked
    if not past and items and not own and all(i.last is not None and i.last.latest <= today for i in items) and (
            folded_words(q.text) & _TOLD_PAST or {"did", "go"} <= folded_words(q.text)
            or (folded_words(q.text) & {"blev", "was"} and asks_outcome(q))):
        # ("Vad blev resultatet på avstämningen idag?": "blev" with an outcome word is the past tense too, b74 #34.)
        past = True     # "Hur gick det idag på avstämningen?": held today, asked of in the past tense – its outcome
    if past and ahead and not asks_outcome(q) and "WHEN" not in e.concepts:
        # "Nu har avstämningen 11 mars varit. Vad händer härnäst?": what follows the meeting, not the meeting.
        from rusbot.answers.answerers.plan import next_steps

        return next_steps(kit, replace(q, entities=replace(e, anchor=items[-1])))
    if period is not None and period.week and not items and not own and (
            week_lead := _other_week(kit, q, timeline_meetings)) is not None:
        return week_lead
    bring = not past and items and _BRING.search(folded(q.text))
    if "WHO" in e.concepts and not past and not bring and not folded_words(q.text) & _WHICH_DAY and (
            members := _attendees(kit, items, q)) is not None:
        text, member_sources = members
        said = [*(x for item in items for x in _item_lines(kit, item, q)[:2]), text]
        return kit.answer(q, "\n\n".join(said), [*(i.source for i in items), *member_sources])
    lines: list[str] = []
    sources: list[str] = []
    for item in items:
        sources.append(item.source)
        lines += _item_lines(kit, item, q)
    if not past and items and (before := _before_meeting(kit, items[0], q)) is not None:
        return before
    lead = _details_lead(q, has_own=bool(own), past=past)
    if not past and (agenda := _agenda_lead(q)) is not None:
        lead = agenda
    if not past and items and lead is None and folded_words(q.text) & _DECIDE and not _CLAIM_CHECKED.search(
            folded(q.text)) and (
            role := kit.roles.get(kit.rules.partnership_role or "")) is not None and _names_partnership(
            kit.process.partnership.name.sv, items[0]):
        # "vad ska vi besluta på avstämningen?": what the material says the partnership decides, and that it gives
        # no agenda for the meeting; then the meeting.
        lead = role.text.get(lang) + " " + t(lang, "Någon dagordning för mötet anges inte i underlaget.",
                                             "The material gives no agenda for the meeting.")
        sources.append(role.source)
    if lead is None and not past and not own and items and HELD_IN.search(folded(q.text)):
        lead = t(lang, "Var mötet hålls anges inte i tidplanen, så det vet jag inte; samordnarna kan lägga in platsen "
                       "och svara på om mötet kan hållas någon annanstans.",
                 "The timeline does not say where the meeting is held, so I don't know; the coordinators can enter "
                 "the place and answer whether it can be held somewhere else.")
    if bring and lead is None:
        # "vilka underlag ska vi ta med?": the material names none to bring; what the meeting is for follows.
        lead = t(lang, "Vad ni ska ta med till mötet anges inte i underlaget; fråga samordnarna. Det som står om "
                       "mötet:",
                 "What to bring to the meeting is not in the material; ask the coordinators. What it says about "
                 "the meeting:")
    if lead is not None and lines:
        # "Kan du skicka teams-länken?", "vad bestämdes?": what was asked comes first, then the meeting.
        lines = [lead, *[x for x in lines if not x.startswith(("Tid, plats", "The timeline gives no time",
                                                                "Vad som kom fram", "What came out"))]]
    if period is not None and period.week and items and lines and lead is None and items[0].first is not None:
        # "är avstämningen nästa vecka?" and it is: the week, said first, then the meeting.
        week = _week_word(items[0].first.earliest, today, lang)
        lines.insert(0, t(lang, f"Ja, {week}." if is_yes_no(q.text) else f"{week[:1].upper() + week[1:]}.",
                          f"Yes, {week}." if is_yes_no(q.text) else f"{week[:1].upper() + week[1:]}."))
    if own:
        lines.append(t(lang, "Möten ", "Meetings ") + kit.deployment_note(lang) + ":")
        lines += [f"- {kit.meeting_line(m, today, lang)}" for m in own]
    if not lines:
        when = ""
        if period is not None and not period.day:
            from rusbot.answers.answerers.plan import period_phrase

            when = " " + period_phrase(period, lang)
        lines.append(t(lang, f"Tidplanen har inga möten{when}", f"The timeline has no meetings{when}")
                     + (t(lang, ", och samordnarna har inte lagt in några egna.",
                          ", and the coordinators have not added any of their own.")
                        if not kit.process.deployment.meetings else "."))
        anchoring = _anchoring_after(kit, q, period)
        if anchoring is not None:
            # "avstämning med partnerskapet igen i höst?": no dated meeting, but the plan anchors the updates with
            # the partnership after the consultation (b66 #93: read as "no")
            item, end = anchoring
            lines.append(t(lang, f"Men efter remissen (som pågår till och med {format_date(end, lang)}) ska "
                                 "uppdateringarna förankras med partnerskapet (**" + item.name.sv + "**); tidplanen "
                                 "anger inget datum för det, så när vet jag inte – fråga samordnarna.",
                           f"But after the consultation (open through {format_date(end, lang)}) the updates are to "
                           "be anchored with the partnership (**" + item.name.get(lang) + "**); the timeline gives no "
                           "date for it, so I don't know when – ask the coordinators."))
            sources = [*sources, item.source]
    return kit.answer(q, "\n\n".join(lines), sources)


def _anchoring_after(kit: Kit, q: Asked, period: object) -> tuple[TimelineItem, dt.date] | None:
    """The plan's undated anchoring with the partnership and the consultation before it, when a question about
    meeting the partnership asks of a time after the consultation opens; None otherwise."""
    text = folded(q.text)
    if "partner" not in text or period is None:
        return None     # cheap
    timeline = kit.process.timeline
    consultation = kit.process.consultation_item
    bounds = item_bounds(consultation) if consultation is not None else None
    if bounds is None:
        return None
    at = next((n for n, i in enumerate(timeline) if i is consultation), None)
    item = next((i for i in timeline[(at or 0) + 1:] if i.first is None and "partner" in fold(i.name.sv)), None)
    last = getattr(period, "last", None)
    if item is None or at is None or last is None or last <= bounds[1]:
        return None     # (asked of a time before the consultation closes: the anchoring comes after it)
    return item, bounds[1]


# Asked how often ("hur ofta ses partnerskapet?", "how often do we meet?"): a frequency the material never gives.
_HOW_OFTEN = frozenset({("hur", "ofta"), ("how", "often"), ("hur", "manga"), ("how", "many")})
_MEET_WORDS = frozenset("ses traffas mots moten motena avstamningar meet meets meetings check-ins".split())


# "ses över", "revideras", "uppdateras", "reviewed": how often RUS itself is gone over, not how often people meet.
_REVIEWED = re.compile(r"\bses\s+(?:\w+\s+){0,2}over\b|\b(?:revider\w*|uppdater\w*|oversyn\w*|omarbet\w*|"
                       r"review\w*|revis\w*|updat\w*|renew\w*)\b")
_STRATEGY_WORDS = frozenset("rus strategin strategi strategy utvecklingsstrategin den it".split())


def how_often_reviewed(kit: Kit, q: Asked) -> Answer | None:
    """"Hur ofta revideras strategin?", "how often is RUS updated?": once every mandate period, the material's
    words, said first; no date for the next review is given. None unless that is what is asked."""
    folded_q = folded(q.text)
    if "ofta" not in folded_q and "often" not in folded_q:
        return None             # most questions ask nothing of how often: read no further
    words = tokens(folded_q)
    if not set(itertools.pairwise(words)) & {("hur", "ofta"), ("how", "often")} or not _REVIEWED.search(folded_q):
        return None
    if "MEETING" in q.entities.concepts or not (set(words) & _STRATEGY_WORDS or "RUS" in q.entities.concepts):
        return None
    lang = q.language
    found = _review_sentence(kit, lang)
    if found is None:
        return None
    often, every = found
    term = next((g for g in kit.process.glossary if any(fold(x) == "mandatperiod" for x in g.terms)), None)
    lines = [f"{often}."]
    sources = [every.source]
    if term is not None:
        # What a mandate period is (the glossary's first clause; its second repeats the frequency).
        lines.append(term.text.get(lang).split(";")[0].rstrip(".") + ".")
        sources.append(term.source)
    # Asked as what RUS is or why it is reviewed, the answer keeps that topic (the follow-ups follow it).
    return kit.answer(q, " ".join(lines), sources, topic=q.intent if q.intent in ("rus", "why_review") else "rus")


def how_often(kit: Kit, q: Asked) -> Answer | None:
    """"Hur ofta ses partnerskapet i höst?": no frequency in the material, so that leads; then what is known: the
    plan's check-ins and its "täta avstämningar", and the meetings the coordinators have entered ahead."""
    if (reviewed := how_often_reviewed(kit, q)) is not None:
        return reviewed                     # "hur ofta ses RUS över?": reviewed, not met
    text = folded(q.text)
    if "ofta" not in text and "often" not in text and "manga" not in text and "many" not in text:
        return None
    words = tokens(text)
    pairs = set(itertools.pairwise(words))
    if not pairs & _HOW_OFTEN or not (set(words) & _MEET_WORDS or "MEETING" in q.entities.concepts) or (
            ("ses", "over") in pairs):      # "hur ofta ses RUS över?": reviewed, not met
        return None
    if pairs & {("hur", "manga"), ("how", "many")} and not set(words) & {
            "moten", "motena", "avstamningar", "meetings", "check-ins", "ganger", "times"}:
        return None
    lang, today, period = q.language, q.today, q.entities.period
    lines = [t(lang, "Det vet jag inte – underlaget anger inte hur ofta partnerskapet ses.",
               "I don't know – the material does not say how often the partnership meets.")]
    sources: list[str] = []
    quick = next((w for w in kit.process.ways_of_working if "avstam" in fold(w.text.sv)), None)
    if quick is not None:
        name, said = lower_first(quick.name.get(lang)), lower_first(quick.text.get(lang))
        lines.append(t(lang, f"Om arbetssättet ({name}) säger underlaget – {said}",
                       f"On the way of working ({name}) the material says – {said}"))
        sources.append(quick.source)
    for item in (i for i in kit.process.timeline if i.kind == "meeting"):
        lines.append(t(lang, "I tidplanen: ", "In the timeline: ") + kit.item_line(item, lang))
        sources.append(item.source)
    first = period.first if period is not None and not period.day else today
    last = period.last if period is not None and not period.day else None
    own = [m for m in kit.process.deployment.meetings if max(first, today) <= meeting_day(m) and (
        last is None or meeting_day(m) <= last)]
    if own:
        lines.append(t(lang, "Möten ", "Meetings ") + kit.deployment_note(lang) + ":")
        lines += [f"- {kit.meeting_line(m, today, lang)}" for m in own]
    else:
        lines.append(t(lang, "Samordnarna har inte lagt in några kommande möten; fråga dem.",
                       "The coordinators have not entered any upcoming meetings; ask them."))
    # Not in the material: an honest answer to the out-of-scope reading, else the topic it was read as.
    return kit.answer(q, "\n\n".join(lines), sources, topic="unknown" if q.intent == "out_of_scope" else None)


# "Kommer RUS ses över igen framöver?", "görs RUS om efter valet?", "will RUS be reviewed again?": whether RUS is
# gone over again is what the material answers with its review every mandate period.
_AGAIN = Quick(re.compile(r"\b(?:igen|framover|framgent|i framtiden|i fortsattningen|efter valet|nasta mandatperiod|"
                          r"again|in (?:the )?future|going forward|after the election|"
                          r"next (?:electoral|mandate) (?:term|period))\b"))
_REDONE = re.compile(r"\b(?:gor\w*|gjor\w*|goras|gors)\s+(?:\w+\s+){0,1}om\b|\bredone\b|\bredo\b")
_GREETED_AGAIN = re.compile(r"\b(?:hej|hallo|hi|hello|tack|thanks|thank you) igen\b|"
                            r"\b(?:hi|hello|thanks|thank you) again\b")
# The review as a deed ("ses över", "revideras", "reviewed"), not "den uppdaterade RUS:en".
_REVIEWED_VERB = re.compile(r"\bses\s+(?:\w+\s+){0,2}over\b|\b(?:revideras|uppdateras|omarbetas|oversyn|oversynen|"
                            r"reviewed|revised|updated|review)\b")
_RUS_NAMED = frozenset("rus rusen strategin utvecklingsstrategin strategy".split())


def _review_sentence(kit: Kit, lang: Language) -> tuple[str, Fact] | None:
    """The process file's sentence on how often RUS is reviewed ("RUS ses över varje mandatperiod"), with "Den"/"It"
    made "RUS", and the fact it is from; None when the file says nothing of the mandate period."""
    every = next((f for f in kit.process.facts if f.topic == "rus" and "mandat" in fold(f.text.sv)), None)
    if every is None:
        return None
    often = next((s.strip() for s in re.findall(r"[^.!?]+[.!?]?", every.text.get(lang)) if "mandat" in fold(s)),
                 None)
    if often is None:
        return None
    return re.sub(r"^(?:Den|It)\b", "RUS", often).rstrip("."), every


def reviewed_again(kit: Kit, q: Asked) -> Answer | None:
    """"Kommer RUS ses över igen?": RUS is reviewed every mandate period (the material's words), and when the next
    review is is not given. None unless the message asks whether RUS itself is reviewed or redone again."""
    folded_q = _GREETED_AGAIN.sub(" ", folded(q.text))
    if not _AGAIN.search(folded_q) or not (_REVIEWED_VERB.search(folded_q) or _REDONE.search(folded_q)):
        return None
    if not set(tokens(folded_q)) & _RUS_NAMED or "MEETING" in q.entities.concepts:
        return None
    lang = q.language
    found = _review_sentence(kit, lang)
    if found is None:
        return None
    often, every = found
    text = t(lang, f"{often}; när nästa översyn blir anges inte i underlaget.",
             f"{often}; when the next review will be is not in the material.")
    return kit.answer(q, text, [every.source], topic="rus")


def details_with_date(kit: Kit, q: Asked) -> Answer | None:
    """"Vilket datum är avstämningen i mars, vilken tid och var?": read as outside the material for the time and
    place, the meeting's date the timeline does give is said with that it does not give the rest. None unless the
    message asks both when and the details of a meeting the timeline has."""
    e = q.entities
    if not {"MEETING", "WHEN", "DETAILS"} <= e.concepts:
        return None
    answer = check_in(kit, q)
    meeting_sources = {i.source for i in kit.process.timeline if i.kind == "meeting"}
    if not set(answer.sources) & meeting_sources:
        return None
    return answer.model_copy(update={"topic": "check_in"})
