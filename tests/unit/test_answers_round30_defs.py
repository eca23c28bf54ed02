"""Issue 9, round 30 (r30-defs): what things ARE and WHY – what RUS is, what a word of the glossary means, how often
RUS is reviewed, what drives the review, whether it will look different, what the bot cannot do – answered from the
process file rather than with "Det vet jag inte" or a stock list (blind batches 59–60). Each test asks in other
words than those batches."""

from __future__ import annotations

import pytest

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at


def test_what_rus_is_in_casual_words_says_what_it_is(engine: AnswerEngine) -> None:
    a = engine.answer("hallå, nyanställd – vad e det för rus-sak ni håller på med?", at(2021, 7, 20))
    assert "regionala utvecklingsstrategin" in a.text, a.text
    assert "Det vet jag inte" not in a.text, a.text


def test_what_it_is_after_naming_rus_in_english(engine: AnswerEngine) -> None:
    a = engine.answer('My new manager keeps saying "RUS" in every meeting. What is it, and why does it matter '
                      'now?', at(2021, 2, 3))
    assert "regional development strategy" in a.text, a.text


def test_what_rus_is_why_and_where_now_all_three(engine: AnswerEngine) -> None:
    a = engine.answer("Ny på jobbet: kan du kort säga vad RUS är, varför den ses över och var ni befinner er nu?",
                      at(2021, 9, 1))
    assert "regionala utvecklingsstrategin" in a.text, a.text
    assert "händelser i omvärlden" in a.text, a.text
    assert "Remiss" in a.text and "dagar kvar" in a.text, a.text


def test_a_glossary_phrase_asked_as_a_thing_gets_its_meaning_first(engine: AnswerEngine) -> None:
    a = engine.answer("vad är politisk förankring egentligen?", at(2021, 10, 12))
    assert a.text.startswith("Förankring betyder"), a.text


@pytest.mark.parametrize(("question", "lead"), [
    ("hur många gånger per mandatperiod ses strategin över?", "En gång per mandatperiod"),
    ("How many times per term is the strategy revised?", "Once per mandate period"),
])
def test_how_often_the_review_is_done(engine: AnswerEngine, question: str, lead: str) -> None:
    a = engine.answer(question, at(2021, 11, 2))
    assert a.text.startswith(lead), a.text


def test_how_often_of_check_ins_is_not_the_review(engine: AnswerEngine) -> None:
    a = engine.answer("Hur ofta blir det avstämningar under uppdateringen?", at(2021, 3, 1))
    assert "En gång per mandatperiod" not in a.text, a.text


def test_why_keep_the_structure_is_the_mandate_and_no_more(engine: AnswerEngine) -> None:
    a = engine.answer("varför ska strukturen vara kvar, varför inte börja om från början?", at(2021, 5, 4))
    assert a.text.startswith("Så lyder regionledningens uppdrag"), a.text
    assert "behålla strukturen" in a.text and "Några andra skäl" in a.text, a.text


def test_the_drivers_are_named(engine: AnswerEngine) -> None:
    a = engine.answer("Vad utlöste översynen egentligen?", at(2021, 4, 8))
    assert "gröna given" in a.text, a.text
    assert not a.text.startswith(("Det vet jag inte", "I don't know")), a.text


def test_how_each_driver_changes_the_strategy_is_not_in_the_material(engine: AnswerEngine) -> None:
    a = engine.answer("Which external factors drive the update, and how will each of them affect the strategy?",
                      at(2021, 4, 8))
    assert "Green Deal" in a.text and "is not in the material" in a.text, a.text


def test_will_it_look_completely_different(engine: AnswerEngine) -> None:
    a = engine.answer("Vår nämndordförande är rädd att strategin blir totalt annorlunda. Blir den det? Och vad "
                      "kommer att ändras?", at(2021, 10, 20))
    assert a.text.startswith("Nej – det är inte en ny RUS"), a.text
    assert "behålla strukturen" in a.text and "står inte i underlaget" in a.text, a.text


@pytest.mark.parametrize(("question", "words"), [
    ("vilka frågor kan du inte svara på?", ("inte hjälpa till med", "Samordnarnas egna kommandon")),
    ("What can't the bot do?", ("cannot help with", "coordinators' own commands")),
])
def test_what_the_bot_cannot_do(engine: AnswerEngine, question: str, words: tuple[str, str]) -> None:
    a = engine.answer(question, at(2021, 6, 3))
    assert all(w in a.text for w in words), a.text


def test_why_it_is_updated_beside_a_role_is_the_reviews_reason(engine: AnswerEngine) -> None:
    a = engine.answer("A colleague says Nora kommun is in some partnership for a 'RUS update'. What is this about, why "
                      "is it being updated and what is our role?", at(2021, 2, 15))
    assert a.text.startswith("RUS is the regional development strategy"), a.text
    assert "not given in the material" not in a.text, a.text
    assert "every mandate period" in a.text and "Green Deal" in a.text and "Nora is in" in a.text, a.text


def test_what_this_is_about_after_naming_rus(engine: AnswerEngine) -> None:
    a = engine.answer("Someone at lunch kept talking about RUS and the consultation. What is this about?",
                      at(2021, 2, 15))
    assert "regional development strategy" in a.text, a.text


def test_who_asked_for_the_review_beside_how_often(engine: AnswerEngine) -> None:
    a = engine.answer("I'm a journalist. How often does the region review RUS, and who initiated this update?",
                      at(2021, 1, 20))
    assert "every mandate period" in a.text and "regional leadership has given the mandate" in a.text, a.text
