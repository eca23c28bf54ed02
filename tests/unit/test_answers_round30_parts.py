"""Issue 9, round 30 (r30-parts): every question sentence of a message of several gets a reply – its own answer when
read with conviction, or an honest "not in the material", quoted – after what the reply says (blind batches 59–60:
a question of its own left out without a word). Each test asks in other words than those batches."""

from __future__ import annotations

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at


def test_sending_the_response_in_the_bot_beside_who_gets_the_consultation(engine: AnswerEngine) -> None:
    a = engine.answer("Får Kumla remissen? Kan Kumla lämna sitt remissvar direkt här i boten?", at(2021, 7, 5))
    assert a.text.startswith("Ja, **Kumla** får remissen"), a.text
    assert "**Skicka in**" in a.text, a.text


def test_an_adoption_asked_beside_drivers_and_members_is_answered_too(engine: AnswerEngine) -> None:
    a = engine.answer('Skickar vidare tre frågor från vår ordförande: "a) Är RUS redan antagen? b) Vilka händelser i '
                      'omvärlden ligger bakom översynen? c) Är Almi med i partnerskapet?"', at(2021, 11, 20))
    assert "Pandemin" in a.text and "Almi" in a.text, a.text
    assert "Det vet jag inte: jag känner bara tidplanen" in a.text, a.text


def test_a_theme_of_its_own_is_said_unknown_not_left_out(engine: AnswerEngine) -> None:
    a = engine.answer("Hej, jag jobbar med kulturfrågor i Nora. Kommer kulturen och kulturarvet att vara med i "
                      "uppdateringen av RUS? Hur gör jag för att föra fram det? Och vem är det egentligen som "
                      "bestämmer vad som ska ändras?", at(2021, 2, 2))
    assert a.text.startswith("Hej! Partnerskapet för regional utveckling beslutar"), a.text
    assert "”Kommer kulturen och kulturarvet att vara med i uppdateringen av RUS?” Det vet jag inte" in a.text, a.text


def test_an_answer_that_covers_every_part_is_not_padded(engine: AnswerEngine) -> None:
    a = engine.answer("Får Kumla remissen? Och när är sista dagen för remissvaret?", at(2021, 7, 5))
    assert "vet jag inte" not in a.text and "står inte i underlaget" not in a.text, a.text


def test_the_known_how_leads_before_what_is_not_known(engine: AnswerEngine) -> None:
    a = engine.answer("How do I submit our response in the bot? Can I keep a draft first so that our board can look "
                      "at it?", at(2021, 7, 1))
    assert a.text.startswith("Your organisation's confirmed representatives send the response"), a.text
    assert "I don't know" in a.text, a.text



def test_which_person_of_a_member_sits_in_the_partnership_is_unknown(engine: AnswerEngine) -> None:
    a = engine.answer("Är Länsstyrelsen med i partnerskapet? Och vem hos Länsstyrelsen sitter i partnerskapet "
                      "egentligen?", at(2021, 2, 10))
    assert a.text.startswith("Ja"), a.text
    assert "Vilka personer som företräder organisationerna i partnerskapet står inte i underlaget" in a.text, a.text


def test_whether_a_non_member_may_respond_anyway_is_unknown(engine: AnswerEngine) -> None:
    a = engine.answer("Sitter Coompanion och Almi i partnerskapet? Om inte, får de svara på remissen ändå?",
                      at(2021, 5, 3))
    assert "inte med" in a.text, a.text
    assert "Om organisationer utanför partnerskapet kan svara på remissen står inte i underlaget" in a.text, a.text


def test_who_writes_it_of_the_strategy_is_unknown(engine: AnswerEngine) -> None:
    a = engine.answer("Vår KS-ordförande tror att RUS ska göras om helt i år. Vem ska skriva den, och när blir den "
                      "färdig?", at(2021, 2, 15))
    assert "Vem som skriver texterna i skrivfasen står inte i underlaget" in a.text, a.text


def test_what_the_check_in_decided_beside_a_count_is_unknown(engine: AnswerEngine) -> None:
    a = engine.answer("How many days since the check-in with the partnership was held, and what did they decide "
                      "should be changed?", at(2021, 3, 22))
    assert "What came out of the check-in is not in the material" in a.text, a.text


def test_more_check_ins_asked_before_the_check_in_are_told(engine: AnswerEngine) -> None:
    a = engine.answer("Två saker inför avstämningen: 1) vem bestämmer vad som ska uppdateras? 2) kommer det fler "
                      "avstämningar efteråt?", at(2021, 3, 1))
    assert "täta avstämningar" in a.text, a.text
