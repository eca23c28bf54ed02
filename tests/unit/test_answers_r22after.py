"""Round 22, after batches 43/44's first scores (fixed after the scores were recorded): a decider told in the past
or the passive, names told to be members that are not, a member's own members as respondents, and a response to
give before the consultation has opened."""
from __future__ import annotations

import datetime as dt

import pytest

from rusbot.answers.engine import AnswerEngine
from rusbot.clock import STOCKHOLM
from tests.unit.answering import at


@pytest.mark.parametrize("question", [
    "Jag har fått höra att strategin ska fastställas av regeringen i januari. Stämmer det?",
    "Det sades på ledningsgruppen att RUS beslutas av kommunstyrelserna till slut, är det så?",
])
def test_a_decider_told_in_the_passive_is_corrected(engine: AnswerEngine, question: str) -> None:
    text = engine.answer(question, at(2021, 10, 20)).text
    assert text.startswith("Nej – det politiska beslutet"), text
    assert "regionfullmäktige" in text


def test_the_partnership_said_to_have_decided_in_the_past_is_corrected(engine: AnswerEngine) -> None:
    text = engine.answer("Partnerskapet tog väl det slutliga beslutet om RUS redan i september?",
                         at(2021, 11, 3)).text
    assert text.startswith("Nej – det slutliga, politiska beslutet"), text


def test_a_body_after_its_verb_deciding_what_is_updated_is_corrected(engine: AnswerEngine) -> None:
    text = engine.answer("Jag tror att det bestämde länsstyrelsen i vintras vad som skulle uppdateras, eller hur?",
                         at(2021, 5, 3)).text
    assert text.startswith("Nej – Partnerskapet för regional utveckling beslutar om vad som ska uppdateras"), text


@pytest.mark.parametrize("question, names", [
    ("Vi vill skriva remissvaret ihop med Länsförsäkringar och Almi, som också ingår i partnerskapet. Går det?",
     "Länsförsäkringar och Almi"),
    ("We plan a joint response with Visit Örebro, who are also in the partnership. Is that allowed?",
     "Visit Örebro"),
])
def test_names_told_to_be_members_that_are_not_are_refuted(engine: AnswerEngine, question: str, names: str) -> None:
    text = engine.answer(question, at(2021, 7, 1)).text
    assert text.startswith((f"Nej – {names} är inte med", f"No – {names} is not a member")), text


def test_members_told_to_be_members_are_not_refuted(engine: AnswerEngine) -> None:
    text = engine.answer("Vi pratar med Kumla och RF-SISU, som också sitter i partnerskapet. Kan vi svara ihop?",
                         at(2021, 7, 1)).text
    assert "inte med i" not in text


def test_a_members_own_members_as_respondents_is_not_a_yes(engine: AnswerEngine) -> None:
    text = engine.answer("Får bildningsförbundets medlemsorganisationer lämna egna remissvar?", at(2021, 8, 20)).text
    assert not text.startswith("Ja"), text
    assert "står inte i underlaget" in text


def test_a_response_in_a_month_before_the_opening_is_not_yet(engine: AnswerEngine) -> None:
    text = engine.answer("Kan vi skicka in remissvaret redan i april, vi är klara?", at(2021, 4, 6)).text
    assert text.startswith("Nej, inte än: enligt tidplanen öppnar remissen i mitten av juni 2021"), text


def test_a_choice_of_deciders_is_no_claim(engine: AnswerEngine) -> None:
    text = engine.answer("Vi har hört att vi får se texterna innan politiken. Stämmer det? Och tar kommunstyrelsen "
                         "eller regionfullmäktige det sista beslutet?", at(2021, 10, 20)).text
    assert not text.startswith("Nej – det politiska beslutet"), text


@pytest.mark.parametrize("question", ["idag är det 3 mars – är det mer än en vecka kvar till avstämningen?",
                                      "Today is 3 March. How many days until the check-in?"])
def test_today_told_as_a_date_is_not_what_the_days_count_to(engine: AnswerEngine, question: str) -> None:
    text = engine.answer(question, dt.datetime(2021, 3, 3, 9, tzinfo=STOCKHOLM)).text
    # (a comparison asked, "mer än en vecka?", is answered yes or no first, with the count: b46 #10)
    assert text.startswith(("**8 dagar** till **Avstämning med partnerskapet**", "**8 days** until",
                            "Ja, drygt en vecka (8 dagar) kvar")), text


def test_a_period_told_after_the_question_is_not_asked_about(engine: AnswerEngine) -> None:
    text = engine.answer("Behöver remissvaret förankras politiskt innan vi skickar in det? Jag är nyanställd och min "
                         "chef har semester.", dt.datetime(2021, 8, 10, 9, tzinfo=STOCKHOLM)).text
    assert not text.startswith("Ja"), text
    assert "återstår" not in text.split("\n")[0]


@pytest.mark.parametrize("question", ["Is the Region itself a member of the partnership?",
                                      "Sitter regionen själv med i partnerskapet?"])
def test_itself_is_no_part_of_a_members_name(engine: AnswerEngine, question: str) -> None:
    text = engine.answer(question, at(2021, 2, 12)).text
    assert text.startswith(("Yes, **Region Örebro län**", "Ja, **Region Örebro län**")), text
