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
