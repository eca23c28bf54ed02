"""Issue 9, round 13, the answer side for roles and the bot's own features: the kinds of failure behind
batches 25 and 26. Each test asks in other words than the batch did, so that it checks the kind, not one
question."""

from __future__ import annotations

import pytest

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at


@pytest.mark.parametrize("question", ["kan du slå på påminnelserna igen åt mig",
                                      "jag vill ha mina påminnelser på igen",
                                      "please switch my reminders on again"])
def test_asking_for_the_reminders_back_on_does_it(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 8, 5))
    assert a.action == "nudges.on"


def test_asking_how_to_turn_the_reminders_on_only_explains(engine: AnswerEngine) -> None:
    a = engine.answer("hur gör man för att slå på påminnelserna igen?", at(2021, 8, 5))
    assert a.action is None and "påminn mig på" in a.text


@pytest.mark.parametrize("question", ["hur lägger man in ett nytt möte?", "how can I add a meeting?"])
def test_adding_a_meeting_is_the_coordinators_new_meeting(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 2, 10))
    assert "**nytt möte**" in a.text or "**new meeting**" in a.text
    assert "status" not in a.text.split("\n\n")[0]


@pytest.mark.parametrize("question", ["hallå, fungerar boten?", "tjenare! lever du?"])
def test_asking_whether_the_bot_works_is_answered_yes(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 4, 1))
    assert a.text.startswith(("Ja", "Yes"))


@pytest.mark.parametrize("question", ["ser andra vem som röstat på vad?", "is voting in the polls anonymous?"])
def test_the_poll_card_does_not_show_who_voted_for_what(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 4, 1))
    assert a.text.startswith(("Kortet visar inte vem", "The card does not show who"))


def test_others_inspel_are_the_coordinators_to_see(engine: AnswerEngine) -> None:
    a = engine.answer("får jag läsa vad de andra organisationerna har skickat in för inspel?", at(2021, 3, 1))
    assert a.text.startswith("Nej") and "samordnarna ser allas" in a.text


def test_coordinators_see_all_inspel_on_the_tab(engine: AnswerEngine) -> None:
    a = engine.answer("kan samordnarna se alla inspel från alla organisationer?", at(2021, 3, 1))
    assert a.text.startswith("Ja, samordnarna ser alla inspel") and "**Inspel**" in a.text


def test_writing_together_leads_and_says_who_submits(engine: AnswerEngine) -> None:
    a = engine.answer("Vi är fyra på Laxå kommun som skriver i samma utkast – vem av oss skickar in, och blir det "
                      "ett kvitto?", at(2021, 8, 30))
    lead = a.text.split("\n\n")[0]
    assert "samma svar" in lead and "Skicka in gör någon av organisationens bekräftade företrädare" in lead


def test_in_time_says_the_response_is_open_until_midnight(engine: AnswerEngine) -> None:
    a = engine.answer("hinner vi skicka in remissvaret?", at(2021, 9, 20))
    assert a.text.startswith("Ja") and "midnatt" in a.text.split("\n\n")[0]
