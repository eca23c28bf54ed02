"""Issue 9, after batches 83/84's first scores: their two wrong answers, each asked in other words.

- "hinner vi ta remissen i vår KS innan sommaren?" in April got "Ja: … efter 8 april – 31 maj återstår 122 dagar";
  before the summer there is no consultation yet – it opens in mid-June (b83 #38);
- "what is 'RF' at the end of the timeline? Is that RF-SISU?" got "Yes, RF-SISU is a member" (b84 #37)."""

from __future__ import annotations

import pytest

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at


@pytest.mark.parametrize("question", [
    "Hinner vi ta remissen i vår KS innan sommaren, eller?",
    "Hinner vi ta upp remissen i kommunstyrelsen i maj?",
    "hinner vi behandla remissen på nämnden i början av juni?",
])
def test_a_period_before_the_consultation_opens_has_no_consultation_to_take_up(engine: AnswerEngine,
                                                                               question: str) -> None:
    a = engine.answer(question, at(2021, 4, 8))
    assert "Nej:" in a.text and "mitten av juni 2021" in a.text and "återstår" not in a.text, a.text


def test_a_response_in_a_period_before_it_opens_is_still_not_yet(engine: AnswerEngine) -> None:
    a = engine.answer("Kan vi lämna vårt remissvar redan nu i maj?", at(2021, 4, 8))
    assert "Nej, inte än" in a.text, a.text


@pytest.mark.parametrize("question", [
    "Sorry if this is a silly question – what is 'RF' at the end of the timeline? Is that RF-SISU?",
    "Vad är 'RF' i slutet av tidplanen, är det RF-SISU?",
    "What is RF in the plan – is it the same as RF-SISU?",
])
def test_rf_asked_against_rf_sisu_is_the_regional_council(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 3, 15))
    assert "regionfullmäktige" in a.text.split("\n\n")[0], a.text
    assert "Yes, **RF-SISU**" not in a.text and "Ja, **RF-SISU**" not in a.text, a.text


def test_rf_sisu_alone_set_against_the_asker_is_no_rf_question(engine: AnswerEngine) -> None:
    a = engine.answer("Jag jobbar på Örebro läns bildningsförbund. Är vi med i partnerskapet, eller är det bara "
                      "RF-SISU?", at(2021, 1, 21))
    assert "regionfullmäktige" not in a.text, a.text
