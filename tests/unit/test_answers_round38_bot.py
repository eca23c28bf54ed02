"""Issue 9, round 38: the bot's own behaviour asked of, each rule in other words than the failure it came from.

- a reminder about the response that came although the asker says it was answered: why (the personal nudges go to
  organisations that have not submitted; a draft is not submitted) and how to check with **remissvar** lead
  (b82 #73, b84 #77, b85 #67);
- whether the response came in ("hur kollar jag att det kom in?", "Har vi svarat? /Handelskammaren"): **remissvar**
  shows it, never a guess nor a generic "cannot say" (b81 #77, b83 #72);
- a poll asked for by the asker themself: only the coordinators set one up, so ask one of them (b84 #27);
- what the bot keeps of the asker ("vilka uppgifter om mig sparar boten?"): what its features keep, not only that the
  coordinators handle it (b85 #100);
- a notice of the council's decision asked of the bot: none is sent, the reminders are of meetings and the last day
  (b86 #91);
- how one may write ("på dialekt eller måste det va korrekt svenska?"): in one's own words, not which languages
  (b82 #36)."""

from __future__ import annotations

import pytest

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at


@pytest.mark.parametrize("question", [
    "got a reminder from the bot but we already submitted our response last week?",
    "Varför tjatar boten om remissvaret fast vi redan skickat in det?",
    "varför påminner ni mig? vår kommundirektör har redan lämnat in svaret",
    "fick påminnelse igen trots att vi har skickat in remissvaret, kan jag slå av den?",
])
def test_a_reminder_despite_an_answer_says_why_and_how_to_check(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 9, 23))
    assert a.text.startswith(("Personliga påminnelser går bara till", "Personal reminders go only to")), a.text
    assert "**remissvar**" in a.text or "**response**" in a.text, a.text
    assert "Spara utkast" not in a.text.split("\n\n")[0], a.text


@pytest.mark.parametrize("question", [
    "Har vi redan svarat på remissen? //Kumla",
    "Nora här, vi skickade vårt svar förra veckan men har inte fått nåt kvitto. Hur vet jag om det kom fram? Och när "
    "kommer nästa steg?",
    "We never received any confirmation – how can I know our consultation response arrived?",
    "Have we answered the consultation already? /Degerfors",
])
def test_whether_the_response_came_in_is_what_remissvar_shows(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 10, 4))
    assert a.text.startswith(("Om ert remissvar har kommit in ser du med **remissvar**",
                              "Whether your response has come in you see with **response**")), a.text
    assert "Ja: välj **Spara utkast**" not in a.text and "Yes, when your response is submitted" not in a.text, a.text


def test_those_without_an_answer_asked_of_keep_the_schedule(engine: AnswerEngine) -> None:
    a = engine.answer("Får de som inte har svarat en påminnelse?", at(2021, 9, 23))
    assert not a.text.startswith("Personliga påminnelser går bara till"), a.text


@pytest.mark.parametrize("question", [
    "kan jag göra en omröstning i kanalen om vilka teman vi ska lyfta?",
    "får vi skapa en egen poll i teamet för att fråga kommunerna?",
    "Could we run a quick poll among the partners about the meeting date?",
])
def test_a_poll_of_ones_own_is_the_coordinators(engine: AnswerEngine, question: str) -> None:
    # The command is the coordinators' only (README "In Teams"): who may, and to ask them, lead (b84 #27).
    a = engine.answer(question, at(2021, 2, 16))
    assert a.text.startswith(("Bara samordnarna kan lägga upp omröstningar", "Only the coordinators can set up polls")
                             ), a.text
    assert "be en av dem" in a.text or "ask one of them" in a.text, a.text


@pytest.mark.parametrize("question", [
    "vilken data sparar ni om mig egentligen?",
    "What do you store about me?",
    "Vilka personuppgifter om mig lagrar boten?",
])
def test_what_is_kept_of_me_is_what_the_features_keep(engine: AnswerEngine, question: str) -> None:
    # What is kept is told from the features (README), the rest not known, and the coordinators produce it all
    # (b85 #100: only "the coordinators handle it").
    a = engine.answer(question, at(2021, 12, 22))
    assert "inspel" in a.text or "input" in a.text, a.text
    assert "**personuppgifter" in a.text or "**personal data" in a.text, a.text


@pytest.mark.parametrize("question", [
    "meddelar boten oss när RUS är beslutad i fullmäktige?",
    "Will you let us know once the council has approved the strategy?",
    "kan du informera oss när regionfullmäktige har beslutat? vi vill gå ut med en nyhet",
])
def test_no_notice_of_the_decision_is_promised(engine: AnswerEngine, question: str) -> None:
    # The reminders are of meetings and the consultation's last day (README): no notice of the decision (b86 #91).
    a = engine.answer(question, at(2021, 11, 9))
    assert "Någon notis om beslutet skickar jag inte" in a.text or "I send no notice of the decision" in a.text, a.text
    assert "samordnarna" in a.text or "coordinators" in a.text, a.text


@pytest.mark.parametrize("question", [
    "måste jag skriva korrekt svenska till boten?",
    "Does my Swedish have to be perfect, or can I write casually with typos?",
    "tjena! kan man skriva på dialekt till dig?",
])
def test_how_one_may_write_is_in_ones_own_words(engine: AnswerEngine, question: str) -> None:
    # Asked in one's own words (README "In Teams"), not which languages the bot answers in (b82 #36).
    a = engine.answer(question, at(2021, 4, 29))
    assert a.text.removeprefix("Hej! ").startswith(("Det går bra att skriva med dina egna ord",
                                                    "You can write in your own words")), a.text
    assert not a.text.startswith(("Ja, jag svarar på svenska", "Yes – I answer in English")), a.text
