"""Round 19: the first sentence answers the slot asked (a count, an order, who by name, how to stop, what
comes after the plan's end), not a stock list of the neighbouring topic (blind batches 33–35). Wordings differ
from the batches'."""

from __future__ import annotations

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at


def test_a_count_of_steps_is_answered_with_the_number(engine: AnswerEngine) -> None:
    a = engine.answer("Hur många skrivfaser ingår i fas 2 egentligen?", at(2021, 4, 12))
    assert a.text.startswith("Två: **Skrivfas och uppdateringar**")
    en = engine.answer("How many writing phases does the update have?", at(2021, 4, 12))
    assert en.text.startswith("Two:")


def test_a_count_of_phases_still_counts_the_phases(engine: AnswerEngine) -> None:
    # "uppdateringen" after the thing counted names no step ("Uppdaterad RUS klar" is not counted).
    a = engine.answer("Hur många faser har den här uppdateringen?", at(2021, 2, 15))
    assert "2 faser" in a.text
    assert "Uppdaterad RUS klar" not in a.text


def test_before_or_after_with_a_month_named_answers_the_order(engine: AnswerEngine) -> None:
    a = engine.answer("Ligger avstämningen i mars före eller efter remissen?", at(2021, 2, 20))
    assert a.text.startswith("Före:")
    en = engine.answer("Does the March check-in come before or after the remiss?", at(2021, 2, 20))
    assert en.text.startswith("Before:")


def test_what_happens_after_the_council_says_where_the_plan_ends(engine: AnswerEngine) -> None:
    a = engine.answer("och sen då, efter regionfullmäktige?", at(2021, 11, 30))
    assert a.topic == "next"
    assert "Uppdaterad RUS klar" in a.text
    assert "står inte i underlaget" in a.text
    assert "**Card**" not in a.text


def test_a_negated_reminder_asks_to_stop_it(engine: AnswerEngine) -> None:
    a = engine.answer("snälla påminn mig inte om sista dagen längre", at(2021, 9, 20))
    assert a.text.startswith("Dina personliga påminnelser stänger du av med **påminn mig av**")
    # Asked whether the bot reminds is no request to stop.
    b = engine.answer("Påminner boten inte om avstämningen?", at(2021, 3, 1))
    assert not b.text.startswith("Dina personliga påminnelser stänger du av")


def test_who_by_name_is_said_not_to_be_in_the_material(engine: AnswerEngine) -> None:
    a = engine.answer("Vilka politiker står bakom översynen av RUS, och är partierna oense?", at(2021, 6, 1))
    assert a.text.startswith("Det vet jag inte: underlaget nämner inga namn")
    assert "partierna" in a.text.split(".")[0]
    assert "regionledningen" in a.text
    b = engine.answer("vem är chef för översynen av RUS? skulle vilja maila", at(2021, 6, 1))
    assert b.text.startswith("Det vet jag inte: underlaget nämner inga namn")
    assert "samordnarna" in b.text


def test_why_not_a_new_strategy_gets_what_is_kept_and_the_only_reason(engine: AnswerEngine) -> None:
    a = engine.answer("Why doesn't the region write a brand new RUS instead?", at(2021, 5, 3))
    assert a.text.startswith("What does not change: this is not a new RUS")
    assert "The material gives no other reason." in a.text
    b = engine.answer("Varför ska den nuvarande strukturen behållas när världen har förändrats?", at(2021, 5, 3))
    assert b.text.startswith("Det som inte ändras:")
    assert "Varför: arbetssättet är att behålla strukturen" in b.text


def test_taking_all_responses_out_is_the_export_command(engine: AnswerEngine) -> None:
    a = engine.answer("Hur hämtar jag ut alla remissvar så jag kan göra en sammanställning?", at(2021, 10, 4))
    assert "**export**" in a.text.split(".")[0]
    assert "CSV och Excel" in a.text


def test_the_councils_meeting_is_the_decision_not_the_check_in(engine: AnswerEngine) -> None:
    a = engine.answer("När på dagen sammanträder regionfullmäktige för att besluta om RUS, och vilket datum?",
                      at(2021, 8, 10))
    assert a.topic == "decision"
    assert "inget eget datum för beslutet" in a.text
    assert "Avstämning med partnerskapet" not in a.text
