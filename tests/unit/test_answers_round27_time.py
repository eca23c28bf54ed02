"""Round 27 (r27-time): timeline premises and parts of messages left out, in new wordings."""
from __future__ import annotations

import datetime as dt

import pytest

from rusbot.answers.engine import AnswerEngine
from rusbot.process.loader import load_process


@pytest.fixture(scope="module")
def engine() -> AnswerEngine:
    return AnswerEngine(load_process())


def _ask(engine: AnswerEngine, q: str, day: str = "2021-04-20") -> str:
    return engine.answer(q, dt.datetime.fromisoformat(f"{day}T10:00:00+02:00")).text


def test_second_premise_consultation_month_corrected(engine: AnswerEngine) -> None:
    text = _ask(engine, "Någon sa att det blir en helt ny strategi och att kommunerna får remissen i juli. "
                        "Stämmer det?", "2021-01-10")
    assert "inte en ny RUS" in text
    assert "mitten av juni" in text and "inte från juli" in text


def test_check_in_month_claimed_beside_decider(engine: AnswerEngine) -> None:
    text = _ask(engine, "Min kollega tror att avstämningen med partnerskapet låg i februari och att "
                        "länsstyrelsen fattar beslutet. Stämmer det?", "2021-05-10")
    assert "11 mars 2021" in text and "inte i februari" in text


def test_check_in_month_english(engine: AnswerEngine) -> None:
    text = _ask(engine, "I was told the check-in with the partnership happens in May, is that right?", "2021-02-01")
    assert "11 March 2021" in text and "not in May" in text


def test_consultation_month_inside_its_span_not_corrected(engine: AnswerEngine) -> None:
    # "pågår i augusti" is right as far as it goes: no "inte från augusti".
    text = _ask(engine, "Stämmer det att remissen pågår i augusti?", "2021-05-10")
    assert "inte från augusti" not in text


def test_there_points_back_to_the_meeting_told(engine: AnswerEngine) -> None:
    text = _ask(engine, "Jag missade mötet på KC/RD i december. Vad kom man fram till där? Och är det sant att "
                        "kommunerna bad om remiss till oktober?", "2021-02-02")
    assert "enkel process" in text or "Fas 1" in text
    assert "september" in text


def test_time_and_place_decided_for_coming_meeting_is_details_not_outcome(engine: AnswerEngine) -> None:
    text = _ask(engine, "Är lokal och tid redan bestämd för avstämningen den 11 mars?", "2021-03-01")
    assert text.startswith("Tid, plats")
    assert "beslutades" not in text.split("\n")[0]


def test_workload_asked_beside_is_said_not_in_material(engine: AnswerEngine) -> None:
    text = _ask(engine, "vad är på gång med rus under hösten? jag gör budget för Laxå och vill veta hur mycket "
                        "arbete det kräver av oss", "2021-06-01")
    first = text.split("\n\n")[0]
    assert "Remiss" in first or "remiss" in first
    assert "hur mycket tid eller arbete" in text
    assert "status" not in text


def test_time_left_is_not_a_workload_question(engine: AnswerEngine) -> None:
    text = _ask(engine, "Hur mycket tid har vi kvar till remissens sista dag?", "2021-09-01")
    assert "hur mycket tid eller arbete" not in text


def test_now_asked_beside_what_comes_after_a_step(engine: AnswerEngine) -> None:
    text = _ask(engine, "Just back at work. Where do we stand in the process right now, and what follows after "
                        "the check-in?", "2021-03-02")
    assert text.startswith("**Now, according to the timeline**")
    assert "After the check-in" in text or "after the check-in" in text.lower()


def test_next_alone_gets_no_now_lead(engine: AnswerEngine) -> None:
    text = _ask(engine, "Vad kommer efter remissen?", "2021-08-02")
    assert "Just nu enligt tidplanen" not in text


def test_year_beyond_the_plan_said_to_have_no_plan(engine: AnswerEngine) -> None:
    text = _ask(engine, "Finns det någon plan för arbetet under 2023?", "2021-11-20")
    assert text.startswith("Tidplanen i underlaget gäller")
    assert "2023" in text.split("\n")[0]
    assert "✓" not in text


def test_year_beyond_the_plan_english(engine: AnswerEngine) -> None:
    text = _ask(engine, "Could you show me the timeline for 2022?", "2021-10-01")
    assert "no plan for 2022" in text


def test_year_of_the_plan_keeps_the_card(engine: AnswerEngine) -> None:
    text = _ask(engine, "Hur ser tidplanen ut för 2021?", "2021-02-01")
    assert "Tidplanen i underlaget gäller" not in text


def test_what_to_bring_read_as_partners_part_says_not_in_material(engine: AnswerEngine) -> None:
    text = _ask(engine, "Snart är det avstämning. Vad förväntas vi ta med oss dit?", "2021-03-09")
    assert text.split("\n\n")[0].startswith(("Underlaget tar inte upp vad ni ska ha med er", "Vad ni ska ta med"))


def test_second_request_after_och_saga_is_a_piece_of_its_own(engine: AnswerEngine) -> None:
    text = _ask(engine, "Förbereder ett möte. Kan du ge mig tidplanen som lista och berätta vilka steg vi ska vara "
                        "med i? Och är det sant att strukturfondernas period är 2020–2026?", "2021-04-01")
    assert "2021–2028" in text
    assert "Remiss till Partnerskapet för regional utveckling" in text


def test_another_review_asked_with_when_is_the_next_review(engine: AnswerEngine) -> None:
    text = _ask(engine, "Blir det en översyn av strategin igen, och när kommer den?", "2021-12-01")
    assert text.startswith("RUS ses över varje mandatperiod; när nästa översyn blir anges inte")


def test_why_again_is_still_why(engine: AnswerEngine) -> None:
    text = _ask(engine, "Varför ska strategin ses över igen?", "2021-02-01")
    assert "när nästa översyn blir anges inte" not in text


def test_are_we_in_phase_n_answers_which_phase_now(engine: AnswerEngine) -> None:
    text = _ask(engine, "Vi e fortfarande i fas 1 va?", "2021-04-12")
    assert text.startswith("Enligt tidplanen är vi i **Fas 2**")


def test_what_phase_n_holds_is_still_the_phase(engine: AnswerEngine) -> None:
    text = _ask(engine, "Vad ingår i fas 2?", "2021-04-12")
    assert not text.startswith("Enligt tidplanen är vi i")


def test_coordinator_commands_guessed_from_a_told_sentence_go_beside_a_correction(engine: AnswerEngine) -> None:
    # The layer itself, given an answer guessed as the coordinators' commands (as "lägga in det i årsplaneringen"
    # was read in b51 #42) beside a claim the message makes.
    from rusbot.answers.engine import Message
    from rusbot.answers.lexicon import fold
    from rusbot.answers.model import Answer

    q = ("Jag tror att regionstyrelsen fattar beslutet om RUS i oktober. Stämmer inte det? Jag ska lägga in det i "
         "kalendern för Nora.")
    day = dt.date(2021, 5, 6)
    u = engine.understand(q, day)
    guessed = Answer(text="Ett möte lägger en samordnare in med **nytt möte** här i chatten.",
                     topic="feature.coordinator", language="sv", confidence=0.7)
    out = engine._claim_first(Message(q, fold(q), u, day, "sv", (), False), guessed)
    assert out.text.startswith("Nej")
    assert "**nytt möte**" not in out.text
    asked = q.replace("Jag ska lägga in det i kalendern för Nora.", "Hur lägger jag in ett nytt möte?")
    out = engine._claim_first(Message(asked, fold(asked), u, day, "sv", (), False), guessed)
    assert "**nytt möte**" in out.text
