"""Issue 9, after batch 72's scores: another member said to decide on the responses ("remissvaren ska beslutas av
Länsstyrelsen innan RF tar ställning", b72 #86) is a claim about the process and is refuted. The organisation's own
body deciding on its own response stays its own business. Asked in other words than that batch."""

from __future__ import annotations

import pytest

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at


@pytest.mark.parametrize("question", [
    "Stämmer det att Länsstyrelsen godkänner remissvaren?",
    "Jag har hört att svaren ska beslutas av Handelskammaren innan regionfullmäktige, stämmer det?",
])
def test_a_member_said_to_decide_on_the_responses_is_refuted(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 10, 12))
    assert a.text.startswith("Nej – det politiska beslutet om den uppdaterade RUS fattas av regionfullmäktige"), a.text
    assert "inte av " in a.text.split("\n")[0], a.text


def test_english(engine: AnswerEngine) -> None:
    a = engine.answer("I heard the county administrative board approves the responses before the council. True?",
                      at(2021, 10, 12))
    assert a.text.startswith("No – the political decision on the updated RUS is taken by the regional council"), a.text


def test_an_organisations_own_response_is_left_to_it(engine: AnswerEngine) -> None:
    a = engine.answer("Vår kommunstyrelse beslutar om vårt remissvar, räcker det?", at(2021, 9, 1))
    assert not a.text.startswith("Nej – det politiska beslutet"), a.text
