"""Round 15 leftovers: a sentence-initial possessive or an acronym compound ("IT-projekt") is no organisation's
name; another region's own strategy is not answered with ours; 'what can I use you for' said as confusion is a
request for help; who sends the consultation out; what the review is. Wordings differ from the batches'."""

from __future__ import annotations

import datetime as dt

import pytest

from rusbot.answers.engine import AnswerEngine
from rusbot.process.loader import load_process
from rusbot.understanding.entities import EntityRules
from tests.unit.answering import at, first_sentence


@pytest.fixture(scope="module")
def rules() -> EntityRules:
    return EntityRules(load_process())


@pytest.mark.parametrize("question", ["Min tolkning är att alla är med i partnerskapet?",
                                      "Mitt intryck är att kommunerna är med, stämmer det?",
                                      "Vår bild är att alla organisationer ingår?",
                                      "Funkar det som ett EU-projekt där alla är med?",
                                      "Är det likt ett IT-system, är alla med?"])
def test_a_possessive_or_an_acronym_compound_is_not_a_name(rules: EntityRules, question: str) -> None:
    assert rules.find(question, dt.date(2021, 5, 4)).unknown_name is None


@pytest.mark.parametrize("question,name", [("Är FN-förbundet med?", "FN-förbundet"),
                                           ("Mitt intryck: är Region Jämtland med?", "Region Jämtland")])
def test_real_names_are_still_names(rules: EntityRules, question: str, name: str) -> None:
    assert rules.find(question, dt.date(2021, 5, 4)).unknown_name == name


def test_an_acronym_compound_is_not_answered_as_a_non_member(engine: AnswerEngine) -> None:
    a = engine.answer("Är det som i ett EU-projekt, är alla med?", at(2021, 5, 4))
    assert "EU-projekt" not in first_sentence(a.text)


@pytest.mark.parametrize("question", ["jag förstår inte vad jag kan använda dig till",
                                      "begriper inte riktigt vad vi ska ha boten till",
                                      "I don't get what I can use you for", "not sure what to do with this bot"])
def test_confusion_about_what_the_bot_is_for_gets_what_it_does(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 5, 4))
    assert a.text.startswith(("Jag är boten", "I am the bot"))
    assert "människa" not in first_sentence(a.text) and "human" not in first_sentence(a.text)


@pytest.mark.parametrize("question,region", [("När antar Region Halland sin nya RUS?", "Region Halland"),
                                             ("Hur gör Region Dalarna med sin strategi?", "Region Dalarna"),
                                             ("hur gör Region Jämtland?", "Region Jämtland"),
                                             ("When does Region Skåne adopt its strategy?", "Region Skåne")])
def test_another_regions_own_strategy_is_not_answered_with_ours(engine: AnswerEngine, question: str,
                                                                 region: str) -> None:
    a = engine.answer(question, at(2021, 5, 4))
    lead = first_sentence(a.text)
    assert lead.startswith(("Det vet jag inte", "I don't know")) and "Region Örebro län" in lead and region in lead
    assert "regionfullmäktige" not in a.text and "2021" not in a.text


def test_our_own_region_and_adoption_are_still_answered(engine: AnswerEngine) -> None:
    assert "fullmäktige" in engine.answer("När antar regionfullmäktige RUS?", at(2021, 5, 4)).text
    assert engine.answer("vad gör Region Örebro län?", at(2021, 5, 4)).text.startswith("Region Örebro län")
    assert engine.answer("Är Region Värmland med?", at(2021, 5, 4)).text.startswith("Nej")


@pytest.mark.parametrize("question", ["vem är det som skickar ut remissen?", "Vem är avsändare för remissen?",
                                      "Who sends the consultation out?"])
def test_who_sends_the_consultation_is_said_before_who_gets_it(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 5, 4))
    lead = first_sentence(a.text)
    assert lead.startswith(("Vem som skickar ut remissen står inte", "Who sends the consultation out is not"))
    assert "Region Örebro län" in lead and "RF-SISU" in a.text


def test_who_gets_the_consultation_is_still_the_list(engine: AnswerEngine) -> None:
    assert engine.answer("vilka får remissen?", at(2021, 5, 4)).text.startswith("Remissen går till")


@pytest.mark.parametrize("question", ["Vad är RUS-översynen för något?", "vad är översynen för nåt egentligen?",
                                      "Vad är översynen av strategin för nånting?"])
def test_what_the_review_is_for_something_explains_the_review(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 3, 2))
    lead = first_sentence(a.text)
    assert not a.text.startswith("Det vet jag inte") and ("uppdateras" in lead or "ses över" in lead)


def test_what_rus_itself_is_stays_rus(engine: AnswerEngine) -> None:
    assert engine.answer("Vad är RUS för något?", at(2021, 3, 2)).text.startswith("RUS är")


@pytest.mark.parametrize("question", ["till vilka skickas remissen?", "who is the consultation sent to?"])
def test_sent_to_whom_is_still_who_gets_it(engine: AnswerEngine, question: str) -> None:
    assert engine.answer(question, at(2021, 5, 4)).text.startswith(("Remissen går till", "The consultation goes to"))


def test_another_region_in_the_genitive_is_named_without_it(engine: AnswerEngine) -> None:
    lead = first_sentence(engine.answer("Hur ser Region Hallands strategiarbete ut?", at(2021, 5, 4)).text)
    assert "Region Halland " in lead + " " and "Hallands" not in lead


@pytest.mark.parametrize("question", ["When does the new structural fund period start?",
                                      "When does the new programme period for the structural funds begin?",
                                      "när drar nya programperioden för strukturfonderna igång?"])
def test_the_structural_fund_period_is_its_years_not_the_consultation(engine: AnswerEngine, question: str) -> None:
    lead = first_sentence(engine.answer(question, at(2021, 5, 4)).text)
    assert "2021–2028" in lead and "30 September" not in lead and "30 september" not in lead


@pytest.mark.parametrize("question", ["Våra idrottsförbund vill också säga sitt – får de svara själva?",
                                      "Kan våra medlemsföreningar lämna egna remissvar?",
                                      "Can our member clubs respond to the consultation on their own?"])
def test_a_members_own_members_answering_is_said_not_in_the_material(engine: AnswerEngine, question: str) -> None:
    lead = first_sentence(engine.answer(question, at(2021, 6, 20)).text)
    assert "står inte i underlaget" in lead or "is not in the material" in lead


def test_a_member_federation_still_gets_the_consultation(engine: AnswerEngine) -> None:
    assert engine.answer("Får bildningsförbundet remissen?", at(2021, 6, 20)).text.startswith("Ja")


@pytest.mark.parametrize("question", ["Blir det workshoppar även den här gången?",
                                      "Måste vi räkna med heldagar?",
                                      "Will there be workshops this time?"])
def test_workshops_and_full_days_are_said_not_in_the_material_then_the_way_of_working(
        engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 1, 20))
    assert first_sentence(a.text).startswith(("Om det blir workshoppar eller heldagar står inte",
                                              "Whether there will be workshops"))
    assert "Korta ledtider" in a.text or "Short lead times" in a.text or "lead times" in a.text.lower()


def test_the_next_workshop_is_still_the_next_meeting(engine: AnswerEngine) -> None:
    a = engine.answer("när blir nästa workshop?", at(2021, 2, 15))
    assert "11 mars" in first_sentence(a.text)


def test_a_joint_response_with_associations_is_still_the_joint_answer(engine: AnswerEngine) -> None:
    a = engine.answer("Kan vi lämna ett gemensamt remissvar ihop med några föreningar?", at(2021, 7, 15))
    assert "gemensamt svar" in a.text


@pytest.mark.parametrize("question", ["Går det fortfarande att lämna inspel?", "is it still open for input?"])
def test_input_after_the_check_in_points_to_the_consultation_while_it_is_ahead(engine: AnswerEngine,
                                                                              question: str) -> None:
    a = engine.answer(question, at(2021, 5, 25))
    assert "30 september 2021" in a.text.split("\n\n")[0] or "30 September 2021" in a.text.split("\n\n")[0]


def test_input_after_the_consultation_does_not_point_to_it(engine: AnswerEngine) -> None:
    a = engine.answer("Går det fortfarande att lämna inspel?", at(2021, 11, 2))
    assert "remissen" not in a.text.split("\n\n")[0].lower()


@pytest.mark.parametrize("question", ["Går det att bli klar till årsskiftet när remissen pågår hela september?",
                                      "Can it really be ready by the end of the year when the consultation runs "
                                      "until September?"])
def test_ready_by_the_end_with_the_consultations_span_as_premise_is_the_plans_end(engine: AnswerEngine,
                                                                                  question: str) -> None:
    a = engine.answer(question, at(2021, 5, 18))
    lead = first_sentence(a.text)
    assert "slutet av 2021" in lead or "end of 2021" in lead
    assert not lead.startswith(("Ja, september", "Yes, September", "Remissen öppnar", "The consultation opens"))


def test_answering_in_september_is_still_the_deadline_check(engine: AnswerEngine) -> None:
    a = engine.answer("Räcker det att vi svarar i september?", at(2021, 5, 18))
    assert "30 september" in first_sentence(a.text) and a.topic != "decision"
