"""The timeline as a whole and relative to a day: the timeline, now, next, a period ("i höst"),
a day ("11 mars"), and "are we behind?" (the plan is known, the progress is not)."""

from __future__ import annotations

import datetime as dt
import re

from rusbot.answers.answerers import consultation, features, people, talk
from rusbot.answers.answerers.facts import content_stems
from rusbot.answers.kit import Asked, Kit, folded, is_yes_no, lower_first, past_tense, t
from rusbot.answers.lexicon import fold, tokens
from rusbot.answers.model import Answer
from rusbot.answers.timeline import item_bounds, item_when, plan_span, timeline_view, with_when
from rusbot.clock import STOCKHOLM
from rusbot.i18n import format_date, format_end, format_fuzzy, join_list, month_name
from rusbot.process.model import Language, TimelineItem
from rusbot.understanding.entities import Period


def asks_so_far(text: str) -> bool:
    """"Vad har hänt hittills?", "what has happened so far?"."""
    words = set(tokens(fold(text)))
    return bool(words & {"hittills", "hant", "happened"}) or ("so" in words and "far" in words)


def so_far_text(kit: Kit, today: dt.date, language: Language) -> tuple[str, list[str]]:
    """What the timeline has behind it on a day, in one sentence: what the source says happened as
    happened, the rest as planned ('' when nothing is behind)."""
    done: list[str] = []
    planned: list[str] = []
    sources: list[str] = []
    for item, p in zip(kit.process.timeline, kit.placed(today), strict=True):
        if p.status != "past":
            continue
        line = with_when(lower_first(item.name.get(language)), item, language)
        (done if item.happened else planned).append(line)
        sources.append(item.source)
    if not done and not planned:
        return "", []
    parts = []
    if done:
        parts.append(t(language, f"Hittills enligt underlaget: {join_list(done, language)}.",
                       f"So far according to the material: {join_list(done, language)}."))
    if planned:
        parts.append(t(language, f"Enligt tidplanen var också planerat {join_list(planned, language)}; hur det "
                                 "gick vet jag inte.",
                       f"The timeline also planned {join_list(planned, language)}; how it went I do not know."))
    return " ".join(parts), sources


def expected_with_so_far(kit: Kit, q: Asked) -> Answer | None:
    """"Vad har hänt hittills och vad förväntas av oss framöver?": both parts, in the order asked; None
    when the question does not ask what is expected of the member."""
    if not people.asks_expected(q.text):
        return None
    expected = people.expected_of_member(kit, q)
    if expected is None or not asks_so_far(q.text):
        return expected
    text, sources = so_far_text(kit, q.today, q.language)
    if text:
        expected.text = f"{text}\n\n{expected.text}"
        expected.sources = [*sources, *(s for s in expected.sources if s not in sources)]
    return expected


# "Kan planen ändras under resans gång?", "can the timeline change?": whether the plan may move.
_PLAN_CHANGES = re.compile(r"\b(?:plan\w*|tidplan\w*|upplagg\w*|timeline|schedule)\b.{0,30}\b(?:andras|andra|"
                           r"andrats|andrad|forandras|forandrats|justeras|justerats|flyttats|change\w*|adjust\w*)\b|"
                           r"\bunder resans gang\b|\balong the way\b")
# Told as done ("har tidplanen ändrats?", "has the schedule been changed?"): a change the bot cannot know of.
_CHANGED_DONE = re.compile(r"\b(?:andrats|andrad|forandrats|justerats|flyttats|changed|adjusted|moved|postponed)\b")
_YEAR_SAID = re.compile(r"\b(20\d\d)\b")


def plan_changes(kit: Kit, q: Asked) -> Answer | None:
    """"Kan tidplanen ändras under resans gång, och hur får vi veta det?": the material's own word is the agile
    process (what phase 1 finds steers phase 2); whether and how changes to the timeline are told is not in it.
    None unless a change of the plan is asked about."""
    if not _PLAN_CHANGES.search(folded(q.text)):
        return None
    lang = q.language
    if _CHANGED_DONE.search(folded(q.text)):
        return _plan_changed(kit, q)
    agile = next((w for w in kit.process.ways_of_working if "fas 1" in fold(w.text.sv)), None)
    lines = []
    sources = []
    if agile is not None:
        lines.append(t(lang, f"Underlaget beskriver arbetet som en **{agile.name.get(lang).lower()}**: "
                             f"{lower_first(agile.text.get(lang))}",
                       f"The material describes the work as an **{agile.name.get(lang).lower()}**: "
                       f"{lower_first(agile.text.get(lang))}"))
        sources.append(agile.source)
    lines.append(t(lang, "Om tidplanen ändras, och hur ändringar meddelas, står inte i underlaget; fråga samordnarna. "
                         "Jag svarar utifrån den tidplan som är inlagd.",
                   "Whether the timeline changes, and how changes are announced, is not in the material; ask the "
                   "coordinators. I answer from the timeline as entered."))
    return kit.answer(q, " ".join(lines), sources, topic="timeline")


def _plan_changed(kit: Kit, q: Asked) -> Answer:
    """"Någon sa att avstämningen är 11 mars 2022 – har tidplanen ändrats?": that the material says nothing of a
    change leads, then a year asked of that the plan does not reach, then the plan's own dated steps."""
    lang = q.language
    lines = [t(lang, "Det vet jag inte: underlaget säger inget om att tidplanen har ändrats, och jag känner bara den "
                     "tidplan som är inlagd; fråga samordnarna om något har ändrats.",
               "I don't know: the material says nothing about the timeline having changed, and I only know the "
               "timeline as entered; ask the coordinators whether anything has changed.")]
    years = {d.year for i in kit.process.timeline for d in (item_bounds(i) or ())}
    other = sorted({y for y in _YEAR_SAID.findall(q.text) if int(y) not in years})
    if other and years:
        lines.append(t(lang, f"Något om {join_list(other, lang)} står inte i tidplanen; den gäller "
                             f"{join_list(sorted(str(y) for y in years), lang)}.",
                       f"The timeline says nothing about {join_list(other, lang)}; it covers "
                       f"{join_list(sorted(str(y) for y in years), lang)}."))
    steps = [i for i in kit.process.timeline if i.kind in ("meeting", "consultation", "milestone")
             and item_when(i, lang) is not None]
    if steps:
        lines.append(t(lang, "Enligt tidplanen:", "According to the timeline:"))
        lines += [f"- {kit.item_line(i, lang)}" for i in steps]
    return kit.answer(q, "\n".join(lines), [i.source for i in steps], topic="timeline")


def timeline(kit: Kit, q: Asked) -> Answer:
    lang = q.language
    view = timeline_view(kit.process, dt.datetime.combine(q.today, dt.time(12), tzinfo=STOCKHOLM), lang)
    marks = {"past": "✓", "current": "▶", "upcoming": "·"}
    lines = [f"**{view.title}** ({t(lang, 'i dag', 'today')}: {view.today})"]
    for entry in view.entries:
        when = entry.when or t(lang, "utan eget datum", "no date of its own")
        if entry.status == "past" and not entry.done:
            # The plan is known, not the outcome: a passed date ticks only what the process file says happened.
            lines.append(f"- – {when}, {t(lang, 'planerat', 'planned')}: **{entry.name}**")
            continue
        lines.append(f"- {marks[entry.status]} {when}: **{entry.name}**")
    lines.append(t(lang, "_Punkter utan datum ligger i tidplanens ordning._",
                   "_Items without a date are placed in the timeline's order._"))
    if (least := minimum_and_dates(kit, q)) is not None:
        return least
    if (changes := plan_changes(kit, q)) is not None:
        return changes
    if features.asks_where_in_teams(q.text):
        return features.calendar(kit, q)       # the tab, then the card (its action)
    if (expected := expected_with_so_far(kit, q)) is not None:
        # "I just joined, what do I need to know and when do I need to act?": a member's steps with their
        # dates answer it; the whole card does not.
        return expected
    named = _item_asked_when(kit, q)
    if named is not None:
        # "När presenteras förslaget till tidplan?": that step's date and what it says, in words (not the
        # timeline's card alone), then the whole plan.
        lead = t(lang, f"Enligt tidplanen i {item_when(named, lang)} (**{named.name.get(lang)}**): ",
                 f"According to the timeline in {item_when(named, lang)} (**{named.name.get(lang)}**): ")
        return kit.answer(q, "\n".join([lead + named.text.get(lang) + "\n", *lines]),
                          [named.source, *(i.source for i in kit.process.timeline if i is not named)], topic="timeline")
    return kit.answer(q, "\n".join(lines), [i.source for i in kit.process.timeline], card="timeline",
                      topic="timeline")


def _item_asked_when(kit: Kit, q: Asked) -> TimelineItem | None:
    """The one dated, already begun timeline item a "när …?" question names by its own words (two or more
    content words shared with its text, more than any other item), else None."""
    if "WHEN" not in q.entities.concepts:
        return None
    asked = content_stems(q.text)
    scored = []
    for item in kit.process.timeline:
        bounds = item_bounds(item)
        if bounds is None or bounds[0] > q.today:
            continue            # its text tells it as done: only for what has begun
        scored.append((len(asked & content_stems(f"{item.text.sv} {item.text.en or ''}")), item))
    scored.sort(key=lambda s: -s[0])
    if not scored or scored[0][0] < 2 or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return None
    return scored[0][1]


def _current_lines(kit: Kit, today: dt.date, language: Language) -> tuple[list[str], list[str]]:
    """What the plan has going on on `today`: lines and their sources."""
    items, placed = kit.process.timeline, kit.placed(today)
    lines: list[str] = []
    sources: list[str] = []
    targets: list[TimelineItem] = []
    consultation_id = kit.process.consultation.timeline_item if kit.process.consultation else None
    previous_after: str | None = None
    for item, p in zip(items, placed, strict=True):
        if p.status != "current" and not p.uncertain:
            continue            # (a step whose approximate start is around today is said as planned to start)
        sources.append(item.source)
        if item.id == consultation_id:
            lines.append(f"- **{item.name.get(language)}**: {consultation.now_text(kit, today, language)}")
        elif not p.dated:
            after = kit.items.get(p.after or "")
            where = t(language, "utan eget datum", "no date of its own")
            if after is not None and p.after != previous_after:
                after_name = lower_first(after.name.get(language))
                where += t(language, f"; efter {after_name}", f"; after the {after_name}")
            previous_after = p.after
            lines.append(f"- **{item.name.get(language)}** ({where})")
        elif item.date is not None and not item.date.is_exact and item.date.month is None:
            targets.append(item)
        else:
            lines.append(f"- {kit.item_line(item, language)}")
    for item in targets:
        lines.append(t(language, f"- Målet enligt tidplanen: {item.text.get(language)}",
                       f"- The goal according to the timeline: {item.text.get(language)}"))
    undated = sum(1 for p in placed if p.status == "current" and not p.dated)
    if undated > 1:
        lines.append(t(language, "_Tidplanen ger dem inga egna datum; de kommer i den här ordningen._",
                       "_The timeline gives them no dates of their own; they come in this order._"))
    return lines, sources


# Concepts that say how something is asked, not what about: a question with only these and a weak "now"
# reading ("Vilka badplatser har bäst vattenkvalitet just nu?") is about something else than the plan.
_ONLY_HOW_ASKED = frozenset({"IS", "NOW", "WHO", "WHAT", "WHEN", "WHERE", "HOW", "WHICH", "BEST"})


def _off_topic_now(q: Asked) -> bool:
    concepts = {c for c in q.entities.concepts if not c.startswith("ORG:")}
    return q.confidence < 0.6 and concepts <= _ONLY_HOW_ASKED and len(tokens(fold(q.text))) >= 5


# The work's actual progress asked ("hur långt har ni kommit?", "how far along are you?"), not the plan's step now.
_PROGRESS_ASKED = re.compile(r"\bhur langt (?:har|ar|kommit)\b|\bhow far (?:along|have|has|are|is)\b|"
                             r"\bhur langt (?:ni|arbetet|ni har) ")


def now(kit: Kit, q: Asked) -> Answer:
    lang, today = q.language, q.today
    if _off_topic_now(q):
        return talk.out_of_scope(kit, q)
    if (expected := expected_with_so_far(kit, q)) is not None:
        return expected
    if (hour := consultation.last_day_hour(kit, q)) is not None:
        # "Sista dagen idag va? Till vilken tid kan vi skicka in?": the time of day asked leads.
        item = kit.process.consultation_item
        return kit.answer(q, hour, [item.source] if item is not None else [], action="remissvar")
    span = plan_span(kit.process)
    items = kit.process.timeline
    today_f = format_date(today, lang)
    if span is None or today < span[0]:
        first = items[0]
        text = t(lang, f"Enligt tidplanen har arbetet inte börjat än ({today_f}). Först kommer "
                       f"{kit.item_line(first, lang)}.",
                 f"According to the timeline the work has not started yet ({today_f}). First comes "
                 f"{kit.item_line(first, lang)}.")
        return kit.answer(q, text, [first.source])
    if today > span[1]:
        return kit.answer(q, kit.after_plan_text(lang), [kit.last_dated().source])
    lines, sources = _current_lines(kit, today, lang)
    lines.insert(0, t(lang, f"**Just nu enligt tidplanen** ({today_f}):",
                      f"**Now, according to the timeline** ({today_f}):"))
    if _PROGRESS_ASKED.search(folded(q.text)):
        # "Hur långt har ni kommit?": the actual progress, which the bot does not know; the plan follows.
        lines.insert(0, t(lang, "Hur långt arbetet faktiskt har kommit vet jag inte – jag känner tidplanen, inte läget "
                                "i arbetet. Enligt tidplanen:",
                          "How far the work has actually come I don't know – I know the timeline, not the state of "
                          "the work. According to the timeline:"))
    if len(lines) == 1:
        upcoming = next((i for i, p in zip(items, kit.placed(today), strict=True) if p.status == "upcoming"), None)
        lines.append(t(lang, "Inget i tidplanen pågår just nu.", "Nothing in the timeline is going on now."))
        if upcoming is not None:
            lines.append(t(lang, "Nästa: ", "Next: ") + kit.item_line(upcoming, lang))
            sources.append(upcoming.source)
    # The check-in that closes the phase we are in belongs to "now" ("identifiera … och stäm av 11 mars").
    placed = list(zip(items, kit.placed(today), strict=True))
    phases_now = {i.phase for i, p in placed if p.status == "current" and i.phase is not None}
    closing = next((i for i, p in placed if p.status == "upcoming" and i.kind == "meeting" and i.phase in phases_now),
                   None)
    if closing is not None:
        lines.append(t(lang, "Därefter i samma fas: ", "Then in the same phase: ") + kit.item_line(closing, lang))
        sources.append(closing.source)
    elif len(lines) > 1 and all(i.first is None for i, p in placed if p.status == "current"):
        # "Var står processen nu?" in a step with no date of its own: the next dated step says what is ahead.
        ahead = next((i for i, p in placed if p.status == "upcoming" and i.first is not None), None)
        if ahead is not None and ahead.text.get(lang) not in "\n".join(lines):    # (the goal, said as such)
            lines.append(t(lang, "Härnäst med datum: ", "Next with a date: ") + kit.item_line(ahead, lang))
            sources.append(ahead.source)
    lines += kit.upcoming_meetings(today, lang, within_days=30)
    return kit.answer(q, "\n".join(lines), sources)


_AFTER = re.compile(r"\b(efter att|efter det att|efter|after|following|nar|once|when)\b(.{0,40})")


def _step_after(kit: Kit, q: Asked) -> TimelineItem | None:
    """"Vad händer efter att nämnderna har tittat på det?": the step named after "efter" by its everyday
    word, when the question does not use the step's name."""
    # "efter"/"after"/"following" names the step before "när"/"when" does: "Following today's check-in, what
    # are the next steps, and when will the consultation open?" asks what follows the check-in; a "when" that
    # asks a time ("when will …", "när öppnar …") names no step at all.
    return step_named_after(kit, q.text)


def step_named_after(kit: Kit, question: str) -> TimelineItem | None:
    """The step a question names after "efter", "after", "following", or "när"/"when" not asking a time."""
    from rusbot.answers.answerers.premise import named_steps

    text = folded(question)
    found = sorted(_AFTER.finditer(text), key=lambda m: (m.group(1) in _WHEN_WORDS, m.start()))
    for match in found:
        if match.group(1) in _WHEN_WORDS and _ASKS_TIME.match(match.group(2)):
            continue
        steps = named_steps(kit, match.group(2))
        return steps[0] if len(steps) == 1 else None
    return None


_WHEN_WORDS = frozenset({"nar", "once", "when"})
_ASKS_TIME = re.compile(r"\s*(?:will|does|do|did|is|are|can|should|shall|would|ska|skall|kommer|blir|borjar|oppnar|"
                        r"stanger|ar|var|kan|far|maste|hinner|"
                        # "… när beslutar regionfullmäktige?" asks when it decides, not what follows (blind batch 51)
                        r"beslutar|beslutas|fattar|antar|antas|klubbar|decides?|adopts?)\b")


def next_steps(kit: Kit, q: Asked) -> Answer:
    lang, today = q.language, q.today
    if (expected := expected_with_so_far(kit, q)) is not None:
        return expected         # "vad förväntas av oss framöver?": the member's steps, not the plan's next one
    if "CONSULT" in q.entities.concepts and ("WRITE" in q.entities.concepts or "remiss" in folded(q.text)
                                             or "consultation" in folded(q.text)):
        from rusbot.answers.answerers.phases import written_again

        if (again := written_again(kit, q)) is not None:
            return again        # "blir det en skrivfas till efter remissen?": yes, and the anchoring after it
    items, placed = kit.process.timeline, kit.placed(today)
    span = plan_span(kit.process)
    anchor = q.entities.anchor or _step_after(kit, q)
    if anchor is not None:
        start = kit.index[anchor.id] + 1
        header = t(lang, f"Efter {lower_first(anchor.name.get(lang))} kommer enligt tidplanen:",
                   f"After the {lower_first(anchor.name.get(lang))} the timeline has:")
    elif span is not None and today > span[1]:
        text = t(lang, "Tidplanen har inga fler steg. ", "The timeline has no further steps. ")
        return kit.answer(q, text + kit.after_plan_text(lang), [kit.last_dated().source])
    else:
        current = [n for n, p in enumerate(placed) if p.status == "current"]
        # An undated step the plan has begun by its order (the writing after 11 March) is what comes now,
        # not something to skip: "nu när fas 1 är avstämd, vad händer sen?" is answered with it.
        start = (current[0] + (1 if placed[current[0]].dated else 0)) if current else next(
            (n for n, p in enumerate(placed) if p.status == "upcoming"), len(items))
        header = t(lang, f"**Nästa steg enligt tidplanen** ({format_date(today, lang)}):",
                   f"**Next, according to the timeline** ({format_date(today, lang)}):")
    chosen: list[TimelineItem] = []
    for n in range(start, len(items)):
        item, p = items[n], placed[n]
        if anchor is None and p.status == "past":
            continue
        if anchor is None and p.status == "current" and p.dated and not p.uncertain and (
                item.date is None or item.date.month is not None):
            continue
        chosen.append(item)
        if item_bounds(item) is not None or len(chosen) >= 5:
            break
    if not chosen:
        return kit.answer(q, t(lang, "Tidplanen har inga fler steg efter det här.",
                               "The timeline has no further steps after this."))
    lines = [header]
    consultation_id = kit.process.consultation.timeline_item if kit.process.consultation else None
    for n, item in enumerate(chosen):
        line = kit.item_line(item, lang)
        first = item.first
        if first is not None and first.is_exact and first.earliest >= today:
            line += f" ({kit.when_relative(first.earliest, today, lang)})"
        if item.id == consultation_id and first is not None and not first.is_exact:
            line += t(lang, " (exakt startdag anges inte)", " (the exact opening day is not given)")
        if item.date is None and item.start is None and item.end is None:
            line += t(lang, " _(utan eget datum)_", " _(no date of its own)_")
        lines.append(("- " if n == 0 else t(lang, "- därefter ", "- then ")) + line)
        if item.prepare is not None:
            lines.append(t(lang, "  Förbered: ", "  Prepare: ") + item.prepare.get(lang))
    if anchor is not None and chosen[-1] is items[-1] and len(chosen) <= 2:
        # "vad händer efter RF?": asked of a step near the plan's end, what comes after the plan is not in the
        # material, and that is said rather than left to be read from the list (batch 33).
        lines.append(t(lang, "Där slutar tidplanen; vad som händer därefter står inte i underlaget.",
                       "That is where the timeline ends; what happens after that is not in the material."))
    lines += kit.upcoming_meetings(today, lang, within_days=30)
    return kit.answer(q, "\n".join(lines), [i.source for i in chosen])


def period_phrase(period: Period, language: Language) -> str:
    """"i juni 2021", "efter 11 mars 2021", "under vecka 11 (…)": the period as part of a sentence."""
    name = period_name(period, language)
    if period.after is not None:
        return name
    if period.week:
        return t(language, f"under {name}", f"in {name}")
    if period.day:
        return t(language, f"den {name}", f"on {name}")
    return t(language, f"i {name}", f"in {name}")


def period_name(period: Period, language: Language) -> str:
    if period.day:
        return format_date(period.first, language)
    if period.week:
        week = period.first.isocalendar()[1]
        span = f"{format_date(period.first, language)} – {format_date(period.last, language)}"
        return t(language, f"vecka {week} ({span})", f"week {week} ({span})")
    if period.after is not None:
        after = format_date(period.after, language)
        return t(language, f"efter {after}", f"after {after}")
    month_end = (period.first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    part = {(1, 10): ("början av", "early"), (11, 20): ("mitten av", "mid-"),
            (21, month_end.day): ("slutet av", "late")}.get((period.first.day, period.last.day))
    if part is not None and period.first.month == period.last.month and period.first.year == period.last.year:
        month = month_name(period.first.month, language)
        return t(language, f"{part[0]} {month} {period.first.year}",
                 f"{part[1]}{'' if part[1].endswith('-') else ' '}{month} {period.first.year}")
    if period.month is not None:
        return f"{month_name(period.month, language)} {period.first.year}"
    whole_months = period.first.day == 1 and (period.last + dt.timedelta(days=1)).day == 1
    if whole_months:
        first = month_name(period.first.month, language)
        last = month_name(period.last.month, language)
        if period.first.year == period.last.year:
            return f"{first}–{last} {period.last.year}"
        return f"{first} {period.first.year} – {last} {period.last.year}"
    return f"{format_date(period.first, language)} – {format_date(period.last, language)}"


_MINIMUM = re.compile(r"\b(?:minimum|minst|det minsta|at least|the least)\b")
_ALL_DATES = re.compile(r"\b(?:alla datum|datumen samlat|alla datumen|all (?:the )?dates)\b")


def minimum_and_dates(kit: Kit, q: Asked) -> Answer | None:
    """"Vad är det minimum vi måste göra i år, och var ser jag alla datum?": the material sets no minimum, so
    what the plan has a member take part in, then where the dates are gathered (b23 #83). None otherwise."""
    text = fold(q.text)
    if not (_MINIMUM.search(text) or people.asks_expected(q.text)) or not _ALL_DATES.search(text):
        return None
    lang = q.language
    lines = [t(lang, "Något minimum anger inte underlaget. Enligt tidplanen är ni som medlem i partnerskapet med i:",
               "The material sets no minimum. According to the timeline you as a member of the partnership take "
               "part in:")]
    sources: list[str] = []
    for item, placed in zip(kit.process.timeline, kit.placed(q.today), strict=True):
        if placed.status == "past" or "partnerskap" not in fold(item.name.sv) or item_when(item, lang) is None:
            continue
        lines.append(f"- {kit.item_line(item, lang)}")
        sources.append(item.source)
    consult = kit.process.consultation_item
    if consult is not None and consult.last is not None:
        lines.append(t(lang, f"Remissvaret lämnas senast {format_end(consult.last, lang)} (skriv **remissvar**).",
                       f"The consultation response is due by {format_end(consult.last, lang)} (type **remissvar**)."))
    lines.append(t(lang, "\nAlla datum samlat: skriv **tidplan** – kortet har **Lägg till i kalendern** (en kalender "
                         "att prenumerera på, /calendar.ics). I Teams finns också fliken, under **Översikt**.",
                   "\nAll dates in one place: type **timeline** – the card has **Add to calendar** (a calendar to "
                   "subscribe to, /calendar.ics). Teams also has the tab, under **Overview**."))
    return kit.answer(q, "\n".join(lines), sources or [i.source for i in kit.process.timeline], action="timeline",
                      topic="timeline")


def period(kit: Kit, q: Asked) -> Answer:
    """What the plan has in a period: dated items that overlap it, and undated ones that may fall in it
    (they lie between dated items around the period), said as such."""
    if (least := minimum_and_dates(kit, q)) is not None:
        return least
    lang, p = q.language, q.entities.period
    if p is None:
        return timeline(kit, q)
    if (late := consultation.late_answer(kit, q)) is not None:
        return late         # "…hinner inte … kan vi komplettera i oktober?": the deadline, anstånd, new versions
    if consultation.about_responding(q) and kit.process.consultation_item is not None and (
            check := consultation.deadline_check(kit, q) or consultation.within_check(kit, q)) is not None:
        # "Är det ok att lämna in i september?": the month asked about against the last day, not the month's plan.
        return kit.answer(q, check, [kit.process.consultation_item.source], topic="consultation.dates")
    if p.day:
        return day(kit, q)
    if p.week and "MEETING" in q.entities.concepts:
        # "blir avstämningen den här veckan eller veckan efter?": the meeting's week, not the week's plan.
        from rusbot.answers.answerers.meetings import check_in

        return check_in(kit, q)
    items = kit.process.timeline
    bounds = [item_bounds(i) for i in items]
    dated = [(i, b) for i, b in zip(items, bounds, strict=True) if b is not None and b[0] <= p.last and b[1] >= p.first]
    maybe: list[TimelineItem] = []
    for n, (item, b) in enumerate(zip(items, bounds, strict=True)):
        if b is not None:
            continue
        before = next((bounds[j] for j in range(n - 1, -1, -1) if bounds[j] is not None), None)
        after = next((items[j] for j in range(n + 1, len(items)) if bounds[j] is not None), None)
        lo = before[1] if before else dt.date.min
        hi = after.first.latest if after is not None and after.first is not None else dt.date.max
        # An undated step after a dated one begins after it ends: not in a period that ends that day
        # ("vad händer i september?" when the remiss runs through 30 September).
        if lo < p.last and hi >= p.first:
            maybe.append(item)
    name = period_name(p, lang)
    # A goal dated only to part of a year ("slutet av 2021") does not happen in a week or a month: it is
    # said as the goal, after what does.
    goals = [i for i, _ in dated if i.kind == "milestone" and i.first is not None and i.first.month is None]
    dated = [(i, b) for i, b in dated if i not in goals]
    sources = [i.source for i, _ in dated] + [i.source for i in maybe] + [i.source for i in goals]
    if not dated and not maybe and not goals:
        span = plan_span(kit.process)
        where = ""
        if span is not None:
            # As precise as the source: "december 2020 – slutet av 2021", not invented first and last days.
            first = min((i for i in items if item_bounds(i) is not None), key=lambda i: item_bounds(i)[0])  # type: ignore[index]
            last = kit.last_dated()
            assert first.first is not None and last.last is not None
            begins, ends = format_fuzzy(first.first, lang), format_fuzzy(last.last, lang)
            where = t(lang, f" Tidplanen gäller {begins} – {ends}.", f" The timeline covers {begins} – {ends}.")
        return kit.answer(q, t(lang, f"Tidplanen har inget som infaller {period_phrase(p, lang)}.{where}",
                               f"The timeline has nothing {period_phrase(p, lang)}.{where}"))
    lines = [t(lang, f"**{name[:1].upper() + name[1:]}** enligt tidplanen:", f"**{name[:1].upper() + name[1:]}**, "
               "according to the timeline:")]
    asked = set(tokens(fold(q.text)))
    since = p.since
    if since:
        # "vad har hänt sedan i vintras?": from then up to today, said so, and that the plan is what was planned.
        start, now = format_date(p.first, lang), format_date(q.today, lang)
        lines = [t(lang, f"Från {start} till i dag ({now}) har tidplanen:",
                     f"From {start} up to today ({now}) the timeline has:")]
    if (asked & {"forsta", "first"} or ("forst" in asked and asked & {"vad", "vilket", "vilken", "what"})) and (
            dated and not since):
        # "vad kommer först i år?": the first step of the period not yet over leads, then the one after it.
        open_ = [i for i, b in dated if b[1] >= max(q.today, p.first)] or [i for i, _ in dated]
        when = period_phrase(p, lang)
        if (p.first.month, p.first.day, p.last.month, p.last.day) == (1, 1, 12, 31):
            when = t(lang, "i år" if p.first.year == q.today.year else f"under {p.first.year}",
                     "this year" if p.first.year == q.today.year else f"in {p.first.year}")
        lead = t(lang, f"Först {when} enligt tidplanen: {kit.item_line(open_[0], lang)}",
                 f"First {when} according to the timeline: {kit.item_line(open_[0], lang)}")
        lead += f" – {open_[0].text.get(lang)}"
        if len(open_) > 1:
            lead += "\n" + t(lang, "Därefter: ", "After that: ") + kit.item_line(open_[1], lang)
        return kit.answer(q, lead, [i.source for i in open_[:2]], topic="period")
    if asked & {"gora", "do"} and asked & {"vi", "we", "oss", "us", "behover", "need", "maste", "must"} and (
            p.last >= q.today):     # a spring gone by asks nothing of anyone now
        # "Blir det något vi behöver göra i sommar?": the yes first, with what the plan asks of the members then,
        # in one sentence however many (two "Ja:" lines read as garbled); what is over by today is not asked of
        # anyone, and "vad behöver jag göra …?" gets no "Ja".
        todo = [i for i, b in dated if i.kind in ("consultation", "meeting") and b[1] >= q.today]
        said = []
        for item in todo:
            if item.kind == "consultation":
                said.append(t(lang, f"remissen pågår då ({item_when(item, lang)}), så då kan er organisation ta "
                                    "fram och lämna sitt remissvar här i boten",
                              f"the consultation runs then ({item_when(item, lang)}), so your organisation can "
                              "prepare and send its response here in the bot"))
            else:
                said.append(t(lang, f"då är det {lower_first(item.name.get(lang))} ({item_when(item, lang)})",
                              f"then comes the {lower_first(item.name.get(lang))} ({item_when(item, lang)})"))
        if said:
            sentence = "; ".join(said) + "."
            lines.insert(0, t(lang, "Ja: ", "Yes: ") + sentence if is_yes_no(q.text)
                         else sentence[:1].upper() + sentence[1:])
        elif not any(i.kind in ("consultation", "meeting") and b[1] >= q.today for i, b in dated):
            # "e de nåt vi ska göra i november?": nothing dated in the period asks anything of the members; said
            # first, then what the plan has going on then.
            lines.insert(0, t(lang, f"Tidplanen säger inte att ni som medlem ska göra något särskilt "
                                    f"{period_phrase(p, lang)}; så här ser den ut då.",
                              f"The timeline does not say you as a member have anything particular to do "
                              f"{period_phrase(p, lang)}; this is what it has then."))
            if (ahead := _members_next(kit, p.last, lang)) is not None:
                # "… eller finns det något vi borde göra redan nu i december?": what comes for the members next, and
                # what the phase before it works on, rather than the period alone.
                lines.insert(1, ahead)
    few = len(dated) <= 2 and not maybe
    # A month with one or two things in it: what they are, not only their names ("vad hände i december 2020?").
    lines += [f"- {kit.item_line(i, lang)}" + (f": {i.text.get(lang)}" if few else "") for i, _ in dated]
    if maybe:
        lines.append(t(lang, "Utan eget datum i tidplanen, men enligt dess ordning kan de infalla då:",
                       "Without a date of their own in the timeline, but by its order they may fall then:"))
        lines += [f"- {i.name.get(lang)}" for i in maybe]
    for goal in goals if not since else []:     # (a goal ahead is not among what has happened since then)
        lines.append(t(lang, "Målet enligt tidplanen: ", "The goal according to the timeline: ")
                     + (past_tense(goal.text.get(lang), lang) if goal.last is not None and q.today > goal.last.latest
                        else goal.text.get(lang)))
    if not dated:
        # "Nästa vecka" asked on a Monday: what comes before it is often what was meant.
        sooner = [i for i, b in zip(items, bounds, strict=True) if b is not None and i.first is not None
                  and i.first.is_exact and q.today <= i.first.earliest < p.first]
        for item in sooner[-1:]:
            assert item.first is not None
            lines.append(t(lang, "Före dess: ", "Before that: ") + kit.item_line(item, lang)
                         + f" ({kit.when_relative(item.first.earliest, q.today, lang)})")
            sources.append(item.source)
    if since:
        lines.append(t(lang, "Tidplanen säger vad som var planerat, inte vad som faktiskt har hänt.",
                       "The timeline says what was planned, not what has actually happened."))
    if p.first == q.today and not (p.day or p.week or p.after) and (dated or maybe):
        # "Vad händer fram till sommaren?": a span from today up to a time is asked to plan up to it, so the first
        # dated step just after it ends (the remiss from mid-June) is said too, as after the span.
        later = [i for i, b in zip(items, bounds, strict=True) if b is not None and b[0] > p.last
                 and (b[0] - p.last).days <= 45 and i.kind != "milestone"]
        for item in later[:1]:
            lines.append(t(lang, "Därefter: ", "After that: ") + kit.item_line(item, lang))
            sources.append(item.source)
    return kit.answer(q, "\n".join(lines), sources, topic="period")


def _members_next(kit: Kit, after: dt.date, lang: Language) -> str | None:
    """The members' next dated step after a day (a meeting or the consultation), with the work of the phase a
    meeting closes and that proposals go in as inspel before it."""
    steps = [(i, b) for i in kit.process.timeline if i.kind in ("consultation", "meeting")
             and (b := item_bounds(i)) is not None and b[0] > after]
    if not steps:
        return None
    item = min(steps, key=lambda x: x[1][0])[0]
    text = t(lang, f"Närmast för er enligt tidplanen: {lower_first(item.name.get(lang))} ({item_when(item, lang)}).",
             f"Next for you according to the timeline: the {lower_first(item.name.get(lang))} "
             f"({item_when(item, lang)}).")
    index = next((n for n, ph in enumerate(kit.process.phases) if ph.id == item.phase), None)
    if item.kind == "meeting" and index is not None:
        phase = kit.process.phases[index]
        text += t(lang, f" Fram till dess: {phase.name.get(lang)} – {lower_first(kit.phase_text(index, lang))} "
                        "Förslag på vad som ska uppdateras kan ni lämna som **inspel**.",
                  f" Until then: {phase.name.get(lang)} – {lower_first(kit.phase_text(index, lang))} Proposals on "
                  "what should be updated can be given as **input**.")
    return text


def day(kit: Kit, q: Asked) -> Answer:
    """A question about one day ("vad händer 11 mars?") with nothing of its own on it in the plan."""
    p = q.entities.period
    assert p is not None
    lang = q.language
    date_f = format_date(p.first, lang)
    if q.entities.items_on_day:
        lines = [t(lang, f"Den {date_f} enligt tidplanen:", f"On {date_f}, according to the timeline:")]
        lines += [f"- {kit.item_line(i, lang)}: {i.text.get(lang)}" for i in q.entities.items_on_day]
        return kit.answer(q, "\n".join(lines), [i.source for i in q.entities.items_on_day], topic="timeline")
    around = [i for i in kit.process.timeline if (b := item_bounds(i)) is not None and b[0] <= p.first <= b[1]
              and i.kind != "milestone"]
    fix = ""
    near = _meeting_near(kit, q, p.first)
    if near is not None:
        # "inför mötet den 12 mars" with the check-in on 11 March: the wrong day said plainly, first (b65 #14)
        item, on = near
        asked = f"{p.first.day} {month_name(p.first.month, lang)}"
        fix = t(lang, f"**{item.name.sv}** är enligt tidplanen {format_date(on, lang)}, inte {asked}.",
                f"The **{lower_first(item.name.get(lang))}** is on {format_date(on, lang)} according to the timeline, "
                f"not {asked}.")
        if item.prepare is not None and _PREPARE.search(folded(q.text)):
            # "vad ska hon förbereda inför mötet den 12 mars?": what the plan says to prepare for it
            fix += " " + t(lang, "Förbered: ", "Prepare: ") + item.prepare.get(lang)
    if around:
        # "Händer något i morgon?" on 10 June: nothing of its own that day, but the consultation may open.
        lines = [t(lang, f"Den {date_f} har inget eget datum i tidplanen, men då pågår enligt tidplanen:",
                   f"{date_f} has no date of its own in the timeline, but according to it this is going on then:")]
        if fix:
            lines.insert(0, fix + "\n")
        consultation_item = kit.process.consultation_item
        for item in around:
            if item is consultation_item:
                lines.append(f"- **{item.name.get(lang)}**: {consultation.now_text(kit, p.first, lang, q.today)}")
            else:
                lines.append(f"- {kit.item_line(item, lang)}")
        return kit.answer(q, "\n".join(lines), [i.source for i in around], topic="timeline")
    text = t(lang, f"Tidplanen nämner inget särskilt den {date_f}.",
             f"The timeline mentions nothing in particular on {date_f}.")
    if fix:
        text = fix
    view = timeline(kit, q)
    return kit.answer(q, text + "\n\n" + view.text, view.sources, card="timeline", topic="timeline")


# Asked what to prepare for a meeting ("förbereda", "prepare", "läsa på").
_PREPARE = re.compile(r"\bforbered\w*|\bprepar\w*|\blasa (?:pa|in)\b|\bread up\b")
# A meeting named ("mötet", "avstämningen", "the check-in"): a day asked of it that is not the plan's is corrected.
_NAMES_MEETING = re.compile(r"\b(?:mote[nt]?|motet|avstamning\w*|meeting|check-?in)\b")


def _meeting_near(kit: Kit, q: Asked, day: dt.date) -> tuple[TimelineItem, dt.date] | None:
    """The plan's meeting on a day of its own within a week of `day`, when the question names a meeting; None
    otherwise (or when the meeting is on `day` itself)."""
    text = folded(q.text)
    if "mot" not in text and "avstam" not in text and "meet" not in text and "check" not in text:
        return None     # cheap
    if not _NAMES_MEETING.search(text):
        return None
    found = [(i, b[0]) for i in kit.process.timeline if i.kind == "meeting" and (b := item_bounds(i)) is not None
             and b[0] == b[1] and 0 < abs((b[0] - day).days) <= 7]
    return found[0] if len(found) == 1 else None


def progress(kit: Kit, q: Asked) -> Answer:
    """"Ligger vi efter?", "har vi missat nåt?": the bot knows the plan, not the progress; then what the
    plan has just passed, what is going on and what comes next."""
    lang, today = q.language, q.today
    lead = t(lang, "Det vet jag inte: jag känner till tidplanen, inte hur arbetet faktiskt går. Fråga samordnarna "
                   "om läget.",
             "I don't know: I know the plan, not how the work is actually going. Ask the coordinators how it is "
             "going.")
    missed = "MISSED" in q.entities.concepts
    if _input_outcome(folded(q.text)):
        # "Kom vårt inspel med i texten?": what the writers did with it is not in the plan.
        lead = t(lang, "Det vet jag inte: jag känner tidplanen, inte vad som har tagits med i texten eller hur "
                       "arbetet faktiskt går. Fråga samordnarna.",
                 "I don't know: I know the plan, not what has been taken into the text or how the work is actually "
                 "going. Ask the coordinators.")
    elif missed:
        # "Har vi missat nåt?": what the plan has passed comes first; the caveat after it.
        lead = t(lang, "Jag vet inte vad ni har hunnit göra – jag känner tidplanen, inte hur arbetet faktiskt går.",
                 "I don't know what you have done – I know the plan, not how the work is actually going.")
    span = plan_span(kit.process)
    if span is not None and today > span[1]:
        return kit.answer(q, lead + "\n\n" + kit.after_plan_text(lang), [kit.last_dated().source])
    if span is not None and today < span[0]:
        return kit.answer(q, lead + "\n\n" + now(kit, q).text, [kit.process.timeline[0].source])
    items, placed = kit.process.timeline, kit.placed(today)
    sources: list[str] = []
    heading = t(lang, f"Enligt tidplanen ({format_date(today, lang)}):",
                f"According to the timeline ({format_date(today, lang)}):")
    lines: list[str] = [heading] if missed else [lead, "", heading]
    consultation_item = kit.process.consultation_item
    recent = [i for i, p in zip(items, placed, strict=True) if p.status == "past" and not i.happened
              and (b := item_bounds(i)) is not None and 0 < (today - b[1]).days <= 60]
    for item in recent[-2:]:
        sources.append(item.source)
        if item is consultation_item:
            lines.append("- " + t(lang, "Nyss passerat: ", "Just passed: ")
                         + consultation.status_text(kit, today, lang))
        else:
            lines.append("- " + t(lang, "Nyss passerat: ", "Just passed: ") + kit.item_line(item, lang))
    current, current_sources = _current_lines(kit, today, lang)
    if current:
        lines.append(t(lang, "Pågår nu:", "Going on now:"))
        lines += ["  " + line for line in current]
        sources += current_sources
    upcoming = next((i for i, p in zip(items, placed, strict=True) if p.status == "upcoming"), None)
    if upcoming is not None and upcoming.text.get(lang) not in "\n".join(lines):    # (the goal, said as such)
        lines.append("- " + t(lang, "Nästa: ", "Next: ") + kit.item_line(upcoming, lang))
        sources.append(upcoming.source)
    if missed:
        lines += ["", lead]
    return kit.answer(q, "\n".join(lines), sources)


# Outcome questions: whether something has happened that the plan only schedules. The bot knows the plan, not
# what was decided or what the writers did with the partners' input (blind batch 50: "beslutat?", "kom vårt
# inspel med?" were answered with who decides or how to give input, never with "det vet jag inte").
_OUTCOME_WORDS = frozenset({
    "beslutat", "beslutad", "beslutade", "beslutats", "antagen", "antaget", "antagits", "antogs", "klubbad",
    "klubbat", "klubbats", "klubbades", "faststalld", "faststallt", "faststallts", "faststalldes", "godkand",
    "godkant", "godkants", "godkandes", "adopted", "decided", "approved", "kom", "kommit", "tagits", "togs",
    "beaktats", "beaktades", "anvants", "anvandes", "hanterats", "hanterades", "genomslag", "included", "used",
    "considered", "made"})
_DECIDED = re.compile(r"\b(?:beslutat|beslutad|beslutade|beslutats|antagen|antaget|antagits|antogs|klubbad|klubbat|"
                      r"klubbats|klubbades|faststallda?|faststallt|faststallts|faststalldes|godkand|godkant|godkants|"
                      r"godkandes|(?:been|was|is|it) (?:adopted|decided|approved))\b")
# The strategy revised ("revideras", "uppdateras", "ses över", "being revised"), asked why beside its adoption.
_REVISED = re.compile(r"\b(?:revider\w*|revision\w*|uppdater\w*|ses over|se over|oversyn\w*|revis\w*|updat\w*|"
                      r"review\w*)\b")
_INCLUDED = re.compile(r"\b(?:(?:kom|kommit|tagits|togs|tagit)\b(?:\s+\w+){0,6}?\s+med|beaktats|beaktades|"
                       r"anvants|anvandes|hanterats|hanterades|fatt genomslag|made it|(?:been|was|were) "
                       r"(?:included|used|considered|taken into account))\b")
_INPUT_WORDS = re.compile(r"\b(?:inspel\w*|synpunkt\w*|remissvar\w*|svar(?:et)?|forslag\w*|input|comments?|"
                          r"response|views|suggestions?)\b")
_WHO_ASKED = frozenset({"vem", "vilka", "vilken", "who", "which", "instans", "vad", "what"})
# The asker's own body deciding its response ("när kommunstyrelsen har beslutat", "nämnden har godkänt vårt
# yttrande"): no outcome of the plan.
_OWN_DECIDING = frozenset({
                        "namnden", "namnd", "kommunstyrelsen", "ks", "kf", "kommunfullmaktige", "styrelsen",
                        "yttrande", "yttrandet", "remissvar", "remissvaret", "svaret", "rektor", "nar", "when",
                        # of an event behind the review, not of RUS: "har den nya nationella strategin antagits?"
                        "nationella", "nationell", "national", "eu", "strukturfonderna"})
_FUTURE = re.compile(r"\b(?:kommer (?:att )?(?:beaktas|tas med|anvandas)|ska (?:beaktas|tas med)|will be|"
                     r"(?:det|den|de) beslutade|vad hander (?:just )?nu|what.s happening|what is happening|"
                     r"vad hander (?:nar|efter)|what happens (?:when|after)|efter att|innan)\b")


def asks_outcome(folded_text: str, words: set[str], concepts: set[str] | frozenset[str]) -> str | None:
    """"beslutat?", "Är RUS klubbad nu?", "kom våra synpunkter med?", "have our comments been included?": an
    outcome the plan cannot tell. "decision.status" when whether it is decided is asked, "progress" when whether
    the partners' input was taken in; None otherwise (who decides, what happens after the decision, whether late
    responses will be considered are not outcome questions). Cheap: a word test first."""
    if not words & _OUTCOME_WORDS or words & _WHO_ASKED or _FUTURE.search(folded_text):
        return None
    if _INCLUDED.search(folded_text) and (_INPUT_WORDS.search(folded_text) or concepts & {"INSPEL"}):
        return "progress"
    if words & {"varfor", "why"} and _REVISED.search(folded_text):
        return None     # "Varför ska RUS revideras redan nu, den antogs ju nyss?": why it is reviewed (b76 #4)
    if _DECIDED.search(folded_text) and not concepts & {"PARTNERSHIP", "REVIEW", "MEETING"} and not (
            words & _OWN_DECIDING):
        return "decision.status"
    return None


def _input_outcome(folded_text: str) -> bool:
    """Whether an outcome asked is what became of the partners' input ("kom vårt inspel med?")."""
    return bool(_INCLUDED.search(folded_text) and _INPUT_WORDS.search(folded_text))


# "Är avstämningen samma sak som remissen?", "is the check-in the same as the consultation?", "är X och Y samma
# sak?": two things compared, each side read apart (folded text; the side before ends at the sentence's start).
_SAME_AS = re.compile(r"(?P<x>[^.?!;:]{2,80}?)\s+(?:(?:the )?same(?: thing)? as|samma(?: sak)? som)\s+"
                      r"(?P<y>[^.?!;:]{2,80})")
_SAME_AND = re.compile(r"(?P<x>[^.?!;:]{2,60}?)\s+(?:och|and)\s+(?P<y>[^.?!;:]{2,60}?)\s+"
                       r"(?:(?:samma|the same)(?: sak| thing)?|detsamma)\b")
# A side's words, in the order they are tried: the consultation's response is no step of the plan.
_STEP_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("response", re.compile(r"\bremissvar\w*|\bresponse\b")),
    ("consultation", re.compile(r"\bremiss\w*|\bconsultation\b")),
    ("meeting", re.compile(r"\bavstamning\w*|\bcheck-?in\b|\bstamma av\b|\b11 mars\b|\b11(?:th)?\b")),
    ("political", re.compile(r"\bpolitisk\w* forankring\w*|\bnamnd\w*|\bpolitical anchoring\b|\bcommittees?\b")),
    ("anchoring", re.compile(r"\bforankring\w*|\banchoring\b")),
    ("decision", re.compile(r"\bbeslut\w*|\brf\b|\bregionfullmaktige\b|\bfullmaktige\b|\bdecision\b|"
                            r"\bregional council\b")),
    ("rus", re.compile(r"\brus\w*|\buppdatering\w*|\boversyn\w*|\bupdate\b|\breview\b|\butvecklingsstrategi\w*")),
)


def _side_step(kit: Kit, side: str) -> tuple[str, TimelineItem | None] | None:
    """What one side of a comparison names: ('rus', None) for the update as a whole, (kind, the plan's item) for
    one of its steps, ('response', None) for a remissvar; None when it names none of them."""
    for kind, words in _STEP_WORDS:
        if not words.search(side):
            continue
        if kind in ("rus", "response"):
            return kind, None
        for item in kit.process.timeline:
            name = fold(item.name.sv)
            if (kind == "political" and "politisk forankring" in name) or (
                    kind == "anchoring" and "forankring" in name and "politisk" not in name) or (
                    kind == item.kind and kind in ("consultation", "meeting", "decision")):
                return kind, item
        return None
    return None


def _named_in_material(kit: Kit, side: str) -> bool:
    """Whether a side names a glossary word, an organisation or a role of the process file."""
    words = set(tokens(side))
    for entry in kit.process.glossary:
        if any(fold(term) in side if " " in term else fold(term) in words for term in entry.terms):
            return True
    names = [o.name for o in kit.process.organisations] + [r.name.sv for r in kit.process.roles]
    return any(fold(n) in side for n in names)


def same_step(kit: Kit, q: Asked) -> Answer | None:
    """"Är avstämningen samma sak som remissen?": two steps of the plan are two steps – "Nej", both with their
    dates and what the plan says of them. "Är RUS-uppdateringen samma sak som översiktsplanen?", where the other
    thing is nowhere in the material: the material does not relate the two, then what it says RUS is. None for any
    other comparison (an organisation and a role, a word and its meaning: other answers)."""
    f = folded(q.text)
    if "samma" not in f and "same" not in f:
        return None             # cheap
    m = _SAME_AS.search(f) or _SAME_AND.search(f)
    if m is None:
        return None
    x, y = m.group("x"), m.group("y")
    sx, sy = _side_step(kit, x), _side_step(kit, y)
    lang = q.language
    if sx and sy and sx[1] is not None and sy[1] is not None and sx[1] is not sy[1]:
        a, b = sx[1], sy[1]
        dated = []
        for item in (a, b):
            when = item_when(item, lang) or t(lang, "utan eget datum i tidplanen", "no date of its own in the timeline")
            dated.append(f"- **{item.name.get(lang)}** ({when}): {item.text.get(lang)}")
        text = t(lang, f"Nej – {lower_first(a.name.sv)} och {lower_first(b.name.sv)} är två olika steg i tidplanen:",
                 f"No – the {lower_first(a.name.get(lang))} and the {lower_first(b.name.get(lang))} are two different "
                 f"steps in the timeline:")
        return kit.answer(q, "\n".join([text, *dated]), [a.source, b.source], topic="timeline")
    for this, that, other in ((sx, sy, y), (sy, sx, x)):
        if this is not None and this[0] == "rus" and that is None and not _named_in_material(kit, other):
            shown = (_SAME_AS.search(q.text.lower()) or _SAME_AND.search(q.text.lower()))
            said = shown.group("y" if other is y else "x") if shown is not None else other
            thing = re.sub(r"^(?:en|ett|den|det|the|a|an)\s+", "", said.strip())
            thing = re.sub(r"^vår(t|a)?\b", lambda w: {"t": "ert", "a": "era"}.get(w.group(1) or "", "er"),
                           re.sub(r"^our\b", "your", thing))
            facts = [f for f in kit.process.facts if f.id in ("rus", "mandate-update-not-new")]
            text = t(lang, f"Det säger underlaget inget om: {thing} nämns inte där, så hur det hänger ihop med "
                           f"uppdateringen av RUS vet jag inte – fråga samordnarna. Det som står är:",
                     f"The material does not say: {thing} is not mentioned in it, so how it relates to the update of "
                     f"RUS I do not know – ask the coordinators. What it does say:")
            return kit.answer(q, "\n\n".join([text, " ".join(fa.text.get(lang) for fa in facts)]),
                              [fa.source for fa in facts], topic="rus")
    return None
