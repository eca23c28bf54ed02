"""Issue 9, round 34 (after batches 67–68): meetings and content – a word of the timeline asked of "i tidplanen",
whether the structure of RUS will change (no: it is kept), … Asked in other words than those batches (b67 #39,
b68 #38)."""

from __future__ import annotations

import pytest

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at


def _body(text: str) -> str:
    for hello in ("Hej! ", "Hi! ", "Hello! "):
        text = text.removeprefix(hello)
    return text


# -- a word of the timeline asked of there ("vad e "nämnder" för nåt i tidplanen?") ----------------------------------
@pytest.mark.parametrize(("question", "lead"), [
    ('hej, vad e "nämnderna" i tidplanen?', "Nämnderna är regionens politiska nämnder"),
    ('What is "nämnder" in the timeline?', "Nämnderna are the region's political committees"),
    ("What's 'förankring' in the timeline?", "Förankring (anchoring) means securing support"),
    ('vad e "skrivfas" för nåt i tidplanen?', "Skrivfas är den del av arbetet då texten skrivs"),
])
def test_timeline_word_meant_first(engine: AnswerEngine, question: str, lead: str) -> None:
    a = engine.answer(question, at(2021, 4, 13))
    assert _body(a.text).startswith(lead), a.text


def test_timeline_still_shown_for_the_timeline_asked(engine: AnswerEngine) -> None:
    a = engine.answer("Vad är tidplanen?", at(2021, 4, 13))
    assert "**Uppdatering av RUS 2021**" in a.text.split("\n")[0], a.text
    a = engine.answer("what's a consultation?", at(2021, 4, 13))
    assert a.text.startswith("A remiss is a formal consultation"), a.text


# -- whether the structure will change: no, it is kept ---------------------------------------------------------------
@pytest.mark.parametrize(("question", "lead"), [
    ("Ska ni göra om strukturen i RUS?", "Nej – strukturen i nuvarande RUS behålls."),
    ("Blir strukturen annorlunda efter uppdateringen?", "Nej – strukturen i nuvarande RUS behålls."),
    ("kmr ni ändra strukturen i rus??", "Nej – strukturen i nuvarande RUS behålls."),
    ("Will the structure of the strategy change in this update?", "No – the structure of the current RUS is kept."),
    ("Is the region going to change the overall structure of RUS?", "No – the structure of the current RUS is kept."),
])
def test_structure_change_answered_no(engine: AnswerEngine, question: str, lead: str) -> None:
    a = engine.answer(question, at(2021, 5, 24))
    first = _body(a.text).split("\n\n", 1)[0]
    assert first.startswith(lead.split(" ", 2)[0] + " – ") and lead.split("– ", 1)[1][1:] in first, a.text


@pytest.mark.parametrize(("question", "lead"), [
    ("Får den samma struktur som den gamla?", "Ja – strukturen i nuvarande RUS behålls."),
    ("måste vi hålla oss till strukturen eller kan vi föreslå en helt ny?", "Det är inte en ny RUS"),
])
def test_structure_neighbours_unchanged(engine: AnswerEngine, question: str, lead: str) -> None:
    a = engine.answer(question, at(2021, 5, 24))
    assert _body(a.text).startswith(lead), a.text


# -- "vad är rus ens?", and what the asker is to do with it (not in the material: ask the supervisor) ---------------
@pytest.mark.parametrize(("question", "told"), [
    ("ok but what even is RUS and what am I supposed to do with it?", "ask your supervisor"),
    ("Vad är RUS? Vad ska vi ha den till?", "fråga din handledare"),
    ("Vad är RUS och vad ska jag göra med den?", "fråga din handledare"),
    ("Jag är ny på Degerfors kommun – vad är RUS ens? Vad ska jag göra med den?", "fråga din handledare"),
    ("vad e rus ens, och vad gör jag med den?", "fråga din handledare"),
])
def test_own_use_not_in_material(engine: AnswerEngine, question: str, told: str) -> None:
    a = engine.answer(question, at(2021, 6, 2))
    assert told in a.text and a.text.startswith(("RUS ", "Hej! RUS", "Hi! RUS")), a.text


def test_rus_genitive_still_its_purpose(engine: AnswerEngine) -> None:
    a = engine.answer("Vad är RUS:ens syfte?", at(2021, 6, 2))
    assert "handledare" not in a.text and a.topic != "rus", a.text


@pytest.mark.parametrize("question", [
    "Påverkar den nya strukturfondsperioden RUS-översynen? Vi håller på att planera ansökningar",
    "Några frågor:\n1. Vem fattar beslutet om RUS?\n2. Ska strukturen i nuvarande RUS ändras?",
])
def test_structure_no_not_led_for_other_questions(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 5, 24))
    assert not _body(a.text).startswith("Nej – strukturen"), a.text


# -- the principles of the update asked beside (or without) why it is done ------------------------------------------
@pytest.mark.parametrize("question", [
    "Which principles guide the RUS update?",
    "vilka principer gäller för uppdateringen av rus",
    "Kort: varför uppdateras RUS, och enligt vilka principer sker arbetet?",
    "Inför styrelsemötet: vilka grundprinciper följer ni i översynen?",
])
def test_principles_listed(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 10, 28))
    assert ("Korta ledtider" in a.text or "Short lead times" in a.text), a.text
    assert ("Strukturen i nuvarande RUS behålls" in a.text or "structure of the current RUS is kept" in a.text), a.text
    assert not _body(a.text).startswith(("Det vet jag inte", "I don't know")), a.text


def test_why_alone_not_given_principles(engine: AnswerEngine) -> None:
    a = engine.answer("Varför uppdateras RUS?", at(2021, 10, 28))
    assert "**Principer för uppdateringen**" not in a.text, a.text


def test_in_principle_is_no_principle(engine: AnswerEngine) -> None:
    a = engine.answer("Vi är i princip stängda i juli. Kan vi få anstånd med remissvaret?", at(2021, 6, 20))
    assert "**Principer för uppdateringen**" not in a.text, a.text


# -- what the check-in covers, asked of phase 1 and phase 2 ----------------------------------------------------------
@pytest.mark.parametrize(("question", "lead"), [
    ("Does the check-in on 11 March cover only phase 1, or phase 2 as well?",
     "According to the material the check-in belongs to phase 1"),
    ("tar ni upp fas 2 också på mötet idag eller bara fas 1?", "Enligt underlaget hör avstämningen"),
    ("Ska vi prata om fas 2 på avstämningen, eller gäller den bara fas 1?", "Enligt underlaget hör avstämningen"),
])
def test_meeting_scope_first(engine: AnswerEngine, question: str, lead: str) -> None:
    a = engine.answer(question, at(2021, 3, 11))
    assert _body(a.text).startswith(lead), a.text
    assert "står inte i underlaget" in a.text or "not in the material" in a.text, a.text


def test_phases_asked_alone_unchanged(engine: AnswerEngine) -> None:
    a = engine.answer("Vad är fas 1 och fas 2?", at(2021, 3, 11))
    assert a.text.startswith("Uppdateringen har 2 faser"), a.text
