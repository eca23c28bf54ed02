"""Issue 9, batch 79's failures: a question cut out of a message that says "our response was sent" – "Hur ser jag om
det kommit in?" – has lost the sentence naming the response, and was told "only the coordinators see that" (who has
answered), which is wrong: the representative sees the receipt and the history under **remissvar** (b79 #76)."""

from __future__ import annotations

import pytest

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at


@pytest.mark.parametrize("question", [
    "Vi har skickat in remissvaret men inget kvitto syns. Hur kan jag se om det kommit fram? Och kan vi ändra efteråt?",
    "Har lämnat remissvaret, men kvittot uteblev. Kan jag se nånstans om det har kommit fram? Vad händer om vi vill "
    "komplettera?",
    "Hej! Kumla här. Vi har lämnat remissvaret men fick inget kvitto. Hur ser jag att det kommit in? Och kan vi "
    "komplettera efteråt?",
])
def test_whether_our_sent_response_came_in_is_the_receipt(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 9, 3))
    assert "ser bara samordnarna" not in a.text, a.text
    assert "**remissvar**" in a.text and "Inskickat" in a.text, a.text


def test_whether_responses_came_in_is_still_the_coordinators(engine: AnswerEngine) -> None:
    # The expletive "det" of others' responses ("om det kommit in några svar") is who has answered.
    a = engine.answer("Hur ser jag om det kommit in några svar? Och när är sista dagen?", at(2021, 9, 3))
    assert "ser bara samordnarna" in a.text, a.text


@pytest.mark.parametrize("question", [
    "Vi undrar: När är sista dag? Måste nämnden ha beslutat? Vem ska vi skicka svaret till?",
    "När kommer remissen ut? Och vem skickar vi vårt svar till?",
    "När kommer remissen? Och vem ska vi lämna vårt svar till?",
])
def test_to_whom_the_response_is_sent_beside_others_is_the_bot(engine: AnswerEngine, question: str) -> None:
    # A part read at little conviction was told "det kan jag inte svara säkert på"; the response is sent here
    # (b79 #32).
    a = engine.answer(question, at(2021, 3, 17))
    assert "inte svara säkert" not in a.text, a.text
    assert "**Skicka in**" in a.text, a.text


def test_a_written_thing_before_the_meeting_is_no_response(engine: AnswerEngine) -> None:
    # "nåt skriftligt" names no response: the "can't say" line stays (b43 #29).
    a = engine.answer("Hej, imorgon e det avstämning med partnerskapet. Min chef tror att det e då RF fattar beslut om "
                      "vad som ska ändras i RUS, e de rätt? Och ska vi skicka in nåt skriftligt innan? /Degerfors",
                      at(2021, 3, 10))
    assert "**Skicka in**" not in a.text, a.text


@pytest.mark.parametrize("question", [
    "Min kollega säger att remissvaren går direkt till fullmäktige efter remissen. Stämmer?",
    "Efter remissen tas beslutet direkt i regionfullmäktige. Korrekt?",
    "Jag har skrivit i vår tjänsteskrivelse att RF beslutar direkt efter remissen. Rätt?",
    "Politisk förankring sker före remissen. Rätt?",
])
def test_a_bare_check_after_a_claim_marks_it(engine: AnswerEngine, question: str) -> None:
    # "… direkt efter remissen. Rätt?": the claim is refuted first (b79 #82 listed the steps without a no).
    assert engine.answer(question, at(2021, 9, 17)).text.startswith("Nej – "), question


def test_a_true_claim_with_a_bare_check_is_not_refuted(engine: AnswerEngine) -> None:
    assert not engine.answer("Remissen pågår till och med 30 september. Rätt?", at(2021, 3, 1)).text.startswith("Nej")


@pytest.mark.parametrize("question", [
    "Vi undrar hur många faser det blir och om remissen går ut redan i maj.",
    "Hur många faser blir det, och stämmer det att remissen skickas ut redan i mars?",
    "hur många faser e det o stämmer det att RF beslutar i juni?",
])
def test_the_number_of_phases_beside_a_premise_is_told(engine: AnswerEngine, question: str) -> None:
    # The sentence read whole as the other question: the count was left out (b79 #6).
    assert "Uppdateringen har 2 faser" in engine.answer(question, at(2020, 12, 17)).text, question


def test_the_number_of_writing_phases_is_not_the_phases(engine: AnswerEngine) -> None:
    a = engine.answer("Could you explain what the 'skrivfas' is and how many writing phases there are in the "
                      "timeline?", at(2021, 5, 1))
    assert "The update has 2 phases" not in a.text, a.text


@pytest.mark.parametrize("question", [
    "tack för idag, du är bäst 😄 vet du om det finns nåt bra café vid stortorget?",
    "tack så mycket bot 👍 har du nåt tips på restaurang i Örebro?",
    "tack för idag bot 🙂 vet du hur man tar sig till Örebro med tåg?",
    "thanks for today bot 😄 do you know a good fika place?",
])
def test_a_question_beside_thanks_is_declined_plainly(engine: AnswerEngine, question: str) -> None:
    # "Varsågod!" alone ignored the question (b79 #29).
    a = engine.answer(question, at(2021, 3, 11))
    assert "inte hjälpa till med" in a.text or "can't help with that" in a.text, a.text


@pytest.mark.parametrize("question", [
    "Går det att se vilka organisationer som har skickat in inspel hittills?",
    "which municipalities have submitted input so far?",
    "Vilka har lämnat inspel hittills?",
    "vilka kommuner har skickat inspel?",
])
def test_who_has_given_input_is_the_coordinators_to_see(engine: AnswerEngine, question: str) -> None:
    # Told only how to see one's own input (b79 #35).
    a = engine.answer(question, at(2021, 3, 23))
    assert a.text.startswith(("Det ser bara samordnarna", "Only the coordinators see that")), a.text


@pytest.mark.parametrize("question", [
    "Missade avstämningen i går. Finns det protokoll?",
    "I missed the check-in yesterday. Are there minutes I can read?",
    "finns det minnesanteckningar från avstämningen med partnerskapet?",
    "Hur gick avstämningen? Kommer det något protokoll?",
])
def test_minutes_of_the_check_in_are_said_not_to_be_had(engine: AnswerEngine, question: str) -> None:
    # The protocol asked beside the outcome was left unanswered (b79 #30).
    a = engine.answer(question, at(2021, 3, 12))
    assert "något protokoll eller några minnesanteckningar" in a.text or "no minutes or notes" in a.text, a.text


@pytest.mark.parametrize("question", ["what happens in june-august?", "Vad ska vi göra under september-oktober?",
                                      "Vad händer under mars-april?"])
def test_months_joined_by_a_bare_hyphen_are_the_period(engine: AnswerEngine, question: str) -> None:
    # "Vad händer i april-maj?" got the whole timeline card (b79 #39).
    assert engine.answer(question, at(2021, 4, 6)).topic == "period", question


@pytest.mark.parametrize("question", [
    "Vi har skickat in vårt svar. Hur ser vi att det kom in? Och när kan vi läsa den nya versionen?",
    "We sent our response on time. When will we see the updated version?",
    "Kommer vårt svar med fast det var sent? När får man se det uppdaterade förslaget?",
])
def test_when_the_updated_text_is_seen_is_not_given(engine: AnswerEngine, question: str) -> None:
    # Left out beside the extension's answer (b79 #90).
    a = engine.answer(question, at(2021, 10, 12))
    assert "uppdaterade texten anger tidplanen inte" in a.text or "when you will see the updated text" in a.text, \
        a.text


@pytest.mark.parametrize("question", [
    "Finns det några särskilda remissfrågor vi ska besvara?",
    "Are there specific questions we should answer in the consultation?",
    "Jag hittar inte remissfrågorna. Var finns de?",
])
def test_specific_consultation_questions_are_not_given(engine: AnswerEngine, question: str) -> None:
    # Stock response text instead (b79 #68): none in the material; the bot's form is what there is.
    a = engine.answer(question, at(2021, 8, 9))
    assert a.text.startswith(("Särskilda remissfrågor anges inte i underlaget",
                              "The material gives no specific consultation questions")), a.text
    assert "**remissvar**" in a.text or "**response**" in a.text, a.text
