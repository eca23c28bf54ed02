"""Issue 9, after batches 81/82's first scores: 81's three wrong answers, each asked in other words.

- "Kan boten påminna mig innan mötet imorgon?" the day before the check-in got "Nej – i morgon går ingen påminnelse";
  the reminder before the meeting goes out today (b81 #25);
- "remisstiden är 4 veckor och slutar i mitten av juli" beside a question of extension: the length, the wrong
  premise, was not refuted first (b81 #42);
- "Is Degerfors part of the partnership? They're not really in our region, right?" got "I don't know" for the
  second half: it is one of the county's municipalities (b81 #99);
- and, seen beside it: "Vilka kommuner är inte med?" named "Inte" as an organisation not in the partnership."""

from __future__ import annotations

import datetime as dt

import pytest

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at


@pytest.mark.parametrize("question", [
    "Kan boten påminna mig innan mötet imorgon?",
    "Will the bot remind us before tomorrow's meeting?",
    "Kommer det en påminnelse innan mötet i morgon?",
])
def test_the_reminder_before_tomorrows_meeting_goes_out_today(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, dt.datetime(2021, 3, 10, 8, 15, tzinfo=at(2021, 3, 10).tzinfo))
    assert a.text.startswith(("Ja – dagen före", "Yes – the day before")), a.text
    assert "10 mars 2021 kl. 09:00" in a.text or "10 March 2021 at 09:00" in a.text, a.text


def test_a_reminder_on_a_day_without_one_is_still_no(engine: AnswerEngine) -> None:
    a = engine.answer("Kommer det en påminnelse i morgon?", at(2021, 3, 10))
    assert a.text.startswith("Nej – i morgon"), a.text


@pytest.mark.parametrize("question", [
    "Hej! Karlskoga här. Vi har förstått att remisstiden är 4 veckor och slutar i mitten av juli. Kan vi få anstånd?",
    "Vi har förstått att remisstiden är 4 veckor och slutar i mitten av juli. Stämmer det?",
    "Remisstiden är väl sex veckor och slutar i slutet av juli? Hur ansöker vi om anstånd?",
])
def test_a_wrong_length_beside_a_date_is_refuted_first(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 6, 17))
    body = a.text.removeprefix("Hej! ")
    assert body.startswith("Nej – remissen pågår enligt tidplanen från mitten av juni 2021 till och med 30 september "
                           "2021"), a.text


@pytest.mark.parametrize(("question", "town"), [
    ("Is Degerfors part of the partnership? They're not really in our region, right?", "Degerfors"),
    ("Degerfors ligger väl inte i länet?", "Degerfors"),
    ("Är Hällefors med? De tillhör väl inte Örebro län?", "Hällefors"),
])
def test_a_member_town_said_not_to_be_in_the_county_is_one_of_its_municipalities(engine: AnswerEngine, question: str,
                                                                                  town: str) -> None:
    a = engine.answer(question, at(2021, 12, 14))
    assert f"**{town}** är en av länets kommuner" in a.text or f"**{town}** is one of the county's municipalities" in (
        a.text), a.text
    assert "I don't know" not in a.text and "vet jag inte" not in a.text, a.text


@pytest.mark.parametrize("question", ["Vilka kommuner är inte med?", "Vilka kommuner i länet är inte med?"])
def test_not_is_no_name(engine: AnswerEngine, question: str) -> None:
    assert "**Inte**" not in engine.answer(question, at(2021, 12, 14)).text
