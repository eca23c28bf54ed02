"""Issue 9, after batches 63–64's scores: whether reminders are still set up gets no "Ja" from the bot's settings (b64
#100 had "Ja. Så här är boten inställd …" beside "Inga fler påminnelser är planerade"), and the response's template is
said not to be given by the material rather than not to exist (b64 #59, graded invented). Asked in other words than
those batches."""

from __future__ import annotations

import pytest

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at


@pytest.mark.parametrize("question", [
    "finns det några fler påminnelser planerade?",
    "Är det några fler påminnelser inlagda?",
    "kommer det fler påminnelser?",
    "Are there any more reminders scheduled?",
])
def test_reminders_still_set_up_get_no_yes(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 11, 10))
    assert a.action == "reminders", a
    assert not a.text.startswith(("Ja", "Yes")), a.text


def test_whether_the_bot_sends_reminders_still_gets_its_yes(engine: AnswerEngine) -> None:
    a = engine.answer("skickar du påminnelser?", at(2021, 8, 20))
    assert a.text.startswith("Ja. "), a.text


@pytest.mark.parametrize("question, now", [
    ("vad bör vi skriva i remissvaret, finns det frågor att svara på?", at(2021, 7, 5)),
    ("Hur ska remissvaret vara upplagt, vad ska det innehålla?", at(2021, 8, 16)),
])
def test_template_not_said_to_exist_or_not(engine: AnswerEngine, question: str, now: object) -> None:
    a = engine.answer(question, now)  # type: ignore[arg-type]
    assert "mall för remissvaret finns inte" not in a.text, a.text
    assert "mall" in a.text, a.text
