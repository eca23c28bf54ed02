"""Round 25: the bot's own features asked about in new words – a coordinator's command typed with its own arguments
and "how do I write it?" (the line with the asker's organisation, day or options filled in), a poll ordered in words
(the poll command, not "Det kan jag inte"), and changing, resubmitting or undoing the consultation response (one
table of what README says: a draft is changed until submitted, a new version can be submitted until the last day,
withdrawing a submitted response is not described). Blind batches 47/48 failed on these; the wordings here are new."""
from __future__ import annotations

import datetime as dt

import pytest

from bot.routing import asks_how
from rusbot.answers.answerers.features import revision_asked
from rusbot.answers.engine import AnswerEngine
from rusbot.clock import STOCKHOLM

SEPTEMBER = dt.datetime(2021, 9, 14, 10, tzinfo=STOCKHOLM)
AUGUST = dt.datetime(2021, 8, 10, 10, tzinfo=STOCKHOLM)


@pytest.mark.parametrize(("question", "line"), [
    ("anstånd lindesberg till 12 okt, hur skriver jag det?", "**anstånd Lindesberg 2021-10-12**"),
    ("anstånd Nora 20 oktober hur ska jag skriva", "**anstånd Nora 2021-10-20**"),
])
def test_a_typed_extension_gets_its_line_filled_in(engine: AnswerEngine, question: str, line: str) -> None:
    text = engine.answer(question, SEPTEMBER).text
    assert text.startswith("Skriv " + line), text
    assert "samordnar" in text


def test_a_poll_ordered_in_words_gets_the_poll_command(engine: AnswerEngine) -> None:
    text = engine.answer("fixa en omröstning om fikat ska vara kaffe eller te", SEPTEMBER).text
    assert "**omröstning Ska fikat vara kaffe eller te? | Kaffe | Te**" in text, text
    assert "Det kan jag inte" not in text


@pytest.mark.parametrize(("question", "kind"), [
    ("vi har sparat ett utkast, går det att ändra i det senare?", "draft"),
    ("Is it possible to send our response again with a correction after submitting?", "resubmit"),
    ("kan vi skicka in remissvaret igen om vi hittar fel?", "resubmit"),
    ("går det att ta tillbaka remissvaret när det väl är inskickat?", "undo"),
    ("kan jag ändra mitt inspel?", None),
    ("kan andra se vårt utkast?", None),
])
def test_revision_kinds(question: str, kind: str | None) -> None:
    assert revision_asked(question) == kind


def test_a_draft_changed_later(engine: AnswerEngine) -> None:
    text = engine.answer("vi har sparat ett utkast, går det att ändra i det senare?", AUGUST).text
    assert text.startswith("Ja: ett sparat utkast"), text


def test_undoing_a_submitted_response_is_not_described(engine: AnswerEngine) -> None:
    text = engine.answer("går det att ta tillbaka remissvaret när det väl är inskickat?", AUGUST).text
    assert text.startswith("Att dra tillbaka eller ångra ett inskickat remissvar står inte i underlaget"), text
    assert "**Skicka in ny version**" in text


def test_resubmitting_in_english(engine: AnswerEngine) -> None:
    text = engine.answer("We sent the response last week but left out a table. May we send a corrected one?",
                         SEPTEMBER).text
    assert "**Submit a new version**" in text.split("\n\n")[0], text


def test_a_partner_asking_how_a_coordinator_command_is_written() -> None:
    assert asks_how("Lindesberg till 12 okt, hur skriver jag")
    assert not asks_how("Lindesberg 2021-10-12")


def test_not_yet_submitted_gets_days_left_and_how(engine: AnswerEngine) -> None:
    text = engine.answer("vi har fortfarande inte lämnat vårt remissvar, hur gör vi nu?", SEPTEMBER).text
    assert text.startswith("Ni har till och med 30 september 2021 på er, 16 dagar kvar"), text
    assert "anstånd" in text


def test_inspel_besides_the_response(engine: AnswerEngine) -> None:
    text = engine.answer("remissvaret är klart men vi har fler idéer – går det att lämna inspel dessutom?",
                         SEPTEMBER).text
    assert "inspel" in text.split("\n\n")[0] and "jag kan inte svara" not in text, text


def test_asking_whether_one_can_run_a_poll_is_not_given_the_line(engine: AnswerEngine) -> None:
    text = engine.answer("kan jag skapa en omröstning för vår grupp?", SEPTEMBER).text
    assert not text.startswith("Skriv"), text
