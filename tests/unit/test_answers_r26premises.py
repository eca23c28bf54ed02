"""Round 26, premises checked against the process file: the consultation's last day claimed other than the plan's
(also beside another claim), an obligation to respond within a period that ends before the last day, a member
speaking as "we" said to sign RUS off (also after the council), the text said to skip the partnership after the
consultation, and whether the consultation is closed or open tonight asked beside another question."""
from __future__ import annotations

import datetime as dt

import pytest

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at


def _first(text: str) -> str:
    body = text.split("\n\n")
    return body[0].removeprefix("Hej! ").removeprefix("Hi! ")


@pytest.mark.parametrize("question, wrong", [
    ("Vår nämndsekreterare skrev att remisstiden går ut 22 oktober. Hur lämnar vi svaret?", "22 oktober"),
    ("Kan du bekräfta att sista svarsdag är 5 oktober och att texten sen går till nämnderna?", "5 oktober"),
    ("Our deadline is 12 October, isn't it? And who writes the response?", "12 October"),
])
def test_a_wrong_last_day_is_corrected_first(engine: AnswerEngine, question: str, wrong: str) -> None:
    text = engine.answer(question, at(2021, 8, 20)).text
    first = _first(text)
    assert first.startswith(("Nej", "No")), text
    assert "30 september 2021" in first or "30 September 2021" in first, text
    assert wrong in first, text


def test_a_wrong_last_day_beside_a_wrong_decider_is_corrected_too(engine: AnswerEngine) -> None:
    text = engine.answer("Stämmer det att remissen är ute från juni, att sista dag är 29 oktober och att "
                         "regionstyrelsen tar beslutet?", at(2021, 5, 20)).text
    assert text.startswith(("Nej", "Hej! Nej")), text
    assert "inte den 29 oktober 2021" in text and "regionstyrelsen nämns inte" in text, text


@pytest.mark.parametrize("question, month", [
    ("Behöver vi verkligen lämna in remissvaret redan i augusti?", "augusti"),
    ("Are we required to submit the response in August?", "August"),
])
def test_an_obligation_within_a_period_before_the_last_day_is_no(engine: AnswerEngine, question: str,
                                                                   month: str) -> None:
    text = engine.answer(question, at(2021, 7, 12)).text
    first = _first(text)
    assert first.startswith(("Nej", "No")), text
    assert "30 september 2021" in first or "30 September 2021" in first, text


def test_there_being_time_in_a_period_is_still_yes(engine: AnswerEngine) -> None:
    text = engine.answer("Hinner vi lämna remissvaret i augusti?", at(2021, 7, 12)).text
    assert text.startswith("Ja"), text


@pytest.mark.parametrize("question, body", [
    ("Hej, Handelskammaren här. Är det vi som undertecknar RUS när regionfullmäktige har beslutat?",
     "Handelskammaren"),
    ("Someone told me the county board signs the strategy off in March. Is that so?", "Länsstyrelsen"),
])
def test_a_member_said_to_sign_rus_off_is_corrected(engine: AnswerEngine, question: str, body: str) -> None:
    text = engine.answer(question, at(2021, 11, 15)).text
    first = _first(text)
    assert first.startswith(("Nej –", "No –")), text
    assert "regionfullmäktige" in first and body in first, text


def test_a_body_said_to_adopt_after_the_council_gets_what_the_plan_has_after_it(engine: AnswerEngine) -> None:
    text = engine.answer("Vi på RF-SISU undrar: är det vi som fastställer strategin efter att regionfullmäktige "
                         "har tagit den?", at(2021, 11, 15)).text
    first = _first(text)
    assert first.startswith("Nej –") and "RF-SISU" in first, text
    assert "Efter beslutet i regionfullmäktige" in first and "nämns inte" in first, text


@pytest.mark.parametrize("question", [
    "Jag har hört att texten inte går tillbaka till partnerskapet efter remissen utan skickas rakt till "
    "regionstyrelsen. Stämmer det?",
    "Partnerskapet behöver väl inte läsa texten igen efter remissen?",
])
def test_the_partnership_skipped_after_the_consultation_is_corrected(engine: AnswerEngine, question: str) -> None:
    text = engine.answer(question, at(2021, 10, 12)).text
    first = _first(text)
    assert first.startswith("Nej –") and "förankring med partnerskapet" in first, text


def test_closed_asked_beside_next_steps_after_the_last_day(engine: AnswerEngine) -> None:
    text = engine.answer("Har remissen stängt nu? Och vad blir nästa steg?", at(2021, 10, 4)).text
    first = _first(text)
    assert first.startswith("Ja, remisstiden är slut") and "30 september 2021" in first, text
    assert "Förankring med partnerskapet" in text, text


def test_tonight_on_the_last_day_is_until_midnight(engine: AnswerEngine) -> None:
    now = dt.datetime(2021, 9, 30, 18, 30, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    text = engine.answer("kan vi fortfarande skicka in ikväll, eller stängde det vid lunch?", now).text
    first = _first(text)
    assert first.startswith("Ja") and "midnatt" in first, text


@pytest.mark.parametrize("question", [
    "Efter remissen går texten väl direkt vidare till nämnderna?",
    "My colleague heard the partnership won't get to see the draft again after the consultation – is that true?",
])
def test_the_anchoring_with_the_partnership_skipped_is_corrected(engine: AnswerEngine, question: str) -> None:
    text = engine.answer(question, at(2021, 10, 6)).text
    first = _first(text)
    assert first.startswith(("Nej –", "No –")), text
    assert "förankring med partnerskapet" in first or "anchoring with the partnership" in first, text


def test_a_board_said_to_approve_after_the_council_gets_what_the_plan_has_after_it(engine: AnswerEngine) -> None:
    text = engine.answer("Regionstyrelsen fastställer väl strategin efter att fullmäktige beslutat?",
                         at(2021, 11, 3)).text
    first = _first(text)
    assert first.startswith("Nej –") and "regionstyrelsen nämns inte" in first, text
    assert "Efter beslutet i regionfullmäktige" in first, text


def test_an_obligation_before_a_day_ahead_of_the_last_day_is_no(engine: AnswerEngine) -> None:
    text = engine.answer("Måste vi skicka in svaret före 6 september?", at(2021, 8, 9)).text
    assert text.startswith("Nej") and "30 september 2021" in text.split("\n\n")[0], text


def test_who_signs_the_strategy_off_is_not_said_to_be_missing(engine: AnswerEngine) -> None:
    text = engine.answer("I was told the county board signs RUS off next spring. Is that right, and who signs it "
                         "off?", at(2021, 12, 1)).text
    assert text.startswith("No –") and "regional council" in text.split("\n\n")[0], text
    assert "does not cover who must sign" not in text, text


def test_the_final_say_put_on_a_board_is_corrected(engine: AnswerEngine) -> None:
    text = engine.answer("Så det är regionstyrelsen som har sista ordet när det gäller strategin?",
                         at(2021, 10, 20)).text
    first = _first(text)
    assert first.startswith("Nej –") and "regionfullmäktige" in first and "regionstyrelsen" in first, text


def test_the_partnership_said_not_to_see_the_text_before_the_politicians_is_corrected(engine: AnswerEngine) -> None:
    text = engine.answer("Någon sa att partnerskapet aldrig får läsa de nya skrivningarna innan nämnderna. "
                         "Stämmer det?", at(2021, 9, 14)).text
    first = _first(text)
    assert first.startswith("Nej –") and "förankring med partnerskapet" in first, text


def test_time_claimed_until_after_the_last_day_is_corrected(engine: AnswerEngine) -> None:
    text = engine.answer("Vi hinner ju lämna in till 12 oktober, sa vår chef?", at(2021, 9, 6)).text
    first = _first(text)
    assert first.startswith("Nej") and "30 september 2021" in first, text


def test_a_meeting_in_a_month_before_the_last_day_is_no_wrong_last_day(engine: AnswerEngine) -> None:
    text = engine.answer("Vad händer härnäst, och hinner vi få remissen till vårt nämndmöte i juni?",
                         at(2021, 3, 15)).text
    assert "Nej – sista dagen" not in text, text


def test_a_plan_to_send_by_a_day_before_the_last_day_is_no_claim(engine: AnswerEngine) -> None:
    text = engine.answer("Vi lämnar ju in senast 17 september, räcker det?", at(2021, 9, 1)).text
    assert "Nej – sista dagen" not in text and not text.startswith("Nej"), text


def test_too_late_asked_beside_another_question_on_the_last_day_is_no(engine: AnswerEngine) -> None:
    now = dt.datetime(2021, 9, 30, 15, 0, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    text = engine.answer("Vad händer efter remissen, eller är det redan för sent för oss att lämna in?", now).text
    assert "midnatt" in text.split("\n\n")[0] or "sista dag" in text.split("\n\n")[0], text
