"""Issue 9, round 38: a part of a message the material says nothing of, asked beside a part that is answered, is said
unknown in one line after the answer instead of left out without a word (b81 #27, #37, #45, #87, #96; b82 #31,
#97; b83 #45, #50; b84 #65, #98; b85 #2). Each part is typed by its own words (engine._UNTOLD_PARTS): a part told,
not asked, or already said unknown in the reply's own words gets no line."""

from __future__ import annotations

import datetime as dt

import pytest

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at


def _first(text: str) -> str:
    return text.split("\n\n", 1)[0]


def _check(engine: AnswerEngine, question: str, when: dt.datetime, line: str) -> str:
    a = engine.answer(question, when)
    assert line in a.text, a.text
    assert line not in _first(a.text), a.text       # after the part that is answered
    assert a.text.count(line) == 1, a.text
    return a.text


@pytest.mark.parametrize("question", [
    "Vilka får remissen? Och måste vårt svar vara politiskt behandlat i kommunen?",
    "Vem skickar ut remissen? Och vem ska svara, förvaltningen eller nämnden?",
    "When does the consultation close? And does our response have to be politically approved first?",
])
def test_own_decision_on_the_response_is_unknown(engine: AnswerEngine, question: str) -> None:
    text = _check(engine, question, at(2021, 6, 10), ("Vem hos er som ska besluta om svaret", "Who in your "
                  "organisation decides the response")[question.startswith("When")])
    assert "kommunstyrelsen beslutar" not in text and "must be approved by" not in text


@pytest.mark.parametrize("question", [
    "Vilka får remissen? Får vi skicka den vidare till våra förvaltningar?",
    "När stänger remissen? kan vi vidarebefordra remissen till våra bolag?",
    "Who gets the consultation, and can we forward it to our departments?",
])
def test_forwarding_the_consultation_is_unknown(engine: AnswerEngine, question: str) -> None:
    text = _check(engine, question, at(2021, 6, 20), ("Om ni får skicka remissen vidare", "Whether you may forward the "
                  "consultation")[question.startswith("Who")])
    assert "Ja, ni får skicka" not in text and "Yes, you may forward" not in text


@pytest.mark.parametrize("question", [
    "Får universitetet remissen? Kan vi svara både som organisation och som enskilda forskare?",
    "När stänger remissen? Kan även enskilda medarbetare svara?",
    "When does the consultation end, and can individual researchers respond too?",
])
def test_individuals_answering_is_unknown(engine: AnswerEngine, question: str) -> None:
    _check(engine, question, at(2021, 6, 20), ("Om enskilda personer", "Whether individual people")[
        question.startswith("When")])


@pytest.mark.parametrize("question", [
    "Jag var inte med på avstämningen igår. Vad bestämdes där, och när öppnar remissen?",
    "Missade avstämningen idag. Vad bestämdes? Hur lämnar vi inspel?",
    "Couldn't join the check-in yesterday. What did they decide? How do I give input?",
])
def test_what_the_check_in_decided_is_unknown(engine: AnswerEngine, question: str) -> None:
    when = at(2021, 3, 11, 17) if "idag" in question else at(2021, 3, 12)
    _check(engine, question, when, ("Vad som bestämdes eller sades på avstämningen redovisas inte",
                                     "What was decided or said at the check-in is not recorded")[
        question.startswith("Couldn")])


def test_a_kcrd_meeting_is_not_called_the_check_in(engine: AnswerEngine) -> None:
    a = engine.answer("Vad kom man fram till på KC/RD-mötet i januari? Och när är avstämningen?", at(2021, 1, 20))
    assert "på avstämningen redovisas inte" not in a.text, a.text


@pytest.mark.parametrize("question", [
    "Vem beslutar om RUS? Var hittar vi den färdiga strategin sen?",
    "Har RF beslutat? Var hittar vi den slutliga versionen?",
    "Who adopts the updated RUS and where can we find the final version?",
])
def test_where_the_final_version_is_published_is_unknown(engine: AnswerEngine, question: str) -> None:
    text = _check(engine, question, at(2021, 12, 10), ("Var den slutliga versionen", "Where the final version")[
        question.startswith("Who")])
    assert "http" not in text and "www." not in text


@pytest.mark.parametrize("question", [
    "Är RUS klar? Blir det någon lansering?",
    "När beslutar RF? Får vi börja kommunicera den nya strategin?",
    "Is the updated RUS adopted? Will there be a launch event?",
])
def test_a_launch_is_unknown(engine: AnswerEngine, question: str) -> None:
    _check(engine, question, at(2021, 12, 10), ("Om det blir någon officiell lansering", "Whether there will be an "
                                                "official launch")[question.startswith("Is")])


@pytest.mark.parametrize("question", [
    "När beslutas nya RUS? Gäller den nuvarande strategin fortfarande tills dess?",
    "nar blir rus klar, och galler den gamla sa lange?",
    "Is the update delayed to 2022? Does the old RUS still apply until then?",
])
def test_the_current_rus_meanwhile_is_unknown(engine: AnswerEngine, question: str) -> None:
    text = _check(engine, question, at(2021, 10, 10), ("Om den nuvarande RUS gäller", "Whether the current RUS "
                                                       "applies")[question.startswith("Is")])
    assert "slutet av 2021" in text or "end of 2021" in text


@pytest.mark.parametrize("question", [
    "Vad händer i fas 2? Måste vi göra om våra inspel?",
    "Är det en ny RUS? behöver vi skicka in våra synpunkter igen?",
    "Is it a whole new strategy? Do we need to redo our input from the winter?",
])
def test_redoing_given_input_is_not_said(engine: AnswerEngine, question: str) -> None:
    text = _check(engine, question, at(2021, 4, 10), ("Att inspel ni redan har lämnat måste göras om står inte",
                                                      "does not say that input you have already given must be "
                                                      "redone")[question.startswith("Is")])
    assert "måste ni göra om" not in text and "you must redo" not in text


@pytest.mark.parametrize("question", [
    "Är det en ny RUS? Måste vi ändra våra egna mål?",
    "Blir det en helt ny RUS? Betyder det att vi måste revidera kommunens egna mål?",
    "Why is RUS being updated? Do we need to change our own goals?",
])
def test_own_goals_are_unknown(engine: AnswerEngine, question: str) -> None:
    _check(engine, question, at(2021, 4, 10), ("Om ni behöver ändra era egna mål", "Whether you need to change your "
                                               "own goals")[question.startswith("Why")])


@pytest.mark.parametrize("question", [
    "Did the consultation run until 30 September, and how many organisations replied?",
    "Was the consultation extended, and how many organisations have replied?",
    "Förlängdes remissen för alla? Och hur många remissvar kom in totalt?",
])
def test_how_many_replied_is_unknown(engine: AnswerEngine, question: str) -> None:
    text = _check(engine, question, at(2021, 12, 2), ("Hur många organisationer som har svarat står inte", "How many "
                  "organisations have replied is not in the material")[not question.startswith("För")])
    assert "**status**" in text


@pytest.mark.parametrize("question", [
    "När stänger remissen? Vad vill ni ha synpunkter på?",
    "Vi ska svara på remissen. Vilka frågor ska vi fokusera på?",
    "When does the consultation close, and what kind of feedback do you want?",
])
def test_no_specific_questions_are_named(engine: AnswerEngine, question: str) -> None:
    text = _check(engine, question, at(2021, 7, 1), ("Några särskilda frågor eller delar", "names no specific "
                                                     "questions")[question.startswith("When")])
    assert "Pandemin" in text or "pandemic" in text.lower()


def test_a_decision_told_not_asked_gets_no_line(engine: AnswerEngine) -> None:
    a = engine.answer("Nämnden vill att remissvaret ska vara politiskt förankrat. Hinner vi om vi skickar in den 28 "
                      "september?", at(2021, 9, 20))
    assert "behandlas politiskt hos er" not in a.text, a.text
    assert a.text.startswith("Ja"), a.text


# Parts the material does answer, left out beside another question (b81 #16, #59; b82 #10, #46; b83 #20).

@pytest.mark.parametrize("question", [
    "Vem tar beslutet? Vad är det som ska uppdateras? Finns det en lista?",
    "Vem beslutar om RUS? finns det nån lista över vad som ska ändras",
    "Who decides on the update, and is there a list of what will change?",
])
def test_what_is_updated_is_phase_one(engine: AnswerEngine, question: str) -> None:
    text = engine.answer(question, at(2021, 2, 15)).text
    assert ("Någon lista över vad som ska ändras finns inte" in text
            or "The material has no list of what is to change" in text), text
    assert "**Fas 1**" in text or "**Phase 1**" in text, text


def test_who_decides_what_is_updated_gets_no_phase_one(engine: AnswerEngine) -> None:
    text = engine.answer("Who actually decides what gets updated in the RUS – the regional council or the partnership?",
                         at(2021, 4, 20)).text
    assert "**Phase 1**" not in text, text


@pytest.mark.parametrize("question", [
    "Vad står RUS för, och varför blir det en remiss just nu?",
    "Ny här. Vem är med i partnerskapet och varför får vi en remiss nu?",
    "What is RUS, and why is there a consultation now?",
])
def test_why_a_consultation_now_is_phase_two(engine: AnswerEngine, question: str) -> None:
    text = engine.answer(question, at(2021, 8, 18)).text
    assert "**Fas 2**" in text or "**Phase 2**" in text, text
    assert "30 september 2021" in text or "30 September 2021" in text, text
    assert not text.startswith(("**Fas 2**", "**Phase 2**")), text


def test_why_the_consultation_is_long_is_not_phase_two(engine: AnswerEngine) -> None:
    assert "**Fas 2**" not in engine.answer("Varför är remisstiden så lång, ända till september?", at(2021, 5, 3)).text


@pytest.mark.parametrize("question", [
    "KC/RD ville väl ha remiss till september? blev det så?",
    "kommunerna ville ha remissen t.o.m. september va?? blev det så",
    "The municipalities wanted the consultation to run through September – did that happen?",
])
def test_the_wished_period_is_confirmed_by_the_timeline(engine: AnswerEngine, question: str) -> None:
    text = engine.answer(question, at(2021, 1, 22)).text
    assert "Ja, enligt tidplanen." in text or "Yes, according to the timeline." in text, text
    assert "mitten av juni 2021" in text or "mid-June 2021" in text, text


@pytest.mark.parametrize("question", [
    "Länsstyrelsen bestämmer väl på torsdag? Vi vill få med våra synpunkter om vården, hur gör vi det",
    "Stämmer det att regionen bestämmer på torsdag vad som ska uppdateras? Vi har tankar om landsbygden, hur gör vi "
    "det innan dess",
    "Does Länsstyrelsen decide what is updated? We have views on rural development – how do we do that before the "
    "check-in?",
])
def test_views_on_the_update_are_given_as_input(engine: AnswerEngine, question: str) -> None:
    text = engine.answer(question, at(2021, 3, 4)).text
    assert "**Nytt inspel**" in text or "**New input**" in text, text
    assert text.startswith(("Nej", "No")), text


@pytest.mark.parametrize("question", [
    "När går remissen ut? Får nämnderna se texten innan remissen skickas?",
    "Vem skickar remissen? Och kan politikerna läsa förslaget före remissen?",
    "When does the consultation start, and will the board see the draft before the consultation goes out?",
])
def test_the_text_seen_before_the_consultation_is_unknown(engine: AnswerEngine, question: str) -> None:
    text = _check(engine, question, at(2021, 6, 3), ("Om nämnder eller politiker får se texten",
                                                     "Whether committees or politicians see the text")[
        question.startswith("When")])
    assert "efter remissen" in text or "after the consultation" in text
