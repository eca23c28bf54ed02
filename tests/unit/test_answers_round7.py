"""Issue 9, round 7: the answer content behind batches 13 and 14's graded failures. Each test asks in
other words than the batch did, so that it checks the behaviour, not one question."""

from __future__ import annotations

import pytest

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at, first_sentence


def test_why_review_without_a_named_event_leads_with_the_mandate_period(engine: AnswerEngine) -> None:
    # "ny" in the question ("vi har ju en ny") names none of the events, though several say "ny".
    a = engine.answer("varför ska RUS ses över alls, vi har ju en ganska ny?", at(2021, 1, 10))
    assert a.topic == "why_review"
    assert first_sentence(a.text).startswith("RUS ses över varje mandatperiod")
    assert "Det är inte en ny RUS" in a.text
    assert not a.text.startswith("**Ny")


def test_why_review_with_a_named_event_in_a_compound_leads_with_that_event(engine: AnswerEngine) -> None:
    a = engine.answer("Påverkar strukturfondsperioden RUS?", at(2021, 11, 1))
    assert a.text.startswith("**Ny programperiod för strukturfonderna"), a.text


def test_days_left_with_a_decision_day_told_beside_counts_from_today(engine: AnswerEngine) -> None:
    a = engine.answer("Hur många dagar är det kvar på remissen? KS tar det 27/9", at(2021, 9, 6))
    assert a.topic == "consultation.days_left"
    assert a.text.startswith("**24 dagar kvar.**"), a.text
    assert "27 september 2021" in a.text and "3 dagar" in a.text
    assert not a.text.startswith("Ja")


def test_ready_by_christmas_leads_with_the_plan_and_does_not_know(engine: AnswerEngine) -> None:
    a = engine.answer("blir RUS klar före jul?", at(2021, 12, 2))
    assert a.text.startswith("Enligt tidplanen: en uppdaterad RUS ska vara klar i slutet av 2021"), a.text
    assert "vet inte" in a.text.split("\n")[0]


def test_an_approximate_start_is_not_current_before_the_middle_of_its_window(engine: AnswerEngine) -> None:
    from rusbot.answers.timeline import timeline_view

    process = engine.process
    early = next(e for e in timeline_view(process, at(2021, 6, 12), "en").entries if e.id == "remiss")
    assert early.status == "upcoming" and early.uncertain
    middle = next(e for e in timeline_view(process, at(2021, 6, 15), "sv").entries if e.id == "remiss")
    assert middle.status == "current" and middle.uncertain
    # The text says the same as the card: planned to open, not going on; and still says it is near.
    now = engine.answer("vad händer just nu?", at(2021, 6, 12)).text
    assert "planerad att öppna i mitten av juni 2021" in now and "pågår, till" not in now
    card = engine.answer("visa tidplanen", at(2021, 6, 12)).text
    assert "▶ mitten av juni" not in card and "· mitten av juni" in card


def test_what_is_expected_of_a_member_names_its_steps_and_the_response_deadline(engine: AnswerEngine) -> None:
    a = engine.answer("Vi på Kumla kommun, vad förväntas av oss under uppdateringen?", at(2021, 6, 17))
    lead = a.text.split("\n")[0]
    assert lead.startswith("Kumla är med i Partnerskapet för regional utveckling, och enligt tidplanen")
    assert "remiss till Partnerskapet" in lead and "ert remissvar senast 30 september 2021" in lead
    assert "Avstämning" not in lead and "avstämning med partnerskapet (11 mars 2021, planerat)" in a.text
    assert "**remissvar**" in a.text and "Korta ledtider" in a.text
    early = engine.answer("vad förväntas av oss i partnerskapet i år?", at(2021, 3, 1)).text
    assert "avstämning med partnerskapet (11 mars 2021)" in early.split("\n")[0]


def test_when_a_new_member_needs_to_act_is_answered_before_any_card(engine: AnswerEngine) -> None:
    a = engine.answer("Hi, I just started at Karlskoga kommun. What do we need to do and when do we need to act?",
                      at(2021, 6, 11))
    assert a.card is None and a.language == "en"
    assert a.text.startswith("Hi! Karlskoga is a member of the Partnership for Regional Development"), a.text
    assert "response by 30 September 2021" in a.text.split("\n")[0]
    assert "an updated RUS is to be ready at the end of 2021" in a.text


def test_where_in_teams_the_timeline_is_seen_is_answered_with_the_tab(engine: AnswerEngine) -> None:
    a = engine.answer("finns tidplanen att se någonstans inne i Teams?", at(2021, 6, 11))
    assert a.text.startswith("Ja: i Teams finns en flik för uppdateringen"), a.text
    assert a.action == "timeline"        # the card still follows


def test_an_organisation_and_a_role_named_alike_are_not_the_same(engine: AnswerEngine) -> None:
    a = engine.answer("är RF-SISU och RF i tidplanen samma sak?", at(2021, 8, 5))
    assert a.text.startswith("Nej, RF-SISU och Regionfullmäktige (RF) är inte samma."), a.text
    assert "medlemmarna i Partnerskapet" in a.text and a.card is None
    en = engine.answer("Is RF-SISU the same thing as RF in the timeline?", at(2021, 8, 5))
    assert en.text.startswith("No, RF-SISU and the regional council"), en.text


def test_still_in_time_is_a_yes_and_a_told_not_is_no_extension(engine: AnswerEngine) -> None:
    # "inte" in the story ("vet inte om det är inskickat") is not "vi hinner inte": no extension answer.
    a = engine.answer("Hej, jag jobbar på Kumla kommun och har tagit över efter en kollega. Hon började på vårt "
                      "remissvar men jag vet inte om det är inskickat. Hur kollar jag det, och hinner vi fortfarande?",
                      at(2021, 9, 13))
    assert a.text.startswith("Hej! Ja, ni hinner: enligt tidplanen pågår remissen nu, till och med 30 september 2021 "
                             "(17 dagar kvar)"), a.text
    assert "**remissvar**" in a.text and "Anstånd" not in a.text.split("\n")[0]
    late = engine.answer("vi hinner inte lämna remissvaret innan sista september", at(2021, 9, 13))
    assert late.topic == "feature.extension"


def test_whether_a_response_is_anchored_politically_is_not_in_the_material(engine: AnswerEngine) -> None:
    a = engine.answer("ska remissvaret förankras politiskt i kommunen innan?", at(2021, 6, 21))
    assert "står inte i underlaget" in a.text.split("\n")[0], a.text


@pytest.mark.parametrize("question", ["skriv vårt remissvar om infrastruktur åt Kumla", "kan du skriva vårt remissvar?",
                                      "please write our consultation response"])
def test_asked_to_write_the_response_the_bot_declines_and_says_what_it_can(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 8, 18))
    leads = ("Det kan jag inte: jag skriver inte remissvar", "I can't do that: I do not write")
    assert a.text.startswith(leads), a.text
    assert "**Skicka in**" in a.text or "**Submit**" in a.text


def test_a_member_missing_reminders_hears_it_is_a_member_and_who_gets_them(engine: AnswerEngine) -> None:
    a = engine.answer("Degerfors har inte fått några påminnelser, finns vi med?", at(2021, 9, 16))
    assert a.topic == "feature.reminders"
    assert a.text.startswith("Ja, Degerfors är med i Partnerskapet för regional utveckling."), a.text
    assert "**organisation**" in a.text.split("\n")[0] and "**status**" in a.text.split("\n")[0]


def test_who_is_responsible_for_a_chapter_is_not_in_the_material(engine: AnswerEngine) -> None:
    a = engine.answer("Ska Region Örebro län ansvara för kapitlet om landsbygdsutveckling?", at(2021, 5, 17))
    assert a.text.startswith("Det vet jag inte: vem som ansvarar för eller skriver någon del"), a.text
    assert "Landsbygdsutveckling i det regionala utvecklingsuppdraget** nämns" in a.text
    en = engine.answer("Will Örebro University be responsible for the chapter on the pandemic?", at(2021, 5, 17))
    assert en.text.startswith("I don't know: who is responsible"), en.text


def test_a_member_asking_if_it_is_only_a_respondent_hears_its_part_in_the_partnership(engine: AnswerEngine) -> None:
    a = engine.answer("får Hallsbergs kommun säga något om innehållet eller är vi bara remissinstans?", at(2021, 6, 22))
    if a.topic != "consultation.respondents":
        pytest.fail(f"read as {a.topic}: {a.text}")
    assert a.text.startswith("Mer än remissinstans: **Hallsberg"), a.text
    assert "beslutar om vad som ska uppdateras" in a.text


def test_the_senders_own_departments_are_not_in_the_material(engine: AnswerEngine) -> None:
    a = engine.answer("Remissen – går den även till regionens egna förvaltningar i Region Örebro län?", at(2021, 6, 24))
    assert a.topic == "consultation.respondents", a.text
    assert a.text.startswith("Om Region Örebro läns egna förvaltningar lämnar remissvar var för sig står inte i "
                             "underlaget."), a.text


def test_only_about_others_is_not_only_a_respondent(engine: AnswerEngine) -> None:
    a = engine.answer("We are Länsstyrelsen – do we get the consultation too, or is it only the municipalities?",
                      at(2021, 6, 3))
    assert a.text.startswith("Yes, **Länsstyrelsen"), a.text


def test_asked_to_write_after_the_deadline_also_says_it_has_closed(engine: AnswerEngine) -> None:
    a = engine.answer("kan du skriva remissvaret åt oss?", at(2021, 11, 4))
    assert a.text.startswith("Det kan jag inte") and "Remisstiden gick ut 30 september 2021" in a.text


def test_what_is_expected_to_happen_is_not_what_is_expected_of_a_member(engine: AnswerEngine) -> None:
    a = engine.answer("vad förväntas hända i höst?", at(2021, 6, 11))
    assert "ert remissvar senast" not in a.text.split("\n")[0], a.text


@pytest.mark.parametrize(("question", "lead"), [
    ("när kommer den nya nationella strategin?", "**Ny nationell strategi"),
    ("Ska digitalisering bli ett nytt mål?", "**Digitalisering och hållbarhet"),
    ("Vilka utmaningar ligger bakom översynen?", "Regionledningen har gett i uppdrag"),   # names none of them alone
])
def test_an_event_is_named_by_most_words_then_first_named(engine: AnswerEngine, question: str, lead: str) -> None:
    assert engine.answer(question, at(2021, 3, 1)).text.startswith(lead)


def test_asked_to_remind_an_organisation_is_not_asked_whether_it_is_a_member(engine: AnswerEngine) -> None:
    a = engine.answer("Kan du påminna Lekeberg en vecka innan remissen stänger?", at(2021, 8, 12))
    assert "är med i Partnerskapet" not in a.text.split("\n")[0], a.text
