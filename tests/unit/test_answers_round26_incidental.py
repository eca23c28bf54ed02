"""Issue 9, round 26: an organisation or word named only as context is not a membership question. Where the asker
works ("jag jobbar på Kumla kommun", "I'm new at Lekeberg municipality"), a name inside a longer member's name
("Örebro" in "Region Örebro län"), a holiday greeting ("Glad påsk!"), a meeting told as already moved, and people
counted per response are the message's setting; what it asks is answered instead. Each test asks in other words than
blind batches 49–50 did."""

from __future__ import annotations

import pytest

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at


@pytest.mark.parametrize("question,own,asked", [
    ("Jag jobbar på Kumla kommun sedan i höstas. Är Västerås med i partnerskapet?", "Kumla", "Västerås"),
    ("Hi, I'm new at Lekeberg municipality. Is Eskilstuna part of the partnership too?", "Lekeberg", "Eskilstuna")])
def test_the_askers_workplace_is_not_the_membership_asked(engine: AnswerEngine, question: str, own: str,
                                                          asked: str) -> None:
    a = engine.answer(question, at(2021, 3, 1))
    first = a.text.split("\n")[0]
    assert f"**{asked}**" in first and f"**{own}**" not in first
    assert first.startswith(("Nej", "No", "Hi! No", "Hej! Nej"))


@pytest.mark.parametrize("question,member", [
    ("Hej från Laxå! Är vi med i partnerskapet?", "Laxå"),
    ("Jag jobbar på Nora kommun. Är Nora med i partnerskapet?", "Nora"),
    ("Är Kumla kommun med? Jag jobbar själv på Askersund.", "Kumla"),
    ("Hej från Nora. Tillhör vi partnerskapet?", "Nora"),
    ("I'm from Hällefors – is our municipality included in the partnership?", "Hällefors")])
def test_a_real_membership_question_is_still_answered(engine: AnswerEngine, question: str, member: str) -> None:
    a = engine.answer(question, at(2021, 3, 1))
    assert f"**{member}** är med" in a.text or f"**{member}** is a member" in a.text


def test_a_member_inside_a_longer_members_name_is_not_said_to_be_left_out(engine: AnswerEngine) -> None:
    a = engine.answer("Region Örebro län har väl bara en observatörsroll i partnerskapet?", at(2021, 11, 1))
    assert "Örebro är en av de 12 kommunerna" not in a.text
    assert a.text.startswith("Nej – Region Örebro län är med")


def test_not_taking_part_in_a_step_is_no_membership_claim(engine: AnswerEngine) -> None:
    a = engine.answer("Jag hörde att RF redan har beslutat om RUS. Men vi i Kumla har inte varit med på någon "
                      "förankring sedan remissen?! Vad händer nu?", at(2021, 11, 20))
    assert "är en av de 12 kommunerna" not in a.text


@pytest.mark.parametrize("question", ["Gott nytt år bot! är ni klara med RUS?",
                                      "Glad midsommar bot! är vi klara med remissen nu?"])
def test_a_holiday_greeting_is_no_organisation(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 12, 30))
    assert "**Gott**" not in a.text and "**Glad**" not in a.text and "inte med i partnerskapet" not in a.text


def test_a_meeting_told_as_moved_is_no_meeting_command(engine: AnswerEngine) -> None:
    a = engine.answer("Vi hinner inte svara eftersom nämndmötet flyttades till november. Kan vi få anstånd?",
                      at(2021, 9, 10))
    assert "flytta möte" not in a.text and "Anstånd" in a.text.split("\n\n")[0]


def test_one_response_per_person_is_not_whether_the_bot_is_human(engine: AnswerEngine) -> None:
    a = engine.answer("Vi är fyra på Kumla kommun som jobbar med det här. Blir det ett remissvar per person i boten "
                      "eller ett för hela kommunen?", at(2021, 6, 22))
    assert "människa" not in a.text and "ett per organisation" in a.text


def test_the_askers_workplace_does_not_lead_the_partnerships_role(engine: AnswerEngine) -> None:
    a = engine.answer("Hi, I just started at Kumla kommun and was asked to follow RUS. What is the partnership "
                      "supposed to do in all this?", at(2021, 2, 10))
    assert "Kumla" not in a.text.split("\n\n")[0] and "decides what is to be updated" in a.text


def test_a_reminder_not_received_still_hears_the_organisation_is_a_member(engine: AnswerEngine) -> None:
    a = engine.answer("Hallsberg har inte fått någon påminnelse, är vi med?", at(2021, 9, 24))
    assert "Hallsberg är med" in a.text


def test_the_town_a_member_is_in_is_not_a_member_named(engine: AnswerEngine) -> None:
    a = engine.answer("Hi, I just started at RF-SISU in Kumla. My manager said we are part of some partnership. "
                      "What is our role in it?", at(2021, 1, 20))
    assert "Kumla" not in a.text.split("\n\n")[0] and "RF-SISU" in a.text.split("\n\n")[0]
