"""Issue 9, after batches 87/88's first scores: their wrong and invented answers, each asked in other words.

- "… de sitter ju både i partnerskapet och …" named "Både" an organisation not in the partnership (b88 #50);
- "Är det kört nu?" while the consultation is open got "Ja, … pågår remissen nu" (b88 #62);
- "har vi fått några påminnelser?" got "Ja." before the bot's reminder settings, when none had gone out (b87 #66);
- "Flera har hört av sig. Ska de gå via oss?" got "Ja. Remissvaret är ett per organisation" (b88 #58)."""

from __future__ import annotations

import pytest

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at


@pytest.mark.parametrize("question", [
    "They are both in the partnership and decide, isn't that odd?",
    "Is the region both in the partnership and the decider? Who gave the mandate?",
    "Is the university both in the partnership and a respondent?",
    "Vad har regionen för roll i det här? De sitter ju både i partnerskapet och är de som bestämmer till slut. "
    "Blir inte det konstigt? Och vem gav uppdraget att göra översynen?",
])
def test_both_is_no_organisation(engine: AnswerEngine, question: str) -> None:
    text = engine.answer(question, at(2021, 7, 20)).text
    assert "**Både**" not in text and "both**" not in text.lower() and "**Both**" not in text, text


@pytest.mark.parametrize("question", [
    "är det kört för oss med remissen?",
    "e det kört nu me remissen",
    "Is it too late for us to answer the consultation?",
])
def test_all_over_while_open_is_a_no(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 8, 31))
    assert a.text.startswith(("Nej, inte än", "No, not yet")), a.text
    assert "30 september 2021" in a.text or "30 September 2021" in a.text


def test_all_over_after_the_period_keeps_the_plain_status(engine: AnswerEngine) -> None:
    # (Graded correct as it stands: the period is over, the coordinators grant extensions – no flat "Ja".)
    a = engine.answer("hann inte skicka in remissvaret igår. e det kört?", at(2021, 10, 1))
    assert a.text.startswith("Remisstiden är slut"), a.text


def test_short_period_is_not_all_over(engine: AnswerEngine) -> None:
    assert not engine.answer("Är det kort remisstid i år?", at(2021, 8, 31)).text.startswith("Nej, inte än")


@pytest.mark.parametrize("question", [
    "har ni fått nåra påminnelser från boten?",
    "Har jag fått någon påminnelse?",
    "Jag har varit borta i juli. Vad behöver jag göra nu, och har vi fått några påminnelser?",
    "Har vi fått några påminnelser medan jag var på semester? Vad är nästa steg?",
])
def test_whether_any_reminder_came_is_told_by_the_schedule(engine: AnswerEngine, question: str) -> None:
    text = engine.answer(question, at(2021, 8, 2)).text
    assert "Ja. Så här är boten inställd" not in text, text
    assert "Enligt schemat har ingen påminnelse om remissens sista dag (30 september 2021) gått ut än" in text, text
    assert "16 september 2021" in text


def test_reminders_gone_out_are_listed(engine: AnswerEngine) -> None:
    text = engine.answer("har vi fått några påminnelser om remissen?", at(2021, 9, 25)).text
    assert "gått ut 16 september 2021 och 23 september 2021" in text, text


@pytest.mark.parametrize("question", [
    "Får idrottsklubbar svara på remissen? Flera har frågat. Ska de skicka via oss?",
    "Hej, jag jobbar på RF-SISU. Är det bara partnerskapet som får svara på remissen, eller kan idrottsföreningar "
    "också skicka in? Flera har frågat. Ska de i så fall gå via oss?",
])
def test_routing_through_us_gets_no_yes(engine: AnswerEngine, question: str) -> None:
    text = engine.answer(question, at(2021, 8, 19)).text
    assert "Ja. Remissvaret är ett per organisation" not in text, text
    assert "Om andra ska lämna sina synpunkter via er organisation står inte i underlaget" in text, text


def test_several_writers_keep_their_yes(engine: AnswerEngine) -> None:
    assert engine.answer("Kan flera av oss skriva i samma remissvar?", at(2021, 8, 19)).text.startswith(
        "Ja. Remissvaret är ett per organisation")
