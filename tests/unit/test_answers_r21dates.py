"""Readings of time (round 21, blind batches 39–40): a month in the year meant, a holiday ending in a month, the
compound check-in, the gap between two steps, a forum's input not a decision, and no misfired "has it happened"."""

from __future__ import annotations

import datetime as dt

from rusbot.answers.engine import AnswerEngine
from rusbot.clock import STOCKHOLM
from rusbot.process.loader import load_process
from tests.unit.answering import at


def test_a_month_asked_now_is_this_years_not_the_plans_earlier_one(engine: AnswerEngine) -> None:
    text = engine.answer("Är det remissen eller beslutet som pågår nu i december?", at(2021, 12, 2)).text
    assert "december 2020" not in text.split("\n")[0]
    assert "Medskick" not in text.split("\n")[0]


def test_a_holiday_ending_in_a_month_is_that_month_not_the_autumn(engine: AnswerEngine) -> None:
    text = engine.answer("Kan vi skicka vårt svar när semestern är slut, efter semestern i augusti alltså?",
                         at(2021, 6, 10)).text
    assert "december" not in text
    assert "30 september 2021" in text


def test_a_span_running_past_the_last_day_is_never_fine_as_a_whole(engine: AnswerEngine) -> None:
    text = engine.answer("Går det bra att lämna remissvar någon gång september–november?", at(2021, 8, 2)).text
    assert "går bra så länge" not in text


def test_days_to_a_compound_check_in_count_to_the_check_in(engine: AnswerEngine) -> None:
    text = engine.answer("Hur många dagar har vi kvar till partnerskapsavstämningen i mars?", at(2021, 3, 1)).text
    assert text.startswith("**10 dagar**")
    assert "11 mars 2021" in text


def test_the_gap_between_the_check_in_and_the_consultation_is_about_three_months(engine: AnswerEngine) -> None:
    text = engine.answer("Hur lång tid går det mellan avstämningen i mars och att remissen startar?",
                         at(2021, 2, 20)).text
    assert "ungefär 3 månader" in text.split(".")[0] + text
    assert "mitten av juni 2021" in text
    assert "dagar" not in text.split("\n")[0]          # no exact count from an inexact start


def test_the_gap_to_the_consultations_last_day_is_counted_exactly(engine: AnswerEngine) -> None:
    text = engine.answer("How many days are there between the check-in and the last day of the consultation?",
                         at(2021, 2, 20)).text
    assert text.startswith("**203 days**")


def test_how_long_the_consultation_runs_asked_by_pronoun_is_not_unknown(engine: AnswerEngine) -> None:
    text = engine.answer("Vi undrar när remissen kommer ut och hur länge pågår den sedan?", at(2021, 4, 2)).text
    assert "vet jag inte" not in text
    assert "september" in text


def test_decided_at_the_forums_meeting_is_answered_with_its_input(engine: AnswerEngine) -> None:
    text = engine.answer("Fastställdes tidplanen när KC/RD möttes i december 2020?", at(2021, 3, 3)).text
    assert text.startswith("Det säger inte underlaget")
    assert "medskick" in text and "förslaget till tidplan" in text
    assert "regionfullmäktige" not in text.split("\n")[0]


def test_the_council_adopting_in_a_month_is_not_the_forums_input(engine: AnswerEngine) -> None:
    text = engine.answer("Was RUS approved by the regional council in January?", at(2021, 3, 3)).text
    assert "KC/RD" not in text


def test_who_decides_beside_an_unsure_aside_has_no_has_it_happened_opener(engine: AnswerEngine) -> None:
    text = engine.answer("Min chef blev förvirrad av allt prat. Vilket organ är det som tar beslutet om RUS till "
                         "slut, och vad gör partnerskapet?", at(2021, 5, 3)).text
    assert "om det har skett" not in text
    assert "Regionfullmäktige" in text


def test_will_it_be_decided_is_the_plan_not_an_outcome(engine: AnswerEngine) -> None:
    text = engine.answer("Will the updated strategy be decided by the regional board or the council?",
                         at(2021, 9, 1)).text
    assert "whether it has happened" not in text


def test_when_the_consultation_starts_is_answered_though_after_the_summer_is_told_beside_it() -> None:
    engine = AnswerEngine(load_process())
    text = engine.answer("Styrelsen undrar om vi får tycka till före sommaren eller först efter. När startar remissen "
                         "och hur länge håller den på?", dt.datetime(2021, 4, 12, 10, tzinfo=STOCKHOLM)).text
    assert "mitten av juni 2021" in text and "30 september 2021" in text and "efter remissen följer" not in text
