"""Issue 9, round 29 (r29time): questions about the check-in on 11 March, phase 1 and the consultation's length.
A step named in a dialect or definite form is never an organisation; "är" (folded like "år") is no year; a wrong
weekday or a wish the material records is answered head on. Each test asks in other words than batches 55–58 did."""

from __future__ import annotations

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at


def test_dialect_step_after_is_is_no_organisation(engine: AnswerEngine) -> None:
    a = engine.answer("hur långt e dä kvar till avstämninga med partnerskapet?", at(2021, 3, 4))
    assert "inte med i" not in a.text and "7 dagar" in a.text, a.text
    a = engine.answer("hur många veckor e dä kvar till skrivfasen med partnerskapet", at(2021, 3, 4))
    assert "inte med i" not in a.text, a.text


def test_verb_ar_after_now_is_no_year(engine: AnswerEngine) -> None:
    a = engine.answer("vad blir nästa steg när fas 1 är avslutad", at(2021, 4, 12))
    assert "2022" not in a.text and "Skrivfas" in a.text, a.text
    a = engine.answer("vad händer nästa år?", at(2021, 4, 12))
    assert "2022" in a.text, a.text


def test_changing_a_sent_response_stays_the_new_version_answer(engine: AnswerEngine) -> None:
    # Without a year read into "är", the internal-anchoring answer must still leave a revision to README's feature.
    a = engine.answer("Kan styrelsen ändra remissvaret när det väl är inskickat?", at(2021, 9, 10))
    assert "Skicka in ny version" in a.text, a.text


def test_weekday_presumed_for_the_meeting_is_refuted_first(engine: AnswerEngine) -> None:
    a = engine.answer("mötet med partnerskapet är väl på onsdag?", at(2021, 3, 8))
    assert a.text.startswith("Nej – det är torsdag 11 mars 2021"), a.text
    assert "inte onsdag 10 mars" in a.text, a.text


def test_today_presumed_for_the_meeting_is_confirmed_first(engine: AnswerEngine) -> None:
    a = engine.answer("är det avstämning idag? vad kommer sen", at(2021, 3, 11))
    assert a.text.startswith("Ja – det är torsdag 11 mars 2021 (i dag)"), a.text


def test_wish_for_a_longer_consultation_is_told(engine: AnswerEngine) -> None:
    a = engine.answer("Har någon kommun krävt att remisstiden ska vara längre? Hur många veckor blir det?",
                      at(2021, 2, 1))
    assert "önskade en remiss till och med september" in a.text, a.text
    assert a.text.startswith("Ja – kommunerna önskade"), a.text


def test_span_asked_beside_the_wish_is_given(engine: AnswerEngine) -> None:
    a = engine.answer("kommunerna ville visst ha mer tid för remissen, när startar den? första dagen alltså",
                      at(2021, 2, 1))
    assert "mitten av juni" in a.text and "vet jag inte" not in a.text, a.text


def test_either_or_day_gets_no_yes(engine: AnswerEngine) -> None:
    a = engine.answer("är mötet med partnerskapet på onsdag eller torsdag?", at(2021, 3, 8))
    assert not a.text.startswith(("Ja", "Nej")), a.text


def test_a_wish_for_something_else_is_not_the_consultation_wish(engine: AnswerEngine) -> None:
    a = engine.answer("Nora kommun önskar svar: vem skickar remissen till oss?", at(2021, 6, 1))
    assert "önskade en remiss" not in a.text, a.text


def test_written_before_the_meeting_is_answered(engine: AnswerEngine) -> None:
    a = engine.answer("kravs det att vi skickar in nåt före mötet den 11:e?", at(2021, 3, 2))
    assert a.text.startswith("Att ni ska skicka in något skriftligt före avstämningen står inte i underlaget"), a.text
    a = engine.answer("Is a written statement expected ahead of the check-in?", at(2021, 3, 2))
    assert "does not say you are to send anything in writing" in a.text, a.text


def test_who_may_attend_the_meeting_is_not_in_the_material(engine: AnswerEngine) -> None:
    a = engine.answer("Får vi komma tre personer från Laxå på mötet den 11 mars?", at(2021, 3, 2))
    assert a.text.startswith("Vilka och hur många från varje organisation"), a.text


def test_outcome_and_more_check_ins_after_the_meeting_are_told(engine: AnswerEngine) -> None:
    a = engine.answer("Jag var inte på avstämningen 11 mars. Vad kom ni fram till, och blir det fler avstämningar?",
                      at(2021, 3, 22))
    assert "står inte i underlaget" in a.text, a.text
    assert "täta avstämningar" in a.text, a.text


def test_consultation_start_claimed_beside_a_wrong_meeting_date_is_told(engine: AnswerEngine) -> None:
    a = engine.answer("Avstämningen är väl 18 mars, och remissen startar direkt efter?", at(2021, 2, 10))
    assert "mitten av juni" in a.text, a.text


def test_written_before_the_meeting_is_not_read_as_the_consultation_response(engine: AnswerEngine) -> None:
    a = engine.answer("Hej! Vad gör vi inför 11 mars? Måste vi lämna in något skriftligt före, och vem ska gå dit?",
                      at(2021, 2, 3))
    assert "måste lämna remissvar" not in a.text, a.text


def test_where_and_when_of_the_meeting_says_the_place_is_not_given(engine: AnswerEngine) -> None:
    a = engine.answer("Jag representerar Nora på avstämningen. Vad är meningen med den, och när och var är den?",
                      at(2021, 3, 3))
    assert "plats" in a.text, a.text
