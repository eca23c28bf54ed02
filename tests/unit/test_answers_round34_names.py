"""Issue 9, round 34: a member and a non-member asked of in one breath ("Är Almi och Kumla med?") were read as one
unknown name and both denied ("Nej, **Almi och Kumla** är inte med") – the member is now confirmed and the other
refuted. Found on main while working on batch 68's failures."""

from __future__ import annotations

import pytest

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at


@pytest.mark.parametrize(("question", "member", "stranger"), [
    ("Är Almi och Kumla med i partnerskapet?", "Kumla", "Almi"),
    ("Är Arbetsförmedlingen och Nora med?", "Nora", "Arbetsförmedlingen"),
    ("Is Almi and Örebro University part of it?", "Örebro universitet", "Almi"),
])
def test_member_and_stranger_named_together(engine: AnswerEngine, question: str, member: str, stranger: str) -> None:
    a = engine.answer(question, at(2021, 4, 26))
    assert f"**{member}** " in a.text.split("\n\n")[0] and a.text.startswith(("Ja", "Yes")), a.text
    assert f"**{stranger}** är inte med" in a.text or f"**{stranger}** is not a member" in a.text, a.text
    assert " och " + member not in a.text.split("\n\n")[0] and " och " + stranger not in a.text, a.text


def test_two_strangers_stay_one_denial(engine: AnswerEngine) -> None:
    a = engine.answer("Är Almi och LRF med i partnerskapet?", at(2021, 4, 26))
    assert a.text.startswith("Nej"), a.text
