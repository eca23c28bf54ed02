"""Round 22: asking how to use one of the bot's own features – a coordinator command named in quotes, an extension
without the word, all responses wanted in a file, a question with two options for the partnership, whether the bot
stays – is answered with that feature's command (the command table, README "In Teams"), not a neighbour's answer or
the stock help text (blind batches 40 #95, 41 #47, #48, #56, #59, 42 #67, #75)."""
from __future__ import annotations

import datetime as dt

import pytest

from rusbot.answers.engine import AnswerEngine
from rusbot.clock import STOCKHOLM

SEPTEMBER = dt.datetime(2021, 9, 23, 10, tzinfo=STOCKHOLM)
APRIL = dt.datetime(2021, 4, 20, 10, tzinfo=STOCKHOLM)


@pytest.mark.parametrize("question", [
    "Jag skrev 'export' i chatten och fick ett märkligt svar tillbaka, vad är det för kommando?",
    "Varför säger boten nej när jag skriver \"möten\"?",
])
def test_a_coordinator_command_named_is_said_to_be_theirs(engine: AnswerEngine, question: str) -> None:
    text = engine.answer(question, SEPTEMBER).text
    assert "samordnarnas kommandon" in text
    assert "bara för samordnarna" in text


def test_an_extension_without_the_word_gets_the_command(engine: AnswerEngine) -> None:
    text = engine.answer("Lindesberg vill ha till 12 oktober på sig. Hur lägger jag in det?", SEPTEMBER).text
    assert text.startswith("Som samordnare skriver du **anstånd Lindesberg 2021-10-12**")


def test_all_responses_in_a_file_is_the_export(engine: AnswerEngine) -> None:
    text = engine.answer("Skrivgruppen vill ha alla remissvar samlade i ett dokument", SEPTEMBER).text
    assert "**export**" in text


@pytest.mark.parametrize("question", [
    "Hur gör jag om jag vill låta partnerskapet rösta om en fråga med tre alternativ?",
    "Jag vill skicka en fråga med två alternativ till alla i partnerskapet, hur?",
])
def test_a_question_with_options_for_the_partnership_is_a_poll(engine: AnswerEngine, question: str) -> None:
    text = engine.answer(question, APRIL).text
    assert text.startswith("Skriv **omröstning")
    assert "Jag kan svara på frågor om" not in text


def test_whether_the_bot_stays_is_not_known(engine: AnswerEngine) -> None:
    text = engine.answer("Finns boten kvar när uppdateringen är klar?", APRIL).text
    assert text.startswith("Det vet jag inte")
    assert "samordnarna" in text


def test_what_a_coordinator_can_do_in_other_words(engine: AnswerEngine) -> None:
    text = engine.answer("Berätta vad vi som samordnare kan göra i boten", APRIL).text
    assert "**status**" in text and "**export**" in text and "**omröstning" in text
