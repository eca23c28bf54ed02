"""Issue 9, round 12b, the answer side for roles, the bot's own features and multi-part messages: the kinds of
failure behind batches 23 and 24. Each test asks in other words than the batch did, so that it checks the kind,
not one question."""

from __future__ import annotations

import pytest

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at


def test_two_parts_asking_the_same_thing_get_one_answer(engine: AnswerEngine) -> None:
    a = engine.answer("Är den nya RUS:en antagen nu? Har RF beslutat om den, och när i så fall?", at(2021, 12, 20))
    assert a.text.count("Det vet jag inte") == 1


@pytest.mark.parametrize("question", ["Vem byggde dig, och varifrån kommer det du svarar?",
                                      "Who made you and where do your answers come from?"])
def test_the_bot_does_not_claim_sources_are_shown_under_the_answer(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 2, 8))
    assert "under svaret" not in a.text and "under the answer" not in a.text
    assert "samordnarna" in a.text or "coordinators" in a.text


@pytest.mark.parametrize("question,lead", [
    ("Stämmer det att regionen bestämmer vad som ska uppdateras?", "Nej"),
    ("Is it true that the regional council decides what is updated in RUS?", "No"),
    ("Är det länsstyrelsen som avgör vad som uppdateras i RUS?", "Nej"),
    ("Stämmer det att partnerskapet bestämmer vad som ska uppdateras?", "Ja")])
def test_a_check_naming_the_wrong_decider_is_answered_no(engine: AnswerEngine, question: str, lead: str) -> None:
    a = engine.answer(question, at(2021, 3, 10))
    assert a.text.startswith(lead)
    assert "artnership" in a.text.split("\n\n")[0] or "artnerskapet" in a.text.split("\n\n")[0]


@pytest.mark.parametrize("question,member", [
    ("Är Handelskammaren Värmland med i partnerskapet?", "Handelskammaren"),
    ("Ingår Länsstyrelsen i Örebro län i partnerskapet?", "Länsstyrelsen"),
    ("Är RF-SISU Örebro län medlem i partnerskapet?", "RF-SISU")])
def test_a_fuller_name_of_a_member_is_that_member(engine: AnswerEngine, question: str, member: str) -> None:
    a = engine.answer(question, at(2021, 2, 3))
    assert a.text.startswith("Ja") and member in a.text.split("\n")[0]


def test_a_chamber_asking_about_business_hears_it_is_a_member(engine: AnswerEngine) -> None:
    a = engine.answer("Jag är från Handelskammaren Mälardalen. Får företagen vara med i partnerskapet?",
                      at(2021, 2, 3))
    assert "inte med" not in a.text and "Handelskammaren** är med" in a.text


def test_a_name_starting_with_a_place_is_another_organisation(engine: AnswerEngine) -> None:
    a = engine.answer("Är Örebro läns museum med i partnerskapet?", at(2021, 2, 3))
    assert a.text.startswith("Nej")


@pytest.mark.parametrize("question", ["Var lagras det jag skriver till dig?",
                                      "Who built you, and where is what I type stored?"])
def test_where_what_is_written_is_stored(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 4, 1))
    assert "databas" in a.text and ("radera" in a.text or "erase" in a.text)


@pytest.mark.parametrize("question", ["Ska varje förvaltning i kommunen lämna ett eget remissvar?",
                                      "Does each faculty send its own consultation response, or one for all?"])
def test_one_response_per_organisation_not_per_unit(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 6, 20))
    assert a.text.startswith(("Remissvaret är ett per organisation", "There is one consultation response"))


def test_a_member_asking_its_role_hears_the_partnerships_role(engine: AnswerEngine) -> None:
    a = engine.answer("Jag jobbar på Länsstyrelsen. Är vi medlemmar i partnerskapet, och vilken roll har vi?",
                      at(2021, 2, 10))
    assert a.text.startswith("Ja") and "beslutar om vad som ska uppdateras" in a.text


def test_what_the_partnership_is_includes_what_it_does(engine: AnswerEngine) -> None:
    a = engine.answer("What is the Partnership for Regional Development, and who is in it?", at(2021, 2, 10))
    assert "RF-SISU" in a.text and "decides what is to be updated" in a.text


@pytest.mark.parametrize("question,member", [
    ("I'm with Handelskammaren. Are we really members of the partnership, and can I give input now?",
     "Handelskammaren"),
    ("Hej från RF-SISU! Är vi på riktigt med i partnerskapet? Och kan jag skicka ett inspel om idrott redan nu?",
     "RF-SISU")])
def test_membership_is_answered_beside_the_inspel(engine: AnswerEngine, question: str, member: str) -> None:
    a = engine.answer(question, at(2021, 2, 10))
    assert f"**{member}** is a member" in a.text or f"**{member}** är med" in a.text
    assert "inspel" in a.text.lower() or "input" in a.text.lower()


def test_we_in_a_part_is_the_member_the_message_names(engine: AnswerEngine) -> None:
    a = engine.answer("Hälsningar från RF-SISU! Är vi med i partnerskapet på riktigt? Och när öppnar remissen?",
                      at(2021, 3, 10))
    assert "**RF-SISU** är med" in a.text and "Medlemmarna är" not in a.text


@pytest.mark.parametrize("question", ["Var hittar jag en översikt med tidplanen och kommande möten?",
                                      "Where do I find an overview of the timeline and the meetings ahead?"])
def test_where_to_find_an_overview_points_to_the_card_and_the_tab(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 3, 30))
    assert ("**tidplan**" in a.text and "**Översikt**" in a.text) or (
        "**timeline**" in a.text and "**Overview**" in a.text)


def test_a_list_of_three_questions_gets_each_answered(engine: AnswerEngine) -> None:
    a = engine.answer("I'm writing a thesis on regional strategies. Three questions: how often is RUS reviewed, what "
                      "caused the 2021 review, and does the partnership decide anything itself?", at(2021, 3, 1))
    assert "mandate period" in a.text and "Green Deal" in a.text and "decides what is to be updated" in a.text


def test_linking_to_a_named_organisation_says_to_choose_it(engine: AnswerEngine) -> None:
    a = engine.answer("Vi på Kumla kommun är inte kopplade i boten. Hur kopplar jag mig, och vem godkänner det?",
                      at(2021, 2, 15))
    assert "**organisation**" in a.text and "**Kumla**" in a.text and "samordnare" in a.text
