"""Issue 9, round 28 (r28remiss): the consultation's and the reminders' parts are not left out nor misread.
Turning the reminders back on is answered though the message also says it does not want to miss the last day; "no
reminder came" is answered with when they go (the first may not have come yet); a consultation said to be extended for
everyone gets a "Nej" (the plan's last day; an extension is one organisation's); the time "innan remissen kommer" is
counted to its start; and who receives "the draft" is the consultation's recipients, not the bot's response drafts.
Each test asks in other words than blind batches 53–54 did."""

from __future__ import annotations

import pytest

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at


@pytest.mark.parametrize("question,when", [
    ("Jag slog av påminnelserna i maj. Hur sätter jag på dem igen så att jag inte missar deadline?", at(2021, 8, 20)),
    ("Hur många dagar återstår? Jag stängde av dina påminnelser förut, hur slår jag på dem igen så jag inte glömmer "
     "sista dagen?", at(2021, 9, 1)),
    ("I switched your reminders off earlier. How do I turn them back on so I don't miss the deadline?",
     at(2021, 8, 20))])
def test_turning_reminders_back_on_is_answered_beside_keeping_up(engine: AnswerEngine, question: str,
                                                                  when: object) -> None:
    a = engine.answer(question, when)  # type: ignore[arg-type]
    assert "**påminn mig på**" in a.text or "**nudges on**" in a.text


def test_no_reminder_yet_says_when_the_first_comes(engine: AnswerEngine) -> None:
    a = engine.answer("Vi på kommunen har inte fått någon påminnelse om remissvaret – har något gått snett?",
                      at(2021, 9, 2))
    first = a.text.split("\n")[0]
    assert "16 september 2021" in first and "påminn mig på" in first
    assert not first.startswith("Ja")


def test_no_reminder_after_the_first_says_which_went_out(engine: AnswerEngine) -> None:
    a = engine.answer("har inte fått några påminnelser om remissen än, konstigt?", at(2021, 9, 24))
    first = a.text.split("\n")[0]
    assert "16 september 2021" in first and "23 september 2021" in first and "29 september 2021" in first


def test_no_reminder_in_english(engine: AnswerEngine) -> None:
    a = engine.answer("We haven't received any reminder about the consultation. Is something broken?", at(2021, 9, 10))
    assert "16 September 2021" in a.text.split("\n")[0]


@pytest.mark.parametrize("question,when,lead", [
    ("remisstiden förlängdes väl för alla till mitten av oktober?", at(2021, 10, 8), "Nej"),
    ("remissen förlängdes ju till oktober för alla kommuner, eller?", at(2021, 10, 12), "Nej")])
def test_consultation_extended_for_everyone_is_denied(engine: AnswerEngine, question: str, when: object,
                                                      lead: str) -> None:
    a = engine.answer(question, when)  # type: ignore[arg-type]
    assert a.text.startswith(lead) and "30 september 2021" in a.text.lower()


def test_an_organisations_extension_is_still_the_extension_answer(engine: AnswerEngine) -> None:
    a = engine.answer("Kan vi få remissen förlängd för vår del?", at(2021, 9, 20))
    assert not a.text.startswith("Nej, inte enligt underlaget")


@pytest.mark.parametrize("question,when", [
    ("hur länge är det kvar innan remissen kommer", at(2021, 4, 30)),
    ("Hur mycket tid har vi innan remissen dyker upp?", at(2021, 5, 3)),
    ("How much time is there before the consultation opens?", at(2021, 4, 28))])
def test_time_before_the_consultation_comes_is_counted_to_its_start(engine: AnswerEngine, question: str,
                                                                     when: object) -> None:
    a = engine.answer(question, when)  # type: ignore[arg-type]
    first = a.text.split("\n")[0]
    assert "veckor" in first or "weeks" in first
    assert "till remissens sista dag" not in first and "until the consultation's last day" not in first


@pytest.mark.parametrize("question,when", [
    ("Vilka organisationer får utkastet som går på remiss?", at(2021, 6, 21)),
    ("Which organisations will receive the draft on consultation?", at(2021, 6, 21))])
def test_who_receives_the_draft_is_the_consultations_recipients(engine: AnswerEngine, question: str,
                                                                 when: object) -> None:
    a = engine.answer(question, when)  # type: ignore[arg-type]
    assert a.topic == "consultation.respondents"
    assert "Spara utkast" not in a.text and "Save draft" not in a.text


def test_own_draft_is_still_the_response_feature(engine: AnswerEngine) -> None:
    a = engine.answer("Sparas vårt utkast så att kollegan kan fortsätta?", at(2021, 8, 10))
    assert a.topic == "feature.remissvar"


@pytest.mark.parametrize("question,when,lead", [
    ("Hur många dagar återstår av remissen? Vi har kommunstyrelse på måndag, hinner vi?", at(2021, 9, 22),
     "Ja: måndag 27 september"),
    ("hur mycket tid finns kvar? nämnden sammanträder på fredag, hinner vi det?", at(2021, 9, 29),
     "Nej, inte utan anstånd: fredag 1 oktober")])
def test_a_coming_weekday_is_checked_against_the_last_day(engine: AnswerEngine, question: str, when: object,
                                                          lead: str) -> None:
    a = engine.answer(question, when)  # type: ignore[arg-type]
    assert lead in a.text


@pytest.mark.parametrize("question,when", [
    ("Bekräftar boten att vi har skickat in? Och hur länge är remissen öppen?", at(2021, 9, 20)),
    ("Does the bot confirm when we have submitted, and how many days are left?", at(2021, 9, 20))])
def test_the_receipt_is_told_beside_another_question(engine: AnswerEngine, question: str, when: object) -> None:
    a = engine.answer(question, when)  # type: ignore[arg-type]
    assert "kvitto" in a.text or "receipt" in a.text


def test_a_claim_to_confirm_gets_no_receipt(engine: AnswerEngine) -> None:
    a = engine.answer("Kan du bekräfta att remissen skickas ut 15 juni?", at(2021, 5, 28))
    assert "kvitto" not in a.text


@pytest.mark.parametrize("question,when", [
    ("Har min kollega redan skickat in vårt remissvar? Jag vill inte lämna in det två gånger.", at(2021, 9, 21)),
    ("Has my colleague submitted our response already? I want to avoid sending it twice.", at(2021, 9, 21))])
def test_whether_sent_is_answered_when_a_double_submission_is_feared(engine: AnswerEngine, question: str,
                                                                     when: object) -> None:
    a = engine.answer(question, when)  # type: ignore[arg-type]
    first = a.text.split(". ")[0]
    assert "Vilken version" not in first and "Which version" not in first
    assert "**remissvar**" in a.text or "**response**" in a.text


def test_submitted_twice_still_says_which_counts_is_unknown(engine: AnswerEngine) -> None:
    a = engine.answer("Oj, vi råkade skicka remissvaret två gånger – vilket gäller?", at(2021, 9, 21))
    assert "Vilken version som gäller" in a.text


def test_changing_a_submitted_response_is_answered_beside_the_inspel_choice(engine: AnswerEngine) -> None:
    a = engine.answer("Vårt remissvar är redan inskickat men vi glömde en punkt om kollektivtrafiken. Kan vi ändra "
                      "det i efterhand, eller lämnar vi punkten som ett inspel?", at(2021, 9, 10))
    assert "**Skicka in ny version**" in a.text


@pytest.mark.parametrize("question,when,said", [
    ("Varför är remissen så lång den här gången? Räcker det om vi svarar i början av september?", at(2021, 6, 28),
     "Kommunerna önskade"),
    ("Why is the consultation so long? Can we respond in early September?", at(2021, 6, 28),
     "The municipalities asked")])
def test_why_the_consultation_is_long_is_told_beside_a_deadline_check(engine: AnswerEngine, question: str,
                                                                      when: object, said: str) -> None:
    a = engine.answer(question, when)  # type: ignore[arg-type]
    assert said in a.text
    assert "30 september 2021" in a.text.lower()


def test_how_the_consultation_is_routed_inside_is_unstated_and_who_gets_it_is_said(engine: AnswerEngine) -> None:
    a = engine.answer("Inför hösten: får vi på Kumla kommun remissen direkt till oss i partnerskapet, eller går den "
                      "via registratorn?", at(2021, 5, 10))
    assert "Underlaget tar inte upp hur remissen skickas ut" in a.text
    assert "**Kumla** får remissen" in a.text
    assert "mötet" not in a.text


def test_getting_it_by_ones_own_meeting_is_still_checked_against_the_opening(engine: AnswerEngine) -> None:
    a = engine.answer("Hinner vi få remissen till vårt KS-möte i juni?", at(2021, 3, 20))
    assert "Det beror på vilken dag mötet är" in a.text
