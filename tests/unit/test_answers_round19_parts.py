"""Round 19: a part of a long message is not left out because an answer of its kind was given, nor because the
model reads it off-topic; what is answered already is not said twice. Wordings differ from batches 33–36'."""

from __future__ import annotations

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at


def test_a_second_question_of_the_same_kind_gets_its_own_answer(engine: AnswerEngine) -> None:
    # Both parts read as the coordinator's commands: the one answered whole (export) does not answer the other.
    a = engine.answer("Jag har precis blivit samordnare. Hur ser jag vilka kommuner som har lämnat remissvar, och hur "
                      "exporterar jag allt till Excel?", at(2021, 9, 10))
    assert "**export**" in a.text and "**status**" in a.text
    # … and a sentence both answers say is said once.
    assert a.text.count("Inga samordnare är inlagda") == 1


def test_why_not_a_new_one_beside_why_now_is_answered(engine: AnswerEngine) -> None:
    a = engine.answer("Why is the strategy being reviewed this year, and why isn't a whole new strategy written "
                      "instead?", at(2021, 4, 3))
    assert "not a new RUS" in a.text
    assert "Events in the world" in a.text
    # Nothing of the mandate's list is said twice.
    lines = [x for x in a.text.split("\n") if x.startswith("- ")]
    assert len(lines) == len(set(lines))


def test_a_contact_question_naming_the_region_is_answered_beside_the_input_question(engine: AnswerEngine) -> None:
    a = engine.answer("Can I change my input after sending it? And who at the region do I contact if it does not "
                      "work?", at(2021, 7, 6))
    assert "Edit" in a.text
    assert "coordinators" in a.text


def test_an_off_topic_part_is_said_not_to_be_in_the_material(engine: AnswerEngine) -> None:
    # What happens to a municipality that does not answer is not in the material: said so, not left out.
    a = engine.answer("När stänger remissen? Och vad händer om en kommun inte lämnar något remissvar alls?",
                      at(2021, 8, 2))
    assert "vad händer om en kommun inte lämnar något remissvar alls?” – det vet jag inte" in a.text


def test_a_question_asking_who_is_right_is_answered_by_the_correction_not_quoted(engine: AnswerEngine) -> None:
    a = engine.answer("Min kollega säger att länsstyrelsen fattar beslutet om RUS. Jag tror att det är "
                      "regionfullmäktige. Vem har rätt?", at(2021, 2, 10))
    assert "Regionfullmäktige" in a.text
    assert "Vem har rätt" not in a.text


def test_a_part_answered_as_a_part_is_not_quoted_again(engine: AnswerEngine) -> None:
    a = engine.answer("När är avstämningen med partnerskapet och var hålls den? Får journalister vara med?",
                      at(2021, 3, 8))
    assert a.text.count("det vet jag inte") + a.text.count("Det vet jag inte") <= 1


def test_two_quoted_terms_asked_at_once_are_each_explained(engine: AnswerEngine) -> None:
    a = engine.answer('Vad står "skrivfas" och "förankring" för i tidplanen?', at(2021, 2, 1))
    assert "skrivfas" in a.text.lower() and "förankring" in a.text.lower()
    a = engine.answer('What do "agil process" and "korta ledtider" mean here?', at(2021, 2, 1))
    assert "phase 1" in a.text and "check-ins" in a.text
