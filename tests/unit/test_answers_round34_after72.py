"""Issue 9, after batch 72's scores: the last day dated with a wrong weekday ("ska lämnas senast fredagen den 30
september", "in by Friday 30 September") is corrected first – it had been read as the asker's own dated day and
confirmed "Ja – 30 september är inom remisstiden" (b72 #77). Asked in other words than that batch."""

from __future__ import annotations

import pytest

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at


@pytest.mark.parametrize(("question", "wrong"), [
    ("Vi har fått veta att svaren ska lämnas senast fredagen den 30 september. Stämmer det?", "fredag"),
    ("Svaren ska väl lämnas senast onsdag 30/9?", "onsdag"),
    ("We were told responses must be in by Friday 30 September. Is that right?", "Friday"),
])
def test_last_day_dated_with_a_wrong_weekday_is_corrected(engine: AnswerEngine, question: str, wrong: str) -> None:
    a = engine.answer(question, at(2021, 9, 14))
    assert a.text.startswith(("Nej – sista dagen för remissen är torsdag 30 september 2021",
                              "No – the consultation's last day is Thursday 30 September 2021")), a.text
    assert f"inte {wrong}" in a.text or f"not {wrong}" in a.text, a.text


@pytest.mark.parametrize("question", [
    "Vi måste ha beslutet senast fredag den 24 september, hinner vi?",     # the asker's own day, dated
    "Vi skickar in senast fredag, går det bra?",                          # no date: the asker's own plan
    "Svaren ska väl lämnas senast torsdag den 30 september?",             # the right weekday
])
def test_own_days_and_the_right_weekday_are_left(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 9, 14))
    assert not a.text.startswith("Nej – sista dagen för remissen är"), a.text
