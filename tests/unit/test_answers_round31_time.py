"""Issue 9, round 31 (r31-time): questions about time answered for the right target and moment – the time "till
remissen" before it opens is to its start whatever follows it, an extension the asker tells is counted to its day,
"tillbaka efter semestern" is the asker's now, not the autumn (blind batches 61–62). Each test asks in other words
than those batches."""

from __future__ import annotations

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at


# 1. Before the consultation opens, the time "till remissen" is to its start, also with a filler word after it.
def test_weeks_to_consultation_with_filler_counts_to_its_start(engine: AnswerEngine) -> None:
    a = engine.answer("Är det typ en månad kvar till remissen nu?", at(2021, 5, 20))
    assert "mitten av juni" in a.text.split("\n")[0], a.text
    assert "till remissens sista dag" not in a.text, a.text


def test_formal_time_until_consultation_starts_now(engine: AnswerEngine) -> None:
    a = engine.answer("Hur långt är det kvar till remissen nu då?", at(2021, 5, 20))
    assert "mitten av juni" in a.text.split("\n")[0], a.text
    assert "dagar** till remissens sista dag" not in a.text, a.text


def test_english_weeks_until_consultation_now(engine: AnswerEngine) -> None:
    a = engine.answer("Are there only a few weeks left until the consultation now?", at(2021, 5, 20))
    assert "mid-June" in a.text.split("\n")[0], a.text
    assert "until the consultation's last day" not in a.text, a.text


# 2. An extension told by the asker: the days to its day, not "no days left".
def test_told_extension_counts_to_its_day(engine: AnswerEngine) -> None:
    a = engine.answer("samordnarna gav oss anstånd till 20 oktober, hur många dagar har vi kvar nu?",
                      at(2021, 10, 11))
    assert "9 dagar kvar" in a.text.split("\n")[0], a.text
    assert "Inga dagar kvar" not in a.text, a.text


def test_told_extension_in_english_counts_to_its_day(engine: AnswerEngine) -> None:
    a = engine.answer("We got an extension to 25 October from the coordinators. How many days do we have left?",
                      at(2021, 10, 15))
    assert "10 days left" in a.text.split("\n")[0], a.text
    assert "No days left" not in a.text, a.text


def test_told_extension_with_reminders_says_what_reminders_do(engine: AnswerEngine) -> None:
    a = engine.answer("Vi har beviljats anstånd till den 22 oktober. Hur många dagar återstår, och får vi "
                      "påminnelser inför det?", at(2021, 10, 12))
    assert "10 dagar kvar" in a.text, a.text
    assert "anståndets sista dag" in a.text, a.text
    assert "Inga dagar kvar" not in a.text, a.text


# 3. Back after the holiday, asking where things are now: now, not September–December.
def test_back_after_holiday_where_now_is_now(engine: AnswerEngine) -> None:
    a = engine.answer("Är tillbaka efter semestern nu – vad är läget med RUS?", at(2021, 8, 9))
    assert "September–december" not in a.text, a.text
    assert "pågår" in a.text, a.text


def test_back_after_summer_in_english_is_now(engine: AnswerEngine) -> None:
    a = engine.answer("Just got back after the summer. Where does the process stand now?", at(2021, 8, 16))
    assert "September–December" not in a.text, a.text
    assert "open" in a.text, a.text


def test_home_again_after_vacation_casual_is_now(engine: AnswerEngine) -> None:
    a = engine.answer("hemma igen efter sommaren, var är vi i processen?", at(2021, 8, 4))
    assert "September–december" not in a.text, a.text
    assert "dagar kvar" in a.text, a.text


# 4. The calendar's own rest ("dagar kvar av året") is computable: counted first, not "vet inte".
def test_days_left_of_the_month_casual(engine: AnswerEngine) -> None:
    a = engine.answer("typ hur många dagar har vi kvar av december nu?", at(2021, 12, 1))
    assert "30 dagar" in a.text.split("\n")[0], a.text
    assert "31 december" in a.text.split("\n")[0], a.text
    assert "Inga dagar kvar" not in a.text, a.text


def test_weeks_left_of_the_year_formal(engine: AnswerEngine) -> None:
    a = engine.answer("Hur många veckor återstår av 2021?", at(2021, 11, 17))
    assert "Ungefär 6 veckor" in a.text.split("\n")[0], a.text
    assert "Inga dagar kvar" not in a.text, a.text


def test_days_left_in_the_year_english(engine: AnswerEngine) -> None:
    a = engine.answer("How many days are left in the year, and will the update be finished?", at(2021, 12, 10))
    assert "21 days" in a.text.split("\n")[0], a.text
    assert "end of 2021" in a.text, a.text


# 5. "Nu när X är gjord – vad händer?": what comes after X, not X's card again.
def test_now_that_checkin_is_done_tells_what_comes_next(engine: AnswerEngine) -> None:
    a = engine.answer("nu när avstämningen är avklarad, vad händer då?", at(2021, 3, 18))
    assert a.text.startswith("Efter avstämning"), a.text
    assert "Skrivfas" in a.text, a.text


def test_now_that_checkin_is_over_english(engine: AnswerEngine) -> None:
    a = engine.answer("Now that the check-in with the partnership is over, what happens next?", at(2021, 3, 16))
    assert a.text.startswith("After the check-in"), a.text
    assert "Writing and updates" in a.text, a.text


def test_formal_after_checkin_held_next_step(engine: AnswerEngine) -> None:
    a = engine.answer("Nu när avstämningen är genomförd, vad händer med RUS?",
                      at(2021, 3, 22))
    assert "Skrivfas" in a.text.split("\n\n")[0], a.text
