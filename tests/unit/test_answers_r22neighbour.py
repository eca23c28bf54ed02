"""Round 23, the first sentence answering a neighbouring question (batches 43/44): "i dag?" on the day of a dated
step, an either-or of two days, another person's personal data, the role the question names rather than the one the
asker introduces themselves with, "samma" said of something else than a member and a role, a "must it be
registered?" after the deadline, feedback and staffing the material does not cover, the principle of short lead
times, whether the consultation is out, and who receives it."""
from __future__ import annotations

import pytest

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at


@pytest.mark.parametrize("question", ["är det i dag?", "is it today?"])
def test_today_on_the_check_in_day_is_the_check_in(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 3, 11))
    assert a.topic == "check_in", a.text
    assert "11 mars" in a.text.split("\n")[0] or "11 March" in a.text.split("\n")[0], a.text


@pytest.mark.parametrize("question", [
    "Gäller 30 september eller 1 oktober för remissvaren?",
    "Quick check: is the consultation open until 30 September or 1 October?",
])
def test_two_days_set_against_each_other_lead_with_the_last_day(engine: AnswerEngine, question: str) -> None:
    first = engine.answer(question, at(2021, 9, 20)).text.split(".")[0]
    assert "30 september" in first.lower(), first


def test_erasing_members_who_left_names_the_coordinators_command(engine: AnswerEngine) -> None:
    text = engine.answer("How do I erase the personal data of participants that have left the partnership?",
                         at(2021, 12, 1)).text
    assert text.split(".")[0].count("personuppgifter radera"), text


def test_the_role_asked_not_the_askers_own(engine: AnswerEngine) -> None:
    a = engine.answer("Hej, jag jobbar på Lekebergs kommun sedan en vecka. Vad har partnerskapet för uppgift i "
                      "översynen?", at(2021, 2, 1))
    assert a.topic == "role.partnerskapet", a.text


def test_same_said_of_the_structure_is_no_member_and_role_comparison(engine: AnswerEngine) -> None:
    text = engine.answer("Vi är från Nora kommun. Blir målen desamma som förut, och är strukturen densamma?",
                         at(2021, 2, 1)).text
    assert "inte samma" not in text, text


def test_must_an_extension_be_registered_is_yes(engine: AnswerEngine) -> None:
    text = engine.answer("Vår nämnd tar svaret 8 oktober. Behöver det registreras på något sätt?",
                         at(2021, 9, 15)).text
    assert text.startswith("Ja, som anstånd"), text


@pytest.mark.parametrize("question,words", [
    ("kommer vi få nån feedback på remissvaret vi lämnade", "återkoppling"),
    ("är det någon som arbetar med RUS nu i juli eller är alla på semester", "semester"),
])
def test_what_the_material_does_not_cover_leads(engine: AnswerEngine, question: str, words: str) -> None:
    text = engine.answer(question, at(2021, 7, 12)).text
    assert text.startswith("Underlaget tar inte upp") and words in text.split("\n")[0], text


def test_short_notice_is_the_short_lead_times_principle(engine: AnswerEngine) -> None:
    text = engine.answer("Underlaget inför mötet kom bara två dagar innan. Kan vi få bättre framförhållning nästa "
                         "gång?", at(2021, 3, 5)).text
    assert "Korta ledtider" in text[:120], text


def test_is_the_consultation_out_is_its_state(engine: AnswerEngine) -> None:
    a = engine.answer("remissen utskickad än? ser inget i inkorgen", at(2021, 6, 15))
    assert a.topic == "consultation.status", a.text


def test_the_recipient_of_the_consultation_leads(engine: AnswerEngine) -> None:
    text = engine.answer("Vem är mottagare av remissen, organisationerna eller personerna i partnerskapet?",
                         at(2021, 6, 20)).text
    assert text.startswith("Remissen går till Partnerskapet") and "Askersund" in text.split("\n")[0], text


def test_changing_a_submitted_response_is_no_question_of_others_responses(engine: AnswerEngine) -> None:
    text = engine.answer("Hej, Nora här. Vi skickade remissvaret i måndags. Går det att ändra ett inskickat svar "
                         "nu? Hur ser jag att det har kommit in?", at(2021, 9, 10)).text
    assert not text.startswith("Nej, inte i boten"), text
