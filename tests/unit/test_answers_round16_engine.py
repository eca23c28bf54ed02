"""Issue 9, round 16 (engine): a span "fram till X" is from today to X, with what comes just after it; a list
numbered "1. … 2. …" is answered item by item; a long message whose question the material answers is not left
with "Det vet jag inte" because the whole reads off-topic. Wordings of our own, not the batches'."""

from __future__ import annotations

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at


def test_until_summer_is_from_today_to_summer_with_what_follows(engine: AnswerEngine) -> None:
    a = engine.answer("Vad ska hända fram till sommaren?", at(2021, 4, 6))
    assert not a.text.startswith("**Juni")
    assert "6 april 2021 – 31 maj 2021" in a.text.split("\n")[0]
    assert "Skrivfas" in a.text and "Därefter" in a.text and "mitten av juni" in a.text


def test_up_until_autumn_in_english_starts_today(engine: AnswerEngine) -> None:
    a = engine.answer("What is planned up to the autumn?", at(2021, 5, 3), )
    assert "3 May 2021 – 31 August 2021" in a.text.split("\n")[0]
    assert "Consultation" in a.text


def test_the_season_itself_is_still_the_season(engine: AnswerEngine) -> None:
    a = engine.answer("Vad händer i sommar?", at(2021, 4, 6))
    assert a.text.startswith("**Juni–augusti 2021**")
    assert "Därefter" not in a.text


def test_a_list_numbered_with_dots_answers_each_item(engine: AnswerEngine) -> None:
    a = engine.answer("Två saker: 1. Vad gjordes i december 2020? 2. Vad händer i juni?", at(2021, 3, 2))
    assert "December 2020" in a.text and "Juni 2021" in a.text
    assert a.text.index("December 2020") < a.text.index("Juni 2021")


def test_a_date_with_a_dot_is_no_numbered_list(engine: AnswerEngine) -> None:
    a = engine.answer("Vad händer den 1. juni och vad händer 2. juli?", at(2021, 3, 2))
    assert a.text            # answered at all; read as before, not as items "1." and "2."


def test_a_question_naming_only_the_region_asks_what_the_sentence_before_tells(engine: AnswerEngine) -> None:
    a = engine.answer("Min chef undrar varför regionen har satt igång med att se över RUS i år. Vilka skäl har "
                      "regionen? Och när är sista dagen att svara på remissen?", at(2021, 3, 22))
    assert not a.text.startswith("Det vet jag inte")
    assert "händelser i omvärlden" in a.text and "30 september" in a.text


def test_when_does_something_happen_next_time_is_the_next_step(engine: AnswerEngine) -> None:
    a = engine.answer("Hallå, när händer det nåt nästa gång?", at(2021, 2, 24))
    assert a.text.startswith("Hallå!") or "Nästa steg" in a.text.split("\n")[0]
    assert "11 mars 2021" in a.text.split("\n")[1]


def test_after_the_summer_asked_in_the_autumn_is_the_rest_of_this_year(engine: AnswerEngine) -> None:
    a = engine.answer("Vad sker efter sommarn?", at(2021, 10, 4))
    assert "2022" not in a.text
    assert "4 oktober 2021 – 31 december 2021" in a.text.split("\n")[0]
    assert "regionfullmäktige" in a.text


def test_when_does_it_start_without_why_is_the_timeline(engine: AnswerEngine) -> None:
    a = engine.answer("rus grejen nästa år - när börjar den?", at(2020, 12, 10))
    assert "omvärlden" not in a.text
    assert "december 2020" in a.text and "11 mars 2021" in a.text


def test_where_are_we_now_with_a_horizon_is_now(engine: AnswerEngine) -> None:
    a = engine.answer("Vad pågår just nu? Vi vill hinna förbereda oss före semestern.", at(2021, 4, 28))
    assert a.text.startswith("**Just nu")


def test_phases_asked_of_now_say_which_phase_runs_now(engine: AnswerEngine) -> None:
    a = engine.answer("Fas 2 är väl över nu i augusti, kommer det en fas 3 sen?", at(2021, 8, 16))
    assert "pågår **Fas 2**" in a.text and "30 september 2021" in a.text


def test_what_it_means_for_someone_is_no_definition(engine: AnswerEngine) -> None:
    a = engine.answer("Blir det en helt ny RUS under 2021? Vad betyder det för oss i kommunen?", at(2020, 12, 3))
    assert not a.text.startswith("RUS står för")
    assert "inte en ny RUS" in a.text


def test_what_must_we_do_in_a_month_with_nothing_asked_of_members_says_so_first(engine: AnswerEngine) -> None:
    a = engine.answer("måste vi på kommunen göra något i december?", at(2021, 11, 22))
    assert a.text.startswith("Tidplanen säger inte att ni som medlem ska göra något särskilt i december 2021")
    assert "regionfullmäktige" in a.text


def test_what_must_we_do_while_the_consultation_runs_still_names_it(engine: AnswerEngine) -> None:
    a = engine.answer("Behöver vi göra något i augusti?", at(2021, 6, 1))
    assert "remissen pågår då" in a.text and "säger inte att ni" not in a.text
