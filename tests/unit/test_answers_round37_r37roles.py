"""Issue 9, round 37 (r37roles): answers to partners' own wordings of who is in the partnership and what it means
for them. "alla eller bara örebro?" is answered with all the county's municipalities, not a yes to Örebro alone
(b78 #35)."""

from __future__ import annotations

import pytest

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at


@pytest.mark.parametrize(("question", "lead"), [
    ("vilka kommunner är med i partnerskapet? alla eller bara örebro?", "Alla 12 kommuner i länet är med"),
    ("är alla kommuner med eller bara örebro?", "Alla 12 kommuner i länet är med"),
    ("är det bara Kumla som är med?", "Nej – alla 12 kommuner i länet är med"),
    ("e de bara örebro som e med??", "Nej – alla 12 kommuner i länet är med"),
    ("Is it only Örebro municipality that is in the partnership?", "No – all 12 municipalities of the county"),
])
def test_only_one_town_is_met_with_all_the_municipalities(engine: AnswerEngine, question: str, lead: str) -> None:
    a = engine.answer(question, at(2021, 3, 30))
    assert a.text.startswith(lead), a.text
    assert "Ljusnarsberg" in a.text and "Länsstyrelsen" in a.text, a.text


def test_a_town_named_alone_is_still_a_yes(engine: AnswerEngine) -> None:
    assert engine.answer("är Kumla med i partnerskapet?", at(2021, 3, 30)).text.startswith("Ja, **Kumla** är med")


@pytest.mark.parametrize(("question", "strangers", "contact"), [
    ("Hej! Jag sitter på Almi och vi har inte fått någon remiss. Vi ingår väl i partnerskapet precis som "
     "Handelskammaren och Länsförsäkringar? Vem ska vi vända oss till?", "Almi och Länsförsäkringar",
     "Kontakta samordnarna"),
    ("Jag jobbar på Almi. Vi ingår väl i partnerskapet liksom Handelskammaren och Sparbanken?",
     "Almi och Sparbanken", None),
    ("I work at Almi. We are part of the partnership just like Handelskammaren and Länsförsäkringar, right? Who should "
     "we contact?", "Almi and Länsförsäkringar are not members", "Contact the coordinators"),
])
def test_the_names_a_stranger_compares_itself_with_are_checked(engine: AnswerEngine, question: str, strangers: str,
                                                               contact: str | None) -> None:
    # b77 #94: Länsförsäkringar was passed over beside "Almi är inte med", and whom to turn to was left out.
    a = engine.answer(question, at(2021, 11, 25))
    assert strangers in a.text.split("\n\n")[0], a.text
    if contact:
        assert contact in a.text, a.text


@pytest.mark.parametrize("question", [
    "Vi på Almi undrar om vi är med i partnerskapet, och vem vänder vi oss till annars?",
    "Vi på Almi har inte fått någon remiss. Är vi inte med i partnerskapet? Vem vänder vi oss till?",
    "Är Arbetsförmedlingen med i partnerskapet? Vem ska vi vända oss till?",
])
def test_whom_to_turn_to_beside_membership_is_the_coordinators(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 11, 25))
    assert "Kontakta samordnarna" in a.text, a.text


@pytest.mark.parametrize(("question", "member"), [
    ("Hej! Jag gör min praktik på Länsstyrelsen och min handledare bad mig ta reda på lite om RUS-uppdateringen. Jag "
     "förstår inte riktigt vad Länsstyrelsen har för roll, är vi med och bestämmer eller är det bara regionen? Och "
     "varför pratar alla om gröna given?", "Länsstyrelsen"),
    ("Hi, I'm at Länsstyrelsen. What is our role – do we help decide or is it just Region Örebro län?",
     "Länsstyrelsen"),
    ("Jag sitter på Handelskammaren och undrar vad vi har för roll. Är vi med och bestämmer eller är det bara "
     "regionen?", "Handelskammaren"),
])
def test_the_askers_own_role_not_the_one_set_against_it(engine: AnswerEngine, question: str, member: str) -> None:
    # b78 #22: "… eller är det bara regionen?" was answered of Region Örebro län, not of the asker's Länsstyrelsen.
    first = engine.answer(question, at(2021, 2, 19)).text.split("\n\n")[0]
    assert member in first and "Region Örebro län är medlem" not in first, first
    assert f"{member} och Region Örebro län" not in first and f"{member} and Region Örebro län" not in first, first


@pytest.mark.parametrize(("question", "lead"), [
    ("Hi, I work at Örebro University's external relations office. Is the university actually part of this "
     "partnership, and what would we be expected to do during 2021? Just trying to plan our staff time.",
     "Hi! Yes, **Örebro universitet** is a member"),
    ("Hi, is Länsstyrelsen part of this partnership, and what would we be expected to do next year? Planning our "
     "staff time.", "Hi! Yes, **Länsstyrelsen** is a member"),
    ("Is RF-SISU part of the partnership, and what would we be expected to do in 2021?", "Yes, **RF-SISU** is"),
    ("ingår vi på länsstyrelsen i partnerskapet? vad ska vi göra i praktiken?", "Ja, **Länsstyrelsen** är med"),
])
def test_a_members_yes_leads_and_what_it_takes_part_in_follows(engine: AnswerEngine, question: str,
                                                                lead: str) -> None:
    # b78 #4: the member list quoted with no yes, and what the university is expected to do in 2021 left out.
    a = engine.answer(question, at(2020, 12, 17))
    assert a.text.startswith(lead), a.text
    assert "11 mars 2021" in a.text or "11 March 2021" in a.text, a.text


@pytest.mark.parametrize(("question", "refuted"), [
    ("Hi, I work at the Chamber of Commerce in Örebro. Someone told me businesses are only consulted at the very "
     "end, once the politicians have basically decided. Are we actually part of the partnership? And what is our "
     "role in practice?", "No – being consulted only at the end is not how the material describes it"),
    ("Vi på Handelskammaren har hört att näringslivet bara tillfrågas i slutet. Ingår vi i partnerskapet?",
     "Nej – att ni bara tillfrågas i slutet stämmer inte med underlaget"),
    ("I'm from RF-SISU. I heard we're only consulted at the very end. Are we part of the partnership?",
     "No – being consulted only at the end is not how the material describes it"),
])
def test_only_consulted_at_the_end_is_refuted_after_the_yes(engine: AnswerEngine, question: str,
                                                             refuted: str) -> None:
    # b77 #13: the stock member list led, and the claim was never corrected.
    a = engine.answer(question, at(2021, 1, 28))
    assert a.text.split("\n\n")[0].replace("Hi! ", "").startswith(("Yes, **", "Ja, **")), a.text
    assert refuted in a.text.split("\n\n")[1], a.text


@pytest.mark.parametrize(("question", "day", "lead", "told"), [
    ("Hej, är det här samma sak som översiktsplanen? Vi på Nora kommun håller på med vår ÖP och undrar om vi ska "
     "skicka in den till er.", at(2020, 12, 17), "Hej! Nej – RUS är den regionala utvecklingsstrategin",
     "Om kommunernas översiktsplaner (ÖP) säger underlaget inget"),
    ("Hej, Hallsberg här. Är det här samma sak som det nya strukturfondsprogrammet? Vi vill söka pengar för ett "
     "projekt om landsbygdsutveckling och undrar om RUS-remissen är vägen in. När öppnar i så fall utlysningen?",
     at(2021, 3, 12), "Hej! Nej – RUS är den regionala utvecklingsstrategin", "Att söka pengar och när utlysningar"),
    ("Hej, jag jobbar med Noras nya översiktsplan och har hört att RUS ska vara klar i år. Ska vi vänta med vår ÖP "
     "tills RUS är beslutad? När beslutar regionfullmäktige? Och kommer RUS att göras om helt så att vi måste börja "
     "om?", at(2021, 8, 10), "", "Om kommunernas översiktsplaner (ÖP) säger underlaget inget"),
    ("Is RUS the same thing as our comprehensive plan? Should we send it to you?", at(2021, 3, 12),
     "No – RUS is the regional development strategy", "The material says nothing about the municipalities'"),
    ("e rus samma som strukturfonderna? kan vi söka pengar via remissen?", at(2021, 3, 12),
     "Nej – RUS är den regionala utvecklingsstrategin", "Att söka pengar och när utlysningar"),
    ("Vi jobbar med kommunens nya översiktsplan – ska vi vänta på RUS?", at(2021, 3, 12), "",
     "Om kommunernas översiktsplaner (ÖP) säger underlaget inget"),
])
def test_rus_is_not_another_plan_and_what_is_not_covered_is_said(engine: AnswerEngine, question: str, day: object,
                                                                  lead: str, told: str) -> None:
    # b77 #6, #30, #62: RUS is not the municipality's översiktsplan nor the structural funds programme; the ÖP and
    # funding are not in the material – said so, not left out.
    a = engine.answer(question, day)  # type: ignore[arg-type]
    assert a.text.startswith(lead), a.text
    assert told in a.text, a.text


def test_open_is_no_comprehensive_plan(engine: AnswerEngine) -> None:
    # ("öp" folds like the start of "open": the plan is looked for as ÖP in the message's own text)
    a = engine.answer("When does the consultation open?", at(2021, 3, 12))
    assert "comprehensive plans" not in a.text, a.text


@pytest.mark.parametrize("question", [
    "Hi, I'm covering for a colleague at Örebro University over the summer. Who actually received the consultation, "
    "and is there a specific format the response has to follow?",
    "Who got the consultation? Is there a template for the response?",
    "Who has actually received the remiss, and how should the response be formatted?",
])
def test_who_received_the_consultation_is_the_partnership(engine: AnswerEngine, question: str) -> None:
    # b78 #55: "who actually received" was not read as asking the recipients; the format part alone was answered.
    a = engine.answer(question, at(2021, 7, 14))
    assert "The consultation goes to the Partnership for Regional Development" in a.text, a.text


@pytest.mark.parametrize("question", [
    "Kan du skriva ett utkast till vårt yttrande om nya översiktsplanen för Askersund?",
    "Kan du hjälpa mig söka pengar ur strukturfonderna för vårt projekt?",
])
def test_a_declined_request_stays_as_it_was(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 7, 14))
    assert "Om kommunernas översiktsplaner" not in a.text and "Att söka pengar" not in a.text, a.text
