"""Round 22: words that are no organisation's name – an adverb beside a membership verb ("formellt", "formally") and
an indefinite pronoun opening a told claim ("Någon sa att …", "Nån sa att …") – are never answered as a non-member
("Nej, **Formellt** är inte med …", blind batch 41 #34, #92)."""
from __future__ import annotations

import datetime as dt

import pytest

from rusbot.answers.engine import AnswerEngine
from rusbot.clock import STOCKHOLM
from rusbot.process.loader import load_process

APRIL = dt.datetime(2021, 4, 20, 10, tzinfo=STOCKHOLM)


@pytest.fixture(scope="module")
def engine() -> AnswerEngine:
    return AnswerEngine(load_process())


@pytest.mark.parametrize("question", [
    "Vilka kommuner ingår officiellt i partnerskapet?",
    "Vilka organisationer ingår formellt i RUS-partnerskapet?",
    "Is RF-SISU formally a member of the partnership?",
    "Är bildningsförbundet officiellt med?",
])
def test_an_adverb_of_membership_is_no_name(engine: AnswerEngine, question: str) -> None:
    text = engine.answer(question, APRIL).text
    assert "inte med" not in text and "not a member" not in text
    assert "Formellt" not in text and "formally**" not in text and "Officiellt" not in text


@pytest.mark.parametrize("question", [
    "Någon på mötet sa att remissen bara skickas till kommunerna, stämmer det?",
    "Nån påstod att remissen bara går till kommunerna. Är det så?",
    "Somebody told me the consultation only goes to the municipalities – is that right?",
])
def test_a_pronoun_telling_a_claim_is_no_name(engine: AnswerEngine, question: str) -> None:
    text = engine.answer(question, APRIL).text
    assert text.startswith(("Nej", "No")), text
    assert "**Någon**" not in text and "**Nån**" not in text and "**Somebody**" not in text


def test_a_stranger_after_a_pronoun_is_still_the_name_asked_about(engine: AnswerEngine) -> None:
    text = engine.answer("Nån sa att Arbetsförmedlingen är med i partnerskapet?", APRIL).text
    assert text.startswith("Nej, **Arbetsförmedlingen** är inte med")
