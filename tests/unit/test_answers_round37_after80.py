"""Issue 9, after batches 79/80's first scores: their wrong and invented answers, each asked in other words.

- a day put forward as the consultation's last that is not ("Sista dagen är väl idag?" a month ahead) got "Ja, …
  pågår" (b80 #70);
- "What will be decided at the March check-in?" read the past participle as the past: March 2020 (b79 #15);
- a member asking whether it gets to decide what is updated got "No – the partnership decides" (b80 #48);
- "bara X eller kan vi Y?" got a bare "Ja." (b79 #74);
- a member said to have approved RUS was not refuted (b79 #96);
- "klar i år … och om den börjar gälla 1 januari 2022" refuted "klar 2022", which was not said (b79 #99)."""

from __future__ import annotations

import pytest

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at


@pytest.mark.parametrize("question", [
    "Sista dagen för remissen är väl idag?",
    "Är det idag remissen stänger?",
    "Stänger remissen i morgon?",
    "Is today the last day of the consultation?",
])
def test_a_day_put_forward_that_is_not_the_last_is_refuted(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 8, 31))
    assert a.text.startswith(("Nej – remissens sista dag är torsdag 30 september 2021",
                              "No – the consultation's last day is Thursday 30 September 2021")), a.text


def test_after_the_last_day_the_day_put_forward_is_refuted_in_the_past(engine: AnswerEngine) -> None:
    a = engine.answer("Sista dagen för remissen var väl idag?", at(2021, 10, 5))
    assert a.text.startswith("Nej – remissens sista dag var torsdag 30 september 2021"), a.text


def test_a_count_asked_beside_today_is_still_the_count(engine: AnswerEngine) -> None:
    a = engine.answer("Hur många dagar är det kvar till sista dagen idag?", at(2021, 8, 31))
    assert not a.text.startswith("Nej"), a.text


@pytest.mark.parametrize("question", [
    "What exactly will be decided at the March check-in?",
    "What is to be discussed at the check-in in March?",
    "What will be presented at the March meeting?",
])
def test_a_passive_ahead_is_the_plans_month(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 2, 11))
    assert "2020" not in a.text and "11 March 2021" in a.text, a.text


def test_a_past_question_is_still_the_past_month(engine: AnswerEngine) -> None:
    a = engine.answer("What was decided in March?", at(2021, 5, 11))
    assert "not in the material" in a.text or "I don't know" in a.text, a.text


@pytest.mark.parametrize("question", [
    "Does the Chamber of Commerce get to decide what is updated, or can we only comment?",
    "Får Kumla och Nora bestämma vad som uppdateras?",
    "Does Örebro University get to decide what is updated in RUS?",
])
def test_a_member_takes_part_in_deciding_what_is_updated(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 5, 10))
    assert a.text.startswith(("Ja, tillsammans med de andra medlemmarna", "Yes, together with the other members")), (
        a.text)


def test_the_region_is_still_not_the_one_that_decides_what_is_updated(engine: AnswerEngine) -> None:
    assert engine.answer("Bestämmer regionen vad som ska uppdateras?", at(2021, 5, 10)).text.startswith("Nej")


@pytest.mark.parametrize("question", [
    "Ska remissvaret bara handla om det som uppdaterats eller kan vi tycka till om hela RUS?",
    "Får vi bara lämna synpunkter på ändringarna eller kan vi ta upp hela strategin?",
    "Is the partnership only there to comment, or does it decide anything?",
])
def test_a_choice_between_only_one_thing_and_another_gets_no_bare_yes(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 8, 30))
    assert not a.text.startswith(("Ja.", "Yes.")), a.text


@pytest.mark.parametrize(("question", "who"), [
    ("Has the County Administrative Board approved the new RUS yet?", "Länsstyrelsen"),
    ("Har Örebro universitet antagit den nya strategin?", "Örebro universitet"),
    ("Har Handelskammaren godkänt uppdateringen av RUS?", "Handelskammaren"),
])
def test_a_member_said_to_have_approved_rus_is_refuted(engine: AnswerEngine, question: str, who: str) -> None:
    a = engine.answer(question, at(2021, 11, 16))
    assert a.text.startswith(("Nej – det politiska beslutet", "No – the political decision")), a.text
    assert who in a.text.split("\n")[0], a.text


def test_both_premises_are_refuted_the_first_asked_first(engine: AnswerEngine) -> None:
    a = engine.answer("Har länsstyrelsen redan godkänt nya RUS? Och är det en helt ny strategi nu?",
                      at(2021, 11, 16))
    first = a.text.split("\n\n")[0]
    assert first.startswith("Nej – det politiska beslutet") and "inte av Länsstyrelsen" in first, a.text
    assert "\n\nNej – det är inte en ny RUS" in a.text, a.text


@pytest.mark.parametrize("question", [
    "Vår kommundirektör undrar om RUS blir klar i år som planerat och om den börjar gälla 1 januari 2022. Vet du?",
    "Blir RUS klar i år, och om den gäller från 2022?",
    "Will RUS be ready this year as planned, and whether it applies from 1 January 2022?",
])
def test_a_year_given_for_another_clause_is_no_year_for_ready(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 12, 6))
    assert not a.text.startswith(("Nej – enligt tidplanen ska", "No – according to the timeline")), a.text


def test_a_wrong_year_for_ready_is_still_refuted(engine: AnswerEngine) -> None:
    assert engine.answer("Blir RUS klar 2022?", at(2021, 5, 6)).text.startswith("Nej – enligt tidplanen ska")
