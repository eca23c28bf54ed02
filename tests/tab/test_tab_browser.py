"""The Teams tab in a real browser: Debian's Chromium driven by Playwright (tests/tab/drive.mjs), against
the real app on 127.0.0.1 in local mode, signed in through the local chooser.

- every page in the three Teams themes (default, dark, contrast), Swedish and English, with no console
  error, no failed request and no serious or critical axe-core violation (WCAG 2.1 A/AA rules, contrast
  included); screenshots in build/tab-renders/ (or RUSBOT_TAB_ARTIFACTS);
- keyboard only: Tab from the top of each page reaches every link, button and field;
- partners submit through the bot, and the coordinators' table and counts show it;
- a meeting added in the tab's form (typed and sent with the keyboard) is in `möten` in the chat and in
  the reminder plan.

Needs node, Debian's chromium and `npm ci` in tests/tab (`.ci/install-render-deps` does all three).
Without them the tests skip and say what is missing, unless RUSBOT_REQUIRE_RENDER=1 (CI sets it).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import itertools
import json
import os
import shutil
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from rusbot.clock import STOCKHOLM
from rusbot.consultation import OPEN_REMISSVAR_ACTION
from rusbot.input.forms import InspelContent
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

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
REQUIRED = os.environ.get("RUSBOT_REQUIRE_RENDER") == "1"
NODE_PACKAGES = ("playwright-core", "axe-core", "@microsoft/teams-js")
THEMES = ("default", "dark", "contrast")
COORDINATOR_PAGES = ("overview", "remissvar", "inspel", "meetings", "export")
SERIOUS = {"serious", "critical"}

pytestmark = pytest.mark.render


def _missing() -> str | None:
    if shutil.which("node") is None:
        return "node is not installed"
    if not Path(CHROMIUM).exists():
        return f"no Chromium at {CHROMIUM} (apt-get install chromium, or set CHROMIUM)"
    for package in NODE_PACKAGES:
        if not (HERE / "node_modules" / package).is_dir():
            return f"tests/tab/node_modules/{package} is missing (run `npm ci` in tests/tab)"
    return None


@pytest.fixture(scope="module")
def browser_ready() -> None:
    problem = _missing()
    if problem:
        if REQUIRED:
            pytest.fail(f"RUSBOT_REQUIRE_RENDER=1 but {problem}; run .ci/install-render-deps")
        pytest.skip(f"{problem}; run .ci/install-render-deps (RUSBOT_REQUIRE_RENDER=1 makes this a failure)")


@pytest.fixture
async def harness(browser_ready: None, sqlite_url: str, tmp_path: Any, clock: Any,
                  connector: Any) -> AsyncIterator[InputBot]:
    clock.set(dt.datetime(2021, 7, 1, 10, 0, tzinfo=STOCKHOLM))
    async with InputBot.running(sqlite_url, tmp_path, clock, connector) as harness:
        yield harness


@pytest.fixture
def bot(harness: InputBot) -> RunningBot:
    assert harness.bot is not None
    return harness.bot


def artifacts() -> Path:
    return Path(os.environ.get("RUSBOT_TAB_ARTIFACTS", ROOT / "build" / "tab-renders"))


_specs = itertools.count()


def _size(path: str) -> int:
    return Path(path).stat().st_size


def _write_spec(path: Path, spec: dict[str, Any]) -> None:
    path.write_text(json.dumps(spec), "utf-8")


async def drive(bot: RunningBot, tasks: list[dict[str, Any]], tmp_path: Path,
                out: Path | None = None) -> list[dict[str, Any]]:
    """Runs the tasks in one browser. The app answers from this test's event loop, so the browser is
    awaited as a subprocess, never waited for with a blocking call."""
    spec = tmp_path / f"spec-{next(_specs)}.json"
    _write_spec(spec, {"base": bot.url, "out": str(out or tmp_path / "png"), "tasks": tasks})
    process = await asyncio.create_subprocess_exec(
        "node", str(HERE / "drive.mjs"), str(spec), stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        env={**os.environ, "CHROMIUM": CHROMIUM})
    stdout, stderr = await asyncio.wait_for(process.communicate(), timeout=600)
    assert process.returncode == 0, stderr.decode()[-3000:]
    report: list[dict[str, Any]] = json.loads(stdout)["tasks"]
    return report


async def partners_answer(bot: RunningBot) -> None:
    """Partners link themselves, give input and submit their responses, all through the bot."""
    for who in (KUMLA_ANNA, KUMLA_BERIT, OREBRO_OLLE):
        await bot.post(b.personal_message(bot.service_url, "remissvar", who))
    await bot.post(b.card_submit(bot.service_url, {"action": "org.choose", "organisation": "lekeberg"}, PENDING_PER))
    await bot.post(b.channel_message(bot.service_url, "hej", COORDINATOR))
    for who, organisation in ((KUMLA_BERIT, "Kumla"), (OREBRO_OLLE, "Örebro")):
        _, body = await bot.post(b.task_fetch(bot.service_url, OPEN_REMISSVAR_ACTION, who))
        values = {**submit_data(card_of(body), "Skicka in"), "position": "tillstyrker",
                  "comment_vision": f"{organisation}s synpunkt på visionen.", "decided_by": "Kommunstyrelsen",
                  "decision_date": "2021-06-28", "diarienummer": f"KS 2021/{len(organisation)}"}
        status, body = await bot.post(b.task_submit(bot.service_url, values, who))
        assert status == 200 and body["task"]["value"]["title"] == "Kvitto", body
        bot.clock.advance(dt.timedelta(days=1))
    store = bot.services.inputs.store
    now = bot.clock.now()
    await store.add_inspel("aad-anna", "kumla", InspelContent(topic="annat", change="Mer om kompetensförsörjning.",
                                                              reason="Bristen växer."), now)
    await store.add_inspel("aad-olle", "orebro", InspelContent(topic="pandemic", change="Pandemins följder.",
                                                               reason="Skäl."), now)


def page_task(name: str, who: str, page: str, theme: str, *, lang: str = "sv", params: str = "",
              expect: str | None = None, keyboard: bool = False) -> dict[str, Any]:
    return {"kind": "page", "name": name, "as": who, "page": page, "theme": theme, "lang": lang, "params": params,
            "expect": expect or page, "axe": True, "keyboard": keyboard, "screenshot": True}


def problems_of(entry: dict[str, Any]) -> list[str]:
    problems = []
    if entry.get("error"):
        problems.append(f"failed: {entry['error'][:500]} / page said: {entry.get('text', '')[:300]}")
    problems += [f"browser: {m}" for m in entry.get("messages", [])]
    problems += [f"axe {v['impact']} {v['id']}: {v['help']} at {v['targets']}" for v in entry.get("axe", [])
                 if v["impact"] in SERIOUS]
    keyboard = entry.get("keyboard")
    if keyboard and keyboard["missed"]:
        problems.append(f"keyboard does not reach {keyboard['missed']}")
    return [f"{entry['name']}: {p}" for p in problems]


async def test_every_page_renders_in_three_themes_accessibly(bot: RunningBot, tmp_path: Path) -> None:
    await partners_answer(bot)
    out = artifacts()
    if out.exists():
        shutil.rmtree(out)
    coordinator = "aad-samordnare"
    tasks = [page_task(f"{page}.{theme}", coordinator, page, theme, keyboard=theme == "default")
             for page in COORDINATOR_PAGES for theme in THEMES]
    tasks += [page_task(f"{page}.en", coordinator, page, "default", lang="en") for page in ("overview", "remissvar")]
    tasks += [
        page_task("remissvar-read.default", coordinator, "remissvar", "default", params="view=remissvar/kumla",
                  expect="remissvar-read", keyboard=True),
        page_task("inspel-read.dark", coordinator, "inspel", "dark", params="view=inspel/1", expect="inspel-read"),
        page_task("meetings-move.contrast", coordinator, "meetings", "contrast", params="edit=avstamning-11-mars",
                  keyboard=True),
        page_task("partner-overview.default", "aad-berit", "overview", "default"),
        page_task("partner-remissvar.dark", "aad-berit", "remissvar", "dark", keyboard=True),
        page_task("partner-inspel.contrast", "aad-olle", "inspel", "contrast", keyboard=True),
        page_task("pending-access.default", "aad-per", "overview", "default", expect="access"),
        page_task("nobody-access.dark", "local-nobody", "overview", "dark", expect="access"),
        {"kind": "signin", "name": "signin.contrast", "theme": "contrast", "axe": True, "screenshot": True},
    ]
    report = await drive(bot, tasks, tmp_path, out)
    problems = [p for entry in report for p in problems_of(entry)]
    assert not problems, "\n".join(problems)
    by_name = {entry["name"]: entry for entry in report}
    for page in COORDINATOR_PAGES:
        for theme in THEMES:
            entry = by_name[f"{page}.{theme}"]
            assert entry["theme"] == theme and entry["focused"] == "page-title", entry
            assert _size(entry["png"]) > 5000
    assert by_name["overview.en"]["lang"] == "en" and "days left" in by_name["overview.en"]["text"]
    assert by_name["overview.default"]["lang"] == "sv" and "dagar kvar" in by_name["overview.default"]["text"]
    assert "Kumlas synpunkt på visionen." in by_name["remissvar-read.default"]["text"]
    olle = by_name["partner-inspel.contrast"]["text"]
    assert "Pandemins följder." in olle and "kompetensförsörjning" not in olle
    partner = by_name["partner-remissvar.dark"]["text"]
    assert "Kumla" in partner and "Örebro" not in partner
    assert "Du har valt Lekeberg" in by_name["pending-access.default"]["text"]
    assert "Lokalt läge" in by_name["signin.contrast"]["text"] or "Vem är du?" in by_name["signin.contrast"]["text"]
    keyboard = by_name["meetings.default"]["keyboard"]
    assert keyboard["controls"] >= 10 and keyboard["reached"] == keyboard["controls"]


async def test_partners_submitting_through_the_bot_show_in_the_coordinators_table(bot: RunningBot,
                                                                                   tmp_path: Path) -> None:
    before = await drive(bot, [page_task("before", "aad-samordnare", "remissvar", "default")], tmp_path)
    assert "0 av 17 har svarat" in before[0]["text"], before[0]
    await partners_answer(bot)
    after = await drive(bot, [page_task("after", "aad-samordnare", "remissvar", "default")], tmp_path)
    text = after[0]["text"]
    assert "2 av 17 har svarat" in text
    rows = {line.split("\t")[0]: line for line in text.splitlines() if "\t" in line}
    assert "Inlämnat 1 juli 2021" in rows["Kumla"] and "KS 2021/5" in rows["Kumla"]
    assert "Inlämnat 2 juli 2021" in rows["Örebro"] and "Inget utkast" in rows["Askersund"]


async def test_a_meeting_added_in_the_tab_is_in_moten_and_the_reminder_plan(bot: RunningBot, tmp_path: Path) -> None:
    values = {"name": "Workshop om prioriteringar", "date": "2021-09-20", "time": "13:30",
              "link": "https://teams.microsoft.com/l/meetup-join/abc", "prepare": "Läs utkastet."}
    report = await drive(bot, [{"kind": "meeting", "as": "aad-samordnare", "page": "meetings", "values": values},
                               {"kind": "meeting", "name": "bad", "as": "aad-samordnare", "page": "meetings",
                                "values": {**values, "name": "", "link": "http://x"}, "expectError": True}],
                         tmp_path)
    saved, refused = report
    assert not saved.get("error") and not saved["messages"], saved
    assert saved["notice"].startswith("Sparat: Workshop om prioriteringar, 20 september 2021")
    assert "notice" in saved["focused"]
    assert refused["notice"] == "Skriv vad mötet gäller." and refused["focused"] == "error", refused
    meeting_id = "workshop-om-prioriteringar-2021-09-20"
    assert [c.id for c in await bot.services.reminders.meeting_changes()] == [meeting_id]
    planned = {r.id for r in await bot.services.reminders.upcoming(bot.clock.now(), limit=50)}
    assert {f"meeting:{meeting_id}@2021-09-20:day-before", f"meeting:{meeting_id}@2021-09-20:60m-before"} <= planned
    # The chat, as Teams drives it: activities POSTed to /api/messages, the replies the bot sends to the
    # coordinator's conversation through the Bot Connector.
    [listed] = await chat(bot, b.personal_message(bot.service_url, "möten", COORDINATOR))
    assert listed.text.startswith("**Möten:**")
    assert meeting_id in listed.text and "måndag 20 september 2021 kl. 13:30" in listed.text
    # And back: moved in the chat's own dialog (the form `flytta möte` answers with, submitted as Teams
    # submits a card), the tab shows the new day.
    [asked] = await chat(bot, b.personal_message(bot.service_url, f"flytta möte {meeting_id}", COORDINATOR))
    [form] = asked.cards
    values = {**card_inputs(form), **submit_data(form, "Spara"), "date": "2021-09-22"}
    [saved_in_chat] = await chat(bot, b.card_submit(bot.service_url, values, COORDINATOR))
    assert "Sparat: **Workshop om prioriteringar**, 22 september 2021" in saved_in_chat.text
    [page] = await drive(bot, [page_task("meetings.after-chat", "aad-samordnare", "meetings", "default")], tmp_path)
    rows = [line for line in page["text"].splitlines() if "Workshop om prioriteringar" in line]
    assert any("22 september 2021 kl. 13:30" in line for line in rows), page["text"]
    assert not any("20 september 2021" in line for line in rows)


async def chat(bot: RunningBot, activity: dict[str, Any]) -> list[Any]:
    """POST one activity to /api/messages as Teams does; the messages the bot then sent to its conversation."""
    before = len(bot.connector.sent)
    status, _ = await bot.post(activity)
    assert status == 200
    sent = (await bot.connector.wait_for(before + 1))[before:]
    assert all(r.conversation_id == activity["conversation"]["id"] for r in sent), sent
    return sent


def card_inputs(node: Any) -> dict[str, Any]:
    """The values a card's inputs hold, as Teams merges them into an Action.Submit's data."""
    if isinstance(node, dict):
        own = {node["id"]: node.get("value", "")} if str(node.get("type", "")).startswith("Input.") else {}
        return own | {k: v for child in node.values() for k, v in card_inputs(child).items()}
    if isinstance(node, list):
        return {k: v for child in node for k, v in card_inputs(child).items()}
    return {}


def test_the_served_teams_library_is_the_pinned_npm_package(browser_ready: None) -> None:
    """bot/tab/static/vendor/MicrosoftTeams.min.js is committed so that production needs no Node.js and no
    CDN; this proves it is the registry's file of the version package-lock.json pins, byte for byte."""
    served = ROOT / "bot" / "tab" / "static" / "vendor" / "MicrosoftTeams.min.js"
    npm = HERE / "node_modules" / "@microsoft" / "teams-js" / "dist" / "umd" / "MicrosoftTeams.min.js"
    assert hashlib.sha256(served.read_bytes()).hexdigest() == hashlib.sha256(npm.read_bytes()).hexdigest()
    lock = json.loads((HERE / "package-lock.json").read_text("utf-8"))
    pinned = lock["packages"]["node_modules/@microsoft/teams-js"]["version"]
    assert json.loads((HERE / "package.json").read_text("utf-8"))["dependencies"]["@microsoft/teams-js"] == pinned
    licence = (ROOT / "bot" / "tab" / "static" / "vendor" / "MicrosoftTeams.LICENSE.txt").read_text("utf-8")
    assert "MIT License" in licence


async def test_in_production_the_page_loads_the_teams_library_and_asks_to_be_opened_in_teams(
        browser_ready: None, sqlite_url: str, tmp_path: Path, clock: Any, connector: Any) -> None:
    """Outside Teams the production page signs nobody in and says where to open it. The vendored Teams
    library loads under the tab's CSP; the one thing the browser reports is the library's attempt to
    fetch its list of Teams origins from Microsoft's CDN, which the CSP refuses by design (the library
    then uses the list built into the same file)."""
    import aiohttp
    from aiohttp import web

    from bot.app import create_app
    from tests.conftest import make_settings

    async def token() -> str:
        return "outbound-token-from-the-test"

    settings = make_settings(sqlite_url, data_dir=tmp_path / "data", app_id="3f1c2a9e-0b7d-4c55-9a61-2e8f4d6b7c10",
                             app_tenant_id="7d1a3c2b-1111-4e5f-8a9b-000000000001", app_password="not-used",
                             public_url="https://rusbot.example.se")
    app = create_app(settings, clock=clock, token_provider=token)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    try:
        async with aiohttp.ClientSession() as session:
            bot = RunningBot(url=f"http://127.0.0.1:{port}", app=app, session=session, connector=connector,
                             clock=clock)
            report = await drive(bot, [{"kind": "signin", "name": "signin.production", "theme": "dark", "lang": "en",
                                        "axe": True, "screenshot": True}], tmp_path, artifacts())
    finally:
        await runner.cleanup()
    entry = report[0]
    assert not entry.get("error"), entry
    assert "Open the tab in Microsoft Teams" in entry["text"]
    refused = [m for m in entry["messages"] if "res.cdn.office.net/teams-js/validDomains" in m]
    assert refused, "the Teams library did not load (it always tries its CDN list first)"
    assert [m for m in entry["messages"] if m not in refused] == []
    assert not [v for v in entry["axe"] if v["impact"] in SERIOUS], entry["axe"]


async def test_the_channel_tabs_configuration_page_saves_the_chosen_page_with_the_keyboard(
        bot: RunningBot, tmp_path: Path) -> None:
    """/tab/config as Teams shows it when the tab is added to a channel: in each theme Teams reports and
    in the user's locale, with no console error and no serious axe-core violation; every control reached
    with Tab; the page chosen with the arrow keys is what Teams is told to open (setConfig), and the save
    is reported as done. Opened outside Teams it says what it is for."""
    tasks = [{"kind": "config", "name": f"config.{theme}", "teams": {"theme": theme, "locale": "sv-se"},
              "choose": 3, "keyboard": theme == "default", "axe": True, "screenshot": True}
             for theme in ("default", "dark", "contrast")]
    tasks += [{"kind": "config", "name": "config.en", "teams": {"theme": "default", "locale": "en-us"}, "choose": 1,
               "axe": True, "screenshot": True},
              {"kind": "config", "name": "config.outside", "theme": "dark", "axe": True, "screenshot": True}]
    report = await drive(bot, tasks, tmp_path, artifacts())
    by_name = {entry["name"]: entry for entry in report}
    # Outside Teams the real library loads and tries its CDN list of Teams origins, which the CSP refuses by
    # design (as on the production sign-in page); nothing else may be reported.
    outside = by_name["config.outside"]
    refused = [m for m in outside["messages"] if "res.cdn.office.net/teams-js/validDomains" in m]
    outside["messages"] = [m for m in outside["messages"] if m not in refused]
    problems = [p for entry in report for p in problems_of(entry)]
    assert not problems, "\n".join(problems)
    for theme in ("default", "dark", "contrast"):
        entry = by_name[f"config.{theme}"]
        assert entry["theme"] == theme and entry["lang"] == "sv" and entry["valid"] is True, entry
        assert entry["saved"] is True, entry
        url = entry["config"]["contentUrl"]
        assert url == f"{bot.url}/tab/?page=meetings" and entry["config"]["websiteUrl"] == url
        assert entry["config"]["entityId"] == "rusbot-meetings"
        assert entry["config"]["suggestedDisplayName"] == "RUS: Möten och påminnelser"
        assert "Vilken sida ska fliken öppna?" in entry["text"]
        assert _size(entry["png"]) > 3000
    keyboard = by_name["config.default"]["keyboard"]
    assert keyboard["controls"] == 1 and keyboard["missed"] == [], keyboard      # the radio group: one Tab stop
    english = by_name["config.en"]
    assert english["lang"] == "en" and "Which page should the tab open?" in english["text"]
    assert english["config"]["contentUrl"].endswith("/tab/?page=remissvar")
    assert english["config"]["suggestedDisplayName"] == "RUS: Responses"
    assert "Den här sidan används när fliken läggs till i en kanal" in outside["text"] and "config" not in outside
