"""Issue 9, after batches 77/78's scores: "tre rader om …" (rows, lines) was read as "radera" (erase) and answered
with the personal-data text (b77 #3, #51, #65, #88): the short version asked for is given instead; "radera" still
asks the erasure. A request for `status` from one not known to be a coordinator ("kan du visa status …?") is led by
who can, not a bare "Ja." (b78 #78)."""

from __future__ import annotations

import pytest

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at


@pytest.mark.parametrize("question", [
    "ge mig tre rader om RUS-uppdateringen, ska in i en chefsdragning",
    "Kan du ge mig två rader om vad uppdateringen av RUS handlar om?",
    "några rader om RUS-översynen tack",
])
def test_a_few_lines_on_the_update_is_its_summary(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 4, 1))
    assert a.topic == "summary", a.text
    assert "personuppgifter" not in a.text, a.text


def test_a_few_lines_on_the_consultation_are_its_dates(engine: AnswerEngine) -> None:
    a = engine.answer("ge mig tre rader om remissen", at(2021, 4, 1))
    assert a.text.startswith("Remissen öppnar i mitten av juni 2021"), a.text


@pytest.mark.parametrize("question", ["radera mina uppgifter", "Kan ni radera det ni sparat om mig?"])
def test_erasure_is_still_erasure(engine: AnswerEngine, question: str) -> None:
    assert engine.answer(question, at(2021, 4, 1)).topic == "feature.privacy"


@pytest.mark.parametrize("question", [
    "kan du visa status på vilka kommuner som svarat på remissen?",
    "Kan du visa vilka organisationer som har svarat, med status?",
])
def test_status_asked_of_the_bot_is_led_by_who_can(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 9, 27))
    assert a.text.startswith("Det kan samordnarna – som samordnare skriver du **status**"), a.text


@pytest.mark.parametrize("question", ["Is this a brand-new strategy or a revision?", "Is it a brand-new RUS?",
                                      "Are you writing a brand-new strategy this year?"])
def test_brand_new_with_its_hyphen_is_the_new_rus_premise(engine: AnswerEngine, question: str) -> None:
    # The fold drops the hyphen ("brandnew"): the premise's patterns take both spellings (b78 #15).
    a = engine.answer(question, at(2021, 2, 10))
    assert a.text.startswith("No – this is not a new RUS but updates to the current one"), a.text
