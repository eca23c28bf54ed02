"""Round 15 leftovers: a sentence-initial possessive or an acronym compound ("IT-projekt") is no organisation's
name; another region's own strategy is not answered with ours; 'what can I use you for' said as confusion is a
request for help; who sends the consultation out; what the review is. Wordings differ from the batches'."""

from __future__ import annotations

import datetime as dt

import pytest

from rusbot.answers.engine import AnswerEngine
from rusbot.process.loader import load_process
from rusbot.understanding.entities import EntityRules
from tests.unit.answering import at, first_sentence


@pytest.fixture(scope="module")
def rules() -> EntityRules:
    return EntityRules(load_process())


@pytest.mark.parametrize("question", ["Min tolkning är att alla är med i partnerskapet?",
                                      "Mitt intryck är att kommunerna är med, stämmer det?",
                                      "Vår bild är att alla organisationer ingår?",
                                      "Funkar det som ett EU-projekt där alla är med?",
                                      "Är det likt ett IT-system, är alla med?"])
def test_a_possessive_or_an_acronym_compound_is_not_a_name(rules: EntityRules, question: str) -> None:
    assert rules.find(question, dt.date(2021, 5, 4)).unknown_name is None


@pytest.mark.parametrize("question,name", [("Är FN-förbundet med?", "FN-förbundet"),
                                           ("Mitt intryck: är Region Jämtland med?", "Region Jämtland")])
def test_real_names_are_still_names(rules: EntityRules, question: str, name: str) -> None:
    assert rules.find(question, dt.date(2021, 5, 4)).unknown_name == name


def test_an_acronym_compound_is_not_answered_as_a_non_member(engine: AnswerEngine) -> None:
    a = engine.answer("Är det som i ett EU-projekt, är alla med?", at(2021, 5, 4))
    assert "EU-projekt" not in first_sentence(a.text)


@pytest.mark.parametrize("question", ["jag förstår inte vad jag kan använda dig till",
                                      "begriper inte riktigt vad vi ska ha boten till",
                                      "I don't get what I can use you for", "not sure what to do with this bot"])
def test_confusion_about_what_the_bot_is_for_gets_what_it_does(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 5, 4))
    assert a.text.startswith(("Jag är boten", "I am the bot"))
    assert "människa" not in first_sentence(a.text) and "human" not in first_sentence(a.text)
