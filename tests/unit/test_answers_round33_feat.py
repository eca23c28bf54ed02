"""Issue 9, after batches 65–66's scores: questions about the bot's own features answered with what was asked first –
the channel's reminder days, `status` (what a non-coordinator sees), the coordinators' commands listed, a bare
"inspel", who may give input for the organisation, and what becomes of what a partner writes (who reads it, whether
responses are public, attachments). Asked in other words than those batches."""

from __future__ import annotations

import pytest

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at, first_sentence

# -- the channel's reminder days (b65 #40, #69) -----------------------------------------------------------------------

_DAYS = ("16 september 2021", "23 september 2021", "29 september 2021", "30 september 2021")
_DAYS_EN = ("16 September 2021", "23 September 2021", "29 September 2021", "30 September 2021")


@pytest.mark.parametrize("question", [
    "Vilka påminnelser skickas i kanalen före remissens sista dag?",
    "vilka dagar kommer kanalpåminnelserna inför deadline?",
    "Which reminders does our channel get before the consultation closes?",
])
def test_which_channel_reminders_leads_with_the_days(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 8, 30))
    first = a.text.split("\n")[0]
    days = _DAYS_EN if "Which" in question else _DAYS
    assert all(d in first for d in days), a.text


@pytest.mark.parametrize("question", [
    "Hur aktiverar man påminnelserna i kanalen och vilka dagar kommer de?",
    "hur slår vi på påminnelserna i vår teamkanal? vilka datum skickas dom",
    "How do I turn on the reminders in our channel, and which days are they sent?",
])
def test_channel_reminders_on_and_which_days(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 6, 9))
    assert "påminnelser här" in a.text or "reminders here" in a.text, a.text
    days = _DAYS_EN if question.startswith("How") else _DAYS
    assert all(d in a.text for d in days), a.text
    assert "påminn mig på" not in first_sentence(a.text) and "nudges on" not in first_sentence(a.text), a.text


def test_where_channel_reminders_go_still_answered(engine: AnswerEngine) -> None:
    a = engine.answer("Vilken kanal går påminnelserna till?", at(2021, 8, 30))
    assert a.text.startswith("Teamets påminnelser går till kanalen"), a.text


# -- status and the coordinators' commands (b65 #57, b66 #45, #78) ----------------------------------------------------

@pytest.mark.parametrize("question", [
    "remissvarsstatus?",
    "hur går det med statusen på svaren från kommunerna?",
    "what is the status on the responses so far?",
])
def test_status_of_the_responses_names_the_coordinators_command(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 7, 21))
    first = first_sentence(a.text)
    assert "**status**" in first, a.text
    assert "pågår" not in a.text and "dagar kvar" not in a.text, a.text


@pytest.mark.parametrize("question", [
    "Jag är inte samordnare – kan jag ändå se med status vilka kommuner som har svarat?",
    "jag e ingen samordnare men får jag se vilka som lämnat inspel via status?",
    "I'm not a coordinator. Can I see who has submitted input with status?",
])
def test_status_asked_by_a_non_coordinator_leads_with_what_they_see(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 4, 26))
    assert a.text.startswith(("Nej – **status** är samordnarnas", "No – **status** is the coordinators'")), a.text
    assert "egen organisations rad" in a.text or "own organisation's row" in a.text, a.text


@pytest.mark.parametrize("question", [
    "Kan du lista samordnarnas kommandon?",
    "lista kommandona för samordnare tack",
    "Please list all the coordinator commands.",
])
def test_coordinator_commands_listed(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 11, 17))
    for command in ("**status**", "**export**", "**personuppgifter**" if "Please" not in question else
                    "**personal data**"):
        assert command in a.text, a.text


# -- a bare "inspel", and who may give it (b66 #20, b65 #16) ---------------------------------------------------------

@pytest.mark.parametrize("question", ["Inspel?", "hej, inspel tack", "input please"])
def test_bare_inspel_says_what_it_is_and_the_link(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 2, 3))
    assert "förslag på vad som ska uppdateras" in a.text or "proposals for what should be updated" in a.text, a.text
    assert "**organisation**" in a.text and ("bekräfta" in a.text or "confirm" in a.text), a.text


@pytest.mark.parametrize("question", [
    "Får jag som praktikant lämna inspel för kommunen, eller måste min chef göra det?",
    "kan ja lämna in inspel för regionen elr måste chefen göra det",
    "Can I as a trainee submit input for my municipality, or does my boss have to?",
])
def test_who_may_give_input_for_the_organisation(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 3, 9))
    assert a.text.startswith(("Inspel lämnar organisationens bekräftade företrädare",
                              "Input is given by the organisation's confirmed representatives")), a.text


# -- who reads, public, attachments (b65 #72, #32, b66 #89) ----------------------------------------------------------

@pytest.mark.parametrize("question", [
    "Blir remissvaren offentliga?",
    "är vårt remissvar en allmän handling sen?",
    "Are the consultation responses public documents?",
])
def test_responses_public_answered_first(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 5, 27))
    assert a.text.startswith(("Ja, inskickade remissvar är allmänna handlingar",
                              "Yes, submitted responses are public documents")), a.text


@pytest.mark.parametrize("question", [
    "Kan jag lita på dig? Vem har gjort boten och vem läser det jag skriver?",
    "vem har byggt dig och vem ser det jag skriver här?",
    "Who made this bot, and who reads what I write?",
])
def test_who_reads_what_i_write_is_told(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 3, 2))
    assert "ser samordnarna" in a.text or "the coordinators see" in a.text, a.text


@pytest.mark.parametrize("question", [
    "Svaret är klart. Går det att bifoga nämndens beslut? Får vi ett kvitto? Vem läser det sen?",
    "Vi har ett färdigt remissvar. Kan vi bifoga protokollet? Och vem läser svaren?",
    "Our response is done. Can we attach the council's decision? Do we get a receipt? Who reads the responses?",
])
def test_response_feature_questions_answered_in_order(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 9, 21))
    first = a.text.split("\n")[0]
    # (the attachment asked first is answered first: the form, no file)
    assert any(w in first for w in ("Som bilaga kan jag inte", "I cannot take an attachment", "as a file")), a.text
    assert "läser samordnarna" in a.text or "coordinators read" in a.text, a.text


@pytest.mark.parametrize("question", ["Hur ser statusen ut för remissvaren?", "status för inspelen?"])
def test_status_answers_that_named_status_keep_it(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 7, 21))
    assert a.text.startswith("Det ser bara samordnarna"), a.text


# -- a company, and a unit's own response (b65 #28, b66 #66) ---------------------------------------------------------

@pytest.mark.parametrize("question", [
    "vårt bolag vill svara på remissen, går det?",
    "Can our firm send in its own consultation response?",
    "Får ett företag lämna remissvar direkt till er?",
])
def test_company_told_its_route(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 7, 14))
    assert a.text.startswith(("Inte direkt i boten", "Not directly in the bot")), a.text
    assert "Handelskammaren" in a.text, a.text
    assert "**organisation**" not in a.text, a.text


@pytest.mark.parametrize("question", [
    "Miljöenheten har ett eget remissvar – kan jag lämna det som kommunens svar?",
    "Vi har ett separat svar från kulturavdelningen, får jag skicka in det som regionens remissvar?",
    "Our public health team wrote a response of its own. Can I submit it as the region's response?",
])
def test_unit_response_as_the_organisations_is_one_per_organisation(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 9, 20))
    assert a.text.startswith(("Remissvaret är ett per organisation", "There is one consultation response per")), a.text


def test_draft_sent_as_the_municipalitys_response_is_not_read_as_a_unit(engine: AnswerEngine) -> None:
    a = engine.answer("Kan vi skicka in vårt utkast som kommunens svar nu?", at(2021, 9, 20))
    assert not a.text.startswith("Remissvaret är ett per organisation"), a.text


@pytest.mark.parametrize("question", ["Hur påverkar remissvaren företagen i länet?",
                                      "Vi önskar information om hur remissvaren kommer att sammanställas samt huruvida "
                                      "de kommer att offentliggöras."])
def test_neighbours_of_company_and_public_keep_their_answers(engine: AnswerEngine, question: str) -> None:
    """Companies asked about are no company asking to respond; publication asked after compilation is answered after
    it, and not with a "Ja"."""
    a = engine.answer(question, at(2021, 9, 1))
    assert not a.text.startswith(("Inte direkt i boten", "Ja,")), a.text
