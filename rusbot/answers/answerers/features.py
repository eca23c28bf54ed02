"""The bot's own features asked about in words: inspel, remissvar, extensions, reminders, whom to
contact, stopping the reminders, one's organisation. The text explains; `Answer.action` names the
feature the Teams edge opens after it (bot/features/questions.py), the same one its command opens."""

from __future__ import annotations

from rusbot.answers.kit import Asked, Kit, t
from rusbot.answers.model import Answer
from rusbot.i18n import format_end, format_fuzzy, join_list


def _consultation_when(kit: Kit, q: Asked) -> tuple[str, list[str]]:
    item = kit.process.consultation_item
    if item is None or item.first is None or item.last is None:
        return "", []
    lang = q.language
    return t(lang, f" Remissen pågår enligt tidplanen från {format_fuzzy(item.first, lang)} till och med "
                   f"{format_end(item.last, lang)}.",
             f" According to the timeline the consultation runs from {format_fuzzy(item.first, lang)} through "
             f"{format_end(item.last, lang)}."), [item.source]


def inspel(kit: Kit, q: Asked) -> Answer:
    text = t(q.language, "Inspel – förslag på vad som ska uppdateras i RUS – lämnar du här: välj **Nytt inspel**. "
                         "Där ser du också dina inspel och kan ändra eller dra tillbaka dem (kommandot **inspel** gör "
                         "samma sak).",
             "Input – proposals for what should be updated in RUS – is given here: choose **New input**. There you "
             "also see your input and can edit or withdraw it (the command **input** does the same).")
    return kit.answer(q, text, action="inspel")


def remissvar(kit: Kit, q: Asked) -> Answer:
    when, sources = _consultation_when(kit, q)
    text = t(q.language, "Remissvaret lämnar er organisations bekräftade företrädare i chatten med mig: öppna "
                         "remissvaret, spara utkast så ofta ni vill och välj **Skicka in** när svaret är beslutat – "
                         "då får ni ett kvitto." + when,
             "Your organisation's confirmed representatives send the response in their chat with me: open the "
             "response, save drafts as often as you like and choose **Submit** when it has been decided – you then "
             "get a receipt." + when)
    return kit.answer(q, text, sources, action="remissvar")


def _coordinators(kit: Kit, contacts: tuple[str, ...], q: Asked) -> str:
    addresses = [c for c in contacts if "@" in c]
    lang = q.language
    if addresses:
        return t(lang, f"Samordnarna når du på {join_list(addresses, lang)}.",
                 f"You reach the coordinators at {join_list(addresses, lang)}.")
    if contacts:
        return t(lang, f"Boten har {len(contacts)} samordnare, men jag har inga kontaktuppgifter till dem att ge dig; "
                       "fråga den som bjöd in dig till teamet.",
                 f"The bot has {len(contacts)} coordinator(s), but I have no contact details to give you; ask "
                 "whoever invited you to the team.")
    return t(lang, "Inga samordnare är inlagda för boten, så jag har ingen kontakt att ge dig; fråga den som bjöd in "
                   "dig till teamet.",
             "No coordinators are set up for the bot, so I have no contact to give you; ask whoever invited you "
             "to the team.")


def extension(kit: Kit, q: Asked, contacts: tuple[str, ...]) -> Answer:
    when, sources = _consultation_when(kit, q)
    text = t(q.language, "Anstånd med remissvaret beviljar samordnarna. Kontakta dem och säg vilken organisation det "
                         "gäller och till vilket datum ni behöver; när de har lagt in anståndet tar jag emot ert "
                         "remissvar till och med den dagen. ",
             "The coordinators grant extensions for the consultation response. Contact them with your "
             "organisation and the date you need; once they have entered the extension I accept your response "
             "until that day. ") + _coordinators(kit, contacts, q) + when
    return kit.answer(q, text, sources)


def contact(kit: Kit, q: Asked, contacts: tuple[str, ...]) -> Answer:
    lead = t(q.language, "Kontakta samordnarna för uppdateringen. ", "Contact the coordinators of the update. ")
    return kit.answer(q, lead + _coordinators(kit, contacts, q))


def reminders(kit: Kit, q: Asked) -> Answer:
    r = kit.process.deployment.reminders
    lang = q.language
    days = join_list([str(d) for d in sorted(r.consultation_days_before, reverse=True) if d > 0], lang)
    nudges = join_list([str(d) for d in sorted(r.nudge_days_before, reverse=True)], lang)
    lines = [t(lang, "Jag skickar påminnelser till kanalen som samordnarna har valt:",
               "I send reminders to the channel the coordinators chose:")]
    meeting = t(lang, f"- dagen före varje möte kl. {r.meeting_day_before_at}",
                f"- the day before each meeting at {r.meeting_day_before_at}")
    if r.meeting_before_start_minutes:
        meeting += t(lang, f", och {r.meeting_before_start_minutes} minuter före start när tiden är känd",
                     f", and {r.meeting_before_start_minutes} minutes before it starts when the time is known")
    lines.append(meeting)
    if kit.process.consultation is not None:
        lines.append(t(lang, f"- {days} dagar före remissens sista dag" + (
            f" och på sista dagen kl. {r.consultation_at}" if 0 in r.consultation_days_before else ""),
            f"- {days} days before the consultation's last day" + (
                f" and on the last day at {r.consultation_at}" if 0 in r.consultation_days_before else "")))
        if nudges:
            lines.append(t(lang, f"- personligt till företrädare för organisationer som inte har svarat, {nudges} "
                                 "dagar före sista dagen",
                           f"- personally to representatives of organisations that have not answered, {nudges} days "
                           "before the last day"))
    lines.append(t(lang, "Skriv **påminnelser** för att se vilka som kommer, och **påminn mig av** för att stänga av "
                         "dina personliga.",
                   "Write **reminders** to see which are coming, and **nudges off** to stop your personal ones."))
    return kit.answer(q, "\n".join(lines), action="reminders")


def nudges_off(kit: Kit, q: Asked) -> Answer:
    text = t(q.language, "Dina personliga påminnelser stänger du av med **påminn mig av** i chatten med mig (och slår "
                         "på dem igen med **påminn mig på**). En kanals påminnelser stänger en samordnare av med "
                         "**påminnelser av** i kanalen.",
             "You turn off your personal reminders with **nudges off** in your chat with me (and on again with "
             "**nudges on**). A coordinator turns off a channel's reminders with **reminders off** in the channel.")
    return kit.answer(q, text, action="nudges.off")


def organisation(kit: Kit, q: Asked) -> Answer:
    text = t(q.language, "Vilken organisation du företräder ser och väljer du här; en samordnare bekräftar kopplingen "
                         "innan du kan lämna inspel och remissvar (kommandot **organisation**).",
             "You see and choose the organisation you represent here; a coordinator confirms the link before you "
             "can give input and responses (the command **organisation**).")
    return kit.answer(q, text, action="organisation")


def privacy(kit: Kit, q: Asked, contacts: tuple[str, ...]) -> Answer:
    text = t(q.language, "Dina personuppgifter hanterar samordnarna: de kan ta fram allt jag har sparat om dig och "
                         "radera det som får raderas (inskickade remissvar är allmänna handlingar och sparas). "
                         "Kontakta dem. ",
             "The coordinators handle your personal data: they can produce everything I store about you and erase "
             "what may be erased (submitted consultation responses are public documents and are kept). Contact "
             "them. ") + _coordinators(kit, contacts, q)
    return kit.answer(q, text)


def polls(kit: Kit, q: Asked) -> Answer:
    text = t(q.language, "Omröstningar lägger samordnarna upp i en kanal (kommandot **omröstning**). Alla i kanalen "
                         "röstar genom att välja ett alternativ i kortet, och kortet visar resultatet.",
             "The coordinators post polls in a channel (the command **poll**). Everyone in the channel votes by "
             "choosing an option in the card, and the card shows the result.")
    return kit.answer(q, text)


def coordinator(kit: Kit, q: Asked, contacts: tuple[str, ...]) -> Answer:
    text = t(q.language, "Det ser bara samordnarna: vilka som har svarat på remissen (**status**) och inspel och "
                         "remissvar som CSV eller Excel (**export**). Fråga dem. ",
             "Only the coordinators see that: who has answered the consultation (**status**) and input and "
             "responses as CSV or Excel (**export**). Ask them. ") + _coordinators(kit, contacts, q)
    return kit.answer(q, text)


def calendar(kit: Kit, q: Asked) -> Answer:
    text = t(q.language, "Tidplanen finns som kalender att prenumerera på, t.ex. i Outlook: välj **Lägg till i "
                         "kalendern** i tidplanskortet. Datum som bara är ungefärligt kända (som \"mitten av juni\") "
                         "är inte med.",
             "The timeline is a calendar you can subscribe to, e.g. in Outlook: choose **Add to calendar** in the "
             "timeline card. Dates known only approximately (such as \"mid-June\") are left out.")
    return kit.answer(q, text, action="timeline")
