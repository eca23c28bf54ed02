"""The consultation (remiss): its dates, whether it is open, the days left, who responds."""

from __future__ import annotations

import datetime as dt

from rusbot.answers.kit import Asked, Kit, t
from rusbot.answers.model import Answer
from rusbot.i18n import days_phrase, format_date, format_end, format_fuzzy, format_fuzzy_at, join_list
from rusbot.process.model import Language


def status_text(kit: Kit, today: dt.date, lang: Language) -> str:
    item, s_lo, s_hi, last, e_hi = kit.consultation_parts()
    assert item.first is not None and item.last is not None
    start_f = format_fuzzy_at(item.first, lang)
    end_f = format_end(item.last, lang)
    end_clause = t(lang, f"Sista dagen är {end_f}.", f"The last day is {end_f}.") if last else t(
        lang, f"Den slutar {format_fuzzy_at(item.last, lang)}; exakt sista dag anges inte i tidplanen.",
        f"It ends {format_fuzzy_at(item.last, lang)}; the timeline does not give the exact last day.")
    if today < s_lo:
        opens = f" ({kit.when_relative(s_lo, today, lang)})" if item.first.is_exact else ""
        return t(lang, f"Nej, remissen har inte öppnat än. Den är planerad att öppna {start_f}{opens}. ",
                 f"No, the consultation has not opened yet. It is planned to open {start_f}{opens}. ") + end_clause
    if today <= s_hi and not item.first.is_exact:
        return t(lang,
                 f"Remissen är planerad att öppna {start_f}. Tidplanen anger inte exakt dag, så jag kan inte säga "
                 "säkert om den har öppnat i dag. ",
                 f"The consultation is planned to open {start_f}. The timeline does not give the exact day, "
                 "so I cannot say for sure whether it has opened today. ") + end_clause
    if today <= e_hi:
        if last is not None and today == last:
            return t(lang, f"Ja – **i dag är sista dagen** för remissen ({format_date(last, lang)}).",
                     f"Yes – **today is the last day** of the consultation ({format_date(last, lang)}).")
        if last is not None:
            left = (last - today).days
            return t(lang, f"Ja, enligt tidplanen pågår remissen nu, till och med {end_f} ({days_phrase(left)} kvar).",
                     f"Yes, according to the timeline the consultation is open now, through {end_f} "
                     f"({days_phrase(left, 'en')} left).")
        return t(lang, "Ja, enligt tidplanen pågår remissen nu. " + end_clause,
                 "Yes, according to the timeline the consultation is open now. " + end_clause)
    return t(lang, f"Remisstiden är slut: enligt tidplanen pågick remissen från {format_fuzzy(item.first, lang)} "
                   f"till och med {end_f}. Anstånd beviljar samordnarna.",
             f"The consultation period is over: according to the timeline it ran from {format_fuzzy(item.first, lang)} "
             f"through {end_f}. The coordinators grant extensions.")


def now_text(kit: Kit, today: dt.date, lang: Language) -> str:
    """The consultation as a line of "what is going on now" (no yes/no)."""
    item, _, _, last, _ = kit.consultation_parts()
    assert item.first is not None and item.last is not None
    state = kit.consultation_state(today)
    end_f = format_end(item.last, lang)
    if state == "opening":
        return t(lang, f"planerad att öppna {format_fuzzy_at(item.first, lang)}; exakt dag anges inte. "
                       f"Den pågår till och med {end_f}.",
                 f"planned to open {format_fuzzy_at(item.first, lang)}; the exact day is not given. "
                 f"It runs through {end_f}.")
    if state == "last_day":
        return t(lang, f"**i dag är sista dagen** ({end_f}).", f"**today is the last day** ({end_f}).")
    if state == "open" and last is not None:
        left = (last - today).days
        return t(lang, f"pågår, till och med {end_f} ({days_phrase(left)} kvar).",
                 f"open, through {end_f} ({days_phrase(left, 'en')} left).")
    return status_text(kit, today, lang)


def dates(kit: Kit, q: Asked) -> Answer:
    lang, today = q.language, q.today
    item, _, _, last, _ = kit.consultation_parts()
    assert item.first is not None and item.last is not None
    start_f = format_fuzzy_at(item.first, lang)
    state = kit.consultation_state(today)
    if state == "after" and last is not None:
        lead = t(lang, f"Enligt tidplanen skulle remissen öppna {start_f} och pågå till och med "
                       f"{format_fuzzy(item.last, lang)} – sista dagen var **{format_date(last, lang)}**.",
                 f"According to the timeline the consultation was to open {start_f} and run through "
                 f"{format_fuzzy(item.last, lang)} – the last day was **{format_date(last, lang)}**.")
    elif last is not None:
        lead = t(lang, f"Remissen öppnar {start_f} och pågår till och med {format_fuzzy(item.last, lang)} – "
                       f"sista dagen är **{format_date(last, lang)}**.",
                 f"The consultation opens {start_f} and runs through {format_fuzzy(item.last, lang)} – "
                 f"the last day is **{format_date(last, lang)}**.")
    else:
        lead = t(lang, f"Remissen öppnar {start_f} och slutar {format_fuzzy_at(item.last, lang)}.",
                 f"The consultation opens {start_f} and ends {format_fuzzy_at(item.last, lang)}.")
    lines = [lead, f"_{item.name.get(lang)}_"]
    if not item.first.is_exact:
        lines.append(t(lang, "Exakt startdag anges inte i tidplanen.",
                       "The timeline does not give the exact opening day."))
    today_f = format_date(today, lang)
    if state == "before":
        lines.append(t(lang, f"I dag ({today_f}) har den inte öppnat än.", f"Today ({today_f}) it has not opened yet."))
    elif state == "opening":
        lines.append(t(lang, f"I dag ({today_f}) är vi i den perioden, så den kan ha öppnat eller öppna vilken dag "
                             "som helst.",
                       f"Today ({today_f}) is within that period, so it may have opened or open any day now."))
    elif state == "last_day":
        lines.append(t(lang, "**I dag är sista dagen.**", "**Today is the last day.**"))
    elif state == "open":
        left = f" – {days_phrase((last - today).days, lang)} " + t(lang, "kvar", "left") if last else ""
        lines.append(t(lang, f"Enligt tidplanen pågår den nu{left}.",
                       f"According to the timeline it is open now{left}."))
    else:
        lines.append(t(lang, "Enligt tidplanen är remisstiden slut.",
                       "According to the timeline the consultation period is over."))
    return kit.answer(q, "\n\n".join(lines), [item.source])


def status(kit: Kit, q: Asked) -> Answer:
    item = kit.process.consultation_item
    assert item is not None
    return kit.answer(q, status_text(kit, q.today, q.language), [item.source])


def days_left(kit: Kit, q: Asked) -> Answer:
    lang, today = q.language, q.today
    item, s_lo, s_hi, last, _ = kit.consultation_parts()
    assert item.first is not None and item.last is not None
    if last is None:
        text = t(lang, f"Det kan jag inte räkna: remissens sista dag anges inte exakt "
                       f"({format_fuzzy(item.last, lang)}), så jag kan inte räkna dagarna.",
                 f"I cannot count them: the consultation's last day is not given exactly "
                 f"({format_fuzzy(item.last, lang)}), so I cannot count the days.")
    elif today > last:
        text = t(lang, f"Inga dagar kvar: enligt tidplanen var sista dagen för remissen {format_date(last, lang)}.",
                 f"No days left: according to the timeline the consultation's last day was {format_date(last, lang)}.")
    elif today == last:
        text = t(lang, f"**I dag är sista dagen** för remissen ({format_date(last, lang)}).",
                 f"**Today is the last day** of the consultation ({format_date(last, lang)}).")
    elif (asked := q.entities.period) is not None and asked.first > last:
        text = t(lang, f"Nej, inte utan anstånd: remissens sista dag är {format_date(last, lang)}, och det du "
                       "frågar om ligger efter den. Anstånd beviljar samordnarna – kontakta dem i god tid.",
                 f"No, not without an extension: the consultation's last day is {format_date(last, lang)}, and what "
                 "you ask about is after it. The coordinators grant extensions – contact them in good time.")
    else:
        left = (last - today).days
        last_f = format_date(last, lang, weekday=True)
        if today < s_lo or (today <= s_hi and not item.first.is_exact):
            text = t(lang, f"**{days_phrase(left)}** till remissens sista dag, {last_f}. Remissen har inte öppnat än "
                           f"(planerad {format_fuzzy(item.first, lang)}).",
                     f"**{days_phrase(left, 'en')}** until the consultation's last day, {last_f}. It has not opened "
                     f"yet (planned {format_fuzzy(item.first, lang)}).")
            if today >= s_lo:
                text = t(lang, f"**{days_phrase(left)}** till remissens sista dag, {last_f}. Remissen är planerad att "
                               f"öppna {format_fuzzy(item.first, lang)} (exakt dag anges inte).",
                         f"**{days_phrase(left, 'en')}** until the consultation's last day, {last_f}. It is planned "
                         f"to open {format_fuzzy(item.first, lang)} (the exact day is not given).")
        elif left == 1:
            text = t(lang, f"**1 dag kvar** – sista dagen för remissen är i morgon, {last_f}.",
                     f"**1 day left** – the consultation's last day is tomorrow, {last_f}.")
        else:
            text = t(lang, f"**{days_phrase(left)} kvar.** Sista dagen för remissen är {last_f}.",
                     f"**{days_phrase(left, 'en')} left.** The consultation's last day is {last_f}.")
    return kit.answer(q, text, [item.source])


def respondents(kit: Kit, q: Asked) -> Answer:
    lang = q.language
    process = kit.process
    consultation, item = process.consultation, process.consultation_item
    assert consultation is not None and item is not None
    sender = process.organisation(consultation.sender)
    members = process.respondents
    if q.entities.organisations:
        lines = []
        for org in q.entities.organisations:
            if org in members:
                lines.append(t(lang, f"Ja, **{org.name}** är en av remissinstanserna.",
                               f"Yes, **{org.name}** is one of the respondents."))
            elif org.id == sender.id:
                lines.append(t(lang, f"**{org.name}** skickar remissen.", f"**{org.name}** sends the consultation."))
            else:
                lines.append(t(lang, f"Nej, **{org.name}** är inte remissinstans.",
                               f"No, **{org.name}** is not a respondent."))
        return kit.answer(q, "\n".join(lines), [item.source, process.partnership.source])
    names = join_list([o.name for o in members], lang)
    if q.entities.unknown_name:
        who = q.entities.unknown_name
        return kit.answer(q, t(lang, f"Nej, **{who}** finns inte bland remissinstanserna. Remissen går till: {names}.",
                               f"No, **{who}** is not among the respondents. The consultation goes to: {names}."),
                          [item.source, process.partnership.source])
    text = t(lang, f"Remissen skickas av {sender.name} till {len(members)} remissinstanser: {names}.",
             f"The consultation is sent by {sender.name} to {len(members)} respondents: {names}.")
    if not consultation.respondents:
        text += "\n\n" + t(lang, "(Partnerskapets alla medlemmar utom avsändaren.)",
                           "(All members of the partnership except the sender.)")
    return kit.answer(q, text, [item.source, process.partnership.source])
