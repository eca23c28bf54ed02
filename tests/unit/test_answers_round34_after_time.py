"""Issue 9, round 35 (r35-time, after the grades of batches 69–70): a count of days asked "then" – from the day the
message names, also when the day is told in the sentence before and the count is closed by "då"/"then" – a weekday
given the last day in a question of its own ("… 30/9 va? är det en fredag?"), and a length told of the consultation
period ("över sommaren – tre månader?") checked, "över sommaren" not read as "over". Asked in other words than
those batches (b69 #56, b70 #77, #56)."""

from __future__ import annotations

import pytest

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at


# -- days left counted from the day named ---------------------------------------------------------------------------
@pytest.mark.parametrize(("question", "lead"), [
    ("I'm back on 2 August. How many days will we have left then?", "**59 days left** from 2 August 2021"),
    ("Jag är föräldraledig hela juli och kommer tillbaka den 9 augusti. Hur många dagar har vi kvar på remissen då? "
     "Och får jag en påminnelse?", "**52 dagar kvar** från 9 augusti 2021"),
    ("ledig till 9 aug, hur manga dagar återstår när jag kommer tillbaka?", "**52 dagar kvar** från 9 augusti 2021"),
    ("Jag är tillbaka 2 augusti – hur många dagar har vi kvar att svara på remissen då?",
     "**59 dagar kvar** från 2 augusti 2021"),
    ("We're away until 9 August. How many days will remain to send the\nresponse then?",
     "**52 days left** from 9 August 2021"),
])
def test_days_left_from_the_day_named(engine: AnswerEngine, question: str, lead: str) -> None:
    a = engine.answer(question, at(2021, 7, 6))
    assert a.text.startswith(lead), a.text


def test_days_to_a_day_then_still_to_it(engine: AnswerEngine) -> None:
    a = engine.answer("Hur många dagar kvar till 2 augusti då?", at(2021, 7, 6))
    assert a.text.startswith("**27 dagar** till måndag 2 augusti 2021"), a.text


# -- a weekday given the last day in the next question -----------------------------------------------------------
@pytest.mark.parametrize(("question", "lead"), [
    ("sista dagen är 30/9 va? är det en fredag?",
     "Nej – sista dagen för remissen är torsdag 30 september 2021, inte fredag."),
    ("Deadline is 30 Sept, correct? Is that a Friday?",
     "No – the consultation's last day is Thursday 30 September 2021, not Friday."),
    ("sista svarsdag e 30 sept va? blir det en onsdag?",
     "Nej – sista dagen för remissen är torsdag 30 september 2021, inte onsdag."),
])
def test_wrong_weekday_asked_after_the_last_day(engine: AnswerEngine, question: str, lead: str) -> None:
    a = engine.answer(question, at(2021, 9, 23))
    assert a.text.startswith(lead), a.text


def test_right_weekday_asked_after_the_last_day_not_corrected(engine: AnswerEngine) -> None:
    a = engine.answer("Sista dagen är 30 september. Är det en torsdag?", at(2021, 9, 23))
    assert not a.text.startswith("Nej"), a.text


# -- a length told of the consultation period, across the summer --------------------------------------------------
@pytest.mark.parametrize(("question", "lead"), [
    ("the consultation runs over the summer, about 3 months?", "Yes, roughly – according to the timeline the "
     "consultation runs from mid-June 2021 through 30 September 2021, that is about three and a half months. It "
     "spans the summer"),
    ("Remisstiden sträcker sig över semestern – cirka tre månader, stämmer det?", "Ja, ungefär – remissen pågår "
     "enligt tidplanen från mitten av juni 2021 till och med 30 september 2021, alltså ungefär tre och en halv månad. "
     "Den sträcker sig över sommaren"),
    ("Remisstiden är väl över sommaren – två månader, eller?", "Nej – remissen pågår enligt tidplanen från mitten av "
     "juni 2021 till och med 30 september 2021, alltså ungefär tre och en halv månad, inte två månader."),
])
def test_length_told_over_the_summer(engine: AnswerEngine, question: str, lead: str) -> None:
    a = engine.answer(question, at(2021, 6, 23))
    assert a.text.startswith(lead), a.text


def test_is_it_over_still_asks_whether_it_ended(engine: AnswerEngine) -> None:
    a = engine.answer("Är remissen över nu?", at(2021, 6, 23))
    assert a.text.startswith("Nej, inte än"), a.text


# -- sending next week, beside a wrong weekday of the last day -----------------------------------------------------
@pytest.mark.parametrize(("question", "now", "said"), [
    ("sista dagen är 30/9 va? är det en fredag? kan vi skicka in nästa vecka?", at(2021, 9, 23),
     "Nästa vecka går det att skicka in till och med torsdag 30 september 2021; efter det bara med anstånd"),
    ("The deadline is Wednesday, right? Can we submit it next week?", at(2021, 9, 22),
     "Next week you can submit up to and including Thursday 30 September 2021; after that only with an extension"),
    ("Sista svarsdag är väl fredag? Kan vi lämna in nästa vecka?", at(2021, 9, 21),
     "Nästa vecka går det att skicka in till och med torsdag 30 september 2021"),
    ("ok panik, sista dagen e 30/9 va? blir det en fredag? kan jag skicka in svaret nästa vecka?", at(2021, 9, 28),
     "Nästa vecka är efter sista dagen: då går det bara med anstånd"),
])
def test_next_week_against_the_last_day(engine: AnswerEngine, question: str, now, said: str) -> None:
    a = engine.answer(question, now)
    assert a.text.startswith(("Nej – sista dagen för remissen är torsdag 30 september 2021",
                              "No – the consultation's last day is Thursday 30 September 2021")), a.text
    assert said in a.text.split("\n\n")[0], a.text
