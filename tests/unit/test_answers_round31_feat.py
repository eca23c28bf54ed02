"""Issue 9, round 31 (r31-feat): questions about the bot's own features answered with what README says of them
(the command table and the user sections), not a stock or neighbouring text (blind batches 61–62). Each test asks
in other words than those batches."""

from __future__ import annotations

import pytest

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at


@pytest.mark.parametrize("question", [
    "Går det att ladda ner tidsplanen som bild till min powerpoint?",
    "Finns tidplanen som pdf att dela med ledningen?",
    "Could I get the timeline as an image for my slides?",
    "kan jag exportera tidplanen till en presentation åt nämnden",
])
def test_timeline_as_a_picture_is_the_card_and_the_tab(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 5, 10))
    assert "**tidplan**" in a.text or "**timeline**" in a.text, a.text
    assert "Översikt" in a.text or "Overview" in a.text, a.text
    assert "samordnarna:" not in a.text and "status" not in a.text, a.text


@pytest.mark.parametrize(("question", "lead"), [
    ("vad ska boten användas till nu när remissen är över?", "Jag är boten"),
    ("och vad kan du användas till egentligen", "Jag är boten"),
    ("What will the bot be used for now that the strategy is done?", "I am the bot"),
])
def test_what_the_bot_is_used_for_says_what_it_does(engine: AnswerEngine, question: str, lead: str) -> None:
    a = engine.answer(question, at(2021, 12, 1))
    assert a.text.startswith(lead), a.text


@pytest.mark.parametrize("question", [
    "Hann vi lämna in vårt svar innan remissen stängde?",
    "skickade vi ens in remissvaret i tid eller?",
    "Was our response submitted before the consultation closed?",
])
def test_whether_our_response_went_in_is_what_remissvar_shows(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 10, 8))
    assert "**remissvar**" in a.text or "**response**" in a.text, a.text
    assert "Inskickat" in a.text or "Submitted" in a.text, a.text
    assert "30 september 2021" in a.text or "30 September 2021" in a.text, a.text


@pytest.mark.parametrize("question", [
    "Vem får remissen, och ska varje avdelning på Länsstyrelsen skicka sitt eget svar?",
    "Is the consultation open now, and is one response enough for our federation and all its members?",
    "När stänger remissen, och kan kommunen svara som en enda organisation för alla sina bolag?",
])
def test_how_many_responses_beside_another_question_is_one_per_organisation(engine: AnswerEngine,
                                                                            question: str) -> None:
    a = engine.answer(question, at(2021, 8, 20))
    assert "ett per organisation" in a.text or "one consultation response per organisation" in a.text, a.text
    assert "står inte i underlaget" in a.text or "not in the material" in a.text or "säger underlaget inget" in (
        a.text) or "says nothing" in a.text, a.text


@pytest.mark.parametrize("question", [
    "hur svarar vi på remissen när den kommer i juni?",
    "Hur skickar vi in remissvaret när remissen öppnar? Räcker det med tjänstepersoner?",
    "How do we answer the consultation once it opens? Do we need a council decision first?",
])
def test_how_to_respond_asked_first_is_told_first(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 5, 3))
    first = a.text.split("\n\n", 1)[0]
    assert "**Skicka in**" in first or "**Submit**" in first, a.text


@pytest.mark.parametrize("question", [
    "kan jag sätta på påminnelser för remissvaret innan semestern?",
    "går det att sätta på en påminnelse så vi inte missar sista dagen",
    "Can I switch on reminders so I don't forget the consultation?",
])
def test_turning_reminders_on_says_they_are_on_and_need_an_organisation(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 7, 6))
    assert "**påminn mig på**" in a.text or "**nudges on**" in a.text, a.text
    assert "**organisation**" in a.text, a.text
