"""Issue 9, found in round 38 (not in a graded batch):

- another county's region typed in lower case ("deltar region värmland?") had its "region" read as Region Örebro län,
  a member: "Ja, **Region Örebro län** är med" to a question about Region Värmland;
- "Kan boten påminna mig innan mötet?" got "Ja." and the settings when no meeting lay ahead."""

from __future__ import annotations

import pytest

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at


@pytest.mark.parametrize(("question", "name"), [
    ("deltar region värmland?", "Region Värmland"),
    ("Is region Värmland part of it?", "Region Värmland"),
    ("is region västmanland involved in the update?", "Region Västmanland"),
    ("är region västmanland delaktig i uppdateringen?", "Region Västmanland"),
])
def test_another_region_in_lower_case_is_no_member(engine: AnswerEngine, question: str, name: str) -> None:
    text = engine.answer(question, at(2021, 3, 5)).text
    assert text.startswith((f"Nej, **{name}** är inte med", f"No, **{name}** is not a member")), text
    assert "Region Örebro län är med i" not in text and "Region Örebro län is in" not in text


@pytest.mark.parametrize("question", ["Är regionen med?", "Är Region Örebro län med i partnerskapet?"])
def test_the_own_region_stays_a_member(engine: AnswerEngine, question: str) -> None:
    assert engine.answer(question, at(2021, 3, 5)).text.startswith("Ja, **Region Örebro län** är med")


@pytest.mark.parametrize("question", [
    "Kan boten påminna mig innan mötet?",
    "Kan du påminna oss innan nästa möte?",
    "Will you remind me before the next meeting?",
    "påminner du före nästa avstämning?",
])
def test_no_meeting_ahead_gets_no_promise_of_its_reminder(engine: AnswerEngine, question: str) -> None:
    # (Found in round 38: "Ja." and the settings, though no meeting lay ahead after 11 March.)
    text = engine.answer(question, at(2021, 5, 10)).text
    assert text.startswith(("Det finns inget möte framåt", "There is no meeting ahead")), text


def test_a_meeting_ahead_keeps_its_reminder(engine: AnswerEngine) -> None:
    assert engine.answer("Kan boten påminna mig innan mötet?", at(2021, 3, 1)).text.startswith(
        "Ja – dagen före Avstämning med partnerskapet, onsdag 10 mars 2021 kl. 09:00")
