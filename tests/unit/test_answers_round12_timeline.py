"""Round 12 (issue 9): what blind batches 23/24 showed wrong in timeline and consultation answers, in other
words than theirs: a wrong date checked is corrected first, "which of X or Y is in <month>" names the
one that is (often neither), and place names or months are not glossary words."""

from __future__ import annotations

import datetime as dt

import pytest

from rusbot.answers.engine import AnswerEngine
from rusbot.clock import STOCKHOLM

FEBRUARY = dt.datetime(2021, 2, 22, 10, 0, tzinfo=STOCKHOLM)
AUGUST = dt.datetime(2021, 8, 20, 10, 0, tzinfo=STOCKHOLM)


@pytest.mark.parametrize(("question", "right"), [
    ("Sista dagen för remissen är väl 15 augusti?", "30 september 2021"),
    ("remisstiden slutar ju i slutet av juli, eller hur?", "30 september 2021"),
    ("My colleague says the consultation closes at the end of July, is that right?", "30 September 2021"),
])
def test_a_wrong_last_day_of_the_consultation_is_corrected_first(engine: AnswerEngine, question: str,
                                                                 right: str) -> None:
    first = engine.answer(question, AUGUST).text.split("\n")[0]
    assert first.startswith(("Nej –", "No –")), first
    assert right in first, first


@pytest.mark.parametrize("question", [
    "Stänger remissen 30 september?",
    "Remissen öppnar i juni och stänger i september va?",
    "Pågår remissen i juli?",
])
def test_a_right_or_open_question_about_the_consultation_is_not_contradicted(engine: AnswerEngine,
                                                                            question: str) -> None:
    assert not engine.answer(question, AUGUST).text.startswith("Nej –")


def test_a_wrong_day_for_the_check_in_is_corrected_with_the_days_to_it(engine: AnswerEngine) -> None:
    first = engine.answer("avstämningen med partnerskapet är väl 18 mars?", FEBRUARY).text.split("\n")[0]
    assert first.startswith("Nej –") and "11 mars 2021" in first and "om 17 dagar" in first, first


def test_a_wrong_year_for_the_updated_strategy_is_corrected_not_agreed_with(engine: AnswerEngine) -> None:
    text = engine.answer("RUS blir ju klar 2023, så vi kan vänta med förslagen?", FEBRUARY).text
    assert text.startswith("Nej –") and "slutet av 2021" in text.split("\n")[0], text
    assert "\nJa" not in text and "\nYes" not in text, text


@pytest.mark.parametrize("question", ["Revideras RUS varje år?", "Is RUS reviewed every three years?"])
def test_a_wrong_interval_of_review_is_corrected(engine: AnswerEngine, question: str) -> None:
    first = engine.answer(question, FEBRUARY).text.split("\n")[0]
    assert first.startswith(("Nej –", "No –")) and "mandat" in first, first


def test_which_of_two_steps_is_in_a_month_names_neither_and_what_is(engine: AnswerEngine) -> None:
    text = engine.answer("är det beslutet eller remissen som ligger i mars?", FEBRUARY).text
    first = text.split("\n")[0]
    assert first.startswith("Ingen av dem") and "11 mars 2021" in first, text
    assert "30 september 2021" in text


def test_which_of_two_steps_is_in_a_month_names_the_one_that_is(engine: AnswerEngine) -> None:
    first = engine.answer("kommer avstämningen eller remissen i juli?", FEBRUARY).text.split("\n")[0]
    assert first.startswith("I juli") and "Remiss" in first and "Avstämning" not in first, first


@pytest.mark.parametrize("question", [
    "vad står det i medskicken från januari?",
    "vad betyder nya strukturfondsperioden för Örebro län?",
])
def test_a_month_or_the_county_is_not_a_word_to_explain(engine: AnswerEngine, question: str) -> None:
    text = engine.answer(question, FEBRUARY).text
    assert "förklarar inte «januari»" not in text and "«Örebro län»" not in text, text


@pytest.mark.parametrize("question", [
    "regnar det på torsdag när vi har avstämningen?",
    "Bjuds det på fikabröd vid avstämningen med partnerskapet?",
])
def test_something_no_document_says_about_a_meeting_leads_with_i_dont_know(engine: AnswerEngine,
                                                                           question: str) -> None:
    text = engine.answer(question, dt.datetime(2021, 3, 8, 12, 0, tzinfo=STOCKHOLM)).text
    assert text.startswith("Det vet jag inte"), text
    assert "11 mars 2021" in text


@pytest.mark.parametrize(("question", "who"), [
    ("Ska RF ha remissen i augusti?", "regionfullmäktige"),
    ("Does the regional council get the consultation in June?", "the regional council"),
    ("Förväntas regionens nämnder svara på remissen?", "nämnderna"),
])
def test_the_consultation_sent_to_a_political_body_is_corrected(engine: AnswerEngine, question: str,
                                                                 who: str) -> None:
    first = engine.answer(question, FEBRUARY).text.split("\n")[0]
    assert first.startswith(("Nej –", "No –")), first
    assert f"not to {who}" in first or f"inte till {who}" in first, first
    assert "Partner" in first, first


@pytest.mark.parametrize("question", ["Ska RF-SISU lämna remissvar?", "ska vi lämna remissvaret via nämnden först?",
                                      "Jag tror RF bestämmer vad som uppdateras, och vi får tycka till i remissen?"])
def test_a_member_or_an_own_body_is_not_taken_for_the_political_bodies(engine: AnswerEngine, question: str) -> None:
    assert "inte till regionfullmäktige" not in engine.answer(question, FEBRUARY).text
    assert "inte till nämnderna" not in engine.answer(question, FEBRUARY).text


def test_what_follows_a_step_named_by_its_everyday_word_starts_after_that_step(engine: AnswerEngine) -> None:
    text = engine.answer("Vad sker sen, efter att regionens nämnder har behandlat förslaget?",
                         dt.datetime(2021, 10, 20, 9, 0, tzinfo=STOCKHOLM)).text
    first, second = text.split("\n")[:2]
    assert first.startswith("Efter politisk förankring i nämnderna"), text
    assert "regionfullmäktige" in second, text


def test_submitting_in_the_month_of_the_last_day_is_fine_up_to_that_day(engine: AnswerEngine) -> None:
    text = engine.answer("Vår styrelse möts i augusti – funkar det att lämna remissvaret någon gång i september?",
                         dt.datetime(2021, 7, 1, 9, 0, tzinfo=STOCKHOLM)).text
    assert text.startswith("Ja") and "30 september 2021" in text.split("\n")[0], text
    assert "anstånd" in text


def test_the_last_day_asked_near_it_leads_with_the_day_and_how_near(engine: AnswerEngine) -> None:
    first = engine.answer("när är sista dagen att lämna remissvar?",
                          dt.datetime(2021, 9, 28, 9, 0, tzinfo=STOCKHOLM)).text.split("\n")[0]
    assert first.startswith("Sista dagen är **torsdag 30 september 2021** (om 2 dagar)"), first
