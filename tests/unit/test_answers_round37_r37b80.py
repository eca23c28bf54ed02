"""Issue 9, batch 80's evasive answers, each asked in other words.

- "switch off the personal nudges" got "I don't know": the documented `påminn mig av` / `nudges off` (b80 #79);
- "vilka har lämnat inspel … kan jag få ut det som en fil?" got only `status`: the file is `export` (b80 #47);
- a coordinator asking how to write an extension for a named organisation got "kontakta samordnarna" (b80 #76);
- "hann alla kommuner svara?", "how many responded?" got the list the consultation goes to (b80 #91, #92);
- "jag jobbar på X. Är vi med, eller är det bara Y?" got only "Ja, Y är med" (b80 #19);
- "kan Folkuniversitetet svara som egen part i partnerskapet?" got the stock remissvar text, not that it is no
  member (b80 #78);
- "alla medborgare kan svara … öppen för allmänheten?" was told the material says nothing of the public, though it
  names the partnership as the recipient (b80 #41);
- "hur långt i förväg får vi material?" was read as outside the material; it says: shorter notice than usual
  (b80 #26);
- "is our consultation response a decision on the strategy, or just input?" got how to submit (b80 #67);
- "hur ska vi förbereda oss?" beside a refuted move of the check-in was left out; the plan says what to prepare
  (b80 #28);
- "vilken roll har vi kommuner … eller är det regionen?" got the region's role (b80 #15)."""

from __future__ import annotations

import pytest

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at


@pytest.mark.parametrize("question", [
    "Can I switch off the personal nudges? We already answered last week.",
    "Can I switch off the nudges?",
    "Could the nudges be switched off for me? We already replied.",
    "Is it possible to switch the nudges off?",
])
def test_switching_off_nudges_in_other_words_is_the_command(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 9, 22))
    assert a.text.startswith("You turn off your personal reminders with **nudges off**"), a.text


@pytest.mark.parametrize("question", [
    "Som samordnare vill jag se vilka organisationer som har lämnat inspel hittills. Går det, och kan jag få ut det "
    "som en fil till ledningsgruppen?",
    "vilka har svarat hittills, och kan jag ladda ner det som en lista till chefen?",
    "Can I see who has submitted and send it as a spreadsheet to management?",
    "Vilka organisationer har lämnat remissvar, och kan jag få det i ett kalkylark?",
])
def test_status_asked_beside_a_file_is_also_the_export(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 5, 6))
    assert "**status**" in a.text and "**export**" in a.text, a.text


@pytest.mark.parametrize(("question", "command"), [
    ("Jag är samordnare. Handelskammaren har bett om anstånd till 15 oktober, hur skriver jag exakt?",
     "**anstånd Handelskammaren 2021-10-15**"),
    ("I'm a coordinator. Kumla asked for an extension until 20 October – what do I type?",
     "**extension Kumla 2021-10-20**"),
    ("Som samordnare: Nora vill ha anstånd till 8 oktober, vilket kommando?", "**anstånd Nora 2021-10-08**"),
    ("jag är samordnare och Laxå behöver anstånd till 12 okt. hur gör jag?", "**anstånd Laxå 2021-10-12**"),
])
def test_a_coordinator_asking_how_it_is_written_gets_the_command(engine: AnswerEngine, question: str,
                                                                  command: str) -> None:
    a = engine.answer(question, at(2021, 9, 15))
    assert a.text.startswith("Som samordnare skriver du " + command) or a.text.startswith(
        "As a coordinator you write " + command), a.text


@pytest.mark.parametrize("question", [
    "Hann alla kommuner svara på remissen?",
    "How many organisations responded to the consultation and what did they say?",
    "Har alla remissinstanser hunnit svara?",
    "Did every municipality respond to the consultation in time?",
    "Did all the municipalities answer the consultation?",
])
def test_who_has_answered_is_the_coordinators_view_not_the_list(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 10, 19))
    assert "**status**" in a.text and "Askersund" not in a.text, a.text


def test_who_the_consultation_goes_to_is_still_the_list(engine: AnswerEngine) -> None:
    a = engine.answer("Vilka får remissen?", at(2021, 10, 19))
    assert "Askersund" in a.text, a.text


@pytest.mark.parametrize(("question", "own"), [
    ("Hej! Jag jobbar på Örebro läns bildningsförbund. Är vi verkligen med i partnerskapet, eller är det bara RF-SISU "
     "från civilsamhället? Och kan vi lämna synpunkter redan nu, innan remissen?",
     "Ja, **Örebro läns bildningsförbund**"),
    ("Vi på Kumla kommun undrar: är vi med i partnerskapet eller bara Örebro kommun?", "Ja, **Kumla**"),
    ("Hi, I work for Laxå municipality. Are we actually in the partnership or is it only Örebro? And when is the "
     "check-in?", "Yes, **Laxå**"),
    ("Jag jobbar på Nora kommun. Ingår vi i partnerskapet eller är det bara Hallsberg? Kan vi lämna inspel?",
     "Ja, **Nora**"),
])
def test_the_askers_own_member_leads_beside_another_member(engine: AnswerEngine, question: str, own: str) -> None:
    a = engine.answer(question, at(2021, 1, 21))
    # (A municipality set against "only Örebro" may instead be met by all twelve, its own among them: "No – all 12
    # municipalities …, not only **Örebro**: …, Laxå, …" answers both halves – round 37's _only_town.)
    all_twelve = a.text.startswith(("No – all 12 municipalities", "Nej – alla 12 kommuner")) and own.split("**")[1] in (
        a.text.split("\n")[0])
    assert a.text.startswith(own) or all_twelve, a.text


@pytest.mark.parametrize(("question", "stranger"), [
    ("Vi på bildningsförbundet har fått frågan om Folkuniversitetet kan svara på remissen som egen part i "
     "partnerskapet. Går det? Eller ska de gå via oss?", "Folkuniversitetet"),
    ("Folkuniversitetet vill skicka in ett eget remissvar som egen part i partnerskapet. Hur gör de det?",
     "Folkuniversitetet"),
    ("Vi har fått frågan om Studieförbundet Vuxenskolan kan lämna remissvar som egen part i partnerskapet. Går det, "
     "eller ska de gå via oss?", "Studieförbundet Vuxenskolan"),
])
def test_a_stranger_presumed_a_party_of_the_partnership_is_told_no_member(engine: AnswerEngine, question: str,
                                                                           stranger: str) -> None:
    a = engine.answer(question, at(2021, 9, 20))
    assert a.text.startswith(f"Nej, **{stranger}** är inte med i partnerskapet"), a.text


@pytest.mark.parametrize("question", [
    "Kumla kommun vill lägga ut info på webben om att alla medborgare kan svara på remissen i sommar. Stämmer det att "
    "den är öppen för allmänheten?",
    "Stämmer det att alla invånare får svara på remissen?",
    "Vi har hört att remissen blir öppen för allmänheten i juni, stämmer det?",
    "I read that all citizens can answer the consultation. Is that correct?",
    "Our mayor says all residents can respond to the consultation this summer. Right?",
])
def test_a_consultation_open_to_the_public_is_refuted_with_its_recipients(engine: AnswerEngine,
                                                                           question: str) -> None:
    a = engine.answer(question, at(2021, 4, 15))
    assert a.text.startswith(("Nej – enligt tidplanen är det en remiss till Partnerskapet",
                              "No – according to the timeline it is a consultation of the Partnership")), a.text


@pytest.mark.parametrize("question", [
    "Vilka underlag ska vi ta fram inför 11 mars? Och hur långt i förväg kommer vi att få material från regionen?",
    "Hur långt i förväg kommer vi att få material från regionen?",
    "Hur lång framförhållning får vi på materialet från regionen?",
    "Och hur långt i förväg skickar ni ut materialet?",
    "hur långt i förväg kommer handlingarna?",
])
def test_the_materials_notice_is_the_short_lead_times(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 2, 3))
    assert "underlag med kortare framförhållning än normalt" in a.text, a.text


@pytest.mark.parametrize("question", [
    "We are the County Administrative Board. Our director wants to know: is our consultation response a decision on "
    "the strategy, or just input? Who actually decides in the end?",
    "Är vårt remissvar ett beslut om strategin eller bara ett inspel? Vem beslutar till slut?",
    "Blir vårt remissvar ett beslut om RUS, eller är det bara synpunkter?",
    "Is the consultation response a decision on RUS?",
])
def test_a_response_is_no_decision_and_the_council_decides(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 8, 23))
    assert a.text.startswith(("Nej – remissvaret är er organisations svar på remissen, inget beslut",
                              "No – the consultation response is your organisation's answer")), a.text
    assert "regionfullmäktige" in a.text.split("\n")[0], a.text


@pytest.mark.parametrize("question", [
    "Hej, Handelskammaren här. Jag har hört att avstämningen med partnerskapet har flyttats till 11 april? Hur ska vi "
    "som näringslivsorganisation förbereda oss, och hur lämnar vi våra inspel?",
    "Stämmer det att mötet 11 mars är inställt? Och hur förbereder vi oss?",
    "I heard the check-in was moved to 11 April? How should we prepare for it?",
    "Vi på Nora kommun undrar om mötet 11 mars blir av. Hur förbereder vi oss bäst?",
])
def test_preparing_for_the_check_in_ahead_is_told_beside_another_part(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 2, 17))
    assert ("Vad ska uppdateras i RUS, och vilka underlag finns?" in a.text or
            "What should be updated in RUS, and what material is there?" in a.text), a.text
    assert "I don't know; that is not in the material" not in a.text, a.text


@pytest.mark.parametrize("question", [
    "Hej, Karlskoga kommun här. Vi ska informera kommunstyrelsen om processen nästa vecka. Kan du sammanfatta faserna "
    "i korthet? Och vilken roll har vi kommuner – är det vi som bestämmer vad som ska ändras, eller är det regionen?",
    "Vilken roll har vi kommuner – är det vi som bestämmer vad som ska ändras, eller är det regionen?",
    "What role do we municipalities have – do we decide what changes, or does the region?",
    "Vilken roll har vi som kommun i uppdateringen, eller bestämmer regionen allt?",
])
def test_we_municipalities_get_the_municipalities_role_not_the_regions(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 1, 14))
    assert ("Samtliga kommuner är med i Partnerskapet" in a.text or "All the municipalities are in the Partnership"
            in a.text), a.text
    assert "Region Örebro län är med i" not in a.text and "Region Örebro län is in" not in a.text, a.text
