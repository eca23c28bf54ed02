"""The answer engine against the default 2021 process file: topics, dates, precision, language."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rusbot.answers.engine import TOPICS, AnswerEngine
from rusbot.answers.timeline import timeline_view
from rusbot.clock import STOCKHOLM
from rusbot.process.loader import load_process
from rusbot.process.model import Deployment, Meeting, Process, Text
from tests.unit.answering import at


@pytest.fixture(scope="module")
def process() -> Process:
    return load_process()


@pytest.fixture(scope="module")
def engine(process: Process) -> AnswerEngine:
    return AnswerEngine(process)


def all_sources(process: Process) -> set[str]:
    groups = (process.facts, process.drivers, process.phases, process.timeline, process.roles,
              process.organisations, process.ways_of_working, process.glossary)
    return {item.source for group in groups for item in group} | {process.partnership.source}


# -- "what is happening now" at different dates ----------------------------------------------------

def test_now_before_the_plan_starts(engine: AnswerEngine) -> None:
    a = engine.answer("Vad händer nu?", at(2020, 11, 10))
    assert a.topic == "now"
    assert "inte börjat" in a.text
    assert "december 2020" in a.text


def test_now_in_february_is_phase_one(engine: AnswerEngine) -> None:
    a = engine.answer("Vad händer nu?", at(2021, 2, 10))
    assert "Identifiera vad som ska ändras" in a.text
    assert "11 mars 2021" in a.text
    assert "Remiss" not in a.text


def test_now_in_april_places_the_undated_writing_phase_by_order(engine: AnswerEngine) -> None:
    a = engine.answer("vad hander nu", at(2021, 4, 20))
    assert "Skrivfas och uppdateringar" in a.text
    assert "utan eget datum" in a.text
    assert "efter remissen" not in a.text


def test_now_in_july_is_the_consultation(engine: AnswerEngine) -> None:
    a = engine.answer("Vad är på gång just nu?", at(2021, 7, 5))
    assert a.topic == "now"
    assert "**Remiss till Partnerskapet för regional utveckling**: pågår" in a.text
    assert "30 september 2021" in a.text
    assert "87 dagar kvar" in a.text


def test_now_in_october_lists_the_undated_steps_after_the_consultation(engine: AnswerEngine) -> None:
    a = engine.answer("Var är vi i processen?", at(2021, 10, 4))
    text = a.text
    assert text.index("Skrivfas och uppdateringar efter remissen") < text.index("Förankring med partnerskapet")
    assert text.index("Förankring med partnerskapet") < text.index("Politisk förankring i nämnderna")
    assert "slutet av 2021" in text
    assert "Remiss" not in text.replace("efter remissen", "")


def test_after_the_plan_says_what_the_plan_said_not_what_happened(engine: AnswerEngine) -> None:
    for question in ("Vad händer nu?", "Vad är nästa steg?"):
        a = engine.answer(question, at(2022, 2, 1))
        assert "Enligt tidplanen" in a.text
        assert "skulle vara klar i slutet av 2021" in a.text
        assert "är klar" not in a.text and "blev" not in a.text
    en = engine.answer("What is happening now?", at(2022, 2, 1))
    assert "was to be ready at the end of 2021" in en.text


# -- next ---------------------------------------------------------------------------------------------

def test_next_in_february_is_the_check_in_with_days_and_preparation(engine: AnswerEngine) -> None:
    a = engine.answer("Vad är nästa steg?", at(2021, 2, 10))
    assert a.topic == "next"
    assert "Avstämning med partnerskapet" in a.text
    assert "11 mars 2021" in a.text and "om 29 dagar" in a.text
    assert "Förbered" in a.text


def test_next_in_april_is_the_consultation_without_an_invented_day(engine: AnswerEngine) -> None:
    a = engine.answer("nästa steg?", at(2021, 4, 20))
    assert "Remiss" in a.text
    assert "mitten av juni 2021" in a.text
    assert "exakt startdag anges inte" in a.text


def test_next_in_july_is_what_follows_the_consultation(engine: AnswerEngine) -> None:
    a = engine.answer("Vad händer sen?", at(2021, 7, 5))
    assert "Skrivfas och uppdateringar efter remissen" in a.text


def test_what_happens_after_the_consultation_is_anchored_on_it(engine: AnswerEngine) -> None:
    a = engine.answer("Vad händer efter remissen?", at(2021, 2, 10))
    assert a.topic == "next"
    assert "Skrivfas och uppdateringar efter remissen" in a.text


# -- the consultation ----------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("when", "expected"),
    [
        (at(2020, 11, 10), "inte öppnat"),
        (at(2021, 2, 10), "inte öppnat"),
        (at(2021, 6, 10), "inte öppnat"),
        (at(2021, 6, 15), "anger inte exakt dag"),
        (at(2021, 6, 20), "anger inte exakt dag"),
        (at(2021, 6, 21), "pågår remissen nu"),
        (at(2021, 7, 5), "pågår remissen nu"),
        (at(2021, 9, 30), "i dag är sista dagen"),
        (at(2021, 10, 1), "Remisstiden är slut"),
        (at(2022, 2, 1), "Remisstiden är slut"),
    ],
)
def test_is_the_consultation_open(engine: AnswerEngine, when: dt.datetime, expected: str) -> None:
    a = engine.answer("Är remissen öppen?", when)
    assert a.topic == "consultation.status"
    assert expected in a.text
    assert a.sources == [engine.process.consultation_item.source]  # type: ignore[union-attr]


def test_mid_june_never_becomes_an_invented_day(engine: AnswerEngine) -> None:
    questions = ["Är remissen öppen?", "När öppnar remissen?", "Hur många dagar är kvar?", "Vad händer nu?",
                 "Vad är nästa steg?", "Is the consultation open?", "When does the consultation open?"]
    for day in range(1, 31):
        for question in questions:
            text = engine.answer(question, at(2021, 6, day)).text
            # The only June date that may appear is today's own date.
            for match in re.finditer(r"(\d{1,2}) (juni|June)", text):
                assert int(match.group(1)) == day, (question, day, text)
            assert "öppnade den" not in text and "opened on" not in text


def test_on_15_june_it_is_planned_to_open_mid_june(engine: AnswerEngine) -> None:
    a = engine.answer("Har remissen öppnat?", at(2021, 6, 15))
    assert "planerad att öppna i mitten av juni 2021" in a.text
    assert "exakt dag" in a.text
    en = engine.answer("Is the consultation open?", at(2021, 6, 15))
    assert en.language == "en"
    assert "planned to open in mid-June 2021" in en.text


@pytest.mark.parametrize(
    ("when", "expected"),
    [
        (at(2021, 4, 20), "163 dagar"),
        (at(2021, 7, 5), "87 dagar kvar"),
        (at(2021, 9, 29), "1 dag kvar"),
        (at(2021, 9, 30), "sista dagen"),
        (at(2021, 10, 4), "Inga dagar kvar"),
    ],
)
def test_days_left_count_to_the_last_day(engine: AnswerEngine, when: dt.datetime, expected: str) -> None:
    a = engine.answer("Hur många dagar är kvar?", when)
    assert a.topic == "consultation.days_left"
    assert expected in a.text


def test_days_left_late_in_the_evening_still_counts_the_stockholm_day(engine: AnswerEngine) -> None:
    # 23:30 UTC on 29 September is already 30 September in Stockholm.
    a = engine.answer("dagar kvar?", dt.datetime(2021, 9, 29, 23, 30, tzinfo=dt.UTC))
    assert "sista dagen" in a.text


def test_consultation_dates_give_start_as_written_and_the_last_day(engine: AnswerEngine) -> None:
    a = engine.answer("När stänger remissen?", at(2021, 2, 10))
    assert a.topic == "consultation.dates"
    assert "i mitten av juni 2021" in a.text
    assert "30 september 2021" in a.text
    assert "Exakt startdag anges inte" in a.text
    after = engine.answer("När stänger remissen?", at(2021, 11, 1))
    assert "skulle remissen öppna" in after.text and "sista dagen var" in after.text


def test_respondents_are_every_member_but_the_sender(engine: AnswerEngine, process: Process) -> None:
    a = engine.answer("Vilka är remissinstanser?", at(2021, 2, 10))
    assert a.topic == "consultation.respondents"
    assert f"{len(process.respondents)} remissinstanser" in a.text
    assert "Kumla" in a.text


# -- other topics ------------------------------------------------------------------------------------

def test_check_in_on_11_march(engine: AnswerEngine) -> None:
    before = engine.answer("11 mars?", at(2021, 3, 1))
    assert before.topic == "check_in"
    assert "torsdag 11 mars 2021" in before.text and "om 10 dagar" in before.text
    same_day = engine.answer("När är avstämningen med partnerskapet?", at(2021, 3, 11))
    assert "i dag" in same_day.text
    past = engine.answer("När är avstämningen?", at(2021, 4, 1))
    assert "sedan" in past.text


def test_timeline_answer_has_the_card(engine: AnswerEngine) -> None:
    a = engine.answer("Visa tidplanen", at(2021, 4, 20))
    assert a.topic == "timeline"
    assert a.card == "timeline"
    assert "11 mars 2021" in a.text
    assert "mitten av juni 2021 – 30 september 2021" in a.text


def test_partnership_and_organisations(engine: AnswerEngine, process: Process) -> None:
    a = engine.answer("vem e med", at(2021, 2, 10))
    assert a.topic == "partnership"
    for org in process.organisations:
        assert org.name in a.text
    kumla = engine.answer("Är Kumla med?", at(2021, 2, 10))
    assert kumla.topic == "organisation" and "Ja, **Kumla**" in kumla.text
    uni = engine.answer("Är Örebro universitet med?", at(2021, 2, 10))
    assert "Örebro universitet" in uni.text and "**Örebro**" not in uni.text
    unknown = engine.answer("Är Västerås med?", at(2021, 2, 10))
    assert unknown.topic == "organisation"
    assert unknown.text.startswith("Nej, **Västerås** är inte med i partnerskapet")


@pytest.mark.parametrize(
    ("question", "topic", "expected"),
    [
        ("Vad är RF?", "role.rf", "Regionfullmäktige"),
        ("Vad sa KC/RD?", "role.kcrd", "december 2020"),
        ("Vad ville kommunerna?", "role.kommunerna", "till och med september"),
        ("Vad gör nämnderna?", "role.namnder", "politiska förankringen"),
        ("Vad är partnerskapets roll?", "role.partnerskapet", "beslutar om vad som ska uppdateras"),
        ("Vem beslutar om RUS?", "decision", "regionfullmäktige"),
        ("Varför ska RUS uppdateras?", "why_review", "Pandemin"),
        ("Blir det en helt ny RUS?", "mandate", "inte en ny RUS"),
        ("Vad är RUS?", "rus", "regionala utvecklingsstrategin"),
        ("Vad händer i fas 1?", "phase1", "11 mars"),
        ("fas 2?", "phase2", "remiss"),
        ("Vilka faser finns det?", "phases", "Fas 2"),
        ("Hur ska vi arbeta?", "ways_of_working", "Agil process"),
        ("politisk förankring", "political", "nämnderna"),
        ("Var kommer det ifrån?", "source", "källdokumentet"),
        ("Vad är syftet med ärendet?", "purpose", "processen för uppdatering"),
    ],
)
def test_topics_and_their_facts(engine: AnswerEngine, process: Process, question: str, topic: str,
                                expected: str) -> None:
    a = engine.answer(question, at(2021, 2, 10))
    assert a.topic == topic
    assert expected.lower() in a.text.lower()
    assert a.confident


def test_decision_after_the_plan_is_in_the_past_tense(engine: AnswerEngine) -> None:
    a = engine.answer("När ska RUS vara klar?", at(2022, 3, 1))
    assert "skulle vara klar i slutet av 2021" in a.text


def test_greeting_thanks_help(engine: AnswerEngine) -> None:
    assert engine.answer("Hej!", at(2021, 2, 10)).topic == "greeting"
    assert engine.answer("Tack!", at(2021, 2, 10)).text.startswith("Varsågod")
    help_answer = engine.answer("Vad kan du hjälpa till med?", at(2021, 2, 10))
    assert help_answer.topic == "help" and help_answer.suggestions


@pytest.mark.parametrize("question", ["Vad kostar en kaffe?", "Vem vann VM?", "asdfgh", "Hur blir vädret i morgon?"])
def test_unknown_questions_get_an_honest_answer(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 2, 10))
    assert a.topic == "unknown"
    assert a.confident is False
    assert a.text.startswith("Det vet jag inte")
    assert a.sources == []
    assert 1 <= len(a.suggestions) <= 3


def test_unknown_english_question_is_answered_in_english(engine: AnswerEngine) -> None:
    a = engine.answer("What is the capital of France?", at(2021, 2, 10))
    assert a.topic == "unknown" and a.language == "en"
    assert a.text.startswith("I don't know")
    assert all(s.question.isascii() for s in a.suggestions)


def test_language_follows_the_question(engine: AnswerEngine) -> None:
    sv = engine.answer("När öppnar remissen?", at(2021, 2, 10))
    en = engine.answer("When does the consultation open?", at(2021, 2, 10))
    assert sv.language == "sv" and "sista dagen" in sv.text
    assert en.language == "en" and "the last day is **Thursday 30 September 2021**" in en.text
    assert engine.answer("RUS?", at(2021, 2, 10)).language == "sv"


QUESTIONS = [
    "Vad händer nu?", "Vad är nästa steg?", "Är remissen öppen?", "Hur många dagar är kvar?", "När öppnar remissen?",
    "Visa tidplanen", "Vilka är med?", "Är Kumla med?", "Vad är RF?", "Vem beslutar?", "Varför uppdateras RUS?",
    "Vad är uppdraget?", "fas 1", "fas 2", "11 mars?", "Hur ska vi arbeta?", "What is happening now?",
    "Who is in the partnership?", "Vilka är remissinstanser?", "politisk förankring", "Vad är RUS?",
]


@pytest.mark.parametrize("when", [at(2020, 11, 1), at(2021, 3, 11), at(2021, 6, 15), at(2021, 9, 30),
                                  at(2021, 12, 31), at(2023, 1, 1)])
def test_every_source_is_a_quote_from_the_process_file(engine: AnswerEngine, process: Process,
                                                       when: dt.datetime) -> None:
    quotes = all_sources(process)
    for question in QUESTIONS:
        a = engine.answer(question, when)
        assert a.text
        assert set(a.sources) <= quotes, question
        if a.topic not in ("greeting", "thanks", "help", "source", "unknown"):
            assert a.sources, question


def test_the_coordinators_own_meetings_are_marked_as_theirs(process: Process) -> None:
    meeting = Meeting(id="m1", name=Text(sv="Partnerskapsmöte", en="Partnership meeting"),
                      start=dt.datetime(2021, 3, 11, 9, 0, tzinfo=STOCKHOLM), location="Örebro",
                      link="https://example.org/m1", prepare=Text(sv="Läs underlaget"))
    engine = AnswerEngine(process.model_copy(update={"deployment": Deployment(meetings=[meeting])}))
    a = engine.answer("När är nästa möte?", at(2021, 3, 1))
    assert "Partnerskapsmöte" in a.text
    assert "samordnarnas egna uppgifter" in a.text
    assert "09:00" in a.text and "https://example.org/m1" in a.text
    now = engine.answer("Vad händer nu?", at(2021, 3, 1))
    assert "samordnarnas egna uppgifter" in now.text
    # The default file has no coordinators' data, so nothing is marked.
    plain = AnswerEngine(process).answer("När är nästa möte?", at(2021, 3, 1))
    assert "samordnarnas" not in plain.text


def test_naive_datetimes_are_refused(engine: AnswerEngine) -> None:
    with pytest.raises(ValueError, match="timezone"):
        engine.answer("Vad händer nu?", dt.datetime(2021, 2, 10, 10))  # noqa: DTZ001


# -- the timeline view model -------------------------------------------------------------------------

def test_timeline_view_in_april(process: Process) -> None:
    view = timeline_view(process, at(2021, 4, 20), "sv")
    status = {e.id: e.status for e in view.entries}
    assert status["avstamning-11-mars"] == "past"
    assert status["fas2-skrivfas-1"] == "current"
    assert status["remiss"] == "upcoming"
    assert status["beslut-rf"] == "upcoming"
    assert view.entries[view.today_index].id == "fas2-skrivfas-1"
    assert view.today == "20 april 2021"
    remiss = next(e for e in view.entries if e.id == "remiss")
    assert remiss.when == "mitten av juni 2021 – 30 september 2021"
    assert remiss.exact is False
    assert view.rows == view.entries
    assert not view.before_plan and not view.after_plan


def test_timeline_view_mid_june_is_uncertain_and_english(process: Process) -> None:
    view = timeline_view(process, at(2021, 6, 15), "en")
    remiss = next(e for e in view.entries if e.id == "remiss")
    assert remiss.status == "current" and remiss.uncertain
    assert remiss.when == "mid-June 2021 – 30 September 2021"
    assert view.today == "15 June 2021"


def test_timeline_view_before_and_after_the_plan(process: Process) -> None:
    before = timeline_view(process, at(2020, 10, 1), "sv")
    assert before.before_plan and before.today_index == 0
    assert all(e.status == "upcoming" for e in before.entries)
    after = timeline_view(process, at(2022, 1, 10), "sv")
    assert after.after_plan and after.today_index == len(after.entries)
    assert all(e.status == "past" for e in after.entries)


def test_is_an_organisation_a_respondent(engine: AnswerEngine) -> None:
    yes = engine.answer("Är RF-SISU en remissinstans?", at(2021, 5, 1))
    assert yes.topic == "consultation.respondents"
    assert yes.text.startswith("Ja, **RF-SISU** får remissen")
    sender = engine.answer("Är Region Örebro län remissinstans?", at(2021, 5, 1))
    assert "remissens avsändare" in sender.text


def test_a_typo_never_turns_into_an_off_topic_word(engine: AnswerEngine) -> None:
    assert engine.answer("Tack för svaret", at(2021, 5, 1)).topic == "thanks"


_ENGINE = AnswerEngine(load_process())
_QUOTES = all_sources(_ENGINE.process)


@settings(max_examples=300, deadline=None)
@given(
    question=st.text(max_size=80) | st.sampled_from(QUESTIONS),
    moment=st.datetimes(min_value=dt.datetime(2019, 1, 1), max_value=dt.datetime(2023, 12, 31),  # noqa: DTZ001
                        timezones=st.just(STOCKHOLM)),
)
def test_any_text_at_any_time_gets_a_well_formed_answer(question: str, moment: dt.datetime) -> None:
    a = _ENGINE.answer(question, moment)
    assert a.text.strip()
    assert a.language in ("sv", "en")
    assert set(a.sources) <= _QUOTES
    assert a.confident or a.topic in ("unknown", "unsure", "organisation", "progress")
    assert len(a.suggestions) <= 3
    assert a.topic in TOPICS or re.fullmatch(r"role\.[a-z0-9-]+|phase\d", a.topic)
