"""Round 21: questions about the bot's own features answered with a neighbouring feature (blind batches 39/40).
Wordings differ from the batches'."""

from __future__ import annotations

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at


def test_which_organisation_am_i_is_not_a_switch(engine: AnswerEngine) -> None:
    a = engine.answer("Vilken organisation är jag kopplad till? Vill inte råka svara för fel förvaltning",
                      at(2021, 7, 1))
    assert not a.text.startswith("Byt organisation") and "**organisation**" in a.text
    assert a.action == "organisation"


def test_a_meeting_between_two_people_is_not_booked(engine: AnswerEngine) -> None:
    a = engine.answer("Går det att boka in ett möte i boten mellan kommunchefen och regionråd Andersson?",
                      at(2021, 8, 11))
    assert a.text.startswith("Nej, det kan jag inte")


def test_where_the_entered_meetings_are_seen_names_the_meeting_command(engine: AnswerEngine) -> None:
    a = engine.answer("Var ser man vilka möten som är inlagda i boten?", at(2021, 4, 20))
    assert "**möten** listar dem" in a.text and "11 mars" not in a.text


def test_the_two_reminder_commands_are_both_explained(engine: AnswerEngine) -> None:
    a = engine.answer("Vad gör påminnelser här jämfört med påminn mig av?", at(2021, 6, 21))
    assert a.text.startswith("**påminnelser här** är samordnarnas kommando") and "**påminn mig av**" in a.text
    assert a.action is None


def test_seeing_someones_personal_data_leads_with_the_view_command(engine: AnswerEngine) -> None:
    a = engine.answer("En kollega vill veta vilka personuppgifter boten har om henne, var ser jag det?",
                      at(2021, 7, 1))
    assert "**personuppgifter <aad-id eller e-post>**" in a.text.split(".")[0]


def test_erasing_someones_personal_data_still_leads_with_erasure(engine: AnswerEngine) -> None:
    a = engine.answer("En kollega vill att vi raderar hennes personuppgifter, hur gör jag?", at(2021, 7, 1))
    assert "**personuppgifter radera" in a.text.split(".")[0]


def test_more_weeks_for_a_named_organisation_is_an_extension(engine: AnswerEngine) -> None:
    a = engine.answer("Lekeberg behöver mer tid för sitt remissvar, hur registrerar jag det?", at(2021, 9, 20))
    assert a.text.startswith("Som samordnare skriver du **anstånd Lekeberg")


def test_a_meeting_that_will_not_happen_is_cancelled_with_the_meeting_command(engine: AnswerEngine) -> None:
    a = engine.answer("Mötet nästa tisdag blir inte av. Hur tar vi bort det så att ingen påminnelse går ut?",
                      at(2021, 11, 17))
    assert "**ställ in möte <id>**" in a.text and "inga fler påminnelser" in a.text and "flyttats" not in a.text


def test_giving_suggestions_on_what_should_change_is_giving_input(engine: AnswerEngine) -> None:
    a = engine.answer("Hur skickar jag in synpunkter på vad som behöver ändras i RUS?", at(2021, 2, 19))
    assert not a.text.startswith("Ett inspel ändrar du")
