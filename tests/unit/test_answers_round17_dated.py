"""Round 17: a date, month, period or length the question gives an event of the timeline (the check-in, the
consultation's start, end or span, the council's decision, the updated RUS ready) is held against the process file
whatever else is asked: a contradiction opens the answer with "Nej – …" and the plan's date, as precise as the file
gives it; a date the file cannot confirm is said to be unknown; a date that agrees gets "Ja – …" only when it is what
is checked. Then the rest of the message is answered. Wordings differ from the batches' (b29 #23, b31 #41, #42, #44,
#47, #50, #58)."""

from __future__ import annotations

import pytest

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at, first_sentence


def _lead(text: str) -> str:
    return text.split("\n")[0]


# -- the check-in -------------------------------------------------------------------------------------------------
def test_a_wrong_check_in_day_is_corrected_before_what_to_prepare(engine: AnswerEngine) -> None:
    a = engine.answer("Inför partnerskapets avstämning den 18 mars – vad ska vi ha förberett?", at(2021, 3, 1))
    assert a.text.startswith("Nej –") and "11 mars 2021" in _lead(a.text) and "18 mars" in _lead(a.text), a.text
    assert "Förbered:" in a.text, a.text        # the question itself is still answered


def test_a_missed_check_in_in_the_wrong_month_is_corrected_and_its_outcome_is_unknown(engine: AnswerEngine) -> None:
    a = engine.answer("Vi missade mötet med partnerskapet i februari, vad kom man fram till?", at(2021, 3, 20))
    assert a.text.startswith("Nej –") and "11 mars 2021" in _lead(a.text), a.text
    assert "står inte i underlaget" in a.text, a.text


def test_a_date_told_of_the_meeting_named_in_the_sentence_before_is_corrected(engine: AnswerEngine) -> None:
    a = engine.answer("Ordföranden vill veta när partnerskapet ska träffas. Vi har hört att det sker den 4 februari.",
                      at(2020, 12, 10))
    assert a.text.startswith("Nej –") and "11 mars 2021" in _lead(a.text), a.text
    assert "regionfullmäktige" not in a.text, a.text      # not answered as the decision


def test_a_wrong_check_in_day_is_corrected_in_english(engine: AnswerEngine) -> None:
    a = engine.answer("Someone told us the check-in with the partnership is on 8 April – what should we bring?",
                      at(2021, 3, 1))
    assert a.text.startswith("No –") and "11 March 2021" in _lead(a.text), a.text


# -- the consultation ---------------------------------------------------------------------------------------------
def test_a_wrong_consultation_period_is_corrected_with_both_ends(engine: AnswerEngine) -> None:
    a = engine.answer("Vår nämnd utgår från att remisstiden löper från början av april till slutet av juni.",
                      at(2021, 1, 20))
    lead = _lead(a.text)
    assert a.text.startswith("Nej –") and "mitten av juni 2021" in lead and "30 september 2021" in lead, a.text


def test_a_wrong_deadline_gets_no_yes(engine: AnswerEngine) -> None:
    a = engine.answer("Enligt vår kalender ska remissvaret vara inlämnat senast 15 augusti. Kan ni bekräfta?",
                      at(2021, 7, 1))
    assert a.text.startswith("Nej –") and "30 september 2021" in _lead(a.text), a.text
    assert "Ja" not in a.text.replace("Jag", ""), a.text


def test_a_wrong_start_is_corrected_and_the_other_question_answered(engine: AnswerEngine) -> None:
    a = engine.answer("Vi räknar med att remissen går ut den 11 mars. Vilka dokument kommer att ingå?", at(2021, 2, 20))
    lead = _lead(a.text)
    assert a.text.startswith("Nej –") and "mitten av juni 2021" in lead, a.text
    assert "Avstämning med partnerskapet" in lead, a.text      # what 11 March is
    assert len(a.text.split("\n\n")) > 1 and "underlag" in a.text.split("\n\n", 1)[1], a.text


def test_a_question_after_the_wrong_date_in_the_same_sentence_is_answered(engine: AnswerEngine) -> None:
    a = engine.answer("Remissen går ut 1 maj har jag hört – vilka får den?", at(2021, 4, 1))
    assert a.text.startswith("Nej –") and "remissinstanser" in a.text, a.text


def test_a_wrong_length_of_the_consultation_is_corrected(engine: AnswerEngine) -> None:
    a = engine.answer("Stämmer det att företagen bara får tio dagar att svara på remissen?", at(2021, 6, 1))
    assert a.text.startswith("Nej –") and "tre och en halv månad" in _lead(a.text), a.text


def test_a_day_inside_the_plans_fuzzy_start_is_neither_confirmed_nor_denied(engine: AnswerEngine) -> None:
    a = engine.answer("Stämmer det att remissen öppnar den 17 juni?", at(2021, 5, 1))
    assert a.text.startswith("17 juni 2021 ligger inom det tidplanen anger") and "mitten av juni 2021" in _lead(
        a.text), a.text


def test_a_deadline_told_as_the_time_to_answer_is_corrected(engine: AnswerEngine) -> None:
    a = engine.answer("Min företrädare sa att remissen är ute och att vi har till sista juli på oss att svara. "
                      "Stämmer det?", at(2021, 6, 20))
    assert a.text.startswith("Nej –") and "30 september 2021" in _lead(a.text), a.text


def test_a_date_said_of_the_event_asked_about_in_the_sentence_before_is_corrected(engine: AnswerEngine) -> None:
    a = engine.answer("When does the consultation close? My manager said mid-August.", at(2021, 7, 5))
    assert a.text.startswith("No –") and "30 September 2021" in _lead(a.text), a.text


def test_asked_whether_a_wrong_date_is_wrong_the_answer_is_yes(engine: AnswerEngine) -> None:
    a = engine.answer("I vår plan står att remissen stänger i augusti. Är det fel?", at(2021, 3, 1))
    assert a.text.startswith("Ja, det stämmer inte –") and "30 september 2021" in _lead(a.text), a.text


@pytest.mark.parametrize(("question", "now"), [
    ("Sista dag för remissvar är 30 september, va?", at(2021, 8, 1)),
    ("Avstämningen med partnerskapet är i mars, eller hur?", at(2021, 2, 1)),
])
def test_a_right_date_checked_is_confirmed(engine: AnswerEngine, question: str, now: object) -> None:
    a = engine.answer(question, now)  # type: ignore[arg-type]
    assert a.text.startswith("Ja –"), a.text


# -- the decision and the goal ------------------------------------------------------------------------------------
def test_a_decision_month_the_plan_does_not_date_is_unknown_and_where_it_is_published_too(
        engine: AnswerEngine) -> None:
    a = engine.answer("Jag har läst att regionfullmäktige antog RUS i november. Var hittar jag beslutet?",
                      at(2021, 12, 5))
    assert a.text.startswith("Det vet jag inte") and "inget eget datum" in first_sentence(a.text) + a.text, a.text
    assert "Var det går att ta del av står inte i underlaget" in a.text, a.text
    assert "vet jag inte heller" in a.text, a.text        # nor whether it was taken at all


def test_a_decision_before_the_consultation_ends_is_corrected(engine: AnswerEngine) -> None:
    a = engine.answer("Fattar regionfullmäktige beslut om RUS redan i maj?", at(2021, 3, 1))
    assert a.text.startswith("Nej –") and "efter remissen" in _lead(a.text), a.text


def test_the_partnerships_approval_before_the_consultation_ends_is_corrected(engine: AnswerEngine) -> None:
    a = engine.answer("Partnerskapet har väl redan godkänt texten i april?", at(2021, 5, 3))
    assert a.text.startswith("Nej –") and "Förankring med partnerskapet" in _lead(a.text), a.text
    assert "efter remissen" in _lead(a.text), a.text


def test_a_wrong_month_for_the_updated_rus_is_corrected(engine: AnswerEngine) -> None:
    a = engine.answer("Den uppdaterade RUS ska vara klar i maj, va?", at(2021, 3, 1))
    assert a.text.startswith("Nej –") and "slutet av 2021" in _lead(a.text), a.text


# -- dates that are no claim about an event -----------------------------------------------------------------------
@pytest.mark.parametrize(("question", "now"), [
    ("Vi har KS den 28 september – hinner vi svara på remissen?", at(2021, 9, 1)),
    ("Om remissen går ut i maj, hinner vi då ta upp den i nämnden?", at(2021, 3, 1)),
    ("Kan avstämningen flyttas till 25 mars?", at(2021, 3, 1)),
    ("Hinner vi svara på remissen i början av oktober?", at(2021, 9, 1)),
    ("Vad händer efter remissen i november?", at(2021, 9, 1)),
    ("Om två veckor, är remissen öppen då?", at(2021, 8, 20)),
    ("Är avstämningen den 11 mars öppen för alla?", at(2021, 3, 1)),
    ("Hur lägger jag in ett möte, till exempel en avstämning med partnerskapet den 9 november?", at(2021, 10, 1)),
])
def test_a_date_that_is_no_claim_about_an_event_is_not_corrected(engine: AnswerEngine, question: str,
                                                                  now: object) -> None:
    a = engine.answer(question, now)  # type: ignore[arg-type]
    assert not a.text.startswith(("Nej –", "Ja –")), a.text
