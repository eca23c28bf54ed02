"""Issue 9, round 35 (batches 73–74): the bot's own features and what the material records, asked in partners'
own words – one organisation at a time (b73 #22), a body's opinion (b73 #7), the outcome of a check-in held
today (b74 #34). Asked in other words than the batches."""

from __future__ import annotations

import pytest

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at


@pytest.mark.parametrize("question", [
    "Kan jag välja två organisationer i boten?",
    "Jag jobbar både för Kumla och Askersund, kan jag företräda båda i boten?",
    "Vad gör kommandot organisation? Jag hjälper två kommuner, kan jag välja båda?",
    "Can I represent two organisations at once?",
])
def test_one_organisation_at_a_time(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 5, 6))
    assert ("en organisation i taget" in a.text or "one organisation at a time" in a.text), a.text
    assert a.text.startswith(("I boten företräder du en organisation i taget", "In the bot you represent one",
                              "Skriv **organisation**")), a.text


@pytest.mark.parametrize("question", [
    "Vad tyckte kommunerna om tidsplanen?",
    "Vad ansåg kommunerna om upplägget och tidplanen?",
    "Hade kommunerna några synpunkter på tidplanen?",

    "What did the municipalities think of the timeline?",
])
def test_municipalities_view_is_their_recorded_wish(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 2, 10))
    lead = a.text.split("\n\n")[0]
    assert ("önskade en remiss till och med september" in lead or "consultation through September" in lead), a.text
    assert ("står inte i underlaget" in lead or "Nothing more about their views is in the material" in lead), a.text


@pytest.mark.parametrize("question", [
    "Vad blev resultatet av avstämningen i dag?",
    "Vad blev utfallet på mötet med partnerskapet idag? Vilka delar ska ändras?",
    "What was the outcome of the check-in today?",
])
def test_outcome_of_todays_check_in_is_not_known(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 3, 11, 16))
    assert a.text.startswith(("Vad som kom fram eller beslutades på mötet står inte i underlaget",
                              "What came out of the meeting or was decided there is not in the material")), a.text


@pytest.mark.parametrize(("question", "day"), [
    ("Vad händer om vi missar sista dagen?", at(2021, 9, 23)),
    ("Vår nämnd hinner inte ta beslut före 30 september. Vad händer om vi missar sista dagen för remissen?",
     at(2021, 9, 20)),
    ("Fem dagar kvar och vi har inget klart. Vad händer om vi inte hinner? Räknas vi bort då?", at(2021, 9, 25)),
    ("Vad händer om vi missar deadline?", at(2021, 9, 23)),
    ("What happens if we miss the last day?", at(2021, 9, 23)),
])
def test_missing_the_last_day_is_not_in_the_material_and_extension_follows(
        engine: AnswerEngine, question: str, day: object) -> None:
    a = engine.answer(question, day)  # type: ignore[arg-type]
    assert a.text.startswith(("Underlaget tar inte upp vad som händer om", "The material does not cover what happens "
                                                                           "if")), a.text
    assert "anstånd" in a.text or "extension" in a.text, a.text
    assert "påminnelser till kanalen" not in a.text, a.text


@pytest.mark.parametrize(("question", "day"), [
    ("Lekebergs kommun har inte fått remissen än. Vem är det som skickar ut den?", at(2021, 7, 1)),
    ("Vi i Laxå har inte fått någon remiss. Vem skickar ut den egentligen?", at(2021, 8, 10)),
    ("kumla har inte fått nån remiss. vem skickar den?", at(2021, 8, 24)),
])
def test_who_sends_the_consultation_leads_when_it_has_not_arrived(
        engine: AnswerEngine, question: str, day: object) -> None:
    a = engine.answer(question, day)  # type: ignore[arg-type]
    assert a.text.startswith("Vem som skickar ut remissen står inte uttryckligen i underlaget"), a.text
    assert "kontakta samordnarna" in a.text, a.text


@pytest.mark.parametrize("question", [
    "Räcker det att vi lämnar remissvaret i boten, eller måste vi mejla det också?",
    "Vi klubbade svaret på styrelsemötet i går. Räcker det att jag skickar in det via dig, eller ska det mejlas "
    "också? Hur ser jag att det kommit fram?",
    "Is it enough to submit our response through you, or do we need to e-mail it as well?",
])
def test_whether_it_must_also_be_emailed_is_not_in_the_material(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 9, 10))
    lead = a.text.split("\n\n")[0]
    assert lead.startswith(("Remissvaret lämnar ni i ett formulär här i Teams", "The response is given in a form")), \
        a.text
    assert "Om det också ska mejlas någonstans står inte i underlaget" in lead or "must also be e-mailed" in lead, \
        a.text
    if "kommit fram" in question:
        assert "kvitto" in lead, a.text


@pytest.mark.parametrize("question", [
    "Vilka kommandon finns det?",
    "Kan du lista kommandona i boten?",
    "Which commands does the bot have?",
])
def test_commands_asked_are_listed_with_the_coordinators_own(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 3, 2))
    assert a.text.startswith(("De här kommandona kan du använda", "These commands you can use")), a.text
    english = {"**remissvar**": "**response**", "**påminnelser här**": "**reminders here**",
               "**nytt möte**": "**new meeting**"}
    for command in ("**remissvar**", "**organisation**", "**påminnelser här**", "**nytt möte**"):
        assert command in a.text or english.get(command, command) in a.text, a.text


@pytest.mark.parametrize("question", [
    "Kan jag själv lägga in påminnelser i vår Teamskanal inför mötena, eller behöver jag be någon?",
    "Kan jag själv slå på påminnelser i vår kanal?",
    "Can I set up reminders in our Teams channel myself?",
])
def test_channel_reminders_are_the_coordinators(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 3, 2))
    assert a.text.startswith(("Bara om du är samordnare: ", "Only if you are a coordinator: ")), a.text
    assert "**påminnelser**" in a.text or "**reminders**" in a.text, a.text


@pytest.mark.parametrize("question", [
    "Vilka kommandon finns det i boten? Och kan jag själv lägga in påminnelser i vår Teamskanal inför mötena, eller "
    "behöver jag be någon?",
    "Hej, jag är ny kommunikatör. Vilka kommandon finns det? Kan jag själv slå på påminnelser i vår kanal?",
])
def test_commands_and_channel_reminders_both_answered(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 3, 2))
    assert "De här kommandona kan du använda" in a.text.split("\n\n")[0], a.text
    assert "Bara om du är samordnare: teamets påminnelser" in a.text, a.text
    assert a.topic != "help", a.topic       # (the Teams edge would answer "help" with its help text alone)


@pytest.mark.parametrize("question", [
    "Kan jag använda boten för att samla in personuppgifter om deltagarna? Hur funkar det med GDPR?",
    "Går det att registrera deltagarnas personuppgifter i boten, enligt GDPR?",
    "Can I use the bot to collect personal data about the participants?",
])
def test_collecting_data_on_participants_is_no_feature(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 11, 16))
    assert a.text.startswith(("Nej, det gör boten inte", "No, the bot does not do that")), a.text
    assert "samordnarnas kommando" in a.text or "coordinators' GDPR command" in a.text, a.text


@pytest.mark.parametrize("question", [
    "Inför avstämningen den 11 mars undrar vi på Handelskammaren: får vi underlaget i förväg, hur lång tid har vi på "
    "oss att läsa det, och är det på avstämningen som det formellt avgörs vad som ska uppdateras?",
    "Vi undrar inför mötet 11 mars: får vi underlaget i förväg och hur lång tid har vi att läsa det? Är det där det "
    "avgörs vad som ska uppdateras?",
    "Kommer vi få underlaget i förväg innan avstämningen?",
    "Får vi underlaget i förväg inför avstämningen?",
])
def test_material_in_advance_is_not_dated_and_short_lead_times_told(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 3, 1))
    assert "kortare framförhållning än normalt" in a.text.split("\n\n")[0], a.text
    if "uppdateras?" in question:
        assert "beslutar om vad som ska uppdateras" in a.text, a.text
        assert "Om det formellt avgörs just på avstämningen står inte i underlaget" in a.text, a.text
