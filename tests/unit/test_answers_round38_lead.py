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


@pytest.mark.parametrize("question", [
    "Vem tar det slutgiltiga beslutet om RUS – partnerskapet eller politikerna?",
    "who has the final say on the strategy, the partnership or the politicians",
    "Fattas det slutliga beslutet om nya RUS av partnerskapet elr av politikerna?",
])
def test_either_or_of_the_final_decision_names_the_politicians(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 9, 20))
    assert a.text.startswith(("Politikerna – regionfullmäktige (RF)", "The politicians – the regional council")), a.text
    assert not a.text.startswith(("Ja", "Yes")), a.text


@pytest.mark.parametrize("question", [
    "Är det partnerskapet som bestämmer till slut?",
    "Who decides in the end, is it the partnership?",
    "e det partnerskapet som tar slutgiltigt beslut om rus",
])
def test_the_partnership_as_final_decider_is_refuted_first(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 10, 28))
    assert a.text.startswith(("Nej – det slutliga", "No – the final")), a.text
    assert "inte av partnerskapet" in first_sentence(a.text) or "not by the partnership" in a.text, a.text
    # the partnership's own part stays said, once
    assert a.text.count("beslutar om vad som ska uppdateras") + a.text.count("decides what is to be updated") == 1


@pytest.mark.parametrize("question", [
    "fattas slutliga beslutet på avstämningen 11 mars",
    "Will the final decision be taken at the check-in on 11 March?",
    "Tas det slutgiltiga beslutet om RUS på avstämningen?",
])
def test_the_check_in_is_not_the_final_decision(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 3, 5))
    assert a.text.startswith(("Nej – den 11 mars 2021 är avstämningen", "No – 11 March 2021 is the check-in")), a.text
    assert "regionfullmäktige (RF)" in a.text or "regionfullmäktige, RF" in a.text, a.text


@pytest.mark.parametrize("question", [
    "Eftersom regionstyrelsen redan har beslutat om RUS, när gäller den?",
    "Now that the regional board has adopted the strategy, when does it take effect?",
    "RUS är ju antagen av regionstyrelsen nu, vad händer sen?",
])
def test_a_decision_by_another_body_is_refuted_first(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 11, 20))
    assert a.text.startswith(("Nej – enligt underlaget fattar regionfullmäktige", "No – according to the material the "
                                                                                  "regional council")), a.text
    assert "inte att något beslut är fattat" in a.text or "not say that any decision has been taken" in a.text


@pytest.mark.parametrize("question", [
    "Vem fattar slutligt beslut om RUS?",
    "Vårt remissvar om RUS är beslutat i kommunstyrelsen, hur skickar vi in det?",
    "Vad beslutades på avstämningen 11 mars och när är det slutliga beslutet?",
])
def test_no_body_offered_keeps_its_answer(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 11, 20))
    assert not a.text.startswith(("Nej –", "No –", "Politikerna")), a.text


# b81 #13, b85 #8, b86 #47: where the consultation's length came from, asked in other words than "varför".
@pytest.mark.parametrize("question", [
    "Vem har bestämt remisstiden?",
    "Hur länge pågår remissen? Och vem bestämde att remissen går t o m september?",
    "Who set the length of the consultation period? We need to plan our board meetings.",
])
def test_who_set_the_consultation_length_is_unknown_beside_the_wish(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 5, 18))
    assert "Vem som bestämde remisstiden står inte i underlaget" in a.text or (
        "Who set the length of the consultation is not in the material" in a.text), a.text
    assert "önskade en remiss till och med september" in a.text or "asked for a consultation through September" in (
        a.text), a.text
    assert "Allt jag säger om processen kommer från källdokumentet" not in a.text, a.text
    assert "ville det står inte" not in a.text, a.text


@pytest.mark.parametrize("question", [
    "Remissen ända till september, var det regionens idé?",
    "Hur lång är remisstiden? Det var väl regionens förslag att köra ända till september?",
    "The consultation runs until September – that was the region's proposal, wasn't it?",
])
def test_the_region_proposing_the_length_is_refuted(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 5, 18))
    assert ("Nej – enligt underlaget var det inte regionens förslag: kommunerna önskade" in a.text or
            "No – according to the material it was not the region's proposal: the municipalities" in a.text), a.text
    assert "Region Örebro län är med i partnerskapet genom tjänstepersoner" not in a.text, a.text


@pytest.mark.parametrize("question", [
    "har kommunerna fått gehör för längre remisstid",
    "Did the municipalities get their way on the consultation period?",
    "Vi ville ha remisstid över sommaren. Fick kommunerna igenom det?",
])
def test_the_municipalities_wish_met_is_answered_first(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 1, 13))
    assert a.text.startswith(("Ja, såvitt tidplanen visar: kommunerna önskade", "Yes, as far as the timeline shows: "
                                                                                 "the municipalities")), a.text
    assert a.text.count("önskade en remiss") + a.text.count("asked for a consultation") == 1, a.text


# b85 #97: a name believed a member, told beside the question, is said not to be one.
@pytest.mark.parametrize(("question", "name"), [
    ("Is RF-SISU in the partnership? I thought it was LRF.", "LRF"),
    ("sitter handelskammaren med? jag hörde att Företagarna var med", "Företagarna"),
    ("Är bildningsförbundet med i partnerskapet på riktigt? Vi trodde det var Studieförbunden.", "Studieförbunden"),
])
def test_a_believed_member_not_listed_is_refuted(engine: AnswerEngine, question: str, name: str) -> None:
    a = engine.answer(question, at(2021, 12, 14))
    assert a.text.startswith(("Ja, **", "Yes, **")), a.text
    assert f"**{name}** är däremot inte med" in a.text or f"**{name}**, however, is not a member" in a.text, a.text


# b84 #53, b84 #46: whom the consultation goes to, asked as an either/or, leads with the partnership.
@pytest.mark.parametrize(("question", "told"), [
    ("does the consultation go to the municipalities or only to the region's own departments",
     "So the municipalities get it"),
    ("Går remissen till kommunerna också eller bara till regionens förvaltningar?", "Kommunerna får den alltså"),
    ("Är remissen öppen för allmänheten eller bara för oss i partnerskapet?", "öppen för allmänheten står inte"),
])
def test_recipients_either_or_leads_with_the_partnership(engine: AnswerEngine, question: str, told: str) -> None:
    a = engine.answer(question, at(2021, 6, 1))
    assert a.text.startswith(("Remissen går till Partnerskapet för regional utveckling.", "The consultation goes to "
                                                                                           "the Partnership")), a.text
    assert told in a.text.split("\n\n")[0], a.text


# b82 #67: the consultation told to come from another body than the region is refuted first.
@pytest.mark.parametrize("question", [
    "Är det regeringen som skickar ut remissen?",
    "The consultation is from the government, right?",
    "kommer remissen från länsstyrelsen",
])
def test_another_sender_of_the_consultation_is_refuted(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 9, 1))
    assert a.text.startswith(("Nej – remissen kommer inte från", "No – the consultation does not come from")), a.text
    assert "Region Örebro läns uppdatering av RUS" in a.text or "Region Örebro län's update of RUS" in a.text, a.text
    assert "Yes, according to the timeline" not in a.text, a.text


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
