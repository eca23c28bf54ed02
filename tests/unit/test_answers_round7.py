"""Issue 9, round 7: the answer content behind batches 13 and 14's graded failures. Each test asks in
other words than the batch did, so that it checks the behaviour, not one question."""

from __future__ import annotations

import datetime as dt

import pytest

from rusbot.answers.engine import AnswerEngine
from rusbot.clock import STOCKHOLM
from rusbot.process.loader import load_process


def at(y: int, m: int, d: int) -> dt.datetime:
    return dt.datetime(y, m, d, 10, tzinfo=STOCKHOLM)


@pytest.fixture(scope="module")
def engine() -> AnswerEngine:
    return AnswerEngine(load_process())


def first_sentence(text: str) -> str:
    return text.split("\n")[0].split(". ")[0]


def test_why_review_without_a_named_event_leads_with_the_mandate_period(engine: AnswerEngine) -> None:
    # "ny" in the question ("vi har ju en ny") names none of the events, though several say "ny".
    a = engine.answer("varför ska RUS ses över alls, vi har ju en ganska ny?", at(2021, 1, 10))
    assert a.topic == "why_review"
    assert first_sentence(a.text).startswith("RUS ses över varje mandatperiod")
    assert "Det är inte en ny RUS" in a.text
    assert not a.text.startswith("**Ny")


def test_why_review_with_a_named_event_in_a_compound_leads_with_that_event(engine: AnswerEngine) -> None:
    a = engine.answer("Påverkar strukturfondsperioden RUS?", at(2021, 11, 1))
    assert a.text.startswith("**Ny programperiod för strukturfonderna"), a.text
