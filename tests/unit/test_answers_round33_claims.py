"""Issue 9, round 33 (after batches 65–66): a premise or claim the asker states – a day of its own response, a
deadline someone else gave, a text "already written", a consultation "only for show", a start day to count from, its
own board's meeting, a member that "has not got it" – is checked against the material and answered first. Asked in
other words than those batches (b65 #46, #85; b66 #42, #47, #69, #72, #95 and three answers seen on main)."""

from __future__ import annotations

import pytest

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at


# -- the year's end counted to ("Hur många veckor är det kvar till årsskiftet?") --------------------------------------
@pytest.mark.parametrize(("question", "lead"), [
    ("Hur många dagar är det till nyår?", "**77 dagar** kvar av året"),
    ("how many weeks until the end of the year?", "About 11 weeks (77 days) left of the year"),
    ("hur manga veckor e de kvar till arsskiftet", "Ungefär 11 veckor (77 dagar) kvar av året"),
])
def test_count_to_the_years_end(engine: AnswerEngine, question: str, lead: str) -> None:
    a = engine.answer(question, at(2021, 10, 15))
    assert a.text.startswith(lead), a.text
    assert "Inga dagar kvar" not in a.text and "No days left" not in a.text, a.text


def test_days_left_of_the_consultation_still_counted(engine: AnswerEngine) -> None:
    a = engine.answer("Hur många dagar är det kvar av remissen?", at(2021, 8, 15))
    assert a.text.startswith("**46 dagar kvar.**"), a.text


# -- a later last day told by someone else ("members could comment until December") --------------------------------
@pytest.mark.parametrize("question", [
    "Our CEO told us partners can still comment until the end of November. Is that true?",
    "Jag hörde att vi kan lämna synpunkter till december. Stämmer det?",
    "Hi, I was away in September. A colleague said members may comment until December – is that right?",
])
def test_later_comment_day_claimed_is_corrected(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 10, 20))
    body = a.text.removeprefix("Hi! ")
    assert body.startswith(("Nej – sista dagen för remissen är torsdag 30 september 2021",
                            "No – the consultation's last day is Thursday 30 September 2021")), a.text


def test_how_to_comment_gets_no_correction(engine: AnswerEngine) -> None:
    a = engine.answer("Vi vill lämna synpunkter på remissen. Hur gör vi?", at(2021, 8, 20))
    assert not a.text.startswith("Nej"), a.text


# -- the asker's own day for its response, against the last day ----------------------------------------------------
@pytest.mark.parametrize(("question", "now", "lead"), [
    ("Vårt remissvar skickades först den 5 oktober, gäller det ändå?", at(2021, 10, 6),
     "Nej – 5 oktober 2021 är efter remissens sista dag, torsdag 30 september 2021."),
    ("Our response was submitted on 4 October. Is that accepted?", at(2021, 10, 6),
     "No – 4 October 2021 is after the consultation's last day, Thursday 30 September 2021."),
    ("Vår ordförande är bortrest i juli. Kan RF-SISU lämna remissvaret i augusti, eller behöver vi söka anstånd?",
     at(2021, 6, 28), "Ja – augusti 2021 är inom remisstiden, som pågår till och med torsdag 30 september 2021; "
     "något anstånd behövs inte."),
    ("Kan kommunen skicka sitt remissvar i september, eller krävs förlängning?", at(2021, 6, 28),
     "Ja – september 2021 är inom remisstiden"),
])
def test_own_day_set_against_the_last_day(engine: AnswerEngine, question: str, now, lead: str) -> None:
    a = engine.answer(question, now)
    assert a.text.startswith(lead), a.text


def test_when_to_respond_is_no_own_day(engine: AnswerEngine) -> None:
    a = engine.answer("När ska vi lämna remissvaret, i september?", at(2021, 6, 28))
    assert not a.text.startswith(("Ja – september", "Nej – september")), a.text


# -- the weekday of the last day ("vilken dag i veckan är det?") ----------------------------------------------------
@pytest.mark.parametrize("question", [
    "Vilket datum är sista dagen för remissvar, och vilken dag i veckan är det?",
    "sista dan för remissvaret, vilken dag i veckan e det??",
    "vilken dag i veckan är sista dagen för remissvar?",
])
def test_weekday_of_the_last_day(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 8, 20))
    first = a.text.split("\n\n")[0]
    assert "torsdag 30 september 2021" in first or "Thursday 30 September 2021" in first, a.text
    assert "vecka 33" not in a.text and "week 33" not in a.text, a.text


# -- a count on a start day the asker gives ("om den startade 15 juni") -------------------------------------------
@pytest.mark.parametrize(("question", "now", "count"), [
    ("how many days did we have for the consultation if it opened on 14 June?", at(2021, 10, 1), "**109 days**"),
    ("om remissen börjar 17 juni hur många veckor har vi på oss?", at(2021, 6, 1), "**15 veckor** (106 dagar)"),
    ("Hur många dagar blir remisstiden om den startar den 16 juni?", at(2021, 6, 1), "**107 dagar**"),
])
def test_count_on_the_askers_start_day(engine: AnswerEngine, question: str, now, count: str) -> None:
    a = engine.answer(question, now)
    first = a.text.split("\n\n")[0]
    assert first.startswith(("Om remissen", "If the consultation")) and count in first, a.text
    assert "mellan 14 och 16 veckor" not in a.text, a.text


# -- the asker's own board is no outside organisation --------------------------------------------------------------
@pytest.mark.parametrize("question", [
    "Förbundsstyrelsen har möte 23 september. Hinner vi behandla remissvaret där?",
    "Direktionen har möte 22 september. Hinner vi behandla remissvaret där?",
    "Styrelsen har möte 20 sept. Hinner vi besluta om remissvaret då?",
])
def test_own_board_is_not_an_outsider(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 8, 20))
    assert "inte med bland dem remissen går till" not in a.text, a.text
    assert a.text.startswith("Ja"), a.text


def test_outside_region_still_told_it_is_not_among_the_recipients(engine: AnswerEngine) -> None:
    a = engine.answer("Vi i Region Värmland vill också lämna remissvar, går det?", at(2021, 8, 20))
    assert a.text.startswith("Region Värmland är inte med bland dem remissen går till"), a.text


# -- "already written", "only for show" ----------------------------------------------------------------------------
@pytest.mark.parametrize("question", [
    "Someone told me the new RUS is already written and the consultation is just for show. True?",
    "e remissen bara för syns skull? texten lär ju redan vara klar",
    "Det sägs att strategin redan är färdigskriven och att remissvaren inte spelar någon roll. Stämmer det?",
])
def test_text_already_written_claim_is_answered(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 6, 25))
    assert a.text.startswith(("Nej – det stämmer inte med underlaget.", "No – that does not match the material.")), \
        a.text
    assert "vet jag inte" in a.text or "I don't know" in a.text, a.text


def test_own_response_already_written_is_no_claim(engine: AnswerEngine) -> None:
    a = engine.answer("Vi har redan skrivit klart vårt remissvar, hur skickar vi in det?", at(2021, 8, 25))
    assert not a.text.startswith("Nej"), a.text


# -- whether the consultation has reached a member ----------------------------------------------------------------
@pytest.mark.parametrize("question", [
    "Has Kumla received the consultation? Their contact says nothing has arrived.",
    "Vi på Nora kommun har inte fått någon remiss än, är det normalt?",
    "har hallsberg fått remissen?? dom säger att inget kommit",
])
def test_arrival_is_not_known(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 7, 24))
    assert a.text.startswith(("Om remissen har kommit fram till", "Whether the consultation has reached")), a.text
    assert "samordnarna" in a.text or "coordinators" in a.text, a.text
    assert "30 september 2021" in a.text or "30 September 2021" in a.text, a.text


def test_whether_a_member_gets_the_consultation_still_yes(engine: AnswerEngine) -> None:
    a = engine.answer("Får Laxå remissen?", at(2021, 7, 10))
    assert a.text.startswith("Ja, **Laxå** får remissen"), a.text


# -- a group that is no organisation asking to give views of its own ----------------------------------------------
@pytest.mark.parametrize(("question", "lead"), [
    ("Vi är en hembygdsförening i Nora. Kan föreningen skicka in egna synpunkter på remissen?",
     "Att föreningen kan lämna egna synpunkter står inte i underlaget"),
    ("I run a small study circle on rural issues – can the circle submit its own comments on the strategy?",
     "The material does not say that the circle can give views of its own"),
    ("kan vår klubb ge synpunkter på RUS?", "Att vår klubb kan lämna egna synpunkter står inte i underlaget"),
])
def test_group_outside_the_partnership_gets_no_yes(engine: AnswerEngine, question: str, lead: str) -> None:
    a = engine.answer(question, at(2021, 7, 15))
    assert lead in a.text, a.text
    assert not a.text.startswith(("Ja", "Yes")) and "\n\nJa. " not in a.text, a.text


def test_member_asking_to_give_views_is_not_a_group(engine: AnswerEngine) -> None:
    a = engine.answer("Kan kommunen lämna synpunkter på remissen?", at(2021, 7, 15))
    assert "står inte i underlaget: inspel och remissvar" not in a.text, a.text
