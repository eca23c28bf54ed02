"""Issue 9, round 38 (lead): the first sentence answers the question asked – an either/or names the alternative that
holds, a false premise is refuted first. Each test asks a failure of batches 81–86 in other words.

- The final decision: "… by the partnership or by politicians?" opened "Yes." (b81 #69), "vem bestämer till sist om
  rus, är det partnerskapet" with the partnership's role (b82 #90), "Is the March 11 meeting where the final decision
  … is made?" with the role and no "No" (b83 #22), "Nu när RUS:en är beslutad i regionstyrelsen …" left the premise
  standing (b86 #93).
- The consultation's length: who set it (b81 #13), whether the municipalities' wish was met (b85 #8), "det var väl
  regionens förslag?" (b86 #47).
- Members: a name believed a member (LRF, b85 #97); companies or only the chamber (b86 #14).
- The consultation: to whom, as an either/or (b84 #53, #46); from the government (b82 #67).
- "are they rewriting the whole strategy?" (b81 #9)."""

from __future__ import annotations

import pytest

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at, first_sentence


# b86 #14: companies directly or only through the chamber – whom the list names leads, not the chamber's "Yes".
@pytest.mark.parametrize("question", [
    "Kan våra medlemsföretag vara med i partnerskapet själva eller bara via Handelskammaren?",
    "Are companies members themselves, or is it only Handelskammaren?",
    "Sitter företagen med direkt elr bara handelskammaren?",
])
def test_companies_or_the_chamber_leads_with_the_companies(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 1, 22))
    assert a.text.startswith(("Enskilda företag står inte bland medlemmarna", "Individual companies are not among "
                                                                                "the members")), a.text
    assert "**Handelskammaren**" in first_sentence(a.text) or "**Handelskammaren**" in a.text.split(". ")[0], a.text
    assert not a.text.startswith(("Ja", "Yes")), a.text


# b81 #9: "are they rewriting the whole strategy?" is the new-RUS premise in other words.
@pytest.mark.parametrize("question", [
    "Hi, what does the update mean – are they redrafting the whole strategy this year?",
    "ska hela RUS skrivas om?",
    "Skriver man om hela strategin nu?",
])
def test_rewriting_the_whole_strategy_is_refuted(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 2, 1))
    head = a.text.split("\n\n")[0]
    assert "inte en ny RUS" in head or "not a new RUS" in head, a.text
    assert "strukturen i nuvarande RUS behålls" in head or "structure of the current RUS is kept" in head, a.text
