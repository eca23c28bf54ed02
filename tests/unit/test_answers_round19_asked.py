"""Round 19: the slot asked is answered first (blind batch 36): a count or a day put forward to be confirmed, how
long until the consultation comes, and a legal status the material does not give. New wordings, not the batch's."""

from __future__ import annotations

import pytest

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at


def test_a_count_of_days_put_forward_is_confirmed_or_refuted_with_the_number(engine: AnswerEngine) -> None:
    yes = engine.answer("Vi har väl två veckor kvar på remissen? Har inte skrivit något än.", at(2021, 9, 16))
    assert yes.text.startswith("Ja – **14 dagar kvar**")
    roughly = engine.answer("två veckor kvar till remissvaret ska in, eller hur?", at(2021, 9, 15))
    assert roughly.text.startswith("Ja, ungefär – **15 dagar kvar**")
    no = engine.answer("five days left to respond to the consultation, right?", at(2021, 9, 20))
    assert no.text.startswith("No – **10 days left**") and "30 September 2021" in no.text


def test_a_day_put_forward_as_the_last_day_is_answered_yes_no_or_which(engine: AnswerEngine) -> None:
    which = engine.answer("stänger remissen idag eller imorgon?", at(2021, 9, 29, 20))
    assert which.text.startswith("I morgon: torsdag 30 september 2021 är remissens sista dag")
    no = engine.answer("Är det idag som remissvaret måste vara inne, deadline alltså?", at(2021, 9, 29))
    assert no.text.startswith("Nej – remissens sista dag är i morgon")
    yes = engine.answer("is today the last day for the consultation response?", at(2021, 9, 30, 9))
    assert yes.text.startswith("Yes")


def test_how_long_until_the_consultation_comes_is_counted_in_weeks_not_the_meeting_named(
        engine: AnswerEngine) -> None:
    text = engine.answer("Avstämningen är ju klar nu – hur länge dröjer det tills remissen öppnar?",
                         at(2021, 3, 22)).text
    assert "ungefär 12 veckor" in text.split(".")[0].lower() and "mitten av juni 2021" in text
    assert "11 mars" not in text
    text = engine.answer("Efter avstämningen den 11 mars – hur länge dröjer det innan remissen kommer?",
                         at(2021, 3, 25)).text
    assert text.startswith("Ungefär 12 veckor (runt tre månader)") and "exakt startdag anges inte" in text


def test_a_count_asked_for_is_not_answered_yes_or_no(engine: AnswerEngine) -> None:
    text = engine.answer("hur många dagar kvar på remissen?", at(2021, 9, 20)).text
    assert not text.startswith(("Ja", "Nej"))


def test_a_legal_basis_asked_of_the_review_says_no_law_is_cited_then_the_basis(engine: AnswerEngine) -> None:
    text = engine.answer("Finns det ett lagkrav bakom översynen av RUS, eller är det regionledningen som vill det?",
                         at(2021, 4, 1)).text
    assert text.startswith("Underlaget hänvisar inte till någon lag.")
    assert "varje mandatperiod" in text and "regionledningen har gett i uppdrag" in text


def test_a_legal_status_asked_of_the_check_in_is_said_not_to_be_described(engine: AnswerEngine) -> None:
    text = engine.answer("Is the check-in with the partnership on 11 March legally a formal consultation?",
                         at(2021, 3, 1)).text
    assert text.startswith("The material does not describe the check-in's legal status.")
    assert "11 March 2021" in text and "another, later step" in text


def test_what_we_still_need_to_do_is_the_members_part_not_the_decider(engine: AnswerEngine) -> None:
    text = engine.answer("Our response went in last week. Is there anything else we have to do before the council "
                         "adopts the strategy?", at(2021, 10, 26)).text
    assert text.startswith("According to the timeline you take part in the anchoring with the partnership")


def test_what_to_do_already_now_before_the_check_in_names_phase_one_and_inspel(engine: AnswerEngine) -> None:
    text = engine.answer("Blir det något för oss att göra i januari?", at(2021, 1, 11)).text
    assert "Närmast för er enligt tidplanen: avstämning med partnerskapet (11 mars 2021)" in text
    assert "Fas 1 – identifiera vad som ska ändras" in text and "**inspel**" in text


def test_whether_the_partnership_sees_it_again_before_the_politicians_is_answered_with_the_order(
        engine: AnswerEngine) -> None:
    text = engine.answer("After the consultation, does the revised text go back to the partnership before the "
                         "politicians, or straight to the council?", at(2021, 8, 30)).text
    assert text.startswith("Yes") and "anchoring with the partnership, before the political anchoring" in text


def test_who_decided_that_it_is_to_be_done_is_the_leadership(engine: AnswerEngine) -> None:
    text = engine.answer("vem har bestämt att strategin ska göras om?", at(2021, 2, 1)).text
    assert text.startswith("Regionledningen har gett i uppdrag")


def test_how_to_give_input_is_answered_whatever_organisation_the_story_says_is_seen_too_little(
        engine: AnswerEngine) -> None:
    text = engine.answer("Hur skickar vi in ett inspel? Vi tycker att RF-SISU syns för lite i strategin.",
                         at(2021, 2, 20)).text
    assert text.startswith("Inspel – förslag på vad som ska uppdateras i RUS – lämnar du här")
    assert "Bara om du själv företräder" not in text


@pytest.mark.parametrize("question", ["Varför måste vi behålla strukturen?", "Vi vill behålla målen, går det?"])
def test_a_word_ending_like_a_greeting_is_no_greeting(engine: AnswerEngine, question: str) -> None:
    # "behålla" folds to "behalla", which ends in the greeting "halla": a compound's tail is no greeting.
    assert not engine.answer(question, at(2021, 4, 20)).text.startswith("Hej!")


def test_who_writes_our_response_is_not_a_question_about_the_bot(engine: AnswerEngine) -> None:
    text = engine.answer("Remissen har kommit. Är det jag eller nämnden som ska skriva vårt svar?",
                         at(2021, 6, 21)).text
    assert "Jag är en bot" not in text
