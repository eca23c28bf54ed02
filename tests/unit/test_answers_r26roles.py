"""Round 26, roles and terms: "X samma sak som Y?" of two steps of the plan is answered "Nej" with both steps and
their dates (not with one step's card); the update compared with something the material never names (a plan of
the municipality's own) is said not to be in the material, then what RUS is."""
from __future__ import annotations

import pytest

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at


@pytest.mark.parametrize("question", [
    "Är mötet den 11 mars samma sak som remissrundan?",
    "Remissen och avstämningen, är det samma sak?",
    "Is the consultation the same thing as the check-in with the partnership?",
])
def test_two_steps_compared_are_two_steps(engine: AnswerEngine, question: str) -> None:
    text = engine.answer(question, at(2021, 2, 20)).text
    assert text.startswith(("Nej", "No")), text
    assert "11 mars 2021" in text or "11 March 2021" in text, text
    assert "30 september 2021" in text or "30 September 2021" in text, text


@pytest.mark.parametrize("question", [
    "Är förankringen med partnerskapet samma som regionfullmäktiges beslut?",
])
def test_anchoring_is_not_the_decision(engine: AnswerEngine, question: str) -> None:
    text = engine.answer(question, at(2021, 10, 20)).text
    assert text.startswith("Nej"), text
    assert "Förankring med partnerskapet" in text and "regionfullmäktige" in text, text


@pytest.mark.parametrize("question", [
    "Är uppdateringen av RUS samma sak som vårt näringslivsprogram?",
    "Is the RUS update the same as our municipality's comprehensive plan?",
])
def test_rus_compared_with_something_unnamed_is_not_in_the_material(engine: AnswerEngine, question: str) -> None:
    text = engine.answer(question, at(2021, 4, 12)).text
    assert text.startswith(("Det säger underlaget inget om", "The material does not say")), text
    assert "regionala utvecklingsstrategin" in text or "regional development strategy" in text, text
    assert "er näringslivsprogram" not in text, text


@pytest.mark.parametrize(("question", "name"), [
    ("Vi på Handelskammaren slipper väl att lämna remissvar, vi är ju ingen myndighet?", "Handelskammaren"),
    ("Bildningsförbundet behöver väl inte svara på remissen?", "Örebro läns bildningsförbund"),
    ("Our university is exempt from the consultation response, isn't it?", "Örebro universitet"),
])
def test_a_member_doubting_it_answers_is_told_it_is_a_respondent(engine: AnswerEngine, question: str,
                                                                 name: str) -> None:
    text = engine.answer(question, at(2021, 6, 28)).text
    assert not text.startswith(("Ja", "Yes")), text
    assert f"{name}** är en av remissinstanserna" in text or f"{name} är en av dem" in text or (
        f"{name}** is one of the respondents" in text), text
    assert "artnerskapet" in text or "artnership" in text, text
    assert "Det står inte i underlaget, och jag kan inte" not in text, text


def test_a_member_asking_whether_it_must_answer_is_told_it_is_one_of_them(engine: AnswerEngine) -> None:
    text = engine.answer("Måste RF-SISU skicka in ett remissvar?", at(2021, 7, 1)).text
    assert "RF-SISU är en av dem" in text, text
    assert "inte i underlaget" in text, text


@pytest.mark.parametrize("question", [
    "Vilka står egentligen bakom uppdateringen av RUS?",
    "Who's behind the RUS review, actually?",
])
def test_who_is_behind_rus_is_told_from_the_process(engine: AnswerEngine, question: str) -> None:
    text = engine.answer(question, at(2021, 2, 3)).text
    assert "Region Örebro län" in text, text
    assert "egionledningen" in text or "regional leadership" in text, text
    assert "artnerskapet för regional utveckling" in text or "Partnership for Regional Development" in text, text


@pytest.mark.parametrize("question", [
    "Hur lyder partnerskapets fullständiga namn?",
    "Vad heter partnerskapet som beslutar om ändringarna?",
    "What's the correct name of the partnership? I need it for a report.",
])
def test_the_partnership_s_name_is_given(engine: AnswerEngine, question: str) -> None:
    text = engine.answer(question, at(2021, 11, 10)).text
    assert "**Partnerskapet för regional utveckling**" in text or "**the Partnership for Regional Development**" in (
        text), text


@pytest.mark.parametrize("question", [
    "Vad heter regionens ordförande?",
    "Vad heter chefen för Region Örebro län?",
])
def test_a_person_s_name_is_still_not_known(engine: AnswerEngine, question: str) -> None:
    text = engine.answer(question, at(2021, 11, 10)).text
    assert "**Region Örebro län**" not in text and "Det heter" not in text, text


@pytest.mark.parametrize(("question", "name"), [
    ("Har RF-SISU något eget ansvar i arbetet eller är vi en av flera?", "RF-SISU"),
    ("Bildningsförbundets roll i RUS-arbetet – har vi ett särskilt ansvar där, eller är vi en av flera parter?",
     "Örebro läns bildningsförbund"),
])
def test_a_member_s_role_is_the_partnership_s(engine: AnswerEngine, question: str, name: str) -> None:
    text = engine.answer(question, at(2021, 3, 30)).text
    assert f"{name} är med i Partnerskapet för regional utveckling" in text, text
    assert "anger underlaget inte" in text, text
    assert "Skicka in" not in text, text


@pytest.mark.parametrize("question", [
    "New here - what's a remiss, and what am I meant to do with it?",
    "What exactly is a remiss? And what do I do with it?",
])
def test_what_a_remiss_is_and_what_to_do(engine: AnswerEngine, question: str) -> None:
    text = engine.answer(question, at(2021, 6, 18)).text
    assert text.startswith("A remiss is"), text
    assert "**remissvar**" in text, text
