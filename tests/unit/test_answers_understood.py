"""What the blind batches 03 and 04 found (issue 9, round 2), as behaviours of the whole engine:
membership of organisations the process file does not know, words explained from the source's own
glossary, decisions and outcomes said as the plan, dates counted to what was asked, two questions in
one, the bot's own features asked about in specific ways, and only the phases the source has."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at

# -- membership ------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("Är Region Värmland med i partnerskapet?", "Region Värmland"),
        ("är Arbetsförmedlingen med i partnerskapet?", "Arbetsförmedlingen"),
        ("är arbetsförmedlingen med i partnerskapet", "Arbetsförmedlingen"),
        ("Ingår Almi i partnerskapet?", "Almi"),
        ("ingår Kommunförbundet Örebro län i partnerskapet?", "Kommunförbundet Örebro län"),
        ("är Örebro läns museum med?", "Örebro läns museum"),
        ("Is Region Gävleborg a member?", "Region Gävleborg"),
    ],
)
def test_an_organisation_the_file_does_not_know_is_not_a_member(engine: AnswerEngine, question: str,
                                                                 name: str) -> None:
    a = engine.answer(question, at(2021, 3, 1))
    assert a.topic == "organisation"
    assert a.text.startswith((f"Nej, **{name}** är inte med i partnerskapet", f"No, **{name}** is not a member"))
    assert "Ja," not in a.text and "Yes," not in a.text


@pytest.mark.parametrize(
    ("question", "member"),
    [
        ("ingår ORU i partnerskapet?", "Örebro universitet"),
        ("är LST med i partnerskapet?", "Länsstyrelsen"),
        ("Is the Chamber of Commerce part of the partnership?", "Handelskammaren"),
        ("är bildningsförbundet med?", "Örebro läns bildningsförbund"),
        ("LST här – är länsstyrelsen med i partnerskapet eller bara remissinstans?", "Länsstyrelsen"),
    ],
)
def test_members_by_their_abbreviations_and_short_names(engine: AnswerEngine, question: str, member: str) -> None:
    a = engine.answer(question, at(2021, 3, 12))
    assert a.text.startswith((f"Ja, **{member}** är med i", f"Yes, **{member}** is a member"))


def test_a_non_member_does_not_get_the_consultation(engine: AnswerEngine) -> None:
    a = engine.answer("får Region Västmanland remissen?", at(2021, 6, 28))
    assert a.text.startswith("Nej, **Region Västmanland** är inte med i Partnerskapet för regional utveckling")
    assert "skickar remissen" not in a.text     # who sends it is not in the source


@pytest.mark.parametrize("question", ["sitter politikerna med i partnerskapet?", "sitter regionpolitikerna i "
                                      "partnerskapet?", "Are politicians involved in the partnership?"])
def test_the_partnership_is_officials_not_politicians(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 4, 30))
    # What the material says (its list with "(tjänstepersoner)" at the end, quoted), not a flat "Nej" (batch 16
    # graded that invented) nor "all are officials" (batch 17 graded that more than the material says).
    assert a.text.startswith(("Enligt underlaget består partnerskapet för regional utveckling av ”företrädare",
                              "According to the material the Partnership for Regional Development is made up of"))
    assert "(tjänstepersoner)" in a.text.split("\n")[0]
    assert "förankring i nämnderna" in a.text or "committees" in a.text


# -- words of the process ----------------------------------------------------------------------------

def test_the_glossary_is_the_sources_own(engine: AnswerEngine) -> None:
    process = engine.process
    assert {g.id for g in process.glossary} >= {"ord-remiss", "ord-rf", "ord-kcrd", "ord-forankring", "ord-ledtid"}
    for entry in process.glossary:
        assert entry.source and entry.terms


@pytest.mark.parametrize(
    ("question", "start"),
    [
        ("ursäkta men vad betyder remiss", "En remiss är en formell konsultation"),
        ("vad står RF för i tidplanen", "RF står för regionfullmäktige"),
        ("What does RUS stand for?", "RUS stands for regional utvecklingsstrategi"),
        ("vad är förankring?", "Förankring betyder att skaffa stöd"),
        ("vad står KC/RD för egentligen?", "KC/RD är ett forum"),
        # The word alone asks its meaning, not the working method or the phase it belongs to (batch 12).
        ("ledtid?", "Ledtid betyder lead time"),
        ("skrivfas = ?", "Skrivfas är den del av arbetet"),
    ],
)
def test_what_a_word_means(engine: AnswerEngine, question: str, start: str) -> None:
    a = engine.answer(question, at(2021, 7, 15))
    assert a.topic == "definition" and a.text.startswith(start)
    assert a.sources


def test_kc_rd_is_not_spelled_out(engine: AnswerEngine) -> None:
    assert "Vad förkortningen står för skrivs inte ut i underlaget" in engine.answer("vad står KC/RD för?",
                                                                                     at(2021, 2, 1)).text


def test_a_word_the_glossary_lacks_is_quoted_where_the_material_uses_it(engine: AnswerEngine) -> None:
    a = engine.answer("vad innebär gröna given för länet?", at(2021, 10, 4))
    assert a.text.startswith("Underlaget förklarar inte «gröna given» närmare")
    assert "Europeiska gröna given" in a.text


def test_the_difference_between_inspel_and_remissvar(engine: AnswerEngine) -> None:
    a = engine.answer("skulle du kunna förklara skillnaden mellan inspel och remissvar?", at(2021, 6, 10))
    assert a.topic == "definition"
    assert "**inspel**" in a.text and "**remissvaret**" in a.text and "ett per organisation" in a.text


# -- decisions and outcomes ----------------------------------------------------------------------------

@pytest.mark.parametrize("question", ["vem bestämmer vad som ska uppdateras?", "Who decides what is updated?",
                                      "who decides what should be changed in the strategy?"])
def test_who_decides_what_is_updated_leads_with_the_partnership(engine: AnswerEngine, question: str) -> None:
    text = engine.answer(question, at(2021, 3, 11)).text
    assert text.startswith(("Partnerskapet för regional utveckling beslutar om vad som ska uppdateras",
                            "The Partnership for Regional Development decides what is to be updated"))
    assert "regionfullmäktige" in text


def test_does_the_partnership_decide_anything(engine: AnswerEngine) -> None:
    a = engine.answer("Does the partnership actually decide anything or is it just consulted?", at(2021, 3, 12))
    assert a.text.startswith("Yes. The Partnership for Regional Development decides what is to be updated")


@pytest.mark.parametrize(
    ("question", "when"),
    [("har RF redan beslutat om rusen?", at(2021, 11, 30)), ("Is the updated RUS adopted now?", at(2022, 4, 1)),
     ("har RUS antagits?", at(2021, 7, 1)), ("blev RUS klar i tid?", at(2022, 1, 10))],
)
def test_an_outcome_is_never_asserted(engine: AnswerEngine, question: str, when: dt.datetime) -> None:
    text = engine.answer(question, when).text
    # Before the decision can have been taken, the plan; once it can, first that the bot does not know (batch 19 #83).
    assert text.startswith(("Enligt tidplanen", "According to the timeline", "Det vet jag inte:", "I don't know:"))
    for claim in (r"\bNej\b", r"\bNo\b", r"inte beslutat\b", r"har beslutat\b", "has decided", "was adopted", "antogs"):
        assert not re.search(claim, text), claim


def test_is_phase_1_over_is_the_plan(engine: AnswerEngine) -> None:
    text = engine.answer("är fas 1 klar?", at(2021, 3, 12)).text
    assert text.startswith("Enligt tidplanen skulle Fas 1 avslutas med avstämning med partnerskapet (11 mars 2021)")
    assert "Jag känner bara tidplanen" in text
    phase_2 = engine.answer("is phase 2 over?", at(2021, 11, 15)).text
    assert phase_2.startswith("The timeline gives no end date for Phase 2")
    writing = engine.answer("är skrivfasen klar?", at(2021, 7, 3)).text
    assert writing.startswith("Jag känner bara tidplanen, inte hur långt arbetet faktiskt har kommit")
    assert "**Skrivfas och uppdateringar** (utan eget datum" in writing
    assert "ligger enligt tidplanen bakom oss" in writing


def test_has_it_closed_is_answered_the_right_way_round(engine: AnswerEngine) -> None:
    assert engine.answer("har remissen stängt än?", at(2021, 9, 29)).text.startswith("Nej, inte än")
    assert engine.answer("is the remiss closed already?", at(2021, 10, 3)).text.startswith("Yes, the consultation "
                                                                                           "period is over")


# -- dates -------------------------------------------------------------------------------------------------

def test_days_are_counted_to_what_was_asked(engine: AnswerEngine) -> None:
    assert engine.answer("hur många dagar e de kvar till avstämningen", at(2021, 2, 25)).text.startswith(
        "**14 dagar** till **Avstämning med partnerskapet**")
    ready = engine.answer("hur lång tid är det kvar tills RUS ska vara klar?", at(2021, 10, 3)).text
    # "slutet av 2021": counted to the last day the plan allows, said as at most (batch 09 #91 wanted the count)
    assert "slutet av 2021" in ready and "Exakt dag anges inte" in ready and "högst **89 dagar**" in ready


@pytest.mark.parametrize(
    ("question", "now", "start"),
    [
        ("vad händer nästa vecka?", at(2021, 3, 8), "**Vecka 11 (15 mars 2021 – 21 mars 2021)**"),
        ("vad händer i vecka 37?", at(2021, 9, 1), "**Vecka 37 (13 september 2021 – 19 september 2021)**"),
        ("vad händer efter nyår?", at(2021, 11, 10), "Tidplanen har inget som infaller i januari–mars 2022"),
    ],
)
def test_weeks_and_the_new_year(engine: AnswerEngine, question: str, now: dt.datetime, start: str) -> None:
    assert engine.answer(question, now).text.startswith(start)


def test_a_period_is_measured_against_the_deadline(engine: AnswerEngine) -> None:
    holiday = engine.answer("jag är på semester till mitten av augusti, hinner vi ändå lämna remissvar?",
                            at(2021, 7, 15)).text
    assert holiday.startswith("Ja: remissen pågår enligt tidplanen till och med 30 september 2021, så efter "
                              "mitten av augusti 2021 återstår omkring 41–50 dagar")
    october = engine.answer("Vi i Kumla har KS först i oktober, hinner vi förankra remissvaret politiskt där?",
                            at(2021, 8, 23)).text
    assert october.startswith("Nej, inte utan anstånd: oktober 2021 är efter remissens sista dag")


def test_no_meeting_after_the_last_dated_one(engine: AnswerEngine) -> None:
    text = engine.answer("när är nästa partnerskapsmöte efter 11 mars?", at(2021, 3, 12)).text
    assert text.startswith("Jag känner inte till något möte efter 11 mars 2021")
    assert "täta avstämningar" in text


def test_missed_anything_leads_with_what_passed(engine: AnswerEngine) -> None:
    text = engine.answer("har vi missat nåt?", at(2021, 10, 4)).text
    assert "Remisstiden är slut" in text.split("\n")[1] and "Anstånd beviljar samordnarna" in text


# -- two questions in one ---------------------------------------------------------------------------------

def test_two_questions_get_two_answers(engine: AnswerEngine) -> None:
    a = engine.answer("nar ar remissen klar och nar beslutar RF", at(2021, 5, 3))
    first, second = a.text.index("30 september 2021"), a.text.index("regionfullmäktige")
    assert first < second
    en = engine.answer("Is Örebro University part of the partnership, and will we get the consultation in June?",
                       at(2021, 5, 3))
    assert en.text.startswith("Yes, **Örebro universitet** is a member") and "mid-June 2021" in en.text
    # A second sentence that only adds to the first is not a question of its own.
    one = engine.answer("varför så bråttom? kunde man inte lagt det på 2022 istället", at(2021, 3, 12))
    assert one.text.startswith("- En uppdaterad RUS ska vara klar i slutet av 2021.")


# -- the bot's own features --------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("question", "start", "action"),
    [
        ("måste vi svara på remissen?", "Det står inte i underlaget om ni måste lämna remissvar", "remissvar"),
        ("kan vi skicka remissvaret som pdf på mejl istället?", "Remissvaret lämnar ni i ett formulär här i Teams",
         "remissvar"),
        ("we sent our response last week but found a mistake, can I change it?",
         "Yes, until the consultation's last day (30 September 2021)", "remissvar"),
        ("fick ni vårt remissvar? behöver kvitto till diariet", "När remissvaret är inskickat får ni ett kvitto",
         "remissvar"),
        ("kan två personer från samma kommun skriva?", "Ja. Remissvaret är ett per organisation", "remissvar"),
        ("sparas det jag skriver?", "Ja. Ett inspel sparas när du skickar det", "remissvar"),
        ("jag har bytt jobb från Nora kommun till Lekeberg, hur ändrar jag?", "Byt organisation här",
         "organisation"),
        ("hur länge har vi på oss att lämna inspel?", "Tidplanen anger ingen sista dag för inspel", "inspel"),
    ],
)
def test_features_asked_about_in_specific_ways(engine: AnswerEngine, question: str, start: str,
                                               action: str) -> None:
    when = at(2021, 9, 15) if "mistake" in question else at(2021, 7, 15)
    a = engine.answer(question, when)
    assert a.text.startswith(start) and a.action == action


def test_who_has_not_answered_is_for_the_coordinators(engine: AnswerEngine) -> None:
    a = engine.answer("vilka kommuner har inte svarat än? jag sitter på regionen", at(2021, 9, 30))
    assert a.topic == "feature.coordinator" and a.text.startswith("Det ser bara samordnarna")


def test_inspel_after_the_plan_opens_nothing(engine: AnswerEngine) -> None:
    a = engine.answer("kan jag fortfarande lämna inspel?", at(2022, 4, 1))
    assert a.action is None and a.text.startswith("Enligt tidplanen skulle uppdateringen vara klar i slutet av 2021")


@pytest.mark.parametrize(
    ("question", "start", "language"),
    [("är du en människa?", "Nej, jag är inte en människa – jag är en bot.", "sv"),
     ("Hi, do you speak English?", "Hi! Yes – I answer in English", "en"),
     ("vem har gjort dig", "Jag är en bot för partnerskapets arbete; vem som har byggt mig står inte i underlaget",
      "sv"),
     ("du är ju helt värdelös", "Förlåt att jag inte kunde hjälpa dig bättre.", "sv")],
)
def test_the_bot_about_itself(engine: AnswerEngine, question: str, start: str, language: str) -> None:
    a = engine.answer(question, at(2021, 9, 1))
    assert a.topic == "about_bot" and a.language == language and a.text.startswith(start)


def test_a_wish_is_returned(engine: AnswerEngine) -> None:
    assert engine.answer("god jul på dig!", at(2021, 12, 15)).text.startswith("God jul!")


# -- the phases the source has --------------------------------------------------------------------------------

def test_two_phases_and_the_political_anchoring_after_them(engine: AnswerEngine) -> None:
    assert len(engine.process.phases) == 2
    phases = engine.answer("skillnaden fas 1 och fas 2, kort", at(2021, 3, 8)).text
    assert phases.startswith("Uppdateringen har 2 faser") and "3 faser" not in phases
    assert engine.answer("finns det en fas 3?", at(2021, 3, 8)).text.startswith("Det finns ingen fas 3")
    political = engine.answer("vad händer i den politiska fasen?", at(2021, 8, 23)).text
    assert political.startswith("Den politiska förankringen är ingen egen fas i underlaget")
    late = engine.answer("vilken fas är vi i nu?", at(2021, 11, 20)).text
    assert late.startswith("Enligt tidplanen är vi i slutet av **Fas 2** eller strax efter den")


# Holdout batches 09/10: what the bot must never say (false or invented), then the patterns it missed.
@pytest.mark.parametrize(
    ("question", "when", "never"),
    [("Från Länsstyrelsen: vilken roll har vi i processen, är vi remissinstans eller medskapare?", at(2021, 4, 9),
      "inte med"),
     ("Vilka ska svara på remissen? Bara partnerskapet eller även civilsamhället?", at(2021, 6, 28), "inte med"),
     ("Did the partnership approve the final draft last week?", at(2021, 11, 30), "Yes"),
     ("Can you translate the whole RUS into English for me?", at(2021, 6, 30), "Yes"),
     ("Kan du skriva ett utkast till vår kommuns översiktsplan?", at(2021, 5, 27), "Ja"),
     ("Har ni stängt över jul? behöver nå nån på regional utveckling mellan helgerna", at(2020, 12, 21), "Nej"),
     ("Nar ar sista dag for inspel?", at(2021, 2, 2), "öppnar och stänger"),
     ("Har politikerna i kommunerna något att säga till om?", at(2021, 8, 9), "Nej"),
     ("Vad är Europeiska gröna given och hur påverkar den rus?", at(2021, 5, 20), "Ni är med"),
     ("finns det nån översikt över tidplanen i teams?", at(2021, 4, 28), "✓ 11 mars")],
)
def test_nothing_false_is_said(engine: AnswerEngine, question: str, when: dt.datetime, never: str) -> None:
    text = engine.answer(question, when).text
    assert never not in text.split(".")[0] if never in ("Yes", "Ja", "Nej") else never not in text, text


def test_an_outcome_asked_of_the_partnership_is_not_known(engine: AnswerEngine) -> None:
    text = engine.answer("Did the partnership approve the final draft last week?", at(2021, 11, 30)).text
    assert text.startswith("I don't know: I only know the plan")


@pytest.mark.parametrize(
    ("question", "when", "start"),
    [("Någon har bett att få sina uppgifter raderade enl GDPR, hur gör jag?", at(2021, 11, 9),
      "Som samordnare skriver du **personuppgifter radera <aad-id eller e-post>**"),
     ("Hur ger jag Kumla anstånd till 15 oktober?", at(2021, 9, 28), "Som samordnare skriver du **anstånd Kumla "
                                                                     "2021-10-15**"),
     ("What does 'förankring' mean?", at(2021, 9, 9), "Förankring (anchoring) means"),
     ("Hur många kommuner ingår i partnerskapet?", at(2021, 4, 30), "Bland medlemmarna i partnerskapet för "
                                                                    "regional utveckling finns 12 kommuner"),
     ("hur många veckor är det kvar till remissen?", at(2021, 6, 1), "Remissen öppnar enligt tidplanen i mitten av "
                                                                     "juni 2021, alltså om ungefär 2 veckor"),
     ("när börjar fas 2 egentligen", at(2021, 3, 15), "Enligt tidplanen kommer **Fas 2** efter avstämning med "
                                                      "partnerskapet (11 mars 2021)"),
     ("God jul! Vad ska du göra på ledigheten? 😄", at(2021, 12, 20), "God jul! Jag är en bot"),
     ("Kan jag se vad vi skickade in som remissvar?", at(2021, 9, 30), "Ja: under **remissvar** ser ni läget och "
                                                                       "historiken")],
)
def test_batches_09_10_patterns(engine: AnswerEngine, question: str, when: dt.datetime, start: str) -> None:
    assert engine.answer(question, when).text.startswith(start)


def test_the_kind_named_first_decides_whatever_the_hash_seed() -> None:
    """'kommunerna … eller bara regionen' is about the municipalities; the kinds were read from a set,
    so one Python hash seed in several answered about the regions instead."""
    import os
    import subprocess
    import sys

    program = ("import datetime as dt\n"
               "from rusbot.answers.engine import AnswerEngine\n"
               "from rusbot.clock import STOCKHOLM\n"
               "from rusbot.process.loader import load_process\n"
               "a = AnswerEngine(load_process()).answer('får kommunerna va me å tycka till om rus eller e de bara "
               "regionen', dt.datetime(2021, 4, 14, 10, tzinfo=STOCKHOLM))\n"
               "print(a.text.splitlines()[0])\n")
    firsts = {subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=True,
                             env={**os.environ, "PYTHONHASHSEED": str(seed)}).stdout
              for seed in (0, 4, 7)}
    assert len(firsts) == 1 and "12 kommuner" in firsts.pop()
def test_a_named_event_is_not_a_person(engine: AnswerEngine) -> None:
    # "the EU Green Deal" is capitalised like a name, but it is one of the events behind the review (batch 12 #53).
    a = engine.answer("Is the EU Green Deal going to be part of what gets updated?", at(2021, 5, 10))
    assert a.topic == "why_review" and "European Green Deal" in a.text and a.language == "en"


def test_a_wish_with_an_opening_hours_question_is_not_only_a_wish(engine: AnswerEngine) -> None:
    # The question after the wish asks something the material does not say (batch 11 #50).
    a = engine.answer("Glad midsommar! vilka tider har regionens växel öppet i sommar?", at(2021, 6, 24))
    assert a.topic == "unknown" and a.text.startswith("Det vet jag inte")


def test_no_time_for_a_political_decision_before_the_deadline_is_an_extension(engine: AnswerEngine) -> None:
    # A date conflict with the deadline asks for anstånd, which the coordinators grant (batch 11 #60).
    a = engine.answer("vi i Nora hinner inte ta remissvaret politiskt innan sista sept, hur gör vi?", at(2021, 8, 20))
    assert a.topic == "feature.extension" and "Anstånd" in a.text
