"""Issue 9, after batches 65–66's scores: a true claim that the council decides, set against the partnership's reported
deciding ("Regionen påstår att partnerskapet beslutar – men det är väl ändå regionfullmäktige som bestämmer?", b66
#63), is agreed with, not opened with a "Nej" before the same fact. Asked in other words than those batches."""

from __future__ import annotations

import pytest

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at


@pytest.mark.parametrize("question", [
    "Partnerskapet sägs besluta om RUS, men det är väl ändå fullmäktige som bestämmer till slut?",
    "Ni skriver att partnerskapet beslutar, men är det inte regionfullmäktige som tar det slutliga beslutet?",
    "I was told the partnership decides on the strategy, but surely it is the regional council that decides in the "
    "end, right?",
])
def test_true_claim_that_the_council_decides_gets_yes(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 9, 6))
    assert a.text.startswith(("Ja – regionfullmäktige", "Yes – the regional council")), a.text


@pytest.mark.parametrize("question", [
    "Det är väl partnerskapet som tar det slutliga beslutet om RUS?",
    "The partnership takes the final decision on the strategy, right?",
])
def test_partnership_said_to_take_the_final_decision_still_gets_no(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 9, 6))
    assert a.text.startswith(("Nej", "No")), a.text


@pytest.mark.parametrize("question", [
    "Vi önskar bekräftelse på att det är regionstyrelsen som antar den nya RUS, samt besked om när förankringen sker.",
    "jag vill bara ha en bekräftelse på att det är handelskammaren som fattar det slutliga beslutet om strategin",
    "We would like confirmation that the County Administrative Board takes the final decision on the strategy, and "
    "when the anchoring with the partnership happens.",
])
def test_claim_put_up_for_confirmation_is_corrected_first(engine: AnswerEngine, question: str) -> None:
    """"önskar bekräftelse på att …", "would like confirmation that …": a claim to check like "bekräfta att …" (b65
    #83)."""
    a = engine.answer(question, at(2021, 11, 9))
    assert a.text.startswith(("Nej – det politiska beslutet", "No – the political decision")), a.text
    assert "regionfullmäktige" in a.text, a.text


@pytest.mark.parametrize("question", [
    "hej är det här handelskammarens bot?",
    "Är detta Länsstyrelsens chattbot? Jag önskar anmäla två deltagare till seminariet.",
    "Is this the County Administrative Board's chatbot? I want to book a seat at the conference.",
])
def test_member_named_as_whose_bot_gets_no_membership_yes(engine: AnswerEngine, question: str) -> None:
    """A member named as the one whose bot this might be: this is the update's bot, not the member's (b65 #42)."""
    a = engine.answer(question, at(2021, 6, 17))
    assert a.text.split("! ")[-1].startswith(("Nej – jag är boten för", "No – I am the bot for")), a.text
    assert "är med i" not in a.text.split(".")[0] and "is a member" not in a.text.split(".")[0], a.text
    if "anmäla" in question or "book" in question:
        assert "evenemang" in a.text or "events" in a.text, a.text
