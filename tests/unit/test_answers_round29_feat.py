"""Round 29 (r29feat): the bot's own features asked in partners' words – the part asked is answered, not a
neighbour's text (blind batches 56–58)."""

from __future__ import annotations

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at


def test_reminder_at_the_opening_is_said_not_to_exist(engine: AnswerEngine) -> None:
    a = engine.answer("Får man en påminnelse när remissen börjar?", at(2021, 5, 10))
    assert a.text.startswith("Nej, någon påminnelse när remissen öppnar")
    assert "i mitten av juni 2021" in a.text and "exakt dag anges inte" in a.text


def test_extension_does_not_move_the_others_last_day(engine: AnswerEngine) -> None:
    for q in ("Nora har bett om anstånd till 20 oktober, kommunen har inte hunnit. Hur registrerar jag det? "
              "Och ändras sista dagen för de andra?",
              "Kumla vill ha anstånd till 8 oktober, hur lägger jag in det? Och ändras sista dagen för de andra?"):
        a = engine.answer(q, at(2021, 8, 20))
        assert "**anstånd" in a.text
        assert "Nej, anståndet gäller bara den organisationen" in a.text and "30 september 2021" in a.text


def test_listing_the_meetings_gives_the_meeting_commands(engine: AnswerEngine) -> None:
    for q in ("visa alla möten", "hur ser man vilka möten som ligger inne?"):
        a = engine.answer(q, at(2021, 5, 10))
        assert a.text.startswith("Möten hanterar samordnarna") and "**möten**" in a.text, q
        assert "11 mars 2021" in a.text


def test_who_has_accepted_a_meeting_is_not_kept(engine: AnswerEngine) -> None:
    a = engine.answer("vilka möten finns inne i boten? och vilka har anmält sig till avstämningen?",
                      at(2021, 3, 1))
    assert "Vilka som har tackat ja kan jag inte visa" in a.text
    assert "svarat på remissen" not in a.text


def test_a_coordinator_moving_a_meeting_is_not_told_who_has_answered(engine: AnswerEngine) -> None:
    a = engine.answer("hur ser man vilka möten som ligger inne, och kan jag flytta ett om det krockar?",
                      at(2021, 4, 1))
    assert "**flytta möte <id>**" in a.text
    assert "svarat på remissen" not in a.text and "det kan jag inte göra åt dig" not in a.text


def test_running_a_poll_gets_the_syntax_with_the_options(engine: AnswerEngine) -> None:
    a = engine.answer("hur kör vi en omröstning i kanalen? onsdag eller fredag", at(2021, 5, 10))
    assert a.text.startswith("Skriv **omröstning ") and "| Onsdag | Fredag**" in a.text


def test_whom_to_contact_is_answered_beside_the_organisation(engine: AnswerEngine) -> None:
    a = engine.answer("vem vänder jag mig till om boten strular eller om jag hamnat på fel organisation?",
                      at(2021, 5, 10))
    assert a.text.startswith("Kontakta samordnarna")
    assert "**organisation**" in a.text


def test_who_else_sees_a_persons_data_is_answered(engine: AnswerEngine) -> None:
    a = engine.answer("en kollega har gått i pension, hur raderar jag hennes personuppgifter och vilka fler kan se "
                      "dem?", at(2021, 5, 10))
    assert "**personuppgifter radera" in a.text
    assert "Vem som ser uppgifterna: samordnarna" in a.text and "står inte i det jag vet" in a.text


def test_when_the_partnership_sees_the_text_is_its_anchoring_step(engine: AnswerEngine) -> None:
    a = engine.answer("När får vi i partnerskapet ta del av den uppdaterade strategin innan politikerna?",
                      at(2021, 10, 20))
    assert a.text.startswith("Tidplanen anger inget eget datum för förankring med partnerskapet")


def test_which_level_decides_the_response_is_not_in_the_material(engine: AnswerEngine) -> None:
    a = engine.answer("Vem på vår förvaltning ska svara – måste det vara nämnden, eller räcker det med "
                      "tjänstepersonsnivå?", at(2021, 7, 1))
    assert "står inte i underlaget" in a.text.split(".")[0]
    assert "måste lämna remissvar" not in a.text


def test_a_month_asked_for_the_councils_decision_is_not_confirmed(engine: AnswerEngine) -> None:
    a = engine.answer("Remissen är stängd nu. Vad händer sen, och fattar regionfullmäktige beslut redan i november?",
                      at(2021, 10, 8))
    assert "i november" in a.text and "inget eget datum för beslutet" in a.text


def test_an_english_version_of_the_strategy_is_not_the_chats_language(engine: AnswerEngine) -> None:
    a = engine.answer("Two things: 1) has the regional council decided yet? 2) is an English version going to be "
                      "published?", at(2021, 11, 20))
    assert "I answer in English" not in a.text
    assert "the material says nothing about a version of RUS in another language" in a.text


def test_a_season_told_beside_the_question_is_no_period_asked(engine: AnswerEngine) -> None:
    a = engine.answer("Kommer det en ny remiss på slutversionen innan fullmäktige? Vi skickade in synpunkter i höstas "
                      "och vill se hur de hanterats.", at(2021, 12, 1))
    assert a.topic != "period"
    assert a.text.startswith("Nej, inte enligt tidplanen")
