"""Round 26 (issue 9, parts of a message): a part with no confident answer is answered honestly, never dropped
or replaced by a neighbouring stock paragraph. Outcome questions get the plan, not progress; who of an
organisation may send its response; why one got a personal nudge; a second consultation; a friendly question to
the bot itself. New wordings, not the dev batch's sentences."""

from __future__ import annotations

import pytest

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at

# -- outcomes: the plan, not what happened ------------------------------------------------------------


@pytest.mark.parametrize("question", ["klubbat?", "Är RUS:en fastställd nu?", "Has it been adopted yet?"])
def test_whether_it_is_decided_is_not_known(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 12, 6))
    assert a.text.startswith(("Det vet jag inte", "I don't know")), a.text
    assert "regionfullmäktige" in a.text or "regional council" in a.text


@pytest.mark.parametrize("question", [
    "Hur får vi veta om våra synpunkter har tagits med i den nya texten?",
    "Kom vårt inspel om kollektivtrafiken med till slut?",
    "Have our suggestions been included in the draft?",
])
def test_whether_input_was_taken_in_is_not_known(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 11, 15))
    assert a.text.startswith(("Det vet jag inte", "I don't know")), a.text
    assert "samordnarna" in a.text or "coordinators" in a.text
    assert "Nytt inspel" not in a.text.split("\n\n")[0]


def test_who_decides_is_no_outcome_question(engine: AnswerEngine) -> None:
    a = engine.answer("Vem har beslutat att RUS ska ses över?", at(2021, 5, 3))
    assert not a.text.startswith("Det vet jag inte")


def test_own_body_deciding_the_response_is_no_outcome_question(engine: AnswerEngine) -> None:
    a = engine.answer("Kommunstyrelsen har godkänt vårt remissvar, hur lämnar jag in det?", at(2021, 9, 10))
    assert a.topic != "decision.status"
    assert not a.text.startswith("Det vet jag inte: jag känner bara tidplanen")


# -- who of an organisation may send ---------------------------------------------------------------


@pytest.mark.parametrize("question", [
    "Behöver det vara förvaltningschefen som lämnar in eller räcker det med mig?",
    "Vårt svar är klart men min chef är borta. Kan min kollega skicka in det istället?",
])
def test_who_may_send_is_any_confirmed_representative(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 9, 13))
    assert "bekräftade företrädare" in a.text
    assert "om ni måste lämna" not in a.text


def test_who_may_send_beside_inspel_questions(engine: AnswerEngine) -> None:
    a = engine.answer("Vi vill lämna några synpunkter till. Tar ni fortfarande emot inspel? Och måste det vara "
                      "kommundirektören som skickar, eller räcker det med mig?", at(2021, 4, 12))
    assert "bekräftade företrädare" in a.text
    assert "ingen sista dag för inspel" in a.text
    assert "om ni måste lämna" not in a.text


def test_not_confirmed_who_fixes_it(engine: AnswerEngine) -> None:
    a = engine.answer("Jag försöker öppna remissvaret men får höra att jag inte är kopplad till Kumla. Vad innebär "
                      "det, och vem ordnar det? Hur lång tid är det kvar av remissen?", at(2021, 9, 6))
    assert "**organisation**" in a.text
    assert "samordnare bekräftar" in a.text


# -- nudges ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("question", "off"), [
    ("Varför fick just jag ett meddelande om att vi inte har svarat? Det är en kollega som skriver vårt svar.",
     "påminn mig av"),
    ("Why did I get a reminder that we haven't responded? I'm not the one writing it.", "nudges off"),
])
def test_why_me_of_a_nudge(engine: AnswerEngine, question: str, off: str) -> None:
    a = engine.answer(question, at(2021, 9, 23))
    assert off in a.text
    assert "företrädare" in a.text or "representatives" in a.text
    assert "Spara utkast" not in a.text and "Save draft" not in a.text


# -- one consultation ----------------------------------------------------------------------------------


@pytest.mark.parametrize("question", ["Blir det någon ny remissrunda innan beslutet?",
                                      "Is there going to be another consultation before the council decides?"])
def test_a_second_consultation_is_not_in_the_plan(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 10, 20))
    assert a.text.startswith(("Nej, inte enligt tidplanen", "No, not according to the timeline")), a.text


def test_a_referral_of_ones_own_is_not_a_second_consultation(engine: AnswerEngine) -> None:
    a = engine.answer("Ärendet gick på remiss till utskottet i går. Påverkar det RUS-arbetet?", at(2021, 10, 20))
    assert not a.text.startswith("Nej, inte enligt tidplanen")


# -- the bot itself --------------------------------------------------------------------------------------


@pytest.mark.parametrize("question", ["Tack för hjälpen i höstas! Ska du vara kvar nu när remissen är över?",
                                      "Thanks a lot! Will you still be around after Christmas?"])
def test_a_friendly_question_to_the_bot(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 11, 22))
    assert "bot" in a.text
    assert "därefter" not in a.text and "then **" not in a.text


def test_who_may_send_beside_a_reminder_question_is_not_left_out(engine: AnswerEngine) -> None:
    a = engine.answer("Hej! Vårt utkast ligger i boten men förvaltningschefen ska läsa det. Får hon också "
                      "påminnelserna? Och kan hon lämna in det själv sen?", at(2021, 9, 24))
    assert "påminn" in a.text
    assert "bekräftade företrädare" in a.text


def test_how_do_we_beside_other_consultation_questions_says_how(engine: AnswerEngine) -> None:
    a = engine.answer("Hej, Kumla här. Någon sa att remissen redan har stängt. Om inte: hur länge har vi på oss, hur "
                      "gör vi, och vart går svaret sen?", at(2021, 8, 16))
    assert "**Skicka in**" in a.text


# -- a coordinator's several questions -------------------------------------------------------------------


def test_channel_named_in_a_compound_gets_the_channel_command(engine: AnswerEngine) -> None:
    a = engine.answer("Hur slår jag på påminnelserna i vår projektkanal?", at(2021, 6, 7))
    assert "**påminnelser här**" in a.text
    assert not a.text.startswith("Dina personliga påminnelser")


def test_a_coordinator_asking_who_has_answered_is_told_how(engine: AnswerEngine) -> None:
    a = engine.answer("Jag är en av samordnarna. Ska Kumla ha anstånd till 20 oktober, hur lägger jag in det? Och "
                      "var ser jag vilka kommuner som har svarat hittills?", at(2021, 9, 20))
    assert "Det ser bara samordnarna: vilka som har svarat" not in a.text
    assert "**status**" in a.text
