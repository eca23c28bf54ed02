"""Issue 9, round 35 (claims): answers to the partners' own wording of a premise or a yes/no.

- Why RUS is "redone" (b73 #3, b74 #3): the premise of a new RUS is corrected first – an update that keeps the
  structure – before the reasons (every mandate period, the events in the world).
- A weekday of one's own set against the consultation's last day (b74 #73): "Hinner vi … på måndag?" is a yes,
  not the text on extensions; "för sent …?" asked the other way round gets "Nej, inte för sent".
"""

from __future__ import annotations

import pytest

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at


@pytest.mark.parametrize("question, lead", [
    ("Varför ska RUS göras om nu? vi har ju en", "Det är inte en ny RUS"),
    ("Varför gör ni om strategin nu?", "Det är inte en ny RUS"),
    ("Varför ska strategin skrivas om nu när vi redan har en?", "Det är inte en ny RUS"),
    ("Why is the regional development strategy being revised in 2021 — is it a completely new strategy?",
     "No – this is not a new RUS"),
    ("Why are you writing a new RUS now?", "This is not a new RUS"),
    ("Why is RUS being reviewed now – is it an entirely new strategy?", "No – this is not a new RUS"),
])
def test_why_redone_corrects_the_premise_first(engine: AnswerEngine, question: str, lead: str) -> None:
    a = engine.answer(question, at(2020, 12, 16))
    assert a.text.startswith(lead), a.text
    assert "mandatperiod" in a.text or "mandate period" in a.text, a.text
    assert "Pandemi" in a.text or "pandemic" in a.text, a.text


@pytest.mark.parametrize("question, lead", [
    ("Tjena! Hinner vi in me remissvare på måndag eller ä dä för sent?", "Hej! Ja – måndag 20 september 2021"),
    ("Räcker det om vi skickar remissvaret på tisdag?", "Ja – tisdag 21 september 2021 är inom remisstiden"),
    ("Är det för sent att skicka in remissvar på onsdag nästa vecka?", "Nej, inte för sent – onsdag 22 september"),
    ("Are we too late if we submit our response on Tuesday?", "No, not too late – Tuesday 21 September 2021"),
    ("Can we still get our consultation response in on Monday or is that too late?",
     "No, not too late – Monday 20 September 2021"),
])
def test_own_weekday_against_the_last_day(engine: AnswerEngine, question: str, lead: str) -> None:
    a = engine.answer(question, at(2021, 9, 16, 9))
    assert a.text.startswith(lead), a.text
    assert "anstånd med remissvaret beviljar" not in a.text.lower(), a.text


def test_own_weekday_after_the_last_day(engine: AnswerEngine) -> None:
    a = engine.answer("Är det för sent att lämna remissvar på fredag?", at(2021, 9, 27))
    assert a.text.startswith("Ja, utan anstånd – fredag 1 oktober 2021 är efter"), a.text


@pytest.mark.parametrize("question, lead", [
    ("Hej, vi på Handelskammaren har inte hunnit med remissvaret pga sjukdom på kansliet. Sista dagen är på torsdag "
     "va? Vad händer om vi missar den – kan vi få anstånd och i så fall hos vem?", "Ja – sista dagen"),
    ("Vi på Örebro läns bildningsförbund har inte jobbat med remissen ännu. Sista dagen är på torsdag va?",
     "Ja – sista dagen"),
    ("Sista dagen är på torsdag va?", "Ja – sista dagen"),
    ("The deadline is Thursday, right?", "Yes – the last day is"),
])
def test_right_weekday_of_the_last_day_is_confirmed(engine: AnswerEngine, question: str, lead: str) -> None:
    a = engine.answer(question, at(2021, 9, 27, 13))
    first = a.text.split("\n")[0]
    assert a.text.startswith(lead) and ("30 september 2021" in first or "30 September 2021" in first), a.text


def test_not_having_had_time_for_the_response_is_no_claim_of_membership(engine: AnswerEngine) -> None:
    a = engine.answer("Vi på Länsstyrelsen har inte hunnit med vårt svar. Sista dagen är väl den 30 september?",
                      at(2021, 9, 27, 13))
    assert not a.text.startswith("Nej – Länsstyrelsen är med"), a.text


@pytest.mark.parametrize("question, lead", [
    ("remisstiden förlängdes väl till oktober för alla?", "Nej, inte enligt underlaget"),
    ("Remissen är väl förlängd till november?", "Nej, inte enligt underlaget"),
    ("Remissperioden flyttades väl fram till oktober?", "Nej, inte enligt underlaget"),
    ("The consultation was extended to October for everyone, right?", "No, not according to the material"),
])
def test_period_said_extended_for_everyone_is_answered_no(engine: AnswerEngine, question: str, lead: str) -> None:
    a = engine.answer(question, at(2021, 9, 13, 16))
    assert a.text.startswith(lead), a.text


def test_period_changed_asked_neutrally_stays_unknown(engine: AnswerEngine) -> None:
    a = engine.answer("Har remissen förlängts till mitten av oktober?", at(2021, 9, 13, 16))
    assert a.text.startswith("Det vet jag inte"), a.text


@pytest.mark.parametrize("question", [
    "Hej rusbot. Jag är politisk sekreterare för Kristdemokraterna i regionen. Regionfullmäktige antog väl den "
    "uppdaterade RUS:en redan i oktober? Vilka ändringar gjordes jämfört med den gamla? Och gäller den nya strategin "
    "fram till 2030?",
    "Antogs RUS i oktober? Och gäller den till 2030?",
    "Regionfullmäktige har väl redan beslutat om RUS? Vilken period gäller den för?",
    "Was the updated RUS adopted in October? How long will it be valid?",
])
def test_how_long_the_updated_rus_applies_is_said_unknown(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 11, 9, 14))
    assert "Hur länge den uppdaterade RUS ska gälla" in a.text or "How long the updated RUS is to apply" in a.text, (
        a.text)
    assert "Ja" not in a.text.split()[:2], a.text


@pytest.mark.parametrize("question", [
    "Och gäller den nya strategin fram till 2030?",
    "Hur länge gäller den uppdaterade RUS:en?",
])
def test_how_long_it_applies_alone_leads(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 11, 9, 14))
    assert a.text.startswith("Hur länge den uppdaterade RUS ska gälla"), a.text


@pytest.mark.parametrize("question, lead", [
    ("Hej! Nu när året lider mot sitt slut: vad händer efter att RUS har beslutats – blir det en ny översyn snart "
     "igen? Och hur länge kommer boten att finnas kvar?", "RUS ses över varje mandatperiod"),
    ("Hej! Kommer RUS att ses över igen snart? Och hur länge finns boten kvar?", "RUS"),
    ("When will RUS be reviewed next? And will the bot still be around next year?", "RUS is reviewed every mandate"),
])
def test_next_review_beside_the_bot_future_is_answered(engine: AnswerEngine, question: str, lead: str) -> None:
    a = engine.answer(question, at(2021, 12, 16, 11))
    assert a.text.startswith(lead), a.text
    assert "mandatperiod" in a.text or "mandate period" in a.text, a.text
    assert "boten" in a.text or "the bot" in a.text, a.text
