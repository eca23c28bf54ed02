"""Issue 9, after batch 72's scores: "until a holiday" asks how long a step lasts – its last day against the holiday's –
not whether it starts before it. "Stämmer det att … remissen ska pågå … fram till jul?" had "Ja: remissens start är
… före julafton" (b72 #5). Asked in other words than that batch; "måste vi svara till jul?" (a deadline) is left."""

from __future__ import annotations

import pytest

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at


@pytest.mark.parametrize("question", [
    "Är remissen öppen till jul?",
    "Vi hörde att remissen löper ända till nyår, stämmer det?",
    "Stämmer det att remissen ska pågå hela hösten fram till jul?",
])
def test_a_step_said_to_last_until_a_later_holiday_is_denied_with_its_last_day(engine: AnswerEngine,
                                                                               question: str) -> None:
    a = engine.answer(question, at(2021, 5, 21))
    assert a.text.startswith("Nej: remissen pågår enligt tidplanen till och med torsdag 30 september 2021"), a.text


def test_english_until_christmas(engine: AnswerEngine) -> None:
    a = engine.answer("Is the consultation open until Christmas?", at(2021, 5, 21))
    assert a.text.startswith("No: according to the timeline the consultation runs until Thursday 30 September"), a.text


def test_answering_until_a_holiday_after_the_last_day_needs_an_extension(engine: AnswerEngine) -> None:
    a = engine.answer("Kan vi lämna remissvar fram till jul?", at(2021, 5, 21))
    assert a.text.startswith("Nej: remissens sista dag är torsdag 30 september 2021"), a.text
    assert "anstånd" in a.text, a.text


def test_lasting_past_an_earlier_holiday_is_yes(engine: AnswerEngine) -> None:
    a = engine.answer("Pågår remissen till midsommar?", at(2021, 5, 21))
    assert a.text.startswith("Ja: remissen pågår enligt tidplanen till och med torsdag 30 september 2021"), a.text


def test_a_deadline_by_the_holiday_is_still_read_as_before(engine: AnswerEngine) -> None:
    a = engine.answer("Måste vi svara till jul?", at(2021, 5, 21))
    assert a.text.startswith("Ja: remissens sista dag är torsdag 30 september 2021, före julafton"), a.text
