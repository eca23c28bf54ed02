"""Issue 9, round 38 (time and words): answers about the consultation's last day and after it, each asked in other
words than the failing question.

- "Vad händer om vårt svar kommer in på måndag?" on the last day got the mandate's stock list, "… om vi skickar
  imorgon – räknas det ändå?" the timeline card, "If we miss the deadline, will our response still count?" only the
  last day (b81 #75, b82 #80, b83 #75): the last day, anstånd from the coordinators, a late response's fate unknown;
- "hinner vi till midnatt?", "end of day or office hours?": the hour the last day ends (b83 #83, b83 #75);
- "Hur många dagar är det kvar till slutet av 2021 …?" got no count (b85 #86);
- "efter mitten av augusti återstår 41 dagar (ungefär 5 veckor)": a part of a month is a span (b86 #49);
- "Hinner vi ta det i kommunstyrelsen innan sommaren?" in March got "Ja … 122 dagar": the consultation opens only
  in mid-June (b81 #31);
- "nämnder?" alone got the roles block, "vad är det för nämnder …?" never said which is not given (b82 #88, b81 #90);
- a Christmas card, gift tips, Almedalen, the infection rate got a neighbouring stock text, not a friendly decline
  (b85 #5, b82 #100, b83 #54, b81 #50);
- "Vad är Handelskammaren för nåt?" said the material does not say, though the glossary glosses it (b84 #84)."""

from __future__ import annotations

import pytest

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at


@pytest.mark.parametrize("question", [
    "Vad händer om vårt remissvar kommer in på måndag istället?",
    "vi hinner inte klart, räknas det om vi skickar in svaret imorgon?",
    "What happens if our response arrives tomorrow?",
    "Räknas vårt remissvar om det kommer in efter midnatt?",
])
def test_a_response_after_the_last_day_is_not_promised(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 9, 30))
    first = a.text.split("\n\n")[0]
    assert first.startswith(("I dag är sista dagen för remissen", "Today is the consultation's last day")), a.text
    assert "anstånd" in first or "extension" in first, a.text
    assert "står inte i underlaget" in first or "not in the material" in first, a.text
    assert "Regionledningen" not in a.text and "Medskick" not in a.text, a.text


@pytest.mark.parametrize("question", [
    "Kan vi skicka remissvaret på måndag i stället, räknas det då?",
    "will our reply still be accepted if we send it next week?",
    "om vi missar deadline, räknas vårt svar ändå?",
])
def test_a_response_after_the_last_day_asked_days_before(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 9, 28))
    first = a.text.split("\n\n")[0]
    assert first.startswith(("Sista dagen för remissen är torsdag 30 september 2021",
                             "The consultation's last day is Thursday 30 September 2021")), a.text
    assert "anstånd" in first or "extension" in first, a.text
    assert not a.text.startswith(("Ja", "Yes")), a.text


@pytest.mark.parametrize("question", [
    "räknas svaret om vi skickar det på onsdag?",
    "Will our response count if we send it on Wednesday?",
    "går det bra om vi lämnar in svaret på onsdag?",
])
def test_a_day_inside_the_consultation_is_yes(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 9, 27))
    assert a.text.startswith(("Ja – onsdag 29 september 2021", "Yes – Wednesday 29 September 2021")), a.text
    assert "Det står inte i underlaget, och jag kan inte svara" not in a.text, a.text


@pytest.mark.parametrize("question", [
    "sista dagen för remissen idag, gäller det till midnatt?",
    "Is the deadline end of day or office hours?",
    "stänger remissen vid midnatt eller vid kontorstid sista dagen?",
])
def test_the_hour_the_last_day_ends(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 9, 30, 8))
    first = a.text.split("\n\n")[0]
    assert "midnatt (svensk tid)" in first or "midnight (Swedish time)" in first, a.text


@pytest.mark.parametrize("question", [
    "hur många dagar kvar till slutet av 2021",
    "How many days until the end of 2021?",
    "hur manga veckor är det till utgången av 2021",
    "Hur många dagar är det till slutet av 2021 då rus ska va klar",
])
def test_days_to_the_end_of_this_year_named(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 11, 4))
    first = a.text.split("\n\n")[0]
    assert "57 dagar" in first or "57 days" in first, a.text
    assert "31 december 2021" in first.lower(), a.text
    assert "Inga dagar kvar" not in a.text and "No days left" not in a.text, a.text


def test_another_years_end_is_not_counted_as_this_one(engine: AnswerEngine) -> None:
    a = engine.answer("hur många dagar till slutet av 2022?", at(2021, 11, 4))
    assert "57 dagar" not in a.text, a.text


@pytest.mark.parametrize("question", [
    "vi är lediga till mitten av augusti, hinner vi svara?",
    "Vi har semester fram till mitten av augusti. Hinner vi lämna remissvar?",
    "hinner vi svara på remissen om vi är tillbaka i mitten av augusti",
])
def test_days_after_a_part_of_a_month_are_a_span(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 6, 1))
    assert "41–50 dagar" in a.text, a.text
    assert "ungefär 5 veckor" not in a.text and "återstår 41 dagar" not in a.text, a.text


@pytest.mark.parametrize("question", [
    "Hinner vi ta det i kommunstyrelsen innan sommaren?",
    "hinner vi behandla det i KS före sommaren?",
    "Hinner vi ta upp det i nämnden innan sommaren",
])
def test_the_consultation_taken_up_before_it_opens(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 3, 19))
    assert a.text.startswith("Nej"), a.text
    assert "mitten av juni 2021" in a.text.split("\n\n")[0], a.text
    assert "återstår" not in a.text, a.text


@pytest.mark.parametrize("question", [
    "Nämnderna?",
    "namnder??",
    "Hej, nämnder?",
])
def test_a_glossary_word_asked_alone_is_its_meaning(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 10, 21))
    assert "regionens politiska nämnder" in a.text.split("\n\n")[0], a.text


@pytest.mark.parametrize("question", [
    "vad är det för nämnder som ska behandla RUS?",
    "Vad för slags nämnder tar upp RUS?",
    "Vad är det för sorts nämnder som RUS går till?",
])
def test_which_committees_is_not_in_the_material(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 11, 12))
    assert a.text.startswith(("Vilka nämnder det är anges inte i underlaget", "Which committees is not in")), a.text


@pytest.mark.parametrize("question", [
    "Skriv en vers till min kollegas 50-årsdag",
    "write a christmas card to the planning unit please",
    "Gott nytt år! Har du några tips på present till min kollega?",
    "any gift ideas for my manager?",
])
def test_a_personal_request_is_declined(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 12, 20))
    assert "Det kan jag tyvärr inte hjälpa till med" in a.text or "I'm afraid I can't help with that" in a.text, a.text
    assert "ledighet" not in a.text and "Medskick" not in a.text and "Det vet jag inte" not in a.text, a.text


@pytest.mark.parametrize("question", [
    "vad händer på almedalen i sommar?",
    "hur ser smittspridningen ut i länet nu, ska vi ställa in mötena?",
    "What's the infection rate in Örebro county right now?",
])
def test_a_subject_outside_the_material_is_declined(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 7, 12))
    assert a.text.startswith(("Det kan jag tyvärr inte svara på", "I'm afraid I can't answer that")), a.text
    assert "**möten**" not in a.text and "Januari–december" not in a.text, a.text


def test_a_request_about_the_update_is_not_declined(engine: AnswerEngine) -> None:
    a = engine.answer("Kan du skriva en hälsning om remissen till partnerskapet?", at(2021, 7, 12))
    assert "Det kan jag tyvärr inte hjälpa till med" not in a.text, a.text


@pytest.mark.parametrize(("question", "gloss"), [
    ("vad e handelskammaren för nåt?", "Chamber of Commerce"),
    ("vad är länsstyrelsen för nåt?", "County Administrative Board"),
    ("What kind of organisation is Handelskammaren?", "Chamber of Commerce"),
])
def test_a_members_gloss_from_the_glossary_is_said(engine: AnswerEngine, question: str, gloss: str) -> None:
    a = engine.answer(question, at(2021, 9, 14))
    first = a.text.split("\n\n")[0]
    assert gloss in first, a.text
    assert "beskriver inte underlaget" in first or "does not describe" in first, a.text


@pytest.mark.parametrize("question", [
    "Is Region Värmland involved?",
    "Är Region Dalarna delaktig i uppdateringen?",
    "Is Region Västmanland involved in the update?",
])
def test_a_region_outside_asked_as_involved_is_no_member(engine: AnswerEngine, question: str) -> None:
    # b86 #30: "involved" read as the partnership's influence opened with a bare "Yes."
    a = engine.answer(question, at(2021, 3, 5))
    assert a.text.startswith(("Nej, **Region", "No, **Region")), a.text
    assert "\n\nYes." not in a.text and "\n\nJa." not in a.text, a.text
