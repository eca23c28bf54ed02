"""Issue 9, round 31 (r31-parts): a question of a message naming an aspect the material never gives – how long
something lasts, whether there will be a meeting for it, a legal basis or formal duty, a named office, new goals –
is said to be unknown, quoted, rather than left out while the rest is answered (blind batches 61–62). Each test asks
in other words than those batches."""

from __future__ import annotations

import pytest

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at

_UNKNOWN = ("står inte i underlaget", "not in the material")


def _said_unknown(text: str, words: str) -> bool:
    """Whether a line of the reply quotes `words` and says they are not in the material."""
    return any(words.lower() in x.lower() and any(u in x for u in _UNKNOWN) for x in text.split("\n\n"))


@pytest.mark.parametrize(("question", "when", "words"), [
    # duration of a meeting
    ("tjena! avstämningen i mars – vad ska vi förbereda, och hur lång tid tar den?", (2021, 3, 1), "hur lång tid"),
    ("Vad händer på avstämningen den 11 mars? Hur länge varar den ungefär?", (2021, 2, 20), "Hur länge varar"),
    ("What happens at the check-in on 11 March, and how long does it take?", (2021, 2, 20), "how long does"),
    # a meeting for a step
    ("När förankras uppdateringarna med partnerskapet? Kommer det att hållas något möte?", (2021, 10, 1), "möte"),
    ("hur funkar skrivfasen efter remissen? blir det möten för den?", (2021, 10, 1), "möten"),
    ("How are the updates anchored with the partnership? Will there be a meeting for it?", (2021, 10, 1),
     "meeting"),
    # a legal basis or a formal duty
    ("Vilken lag säger att strategin ska ses över? Och vem beslutar?", (2021, 2, 1), "Vilken lag"),
    ("När öppnar remissen? Är regionen skyldig enligt lag att skicka den till kommunerna?", (2021, 5, 1),
     "skyldig enligt lag"),
    ("When does the consultation open? Which ordinance says the strategy must be sent out for consultation?",
     (2021, 5, 1), "Which ordinance"),
    # a named office the material does not name
    ("Vem godkänner texten innan remissen – är det kommundirektören? När går remissen ut?", (2021, 5, 1),
     "kommundirektören"),
    ("Is the regional director the one who signs off the consultation? When does it open?", (2021, 5, 1),
     "director"),
    # new goals
    ("Vad är skillnaden mellan en ny strategi och en uppdatering? Får vi nya mål?", (2021, 2, 1), "nya mål"),
    ("Why is it an update and not a new strategy? Are there new goals then?", (2021, 2, 1), "new goals"),
])
def test_an_aspect_not_in_the_material_is_said_unknown(engine: AnswerEngine, question: str,
                                                        when: tuple[int, int, int], words: str) -> None:
    a = engine.answer(question, at(*when))
    assert _said_unknown(a.text, words), a.text


def test_an_unknown_legal_basis_asked_first_leads(engine: AnswerEngine) -> None:
    a = engine.answer("Vilket lagrum styr att RUS ska ses över? Vem tog fram den?", at(2021, 5, 3))
    assert a.text.startswith("”Vilket lagrum styr att RUS ska ses över?” Det vet jag inte"), a.text


@pytest.mark.parametrize(("question", "when"), [
    # the reply speaks of the aspect already: nothing added
    ("När pågår remissen? Hur länge pågår den?", (2021, 5, 1)),
    ("Hur länge är det kvar till remissen? Vem skickar den?", (2021, 5, 1)),
    ("Får kommunstyrelsen ändra i svaret? Hur länge har vi på oss?", (2021, 9, 1)),
    ("Vem får remissen? Och hur länge pågår den?", (2021, 5, 1)),
    ("Kan boten boka ett möte mellan mig och regiondirektören? Vem är samordnare?", (2021, 5, 1)),
    ("Blir det ett möte med partnerskapet i mars? Vad ska vi ha med oss?", (2021, 2, 1)),
])
def test_an_aspect_the_reply_speaks_of_is_not_padded(engine: AnswerEngine, question: str,
                                                      when: tuple[int, int, int]) -> None:
    a = engine.answer(question, at(*when))
    assert "Det vet jag inte – det står inte i underlaget" not in a.text, a.text


@pytest.mark.parametrize(("question", "said"), [
    ('My colleagues keep mentioning "RUS" in meetings. Could you tell me what it is and when it will be ready?',
     "regional development strategy"),
    ("Alla pratar om RUS här – kan du förklara vad det är och varför den uppdateras?",
     "regionala utvecklingsstrategin"),
    ("Jag hör RUS hela tiden på jobbet, kan du säga vad den är, och när remissen kommer?",
     "regionala utvecklingsstrategin"),
])
def test_what_rus_is_asked_as_what_it_is_beside_another_part(engine: AnswerEngine, question: str, said: str) -> None:
    a = engine.answer(question, at(2021, 2, 3))
    assert said in a.text, a.text


@pytest.mark.parametrize(("question", "said"), [
    ("Vad gör koordinatorerna i processen, och vem skriver texterna?", "omröstningar"),
    ("Vem beslutar om RUS till slut? Och vad gör samordnarna egentligen?", "omröstningar"),
    ("Who takes the final decision, and what do the coordinators actually do?", "run polls"),
])
def test_what_the_coordinators_do_beside_another_part(engine: AnswerEngine, question: str, said: str) -> None:
    a = engine.answer(question, at(2021, 2, 3))
    assert said in a.text, a.text
