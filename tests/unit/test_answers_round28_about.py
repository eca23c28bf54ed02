"""Issue 9, round 28 (r28about): questions about RUS, the partnership and the bot. A body that is not a member,
presumed one in a statement ("eftersom de är med i partnerskapet", "remissen går till …") or asked of beside members,
is told it is not a member while the rest is answered. Each test asks in other words than blind batches 53–54 did."""

from __future__ import annotations

import pytest

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at


@pytest.mark.parametrize(("question", "who"), [
    ("Försäkringskassan i Kumla vill gärna vara med på mötet i mars, de är ju också med i partnerskapet. "
     "Var hålls det?", "Försäkringskassan"),
    ("Jag hörde att remissen skickas till Region Västmanland också. När ska svaren vara inne?", "Region Västmanland"),
    ("Tillväxtverket sitter ju med i partnerskapet, så borde inte de få remissen direkt?", "Tillväxtverket")])
def test_presumed_member_is_told_it_is_not_one(engine: AnswerEngine, question: str, who: str) -> None:
    a = engine.answer(question, at(2021, 2, 3))
    assert f"Nej, **{who}** är inte med i partnerskapet" in a.text, a.text


def test_non_member_asked_beside_a_member_gets_its_no_after_the_yes(engine: AnswerEngine) -> None:
    a = engine.answer("Var RF-SISU och LRF med i partnerskapet under hela processen?", at(2021, 10, 5))
    assert "Ja, **RF-SISU**" in a.text and "Nej, **LRF** är inte med" in a.text, a.text
    assert a.text.index("RF-SISU") < a.text.index("LRF")


def test_member_named_as_context_in_a_statement_is_no_member_question(engine: AnswerEngine) -> None:
    a = engine.answer("Vi i Kumla är med i partnerskapet. När är avstämningen?", at(2021, 2, 3))
    assert "inte med i partnerskapet" not in a.text, a.text


@pytest.mark.parametrize("question", ["Hur sätter man upp en omröstning om mötesdagen?",
                                      "hur lägger vi ut en omröstning till gruppen?"])
def test_how_to_set_up_a_poll_with_the_subject_between_gets_the_form(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 2, 8))
    assert "omröstning Fråga? | Alternativ 1 | Alternativ 2" in a.text, a.text


@pytest.mark.parametrize(("question", "partner", "coordinators"), [
    ("Jag är ingen samordnare, bara kontaktperson. Vilka kommandon kan jag använda?", "**tidplan**", "**status**"),
    ("I'm not a coordinator myself – what can I do with the bot?", "**timeline**", "**export**")])
def test_non_coordinator_gets_the_commands_anyone_may_use(engine: AnswerEngine, question: str, partner: str,
                                                          coordinators: str) -> None:
    a = engine.answer(question, at(2021, 9, 1))
    assert partner in a.text and ("bara för samordnarna" in a.text or "coordinators only" in a.text), a.text
    assert not a.text.startswith(("Som samordnare", "As a coordinator")), a.text
    assert coordinators in a.text.split("\n")[-1]      # named only as the coordinators'


@pytest.mark.parametrize(("question", "command"), [("Vilket kommando var det nu som visade tidplanen?", "tidplan"),
                                                   ("What was the command for the schedule again?", "timeline")])
def test_the_command_asked_for_is_named_before_its_card(engine: AnswerEngine, question: str, command: str) -> None:
    a = engine.answer(question, at(2021, 5, 4))
    assert f"**{command}**" in a.text.split("\n")[0], a.text


@pytest.mark.parametrize("question", ["Pandemin och Green Deal – är 'European Green Deal' detsamma som gröna given?",
                                      "Is 'Europeiska gröna given' the same thing as the EU Green Deal?"])
def test_two_names_of_one_event_are_said_the_same(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 6, 2))
    assert a.text.startswith(("Ja, samma sak", "Yes, the same thing")), a.text


@pytest.mark.parametrize("question", [
    "Hej! Vi undrar varför strategin ses över redan i år, vi har knappt börjat med den nuvarande ute i kommunen. "
    "Har något hänt, eller är det bara något man gör?",
    "Hallå! Jag funderar på varför RUS ska ses över nu, vi har inte ens implementerat den gamla ordentligt i "
    "förvaltningen. Beror det på något speciellt eller är det standard?"])
def test_why_the_review_in_a_long_message_gets_the_mandate_period_and_the_events(engine: AnswerEngine,
                                                                               question: str) -> None:
    a = engine.answer(question, at(2021, 1, 14))
    assert "mandatperiod" in a.text and "Pandemin och dess utmaningar" in a.text, a.text


@pytest.mark.parametrize("question", [
    "Sista frågan för i dag: blir det en ny översyn av strategin längre fram, och när sker den i så fall?",
    "Innan jag går på ledighet – kommer det en till översyn av RUS sen, och när sker den?"])
def test_a_review_after_this_one_gets_the_mandate_period_not_the_phase(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 12, 15))
    first = a.text.split("\n")[0]
    assert "mandatperiod" in first and "nästa översyn" in first and "Fas 2" not in a.text, a.text


@pytest.mark.parametrize("question", ["Får vi i partnerskapet titta på utkastet före remissen? Vill förankra hos oss.",
                                      "Can we see the draft before the consultation opens?"])
def test_the_strategy_draft_before_the_consultation_is_not_the_response_draft(engine: AnswerEngine,
                                                                              question: str) -> None:
    a = engine.answer(question, at(2021, 4, 20))
    assert "Spara utkast" not in a.text and "Save draft" not in a.text, a.text
    assert a.text.startswith(("Att partnerskapet får se ett utkast innan remissen står inte",
                              "The material does not say that the partnership sees a draft")), a.text


@pytest.mark.parametrize("question", ["När börjar den uppdaterade RUS att gälla?",
                                      "Okej, och när ska strategin börja gälla egentligen?"])
def test_when_the_updated_strategy_applies_is_the_decision_and_end_of_2021(engine: AnswerEngine,
                                                                           question: str) -> None:
    a = engine.answer(question, at(2021, 11, 2))
    assert ("står inte i underlaget" in a.text.split("\n")[0]) and (
        "slutet av 2021" in a.text or "end of 2021" in a.text), a.text
    assert "Fas 2" not in a.text and "Phase 2" not in a.text, a.text


@pytest.mark.parametrize("question", [
    "Jag jobbar på Region Örebro län sedan i måndags. Är det vi på regionen som skriver strategitexten själva, "
    "eller hur fördelas arbetet?",
    "I just joined Region Örebro län. What is our part in this – is it we who write the strategy text?"])
def test_who_writes_the_texts_is_said_not_to_be_in_the_material(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 2, 16))
    assert ("skriv" in a.text or "writ" in a.text) and (
        "står inte i underlaget" in a.text or "not in the material" in a.text), a.text


def test_several_non_members_told_in_the_plural(engine: AnswerEngine) -> None:
    a = engine.answer("My manager thinks Region Gävleborg and LRF are members of the partnership. Are they?",
                      at(2021, 8, 12))
    assert a.text.startswith("No, **Region Gävleborg and LRF** are not members of"), a.text


def test_a_non_member_corrected_keeps_the_rest_of_the_answer(engine: AnswerEngine) -> None:
    # The no to the presumed members leads; what the message asks besides (a template) is still said.
    a = engine.answer("Vi på Kumla kommun vill skriva remissvaret ihop med Skatteverket och Almi eftersom de också "
                      "är med i partnerskapet. Finns det någon mall för svaret?", at(2021, 8, 23))
    assert a.text.startswith("Nej, **Skatteverket** och **Almi** är inte med"), a.text
    assert "mall" in a.text.split("\n\n", 1)[1], a.text
