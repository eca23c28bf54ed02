"""Issue 9, round 27 (r27-remiss): the consultation's parts a message asks beside another one are not left out.
How to respond in the bot (`remissvar`: drafts, submit, receipt) is told when asked beside another question; who of
an organisation may send it is told when asked "vem på/hos …"; and what the material does not say of the
consultation – how it is sent out, who must approve a response, whether responses are compiled or published, whether
to comment the whole strategy, a template, whether anyone reads replies in the summer – is said plainly for that part,
also after the other question's "Nej, …" / "Ja: …". Each test asks in other words than blind batches 51–52 did."""

from __future__ import annotations

import pytest

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at


@pytest.mark.parametrize("question,when", [
    ("Vi har läst remissen och vill skriva om landsbygdens näringsliv. Är det okej att ta upp? Hur skickar vi in det?",
     at(2021, 8, 20)),
    ("We received the consultation last week. How do we actually respond – and by when?", at(2021, 7, 5))])
def test_how_to_respond_is_told_beside_another_question(engine: AnswerEngine, question: str, when: object) -> None:
    a = engine.answer(question, when)  # type: ignore[arg-type]
    assert "**Skicka in**" in a.text or "**Submit**" in a.text


def test_how_to_give_input_is_not_answered_with_the_response() -> None:
    # (the remissvar paragraph is for the consultation: a message of input asks another thing)
    from rusbot.answers import engine as e
    assert e._ASKS_HOW_RESPOND.search("hur skickar jag in det") is not None
    assert e._ASKS_HOW_RESPOND.search("hur ofta ses partnerskapet") is None


def test_who_of_the_organisation_may_send_is_told(engine: AnswerEngine) -> None:
    a = engine.answer("Vad gör kommandot remissvar? Och vem hos oss får lämna in?", at(2021, 5, 25))
    assert "bekräftade företrädare" in a.text


@pytest.mark.parametrize("question,said", [
    ("Har remissen öppnat? Och skickas den till vår registratur eller till mig?", "hur remissen skickas ut"),
    ("Hinner vi före sista dagen? Räcker det med ett tjänstemannasvar, eller ska nämnden anta det?",
     "godkänna svaret"),
    ("Vad sker efter remissen? Kommer remissvaren att publiceras?", "publiceras"),
    ("Ska vi tycka till om hela strategin eller bara om de nya delarna?", "hela strategin"),
    ("Remissen kom i veckan. Finns det någon blankett vi ska använda?", "mall")])
def test_what_the_material_does_not_say_of_the_consultation_is_said(engine: AnswerEngine, question: str,
                                                                    said: str) -> None:
    a = engine.answer(question, at(2021, 6, 8))
    assert said in a.text
    assert "står inte i underlaget" in a.text or "tar inte upp" in a.text


def test_the_first_questions_no_stays_first_and_the_unknown_part_follows(engine: AnswerEngine) -> None:
    a = engine.answer("Har remissen öppnat? Och skickas den till vår registratur eller till mig?", at(2021, 6, 8))
    first, second = a.text.split("\n\n")[:2]
    assert "Nej" in first and "hur remissen skickas ut" in second


def test_where_our_response_goes_is_not_read_as_how_the_consultation_is_sent(engine: AnswerEngine) -> None:
    a = engine.answer("Ska remissvaret gå till registratorn eller lämnar vi det här?", at(2021, 7, 1))
    assert "hur remissen skickas ut" not in a.text


def test_redoing_the_whole_strategy_is_not_asked_what_to_comment(engine: AnswerEngine) -> None:
    a = engine.answer("Blir det en omskrivning av hela strategin eller bara små justeringar?", at(2021, 5, 1))
    assert "hela strategin eller bara de uppdaterade delarna" not in a.text


def test_anyone_reading_in_summer_is_not_answered_with_a_bare_yes(engine: AnswerEngine) -> None:
    a = engine.answer("Does anyone really read the replies in July, or is it better to submit in August?",
                      at(2021, 7, 12))
    assert a.text.startswith("The material does not cover who works on the update")
    assert "\n\nYes" not in a.text


def test_the_command_is_described_in_a_whole_sentence(engine: AnswerEngine) -> None:
    a = engine.answer("Vad gör kommandot remissvar?", at(2021, 5, 25))
    assert "det organisationens" not in a.text


def test_sending_after_a_day_past_the_last_one_is_not_the_plans_next_step(engine: AnswerEngine) -> None:
    a = engine.answer("Vår styrelse ses 6 oktober och vill ta beslut om svaret där. Går det att skicka in det efter? "
                      "Och vad sker sedan med svaren?", at(2021, 9, 15))
    assert a.text.startswith("Nej, inte utan anstånd: 6 oktober 2021 är efter remissens sista dag")


@pytest.mark.parametrize("question", [
    "Vad sker nu? Och när fattar regionfullmäktige beslut?",
    "What comes next, and when does the regional council decide?"])
def test_when_the_council_decides_names_no_step_to_follow(engine: AnswerEngine, question: str) -> None:
    from rusbot.answers.answerers.plan import step_named_after
    assert step_named_after(engine.kit, question) is None



@pytest.mark.parametrize("second,reading,neighbour", [
    ("Och när den kommer, hamnar den hos vår registrator eller hos mig?", "decision", "fattar det politiska beslutet"),
    ("Vem på förvaltningen får skicka in?", "feature.contact", "Kontakta samordnarna")])
def test_a_part_read_as_its_neighbour_without_conviction_gets_no_neighbours_answer(
        engine: AnswerEngine, second: str, reading: str, neighbour: str) -> None:
    # The parts as the model may read them: the second as its neighbour, without conviction.
    import datetime as dt
    from dataclasses import replace
    today = dt.date(2021, 6, 9)
    first = "Har remissen kommit ut nu?"
    parts = [(first, engine.understand(first, today)),
             (second, replace(engine.understand(second, today), intent=reading, confidence=0.45, sure=True))]
    a = engine._answer_parts(parts, today, "sv")
    assert neighbour not in a.text
    assert a.text.startswith("Nej, remissen har inte öppnat än")


@pytest.mark.parametrize("question,kept_out", [
    ("Vi vill skriva om kulturens betydelse för attraktiviteten. Hör det hemma i en uppdatering?", None),
    ("Passar det in i tidplanen om vi skickar in i slutet av september?", "sakfråga")])
def test_whether_a_subject_fits_is_said_not_to_be_in_the_material(engine: AnswerEngine, question: str,
                                                                 kept_out: str | None) -> None:
    a = engine.answer(question, at(2021, 8, 16))
    if kept_out is None:
        assert a.text.startswith("Underlaget tar inte upp om en viss sakfråga passar in i uppdateringen")
    else:
        assert kept_out not in a.text     # a day in the plan is no subject of the update
