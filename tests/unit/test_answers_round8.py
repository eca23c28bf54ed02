"""Issue 9, round 8: the answer content behind batches 15 and 16's graded failures. Each test asks in
other words than the batch did, so that it checks the kind of failure, not one question."""

from __future__ import annotations

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at, first_sentence


def test_next_review_leads_with_every_mandate_period_not_what_rus_is(engine: AnswerEngine) -> None:
    a = engine.answer("när blir nästa översyn av RUS då?", at(2022, 4, 1))
    lead = first_sentence(a.text)
    assert "mandatperiod" in lead and "anges inte" in lead
    assert not a.text.startswith("RUS är")


def test_seeing_ones_own_inspel_leads_with_where_they_are_listed(engine: AnswerEngine) -> None:
    a = engine.answer("var hittar jag mina inlämnade inspel?", at(2021, 3, 1))
    assert "Dina inspel ser du" in first_sentence(a.text)


def test_removing_an_inspel_leads_with_how_to_withdraw(engine: AnswerEngine) -> None:
    a = engine.answer("hur drar vi tillbaka vårt inspel om bredband?", at(2021, 3, 1))
    assert "tillbaka" in first_sentence(a.text) and "Nytt inspel" not in first_sentence(a.text)


def test_editing_an_inspel_and_a_wrong_organisation_are_both_answered(engine: AnswerEngine) -> None:
    a = engine.answer("hur ändrar jag inspelet från i förrgår? angav fel kommun", at(2021, 3, 1))
    assert "Ändra" in a.text and "organisation" in a.text


def test_a_new_municipal_representative_gets_the_members_steps(engine: AnswerEngine) -> None:
    a = engine.answer("jag är kommunens nya representant i partnerskapet – vad förväntas av mig?",
                      at(2021, 4, 1))
    assert "är ni med i" in first_sentence(a.text) and "remiss" in a.text
    assert not a.text.startswith("Kommunerna önskade")


def test_so_far_and_expected_are_both_answered_so_far_first(engine: AnswerEngine) -> None:
    a = engine.answer("Jag har tagit över RUS-frågan på Nora kommun. Vad har hänt hittills och vad förväntas av "
                      "oss framöver?", at(2021, 5, 12))
    assert first_sentence(a.text).startswith("Hittills") and "KC/RD" in first_sentence(a.text)
    assert "ert remissvar senast" in a.text


def test_what_we_must_do_in_a_period_says_yes_once(engine: AnswerEngine) -> None:
    # Two things to do in the period (the check-in and the consultation) are one sentence, and a "vad …?" gets
    # no "Ja".
    a = engine.answer("vad behöver vi göra i år?", at(2021, 2, 1))
    lead = a.text.split("\n")[0]
    assert "Ja:" not in a.text
    assert "avstämning" in lead and "remiss" in lead


def test_getting_started_in_the_bot_leads_with_the_organisation_link(engine: AnswerEngine) -> None:
    a = engine.answer("Jag är ny kontaktperson för Handelskammaren. Vad gör jag i boten för att komma igång, och "
                      "när är remissen?", at(2021, 6, 1))
    assert "**organisation**" in first_sentence(a.text) and "Handelskammaren" in first_sentence(a.text)
    assert "remiss" in a.text.lower()


def test_in_time_tonight_on_the_last_day_leads_with_yes_today_is_the_last_day(engine: AnswerEngine) -> None:
    a = engine.answer("hinner vi skicka in vårt remissvar ikväll? styrelsen beslutade nyss", at(2021, 9, 30, 21))
    lead = first_sentence(a.text)
    assert lead.startswith("Ja") and "sista dag" in lead and "30 september" in lead


def test_what_kcrd_said_says_what_the_phases_it_named_are(engine: AnswerEngine) -> None:
    a = engine.answer("vilka medskick gav KC/RD i december?", at(2021, 1, 20))
    assert "11 mars" in a.text and "remiss" in a.text


def test_politicians_in_the_partnership_is_answered_by_what_the_material_says(engine: AnswerEngine) -> None:
    a = engine.answer("ingår det några politiker i partnerskapet?", at(2021, 3, 1))
    assert first_sentence(a.text).startswith("Enligt underlaget") and "tjänstepersoner" in first_sentence(a.text)
    assert not a.text.startswith("Nej")


def test_the_language_of_the_response_is_not_the_chat_language(engine: AnswerEngine) -> None:
    a = engine.answer("Is it OK to write our consultation response in English?", at(2021, 7, 1))
    assert "does not say" in first_sentence(a.text) and not a.text.startswith("Yes")


def test_who_and_why_says_the_why_is_not_given(engine: AnswerEngine) -> None:
    a = engine.answer("vem var det som önskade remiss t o m september, och varför då?", at(2021, 2, 1))
    assert "Kommunerna" in a.text and "anges inte" in a.text


def test_a_municipal_council_decision_is_not_in_the_material(engine: AnswerEngine) -> None:
    a = engine.answer("måste kommunstyrelsen hos oss också fatta beslut om RUS?", at(2021, 10, 1))
    assert "står inte i underlaget" in first_sentence(a.text) and "regionfullmäktige" in a.text
