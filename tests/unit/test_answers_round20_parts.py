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


def test_a_lettered_list_of_questions_is_answered_item_by_item(engine: AnswerEngine) -> None:
    a = engine.answer("Tre korta frågor:\na) När stänger remissen?\nb) Vilka sitter i partnerskapet?\n"
                      "c) Vem tar det slutliga beslutet om RUS?", at(2021, 5, 20))
    assert "30 september" in a.text and "RF-SISU" in a.text and "Regionfullmäktige" in a.text
    assert a.text.index("30 september") < a.text.index("RF-SISU") < a.text.index("Regionfullmäktige")


def test_lettered_claims_to_check_are_not_cut_into_questions(engine: AnswerEngine) -> None:
    whole = engine.answer("Stämmer följande?\na) RUS ses över varje år.\nb) Remissen pågår till oktober.",
                          at(2021, 5, 20))
    assert whole.text       # read whole, as before: claims are checked by the premise pass, not answered as parts
    assert not engine._numbered("Stämmer följande?\na) RUS ses över varje år.\nb) Remissen pågår till oktober.",
                                 at(2021, 5, 20).date())


def test_a_yes_no_part_misread_as_membership_is_not_answered_yes(engine: AnswerEngine) -> None:
    a = engine.answer("När beslutar fullmäktige om RUS? Behöver någon från Degerfors närvara?", at(2021, 11, 20))
    # (Round 22: whether anyone must attend is not in the material, and that leads – test_answers_r22unstated.)
    assert a.text.startswith("Underlaget tar inte upp vem som ska eller får närvara") and "Enligt tidplanen" in a.text
    assert "Ja, **Degerfors** är med" not in a.text and "samordnarna" in a.text
