"""Round 18: questions about the bot itself (blind batches 33/34). Wordings differ from the batches'."""

from __future__ import annotations

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at


def test_the_bot_addressed_by_name_and_asked_if_human_says_no(engine: AnswerEngine) -> None:
    # "Tja robot, …": the machine word names the one addressed; the question is whether it is a person.
    a = engine.answer("Tja robot, är du en riktig person?", at(2021, 5, 3))
    assert "Nej, jag är inte en människa" in a.text and "Ja," not in a.text


def test_asked_if_a_machine_it_says_yes(engine: AnswerEngine) -> None:
    a = engine.answer("Är du en AI?", at(2021, 5, 3))
    assert a.text.startswith("Ja, jag är en bot")


def test_human_or_machine_gets_neither_yes_nor_no(engine: AnswerEngine) -> None:
    a = engine.answer("Pratar jag med en människa eller en maskin?", at(2021, 5, 3))
    assert a.text.startswith("Jag är en bot, inte en människa.")


def test_stage_is_a_word_for_phase(engine: AnswerEngine) -> None:
    # "skede", "etapp": where the update stands now, not "det vet jag inte".
    a = engine.answer("Vilken etapp befinner vi oss i just nu?", at(2021, 10, 15))
    assert "vet jag inte" not in a.text and "**Fas 2**" in a.text


def test_a_must_about_the_form_is_answered_with_the_form(engine: AnswerEngine) -> None:
    # "måste vi bifoga en wordfil?" asks what form the response takes, not whether one must respond.
    a = engine.answer("Hur lämnar vi remissvaret – måste vi bifoga en wordfil?", at(2021, 9, 1))
    assert a.text.startswith("Remissvaret lämnar ni i ett formulär här i Teams")
    assert "om ni måste lämna remissvar" not in a.text


def test_who_has_not_answered_before_a_reminder_names_status_first(engine: AnswerEngine) -> None:
    # The reminder is why it is asked; who has answered is what is asked (the coordinators' `status`).
    a = engine.answer("Vilka organisationer har fortfarande inte lämnat remissvar? Vill skicka en påminnelse",
                      at(2021, 9, 10))
    assert a.text.startswith("Som samordnare skriver du **status**")
    assert "påminnelser" in a.text.split("\n\n", 1)[1]


def test_how_to_make_a_meeting_about_a_topic_gets_the_meeting_commands(engine: AnswerEngine) -> None:
    # The topic the meeting is about ("remissen", "förankringen") is not what is asked: the commands are.
    a = engine.answer("Hur skapar jag ett möte om remissen i oktober och tar bort det förra?", at(2021, 9, 1))
    assert a.text.startswith("Möten hanterar samordnarna här i chatten")
    assert "**nytt möte**" in a.text and "**ställ in möte <id>**" in a.text


def test_erasing_an_employees_data_names_the_coordinators_command(engine: AnswerEngine) -> None:
    # A staff member's data asked about by someone else: the `personuppgifter` command, not "your own data".
    a = engine.answer("Länsstyrelsen har bett oss radera en anställds uppgifter enligt GDPR – hur går det till?",
                      at(2021, 10, 12))
    assert a.text.startswith("Som samordnare skriver du **personuppgifter radera")


def test_how_to_start_a_poll_says_how_to_write_it(engine: AnswerEngine) -> None:
    a = engine.answer("Hur gör jag en omröstning i teamet om vilken tid som passar för workshopen?", at(2021, 9, 1))
    assert a.text.startswith("Skriv **omröstning Fråga? | Alternativ 1 | Alternativ 2**")


def test_a_form_word_read_as_off_topic_is_answered_by_the_response_feature(engine: AnswerEngine) -> None:
    # "BLANKETT" alone (found by the property test in CI): the response's form, under a topic answers have.
    a = engine.answer("BLANKETT", at(2019, 1, 1))
    assert a.topic == "unknown" and a.action == "remissvar" and "mall" in a.text
