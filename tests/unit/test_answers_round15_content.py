"""Round 15: the process content answered first – how often RUS is reviewed, who decided the review, the
consultation's length in weeks, a check-in's outcome and agenda, a council decision said to be taken before the
consultation, who adopts RUS, what the review is, when to influence (b27/b28 content failures). Wordings differ
from the batches'."""

from __future__ import annotations

import pytest

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at, first_sentence


@pytest.mark.parametrize("question", ["Hur ofta revideras strategin?", "hur ofta uppdateras rus egentligen",
                                      "How often is the strategy updated?", "Hur ofta ses RUS över?"])
def test_how_often_rus_is_reviewed_is_every_mandate_period(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 5, 4))
    lead = first_sentence(a.text)
    assert "mandatperiod" in lead or "mandate period" in lead
    assert "partnerskapet ses" not in a.text and "partnership meets" not in a.text


def test_how_often_we_meet_is_still_not_known(engine: AnswerEngine) -> None:
    a = engine.answer("hur ofta träffas vi i partnerskapet?", at(2021, 5, 4))
    assert a.text.startswith("Det vet jag inte")


@pytest.mark.parametrize("question", ["vem beställde översynen av strategin?", "Vems beslut var det att se över RUS?",
                                      "Who decided the strategy would only get an update?",
                                      "vem bestämde att strukturen skulle vara kvar?"])
def test_who_decided_the_review_is_the_regional_leadership(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 2, 3))
    assert first_sentence(a.text).startswith(("Regionledningen", "The regional leadership"))


@pytest.mark.parametrize("question", ["Vem fattar det slutliga beslutet om den uppdaterade strategin?",
                                      "Who takes the final decision on the updated RUS?"])
def test_the_final_decision_is_still_the_councils(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 2, 3))
    assert "regionfullmäktige" in first_sentence(a.text).lower() or "regional council" in first_sentence(a.text)


@pytest.mark.parametrize("question", ["Hur många veckor är remissen öppen?", "remissperioden – hur lång är den?",
                                      "How many weeks does the consultation last?"])
def test_the_consultations_length_is_about_fifteen_weeks(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 4, 6))
    assert a.text.startswith(("Ungefär 15 veckor", "About 15 weeks"))
    assert "30 september" in a.text.lower() and ("Exakt startdag anges inte" in a.text or "not given" in a.text)


def test_the_time_left_is_still_counted_from_today(engine: AnswerEngine) -> None:
    a = engine.answer("hur många dagar är det kvar av remissen?", at(2021, 9, 20))
    assert "10 dagar" in first_sentence(a.text)


@pytest.mark.parametrize("question", ["Vad enades man om på avstämningen i mars?",
                                      "vilka delar valdes ut enligt avstämningen?",
                                      "What did they agree on at the March check-in?"])
def test_a_past_check_ins_outcome_is_said_unknown_first(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 5, 3))
    assert a.text.startswith(("Vad som kom fram", "What came out"))


def test_a_check_in_named_by_its_subject_asks_no_outcome(engine: AnswerEngine) -> None:
    a = engine.answer("Har vi redan haft avstämningen om vad som ska ändras?", at(2021, 6, 1))
    assert not a.text.startswith("Vad som kom fram")


@pytest.mark.parametrize("question", ["Har ni en dagordning till avstämningen?",
                                      "Is there an agenda for the check-in with the partnership?"])
def test_an_agenda_asked_for_is_said_not_given_first(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 2, 22))
    assert a.text.startswith(("Någon agenda", "There is no agenda"))
    assert "11 mars" in a.text or "11 March" in a.text


@pytest.mark.parametrize("question", ["Jag hörde att regionfullmäktige redan antog RUS i maj?",
                                      "We understood the regional council already adopted the update in June.",
                                      "RF har väl redan beslutat om strategin?"])
def test_a_council_decision_before_the_consultation_ends_is_corrected(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 7, 2))
    assert a.text.startswith(("Nej – enligt tidplanen", "No – according to the timeline"))
    assert "remissen" in a.text or "consultation" in a.text
    assert a.text.count("Tidplanen anger inget eget datum") + a.text.count("gives the decision no date") == 1


def test_after_the_plans_time_the_decision_is_not_corrected(engine: AnswerEngine) -> None:
    a = engine.answer("Har regionfullmäktige beslutat om RUS?", at(2021, 12, 20))
    assert not a.text.startswith("Nej")


@pytest.mark.parametrize("question", ["Är det nämnderna som antar strategin?",
                                      "Is it the partnership that adopts RUS?"])
def test_a_body_before_the_decision_does_not_adopt_rus(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 8, 2))
    assert a.text.startswith(("Nej – regionfullmäktige", "No – the regional council"))


def test_a_municipal_board_is_not_said_no_to(engine: AnswerEngine) -> None:
    a = engine.answer("ska kommunstyrelsen i varje kommun också anta RUS?", at(2021, 8, 2))
    assert not a.text.startswith("Nej")


def test_what_the_review_is_leads_beside_a_members_part(engine: AnswerEngine) -> None:
    a = engine.answer("Hej, jag har börjat i Hällefors. Vad är översynen och vad förväntas av oss i år?",
                      at(2021, 1, 20))
    assert "mandatperiod" in a.text.split("\n\n")[0] and "inte en ny RUS" in a.text.split("\n\n")[0]


def test_the_review_word_in_its_definite_form_is_the_glossary_word(engine: AnswerEngine) -> None:
    a = engine.answer("vad menas med översynen?", at(2021, 3, 1))
    assert a.text.startswith("Översyn eller uppdatering betyder här")


@pytest.mark.parametrize("question", ["när väntas den nationella strategin komma?",
                                      "nar kommer den nationela strategin"])
def test_a_drivers_when_is_what_the_material_says(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 3, 1))
    assert a.text.startswith("**Ny nationell strategi") and "exakt datum anges inte" in a.text
    assert "Övriga händelser" not in a.text


@pytest.mark.parametrize("question", ["Vilka kommuner finns det i länet, är Kumla med?",
                                      "Which municipalities are members – is Degerfors one?"])
def test_which_municipalities_with_one_named_lists_them(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 5, 5))
    assert a.text.startswith(("Ja", "Yes")) and "Ljusnarsberg" in a.text and "12" in a.text


def test_writing_after_the_consultation_leads(engine: AnswerEngine) -> None:
    a = engine.answer("blir det en skrivfas till efter remissen?", at(2021, 8, 10))
    assert a.text.startswith(("Efter remissen följer en ny skrivfas", "Ja – efter remissen följer en ny skrivfas"))
    assert "innan de går till politisk förankring" in a.text.split("\n")[0]


def test_where_we_stand_names_the_next_dated_step(engine: AnswerEngine) -> None:
    a = engine.answer("var befinner vi oss i processen?", at(2021, 5, 12))
    assert "Härnäst med datum" in a.text and "mitten av juni" in a.text


def test_a_negated_check_borne_out_says_yes(engine: AnswerEngine) -> None:
    a = engine.answer("Var det inte kommunerna som ville ha remiss hela september?", at(2021, 6, 20))
    assert a.text.startswith("Ja – kommunerna önskade")


def test_a_negated_check_not_borne_out_gets_no_yes(engine: AnswerEngine) -> None:
    a = engine.answer("Var det inte nämnderna som önskade remissen till september?", at(2021, 6, 20))
    assert not a.text.startswith("Ja")


@pytest.mark.parametrize("question", ["Kan tidplanen justeras under resans gång?", "Can the timeline change?"])
def test_whether_the_plan_can_change_is_the_agile_process_and_unknown(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 2, 12))
    assert "agil" in first_sentence(a.text).lower() and ("står inte i underlaget" in a.text or
                                                          "not in the material" in a.text)


def test_when_to_influence_early_is_before_the_check_in(engine: AnswerEngine) -> None:
    a = engine.answer("När ska vi komma in med synpunkter för att påverka så tidigt som möjligt?", at(2021, 2, 18))
    assert a.text.startswith("Tidigast i fas 1") and "inspel" in a.text and "remissvar" in a.text


def test_why_a_member_has_a_say_is_not_the_reviews_why(engine: AnswerEngine) -> None:
    a = engine.answer("Varför ska Örebro läns bildningsförbund få tycka till om regional utveckling?", at(2021, 4, 9))
    assert a.text.startswith("Underlaget räknar upp **Örebro läns bildningsförbund**")


@pytest.mark.parametrize("question", ["Vilket datum ska regionfullmäktige anta RUS?",
                                      "Which date does the regional council adopt the update?"])
def test_the_decisions_date_asked_says_none_is_given_first(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 9, 1))
    assert a.text.startswith(("Tidplanen anger inget eget datum", "The timeline gives no date"))


def test_a_word_compared_with_something_outside_says_no_comparison_is_made(engine: AnswerEngine) -> None:
    a = engine.answer("Betyder skrivfas samma som i en vanlig projektplan?", at(2021, 2, 12))
    assert a.text.startswith("Skrivfas") and "jämför inte med" in a.text


def test_whether_a_bodys_wish_binds_is_said_unknown_first(engine: AnswerEngine) -> None:
    a = engine.answer("Måste man följa KC/RD:s medskick, är de bindande?", at(2021, 2, 12))
    assert a.text.startswith("Om det är bindande står inte i underlaget")


def test_who_a_body_is_says_what_the_glossary_says(engine: AnswerEngine) -> None:
    a = engine.answer("vem är egentligen KC/RD?", at(2021, 2, 12))
    assert a.text.startswith("KC/RD är ett forum") and "förkortningen" in a.text


def test_a_new_section_asked_for_goes_in_as_inspel_within_the_frame(engine: AnswerEngine) -> None:
    a = engine.answer("Går det att få in ett nytt kapitel om friluftsliv i RUS?", at(2021, 2, 12))
    assert "**inspel**" in first_sentence(a.text) and "inte en ny RUS" in a.text


@pytest.mark.parametrize("question", ["När blir partnerskapet involverat i arbetet?",
                                      "When will the partnership be involved?"])
def test_when_the_partnership_is_involved_names_its_steps(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2020, 12, 2))
    lead = first_sentence(a.text)
    assert lead.startswith(("Enligt tidplanen involveras partnerskapet", "According to the timeline the partnership"))
    assert "11 mars 2021" in lead or "11 March 2021" in lead


def test_one_short_word_names_no_event_and_goal_changes_are_unknown(engine: AnswerEngine) -> None:
    a = engine.answer("Varför ska strategin ses över redan nu? Ändras målen mycket?", at(2021, 1, 20))
    assert a.text.startswith("RUS ses över varje mandatperiod") and "Vilka delar eller mål som ändras" in a.text


def test_a_missed_check_ins_outcome_asked_with_its_phase_is_unknown(engine: AnswerEngine) -> None:
    a = engine.answer("Missade avstämningen – vad kom de fram till om vad som ska ändras i fas 1?", at(2021, 5, 20))
    assert "Vad som kom fram eller beslutades" in first_sentence(a.text)


def test_the_reasons_asked_beside_a_word_come_first(engine: AnswerEngine) -> None:
    a = engine.answer("Why is the strategy being reviewed, and what does 'remissvar' mean?", at(2021, 4, 1))
    assert a.text.startswith("RUS is reviewed every mandate period")


def test_a_negated_check_after_a_story_says_yes_first(engine: AnswerEngine) -> None:
    a = engine.answer("Vi är få tjänstepersoner i Nora och remissen går över hela sommaren. Var det inte kommunerna "
                      "som ville ha den så lång?", at(2021, 6, 21))
    assert "Ja – kommunerna önskade" in first_sentence(a.text)
