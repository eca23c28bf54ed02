"""Round 22: an aspect the material never addresses – legal or formal standing, whether something binds, what follows
if one does not answer, resources or co-funding, commitments, the data controller, who signs, who attends – is said
to be missing first, before what the material does say (blind batches 36–42: the stock text alone read as evasive).
The aspect is only said missing while the process file says nothing of it."""
from __future__ import annotations

import datetime as dt

import pytest

from rusbot.answers.answerers import unstated
from rusbot.answers.engine import AnswerEngine
from rusbot.clock import STOCKHOLM
from rusbot.process.loader import load_process

APRIL = dt.datetime(2021, 4, 20, 10, tzinfo=STOCKHOLM)
MARCH = dt.datetime(2021, 3, 2, 10, tzinfo=STOCKHOLM)


@pytest.mark.parametrize(("question", "now", "words"), [
    ("Är partnerskapets beslut juridiskt bindande för kommunerna?", APRIL, "rättslig"),
    ("Har regionfullmäktiges beslut någon rättslig verkan för Länsstyrelsen?", APRIL, "rättslig"),
    ("Räknas mötet den 11 mars som ett formellt beslutstillfälle för partnerskapet?", MARCH, "beslutstillfälle"),
    ("Finns det någon budget eller medfinansiering kopplad till uppdateringen?", APRIL, "finansiering"),
    ("Vem är personuppgiftsansvarig för det jag skriver i chatten?", APRIL, "personuppgiftsansvarig"),
    ("Måste vår kommundirektör skriva under remissvaret?", APRIL, "skriva under"),
    ("Is the partnership's decision legally binding on the municipalities?", APRIL, "legal"),
    ("Who is the data controller for this bot?", APRIL, "data controller"),
    ("Måste vårt svar vara godkänt av kommunstyrelsen innan vi skickar in det?", APRIL, "godkänna svaret"),
    ("Will there be any funding for our work on the update?", APRIL, "funding"),
])
def test_an_unstated_aspect_leads(engine: AnswerEngine, question: str, now: dt.datetime, words: str) -> None:
    text = engine.answer(question, now).text
    first = text.removeprefix("Hej! ").split("\n\n")[0]
    assert first.startswith(("Underlaget tar inte upp", "The material does not cover", "Det vet jag inte – underlaget "
                             "tar inte upp", "I don't know – the material does not cover")), text
    assert words in first


@pytest.mark.parametrize("question", [
    "När går remissen ut?",
    "Vem beslutar om den uppdaterade RUS?",
    "Vad gör partnerskapet?",
    "How do I submit our consultation response?",
    "When will the updated strategy be adopted by the regional council?",
])
def test_an_answered_question_gets_no_lead(engine: AnswerEngine, question: str) -> None:
    text = engine.answer(question, APRIL).text
    assert "tar inte upp" not in text and "does not cover" not in text, text


def test_an_aspect_the_process_file_states_is_not_said_missing() -> None:
    process = load_process()
    budget = process.facts[0].model_copy(update={"text": process.facts[0].text.model_copy(
        update={"sv": "Arbetet har ingen egen budget; varje organisation står för sina resurser."})})
    changed = process.model_copy(update={"facts": [budget, *process.facts[1:]]})
    engine = AnswerEngine(changed)
    text = engine.answer("Finns det någon budget för uppdateringen?", APRIL).text
    assert "tar inte upp" not in text
    assert unstated.lead(AnswerEngine(process).kit, "Finns det någon budget för uppdateringen?", "x", "sv")
