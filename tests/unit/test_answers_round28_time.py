"""Round 28 (r28time): the timeline, the decision and the committees, in new wordings."""
from __future__ import annotations

import datetime as dt

import pytest

from rusbot.answers.engine import AnswerEngine
from rusbot.process.loader import load_process


@pytest.fixture(scope="module")
def engine() -> AnswerEngine:
    return AnswerEngine(load_process())


def _ask(engine: AnswerEngine, q: str, day: str = "2021-04-20") -> str:
    return engine.answer(q, dt.datetime.fromisoformat(f"{day}T10:00:00+02:00")).text


def test_decision_told_postponed_is_not_confirmed(engine: AnswerEngine) -> None:
    text = _ask(engine, "En kollega påstår att regionstyrelsen har skjutit upp beslutet om strategin till våren. "
                        "Är det sant?", "2021-11-20")
    assert text.startswith("Det står inte i underlaget att beslutet skulle ha skjutits upp")
    assert "regionfullmäktige" in text and "inte regionstyrelsen" in text and "slutet av 2021" in text
    assert "står för" not in text


def test_decision_told_postponed_english(engine: AnswerEngine) -> None:
    text = _ask(engine, "I heard the council's decision on the strategy has been pushed back to February 2022. Is that "
                        "correct?", "2021-11-20")
    assert text.startswith("The material does not say the decision has been postponed")
    assert "the end of 2021" in text


def test_request_for_short_answer_to_forward_is_no_deed(engine: AnswerEngine) -> None:
    text = _ask(engine, "Vår förvaltningschef undrar vem som fattar det slutliga beslutet om RUS. Kan du skriva ett "
                        "kort svar som jag kan mejla vidare?", "2021-10-01")
    assert "Det kan jag inte" not in text
    assert "regionfullmäktige" in text.lower()


def test_request_for_short_answer_alone_still_declined(engine: AnswerEngine) -> None:
    text = _ask(engine, "Kan du ge ett kort svar jag kan skicka vidare?", "2021-10-01")
    assert "regionfullmäktige" not in text.lower()


def test_whether_committees_have_dealt_with_it_is_not_known(engine: AnswerEngine) -> None:
    text = _ask(engine, "har nämnderna i regionen redan behandlat uppdateringen?", "2021-11-15")
    assert text.startswith("Det vet jag inte")


def test_whether_anchoring_happened_after_another_question_follows_it(engine: AnswerEngine) -> None:
    text = _ask(engine, "Vad innebär förankring, och har nämnderna gått igenom förslaget än?", "2021-11-15")
    assert text.startswith("Förankring")
    assert "Om det redan har skett vet jag inte" in text


def test_what_a_body_does_now_is_its_role_not_the_stock_list(engine: AnswerEngine) -> None:
    text = _ask(engine, "vad ska fullmäktige göra nu med strategin", "2021-10-25")
    assert "Just nu enligt tidplanen" not in text
    assert "beslut" in text


def test_what_we_do_now_is_not_read_as_a_body(engine: AnswerEngine) -> None:
    text = _ask(engine, "vad ska vi från kommunen göra nu?", "2021-10-25")
    assert not text.startswith("Kommunerna önskade")


def test_how_beside_when_of_an_undated_step_is_said_not_given(engine: AnswerEngine) -> None:
    text = _ask(engine, "Hur och när går nämndernas förankring till?", "2021-10-20")
    assert "i vilken form" in text.split("\n")[0]


def test_how_beside_when_english(engine: AnswerEngine) -> None:
    text = _ask(engine, "How and when will the committees do the political anchoring?", "2021-10-20")
    assert "not in the material" in text.split("\n")[0]


def test_anything_written_before_the_check_in(engine: AnswerEngine) -> None:
    text = _ask(engine, "Måste vi sammanställa och skicka något före mötet den 11 mars?", "2021-02-20")
    assert text.startswith("Att ni ska skicka in något skriftligt före avstämningen står inte i underlaget")
    assert "**Nytt inspel**" in text


def test_anything_written_before_the_check_in_english(engine: AnswerEngine) -> None:
    text = _ask(engine, "Are we expected to send in a written statement ahead of the check-in?", "2021-02-20")
    assert text.startswith("The material does not say you are to send anything in writing")


def test_date_it_applies_from_said_not_given(engine: AnswerEngine) -> None:
    text = _ask(engine, "Från när gäller den uppdaterade strategin, så vi kan citera rätt?", "2021-12-01")
    assert text.startswith("Från vilket datum den uppdaterade RUS gäller står inte i underlaget")
    assert "i slutet av 2021" in text


def test_date_it_applies_from_beside_another_question_follows_it(engine: AnswerEngine) -> None:
    text = _ask(engine, "Vilka är med i partnerskapet? Och när börjar den nya RUS att gälla?", "2021-12-01")
    # (said by the answer of when it applies, or by the layer that adds it; either way after the members)
    assert "gälla står inte i underlaget" in text or "gäller står inte i underlaget" in text
    assert text.startswith("Partnerskapet för regional utveckling")


def test_date_in_force_english(engine: AnswerEngine) -> None:
    text = _ask(engine, "When will the revised RUS come into force?", "2021-12-01")
    assert "not in the material" in text and "end of 2021" in text


def test_same_structure_answered_yes_first(engine: AnswerEngine) -> None:
    text = _ask(engine, "Hej, blir strukturen densamma i den uppdaterade strategin?", "2021-09-01")
    assert text.startswith("Hej! Ja – strukturen i nuvarande RUS behålls")


def test_members_say_again_before_the_council(engine: AnswerEngine) -> None:
    text = _ask(engine, "Vår ordförande frågar när fullmäktige beslutar om strategin och om vi kan tycka till igen "
                        "före det?", "2021-10-10")
    assert "förankras uppdateringarna med partnerskapet" in text
    assert "datum för beslutet" in text


def test_own_decision_on_final_version_not_in_material(engine: AnswerEngine) -> None:
    text = _ask(engine, "Kan du sammanfatta vad som händer framöver? Ska vår KS fatta något eget beslut om "
                        "slutversionen av strategin?", "2021-10-10")
    assert "Att ni ska fatta ett eget beslut om slutversionen står inte i underlaget" in text


def test_own_decision_english(engine: AnswerEngine) -> None:
    text = _ask(engine, "What happens after the consultation? Do we have to make our own decision on the final "
                        "text?", "2021-10-10")
    assert "decision of your own on the final version" in text


def test_what_the_check_in_decided_is_not_the_councils_decision(engine: AnswerEngine) -> None:
    text = _ask(engine, "Missed the check-in on 11 March. Was it decided which sections are going to be revised?",
                "2021-03-18")
    assert "not in the material" in text.split("\n")[0]
    assert "regional council comes after" not in text


def test_wish_of_the_body_spoken_for_leads_a_forum_answer(engine: AnswerEngine) -> None:
    text = _ask(engine, "Vi från kommunerna hade synpunkter om remissen på KC/RD-mötet? Vad var det vi ville ha då?",
                "2021-02-01")
    assert text.startswith("Kommunerna önskade en remiss till och med september")
