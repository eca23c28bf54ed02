"""Issue 9, after batches 75–76: a member's own planning questions in their own words. A message read whole as
outside the material, whose questions are not, had every question said unknown (b75 #1: an introduction before
"Vad är det som händer under våren?"; b75 #90: "Räcker det med ett tjänstemannasvar?" beside "Vad gör vi?").
Asked in other words than those batches."""

from __future__ import annotations

import pytest

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at


@pytest.mark.parametrize("question", [
    "Hej! Jag är ny kontaktperson för Örebro kommun i RUS-arbetet. Vad är det som händer under våren?",
    "Hej! Jag har tagit över som kontaktperson för Kumla i RUS-arbetet. Vad är det som händer under våren?",
    "Hi! I'm the new contact person for Laxå in the RUS work. What is going on during the spring?",
])
def test_an_introduction_does_not_hide_the_question(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 1, 12))
    assert a.confident, a.text
    assert "11 mars 2021" in a.text or "11 March 2021" in a.text, a.text
    assert "Det vet jag inte" not in a.text and "I don't know" not in a.text, a.text


@pytest.mark.parametrize("question", [
    "Hallsberg: vår KS sammanträder 5 oktober, så vi hinner inte fatta beslut inom remisstiden. Vad gör vi? "
    "Räcker det med ett tjänstemannasvar?",
    "Laxå: vår KS har möte 5 oktober, vi hinner alltså inte besluta inom remisstiden. Vad gör vi? "
    "Räcker ett tjänstemannasvar?",
])
def test_late_decision_answered_and_the_unknown_part_said_unknown(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 9, 2))
    assert a.text.startswith("Nej, inte utan anstånd"), a.text
    assert "30 september 2021" in a.text and "samordnarna" in a.text, a.text
    assert "Det vet jag inte" not in a.text, a.text


@pytest.mark.parametrize("question", [
    "hej ja e ny i partnerskapet fr karlskoga, vad ar mitt uppdrag typ",
    "nyvald i partnerskapet för Laxå – vad är min uppgift?",
    "jag är med för nora i partnerskapet nu, vad förväntas av mig",
])
def test_a_new_members_own_part_is_the_partnerships(engine: AnswerEngine, question: str) -> None:
    """(b75 #46: a bare "Ja, Karlskoga är med" answered "vad är mitt uppdrag".)"""
    a = engine.answer(question, at(2021, 5, 27))
    assert "beslutar om vad som ska uppdateras" in a.text, a.text


@pytest.mark.parametrize("question", [
    "yo e de nån som vet när den där rus grejen drar igång på riktigt 😅 chefen sa ja ska hålla koll",
    "när startar arbetet med rus på riktigt?",
    "när kör rus-uppdateringen igång egentligen?",
    "when does the RUS update actually get going?",
])
def test_when_the_update_gets_going_is_where_it_is(engine: AnswerEngine, question: str) -> None:
    """(b76 #6: "Jag är inte säker på vad du menar" where the plan answers.)"""
    a = engine.answer(question, at(2020, 12, 21))
    assert "11 mars 2021" in a.text or "11 March 2021" in a.text, a.text
    assert "inte säker" not in a.text and "not sure" not in a.text, a.text


@pytest.mark.parametrize("question", [
    "hej vilka organisationer får remisen? får även fretagen i länet svara",
    "Vilka får remissen? Kan företag i länet också svara på den?",
    "vilka får remissen, kan även förningar svara",
    "Who gets the consultation? Can companies in the county respond too?",
])
def test_others_than_the_partnership_responding_is_not_said(engine: AnswerEngine, question: str) -> None:
    """(b76 #40: the companies part left out when "företagen" was typed a letter short.)"""
    a = engine.answer(question, at(2021, 5, 31))
    assert "står inte i underlaget" in a.text or "not in the material" in a.text, a.text
    assert "Partnerskapet för regional utveckling" in a.text or "Partnership for Regional" in a.text, a.text


@pytest.mark.parametrize("question", [
    "Kan en organisation skicka in fler än ett remissvar, t.ex. ett från förvaltningen och ett från nämnden? Och "
    "spelar det roll vem i organisationen som trycker på skicka?",
    "Får vi lämna två remissvar, ett från tjänstemännen och ett politiskt?",
    "Kan Kumla skicka flera svar på remissen?",
    "Can one organisation submit more than one response?",
])
def test_more_than_one_response_is_one_per_organisation(engine: AnswerEngine, question: str) -> None:
    """(b76 #68: left out; "flera svar" was answered "Ja." as several writers.)"""
    a = engine.answer(question, at(2021, 9, 7))
    assert "ett per organisation" in a.text or "one response per organisation" in a.text, a.text
    assert not a.text.startswith(("Ja", "Yes")), a.text


@pytest.mark.parametrize("question", [
    "Hej! Örebro läns bildningsförbund här. Vi vill lyfta folkbildningens roll i RUS inför fas 1. Hur lämnar vi "
    "inspel om vad som borde uppdateras, och till när? Kan vi också ändra inspelet efteråt om styrelsen vill något "
    "annat?",
    "Hur lämnar jag ett inspel och när måste det vara inne?",
    "Till när kan vi lämna inspel?",
    "How do we give input, and by when?",
])
def test_when_input_is_due_is_not_given_but_phase_1_runs_to_the_check_in(engine: AnswerEngine, question: str) -> None:
    """(b76 #16: "till när?" left out; "när måste det vara inne?" got the consultation's last day.)"""
    a = engine.answer(question, at(2021, 2, 9))
    assert "Någon sista dag för inspel anger inte underlaget" in a.text or "no last day for input" in a.text, a.text
    assert "11 mars 2021" in a.text or "11 March 2021" in a.text, a.text
    assert "30 september" not in a.text and "30 September" not in a.text, a.text


@pytest.mark.parametrize("question", [
    "Vem får remissen? Ska den till kommunen som organisation eller till mig som sitter i partnerskapet?",
    "Går remissen till mig personligen eller till min organisation?",
    "Skickas remissen till oss som sitter i partnerskapet eller till kommunen?",
    "Is the consultation sent to me as the partnership member or to the municipality as an organisation?",
])
def test_the_consultation_goes_to_the_organisation_not_the_person(engine: AnswerEngine, question: str) -> None:
    """(b75 #36: a list of respondents and a stray "Ja: … 3 organisationer" instead.)"""
    a = engine.answer(question, at(2021, 6, 8))
    lead = ("Remissen går till organisationerna", "The consultation goes to the organisations")
    assert a.text.startswith(lead), a.text
    assert "Ja: bland medlemmarna" not in a.text, a.text


@pytest.mark.parametrize("question", [
    "Hej! Vi på Örebro kommun tar remissvaret i KS 28 september. Jag har ett utkast klart. Kan jag lägga in "
    "utkastet i boten redan nu och skicka in först efter KS? Och får jag en påminnelse innan sista dagen?",
    "Kan jag lägga in vårt utkast i boten nu och skicka in efter KS?",
    "Kan jag spara vårt utkast i boten nu och skicka in det senare när nämnden har beslutat?",
    "Can I put our draft in the bot now and submit it after the board meeting?",
])
def test_a_draft_now_and_submitting_later(engine: AnswerEngine, question: str) -> None:
    """(b75 #68: the coordinators' status text where the draft was asked of.)"""
    a = engine.answer(question, at(2021, 9, 8))
    assert "**Spara utkast**" in a.text or "**Save draft**" in a.text, a.text
    assert "**status**" not in a.text, a.text


@pytest.mark.parametrize(("question", "inside", "after"), [
    ("Hej! Örebro kommun här. Vi vill ta remissvaret i kommunstyrelsen. KS sammanträder 7 september och 5 oktober. "
     "Vilket möte ska vi sikta på, och går det att lämna svaret efter att remisstiden gått ut?",
     "7 september 2021", "5 oktober 2021"),
    ("Vår nämnd har möten 14 september och 12 oktober. Vilket av dem hinner vi med inom remisstiden?",
     "14 september 2021", "12 oktober 2021"),
    ("KS möts 7 september eller 5 oktober – vilket datum bör vi sikta på för remissvaret?",
     "7 september 2021", "5 oktober 2021"),
    ("Our board meets on 14 September and 12 October. Which meeting should we aim for with the consultation "
     "response?", "14 September 2021", "12 October 2021"),
])
def test_own_days_weighed_against_the_last_day(engine: AnswerEngine, question: str, inside: str, after: str) -> None:
    """(b75 #32: the steps after the consultation instead of which meeting falls within it.)"""
    a = engine.answer(question, at(2021, 5, 11))
    body = a.text.removeprefix("Hej! ")
    assert body.startswith(inside), a.text
    assert after in a.text.split("\n")[0] and ("anstånd" in a.text or "extension" in a.text), a.text


@pytest.mark.parametrize("question", [
    "Could you explain what the 'skrivfas' is and how many writing phases there are in the timeline?",
    "Please explain what the skrivfas is – how many are there in the timeline?",
    "Kan du förklara vad skrivfasen är och hur många skrivfaser tidplanen har?",
])
def test_a_word_explained_beside_the_timeline_is_the_word(engine: AnswerEngine, question: str) -> None:
    """(b75 #52: the timeline card instead of what skrivfas is and that there are two.)"""
    a = engine.answer(question, at(2021, 6, 3))
    assert a.text.startswith(("Skrivfas is the writing phase", "Skrivfas är den del av arbetet")), a.text
    assert "one after it" in a.text or "en efter" in a.text, a.text


@pytest.mark.parametrize("question", [
    "Hej! Jag har precis börjat på Region Örebro län och ska jobba ihop med samordnaren för partnerskapet. Hur funkar "
    "den här boten egentligen – och vad ser partnerna när de skriver till den jämfört med vad vi samordnare ser?",
    "Vad kan samordnarna göra i boten som partnerna inte kan?",
    "Ser partnerna samma saker i boten som vi samordnare?",
    "What can coordinators do in the bot that partners cannot?",
])
def test_partners_and_coordinators_compared(engine: AnswerEngine, question: str) -> None:
    """(b75 #10: the capability text, or the status text alone, without the comparison.)"""
    a = engine.answer(question, at(2021, 1, 25))
    assert "Bara samordnarna har **omröstning**, **status**, **export**, **anstånd**" in a.text or (
        "Only the coordinators have **poll**, **status**, **export**, **extension**" in a.text), a.text


@pytest.mark.parametrize("question", [
    "vi har fatt anstand till 8 okt, kommer boten fortsatta tjata pa oss om remissvaret?",
    "vi fick anstånd, slutar ni tjata på oss nu?",
    "Kommer boten att fortsätta tjata om remissvaret fast vi har anstånd till 15 oktober?",
    "We got an extension to 8 October. Will the bot keep nagging us about the response?",
])
def test_nagging_is_the_personal_nudges(engine: AnswerEngine, question: str) -> None:
    """(b75 #76: the extension explained, the nudges and how to stop them left out.)"""
    a = engine.answer(question, at(2021, 9, 24))
    assert "**påminn mig av**" in a.text or "**nudges off**" in a.text, a.text
