"""Issue 9, round 33: the parts a message asks are found beyond its "?"s – an indirect question ("Kommunen önskar
besked om …", "I would like to know …") and a question sentence that goes on with a question word of its own ("…
och när remissen stänger", ", samt hur vi lämnar …") – and each part the reply leaves out is answered by its own
reading (blind batches 65–66: "part left out" was most of the evasive grades). Asked in other words than those
batches."""

from __future__ import annotations

import pytest

from rusbot.answers.engine import AnswerEngine, _asked_parts
from tests.unit.answering import at


@pytest.mark.parametrize(("question", "expected"), [
    ("I would like to know who decides what is updated and when the consultation ends.", "the last day is"),
    ("Kommunen önskar besked om när regionfullmäktige fattar beslut samt vilka som ingår i partnerskapet.",
     "Askersund"),
    ("Vi vill gärna veta när remissen stänger, samt hur vi lämnar remissvaret.", "Skicka in"),
])
def test_part_asked_beside_another_is_answered(engine: AnswerEngine, question: str, expected: str) -> None:
    a = engine.answer(question, at(2021, 4, 12))
    assert expected in a.text, a.text


def test_piece_of_an_indirect_question_is_not_said_unknown(engine: AnswerEngine) -> None:
    """A piece read off-topic is not quoted as unknown: cut out of a sentence, its reading is less sure than a whole
    question's ("what the RUS update is about" read alone as off-topic)."""
    a = engine.answer("Hello, I just started at Degerfors municipality. Could you tell me what the RUS update is about "
                      "and when our municipality will be asked to comment? Also, is Karlstad part of this "
                      "partnership?", at(2021, 6, 23))
    assert "I don't know" not in a.text, a.text
    assert "regional development strategy" in a.text, a.text


@pytest.mark.parametrize(("message", "parts"), [
    # a condition before the question is no part of its own
    ("Om vi måste skjuta på mötet den 11 mars, hur flyttar eller ställer jag in det i botten?", 1),
    # "och i så fall när" asks of the part before it
    ("Kommer RUS att revideras igen, och i så fall när?", 1),
    # a piece of fewer than three words stays with the one before
    ("när och hur lämnar vi remissvar?", 1),
    ("Jag undrar när remissen stänger och hur vi skickar in svaret.", 2),
    ("varför uppdateras RUS, vilka var med och hur har processen sett ut?", 3),
    ("Länsstyrelsen önskar besked om huruvida remissen går till myndigheten, samt om formkrav för remissvaret "
     "föreligger.", 2),
])
def test_asked_parts(message: str, parts: int) -> None:
    assert len(_asked_parts(message)) == parts, _asked_parts(message)


def test_indirect_lead_is_not_read() -> None:
    part = _asked_parts("Jag önskar även upplysning om huruvida Länsstyrelsen ingår som beslutande part. Och när "
                        "stänger remissen?")[0]
    assert part.read == "Länsstyrelsen ingår som beslutande part" and not part.whole
