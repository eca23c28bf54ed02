"""Round 10 (issue 9): what blind batches 19/20 showed wrong in a member's answer, in other words than theirs."""

from __future__ import annotations

import datetime as dt

import pytest

from rusbot.answers.engine import AnswerEngine
from rusbot.clock import STOCKHOLM

APRIL = dt.datetime(2021, 4, 19, 9, 20, tzinfo=STOCKHOLM)


@pytest.mark.parametrize("question", [
    "Is the university actually a member of the partnership?",
    "är universitetet verkligen med i partnerskapet?",
    "Is Handelskammaren really part of the partnership?",
])
def test_an_adverb_beside_a_member_does_not_make_it_an_unknown_organisation(engine: AnswerEngine,
                                                                           question: str) -> None:
    text = engine.answer(question, APRIL).text
    assert text.startswith(("Ja", "Yes")), text
    assert "not a member" not in text and "inte med" not in text


def test_an_unknown_organisation_with_an_adverb_is_still_not_a_member(engine: AnswerEngine) -> None:
    text = engine.answer("is Arbetsförmedlingen actually a member?", APRIL).text
    assert text.startswith("No, **Arbetsförmedlingen** is not a member")


@pytest.mark.parametrize(("question", "lead"), [
    ("how many municipalities are in the partnership?", "12 municipalities"),
    ("hur många kommuner sitter i partnerskapet?", "12 kommuner"),
    ("Vilka myndigheter sitter i partnerskapet?", "1 myndighet:"),
])
def test_members_of_a_kind_are_counted_for_that_kind(engine: AnswerEngine, question: str, lead: str) -> None:
    first = engine.answer(question, APRIL).text.split("\n")[0]
    assert lead in first, first
