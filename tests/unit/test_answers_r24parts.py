"""Round 24, batches 45/46: a part of a message left out without a word — a question after the "?" of the first one
(no "?" of its own), and a yes/no question opened by a verb such as "pågår"/"has" read without conviction."""
from __future__ import annotations

import datetime as dt

import pytest

from rusbot.answers.engine import AnswerEngine
from rusbot.clock import STOCKHOLM
from rusbot.process.loader import load_process


def at(year: int, month: int, day: int) -> dt.datetime:
    return dt.datetime(year, month, day, 10, tzinfo=STOCKHOLM)


@pytest.fixture(scope="module")
def engine() -> AnswerEngine:
    return AnswerEngine(load_process())


def test_a_question_after_the_only_question_mark_is_answered(engine: AnswerEngine) -> None:
    text = engine.answer("är avstämningen gjord? va är det för fas nu", at(2021, 3, 20)).text
    assert "11 mars 2021" in text, text
    assert "**Fas 2**" in text, text


def test_a_question_without_its_mark_read_as_the_answered_one_adds_nothing(engine: AnswerEngine) -> None:
    before = engine.answer("status på inspelen?", at(2021, 3, 1)).text
    text = engine.answer("status på inspelen? hur många har lämnat nåt", at(2021, 3, 1)).text
    assert text.count("**status**") == before.count("**status**"), text


def test_a_yes_no_question_opened_by_an_unusual_verb_is_not_dropped(engine: AnswerEngine) -> None:
    text = engine.answer("Jag var bortrest när partnerskapet hade avstämning den 11 april. Var finns det som "
                         "sades där? Och pågår arbetet i fas 1 ännu så vi hinner tycka till?", at(2021, 4, 22)).text
    assert "inte den 11 april 2021" in text, text
    assert "”pågår arbetet i fas 1 ännu så vi hinner tycka till?” – det kan jag inte svara säkert på" in text, text
