"""Issue 9, round 11, the answer side for roles, the bot's own features and multi-part messages: the kinds of
failure behind batches 21 and 22. Each test asks in other words than the batch did, so that it checks the kind,
not one question."""

from __future__ import annotations

import pytest

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at, first_sentence


@pytest.mark.parametrize("question", ["Jag har precis börjat i partnerskapet för Kumla kommun, var ska jag börja?",
                                      "Hej! Jag företräder Nora kommun och är ny här. Hur börjar jag?"])
def test_someone_new_is_told_where_to_start_and_where_the_plan_stands(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 2, 15))
    assert "**organisation**" in a.text.split("\n\n")[0]
    assert "Fas 1" in a.text and "**inspel**" in a.text and "**remissvar**" in a.text and "**påminnelser**" in a.text


def test_what_the_bot_is_for_is_said_first_in_english(engine: AnswerEngine) -> None:
    a = engine.answer("I'm with Länsstyrelsen and new in this team – what are you for?", at(2021, 4, 6))
    lead = a.text.split("\n\n")[0]
    assert "bot for the partners" in lead and "consultation response" in lead and "reminders" in lead
    assert "Länsstyrelsen is a member" in a.text and "**help**" in a.text


@pytest.mark.parametrize("question", ["kan man prata med dig i en gruppchatt eller bara i en privat chatt?",
                                      "Does the bot work in our team channel too?"])
def test_the_bot_works_in_a_channel_when_mentioned(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 5, 3))
    assert a.text.startswith(("Ja", "Yes")) and ("@-nämner" in a.text or "@mention" in a.text)


def test_which_material_to_start_from_leads_with_not_known(engine: AnswerEngine) -> None:
    a = engine.answer("vilket underlag ska vi som kommun använda i fas 1?", at(2021, 2, 20))
    assert first_sentence(a.text).startswith("Det vet jag inte") or "står inte" in first_sentence(a.text)


def test_which_material_the_bot_builds_on_is_its_process_file(engine: AnswerEngine) -> None:
    a = engine.answer("Vilka underlag bygger du dina svar på?", at(2021, 2, 20))
    assert "Information om processen för uppdatering RUS" in a.text


@pytest.mark.parametrize("question", ["Hur håller jag koll så att vi inte missar några datum?",
                                      "what's the best way to never miss a deadline here?"])
def test_not_missing_a_deadline_is_the_reminders_and_the_calendar(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 8, 30))
    assert a.topic == "feature.reminders"
    assert ("**påminnelser**" in a.text or "**reminders**" in a.text) and ("kalendern" in a.text or
                                                                           "calendar" in a.text)
    assert "påminn mig av" not in a.text and "nudges off" not in a.text


def test_who_has_answered_is_status_and_the_tabs_page_not_a_card(engine: AnswerEngine) -> None:
    a = engine.answer("Var ser man vilka organisationer som redan har svarat på remissen?", at(2021, 9, 10))
    assert a.card is None and "**status**" in a.text and "**Remissvar**" in a.text and "egen organisations" in a.text


@pytest.mark.parametrize("question", ["vem bestämmer om vi får anstånd?", "Who decides on an extension for us?"])
def test_who_grants_an_extension_is_the_coordinators_not_the_council(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 9, 20))
    assert first_sentence(a.text).startswith(("Anstånd med remissvaret beviljar samordnarna",
                                              "The coordinators grant extensions"))
    assert "Regionfullmäktige" not in a.text


def test_companies_are_not_members_and_the_chamber_is_named(engine: AnswerEngine) -> None:
    a = engine.answer("sitter näringslivet med i partnerskapet?", at(2021, 3, 1))
    # Round 14: business does sit there, through Handelskammaren – a "Nej" only for companies themselves.
    assert first_sentence(a.text).startswith("Ja, genom Handelskammaren") and "Enskilda företag" in a.text


def test_the_partnership_and_the_council_are_told_apart(engine: AnswerEngine) -> None:
    a = engine.answer("Vad är skillnaden mellan partnerskapet och regionfullmäktige?", at(2021, 6, 1))
    lead = a.text.split("\n\n")[0]
    assert "beslutar om vad som ska uppdateras" in lead and "fattar det politiska beslutet" in lead


@pytest.mark.parametrize(("question", "no", "yes"), [
    ("Är LRF med i partnerskapet eller bara Länsstyrelsen?", "LRF", "Länsstyrelsen"),
    ("Is Almi a member, or only RF-SISU?", "Almi", "RF-SISU"),
])
def test_an_alternative_name_after_or_only_gets_its_own_answer(engine: AnswerEngine, question: str, no: str,
                                                               yes: str) -> None:
    first, second = engine.answer(question, at(2021, 5, 3)).text.split("\n\n", 1)
    assert first.startswith(("Nej", "No")) and f"**{no}**" in first
    assert second.startswith(("Ja", "Yes")) and f"**{yes}**" in second


def test_or_only_a_kind_of_respondent_stays_one_question(engine: AnswerEngine) -> None:
    a = engine.answer("Är Hallsberg med i partnerskapet eller bara remissinstans?", at(2021, 5, 3))
    assert "**remissinstans**" not in a.text


def test_a_role_and_when_to_deliver_are_both_answered(engine: AnswerEngine) -> None:
    a = engine.answer("Vi på RF-SISU undrar dels vad vår roll är, dels när vi måste ha något klart.",
                      at(2021, 5, 10))
    assert "RF-SISU är med i Partnerskapet" in a.text and "30 september 2021" in a.text


@pytest.mark.parametrize("question", ["är inspel obligatoriskt för oss?",
                                      "Is it mandatory to give input, or is the response enough?"])
def test_whether_input_is_required_beside_the_response_is_not_said(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 3, 1))
    # Two answerers say it (the consultation's and the input's); either way the first sentence is the "not said".
    assert first_sentence(a.text).startswith(("Det står inte i underlaget om ni måste lämna inspel",
                                              "Underlaget säger inget om att inspel krävs",
                                              "The material does not say whether you must give input",
                                              "The material does not say input is required"))


def test_anchoring_within_ones_own_organisation_is_not_known(engine: AnswerEngine) -> None:
    a = engine.answer("Hur förankrar jag som Nora kommuns företrädare uppdateringen hos oss själva?", at(2021, 4, 1))
    assert a.text.startswith("Det vet jag inte") and "förankras med partnerskapet" in a.text
