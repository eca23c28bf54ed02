"""Round 18: every part of a message gets an answer (blind batches 33/34). Wordings differ from the batches'."""

from __future__ import annotations

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at


def test_a_why_after_a_comma_is_a_question_of_its_own(engine: AnswerEngine) -> None:
    # "varför" opens a second question as "vad" or "när" do; the meaning of RUS, asked first, is not left out.
    a = engine.answer("Jag har precis börjat på Handelskammaren. Vad betyder RUS, och varför är Handelskammaren med "
                      "i partnerskapet?", at(2021, 5, 3))
    assert "regional utvecklingsstrategi" in a.text
    assert "Handelskammaren" in a.text

