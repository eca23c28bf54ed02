"""Issue 9, after batches 75–76: a member's own planning questions in their own words. A message read whole as
outside the material, whose questions are not, had every question said unknown (b75 #1: an introduction before
"Vad är det som händer under våren?"; b75 #90: "Räcker det med ett tjänstemannasvar?" beside "Vad gör vi?").
Asked in other words than those batches."""

from __future__ import annotations

import pytest

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at


@pytest.mark.parametrize("question", [
    "Hej! Jag är ny kontaktperson för Örebro kommun i RUS-arbetet. Vad är det som händer under våren?",
    "Hej! Jag har tagit över som kontaktperson för Kumla i RUS-arbetet. Vad är det som händer under våren?",
    "Hi! I'm the new contact person for Laxå in the RUS work. What is going on during the spring?",
])
def test_an_introduction_does_not_hide_the_question(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 1, 12))
    assert a.confident, a.text
    assert "11 mars 2021" in a.text or "11 March 2021" in a.text, a.text
    assert "Det vet jag inte" not in a.text and "I don't know" not in a.text, a.text


@pytest.mark.parametrize("question", [
    "Hallsberg: vår KS sammanträder 5 oktober, så vi hinner inte fatta beslut inom remisstiden. Vad gör vi? "
    "Räcker det med ett tjänstemannasvar?",
    "Laxå: vår KS har möte 5 oktober, vi hinner alltså inte besluta inom remisstiden. Vad gör vi? "
    "Räcker ett tjänstemannasvar?",
])
def test_late_decision_answered_and_the_unknown_part_said_unknown(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 9, 2))
    assert a.text.startswith("Nej, inte utan anstånd"), a.text
    assert "30 september 2021" in a.text and "samordnarna" in a.text, a.text
    assert "Det vet jag inte" not in a.text, a.text


@pytest.mark.parametrize("question", [
    "hej ja e ny i partnerskapet fr karlskoga, vad ar mitt uppdrag typ",
    "nyvald i partnerskapet för Laxå – vad är min uppgift?",
    "jag är med för nora i partnerskapet nu, vad förväntas av mig",
])
def test_a_new_members_own_part_is_the_partnerships(engine: AnswerEngine, question: str) -> None:
    """(b75 #46: a bare "Ja, Karlskoga är med" answered "vad är mitt uppdrag".)"""
    a = engine.answer(question, at(2021, 5, 27))
    assert "beslutar om vad som ska uppdateras" in a.text, a.text


@pytest.mark.parametrize("question", [
    "yo e de nån som vet när den där rus grejen drar igång på riktigt 😅 chefen sa ja ska hålla koll",
    "när startar arbetet med rus på riktigt?",
    "när kör rus-uppdateringen igång egentligen?",
    "when does the RUS update actually get going?",
])
def test_when_the_update_gets_going_is_where_it_is(engine: AnswerEngine, question: str) -> None:
    """(b76 #6: "Jag är inte säker på vad du menar" where the plan answers.)"""
    a = engine.answer(question, at(2020, 12, 21))
    assert "11 mars 2021" in a.text or "11 March 2021" in a.text, a.text
    assert "inte säker" not in a.text and "not sure" not in a.text, a.text
