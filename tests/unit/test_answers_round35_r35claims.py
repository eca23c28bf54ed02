"""Issue 9, round 35 (claims): answers to the partners' own wording of a premise or a yes/no.

- Why RUS is "redone" (b73 #3, b74 #3): the premise of a new RUS is corrected first – an update that keeps the
  structure – before the reasons (every mandate period, the events in the world).
- A weekday of one's own set against the consultation's last day (b74 #73): "Hinner vi … på måndag?" is a yes,
  not the text on extensions; "för sent …?" asked the other way round gets "Nej, inte för sent".
"""

from __future__ import annotations

import pytest

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at


@pytest.mark.parametrize("question, lead", [
    ("Varför ska RUS göras om nu? vi har ju en", "Det är inte en ny RUS"),
    ("Varför gör ni om strategin nu?", "Det är inte en ny RUS"),
    ("Varför ska strategin skrivas om nu när vi redan har en?", "Det är inte en ny RUS"),
    ("Why is the regional development strategy being revised in 2021 — is it a completely new strategy?",
     "This is not a new RUS"),
    ("Why are you writing a new RUS now?", "This is not a new RUS"),
    ("Why is RUS being reviewed now – is it an entirely new strategy?", "This is not a new RUS"),
])
def test_why_redone_corrects_the_premise_first(engine: AnswerEngine, question: str, lead: str) -> None:
    a = engine.answer(question, at(2020, 12, 16))
    assert a.text.startswith(lead), a.text
    assert "mandatperiod" in a.text or "mandate period" in a.text, a.text
    assert "Pandemi" in a.text or "pandemic" in a.text, a.text


@pytest.mark.parametrize("question, lead", [
    ("Tjena! Hinner vi in me remissvare på måndag eller ä dä för sent?", "Hej! Ja – måndag 20 september 2021"),
    ("Räcker det om vi skickar remissvaret på tisdag?", "Ja – tisdag 21 september 2021 är inom remisstiden"),
    ("Är det för sent att skicka in remissvar på onsdag nästa vecka?", "Nej, inte för sent – onsdag 22 september"),
    ("Are we too late if we submit our response on Tuesday?", "No, not too late – Tuesday 21 September 2021"),
    ("Can we still get our consultation response in on Monday or is that too late?",
     "No, not too late – Monday 20 September 2021"),
])
def test_own_weekday_against_the_last_day(engine: AnswerEngine, question: str, lead: str) -> None:
    a = engine.answer(question, at(2021, 9, 16, 9))
    assert a.text.startswith(lead), a.text
    assert "anstånd med remissvaret beviljar" not in a.text.lower(), a.text


def test_own_weekday_after_the_last_day(engine: AnswerEngine) -> None:
    a = engine.answer("Är det för sent att lämna remissvar på fredag?", at(2021, 9, 27))
    assert a.text.startswith("Ja, utan anstånd – fredag 1 oktober 2021 är efter"), a.text
