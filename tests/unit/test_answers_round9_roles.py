"""Issue 9, round 9, the roles / features / facts answerers: the kinds of failure behind batches 17 and
18's grades. Each test asks in other words than the batch did, so that it checks the kind, not one question."""

from __future__ import annotations

import pytest

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at


def first_paragraph(text: str) -> str:
    return text.split("\n")[0]


@pytest.mark.parametrize("question", ["är politikerna med i partnerskapet?", "Vilka sitter i partnerskapet?",
                                      "vilka är med i partnerskapet för regional utveckling"])
def test_the_partnership_is_its_quoted_list_never_all_officials(engine: AnswerEngine, question: str) -> None:
    # "(tjänstepersoner)" stands after the list once; "alla är tjänstepersoner" is more than it says (batch 17).
    a = engine.answer(question, at(2021, 4, 12))
    assert "Region Örebro län (tjänstepersoner)" in a.text
    assert "företrädare (tjänstepersoner)" not in a.text and "är tjänstepersoner" not in a.text


def test_politicians_lead_with_the_quote_and_that_they_are_not_named(engine: AnswerEngine) -> None:
    lead = first_paragraph(engine.answer("finns det några politiker bland partnerskapets företrädare?",
                                         at(2021, 5, 3)).text)
    assert lead.startswith("Enligt underlaget") and "(tjänstepersoner)" in lead and "politiker nämns inte" in lead


@pytest.mark.parametrize("question", ["Varför är Handelskammaren med i partnerskapet?",
                                      "Why is Länsstyrelsen a member of the partnership?"])
def test_why_a_member_is_in_the_partnership_is_not_given(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 5, 3))
    lead = first_paragraph(a.text)
    assert ("anger inte varför" in lead or "gives no reason" in lead) and not lead.startswith(("Ja", "Yes"))
    assert "beslutar om vad som ska uppdateras" in a.text or "decides what is to be updated" in a.text


def test_the_regions_role_gives_the_mandates_reason(engine: AnswerEngine) -> None:
    a = engine.answer("vilken roll har Region Örebro län i det här?", at(2021, 5, 3))
    assert "händelser i omvärlden" in a.text and "anges inte" not in a.text
    assert "nämnderna" in a.text and "regionfullmäktige" in a.text


def test_which_underlag_is_not_said_and_goes_in_as_an_inspel(engine: AnswerEngine) -> None:
    a = engine.answer("vilka underlag gäller för fas 2, ska vi bidra med egna siffror?", at(2021, 4, 20))
    lead = first_paragraph(a.text)
    assert lead.startswith("Vilka underlag") and "står inte" in lead and "inspel" in lead and "samordnarna" in lead


def test_proposing_a_new_area_is_an_inspel_within_the_mandate(engine: AnswerEngine) -> None:
    a = engine.answer("Kan vi föreslå ett nytt prioriterat område i RUS och ändra strukturen?", at(2021, 2, 25))
    lead = first_paragraph(a.text)
    assert lead.startswith("Ja") and "inspel" in lead and "partnerskapet" in lead
    assert "inte en ny RUS" in a.text and "Strukturen i nuvarande RUS behålls" in a.text


def test_others_than_the_members_responding_is_not_said(engine: AnswerEngine) -> None:
    a = engine.answer("Får föreningar skicka remissvar själva eller bara via RF-SISU?", at(2021, 7, 1))
    lead = first_paragraph(a.text)
    assert "står inte i underlaget" in lead and "samordnarna" in lead and not lead.startswith("Ja")


def test_the_purpose_of_the_update_why_now_and_the_partnership(engine: AnswerEngine) -> None:
    a = engine.answer("vad är syftet med översynen av RUS, varför nu, och vilken roll har partnerskapet?",
                      at(2021, 2, 20))
    assert not a.text.startswith("Syftet med ärendet")
    assert "Syftet med uppdateringen" in first_paragraph(a.text)
    assert "händelser i omvärlden" in a.text and "beslutar om vad som ska uppdateras" in a.text


def test_why_updated_and_what_stays(engine: AnswerEngine) -> None:
    a = engine.answer("Why is RUS being reviewed, and what will not change?", at(2021, 6, 1))
    assert "events" in a.text and "not a new RUS" in a.text and "structure" in a.text


def test_a_member_asking_when_it_is_active_gets_the_steps_and_the_timeline_wish(engine: AnswerEngine) -> None:
    a = engine.answer("Kan du beskriva faserna och när vi i Nora kommun förväntas vara aktiva? Kan kommunerna "
                      "påverka tidplanen?", at(2021, 1, 25))
    assert "Fas 1" in a.text and "Fas 2" in a.text
    assert "11 mars" in a.text and "förankring med partnerskapet" in a.text
    assert "önskade en remiss till och med september" in a.text


def test_how_to_give_an_inspel_before_a_date_leads_with_how(engine: AnswerEngine) -> None:
    a = engine.answer("inför 11 mars: hur ger jag ett inspel i boten?", at(2021, 2, 15))
    assert first_paragraph(a.text).startswith("Inspel") and "Nytt inspel" in first_paragraph(a.text)
    assert "ingen sista dag" in a.text


def test_withdrawing_an_inspel_is_followed_by_the_list_not_how_to_give_one(engine: AnswerEngine) -> None:
    a = engine.answer("radera mitt inspel om bredband", at(2021, 4, 1))
    assert a.text.startswith("Ett inspel drar du tillbaka") and "Nytt inspel" not in a.text
    assert "inget sådant inspel" in a.text


def test_what_the_reminders_are_and_no_email(engine: AnswerEngine) -> None:
    a = engine.answer("vad för påminnelser skickar boten, kommer de som mail?", at(2021, 7, 1))
    assert a.text.startswith("Nej, mejl skickar jag inte") and "Teams" in first_paragraph(a.text)
    assert a.action == "reminders"


def test_a_sent_response_asked_whether_it_arrived_is_the_receipt(engine: AnswerEngine) -> None:
    a = engine.answer("vi skickade remissvaret i måndags – har det kommit fram?", at(2021, 10, 6))
    lead = first_paragraph(a.text)
    assert "kvitto" in lead and "Remisstiden gick ut" not in lead and "**remissvar**" in lead


def test_others_inspel_are_not_shown_to_a_partner(engine: AnswerEngine) -> None:
    a = engine.answer("can I see the other organisations' input?", at(2021, 4, 21))
    assert a.text.startswith("No") and "coordinators" in first_paragraph(a.text)
