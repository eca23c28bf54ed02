"""Issue 9, round 32 (content of the process answered with a neighbouring text, batches 63–64): what RUS is asked
after it is named ("… bevaka RUS. vad är det för något?"), what "the partnership people talk about" is, more reasons
for the review than the one named (all events, and the review every mandate period, no one event singled out), what
keeping the structure means, and which years an event's period has. Asked in other words than those batches."""

from __future__ import annotations

import pytest

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at


@pytest.mark.parametrize("question", [
    "hej, min chef vill att jag följer RUS. vad är det för något och är Hallsberg med?",
    "Jag har fått ansvar för RUS på kommunen. Vad är det för nåt?",
    "Alla pratar om RUS nu. vad är det, och vem håller i det?",
])
def test_what_rus_is_after_it_is_named(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 2, 1))
    assert "regionala utvecklingsstrategin" in a.text.split("\n\n")[0] or \
        "regionala utvecklingsstrategin" in a.text.split("\n\n")[1], a.text


@pytest.mark.parametrize("question, word", [
    ("what is this partnership that people mention all the time?", "consists of"),
    ("New here. What is the partnership everybody talks about?", "consists of"),
    ("Vad är det här partnerskapet som alla pratar om?", "består av"),
])
def test_the_partnership_talked_about_is_described(engine: AnswerEngine, question: str, word: str) -> None:
    a = engine.answer(question, at(2021, 2, 1))
    assert "RF-SISU" in a.text, a.text
    assert not a.text.startswith(("Det vet jag inte", "I don't know")), a.text


@pytest.mark.parametrize("question", [
    "Styrelsen tycker pandemin är ett svagt argument och vill höra andra skäl till översynen. Vilka finns?",
    "Are there any other reasons for the review besides covid?",
    "Utöver pandemin, finns det fler skäl till att RUS ses över?",
])
def test_more_reasons_than_one_list_them_all(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 2, 15))
    assert "mandat" in a.text or "mandate period" in a.text, a.text
    assert "strukturfonderna" in a.text or "structural funds" in a.text, a.text
    assert not a.text.startswith(("**Pandemin", "**The pandemic")), a.text


@pytest.mark.parametrize("question", [
    "I study regional development strategies. Why is Region Örebro län reviewing RUS this year?",
    "Why does Region Örebro län review the strategy now rather than later?",
    "Varför ser Region Örebro län över sin RUS redan nu?",
    "How come the region is revising RUS at this point?",
])
def test_why_now_names_no_single_event_for_the_region(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2020, 12, 10))
    assert not a.text.lstrip("Hi! ").startswith(("**Ny nationell", "**A new national")), a.text


@pytest.mark.parametrize("question", [
    "Vad betyder det att strukturen i RUS ska vara kvar?",
    "Vad innebär det i praktiken att man behåller strukturen?",
    "What does keeping the structure mean in practice?",
])
def test_keeping_the_structure_meant(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 1, 20))
    assert "nödvändigaste" in a.text or "necessary" in a.text, a.text
    assert "inte en ny RUS" in a.text or "not a new RUS" in a.text, a.text
    assert not a.text.startswith(("RUS står för", "RUS stands for")), a.text


@pytest.mark.parametrize("question", [
    "Citing you: the structural funds programme period you mention, is it 2021-2027 or 2021-2028?",
    "For my report: is the structural funds period you mention 2021–2027 or 2021–2028?",
    "Är det 2021–2027 eller 2021–2028 som gäller för strukturfonderna i ert material?",
    "Which years does the programme period for the structural funds you refer to cover?",
])
def test_years_of_an_event_asked(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 4, 20))
    assert "2021–2028" in a.text.split("\n")[0], a.text


@pytest.mark.parametrize("question, now", [
    ("Summary please: when does the consultation close, who is it sent to, and how many days remain?", at(2021, 9, 6)),
    ("For my report about the consultation: when did it open, when does it close, who was it sent to, and how many "
     "days are left?", at(2021, 9, 6)),
    ("Sammanfatta remissen åt mig: när öppnade den, när stänger den, vem skickades den till och hur många dagar är "
     "kvar?", at(2021, 9, 6)),
    ("Does the consultation only go to the municipalities? We are updating our address list.", at(2021, 5, 3)),
])
def test_who_receives_the_consultation_told(engine: AnswerEngine, question: str, now: object) -> None:
    a = engine.answer(question, now)  # type: ignore[arg-type]
    assert "RF-SISU" in a.text, a.text
    assert "can't answer that with certainty" not in a.text, a.text
