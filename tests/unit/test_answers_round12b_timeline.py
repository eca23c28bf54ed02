"""Issue 9, round 12b, the answer side for the timeline and the consultation: the kinds of failure behind
batches 23 and 24. Each test asks in other words than the batch did, so that it checks the kind, not one
question."""

from __future__ import annotations

import pytest

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at


def test_a_step_without_a_date_is_named_without_empty_parentheses(engine: AnswerEngine) -> None:
    a = engine.answer("Jag har tagit över RUS-frågan i Lindesberg. Vad har hänt hittills och vad förväntas av "
                      "oss i sommar?", at(2021, 7, 2))
    assert "(None)" not in a.text and "()" not in a.text


@pytest.mark.parametrize("question", [
    "Remissen stängde i torsdags, men går det fortfarande att lämna vårt remissvar?",
    "Kan vi fortfarande skicka in remissvaret? Vi blev sena."])
def test_can_we_still_submit_after_the_last_day_is_a_no_without_extension(engine: AnswerEngine,
                                                                           question: str) -> None:
    a = engine.answer(question, at(2021, 10, 4))
    assert a.text.startswith("Nej, inte utan anstånd")
    assert "30 september 2021" in a.text and "samordnarna" in a.text


def test_is_it_too_late_after_the_last_day_keeps_its_yes(engine: AnswerEngine) -> None:
    a = engine.answer("Är det för sent att lämna remissvar nu?", at(2021, 10, 4))
    assert a.text.startswith("Ja") and "slut" in a.text.split("\n")[0]


@pytest.mark.parametrize("question", [
    "Vad betyder förankring med partnerskapet i praktiken, och har den gjorts redan?",
    "Har förankringen med partnerskapet hänt ännu?"])
def test_an_undated_step_asked_whether_it_happened_is_explained_and_not_known(engine: AnswerEngine,
                                                                               question: str) -> None:
    a = engine.answer(question, at(2021, 11, 15))
    assert "Förankring med partnerskapet" in a.text
    assert "politisk förankring i nämnderna" in a.text
    assert "Det vet jag inte om det har skett" in a.text
    if question.startswith("Har"):
        assert a.text.startswith("Det vet jag inte")
    assert "2021-" not in a.text and "december" not in a.text


def test_how_the_consultation_went_is_not_known_after_it_closed(engine: AnswerEngine) -> None:
    a = engine.answer("Hur gick remissen?", at(2021, 11, 20))
    assert a.text.startswith("Det vet jag inte") and "30 september 2021" in a.text


@pytest.mark.parametrize("question", ["När startar fas 1?", "When does phase 1 begin?"])
def test_a_phase_with_only_an_end_says_the_plan_gives_no_start(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2020, 12, 10))
    assert a.text.startswith(("Tidplanen anger inget startdatum", "The timeline gives no start date"))
    assert "11 mars 2021" in a.text or "11 March 2021" in a.text


def test_why_the_hurry_gives_the_short_lead_times_and_the_reasons(engine: AnswerEngine) -> None:
    a = engine.answer("Varför ska allt gå så snabbt? Vi hann knappt läsa underlaget sist.", at(2021, 4, 7))
    assert a.text.startswith("- En uppdaterad RUS") and "korta ledtider" in a.text.split("\n")[1]
    assert "mandatperiod" in a.text and "rUS" not in a.text


def test_why_now_and_the_workload_says_the_workload_is_not_in_the_material(engine: AnswerEngine) -> None:
    a = engine.answer("Vi hörde att RUS ska ses över nästa år. Varför görs det nu? Blir det mycket jobb för kommunen?",
                      at(2020, 12, 16))
    assert "mandatperiod" in a.text.split("\n")[0]
    assert "står inte i underlaget" in a.text.split("\n\n")[-1]


@pytest.mark.parametrize("question", [
    "Vad måste vi minst göra i år, och var ser jag alla datum samlat?",
    "Jag har ont om tid. Vad är det minsta vi behöver göra, och var hittar jag alla datumen?"])
def test_a_minimum_is_not_invented_and_the_dates_are_in_the_timeline_card(engine: AnswerEngine,
                                                                          question: str) -> None:
    a = engine.answer(question, at(2021, 2, 3))
    assert a.text.startswith("Något minimum anger inte underlaget")
    assert "11 mars 2021" in a.text and "30 september 2021" in a.text
    assert "Lägg till i kalendern" in a.text and "Översikt" in a.text
