"""Round 17: every question of a message gets a reply. A message read whole is answered for its main question;
a second question beside it that asks something else is answered after it, and one the material does not answer
is said not to be, rather than left out without a word (the most common failure of blind batches 29–32).
Wordings differ from the batches'."""

from __future__ import annotations

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at


def test_a_second_question_of_another_kind_is_answered_after_the_first(engine: AnswerEngine) -> None:
    a = engine.answer("Har regionfullmäktige antagit RUS än? Och när blir nästa översyn?", at(2021, 12, 10))
    assert a.text.startswith("Det vet jag inte: jag känner bara tidplanen")
    assert "RUS ses över varje mandatperiod" in a.text


def test_a_second_question_the_material_does_not_answer_is_said_so(engine: AnswerEngine) -> None:
    a = engine.answer("Vad betyder politisk förankring? Och vem på Lekebergs kommun ska delta i den?",
                      at(2021, 5, 3))
    assert a.text.startswith("Förankring betyder")
    assert a.text.endswith("”vem på Lekebergs kommun ska delta i den?” – det vet jag inte; det står inte i underlaget.")


def test_a_question_of_the_kind_answered_adds_nothing(engine: AnswerEngine) -> None:
    # "Är alla med?" beside "vilka är med?" is answered by the member list; nothing is said twice or denied.
    a = engine.answer("Vilka är med i partnerskapet? Är alla kommuner med eller bara några?", at(2021, 5, 3))
    assert "vet jag inte" not in a.text and a.text.count("Askersund") <= 2


def test_a_message_of_one_question_is_left_as_it_is(engine: AnswerEngine) -> None:
    one = "När öppnar remissen?"
    assert engine.answer(one, at(2021, 5, 3)).text == engine._answer_one(
        one, engine.understand(one, at(2021, 5, 3).date()), at(2021, 5, 3).date(), "sv").text


def test_an_office_opening_a_sentence_is_no_organisation_asked_about(engine: AnswerEngine) -> None:
    # "Kommunalrådet önskar veta …": the asker's own commissioner, not a body said not to be a member.
    a = engine.answer("Hej,\nKommunchefen önskar veta om remissen skickas till kommunstyrelsen eller till "
                      "tjänstepersonerna.", at(2021, 5, 26))
    assert "Kommunchefen**" not in a.text and "Nej, **" not in a.text
