"""Issue 9, round 20: every asking part of a message gets its own reply (batches 37 and 38 left parts out): a
closing question without its "?", "o"-joined questions, a question of the kind answered that asks another thing,
and a yes/no part the bot cannot answer surely, which is quoted and said so. New wordings, not the batches'."""

from __future__ import annotations

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at


def test_a_closing_question_without_a_question_mark_joined_by_o_is_answered(engine: AnswerEngine) -> None:
    a = engine.answer("e remissen slut nu? vi missade den. vad hander sen med rus o nar beslutar RF", at(2021, 10, 4))
    assert "30 september" in a.text
    assert "regionfullmäktige" in a.text.lower()


def test_who_is_in_the_partnership_beside_whether_one_member_is(engine: AnswerEngine) -> None:
    a = engine.answer("vilka sitter me i partnerskape? e Kumla me?", at(2021, 8, 2))
    assert "Kumla" in a.text and "RF-SISU" in a.text and "Länsstyrelsen" in a.text


def test_a_yes_no_part_not_understood_is_quoted_not_left_out(engine: AnswerEngine) -> None:
    a = engine.answer("What is checked at the meeting on 11 March? Must our director be present?", at(2021, 2, 25))
    assert a.text.splitlines()[0].startswith("**")      # the first question is answered first
    assert "“Must our director be present?”" in a.text and "coordinators" in a.text
    assert a.text.count("“") == 1
