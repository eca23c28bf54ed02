"""Round 24: the bot's documented commands asked about as commands – whether a quoted command line is written right,
whether an extension can be given to all at once, how to write a poll with one's own options, how to choose whom one
answers for, a coordinator erasing someone's data and whether their inspel stay (not in README: said so) – are
answered with the command's documented form (README "In Teams", the command table in bot/features), not a
neighbouring stock text (blind batch 46 #15, #35, #69, #70, #86). The wordings here are new."""
from __future__ import annotations

import datetime as dt

import pytest

from bot.features import build_tables
from rusbot.answers.answerers.features import _DOCUMENTED
from rusbot.answers.engine import AnswerEngine
from rusbot.clock import STOCKHOLM

SEPTEMBER = dt.datetime(2021, 9, 22, 10, tzinfo=STOCKHOLM)
MARCH = dt.datetime(2021, 3, 2, 10, tzinfo=STOCKHOLM)


def test_the_documented_commands_are_the_bots_commands() -> None:
    """Every command line the answers document is one the bot routes, coordinator-only as the table says."""
    commands, _ = build_tables()
    for cmd in _DOCUMENTED:
        for form in (cmd.form_sv, cmd.form_en):
            name = form.split(" <")[0].split(" Fråga?")[0].split(" Question?")[0]
            match = commands.match(name)
            assert match is not None, f"{name!r} is documented in an answer but no command takes it"
            assert match[0].coordinator_only == cmd.coordinator_only, cmd.id


@pytest.mark.parametrize("question", [
    "Om jag skriver 'anstånd Lindesberg 2021-10-20', skulle det fungera?",
    "anstånd Lindesberg 2021-10-20 — stämmer det så?",
])
def test_a_right_extension_line_is_confirmed(engine: AnswerEngine, question: str) -> None:
    text = engine.answer(question, SEPTEMBER).text
    assert text.startswith("Ja, **anstånd Lindesberg 2021-10-20** är rätt skrivet")
    assert "20 oktober 2021" in text


def test_an_extension_line_with_a_spoken_date_is_corrected(engine: AnswerEngine) -> None:
    text = engine.answer("Jag tänkte skriva \"anstånd Nora 20 oktober\", är det korrekt?", SEPTEMBER).text
    assert text.startswith("Nej")
    assert "ÅÅÅÅ-MM-DD" in text and "**anstånd Nora 2021-10-15**" in text


def test_an_extension_inside_the_consultation_is_corrected(engine: AnswerEngine) -> None:
    text = engine.answer("Is `extension Nora 2021-09-25` correct?", SEPTEMBER).text
    assert text.startswith("No: the extension must go beyond the consultation")


def test_a_poll_line_is_checked(engine: AnswerEngine) -> None:
    right = engine.answer("blir det rätt om jag skriver 'omröstning Var ses vi? | Nora | Kumla | Laxå'?", MARCH).text
    assert right.startswith("Ja,") and "3 alternativ" in right
    wrong = engine.answer("\"omröstning Var ses vi, Nora eller Kumla\" – funkar det?", MARCH).text
    assert wrong.startswith("Nej: frågan och 2–10 alternativ skiljs åt med |")


@pytest.mark.parametrize("question", [
    "Går det att ge samtliga remissinstanser anstånd samtidigt? Säg tre veckor.",
    "Can I grant an extension to all the municipalities at once?",
])
def test_an_extension_is_one_organisation_at_a_time(engine: AnswerEngine, question: str) -> None:
    text = engine.answer(question, SEPTEMBER).text
    assert text.startswith(("Nej, inte med ett kommando", "No, not with one command"))
    assert "Kumla 2021-10-15" in text
    if "tre veckor" in question:
        assert "21 oktober 2021" in text


def test_a_poll_is_written_with_the_options_asked(engine: AnswerEngine) -> None:
    text = engine.answer("Hur skriver jag en omröstning om workshopen ska hållas i Nora, Hallsberg eller Kumla?",
                         MARCH).text
    # (Round 25: the asker's own question is filled in too, turned into a question.)
    assert "Skriv **omröstning Ska workshopen hållas i Nora, Hallsberg eller Kumla? | Nora | Hallsberg | Kumla**" in \
        text.split("\n")[0]


def test_choosing_whom_one_answers_for_is_the_organisation_command(engine: AnswerEngine) -> None:
    text = engine.answer("Jag sitter i både Hallsbergs kommun och Handelskammaren – hur anger jag vilken "
                         "organisation jag svarar för?", SEPTEMBER).text
    assert text.startswith("Det väljer du med **organisation**")
    assert "en organisation i taget" in text


def test_a_coordinator_erasing_someone_is_told_the_command_and_the_inspel(engine: AnswerEngine) -> None:
    text = engine.answer("En kollega i Laxå har gått i pension och vill att vi tar bort hans uppgifter ur boten. "
                         "Hur gör jag som samordnare? Vad händer med inspelen han lämnat?", SEPTEMBER).text
    assert text.startswith("Som samordnare skriver du **personuppgifter radera")
    assert "status" not in text


def test_reminders_despite_a_submitted_response_say_whom_each_kind_reaches(engine: AnswerEngine) -> None:
    text = engine.answer("Påminnelserna om remissvaret slutar inte komma trots att vi har skickat in, vad är fel?",
                         SEPTEMBER).text
    assert text.startswith("Personliga påminnelser går bara till företrädare för organisationer som inte har skickat")
    assert "Kanalens påminnelser går till alla i kanalen" in text


def test_reminders_to_a_new_channel_instead(engine: AnswerEngine) -> None:
    text = engine.answer("Hur flyttar jag kanalpåminnelserna till vår nya kanal Samordning i stället?",
                         SEPTEMBER).text
    assert text.startswith("Skriv **påminnelser här** i den kanal där du vill ha dem")


def test_a_partner_asking_the_bot_to_move_a_meeting_is_told_no(engine: AnswerEngine) -> None:
    text = engine.answer("Kan du flytta avstämningen 11 mars till fredagen? Jag har redan en annan bokning då.",
                         dt.datetime(2021, 3, 1, 10, tzinfo=STOCKHOLM)).text
    assert text.startswith("Nej, det kan jag inte göra åt dig")
    assert "11 mars 2021" in text


def test_how_the_bot_works_leads_beside_another_question(engine: AnswerEngine) -> None:
    text = engine.answer("Hur fungerar boten egentligen? Och kan jag skriva status för att se vilka som svarat?",
                         SEPTEMBER).text
    assert text.startswith("Jag är RUS-boten: jag kan svara på frågor om tidplanen")
    assert "**status**" in text


def test_a_predecessors_inspel_are_for_the_coordinators_to_see(engine: AnswerEngine) -> None:
    text = engine.answer("Min kollega som slutade lämnade visst inspel om kollektivtrafik. Kan jag hitta dem i boten?",
                         SEPTEMBER).text
    assert text.startswith("I boten ser du bara de inspel du själv har lämnat")


def test_what_the_bot_stores_is_said_not_to_be_in_the_material(engine: AnswerEngine) -> None:
    text = engine.answer("Vårt dataskyddsombud undrar vad ni lagrar i boten och hur länge – och vem kan se det?",
                         SEPTEMBER).text
    assert "Vad boten sparar i detalj, och hur länge, står inte i det jag vet" in text
    assert "en partner ser sina egna inspel" in text
    assert "**personuppgifter <aad-id eller e-post>**" in text


def test_whether_an_erased_persons_inspel_stay_is_not_invented(engine: AnswerEngine) -> None:
    text = engine.answer("Som samordnare ska jag radera en avslutad användares personuppgifter. Finns hens inspel "
                         "kvar efteråt?", SEPTEMBER).text
    assert "Vad som händer med personens inspel står inte i det jag vet" in text


@pytest.mark.parametrize(("question", "lead"), [
    ("Hur skriver man kommandot för anstånd, vilken syntax gäller?", "Skriv **anstånd <organisation> <ÅÅÅÅ-MM-DD>**"),
    ("Vad gör ställ in möte-kommandot?", "Skriv **ställ in möte <id>**"),
    ("How do I use the reminders here command?", "Write **reminders here**"),
])
def test_a_command_asked_how_to_use_gets_its_documented_form(engine: AnswerEngine, question: str, lead: str) -> None:
    text = engine.answer(question, SEPTEMBER).text
    assert text.startswith(lead)
    assert "samordnarnas" in text or "coordinators'" in text


def test_a_response_submitted_twice_is_not_given_a_rule(engine: AnswerEngine) -> None:
    text = engine.answer("Oj, vi råkade skicka remissvaret dubbelt, med lite olika text. Vilket räknas? Kan det första "
                         "raderas?", SEPTEMBER).text
    assert text.startswith("Vilken version som gäller står inte i det jag vet")
    assert "allmänna handlingar och ligger kvar" in text
