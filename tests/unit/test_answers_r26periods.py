"""Periods and meetings asked from a point of view (round 26): "sedan i vintras" is from then up to today, "först i
år" the first step not yet over, a meeting in another week than the one asked says which week it is in, and a
question about a meeting's decision, what to bring or whether it can be held elsewhere leads with that."""

from __future__ import annotations

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at


def test_since_a_season_is_up_to_today_not_the_season(engine: AnswerEngine) -> None:
    text = engine.answer("vad har hänt med uppdateringen sedan vintern?", at(2021, 9, 6)).text
    assert text.startswith("Från 1 mars 2021 till i dag (6 september 2021)"), text
    assert "Avstämning med partnerskapet" in text and "december 2020" not in text
    assert "planerat, inte vad som faktiskt har hänt" in text


def test_since_a_month_in_english(engine: AnswerEngine) -> None:
    text = engine.answer("what has happened since April?", at(2021, 7, 5)).text
    assert text.startswith("From 1 April 2021 up to today (5 July 2021)"), text
    assert "Consultation" in text and "end of 2021" not in text


def test_first_this_year_leads_with_the_first_step(engine: AnswerEngine) -> None:
    text = engine.answer("vad händer först i år?", at(2021, 1, 11)).text
    assert text.startswith("Först i år enligt tidplanen: **Medskick för KC/RD**"), text
    assert "Därefter: **Identifiera vad som ska ändras**" in text and "Politiskt beslut" not in text


def test_a_meeting_in_the_next_week_when_this_week_is_asked(engine: AnswerEngine) -> None:
    text = engine.answer("blir avstämningen redan den här veckan eller först veckan efter?", at(2021, 3, 2)).text
    assert text.startswith("Nästa vecka (vecka 10): avstämning med partnerskapet är torsdag 11 mars 2021"), text


def test_a_meeting_not_in_the_week_asked_is_a_no(engine: AnswerEngine) -> None:
    text = engine.answer("is the check-in with the partnership next week?", at(2021, 2, 23)).text
    assert text.startswith("No – week 10: the check-in with the partnership is on Thursday 11 March 2021"), text


def test_a_meeting_in_the_week_asked_is_a_yes(engine: AnswerEngine) -> None:
    text = engine.answer("har vi avstämningen med partnerskapet nästa vecka?", at(2021, 3, 4)).text
    assert text.startswith("Ja, nästa vecka (vecka 10)."), text


def test_what_the_meeting_decides_leads(engine: AnswerEngine) -> None:
    text = engine.answer("vad ska partnerskapet besluta på mötet 11 mars?", at(2021, 3, 5)).text
    assert text.startswith("Partnerskapet för regional utveckling beslutar om vad som ska uppdateras"), text
    assert "dagordning" in text and "11 mars 2021" in text


def test_what_to_bring_is_not_given(engine: AnswerEngine) -> None:
    text = engine.answer("vad ska vi ta med oss till avstämningen?", at(2021, 3, 1)).text
    assert text.startswith("Vad ni ska ta med till mötet anges inte i underlaget"), text
    assert "Askersund" not in text


def test_first_as_not_until_is_not_the_first_step(engine: AnswerEngine) -> None:
    text = engine.answer("blir avstämningen redan den här veckan eller först veckan efter?", at(2021, 3, 2)).text
    assert not text.startswith("Först"), text


def test_whether_a_meeting_can_be_held_elsewhere_is_not_given(engine: AnswerEngine) -> None:
    text = engine.answer("Could the check-in in March be held in Lindesberg instead?", at(2021, 2, 10)).text
    assert text.startswith("The timeline does not say where the meeting is held"), text
    assert "coordinators" in text and "move meeting" not in text


def test_a_change_of_the_plan_told_as_done_is_not_known(engine: AnswerEngine) -> None:
    text = engine.answer("Is it true the timeline has changed to 2022?", at(2021, 10, 4)).text
    assert text.startswith("I don't know: the material says nothing about the timeline having changed"), text
    assert "nothing about 2022" in text and "11 March 2021" in text and "the end of 2021" in text


def test_when_the_partnership_anchoring_is_asked_it_is_that_step(engine: AnswerEngine) -> None:
    text = engine.answer("När sker förankringen med partnerskapet, blir det något möte?", at(2021, 10, 12)).text
    assert "inget eget datum för förankring med partnerskapet" in text, text
    assert "Om det sker på ett möte anges inte i underlaget" in text


def test_nothing_for_the_members_before_the_summer_leads(engine: AnswerEngine) -> None:
    text = engine.answer("vad förväntas av oss i partnerskapet före sommaren?", at(2021, 4, 12)).text
    assert text.startswith("Tidplanen anger inget särskilt som ni ska göra från i dag fram till 31 maj 2021"), text
    assert "mitten av juni 2021 – 30 september 2021" in text
