"""Issue 9, round 31 (r31-claims): a claim or yes/no question gets the right "Nej"/"Ja" first – a premise of a RUS
made over from scratch is corrected first however the message is split or read; a question about a LATER review is
told what the material gives (reviewed every mandate period) and that what the next review brings is not in it; a
member named by what it is (the sports movement) is the member (blind batches 61–62). Each test asks in other words
than those batches."""

from __future__ import annotations

import pytest

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at

_NOT_NEW = "inte en ny RUS"


@pytest.mark.parametrize("question", [
    "Tjena! Vad blir det av RUS i år? En kollega påstod att allt ska skrivas om från grunden.",
    "Vi undrar om det är meningsfullt att lägga tid på detta om strategin ska rivas upp helt igen.",
    "Avser arbetet en omarbetning i sin helhet eller enbart en justering av delar? Och vem fattar beslutet?",
    "Kommer strukturen att ändras? Vi vill gärna föreslå ett nytt avsnitt om kultur, hur går det till?",
])
def test_a_rus_made_over_from_scratch_is_corrected_first(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 2, 10))
    first = a.text.removeprefix("Tjena! ").split("\n\n")[0]
    assert _NOT_NEW in first, a.text
    assert not first.startswith("Ja"), a.text
    assert a.text.count(_NOT_NEW) <= 2, a.text


def test_a_rus_made_over_from_scratch_in_english(engine: AnswerEngine) -> None:
    a = engine.answer("Someone told me the strategy will be rewritten from scratch – is that so, and when is the "
                      "consultation?", at(2021, 2, 10))
    assert a.text.startswith("No – this is not a new RUS"), a.text


@pytest.mark.parametrize(("question", "when"), [
    ("Blir det en helt ny RUS efter valet 2022 då, eller bara en uppdatering igen?", "nästa översyn"),
    ("Ska det tas fram en helt ny strategi nästa gång den ses över?", "nästa översyn"),
    ("Will there be a brand new RUS next term?", "next review"),
])
def test_a_later_review_is_not_answered_with_this_update(engine: AnswerEngine, question: str, when: str) -> None:
    a = engine.answer(question, at(2021, 11, 20))
    assert a.text.startswith(("RUS ses över varje mandatperiod", "RUS is reviewed every mandate period")), a.text
    assert when in a.text, a.text
    assert not a.text.startswith(("Nej", "No")), a.text


def test_the_new_structural_funds_period_is_no_new_structure(engine: AnswerEngine) -> None:
    a = engine.answer("Stämmer det att pandemin är ett skäl? Och räknas den nya strukturfondsperioden in?",
                      at(2021, 3, 1))
    assert _NOT_NEW not in a.text.split("\n\n")[0], a.text


@pytest.mark.parametrize("question", [
    "Finns idrottsrörelsen med bland medlemmarna i partnerskapet?",
    "sitter idrottsrörelsen med i partnerskapet eller?",
    "Is the sports movement represented in the partnership?",
])
def test_the_sports_movement_is_rf_sisu(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 3, 1))
    assert a.text.startswith(("Ja", "Yes")) and "RF-SISU" in a.text.split("\n")[0], a.text


@pytest.mark.parametrize(("question", "lead"), [
    ("Tar nämnderna ställning innan regionfullmäktige beslutar?", "Ja – det går via nämnderna först"),
    ("hinner nämnderna titta på det innan beslutet?", "Ja – det går via nämnderna först"),
    ("Does the draft go to the committees first, before the council votes?", "Yes – it goes through the committees"),
])
def test_the_committees_before_the_council_get_a_yes_first(engine: AnswerEngine, question: str, lead: str) -> None:
    a = engine.answer(question, at(2021, 6, 30))
    assert a.text.startswith(lead), a.text


def test_when_the_council_decides_is_no_vote_of_ours(engine: AnswerEngine) -> None:
    a = engine.answer("om vi lämnar svaret i augusti, när fattar RF beslut då? och tas det i nämnderna först?",
                      at(2021, 6, 30))
    assert not a.text.startswith("Nej"), a.text
    assert "Ja – det går via nämnderna först" in a.text, a.text


@pytest.mark.parametrize(("question", "musts"), [
    ("Har jag rätt i att avstämningen var 18 mars, remissen april–juni och beslutet i november?",
     ("11 mars 2021", "mitten av juni 2021")),
    ("Till protokollet: avstämning 4 mars, remiss juli–oktober. Rätt?", ("11 mars 2021", "30 september 2021")),
    ("kolla åt mig: avstämningen 1 april, remissen maj till augusti och klart i december, stämmer det?",
     ("11 mars 2021", "mitten av juni 2021")),
])
def test_every_wrong_date_of_a_list_is_corrected(engine: AnswerEngine, question: str, musts: tuple[str, ...]) -> None:
    a = engine.answer(question, at(2021, 2, 1))
    assert a.text.startswith(("Nej", "No")), a.text
    for must in musts:
        assert must in a.text, a.text


@pytest.mark.parametrize(("question", "lead"), [
    ("Hej, jag jobbar med landsbygdsfrågor. Varför uppdateras den regionala utvecklingsstrategin – har det något att "
     "göra med landsbygdsutvecklingen?", "Ja – **Landsbygdsutveckling"),
    ("Beror det på pandemin att RUS ses över?", "Ja – **Pandemin"),
    ("Hello, we work on climate. Why is the regional development strategy revised – anything to do with the "
     "Green Deal?", "Yes – **A new EU strategy"),
])
def test_an_event_asked_about_gets_a_yes_first(engine: AnswerEngine, question: str, lead: str) -> None:
    a = engine.answer(question, at(2021, 1, 25))
    assert a.text.removeprefix("Hej! ").removeprefix("Hi! ").startswith(lead), a.text
