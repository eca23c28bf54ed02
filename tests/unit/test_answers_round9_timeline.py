"""Issue 9, round 9, the timeline side: the kinds of failure behind batches 17 and 18's graded timeline,
phase, meeting and consultation answers. Each test asks in other words than the batch did."""

from __future__ import annotations

import datetime as dt

import pytest

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at, first_sentence


def test_time_until_the_consultation_goes_out_counts_to_its_approximate_start(engine: AnswerEngine) -> None:
    a = engine.answer("hur lång tid dröjer det innan remissen går ut?", at(2021, 5, 20))
    lead = first_sentence(a.text)
    assert "mitten av juni" in lead and "ungefär" in lead
    assert "sista dag" not in lead


def test_time_left_to_answer_before_it_opens_still_counts_to_the_last_day(engine: AnswerEngine) -> None:
    a = engine.answer("hur lång tid är det kvar tills remissen stänger?", at(2021, 5, 20))
    assert "sista dag" in first_sentence(a.text)


def test_the_timeline_asked_with_the_consultation_in_focus_gives_the_whole_plan(engine: AnswerEngine) -> None:
    a = engine.answer("Hur ser tidplanen ut för översynen, och framför allt: när skickas remissen och hur länge "
                      "pågår den?", at(2021, 1, 25))
    assert a.text.startswith("Remissen")
    for step in ("11 mars", "Skrivfas", "Förankring med partnerskapet", "regionfullmäktige", "slutet av 2021",
                 "Fas 1", "← remissen"):
        assert step in a.text


def test_phases_with_where_the_partnership_influences(engine: AnswerEngine) -> None:
    a = engine.answer("Can you describe the phases of the review and where the partnership gets to influence it?",
                      at(2021, 4, 1))
    assert a.text.startswith("The update has 2 phases")
    assert "11 March" in a.text and "Anchoring with the partnership" in a.text and "mid-June" in a.text


def test_after_a_past_check_in_what_comes_next_is_the_writing_then_the_remiss(engine: AnswerEngine) -> None:
    a = engine.answer("Avstämningen den 11 mars är avklarad. Vad blir nästa steg?", at(2021, 3, 18))
    assert "Skrivfas" in a.text and "Remiss" in a.text
    assert "Vad som kom fram" not in a.text


def test_consulted_again_after_the_remiss_is_the_partnerships_anchoring(engine: AnswerEngine) -> None:
    a = engine.answer("Kommer partnerskapet få tycka till om texterna igen efter remissen, innan de går vidare "
                      "politiskt? Ungefär när?", at(2021, 8, 10))
    lead = first_sentence(a.text)
    assert lead.startswith("Ja") and "förankring med partnerskapet" in lead and "politisk förankring" in lead
    assert "inga egna datum" in a.text


def test_what_to_do_before_the_check_in_leads_with_the_phase_and_says_writing_is_not_specified(
        engine: AnswerEngine) -> None:
    a = engine.answer("vad förväntas vi göra före 11 mars? måste vi skriva något?", at(2021, 2, 12))
    assert a.text.startswith("Före 11 mars 2021 är det Fas 1")
    assert "inspel" in a.text and "skriva" in a.text and "anges inte" in a.text
    assert "Regionledningen" not in a.text


def test_who_attends_the_check_in_lists_the_partnerships_members(engine: AnswerEngine) -> None:
    a = engine.answer("Vilka deltar på avstämningen med partnerskapet och när är den?", at(2021, 2, 20))
    assert "11 mars" in a.text and "Länsstyrelsen" in a.text and "RF-SISU" in a.text and "Kumla" in a.text


@pytest.mark.parametrize(("question", "now"), [
    ("Hur blev det på avstämningen förra veckan? Vad kom partnerskapet fram till?", at(2021, 3, 17)),
    ("Var hittar jag det partnerskapet beslutade på mötet i mars?", at(2021, 11, 2)),
])
def test_how_a_past_meeting_went_leads_with_not_in_the_material(engine: AnswerEngine, question: str,
                                                                 now: dt.datetime) -> None:
    a = engine.answer(question, now)
    lead = a.text.split("\n")[0]
    assert "står inte i underlaget" in lead and "samordnarna" in lead
    assert "11 mars" in a.text


def test_the_time_of_day_on_the_last_day_is_midnight(engine: AnswerEngine) -> None:
    a = engine.answer("Sista dagen för remissen är idag va? Till vilken tid gäller det?", at(2021, 9, 30, 15))
    assert "i dag" in first_sentence(a.text) and "midnatt" in first_sentence(a.text)


def test_adding_to_a_response_after_the_last_day_takes_an_extension(engine: AnswerEngine) -> None:
    a = engine.answer("Vi i Hallsberg har svårt att hinna eftersom materialet kom sent. Vad gör vi? Och kan vi "
                      "lämna något kortare nu och komplettera i oktober?", at(2021, 9, 8))
    assert "30 september" in first_sentence(a.text)
    assert "anstånd" in a.text and "ny version" in a.text


def test_why_the_municipalities_wanted_it_leads_with_no_reason_given(engine: AnswerEngine) -> None:
    a = engine.answer("Vad var kommunernas skäl till att vilja ha remissen ända till september?", at(2021, 3, 1))
    lead = first_sentence(a.text)
    assert "står inte i underlaget" in lead
    assert "Kommunerna önskade" not in lead and "kommunerna önskade" in a.text


def test_why_the_consultation_is_so_long_leads_with_the_municipalities_wish(engine: AnswerEngine) -> None:
    a = engine.answer("varför har remissen så lång svarstid, hela vägen till september?", at(2021, 6, 20))
    assert first_sentence(a.text).startswith("Kommunerna önskade en remiss till och med september")
    assert "KC/RD" in a.text


def test_two_questions_dates_and_the_responses_language_are_both_answered(engine: AnswerEngine) -> None:
    a = engine.answer("hur lång e remisstiden? och får vi svara på engelska", at(2021, 9, 1))
    assert "30 september" in a.text and "språk" in a.text and "samordnarna" in a.text
