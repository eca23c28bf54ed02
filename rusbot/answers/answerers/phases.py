"""The phases: all of them, one of them, the one the plan is in on a day, the political one."""

from __future__ import annotations

from rusbot.answers.kit import Asked, Kit, t
from rusbot.answers.model import Answer
from rusbot.answers.timeline import plan_span
from rusbot.i18n import format_date


def phases(kit: Kit, q: Asked) -> Answer:
    lang = q.language
    ps = kit.process.phases
    if not ps:
        return kit.answer(q, t(lang, "Tidplanen delar inte in arbetet i faser.", "The timeline has no phases."),
                          topic="phases")
    lines = [t(lang, f"Uppdateringen har {len(ps)} faser:", f"The update has {len(ps)} phases:")]
    lines += [f"- **{p.name.get(lang)}**: {kit.phase_text(n, lang)}" for n, p in enumerate(ps)]
    return kit.answer(q, "\n".join(lines), [p.source for p in ps], topic="phases")


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


def phase(kit: Kit, q: Asked) -> Answer:
    e, lang = q.entities, q.language
    if e.phase_index is None:
        if e.phase_number is not None:
            names = ", ".join(p.name.get(lang) for p in kit.process.phases)
            return kit.answer(q, t(lang, f"Det finns ingen fas {e.phase_number} i tidplanen. Faserna är: {names}.",
                                   f"There is no phase {e.phase_number} in the timeline. The phases are: {names}."),
                              [p.source for p in kit.process.phases], topic="phases")
        return phases(kit, q)
    return phase_answer(kit, q, e.phase_index)


def current(kit: Kit, q: Asked) -> Answer:
    """The phase the plan is in on the day asked: from the timeline items that are current."""
    lang, today = q.language, q.today
    ps = kit.process.phases
    today_f = format_date(today, lang)
    span = plan_span(kit.process)
    if not ps:
        return phases(kit, q)
    if span is not None and today > span[1]:
        return kit.answer(q, t(lang, f"Enligt tidplanen är alla faser passerade ({today_f}). ",
                               f"According to the timeline all phases are behind us ({today_f}). ")
                          + kit.after_plan_text(lang), [kit.last_dated().source])
    placed = kit.placed(today)
    current_ids = [i.phase for i, p in zip(kit.process.timeline, placed, strict=True)
                   if p.status == "current" and i.phase]
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
        return phase_answer(kit, q, index, t(
            lang, f"Enligt tidplanen är vi mellan två faser ({today_f}); nästa är **{ps[index].name.get(lang)}**.",
            f"According to the timeline we are between phases ({today_f}); next is **{ps[index].name.get(lang)}**."))
    index = next(n for n, p in enumerate(ps) if p.id == current_ids[0])
    name = ps[index].name.get(lang)
    lead = t(lang, f"Enligt tidplanen är vi i **{name}** ({today_f}): {kit.phase_text(index, lang)}",
             f"According to the timeline we are in **{name}** ({today_f}): {kit.phase_text(index, lang)}")
    return phase_answer(kit, q, index, lead)


def political(kit: Kit, q: Asked) -> Answer:
    index = kit.rules.political_phase if kit.rules.political_phase is not None else len(kit.process.phases) - 1
    if index < 0:
        return phases(kit, q)
    return phase_answer(kit, q, index)
