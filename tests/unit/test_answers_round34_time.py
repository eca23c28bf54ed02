"""Issue 9, round 34 (after batches 67–68): time and premises – the days until the consultation's time runs out
counted to its last day, a wrong weekday given the last day corrected first, working days counted Monday to Friday,
and a consultation missed after its last day answered by the coordinators' anstånd. Asked in other words than those
batches (b67 #32, b68 #23, #80, #76, #82)."""

from __future__ import annotations

import pytest

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at


# -- "tills remisstiden går ut": its end, not the consultation going out -----------------------------------------------
@pytest.mark.parametrize(("question", "lead"), [
    ("Hur många dagar återstår innan svarstiden går ut?", "**200 dagar** till remissens sista dag"),
    ("hur lång tid e det tills remisstiden gar ut", "**200 dagar** till remissens sista dag"),
    ("hur lång tid är det kvar tills svarstiden går ut", "**200 dagar** till remissens sista dag"),
])
def test_days_until_the_time_runs_out(engine: AnswerEngine, question: str, lead: str) -> None:
    a = engine.answer(question, at(2021, 3, 14))
    assert a.text.startswith(lead), a.text


def test_days_until_the_consultation_goes_out_still_to_its_start(engine: AnswerEngine) -> None:
    a = engine.answer("Hur många veckor tills remissen går ut?", at(2021, 3, 14))
    assert a.text.startswith("Remissen öppnar enligt tidplanen i mitten av juni 2021"), a.text


# -- a weekday given the last day --------------------------------------------------------------------------------------
@pytest.mark.parametrize(("question", "now", "lead"), [
    ("Sista svarsdagen är väl på fredag?", at(2021, 9, 27),
     "Nej – sista dagen för remissen är torsdag 30 september 2021, inte fredag."),
    ("the deadline is wednesday right?", at(2021, 9, 27),
     "No – the consultation's last day is Thursday 30 September 2021, not Wednesday."),
    ("remisstiden går ut imorgon onsdag eller hur", at(2021, 9, 29),
     "Nej – sista dagen för remissen är torsdag 30 september 2021 – i morgon, inte onsdag."),
])
def test_wrong_weekday_of_the_last_day_is_corrected(engine: AnswerEngine, question: str, now, lead: str) -> None:
    a = engine.answer(question, now)
    assert a.text.startswith(lead), a.text


@pytest.mark.parametrize("question", ["Kan vi skicka remissvaret på måndag?", "Sista dagen är torsdag, va?"])
def test_own_day_or_right_weekday_not_corrected(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 9, 22))
    assert not a.text.startswith("Nej – sista dagen för remissen"), a.text


# -- working days ---------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("question", "lead"), [
    ("Hur många arbetsdagar har vi kvar till sista dagen för remissen?",
     "**9 vardagar** (måndag–fredag, i dag inräknad) till och med remissens sista dag, torsdag 30 september 2021."),
    ("how many business days are left before the consultation closes, not counting today?",
     "**8 working days** (Monday to Friday, not counting today) through the consultation's last day"),
    ("hur manga vardagar e det kvar på remissen", "**9 vardagar** (måndag–fredag, i dag inräknad)"),
])
def test_working_days_counted(engine: AnswerEngine, question: str, lead: str) -> None:
    a = engine.answer(question, at(2021, 9, 20))
    assert a.text.startswith(lead), a.text


# -- missed after the last day --------------------------------------------------------------------------------------
@pytest.mark.parametrize(("question", "lead"), [
    ("Vi har tyvärr missat sista dagen för remissen. Hur gör vi?",
     "Remissen stängde torsdag 30 september 2021 (för 4 dagar sedan) vid midnatt."),
    ("we totally forgot the consultation deadline last week, what now??", "The consultation closed at midnight on "
     "Thursday 30 September 2021"),
    ("glömde remissen helt, vad göra nu", "Remissen stängde torsdag 30 september 2021"),
])
def test_missed_consultation_points_to_anstand(engine: AnswerEngine, question: str, lead: str) -> None:
    a = engine.answer(question, at(2021, 10, 4))
    assert a.text.startswith(lead), a.text
    assert "anstånd" in a.text or "extension" in a.text, a.text


def test_missed_before_the_last_day_not_closed(engine: AnswerEngine) -> None:
    a = engine.answer("Vi missade informationsmötet om remissen, vad gör vi nu?", at(2021, 9, 4))
    assert not a.text.startswith("Remissen stängde"), a.text


# -- the hour the last day ends: midnight, Stockholm time (README-user) ------------------------------------------------
@pytest.mark.parametrize(("question", "lead"), [
    ("Deadline is Sept 30 - until what time exactly?",
     "Yes – the consultation's last day is Thursday 30 September 2021: I accept responses until midnight"),
    ("Gäller den 30/9 som sista dag, och finns det något klockslag?",
     "Ja – sista dagen för remissen är torsdag 30 september 2021: jag tar emot remissvar till midnatt"),
    ("Vi vill bekräfta att svarstiden utlöper 30 september och inte 1 oktober. Till vilket klockslag gäller den?",
     "Ja – sista dagen för remissen är torsdag 30 september 2021, inte 1 oktober: jag tar emot remissvar till "
     "midnatt (svensk tid)"),
])
def test_closing_hour_of_the_last_day(engine: AnswerEngine, question: str, lead: str) -> None:
    a = engine.answer(question, at(2021, 9, 22))
    assert a.text.startswith(lead), a.text
    assert "vilken tid på dagen det börjar" not in a.text and "what time of day it starts" not in a.text, a.text


def test_hour_of_the_check_in_still_unknown(engine: AnswerEngine) -> None:
    a = engine.answer("Vilken tid på dagen börjar avstämningen?", at(2021, 3, 2))
    assert "midnatt" not in a.text, a.text


# -- how long it will run: its own span, not the time to its start ---------------------------------------------------
@pytest.mark.parametrize(("question", "lead"), [
    ("Hur länge kommer remissen att pågå?", "Ungefär 15 veckor: remissen pågår enligt tidplanen från mitten av juni"),
    ("hur länge kommer remissen pågå egentligen", "Ungefär 15 veckor: remissen pågår"),
    ("how long will the consultation stay open?", "About 15 weeks: according to the timeline the consultation runs"),
])
def test_how_long_it_runs_is_its_span(engine: AnswerEngine, question: str, lead: str) -> None:
    a = engine.answer(question, at(2021, 1, 20))
    assert a.text.startswith(lead), a.text


def test_how_long_until_it_comes_still_to_its_start(engine: AnswerEngine) -> None:
    a = engine.answer("Hur länge dröjer det innan remissen kommer?", at(2021, 1, 20))
    assert a.text.startswith("Ungefär 21 veckor"), a.text


# -- the municipalities' wish for a consultation through September -------------------------------------------------
@pytest.mark.parametrize("question", [
    "Kommunerna ville väl ha remissen t.o.m. september? Blev det så?",
    "Vi har framfört att vi behöver gott om tid för remissen. Har man lyssnat på det?",
    "We requested enough time for the consultation because our boards don't meet in summer. Was that considered?",
])
def test_wish_for_the_consultations_length_told(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 2, 10))
    assert ("kommunerna önskade en remiss till och med september" in a.text
            or "the municipalities asked for a consultation through September" in a.text), a.text


# -- why the consultation runs over the summer ------------------------------------------------------------------------
@pytest.mark.parametrize(("question", "lead"), [
    ("varför har ni lagt remissen mitt i sommaren??", "Kommunerna önskade en remiss till och med september"),
    ("Why does the consultation run over the summer holidays?",
     "The municipalities asked for a consultation through September"),
    ("Remissen ligger ju över semestern – varför valde man det?",
     "Kommunerna önskade en remiss till och med september"),
])
def test_why_over_the_summer_is_the_wish(engine: AnswerEngine, question: str, lead: str) -> None:
    a = engine.answer(question, at(2021, 6, 20))
    assert a.text.startswith(lead), a.text
    assert "Händelser i omvärlden" not in a.text, a.text


def test_own_last_day_dated_not_corrected(engine: AnswerEngine) -> None:
    a = engine.answer("min sista dag på jobbet är fredag 20 aug, hinner jag lämna remissvaret?", at(2021, 8, 4))
    assert not a.text.startswith("Nej – sista dagen för remissen"), a.text


def test_missed_beside_another_question_keeps_its_answer(engine: AnswerEngine) -> None:
    a = engine.answer("Vi missade remissen. Finns det något steg kvar där partnerskapet får säga sitt?",
                      at(2021, 10, 19))
    assert not a.text.startswith("Remissen stängde"), a.text


def test_closing_day_asked_as_a_choice_gets_no_yes(engine: AnswerEngine) -> None:
    a = engine.answer("Gäller 30 september eller 1 oktober som sista dag för remissen? Vilket klockslag?",
                      at(2021, 9, 10))
    assert a.text.startswith("Sista dagen för remissen är torsdag 30 september 2021, inte 1 oktober: jag tar emot "
                             "remissvar till midnatt"), a.text


# -- a formal request for an extension: the coordinators grant it ---------------------------------------------------
@pytest.mark.parametrize("question", [
    "Regionförbundet hemställer om förlängd remisstid till 8 oktober och ber samtidigt om besked vem som beslutar "
    "om det.",
    "begär förlängd remisstid t.o.m 12/10 pga nämndmöte, vem tar beslut om det?",
    "Härmed hemställs om förlängd svarstid för Hallsbergs kommun; vi ber samtidigt om besked om vem som kan bevilja "
    "anstånd.",
])
def test_extension_request_answered_by_who_grants_it(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 6, 1))
    assert a.text.startswith("Anstånd beviljar samordnarna, inte jag"), a.text
    assert "torsdag 30 september 2021" in a.text and "inte med ett kommando" not in a.text, a.text


def test_extension_asked_plainly_keeps_its_answer(engine: AnswerEngine) -> None:
    a = engine.answer("hej vi begär anstånd till 10 okt för vår nämnd, vem beviljar sånt?", at(2021, 6, 1))
    assert a.text.startswith("Hej! Anstånd med remissvaret beviljar samordnarna"), a.text
