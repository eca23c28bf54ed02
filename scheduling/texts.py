"""What a reminder says, in Swedish (the partnership's language; only `describe`, a line of the reply to
one user's `reminders`, also speaks English). Pure: the status figures are passed in. Activities are
plain Bot Framework JSON, cards Adaptive Card 1.5 with fallbackText."""

from __future__ import annotations

import datetime as dt
from typing import Any

from rusbot.clock import STOCKHOLM
from rusbot.consultation import OPEN_REMISSVAR_ACTION
from rusbot.i18n import format_date
from rusbot.markdown import SUMMARY_MAX, link_target, literal, shorten, summary
from rusbot.process.model import Language
from rusbot.store.conversations import pending_personal
from scheduling.plan import Reminder
from scheduling.store import Unreachable

MONTHS_SV = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
             "november", "december")
WEEKDAYS_SV = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag")
ADAPTIVE_CARD = "application/vnd.microsoft.card.adaptive"


def date_sv(day: dt.date, *, weekday: bool = False) -> str:
    """'11 mars 2021', or 'torsdag 11 mars 2021'."""
    text = f"{day.day} {MONTHS_SV[day.month - 1]} {day.year}"
    return f"{WEEKDAYS_SV[day.weekday()]} {text}" if weekday else text


def time_sv(moment: dt.datetime) -> str:
    return moment.astimezone(STOCKHOLM).strftime("%H:%M")


def when_sv(reminder: Reminder) -> str:
    meeting = reminder.meeting
    assert meeting is not None
    when = date_sv(meeting.day, weekday=True)
    return f"{when} kl. {time_sv(meeting.start)}" if meeting.start is not None else when


def _days_left(days: int) -> str:
    if days <= 0:
        return "Idag är sista dagen"
    return "1 dag kvar" if days == 1 else f"{days} dagar kvar"


def _card(body: list[dict[str, Any]], fallback: str, actions: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    card: dict[str, Any] = {"type": "AdaptiveCard", "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
                            "version": "1.5", "body": body, "fallbackText": fallback}
    if actions:
        card["actions"] = actions
    return card


def _block(text: str, **style: Any) -> dict[str, Any]:
    return {"type": "TextBlock", "text": text, "wrap": True, **style}


def _heading(text: str) -> dict[str, Any]:
    """The same title style as the bot's other cards (bot.cards.heading; scheduling does not import bot/)."""
    return _block(text, size="Large", weight="Bolder", style="heading")


REMISSVAR_BUTTON = {"type": "Action.Submit", "title": "Lämna remissvar",
                    "data": {"msteams": {"type": "task/fetch"}, "action": OPEN_REMISSVAR_ACTION, "language": "sv"}}


def meeting_text(reminder: Reminder) -> str:
    meeting = reminder.meeting
    assert meeting is not None
    lines = [f"**Påminnelse: {literal(meeting.name.sv)}**", f"När: {when_sv(reminder)}"]
    location = literal(meeting.location) if meeting.location else None
    if meeting.link:
        lines.append(f"Var: [Teams-mötet]({link_target(meeting.link)})" + (f" ({location})" if location else ""))
    elif location:
        lines.append(f"Var: {location}")
    if meeting.prepare:
        lines.append(f"Förbered: {literal(meeting.prepare.sv)}")
    return "\n\n".join(lines)


def meeting_card(reminder: Reminder) -> dict[str, Any]:
    """When, where and what to prepare, with a button that joins the Teams meeting when there is a link."""
    meeting = reminder.meeting
    assert meeting is not None
    facts = [{"title": "När", "value": when_sv(reminder)}]
    if meeting.location:
        facts.append({"title": "Var", "value": literal(meeting.location)})
    elif meeting.link:
        facts.append({"title": "Var", "value": "Teams-möte"})
    body: list[dict[str, Any]] = [_heading(f"Påminnelse: {literal(meeting.name.sv)}"),
                                  {"type": "FactSet", "facts": facts}]
    if meeting.prepare:
        body += [_block("Förbered", weight="Bolder"), _block(literal(meeting.prepare.sv), spacing="None")]
    actions = [{"type": "Action.OpenUrl", "title": "Gå med i Teams-mötet", "url": meeting.link}] \
        if meeting.link else None
    return _card(body, meeting_text(reminder), actions)


def meeting_activity(reminder: Reminder) -> dict[str, Any]:
    meeting = reminder.meeting
    assert meeting is not None
    return {"type": "message", "summary": summary(f"Påminnelse: {meeting.name.sv}"),
            "attachments": [{"contentType": ADAPTIVE_CARD, "content": meeting_card(reminder)}]}


def consultation_activity(reminder: Reminder, *, today: dt.date, submitted: int | None, total: int,
                          name: str) -> dict[str, Any]:
    assert reminder.deadline is not None
    days = (reminder.deadline - today).days
    headline = f"{_days_left(days)} till remissen stänger" if days > 0 else "Idag är sista dagen för remissvar"
    lines = [f"{literal(name)}: sista dag för remissvar är {date_sv(reminder.deadline, weekday=True)}.",
             *([f"{submitted} av {total} har svarat."] if submitted is not None else [])]
    fallback = " ".join([headline + ".", *lines])
    card = _card([_heading(headline), *(_block(line, spacing="Small") for line in lines)],
                 fallback, [REMISSVAR_BUTTON])
    return {"type": "message", "summary": shorten(fallback, SUMMARY_MAX),    # its names are escaped already
            "attachments": [{"contentType": ADAPTIVE_CARD, "content": card}]}


def nudge_activity(reminder: Reminder, *, today: dt.date, organisation: str) -> dict[str, Any]:
    assert reminder.deadline is not None
    days = (reminder.deadline - today).days
    lines = [f"Hej! {literal(organisation)} har inte lämnat något remissvar ännu.",
             f"Sista dag är {date_sv(reminder.deadline, weekday=True)} ({_days_left(days).lower()}).",
             "Vill du inte ha fler sådana påminnelser? Skriv **påminn mig av**."]
    fallback = " ".join(lines).replace("**", "")
    card = _card([_heading("Påminnelse om remissvar"), *(_block(line, spacing="Small") for line in lines)],
                 fallback, [REMISSVAR_BUTTON])
    return {"type": "message", "summary": shorten(fallback, SUMMARY_MAX),    # its names are escaped already
            "attachments": [{"contentType": ADAPTIVE_CARD, "content": card}]}


def _when(day: dt.date, moment: dt.datetime | None, language: Language, *, weekday: bool = False) -> str:
    """'torsdag 11 mars 2021 kl. 13:30' / 'Thursday 11 March 2021 at 13:30' (the time only when known)."""
    text = format_date(day, language, weekday)
    if moment is None:
        return text
    return f"{text} {'at' if language == 'en' else 'kl.'} {time_sv(moment)}"


def describe(reminder: Reminder, language: Language = "sv", *, organisation_name: str | None = None) -> str:
    """One line for the `påminnelser` / `reminders` list (a reply to one user, so in their language;
    the posts above stay Swedish). A nudge with an organisation is the asker's own (named by
    `organisation_name`); without one it stands for the nudges to every organisation that has not answered."""
    when = _when(reminder.due.astimezone(STOCKHOLM).date(), reminder.due, language)
    if reminder.kind == "meeting":
        meeting = reminder.meeting
        assert meeting is not None
        held = _when(meeting.day, meeting.start, language, weekday=True)
        return f"{when} – {literal(meeting.name.get(language))} ({held})"
    assert reminder.deadline is not None and reminder.days_before is not None
    if reminder.kind == "consultation":
        if language == "en":
            return (f"{when} – the consultation closes {format_date(reminder.deadline, 'en')} "
                    f"({_days_left_en(reminder.days_before)})")
        left = "sista dagen" if reminder.days_before == 0 else _days_left(reminder.days_before)
        return f"{when} – remissen stänger {format_date(reminder.deadline)} ({left})"
    if reminder.organisation is None:
        return _t(language, f"{when} – personliga påminnelser till företrädarna för de organisationer som inte har "
                            "lämnat remissvar",
                  f"{when} – personal reminders to the representatives of organisations that have not responded")
    name = literal(organisation_name or reminder.organisation)
    return _t(language, f"{when} – personlig påminnelse till dig, om remissvaret från {name} inte är inskickat då",
              f"{when} – a personal reminder to you, if {name}'s response has not been submitted by then")


def _days_left_en(days: int) -> str:
    if days <= 0:
        return "the last day"
    return "1 day left" if days == 1 else f"{days} days left"


def _t(language: Language, sv: str, en: str) -> str:
    return en if language == "en" else sv


_UNREACHABLE_WHY: dict[str, tuple[str, str]] = {
    "BotNotInConversationRoster": (
        "boten är inte längre med där (appen har tagits bort); inga påminnelser förrän den läggs till igen",
        "the bot is no longer there (the app was removed); no reminders until it is added again"),
    "ForbiddenOperationException": (
        "appen är inte installerad för personen",
        "the app is not installed for the person"),
    "ConversationNotFound": (
        "konversationen finns inte längre",
        "the conversation no longer exists"),
    "ChannelDeleted": (
        "kanalen har tagits bort; teamets påminnelser går till teamets standardkanal tills den återställs "
        "eller en samordnare väljer en annan (**påminnelser här**)",
        "the channel was deleted; the team's reminders go to its default channel until it is restored "
        "or a coordinator picks another (**reminders here**)"),
    "ConversationBlockedByUser": (
        "boten är blockerad där; inget skickas förrän någon skriver till boten där igen",
        "the bot is blocked there; nothing is sent until someone writes to the bot there again"),
    "MessageWritesBlocked": (
        "Teams tar inte emot meddelanden från boten där (blockerad eller avinstallerad); inget skickas förrän "
        "någon skriver till boten där igen",
        "Teams accepts no messages from the bot there (blocked or uninstalled); nothing is sent until someone "
        "writes to the bot there again"),
    "BotDisabledByAdmin": (
        "administratören har stängt av boten; inget skickas förrän någon skriver till boten igen",
        "the administrator disabled the bot; nothing is sent until someone writes to the bot again"),
    "NotInTeamRoster": (
        "ingen personlig chatt med boten, och personen finns inte i något team där boten är installerad",
        "no personal chat with the bot, and the person is in no team where the bot is installed"),
}


def describe_unreachable(item: Unreachable, language: Language = "sv", *, markdown: bool = True) -> str:
    """One line for the coordinators: who or where, why, and since when. The bot's `status` card and
    the tab's "Möten och påminnelser" both say it with this function (the tab with `markdown=False`:
    plain text it escapes as HTML), so the two never word a refusal differently."""
    en = language == "en"
    label = (literal(item.label) if markdown else item.label) if item.label else ""
    target = f"`{item.target}`" if markdown else item.target
    if pending_personal(item.target) is not None:
        who = (f"representative of {label}" if en else f"företrädare för {label}") if item.label else \
            ("a representative" if en else "en företrädare")
    elif item.kind == "personal":
        who = (f"personal chat with {label}" if en else f"personlig chatt med {label}") if item.label else \
            ("a personal chat" if en else "en personlig chatt")
    elif item.kind == "channel":
        if item.label:
            who = f"channel {label}" if en else f"kanalen {label}"
        elif item.team_id and item.target == item.team_id:
            who = "the team's General channel" if en else "teamets allmänna kanal (General)"
        else:
            who = f"a channel in the team ({target})" if en else f"en kanal i teamet ({target})"
    else:
        who = "a group chat" if en else "en gruppchatt"
    known = _UNREACHABLE_WHY.get(item.reason)
    if known is not None:
        why = known[1] if en else known[0]
        if not markdown:
            why = why.replace("**", "")
    else:
        reason = literal(item.reason) if markdown else item.reason
        why = f"Teams answered {reason}; the next reminder tries again" if en else \
            f"Teams svarade {reason}; nästa påminnelse försöker igen"
    since = format_date(item.since.astimezone(STOCKHOLM).date(), language)
    return f"{who}: {why} ({'since' if en else 'sedan'} {since})"
