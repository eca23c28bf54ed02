"""Issue 9, round 37 (r37time): answers to partners' own wordings of time. Another update in a year after the plan
("Will there be another update next year as well?") is a clear "don't know" with the one thing the material says of
later reviews – every mandate period – not the calendar or the reasons for this review (b77 #96)."""

from __future__ import annotations

import pytest

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at


@pytest.mark.parametrize("question", [
    "Will there be another update next year as well?",
    "Is another update planned for next year?",
    "Blir det en ny uppdatering nästa år också?",
    "kommer RUS uppdateras igen 2022?",
    "blir de nån uppdatering nästa år me?",
])
def test_another_update_later_is_not_known_but_every_mandate_period(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 12, 6))
    assert a.text.startswith(("Det vet jag inte – underlaget säger inget om någon uppdatering 2022",
                              "I don't know – the material says nothing about an update in 2022")), a.text
    assert "mandatperiod" in a.text or "mandate period" in a.text, a.text


def test_this_updates_end_in_a_later_year_is_not_another_update(engine: AnswerEngine) -> None:
    a = engine.answer("Blir uppdateringen klar först 2022?", at(2021, 12, 6))
    assert not a.text.startswith("Det vet jag inte"), a.text


@pytest.mark.parametrize("question", [
    "Vad ska partnerskapet göra under 2022?",
    "Will the partnership be involved in implementing RUS in 2022?",
    "hur ser partnerskapets roll ut nästa år när strategin ska genomföras?",
    "Blir det nåt jobb för oss i partnerskapet 2023?",
])
def test_ones_part_in_a_year_after_the_plan_is_not_known(engine: AnswerEngine, question: str) -> None:
    # Read as the mandate, the partnership or the decision, the stock text said nothing of that year (b78 #96).
    a = engine.answer(question, at(2021, 11, 30))
    assert a.text.startswith(("Det vet jag inte – underlaget säger inget om",
                              "I don't know – the material says nothing about")), a.text


def test_ones_part_in_a_later_year_beside_other_questions(engine: AnswerEngine) -> None:
    a = engine.answer("Hej, några avslutande frågor: 1. Har regionfullmäktige fattat beslut om den uppdaterade RUS "
                      "ännu? 2. Kommer partnerskapet att involveras i genomförandet 2022? 3. När sker nästa översyn?",
                      at(2021, 11, 30))
    assert "underlaget säger inget om genomförandet eller vad som händer 2022" in a.text, a.text
    assert "korta ledtider" not in a.text, a.text


@pytest.mark.parametrize("question", [
    "nar kommer remissen ut till oss i kommunerna?",
    "När skickas remissen ut till oss?",
    "nar kommer remissen till oss",
    "när kommer remissen ut till oss på länsstyrelsen?",
])
def test_when_the_consultation_comes_to_us_leads_with_its_dates(engine: AnswerEngine, question: str) -> None:
    # "till oss" says whose it is; when is asked: not led by "how it is sent out is not covered" (b78 #20).
    a = engine.answer(question, at(2021, 2, 15))
    assert a.text.startswith("Remissen öppnar i mitten av juni 2021"), a.text


def test_how_the_consultation_reaches_us_is_still_not_covered(engine: AnswerEngine) -> None:
    a = engine.answer("Kommer remissen direkt till mig eller till registraturen?", at(2021, 2, 15))
    assert "hur remissen skickas ut eller till vem hos er" in a.text, a.text


@pytest.mark.parametrize("question", [
    "Vilka nämnder behandlar ärendet innan regionfullmäktige?",
    "vilka nämnder går ärendet till?",
    "Which committees will deal with the matter before RF?",
])
def test_which_committees_are_said_not_to_be_named(engine: AnswerEngine, question: str) -> None:
    # "ärendet" read as the slide deck's purpose, or "deal" as the Green Deal: never said unnamed (b78 #84).
    a = engine.answer(question, at(2021, 10, 14))
    assert a.text.startswith(("Vilka nämnder det är anges inte i underlaget",
                              "Which committees is not in the material")), a.text
    assert "Syftet med ärendet" not in a.text, a.text


def test_which_committees_beside_other_questions(engine: AnswerEngine) -> None:
    a = engine.answer("Med anledning av den fortsatta processen önskas besked om: 1. Hur sammanställs och återkopplas "
                      "remissvaren till partnerskapet? 2. När sker förankringen med partnerskapet? 3. Vilka nämnder "
                      "behandlar ärendet innan regionfullmäktige?", at(2021, 10, 14))
    assert "Vilka nämnder det är anges inte i underlaget" in a.text, a.text
    assert "Syftet med ärendet" not in a.text, a.text


@pytest.mark.parametrize("question", [
    "Hej! Jag har precis börjat som assistent på kommunledningskontoret i Lekeberg och min chef nämnde att RUS ska "
    "'upp i RF'. Jag är helt ny på det här. Vad är RUS, vad är RF och varför uppdaterades den i år?",
    "Hej! Jag har precis börjat på kommunen och min chef nämnde att RUS ska 'upp i RF'. Jag är helt ny på det här. "
    "Vad är RUS, vad är RF och varför uppdaterades den i år?",
    "Hej! Jag är ny på regionkontoret och har hört att RUS ska till RF. Vad är RUS, vad är RF och varför "
    "uppdaterades den?",
    "Min chef sa att RUS ska 'upp i RF' och jag är ny. Vad är RUS, vad är RF och varför uppdaterades den i år?",
])
def test_what_rus_and_rf_are_lead_before_why(engine: AnswerEngine, question: str) -> None:
    # Read whole as why RUS is reviewed: RF was left out and the first sentence answered the last part (b78 #89).
    a = engine.answer(question, at(2021, 11, 4))
    body = a.text.removeprefix("Hej! ")
    assert body.startswith("RUS är den regionala utvecklingsstrategin för Örebro län"), a.text
    assert "RF står för regionfullmäktige" in a.text, a.text
    assert "Händelser i omvärlden" in a.text, a.text


@pytest.mark.parametrize("question", [
    "vad händer efter att man bestämt vad som ska uppdateras?",
    "what happens after it has been decided what to update?",
    "vad händer sen, efter att partnerskapet beslutat vad som ska uppdateras?",
])
def test_after_deciding_what_to_update_is_after_the_check_in(engine: AnswerEngine, question: str) -> None:
    # What to update is decided in phase 1 (checked at the check-in), not at the council's decision (b78 #7).
    a = engine.answer(question, at(2021, 1, 12))
    assert a.text.startswith(("Efter avstämning med partnerskapet", "After the check-in with the partnership")), a.text


def test_after_the_council_is_still_after_the_decision(engine: AnswerEngine) -> None:
    assert engine.answer("vad händer efter RF?", at(2021, 1, 12)).text.startswith(
        "Efter politiskt beslut i regionfullmäktige")
