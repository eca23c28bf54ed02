"""Issue 9, round 32: a part whose KIND of answer the reply gives (a weekday, a count of days, a date) is never quoted
as unknown beside it (b63 #71 gave Thursday 30 September, then said the weekday was unknown; b64 #90 counted the days
to New Year, then said it did not know them). Asked in other words than those batches."""

from __future__ import annotations

import pytest

from rusbot.answers.engine import AnswerEngine, _kind_answered
from tests.unit.answering import at


@pytest.mark.parametrize("question", [
    "Vilket datum är sista dagen att lämna remissvar, och vilken veckodag blir det?",
    "Vilket datum stänger remissen och vilken veckodag blir det?",
    "Vilket datum är sista dag för remissen? Vilken veckodag blir det?",
])
def test_weekday_given_is_not_said_unknown(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 9, 7))
    assert "torsdag" in a.text, a.text
    assert "vet jag inte" not in a.text, a.text


def test_count_given_is_not_said_unknown(engine: AnswerEngine) -> None:
    a = engine.answer("Hur många dagar är det kvar till nyår? Kommer den uppdaterade RUS att vara klar då?",
                      at(2021, 10, 20))
    assert "72 dagar" in a.text, a.text
    assert "vet jag inte" not in a.text, a.text


@pytest.mark.parametrize("question, reply, answered", [
    ("vilken veckodag blir det?", "sista dagen är **torsdag 30 september 2021**", True),
    ("what day of the week is that?", "the last day is **thursday 30 september 2021**", True),
    ("vilken veckodag blir det?", "en uppdaterad rus ska vara klar i slutet av 2021", False),
    ("hur manga veckor ar det kvar?", "det ar **3 veckor** kvar", True),
    ("How many days are left?", "no date of its own is given", False),
    ("Vilket datum ar sista dagen?", "sista dagen ar 30 september 2021", True),
])
def test_kind_of_answer(question: str, reply: str, answered: bool) -> None:
    assert _kind_answered(question, reply) is answered


@pytest.mark.parametrize("question, now, lead", [
    ("Vi skickade in vårt remissvar i går. Hann vi?", at(2021, 9, 30, 8), "Ja – sista dagen"),
    ("hann vi med det? skickade in remissvaret igår kväll", at(2021, 9, 25), "Ja – sista dagen"),
    ("We submitted our response yesterday evening, did we make it?", at(2021, 9, 30, 8), "Yes – the last day"),
])
def test_whether_a_response_sent_made_it(engine: AnswerEngine, question: str, now: object, lead: str) -> None:
    a = engine.answer(question, now)  # type: ignore[arg-type]
    assert a.text.startswith(lead), a.text
    assert "**remissvar**" in a.text or "**response**" in a.text, a.text


@pytest.mark.parametrize("question", [
    "Vi hann inte lämna remissvaret idag, är det kört?",
    "hann int skicka in remissvaret i dag. nu då?",
    "We didn't manage to submit the response today, what now?",
])
def test_not_sent_on_the_last_day_is_still_open_tonight(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 9, 30, 20))
    assert "midnatt" in a.text.split("\n\n")[0] or "midnight" in a.text.split("\n\n")[0], a.text


@pytest.mark.parametrize("question", [
    "Kan vi lämna in remissvaret sent på kvällen?",
    "Funkar det att skicka remissvaret sent på dagen, typ vid elva?",
    "Can we submit our consultation response late in the evening?",
])
def test_late_in_the_evening_is_open_until_midnight(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 9, 20))
    assert "midnatt" in a.text or "midnight" in a.text, a.text


@pytest.mark.parametrize("question, now, lead", [
    ("Styrelsen träffas fredagen den 5 mars. Hinner vi ta fram synpunkter till avstämningen då?", at(2021, 2, 1),
     "Ja – 5 mars 2021 är 6 dagar före"),
    ("Ledningsgruppen har möte måndagen den 1 mars, hinner vi få med oss deras synpunkter till avstämningen?",
     at(2021, 2, 1), "Ja – 1 mars 2021 är 10 dagar före"),
    ("Our board meets on Monday 8 March. Will we make it in time for the check-in with the partnership?",
     at(2021, 2, 1), "Yes – 8 March 2021 is 3 days before"),
    ("vi har en träff fredag 12 mars, hinner vi ta med det till avstämningen?", at(2021, 2, 1),
     "Nej – **Avstämning med partnerskapet** är torsdag 11 mars 2021"),
])
def test_in_time_is_answered_yes_or_no_first(engine: AnswerEngine, question: str, now: object, lead: str) -> None:
    a = engine.answer(question, now)  # type: ignore[arg-type]
    assert a.text.startswith(lead), a.text


@pytest.mark.parametrize("question", [
    "Hur många dagar är det till avstämningen? Hinner vi lyfta det i ledningsgruppen innan?",
    "Hur lång tid är det kvar till avstämningen, hinner styrelsen behandla det före dess?",
])
def test_in_time_without_a_day_says_what_the_bot_cannot_know(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 2, 22))
    assert "17 dagar" in a.text, a.text
    assert "kan jag inte veta" in a.text, a.text


@pytest.mark.parametrize("question, now", [
    ("Vi planerar en träff om förankringen med partnerskapet i december. Hur lägger jag in mötet i boten?",
     at(2021, 10, 20)),
    ("Vi ska ha förankringen med partnerskapet i december. Hur lägger jag in den träffen i boten?",
     at(2021, 10, 12)),
])
def test_a_day_not_in_the_plan_does_not_lead_over_the_bots_answer(engine: AnswerEngine, question: str,
                                                                   now: object) -> None:
    a = engine.answer(question, now)  # type: ignore[arg-type]
    assert not a.text.startswith("Det vet jag inte"), a.text
    assert "**nytt möte**" in a.text.split("\n\n")[0], a.text
