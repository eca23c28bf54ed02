"""Round 27 (r27-time): timeline premises and parts of messages left out, in new wordings."""
from __future__ import annotations

import datetime as dt

import pytest

from rusbot.answers.engine import AnswerEngine
from rusbot.process.loader import load_process


@pytest.fixture(scope="module")
def engine() -> AnswerEngine:
    return AnswerEngine(load_process())


def _ask(engine: AnswerEngine, q: str, day: str = "2021-04-20") -> str:
    return engine.answer(q, dt.datetime.fromisoformat(f"{day}T10:00:00+02:00")).text


def test_second_premise_consultation_month_corrected(engine: AnswerEngine) -> None:
    text = _ask(engine, "Någon sa att det blir en helt ny strategi och att kommunerna får remissen i juli. "
                        "Stämmer det?", "2021-01-10")
    assert "inte en ny RUS" in text
    assert "mitten av juni" in text and "inte från juli" in text


def test_check_in_month_claimed_beside_decider(engine: AnswerEngine) -> None:
    text = _ask(engine, "Min kollega tror att avstämningen med partnerskapet låg i februari och att "
                        "länsstyrelsen fattar beslutet. Stämmer det?", "2021-05-10")
    assert "11 mars 2021" in text and "inte i februari" in text


def test_check_in_month_english(engine: AnswerEngine) -> None:
    text = _ask(engine, "I was told the check-in with the partnership happens in May, is that right?", "2021-02-01")
    assert "11 March 2021" in text and "not in May" in text


def test_consultation_month_inside_its_span_not_corrected(engine: AnswerEngine) -> None:
    # "pågår i augusti" is right as far as it goes: no "inte från augusti".
    text = _ask(engine, "Stämmer det att remissen pågår i augusti?", "2021-05-10")
    assert "inte från augusti" not in text


def test_there_points_back_to_the_meeting_told(engine: AnswerEngine) -> None:
    text = _ask(engine, "Jag missade mötet på KC/RD i december. Vad kom man fram till där? Och är det sant att "
                        "kommunerna bad om remiss till oktober?", "2021-02-02")
    assert "enkel process" in text or "Fas 1" in text
    assert "september" in text
