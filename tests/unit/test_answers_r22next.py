"""Round 22: a part of a message asking what comes now/next or in which order is answered, not left out. An order
question naming the politicians ("före eller efter att politikerna …") gets a sentence stating the plan's order (blind
39 #12); "vad ska vi göra nu" beside a timeline shown for "vad har hänt hittills" gets the now answer (blind 37 #20)."""
from __future__ import annotations

import datetime as dt

import pytest

from rusbot.answers.engine import AnswerEngine
from rusbot.clock import STOCKHOLM

APRIL = dt.datetime(2021, 4, 22, 10, tzinfo=STOCKHOLM)


@pytest.mark.parametrize("question, lead", [
    ("Hamnar remissen före eller efter att politikerna fått se förslaget?", "Före:"),
    ("Tittar politikerna på det före eller efter remissen?", "Efter:"),
    ("Does the consultation come before or after the politicians look at it?", "Before:"),
])
def test_order_with_the_politicians_is_said(engine: AnswerEngine, question: str, lead: str) -> None:
    text = engine.answer(question, APRIL).text
    assert text.startswith(lead), text
    assert "nämnderna" in text or "committees" in text


def test_what_to_do_now_beside_so_far_is_answered(engine: AnswerEngine) -> None:
    q = ("hejsan, jag har precis börjat på kommunen i hällefors o ska jobba med rus. är hällefors med i "
         "partnerskapet?? vad har hänt hittills o vad ska vi göra nu")
    text = engine.answer(q, APRIL).text
    assert "Hällefors" in text
    assert "Enligt tidplanen är ni med i" in text, text


def test_order_abbreviated_with_a_premise_beside_it(engine: AnswerEngine) -> None:
    text = engine.answer("kommer avstamningen fore el efter remissen? o är det en helt ny rus vi gör", APRIL).text
    assert text.startswith("Före:"), text
    assert "inte en ny RUS" in text


def test_what_should_i_do_now_in_english_is_answered(engine: AnswerEngine) -> None:
    q = "Hi! New in Lekeberg here. Are we members of the partnership? What did I miss so far and what should I do next?"
    text = engine.answer(q, APRIL).text
    assert "Lekeberg" in text
    assert "According to the timeline you take part in" in text, text
