"""Issue 9, round 35: a reply says a sentence once. A bullet repeating, word for word, a sentence the reply's prose
has already said ("Det är inte en ny RUS …" leading, then again among the mandate's bullets) is dropped; a list of
the plan's steps or names keeps every item, named before or not."""

from __future__ import annotations

import pytest

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at


@pytest.mark.parametrize("question", [
    "Varför ska RUS göras om nu? Blir det en helt ny strategi?",
    "ar det en ny rus",
    "Blir det en helt ny RUS med nya mål och ny struktur?",
])
def test_the_not_new_sentence_is_said_once(engine: AnswerEngine, question: str) -> None:
    text = engine.answer(question, at(2021, 2, 1)).text.lower()
    assert text.count("det är inte en ny rus som tas fram") == 1, text


def test_a_list_of_steps_keeps_the_steps_named_before_it(engine: AnswerEngine) -> None:
    text = engine.answer("Hur många skrivfaser är det i fas 2?", at(2021, 2, 1)).text
    assert "\n- **Skrivfas och uppdateringar**" in text, text
