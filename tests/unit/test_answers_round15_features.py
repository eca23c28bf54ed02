"""Issue 9, round 15, the bot's own features: the kinds of failure behind batches 27 and 28 (extension status,
who grants it, what to write, the draft, the bot writing nothing for anyone, the reminders' channel, no extra
reminders on request, moving meetings, erasure and exports, status and export, inspel as a private person,
changing a submitted response, linking oneself). Each asks in other words than the batches did."""

from __future__ import annotations

import pytest

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at, first_sentence


@pytest.mark.parametrize("question", ["Har Kumla fått förlängning på remissvaret?",
                                      "är vårt anstånd fortfarande giltigt, gäller det?"])
def test_whether_an_extension_was_granted_is_shown_in_the_response(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 10, 4))
    assert "**remissvar**" in first_sentence(a.text) and "Ni har anstånd till och med" in a.text
    assert "30 september 2021" in a.text and a.action == "remissvar"


@pytest.mark.parametrize("question", ["beviljar du anstånd?", "Can you grant us an extension?"])
def test_the_bot_grants_no_extension_the_coordinators_do(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 9, 10))
    assert a.text.startswith(("Nej", "No")) and ("samordnarna" in a.text or "coordinators" in a.text)


def test_a_coordinator_grants_an_extension_through_the_bot_and_the_nudges_follow(engine: AnswerEngine) -> None:
    a = engine.answer("Hur påverkas påminnelserna om jag ger Nora anstånd via boten?", at(2021, 9, 20))
    assert "anståndets sista dag" in first_sentence(a.text)


@pytest.mark.parametrize("question", ["Vad bör vårt remissvar innehålla?", "Vad ska vi skriva i vårt svar på remissen?",
                                      "Finns det någon mall vi kan följa?",
                                      "What should our consultation response include?"])
def test_what_to_write_no_template_and_what_the_form_asks(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 7, 20))
    lead = first_sentence(a.text)
    assert ("mall" in lead and "underlaget" in lead) or ("template" in lead and "material" in lead)
    assert "ställningstagande" in a.text or "position" in a.text


@pytest.mark.parametrize("question", ["Är det boten som formulerar vårt remissvar?",
                                      "Jag hörde att du skriver remissvaret åt kommunerna automatiskt?"])
def test_the_bot_writes_no_response(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 8, 2))
    assert a.text.startswith("Nej") and "skriver inte remissvar" in first_sentence(a.text)


def test_the_saved_draft_opens_with_the_response(engine: AnswerEngine) -> None:
    a = engine.answer("Går det att se vårt sparade utkast igen?", at(2021, 9, 1))
    assert a.text.startswith("Ja") and "senast sparade utkastet" in first_sentence(a.text)


@pytest.mark.parametrize("question", ["Hur bestämmer man vilken kanal påminnelserna hamnar i?",
                                      "Byt påminnelsekanal till Projektgruppen"])
def test_the_reminders_channel_is_chosen_with_reminders_here(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 6, 1))
    assert "**påminnelser här**" in first_sentence(a.text)


def test_no_extra_reminder_on_request(engine: AnswerEngine) -> None:
    a = engine.answer("Kan du skicka ytterligare en påminnelse till kommunerna som inte svarat än?", at(2021, 9, 29))
    assert a.text.startswith("Nej") and "I dag" in a.text


def test_a_moved_meeting_is_re_planned_without_a_change_notice(engine: AnswerEngine) -> None:
    a = engine.answer("Blir deltagarna informerade om att mötet har flyttats?", at(2021, 3, 1))
    assert a.text.startswith("Nej") and "flytta möte" in a.text
    b = engine.answer("Kan du flytta vårt möte till en annan dag?", at(2021, 3, 1))
    assert b.text.startswith("Ja, om du är samordnare") and "dagen före det nya datumet" in b.text


def test_an_erasure_does_not_reach_exports_already_made(engine: AnswerEngine) -> None:
    a = engine.answer("Does erasing someone also remove them from the Excel export we downloaded last week?",
                      at(2021, 11, 2))
    assert "Exports already made" in first_sentence(a.text) and "personuppgifter radera" in a.text


def test_status_and_export_are_the_coordinators(engine: AnswerEngine) -> None:
    a = engine.answer("Går det att få ut inspelen som Excel?", at(2021, 9, 1))
    assert a.text.startswith("Det kan samordnarna") and "**export**" in first_sentence(a.text)
    b = engine.answer("kan jag se status för varje remissinstans?", at(2021, 9, 1))
    # (Round 35: asked "kan jag …?", who may leads, as for export – not a bare "Ja.")
    assert b.text.startswith("Det kan samordnarna") and "**status**" in first_sentence(b.text), b.text


@pytest.mark.parametrize("question", ["Får man lämna inspel privat, utan att företräda någon organisation?",
                                      "Can I send input as a private individual?"])
def test_inspel_as_a_private_person(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 3, 10))
    assert a.text.startswith(("Inte här", "Not here")) and "organisation" in first_sentence(a.text)


def test_a_change_after_submitting_is_a_new_version_of_the_response(engine: AnswerEngine) -> None:
    a = engine.answer("Om vi har skickat in svaret och hittar ett fel, vad händer om vi vill ändra?", at(2021, 8, 16))
    assert "Skicka in ny version" in a.text and "inspel" not in first_sentence(a.text)


def test_linking_oneself_needs_a_coordinators_confirmation(engine: AnswerEngine) -> None:
    a = engine.answer("Måste någon godkänna min koppling till Hallsberg?", at(2021, 9, 1))
    assert a.text.startswith("Ja, en samordnare bekräftar") and "Hallsberg" in a.text


@pytest.mark.parametrize("question", ["Vem är det som skickar in?", "Who of us submits the response?"])
def test_any_confirmed_representative_submits(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 8, 30))
    assert "bekräftade företrädare" in first_sentence(a.text) or "confirmed representatives" in first_sentence(a.text)


def test_approving_oneself_is_the_organisation_link(engine: AnswerEngine) -> None:
    a = engine.answer("Måste en samordnare bekräfta mig först?", at(2021, 9, 1))
    assert a.text.startswith("Ja, en samordnare bekräftar kopplingen") and "**organisation**" in a.text
