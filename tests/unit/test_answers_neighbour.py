"""Issue 9, first sentences that answered a neighbouring question: a word one letter-swap from a feature's word, a
story's words overriding the question's own, a feature's stock text in front of an ask it does not answer.
Wordings of our own, not the batches'."""

from __future__ import annotations

import datetime as dt

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at, first_sentence


# -- a near word is a concept only when it is one typo away -------------------------------------------------------
def test_a_word_two_edits_from_a_feature_word_is_not_that_feature(engine: AnswerEngine) -> None:
    # "samråd" is two edits from "sparad", "handlingar" two from "ändringar": neither is a typo of them.
    assert "SAVE" not in engine.rules.find("Blir det ett samråd om remissen?", dt.date(2021, 7, 6)).concepts
    assert "CHANGE" not in engine.rules.find("Är remissvaren handlingar?", dt.date(2021, 7, 6)).concepts
    a = engine.answer("Planerar ni ett samråd om remissvaret med kommunerna?", at(2021, 7, 6))
    assert not a.text.startswith("Ja"), a.text
    assert "Spara utkast" not in first_sentence(a.text)


def test_a_real_typo_and_a_compound_are_still_found(engine: AnswerEngine) -> None:
    today = dt.date(2021, 7, 6)
    assert "CONSULT" in engine.rules.find("när stänger remisen?", today).concepts
    assert "REMIND" in engine.rules.find("får jag påminelserna?", today).concepts
    assert "MEETING" in engine.rules.find("när är rfmötet?", today).concepts
    assert "GREET" in engine.rules.find("Godmorgon, vad händer nu?", today).concepts


# -- the question's own words decide over a story told beside it -------------------------------------------------
def test_a_meeting_told_after_a_days_left_question_does_not_make_it_the_meeting_commands(engine: AnswerEngine) -> None:
    a = engine.answer("Hur lång tid är det kvar tills remissen öppnar? Vi tänker lägga in ett planeringsmöte med "
                      "nämnden.", at(2021, 5, 10))
    assert a.topic == "consultation.days_left"
    assert "mitten av juni" in first_sentence(a.text) and "nytt möte" not in a.text


def test_a_question_naming_no_topic_is_read_with_the_story_before_it(engine: AnswerEngine) -> None:
    a = engine.answer("I mars lämnade jag några inspel om kultur. Är det möjligt att läsa igenom vad jag skrev? Vi "
                      "börjar med remissvaret nu.", at(2021, 7, 10))
    assert a.text.startswith("Dina inspel ser du"), a.text


def test_a_forwarded_question_is_read_without_the_mail_around_it(engine: AnswerEngine) -> None:
    a = engine.answer('Fick det här i ett mejl: "Vem beslutar om vad som ska uppdateras?" Kan du svara?',
                      at(2021, 5, 10))
    assert a.text.startswith("Partnerskapet för regional utveckling beslutar"), a.text


# -- a body's mandate is that body's, not the review's --------------------------------------------------------------
def test_the_mandate_of_a_body_that_decides_nothing_says_so_first(engine: AnswerEngine) -> None:
    a = engine.answer("Vilket mandat har KC/RD i uppdateringen?", at(2021, 3, 9))
    assert first_sentence(a.text) == "Något eget beslutsmandat för KC/RD står inte i underlaget"
    assert "medskick" in a.text and "beslutar om vad som ska uppdateras" in a.text
    review = engine.answer("Vad är uppdraget för översynen?", at(2021, 3, 9))
    assert review.topic == "mandate"


# -- a feature's stock text does not stand in for an ask it does not answer ------------------------------------------
def test_a_response_question_the_how_to_does_not_answer_says_so_first(engine: AnswerEngine) -> None:
    a = engine.answer("Får vi lämna remissvaret i omgångar, först en del från förvaltningen och sedan en politisk "
                      "del?", at(2021, 8, 20))
    assert a.text.startswith("Det står inte i underlaget"), a.text
    assert "bekräftade företrädare" in a.text       # what is known follows


def test_how_to_respond_is_still_answered_with_how(engine: AnswerEngine) -> None:
    for question in ("Hur lämnar vi remissvaret?", "Kan vi lämna remissvaret här i Teams?"):
        assert engine.answer(question, at(2021, 8, 20)).text.startswith("Remissvaret lämnar er organisations")


# -- "must we?" is asked of the asker, and answered before who gets the consultation --------------------------------
def test_must_we_respond_says_the_material_does_not_say_so(engine: AnswerEngine) -> None:
    a = engine.answer("Vi är en liten förening i partnerskapet och har ont om tid. Behöver vi verkligen lämna något "
                      "remissvar?", at(2021, 8, 20))
    assert a.text.startswith("Det står inte i underlaget om ni måste lämna remissvar"), a.text
    b = engine.answer("Behöver Kumla svara på remissen?", at(2021, 7, 1))
    assert b.text.startswith("Det står inte i underlaget att ni måste svara"), b.text


def test_someone_else_s_must_is_who_may_submit(engine: AnswerEngine) -> None:
    a = engine.answer("Min ordförande kan inte själv logga in. Kan jag som handläggare skicka in remissvaret i "
                      "ordförandens ställe, eller måste kommunalrådet göra det?", at(2021, 8, 20))
    assert "måste lämna remissvar" not in first_sentence(a.text)
    assert first_sentence(a.text).startswith("Vem hos er som ska svara"), a.text


# -- an extension: who grants it, what it does to the reminders, and what happens without one -----------------------
def test_who_to_ask_for_an_extension_is_answered_not_where_it_shows(engine: AnswerEngine) -> None:
    a = engine.answer("Who should I contact for more time, and is it likely I'll be granted an extension?",
                      at(2021, 9, 20))
    assert a.text.startswith("The coordinators grant extensions"), a.text
    assert "for the coordinators to decide" in a.text


def test_reminders_with_an_extension_told_as_a_condition(engine: AnswerEngine) -> None:
    a = engine.answer("Om Lindesberg har anstånd, kommer kanalen ändå få påminnelsen om sista dagen?", at(2021, 9, 1))
    assert a.text.startswith("Med anstånd räknas organisationens personliga påminnelser"), a.text


def test_a_late_response_without_an_extension(engine: AnswerEngine) -> None:
    a = engine.answer("Räknas ett remissvar som kommer efter sista dagen utan anstånd?", at(2021, 9, 1))
    assert a.text.startswith("Utan anstånd tar jag inte emot remissvar efter remissens sista dag, 30 september 2021")


# -- "e.g." ends no sentence, and adding a meeting is asked however it is dated ---------------------------------------
def test_how_to_add_a_meeting_with_an_example_date_is_the_meeting_command(engine: AnswerEngine) -> None:
    a = engine.answer("How do I create a new meeting, e.g. a workshop with the partnership on 2 December?",
                      at(2021, 10, 20))
    assert a.text.startswith("A coordinator adds a meeting with **new meeting**"), a.text


def test_an_abbreviation_does_not_cut_a_sentence() -> None:
    from rusbot.answers.engine import _cut_sentences

    assert _cut_sentences("Vi har t.ex. kompetens. Vad gäller kl. 23 i dag?") == [
        "Vi har t.ex. kompetens.", "Vad gäller kl. 23 i dag?"]
    assert _cut_sentences("ok tack. en fråga till: är remissen öppen?") == ["ok tack.",
                                                                           "en fråga till: är remissen öppen?"]


# -- "kan du bekräfta …?" confirms a claim, not an organisation link ------------------------------------------------
def test_confirm_what_a_meeting_decided_is_the_meeting_not_the_organisation_link(engine: AnswerEngine) -> None:
    a = engine.answer("Hej! Jag missade avstämningen i mars. En kollega påstår att man bestämde att stryka avsnittet "
                      "om turism. Kan du bekräfta vad som bestämdes där?", at(2021, 3, 20))
    assert "Vad som kom fram eller beslutades på mötet står inte i underlaget" in first_sentence(a.text), a.text
    linked = engine.answer("Kan du bekräfta att jag är kopplad?", at(2021, 3, 20))
    assert linked.topic == "feature.organisation"


def test_which_organisations_can_be_chosen_lists_them(engine: AnswerEngine) -> None:
    a = engine.answer("Vilka organisationer går det att välja när man kopplar sig i boten?", at(2021, 3, 20))
    assert first_sentence(a.text).startswith("I boten kan du koppla dig till organisationerna i Partnerskapet")
    assert "Lindesberg" in first_sentence(a.text) and "RF-SISU" in first_sentence(a.text)


# -- "efter <month>", "efter den <day>" ask what comes after it, not of it ---------------------------------------------
def test_after_a_month_is_what_comes_after_it(engine: AnswerEngine) -> None:
    a = engine.answer("och vad sker efter augusti?", at(2021, 4, 20))
    assert a.text.startswith("**September–december 2021**"), a.text


def test_check_ins_after_a_day_are_those_after_it(engine: AnswerEngine) -> None:
    a = engine.answer("Finns det fler avstämningsdatum efter den 11 mars?", at(2021, 4, 20))
    assert first_sentence(a.text).startswith("Jag känner inte till något möte efter 11 mars 2021"), a.text


# -- politics outside the process is declined, whatever it says of RUS beside it ---------------------------------------
def test_who_holds_an_office_when_rus_is_decided_is_not_the_decision(engine: AnswerEngine) -> None:
    a = engine.answer("Vem är landshövding när RUS ska beslutas i regionfullmäktige?", at(2021, 4, 20))
    assert a.text.startswith("Det vet jag inte"), a.text


def test_a_duty_told_of_and_checked_is_the_duty_not_writing_together(engine: AnswerEngine) -> None:
    # The colleague is the story's ("efter en kollega som …"), not someone to write the response with.
    a = engine.answer("Jag har tagit över efter en kollega som gått i pension. Hon sa att vi måste lämna remissvar "
                      "innan midsommar. Stämmer det?", at(2021, 5, 20))
    # (the claimed deadline, before midsummer, is corrected first: the consultation runs through September)
    assert a.text.startswith("Nej – remissen pågår"), a.text
    assert "Det står inte i underlaget om ni måste lämna remissvar" in a.text, a.text
    together = engine.answer("Kan flera av oss på Nora skriva i samma remissvar eller måste vi skicka in ett var?",
                             at(2021, 6, 20))
    assert together.text.startswith("Ja. Remissvaret är ett per organisation"), together.text
