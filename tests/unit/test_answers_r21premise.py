"""Round 21: false premises refuted first and no stray "Ja" – a body put forward in a sentence of its own, the asker
as decider, a claim told by someone else, two claims in one sentence, a member said to be left out, a dated step
told as moved, input said to belong to the consultation, a wrong date before the questions of a many-part message.
New wordings, not the blind batches' own."""
from __future__ import annotations

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at


def test_a_body_put_forward_after_a_who_question_is_refuted(engine: AnswerEngine) -> None:
    text = engine.answer("Vem fattar beslut om den uppdaterade strategin? Är det kommunfullmäktige?",
                         at(2021, 5, 3)).text
    assert text.startswith("Nej – det politiska beslutet") and "regionfullmäktige" in text
    assert "\n\nJa" not in text


def test_the_asker_as_decider_gets_no_yes(engine: AnswerEngine) -> None:
    text = engine.answer("Är det jag som kontaktperson som bestämmer vad som ska uppdateras?", at(2021, 2, 15)).text
    assert text.startswith("Nej – Partnerskapet för regional utveckling beslutar om vad som ska uppdateras")


def test_a_claim_someone_insisted_on_is_refuted_without_an_unknown_outcome(engine: AnswerEngine) -> None:
    text = engine.answer("En kollega påstod att det är universitetet som tar det slutliga beslutet om RUS. Vi blev "
                         "lite förvirrade. Vem beslutar?", at(2021, 6, 1)).text
    assert text.startswith("Nej – ") and "inte av Örebro universitet" in text
    assert "om det har skett" not in text


def test_two_claims_in_one_sentence_are_both_refuted(engine: AnswerEngine) -> None:
    text = engine.answer("Vår ordförande har fått för sig att regionstyrelsen tar beslutet i november och att "
                         "partnerskapet inte har något att säga till om efter remissen. Bekräfta eller dementera?",
                         at(2021, 10, 4)).text
    paragraphs = text.split("\n\n")
    assert paragraphs[0].startswith("Nej – det politiska beslutet") and "regionstyrelsen nämns inte" in paragraphs[0]
    assert paragraphs[1].startswith("Nej – efter remissen") and "förankring med partnerskapet" in paragraphs[1]
    assert "Ingen av dem" not in text and "organisation" not in text


def test_the_structure_said_to_be_redone_is_refuted(engine: AnswerEngine) -> None:
    text = engine.answer("Vi har hört att strukturen i strategin ska byggas om från grunden. Stämmer det?",
                         at(2021, 1, 12)).text
    assert text.startswith("Nej – ") and "strukturen i nuvarande RUS behålls" in text
    assert not any(p.strip().endswith(":") and p.startswith("Ja") for p in text.split("\n\n"))


def test_a_municipality_said_to_be_left_out_is_refuted_beside_a_yes(engine: AnswerEngine) -> None:
    text = engine.answer("Is Handelskammaren in the partnership? And Laxå isn't part of it, right?",
                         at(2021, 3, 2)).text
    assert "Handelskammaren" in text.split("\n\n")[0]
    assert "No – Laxå is one of the 12 municipalities" in text or "No – **Laxå** is a member" in text
    text = engine.answer("RF-SISU sitter med, eller hur? Men Ljusnarsberg ingår väl inte eftersom de ligger så långt "
                         "bort?", at(2021, 3, 2)).text
    assert ("Nej – Ljusnarsberg är en av de 12 kommunerna" in text or "Jo, **Ljusnarsberg** är med" in text) and (
        "RF-SISU" in text)
    text = engine.answer("Does RF-SISU take part? Also Kumla – that's outside the county, isn't it, so they're not "
                         "included?", at(2021, 3, 2)).text
    assert "RF-SISU" in text.split("\n\n")[0] and "No – Kumla is one of the 12 municipalities" in text


def test_a_step_told_as_moved_keeps_the_plans_date(engine: AnswerEngine) -> None:
    text = engine.answer("Någon sa att avstämningen med partnerskapet har flyttats till 25 mars. Vad ska vi ha "
                         "med oss dit?", at(2021, 2, 20)).text
    assert text.startswith("Underlaget anger 11 mars 2021") and "inte 25 mars" in text
    assert "står inte i underlaget" in text


def test_input_on_what_to_update_is_not_the_consultations(engine: AnswerEngine) -> None:
    text = engine.answer("Vi tycker till om vad som ska uppdateras under remissen i augusti, det är väl rätt "
                         "tillfälle?", at(2021, 1, 25)).text
    assert text.startswith("Nej – vad som ska uppdateras identifieras i fas 1")


def test_a_wrong_start_before_the_questions_is_corrected_first(engine: AnswerEngine) -> None:
    text = engine.answer("Remissen öppnade ju den 3 juni, så vi är mitt i den. Hur många veckor återstår? Och vem "
                         "hos oss ska skriva svaret?", at(2021, 8, 9)).text
    assert text.startswith("Nej – remissen gick enligt tidplanen ut i mitten av juni")


def test_now_that_the_council_has_decided_is_refuted(engine: AnswerEngine) -> None:
    text = engine.answer("Nu när regionfullmäktige har beslutat om RUS, när publiceras den?", at(2021, 5, 20)).text
    assert text.startswith("Nej – enligt tidplanen kommer politiskt beslut i regionfullmäktige först efter remissen")


def test_a_where_question_is_still_no_claim(engine: AnswerEngine) -> None:
    # "Var" (where) must stay a question; only "Vår …" stopped being read as one.
    text = engine.answer("Var hittar jag tidplanen?", at(2021, 3, 1)).text
    assert not text.startswith("Nej")
