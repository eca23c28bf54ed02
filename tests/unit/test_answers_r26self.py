"""Round 26: questions about the bot itself and its data, in new words – "what is this bot?" of a link someone sent
(what the bot does, README "In Teams"), whether the bot stores what is written (what its features keep, what is not
said, the coordinators' GDPR command), and a coordinator's command that fails or is refused (it is the
coordinators'; a coordinator who gets that answer is not among those named in the bot's settings). Blind batches
51/52 failed on these; the wordings here are new."""
from __future__ import annotations

import datetime as dt

import pytest

from rusbot.answers.engine import AnswerEngine
from rusbot.clock import STOCKHOLM

JANUARY = dt.datetime(2021, 1, 12, 10, tzinfo=STOCKHOLM)
JUNE = dt.datetime(2021, 6, 8, 10, tzinfo=STOCKHOLM)


@pytest.mark.parametrize("question", [
    "Hallå, vad är detta för en tjänst? Min chef skickade länken i går.",
    "vad e det här för app egentligen, kollegan på Nora tipsade om den",
    "What kind of bot is this? My manager forwarded me the link.",
])
def test_what_this_bot_is_is_told(engine: AnswerEngine, question: str) -> None:
    text = engine.answer(question, JANUARY).text
    first = text.removeprefix("Hej! ").removeprefix("Hi! ").split("\n\n")[0]
    assert first.startswith(("Jag är boten för partnerna", "I am the bot for the partners")), text
    assert "inspel" in first and "remissvar" in first


@pytest.mark.parametrize("question", [
    "loggar ni allt man skriver i chatten? och vem frågar jag om det krånglar?",
    "Är chatten loggad? Och vem hör jag av mig till om något krånglar med boten?",
])
def test_what_is_stored_is_answered_not_a_neighbour(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, JUNE)
    assert a.topic in ("feature.privacy", "about_bot"), a.text
    assert a.text.startswith(("Vad boten sparar i detalj", "Det du skriver sparas")), a.text
    assert "radera" in a.text and "allmänna handlingar" in a.text and "samordnar" in a.text
    assert "status" not in a.text


def test_what_is_stored_about_everyone_is_answered(engine: AnswerEngine) -> None:
    text = engine.answer("vad lagrar boten om deltagarna? frågar åt vår jurist", JUNE).text
    assert text.startswith("Vad boten sparar i detalj"), text
    assert "allmänna handlingar" in text


@pytest.mark.parametrize(("question", "command"), [
    ("export fungerar inte, jag får bara ett felmeddelande. jag är faktiskt samordnare", "**export**"),
    ("status gick inte, den sa att jag saknar behörighet", "**status**"),
])
def test_a_failing_coordinator_command_is_explained(engine: AnswerEngine, question: str, command: str) -> None:
    a = engine.answer(question, JUNE)
    assert a.topic == "feature.coordinator", a.text
    assert a.text.startswith("Det är ett av samordnarnas kommandon"), a.text
    assert command in a.text
    assert "inställningar" in a.text and "Det kommandot är bara för samordnarna" in a.text


@pytest.mark.parametrize("question", [
    "hur tar jag bort en företrädare som har bytt jobb?",
    "hur tar vi bort kollegan som slutat ur boten?",
])
def test_removing_a_person_is_the_coordinators_erasure(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, JUNE)
    assert a.topic == "feature.privacy", a.text
    assert "personuppgifter radera <aad-id" in a.text and "allmänna handlingar" in a.text
    assert "påminn" not in a.text


@pytest.mark.parametrize("question", [
    "vad är personuppgifter för ett kommando, och kan jag som partner använda det?",
    "kommandot personuppgifter, vad är det till för? får jag köra det?",
])
def test_the_gdpr_command_asked_about_is_explained(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, JUNE)
    assert a.text.startswith("**personuppgifter** är samordnarnas kommando"), a.text
    assert "radera <aad-id" in a.text and "be samordnarna" in a.text


@pytest.mark.parametrize(("question", "command"), [
    ("status – vad visar det egentligen?", "**status**"),
    ("möten, vad är det för ett kommando?", "**möten**"),
])
def test_a_command_asked_about_is_described(engine: AnswerEngine, question: str, command: str) -> None:
    a = engine.answer(question, JUNE)
    assert a.topic == "feature.coordinator", a.text
    assert a.text.startswith("Det är ett av samordnarnas kommandon"), a.text
    assert command in a.text
