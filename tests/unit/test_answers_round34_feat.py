"""Issue 9, round 34 (after batches 67–68): the bot's own features answered from README-user – the `personuppgifter`
command asked for, the channel's reminders turned on (`påminnelser här`) and their days, the consultation's document
not in the bot, to whom and in what form a response is given, and what happens to a response once submitted. Asked in
other words than those batches (b67 #50, #52; b68 #51, #73, #92)."""

from __future__ import annotations

import pytest

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at


# -- the personal-data command asked for ("vilket kommando?") -------------------------------------------------------
@pytest.mark.parametrize("question", [
    "Kollegan vill veta vad boten har sparat om honom, vilket kommando ska jag köra?",
    "Vilket kommando ska jag använda när någon vill veta vad boten lagrat om dem?",
    "somebody asked what the bot stores about her. which command do I use?",
])
def test_privacy_command_named(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 11, 8))
    assert a.text.startswith(("**personuppgifter**", "**personal data**")), a.text
    assert "samordnar" in a.text or "coordinator" in a.text, a.text


def test_status_command_still_status(engine: AnswerEngine) -> None:
    a = engine.answer("Vilket kommando visar vilka som har svarat på remissen?", at(2021, 9, 1))
    assert "**status**" in a.text and "**personuppgifter**" not in a.text, a.text


# -- the channel's reminders turned on ("hur får jag boten att skicka påminnelser i kanalen?") -----------------------
@pytest.mark.parametrize("question", [
    "Jag är en av samordnarna nu. Hur får jag boten att posta påminnelser i vår kanal innan remissen stänger?",
    "I'm one of the coordinators. How do I get the bot to send reminders to our channel before the deadline?",
    "jag e en av samordnarna, hur ställer jag in så att påminnelserna kommer i projektkanalen inför sista dagen?",
])
def test_channel_reminders_turned_on(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 6, 24))
    assert "**påminnelser här**" in a.text or "**reminders here**" in a.text, a.text
    assert "**påminnelser av**" not in a.text and "**reminders off**" not in a.text, a.text
    assert "16 september 2021" in a.text or "16 September 2021" in a.text, a.text


def test_channel_reminders_still_turned_off(engine: AnswerEngine) -> None:
    a = engine.answer("stäng av påminnelserna i kanalen", at(2021, 6, 24))
    assert "**påminnelser av**" in a.text and "**påminnelser här**" not in a.text, a.text


# -- where the consultation's document is found: not in the bot -----------------------------------------------------
@pytest.mark.parametrize("question", [
    "Var kan jag läsa remissen?",
    "Where can I find the consultation document?",
    "är remissen ute nu? var hittar man den i så fall",
])
def test_consultation_document_not_in_the_bot(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 6, 20))
    assert "finns inte i boten" in a.text or "not in the bot" in a.text, a.text
    assert "**remissvar**" in a.text or "**response**" in a.text, a.text
    assert a.confident


def test_where_the_response_is_given_unchanged(engine: AnswerEngine) -> None:
    a = engine.answer("Var lämnar vi remissvaret?", at(2021, 6, 20))
    assert "finns inte i boten" not in a.text, a.text


# -- to whom and in what form a response is given -------------------------------------------------------------------
@pytest.mark.parametrize("question", [
    "Till vem ska kommunens remissvar ställas och i vilken form ska det lämnas?",
    "Who should our consultation response be addressed to?",
    "vem ska vi adressera vårt remissvar till och ska det vara ett brev?",
])
def test_addressee_and_form_of_the_response(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 6, 8))
    assert a.text.startswith(("Till vem remissvaret ska ställas står inte i underlaget",
                              "Whom the response is to be addressed to is not in the material")), a.text
    assert "**remissvar**" in a.text or "**response**" in a.text, a.text
    assert "Ja, **" not in a.text, a.text


def test_addressee_told_once_beside_the_last_day(engine: AnswerEngine) -> None:
    a = engine.answer("Please confirm the last day for consultation responses and who they should be addressed to.",
                      at(2021, 6, 8))
    assert a.text.startswith("The consultation opens in mid-June 2021"), a.text
    assert a.text.count("not in the material") == 1, a.text


def test_form_of_the_response_unchanged(engine: AnswerEngine) -> None:
    a = engine.answer("I vilken form ska remissvaret lämnas?", at(2021, 6, 8))
    assert a.text.startswith("Någon mall för remissvaret finns inte i underlaget"), a.text
    assert "Till vem" not in a.text, a.text


# -- what happens to a response once submitted ----------------------------------------------------------------------
@pytest.mark.parametrize("question", [
    "Vad sker med remissvaren när de har skickats in till regionen?",
    "what happens to our response once we've submitted it?",
    "vad händer med kommunens svar efter att vi lämnat in det",
])
def test_after_submission(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 9, 9))
    assert "När remissvaret är inskickat får ni ett kvitto" in a.text or "Once the response is submitted" in a.text, (
        a.text)
    assert "allmänna handlingar" in a.text or "public documents" in a.text, a.text
    assert "regionfullmäktige" in a.text or "regional council" in a.text, a.text


def test_after_the_consultation_unchanged(engine: AnswerEngine) -> None:
    a = engine.answer("vad händer efter remissen?", at(2021, 9, 9))
    assert a.text.startswith("Efter remiss till Partnerskapet"), a.text


# -- the others' views asked beside another question ("… så att vi kan se vad andra tyckt?") -----------------------
@pytest.mark.parametrize("question", [
    "Kan vi ändra vårt remissvar efter att det skickats in? Och får vi se vad de andra kommunerna har tyckt?",
    "Can we still edit our submitted response? And will we be able to see what the other partners thought?",
    "Is it possible to fix our submitted response? Also, can we read what the other respondents said?",
])
def test_others_views_told_beside_the_edit(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 9, 24))
    assert a.text.startswith(("Ja, till och med remissens sista dag", "Yes, until the consultation's last day")), a.text
    assert "egen organisations remissvar" in a.text or "own organisation's response" in a.text, a.text


def test_edit_alone_unchanged(engine: AnswerEngine) -> None:
    a = engine.answer("Kan vi ändra vårt remissvar efter att det skickats in?", at(2021, 9, 24))
    assert "egen organisations remissvar" not in a.text, a.text
