"""Issue 9, round 37 (after batches 77–78): the bot's own features asked of in partners' own words – what the
coordinators do, whether the bot remembers or is anonymous, a submitted response's record, a draft sent beside an
extension, and a project's funding not read as the response's extension. Asked in other words than those batches."""

from __future__ import annotations

import pytest

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at


@pytest.mark.parametrize("question", [
    "vad sysslar samordnarna med?",
    "vad har samordnarna för uppgift",
    "vad är samordnarnas roll?",
    "what's the coordinators' job?",
])
def test_what_the_coordinators_do_leads(engine: AnswerEngine, question: str) -> None:
    """(b78 #65: the stock contact line led, or the partnership's role answered.)"""
    a = engine.answer(question, at(2021, 8, 18))
    assert a.text.startswith(("Samordnarnas roll beskriver underlaget inte", "The material does not describe the "
                                                                             "coordinators' role")), a.text


@pytest.mark.parametrize("question", [
    "minns du vad vi pratade om igår?",
    "kommer du ihåg vad jag skrev sist?",
    "do you remember what I asked you last week?",
])
def test_remembering_an_earlier_question_is_answered(engine: AnswerEngine, question: str) -> None:
    """(b78 #17: the stock introduction, no answer.)"""
    a = engine.answer(question, at(2021, 2, 8))
    assert a.text.startswith(("Nej, vad du har frågat tidigare", "No, I cannot bring up")), a.text
    assert "**remissvar**" in a.text or "**response**" in a.text, a.text


@pytest.mark.parametrize("question", [
    "är mina meddelanden till boten anonyma?",
    "is this chat anonymous?",
    "är det anonymt att skriva här",
])
def test_anonymity_is_answered_from_the_features(engine: AnswerEngine, question: str) -> None:
    """(b78 #67: "Jag är inte säker på vad du menar".)"""
    a = engine.answer(question, at(2021, 8, 25))
    assert a.text.startswith(("Nej, inte anonymt", "No, not anonymous")), a.text


def test_a_polls_anonymity_stays_the_polls_answer(engine: AnswerEngine) -> None:
    a = engine.answer("är omröstningen anonym?", at(2021, 8, 25))
    assert "vem som röstat på vad" in a.text and "inte anonymt" not in a.text, a.text


@pytest.mark.parametrize("question", [
    "Vi skickade in vårt remissvar i september. Finns det kvar i boten och kan jag få en kopia till vårt arkiv?",
    "sparas vårt inskickade remissvar nånstans? behöver en kopia",
    "can I download a copy of the response we submitted?",
    "does the bot keep a record of our submitted consultation response?",
])
def test_a_submitted_responses_record(engine: AnswerEngine, question: str) -> None:
    """(b78 #93: "I don't know" where README answers: kept with receipt and history, the coordinators export.)"""
    a = engine.answer(question, at(2021, 11, 18))
    assert a.text.startswith(("Ja, ett inskickat remissvar sparas", "Yes, a submitted response is kept")), a.text
    assert "**export**" in a.text, a.text


@pytest.mark.parametrize("question", [
    "Our board meets 4 October, so we may be late. Can we get an extension? And is it OK to send a draft before that?",
    "can we get more time for the response? could we send you a draft in the meantime?",
    "We might be late because of our board. Who can give us an extension? May we hand in a draft before then?",
])
def test_a_draft_sent_beside_an_extension(engine: AnswerEngine, question: str) -> None:
    """(b77 #71: the draft part left out.)"""
    a = engine.answer(question, at(2021, 9, 15))
    assert "extension" in a.text and "draft" in a.text, a.text


@pytest.mark.parametrize("question", [
    "Kan vi få förlängd finansiering för vårt projekt genom RUS?",
    "Can our EU project get extended funding through RUS?",
    "går det att förlänga finansieringen av vårt projekt via rus?",
    "Hänger RUS ihop med gröna given? Vårt EU-projekt slutar i år, kan vi få förlängd finansiering via RUS?",
])
def test_funding_is_not_the_responses_extension(engine: AnswerEngine, question: str) -> None:
    """(b77 #69: "förlängd finansiering" answered with the response's extension.)"""
    a = engine.answer(question, at(2021, 9, 9))
    assert "Anstånd med remissvaret" not in a.text and "grant extensions" not in a.text, a.text
    assert "finansiering" in a.text or "funding" in a.text, a.text


@pytest.mark.parametrize("question", [
    "hur blir jag den som svarar på remissen för Kumla?",
    "I'm taking over from a colleague – how do I become the one who handles the consultation for Nora?",
    "how can I be the one responsible for Lekeberg's consultation response?",
])
def test_becoming_the_organisations_handler_is_the_link(engine: AnswerEngine, question: str) -> None:
    """(b78 #37: "Ja, Hallsberg får remissen" answered how to become the one handling it.)"""
    a = engine.answer(question, at(2021, 4, 8))
    assert a.text.startswith(("Skriv **organisation**", "Write **organisation**")), a.text


def test_how_to_respond_stays_how_to_respond(engine: AnswerEngine) -> None:
    a = engine.answer("hur svarar vi på remissen?", at(2021, 9, 1))
    assert "**organisation**" not in a.text.split("\n\n")[0], a.text


@pytest.mark.parametrize("question", [
    "kan du förklara steg för steg hur jag lämnar inspel? är helt ny på teams",
    "step by step, how do I submit input on what should be updated? never used a bot",
    "Jag har aldrig använt en bot. Hur lämnar jag ett inspel?",
])
def test_input_step_by_step_starts_with_the_organisation(engine: AnswerEngine, question: str) -> None:
    """(b77 #20: one step, "välj Nytt inspel", for someone never linked.)"""
    a = engine.answer(question, at(2021, 2, 25))
    assert "1. " in a.text and "**organisation**" in a.text and ("**Nytt inspel**" in a.text
                                                                  or "**New input**" in a.text), a.text


@pytest.mark.parametrize("question", [
    "Vi hann inte svara på remissen. Kan vi skicka in nu, och tas synpunkterna i så fall med?",
    "We missed the consultation deadline. Can we still send our response, and would our comments still be taken "
    "into account?",
    "vi är sena med remissvaret – går det fortfarande, och kommer det med i det som går till nämnderna?",
])
def test_late_comments_included_is_said_unknown(engine: AnswerEngine, question: str) -> None:
    """(b78 #82: whether late comments go into the version for the politicians was left out.)"""
    a = engine.answer(question, at(2021, 10, 6))
    assert "står inte i underlaget" in a.text or "is not in the material" in a.text, a.text
    assert "efter remisstiden" in a.text or "after the consultation's last day" in a.text, a.text


@pytest.mark.parametrize("question", [
    "vad är remissen egentligen?",
    "Hej, vad är remissen för något och kan vi svara som kommun?",
    "what's the consultation exactly, and can we answer as an organisation?",
])
def test_what_the_remiss_is_leads(engine: AnswerEngine, question: str) -> None:
    """(b78 #32: its opening day led, and responding as an institution was said uncertain.)"""
    a = engine.answer(question, at(2021, 3, 18))
    body = a.text.removeprefix("Hej! ")
    assert body.startswith(("En remiss är en formell konsultation", "A remiss is a formal consultation")), a.text
    if "svara som" in question or "answer as" in question:
        assert "**remissvar**" in a.text or "**response**" in a.text, a.text
