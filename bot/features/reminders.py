"""Reminder commands: list what is coming, choose channels, turn nudges off/on, and the
coordinators' meeting form (add, move, cancel)."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Any

from bot import teams
from bot.routing import Action, Command, fold
from rusbot.clock import STOCKHOLM
from rusbot.process.model import Process, Text
from scheduling import texts
from scheduling.plan import MeetingChange, meetings

if TYPE_CHECKING:
    from bot.turn import Turn
    from scheduling.service import Reminders

SAVE_MEETING = "reminders.meeting.save"
_ID = re.compile(r"[^a-z0-9]+")


async def list_reminders(turn: Turn, _rest: str) -> None:
    reminders = turn.services.reminders
    upcoming = await reminders.upcoming(turn.now)
    if not upcoming:
        await turn.say(turn.t("Inga fler påminnelser är planerade.", "No more reminders are planned."))
        return
    lines = [turn.t("**Kommande påminnelser:**", "**Upcoming reminders:**"),
             *(f"- {texts.describe(r)}" for r in upcoming)]
    if turn.kind != "personal":
        targets = await reminders.targets()
        here = _here(turn)
        receives = here in targets.broadcast
        lines.append("")
        lines.append(turn.t("Den här kanalen får påminnelserna." if receives else
                            "Den här kanalen får inte påminnelserna (en samordnare kan skriva **påminnelser här**).",
                            "This channel receives the reminders." if receives else
                            "This channel does not receive the reminders "
                            "(a coordinator can write **reminders here**)."))
    await turn.say("\n".join(lines))


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
def meeting_form(meeting: Any | None = None) -> dict[str, Any]:
    """Adaptive Card form (message-based Action.Submit) to add or move a meeting."""
    start = getattr(meeting, "start", None)
    day = getattr(meeting, "day", None)
    body: list[dict[str, Any]] = [
        {"type": "TextBlock", "text": "Flytta möte" if meeting else "Nytt möte", "wrap": True, "size": "Large",
         "weight": "Bolder", "style": "heading"},
        {"type": "TextBlock", "text": "Påminnelserna planeras om när du sparar.", "wrap": True, "size": "Small",
         "spacing": "None", "isSubtle": True},
        {"type": "Input.Text", "id": "name", "label": "Vad gäller mötet?", "isRequired": True, "maxLength": 200,
         "errorMessage": "Skriv vad mötet gäller", "value": meeting.name.sv if meeting else ""},
        {"type": "Input.Date", "id": "date", "label": "Datum", "isRequired": True, "errorMessage": "Välj ett datum",
         "value": day.isoformat() if day else ""},
        {"type": "Input.Time", "id": "time", "label": "Tid (tomt om bara datumet är känt)",
         "value": start.astimezone(STOCKHOLM).strftime("%H:%M") if start else ""},
        {"type": "Input.Text", "id": "link", "label": "Länk till Teams-mötet (valfritt)", "style": "Url",
         "placeholder": "https://teams.microsoft.com/…",
         "value": getattr(meeting, "link", None) or ""},
        {"type": "Input.Text", "id": "prepare", "label": "Vad ska deltagarna förbereda? (valfritt)",
         "isMultiline": True,
         "value": meeting.prepare.sv if meeting and meeting.prepare else ""},
    ]
    data: dict[str, Any] = {"action": SAVE_MEETING}
    if meeting:
        data["id"] = meeting.id
    return {"type": "AdaptiveCard", "$schema": "http://adaptivecards.io/schemas/adaptive-card.json", "version": "1.5",
            "fallbackText": "Formulär för möten (öppna i Teams).", "body": body,
            "actions": [{"type": "Action.Submit", "title": "Spara mötet", "style": "positive", "data": data}]}


def _find_meeting(turn: Turn, reminders: Reminders, changes: list[MeetingChange], rest: str) -> Any | None:
    wanted = fold(rest)
    for meeting in meetings(turn.process, changes):
        if wanted and (fold(meeting.id) == wanted or fold(meeting.name.sv) == wanted):
            return meeting
    return None


async def list_meetings(turn: Turn, _rest: str) -> None:
    reminders = turn.services.reminders
    found = meetings(turn.process, await reminders.meeting_changes())
    lines = ["**Möten:**", *(f"- `{m.id}` {m.name.sv}: {texts.date_sv(m.day, weekday=True)}"
                             + (f" kl. {texts.time_sv(m.start)}" if m.start else "") for m in found)]
    lines.append("\nSkriv **nytt möte**, **flytta möte <id>** eller **ställ in möte <id>**.")
    await turn.say("\n".join(lines) if found else "Inga möten är kända. Skriv **nytt möte** för att lägga till ett.")


async def new_meeting(turn: Turn, _rest: str) -> None:
    await turn.say("Fyll i mötet:", card=meeting_form())


async def move_meeting(turn: Turn, rest: str) -> None:
    reminders = turn.services.reminders
    meeting = _find_meeting(turn, reminders, await reminders.meeting_changes(), rest)
    if meeting is None:
        await turn.say("Jag hittar inte det mötet. Skriv **möten** för att se id:na.")
        return
    await turn.say("Ändra det som ska ändras:", card=meeting_form(meeting))


async def cancel_meeting(turn: Turn, rest: str) -> None:
    reminders = turn.services.reminders
    meeting = _find_meeting(turn, reminders, await reminders.meeting_changes(), rest)
    if meeting is None:
        await turn.say("Jag hittar inte det mötet. Skriv **möten** för att se id:na.")
        return
    await reminders.settings.save_meeting(MeetingChange(id=meeting.id, name=meeting.name, cancelled=True),
                                          turn.now, turn.user_aad_id)
    reminders.changed()
    await turn.say(f"Klart: {meeting.name.sv} är inställt och dess påminnelser är borttagna.")


def parse_meeting(data: dict[str, Any], now: dt.datetime) -> MeetingChange | str:
    """The form's values as a meeting, or what is wrong with them (in Swedish)."""
    name = str(data.get("name") or "").strip()
    if not name:
        return "Skriv vad mötet gäller."
    try:
        day = dt.date.fromisoformat(str(data.get("date") or ""))
    except ValueError:
        return "Välj ett datum."
    start = None
    time_text = str(data.get("time") or "").strip()
    if time_text:
        try:
            start = dt.datetime.combine(day, dt.time.fromisoformat(time_text), tzinfo=STOCKHOLM)
        except ValueError:
            return "Tiden ska skrivas som tt:mm."
    link = str(data.get("link") or "").strip() or None
    if link and not link.startswith("https://"):
        return "Länken ska börja med https://."
    prepare = str(data.get("prepare") or "").strip()
    meeting_id = str(data.get("id") or "").strip() or \
        f"{_ID.sub('-', fold(name)).strip('-')[:60]}-{day.isoformat()}"
    return MeetingChange(id=meeting_id, name=Text(sv=name), start=start, day=None if start else day, link=link,
                         prepare=Text(sv=prepare) if prepare else None)


async def save_meeting(turn: Turn, data: dict[str, Any]) -> dict[str, Any] | None:
    reminders = turn.services.reminders
    parsed = parse_meeting(data, turn.now)
    if isinstance(parsed, str):
        await turn.say(parsed)
        return None
    await reminders.settings.save_meeting(parsed, turn.now, turn.user_aad_id)
    reminders.changed()
    when = texts.date_sv(parsed.start.date() if parsed.start else parsed.day)  # type: ignore[union-attr,arg-type]
    if parsed.start:
        when += f" kl. {texts.time_sv(parsed.start)}"
    await turn.say(f"Sparat: **{parsed.name.sv}**, {when}. Påminnelserna är planerade.")
    return None


def sample_cards(process: Process, now: dt.datetime) -> dict[str, dict[str, Any]]:
    """Every card this feature and the reminders send (bot/card_catalogue.py), built by the real builders."""
    from scheduling.plan import MeetingOccurrence, Reminder

    meeting = MeetingOccurrence(
        id="workshop-2021-04-20", name=Text(sv="Workshop om RUS prioriteringar"), day=dt.date(2021, 4, 20),
        start=dt.datetime(2021, 4, 20, 13, 30, tzinfo=STOCKHOLM),
        link="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ3ZDk5YjktZjA0Zi00@thread.v2/0",
        prepare=Text(sv="Läs utkastet till strategin, särskilt avsnittet om kompetensförsörjning, och ta med "
                        "två prioriteringar från er organisation."), source="coordinators")
    day_only = MeetingOccurrence(id="partnerskapet-2021-03-11", name=Text(sv="Avstämning med partnerskapet"),
                                 day=dt.date(2021, 3, 11), location="Region Örebro län, Eklundavägen 1, Örebro")
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
            run=move_meeting, coordinator_only=True, in_menu=False),
    Command(id="meetings.cancel", words=("ställ in möte", "cancel meeting", "stall in mote"),
            title=Text(sv="ställ in möte", en="cancel meeting"),
            description=Text(sv="Ställ in ett möte och dess påminnelser", en="Cancel a meeting and its reminders"),
            run=cancel_meeting, coordinator_only=True, in_menu=False),
)

ACTIONS = (
    Action(id=SAVE_MEETING, run=save_meeting, coordinator_only=True),
)
