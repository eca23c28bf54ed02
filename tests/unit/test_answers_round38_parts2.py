"""Issue 9, round 38: parts of a message left out without a word (b83–b86), each kind asked in other words.

A part no answerer owns gets its own line after what the reply answers (rusbot/answers/left_out_parts.py): what the
material says of it (short lead times, the consultation's period, input in the bot, the partnership deciding what is
updated) or that it does not say it, with the coordinators to ask. Only the kinds below, asked in their own words,
and only when the reply does not already speak of them."""

from __future__ import annotations

import pytest

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at


def _paragraphs(text: str) -> list[str]:
    return [p for p in text.split("\n\n") if p.strip()]


# b85 #15, b84 #20: whether the response needs a political decision at home
@pytest.mark.parametrize(("question", "day"), [
    ("Hur lång tid har vi på oss med remissen, och behövs ett politiskt beslut i nämnden för vårt remissvar?",
     at(2021, 4, 10)),
    ("Vilka får remissen, och måste vi ha ett politiskt beslut i kommunstyrelsen innan vi svarar?", at(2021, 3, 15)),
    ("Hej, när stänger remissen och krävs det ett politiskt beslut i KS för vårt svar?", at(2021, 8, 15)),
    ("Who gets the consultation, and do we need a political decision before we answer?", at(2021, 5, 15)),
])
def test_political_decision_at_home_is_said_unknown_after_the_answer(engine: AnswerEngine, question: str,
                                                                      day: object) -> None:
    a = engine.answer(question, day)  # type: ignore[arg-type]
    paragraphs = _paragraphs(a.text)
    line = next((p for p in paragraphs if "politiskt beslut hos er" in p or "political decision in your own" in p),
                None)
    assert line is not None, a.text
    assert "står inte i underlaget" in line or "not in the material" in line
    assert paragraphs.index(line) > 0, a.text       # the part answered leads
    assert "30 september" in a.text.lower() or "remissen går till" in a.text.lower() or (
        "consultation goes to" in a.text.lower())


# b86 #58: forwarding the consultation to others
@pytest.mark.parametrize(("question", "day"), [
    ("Är Sparbanken med? Kan vi vidarebefordra remissen till byalagen?", at(2021, 7, 1)),
    ("Can we forward the consultation to our local business network, and when does it close?", at(2021, 7, 2)),
    ("När stänger remissen? Får vi skicka remissen vidare till våra bolag?", at(2021, 7, 3)),
])
def test_forwarding_the_consultation_is_said_unknown(engine: AnswerEngine, question: str, day: object) -> None:
    a = engine.answer(question, day)  # type: ignore[arg-type]
    assert ("Om ni får skicka remissen vidare till andra" in a.text
            or "Whether you may forward the consultation" in a.text), a.text
    assert "får ni skicka" not in a.text.lower() and "you may forward it" not in a.text.lower()


# b86 #23, b84 #26: written material beforehand and its notice – the material gives short lead times
@pytest.mark.parametrize(("question", "day"), [
    ("vad är fas 1? kommer det skriftligt underlag innan?", at(2021, 2, 22)),
    ("Vad ska vi göra före 11 mars och hur mycket framförhållning kan vi räkna med?", at(2021, 2, 18)),
    ("What is the check-in about, and will there be written material to read beforehand?", at(2021, 2, 12)),
])
def test_material_notice_gets_the_short_lead_times(engine: AnswerEngine, question: str, day: object) -> None:
    a = engine.answer(question, day)  # type: ignore[arg-type]
    assert "kortare framförhållning än normalt" in a.text or "shorter notice than normal" in a.text, a.text
    assert "Vilka underlag som skickas ut" in a.text or "Which documents will be sent out" in a.text, a.text
    assert "det kan jag inte svara säkert på" not in a.text and "” Det vet jag inte" not in a.text


# b85 #92: only what the material is silent on – the lines alone, not a stock text read beside them
@pytest.mark.parametrize(("question", "day"), [
    ("Blir det en utvärdering av arbetet med RUS? Får jag intervjua någon från samordningen?", at(2021, 12, 1)),
    ("Will the process be evaluated afterwards? Could I interview some of the partners?", at(2021, 10, 1)),
    ("Kommer uppdateringsprocessen att utvärderas?", at(2021, 11, 1)),
])
def test_evaluation_and_interviews_are_said_unknown_alone(engine: AnswerEngine, question: str,
                                                          day: object) -> None:
    a = engine.answer(question, day)  # type: ignore[arg-type]
    assert a.text.startswith(("Om processen ska utvärderas står inte i underlaget",
                              "Whether the process will be evaluated is not in the material")), a.text
    assert "påminnelser" not in a.text and "Regionledningen" not in a.text and "Yes." not in a.text
    if "intervju" in question or "interview" in question:
        assert "intervjua" in a.text or "interview" in a.text


# b85 #95: whether the partnership remains; "finnas kvar" is no question of days left
@pytest.mark.parametrize(("question", "day"), [
    ("När blir nästa översyn? Kommer partnerskapet finnas kvar sen?", at(2021, 12, 10)),
    ("Vem beslutar om RUS? Kommer partnerskapet leva kvar efter beslutet?", at(2021, 11, 20)),
    ("When is the next review, and will the partnership continue after the decision?", at(2021, 12, 15)),
])
def test_partnership_remaining_is_said_unknown(engine: AnswerEngine, question: str, day: object) -> None:
    a = engine.answer(question, day)  # type: ignore[arg-type]
    assert ("finns kvar efter att RUS är beslutad står inte i underlaget" in a.text
            or "continues after RUS has been decided is not in the material" in a.text), a.text
    assert "Inga dagar kvar" not in a.text and "No days left" not in a.text


# b85 #39: whether input on a subject is worth it – no promise; the partnership decides what is updated
@pytest.mark.parametrize(("question", "day"), [
    ("Kommer gröna given in i RUS? Är det lönt att lämna inspel om det?", at(2021, 5, 19)),
    ("Is the Green Deal part of the review? Is it worth giving input on it?", at(2021, 5, 20)),
    ("Tas pandemin upp i översynen? Är det någon idé att lämna inspel om det?", at(2021, 6, 1)),
])
def test_input_worth_it_is_no_promise(engine: AnswerEngine, question: str, day: object) -> None:
    a = engine.answer(question, day)  # type: ignore[arg-type]
    assert "kan jag inte lova" in a.text or "cannot promise" in a.text, a.text
    assert "beslutar om vad som ska uppdateras" in a.text or "decides what is to be updated" in a.text
    assert "kommer att tas med" not in a.text and "will be included" not in a.text.replace("Whether it will be", "")


# b86 #24: a moved check-in does not move the consultation in the material
@pytest.mark.parametrize(("question", "day"), [
    ("Stämmer det att avstämningen flyttats till 18 mars? Skjuts remissen fram då?", at(2021, 2, 20)),
    ("I heard the check-in was moved to April – will the consultation be postponed too?", at(2021, 2, 25)),
    ("avstämningen är flyttad till 25 mars har jag hört – förskjuts remissen också?", at(2021, 2, 18)),
])
def test_consultation_moving_gets_its_period(engine: AnswerEngine, question: str, day: object) -> None:
    a = engine.answer(question, day)  # type: ignore[arg-type]
    assert ("Remissen ligger enligt tidplanen mitten av juni 2021 till och med 30 september 2021" in a.text
            or "the consultation runs mid-June 2021 through 30 September 2021" in a.text), a.text
    assert "Ja, remissen flyttas" not in a.text


# b86 #36, b84 #42: the public's comments and who informs residents
@pytest.mark.parametrize(("question", "day", "said"), [
    ("Varför görs uppdateringen, och när kan allmänheten lämna synpunkter?", at(2021, 4, 10),
     "Att allmänheten kan lämna synpunkter står inte i underlaget"),
    ("Why is RUS being updated, and can the public comment on it?", at(2021, 4, 20),
     "The material does not say the public can comment"),
    ("Får allmänheten tycka till om RUS? Varför ses den över?", at(2021, 4, 15),
     "Att allmänheten kan lämna synpunkter står inte i underlaget"),
    ("När öppnar remissen exakt? Ska kommunen informera medborgarna om den?", at(2021, 4, 13),
     "Vem som ska informera invånarna om remissen står inte i underlaget"),
    ("Vem ska informera kommuninvånarna om remissen, och när stänger den?", at(2021, 5, 1),
     "Vem som ska informera invånarna om remissen står inte i underlaget"),
    ("When does the consultation close, and who is to inform residents about it?", at(2021, 5, 1),
     "Who is to inform residents about the consultation is not in the material"),
])
def test_public_and_residents_are_said_unknown(engine: AnswerEngine, question: str, day: object, said: str) -> None:
    a = engine.answer(question, day)  # type: ignore[arg-type]
    assert said in a.text, a.text
    assert "öppen remiss för allmänheten" not in a.text


# b86 #38: a member asked of told that the consultation goes to it
@pytest.mark.parametrize(("question", "day", "org"), [
    ("Hej! En kollega på universitetet frågade mig om de är med i partnerskapet och om de också får remissen. Och "
     "sitter politikerna i partnerskapet?", at(2021, 3, 30), "Örebro universitet"),
    ("Min kontakt på Länsstyrelsen undrar om länsstyrelsen också får remissen, och om det är tjänstepersoner som "
     "sitter i partnerskapet?", at(2021, 4, 2), "Länsstyrelsen"),
    ("En kollega på Nora kommun frågade mig om de är med i partnerskapet och om de också får remissen. Vem sitter i "
     "partnerskapet från regionen?", at(2021, 3, 31), "Nora"),
])
def test_member_gets_the_consultation(engine: AnswerEngine, question: str, day: object, org: str) -> None:
    a = engine.answer(question, day)  # type: ignore[arg-type]
    assert f"alltså till alla dess medlemmar – också {org}" in a.text, a.text
    assert "mitten av juni 2021" in a.text and "Region Örebro län;" not in a.text


# b84 #15: input can be given now – yes, in the bot, as a confirmed representative; it leads
@pytest.mark.parametrize(("question", "day"), [
    ("kan vi lämna inspel i boten redan idag, och går det att ta tillbaka dem?", at(2021, 1, 10)),
    ("Kan vi lämna inspel via boten redan nu, och går det att ändra dem sen om cheferna tycker annorlunda?",
     at(2020, 12, 15)),
    ("Hej! Kan vi ge inspel i boten redan idag och redigera dem senare om ledningen ändrar sig?", at(2021, 1, 9)),
    ("Can we give input in the bot already, and edit it later if our departments disagree?", at(2020, 12, 12)),
])
def test_input_now_is_yes_first(engine: AnswerEngine, question: str, day: object) -> None:
    a = engine.answer(question, day)  # type: ignore[arg-type]
    assert a.text.removeprefix("Hej! ").startswith(("Ja – inspel om vad som bör uppdateras lämnar du här i boten",
                                                    "Yes – input on what should be updated")), a.text
    assert "**organisation**" in a.text


# b85 #78: how one's views are handled is not described
@pytest.mark.parametrize(("question", "day"), [
    ("Vi har lämnat remissvar. Får vi veta hur våra synpunkter hanteras?", at(2021, 10, 10)),
    ("Hur behandlas remissvaren? Och när är RUS klar?", at(2021, 10, 12)),
    ("Vi skickade in vårt remissvar – hur används våra synpunkter, och får partnerskapet se nya versionen?",
     at(2021, 10, 15)),
])
def test_how_views_are_handled_is_said_unknown(engine: AnswerEngine, question: str, day: object) -> None:
    a = engine.answer(question, day)  # type: ignore[arg-type]
    assert "hur era synpunkter redovisas står inte i underlaget" in a.text, a.text


# Not these kinds: the words named in passing or asked as something else
@pytest.mark.parametrize(("question", "day", "absent"), [
    ("Inför utvärderingen: kan du sammanfatta hur arbetssättet var tänkt?", at(2021, 12, 1), "utvärderas"),
    ("Räcker remisstiden för att vi ska hinna få ett politiskt beslut om vårt remissvar?", at(2021, 5, 3),
     "politiskt beslut hos er"),
    ("Förväntas vi inkomma med skriftligt underlag i förväg till avstämningen?", at(2021, 3, 1),
     "Vilka underlag som skickas ut"),
    ("Kan vi fortfarande lämna inspel nu när remissen pågår?", at(2021, 7, 1), "Ja – inspel om"),
    ("Får Handelskammaren remissen?", at(2021, 5, 1), "alltså till alla dess medlemmar"),
])
def test_not_these_parts(engine: AnswerEngine, question: str, day: object, absent: str) -> None:
    assert absent not in engine.answer(question, day).text  # type: ignore[arg-type]


# b84 #16: the why of the consultation's length with whose wish it was asked yes or no – the wish answers both
@pytest.mark.parametrize(("question", "day"), [
    ("Jag måste förklara varför remisstiden är så lång. Var det kommunerna som ville ha remiss ända till september?",
     at(2021, 2, 3)),
    ("Why does the consultation run all the way to September – was it the municipalities who wanted that?",
     at(2021, 2, 5)),
    ("varför håller remissen på ända till sept? var det kommunerna som ville det?", at(2021, 3, 1)),
])
def test_whose_wish_asked_yes_or_no_is_yes(engine: AnswerEngine, question: str, day: object) -> None:
    a = engine.answer(question, day)  # type: ignore[arg-type]
    assert a.text.startswith(("Ja – kommunerna önskade en remiss till och med september",
                              "Yes – the municipalities asked for a consultation through September")), a.text
    assert "Varför kommunerna ville det" not in a.text and "Why the municipalities wanted it" not in a.text


def test_why_they_wanted_it_is_still_unknown(engine: AnswerEngine) -> None:
    a = engine.answer("Varför ville kommunerna ha remiss till september?", at(2021, 2, 12))
    assert a.text.startswith("Varför kommunerna ville det står inte i underlaget"), a.text


# b84 #16 and its mirror: KC/RD's January input and the municipalities' wish, each told beside the other
@pytest.mark.parametrize(("question", "day", "said"), [
    ("Why is the consultation so long, what happened at KC/RD in January, and was it the municipalities who wanted "
     "it?", at(2021, 2, 5), "was presented the proposed timeline in January 2021"),
    ("Jag ska förklara för en kollega varför remissen pågår till september. Vad hände på KC/RD i januari, och var "
     "det kommunerna som önskade det?", at(2021, 1, 25), "Ja – kommunerna önskade en remiss till och med september"),
    ("Explaining to my boss why the consultation lasts until September: what happened at KC/RD in January, and was "
     "it the municipalities who asked for it?", at(2021, 2, 15),
     "Yes – the municipalities asked for a consultation through September"),
])
def test_kcrd_input_and_wish_both_told(engine: AnswerEngine, question: str, day: object, said: str) -> None:
    a = engine.answer(question, day)  # type: ignore[arg-type]
    assert said in a.text, a.text
    assert "förslaget till tidplan" in a.text or "proposed timeline" in a.text


# b64 #38: one case named by two aspects (what happens if … / a disagreement) is said once in the lead
@pytest.mark.parametrize("question", [
    "Vad händer om partnerskapet inte är överens på avstämningen?",
    "vad händer om kommunerna inte är överens om vad som ska uppdateras?",
    "Och vad händer om partnerskapet inte är överens om vad som ska uppdateras i RUS?",
])
def test_a_case_not_covered_is_named_once(engine: AnswerEngine, question: str) -> None:
    first = engine.answer(question, at(2021, 3, 4)).text.split("\n\n")[0]
    assert first.startswith("Underlaget tar inte upp vad som händer om"), first
    assert "och inte heller" not in first, first
