"""Round 20: the content asked is answered, not a neighbouring answer (blind batches 37–38): a word of one working
principle, a forum's input in the month named, a meeting's outcome asked in the past tense on its day, the step
named after "following"/"när … klar" rather than a "when" that asks a time. New wordings, not the batches'."""

from __future__ import annotations

import pytest

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at


def test_a_word_of_one_principle_asked_is_that_principle_and_no_more_is_said(engine: AnswerEngine) -> None:
    text = engine.answer("Vad menas med att arbetet ska vara utmaningsdrivet?", at(2021, 5, 3)).text
    assert text.startswith("Underlaget förklarar inte «utmaningsdrivet» närmare")
    assert "Tänka tillsammans, över organisationer, utmaningsdrivet" in text and "Agil process" not in text


def test_how_the_work_is_done_is_still_the_principles(engine: AnswerEngine) -> None:
    text = engine.answer("Hur jobbar ni tillsammans över organisationerna i den här processen?", at(2021, 5, 3)).text
    assert "Underlaget förklarar inte" not in text


def test_the_material_named_by_the_asker_is_no_word_to_explain(engine: AnswerEngine) -> None:
    text = engine.answer("Vad betyder medskick? Ordet dyker upp i underlaget hela tiden.", at(2021, 2, 2)).text
    assert "«underlaget»" not in text and text.startswith("Medskick och inspel är")


def test_a_forums_input_in_the_month_named_is_that_months_input(engine: AnswerEngine) -> None:
    text = engine.answer("Vad innebar KC/RD:s medskick i december 2020?", at(2021, 2, 2)).text
    assert text.startswith("KC/RD gav medskick i december 2020: en enkel process")
    text = engine.answer("Vad innebar medskicken för KC/RD i januari?", at(2021, 2, 2)).text
    assert text.startswith("I januari 2021 presenterades förslaget till tidplan") and "september" in text


@pytest.mark.parametrize("question", ["Hur gick avstämningen med partnerskapet i dag?",
                                      "How did today's check-in with the partnership go?"])
def test_the_outcome_of_todays_meeting_asked_in_the_past_tense_is_not_known(engine: AnswerEngine,
                                                                            question: str) -> None:
    text = engine.answer(question, at(2021, 3, 11, 18)).text
    assert text.startswith(("Vad som kom fram eller beslutades på mötet står inte i underlaget",
                            "What came out of the meeting or was decided there is not in the material"))


def test_the_step_named_after_following_is_the_anchor_not_a_when_asking_a_time(engine: AnswerEngine) -> None:
    text = engine.answer("What are the next steps following the check-in, and when will the consultation be opened?",
                         at(2021, 3, 11, 18)).text
    assert text.startswith("After the check-in with the partnership the timeline has:")
    assert "Writing and updates" in text


def test_what_to_do_once_the_consultation_is_over_is_what_follows_it(engine: AnswerEngine) -> None:
    text = engine.answer("vad gör vi nu när remissen är klar då?", at(2021, 10, 12)).text
    assert text.startswith("Efter remiss till Partnerskapet för regional utveckling kommer enligt tidplanen:")
    assert "Politisk förankring i nämnderna" in text


def test_a_summary_of_what_happened_is_the_plan_said_to_be_the_plan(engine: AnswerEngine) -> None:
    text = engine.answer("Gott nytt år snart! Sammanfatta gärna vad som hände med RUS under 2021.",
                         at(2021, 12, 28)).text
    assert text.startswith("Jag känner planen, inte hur arbetet faktiskt gick; enligt planen:")
    assert "slutet av 2021" in text


def test_what_a_member_is_to_do_in_months_named_is_the_plan_of_those_months(engine: AnswerEngine) -> None:
    text = engine.answer("Länsstyrelsen här – vad förväntas vi göra under december och januari?", at(2020, 11, 20)).text
    assert "December 2020 – januari 2021" in text and "Medskick för KC/RD" in text
    assert "Tidplanen säger inte att ni som medlem ska göra något särskilt" in text


@pytest.mark.parametrize("question", ["Hur långt har arbetet med strategin kommit?",
                                      "hur långt har ni kommit med uppdateringen nu?"])
def test_progress_asked_is_said_to_be_unknown_before_the_plan_now(engine: AnswerEngine, question: str) -> None:
    text = engine.answer(question, at(2021, 11, 9)).text
    assert text.startswith(("Hur långt arbetet faktiskt har kommit vet jag inte",
                            "How far the work has actually come I don't know"))
