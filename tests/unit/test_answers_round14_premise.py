"""Round 14: the premise corrector says no only when the question states a wrong value about the same item
(b27 #24, #46, b28 #25, #62), and a verb opening a sentence is not an organisation's name (b27 #100).
Wordings differ from the batches'."""

from __future__ import annotations

import pytest

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at, first_sentence


@pytest.mark.parametrize("question", ["Gäller den 11 mars fortfarande?", "Blir det av den 11 mars?"])
def test_a_meeting_day_asked_about_is_not_corrected_by_the_consultation(engine: AnswerEngine,
                                                                         question: str) -> None:
    a = engine.answer(question, at(2021, 3, 2))
    assert not a.text.startswith(("Nej", "No")) and "remissen har inte öppnat" not in a.text


@pytest.mark.parametrize("question", ["Blir RUS färdig innan 2022?", "Will the updated RUS be ready before 2023?",
                                      "Är uppdateringen klar senast 2022, va?"])
def test_a_year_the_goal_comes_before_is_no_wrong_premise(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 9, 1))
    assert not a.text.startswith(("Nej", "No"))


def test_a_wrong_ready_year_is_still_corrected(engine: AnswerEngine) -> None:
    a = engine.answer("RUS ska väl vara klar 2023?", at(2021, 9, 1))
    assert a.text.startswith("Nej – enligt tidplanen")


@pytest.mark.parametrize("question", ["När antas nya RUS?", "Har nya RUS klubbats än?"])
def test_the_new_rus_as_a_name_for_the_updated_one_is_not_corrected(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 12, 10))
    assert not a.text.startswith("Nej – det är inte en ny RUS")


@pytest.mark.parametrize("question", ["Ska vi skriva en helt ny RUS nu, stämmer det?",
                                      "So it's a completely new RUS this time, right?"])
def test_a_new_strategy_claimed_is_still_corrected(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 2, 10))
    assert a.text.startswith(("Nej – det är inte en ny RUS", "No – "))


@pytest.mark.parametrize("question", ["Finns näringslivet representerat i partnerskapet?"])
def test_business_is_represented_through_the_chamber(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 2, 10))
    assert first_sentence(a.text).startswith(("Ja, genom Handelskammaren", "Yes, through Handelskammaren"))


def test_companies_themselves_still_hear_no(engine: AnswerEngine) -> None:
    a = engine.answer("Är enskilda företag medlemmar i partnerskapet?", at(2021, 2, 10))
    assert a.text.startswith("Nej") and "Handelskammaren" in a.text


@pytest.mark.parametrize("question", [
    "Vi trodde att remissen redan var klar. Verkar som ett misstag, eller?",
    "Hej! Fick ett mejl om remissen i dag. Vad ska vi göra?",
    "Kan vi ändra vårt inspel? Skrev det lite för snabbt.",
])
def test_a_verb_opening_a_sentence_is_not_a_name(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 6, 30))
    assert "inte med i" not in a.text.split("\n")[0] and "**Verkar**" not in a.text and "**Fick**" not in a.text \
        and "**Skrev**" not in a.text


def test_a_place_name_opening_a_question_is_still_a_name(engine: AnswerEngine) -> None:
    for q in ("Hej. Västerås är väl med i partnerskapet?", "Tack! Västerås är med i remissen också?"):
        a = engine.answer(q, at(2021, 2, 10))
        assert "Västerås" in first_sentence(a.text) and a.text.startswith(("Nej", "Hej"))
