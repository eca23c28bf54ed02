"""Issue 9, round 13, the answer side for the timeline, the consultation and the glossary: the kinds of
failure behind batches 25 and 26. Each test asks in other words than the batch did, so that it checks the
kind, not one question."""

from __future__ import annotations

import pytest

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at


@pytest.mark.parametrize("question", [
    "Min chef påstår att regionen tar fram en helt ny RUS med ny struktur. Stämmer det?",
    "Blir det en ny RUS med nya mål nu när det finns ett nytt nationellt mål?",
    "Kan jag skriva i nyhetsbrevet att vi får en ny RUS 2022?"])
def test_a_new_rus_premise_is_corrected_first(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 3, 2))
    first = a.text.removeprefix("Hej! ").split("\n")[0]
    assert first.startswith("Nej – det är inte en ny RUS"), a.text
    assert "strukturen" in first and "slutet av 2021" in first
    assert not a.text.startswith("Ja")


def test_a_new_rus_premise_in_english_is_corrected_first(engine: AnswerEngine) -> None:
    a = engine.answer("Someone told me there will be a brand new RUS with a new structure. Is that right?",
                      at(2021, 3, 2))
    assert a.text.removeprefix("Hi! ").startswith("No – this is not a new RUS"), a.text


def test_a_partner_voting_in_the_regional_council_is_a_no(engine: AnswerEngine) -> None:
    a = engine.answer("Röstar vi på Länsstyrelsen om RUS när regionfullmäktige antar den?", at(2021, 10, 5))
    first = a.text.removeprefix("Hej! ").split("\n")[0]
    assert first.startswith("Nej – det politiska beslutet fattas av regionfullmäktige"), a.text
    assert "Länsstyrelsen är med i Partnerskapet för regional utveckling" in first


def test_an_off_topic_question_with_just_nu_is_not_a_status(engine: AnswerEngine) -> None:
    a = engine.answer("Vilka glasskiosker i Lindesberg har flest smaker just nu?", at(2021, 7, 12))
    assert a.text.startswith("Det vet jag inte"), a.text
    assert "Just nu enligt tidplanen" not in a.text


def test_what_happens_now_keeps_its_status(engine: AnswerEngine) -> None:
    a = engine.answer("Vad händer i processen just nu?", at(2021, 7, 12))
    assert "Just nu enligt tidplanen" in a.text


def test_a_word_asked_about_after_a_report_is_the_one_defined(engine: AnswerEngine) -> None:
    a = engine.answer("I protokollet från KC/RD står det att arbetet ska ske agilt. Vad menas med agil process "
                      "här?", at(2021, 2, 1))
    assert a.text.removeprefix("Hej! ").startswith("Agil process"), a.text


def test_how_many_days_are_left_in_a_phase_counts_to_its_check_in(engine: AnswerEngine) -> None:
    a = engine.answer("Hur många dagar får vi i fas 1 innan partnerskapet stämmer av?", at(2021, 2, 9))
    first = a.text.removeprefix("Hej! ").split("\n")[0]
    assert first.lstrip("*").startswith("30 dagar"), a.text
    assert "11 mars 2021" in first


@pytest.mark.parametrize("question", ["När startar skrivfasen, och hur lång är den?", "När kommer skrivfasen igång?"])
def test_the_writing_phase_has_no_date_of_its_own(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 4, 12))
    assert "inget eget datum" in a.text and "11 mars 2021" in a.text and "mitten av juni 2021" in a.text, a.text
    assert "anges inte" in a.text


def test_a_quote_is_not_made_up(engine: AnswerEngine) -> None:
    a = engine.answer("Till nyhetsbrevet: när pågår remissen och vilka får den? Och skicka med ett citat från "
                      "regiondirektören.", at(2021, 8, 3))
    assert "Ett citat kan jag inte ge" in a.text.split("\n")[0], a.text
    assert "Partnerskapet för regional utveckling" in a.text


def test_a_compilation_of_the_responses_is_not_known(engine: AnswerEngine) -> None:
    a = engine.answer("Kommer det en sammanställning av remissen och när kommer slutliga RUS?", at(2021, 11, 22))
    assert a.text.startswith("Det vet jag inte"), a.text
    assert "slutet av 2021" in a.text
