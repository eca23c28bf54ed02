"""Round 18: a claim about who is in the partnership, who decides or how often RUS is reviewed is checked against
the process file and answered "Nej – …" first. Wordings differ from batches 33/34."""

from __future__ import annotations

import datetime as dt

import pytest

from rusbot.answers.engine import AnswerEngine
from rusbot.clock import STOCKHOLM
from tests.unit.answering import at


@pytest.mark.parametrize("question", [
    "Består partnerskapet bara av kommunerna?",
    "Is the partnership just the twelve municipalities?",
    "Är det enbart kommuner som sitter i partnerskapet, eller hur?",
])
def test_one_kind_said_to_be_all_members_is_a_no_naming_the_others(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 4, 20))
    first = a.text.split("\n")[0]
    assert a.text.startswith(("Nej – ", "No – "))
    assert "Länsstyrelsen" in first and "Handelskammaren" in first and "RF-SISU" in first


def test_a_kind_asked_for_without_only_is_still_listed(engine: AnswerEngine) -> None:
    assert not engine.answer("Vilka kommuner är med i partnerskapet?", at(2021, 4, 20)).text.startswith("Nej")


@pytest.mark.parametrize("question", ["Revideras RUS varje år?",
                                      "Ses strategin över vartannat år? Min kollega påstår det."])
def test_a_review_every_year_is_a_no(engine: AnswerEngine, question: str) -> None:
    assert engine.answer(question, at(2021, 4, 20)).text.startswith("Nej – RUS ses över varje mandatperiod")


@pytest.mark.parametrize(("question", "org"), [
    ("Stämmer det att Länsstyrelsen beslutar om den uppdaterade RUS:en?", "Länsstyrelsen"),
    ("Beslutar universitetet om den nya strategin?", "Örebro universitet"),
    ("Is it true that Handelskammaren makes the decision on RUS?", "Handelskammaren"),
])
def test_a_member_said_to_decide_is_a_no(engine: AnswerEngine, question: str, org: str) -> None:
    a = engine.answer(question, at(2021, 4, 20))
    first = a.text.split("\n")[0]
    assert a.text.startswith(("Nej – ", "No – ")) and "regionfullmäktige" in first and org in first


def test_a_wrong_decider_beside_a_wrong_date_is_corrected_too(engine: AnswerEngine) -> None:
    a = engine.answer("Vi skrev på hemsidan att remissen pågår juni–augusti och att universitetet tar beslutet "
                      "om RUS. Stämmer det? /Kumla", at(2021, 5, 3))
    assert a.text.startswith("Nej – ") and "30 september" in a.text
    assert "inte av Örebro universitet" in a.text and "inte av Kumla" not in a.text


def test_who_decides_what_is_updated_is_not_a_claim(engine: AnswerEngine) -> None:
    assert not engine.answer("Beslutar Länsstyrelsen om vad som ska uppdateras?", at(2021, 4, 20)).text.startswith(
        "Nej – det politiska")


def test_the_signature_is_not_the_decider_claimed(engine: AnswerEngine) -> None:
    a = engine.answer("Är det regionstyrelsen som fattar beslutet om RUS i höst? Hälsningar Kumla kommun",
                      at(2021, 4, 20))
    assert "inte av Kumla" not in a.text


@pytest.mark.parametrize("question", [
    "Avstämningen med partnerskapet i fas 1 äger rum den 20 april, eller hur?",
    "Jag tror att avstämningen kring fas 1 är den 4 maj. Stämmer det?",
])
def test_a_wrong_date_of_the_check_in_named_with_its_phase_is_a_no(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 3, 1))
    assert a.text.split("\n")[0].removeprefix("Hej! ").startswith("Nej – ") and "11 mars" in a.text.split("\n")[0]


@pytest.mark.parametrize("question", ["Kommer skrivfasen innan eller efter remissen?",
                                      "Ligger skrivfasen före eller efter remisstiden?"])
def test_a_step_the_timeline_has_on_both_sides_is_said_on_both(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 4, 20))
    assert a.text.startswith("Både före och efter") and "Skrivfas och uppdateringar efter remissen" in a.text


def test_a_step_on_one_side_is_said_on_that_side(engine: AnswerEngine) -> None:
    assert engine.answer("Sker förankringen med partnerskapet innan eller efter remissen?",
                         at(2021, 4, 20)).text.startswith("Efter: ")


@pytest.mark.parametrize("question", ["Är alla kommuner med i partnerskapet eller bara de större?",
                                      "Vilka är med i partnerskapet, bara kommunstyrelseordförandena?"])
def test_only_said_of_some_of_a_kind_is_no_claim_that_it_is_all(engine: AnswerEngine, question: str) -> None:
    assert "utöver 12 kommuner" not in engine.answer(question, at(2021, 4, 20)).text


def test_another_day_of_the_consultation_is_not_called_today(engine: AnswerEngine) -> None:
    # Asked on 29 September in the evening about "imorgon": 30 September is the last day, but not today (batch 36 #58,
    # found after its first score).
    evening = dt.datetime(2021, 9, 29, 21, 10, tzinfo=STOCKHOLM)
    a = engine.answer("sista dagen i morgon eller i dag?? remissvar", evening)
    assert "i dag är sista dagen" not in a.text and "30 september 2021" in a.text
