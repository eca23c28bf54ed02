"""Issue 9, round 33 (r33-roles), after batches 65–66: roles and membership. A member's role asked beside its
membership ("decision-maker or just a member?", "vad gör vi där?"), a member the material does not describe ("vad är
RF-SISU?"), a municipality named as where the asker is ("studiecirklar i Nora"), whether the municipalities take part
at all, a wrong day for the check-in ("mötet den 12 mars"), and meeting the partnership after the consultation.
Asked in other words than those batches."""

from __future__ import annotations

import pytest

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at


@pytest.mark.parametrize("question", [
    "Är Handelskammaren beslutsfattare i processen eller bara medlem i partnerskapet?",
    "Is the university a decision maker or only a member?",
    "Jag jobbar på länsstyrelsen – har vi nån roll i partnerskapet eller är vi bara medlemmar?",
])
def test_either_role_or_member_gets_both_halves(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 3, 16))
    assert a.text.startswith(("Både och", "Both")), a.text
    assert "beslutar om vad som ska uppdateras" in a.text or "decides what is to be updated" in a.text, a.text
    assert "regionfullmäktige" in a.text.lower(), a.text


@pytest.mark.parametrize("question", [
    "Handelskammaren e med va? vad gör vi där egentligen",
    "Är universitetet med i partnerskapet och vad gör de där?",
    "Är Degerfors med i partnerskapet? Och vad gör vi där?",
])
def test_member_role_asked_is_told_after_the_yes(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 3, 16))
    assert a.text.startswith(("Ja, **", "Yes, **")), a.text
    assert "beslutar om vad som ska uppdateras" in a.text or "decides what is to be updated" in a.text, a.text


@pytest.mark.parametrize("question", [
    "vad är handelskammaren och varför sitter de med?",
    "Vad är Örebro universitet och varför är de med?",
    "vad e RF-SISU?",
])
def test_member_not_described_is_said_first(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 3, 22))
    assert a.text.startswith(("Underlaget beskriver inte", "The material does not describe")), a.text


@pytest.mark.parametrize("question", [
    "Hej, jag leder en studiecirkel i Kumla. Är bildningsförbundet med i partnerskapet?",
    "I work for the chamber of commerce office in Lindesberg – is Handelskammaren part of the partnership?",
    "Vi är ett idrottsförbund från Hallsberg, är RF-SISU med i partnerskapet?",
])
def test_municipality_named_as_a_place_gets_no_yes(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 1, 20))
    for place in ("Kumla", "Lindesberg", "Hallsberg"):
        assert f"**{place}**" not in a.text, a.text
    assert "Ja, **" in a.text or "Yes, **" in a.text, a.text


def test_municipality_asked_of_still_gets_its_yes(engine: AnswerEngine) -> None:
    a = engine.answer("Är Lekeberg med i partnerskapet?", at(2021, 1, 20))
    assert a.text.startswith("Ja, **Lekeberg**"), a.text


@pytest.mark.parametrize("question", [
    "Kommer regionen köra över oss igen eller får kommunerna faktiskt vara med och påverka?",
    "Will the municipalities be involved at all or is this the region's own show?",
    "Do the municipalities get to take part, or does the region decide it all alone?",
])
def test_municipalities_take_part_yes_first(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2020, 12, 21))
    assert a.text.startswith(("Ja", "Alla 12 kommuner", "Yes")), a.text
    assert "12" in a.text and " 1 " not in a.text, a.text
    assert "beslutar om vad som ska uppdateras" in a.text or "decides what is to be updated" in a.text, a.text


@pytest.mark.parametrize("question", [
    "Vad ska vi förbereda inför mötet den 12 mars?",
    "What should we bring to the meeting on 9 March?",
    "inför mötet den 10 mars – vad behöver vi läsa in oss på?",
])
def test_wrong_meeting_day_said_plainly(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 2, 25))
    assert "11 mars 2021, inte" in a.text or "11 March 2021 according to the timeline, not" in a.text or (
        "inte den 1" in a.text), a.text


def test_day_without_a_meeting_named_is_unchanged(engine: AnswerEngine) -> None:
    a = engine.answer("vad händer 12 mars?", at(2021, 2, 25))
    assert a.text.startswith("Tidplanen nämner inget särskilt den 12 mars 2021."), a.text


@pytest.mark.parametrize("question", [
    "Blir det nåt möte med partnerskapet i oktober?",
    "kommer partnerskapet att träffas igen i höst?",
    "Ska vi ha avstämning med partnerskapet någon gång i november?",
])
def test_anchoring_with_partnership_after_consultation_told(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 8, 25))
    assert "förankras med partnerskapet" in a.text, a.text


def test_meeting_before_the_consultation_closes_gets_no_anchoring(engine: AnswerEngine) -> None:
    a = engine.answer("blir det nåt möte med partnerskapet i juli", at(2021, 6, 25))
    assert "förankras med partnerskapet" not in a.text, a.text


@pytest.mark.parametrize("question", [
    "Vem fattar det slutliga beslutet om RUS – regionstyrelsen?",
    "who takes the final decision on the strategy, the county board?",
    "vem bestämmer till slut, är det länsstyrelsen?",
])
def test_guessed_decider_refuted_first(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 2, 22))
    assert a.text.startswith(("Nej – inte", "No – not")), a.text
    assert "regionfullmäktige" in a.text.lower(), a.text


def test_guessed_council_agreed_with(engine: AnswerEngine) -> None:
    a = engine.answer("vem beslutar om RUS – regionfullmäktige?", at(2021, 2, 22))
    assert a.text.startswith("Ja – regionfullmäktige"), a.text


def test_who_decides_and_when_is_no_guess(engine: AnswerEngine) -> None:
    a = engine.answer("vem beslutar om RUS, och när?", at(2021, 2, 22))
    assert not a.text.startswith(("Nej", "Ja")), a.text


@pytest.mark.parametrize(("question", "member"), [
    ("Hej, jag är på Länsstyrelsen. Är vi med i partnerskapet, eller är det Naturvårdsverket?", "Länsstyrelsen"),
    ("RF-SISU här. Är vi med, eller är det Riksidrottsförbundet som sitter i partnerskapet?", "RF-SISU"),
    ("Karlskoga kommun: är vi med i partnerskapet eller bara Region Värmland?", "Karlskoga"),
])
def test_own_member_yes_before_the_other_name(engine: AnswerEngine, question: str, member: str) -> None:
    a = engine.answer(question, at(2021, 5, 20))
    assert a.text.removeprefix("Hej! ").startswith(f"Ja, **{member}** är med"), a.text


def test_stranger_alone_still_gets_no(engine: AnswerEngine) -> None:
    a = engine.answer("Är Riksidrottsförbundet med i partnerskapet?", at(2021, 5, 20))
    assert a.text.startswith("Nej, **Riksidrottsförbundet**"), a.text


@pytest.mark.parametrize("question", [
    "Vem beslutar om strategin? Och kan vi i kommunen stoppa den?",
    "Who takes the decision on RUS? Can we stop it?",
    "Vem fattar beslutet om RUS? Kan vi stoppa det?",
])
def test_stopping_the_strategy_is_not_stopping_reminders(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 2, 22))
    assert "påminn" not in a.text and "reminders" not in a.text, a.text
    assert "står inte i underlaget" in a.text or "is not in the material" in a.text, a.text


@pytest.mark.parametrize("question", ["kan vi stoppa påminnelserna?", "Can you stop the reminders?"])
def test_stopping_reminders_still_told(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 2, 22))
    assert "**påminn mig av**" in a.text or "**nudges off**" in a.text, a.text


@pytest.mark.parametrize("question", [
    "Berör RUS mitt företag?",
    "jag har en liten firma i kumla, vad är rus och påverkar det min firma nåt?",
    "Does the strategy affect our business in any way?",
])
def test_firm_concerned_is_said_not_known(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 3, 23))
    assert "säger inte underlaget" in a.text or "is not in the material" in a.text, a.text
    assert "Handelskammaren" in a.text, a.text


@pytest.mark.parametrize("question", [
    "Vad ska vi förbereda inför mötet den 12 mars?",
    "What should we prepare for the meeting on 9 March?",
    "Our new colleague wants to know what to prepare before the meeting on 12 March?",
])
def test_preparation_told_with_the_corrected_day(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 2, 25))
    assert "Förbered: " in a.text or "Prepare: " in a.text, a.text
