"""Issue 9, after batches 85/86's first scores: two of their wrong answers, each asked in other words.

- "Är ledtiderna ovanligt korta jämfört med tidigare?" named "Ledtiderna ovanligt korta jämfört" an organisation not
  in the partnership: "jämfört med" is no membership (b85 #65);
- "kan boten påminna mig innan RF-beslutet?" got "Ja." beside "Inga fler påminnelser är planerade": the schedule
  has no reminder of the decision (b85 #82)."""

from __future__ import annotations

import pytest

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at


@pytest.mark.parametrize("question", [
    "Är ledtiderna ovanligt korta jämfört med tidigare?",
    "Är remisstiden lång jämfört med andra regioners?",
    "Är tidplanen tajt jämfört med förra översynen?",
])
def test_compared_with_is_no_membership(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 9, 2))
    assert "är inte med i partnerskapet" not in a.text, a.text


@pytest.mark.parametrize("question", [
    "kan boten påminna mig innan RF-beslutet?",
    "Kan du påminna oss inför beslutet i regionfullmäktige?",
    "Will the bot remind me before the council's decision?",
])
def test_no_reminder_is_promised_for_the_decision(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 10, 21))
    assert a.text.startswith(("Nej, inte om beslutet", "No, not of the decision")), a.text


@pytest.mark.parametrize("question", [
    "Kan boten påminna mig innan remissen stänger?",
    "Kan boten påminna oss innan remissen stänger så vi hinner fatta beslut om svaret?",
    "Can you remind us before the consultation closes so our board can take a decision?",
])
def test_a_reminder_of_the_consultation_is_still_yes(engine: AnswerEngine, question: str) -> None:
    assert engine.answer(question, at(2021, 9, 1)).text.startswith(("Ja", "Yes")), question
