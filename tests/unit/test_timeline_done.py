"""After a planned date the bot may say what was planned, never that it happened: only timeline
items the process file marks `happened` (from the source) are done. Without RUSBOT_NOW, after 2021,
the timeline ticked the council's decision as done although nothing says it happened."""

from __future__ import annotations

import datetime as dt

import pytest

from bot import cards
from rusbot.answers.timeline import place, timeline_view
from rusbot.clock import STOCKHOLM
from rusbot.process.loader import load_process
from rusbot.process.model import Process


@pytest.fixture(scope="module")
def process() -> Process:
    return load_process()


def at(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=STOCKHOLM)  # type: ignore[misc]


def test_only_what_the_source_reports_is_done_long_after_the_plan(process: Process) -> None:
    view = timeline_view(process, at(2025, 12, 2, 10), "sv")
    assert view.after_plan and all(e.status == "past" for e in view.entries)
    assert {e.id for e in view.entries if e.done} == {"kcrd-december-2020", "kcrd-januari-2021"}
    decision = next(e for e in view.entries if e.id == "beslut-rf")
    assert not decision.done
    card = cards.timeline_card(view, "sv")
    lines = card["fallbackText"].splitlines()
    assert "– Politiskt beslut i regionfullmäktige (planerat): Politiskt beslut i regionfullmäktige (RF)." in lines
    assert "– Uppdaterad RUS klar (slutet av 2021, planerat): En uppdaterad RUS ska vara klar i slutet av 2021." \
        in lines
    assert any(line.startswith("✓ Medskick från KC/RD (december 2020)") for line in lines)
    assert sum(line.startswith("✓") for line in lines) == 2
    assert "Jag vet vad som var planerat, inte vad som faktiskt har hänt." in card["fallbackText"]


def test_a_passed_meeting_is_planned_not_held(process: Process) -> None:
    placed = {p.item_id: p for p in place(process, dt.date(2021, 7, 1))}
    assert placed["avstamning-11-mars"].status == "past" and not placed["avstamning-11-mars"].done
    assert placed["kcrd-december-2020"].done
    english = cards.timeline_card(timeline_view(process, at(2021, 7, 1, 10), "en"), "en")
    assert "– Check-in with the partnership (11 March 2021, planned)" in english["fallbackText"]
    assert "Every date in the timeline has passed" not in english["fallbackText"]


def test_happened_counts_only_once_its_date_has_passed(process: Process) -> None:
    """What the source reports for December 2020 had not happened on a day in October 2020."""
    placed = {p.item_id: p for p in place(process, dt.date(2020, 10, 1))}
    assert placed["kcrd-december-2020"].status == "upcoming" and not placed["kcrd-december-2020"].done


def test_the_process_file_says_what_happened(process: Process) -> None:
    timeline = process.model_dump()["timeline"]
    marked = [item for item in timeline if item["happened"]]
    decision = process.model_copy(update={"timeline": [
        item.model_copy(update={"happened": item.id == "beslut-rf"}) for item in process.timeline]})
    assert [i["id"] for i in marked] == ["kcrd-december-2020", "kcrd-januari-2021"]
    view = timeline_view(decision, at(2022, 3, 1, 10), "sv")
    assert [e.id for e in view.entries if e.done] == ["beslut-rf"]
