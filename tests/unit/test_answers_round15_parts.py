"""Issue 9, round 15: a long message (a story, then two or three questions, or a claim heard and "Stämmer det?") has
each of its questions answered in order, the story left out; a part the bot is not sure of is left out without
spoiling the others. Wordings of our own, not the batches'."""

from __future__ import annotations

from dataclasses import replace

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at, first_sentence


def test_a_story_then_two_questions_answers_both_in_order(engine: AnswerEngine) -> None:
    a = engine.answer("Jag har nyss börjat på Hallsbergs kommun och ska bevaka RUS-arbetet åt förvaltningen. Min "
                      "företrädare lämnade inga anteckningar efter sig. Hur lämnar vi vårt remissvar i boten? Och vem "
                      "fattar det politiska beslutet om RUS till slut?", at(2021, 7, 5))
    assert a.text.startswith("Remissvaret lämnar")
    assert "Regionfullmäktige (RF) fattar det politiska beslutet" in a.text
    assert "Hallsberg" not in first_sentence(a.text)      # the story is not answered


def test_a_long_message_with_three_questions_answers_each(engine: AnswerEngine) -> None:
    q = ("Hej! Jag heter Kim och jobbar som planeringsstrateg på Askersunds kommun sedan några veckor. Vår "
         "kommundirektör har bett mig sätta mig in i översynen av den regionala utvecklingsstrategin, eftersom hen "
         "själv inte hinner gå på mötena i vår och jag ska rapportera tillbaka till ledningsgruppen varje månad. Jag "
         "har läst lite men saknar helheten. Varför görs översynen över huvud taget? Vilka organisationer sitter i "
         "partnerskapet? Och när är sista dagen för remissvaret?")
    assert len(q) > 400
    a = engine.answer(q, at(2021, 4, 20))
    why, members, deadline = a.text.index("mandatperiod"), a.text.index("RF-SISU"), a.text.index("30 september")
    assert why < members < deadline                          # in the order asked
    assert a.text.startswith("Hej! RUS ses över varje mandatperiod")
    assert "**Askersund** är med" not in a.text               # asked who sits there, not whether Askersund does


def test_a_claim_heard_then_stammer_det_then_a_follow_up(engine: AnswerEngine) -> None:
    a = engine.answer("Vi i Nora tänkte ta remissvaret i nämnden i december, för en kollega sa att remisstiden räcker "
                      "ända till jul. Stämmer det? Om inte, kan vi be om anstånd?", at(2021, 6, 28))
    first = first_sentence(a.text)
    assert first.startswith("Nej") and "30 september" in first     # the claim is corrected first
    assert "samordnarna" in a.text and "**anstånd**" in a.text     # then the follow-up is answered


def test_a_part_the_bot_is_unsure_of_does_not_spoil_the_sure_ones(engine: AnswerEngine) -> None:
    a = engine.answer("Jag sitter på Lekebergs kommun och förbereder nämnden inför hösten. När tar remissen slut? Vem "
                      "fattar beslutet om RUS till sist? Och hur lägger vi bäst upp jobbet med våra egna "
                      "förvaltningar?", at(2021, 5, 10))
    assert "30 september 2021" in first_sentence(a.text)
    assert "Regionfullmäktige (RF) fattar" in a.text
    assert "inte säker" not in a.text and "Menade du" not in a.text


def test_an_unsure_part_beside_a_sure_one_is_left_out(engine: AnswerEngine) -> None:
    today = at(2021, 5, 10).date()
    sure = engine.understand("När tar remissen slut?", today)
    unsure = replace(engine.understand("Hur blir det med grejen?", today), sure=False)
    a = engine._answer_parts([("När tar remissen slut", sure), ("Hur blir det med grejen", unsure)], today, "sv")
    assert "30 september 2021" in a.text and "inte säker" not in a.text and not a.confident


def test_a_short_message_of_two_questions_alone_is_read_whole(engine: AnswerEngine) -> None:
    a = engine.answer("sista dag för remissvar i dag? hur sent då?", at(2021, 9, 30))
    assert a.text.count("sista dag") == 1


def test_a_follow_up_pointing_back_is_read_with_the_sentence_before_it(engine: AnswerEngine) -> None:
    parts = engine._questions("Vi har hört att remissen stänger i augusti. Stämmer det? Och vem bestämmer till slut om "
                              "RUS?", at(2021, 5, 10).date(), engine.understand("x", at(2021, 5, 10).date()))
    assert parts and parts[0][0].startswith("Vi har hört att remissen stänger i augusti")
