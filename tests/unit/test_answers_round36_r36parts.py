"""Issue 9, round 36 (blind batches 75–76): a part of a message left out beside the part answered. Whether the asker
is to attend the check-in (b76 #22), what happens now that the check-in was yesterday (b76 #25), who is invited to
respond to the consultation (b75 #42) and whether the municipal council must take RUS up (b75 #13). Asked in other
words than the batches."""

from __future__ import annotations

import pytest

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at


@pytest.mark.parametrize("question", [
    "asså ska ja va me på mötet 11 mars eller e de bara cheferna",
    "Behöver jag delta på avstämningen den 11 mars, eller räcker det att min chef går?",
    "Ska jag vara med på avstämningen eller är den bara för kommundirektörerna?",
    "Måste jag gå på mötet den 11:e?",
])
def test_whether_to_attend_the_check_in_is_not_stated(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 3, 2))
    assert a.text.startswith("Vilka och hur många från varje organisation som får vara med på avstämningen står "
                             "inte i underlaget"), a.text


def test_english_attend_is_said_once(engine: AnswerEngine) -> None:
    a = engine.answer("Should I attend the check-in on 11 March myself or is it only for directors?", at(2021, 3, 2))
    assert a.text.startswith("The material does not cover who needs to or may attend"), a.text
    assert "may attend the check-in is not in the material" not in a.text, a.text


def test_agreeing_at_the_check_in_is_not_attending(engine: AnswerEngine) -> None:
    a = engine.answer("imorgon ar det avstamning va? vad ska vi komma overens om da", at(2021, 3, 10))
    assert a.text.startswith("**Avstämning med partnerskapet**"), a.text


@pytest.mark.parametrize(("question", "lead"), [
    ("Avstämningen var igår – vad händer nu?", "Efter avstämning med partnerskapet kommer enligt tidplanen:"),
    ("avstämningen var i förrgår, vad blir nästa steg?", "**Nästa steg enligt tidplanen**"),
    ("mötet med partnerskapet hölls förra veckan, hur går vi vidare?",
     "Efter avstämning med partnerskapet kommer enligt tidplanen:"),
    ("The check-in was yesterday. What happens now?", "After the check-in with the partnership the timeline has:"),
])
def test_what_now_after_the_check_in_gone(engine: AnswerEngine, question: str, lead: str) -> None:
    a = engine.answer(question, at(2021, 3, 12))
    assert a.text.startswith(lead), a.text
    assert "Skrivfas och uppdateringar" in a.text or "Writing and updates" in a.text, a.text


@pytest.mark.parametrize(("question", "said"), [
    ("When exactly does the consultation period start and end, and who is invited to respond?",
     "The consultation goes to the Partnership for Regional Development"),
    ("Who is asked to respond to the consultation?", "The consultation goes to the Partnership for Regional"),
    ("Vilka är inbjudna att svara på remissen, och när stänger den?", "Remissen går till Partnerskapet för regional"),
    ("När öppnar remissen och vilka bjuds in att svara?", "Remissen går till Partnerskapet för regional utveckling"),
])
def test_who_is_invited_to_respond(engine: AnswerEngine, question: str, said: str) -> None:
    a = engine.answer(question, at(2021, 5, 26))
    assert said in a.text, a.text
    assert "can't answer that" not in a.text and "det vet jag inte" not in a.text, a.text


@pytest.mark.parametrize("question", [
    "Vår kommundirektör undrar om det här är en helt ny RUS eller bara en revidering, och om vi i så fall behöver "
    "ta upp den i kommunfullmäktige.",
    "Är det en ny RUS eller en uppdatering? Måste KF besluta om den?",
    "Behöver vi ta upp RUS i kommunfullmäktige?",
])
def test_municipal_council_is_not_in_the_material(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 2, 19))
    assert "Om kommunerna behöver ta upp RUS i kommunfullmäktige eller kommunstyrelsen står inte i underlaget" in (
        a.text), a.text
    assert "regionfullmäktige (RF)" in a.text or "Regionfullmäktige (RF)" in a.text, a.text


def test_municipal_council_english(engine: AnswerEngine) -> None:
    a = engine.answer("Is this a new strategy or an update, and will our municipal council have to adopt it?",
                      at(2021, 2, 19))
    assert "Whether the municipalities need to take RUS up in their municipal council" in a.text, a.text


@pytest.mark.parametrize(("question", "lead"), [
    ("Beslutar partnerskapet något på avstämningen den 11 mars eller är det bara information?",
     "Partnerskapet för regional utveckling beslutar om vad som ska uppdateras"),
    ("Vad ska vi ta ställning till på mötet 11 mars?",
     "Partnerskapet för regional utveckling beslutar om vad som ska uppdateras"),
    ("Is the check-in a decision meeting or just for information?",
     "The Partnership for Regional Development decides what is to be updated"),
])
def test_decide_or_information_at_the_check_in(engine: AnswerEngine, question: str, lead: str) -> None:
    a = engine.answer(question, at(2021, 3, 9))
    assert a.text.startswith(lead), a.text


def test_decide_or_information_beside_sending_before(engine: AnswerEngine) -> None:
    a = engine.answer("Inför torsdagens möte: vad ska partnerskapet ta ställning till den 11 mars? Beslutar vi något "
                      "eller är det bara information? Och måste vi på Länsstyrelsen skicka in något innan?",
                      at(2021, 3, 9))
    assert "Partnerskapet för regional utveckling beslutar om vad som ska uppdateras" in a.text, a.text


@pytest.mark.parametrize("question", [
    "I study governance. Who sits on the Partnership for Regional Development in Örebro county, and does it have "
    "any decision-making power?",
    "Who is on the regional partnership in Örebro county and what power does it have?",
    "Who makes up the partnership, and can it decide anything in the update?",
    "Vilka ingår i partnerskapet i Örebro län, och får det besluta något?",
])
def test_who_sits_on_the_partnership_beside_its_power(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 2, 18))
    assert "RF-SISU" in a.text and "Handelskammaren" in a.text, a.text


@pytest.mark.parametrize(("question", "said"), [
    ("Kan jag skicka remissvaret utan att chefen skrivit under?", "tar inte upp vem som ska skriva under"),
    ("Går det att lämna remissvaret innan förvaltningschefen har undertecknat det?",
     "tar inte upp vem som ska skriva under"),
    ("Can I submit our response without my manager's signature?", "the material does not cover who must sign"),
    ("1) Sista dagen är idag va? 2) Får jag skicka svaret fast chefen inte skrivit under? 3) Vem kan jag ringa?",
     "tar inte upp vem som ska skriva under"),
])
def test_sending_without_a_signature_is_not_in_the_material(engine: AnswerEngine, question: str, said: str) -> None:
    a = engine.answer(question, at(2021, 9, 30))
    assert said in a.text, a.text


@pytest.mark.parametrize(("question", "lead"), [
    ("Har kommunerna kunnat påverka tidplanen?", "Tidplanen: ja – kommunerna önskade en remiss till och med september"),
    ("Kommunalrådet undrar: \"Har kommunerna haft möjlighet att påverka tidplanen?\" Och bestämmer regionen ensam "
     "vad som ska uppdateras?", "Tidplanen: ja – kommunerna önskade en remiss till och med september"),
    ("Could the municipalities influence the timeline?", "The timeline: yes – the municipalities asked for"),
])
def test_municipalities_influence_on_the_timeline(engine: AnswerEngine, question: str, lead: str) -> None:
    a = engine.answer(question, at(2021, 1, 28))
    assert a.text.split("Hej! ", 1)[-1].startswith(lead), a.text


@pytest.mark.parametrize("question", [
    "Varför ska RUS revideras redan nu, den antogs ju för inte så länge sedan?",
    "Varför uppdateras strategin igen när den antogs för bara några år sedan?",
    "Why is RUS being revised already, wasn't it adopted recently?",
])
def test_why_revised_beside_its_adoption_is_why_reviewed(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2020, 12, 14))
    assert a.topic == "why_review", a.text


def test_forwarded_why_now_and_own_documents(engine: AnswerEngine) -> None:
    a = engine.answer("Jag vidarebefordrar från ordföranden: \"Varför ska RUS revideras redan nu, den antogs ju "
                      "nyligen? Och måste kommunens egna styrdokument göras om?\" Tack för svar som jag kan "
                      "återkoppla till henne.", at(2020, 12, 14))
    assert "RUS ses över varje mandatperiod" in a.text.split("\n\n")[0], a.text
    assert "återkoppling" not in a.text, a.text
    assert "Om era egna strategiska dokument behöver göras om står inte i underlaget" in a.text, a.text


@pytest.mark.parametrize(("question", "said"), [
    ("Måste våra egna planer uppdateras nu?", "Om era egna strategiska dokument behöver göras om står inte"),
    ("Do our own strategy documents need to be revised because of the update?",
     "Whether your own strategic documents need to be redone is not in the material"),
])
def test_own_documents_not_in_the_material(engine: AnswerEngine, question: str, said: str) -> None:
    a = engine.answer(question, at(2021, 1, 14))
    assert said in a.text, a.text


@pytest.mark.parametrize(("question", "said"), [
    ("Från kommunalrådet: \"Varför var remisstiden så lång? Och varför gick remissen bara till tjänstepersoner och "
     "inte till fullmäktige?\"", "Varför remissen går till tjänstepersoner står inte i underlaget"),
    ("Varför skickades remissen till tjänstemän och inte till politikerna?",
     "Varför remissen går till tjänstepersoner står inte i underlaget"),
    ("Why was the consultation sent to officials rather than to the elected councils?",
     "Why the consultation goes to officials is not in the material"),
])
def test_why_the_consultation_went_to_officials(engine: AnswerEngine, question: str, said: str) -> None:
    a = engine.answer(question, at(2021, 11, 11))
    assert said in a.text, a.text
    assert "Partnerskapet för regional utveckling" in a.text or "Partnership for Regional Development" in a.text


@pytest.mark.parametrize(("question", "lead"), [
    ("vi har KS 22 feb och sen sportlov v.9. ska vi ha nat klart till 11 mars? vad forvantas av oss pa avstamningen?",
     "Vad som förväntas av varje organisation inför och på avstämningen"),
    ("Vad förväntas av oss på mötet den 11 mars?", "Vad som förväntas av varje organisation inför och på avstämningen"),
    ("Ska vi ha något klart till avstämningen?", "Vad som förväntas av varje organisation inför och på avstämningen"),
    ("What is expected of us at the check-in?", "What is expected of each organisation before and at the check-in"),
])
def test_what_is_expected_at_the_check_in(engine: AnswerEngine, question: str, lead: str) -> None:
    a = engine.answer(question, at(2021, 2, 11))
    assert a.text.split("Hej! ", 1)[-1].startswith(lead), a.text
    assert "den 11 mars 2021" in a.text or "on 11 March 2021" in a.text, a.text


@pytest.mark.parametrize(("question", "lead"), [
    ("Hi, I just took over the RUS file at Handelskammaren. Could you summarise where we are in the process and what "
     "I have to do before the deadline? Do we even have to respond?", "**Now, according to the timeline**"),
    ("Kan du kort sammanfatta var vi står i processen och vad jag behöver göra?", "**Just nu enligt tidplanen**"),
    ("I'm new here. Give me an overview of where we stand in the process, please, and what happens next?",
     "**Now, according to the timeline**"),
])
def test_where_we_are_leads_a_summary(engine: AnswerEngine, question: str, lead: str) -> None:
    a = engine.answer(question, at(2021, 8, 10))
    assert a.text.split("Hi! ", 1)[-1].startswith(lead), a.text
