"""Issue 9, after batch 85's first score: a new strategy taken for granted as the ground of the first question
("Eftersom det blev en helt ny strategi – när börjar den gälla?") is refuted first, not after the answer resting on
it (b85 #83)."""

from __future__ import annotations

import pytest

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at


@pytest.mark.parametrize("question", [
    "Eftersom det blev en helt ny strategi – när börjar den nya RUS:en gälla? Och gäller de gamla målen fram till "
    "dess?",
    "Now that it is a completely new strategy, when does it apply?",
    "Nu när det blir en ny RUS, när ska vi börja använda den?",
    "Eftersom RUS:en görs om till en helt ny strategi – när får vi se utkastet?",
])
def test_a_new_strategy_taken_for_granted_is_refuted_first(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 10, 26))
    assert a.text.startswith(("Nej – det är inte en ny RUS", "No – this is not a new RUS")), a.text


def test_a_new_rus_only_named_keeps_the_order_asked(engine: AnswerEngine) -> None:
    a = engine.answer("Har länsstyrelsen redan godkänt nya RUS? Och är det en helt ny strategi nu?", at(2021, 11, 16))
    assert a.text.startswith("Nej – det politiska beslutet"), a.text
