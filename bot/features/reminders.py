"""Reminder commands: list what is coming, choose channels, turn nudges off/on, and the
coordinators' meeting form (add, move, cancel)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from bot import teams
from bot.cards import offset_of, text_page
from bot.features.organisations import current_link, org_name
from bot.routing import Action, Command
from rusbot.clock import STOCKHOLM
from rusbot.i18n import format_date
from rusbot.markdown import literal
from rusbot.process.model import Language, Process, Text
from scheduling import meetings as meeting_book
from scheduling import texts
from scheduling.meetings import find_meeting, meeting_day, parse_meeting
from scheduling.plan import meetings

if TYPE_CHECKING:
    from bot.turn import Turn

SAVE_MEETING = "reminders.meeting.save"


async def list_reminders(turn: Turn, _rest: str) -> None:
    await _send_reminders(turn, 0)


async def more_reminders(turn: Turn, data: dict[str, Any]) -> dict[str, Any] | None:
    """"Visa fler" under the `påminnelser` list."""
    await _send_reminders(turn, offset_of(data))
    return None


async def _send_reminders(turn: Turn, offset: int) -> None:
    reminders = turn.services.reminders
    own, coordinator = await _nudge_audience(turn)
    upcoming = await reminders.upcoming(turn.now, limit=None, nudges_for=own, all_nudges=coordinator)
    if not upcoming:
        await turn.say(turn.t("Inga fler påminnelser är planerade.", "No more reminders are planned."))
        return
    name = org_name(turn, own) if own else None
    tail: list[str] = []
    if turn.kind != "personal":
        targets = await reminders.targets()
        receives = _here(turn) in targets.broadcast
        tail = ["", turn.t("Den här kanalen får påminnelserna." if receives else
                           "Den här kanalen får inte påminnelserna (en samordnare kan skriva **påminnelser här**).",
                           "This channel receives the reminders." if receives else
                           "This channel does not receive the reminders "
                           "(a coordinator can write **reminders here**).")]
    text, more = reminders_page(upcoming, turn.language, offset, organisation_name=name, tail=tail)
    await turn.say(text, card=more)


def reminders_page(upcoming: list[Any], language: Language, offset: int = 0, *, organisation_name: str | None = None,
                   tail: list[str] | None = None) -> tuple[str, dict[str, Any] | None]:
    """The `påminnelser` reply: as many reminders as fit in a Teams message, "visa fler" for the rest."""
    lines = [f"- {texts.describe(r, language, organisation_name=organisation_name)}" for r in upcoming]
    return text_page([_t(language, "**Kommande påminnelser:**", "**Upcoming reminders:**")], lines, tail or [],
                     language, action="reminders.more", offset=offset)


async def _nudge_audience(turn: Turn) -> tuple[str | None, bool]:
    """Whose personal nudges the list shows: (the asker's organisation, or None; all of them?).
    Nudges go to personal chats only, to the confirmed representatives who have not turned them off;
    the coordinators see that they exist, without an organisation."""
    if turn.kind != "personal" or turn.user_aad_id is None:
        return None, False
    await turn.load_email()
    if turn.is_coordinator():
        return None, True
    link = await current_link(turn)
    if link is None or not link.confirmed:
        return None, False
    if turn.user_aad_id.casefold() in await turn.services.reminders.settings.nudges_off():
        return None, False
    return link.organisation_id, False


def _here(turn: Turn) -> str:
    if turn.kind == "channel":
        return teams.channel_id(turn.activity) or turn.activity.conversation.id.split(";")[0]
    return turn.activity.conversation.id


async def _choose(turn: Turn, enabled: bool) -> None:
    reminders = turn.services.reminders
    if turn.kind == "personal":
        await turn.say(turn.t("Skriv det i den kanal det gäller.", "Write it in the channel it is about."))
        return
    await reminders.settings.choose_channel(_here(turn), teams.team_id(turn.activity), enabled, turn.now,
                                            turn.user_aad_id)
    reminders.changed()
    await turn.say(turn.t("Klart: påminnelserna kommer hit." if enabled else "Klart: inga påminnelser här.",
                          "Done: reminders will come here." if enabled else "Done: no reminders here."))


async def reminders_here(turn: Turn, _rest: str) -> None:
    await _choose(turn, True)


async def reminders_off(turn: Turn, _rest: str) -> None:
    await _choose(turn, False)


async def _nudges(turn: Turn, on: bool) -> None:
    reminders = turn.services.reminders
    if turn.user_aad_id is None:
        await turn.say(turn.t("Jag vet inte vem du är.", "I do not know who you are."))
        return
    await reminders.settings.set_nudges(turn.user_aad_id, on, turn.now)
    reminders.changed()
    await turn.say(turn.t("Klart: jag påminner dig om remissvaret." if on else
                          "Klart: jag skickar inga personliga påminnelser till dig. "
                          "Skriv **påminn mig på** för att ångra.",
                          "Done: I will remind you about the consultation response." if on else
                          "Done: no personal reminders for you. Write **nudges on** to undo."))


async def nudges_off(turn: Turn, _rest: str) -> None:
    await _nudges(turn, False)


async def nudges_on(turn: Turn, _rest: str) -> None:
    await _nudges(turn, True)


# -- the coordinators' meetings ------------------------------------------------------------------
def _t(language: Language, sv: str, en: str) -> str:
    return en if language == "en" else sv


def meeting_form(meeting: Any | None = None, language: Language = "sv") -> dict[str, Any]:
    """Adaptive Card form (message-based Action.Submit) to add or move a meeting, in the language of the
    command; the submit carries that language, since the submitted message has no text to detect it from."""
    start = getattr(meeting, "start", None)
    day = getattr(meeting, "day", None)
    body: list[dict[str, Any]] = [
        {"type": "TextBlock", "text": _t(language, "Flytta möte", "Move meeting") if meeting else
         _t(language, "Nytt möte", "New meeting"), "wrap": True, "size": "Large", "weight": "Bolder",
         "style": "heading"},
        {"type": "TextBlock", "text": _t(language, "Påminnelserna planeras om när du sparar.",
                                         "The reminders are planned again when you save."),
         "wrap": True, "size": "Small", "spacing": "None", "isSubtle": True},
        {"type": "Input.Text", "id": "name", "label": _t(language, "Vad gäller mötet?", "What is the meeting about?"),
         "isRequired": True, "maxLength": 200,
         "errorMessage": _t(language, "Skriv vad mötet gäller", "Write what the meeting is about"),
         "value": meeting.name.sv if meeting else ""},
        {"type": "Input.Date", "id": "date", "label": _t(language, "Datum", "Date"), "isRequired": True,
         "errorMessage": _t(language, "Välj ett datum", "Choose a date"), "value": day.isoformat() if day else ""},
        {"type": "Input.Time", "id": "time",
         "label": _t(language, "Tid (tomt om bara datumet är känt)", "Time (empty if only the date is known)"),
         "value": start.astimezone(STOCKHOLM).strftime("%H:%M") if start else ""},
        {"type": "Input.Text", "id": "link",
         "label": _t(language, "Länk till Teams-mötet (valfritt)", "Link to the Teams meeting (optional)"),
         "style": "Url", "placeholder": "https://teams.microsoft.com/…",
         "value": getattr(meeting, "link", None) or ""},
        {"type": "Input.Text", "id": "prepare",
         "label": _t(language, "Vad ska deltagarna förbereda? (valfritt)",
                     "What should the participants prepare? (optional)"),
         "isMultiline": True,
         "value": meeting.prepare.sv if meeting and meeting.prepare else ""},
    ]
    data: dict[str, Any] = {"action": SAVE_MEETING, "language": language}
    if meeting:
        data["id"] = meeting.id
    return {"type": "AdaptiveCard", "$schema": "http://adaptivecards.io/schemas/adaptive-card.json", "version": "1.5",
            "fallbackText": _t(language, "Formulär för möten (öppna i Teams).", "Meeting form (open in Teams)."),
            "body": body,
            "actions": [{"type": "Action.Submit", "title": _t(language, "Spara mötet", "Save the meeting"),
                         "style": "positive", "data": data}]}


def _when(turn: Turn, day: dt.date, start: dt.datetime | None, *, weekday: bool = False) -> str:
    return _when_in(turn.language, day, start, weekday=weekday)


def _when_in(language: Language, day: dt.date, start: dt.datetime | None, *, weekday: bool = False) -> str:
    """'torsdag 11 mars 2021 kl. 13:30' / 'Thursday 11 March 2021 at 13:30'."""
    text = format_date(day, language, weekday)
    return f"{text} {_t(language, 'kl.', 'at')} {texts.time_sv(start)}" if start else text


async def list_meetings(turn: Turn, _rest: str) -> None:
    await _send_meetings(turn, 0)


async def more_meetings(turn: Turn, data: dict[str, Any]) -> dict[str, Any] | None:
    """"Visa fler" under the `möten` list."""
    await _send_meetings(turn, offset_of(data))
    return None


async def _send_meetings(turn: Turn, offset: int) -> None:
    found = meetings(turn.process, await turn.services.reminders.meeting_changes())
    if not found:
        await turn.say(turn.t("Inga möten är kända. Skriv **nytt möte** för att lägga till ett.",
                              "No meetings are known. Write **new meeting** to add one."))
        return
    text, more = meetings_page(found, turn.language, offset)
    await turn.say(text, card=more)


def meetings_page(found: list[Any], language: Language, offset: int = 0) -> tuple[str, dict[str, Any] | None]:
    """The `möten` reply: as many meetings as fit in a Teams message, "visa fler" for the rest."""
    lines = [f"- {literal(m.id)} {literal(m.name.get(language))}: {_when_in(language, m.day, m.start, weekday=True)}"
             for m in found]
    tail = [_t(language, "\nSkriv **nytt möte**, **flytta möte <id>** eller **ställ in möte <id>**.",
               "\nWrite **new meeting**, **move meeting <id>** or **cancel meeting <id>**.")]
    return text_page([_t(language, "**Möten:**", "**Meetings:**")], lines, tail, language, action="meetings.more",
                     offset=offset)


def _not_found(turn: Turn) -> str:
    return turn.t("Jag hittar inte det mötet. Skriv **möten** för att se id:na.",
                  "I cannot find that meeting. Write **meetings** to see the ids.")


async def new_meeting(turn: Turn, _rest: str) -> None:
    await turn.say(turn.t("Fyll i mötet:", "Fill in the meeting:"), card=meeting_form(language=turn.language))


async def move_meeting(turn: Turn, rest: str) -> None:
    reminders = turn.services.reminders
    meeting = find_meeting(turn.process, await reminders.meeting_changes(), rest)
    if meeting is None:
        await turn.say(_not_found(turn))
        return
    await turn.say(turn.t("Ändra det som ska ändras:", "Change what should change:"),
                   card=meeting_form(meeting, turn.language))


async def cancel_meeting(turn: Turn, rest: str) -> None:
    reminders = turn.services.reminders
    meeting = find_meeting(turn.process, await reminders.meeting_changes(), rest)
    if meeting is None:
        await turn.say(_not_found(turn))
        return
    await meeting_book.cancel_meeting(reminders, meeting, turn.now, turn.user_aad_id)
    name = literal(meeting.name.get(turn.language))
    await turn.say(turn.t(f"Klart: {literal(meeting.name.sv)} är inställt och dess påminnelser är borttagna.",
                          f"Done: {name} is cancelled and its reminders are removed."))


async def save_meeting(turn: Turn, data: dict[str, Any]) -> dict[str, Any] | None:
    reminders = turn.services.reminders
    if data.get("language") in ("sv", "en"):
        turn.language = data["language"]    # the form's language: the submit has no text of its own
    parsed = parse_meeting(data, turn.now, turn.language)
    if isinstance(parsed, str):
        await turn.say(parsed)
        return None
    await meeting_book.save_meeting(reminders, parsed, turn.now, turn.user_aad_id)
    when = _when(turn, meeting_day(parsed), parsed.start)
    await turn.say(turn.t(f"Sparat: **{literal(parsed.name.sv)}**, {when}. Påminnelserna är planerade.",
                          f"Saved: **{literal(parsed.name.sv)}**, {when}. The reminders are planned."))
    return None


def sample_cards(process: Process, now: dt.datetime) -> dict[str, dict[str, Any]]:
    """Every card this feature and the reminders send (bot/card_catalogue.py), built by the real builders."""
    from bot.card_samples import said
    from scheduling.plan import MeetingOccurrence, Reminder

    meeting = MeetingOccurrence(
        id="workshop-2021-04-20", name=Text(sv=said("Workshop om RUS prioriteringar")), day=dt.date(2021, 4, 20),
        start=dt.datetime(2021, 4, 20, 13, 30, tzinfo=STOCKHOLM),
        link="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ3ZDk5YjktZjA0Zi00@thread.v2/0",
        prepare=Text(sv=said("Läs utkastet till strategin, särskilt avsnittet om kompetensförsörjning, och ta med "
                             "två prioriteringar från er organisation.")), source="coordinators")
    day_only = MeetingOccurrence(id="partnerskapet-2021-03-11", name=Text(sv=said("Avstämning med partnerskapet")),
                                 day=dt.date(2021, 3, 11), location=said("Region Örebro län, Eklundavägen 1, Örebro"))
    due = dt.datetime(2021, 4, 19, 9, 0, tzinfo=STOCKHOLM)

    def reminder(kind: str, **fields: Any) -> Reminder:
        return Reminder(id=f"sample-{kind}", series=kind, kind=kind, due=due,  # type: ignore[arg-type]
                        expires=due + dt.timedelta(hours=1), **fields)

    deadline = dt.date(2021, 9, 30)

    def card_of(activity: dict[str, Any]) -> dict[str, Any]:
        content: dict[str, Any] = activity["attachments"][0]["content"]
        return content

    return {
        "meeting.teams": card_of(texts.meeting_activity(reminder("meeting", meeting=meeting))),
        "meeting.place": card_of(texts.meeting_activity(reminder("meeting", meeting=day_only))),
        "consultation": card_of(texts.consultation_activity(
            reminder("consultation", deadline=deadline, days_before=6), today=dt.date(2021, 9, 24), submitted=7,
            total=17, name=process.title.sv)),
        "consultation.last-day": card_of(texts.consultation_activity(
            reminder("consultation", deadline=deadline, days_before=0), today=deadline, submitted=12, total=17,
            name=process.title.sv)),
        "nudge": card_of(texts.nudge_activity(reminder("nudge", deadline=deadline, days_before=3,
                                                       organisation="Kumla"),
                                              today=dt.date(2021, 9, 27), organisation="Kumla")),
        "meeting-form.new": meeting_form(),
        "meeting-form.move": meeting_form(meeting),
        "meeting-form.new.en": meeting_form(language="en"),
        "meeting-form.move.en": meeting_form(meeting, "en"),
    }


COMMANDS = (
    Command(id="reminders.list", words=("påminnelser", "reminders", "paminnelser"),
            title=Text(sv="påminnelser", en="reminders"),
            description=Text(sv="Vilka påminnelser som kommer", en="Which reminders are coming"),
            run=list_reminders),
    Command(id="reminders.here", words=("påminnelser här", "reminders here", "paminnelser har"),
            title=Text(sv="påminnelser här", en="reminders here"),
            description=Text(sv="Skicka påminnelserna till den här kanalen", en="Send the reminders to this channel"),
            run=reminders_here, coordinator_only=True, scopes=("team", "groupChat")),
    Command(id="reminders.off", words=("påminnelser av", "reminders off", "paminnelser av"),
            title=Text(sv="påminnelser av", en="reminders off"),
            description=Text(sv="Inga påminnelser i den här kanalen", en="No reminders in this channel"),
            run=reminders_off, coordinator_only=True, scopes=("team", "groupChat")),
    Command(id="nudges.off", words=("påminn mig av", "påminn mig inte", "nudges off", "paminn mig av",
                                    "paminn mig inte"),
            title=Text(sv="påminn mig av", en="nudges off"),
            description=Text(sv="Inga personliga påminnelser om remissvar", en="No personal consultation reminders"),
            run=nudges_off, scopes=("personal",)),
    Command(id="nudges.on", words=("påminn mig på", "nudges on", "paminn mig pa"),
            title=Text(sv="påminn mig på", en="nudges on"),
            description=Text(sv="Personliga påminnelser om remissvar igen", en="Personal consultation reminders again"),
            run=nudges_on, scopes=("personal",), in_menu=False),
    Command(id="meetings.list", words=("möten", "meetings", "moten"), title=Text(sv="möten", en="meetings"),
            description=Text(sv="Mötena som påminnelserna gäller", en="The meetings the reminders are about"),
            run=list_meetings, coordinator_only=True),
    Command(id="meetings.new", words=("nytt möte", "new meeting", "nytt mote"),
            title=Text(sv="nytt möte", en="new meeting"),
            description=Text(sv="Lägg till ett möte med påminnelser", en="Add a meeting with reminders"),
            run=new_meeting, coordinator_only=True),
    Command(id="meetings.move", words=("flytta möte", "move meeting", "flytta mote"),
            title=Text(sv="flytta möte", en="move meeting"),
            description=Text(sv="Ändra tid, länk eller förberedelse för ett möte", en="Change a meeting"),
            takes_text=True, run=move_meeting, coordinator_only=True, in_menu=False),
    Command(id="meetings.cancel", words=("ställ in möte", "cancel meeting", "stall in mote"),
            title=Text(sv="ställ in möte", en="cancel meeting"),
            description=Text(sv="Ställ in ett möte och dess påminnelser", en="Cancel a meeting and its reminders"),
            takes_text=True, run=cancel_meeting, coordinator_only=True, in_menu=False),
)

ACTIONS = (
    Action(id=SAVE_MEETING, run=save_meeting, coordinator_only=True),
    Action(id="meetings.more", run=more_meetings, coordinator_only=True),
    Action(id="reminders.more", run=more_reminders),
)
