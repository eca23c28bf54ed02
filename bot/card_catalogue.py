"""Every Adaptive Card the bot can send, with realistic sample data, keyed by name.

The tests check each against the Adaptive Card 1.5 schema, Teams' size limit and the official
renderer (tests/unit/test_cards.py, tests/render/). A feature module that sends cards adds them by
exposing `sample_cards(process, now) -> dict[str, dict]`; its names are prefixed with the module's
name (`questions.<name>`). The cards built in bot/cards.py are listed here under `cards.<name>`.

`python -m bot.card_catalogue OUT_DIR` writes them as JSON files (what tests/render/render.mjs reads).
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from bot import cards
from rusbot.clock import STOCKHOLM
from rusbot.process.model import Language, Process

# Mid-March 2021: the dialogue phase of the 2021 update, with items behind, current and ahead.
SAMPLE_NOW = dt.datetime(2021, 3, 15, 10, 0, tzinfo=STOCKHOLM)
SAMPLE_CALENDAR_URL = "https://rusbot.example.se/calendar/rus-2021.ics"
AFTER_PLAN = dt.datetime(2025, 12, 2, 10, 0, tzinfo=STOCKHOLM)

SampleCards = Callable[[Process, dt.datetime], dict[str, dict[str, Any]]]


def _timeline(process: Process, now: dt.datetime, language: Language, calendar_url: str | None) -> dict[str, Any]:
    from rusbot.answers.timeline import timeline_view

    return cards.timeline_card(timeline_view(process, now, language), language, calendar_url=calendar_url)


def _status_sample(process: Process, language: Language) -> SimpleNamespace:
    """A timeline view with one row of each kind (happened, planned and passed, now, ahead), so the
    styling of all four is always checked, whatever the answers engine makes of the sample date."""
    items = process.timeline[:5]
    statuses = ["past", "past", "current", "upcoming", "upcoming"]
    done = [True, False, False, False, False]
    today = "15 mars 2021" if language == "sv" else "15 March 2021"
    whens = (["januari 2021", "februari 2021", "mars–april 2021", "maj 2021", "juni 2021"] if language == "sv"
             else ["January 2021", "February 2021", "March–April 2021", "May 2021", "June 2021"])
    rows = [SimpleNamespace(name=item.name.get(language), when=when, status=status, done=happened,
                            text=item.text.get(language))
            for item, status, happened, when in zip(items, statuses, done, whens, strict=False)]
    return SimpleNamespace(title=process.title.get(language), today=today, rows=rows)


def long_timeline(process: Process, now: dt.datetime, language: Language, times: int = 10) -> SimpleNamespace:
    """The process's timeline ten times over (done steps first, then now, then ahead): a process file
    that long still gives a card within Teams' limit."""
    from rusbot.answers.timeline import timeline_view

    view = timeline_view(process, now, language)
    rows = list(view.rows)
    past, current = [r for r in rows if r.status == "past"], [r for r in rows if r.status == "current"]
    ahead = [r for r in rows if r.status not in ("past", "current")]
    return SimpleNamespace(title=view.title, today=view.today, rows=past * times + current + ahead * times)


def core_cards(process: Process, now: dt.datetime) -> dict[str, dict[str, Any]]:
    """The cards bot/cards.py builds."""
    return {
        "timeline.sv": _timeline(process, now, "sv", SAMPLE_CALENDAR_URL),
        "timeline.en": _timeline(process, now, "en", None),
        # After the plan: nothing ticked that the process file does not say happened, and a notice.
        "timeline.after-plan.sv": _timeline(process, AFTER_PLAN, "sv", None),
        "timeline.statuses.sv": cards.timeline_card(_status_sample(process, "sv"), "sv",
                                                    calendar_url=SAMPLE_CALENDAR_URL),
        "timeline.statuses.en": cards.timeline_card(_status_sample(process, "en"), "en"),
        "timeline.most.sv": cards.timeline_card(long_timeline(process, now, "sv"), "sv",
                                                calendar_url=SAMPLE_CALENDAR_URL),
    }


def all_cards(process: Process | None = None, now: dt.datetime | None = None) -> dict[str, dict[str, Any]]:
    from bot.features import FEATURES
    from rusbot.process.loader import load_process

    process = process or load_process()
    now = now or SAMPLE_NOW
    result = {f"cards.{name}": card for name, card in core_cards(process, now).items()}
    for feature in FEATURES:
        sample: SampleCards | None = getattr(feature, "sample_cards", None)
        if sample is None:
            continue
        prefix = feature.__name__.rsplit(".", 1)[-1]
        for name, card in sample(process, now).items():
            key = f"{prefix}.{name}"
            if key in result:
                raise ValueError(f"two sample cards named {key!r}")
            result[key] = card
    return result


def write(out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, card in all_cards().items():
        path = out_dir / f"{name}.json"
        path.write_text(json.dumps(card, ensure_ascii=False, indent=2), encoding="utf-8")
        written.append(path)
    return written


if __name__ == "__main__":
    for written_path in write(Path(sys.argv[1] if len(sys.argv) > 1 else "build/cards")):
        print(written_path)
