"""Issue 9, after batches 75 and 76's scores: false premises refuted with "Nej" first (what the bot is told it said,
the partnership said to decide on RUS itself), a day of one's own inside the consultation's opening window not
promised, a late response with an extension not answered "Nej", and a reminder not received (in spoken forms) not
answered "Ja". Asked in other words than those batches."""

from __future__ import annotations

import pytest

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at


@pytest.mark.parametrize("question", [
    "Förra veckan sa du att regionstyrelsen tar det slutliga beslutet om RUS i juni. Har det ändrats?",
    "Igår skrev du att kommunstyrelsen antar RUS i augusti, gäller det fortfarande?",
    "Du svarade att regeringen fattar beslutet om RUS. Stämmer det än?",
])
def test_what_the_bot_is_told_it_said_is_refuted(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 7, 1))
    assert a.text.startswith("Nej – det politiska beslutet om den uppdaterade RUS fattas av regionfullmäktige"), a.text


def test_what_the_bot_is_told_it_said_english(engine: AnswerEngine) -> None:
    a = engine.answer("You said last week that the regional board takes the final decision in June. Has that "
                      "changed?", at(2021, 7, 1))
    assert a.text.startswith("No – the political decision on the updated RUS is taken by the regional council"), a.text


@pytest.mark.parametrize("question", [
    "Jag läste att det är partnerskapet som beslutar om den uppdaterade RUS:en i november. Rätt?",
    "Partnerskapet beslutar väl om nya RUS i december?",
    "I read that the partnership decides on the updated RUS in November. Correct?",
])
def test_the_partnership_said_to_decide_on_rus_is_refuted(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 9, 29))
    assert a.text.startswith(("Nej – det slutliga, politiska beslutet", "No – the final, political decision")), a.text
    assert "inget datum" in a.text or "no date" in a.text, a.text


@pytest.mark.parametrize(("question", "day"), [
    ("Lindesberg: vår KS har sista sammanträdet före sommaren 15 juni. Hinner remissen komma ut till dess så att vi "
     "kan besluta hur vi hanterar den?", at(2021, 5, 31)),
    ("Styrelsen har möte den 16 juni – hinner remissen gå ut före det?", at(2021, 4, 20)),
    ("Kommer remissen ut före 12 juni? Vår styrelse möts då.", at(2021, 5, 20)),
])
def test_a_day_in_the_opening_window_is_not_promised(engine: AnswerEngine, question: str, day: object) -> None:
    a = engine.answer(question, day)  # type: ignore[arg-type]
    assert a.text.startswith(("Det kan jag inte lova: remissen öppnar", "Remissen öppnar i mitten av juni")), a.text
    assert not a.text.startswith("Ja"), a.text


@pytest.mark.parametrize("question", [
    "Vi i Karlskoga lämnade remissvaret 7 oktober, vi hade anstånd. Kom det med?",
    "Vi fick anstånd och skickade in vårt remissvar 5 oktober. Räknas det?",
    "We submitted our response on 6 October, we had an extension. Did it count?",
])
def test_a_late_response_with_an_extension_is_not_refused(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 11, 2))
    assert not a.text.startswith(("Nej", "No")), a.text
    assert "**remissvar**" in a.text.split("\n")[0] or "**response**" in a.text.split("\n")[0], a.text


def test_a_late_response_without_an_extension_is_still_no(engine: AnswerEngine) -> None:
    a = engine.answer("Vi lämnade in vårt remissvar sent, 8 oktober. Räknas det?", at(2021, 10, 20))
    assert a.text.startswith("Nej – 8 oktober 2021 är efter remissens sista dag"), a.text


@pytest.mark.parametrize("question", [
    "har int fått nån påminnelse om remisen, e de nåt fel?",
    "ja har inge fått nån påminnelse, funkar det inte?",
    "vi har int fått nå påminnelser alls, är boten trasig?",
])
def test_a_reminder_not_received_is_no_yes(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 9, 21))
    assert a.text.startswith("Enligt schemat har påminnelser om remissens sista dag"), a.text


@pytest.mark.parametrize("question", [
    "Vad står RUS, RF och KC/RD för?",
    "Vad betyder RF, RUS och KC/RD?",
    "What do RUS, RF and KC/RD stand for?",
])
def test_every_word_of_a_list_is_explained(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 11, 23))
    assert a.topic == "definition", a.text
    assert "KC/RD är ett forum" in a.text or "KC/RD is a forum" in a.text, a.text
    assert "RF står för regionfullmäktige" in a.text or "RF stands for regionfullmäktige" in a.text, a.text


@pytest.mark.parametrize("question", [
    'vad menas med "tjänstepersoner" i parentesen efter Region Örebro län?',
    "vad avses med tjänstepersoner bakom Region Örebro län?",
    "Vad betyder tjänstepersoner?",
    'What is meant by "tjänstepersoner" after Region Örebro län?',
])
def test_tjanstepersoner_is_explained(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 9, 29))
    assert a.text.startswith(("Tjänstepersoner betyder anställda tjänstemän",
                              "Tjänstepersoner means officials")), a.text


@pytest.mark.parametrize("question", [
    "vad är skillnaden på översyn och uppdatering?",
    "Är det någon skillnad mellan en översyn och en uppdatering av RUS?",
    "What's the difference between a review and an update?",
])
def test_review_and_update_told_apart(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 2, 22))
    assert a.text.startswith(("Översyn är genomgången av RUS, som görs varje mandatperiod",
                              "The review (översyn) is the look at RUS that is made every electoral term")), a.text


@pytest.mark.parametrize("question", [
    "Remissen är slut nu va? Vad händer nu?",
    "remissen är väl avslutad nu? vad blir nästa steg?",
    "Den är slut nu, remissen? Vad gör ni nu?",
])
def test_closed_asked_beside_what_next_is_confirmed_first(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 10, 5))
    assert a.text.startswith("Ja, remisstiden är slut"), a.text


@pytest.mark.parametrize("question", [
    "e politiska förankringen före eller efter remisen?",
    "Kommer den politiska förankringen i nämnderna före eller efter remissen?",
    "Is the political anchoring before or after the consultation?",
])
def test_political_anchoring_is_after_the_consultation(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 1, 28))
    assert a.text.startswith(("Efter: enligt tidplanen kommer **Politisk förankring i nämnderna**",
                              "After: according to the timeline **Political anchoring in the committees**")), a.text


@pytest.mark.parametrize("question", [
    "Hej! Vi på Länsstyrelsen skickade in vårt remissvar i september och fick kvitto. Nu undrar vår enhetschef om vi "
    "kommer få återkoppling på hur våra synpunkter hanterats, och om partnerskapet träffas igen innan "
    "regionfullmäktige beslutar.",
    "Vi på Handelskammaren undrar om partnerskapet ses igen innan RF beslutar om RUS?",
])
def test_the_councils_decision_as_a_time_is_no_vote_claimed(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 11, 25))
    assert "Nej – det politiska beslutet fattas av regionfullmäktige" not in a.text, a.text


def test_a_member_asked_to_vote_in_the_council_is_still_refuted(engine: AnswerEngine) -> None:
    a = engine.answer("Sitter vi på Länsstyrelsen med och beslutar i regionfullmäktige?", at(2021, 11, 10))
    assert a.text.startswith("Nej – det politiska beslutet fattas av regionfullmäktige"), a.text
