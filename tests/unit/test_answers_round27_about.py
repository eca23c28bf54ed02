"""Issue 9, round 27 (r27-about): questions about what RUS and its update are, why it is done, and the bot itself.
What moved the review asked in other words than "varför" ("vilka saker påverkade …", "omvärldshändelser") gets the
events; proposals on what to update are inspel, also before the consultation; whether the goals are new is answered
(not in the material, an update keeping the structure); a plan told without a question mark ("Ska skriva …") is the
story, not a question. Each test asks in other words than blind batches 51–52 did."""

from __future__ import annotations

import pytest

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at

_EVENTS = ("Pandemin och dess utmaningar", "Ny programperiod för strukturfonderna 2021–2028",
           "Nytt nationellt mål för det regionala utvecklingsarbetet")


@pytest.mark.parametrize("question", [
    "Vilka faktorer har påverkat översynen av strategin? Behöver det till ett PM.",
    "Kan du lista vad som låg bakom att regionen tog upp RUS igen?",
    "Vilka saker utanför regionen påverkade att RUS-arbetet drogs igång?"])
def test_what_moved_the_review_is_answered_with_the_events(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 11, 20))
    assert all(e in a.text for e in _EVENTS), a.text
    assert "händelser i omvärlden" in a.text.split("\n")[0]


def test_what_influenced_the_update_in_english_gets_the_events(engine: AnswerEngine) -> None:
    a = engine.answer("Which things influenced the update of the strategy?", at(2021, 5, 3))
    assert "Green Deal" in a.text and "pandemic" in a.text.lower()


def test_how_we_influence_is_not_read_as_the_events(engine: AnswerEngine) -> None:
    a = engine.answer("Hur kan vi påverka vad som uppdateras?", at(2021, 2, 1))
    assert "Pandemin och dess utmaningar" not in a.text


@pytest.mark.parametrize("question", [
    "vilka omvärldshändelser ledde till att RUS ses över? och vem var det som beställde det?",
    "Vem gav uppdraget och vad var det för händelser i omvärlden det handlade om? Ska in i en skrivelse."])
def test_the_events_and_who_gave_the_mandate_are_both_answered(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 8, 10))
    assert a.text.startswith("Regionledningen har gett i uppdrag"), a.text
    assert all(e in a.text for e in _EVENTS), a.text


@pytest.mark.parametrize("question,today", [
    ("How do I pass on our faculty's ideas about what the strategy should include?", (2021, 2, 2)),
    ("Hur skickar jag in kommunens idéer om vad som borde ändras i RUS?", (2021, 2, 2))])
def test_ideas_on_what_to_update_are_inspel_not_the_response(engine: AnswerEngine, question: str,
                                                             today: tuple[int, int, int]) -> None:
    a = engine.answer(question, at(*today))
    assert a.topic == "feature.inspel", (a.topic, a.text)
    assert "**Nytt inspel**" in a.text or "**New input**" in a.text


@pytest.mark.parametrize("question", [
    "Går det att få in idrottens synpunkter innan remissen, eller måste vi vänta?",
    "Kan föreningarnas förslag komma in redan före remissen?"])
def test_proposals_before_the_consultation_are_yes_inspel(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 5, 5))
    assert a.topic == "feature.inspel", (a.topic, a.text)
    first = a.text.split("\n")[0]
    assert "Ja – förslag på vad som ska uppdateras" in first and "**inspel**" in first
    assert "remissen har inte öppnat" not in a.text


def test_proposals_before_the_consultation_once_it_is_open_are_not_told_yes(engine: AnswerEngine) -> None:
    a = engine.answer("Kan vi lämna synpunkter innan remissen?", at(2021, 8, 5))
    assert "Ja – förslag på vad som ska uppdateras kan ni lämna redan före remissen" not in a.text


@pytest.mark.parametrize("question", [
    "Varför görs uppdateringen, och kommer RUS att få nya mål?",
    "Why is RUS being reviewed – and will it get new goals?"])
def test_whether_the_goals_are_new_is_answered(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 4, 1))
    assert ("Vilka delar eller mål som ändras står inte i underlaget" in a.text
            or "Which parts or goals change is not in the material" in a.text), a.text
    assert "inte en ny RUS" in a.text or "not a new RUS" in a.text


def test_a_plan_told_without_a_question_mark_is_not_answered_as_a_question(engine: AnswerEngine) -> None:
    for question in ("Ska skriva ett PM till kommunstyrelsen om uppdateringen av RUS. Vilka ingår i partnerskapet? "
                     "Och måste kommunfullmäktige besluta något?",
                     "Ska informera nämnden om RUS-uppdateringen. Vilka organisationer är med? Och behöver nämnden "
                     "ta något beslut i höst?"):
        a = engine.answer(question, at(2021, 3, 2))
        assert a.text.startswith("Partnerskapet för regional utveckling har"), a.text


def test_a_member_whose_name_begins_with_a_word_of_the_plan_is_told_apart(engine: AnswerEngine) -> None:
    a = engine.answer("Ingår RF-SISU i partnerskapet? Och vad är det för organisation – hänger det ihop med "
                      "regionfullmäktige?", at(2021, 6, 1))
    assert a.text.startswith("Ja, **RF-SISU** är med"), a.text
    assert "RF-SISU är något annat" in a.text
    assert "Vad **RF-SISU** är eller gör beskriver inte underlaget" in a.text


def test_a_member_and_the_council_asked_apart_are_not_told_apart(engine: AnswerEngine) -> None:
    a = engine.answer("Är RF-SISU med? Och när beslutar regionfullmäktige?", at(2021, 6, 1))
    assert "RF-SISU är något annat" not in a.text


def test_speaking_for_an_organisation_is_whom_one_represents(engine: AnswerEngine) -> None:
    a = engine.answer("Hello! Is there some sign-up so the bot knows I speak for Hallsberg municipality?",
                      at(2021, 2, 20))
    assert "**organisation**" in a.text and "I answer in English" not in a.text, a.text


def test_a_change_on_a_condition_is_answered_not_said_unsure(engine: AnswerEngine) -> None:
    a = engine.answer("Jag samlar ihop vad Kumla vill ändra i RUS. Hur lämnar jag det via boten? Går det att ändra "
                      "efteråt om styrelsen tycker annorlunda? Och hinner vi före avstämningen?", at(2021, 3, 1))
    assert a.text.startswith("Inspel – förslag på vad som ska uppdateras"), a.text
    assert "Underlaget tar inte upp vad som händer om parterna tycker olika" not in a.text
    assert "det kan jag inte svara säkert på" not in a.text, a.text


def test_what_happens_on_a_disagreement_is_still_said_unknown(engine: AnswerEngine) -> None:
    a = engine.answer("Vad händer om partnerskapet och politikerna inte är överens om uppdateringen?", at(2021, 3, 1))
    assert a.text.startswith("Underlaget tar inte upp vad som händer om"), a.text


def test_a_summary_of_why_what_and_when_has_all_three(engine: AnswerEngine) -> None:
    a = engine.answer("Behöver några få meningar till kommunstyrelsen: varför görs uppdateringen, vad ska göras och "
                      "när blir den klar?", at(2021, 2, 10))
    assert a.topic == "summary", a.topic
    assert "mandatperiod" in a.text and "pandemin" in a.text
    assert "inte en ny RUS" in a.text and "slutet av 2021" in a.text


def test_channel_reminders_off_in_one_channel_and_kept_in_another(engine: AnswerEngine) -> None:
    a = engine.answer("Går det att stänga av påminnelserna i kanalen Allmänt men behålla dem i projektkanalen?",
                      at(2021, 8, 20))
    assert a.text.startswith("Ja: teamets påminnelser ställs in kanal för kanal"), a.text
    assert "**påminnelser av**" in a.text and "**påminnelser här**" in a.text
