"""Round 19: a claim anywhere in a message – who receives the consultation, who decides, what the municipalities
asked for, the order of the steps, a period the material gives – is checked against the process file and answered
"Nej – …" first, whatever answers the rest. Wordings differ from batches 33–36."""

from __future__ import annotations

import pytest

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at


def _lead(engine: AnswerEngine, question: str, when: tuple[int, int, int] = (2021, 5, 10)) -> str:
    text = engine.answer(question, at(*when)).text
    return text.removeprefix("Hej! ").split("\n")[0]


@pytest.mark.parametrize("question", [
    "Jag läste att remissen enbart skickas till länets kommuner. Är det så?",
    "Remissen är väl bara för kommunerna?",
    "I heard the consultation only goes to the municipalities, is that right?",
])
def test_consultation_said_to_go_only_to_municipalities_is_a_no_naming_the_others(engine: AnswerEngine,
                                                                                  question: str) -> None:
    lead = _lead(engine, question)
    assert lead.startswith(("Nej – ", "No – "))
    assert "RF-SISU" in lead and "Länsstyrelsen" in lead


def test_a_municipality_told_it_is_not_in_the_partnership_hears_all_are(engine: AnswerEngine) -> None:
    lead = _lead(engine, "Kan vi svara på remissen trots att vi som kommun inte är med i partnerskapet?")
    assert lead.startswith("Samtliga kommuner är med")


@pytest.mark.parametrize("question", [
    "Kollegan påstår att kommunerna begärde att remissen skulle stänga i juli. Stämmer det?",
    "Jag har hört att kommunerna önskade en kortare remiss. Är det sant?",
    "Is it true that the municipalities wanted the consultation to end in August?",
])
def test_the_municipalities_wish_claimed_otherwise_is_a_no_with_september(engine: AnswerEngine,
                                                                          question: str) -> None:
    lead = _lead(engine, question)
    # (A month claimed may be corrected by the timeline's own dates first: a "Nej" with September either way.)
    assert lead.startswith(("Nej – ", "No – "))
    assert "september" in lead.lower()


def test_the_municipalities_wish_told_right_is_no_no(engine: AnswerEngine) -> None:
    assert not _lead(engine, "Stämmer det att kommunerna önskade remiss till och med september?").startswith("Nej")


@pytest.mark.parametrize(("question", "body"), [
    ("Vi har fått höra att det är regionstyrelsen som fattar beslut om strategin. Stämmer det?", "regionstyrelsen"),
    ("Stämmer det att universitetet ska godkänna RUS innan den blir klar?", "Örebro universitet"),
    ("My manager told me the decision is made by Handelskammaren in November, right?", "Handelskammaren"),
])
def test_a_body_said_to_decide_is_a_no_naming_the_council(engine: AnswerEngine, question: str, body: str) -> None:
    lead = _lead(engine, question)
    assert lead.startswith(("Nej – det politiska beslutet", "No – the political decision"))
    assert "regionfullmäktige" in lead and body in lead


def test_a_decision_date_claimed_is_not_confirmed(engine: AnswerEngine) -> None:
    lead = _lead(engine, "Jag trodde regionstyrelsen tar beslutet om RUS i oktober. Stämmer det?")
    assert "inget datum för beslutet" in lead


def test_a_signature_naming_a_board_is_not_the_decider(engine: AnswerEngine) -> None:
    lead = _lead(engine, 'Fråga från vår kommunstyrelseordförande: "Ska Länsstyrelsen godkänna RUS?" Stämmer det?')
    assert "Länsstyrelsen" in lead and "kommunstyrelse" not in lead


def test_the_region_said_to_decide_everything_is_a_no_with_the_partnerships_part(engine: AnswerEngine) -> None:
    lead = _lead(engine, "Vi tror att regionen bestämmer allt själv. Stämmer det?")
    assert lead.startswith("Nej – inte allt: Partnerskapet för regional utveckling beslutar om vad som ska uppdateras")


@pytest.mark.parametrize("question", [
    "Nämnderna tar väl ställning innan remissen?",
    "Sker den politiska förankringen före remissen, eller hur?",
])
def test_a_step_said_to_come_before_an_earlier_one_is_a_no_in_the_timelines_order(engine: AnswerEngine,
                                                                                  question: str) -> None:
    lead = _lead(engine, question)
    assert lead.startswith("Nej – enligt tidplanen kommer remiss")


def test_the_right_order_is_not_contradicted(engine: AnswerEngine) -> None:
    assert not _lead(engine, "Kommer remissen väl före den politiska förankringen?").startswith("Nej")


def test_responses_said_to_go_straight_to_the_council_is_a_no_with_the_steps(engine: AnswerEngine) -> None:
    lead = _lead(engine, "Går remissen rakt till fullmäktige för beslut, va?")
    assert lead.startswith("Nej – inte direkt") and "förankring med partnerskapet" in lead


def test_the_partnership_said_to_have_no_part_after_the_consultation_is_a_no(engine: AnswerEngine) -> None:
    lead = _lead(engine, "Jag har förstått att partnerskapet inte har någon roll alls efter remissen?")
    assert lead.startswith("Nej – efter remissen") and "förankring med partnerskapet" in lead


def test_the_partnership_said_to_vote_in_the_council_is_a_no(engine: AnswerEngine) -> None:
    lead = _lead(engine, "Det sägs att partnerskapet röstar om strategin i regionfullmäktige. Är det korrekt?")
    assert lead.startswith("Nej – partnerskapet består av tjänstepersoner")


def test_a_driver_given_another_period_is_a_no_with_the_materials(engine: AnswerEngine) -> None:
    lead = _lead(engine, "Min kollega säger att programperioden för strukturfonderna är 2022-2027. Stämmer det?")
    assert lead.startswith("Nej – enligt underlaget") and "2021–2028" in lead


def test_the_consultation_given_other_months_is_a_no(engine: AnswerEngine) -> None:
    lead = _lead(engine, "Stämmer det att remisstiden är från april till och med juni?", (2021, 3, 1))
    assert lead.startswith("Nej") and "mitten av juni" in lead


def test_a_claim_in_a_story_before_another_question_still_leads(engine: AnswerEngine) -> None:
    text = engine.answer("Jag har hört att remissen bara går till kommunerna. Vem fattar sedan beslutet?",
                         at(2021, 5, 10)).text
    assert text.startswith("Nej – remissen går till") and "regionfullmäktige" in text


@pytest.mark.parametrize("question", ["Vem beslutar om RUS?", "När är remissen?", "Vilka får remissen?",
                                      "Vad händer efter remissen?"])
def test_plain_questions_get_no_correction(engine: AnswerEngine, question: str) -> None:
    assert not _lead(engine, question).startswith(("Nej", "No "))


def test_months_inside_the_consultation_are_not_contradicted(engine: AnswerEngine) -> None:
    assert not _lead(engine, "Pågår remissen i juli och augusti, va?", (2021, 3, 1)).startswith("Nej")


@pytest.mark.parametrize("question", ["Har Handelskammaren någon beslutande roll i uppdateringen?",
                                      "Does RF-SISU have decision-making power over the strategy?"])
def test_a_member_asked_about_a_deciding_role_gets_none_of_its_own(engine: AnswerEngine, question: str) -> None:
    lead = _lead(engine, question)
    assert lead.startswith(("Underlaget ger inte", "The material gives")) and "regionfullmäktige" in lead


@pytest.mark.parametrize("question", ["Bildningsförbundet sitter väl inte med i partnerskapet?",
                                      "Ingår inte Handelskammaren i partnerskapet?"])
def test_a_member_asked_in_the_negative_gets_jo(engine: AnswerEngine, question: str) -> None:
    assert _lead(engine, question).startswith("Jo, ")


@pytest.mark.parametrize("question", ["Är Handelskammaren med i partnerskapet eller inte?",
                                      "Vi vet inte säkert. Är Handelskammaren med i partnerskapet?"])
def test_a_member_asked_plainly_gets_ja(engine: AnswerEngine, question: str) -> None:
    assert _lead(engine, question).startswith("Ja, ")


def test_a_claimed_extension_is_not_refuted_but_said_not_to_be_in_the_material(engine: AnswerEngine) -> None:
    lead = _lead(engine, "Jag fick höra att remisstiden förlängts till december på kommunernas önskemål. Stämmer det?",
                 (2021, 7, 1))
    assert lead.startswith("Det står inte i underlaget att remisstiden har förlängts")


def test_a_month_in_the_story_is_not_the_consultations(engine: AnswerEngine) -> None:
    text = engine.answer("Vi träffades i februari och sa att remissen nog går hela september. Blev det så?",
                         at(2021, 3, 1)).text
    assert not text.startswith("Nej")


def test_the_council_said_to_decide_what_is_updated_is_a_no_with_the_partnerships_part(engine: AnswerEngine) -> None:
    lead = _lead(engine, "Vi trodde att RF bestämmer vad som ska ändras i strategin. Stämmer det?")
    assert lead.startswith("Nej – Partnerskapet för regional utveckling beslutar om vad som ska uppdateras")


def test_a_claim_asked_as_am_i_wrong_is_not_answered_no(engine: AnswerEngine) -> None:
    lead = _lead(engine, "Jag trodde att remissen bara går till kommunerna, har jag fel?")
    assert lead.startswith("Ja, det stämmer inte: remissen går till")


@pytest.mark.parametrize("question", ["Står KC i KC/RD för regionfullmäktige?", "kc/rd = regionfullmäktige?"])
def test_an_abbreviation_guessed_as_the_council_is_not_confirmed(engine: AnswerEngine, question: str) -> None:
    text = engine.answer(question, at(2021, 5, 10)).text
    assert text.startswith("Det har underlaget inget stöd för: där förkortas regionfullmäktige RF.")
    assert "Vad KC/RD står för förklaras inte i underlaget" in text and "Det vet jag inte" not in text


def test_the_councils_own_abbreviation_is_not_contradicted(engine: AnswerEngine) -> None:
    assert engine.answer("Betyder RF regionfullmäktige?", at(2021, 5, 10)).text.startswith("RF står för")
