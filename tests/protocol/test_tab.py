"""The Teams tab over real HTTP, in local mode: who sees which page, what each page shows, the
headers every response carries, the cross-site request forgery gate, and meetings changed in the tab
landing in the same store and reminder plan as the chat's (`möten`).

Framing rules: Microsoft's "Prerequisites" for tabs
(https://learn.microsoft.com/en-us/microsoftteams/platform/tabs/how-to/tab-requirements) lists the
hosts a tab must allow in `frame-ancestors`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import AsyncIterator
from typing import Any

import pytest

from bot.tab.security import TEAMS_FRAME_ANCESTORS
from rusbot.consultation import OPEN_REMISSVAR_ACTION
from tests import builders as b
from tests.conftest import RunningBot
from tests.input_support import (
    COORDINATOR,
    KUMLA_ANNA,
    KUMLA_BERIT,
    OREBRO_OLLE,
    PENDING_PER,
    InputBot,
    card_of,
    submit_data,
)
from tests.tab_support import COORDINATOR_ID, as_user, tab_get, tab_post

COORD = as_user(COORDINATOR_ID)
BERIT = as_user("aad-berit")
OLLE = as_user("aad-olle")
PER = as_user("aad-per")
STRANGER = as_user("aad-stranger")
SUBMISSION = {"position": "tillstyrker_med_andringar", "comment_vision": "Kumlas inlämnade synpunkt.",
              "decided_by": "Kommunstyrelsen", "decision_date": "2021-02-10", "diarienummer": "KS 2021/123"}


@pytest.fixture
async def harness(sqlite_url: str, tmp_path: Any, clock: Any, connector: Any) -> AsyncIterator[InputBot]:
    async with InputBot.running(sqlite_url, tmp_path, clock, connector,
                                coordinators=[COORDINATOR_ID, "chef@regionorebrolan.se"]) as harness:
        yield harness


@pytest.fixture
def bot(harness: InputBot) -> RunningBot:
    assert harness.bot is not None
    return harness.bot


async def link_everyone(bot: RunningBot) -> None:
    """The partners introduce themselves to the bot: Berit and Olle by e-mail domain, Per by choice."""
    for who in (KUMLA_ANNA, KUMLA_BERIT, OREBRO_OLLE):
        await bot.post(b.personal_message(bot.service_url, "remissvar", who))
    await bot.post(b.card_submit(bot.service_url, {"action": "org.choose", "organisation": "lekeberg"}, PENDING_PER))


async def submit_remissvar(bot: RunningBot, who: dict[str, Any], values: dict[str, str]) -> None:
    _, body = await bot.post(b.task_fetch(bot.service_url, OPEN_REMISSVAR_ACTION, who))
    form = card_of(body)
    status, body = await bot.post(b.task_submit(bot.service_url, {**submit_data(form, "Skicka in"), **values}, who))
    assert status == 200 and body["task"]["value"]["title"] == "Kvitto", body


async def save_draft(bot: RunningBot, who: dict[str, Any], text: str) -> None:
    _, body = await bot.post(b.task_fetch(bot.service_url, OPEN_REMISSVAR_ACTION, who))
    status, body = await bot.post(b.task_submit(bot.service_url, {**submit_data(card_of(body), "Spara"),
                                                                  "comment_vision": text}, who))
    assert status == 200 and "Utkastet är sparat" in body["task"]["value"], body


# -- the sign-in page and the headers -----------------------------------------------------------------
async def test_the_sign_in_page_carries_no_data_and_only_teams_may_frame_it(bot: RunningBot) -> None:
    page = await tab_get(bot, "/tab/")
    assert page.status == 200 and 'data-mode="local"' in page.text
    csp = page.headers["Content-Security-Policy"]
    ancestors = re.search(r"frame-ancestors ([^;]+)", csp)
    assert ancestors is not None and set(ancestors.group(1).split()) == set(TEAMS_FRAME_ANCESTORS)
    assert "https://teams.microsoft.com" in csp and "script-src 'self'" in csp and "'unsafe-inline'" not in csp
    # Local mode never runs in Teams: it does not load the Teams library.
    assert "MicrosoftTeams.min.js" not in page.text
    assert (await tab_get(bot, "/tab")).status == 302
    config = await tab_get(bot, "/tab/config")
    assert config.status == 200 and "pages.config" not in config.text and "frame-ancestors" in \
        config.headers["Content-Security-Policy"]
    for asset in ("tab.js", "tab.css", "config.js", "vendor/MicrosoftTeams.min.js"):
        response = await tab_get(bot, f"/tab/static/{asset}")
        assert response.status == 200 and "frame-ancestors" in response.headers["Content-Security-Policy"], asset


async def test_every_response_carries_a_content_security_policy(bot: RunningBot) -> None:
    for path in ("/healthz", "/calendar.ics", "/exports/nothing.valid", "/no-such-page", "/tab/api/session",
                 "/tab/api/view/nothing"):
        response = await tab_get(bot, path)
        assert "Content-Security-Policy" in response.headers, path
        assert response.headers["X-Content-Type-Options"] == "nosniff", path
    healthz = await tab_get(bot, "/healthz")
    assert "frame-ancestors 'none'" in healthz.headers["Content-Security-Policy"]
    assert healthz.headers["X-Frame-Options"] == "DENY"
    status = await bot.post_raw(b"not json")
    assert status == 400


async def test_nobody_unauthenticated_sees_anything_but_the_sign_in_page(bot: RunningBot) -> None:
    await link_everyone(bot)
    for path in ("/tab/api/session", "/tab/api/view/overview", "/tab/api/view/remissvar", "/tab/api/view/inspel",
                 "/tab/api/view/meetings", "/tab/api/view/export", "/tab/api/view/remissvar/kumla",
                 "/tab/api/view/inspel/1"):
        for headers in ({}, {"Authorization": "Bearer abc.def.ghi"}, {"Authorization": "Local"},
                        {"Authorization": "Local !!!"}, {"Authorization": "Local e30"}):
            response = await tab_get(bot, path, headers)
            assert response.status == 401, (path, headers, response.status)
            assert response.json() == {"error": "sign in"}
    response = await tab_post(bot, "/tab/api/meetings", {"name": "x", "date": "2021-05-05"}, {}, csrf=False)
    assert response.status == 401


async def test_local_mode_answers_loopback_names_only(bot: RunningBot) -> None:
    """A page elsewhere that points its own name at 127.0.0.1 (DNS rebinding) sends that name as Host."""
    for path in ("/tab/", "/tab/api/session", "/tab/api/local/people"):
        response = await tab_get(bot, path, {**COORD, "Host": "rusbot.evil.example"})
        assert response.status == 403, path
    assert (await tab_get(bot, "/tab/api/session", {**COORD, "Host": "localhost"})).status == 200


# -- roles --------------------------------------------------------------------------------------------
async def test_roles_are_the_bots_roles(bot: RunningBot) -> None:
    await link_everyone(bot)

    async def role(headers: dict[str, str]) -> dict[str, Any]:
        response = await tab_get(bot, "/tab/api/session", headers)
        assert response.status == 200
        data: dict[str, Any] = response.json()
        return data

    coordinator = await role(COORD)
    assert coordinator["role"] == "coordinator" and coordinator["pages"] == [
        "overview", "remissvar", "inspel", "meetings", "export"]
    by_email = await role(as_user("aad-chef", email="Chef@RegionOrebrolan.se"))
    assert by_email["role"] == "coordinator"
    berit = await role(BERIT)
    assert (berit["role"], berit["organisation"], berit["pages"]) == ("representative", "Kumla",
                                                                      ["overview", "remissvar", "inspel"])
    per = await role(PER)
    assert (per["role"], per["organisation"], per["pages"]) == ("none", "Lekeberg", [])
    assert (await role(STRANGER))["role"] == "none"
    # Somebody without a role gets the polite page, saying how to get access.
    page = await tab_get(bot, "/tab/api/view/overview", STRANGER)
    assert page.status == 403 and "Skriv organisation till RUS-boten" in page.text
    page = await tab_get(bot, "/tab/api/view/overview", PER)
    assert page.status == 403 and "Du har valt Lekeberg" in page.text
    page = await tab_get(bot, "/tab/api/view/meetings", BERIT)
    assert page.status == 403 and "bara för samordnarna" in page.text
    people = (await tab_get(bot, "/tab/api/local/people")).json()["people"]
    assert {p["id"]: p["role"] for p in people}["aad-per"] == "pending"


# -- pages --------------------------------------------------------------------------------------------
async def test_the_overview_draws_the_timeline_and_counts_the_days(bot: RunningBot) -> None:
    await link_everyone(bot)
    bot.clock.set(bot.clock.now().replace(month=7, day=1))
    page = await tab_get(bot, "/tab/api/view/overview", BERIT)
    assert page.status == 200
    assert "91 dagar kvar (sista dag 30 september 2021)" in page.text
    assert 'class="tl-today"' in page.text and "tl-approx" in page.text and "tl-point" in page.text
    assert "mitten av juni 2021 – 30 september 2021" in page.text and "ungefärligt" in page.text
    assert "/calendar.ics\" download=\"rus.ics\"" in page.text
    english = await tab_get(bot, "/tab/api/view/overview?lang=en-us", BERIT)
    assert "91 days left (last day 30 September 2021)" in english.text and 'tl-today-label' in english.text


async def test_the_overview_never_says_a_planned_step_was_done(bot: RunningBot) -> None:
    """Audit of issue 12: after the plan every step read "klart". A step is done only when its dates have
    passed and the process file says it happened (the chat's timeline card, tests/unit/test_timeline_done.py);
    otherwise it was planned: the bot knows the plan, not the outcome."""
    import html

    await link_everyone(bot)
    bot.clock.set(bot.clock.now().replace(year=2025, month=12, day=2))
    page = await tab_get(bot, "/tab/api/view/overview", BERIT)
    assert page.status == 200
    items = re.findall(r'<li class="status-(\w+)"><strong>([^<]*)</strong>.*?<span class="status">([^<]*)</span>',
                       page.text)
    done = {html.unescape(name) for status, name, _ in items if status == "done"}
    assert done == {"Medskick från KC/RD", "Medskick för KC/RD"}        # the process file's `happened: true`
    decision = [(status, said) for status, name, said in items if "regionfullmäktige" in html.unescape(name)]
    assert decision == [("planned", "planerat, datumet har passerat")]
    assert all(said == "klart" for status, _, said in items if status == "done")
    assert sum(said == "klart" for _, _, said in items) == 2
    assert 'tl-sure status-past' not in page.text


async def test_remissvar_coordinators_see_states_and_dates_never_a_draft(bot: RunningBot) -> None:
    await link_everyone(bot)
    await save_draft(bot, OREBRO_OLLE, "hemligt örebroutkast")
    await submit_remissvar(bot, KUMLA_BERIT, SUBMISSION)
    bot.clock.advance(dt.timedelta(hours=2))
    await save_draft(bot, KUMLA_ANNA, "hemligt utkast efter inlämning")
    page = await tab_get(bot, "/tab/api/view/remissvar", COORD)
    assert page.status == 200
    assert "1 av 17 har svarat" in page.text and '<progress class="progress" max="17" value="1"' in page.text
    assert page.text.count('<th scope="row">') == 17
    kumla = re.search(r'<tr class="state-submitted"><th scope="row">Kumla</th>.*?</tr>', page.text)
    assert kumla is not None and "Inlämnat 15 februari 2021" in kumla.group(0) and "KS 2021/123" in kumla.group(0)
    assert "RV-00001" in kumla.group(0) and "utkast till ändringar sparat" in kumla.group(0)
    assert "Utkast sparat 15 februari 2021" in page.text                       # Örebro: the date, not the text
    assert "hemligt" not in page.text
    assert 'aria-labelledby="answers-title answers-desc"' in page.text and "15 februari 2021: 1" in page.text
    read = await tab_get(bot, "/tab/api/view/remissvar/kumla", COORD)
    assert read.status == 200 and "Kumlas inlämnade synpunkt." in read.text and "hemligt" not in read.text
    assert (await tab_get(bot, "/tab/api/view/remissvar/orebro", COORD)).status == 404      # a draft only
    assert (await tab_get(bot, "/tab/api/view/remissvar/kumla?revision=9", COORD)).status == 404


async def test_partners_see_their_own_row_and_nothing_of_others(bot: RunningBot) -> None:
    await link_everyone(bot)
    await submit_remissvar(bot, KUMLA_BERIT, SUBMISSION)
    olle = await tab_get(bot, "/tab/api/view/remissvar", OLLE)
    assert olle.status == 200 and olle.text.count('<th scope="row">') == 1 and "Örebro" in olle.text
    assert "Kumla" not in olle.text and "har svarat" not in olle.text
    assert (await tab_get(bot, "/tab/api/view/remissvar/kumla", OLLE)).status == 404
    berit = await tab_get(bot, "/tab/api/view/remissvar/kumla", BERIT)
    assert berit.status == 200 and "Kumlas inlämnade synpunkt." in berit.text


async def test_inspel_counts_filters_and_reading(bot: RunningBot) -> None:
    await link_everyone(bot)
    store = bot.services.inputs.store
    from rusbot.input.forms import InspelContent

    now = bot.clock.now()
    anna = await store.add_inspel("aad-anna", "kumla", InspelContent(topic="annat", change="Annas inspel",
                                                                     reason="Skäl"), now)
    olle = await store.add_inspel("aad-olle", "orebro", InspelContent(topic="pandemic", change="Olles inspel",
                                                                      reason="Skäl"), now)
    page = await tab_get(bot, "/tab/api/view/inspel", COORD)
    assert page.status == 200 and "2 inspel totalt" in page.text and "Visar 2 av 2 inspel" in page.text
    assert 'aria-labelledby="by-topic-title by-topic-desc"' in page.text and "Kumla: 1" in page.text
    only = await tab_get(bot, "/tab/api/view/inspel?organisation=orebro&since=2021-02-01&until=2021-02-28", COORD)
    assert "Olles inspel" in only.text and "Annas inspel" not in only.text and "Visar 1 av 1" in only.text
    empty = await tab_get(bot, "/tab/api/view/inspel?since=2021-03-01", COORD)
    assert "Visar 0 av 0" in empty.text
    for bad in ("topic=nope", "organisation=nope", "since=2021-13-01", "p=x"):
        assert (await tab_get(bot, f"/tab/api/view/inspel?{bad}", COORD)).status == 400, bad
    read = await tab_get(bot, f"/tab/api/view/inspel/{anna.id}", COORD)
    assert read.status == 200 and "Annas inspel" in read.text
    # A partner sees their own inspel, and another's answers as if it did not exist.
    mine = await tab_get(bot, "/tab/api/view/inspel", OLLE)
    assert "Olles inspel" in mine.text and "Annas inspel" not in mine.text and "totalt" not in mine.text
    assert (await tab_get(bot, f"/tab/api/view/inspel/{anna.id}", OLLE)).status == 404
    assert (await tab_get(bot, f"/tab/api/view/inspel/{olle.id}", OLLE)).status == 200
    assert (await tab_get(bot, "/tab/api/view/inspel/99999999999999", COORD)).status == 400   # out of the id range
    assert (await tab_get(bot, "/tab/api/view/inspel/999999", COORD)).status == 404


async def test_export_links_download(bot: RunningBot) -> None:
    page = await tab_get(bot, "/tab/api/view/export", COORD)
    links = re.findall(r'href="[^"]*(/exports/[^"]+)"', page.text)
    assert page.status == 200 and len(links) == 2
    for link in links:
        async with bot.session.get(f"{bot.url}{link}") as download:
            assert download.status == 200 and "attachment" in download.headers["Content-Disposition"]
            assert len(await download.read()) > 0
    assert (await tab_get(bot, "/tab/api/view/export", BERIT)).status == 403


# -- meetings: the same store and rules as the chat ---------------------------------------------------
MEETING = {"name": "Workshop om prioriteringar", "date": "2021-04-20", "time": "13:30",
           "link": "https://teams.microsoft.com/l/meetup-join/abc", "prepare": "Läs utkastet."}


async def test_a_meeting_added_in_the_tab_is_in_moten_and_the_reminder_plan(bot: RunningBot) -> None:
    response = await tab_post(bot, "/tab/api/meetings", MEETING, COORD)
    assert response.status == 200, response.text
    assert "Sparat: Workshop om prioriteringar, 20 april 2021" in response.text
    changes = await bot.services.reminders.meeting_changes()
    assert [c.id for c in changes] == ["workshop-om-prioriteringar-2021-04-20"]
    planned = {r.id for r in await bot.services.reminders.upcoming(bot.clock.now(), limit=50)}
    assert "meeting:workshop-om-prioriteringar-2021-04-20@2021-04-20:day-before" in planned
    await bot.post(b.personal_message(bot.service_url, "möten", COORDINATOR))
    assert "workshop-om-prioriteringar-2021-04-20" in bot.connector.sent[-1].text
    # Moved in the tab: the same id, a new time; then cancelled: gone from chat and plan.
    moved = await tab_post(bot, "/tab/api/meetings", {**MEETING, "id": "workshop-om-prioriteringar-2021-04-20",
                                                      "date": "2021-04-22"}, COORD)
    assert moved.status == 200 and "22 april 2021" in moved.text
    confirm = await tab_get(bot, "/tab/api/view/meetings?cancel=workshop-om-prioriteringar-2021-04-20", COORD)
    assert "Ställa in mötet?" in confirm.text
    cancelled = await tab_post(bot, "/tab/api/meetings/cancel", {"id": "workshop-om-prioriteringar-2021-04-20"},
                               COORD)
    assert cancelled.status == 200 and "är inställt" in cancelled.text
    await bot.post(b.personal_message(bot.service_url, "möten", COORDINATOR))
    assert "workshop-om-prioriteringar" not in bot.connector.sent[-1].text
    planned = {r.id for r in await bot.services.reminders.upcoming(bot.clock.now(), limit=50)}
    assert not any("workshop" in r for r in planned)


async def test_a_meeting_form_with_errors_is_shown_again_and_changes_nothing(bot: RunningBot) -> None:
    for bad, message in (({**MEETING, "name": ""}, "Skriv vad mötet gäller"),
                         ({**MEETING, "date": "20/4"}, "Välj ett datum"),
                         ({**MEETING, "time": "25:00"}, "tt:mm"),
                         ({**MEETING, "link": "http://x"}, "https://"),
                         ({**MEETING, "name": "x" * 201}, "Högst 200 tecken")):
        response = await tab_post(bot, "/tab/api/meetings", bad, COORD)
        assert response.status == 422 and message in response.text and 'role="alert"' in response.text, bad
        assert 'aria-invalid="true"' in response.text
    assert await bot.services.reminders.meeting_changes() == []
    for body in ({"name": 5}, [1, 2], "not json"):
        response = await tab_post(bot, "/tab/api/meetings", body, COORD)
        assert response.status == 400, body
    assert (await tab_post(bot, "/tab/api/meetings", {**MEETING, "id": "no-such"}, COORD)).status == 404
    assert (await tab_post(bot, "/tab/api/meetings/cancel", {"id": "no-such"}, COORD)).status == 404
    assert await bot.services.reminders.meeting_changes() == []


async def test_cross_site_requests_change_nothing(bot: RunningBot) -> None:
    await link_everyone(bot)
    forged = [
        ({"csrf": False}, 403),                                    # no CSRF token
        ({"csrf": "x" * 32}, 403),                                 # a wrong one
        ({"origin": "https://evil.example"}, 403),                 # another site
        ({"content_type": "application/x-www-form-urlencoded"}, 415),   # a plain HTML form
        ({"content_type": "text/plain"}, 415),
    ]
    for options, status in forged:
        response = await tab_post(bot, "/tab/api/meetings", MEETING, COORD, **options)  # type: ignore[arg-type]
        assert response.status == status, (options, response.status, response.text)
    # Berit's valid token is no coordinator's: another user's CSRF token does not carry over either.
    berit_csrf = (await tab_get(bot, "/tab/api/session", BERIT)).json()["csrf"]
    assert (await tab_post(bot, "/tab/api/meetings", MEETING, COORD, csrf=berit_csrf)).status == 403
    assert (await tab_post(bot, "/tab/api/meetings", MEETING, BERIT)).status == 403
    assert await bot.services.reminders.meeting_changes() == []


async def test_meetings_page_lists_the_stored_unreachable_targets_worded_as_status_words_them(
        bot: RunningBot) -> None:
    """Audit of issue 12: the tab's "cannot be reached" came from a second source (inactive
    conversations) in a second wording. It now lists the dispatcher's `unreachable_targets`, each
    line describe_unreachable(..., markdown=False) - the `status` card's line without markdown."""
    import html

    from scheduling.store import Unreachable
    from scheduling.texts import describe_unreachable

    await link_everyone(bot)
    await bot.post(b.channel_message(bot.service_url, "hej", COORDINATOR))
    page = await tab_get(bot, "/tab/api/view/meetings", COORD)
    assert page.status == 200
    assert "remissen stänger 30 september 2021 (14 dagar kvar)" in page.text
    assert "1 kanaler och gruppchattar" in page.text
    # Nobody is guessed unreachable: only what Teams refused is listed.
    assert "Teams har inte nekat någon påminnelse." in page.text and "har ingen personlig chatt" not in page.text
    refused = Unreachable(target="a:1berit", kind="personal", reason="ConversationBlockedByUser", removed=False,
                          blocked=True, since=bot.clock.now(), user_aad_id="aad-berit",
                          label="Berit *Kumla* [Bekräfta](https://evil.example)")
    await bot.services.reminders.unreachable.mark(refused)
    page = await tab_get(bot, "/tab/api/view/meetings", COORD)
    plain = describe_unreachable(refused, "sv", markdown=False)
    assert plain.startswith("personlig chatt med Berit *Kumla* [Bekräfta](https://evil.example): boten är blockerad")
    assert f"<li>{html.escape(plain)}</li>" in page.text
    # The chat's status card says the same, with the name as markdown-escaped text.
    before = len(bot.connector.sent)
    await bot.post(b.personal_message(bot.service_url, "status", COORDINATOR))
    [sent] = (await bot.connector.wait_for(before + 1))[before:]
    [status_card] = sent.cards
    lines = [block["text"] for block in status_card["body"] if block.get("type") == "TextBlock"]
    assert f"- {describe_unreachable(refused, 'sv')}" in lines
    assert describe_unreachable(refused, "sv").replace("\\", "") == plain
    # A team that removed the bot is not a refused target until the dispatcher says so; the missing
    # channel is said as such.
    await bot.services.conversations.deactivate_team(b.TEAM_ID, bot.clock.now(), note="reminder got 403")
    page = await tab_get(bot, "/tab/api/view/meetings", COORD)
    assert "Ingen kanal eller gruppchatt får påminnelserna" in page.text


# -- the audit of issues 11.8 and 12: odd ids and odd text at the tab's door, on both databases ---------
@pytest.fixture
async def either(database_url: str, tmp_path: Any, clock: Any, connector: Any) -> AsyncIterator[RunningBot]:
    async with InputBot.running(database_url, tmp_path, clock, connector, coordinators=[COORDINATOR_ID]) as harness:
        assert harness.bot is not None
        yield harness.bot


async def test_odd_ids_in_tab_urls_get_400_and_never_500(either: RunningBot) -> None:
    """A NUL reached PostgreSQL from /remissvar/<id> (it refuses NUL in text: 500); "²" passed
    str.isdigit() and int() raised (500). Each is now refused at the door."""
    bot = either
    await link_everyone(bot)
    await submit_remissvar(bot, KUMLA_ANNA, SUBMISSION)
    for path in ("/tab/api/view/inspel/%C2%B2", "/tab/api/view/inspel/1%00", "/tab/api/view/inspel/--5",
                 "/tab/api/view/inspel/99999999999999999999", "/tab/api/view/inspel/%D9%A1",
                 "/tab/api/view/remissvar/kumla%00", "/tab/api/view/remissvar/kum%EF%BF%BFla",
                 "/tab/api/view/remissvar/kumla?revision=%C2%B2", "/tab/api/view/remissvar/kumla?revision=1%00",
                 "/tab/api/view/remissvar/kumla?revision=99999999999999999999",
                 "/tab/api/view/inspel?p=%C2%B2", "/tab/api/view/inspel?p=0", "/tab/api/view/inspel?p=1%00",
                 "/tab/api/view/inspel?since=2021-01-01%00"):
        for who in (COORD, BERIT):
            response = await tab_get(bot, path, who)
            assert response.status == 400, (path, response.status, response.text[:200])
    assert (await tab_get(bot, "/tab/api/view/remissvar/no-such-org", COORD)).status == 404
    assert (await tab_get(bot, "/tab/api/view/remissvar/kumla?revision=7", COORD)).status == 404
    assert (await tab_get(bot, "/tab/api/view/remissvar/kumla?revision=1", COORD)).status == 200
    # Ids in the meeting forms: junk is refused, not stripped into another id (or a new meeting).
    for body in ({**MEETING, "id": "\x00"}, {**MEETING, "id": "x\ud800"}, {**MEETING, "id": "a\nb"}):
        assert (await tab_post(bot, "/tab/api/meetings", body, COORD)).status == 400
    assert (await tab_post(bot, "/tab/api/meetings/cancel", {"id": "\x00\uffff"}, COORD)).status == 400
    assert await bot.services.reminders.meeting_changes() == []


async def test_the_tab_stores_no_text_the_bots_forms_refuse(either: RunningBot) -> None:
    """Audit of issue 11.4/12: forms.storable at both doors. A meeting typed into the tab with what XML
    1.0 forbids (and a lone surrogate from a JSON escape) is stored as the chat's meeting card stores
    it: the same parse_meeting, the same cleaning, the same errors."""
    bot = either
    dirty = {**MEETING, "name": "Work\uffffshop\x00 om \ud800prioriteringar\x1b", "prepare": "Läs\ufffe utkastet."}
    response = await tab_post(bot, "/tab/api/meetings", dirty, COORD)
    assert response.status == 200, response.text
    [saved] = await bot.services.reminders.meeting_changes()
    # A lone surrogate is U+FFFD at both doors (bot.http.as_unicode), as a UTF-8 decoder makes of it.
    assert saved.name.sv == "Workshop om \ufffdprioriteringar" and saved.prepare is not None
    assert saved.prepare.sv == "Läs utkastet."
    # The chat's card: the same meeting id, the same stored text.
    await bot.post(b.card_submit(bot.service_url, {"action": "reminders.meeting.save", **dirty,
                                                   "date": "2021-04-21"}, COORDINATOR))
    names = {c.id: c.name.sv for c in await bot.services.reminders.meeting_changes()}
    assert names == {"workshop-om-prioriteringar-2021-04-20": "Workshop om \ufffdprioriteringar",
                     "workshop-om-prioriteringar-2021-04-21": "Workshop om \ufffdprioriteringar"}
    # Nothing but forbidden characters is an empty name, with the chat's error, and a refused form that
    # held a lone surrogate is shown again without it (no 500 encoding the page).
    for door in ("tab", "chat"):
        bad = {**MEETING, "name": "\uffff\x00\x7f"}
        if door == "tab":
            response = await tab_post(bot, "/tab/api/meetings", bad, COORD)
            assert response.status == 422 and "Skriv vad mötet gäller." in response.text
        else:
            before = len(bot.connector.sent)
            await bot.post(b.card_submit(bot.service_url, {"action": "reminders.meeting.save", **bad}, COORDINATOR))
            assert (await bot.connector.wait_for(before + 1))[-1].text == "Skriv vad mötet gäller."
    long_name = await tab_post(bot, "/tab/api/meetings", {**MEETING, "name": "\ud800" + "x" * 201}, COORD)
    assert long_name.status == 422 and "Högst 200 tecken" in long_name.text
    assert len(await bot.services.reminders.meeting_changes()) == 2
