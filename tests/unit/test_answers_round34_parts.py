"""Issue 9, round 34: formal indirect questions ("anhåller om upplysning om …", "hemställer om besked om …", "önskar
ett klarläggande i två avseenden: dels …, dels …") are cut into their parts like round 33's "önskar besked om …", and
each part the reply leaves out is answered (b68 #5, #28). Asked in other words than that batch."""

from __future__ import annotations

import pytest

from rusbot.answers.engine import AnswerEngine, _asked_parts
from tests.unit.answering import at


@pytest.mark.parametrize(("question", "expected"), [
    ("Härmed anhåller jag om upplysning om vilka organisationer som ingår i partnerskapet, samt huruvida "
     "Handelskammaren är part i detta.", "18 medlemmar"),
    ("Vi hemställer om besked om när remissen öppnar, samt om vilka som ingår i partnerskapet.", "sista dagen är"),
    ("Jag önskar ett förtydligande i två avseenden: dels vilka organisationer som ingår i partnerskapet, dels när "
     "remisstiden löper ut.", "sista dagen är"),
    ("Kommunen önskar klarläggande om två saker: dels när remissen går ut, dels vem som fattar det slutliga beslutet.",
     "sista dagen är"),
])
def test_formal_parts_are_each_answered(engine: AnswerEngine, question: str, expected: str) -> None:
    a = engine.answer(question, at(2021, 4, 28))
    assert expected in a.text, a.text


def test_dels_parts_are_read_without_their_lead() -> None:
    parts = _asked_parts("Jag önskar erhålla ett klarläggande i två avseenden: dels huruvida kommunen förväntas avge "
                         "ett remissvar, dels vilket organ som fattar det slutliga beslutet.")
    assert [p.read for p in parts] == ["kommunen förväntas avge ett remissvar",
                                       "vilket organ som fattar det slutliga beslutet"]


def test_yes_no_word_of_a_later_part_is_not_read() -> None:
    parts = _asked_parts("Jag anhåller om upplysning om vilka som ingår i partnerskapet, samt huruvida Region Örebro "
                         "län är part.")
    assert parts[1].read == "Region Örebro län är part"
