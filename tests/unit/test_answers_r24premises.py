"""Round 24, premises about who decides, votes, adopts or is a member: a body the material does not give the decision
(a member organisation, a municipal council, the parliament) said or taken for granted to decide, adopt or vote on
RUS is corrected first – in a claim and in a question that takes it for granted; a decision on the organisation's own
response is no such claim; the politicians' part, which the material gives, is not said to be missing."""
from __future__ import annotations

import pytest

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at


@pytest.mark.parametrize("question, body", [
    ("Min kollega säger att strategin ska klubbas i kommunfullmäktige i oktober. Är det korrekt?",
     "kommunfullmäktige"),
    ("We were told the strategy will be adopted by Handelskammaren's board – is that right?", "Handelskammaren"),
    ("Is it true that the Chamber of Commerce gets a vote on the final RUS?", "Handelskammaren"),
    ("Jag har förstått att RF-SISU ska rösta om den slutliga strategin, stämmer det?", "RF-SISU"),
    ("As far as I understand, the County Administrative Board takes the final decision on RUS?", "Länsstyrelsen"),
])
def test_a_body_said_to_decide_is_corrected_first(engine: AnswerEngine, question: str, body: str) -> None:
    text = engine.answer(question, at(2021, 5, 4)).text
    first = text.split("\n\n")[0]
    assert first.startswith(("Nej –", "No –")), text
    assert "regionfullmäktige" in first and body in first, text


@pytest.mark.parametrize("question", [
    "När ska partnerskapet rösta om RUS i regionfullmäktige?",
    "When does the partnership adopt the final strategy in the council?",
])
def test_a_question_taking_the_partnership_as_decider_for_granted_is_corrected(engine: AnswerEngine,
                                                                               question: str) -> None:
    text = engine.answer(question, at(2021, 8, 10)).text
    first = text.split("\n\n")[0]
    assert first.startswith(("Nej –", "No –")) and ("inte av partnerskapet" in first or "not by the partnership" in
                                                     first or "partnerskapet röstar" in first or
                                                     "partnership votes" in first), text


@pytest.mark.parametrize("question", [
    "Is it true that our answer has to be approved by the municipal council before we send it?",
    "Stämmer det att vårt remissvar måste godkännas av kommunstyrelsen först?",
])
def test_a_decision_on_the_own_response_is_no_claim_about_rus(engine: AnswerEngine, question: str) -> None:
    text = engine.answer(question, at(2021, 8, 10)).text
    assert "regionfullmäktige (RF)" not in text.split("\n\n")[0] or not text.startswith(("Nej –", "No –")), text


def test_the_choice_between_two_bodies_is_not_read_as_a_claim(engine: AnswerEngine) -> None:
    text = engine.answer("Antar regionstyrelsen eller regionfullmäktige strategin?", at(2021, 8, 10)).text
    assert not text.startswith("Nej –"), text


@pytest.mark.parametrize("question", [
    "Vad händer om politikerna inte håller med partnerskapet?",
    "vad händer om partnerskapet och regionens politiker är oense om uppdateringarna",
])
def test_disagreement_is_said_unknown_and_the_politicians_part_is_given(engine: AnswerEngine, question: str) -> None:
    text = engine.answer(question, at(2021, 11, 2)).text
    assert "står inte i underlaget" not in text.split("\n\n")[0] or "roll" not in text.split("\n\n")[0], text
    assert "Vilken roll politikerna har" not in text, text
    assert "politiskt beslut i regionfullmäktige" in text, text


@pytest.mark.parametrize("question, name", [
    ("Hej! Vi på Region Gävleborg vill gärna lämna ett remissvar också. Hur gör vi?", "Region Gävleborg"),
    ("Hi, we at Almi would like to respond to the consultation. Is that possible?", "Almi"),
])
def test_an_organisation_outside_the_partnership_asking_to_respond_is_told_who_it_goes_to(
        engine: AnswerEngine, question: str, name: str) -> None:
    text = engine.answer(question, at(2021, 8, 20)).text
    first = text.split("\n\n")[0]
    assert name in first and ("inte med bland" in first or "not among" in first), text
    assert "står inte i underlaget" in first or "not in the material" in first, text
    # Whom it goes to: the respondents, as "vem får remissen?" lists them (the region sends it and answers none).
    assert "Örebro läns bildningsförbund" in first and "Region Örebro län" not in first, text


@pytest.mark.parametrize("question", [
    "Kan en förening som inte är med i partnerskapet också svara på remissen?",
    "May non-members send a consultation response too?",
])
def test_a_non_member_asking_to_respond_gets_the_honest_answer_first(engine: AnswerEngine, question: str) -> None:
    first = engine.answer(question, at(2021, 8, 20)).text.split("\n\n")[0]
    assert first.startswith(("Om andra än partnerskapets", "Whether others than the")), first


@pytest.mark.parametrize("question", [
    "Semestrarna är slut och vi ska skriva vårt remissvar nu.",
    "Vi på Degerfors KS vill veta när remissvaret ska vara inne.",
])
def test_no_outsider_is_read_into_a_capitalised_word_or_a_members_part(engine: AnswerEngine, question: str) -> None:
    text = engine.answer(question, at(2021, 8, 20)).text
    assert "inte med bland dem" not in text, text


def test_a_list_put_up_for_checking_with_a_stranger_is_corrected(engine: AnswerEngine) -> None:
    text = engine.answer("Could you confirm that the partnership includes the municipalities, the university and "
                         "Region Dalarna? And that RUS is to be ready at the end of 2021?", at(2021, 5, 3)).text
    first = text.split("\n\n")[0]
    assert first.startswith("No –") and "Region Dalarna" in first and "not a member" in first, text


@pytest.mark.parametrize("question, other", [
    ("Fattas det slutliga beslutet om strategin av styrelsen i regionen eller av fullmäktige?", "regionstyrelsen"),
    ("Is the update approved by the County Administrative Board or by the regional council?", "Länsstyrelsen"),
])
def test_a_choice_between_the_council_and_another_body_names_the_council(engine: AnswerEngine, question: str,
                                                                         other: str) -> None:
    first = engine.answer(question, at(2021, 9, 1)).text.split("\n\n")[0]
    assert first.startswith(("Regionfullmäktige:", "The regional council (regionfullmäktige, RF), the full")), first
    assert other in first, first


@pytest.mark.parametrize("question", [
    "Sitter Länsstyrelsen med i KC/RD?",
    "Is RF-SISU part of KC/RD as well?",
])
def test_membership_of_a_body_without_a_member_list_is_said_unknown(engine: AnswerEngine, question: str) -> None:
    text = engine.answer(question, at(2021, 2, 1)).text
    first = text.split("\n\n")[0]
    assert first.startswith(("Vilka som är med i KC/RD anges inte",
                             "The material does not say who is a member of KC/RD")), text


@pytest.mark.parametrize("question, name", [
    ("Vi har hört att Handelskammaren bara är adjungerad i partnerskapet. Stämmer det?", "Handelskammaren"),
    ("Someone told me the university is only an observer in the partnership – true?", "Örebro universitet"),
])
def test_a_member_said_to_be_only_an_observer_is_corrected(engine: AnswerEngine, question: str, name: str) -> None:
    first = engine.answer(question, at(2021, 4, 6)).text.split("\n\n")[0]
    assert first.startswith(("Nej –", "No –")) and name in first, first


def test_decision_power_or_advisory_gets_no_yes(engine: AnswerEngine) -> None:
    text = engine.answer("Har partnerskapet någon verklig beslutsmakt över strategin, eller är det bara rådgivande?",
                         at(2021, 4, 6)).text
    assert not text.startswith(("Ja", "Yes")) and "beslutar om vad som ska uppdateras" in text.split("\n\n")[0], text


def test_who_leads_and_who_decides_in_one_clause_are_both_corrected(engine: AnswerEngine) -> None:
    text = engine.answer("Vår chef tror att Handelskammaren leder översynen och fattar beslutet om RUS. Stämmer det?",
                         at(2021, 3, 1)).text
    paragraphs = text.split("\n\n")
    assert paragraphs[0].startswith("Nej –") and "Handelskammaren" in paragraphs[0], text
    assert any(p.startswith("Nej – det står inte i underlaget att Handelskammaren leder") for p in paragraphs), text


def test_a_members_own_strategy_is_no_claim_about_rus(engine: AnswerEngine) -> None:
    text = engine.answer("Stämmer det att RF-SISU ska anta sin egen idrottsstrategi i höst?", at(2021, 8, 2)).text
    assert "inte av RF-SISU" not in text, text
