"""The order of the layers after the answerer (AnswerEngine._LAYERS): a lead added after a claim's "Nej – …" goes
second, so the first sentence still answers the claim the message put forward. Found while the layers were made one
pipeline: "what RUS is" went above the correction."""
from __future__ import annotations

import pytest

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at


@pytest.mark.parametrize("question", [
    "Jag hörde att remissen bara går till kommunerna, stämmer det? Vad är RUS och varför uppdateras den nu?",
    "Stämmer det att remissen bara går till kommunerna? Och vad är RUS, varför ska den uppdateras?",
    "I heard the consultation only goes to the municipalities, is that right? "
    "What is RUS and why is it being reviewed?",
])
def test_what_rus_is_follows_a_corrected_claim(engine: AnswerEngine, question: str) -> None:
    text = engine.answer(question, at(2021, 5, 3)).text
    first, _, rest = text.partition("\n\n")
    assert first.startswith(("Nej – ", "No – ")), text
    assert "regionala utvecklingsstrategi" in rest or "regional development strategy" in rest, text


def test_what_rus_is_still_leads_without_a_claim(engine: AnswerEngine) -> None:
    text = engine.answer("Vad är RUS och varför ska den uppdateras?", at(2021, 5, 3)).text
    assert text.startswith("RUS är den regionala utvecklingsstrategin"), text
