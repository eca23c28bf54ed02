"""After batches 55/56's scores: wrong answers they showed, as mechanisms, tested in new wordings."""
from __future__ import annotations

import datetime as dt

import pytest

from rusbot.answers.engine import AnswerEngine
from rusbot.process.loader import load_process


@pytest.fixture(scope="module")
def engine() -> AnswerEngine:
    return AnswerEngine(load_process())


def _ask(engine: AnswerEngine, q: str, day: str) -> str:
    return engine.answer(q, dt.datetime.fromisoformat(f"{day}T10:00:00+02:00")).text


def test_a_whole_new_regional_development_strategy_is_refuted(engine: AnswerEngine) -> None:
    # The strategy's whole name after "helt ny" is a claim of a new strategy, not agreed with "Ja, … ses över".
    text = _ask(engine, "Vår förvaltningschef påstår att regionen skriver en helt ny regional "
                        "utvecklingsstrategi i år. Är det sant?", "2021-01-20")
    assert text.startswith("Nej – det är inte en ny RUS")
    assert not text.startswith("Ja")


def test_a_whole_new_development_strategy_in_english(engine: AnswerEngine) -> None:
    text = _ask(engine, "Is the region writing a completely new regional development strategy this year?",
                "2021-01-20")
    assert text.startswith("No")
    assert "Yes" not in text.split("\n")[0]


def test_consultation_over_before_a_period_is_no(engine: AnswerEngine) -> None:
    # Whether the consultation ENDS before the period, not whether there is time after it.
    text = _ask(engine, "Blir remissen avslutad före augusti? Vi är lediga hela juli och undrar om vi hinner.",
                "2021-05-20")
    assert text.startswith("Nej – remissen pågår enligt tidplanen till och med 30 september 2021")
    text = _ask(engine, "Will the consultation be finished before August? We are away in July and worry we "
                        "won't make it.", "2021-05-20")
    assert text.startswith("No – according to the timeline the consultation runs through 30 September 2021")


def test_time_after_a_period_is_still_yes(engine: AnswerEngine) -> None:
    text = _ask(engine, "Vi är lediga hela juli, hinner vi ändå svara på remissen?", "2021-05-20")
    assert text.startswith("Ja")


def test_a_count_told_in_another_sentence_is_not_checked_against_a_day(engine: AnswerEngine) -> None:
    # "fem dagar kvar" is the reminder's count of the last day; 8 oktober belongs to another sentence.
    text = _ask(engine, "Påminnelsen i kanalen säger fem dagar kvar. Vår nämnd sammanträder först 8 oktober. "
                        "Vad gör vi?", "2021-09-25")
    assert ": är" not in text and ":  " not in text
    assert not text.startswith(("Nej, 13 dagar", "Ja, 13 dagar"))


def test_a_count_to_a_day_of_the_message_reads_well(engine: AnswerEngine) -> None:
    text = _ask(engine, "är det fyra dagar kvar till 6 oktober?", "2021-09-25")
    assert text.startswith("Nej, 11 dagar kvar: räknat till onsdag 6 oktober 2021.")
    text = _ask(engine, "are there more than three days left until 6 October?", "2021-09-25")
    assert "counted to Wednesday 6 October 2021." in text
