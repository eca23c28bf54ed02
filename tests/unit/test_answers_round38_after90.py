"""Issue 9, after batches 89/90's first scores: two of their wrong answers, each asked in other words.

- "Är avstämningen imorgon sista chansen att påverka …?" got "Ja." with the consultation still ahead (b89 #27);
- "strukturen ska behållas – betyder det att målen också är oförändrade?" got "Ja – strukturen … behålls", a yes to
  goals the material does not say stay as they are (b90 #65)."""

from __future__ import annotations

import pytest

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at


@pytest.mark.parametrize("question", [
    "är 11 mars enda chansen att påverka?",
    "Är det sista möjligheten att påverka RUS nu?",
    "Är avstämningen sista chansen för oss att påverka vad som uppdateras?",
])
def test_not_the_last_chance_with_more_ahead(engine: AnswerEngine, question: str) -> None:
    text = engine.answer(question, at(2021, 3, 10)).text
    assert text.startswith("Nej, enligt tidplanen är det inte sista chansen"), text
    assert "Remiss" in text


def test_a_say_asked_plainly_keeps_its_yes(engine: AnswerEngine) -> None:
    assert engine.answer("Kan vi påverka vad som uppdateras?", at(2021, 3, 10)).text.startswith("Ja.")


@pytest.mark.parametrize("question", [
    "Strukturen behålls, men gäller det målen också?",
    "The structure is kept – does that mean the goals stay the same?",
    "Om strukturen är kvar, är målen i RUS oförändrade då?",
])
def test_kept_structure_is_no_yes_to_the_goals(engine: AnswerEngine, question: str) -> None:
    text = engine.answer(question, at(2021, 7, 28)).text
    assert not text.startswith(("Ja", "Yes")), text
    assert "om målen i RUS ändras säger underlaget inget" in text or "whether the goals of RUS change the material " \
        "does not say" in text, text


def test_the_same_structure_keeps_its_yes(engine: AnswerEngine) -> None:
    assert engine.answer("Får den samma struktur som den gamla?", at(2021, 7, 28)).text.startswith(
        "Ja – strukturen i nuvarande RUS behålls")
