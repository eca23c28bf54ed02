"""The tab's plain core: the timeline as a picture, the consultation's days, roles as the bot maps
them, the answers-over-time series, and the meeting form shared with the chat."""

from __future__ import annotations

import datetime as dt

import pytest

from rusbot.clock import STOCKHOLM
from rusbot.input.store import LinkRecord
from rusbot.process.loader import DEFAULT_PROCESS_FILE, load_process
from rusbot.process.model import Process
from rusbot.tab.picture import days_left_text, timeline_picture
from rusbot.tab.readmodel import cumulative
from rusbot.tab.roles import Identity, coordinator_names, viewer_for
from scheduling.meetings import find_meeting, parse_meeting
from scheduling.plan import MeetingChange

D = dt.date


@pytest.fixture(scope="module")
def process() -> Process:
    return load_process(DEFAULT_PROCESS_FILE)


def at(*args: int) -> dt.datetime:
    return dt.datetime(*args, 10, 0, tzinfo=STOCKHOLM)  # type: ignore[misc]


def test_the_picture_draws_what_the_source_says_and_no_more(process: Process) -> None:
    picture = timeline_picture(process, at(2021, 7, 1))
    bars = {bar.entry.id: bar for bar in picture.bars}
    # "december 2020": the whole month, approximately; no day is invented.
    assert bars["kcrd-december-2020"].sure is None
    assert bars["kcrd-december-2020"].approximate == ((D(2020, 12, 1), D(2020, 12, 31)),)
    # 11 March: one known day.
    assert bars["avstamning-11-mars"].point == D(2021, 3, 11) and not bars["avstamning-11-mars"].approximate
    # "mitten av juni – t o m september": 11–20 June approximate, certain from 21 June to 30 September.
    assert bars["remiss"].approximate == ((D(2021, 6, 11), D(2021, 6, 20)),)
    assert bars["remiss"].sure == (D(2021, 6, 21), D(2021, 9, 30))
    # Undated steps are not drawn on the axis, only listed in their order.
    assert "fas2-skrivfas-1" in {e.id for e in picture.undated} and "fas2-skrivfas-1" not in bars
    assert (picture.start, picture.end) == (D(2020, 12, 1), D(2021, 12, 31))
    assert picture.today_on_axis and 0.5 < picture.position(picture.today) < 0.6
    assert picture.months[0] == D(2020, 12, 1) and picture.months[-1] == D(2021, 12, 1) and len(picture.months) == 13
    assert not timeline_picture(process, at(2023, 1, 5)).today_on_axis


@pytest.mark.parametrize(("day", "sv", "en"), [
    ((2021, 2, 15), "Öppnar mitten av juni 2021, sista dag 30 september 2021.",
     "Opens mid-June 2021; last day 30 September 2021."),
    ((2021, 6, 15), "Remissen kan ha öppnat (datumet är ungefärligt). 107 dagar kvar (sista dag 30 september 2021).",
     "The consultation may have opened (the date is approximate). 107 days left (last day 30 September 2021)."),
    ((2021, 9, 29), "1 dag kvar (sista dag 30 september 2021).", "1 day left (last day 30 September 2021)."),
    ((2021, 9, 30), "Idag är sista dagen.", "Today is the last day."),
    ((2021, 10, 1), "Remisstiden är slut.", "The consultation is closed."),
])
def test_the_consultations_days_left(process: Process, day: tuple[int, int, int], sv: str, en: str) -> None:
    for language, expected in (("sv", sv), ("en", en)):
        consultation = timeline_picture(process, at(*day), language).consultation  # type: ignore[arg-type]
        assert consultation is not None and days_left_text(consultation, language) == expected  # type: ignore[arg-type]


class Links:
    def __init__(self, **links: tuple[str, str]) -> None:
        now = dt.datetime(2021, 2, 1, tzinfo=dt.UTC)
        self.links = {user: LinkRecord(user_aad_id=user, organisation_id=org, status=status,  # type: ignore[arg-type]
                                       source="domain", created_at=now) for user, (org, status) in links.items()}

    async def link(self, user_aad_id: str) -> LinkRecord | None:
        return self.links.get(user_aad_id)


async def test_roles_are_mapped_as_the_bot_maps_them(process: Process) -> None:
    names = coordinator_names(["AAD-Samordnare", " chef@regionorebrolan.se "], process)
    links = Links(**{"aad-berit": ("kumla", "confirmed"), "aad-per": ("lekeberg", "pending"),
                     "aad-samordnare": ("orebro", "confirmed")})
    coordinator = await viewer_for(Identity("aad-samordnare"), names, links)
    assert coordinator.role == "coordinator" and coordinator.may_see_organisation("kumla")
    by_email = await viewer_for(Identity("aad-x", email="CHEF@regionorebrolan.se"), names, links)
    assert by_email.role == "coordinator"
    berit = await viewer_for(Identity("aad-berit"), names, links)
    assert (berit.role, berit.organisation_id) == ("representative", "kumla")
    assert berit.may_see_organisation("kumla") and not berit.may_see_organisation("orebro")
    per = await viewer_for(Identity("aad-per"), names, links)
    assert (per.role, per.pending_organisation_id) == ("none", "lekeberg") and not per.may_see_organisation("lekeberg")
    assert (await viewer_for(Identity("AAD-BERIT"), names, links)).role == "representative"   # GUID case
    assert (await viewer_for(Identity("aad-nobody"), names, links)).role == "none"


def test_answers_over_time_count_each_organisation_once_by_its_first_day() -> None:
    assert cumulative([D(2021, 7, 2), D(2021, 7, 1), D(2021, 7, 2)]) == [(D(2021, 7, 1), 1), (D(2021, 7, 2), 3)]
    assert cumulative([]) == []


def test_the_meeting_form_is_read_the_same_way_for_chat_and_tab(process: Process) -> None:
    now = at(2021, 2, 15)
    parsed = parse_meeting({"name": "Extra möte", "date": "2021-04-20", "time": "13:00"}, now)
    assert isinstance(parsed, MeetingChange)
    assert parsed.id == "extra-mote-2021-04-20" and parsed.start == dt.datetime(2021, 4, 20, 13, 0, tzinfo=STOCKHOLM)
    day_only = parse_meeting({"name": "Extra möte", "date": "2021-04-20"}, now)
    assert isinstance(day_only, MeetingChange) and day_only.start is None and day_only.day == D(2021, 4, 20)
    assert parse_meeting({"name": "x" * 201, "date": "2021-04-20"}, now) == "Högst 200 tecken om vad mötet gäller."
    assert parse_meeting({"name": "x", "date": "2021-04-20", "link": "https://a b"}, now, "en") == \
        "The link should start with https://."
    assert parse_meeting({"name": "x", "date": "2021-04-20", "prepare": "p" * 1501}, now).startswith("Högst 1500")  # type: ignore[union-attr]
    assert find_meeting(process, [], "avstamning-11-mars") is not None
    assert find_meeting(process, [], "Avstämning med partnerskapet") is not None
    assert find_meeting(process, [], "") is None
    cancelled = MeetingChange(id="avstamning-11-mars", name=process.item("avstamning-11-mars").name, cancelled=True)
    assert find_meeting(process, [cancelled], "avstamning-11-mars") is None


async def test_the_remissvar_read_model_on_both_databases(database_url: str, process: Process) -> None:
    """States, dates, revision, receipt and diarienummer (read inside the JSON by the database), never content."""
    from rusbot.input.forms import RemissvarContent
    from rusbot.input.store import InputStore
    from rusbot.store.db import open_database
    from rusbot.tab.readmodel import TabReadModel

    db = open_database(database_url)
    try:
        store = InputStore(db)
        now = dt.datetime(2021, 7, 1, 23, 30, tzinfo=dt.UTC)      # 2 July in Stockholm
        first = await store.save_remissvar("kumla", RemissvarContent(diarienummer="KS 1"), expected_version=0,
                                           by="a", now=now, submit=True)
        second = await store.save_remissvar("kumla", RemissvarContent(diarienummer="KS 2"),
                                            expected_version=first.record.version, by="a",
                                            now=now + dt.timedelta(days=3), submit=True)
        await store.save_remissvar("kumla", RemissvarContent(diarienummer="utkast"),
                                   expected_version=second.record.version, by="a", now=now + dt.timedelta(days=4),
                                   submit=False)
        await store.save_remissvar("orebro", RemissvarContent(comments={"general": "hemligt"}), expected_version=0,
                                   by="b", now=now, submit=False)
        await store.grant_extension("nora", D(2021, 10, 15), by="c", now=now)
        read = TabReadModel(db, process, store)
        overview = await read.remissvar()
        rows = {r.organisation_id: r for r in overview.rows}
        assert (overview.answered, overview.total, len(rows)) == (1, 17, 17)
        kumla = rows["kumla"]
        assert (kumla.state, kumla.submitted_on, kumla.revision, kumla.receipt, kumla.diarienummer) == (
            "submitted", D(2021, 7, 5), 2, "RV-00002", "KS 2")
        assert kumla.unsent_changes and kumla.draft_saved_on == D(2021, 7, 6)
        assert (rows["orebro"].state, rows["orebro"].draft_saved_on) == ("draft", D(2021, 7, 2))
        assert rows["nora"].extension_until == D(2021, 10, 15) and rows["nora"].state == "none"
        assert overview.answered_by_day == [(D(2021, 7, 2), 1)]     # the first submission's day counts
        own = await read.remissvar(["orebro"])
        assert [r.organisation_id for r in own.rows] == ["orebro"]
    finally:
        await db.close()
