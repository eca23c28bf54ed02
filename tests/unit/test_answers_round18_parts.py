"""Round 18: every part of a message gets an answer (blind batches 33/34). Wordings differ from the batches'."""

from __future__ import annotations

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at


def test_a_why_after_a_comma_is_a_question_of_its_own(engine: AnswerEngine) -> None:
    # "varför" opens a second question as "vad" or "när" do; the meaning of RUS, asked first, is not left out.
    a = engine.answer("Jag har precis börjat på Handelskammaren. Vad betyder RUS, och varför är Handelskammaren med "
                      "i partnerskapet?", at(2021, 5, 3))
    assert "regional utvecklingsstrategi" in a.text
    assert "Handelskammaren" in a.text


def test_what_is_kept_is_said_first_not_the_mandate_list(engine: AnswerEngine) -> None:
    # The mandate's whole list, uncommented, left the asker to find what stays; what the update keeps comes first.
    a = engine.answer("Vad är det som inte ska ändras i strategin nu?", at(2021, 5, 3))
    assert a.text.startswith("Det som inte ändras: det är inte en ny RUS")
    assert "Strukturen i nuvarande RUS behålls" in a.text.split("\n")[0]
    assert not a.text.startswith("- ")


def test_why_not_change_everything_gets_the_reason_for_keeping_the_structure(engine: AnswerEngine) -> None:
    a = engine.answer("Varför ändras inte strukturen i RUS fast världen har förändrats så mycket?", at(2021, 5, 3))
    assert a.text.startswith("Det som inte ändras: det är inte en ny RUS")
    assert "Varför: arbetssättet är att behålla strukturen" in a.text


def test_what_stays_of_rus_is_no_definition_of_rus(engine: AnswerEngine) -> None:
    a = engine.answer("What is not changing in RUS this year?", at(2021, 5, 3))
    assert a.text.startswith("What does not change: this is not a new RUS")


def test_a_colloquial_what_is_of_a_word_asks_its_meaning(engine: AnswerEngine) -> None:
    # "vad e X?" with where the asker saw it after: the word's meaning, not the whole way of working listed.
    a = engine.answer('vad e ledtid egentligen? det stod "korta ledtider" på bilden om arbetssättet', at(2021, 5, 3))
    assert a.text.startswith("Ledtid betyder")


def test_a_why_pointing_back_asks_of_the_same_thing(engine: AnswerEngine) -> None:
    # "… och varför nämns den?" asks why that event is named: one answer, not the events listed twice.
    a = engine.answer("Vad är Europeiska gröna given, och varför nämns den i RUS?", at(2021, 5, 3))
    assert a.text.count("Pandemin och dess utmaningar") <= 1
