"""Round 25, batches 47/48: a part of a long message left out without a word — the hour or the place of a meeting,
when the responses' results are shared, to which body a response goes (none of them in the material), a later
question read only by a guess of the bot's own features, and one read as what the bot is below even odds."""
from __future__ import annotations

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at


def test_the_hour_of_a_meeting_asked_beside_a_claim_is_said_not_to_be_in_the_material(engine: AnswerEngine) -> None:
    text = engine.answer("Hej! Vår ordförande säger att det är kommunstyrelserna som bestämmer vad som ska ändras på "
                         "avstämningen i mars. Är det så? Och när på dagen börjar den, så jag kan boka in det?",
                         at(2021, 3, 2)).text
    assert "vilken tid på dagen det börjar" in text, text


def test_the_place_of_a_meeting_is_said_not_to_be_in_the_material(engine: AnswerEngine) -> None:
    text = engine.answer("Hej från Nora! Två frågor: var ska avstämningsmötet hållas, och vad kostar det oss?",
                         at(2021, 3, 2)).text
    assert "var mötet hålls" in text, text


def test_when_the_results_of_the_responses_are_shared_is_not_left_out(engine: AnswerEngine) -> None:
    text = engine.answer("Hej! Vi lämnade vårt remissvar i augusti. Kan vi ändra något i det? Och när får vi ta del av "
                         "en sammanställning av svaren?", at(2021, 9, 10)).text
    assert "resultatet av remissvaren" in text, text


def test_to_which_body_a_response_goes_is_not_left_out(engine: AnswerEngine) -> None:
    text = engine.answer("Örebro universitet avser att lämna remissvar. Vänligen ange till vilken mottagare svaret "
                         "ska skickas samt sista dag för svar.", at(2021, 8, 20)).text
    assert "till vilken instans svaret" in text, text
    assert "30 september 2021" in text, text


def test_a_later_part_read_only_by_a_guess_is_said_unsure_not_answered_by_a_neighbour(engine: AnswerEngine) -> None:
    text = engine.answer("Hej! Vi i Laxå ska skriva remissvaret tillsammans. Kan två personer skriva i samma svar i "
                         "boten? Och kan man ångra sig efter att man klickat skicka?", at(2021, 8, 20)).text
    # Answered by what the material says of undoing (round 25's revision table) or said unsure, never by the
    # organisation link the model guessed.
    assert ("ångra ett inskickat remissvar står inte i underlaget" in text
            or "”kan man ångra sig efter att man klickat skicka?” – det kan jag inte svara säkert på" in text), text
    assert "organisation du företräder" not in text, text


def test_a_part_read_as_what_the_bot_is_below_even_odds_is_not_dropped(engine: AnswerEngine) -> None:
    # The model's reading of the piece is made up here: what the bot is, at 0.24.
    import datetime as dt
    from dataclasses import replace

    from rusbot.answers.engine import _left_unsure

    piece = "måste vi skicka in något svar om vi inte har några synpunkter alls"
    u = engine.understand(piece, dt.date(2021, 8, 12))
    u = replace(u, intent="about_bot", confidence=0.24, sure=True,
                ranked=(("about_bot", 0.24), ("feature.remissvar", 0.2), ("out_of_scope", 0.1)))
    said = "Nej – remissen pågår till och med september 2021, så sista dagen är torsdag 30 september 2021."
    assert _left_unsure(piece, u, said, {"consultation.dates"}, {"consultation.dates"}, "consultation.dates")


def test_the_askers_own_case_beside_a_general_answer_said_already_is_not_dropped(engine: AnswerEngine) -> None:
    text = engine.answer("Hej! Jag hörde att det blir en helt ny strategi som ska vara klar till våren 2021, är det "
                         "rätt? Och vad betyder det för oss i Nora – måste vi skriva om våra egna handlingsplaner från "
                         "början?", at(2020, 12, 10)).text
    assert "inte en ny RUS" in text, text
    assert "”vad betyder det för oss i Nora – måste vi skriva om våra egna handlingsplaner från början?” – det kan " \
           "jag inte svara säkert på" in text, text
