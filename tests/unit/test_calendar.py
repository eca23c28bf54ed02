"""The iCalendar file: RFC 5545 form (written by the `icalendar` package), and only what is known
to the day."""

from __future__ import annotations

import datetime as dt

from icalendar import Calendar

from rusbot.clock import STOCKHOLM
from rusbot.process.loader import load_process
from rusbot.process.model import Text
from scheduling.calendar import calendar_ics
from scheduling.plan import MeetingChange

NOW = dt.datetime(2021, 2, 15, 10, 0, tzinfo=STOCKHOLM)


def unfold(ics: str) -> list[str]:
    return ics.replace("\r\n ", "").split("\r\n")


def test_form_crlf_folding_and_required_properties() -> None:
    long_name = "Avstämning; med, partnerskapet " + "å" * 80
    change = MeetingChange(id="x", name=Text(sv=long_name), start=dt.datetime(2021, 4, 20, 13, 30, tzinfo=STOCKHOLM),
                           link="https://teams.microsoft.com/l/meetup-join/abc", prepare=Text(sv="Läs\nunderlaget"))
    ics = calendar_ics(load_process(), [change], NOW)
    assert ics.endswith("\r\n") and "\n" not in ics.replace("\r\n", "")
    for line in ics.split("\r\n"):
        assert len(line.encode("utf-8")) <= 75
    lines = unfold(ics)
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-2] == "END:VCALENDAR"
    assert lines.count("BEGIN:VEVENT") == lines.count("END:VEVENT")
    assert lines.count("BEGIN:VEVENT") == lines.count("DTSTAMP:20210215T090000Z")
    assert "SUMMARY:Avstämning\\; med\\, partnerskapet " + "å" * 80 in lines
    assert "DTSTART:20210420T113000Z" in lines
    assert "DESCRIPTION:Förbered: Läs\\nunderlaget" in lines
    uids = [line for line in lines if line.startswith("UID:")]
    assert len(uids) == len(set(uids))


def test_only_day_precision_items_and_meetings() -> None:
    lines = unfold(calendar_ics(load_process(), [], NOW))
    summaries = [line.removeprefix("SUMMARY:") for line in lines if line.startswith("SUMMARY:")]
    assert summaries == ["Sista dag för remissvar: Remiss till Partnerskapet för regional utveckling",
                         "Avstämning med partnerskapet"]
    assert "DTSTART;VALUE=DATE:20210311" in lines and "DTEND;VALUE=DATE:20210312" in lines
    assert "DTSTART;VALUE=DATE:20210930" in lines
    # "mitten av juni", "slutet 2021", "december 2020" are approximate: left out.
    assert not any("Uppdaterad RUS klar" in s or "Medskick" in s for s in summaries)


def test_cancelled_meeting_is_left_out() -> None:
    cancelled = MeetingChange(id="avstamning-11-mars", name=Text(sv="x"), cancelled=True)
    assert "Avstämning med partnerskapet" not in calendar_ics(load_process(), [cancelled], NOW)


def test_folding_never_splits_a_character_and_reads_back() -> None:
    name = "ö" * 100
    change = MeetingChange(id="x", name=Text(sv=name), day=dt.date(2021, 5, 4), prepare=Text(sv="Läs\nunderlaget"))
    data = calendar_ics(load_process(), [change], NOW).encode("utf-8")
    for line in data.split(b"\r\n"):
        assert len(line) <= 75
        line.decode("utf-8")            # a split character would not decode
    events = {str(e["UID"]): e for e in Calendar.from_ical(data).walk("VEVENT")}
    event = events["rus-2021-meeting-x@rusbot"]
    assert str(event["SUMMARY"]) == name and str(event["DESCRIPTION"]) == "Förbered: Läs\nunderlaget"
    assert event.decoded("DTSTART") == dt.date(2021, 5, 4) and event.decoded("DTEND") == dt.date(2021, 5, 5)
