"""Round 11 (issue 9): timeline and consultation answers that blind batches 21/22 showed wrong, in other words
than theirs."""

from __future__ import annotations

import datetime as dt

import pytest

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at, first_sentence


def _period(engine: AnswerEngine, question: str, now: dt.datetime) -> tuple[dt.date, dt.date]:
    period = engine.understand(question, now.date()).entities.period
    assert period is not None, question
    return period.first, period.last


@pytest.mark.parametrize(("question", "now", "first"), [
    # Past tense: the latest such month before now.
    ("Vad gjordes i december? Jag har varit borta ett tag", at(2021, 1, 25), dt.date(2020, 12, 1)),
    ("vad beslutades i december?", at(2021, 2, 8), dt.date(2020, 12, 1)),
    ("What happened in December? I was on leave", at(2021, 1, 25), dt.date(2020, 12, 1)),
    ("vad hände i januari?", at(2021, 3, 15), dt.date(2021, 1, 1)),
    # The month just gone, in the present tense, is the past one too.
    ("vad händer i december?", at(2021, 1, 10), dt.date(2020, 12, 1)),
    # Further back in the present tense it is still the one ahead.
    ("vad händer i december?", at(2021, 2, 10), dt.date(2021, 12, 1)),
    # A future beside a weak past verb keeps the month ahead.
    ("vi hade tänkt skicka svaret i september, funkar det?", at(2021, 5, 10), dt.date(2021, 9, 1)),
    ("förra månaden, vad hände då?", at(2021, 4, 20), dt.date(2021, 3, 1)),
    ("vad hände i höstas?", at(2021, 3, 20), dt.date(2020, 9, 1)),
    ("hur gick det i vintras?", at(2021, 3, 20), dt.date(2020, 12, 1)),
])
def test_a_month_asked_in_the_past_is_the_latest_one_before_now(engine: AnswerEngine, question: str,
                                                                now: dt.datetime, first: dt.date) -> None:
    assert _period(engine, question, now)[0] == first


def test_what_happened_last_december_answers_kc_rd_2020(engine: AnswerEngine) -> None:
    text = engine.answer("Vad hände egentligen i december? Var ledig då", at(2021, 1, 20)).text
    assert "December 2020" in first_sentence(text) and "KC/RD" in text, text


@pytest.mark.parametrize("question", [
    "Stämmer det att remissperioden har förlängts?",
    "Has the consultation period been extended?",
    "är remisstiden förlängd nu?",
])
def test_whether_the_period_was_extended_leads_with_what_the_bot_cannot_know(engine: AnswerEngine,
                                                                             question: str) -> None:
    text = engine.answer(question, at(2021, 8, 25)).text
    assert first_sentence(text).startswith(("Det vet jag inte", "I don't know")), text
    assert "30 september 2021" in text or "30 September 2021" in text, text
    assert "samordnarna" in text or "coordinators" in text, text


@pytest.mark.parametrize("question", ["kan vi få anstånd med remissvaret?", "Går remisstiden att förlänga?",
                                      "Kan remissperioden förlängas?", "can the consultation be extended for us?"])
def test_asking_for_more_time_is_still_the_extension(engine: AnswerEngine, question: str) -> None:
    text = engine.answer(question, at(2021, 8, 25)).text
    assert not text.startswith(("Det vet jag inte", "I don't know")), text


def test_who_decided_a_consultation_over_the_summer_is_the_municipalities_wish(engine: AnswerEngine) -> None:
    text = engine.answer("Remiss över hela sommaren – vem har bestämt det?", at(2021, 6, 15)).text
    lead = first_sentence(text)
    assert lead.startswith("Kommunerna önskade") and "januari 2021" in lead, text
    assert "30 september 2021" in text and "återstår" not in text, text


@pytest.mark.parametrize(("question", "now", "lead"), [
    ("Ska vi skicka inspel eller remissvar nu i september?", at(2021, 9, 6), "Nu pågår remissen"),
    ("is it input or a consultation response we should send now?", at(2021, 7, 6), "The consultation is open now"),
    ("Är inspel obligatoriskt eller räcker remissvaret?", at(2021, 4, 26),
     "Underlaget säger inget om att inspel krävs"),
])
def test_inspel_or_remissvar_says_which_applies_on_the_day(engine: AnswerEngine, question: str, now: dt.datetime,
                                                           lead: str) -> None:
    text = engine.answer(question, now).text
    assert first_sentence(text).startswith(lead), text
    assert "måste" not in text and "obligatoriskt" not in text.lower().replace(question.lower(), ""), text


@pytest.mark.parametrize("question", [
    "Behöver remissvaret gå via KS hos oss innan vi lämnar det?",
    "Hur förankrar vi remissvaret internt i vår styrelse?",
    "Måste vår kommunstyrelse besluta om remissvaret först?",
])
def test_internal_anchoring_is_not_in_the_material(engine: AnswerEngine, question: str) -> None:
    text = engine.answer(question, at(2021, 8, 16)).text
    assert first_sentence(text).startswith("Det vet jag inte"), text
    assert "politisk förankring" in text and "30 september 2021" in text, text


def test_a_board_too_late_for_the_deadline_is_still_the_deadline_check(engine: AnswerEngine) -> None:
    text = engine.answer("KS sammanträder först i oktober, hinner vi lämna remissvaret?", at(2021, 8, 16)).text
    assert not text.startswith("Det vet jag inte"), text


@pytest.mark.parametrize("question", [
    "Hur ofta träffas partnerskapet i vår?",
    "how often does the partnership meet?",
])
def test_how_often_the_partnership_meets_is_not_in_the_material(engine: AnswerEngine, question: str) -> None:
    text = engine.answer(question, at(2021, 2, 10)).text
    assert first_sentence(text).startswith(("Det vet jag inte", "I don't know")), text
    assert "11 mars 2021" in text or "11 March 2021" in text, text


def test_what_kc_rd_said_in_december_names_both_phases(engine: AnswerEngine) -> None:
    text = engine.answer("vad sades i december 2020 om processen?", at(2021, 2, 2)).text
    assert "identifiera vad som ska ändras" in text and "11 mars" in text and "remiss" in text, text


@pytest.mark.parametrize("question", ["vilken veckodag blir 11 mars?", "which weekday is 11 March?"])
def test_which_day_a_meeting_falls_on_is_no_question_of_who_attends(engine: AnswerEngine, question: str) -> None:
    text = engine.answer(question, at(2021, 2, 22)).text
    assert ("torsdag" in first_sentence(text) or "Thursday" in first_sentence(text)), text
    assert "18" not in text and "Askersund" not in text, text
