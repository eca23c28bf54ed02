"""Round 16 (issue 9), the process's content and off-topic: what the material says is said first, and what it does
not say is said as not said, not answered with a neighbouring part of the plan. Wordings are our own, of the kinds
batches 29 and 30 found (a reason told as a premise, a day RUS takes effect, who sends the consultation, a theme
near the events behind the review, the strategy's content, the county's own figures)."""

from __future__ import annotations

import pytest

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at


def first(text: str) -> str:
    return text.strip().split("\n")[0]


@pytest.mark.parametrize("question", [
    "Är det sant att remissen går hela september för att företagen ville det?",
    "Förlängdes remisstiden eftersom länsstyrelsen begärde det?",
    "Is it true the consultation runs to September because the university asked for it?",
])
def test_a_reason_told_as_a_premise_is_answered_with_whose_wish_it_was(engine: AnswerEngine, question: str) -> None:
    text = first(engine.answer(question, at(2021, 4, 12)).text).lower()
    assert "kommunerna" in text or "municipalities" in text
    assert "30 september" not in text


@pytest.mark.parametrize("question", [
    "Börjar den nya RUS:en gälla från 1 januari 2022?",
    "Gäller den uppdaterade RUS från årsskiftet?",
    "Does the updated strategy take effect from January 2022?",
])
def test_the_day_rus_takes_effect_is_not_in_the_material(engine: AnswerEngine, question: str) -> None:
    text = engine.answer(question, at(2021, 11, 20)).text
    assert first(text).startswith(("När den uppdaterade RUS börjar gälla står inte", "When the updated RUS takes"))
    assert "2022" not in text


def test_who_sends_the_consultation_is_answered_beside_the_member(engine: AnswerEngine) -> None:
    text = engine.answer("Vi i Kumla har inte sett någon remiss än, vem är det som skickar ut den?",
                         at(2021, 6, 28)).text
    assert "Kumla" in first(text)
    assert "Vem som skickar ut remissen står inte uttryckligen i underlaget" in text and "samordnarna" in text
    # Not asked: the sender line stays out of "same or separate?"
    same = engine.answer("skickas remissen separat till universitetet eller samma som till kommunerna?",
                         at(2021, 6, 28)).text
    assert "avsändare" not in same


@pytest.mark.parametrize("question", [
    "Handlar översynen något om klimatet?",
    "Tar RUS upp miljöfrågor?",
    "Is climate change one of the reasons for the review?",
])
def test_a_theme_near_the_events_is_answered_with_them(engine: AnswerEngine, question: str) -> None:
    text = engine.answer(question, at(2021, 2, 1)).text
    assert "hållbarhet" in text.lower() or "sustainability" in text.lower()
    assert "gröna given" in text or "Green Deal" in text
    assert "Det vet jag inte" not in text


@pytest.mark.parametrize("question", [
    "Vad kostar klimatkompensation för en flygresa?",
    "kan du räkna ut vad 15% av 2,3 miljoner är",
])
def test_no_event_is_offered_for_a_price_or_a_sum(engine: AnswerEngine, question: str) -> None:
    text = engine.answer(question, at(2021, 2, 1)).text
    assert "gröna given" not in text and "hållbarhet" not in text


@pytest.mark.parametrize("question", [
    "Kommer den nya RUS:en ta upp bredbandsutbyggnaden?",
    "Will the updated strategy cover the new railway line?",
    "Vår ordförande frågar: kommer RUS att ta upp riksväg 50?",
])
def test_what_rus_says_on_a_subject_is_not_in_the_material(engine: AnswerEngine, question: str) -> None:
    answer = engine.answer(question, at(2021, 5, 10))
    assert first(answer.text).startswith(("Vad RUS tar upp i sak står inte i underlaget",
                                          "What RUS covers on a subject is not in the material"))
    assert "regionfullmäktige" not in answer.text and "regional council" not in answer.text


@pytest.mark.parametrize("question", [
    "Hur många invånare har länet nu för tiden?",
    "What's the population of the county these days, and how has it changed?",
    "Hur ser arbetslösheten ut i länet just nu?",
])
def test_the_county_s_own_figures_are_off_topic(engine: AnswerEngine, question: str) -> None:
    answer = engine.answer(question, at(2021, 3, 30))
    assert answer.topic == "unknown"
    assert "Skrivfas" not in answer.text and "Writing" not in answer.text


@pytest.mark.parametrize(("question", "event"), [
    ("Is the pandemic actually part of the review?", "pandemic"),
    ("Är digitalisering verkligen en del av översynen?", "Digitalisering"),
])
def test_an_event_asked_as_part_of_the_review_is_no_member(engine: AnswerEngine, question: str, event: str) -> None:
    text = engine.answer(question, at(2021, 3, 26)).text
    assert event in first(text)
    assert "not a member" not in text and "inte med i" not in text


def test_a_process_question_with_a_county_word_stays_a_process_question(engine: AnswerEngine) -> None:
    # "dragningen" is also a briefing; "vilka underlag … statistik" asks about phase 1's material.
    answer = engine.answer("Vad är syftet med dragningen?", at(2021, 2, 15))
    assert answer.topic == "purpose"
