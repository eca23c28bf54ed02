"""Round 23, what the material does answer kept in the answer: the review every mandate period when asked whether
RUS is gone over again, a meeting's date beside the time and place it does not give, what RUS is beside why it
is reviewed, every name of a list that is not a member, and a wrong date beside a member corrected."""
from __future__ import annotations

import datetime as dt

import pytest

from rusbot.answers.answerers import meetings
from rusbot.answers.engine import AnswerEngine
from rusbot.answers.kit import Asked
from tests.unit.answering import at


@pytest.mark.parametrize("question", [
    "Blir det en ny översyn av strategin framöver?",
    "Kommer RUS revideras igen längre fram?",
    "Will RUS be reviewed again in the future?",
])
def test_reviewed_again_is_answered_by_the_mandate_period(engine: AnswerEngine, question: str) -> None:
    text = engine.answer(question, at(2021, 12, 20)).text
    assert "mandatperiod" in text or "mandate period" in text, text


def test_hej_igen_is_no_question_of_a_review_again(engine: AnswerEngine) -> None:
    text = engine.answer("Hej igen! Vem fattar beslut om den uppdaterade RUS:en?", at(2021, 10, 1)).text
    assert "mandatperiod" not in text, text


def test_other_question_beside_the_review_again_is_said_unknown(engine: AnswerEngine) -> None:
    text = engine.answer("Vilket år är riksdagsvalet? Och kommer RUS ses över igen efter valet?", at(2021, 11, 1)).text
    assert "mandatperiod" in text and "Det vet jag inte" in text, text


def test_meeting_date_is_said_beside_the_time_and_place_not_given(engine: AnswerEngine) -> None:
    # Read as outside the material (the model's reading of such a message), the date the timeline gives is said.
    q = ("Jag företräder kommunen på avstämningen med partnerskapet. Vilket datum är den, vilken tid börjar "
         "den och var hålls den?")
    u = engine.understand(q, dt.date(2021, 2, 1))
    asked = Asked(text=q, intent="out_of_scope", confidence=0.8, entities=u.entities, today=dt.date(2021, 2, 1),
                  language="sv")
    found = meetings.details_with_date(engine.kit, asked)
    assert found is not None and "11 mars 2021" in found.text and "anges inte" in found.text, found


def test_what_rus_is_leads_beside_why_it_is_reviewed(engine: AnswerEngine) -> None:
    text = engine.answer("Hej! Vad är RUS egentligen, och varför görs översynen just nu?", at(2021, 2, 1)).text
    assert "utvecklingsstrategi" in text and "omvärlden" in text, text


def test_vision_of_rus_is_not_asked_what_rus_is(engine: AnswerEngine) -> None:
    text = engine.answer("Vad är RUS:ens vision?", at(2021, 7, 1)).text
    assert "utvecklingsstrategi" not in text, text


def test_an_included_stranger_and_a_wrong_date_are_both_corrected(engine: AnswerEngine) -> None:
    q = ("Är det rätt att partnerskapet består av alla kommuner i länet inklusive Köping, plus Länsstyrelsen, "
         "Handelskammaren, RF-SISU och universitetet? Och att remissen öppnar 3 juni?")
    text = engine.answer(q, at(2021, 2, 15)).text
    assert "**Köping**" in text and "inte den 3 juni" in text, text


def test_a_year_of_the_askers_own_plan_is_no_year_given_for_ready(engine: AnswerEngine) -> None:
    q = "Är strategin färdig nu? Vi vill nämligen citera den i vår budget för 2022."
    text = engine.answer(q, at(2021, 12, 10)).text
    assert not text.startswith("Nej") and "Korta ledtider" not in text, text


def test_difference_from_the_current_strategy_is_what_is_kept_and_updated(engine: AnswerEngine) -> None:
    text = engine.answer("Vad skiljer den nya versionen från nuvarande RUS?", at(2021, 11, 10)).text
    assert "Strukturen i nuvarande RUS behålls" in text and "står inte i underlaget" in text, text


def test_a_comparison_with_other_counties_is_said_not_to_be_in_the_material(engine: AnswerEngine) -> None:
    text = engine.answer("Vad är skillnaden mellan er RUS och hur övriga län gör sina planer?", at(2021, 4, 1)).text
    assert text.startswith("Det vet jag inte") and "andra län" in text, text
