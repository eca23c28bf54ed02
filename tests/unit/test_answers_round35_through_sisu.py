"""Issue 9, noticed on main: "are we represented through RF-SISU?" was taken for the claim that sport is represented
through Länsstyrelsen and opened with "No – RF-SISU is itself a member …, beside Länsstyrelsen". Represented through
RF-SISU itself is what the member list has; the claim about Länsstyrelsen is still refuted."""

from __future__ import annotations

import pytest

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at


@pytest.mark.parametrize("question", [
    "Is our sports club a member itself or are we represented through RF-SISU?",
    "Representeras vår idrottsförening via RF-SISU eller är vi med själva?",
])
def test_represented_through_rf_sisu_is_no_claim_about_lansstyrelsen(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 5, 5))
    assert "Länsstyrelsen;" not in a.text and "beside Länsstyrelsen" not in a.text, a.text


def test_sport_said_to_be_represented_through_lansstyrelsen_is_refuted(engine: AnswerEngine) -> None:
    a = engine.answer("Idrotten har väl ingen egen plats, den företräds via Länsstyrelsen?", at(2021, 5, 5))
    assert a.text.startswith("Nej – RF-SISU är själv med i partnerskapet"), a.text
