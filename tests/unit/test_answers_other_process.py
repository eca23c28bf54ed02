"""The engine with a second, small process file: other dates, organisations and roles.

Nothing about 2021 may leak into the answers; precision rules hold for other shapes of dates
(an exact consultation start, an end given only as "slutet av augusti")."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from rusbot.answers.engine import AnswerEngine
from rusbot.answers.timeline import timeline_view
from rusbot.process.loader import load_process
from rusbot.process.model import Process
from tests.unit.answering import at

PROCESS_2025 = """
schema_version: 1
id: rus-2025
title: {sv: "Uppdatering av RUS 2025", en: "Update of RUS 2025"}
owner: Region Testlän
source_document: "Testdokument om RUS 2025"
facts:
  - {id: rus, topic: rus, text: {sv: "RUS är Testläns utvecklingsstrategi.", en: "RUS is Testlän's strategy."},
     source: "RUS är Testläns strategi"}
  - {id: klar-fakta, topic: mandate, text: {sv: "En ny RUS ska vara klar i början av 2026."},
     source: "klar början 2026"}
drivers:
  - {id: klimat, text: {sv: "Klimatomställningen", en: "The climate transition"}, source: "Klimatomställningen"}
phases:
  - {id: f1, name: {sv: "Fas 1", en: "Phase 1"}, text: {sv: "Inventering och dialog."}, source: "Fas 1 inventering"}
  - {id: f2, name: {sv: "Fas 2", en: "Phase 2"}, text: {sv: "Skrivarbete och remiss."}, source: "Fas 2 skrivarbete"}
timeline:
  - id: inventering
    kind: step
    phase: f1
    name: {sv: "Inventering", en: "Inventory"}
    start: {year: 2025, month: 1, day: 13}
    end: {year: 2025, month: 2, day: 14}
    text: {sv: "Vi inventerar vad som behöver ändras."}
    source: "Inventering 13 jan – 14 feb"
  - id: dialog
    kind: meeting
    phase: f1
    name: {sv: "Dialogmöte med partnerskapet", en: "Dialogue meeting with the partnership"}
    date: {year: 2025, month: 2, day: 20}
    text: {sv: "Dialogmöte om inventeringen."}
    source: "Dialogmöte 20 februari"
    prepare: {sv: "Ta med era prioriteringar."}
  - id: skrivarbete
    kind: step
    phase: f2
    name: {sv: "Skrivarbete", en: "Writing"}
    text: {sv: "Texterna skrivs om."}
    source: "Skrivarbete"
  - id: remiss
    kind: consultation
    phase: f2
    name: {sv: "Remiss till Testpartnerskapet", en: "Consultation with the Test Partnership"}
    start: {year: 2025, month: 5, day: 5}
    end: {year: 2025, month: 8, part: late}
    text: {sv: "Remiss från 5 maj till slutet av augusti."}
    source: "Remiss 5 maj – slutet av augusti"
  - id: bearbetning
    kind: step
    phase: f2
    name: {sv: "Bearbetning av remissvaren", en: "Processing the responses"}
    text: {sv: "Remissvaren bearbetas."}
    source: "Bearbetning"
  - id: beslut
    kind: decision
    name: {sv: "Beslut i regionfullmäktige", en: "Decision in the regional council"}
    date: {year: 2025, month: 11}
    text: {sv: "Regionfullmäktige beslutar i november 2025."}
    source: "Beslut RF november 2025"
  - id: klar
    kind: milestone
    name: {sv: "Ny RUS klar", en: "New RUS ready"}
    date: {year: 2026, part: early}
    text: {sv: "En ny RUS ska vara klar i början av 2026.", en: "A new RUS is to be ready at the beginning of 2026."}
    source: "klar början 2026"
consultation: {timeline_item: remiss, sender: region-testlan, respondents: [alfaby, betaholm]}
roles:
  - {id: partnerskapet, name: {sv: "Testpartnerskapet"}, text: {sv: "Testpartnerskapet tycker till."},
     source: "Testpartnerskapets roll"}
  - {id: regionfullmaktige, name: {sv: "Regionfullmäktige (RF)"}, text: {sv: "RF beslutar om RUS."},
     source: "RF beslutar"}
partnership: {name: {sv: "Testpartnerskapet"}, text: {sv: "Tre kommuner och regionen."}, source: "Testpartnerskapet"}
organisations:
  - {id: alfaby, name: Alfaby, kind: kommun, source: "Alfaby"}
  - {id: betaholm, name: Betaholm, kind: kommun, source: "Betaholm"}
  - {id: gammaby, name: Gammaby, kind: kommun, source: "Gammaby"}
  - {id: region-testlan, name: Region Testlän, kind: region, source: "Region Testlän"}
ways_of_working:
  - {id: dialogsatt, name: {sv: "Dialog"}, text: {sv: "Vi för dialog hela vägen."}, source: "Dialog hela vägen"}
"""


@pytest.fixture(scope="module")
def process(tmp_path_factory: pytest.TempPathFactory) -> Process:
    path: Path = tmp_path_factory.mktemp("process") / "process-2025.yaml"
    path.write_text(PROCESS_2025, encoding="utf-8")
    return load_process(path)


@pytest.fixture(scope="module")
def engine(process: Process) -> AnswerEngine:
    return AnswerEngine(process)


def test_consultation_with_an_exact_start_and_an_imprecise_end(engine: AnswerEngine) -> None:
    dates = engine.answer("När öppnar remissen?", at(2025, 3, 1))
    assert "den 5 maj 2025" in dates.text
    assert "i slutet av augusti 2025" in dates.text
    assert "Exakt startdag" not in dates.text
    assert dates.sources == ["Remiss 5 maj – slutet av augusti"]
    before = engine.answer("Är remissen öppen?", at(2025, 4, 1))
    assert "inte öppnat" in before.text and "om 34 dagar" in before.text
    during = engine.answer("Är remissen öppen?", at(2025, 5, 5))
    assert "pågår remissen nu" in during.text and "exakt sista dag anges inte" in during.text
    after = engine.answer("Är remissen öppen?", at(2025, 9, 1))
    assert "slut" in after.text


def test_days_left_are_not_counted_to_an_invented_last_day(engine: AnswerEngine) -> None:
    a = engine.answer("Hur många dagar är kvar?", at(2025, 7, 1))
    assert a.topic == "consultation.days_left"
    assert "kan inte räkna" in a.text
    assert "31 augusti" not in a.text


def test_named_respondents(engine: AnswerEngine) -> None:
    a = engine.answer("Vilka är remissinstanser?", at(2025, 3, 1))
    # Who sends it is the coordinators' setting, not the source's: the answer names who gets it.
    assert a.text.startswith("Remissen går till Testpartnerskapet: 2 remissinstanser, Alfaby och Betaholm")


def test_organisations_come_from_the_file(engine: AnswerEngine) -> None:
    assert "Ja, **Alfaby**" in engine.answer("Är Alfaby med?", at(2025, 3, 1)).text
    assert "Ja, **Region Testlän**" in engine.answer("Är Region Testlän med i partnerskapet?", at(2025, 3, 1)).text
    kumla = engine.answer("Är Kumla med?", at(2025, 3, 1))
    assert kumla.text.startswith("Nej, **Kumla** är inte med i testpartnerskapet")
    members = engine.answer("Vilka är med i partnerskapet?", at(2025, 3, 1))
    assert members.topic == "partnership" and "Gammaby" in members.text


def test_now_and_next_follow_the_other_timeline(engine: AnswerEngine) -> None:
    assert "Inventering" in engine.answer("Vad händer nu?", at(2025, 2, 1)).text
    nxt = engine.answer("Vad är nästa steg?", at(2025, 2, 1))
    assert "Dialogmöte med partnerskapet" in nxt.text and "om 19 dagar" in nxt.text
    assert "Ta med era prioriteringar" in nxt.text
    assert "Skrivarbete" in engine.answer("Vad händer nu?", at(2025, 3, 10)).text
    assert "Bearbetning av remissvaren" in engine.answer("Vad händer nu?", at(2025, 9, 15)).text
    after = engine.answer("Vad händer nu?", at(2026, 6, 1))
    assert "skulle vara klar i början av 2026" in after.text


def test_dates_in_questions_are_looked_up_in_this_timeline(engine: AnswerEngine) -> None:
    meeting = engine.answer("20 februari?", at(2025, 2, 1))
    assert meeting.topic == "check_in" and "torsdag 20 februari 2025" in meeting.text
    nothing = engine.answer("11 mars?", at(2025, 2, 1))
    assert nothing.topic == "timeline" and "inget särskilt" in nothing.text


def test_roles_and_decision(engine: AnswerEngine) -> None:
    assert engine.answer("Vad är RF?", at(2025, 3, 1)).topic == "role.rf"
    decision = engine.answer("Vem beslutar?", at(2025, 3, 1))
    assert decision.topic == "decision" and "november 2025" in decision.text
    role = engine.answer("Vad är partnerskapets roll?", at(2025, 3, 1))
    assert role.topic == "role.partnerskapet" and "tycker till" in role.text


QUESTIONS = ["Vad händer nu?", "Vad är nästa steg?", "Är remissen öppen?", "Hur många dagar är kvar?",
             "När öppnar remissen?", "Visa tidplanen", "Vilka är med?", "Vem beslutar?", "fas 1", "fas 2",
             "Varför uppdateras RUS?", "Vad är RUS?", "Hur ska vi arbeta?", "When does the consultation open?",
             "What is happening now?", "Vad är uppdraget?", "Vilka är remissinstanser?", "Hej", "Var kommer det ifrån?"]


@pytest.mark.parametrize("when", [at(2024, 12, 1), at(2025, 2, 20), at(2025, 5, 20), at(2025, 8, 25),
                                  at(2025, 10, 1), at(2026, 5, 1)])
def test_nothing_of_2021_leaks(engine: AnswerEngine, when: dt.datetime) -> None:
    for question in QUESTIONS:
        a = engine.answer(question, when)
        for leaked in ("2021", "Kumla", "Örebro", "juni", "11 mars", "KC/RD"):
            assert leaked not in a.text, (question, leaked, a.text)


def test_timeline_view_of_the_other_file(process: Process) -> None:
    view = timeline_view(process, at(2025, 3, 10), "sv")
    status = {e.id: e.status for e in view.entries}
    assert status == {"inventering": "past", "dialog": "past", "skrivarbete": "current", "remiss": "upcoming",
                      "bearbetning": "upcoming", "beslut": "upcoming", "klar": "upcoming"}
    assert view.entries[view.today_index].id == "skrivarbete"
    assert next(e for e in view.entries if e.id == "inventering").exact


def test_a_process_without_a_consultation(process: Process) -> None:
    engine = AnswerEngine(process.model_copy(update={"consultation": None}))
    for question in ("Är remissen öppen?", "Hur många dagar är kvar?", "Vilka är remissinstanser?"):
        a = engine.answer(question, at(2025, 6, 1))
        assert not a.topic.startswith("consultation"), question
        assert a.text
