"""Headroom under the memory and start-up budgets (issue 9: ≤ 160 MiB, ≤ 2 s): building the app and
answering a question turn loads none of the modules only rare paths need. Each line below was
measured (README, Figures); an import added at module level to the turn's path brings it back.

A fresh interpreter (a subprocess), because this test process has imported everything already."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Module -> who needs it and what it costs when imported at start.
ONLY_FOR_RARE_PATHS = {
    "botbuilder.dialogs": "the conversational inspel outside Teams (dialogs/flows.py); ~19 MiB with recognizers",
    "recognizers_text": "botbuilder-dialogs' prompts",
    "dialogs.inspel": "the conversational inspel outside Teams",
    "dialogs.state": "the conversational inspel outside Teams",
    "icalendar": "GET /calendar.ics (bot/reminders.py); ~3 MiB",
    "scheduling.calendar": "GET /calendar.ics",
    "rusbot.input.export": "the CSV/XLSX export (bot/exports.py, python -m bot export)",
    "openpyxl": "the XLSX export",
    "PIL": "the Teams app package's icons (python -m bot package)",
    "jsonschema": "checking the Teams app package",
    "bot.teamsapp": "python -m bot package",
    "bot.terminal": "python -m bot chat",
    "rusbot.understanding.train": "training the intent model offline",
    "sklearn": "training only; ~117 MiB",
    "scipy": "training only",
    "pandas": "never",
}

_PROBE = r"""
import asyncio, datetime as dt, json, sys, tempfile

async def main():
    import aiohttp
    from aiohttp import web

    from bot.app import create_app
    from rusbot.clock import STOCKHOLM, ManualClock
    from rusbot.settings import Settings
    from tests import builders as b
    from tests.fakes.connector import FakeConnector

    connector = FakeConnector()
    await connector.start()
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(_env_file=None, database_url=f"sqlite:///{tmp}/rusbot.db", host="127.0.0.1", port=0,
                            scheduler=False, data_dir=tmp)
        app = create_app(settings, clock=ManualClock(dt.datetime(2021, 7, 1, 10, tzinfo=STOCKHOLM)))
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]
        try:
            async with aiohttp.ClientSession() as session:
                for text in ("När stänger remissen?", "hjälp"):
                    activity = b.personal_message(connector.url, text)
                    async with session.post(f"http://127.0.0.1:{port}/api/messages", json=activity) as response:
                        assert response.status == 200, response.status
            replies = len(connector.sent)
        finally:
            await runner.cleanup()
            await connector.stop()
    print(json.dumps({"replies": replies, "modules": sorted(sys.modules)}))

asyncio.run(main())
"""


def _loaded(module: str, modules: list[str]) -> bool:
    return any(m == module or m.startswith(module + ".") for m in modules)


def test_building_the_app_and_answering_a_question_loads_no_rare_path_module() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "MicrosoftAppId": ""}
    result = subprocess.run([sys.executable, "-c", _PROBE], cwd=ROOT, env=env, capture_output=True, text=True,
                            check=False, timeout=120)
    assert result.returncode == 0, result.stderr[-3000:]
    probe = json.loads(result.stdout.strip().splitlines()[-1])
    assert probe["replies"] == 2           # the turns were answered, so their whole path ran
    loaded = {module: why for module, why in ONLY_FOR_RARE_PATHS.items() if _loaded(module, probe["modules"])}
    assert loaded == {}
