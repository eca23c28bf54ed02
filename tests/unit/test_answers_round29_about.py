"""Issue 9, round 29 (r29about): questions about RUS, the review and the partnership where a part was left out, a
stock text given or a premise left standing (blind batches 55–58). Each test asks in other words than those batches."""

from __future__ import annotations

import pytest

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at


@pytest.mark.parametrize(("question", "who"), [
    ("Vi tänkte skriva ett gemensamt svar med Sensus, de sitter ju också i partnerskapet. Går det bra?", "Sensus"),
    ("Medborgarskolan är väl med i partnerskapet? Vem är deras kontaktperson?", "Medborgarskolan")])
def test_a_study_association_is_not_the_member(engine: AnswerEngine, question: str, who: str) -> None:
    a = engine.answer(question, at(2021, 8, 30))
    assert f"Nej, **{who}** är inte med i partnerskapet" in a.text, a.text


def test_they_of_the_sentence_before_are_asked_of_and_their_say_is_unknown(engine: AnswerEngine) -> None:
    a = engine.answer("Coompanion i Nora har hört av sig om RUS. Är de med i partnerskapet? Om inte, hur kan de "
                      "påverka?", at(2021, 3, 10))
    assert "Nej, **Coompanion** är inte med" in a.text, a.text
    assert "står inte i underlaget" in a.text and "samordnarna" in a.text, a.text


def test_who_else_is_a_member_beside_a_yes_lists_them(engine: AnswerEngine) -> None:
    a = engine.answer("Is Handelskammaren really in the partnership, and who else is in it?", at(2021, 2, 10))
    assert "Yes, **Handelskammaren**" in a.text and "RF-SISU" in a.text and "Lekeberg" in a.text, a.text


def test_who_represents_an_organisation_is_not_in_the_material(engine: AnswerEngine) -> None:
    a = engine.answer("Is Länsstyrelsen a member of the partnership, and who represents it?", at(2021, 2, 10))
    assert a.text.startswith("Yes") and "not in the material" in a.text, a.text


def test_what_the_partnership_is_beside_rus(engine: AnswerEngine) -> None:
    a = engine.answer('nyanställd här, vad betyder RUS och vad är "partnerskapet"?', at(2021, 1, 12))
    assert "regional utvecklingsstrategi" in a.text and "Örebro läns bildningsförbund" in a.text, a.text
    assert "beslutar om vad som ska uppdateras" in a.text, a.text


def test_a_description_of_the_partnership_replaces_the_stock_text(engine: AnswerEngine) -> None:
    a = engine.answer("Could you describe the partnership briefly for our annual report?", at(2021, 6, 2))
    assert "consists of representatives" in a.text and "decides what is to be updated" in a.text, a.text


def test_rf_in_the_timeline_is_the_regional_council_not_rf_sisu(engine: AnswerEngine) -> None:
    a = engine.answer("Det står RF sist i tidplanen. Ska vi på RF-SISU göra något där?", at(2021, 3, 3))
    assert a.text.startswith("Nej – ”RF” i tidplanen står för regionfullmäktige"), a.text


def test_sport_represented_through_lansstyrelsen_is_corrected(engine: AnswerEngine) -> None:
    a = engine.answer("Någon sa att idrotten inte är med i partnerskapet själv utan representeras via "
                      "Länsstyrelsen. Stämmer det?", at(2021, 8, 2))
    assert a.text.removeprefix("Hej! ").startswith("Nej – RF-SISU är själv med"), a.text


def test_review_or_update_gets_both_words(engine: AnswerEngine) -> None:
    a = engine.answer("Heter det översyn eller uppdatering i våra dokument, vilket ord är rätt?", at(2021, 5, 3))
    assert a.text.startswith("Underlaget använder båda orden"), a.text


def test_regular_or_one_off_leads_with_every_mandate_period(engine: AnswerEngine) -> None:
    a = engine.answer("Does this review happen on a regular basis, or is it a one-time thing due to the pandemic?",
                      at(2021, 4, 2))
    assert a.text.startswith("It happens regularly: RUS is reviewed every mandate period"), a.text


def test_why_an_update_instead_of_a_new_one_gives_the_mandate(engine: AnswerEngine) -> None:
    a = engine.answer("My manager asks why they only revise the strategy instead of writing a new one after all the "
                      "changes. What's the rationale, and when is it done?", at(2021, 8, 10))
    assert "not a new RUS" in a.text and "mandate period" in a.text, a.text
    assert "I don't know" not in a.text, a.text


def test_new_goals_are_no_flat_no(engine: AnswerEngine) -> None:
    a = engine.answer("Får vi föreslå nya mål om kultur när strukturen ska behållas? Vem bestämmer det?",
                      at(2021, 5, 12))
    assert not a.text.removeprefix("Hej! ").startswith("Nej"), a.text
    assert "Om nya mål kan komma med står inte i underlaget" in a.text and "Partnerskapet" in a.text, a.text


def test_the_pandemic_as_a_reason_is_one_of_the_events(engine: AnswerEngine) -> None:
    a = engine.answer("Våra ledamöter frågar varför pandemin överhuvudtaget hör hemma i en långsiktig strategi. Vad "
                      "anger underlaget för skäl?", at(2021, 5, 11))
    assert a.text.startswith("Pandemin och dess utmaningar är en av händelserna"), a.text


def test_corona_support_to_companies_is_declined(engine: AnswerEngine) -> None:
    a = engine.answer("vet du om det blir nåt nytt coronastöd till handlarna i centrum?", at(2021, 2, 1))
    assert a.text.startswith("Det vet jag inte"), a.text


def test_coordinators_role_beside_the_partnership(engine: AnswerEngine) -> None:
    a = engine.answer("Vilken roll har samordnarna jämfört med partnerskapet?", at(2021, 5, 20))
    assert "beslutar om vad som ska uppdateras" in a.text and "Samordnarnas roll beskriver underlaget inte" in a.text, \
        a.text
