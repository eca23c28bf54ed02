"""Round 22, batches 43/44: a part of a long message left out without a word — an "och om vi …"/"and whether …" not
cut off as a question of its own, an event asked of beside a day told, and a yes/no part read by a guess."""
from __future__ import annotations

import datetime as dt

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at


def test_an_event_and_a_decision_asked_beside_a_day_told_are_answered(engine: AnswerEngine) -> None:
    text = engine.answer("Hej! Jag sitter med inför vårt ledningsmöte den 3 mars. Vad ska hända på avstämningen "
                         "11 mars, och om vi som region behöver fatta något beslut innan?", at(2021, 2, 16)).text
    assert "**Avstämning med partnerskapet** – torsdag 11 mars 2021" in text, text
    assert "Regionfullmäktige (RF) fattar det politiska beslutet" in text, text


def test_whether_to_prepare_after_and_is_answered(engine: AnswerEngine) -> None:
    text = engine.answer("Hello! I started at Lindesberg kommun last week. Can you tell me briefly what RUS is, what "
                         "'avstämning' stands for and whether I must prepare something for 11 March?",
                         at(2021, 3, 2)).text
    assert "Prepare:" in text, text


def test_a_guessed_yes_no_part_after_a_corrected_claim_is_said_unsure(engine: AnswerEngine) -> None:
    text = engine.answer("Hej, avstämningen är på torsdag. Kollegan tror att RF då bestämmer vad som ska ändras i "
                         "RUS, är det så? Och ska vi skicka över nåt i förväg?", at(2021, 3, 9)).text
    assert text.startswith("Hej! Nej – Partnerskapet"), text
    assert "”ska vi skicka över nåt i förväg?” – det kan jag inte svara säkert på" in text, text


def test_a_part_the_reply_speaks_of_is_not_said_unsure(engine: AnswerEngine) -> None:
    text = engine.answer("Vilka underlag ska användas i skrivfasen? Ska vi skicka statistik från oss?",
                         at(2021, 4, 8)).text
    assert "inte svara säkert" not in text, text


def test_a_part_not_understood_that_asks_its_own_question_is_said_unsure(engine: AnswerEngine) -> None:
    from dataclasses import replace
    today = dt.date(2021, 3, 1)
    first = "När kommer remissen"
    second = "Vad förväntas vi hinna med under våren"
    parts = [(first, engine.understand(first, today)),
             (second, replace(engine.understand(second, today), sure=False))]
    text = engine._answer_parts(parts, today, "sv").text
    assert "mitten av juni 2021" in text, text
    assert "”Vad förväntas vi hinna med under våren?” – det kan jag inte svara säkert på" in text, text


def test_one_body_or_another_gets_no_bare_yes(engine: AnswerEngine) -> None:
    text = engine.answer("Bestämmer partnerskapet det, eller regionfullmäktige?", at(2021, 5, 4)).text
    assert not text.startswith(("Ja", "Jo")), text
