"""Round 25, yes and no: a day just outside a loosely given window ("mitten av juni" read strictly is 11–20 June) is
not refuted – the plan gives no exact day – while a day clearly outside it still is; a second consultation asked
about is answered with the plan's one consultation, not with a "Ja" about the writing phase after it."""
from __future__ import annotations

import pytest

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at


@pytest.mark.parametrize("question", [
    "Remissen kom ut den 22 juni, eller hur?",
    "Stämmer det att remissen skickades ut den 9 juni?",
    "Is it right that the consultation opened on 23 June?",
])
def test_a_day_near_a_loose_window_is_not_refuted(engine: AnswerEngine, question: str) -> None:
    text = engine.answer(question, at(2021, 7, 2)).text
    assert not text.startswith(("Nej", "No –", "No,")), text
    assert "mitten av juni" in text or "mid-June" in text, text


@pytest.mark.parametrize("question", [
    "Stämmer det att remissen skickades ut den 6 juli?",
    "Remissen öppnade väl den 28 maj?",
])
def test_a_day_clearly_outside_the_window_is_still_refuted(engine: AnswerEngine, question: str) -> None:
    text = engine.answer(question, at(2021, 7, 8)).text
    assert text.startswith("Nej"), text


@pytest.mark.parametrize("question", [
    "Ska det bli en andra remiss efter skrivfasen?",
    "Blir det någon remiss igen efter skrivfasen?",
    "Will there be another consultation after the writing phase?",
])
def test_a_second_consultation_is_not_confirmed(engine: AnswerEngine, question: str) -> None:
    text = engine.answer(question, at(2021, 10, 4)).text
    assert not text.startswith(("Ja", "Yes")), text
    assert text.startswith(("Nej", "No")) or "en remiss" in text or "one consultation" in text, text


@pytest.mark.parametrize("question", [
    "Behöver remissvaret vara inne innan midsommar?",
    "Is our response due before midsummer?",
])
def test_answering_before_midsummer_is_no(engine: AnswerEngine, question: str) -> None:
    text = engine.answer(question, at(2021, 6, 15)).text
    assert text.startswith(("Nej", "No")), text
    assert "30 september 2021" in text.split("\n\n")[0] or "30 September 2021" in text.split("\n\n")[0], text
    assert "25 juni 2021" in text or "25 June 2021" in text, text


@pytest.mark.parametrize("question", [
    "Skickas remissen ut före eller efter midsommar?",
    "Kommer remissen innan midsommarhelgen?",
])
def test_the_opening_compared_with_midsummer_says_no_exact_day(engine: AnswerEngine, question: str) -> None:
    # (the counts answerer places it: "Troligen före: … mitten av juni …; exakt dag anges inte")
    first = engine.answer(question, at(2021, 5, 3)).text.split("\n\n")[0]
    assert first.startswith(("Före", "Ja", "Troligen före", "Troligen ja")) and "mitten av juni" in first, first
    assert "ingen exakt dag" in first or "Exakt dag anges inte" in first, first


def test_midsummer_eve_is_the_friday_between_19_and_25_june() -> None:
    import datetime as dt

    from rusbot.answers.answerers.consultation import midsummer_eve
    assert midsummer_eve(2021) == dt.date(2021, 6, 25) and midsummer_eve(2022) == dt.date(2022, 6, 24)


@pytest.mark.parametrize("question", [
    "Vi på Försäkringskassan sitter visst med i partnerskapet tillsammans med kommunerna. Hur skickar vi in vårt "
    "remissvar?",
    "We are told we sit in the partnership together with the municipalities – how do we send our response?",
])
def test_alongside_the_members_is_not_writing_together(engine: AnswerEngine, question: str) -> None:
    text = engine.answer(question, at(2021, 7, 5)).text
    assert not text.startswith(("Ja.", "Yes.")) and "gärna flera" not in text.split("\n\n")[0], text


@pytest.mark.parametrize("question, name", [
    ("Jag arbetar på Tillväxtverket och vi sitter med i partnerskapet, så när kommer vår remiss?", "Tillväxtverket"),
    ("Vi är från Almi och har fått höra att vi ingår i partnerskapet. Hur lämnar vi remissvar?", "Almi"),
])
def test_the_speakers_own_organisation_told_as_a_member_is_corrected(engine: AnswerEngine, question: str,
                                                                     name: str) -> None:
    first = engine.answer(question, at(2021, 7, 5)).text.split("\n\n")[0]
    assert first.startswith("Nej") and name in first, first


def test_a_member_speaking_of_we_is_not_corrected(engine: AnswerEngine) -> None:
    text = engine.answer("Jag jobbar på Lekebergs kommun och vi ingår i partnerskapet. Hur lämnar vi remissvar?",
                         at(2021, 7, 5)).text
    assert "är inte med" not in text, text
