"""The phases: all of them, one of them, whether one is over (by the plan), the one the plan is in on a
day, and the political anchoring and decision that follow them."""

from __future__ import annotations

import re

from rusbot.answers.answerers import consultation as consultation_answers
from rusbot.answers.answerers import meetings as meetings_answers
from rusbot.answers.kit import Asked, Kit, folded, is_yes_no, lower_first, t
from rusbot.answers.lexicon import fold, tokens
from rusbot.answers.model import Answer
from rusbot.answers.timeline import after_phases, item_bounds, item_when, plan_span, with_when
from rusbot.i18n import format_date, join_list
from rusbot.process.model import Language, TimelineItem

_MEANS = re.compile(r"\b(?:innebar|innebara|betyder|menas|konkret|vad handlar|what does .* mean|what is meant)\b")
_HAPPENED = re.compile(r"\b(?:skett|hant|gjorts|genomforts|agt rum|already happened|has it happened|taken place)\b")


def _step_named_whole(kit: Kit, q: Asked) -> TimelineItem | None:
    """The undated step whose name's every long word the question uses ("förankra med partnerskapet"
    names Förankring med partnerskapet, not Politisk förankring i nämnderna), the fullest such name."""
    asked = {w[:5] for w in tokens(fold(q.text)) if len(w) >= 5}
    best: tuple[int, TimelineItem] | None = None
    for item in kit.process.timeline:
        words = {w[:5] for w in tokens(fold(item.name.sv)) if len(w) >= 5}
        if item_bounds(item) is None and len(words) >= 2 and words <= asked and (best is None or len(words) > best[0]):
            best = (len(words), item)
    return best[1] if best else None


def step_meaning(kit: Kit, q: Asked, *, happened_only: bool = False) -> Answer | None:
    """"Vad innebär 'förankra med partnerskapet' konkret, och har det redan skett?": what the material says
    of that step and where the plan puts it, then that whether it has happened is not known (b23 #92).
    None unless an undated step is named and its meaning or its having happened is asked."""
    text = folded(q.text)
    if not (_HAPPENED.search(text) or (_MEANS.search(text) and not happened_only)):
        return None
    step = _step_named_whole(kit, q)
    if step is None or step.happened:
        return None
    lang, items = q.language, kit.process.timeline
    index = kit.index[step.id]
    before = items[index - 1] if index > 0 else None
    after = items[index + 1] if index + 1 < len(items) else None
    name = step.name.get(lang)
    said = "" if fold(step.text.get(lang)).rstrip(".") == fold(name) else f": {lower_first(step.text.get(lang))}"
    lines = [t(lang, f"**{name}** är enligt underlaget ett steg i tidplanen{said or '.'}",
               f"**{name}** is a step in the timeline according to the material{said or '.'}")]
    sources = [step.source]
    if before is not None and after is not None:
        lines[0] += t(lang, f" Närmast före i tidplanen: {lower_first(before.name.get(lang))}; närmast efter: "
                            f"{lower_first(after.name.get(lang))}.",
                      f" Just before it in the timeline: {lower_first(before.name.get(lang))}; just after it: "
                      f"{lower_first(after.name.get(lang))}.")
    # The entry for the words the step's name begins with ("förankring", "politisk förankring"), not one for
    # a word further in ("partnerskapet").
    entry = next((e for e in kit.process.glossary
                  if any(fold(step.name.sv).startswith(fold(term)) for term in e.terms if len(term) >= 5)), None)
    if entry is not None:
        lines.append(entry.text.get(lang))
        sources.append(entry.source)
    if _HAPPENED.search(text) or "MEETING" in q.entities.concepts:
        unknown = t(lang, "Det vet jag inte om det har skett: tidplanen ger steget inget eget datum, och hur "
                          "arbetet har gått står inte i underlaget. Möten som samordnarna har lagt in visar "
                          "**möten**; fråga samordnarna.",
                    "Whether it has happened I don't know: the timeline gives the step no date of its own, and "
                    "how the work went is not in the material. Meetings the coordinators have added are shown "
                    "by **möten**; ask the coordinators.")
        # "Har det skett?" alone is answered first; asked after "vad innebär …?" it comes in that order.
        if _MEANS.search(text):
            lines.append(unknown)
        else:
            lines.insert(0, unknown)
    return kit.answer(q, "\n\n".join(lines), sources, topic="phase.step")


_HOW_MANY = re.compile(r"\bhur manga\b|\bhow many\b|\bantal\b|\bnumber of\b")
_COUNT = {1: ("En", "One"), 2: ("Två", "Two"), 3: ("Tre", "Three"), 4: ("Fyra", "Four"), 5: ("Fem", "Five")}


def how_many_steps(kit: Kit, q: Asked, steps: list[TimelineItem] | None = None) -> str | None:
    """"Hur många skrivfaser är det i fas 2?", "how many writing phases are there?": the number of the timeline's
    steps (of the phase asked, or all) whose name starts with the word asked for, said first, then which they are
    (batch 34: the phase's steps were listed and the number never said). None unless a count of such steps is asked."""
    text = folded(q.text)
    if not (m := _HOW_MANY.search(text)):
        return None
    # The thing counted is named right after "hur många" ("hur många skrivfaser", "how many writing phases"), not
    # anywhere in the question ("hur många faser har uppdateringen?" counts no "Uppdaterad RUS klar").
    asked = [w for w in tokens(text[m.end():])[:2] if len(w) >= 5]
    if not asked:
        return None
    lang = q.language

    def names_it(item: TimelineItem) -> bool:
        first = [w for w in (tokens(fold(item.name.sv))[:1] + tokens(fold(item.name.en or ""))[:1]) if len(w) >= 5]
        return any(w[:7] == f[:7] or (len(f) < 7 and w.startswith(f)) for w in asked for f in first)

    found = [i for i in (steps if steps is not None else kit.process.timeline) if names_it(i)]
    if not found or len(found) not in _COUNT:
        return None
    number = _COUNT[len(found)][0 if lang == "sv" else 1]
    return f"{number}: " + join_list([with_when(f"**{i.name.get(lang)}**", i, lang) for i in found], lang) + "."


def phases(kit: Kit, q: Asked) -> Answer:
    lang = q.language
    if (step := step_meaning(kit, q)) is not None:
        return step
    if (count := how_many_steps(kit, q)) is not None:
        return kit.answer(q, count, [i.source for i in kit.process.timeline if i.name.get(lang) in count],
                          topic="phases")
    ps = kit.process.phases
    if not ps:
        return kit.answer(q, t(lang, "Tidplanen delar inte in arbetet i faser.", "The timeline has no phases."),
                          topic="phases")
    lines = [t(lang, f"Uppdateringen har {len(ps)} faser:", f"The update has {len(ps)} phases:")]
    lines += [f"- **{p.name.get(lang)}**: {kit.phase_text(n, lang)}" for n, p in enumerate(ps)]
    sources = [p.source for p in ps]
    if q.entities.concepts & {"NOW", "READY"}:
        # "Fas 2 är väl klar nu i juli och då börjar fas 3?": asked of now, the phase we are in and what runs in it.
        placed = kit.placed(q.today)
        now = [i for i, p in zip(kit.process.timeline, placed, strict=True) if p.status == "current" and i.phase
               and i.kind != "milestone"]
        index = next((n for n, p in enumerate(ps) if now and p.id == now[0].phase), None)
        if index is not None:
            names = join_list([with_when(lower_first(i.name.get(lang)), i, lang) for i in now], lang)
            lines.append(t(lang, f"Just nu ({format_date(q.today, lang)}) pågår **{ps[index].name.get(lang)}**: "
                                 f"{names}.",
                           f"Right now ({format_date(q.today, lang)}) we are in **{ps[index].name.get(lang)}**: "
                           f"{names}."))
            sources += [i.source for i in now]
    if "INFLUENCE" in q.entities.concepts:
        # "Outline the phases and where the partnership can influence the result": the phases, then its steps.
        where = [i for i in kit.process.timeline if "partnerskap" in fold(f"{i.name.sv} {i.text.sv}")]
        if where:
            lines.append(t(lang, "Där partnerskapet är med och påverkar enligt tidplanen:",
                           "Where the partnership takes part and can influence the result, according to the timeline:"))
            lines += [f"- {kit.item_line(i, lang)}: {i.text.get(lang)}" for i in where]
            sources += [i.source for i in where]
        role_ = kit.roles.get(kit.rules.partnership_role or "")
        if role_ is not None:
            lines.append(role_.text.get(lang))
            sources.append(role_.source)
    return kit.answer(q, "\n".join(lines), sources, topic="phases")


def phase_answer(kit: Kit, q: Asked, index: int, lead: str | None = None) -> Answer:
    lang = q.language
    phase = kit.process.phases[index]
    lines = [lead or f"**{phase.name.get(lang)}**: {kit.phase_text(index, lang)}"]
    steps = [i for i in kit.process.timeline if i.phase == phase.id]
    if steps:
        lines.append(t(lang, "I tidplanen:", "In the timeline:"))
        lines += [f"- {kit.item_line(i, lang)}" for i in steps]
    return kit.answer(q, "\n".join(lines), [phase.source, *[i.source for i in steps]],
                      topic=q.topic if q.topic != "phase" else f"phase{index + 1}")


def underlag_text(kit: Kit, lang: Language) -> tuple[str, list[str]]:
    """What the plan says about the material to start from: only that the first phase asks for it."""
    for index, phase in enumerate(kit.process.phases):
        if "underlag" in fold(phase.text.sv):
            return t(lang, f"Underlaget anger inte vilka underlag ni ska utgå från: {phase.name.get(lang)} går just ut "
                           f"på det – {lower_first(kit.phase_text(index, lang))}",
                     f"The material does not say which documents to start from: {phase.name.get(lang)} is about "
                     f"exactly that – {lower_first(kit.phase_text(index, lang))}"), [phase.source]
    return t(lang, "Underlaget anger inte vilka underlag ni ska utgå från.",
             "The material does not say which documents to start from."), []


_DONE = {"READY", "ADOPTED"}
_DONE_WORDS = {"klar", "klart", "fardig", "fardigt", "avslutad", "avslutat", "over", "slut", "slutar", "done",
               "finished", "complete", "completed", "ended", "end", "ends", "finish", "finishes"}


# Whether the plan is in a phase named, asked of "us" ("är vi i fas 2 nu?", "vi e i fas 2 va?", "are we in phase 2").
_IN_PHASE_NOW = re.compile(r"\b(?:(?:ar|e) vi|vi (?:ar|e)|are we|we are|we re|we're)\s+(?:\w+\s+)?(?:i|in)\s+"
                           r"(?:fas|phase)\b")


def phase(kit: Kit, q: Asked) -> Answer:
    e, lang = q.entities, q.language
    if e.phase_index is None:
        if e.phase_number is not None:
            names = ", ".join(p.name.get(lang) for p in kit.process.phases)
            return kit.answer(q, t(lang, f"Det finns ingen fas {e.phase_number} i tidplanen – bara "
                                         f"{len(kit.process.phases)}: {names}.",
                                   f"There is no phase {e.phase_number} in the timeline – only "
                                   f"{len(kit.process.phases)}: {names}."),
                              [p.source for p in kit.process.phases], topic="phases")
        return phases(kit, q)
    if _asks_done(q):
        return phase_done(kit, q, e.phase_index)
    if _IN_PHASE_NOW.search(folded(q.text)):
        # "Vi e i fas 2 nu va?", "are we in phase 1 still?": which phase the plan is in today answers it (b52 #21),
        # not what the phase holds alone.
        return current(kit, q)
    steps = [i for i in kit.process.timeline if i.phase == kit.process.phases[e.phase_index].id]
    meetings_ = [i for i in steps if i.kind == "meeting"]
    if meetings_ and all((b := item_bounds(i)) is not None and b[1] < q.today for i in meetings_) and (
            "MEETING" in e.concepts) and meetings_answers.asks_outcome(q):
        # "Jag missade avstämningen – vad kom man fram till, vilka delar ska uppdateras?": the outcome, unknown.
        return meetings_answers.check_in(kit, q)
    if (again := written_again(kit, q, e.phase_index)) is not None:
        return again
    named = _named_steps(kit, q, steps) if "PHASE" not in e.concepts else []
    if named and ("WHEN" in e.concepts or {"manader", "manad", "months", "month"} & set(tokens(fold(q.text)))):
        return steps_done(kit, q, named, when_asked=True)      # "vilka månader är det skrivfas?"
    if "UNDERLAG" in e.concepts and "underlag" in fold(kit.process.phases[e.phase_index].text.sv):
        return phase_answer(kit, q, e.phase_index, underlag_text(kit, lang)[0])
    if (count := how_many_steps(kit, q, steps)) is not None:
        return phase_answer(kit, q, e.phase_index, count)
    if _HOW_MANY_DAYS.search(folded(q.text)) and (left := _days_left(kit, q, steps)) is not None:
        return phase_answer(kit, q, e.phase_index, left + "\n\n**" + kit.process.phases[e.phase_index].name.get(lang)
                            + "**: " + kit.phase_text(e.phase_index, lang))
    if set(tokens(fold(q.text))) & _START_WORDS and steps:
        start = _phase_start(kit, q, e.phase_index, steps)
        if start is not None:
            return phase_answer(kit, q, e.phase_index, start)
    return phase_answer(kit, q, e.phase_index)


def asks_another_consultation(folded_text: str) -> bool:
    """"Blir det en andra remissomgång?", "another round of consultation?": a consultation beyond the one planned."""
    return bool(_ANOTHER_ROUND.search(folded_text))


# Stricter than the pattern below, which reads only beside writing after the consultation: "en remiss till
# utskottet" is a referral of the asker's own, not a second consultation.
_ANOTHER_ROUND = re.compile(
    r"\b(?:ny|nytt|nya|andra|annan|extra|ytterligare)\s+remiss(?:runda|omgang|en)?\b|\bremiss(?:runda|omgang)?\s+"
    r"(?:igen|en gang till|pa nytt)\b|\b(?:en|nagon)\s+(?:remissrunda|remissomgang)\s+till\b|\b(?:another|second|"
    r"new|extra|further)\s+(?:round of\s+)?consultation")


_ANOTHER_CONSULTATION = re.compile(
    r"\b(?:en|nagon|ytterligare en)\s+(?:ny\s+|andra\s+)?remiss\w*\s+(?:till|igen|pa nytt)\b(?!\s+(?:partnerskap|alla|"
    r"kommun|oss|er|var|vilka|vem|de|dem|hela|regionen|lan))|\b(?:ny|nytt|nya|andra|annan|extra)\s+remiss(?:runda|omgang)?\b"
    r"|\bremiss\w*\s+(?:igen|en gang till|pa nytt)\b|\b(?:another|second|new|extra|further)\s+"
    r"(?:round of\s+)?consultation")
_AGAIN = re.compile(r"\b(?:efter|after|igen|again|om|over|tva ganger|twice|rewrit\w*|redone)\b")


def written_again(kit: Kit, q: Asked, index: int | None = None) -> Answer | None:
    """"Skrivfas står två gånger – skrivs texten om efter remissen?": yes, the phase has a writing step after the
    consultation, and the updates are anchored with the partnership before the political steps; said first.
    None unless writing after the consultation is asked about."""
    c = q.entities.concepts
    item = kit.process.consultation_item
    another = asks_another_consultation(folded(q.text))
    if item is None or ("WRITE" not in c and not another) or "CONSULT" not in c or not (
            _AGAIN.search(folded(q.text)) or another) or (
            re.search(r"\b(?:fore|innan|before) eller efter\b|\befter eller (?:fore|innan)\b|\bbefore or after\b|"
                      r"\bafter or before\b", folded(q.text))):
        return None     # "kommer skrivfasen före eller efter remissen?": both, which the phase's lines say
    if index is None:
        index = next((n for n, ph in enumerate(kit.process.phases) if ph.id == item.phase), None)
        if index is None:
            return None
    steps = [i for i in kit.process.timeline if i.phase == kit.process.phases[index].id]
    after = steps[steps.index(item) + 1:] if item in steps else []
    rewrite = next((i for i in after if i.kind == "step" and re.search(r"skriv|writ", fold(i.name.sv + i.id))), None)
    if rewrite is None:
        return None
    lang = q.language
    said = rewrite.text.get(lang)
    lines = [t(lang, "Ja – ", "Yes – ") + lower_first(said) if is_yes_no(q.text) else said]
    if _ANOTHER_CONSULTATION.search(folded(q.text)) and sum(
            i.kind == "consultation" for i in kit.process.timeline) == 1:
        # "blir det en remissrunda till efter skrivfasen?": a second consultation is asked, which the plan has not
        when = item_when(item, lang)
        lines = [t(lang, f"Nej, inte enligt tidplanen – den har en remiss ({when}), och någon remiss till nämns inte. "
                         f"{said}",
                   f"No, not according to the timeline – it has one consultation ({when}), and no further "
                   f"consultation is mentioned. {said}")]
    anchoring = [i for i in after[after.index(rewrite) + 1:] if i.kind == "step"]
    lines += [i.text.get(lang) for i in anchoring]
    return phase_answer(kit, q, index, " ".join(lines))


_HOW_MANY_DAYS = re.compile(r"\bhur manga (dagar|veckor)\b|\bhow many (days|weeks)\b|\bhur lang tid har (vi|ni|jag)\b|"
                            r"\bhow (much|long) time\b")


def _days_left(kit: Kit, q: Asked, steps: list[TimelineItem]) -> str | None:
    """"Hur många dagar har vi på oss i fas 1?": days from today to the phase's last exact day (its check-in)."""
    exact = [i for i in steps if i.last is not None and i.last.is_exact]
    if not exact:
        return None
    end_item = exact[-1]
    end = end_item.last.latest  # type: ignore[union-attr]
    days, lang = (end - q.today).days, q.language
    day_f = format_date(end, lang)
    name = end_item.name.get(lang)
    if days < 0:
        return t(lang, f"Inga – {name.lower()} var den {day_f}.", f"None – the {name.lower()} was on {day_f}.")
    return t(lang, f"{days} dagar, räknat från i dag ({format_date(q.today, lang)}) till {name.lower()} den {day_f}.",
             f"{days} days, counting from today ({format_date(q.today, lang)}) to the {name.lower()} on {day_f}.")


_WHEN_OR_HOW_LONG = re.compile(r"\b(nar|fran nar|hur lang|hur lange|hur manga veckor|when|how long)\b")


_START_WORDS = {"borjar", "borja", "borjade", "startar", "starta", "startade", "inleds", "inleddes", "drar", "start",
                "starts", "started", "begin", "begins", "began"}


def _phase_start(kit: Kit, q: Asked, index: int, steps: list[TimelineItem]) -> str | None:
    """"När börjar fas 2?": its first step's date, or after the dated step before it when it has none."""
    lang, phase = q.language, kit.process.phases[index]
    name = f"**{phase.name.get(lang)}**"
    first = steps[0]
    bounds = item_bounds(first)
    if first.first is not None and first.first.month is None:
        # "fram till 11 mars": the plan gives its end, not its start – said so first, not the phase alone (b24 #98).
        return t(lang, f"Tidplanen anger inget startdatum för {name}: den pågår {item_when(first, lang)} "
                       f"({lower_first(first.name.get(lang))}).",
                 f"The timeline gives no start date for {name}: it runs {item_when(first, lang)} (step: "
                 f"{first.name.get(lang)}).")
    if bounds is not None:
        verb = t(lang, "började", "began") if bounds[0] <= q.today else t(lang, "börjar", "begins")
        return t(lang, f"{name} {verb} enligt tidplanen {item_when(first, lang)} "
                       f"({lower_first(first.name.get(lang))}).",
                 f"According to the timeline {name} {verb} {item_when(first, lang)} (the "
                 f"{lower_first(first.name.get(lang))}).")
    items = kit.process.timeline
    before = next((items[n] for n in range(kit.index[first.id] - 1, -1, -1) if item_bounds(items[n]) is not None), None)
    if before is None:
        return None
    b = item_bounds(before)
    assert b is not None
    what = with_when(lower_first(before.name.get(lang)), before, lang)
    ends = [end[1] for i in steps if (end := item_bounds(i)) is not None]
    if ends and max(ends) < q.today:
        return t(lang, f"Enligt tidplanen skulle {name} komma efter {what}; något eget startdatum angav tidplanen "
                       "inte.",
                 f"According to the timeline {name} was to come after the {what}; the timeline gave no start date "
                 "of its own.")
    if b[1] < q.today:
        return t(lang, f"Enligt tidplanen kommer {name} efter {what}, så den pågår nu enligt planen; något eget "
                       "startdatum anger tidplanen inte.",
                 f"According to the timeline {name} comes after the {what}, so by the plan it is going on now; the "
                 "timeline gives no start date of its own.")
    return t(lang, f"Enligt tidplanen börjar {name} efter {what}; något eget startdatum anger tidplanen inte.",
             f"According to the timeline {name} begins after the {what}; the timeline gives no start date of its own.")


def _asks_done(q: Asked) -> bool:
    words = set(tokens(fold(q.text)))
    return bool(q.entities.concepts & _DONE or words & _DONE_WORDS)


def _named_steps(kit: Kit, q: Asked, steps: list[TimelineItem]) -> list[TimelineItem]:
    """The steps a question names ("är skrivfasen klar?" names the writing steps), by their names' words."""
    asked = {w[:5] for w in tokens(fold(q.text)) if len(w) >= 5}
    return [i for i in steps if asked & {w[:5] for w in tokens(fold(i.name.sv)) if len(w) >= 5}]


def steps_done(kit: Kit, q: Asked, named: list[TimelineItem], *, when_asked: bool = False) -> Answer:
    """"Är skrivfasen klar?": where the plan has those steps on the day asked, never whether they are done."""
    lang, today = q.language, q.today
    placed = dict(zip((i.id for i in kit.process.timeline), kit.placed(today), strict=True))
    items = kit.process.timeline
    lines: list[str] = []
    for step in named:
        status = placed[step.id].status
        when = item_when(step, lang)
        name = f"**{step.name.get(lang)}**"
        if not when:
            index = kit.index[step.id]
            before = next((items[n] for n in range(index - 1, -1, -1) if item_bounds(items[n]) is not None), None)
            after = next((items[n] for n in range(index + 1, len(items)) if item_bounds(items[n]) is not None), None)
            when = t(lang, "utan eget datum", "no date of its own")
            if before is not None and after is not None:
                first, then = lower_first(before.name.get(lang)), lower_first(after.name.get(lang))
                when += t(lang, f", mellan {first} och {then}", f", between the {first} and the {then}")
        state = {"past": t(lang, "ligger enligt tidplanen bakom oss", "is behind us according to the timeline"),
                 "current": t(lang, "pågår enligt tidplanen nu", "is going on now according to the timeline"),
                 "upcoming": t(lang, "kommer enligt tidplanen senare", "comes later according to the timeline")}[status]
        lines.append(f"- {name} ({when}): {state}.")
    head = t(lang, "I tidplanen:", "In the timeline:") if when_asked else t(
        lang, "Jag känner bara tidplanen, inte hur långt arbetet faktiskt har kommit. I tidplanen:",
        "I only know the plan, not how far the work has actually come. In the timeline:")
    return kit.answer(q, "\n".join([head, *lines]), [i.source for i in named], topic="phase.current")


def phase_done(kit: Kit, q: Asked, index: int) -> Answer:
    """"Är fas 1 klar?": when the plan ends the phase, said as the plan, never as what happened."""
    lang, today = q.language, q.today
    p = kit.process.phases[index]
    steps = [i for i in kit.process.timeline if i.phase == p.id]
    named = _named_steps(kit, q, steps) if "PHASE" not in q.entities.concepts else []
    if named:
        return steps_done(kit, q, named)
    ends = [(i, b[1], n) for n, i in enumerate(steps) if (b := item_bounds(i)) is not None]
    name = p.name.get(lang)
    sources = [p.source, *[i.source for i in steps]]
    if not ends:
        text = t(lang, f"Tidplanen anger inget slutdatum för {name}.", f"The timeline gives no end date for {name}.")
    else:
        last_item, end, position = max(ends, key=lambda found: (found[1], found[2]))
        what = lower_first(last_item.name.get(lang))
        when = item_when(last_item, lang)
        undated = [i for i in steps[position + 1:] if item_bounds(i) is None]
        if undated:
            # The phase goes on past its last date: "efter remissen … följer … utan egna datum".
            rest = join_list([lower_first(i.name.get(lang)) for i in undated], lang)
            text = t(lang, f"Tidplanen anger inget slutdatum för {name}: efter {what} ({when}) följer {rest}, utan "
                           "egna datum.",
                     f"The timeline gives no end date for {name}: after the {what} ({when}) come {rest}, without "
                     "dates of their own.")
            if today > end:
                text += " " + t(lang, "Jag känner bara tidplanen, inte hur långt arbetet faktiskt har kommit.",
                                "I only know the plan, not how far the work has actually come.")
        elif today > end:
            text = t(lang, f"Enligt tidplanen skulle {name} avslutas med {what} ({when}). Jag känner bara tidplanen, "
                           "inte hur arbetet faktiskt har gått.",
                     f"According to the timeline {name} was to end with the {what} ({when}). I only know the plan, "
                     "not how the work has actually gone.")
        elif not undated:
            text = t(lang, f"Enligt tidplanen pågår {name} till och med {what} ({when}).",
                     f"According to the timeline {name} runs until the {what} ({when}).")
    following = kit.process.phases[index + 1] if index + 1 < len(kit.process.phases) else None
    if following is not None:
        text += " " + t(lang, f"Därefter kommer {following.name.get(lang)}: ",
                        f"Then comes {following.name.get(lang)}: ") + lower_first(kit.phase_text(index + 1, lang))
        sources.append(following.source)
    return kit.answer(q, text, sources, topic=f"phase{index + 1}")


def current(kit: Kit, q: Asked) -> Answer:
    """The phase the plan is in on the day asked: from the timeline items that are current."""
    lang, today = q.language, q.today
    if _WHEN_OR_HOW_LONG.search(folded(q.text)) and (writing := consultation_answers.writing_when(kit, q)):
        return writing      # "När kommer skrivfasen igång?": the step asked about, not the phase we are in
    ps = kit.process.phases
    today_f = format_date(today, lang)
    span = plan_span(kit.process)
    if not ps:
        return phases(kit, q)
    if q.entities.phase_index is not None and _asks_done(q):
        return phase_done(kit, q, q.entities.phase_index)
    if span is not None and today > span[1]:
        return kit.answer(q, t(lang, f"Enligt tidplanen är alla faser passerade ({today_f}). ",
                               f"According to the timeline all phases are behind us ({today_f}). ")
                          + kit.after_plan_text(lang), [kit.last_dated().source])
    placed = kit.placed(today)
    current_items = [i for i, p in zip(kit.process.timeline, placed, strict=True) if p.status == "current"]
    current_ids = [i.phase for i in current_items if i.phase]
    later = after_phases(kit.process)
    if current_ids and any(i in later for i in current_items):
        # The last phase's undated steps and the steps after it are all "now": say both, not one.
        index = next(n for n, p in enumerate(ps) if p.id == current_ids[-1])
        in_phase = join_list([lower_first(i.name.get(lang)) for i in current_items if i.phase], lang)
        after = join_list([lower_first(i.name.get(lang)) for i in current_items
                           if i in later and i.kind != "milestone"], lang)
        text = t(lang, f"Enligt tidplanen är vi i slutet av **{ps[index].name.get(lang)}** eller strax efter den "
                       f"({today_f}): kvar i fasen är {in_phase}, och därefter följer {after}. Tidplanen ger dessa "
                       "steg inga egna datum, så närmare än så kan jag inte säga.",
                 f"According to the timeline we are at the end of **{ps[index].name.get(lang)}** or just after it "
                 f"({today_f}): left in the phase is {in_phase}, and then come {after}. The timeline gives these "
                 "steps no dates of their own, so I cannot say more precisely.")
        return kit.answer(q, text, [ps[index].source, *[i.source for i in current_items]], topic="phase.current")
    if not current_ids and current_items and all(i in later for i in current_items):
        names = join_list([lower_first(i.name.get(lang)) for i in current_items if i.kind != "milestone"]
                          or [lower_first(current_items[0].name.get(lang))], lang)
        last = ps[-1].name.get(lang)
        return kit.answer(q, t(lang, f"Enligt tidplanen är {last} passerad ({today_f}); nu följer {names}, som "
                                     "kommer efter faserna.",
                               f"According to the timeline {last} is behind us ({today_f}); now comes {names}, "
                               "after the phases."), [ps[-1].source, *[i.source for i in current_items]],
                          topic="phase.current")
    if not current_ids:
        upcoming = [i.phase for i, p in zip(kit.process.timeline, placed, strict=True)
                    if p.status == "upcoming" and i.phase]
        if upcoming and all(p.status == "upcoming" for p in placed):
            index = next(n for n, p in enumerate(ps) if p.id == upcoming[0])
            return phase_answer(kit, q, index, t(
                lang, f"Enligt tidplanen har ingen fas börjat än ({today_f}); först kommer "
                      f"**{ps[index].name.get(lang)}**.",
                f"According to the timeline no phase has started yet ({today_f}); first comes "
                f"**{ps[index].name.get(lang)}**."))
        if not upcoming:
            return phases(kit, q)
        index = next(n for n, p in enumerate(ps) if p.id == upcoming[0])
        if all(p.status == "upcoming" for i, p in zip(kit.process.timeline, placed, strict=True) if i.phase):
            # Before the first phase ("har översynen dragit igång?" in December 2020): the update is starting
            # with the steps before the phases; there is no earlier phase to be "between".
            started = [i for i, p in zip(kit.process.timeline, placed, strict=True)
                       if p.status == "current" and not i.phase]
            names = join_list([with_when(lower_first(i.name.get(lang)), i, lang) for i in started], lang)
            return phase_answer(kit, q, index, t(
                lang, f"Uppdateringen börjar nu ({today_f}): just nu pågår {names}. Ingen fas har börjat än; "
                      f"först kommer **{ps[index].name.get(lang)}**.",
                f"The update is starting now ({today_f}): under way now is {names}. No phase has started yet; "
                f"first comes **{ps[index].name.get(lang)}**."))
        return phase_answer(kit, q, index, t(
            lang, f"Enligt tidplanen är vi mellan två faser ({today_f}); nästa är **{ps[index].name.get(lang)}**.",
            f"According to the timeline we are between phases ({today_f}); next is **{ps[index].name.get(lang)}**."))
    index = next(n for n, p in enumerate(ps) if p.id == current_ids[0])
    name = ps[index].name.get(lang)
    lead = t(lang, f"Enligt tidplanen är vi i **{name}** ({today_f}): {kit.phase_text(index, lang)}",
             f"According to the timeline we are in **{name}** ({today_f}): {kit.phase_text(index, lang)}")
    return phase_answer(kit, q, index, lead)


def _stems(text: str) -> set[str]:
    return {w[:6] for w in tokens(fold(text)) if len(w) >= 4}


def _named_step(kit: Kit, steps: list[TimelineItem], asked: set[str]) -> TimelineItem:
    """The step a "när?" names: the one among the steps after the phases, or an undated step of the plan, whose name
    shares the most words with the question ("förankringen med partnerskapet" is that step, not the committees'
    anchoring); the first step after the phases when none is named."""
    said = {w[:6] for w in asked if len(w) >= 4}
    # In the plan's order, so that a tie goes to the earlier step: "förankringen" alone is the one named so
    # ("förankring med partnerskapet"), before the committees' political anchoring.
    candidates = [i for i in kit.process.timeline if i in steps or item_bounds(i) is None]
    if "partnerskapet" in asked:
        # "när får partnerskapet se den uppdaterade texten innan politiken?": the step with the partnership is the
        # one named, not the writing step an "uppdaterade" shares a word with.
        candidates = [i for i in candidates if "partne" in _stems(i.name.sv)] or candidates
    best = max(candidates, key=lambda i: len(said & _stems(i.name.sv)), default=steps[0])
    return best if said & _stems(best.name.sv) else steps[0]


_DIFFERENCE = frozenset("skillnad skillnaden skiljer difference differ differs".split())


def political(kit: Kit, q: Asked) -> Answer:
    """The political anchoring and the decision: the timeline's steps after the phases, led by the
    partnership's role (its anchoring comes first)."""
    lang = q.language
    from rusbot.answers.answerers.people import partnership_when

    if (involved := partnership_when(kit, q)) is not None:
        return involved     # "när kommer partnerskapet att involveras?": its steps, not the politics after
    if (compiled := consultation_answers.compilation_not_known(kit, q)) is not None:
        return compiled     # "… sammanställning av remissvaren, och när kommer slutversionen?"
    if (step := step_meaning(kit, q, happened_only=True)) is not None:
        return step     # "Har förankringen med partnerskapet skett?": that step, and that its outcome is not known
    if (again := consultation_answers.after_consultation(kit, q)) is not None:
        return again        # "får partnerskapet tycka till igen efter remissen, innan det går till politikerna?"
    steps = after_phases(kit.process) or [i for i in kit.process.timeline if i.kind == "decision"]
    if not steps:
        return phases(kit, q)
    lines: list[str] = []
    sources: list[str] = []
    asked_words = set(tokens(fold(q.text)))
    if asked_words & {"vilka", "vilken", "which", "what"} and asked_words & {"namnder", "namnd", "namnderna",
                                                                             "committees", "committee"}:
        # "Vilka nämnder behandlar RUS?": the material says "nämnderna", never which.
        lines.append(t(lang, "Vilka nämnder det är anges inte i underlaget; där står bara att det blir politisk "
                             "förankring i nämnderna före beslutet i regionfullmäktige.",
                       "Which committees is not in the material; it only says there is political anchoring in the "
                       "committees before the decision in the regional council."))
    if "WHEN" in q.entities.concepts:
        # "När behandlar nämnderna RUS?": when, by the plan's order, leads.
        asked = set(tokens(fold(q.text)))
        if "PARTNERSHIP" in q.entities.concepts:
            asked = asked | {"partnerskapet"}   # "… förankras med partnerskapet … blir det ett möte, och när?"
        target = _named_step(kit, steps, asked)
        when = item_when(target, lang)
        index = kit.index[target.id]
        items = kit.process.timeline
        before = items[index - 1] if index > 0 else None
        after = items[index + 1] if index + 1 < len(items) else None
        if when:
            lines.append(t(lang, f"Enligt tidplanen: {lower_first(target.name.get(lang))} {when}.",
                           f"According to the timeline: the {lower_first(target.name.get(lang))} {when}."))
        else:
            lead = t(lang, f"Tidplanen anger inget eget datum för {lower_first(target.name.get(lang))}",
                     f"The timeline gives no date of its own for the {lower_first(target.name.get(lang))}")
            if before is not None:
                lead += t(lang, f": den kommer efter {lower_first(before.name.get(lang))}",
                          f": it comes after the {lower_first(before.name.get(lang))}")
            if after is not None:
                lead += t(lang, f" och före {lower_first(after.name.get(lang))}",
                          f" and before the {lower_first(after.name.get(lang))}")
            lines.append(lead + ".")
            if "MEETING" in q.entities.concepts and target.kind != "meeting":
                # "… förankringen – blir det ett möte, och i så fall när?": how it is done is not said either.
                lines.append(t(lang, "Om det sker på ett möte anges inte i underlaget; fråga samordnarna.",
                               "Whether it takes place at a meeting is not in the material; ask the coordinators."))
        sources += [i.source for i in (before, target, after) if i is not None]
    if "PHASE" in q.entities.concepts and kit.process.phases and after_phases(kit.process):
        # "Vad händer i den politiska fasen?": the source has only its phases; this comes after them.
        names = join_list([p.name.get(lang) for p in kit.process.phases], lang)
        lines.append(t(lang, f"Den politiska förankringen är ingen egen fas i underlaget – där finns bara {names}; "
                             "den kommer efter faserna.",
                       f"The political anchoring is not a phase of its own in the material – there are only "
                       f"{names}; it comes after the phases."))
        sources += [p.source for p in kit.process.phases]
    if asked_words & _DIFFERENCE and (told := next((g for g in q.entities.terms if any(
            fold(x).startswith(("politisk forankring", "political anchoring")) for x in g.terms)), None)):
        # "Vad är skillnaden mellan förankring med partnerskapet och politisk förankring?": the two told apart by
        # the glossary's own words first, then the steps.
        lines.insert(0, told.text.get(lang))
        sources.append(told.source)
    role_ = kit.roles.get(kit.rules.partnership_role or "")
    if role_ is not None:
        lines.append(role_.text.get(lang))
        sources.append(role_.source)
    lines.append(t(lang, "I tidplanen, efter faserna:" if kit.process.phases else "I tidplanen:",
                   "In the timeline, after the phases:" if kit.process.phases else "In the timeline:"))
    lines += [f"- {kit.item_line(i, lang)}" for i in steps]
    sources += [i.source for i in steps]
    return kit.answer(q, "\n".join(lines), sources, topic="political")
