"""Round 22: words that are no organisation's name – an adverb beside a membership verb ("formellt", "formally") and
an indefinite pronoun opening a told claim ("Någon sa att …", "Nån sa att …") – are never answered as a non-member
("Nej, **Formellt** är inte med …", blind batch 41 #34, #92)."""
from __future__ import annotations

import datetime as dt

import pytest

from rusbot.answers.engine import AnswerEngine
from rusbot.clock import STOCKHOLM

APRIL = dt.datetime(2021, 4, 20, 10, tzinfo=STOCKHOLM)


@pytest.mark.parametrize("question", [
    "Vilka kommuner ingår officiellt i partnerskapet?",
    "Vilka organisationer ingår formellt i RUS-partnerskapet?",
    "Is RF-SISU formally a member of the partnership?",
    "Är bildningsförbundet officiellt med?",
])
def test_an_adverb_of_membership_is_no_name(engine: AnswerEngine, question: str) -> None:
    text = engine.answer(question, APRIL).text
    assert "inte med" not in text and "not a member" not in text
    assert "Formellt" not in text and "formally**" not in text and "Officiellt" not in text


@pytest.mark.parametrize("question", [
    "Någon på mötet sa att remissen bara skickas till kommunerna, stämmer det?",
    "Nån påstod att remissen bara går till kommunerna. Är det så?",
    "Somebody told me the consultation only goes to the municipalities – is that right?",
])
def test_a_pronoun_telling_a_claim_is_no_name(engine: AnswerEngine, question: str) -> None:
    text = engine.answer(question, APRIL).text
    assert text.startswith(("Nej", "No")), text
    assert "**Någon**" not in text and "**Nån**" not in text and "**Somebody**" not in text


def test_a_stranger_after_a_pronoun_is_still_the_name_asked_about(engine: AnswerEngine) -> None:
    text = engine.answer("Nån sa att Arbetsförmedlingen är med i partnerskapet?", APRIL).text
    assert text.startswith("Nej, **Arbetsförmedlingen** är inte med")


# -- claims the plan contradicts or does not make ------------------------------------------------------------------
@pytest.mark.parametrize("question", [
    "Jag har fått för mig att partnerskapet fattar det slutgiltiga beslutet om RUS i fullmäktige, stämmer det?",
    "Antar partnerskapet väl den nya strategin i höst?",
])
def test_the_partnership_said_to_adopt_is_corrected(engine: AnswerEngine, question: str) -> None:
    text = engine.answer(question, APRIL).text
    assert text.startswith("Nej – det slutliga, politiska beslutet"), text
    assert "regionfullmäktige" in text and "vad som ska uppdateras" in text


def test_the_partnership_deciding_what_is_updated_stays_a_yes(engine: AnswerEngine) -> None:
    text = engine.answer("Det är väl partnerskapet som bestämmer vad som ska uppdateras?", APRIL).text
    assert not text.startswith("Nej")


@pytest.mark.parametrize("question", [
    "Jag har hört att Handelskammaren driver uppdateringen av RUS, är det så?",
    "Someone said Örebro universitet is in charge of the review. Correct?",
])
def test_a_member_said_to_lead_the_work_is_not_confirmed(engine: AnswerEngine, question: str) -> None:
    text = engine.answer(question, APRIL).text
    assert text.startswith(("Nej – det står inte i underlaget att", "No – the material does not say that")), text
    assert "regionledningen" in text.lower() or "regional leadership" in text


@pytest.mark.parametrize("question", [
    "Vi har förstått att remissen skickas till alla invånare i länet, stämmer det?",
    "I heard the consultation is sent to all businesses in the county – true?",
])
def test_a_consultation_said_to_go_beyond_the_partnership_is_corrected(engine: AnswerEngine, question: str) -> None:
    text = engine.answer(question, APRIL).text
    assert text.startswith(("Nej – enligt tidplanen är det en remiss till", "No – according to the timeline")), text
