"""Time asked against the calendar (round 25): weeks to a window of the plan ahead, the plan's events placed before
or after a holiday with a fixed day (midsommarafton, julafton, nyårsafton, påskdagen), and what is left of a month
told in a message not taken as a count of the consultation's days left."""

from __future__ import annotations

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at


def test_weeks_to_the_opening_window_are_about_weeks_without_a_day(engine: AnswerEngine) -> None:
    text = engine.answer("hur många veckor är det kvar tills remissen börjar?", at(2021, 4, 20)).text
    assert text.startswith("Remissen öppnar enligt tidplanen i mitten av juni 2021, alltså om ungefär 8 veckor"), text
    assert "exakt startdag anges inte" in text


def test_a_window_near_midsummer_is_not_ordered_for_sure(engine: AnswerEngine) -> None:
    text = engine.answer("Öppnar remissen innan eller efter midsommar?", at(2021, 5, 10)).text
    assert text.startswith("Troligen före"), text
    assert "25 juni 2021" in text and "helt säkert" in text


def test_answering_before_a_holiday_is_placed_by_the_last_day(engine: AnswerEngine) -> None:
    text = engine.answer("Behöver vi lämna vårt svar innan midsommar?", at(2021, 6, 1)).text
    assert text.startswith("Nej"), text
    assert "30 september 2021" in text and "midsommarafton" in text


def test_the_last_day_against_christmas(engine: AnswerEngine) -> None:
    text = engine.answer("Is the deadline for responses after Christmas?", at(2021, 7, 1)).text
    assert text.startswith("No"), text
    assert "30 September 2021" in text and "24 December 2021" in text


def test_weeks_left_of_a_month_are_not_a_count_of_days_left(engine: AnswerEngine) -> None:
    text = engine.answer("bara tre veckor kvar av augusti nu, hinner vi få ihop ett remissvar?", at(2021, 8, 10)).text
    assert not text.startswith("Nej"), text
    assert "30 september 2021" in text
