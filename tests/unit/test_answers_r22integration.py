"""Round 22's integration: what the merged branches and the grown corpus answered worse than before, put right."""
from __future__ import annotations

import pytest

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at


def test_a_total_from_a_given_opening_day_is_the_length_not_the_wait(engine: AnswerEngine) -> None:
    text = engine.answer("Säg att remissen öppnar 16 juni – hur många dagar blir det sammanlagt?", at(2021, 5, 20)).text
    assert "om ungefär" not in text.split("\n")[0]
    assert "30 september" in text


@pytest.mark.parametrize("question", ["Kommer remissen innan eller efter sommaren?",
                                      "Is the consultation before or after the summer?"])
def test_before_or_after_a_season_asks_when_the_consultation_runs(engine: AnswerEngine, question: str) -> None:
    text = engine.answer(question, at(2021, 3, 2)).text
    assert text.split("\n")[0].startswith(("Remissen öppnar i mitten av juni", "The consultation opens in mid-June"))


def test_who_receives_it_beside_when_is_a_part_of_its_own(engine: AnswerEngine) -> None:
    text = engine.answer("När pågår remissen, och vem får den?", at(2021, 4, 7)).text
    assert "30 september" in text and "Handelskammaren" in text


def test_until_what_time_beside_the_last_day_is_one_answer(engine: AnswerEngine) -> None:
    text = engine.answer("Idag är väl sista dagen för remissen? Till vilken tid gäller det då?", at(2021, 9, 30)).text
    assert "midnatt" in text.split("\n")[0]
