"""Issue 9, round 35 (after the scores of batches 69–70): who may do what. A joint response with other organisations
is not in the material (never a "Ja" read as colleagues writing together); a coordinator-only command asked as "kan
jag …?" leads with who may, not a bare "Ja"; a representative asking whether their sent response arrived is told of
the receipt, not that only the coordinators see it; an unsure question clearly about something else (sports, the
pandemic's rules) is declined as outside the material. Asked in other words than those batches (b69 #30, #80;
b70 #22, #80)."""

from __future__ import annotations

import pytest

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at


# -- a joint response with other organisations ------------------------------------------------------------------------
@pytest.mark.parametrize("question", [
    "Kan vi lämna remissvaret ihop med ABF och de andra studieförbunden?",
    "can we submit our consultation response together with the local sports clubs?",
    "Ska vi ta fram remissvaret tillsammans med de andra kommunerna i norra länsdelen?",
    "Är det möjligt för Nora att skriva remissvaret tillsammans med Lindesberg?",
])
def test_joint_response_with_other_organisations_not_known(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 7, 1))
    assert "Ja. Remissvaret är ett per organisation" not in a.text and not a.text.startswith("Yes"), a.text
    assert "nämns inte i underlaget" in a.text or "not mentioned in the material" in a.text, a.text


@pytest.mark.parametrize("question", [
    "Kan jag och min kollega skriva remissvaret tillsammans?",
    "vi är tre som ska skriva remissvaret ihop, går det?",
])
def test_colleagues_writing_together_still_yes(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 7, 1))
    assert a.text.startswith("Ja. Remissvaret är ett per organisation"), a.text


# -- a coordinator-only command asked as "kan jag …?" -----------------------------------------------------------------
@pytest.mark.parametrize(("question", "lead"), [
    ("Får jag ge Kumla anstånd till 20 oktober?", "Anstånd beviljar samordnarna: är du samordnare skriver du "
                                                  "**anstånd Kumla 2021-10-20**"),
    ("can I grant Nora an extension until 15 October?", "The coordinators grant extensions: if you are a coordinator, "
                                                        "write **extension Nora 2021-10-15**"),
    ("kan jag ge laxå anstånd till den 12 okt", "Anstånd beviljar samordnarna: är du samordnare skriver du "
                                                "**anstånd Laxå 2021-10-12**"),
    ("Kan jag köra status och se vilka som svarat?", "Det kan samordnarna – som samordnare skriver du **status**"),
    ("can i run status to see who answered", "The coordinators can – as a coordinator you write **status**"),
])
def test_coordinator_command_asked_as_may_i(engine: AnswerEngine, question: str, lead: str) -> None:
    a = engine.answer(question, at(2021, 9, 29))
    assert a.text.startswith(lead), a.text


def test_coordinator_saying_so_still_gets_yes(engine: AnswerEngine) -> None:
    a = engine.answer("Jag är samordnare, kan jag ge Kumla anstånd till 15 oktober?", at(2021, 9, 29))
    assert a.text.startswith("Ja. Som samordnare skriver du **anstånd Kumla 2021-10-15**"), a.text


# -- whether one's own sent response arrived --------------------------------------------------------------------------
@pytest.mark.parametrize("question", [
    "Vi har lämnat in vårt remissvar. Kan jag kolla att det har kommit fram?",
    "Hej, vi har skickat in vårt remissvar. Hur kan jag kontrollera att det har kommit fram ordentligt?",
    "Vi har skickat in remissvaret nu i morse. Hur kan jag se att det verkligen kommit fram?",
])
def test_own_response_arrived_told_by_the_receipt(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 9, 30))
    assert a.text.removeprefix("Hej! ").startswith("Att det kom fram ser ni på kvittot"), a.text


def test_who_has_answered_still_the_coordinators(engine: AnswerEngine) -> None:
    a = engine.answer("Vilka har skickat in sina remissvar?", at(2021, 9, 30))
    assert a.text.startswith("Det ser bara samordnarna"), a.text


# -- clearly off-topic, unsure reading --------------------------------------------------------------------------------
@pytest.mark.parametrize("question", [
    "när får juniorerna köra igång med matcher igen?? 😩⚽",
    "när kan vi ha tävlingar igen för ungdomarna 🙏",
    "när får knattarna spela turneringar igen?",
    "when can the kids start competing again?? 😩",
])
def test_off_topic_declined_not_unsure(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 2, 11))
    assert a.topic == "unknown", a.text
    assert a.text.startswith(("Det vet jag inte – det står inte i underlaget", "I don't know – that is not in the")), \
        a.text


def test_pandemic_in_the_process_still_answered(engine: AnswerEngine) -> None:
    a = engine.answer("Påverkar pandemin tidplanen för remissen?", at(2021, 2, 11))
    assert "Jag är inte säker" not in a.text and a.topic != "unknown", a.text
