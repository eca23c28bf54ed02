"""Round 20: questions about the bot's own features (blind batches 37/38). Wordings differ from the batches'."""

from __future__ import annotations

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at


def test_channel_reminders_turned_on_name_the_coordinators_channel_command(engine: AnswerEngine) -> None:
    # The channel's reminders are `påminnelser här` in that channel, not the personal `påminn mig på`.
    a = engine.answer("Hur slår man på påminnelserna i vår kanal?", at(2021, 3, 1))
    assert a.text.startswith("Teamets påminnelser i en kanal slår en samordnare på med **påminnelser här**")
    assert "påminn mig på" not in a.text and a.action is None


def test_channel_reminders_turned_off_are_never_the_personal_deed(engine: AnswerEngine) -> None:
    a = engine.answer("stoppa påminnelserna i kanalen", at(2021, 9, 1))
    assert "**påminnelser av**" in a.text.split(".")[0] and a.action != "nudges.off"


def test_personal_nudges_still_turned_on_with_the_personal_command(engine: AnswerEngine) -> None:
    a = engine.answer("slå på mina påminnelser igen", at(2021, 9, 1))
    assert "**påminn mig på**" in a.text


def test_other_organisations_responses_are_not_shown_to_a_partner(engine: AnswerEngine) -> None:
    # "andra" folds like "ändra": others' responses asked, not changing one's own.
    a = engine.answer("Går det att läsa vad de andra organisationerna har svarat?", at(2021, 9, 20))
    assert a.text.startswith("Nej, inte i boten: en partner ser bara sin egen organisations remissvar")
    assert "Skicka in ny version" not in a.text


def test_which_meetings_are_in_the_bot_names_the_meeting_command(engine: AnswerEngine) -> None:
    a = engine.answer("As coordinator, which meetings are scheduled in the bot now?", at(2021, 4, 12))
    assert "**meetings** lists them" in a.text and "**status**" not in a.text


def test_a_coordinator_registering_an_extension_gets_the_command_with_its_arguments(engine: AnswerEngine) -> None:
    a = engine.answer("Hallsberg vill ha anstånd till 12 oktober, hur registrerar jag det i boten?", at(2021, 9, 28))
    assert a.text.startswith("Som samordnare skriver du **anstånd Hallsberg 2021-10-12**")


def test_why_a_reminder_came_today_says_which_day_it_is(engine: AnswerEngine) -> None:
    a = engine.answer("Varför fick jag en påminnelse i dag?", at(2021, 9, 23, 9))
    assert a.text.startswith("Därför att i dag är det 7 dagar före remissens sista dag (30 september 2021)")
