"""Issue 9, round 10, the answer side: a message asking several things has each asked part answered (batches 19
and 20 dropped one). Each test asks in other words than the batch did, so that it checks the kind, not one question."""

from __future__ import annotations

import datetime as dt

import pytest

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at


@pytest.mark.parametrize(("question", "member", "other"), [
    ("Länsstyrelsen är med va? Och Almi?", "Länsstyrelsen", "Almi"),
    ("Är RF-SISU med? Och Arbetsförmedlingen?", "RF-SISU", "Arbetsförmedlingen"),
])
def test_och_and_a_name_asks_the_question_before_of_that_name(engine: AnswerEngine, question: str, member: str,
                                                               other: str) -> None:
    a = engine.answer(question, at(2021, 5, 3))
    first, second = a.text.split("\n\n", 1)
    assert first.startswith("Ja") and member in first
    assert f"**{other}** är inte med" in second and member + " " + other not in second


def test_an_informal_two_question_message_joined_by_aa_answers_both(engine: AnswerEngine) -> None:
    a = engine.answer("tja, när e remissen slut å vilka e me i partnerskapet", at(2021, 7, 20))
    assert "30 september" in a.text and "RF-SISU" in a.text


def test_a_story_before_a_dash_then_two_questions_answers_both(engine: AnswerEngine) -> None:
    a = engine.answer("I'm at Kumla municipality – are we in the partnership, and how do we send our consultation "
                      "response?", at(2021, 7, 20))
    assert a.text.startswith("Yes, **Kumla** is a member")
    assert "Submit" in a.text


def test_a_second_question_starting_with_och_and_a_verb_is_answered(engine: AnswerEngine) -> None:
    a = engine.answer("Är du en människa? Och sparar du det jag skriver?", at(2021, 7, 20))
    assert "bot" in a.text.split("\n\n")[0] and "sparas" in a.text


def test_questions_after_a_story_sentence_are_each_answered(engine: AnswerEngine) -> None:
    a = engine.answer("Vi byter kontaktperson efter sommaren. Hur kommer den nya in i boten och kopplas till Kumla "
                      "kommun? Kan den nya se vårt utkast till remissvar?", at(2021, 8, 20))
    assert "**organisation**" in a.text and "utkast" in a.text


def test_a_part_the_material_does_not_answer_is_said_so_after_the_part_it_does(engine: AnswerEngine) -> None:
    a = engine.answer("Inför mötet: vad beslutar partnerskapet egentligen? Kan vi säga nej till ändringar som "
                      "regionen föreslår?", at(2021, 3, 1))
    assert a.text.startswith("Partnerskapet för regional utveckling beslutar om vad som ska uppdateras")
    assert "Det vet jag inte" in a.text


def test_a_forwarded_quoted_pair_of_questions_is_answered_without_the_closing_request(engine: AnswerEngine) -> None:
    a = engine.answer('Hej, vidarebefordrar från vår chef: "Vilka är med i partnerskapet? Och när tar remissen slut?" '
                      'Kan du reda ut det?', at(2021, 7, 20))
    assert "RF-SISU" in a.text and "30 september" in a.text and "**Kan**" not in a.text


def test_a_story_then_one_compound_question_stays_one_question(engine: AnswerEngine) -> None:
    # The split must not cut the story's own "och" into a question ("… och ska representera oss …").
    a = engine.answer("Jag är ny på Länsstyrelsen och ska representera oss i partnerskapet. Hur kopplar jag mig "
                      "till vår organisation i boten?", at(2021, 5, 3))
    assert a.topic == "feature.organisation"


@pytest.mark.parametrize(("question", "when"), [("Har regionfullmäktige antagit RUS nu?", at(2021, 12, 20)),
                                                ("Is RUS adopted yet?", at(2022, 2, 1))])
def test_is_it_decided_once_it_may_be_says_first_that_the_bot_does_not_know(engine: AnswerEngine, question: str,
                                                                            when: dt.datetime) -> None:
    text = engine.answer(question, when).text
    assert text.startswith(("Det vet jag inte", "I don't know"))
    assert "regionfullmäktige" in text or "regional council" in text


def test_the_outcome_of_todays_meeting_told_as_over_is_not_known_first(engine: AnswerEngine) -> None:
    text = engine.answer("Avstämningen är slut nu. Vad blev det för beslut om vad som ska ändras?",
                         at(2021, 3, 11, 17)).text
    assert text.startswith("Vad som kom fram eller beslutades på mötet står inte i underlaget")


def test_the_exact_opening_day_asked_for_is_first_said_not_to_be_given(engine: AnswerEngine) -> None:
    assert engine.answer("Vilken dag exakt öppnar remissen?", at(2021, 5, 20)).text.startswith(
        "Exakt startdag anges inte i tidplanen")
    assert engine.answer("Vilket datum är sista dagen för remissen?", at(2021, 5, 20)).text.startswith("Remissen")
