"""Issue 9, round 29 (r29remiss): parts of a message about the consultation that were left out or answered with a
neighbouring text – a count from the day named, a response sent by e-mail, "closes in N days?", weeks left, how the
responses are compiled, who sees them, whether another organisation answered, who in an organisation answers, an
extension's own day, "just a formality", the response's language, and "påminn mig: …" read as "tell me again".
Each test asks in other words than blind batches 55–58 did."""

from __future__ import annotations

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at


def test_days_left_counted_from_the_day_named(engine: AnswerEngine) -> None:
    a = engine.answer("Jag är tjänstledig till 1 september. Hur många dagar av remissen är det kvar då?",
                      at(2021, 7, 1))
    assert a.text.startswith("**29 dagar kvar** från 1 september 2021"), a.text


def test_days_left_from_a_day_named_in_english(engine: AnswerEngine) -> None:
    a = engine.answer("I'm away until 9 August. How many days of the consultation will be left by then?",
                      at(2021, 7, 6))
    assert a.text.startswith("**52 days left** from 9 August 2021"), a.text


def test_response_sent_by_mail_cannot_be_confirmed(engine: AnswerEngine) -> None:
    a = engine.answer("Vårt remissvar mejlade vi till regionens registrator i tisdags. Har det kommit fram?",
                      at(2021, 9, 2))
    assert a.text.startswith("Det kan jag inte bekräfta: jag ser bara remissvar som har skickats in här i "
                             "boten"), a.text


def test_closes_in_n_days_is_confirmed_with_the_day(engine: AnswerEngine) -> None:
    a = engine.answer("Kollegan säger att remissen slutar om 7 dagar, är det rätt?", at(2021, 9, 23))
    assert a.text.startswith("Ja – sista dagen för remissen är torsdag 30 september 2021, om 7 dagar."), a.text


def test_closes_in_wrong_number_of_days_is_corrected(engine: AnswerEngine) -> None:
    a = engine.answer("Stämmer det att remissen stänger om 3 dagar?", at(2021, 9, 23))
    assert a.text.startswith("Inte riktigt – sista dagen för remissen är torsdag 30 september 2021, om 7 dagar."), (
        a.text)


def test_weeks_left_are_counted(engine: AnswerEngine) -> None:
    a = engine.answer("How many weeks do we have for our consultation response from now?", at(2021, 7, 1))
    assert "**91 days left**, about 13 weeks" in a.text, a.text


def test_compilation_claim_is_said_unknown(engine: AnswerEngine) -> None:
    a = engine.answer("Chefen säger att remissvaren presenteras för partnerskapet i november. Stämmer det?",
                      at(2021, 9, 1))
    assert a.text.startswith("Hur remissvaren sammanställs, om de presenteras eller när"), a.text


def test_compilation_asked_beside_another_question_is_added(engine: AnswerEngine) -> None:
    a = engine.answer("När tar regionfullmäktige beslut? Och hur tas remissvaren om hand?", at(2021, 10, 4))
    assert "Hur remissvaren sammanställs" in a.text, a.text


def test_export_for_ones_own_compilation_is_not_told_the_unknown(engine: AnswerEngine) -> None:
    a = engine.answer("Hur får jag ut alla remissvar i excel till en sammanställning?", at(2021, 10, 4))
    assert "Hur remissvaren sammanställs" not in a.text, a.text


def test_who_sees_the_response_is_told(engine: AnswerEngine) -> None:
    a = engine.answer("Kan övriga organisationer läsa vårt remissvar när det är inskickat?", at(2021, 8, 20))
    assert "en partner ser bara sin egen organisations rad" in a.text, a.text


def test_whether_another_organisation_answered_is_not_told(engine: AnswerEngine) -> None:
    a = engine.answer("Stämmer det att Lekeberg också svarade på remissen?", at(2021, 10, 4))
    assert "Om Lekeberg har svarat kan jag inte säga dig" in a.text, a.text


def test_who_in_the_organisation_answers_is_not_in_the_material(engine: AnswerEngine) -> None:
    a = engine.answer("Får Nora remissen? Vem hos oss är det som ska svara?", at(2021, 7, 1))
    assert "Vem hos er som svarar står inte i underlaget" in a.text, a.text


def test_an_individual_beside_the_organisation(engine: AnswerEngine) -> None:
    a = engine.answer("Kan jag svara som privatperson på remissen?", at(2021, 7, 1))
    assert "Om andra än organisationen – enskilda personer eller delar av den – kan svara" in a.text, a.text


def test_organisations_own_response_is_no_individual_question(engine: AnswerEngine) -> None:
    a = engine.answer("Ska Degerfors lämna ett eget remissvar?", at(2021, 7, 1))
    assert "Om andra än organisationen" not in a.text, a.text


def test_extension_to_today_is_submitted_with_remissvar(engine: AnswerEngine) -> None:
    a = engine.answer("Vi har förlängning till idag. Hur skickar jag in svaret?", at(2021, 10, 8))
    assert a.text.startswith("Har samordnarna lagt in ert anstånd till 8 oktober 2021 lämnar ni svaret som vanligt"), (
        a.text)


def test_extension_passed_does_not_promise_it_counts(engine: AnswerEngine) -> None:
    a = engine.answer("Anståndet gällde till 12 oktober men vi skickade först den 14:e. Räknas det ändå?",
                      at(2021, 10, 18))
    assert "Ett anstånd till 12 oktober 2021 har gått ut" in a.text, a.text
    assert "avgör samordnarna" in a.text, a.text


def test_formality_claim_gets_the_partnerships_role(engine: AnswerEngine) -> None:
    a = engine.answer("Är remissen bara en formalitet? Folk säger att regionen redan bestämt allt.", at(2021, 8, 2))
    assert "bara är en formalitet står inte i underlaget" in a.text, a.text
    assert "Partnerskapet för regional utveckling beslutar om vad som ska uppdateras" in a.text, a.text


def test_response_language_is_not_the_bots_language(engine: AnswerEngine) -> None:
    a = engine.answer("Could we draft our consultation response in English?", at(2021, 7, 1))
    assert "Whether the response may be written in English" in a.text or "which language" in a.text, a.text
    assert "I answer in English when you write in English" not in a.text, a.text


def test_remind_me_colon_is_tell_me_again(engine: AnswerEngine) -> None:
    a = engine.answer("Tillbaka från ledigheten. Påminn mig: när stänger remissen, hur skickar vi in och får vi ett "
                      "kvitto?", at(2021, 9, 1))
    assert "kan jag inte ställa in" not in a.text and not a.text.startswith("Påminnelserna"), a.text
    assert "30 september 2021" in a.text.split("\n\n")[0], a.text


def test_extension_asked_for_is_not_told_as_had(engine: AnswerEngine) -> None:
    a = engine.answer("Vi behöver anstånd till 20 oktober för Laxå. Hur gör vi?", at(2021, 9, 20))
    assert not a.text.startswith("Har samordnarna lagt in ert anstånd"), a.text


def test_colleagues_draft_is_the_organisations(engine: AnswerEngine) -> None:
    a = engine.answer("Handläggaren som skrev vårt remissvar är sjukskriven. Kan jag öppna hans utkast och skriva "
                      "vidare?", at(2021, 9, 6))
    assert a.text.startswith("Remissvaret är ett per organisation, så ett utkast"), a.text
    assert "Ett inspel sparas" not in a.text, a.text
