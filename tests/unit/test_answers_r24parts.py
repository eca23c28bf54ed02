"""Round 24, batches 45/46: a part of a message left out without a word — a question after the "?" of the first one
(no "?" of its own), and a yes/no question opened by a verb such as "pågår"/"has" read without conviction."""
from __future__ import annotations

import datetime as dt
import re

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at


def test_a_question_after_the_only_question_mark_is_answered(engine: AnswerEngine) -> None:
    text = engine.answer("är avstämningen gjord? va är det för fas nu", at(2021, 3, 20)).text
    assert "11 mars 2021" in text, text
    assert "**Fas 2**" in text, text


def test_a_question_without_its_mark_read_as_the_answered_one_adds_nothing(engine: AnswerEngine) -> None:
    before = engine.answer("status på inspelen?", at(2021, 3, 1)).text
    text = engine.answer("status på inspelen? hur många har lämnat nåt", at(2021, 3, 1)).text
    assert text.count("**status**") == before.count("**status**"), text


def test_a_yes_no_question_opened_by_an_unusual_verb_is_not_dropped(engine: AnswerEngine) -> None:
    text = engine.answer("Jag var bortrest när partnerskapet hade avstämning den 11 april. Var finns det som "
                         "sades där? Och pågår arbetet i fas 1 ännu så vi hinner tycka till?", at(2021, 4, 22)).text
    assert "inte den 11 april 2021" in text, text
    assert "”pågår arbetet i fas 1 ännu så vi hinner tycka till?” – det kan jag inte svara säkert på" in text, text


def test_a_piece_read_off_topic_without_conviction_gets_the_near_reading(engine: AnswerEngine) -> None:
    # The model's reading of the piece is made up here: off-topic at 0.5, the members near it at 0.45.
    from dataclasses import replace

    from rusbot.answers.engine import Understanding

    piece = "Vilka organisationer är med i partnerskapet"
    u = engine.understand(piece, dt.date(2021, 5, 18))
    u = replace(u, intent="out_of_scope", confidence=0.5, sure=True,
                ranked=(("out_of_scope", 0.5), ("partnership", 0.45), ("decision", 0.02)))
    assert isinstance(u, Understanding)
    said = "Jag känner inte till något kommande möte."
    near = engine._near_reading(piece, u, said, {"check_in"}, dt.date(2021, 5, 18), "sv")
    assert near is not None and "Handelskammaren" in near.text, near
    # Not when the off-topic reading has conviction, nor when the near one is far below it.
    assert engine._near_reading(piece, replace(u, confidence=0.85), said, {"check_in"}, dt.date(2021, 5, 18),
                                "sv") is None
    far = replace(u, ranked=(("out_of_scope", 0.5), ("partnership", 0.2)))
    assert engine._near_reading(piece, far, said, {"check_in"}, dt.date(2021, 5, 18), "sv") is None


def test_a_feature_piece_naming_no_topic_is_answered_beside_a_long_reply(engine: AnswerEngine) -> None:
    text = engine.answer("Hej! Vi har KS i augusti och sen inte förrän i november. Hinner vi behandla remissvaret "
                         "politiskt om sista dagen är 30 september? Kan vi få anstånd? Och hur skickar vi in svaret, "
                         "via boten?", at(2021, 6, 20)).text
    assert "**anstånd**" in text, text
    assert "välj **Skicka in**" in text, text


def test_how_long_ago_the_last_day_was_is_counted(engine: AnswerEngine) -> None:
    text = engine.answer("Remissen är väl slut nu? Hur länge sedan var sista dagen?", at(2021, 10, 10)).text
    # Either the count leads (the counts answerer) or it follows the last day; both say how long ago.
    assert re.search(r"[Ff]ör \*{0,2}10 dagar\*{0,2} sedan", text), text
    text = engine.answer("How long ago did the consultation close?", at(2021, 10, 10)).text
    assert re.search(r"\*{0,2}10 days\*{0,2} ago", text), text


def test_how_the_bot_works_asked_beside_a_command_is_answered(engine: AnswerEngine) -> None:
    text = engine.answer("Hej! Jag ska hjälpa till med remissarbetet i höst. Hur funkar boten egentligen? Kan jag "
                         "skriva status för att se vilka kommuner som har svarat?", at(2021, 9, 14)).text
    assert "**status**" in text, text
    assert "Jag kan svara på frågor om" in text, text


def test_reminders_asked_for_in_a_new_channel_instead_name_the_command(engine: AnswerEngine) -> None:
    text = engine.answer("Hur gör jag så att påminnelserna kommer i vår nya projektkanal i stället?",
                         at(2021, 6, 30)).text
    assert text.startswith("Skriv **påminnelser här**"), text
