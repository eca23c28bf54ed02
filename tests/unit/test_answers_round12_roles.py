"""Issue 9, round 12, the answer side for roles, the bot's own features and multi-part messages: the kinds of
failure behind batches 23 and 24. Each test asks in other words than the batch did, so that it checks the kind,
not one question."""

from __future__ import annotations

import pytest

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at, first_sentence


@pytest.mark.parametrize("question", [
    "Vi är två på Askersunds kommun som vill jobba i samma remissvar tillsammans, fixar boten det?",
    "Kan flera av oss på Nora kommun skriva i remissvaret, eller får bara en person göra det?"])
def test_several_of_one_organisation_write_one_response(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 8, 20))
    assert a.text.startswith("Ja") and "samma svar" in a.text.split("\n\n")[0]
    assert "människa" not in a.text


@pytest.mark.parametrize("question", ["går boten att prova utan Teams?",
                                      "Can I try the bot without Teams, for a demo?"])
def test_the_bot_can_be_tried_without_teams_in_the_terminal_chat(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 3, 2))
    assert a.text.startswith(("Ja", "Yes")) and "python -m bot chat" in a.text


def test_a_coordinator_is_told_the_coordinators_commands(engine: AnswerEngine) -> None:
    a = engine.answer("Jag är nyanställd samordnare – vilka kommandon har jag i boten?", at(2021, 9, 1))
    assert first_sentence(a.text).startswith("Som samordnare kan du")
    for command in ("**status**", "**anstånd", "**export**", "**möten**", "**påminnelser här**", "**omröstning"):
        assert command in a.text


def test_a_coordinator_asking_to_grant_an_extension_gets_the_command(engine: AnswerEngine) -> None:
    a = engine.answer("Kumla behöver till 12 oktober. Kan jag som samordnare lägga in anstånd för Kumla?",
                      at(2021, 9, 20))
    assert a.text.startswith("Ja") and "**anstånd Kumla 2021-10-12**" in a.text


@pytest.mark.parametrize("question", ["påminnelserna på igen, tack", "kan jag få påminnelserna igen?"])
def test_nudges_back_on(engine: AnswerEngine, question: str) -> None:
    assert "**påminn mig på**" in first_sentence(engine.answer(question, at(2021, 9, 10)).text)


def test_why_reminders_after_answering_says_whom_they_go_to(engine: AnswerEngine) -> None:
    a = engine.answer("Varför kommer det påminnelser till mig när Laxå redan har skickat in svaret?", at(2021, 9, 23))
    lead = a.text.split("\n\n")[0]
    assert lead.startswith("Personliga påminnelser går bara till") and "**påminn mig av**" in lead


def test_a_coordinator_moving_the_reminders_to_another_channel(engine: AnswerEngine) -> None:
    a = engine.answer("Som samordnare vill jag flytta påminnelserna till en annan kanal, hur?", at(2021, 6, 1))
    assert "**påminnelser här**" in first_sentence(a.text)


def test_when_the_closing_reminders_come_leads_with_the_days(engine: AnswerEngine) -> None:
    a = engine.answer("när kommer påminnelserna om att remissen snart stänger?", at(2021, 8, 2))
    lead = a.text.split("\n")[0]
    assert "16 september 2021" in lead and "30 september 2021" in lead and "09:00" in lead


def test_editing_an_inspel_asked_first_is_answered_before_withdrawing(engine: AnswerEngine) -> None:
    a = engine.answer("går det att korrigera mitt inspel? det blev fel datum – eller måste jag radera det?",
                      at(2021, 2, 25))
    assert "**Ändra**" in first_sentence(a.text)


def test_numbered_questions_are_each_answered(engine: AnswerEngine) -> None:
    q = ("Hej, jag ska samordna Kumlas svar. Tre saker: (1) kan vi spara ett utkast, (2) när är sista dagen "
         "och (3) vilka är med i partnerskapet?")
    a = engine.answer(q, at(2021, 7, 1))
    assert "Spara utkast" in a.text and "30 september 2021" in a.text and "RF-SISU" in a.text
    assert a.text.count("Remissvaret lämnar er organisations") <= 1


def test_numbered_list_with_bare_parentheses(engine: AnswerEngine) -> None:
    q = "Två frågor: 1) när är avstämningen med partnerskapet 2) vem beslutar om den uppdaterade RUS?"
    a = engine.answer(q, at(2021, 2, 1))
    assert "11 mars" in a.text and "regionfullmäktige" in a.text


def test_what_one_member_does_is_what_every_member_does(engine: AnswerEngine) -> None:
    a = engine.answer("vad gör Handelskammaren i partnerskapet egentligen?", at(2021, 4, 12))
    assert first_sentence(a.text).startswith("Underlaget säger inget särskilt om vad just **Handelskammaren**")
    assert "beslutar om vad som ska uppdateras" in a.text and "11 mars 2021" in a.text


def test_which_underlag_asked_as_out_of_scope_leads_with_not_known(engine: AnswerEngine) -> None:
    a = engine.answer("vilka underlag bygger uppdateringen på, finns det någon utredning vi borde läsa?",
                      at(2021, 2, 8))
    assert a.text.startswith("Det vet jag inte") and "Fas 1" in a.text


def test_another_region_asked_beside_a_member_is_the_one_answered(engine: AnswerEngine) -> None:
    a = engine.answer("Är Region Dalarna också med i partnerskapet? Vi på Ljusnarsberg har mycket ihop med dem.",
                      at(2021, 5, 4))
    assert first_sentence(a.text).startswith("Nej, **Region Dalarna** är inte med")


def test_who_decides_told_with_the_askers_organisation_is_not_a_membership_answer(engine: AnswerEngine) -> None:
    a = engine.answer("Jag sitter på Laxå kommun. Vem bestämmer egentligen vad som ska uppdateras i RUS, är det "
                      "Region Örebro län?", at(2021, 1, 28))
    assert first_sentence(a.text).startswith("Partnerskapet för regional utveckling beslutar")


def test_how_to_give_an_inspel_leads_before_editing_it_later(engine: AnswerEngine) -> None:
    a = engine.answer("Vi på Kumla saknar kultur i RUS. Hur ger jag ett inspel, och kan jag ändra det sen?",
                      at(2021, 2, 3))
    assert "**Nytt inspel**" in first_sentence(a.text) and "**Ändra**" in a.text
