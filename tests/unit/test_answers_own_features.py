"""The bot's own features asked in words, in wordings of our own: each answered by its own feature, and a rule for
one feature needs that feature's words (an export question is no erasure question)."""

from __future__ import annotations

import datetime as dt

import pytest

from rusbot.answers.engine import AnswerEngine
from rusbot.clock import STOCKHOLM


def ask(engine: AnswerEngine, text: str, month: int = 5, day: int = 10, year: int = 2021) -> str:
    return engine.answer(text, dt.datetime(year, month, day, 10, tzinfo=STOCKHOLM)).text


def test_taking_input_out_to_a_spreadsheet_is_no_erasure(engine: AnswerEngine) -> None:
    text = ask(engine, "Går det att ta ut alla inspel till en Excel-fil, och se hur många som har kommit in?")
    assert "personuppgifter radera" not in text
    assert "**export**" in text and "**status**" in text


def test_an_erasure_reaching_exports_is_still_the_erasure(engine: AnswerEngine) -> None:
    text = ask(engine, "Om vi tar bort en persons uppgifter, försvinner de då ur exporterna vi redan har gjort?")
    assert "personuppgifter radera" in text or "Exporter som redan" in text


@pytest.mark.parametrize("question", ["Kommer omröstningarna med när man exporterar?",
                                      "Does the export include drafts and polls?"])
def test_what_an_export_holds(engine: AnswerEngine, question: str) -> None:
    text = ask(engine, question, 11, 11)
    assert text.startswith(("Nej", "No")) and ("omröstningar" in text or "polls" in text)


def test_how_many_inspel_came_in_is_the_coordinators_status(engine: AnswerEngine) -> None:
    text = ask(engine, "Hur många inspel har kommit in totalt?")
    assert "**status**" in text and "Inspel" in text


def test_another_organisations_inspel_is_not_shown_to_a_partner(engine: AnswerEngine) -> None:
    text = ask(engine, "Kan jag se vilka inspel Kumla kommun har lämnat?")
    assert "inte andra organisationers inspel" in text and "Samordnarna ser allas" in text


def test_an_inspel_one_wrote_is_found_in_the_list(engine: AnswerEngine) -> None:
    assert ask(engine, "I wrote some input in March, can I see it somewhere?").startswith("You see your input")


@pytest.mark.parametrize("question", ["Min kollega får felet att hon inte är kopplad när hon ska öppna "
                                      "remissvaret, hur löser vi det?",
                                      "I can't submit our response, it says I'm not linked to an organisation. What "
                                      "do I do?"])
def test_not_linked_is_the_organisation_link(engine: AnswerEngine, question: str) -> None:
    assert "**organisation**" in ask(engine, question, 7, 10) or "the command **organisation**" in ask(
        engine, question, 7, 10)


@pytest.mark.parametrize("question", ["vi har fått en ny kollega som ska vara med i partnerskapet, hur kommer han "
                                      "igång med boten?", "How does a new colleague get into the bot?"])
def test_someone_new_starts_with_the_organisation_link(engine: AnswerEngine, question: str) -> None:
    assert ask(engine, question, 8, 30).startswith(("Börja här: skriv **organisation**",
                                                    "Start here: type **organisation**"))


@pytest.mark.parametrize("question", ["Var ser jag vad som händer framöver?",
                                      "How can partners see what's coming up, like meetings and deadlines?"])
def test_where_to_see_what_is_coming(engine: AnswerEngine, question: str) -> None:
    text = ask(engine, question)
    assert text.startswith(("Skriv **påminnelser**", "Write **reminders**"))


def test_no_command_for_a_reminder_on_request(engine: AnswerEngine) -> None:
    text = ask(engine, "How do I send a reminder to the organisations that haven't responded yet?", 9, 20)
    assert text.startswith("You cannot – there is no command") and "**status**" in text


def test_adding_a_meeting_is_new_meeting(engine: AnswerEngine) -> None:
    text = ask(engine, "Hur lägger jag till ett möte i boten så att alla får påminnelse?", 1, 10)
    assert text.startswith("Ett möte lägger en samordnare in med **nytt möte**")


@pytest.mark.parametrize("question", ["Vad gör du om man frågar nåt du inte vet?",
                                      "What do you say when you don't know the answer?"])
def test_what_the_bot_does_when_it_does_not_know(engine: AnswerEngine, question: str) -> None:
    assert ask(engine, question, 4, 22).startswith(("Då säger jag ”Det vet jag inte”", "Then I say \"I don't know\""))
