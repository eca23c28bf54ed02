"""After batches 51/52's first answers: four kinds of wrong or evasive answer, fixed with wordings of our own –
an organisation-like name the membership question asks of, beside a member named only as context (52 #13 said
"Yes, Karlskoga"); a person's title read as an organisation (52 #28: "Nej, KSO är inte med"); a reminder asked for on
a day of one's own choosing read as a count of days left (52 #59: "Ja: … återstår 41 dagar"); and the bot's future
answered "jag finns här när du vill" (51 #92)."""
from __future__ import annotations

import pytest

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at


@pytest.mark.parametrize("question", [
    "Does Region Dalarna belong to the partnership? Lindesberg has a lot of contact with Dalarna.",
    "Ingår Region Västmanland i partnerskapet? Hallsberg och Kumla jobbar ju mycket åt det hållet.",
    "Is Arboga kommun included in the partnership? Kumla mentioned them once.",
    "Är Länsstyrelsen i Värmlands län med i partnerskapet? Karlskoga undrar.",
])
def test_the_stranger_asked_of_leads_not_the_member_told_beside_it(engine: AnswerEngine, question: str) -> None:
    text = engine.answer(question, at(2021, 3, 10)).text
    assert text.startswith(("Nej, **", "No, **")), text
    assert "inte med" in text or "not a member" in text, text
    assert "Örebro läns bildningsförbund" in text, text     # the members listed
    for member in ("Lindesberg", "Hallsberg", "Kumla", "Karlskoga"):
        assert f"**{member}**" not in text, text


@pytest.mark.parametrize("question", ["Är Hallsberg kommun med i partnerskapet?", "Is Region Örebro län a member?"])
def test_a_member_asked_of_is_still_a_yes(engine: AnswerEngine, question: str) -> None:
    text = engine.answer(question, at(2021, 3, 10)).text
    assert text.startswith(("Ja", "Yes")), text


@pytest.mark.parametrize("question", [
    "Vår KSO:n frågar vad skillnaden är mellan förankring med partnerskapet och politisk förankring?",
    "Min kommundirektör undrar: vad skiljer förankring med partnerskapet från politisk förankring, och i vilka organ?",
    "Our mayor wonders what the difference is between anchoring with the partnership and political anchoring.",
])
def test_a_title_is_no_organisation_and_the_difference_is_answered(engine: AnswerEngine, question: str) -> None:
    text = engine.answer(question, at(2021, 4, 20)).text
    assert "är inte med" not in text and "is not a member" not in text, text
    assert "nämnder" in text or "committees" in text, text
    assert "regionfullmäktige" in text or "regional council" in text, text


def test_a_title_is_never_the_unknown_name() -> None:
    import datetime as dt

    from rusbot.process.loader import load_process
    from rusbot.understanding.entities import EntityRules

    rules = EntityRules(load_process())
    for question in ("Vår KSO undrar när remissen kommer?", "Kommundirektören undrar vem som beslutar?",
                     "Min KS-ordförande frågar om tidplanen?"):
        assert rules.find(question, dt.date(2021, 4, 20)).unknown_name is None, question


@pytest.mark.parametrize("question", [
    "Kan du påminna mig den 25 augusti om remissvaret?",
    "Går det att få en påminnelse i början av september?",
    "Could you remind me next week about the consultation?",
    "Can I get a reminder about the deadline in late August?",
])
def test_a_reminder_on_a_day_of_ones_own_is_not_offered(engine: AnswerEngine, question: str) -> None:
    text = engine.answer(question, at(2021, 7, 12)).text
    assert not text.startswith(("Ja", "Yes", "No –", "Nej –")), text
    assert "återstår" not in text and "left" not in text.split("\n")[0], text
    assert "14, 7 och 1 dagar" in text or "14, 7 and 1 days" in text, text
    assert "själv väljer" in text or "own choosing" in text, text


def test_a_numbered_list_without_brackets_is_parts() -> None:
    from rusbot.answers.engine import AnswerEngine as Engine
    from rusbot.process.loader import load_process

    engine = Engine(load_process())
    question = "snabba frågor:\n1 när stänger remissen\n2 kan du påminna mig i slutet av augusti"
    text = engine.answer(question, at(2021, 7, 12)).text
    assert "30 september 2021" in text, text
    assert "själv väljer" in text, text
    assert "återstår" not in text, text


@pytest.mark.parametrize("question", [
    "Tack för allt i höstas! Kommer du att finnas kvar efter uppdateringen?",
    "Thanks, this was really handy. Will you still be around next year?",
    "Ska du vara kvar nästa år?",
])
def test_the_bots_future_is_not_known(engine: AnswerEngine, question: str) -> None:
    text = engine.answer(question, at(2021, 12, 1)).text
    assert text.startswith(("Det vet jag inte", "I don't know")), text
    assert "när du vill" not in text and "whenever you like" not in text, text
    assert "samordnarna" in text or "coordinators" in text, text


def test_chit_chat_without_the_future_keeps_the_friendly_reply(engine: AnswerEngine) -> None:
    text = engine.answer("Tack! Vad ska du göra nu när remissen är slut, går du i ide?", at(2021, 10, 5)).text
    assert text.startswith("Varsågod"), text


@pytest.mark.parametrize("question", [
    "Does the partnership include Region Jönköping? Askersund borders on that county.",
    "Sitter Västerås stad med i partnerskapet?",
    "Är Landstinget Dalarna med i partnerskapet? Ljusnarsberg gränsar ju dit.",
])
def test_more_strangers_are_a_no(engine: AnswerEngine, question: str) -> None:
    text = engine.answer(question, at(2021, 3, 10)).text
    assert text.startswith(("Nej, **", "No, **")), text
    assert "**Sitter" not in text and "**Askersund**" not in text and "**Ljusnarsberg**" not in text, text


def test_a_member_municipality_called_a_stad_is_the_member(engine: AnswerEngine) -> None:
    text = engine.answer("Är Örebro stad med i partnerskapet?", at(2021, 3, 10)).text
    assert text.startswith("Ja, **Örebro**"), text


def test_a_reminder_the_day_before_a_meeting_is_on_the_schedule(engine: AnswerEngine) -> None:
    text = engine.answer("kan du påminna kanalen dagen före mötet den 11 mars?", at(2021, 3, 1)).text
    assert "själv väljer" not in text, text


@pytest.mark.parametrize("question", ["Läggs boten ner efter nyår?",
                                      "Will this bot keep running after RUS is adopted?"])
def test_the_bots_future_read_as_another_topic_is_not_known(engine: AnswerEngine, question: str) -> None:
    text = engine.answer(question, at(2021, 12, 1)).text
    assert text.startswith(("Det vet jag inte", "I don't know")), text
    assert "boten" in text or "bot" in text, text


def test_du_asking_of_something_else_is_not_the_bots_future(engine: AnswerEngine) -> None:
    text = engine.answer("Vet du hur många dagar som finns kvar av remissen?", at(2021, 9, 1)).text
    assert "hur länge boten finns kvar" not in text, text


def test_two_strangers_asked_together_are_both_a_no(engine: AnswerEngine) -> None:
    text = engine.answer("Are Region Gävleborg and Falun kommun part of it? Hällefors works with both.",
                         at(2021, 5, 10)).text
    assert text.startswith("No, **Region Gävleborg** and **Falun kommun** are not members"), text


def test_another_county_board_is_not_the_member_board(engine: AnswerEngine) -> None:
    text = engine.answer("Jag är på Nora kommun. Ingår Länsstyrelsen Dalarna?", at(2021, 5, 10)).text
    assert "Nej, **Länsstyrelsen Dalarna** är inte med" in text, text


@pytest.mark.parametrize("question", ["Påminn mig i slutet av augusti om att skriva remissvaret",
                                      "Kan ni ge mig en påminnelse om tre veckor?"])
def test_more_own_time_reminders(engine: AnswerEngine, question: str) -> None:
    text = engine.answer(question, at(2021, 7, 12)).text
    assert "själv väljer" in text and not text.startswith("Ja"), text


def test_a_reminder_refused_is_no_reminder_asked(engine: AnswerEngine) -> None:
    assert "själv väljer" not in engine.answer("Påminn mig inte i september tack", at(2021, 7, 12)).text


def test_the_bot_in_the_next_update_is_not_known(engine: AnswerEngine) -> None:
    text = engine.answer("Tack för allt! Kommer boten användas i nästa uppdatering också?", at(2021, 12, 1)).text
    assert "Det vet jag inte" in text and "boten" in text, text


@pytest.mark.parametrize("question", ["Sitter KS-ordföranden i partnerskapet?", "Är kommundirektören med?"])
def test_a_title_asked_of_is_no_stranger_said_not_a_member(engine: AnswerEngine, question: str) -> None:
    text = engine.answer(question, at(2021, 4, 12)).text
    assert "inte med" not in text.split("\n")[0], text
