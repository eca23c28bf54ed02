"""Round 21: every asking part of a message gets its answer or a quoted "not in the material" (blind batches 39–40).
New wordings, not the batches' own."""

from __future__ import annotations

import datetime as dt

from rusbot.answers.engine import AnswerEngine
from rusbot.clock import STOCKHOLM
from tests.unit.answering import at


def test_asked_whether_material_is_sent_in_advance_gets_that_not_the_list_of_ways(engine: AnswerEngine) -> None:
    a = engine.answer("Kommer ni att skicka ut underlagen i förväg inför avstämningen?", at(2021, 3, 2))
    assert "framförhållning" in a.text and "säger underlaget inte" in a.text
    assert "Agil process" not in a.text and "Tillsammans" not in a.text


def test_why_the_material_comes_late_still_gets_the_way_of_working(engine: AnswerEngine) -> None:
    a = engine.answer("Varför kommer underlagen alltid så sent till oss?", at(2021, 3, 2))
    assert "Korta ledtider" in a.text and "säger underlaget inte" not in a.text


def test_an_unknown_numbered_part_is_quoted_not_a_bare_i_dont_know(engine: AnswerEngine) -> None:
    a = engine.answer("Två saker: 1) när är sista dagen för remissen? 2) bjuds det på lunch på mötet?",
                      at(2021, 6, 20))
    assert "30 september" in a.text
    assert "”bjuds det på lunch på mötet?” Det vet jag inte" in a.text


def test_a_numbered_part_another_answer_speaks_of_is_not_said_to_be_unknown(engine: AnswerEngine) -> None:
    # The check-in's answer says what to prepare; a quoted "Det vet jag inte" about preparing would contradict it.
    text = engine.answer("kort: 1) nar ar avstamningen 2) ska vi forbereda nagot 3) blir det fika",
                         dt.datetime(2021, 3, 2, 10, tzinfo=STOCKHOLM)).text
    assert "Förbered" in text and "forbereda nagot?” Det vet jag inte" not in text
    assert "”blir det fika?” Det vet jag inte" in text
