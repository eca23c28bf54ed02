"""Issue 9, after batches 63–64's scores: a reminder asked for one day or one event is answered yes or no from the
reminder settings and the plan's dates before the stock schedule (b64 #34, #76), and what an extension told in an
earlier part does to the reminders is answered in the part that asks it (b63 #64). Asked in other words than those
batches."""

from __future__ import annotations

import pytest

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at


@pytest.mark.parametrize("question, now, opening", [
    ("Får vi någon påminnelse inför avstämningen i mars?", at(2021, 3, 1), "Ja – dagen före Avstämning"),
    ("skickar du en påminnelse före mötet den 11 mars?", at(2021, 2, 20), "Ja – dagen före Avstämning"),
    ("Will you send us a reminder before the meeting on 11 March?", at(2021, 2, 20), "Yes – the day before"),
])
def test_reminder_before_an_event(engine: AnswerEngine, question: str, now: object, opening: str) -> None:
    a = engine.answer(question, now)  # type: ignore[arg-type]
    assert a.text.startswith(opening), a.text
    assert "10 " in a.text.split("\n")[0], a.text


@pytest.mark.parametrize("question, now, opening", [
    ("går det ut nån påminnelse imorgon?", at(2021, 9, 22), "Ja – i morgon, torsdag 23 september 2021 kl. 09:00"),
    ("Skickar boten någon påminnelse om remissen i dag?", at(2021, 9, 20), "Nej – i dag, måndag 20 september 2021,"),
    ("Will a reminder about the consultation go out tomorrow?", at(2021, 9, 28), "Yes – tomorrow, Wednesday 29"),
    ("blir det en påminnelse den 16 september?", at(2021, 9, 1), "Ja – torsdag 16 september 2021 kl. 09:00"),
])
def test_reminder_on_a_day(engine: AnswerEngine, question: str, now: object, opening: str) -> None:
    a = engine.answer(question, now)  # type: ignore[arg-type]
    assert a.text.startswith(opening), a.text


@pytest.mark.parametrize("question", [
    "Lekeberg har begärt anstånd till 20 oktober. Hur lägger jag in det? Och påverkar det påminnelserna som skickas "
    "till dem?",
    "Hallsberg asked for an extension until 14 October. How do I enter it? And does that affect the reminders they "
    "get?",
])
def test_extension_then_its_reminders(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 8, 12))
    assert "anstånd " in a.text.lower() or "extension " in a.text.lower(), a.text
    assert "anståndets sista dag" in a.text or "extension's last day" in a.text, a.text


@pytest.mark.parametrize("question, opening", [
    ("Jag slutar snart, kan min efterträdare på Laxå kommun fortsätta på vårt utkast till remissvar?", "Ja, när"),
    ("My colleague will take over our draft response – will she see it once she picks Nora as her organisation?",
     "Yes, once"),
    ("kan min kollega på Hallsbergs kommun komma åt vårt utkast till remissvar när jag är borta?", "Ja, när"),
])
def test_colleague_takes_over_the_draft(engine: AnswerEngine, question: str, opening: str) -> None:
    a = engine.answer(question, at(2021, 8, 17))
    assert a.text.startswith(opening), a.text
    assert "samma svar" in a.text or "same response" in a.text, a.text
    assert "bekräftat" in a.text or "confirmed" in a.text, a.text
