"""The reminder plan is pure: process + meetings + targets + now -> deliveries."""

from __future__ import annotations

import datetime as dt

import pytest

from rusbot.clock import STOCKHOLM
from rusbot.process.loader import load_process
from rusbot.process.model import Meeting, Process, Text
from scheduling.plan import Delivery, MeetingChange, Targets, consultation_deadline, meetings, plan, reminders


def at(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=STOCKHOLM)  # type: ignore[misc]


@pytest.fixture(scope="module")
def process() -> Process:
    return load_process()


def with_meetings(process: Process, *extra: Meeting) -> Process:
    deployment = process.deployment.model_copy(update={"meetings": list(extra)})
    return process.model_copy(update={"deployment": deployment})


CHANNELS = Targets(broadcast=("19:general@thread.tacv2", "19:rus@thread.tacv2"))
EARLY = at(2021, 2, 15, 10, 0)


def test_date_only_meeting_gets_only_the_day_before_at_nine(process: Process) -> None:
    found = [r for r in reminders(process) if r.kind == "meeting"]
    assert [(r.id, r.due) for r in found] == [
        ("meeting:avstamning-11-mars@2021-03-11:day-before", at(2021, 3, 10, 9, 0))]
    assert found[0].due.utcoffset() == dt.timedelta(hours=1)


def test_meeting_with_start_gets_day_before_and_hour_before(process: Process) -> None:
    p = with_meetings(process, Meeting(id="m1", name=Text(sv="Workshop"), start=at(2021, 4, 20, 13, 30),
                                       link="https://teams.microsoft.com/l/meetup-join/x"))
    found = {r.id: r for r in reminders(p) if r.kind == "meeting" and r.meeting and r.meeting.id == "m1"}
    assert found["meeting:m1@2021-04-20:day-before"].due == at(2021, 4, 19, 9, 0)
    assert found["meeting:m1@2021-04-20:60m-before"].due == at(2021, 4, 20, 12, 30)
    assert all(r.expires == at(2021, 4, 20, 13, 30) for r in found.values())


def test_consultation_deadline_is_30_september_with_14_7_1_0_days(process: Process) -> None:
    assert consultation_deadline(process) == dt.date(2021, 9, 30)
    found = [r for r in reminders(process) if r.kind == "consultation"]
    assert [r.due for r in found] == [at(2021, 9, 16, 9), at(2021, 9, 23, 9), at(2021, 9, 29, 9), at(2021, 9, 30, 9)]
    assert {r.expires for r in found} == {at(2021, 10, 1, 0, 0)}
    assert len({r.series for r in found}) == 1


def test_dst_spring_forward_keeps_nine_oclock_local(process: Process) -> None:
    # 28 March 2021 02:00 -> 03:00. The day-before reminder of a 29 March meeting is 09:00 CEST.
    p = with_meetings(process, Meeting(id="m", name=Text(sv="Möte"), date=dt.date(2021, 3, 29)),
                      Meeting(id="early", name=Text(sv="Tidigt"), start=dt.datetime(2021, 3, 28, 3, 30,
                                                                                    tzinfo=dt.timezone(dt.timedelta(hours=2)))))
    by_id = {r.id: r for r in reminders(p)}
    due = by_id["meeting:m@2021-03-29:day-before"].due
    # 28 March 09:00 is after the 02:00 switch: CEST, 07:00 UTC.
    assert (due.hour, due.minute, due.utcoffset()) == (9, 0, dt.timedelta(hours=2))
    assert due.astimezone(dt.UTC) == dt.datetime(2021, 3, 28, 7, 0, tzinfo=dt.UTC)
    # The day before (27 March) is still CET: 09:00 is 08:00 UTC there.
    p2 = with_meetings(process, Meeting(id="s", name=Text(sv="Lördag"), date=dt.date(2021, 3, 28)),
                       Meeting(id="t", name=Text(sv="Tisdag"), date=dt.date(2021, 3, 30)))
    by_id2 = {r.id: r for r in reminders(p2)}
    assert by_id2["meeting:s@2021-03-28:day-before"].due.astimezone(dt.UTC).hour == 8
    # 09:00 on 29 March 2021 is 09:00 local (07:00 UTC), not 08:00 or 10:00.
    monday = by_id2["meeting:t@2021-03-30:day-before"].due
    assert (monday.date(), monday.hour, monday.astimezone(dt.UTC).hour) == (dt.date(2021, 3, 29), 9, 7)
    # One elapsed hour before 03:30 CEST is 01:30 CET (00:30 UTC), not the non-existent 02:30.
    hour_before = by_id["meeting:early@2021-03-28:60m-before"].due
    assert hour_before.astimezone(dt.UTC) == dt.datetime(2021, 3, 28, 0, 30, tzinfo=dt.UTC)
    assert (hour_before.hour, hour_before.minute) == (1, 30)


def test_dst_fall_back(process: Process) -> None:
    # 31 October 2021 03:00 CEST -> 02:00 CET. A meeting at 02:30 CET (the second 02:30).
    start = dt.datetime(2021, 10, 31, 1, 30, tzinfo=dt.UTC).astimezone(STOCKHOLM)
    assert start.utcoffset() == dt.timedelta(hours=1) and start.hour == 2
    p = with_meetings(process, Meeting(id="late", name=Text(sv="Natt"), start=start),
                      Meeting(id="nov", name=Text(sv="Måndag"), date=dt.date(2021, 11, 1)))
    by_id = {r.id: r for r in reminders(p)}
    hour_before = by_id["meeting:late@2021-10-31:60m-before"].due
    assert hour_before.astimezone(dt.UTC) == dt.datetime(2021, 10, 31, 0, 30, tzinfo=dt.UTC)
    assert (hour_before.hour, hour_before.utcoffset()) == (2, dt.timedelta(hours=2))  # the first 02:30, CEST
    nine = by_id["meeting:nov@2021-11-01:day-before"].due
    assert nine.astimezone(dt.UTC) == dt.datetime(2021, 10, 31, 8, 0, tzinfo=dt.UTC)  # 09:00 CET


def test_plan_fans_out_to_every_target_once_and_skips_expired(process: Process) -> None:
    deliveries = plan(process, [], CHANNELS, EARLY)
    keys = [d.key for d in deliveries]
    assert len(keys) == len(set(keys))
    assert len(deliveries) == 2 * (1 + 4)   # check-in + 4 consultation reminders, two channels
    assert deliveries == sorted(deliveries)
    # A series stays planned until its deadline is over (which one is sent is the dispatcher's call).
    late = plan(process, [], CHANNELS, at(2021, 9, 29, 12, 0))
    assert {d.reminder_id for d in late} == {f"consultation:remiss@2021-09-30:{n}d" for n in (14, 7, 1, 0)}
    assert {d.expires_at for d in late} == {at(2021, 10, 1, 0, 0)}
    assert plan(process, [], CHANNELS, at(2021, 10, 1, 0, 0)) == []


def test_plan_twice_is_identical(process: Process) -> None:
    assert plan(process, [], CHANNELS, EARLY) == plan(process, [], CHANNELS, EARLY)


def test_nudges_only_for_unsubmitted_without_optout_and_extension_moves_them(process: Process) -> None:
    # A representative without a personal chat ("aad-unknown") is planned to the person
    # (`user:<aad>`): the dispatcher creates the chat when the nudge is due.
    targets = Targets(personal={"aad-kumla": "a:kumla", "aad-nora": "a:nora", "aad-off": "a:off",
                                "aad-laxa": "a:laxa"},
                      nudges_off=frozenset({"aad-off"}), submitted=frozenset({"nora"}),
                      extensions={"laxa": dt.date(2021, 10, 15)},
                      representatives={"kumla": ["AAD-Kumla", "aad-off"], "nora": ["aad-nora"],
                                       "laxa": ["aad-laxa"], "orebro": ["aad-unknown"]})
    nudges = [d for d in plan(process, [], targets, EARLY) if d.reminder_id.startswith("nudge:")]
    assert [(d.reminder_id, d.conversation_id, d.due_at) for d in nudges] == [
        ("nudge:kumla@2021-09-30:7d", "a:kumla", at(2021, 9, 23, 9)),
        ("nudge:orebro@2021-09-30:7d", "user:aad-unknown", at(2021, 9, 23, 9)),
        ("nudge:kumla@2021-09-30:1d", "a:kumla", at(2021, 9, 29, 9)),
        ("nudge:orebro@2021-09-30:1d", "user:aad-unknown", at(2021, 9, 29, 9)),
        ("nudge:laxa@2021-10-15:7d", "a:laxa", at(2021, 10, 8, 9)),
        ("nudge:laxa@2021-10-15:1d", "a:laxa", at(2021, 10, 14, 9)),
    ]


def test_coordinator_changes_move_add_and_cancel(process: Process) -> None:
    moved = MeetingChange(id="avstamning-11-mars", name=Text(sv="Avstämning med partnerskapet"),
                          start=at(2021, 3, 11, 13, 0), link="https://teams.example/x")
    added = MeetingChange(id="extra", name=Text(sv="Extra"), day=dt.date(2021, 5, 4))
    found = meetings(process, [moved, added])
    assert [(m.id, m.start, m.day) for m in found] == [
        ("avstamning-11-mars", at(2021, 3, 11, 13, 0), dt.date(2021, 3, 11)), ("extra", None, dt.date(2021, 5, 4))]
    ids = {d.reminder_id for d in plan(process, [moved, added], CHANNELS, EARLY)}
    assert "meeting:avstamning-11-mars@2021-03-11:60m-before" in ids
    assert "meeting:extra@2021-05-03:day-before" not in ids and "meeting:extra@2021-05-04:day-before" in ids
    cancelled = MeetingChange(id="avstamning-11-mars", name=Text(sv="x"), cancelled=True)
    assert not any(d.reminder_id.startswith("meeting:avstamning") for d in plan(process, [cancelled], CHANNELS, EARLY))


def test_vague_consultation_end_gets_no_deadline(process: Process) -> None:
    item = process.item("remiss")
    vague = item.model_copy(update={"end": item.end.model_copy(update={"part": "late"})})  # type: ignore[union-attr]
    timeline = [vague if i.id == "remiss" else i for i in process.timeline]
    p = process.model_copy(update={"timeline": timeline})
    assert consultation_deadline(p) is None
    assert not [r for r in reminders(p) if r.kind in ("consultation", "nudge")]


def test_delivery_key() -> None:
    d = Delivery(at(2021, 1, 1), "r", "c", "s", at(2021, 1, 2))
    assert d.key == ("r", "c")


def test_a_catch_up_is_dropped_when_the_series_next_reminder_is_near(process: Process) -> None:
    consultation = {f"consultation:remiss@2021-09-30:{n}d" for n in (14, 7, 1, 0)}

    def planned(now: dt.datetime) -> set[str]:
        return {d.reminder_id for d in plan(process, [], CHANNELS, now) if d.reminder_id in consultation}

    # Installed 23 seconds before the 1-day reminder: the missed 14- and 7-day ones would post
    # "1 dag kvar" now and again at 09:00.
    assert planned(at(2021, 9, 29, 8, 59, 37)) == {"consultation:remiss@2021-09-30:1d",
                                                    "consultation:remiss@2021-09-30:0d"}
    assert planned(at(2021, 9, 28, 21, 1)) == {"consultation:remiss@2021-09-30:1d",
                                               "consultation:remiss@2021-09-30:0d"}
    # Half a day or more before the next one, the latest missed reminder still goes out (the
    # dispatcher keeps the latest due of the series).
    assert planned(at(2021, 9, 28, 20, 59)) == consultation
    # On time is not a catch-up, even with the next one near.
    assert "consultation:remiss@2021-09-30:1d" in planned(at(2021, 9, 29, 9, 10))
    # Meetings: the day-before reminder missed, the hour-before one at 12:30 is near.
    p = with_meetings(process, Meeting(id="w", name=Text(sv="Workshop"), start=at(2021, 4, 20, 13, 30)))
    ids = {d.reminder_id for d in plan(p, [], CHANNELS, at(2021, 4, 20, 8, 0))}
    assert "meeting:w@2021-04-20:day-before" not in ids and "meeting:w@2021-04-20:60m-before" in ids
    ids = {d.reminder_id for d in plan(p, [], CHANNELS, at(2021, 4, 19, 18, 0))}
    assert "meeting:w@2021-04-20:day-before" in ids
