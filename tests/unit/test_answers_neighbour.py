"""Issue 9, first sentences that answered a neighbouring question: a word one letter-swap from a feature's word, a
story's words overriding the question's own, a feature's stock text in front of an ask it does not answer.
Wordings of our own, not the batches'."""

from __future__ import annotations

import datetime as dt

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at, first_sentence


# -- a near word is a concept only when it is one typo away -------------------------------------------------------
def test_a_word_two_edits_from_a_feature_word_is_not_that_feature(engine: AnswerEngine) -> None:
    # "samråd" is two edits from "sparad", "handlingar" two from "ändringar": neither is a typo of them.
    assert "SAVE" not in engine.rules.find("Blir det ett samråd om remissen?", dt.date(2021, 7, 6)).concepts
    assert "CHANGE" not in engine.rules.find("Är remissvaren handlingar?", dt.date(2021, 7, 6)).concepts
    a = engine.answer("Planerar ni ett samråd om remissvaret med kommunerna?", at(2021, 7, 6))
    assert not a.text.startswith("Ja"), a.text
    assert "Spara utkast" not in first_sentence(a.text)


def test_a_real_typo_and_a_compound_are_still_found(engine: AnswerEngine) -> None:
    today = dt.date(2021, 7, 6)
    assert "CONSULT" in engine.rules.find("när stänger remisen?", today).concepts
    assert "REMIND" in engine.rules.find("får jag påminelserna?", today).concepts
    assert "MEETING" in engine.rules.find("när är rfmötet?", today).concepts
    assert "GREET" in engine.rules.find("Godmorgon, vad händer nu?", today).concepts
