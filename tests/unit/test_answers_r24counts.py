"""Counts and comparisons of time asked of the plan's events (round 24): the count in the unit asked, a comparison
answered yes or no, a count put forward between two events checked, a period counted from today, and the steps
between two named events. Windows ("mitten av juni") stay windows."""

from __future__ import annotations

import pytest

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at


def test_weeks_since_the_check_in_are_counted_in_weeks(engine: AnswerEngine) -> None:
    text = engine.answer("Hur många veckor har gått sedan partnerskapet hade sin avstämning?", at(2021, 4, 15)).text
    assert text.startswith("För **5 veckor (35 dagar)** sedan"), text
    assert "11 mars 2021" in text


def test_weeks_ago_in_english(engine: AnswerEngine) -> None:
    text = engine.answer("How many weeks ago did we have the check-in?", at(2021, 4, 8)).text
    assert text.startswith("**4 weeks (28 days)** ago"), text


def test_how_long_since_the_deadline(engine: AnswerEngine) -> None:
    text = engine.answer("Hur länge sedan var deadline för remissvaren?", at(2021, 10, 20)).text
    assert text.startswith("För **20 dagar"), text
    assert "30 september 2021" in text


def test_months_left_to_the_last_day(engine: AnswerEngine) -> None:
    text = engine.answer("Hur många månader är det kvar tills remissen stänger?", at(2021, 6, 20)).text
    assert text.startswith("**Ungefär 3,4 månader (102 dagar)** kvar"), text


@pytest.mark.parametrize(("question", "lead"), [
    ("Är det mindre än två veckor kvar till sista svarsdag?", "Ja, drygt en vecka (10 dagar) kvar"),
    ("Har det gått mer än en månad sedan avstämningen?", "Nej, knappt 4 veckor (25 dagar) sedan"),
])
def test_a_comparison_is_answered_yes_or_no_with_the_count(engine: AnswerEngine, question: str, lead: str) -> None:
    today = at(2021, 9, 20) if "svarsdag" in question else at(2021, 4, 5)
    text = engine.answer(question, today).text
    assert text.startswith(lead), text


def test_a_day_told_as_today_is_not_the_events_day(engine: AnswerEngine) -> None:
    text = engine.answer("idag är det 2 mars, är det mindre än två veckor kvar till avstämningen?", at(2021, 3, 2)).text
    assert text.startswith("Ja, drygt en vecka (9 dagar) kvar"), text


def test_a_count_between_two_events_put_forward_is_checked(engine: AnswerEngine) -> None:
    text = engine.answer("Stämmer det att det är 150 dagar mellan avstämningen och remissens sista dag?",
                         at(2021, 4, 1)).text
    assert text.startswith("Nej, 203 dagar"), text
    text = engine.answer("Blir det ungefär 29 veckor mellan avstämningen och sista september?", at(2021, 4, 1)).text
    assert text.startswith("Ja"), text


def test_a_count_to_a_window_is_never_a_day_count(engine: AnswerEngine) -> None:
    text = engine.answer("Är det 90 dagar mellan avstämningen och att remissen öppnar?", at(2021, 4, 1)).text
    assert "ungefär" in text.split(".")[0].lower() and "mitten av juni" in text, text
    assert "90 dagar" not in text


def test_a_period_from_today_says_what_the_plan_has_then(engine: AnswerEngine) -> None:
    text = engine.answer("Vad är på gång om två veckor?", at(2021, 6, 1)).text
    assert "mitten av juni 2021" in text and "exakt startdag anges inte" in text, text
    text = engine.answer("What is happening in one week?", at(2021, 3, 4)).text
    assert "11 March 2021" in text, text


def test_the_steps_between_two_events(engine: AnswerEngine) -> None:
    text = engine.answer("Vad sker mellan remissen och förankringen med partnerskapet?", at(2021, 5, 1)).text
    assert text.startswith("Mellan remiss"), text
    assert "Skrivfas och uppdateringar efter remissen" in text


def test_a_count_from_today_put_forward_is_checked(engine: AnswerEngine) -> None:
    text = engine.answer("Det var väl tre veckor sen avstämningen?", at(2021, 4, 22)).text
    assert text.startswith("Nej, 6 veckor (42 dagar) sedan"), text
    text = engine.answer("Two weeks left until the check-in, right?", at(2021, 2, 25)).text
    assert text.startswith("Yes, 2 weeks (14 days) left"), text


def test_what_is_left_of_an_open_consultation_is_to_its_last_day(engine: AnswerEngine) -> None:
    text = engine.answer("Är det mer än tre veckor kvar av remissen?", at(2021, 9, 1)).text
    assert text.startswith("Ja, drygt 4 veckor (29 dagar) kvar"), text
    assert "30 september 2021" in text

