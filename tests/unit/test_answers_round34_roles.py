"""Issue 9, round 34 (r34-roles), after batches 67–68: roles and membership. Which body decided what is updated,
asked in the past tense (no "don't know whether it happened" first); the municipalities' own board ("KS") asked as a
decider; whether the partners see the final version; the members' list asked beside one member's yes; a member asked
of as the channel for others ("representeras vi via …?"); a member's expected consultation response beside who
decides; a claim that the region runs over the municipalities; who set the pace. Asked in other words than those
batches (b67 #2, #26, #83; b68 #5, #9, #28, #95)."""

from __future__ import annotations

import pytest

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at

_ROLE = ("beslutar om vad som ska uppdateras", "decides what is to be updated")


@pytest.mark.parametrize("question", [
    "Was it the region or the partnership that decided what to update?",
    "Vem bestämde vad som skulle uppdateras – regionen eller partnerskapet?",
    "who decided which parts would be changed, the partnership or the region?",
    "Var det regionen eller partnerskapet som beslutade vilka delar som skulle uppdateras?",
])
def test_which_body_decided_what_is_updated_no_unknown_first(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 11, 23))
    assert a.text.startswith(("Partnerskapet för regional utveckling beslutar", "The Partnership for Regional "
                              "Development decides")), a.text
    assert "vet jag inte" not in a.text and "I don't know" not in a.text, a.text


def test_outcome_still_unknown_first(engine: AnswerEngine) -> None:
    a = engine.answer("Har regionfullmäktige beslutat om RUS?", at(2021, 12, 20))
    assert a.text.startswith("Det vet jag inte"), a.text


@pytest.mark.parametrize("question", [
    "Ska KS i kommunerna också fatta beslut om RUS innan den klubbas?",
    "Behöver KF i varje kommun anta den nya RUS:en, eller räcker det att regionen beslutar?",
    "Måste vår kommuns KS besluta om den uppdaterade strategin innan den antas?",
])
def test_municipal_board_written_short_is_a_municipal_decision(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 10, 4))
    assert a.text.startswith("Det står inte i underlaget att kommunernas"), a.text


@pytest.mark.parametrize("question", [
    "Will we get to see the final version before the regional council decides?",
    "får partnerskapet läsa den slutliga texten innan RF beslutar?",
    "Vem beslutar om RUS? Och kommer vi få ta del av slutversionen innan beslut?",
])
def test_final_version_seen_is_answered(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 10, 4))
    assert "slutversionen står inte i underlaget" in a.text or "final version as such" in a.text, a.text
    assert "vet jag inte" not in a.text, a.text


@pytest.mark.parametrize(("question", "member"), [
    ("Vilka organisationer är medlemmar, och ingår Handelskammaren?", "Handelskammaren"),
    ("Jag vill gärna veta vilka som ingår i partnerskapet samt om universitetet är med.", "Örebro universitet"),
    ("vilka aktörer sitter med i partnerskapet o är RF-SISU en av dem", "RF-SISU"),
])
def test_members_listed_beside_one_members_yes(engine: AnswerEngine, question: str, member: str) -> None:
    a = engine.answer(question, at(2021, 1, 19))
    assert a.text.startswith("Partnerskapet för regional utveckling har 18 medlemmar"), a.text
    assert f"Ja, **{member}** är med" in a.text, a.text


def test_one_member_asked_alone_gets_its_yes_alone(engine: AnswerEngine) -> None:
    a = engine.answer("Är Kumla med i partnerskapet?", at(2021, 1, 19))
    assert a.text == "Ja, **Kumla** är med i Partnerskapet för regional utveckling.", a.text


@pytest.mark.parametrize(("question", "member"), [
    ("Sitter studieförbunden med själva, eller representeras de av Örebro läns bildningsförbund?",
     "Örebro läns bildningsförbund"),
    ("företräds företagen genom handelskammaren i partnerskapet eller sitter de med själva?", "Handelskammaren"),
    ("Does RF-SISU speak for the local sports clubs in the partnership?", "RF-SISU"),
])
def test_member_as_channel_for_others(engine: AnswerEngine, question: str, member: str) -> None:
    a = engine.answer(question, at(2021, 2, 9))
    assert f"**{member}**" in a.text, a.text
    assert "står inte i underlaget" in a.text or "is not in the material" in a.text, a.text
    assert not a.text.startswith(("Ja, **", "Yes, **")), a.text


@pytest.mark.parametrize(("question", "member"), [
    ("Jag ber om besked huruvida Örebro universitet förväntas inkomma med remissyttrande samt vilket organ som fattar "
     "det slutgiltiga beslutet.", "Örebro universitet"),
    ("Jag vill veta två saker: om Handelskammaren förväntas avge remissvar, och vilket organ som fattar beslutet.",
     "Handelskammaren"),
    ("Undertecknad önskar besked om huruvida Länsstyrelsen förväntas inkomma med ett yttrande, samt vilket organ som "
     "antar strategin.", "Länsstyrelsen"),
])
def test_member_expected_response_beside_who_decides(engine: AnswerEngine, question: str, member: str) -> None:
    a = engine.answer(question, at(2021, 4, 28))
    assert f"där **{member}** är med" in a.text, a.text
    assert "regionfullmäktige" in a.text.lower(), a.text


@pytest.mark.parametrize("question", [
    "känns som att regionen kör över oss kommuner igen med den här RUS-grejen, eller?",
    "Isn't the region just steamrolling the municipalities with this update?",
    "Vi i Kumla är trötta på att regionen bestämmer över huvudet på kommunerna. Vad händer nu med RUS?",
])
def test_run_over_claim_met_with_the_partnership(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2020, 12, 10))
    assert "12 kommuner" in a.text or "12 municipalities" in a.text, a.text
    assert any(r in a.text for r in _ROLE), a.text


@pytest.mark.parametrize("question", [
    "who decided this crazy pace?",
    "vem har bestämt tidplanen egentligen",
    "Jag undrar vems idé det var att allt ska gå så snabbt, det är ju knappt tid att läsa in sig.",
])
def test_who_set_the_pace(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 3, 3))
    assert a.text.startswith(("Vem som bestämde tidplanen", "Who set the timeline")), a.text
    assert "KC/RD" in a.text and "2021" in a.text, a.text


def test_who_decides_rus_keeps_the_council(engine: AnswerEngine) -> None:
    a = engine.answer("Vem beslutar om RUS?", at(2021, 3, 3))
    assert a.text.startswith("Regionfullmäktige (RF) fattar"), a.text


@pytest.mark.parametrize(("question", "lead"), [
    ("Is Handelskammaren a member, and which other organisations are in it?", "Yes, **Handelskammaren**"),
    ("ingår länsstyrelsen? och vilka andra aktörer är med?", "Ja, **Länsstyrelsen**"),
    ("Kan ni bekräfta att RF-SISU ingår i partnerskapet, och vilka övriga organisationer som ingår?",
     "Ja, **RF-SISU**"),
])
def test_member_asked_first_keeps_its_yes_first_then_the_list(engine: AnswerEngine, question: str, lead: str) -> None:
    a = engine.answer(question, at(2021, 1, 19))
    assert a.text.startswith(lead), a.text
    assert "18" in a.text and "Region Örebro län" in a.text, a.text
