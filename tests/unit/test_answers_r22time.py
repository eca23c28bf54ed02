"""Round 22: the event or period a question about days and dates is about – the check-in a told move refers to
("… flyttad till 18 mars. Hur många dagar har vi då?", blind 40 #36), the consultation's opening when it is to be
received in a month ("hinner vi få den till KS i juni?", 42 #5), the opening counted to ("hur många dagar dit?"),
and the steps that may fall in a month of a known year ("i december (alltså nu) … igen? Eller skrivfasen?", 39 #100)."""
from __future__ import annotations

import pytest

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at


@pytest.mark.parametrize("question", [
    "Någon sa att avstämningen med partnerskapet skjutits upp till 25 mars. Hur många dagar har vi då?",
    "Kollegan påstår att avstämningen med partnerskapet är flyttad till den 24 mars. Hur många dagar har vi då kvar "
    "att förbereda oss? Och vad ska vi ta med?",
])
def test_days_after_a_told_move_count_to_the_plans_day(engine: AnswerEngine, question: str) -> None:
    text = engine.answer(question, at(2021, 3, 1)).text
    assert "**10 dagar** till **Avstämning med partnerskapet**" in text
    assert "remissens sista dag" not in text and "**23 dagar**" not in text and "**24 dagar**" not in text


def test_a_told_day_with_no_move_is_still_counted_to(engine: AnswerEngine) -> None:
    text = engine.answer("Vi har KS-möte 25 mars, hur många dagar har vi på oss till dess?", at(2021, 3, 1)).text
    assert "**24 dagar**" in text


@pytest.mark.parametrize(("question", "lead"), [
    ("Hinner vi få remissen till nämndens sammanträde i juni?", "Det beror på vilken dag"),
    ("Kommer remissen till vårt styrelsemöte i juni?", "Det beror på vilken dag"),
    ("Hinner vi få remissen till nämndens möte i maj?", "Nej: remissen öppnar enligt tidplanen i mitten av juni"),
    ("Kommer remissen före vårt styrelsemöte i augusti?", "Ja: remissen öppnar enligt tidplanen i mitten av juni"),
])
def test_receiving_the_consultation_is_checked_against_its_opening(engine: AnswerEngine, question: str,
                                                                   lead: str) -> None:
    text = engine.answer(question, at(2021, 3, 15)).text
    assert lead in text
    assert "återstår" not in text and "Ja: remissen pågår" not in text


def test_days_to_the_opening_are_counted_to_it(engine: AnswerEngine) -> None:
    text = engine.answer("Remissen öppnar väl i juni. Hur många dagar är det dit då?", at(2021, 5, 1)).text
    assert text.startswith("Remissen öppnar enligt tidplanen i mitten av juni 2021, alltså om ungefär")
    assert "återstår" not in text


def test_a_month_now_holds_the_steps_that_may_fall_in_it(engine: AnswerEngine) -> None:
    text = engine.answer("Nu i november – är det remissen igen eller skrivfasen?", at(2021, 11, 10)).text
    assert "någon andra remissrunda finns inte" in text
    assert "**Skrivfas och uppdateringar efter remissen**" in text
    assert "efter avstämning med partnerskapet" not in text


@pytest.mark.parametrize("question", [
    "Inför remissen undrar vi: hur många dagar kvar tills avstämningen med partnerskapet?",
    "Hur många dagar har vi på oss till avstämningen att ta fram underlag till remissen?",
    "Hur många dagar är det kvar till avstämningen innan remissen öppnar?",
])
def test_days_count_to_the_step_named_after_till(engine: AnswerEngine, question: str) -> None:
    text = engine.answer(question, at(2021, 2, 22)).text
    assert text.startswith("**17 dagar** till **Avstämning med partnerskapet**")


def test_days_to_an_undated_step_are_not_counted(engine: AnswerEngine) -> None:
    text = engine.answer("Hur många dagar är det kvar till beslutet i regionfullmäktige?", at(2021, 2, 22)).text
    assert "inget eget datum" in text and "remissens sista dag" not in text and "220" not in text


def test_handling_it_at_a_meeting_in_the_opening_month_depends_on_the_day(engine: AnswerEngine) -> None:
    text = engine.answer("Hinner vi behandla remissen på kommunstyrelsens sammanträde i juni?", at(2021, 5, 3)).text
    assert text.startswith("Det beror på vilken dag") and "återstår" not in text
    later = engine.answer("Vi har nämndmöte 14 september. Hinner vi behandla remissen där?", at(2021, 5, 3)).text
    assert "återstår 16 dagar" in later
