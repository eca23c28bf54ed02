"""Issue 9, round 30 (r30-premise): wrong dates, weekdays and bodies put up for checking, pronouns pointing back at
the meeting or the consultation, and a meeting asked to be made (blind batches 59–60). Each test asks in other words
than those batches."""

from __future__ import annotations

import pytest

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at


@pytest.mark.parametrize("question", [
    "check-in med partnerskapet blir väl tisdag 9 mars?",
    "Partnerskapsavstämningen är väl 25 mars? Jag är bortrest i början av mars.",
    "Vi ska anmäla två personer till avstämningen. Den är väl 15 april?"])
def test_a_wrong_day_of_the_check_in_is_corrected_first(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 2, 10))
    assert a.text.startswith(("Nej – **Avstämning med partnerskapet**", "Hej! Nej – **Avstämning")), a.text
    assert "torsdag 11 mars 2021" in a.text.split("\n\n")[0], a.text


def test_a_body_the_plan_does_not_name_in_a_list_to_confirm_is_refuted(engine: AnswerEngine) -> None:
    a = engine.answer("Kan ni bekräfta följande: remiss juni–september, beslut i regionstyrelsen i december?",
                      at(2021, 10, 5))
    assert "regionfullmäktige" in a.text and "regionstyrelsen nämns inte" in a.text, a.text
    assert a.text.startswith("Nej"), a.text


def test_after_it_is_the_consultation_named_before(engine: AnswerEngine) -> None:
    a = engine.answer("Remissen öppnar i juni, eller hur? Och efter den går texten väl direkt till regionfullmäktige?",
                      at(2021, 4, 20))
    assert "Nej – inte direkt: efter remissen" in a.text, a.text


def test_until_it_comes_counts_to_the_consultations_start(engine: AnswerEngine) -> None:
    a = engine.answer("I väntan på remissen: hur många veckor är det kvar tills den kommer?", at(2021, 5, 4))
    assert "Remissen öppnar enligt tidplanen i mitten av juni 2021" in a.text and "6 veckor" in a.text, a.text


def test_midsummer_of_something_else_is_not_compared_with_the_consultation(engine: AnswerEngine) -> None:
    a = engine.answer("tror du vaccinet finns till midsommar?", at(2021, 5, 20))
    assert "midsommar" not in a.text and a.text.startswith("Det vet jag inte"), a.text


@pytest.mark.parametrize("question", ["skapa avstämningen den 11 mars som ett möte, kl 13", "please add the check-in "
                                      "on 11 March as a meeting"])
def test_a_meeting_asked_to_be_made_points_to_the_coordinators_command(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 3, 1))
    assert "**nytt möte**" in a.text or "**new meeting**" in a.text, a.text
    assert "11 mars 2021" in a.text or "11 March 2021" in a.text, a.text


@pytest.mark.parametrize("question", ["Kan du boka en sal till avstämningen?", "Kan du boka in mig på avstämningen?"])
def test_booking_something_else_than_the_meeting_is_not_making_one(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 3, 1))
    assert not a.text.startswith("Det gör jag inte av ett vanligt meddelande"), a.text


def test_the_strategy_said_decided_in_a_month_gets_the_plans_no_month(engine: AnswerEngine) -> None:
    a = engine.answer("Kan vi skriva i nyhetsbrevet att RUS:en antas i december?", at(2021, 8, 20))
    assert a.text.startswith("Det vet jag inte: tidplanen anger inget eget datum"), a.text
    assert "slutet av 2021" in a.text, a.text


@pytest.mark.parametrize("question", ["sista dagarna på remissen nu va? styrelsen har inte hunnit behandla svaret, vad "
                                      "gör vi?", "vecka 39 nu, remissen slutar snart? vi har inte fått det klart "
                                      "politiskt, vad ska vi göra"])
def test_a_response_not_ready_in_time_is_told_the_extension(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 9, 27))
    assert "anstånd" in a.text and "samordnarna" in a.text, a.text


def test_each_date_of_a_list_to_confirm_is_answered(engine: AnswerEngine) -> None:
    a = engine.answer("Stämmer följande: check-in med partnerskapet 11 mars och remiss från maj till och med "
                      "september?", at(2021, 12, 1))
    assert a.text.startswith("Nej – remissen"), a.text
    assert "Ja – **Avstämning med partnerskapet**" in a.text, a.text


@pytest.mark.parametrize(("question", "said"), [
    ("check-in med partnerskapet är väl måndag 11 mars?", "inte måndag 11 mars"),
    ("sista dagen för remissen blir väl onsdag 30 september?", "inte onsdag 30 september")])
def test_a_wrong_weekday_with_the_right_date_is_no_yes(engine: AnswerEngine, question: str, said: str) -> None:
    a = engine.answer(question, at(2021, 2, 4))
    assert a.text.startswith("Nej"), a.text
    assert said in a.text.split("\n\n")[0], a.text
