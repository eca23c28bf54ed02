"""Round 16: a claim put up for checking gets "Ja" only when the process file bears it out as stated –
"Nej – …" when it contradicts it (a member said not to be one, an event behind the review said to be added
late, the council's decision said to be taken), "Det står inte i underlaget …" first when the claim names what
the material never mentions (a veto, a voting rule). Wordings differ from the batches'."""

from __future__ import annotations

import pytest

from rusbot.answers.engine import AnswerEngine
from tests.unit.answering import at


@pytest.mark.parametrize(("question", "member"), [
    ("Är det sant att Kumla inte är med i partnerskapet?", "Kumla"),
    ("Stammer det att universitetet inte ar med?", "Örebro universitet"),
    ("Is it true that Länsstyrelsen is not part of the partnership?", "Länsstyrelsen"),
    ("Kumla och Nora är med men inte Lekeberg, eller hur?", "Lekeberg"),
    ("Is it true that RF-SISU is a member but not Handelskammaren?", "Handelskammaren"),
    ("Stämmer det att bildningsförbundet inte sitter med i partnerskapet utan bara får remissen?",
     "Örebro läns bildningsförbund"),
    ("Stämmer det att RF-SISU inte ingår i partnerskapet?", "RF-SISU"),
])
def test_a_member_claimed_not_to_be_one_is_a_no(engine: AnswerEngine, question: str, member: str) -> None:
    a = engine.answer(question, at(2021, 4, 20))
    assert a.text.startswith(("Nej – ", "No – ")) and f"**{member}**" in a.text.split("\n")[0]
    assert "Ja" not in a.text and "Yes," not in a.text


@pytest.mark.parametrize("question", ["Stämmer det att Kumla och Nora är med i partnerskapet?",
                                      "Is it true that the university is a member of the partnership?"])
def test_a_true_membership_claim_is_still_a_yes(engine: AnswerEngine, question: str) -> None:
    assert engine.answer(question, at(2021, 4, 20)).text.startswith(("Ja", "Yes"))


@pytest.mark.parametrize("question", ["Är inte Kumla med i partnerskapet?", "Är inte Handelskammaren med?"])
def test_the_questions_own_not_is_no_part_of_a_name(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 4, 20))
    assert a.text.startswith("Jo, **") and "inte med" not in a.text


@pytest.mark.parametrize(("question", "unknown"), [
    ("Is it true that the committees can veto what the partnership decides?", "veto"),
    ("Stämmer det att partnerskapet röstar med kvalificerad majoritet?", "kvalificerad majoritet"),
    ("Beslutar partnerskapet genom omröstning eller konsensus?", "omröstning eller konsensus"),
    ("Does the partnership decide by majority vote or by consensus?", "majority or consensus"),
    ("Stammer det att namnderna har vetoratt mot partnerskapet?", "vetoratt"),
    ("Is it true that decisions in the partnership need unanimity?", "unanimity"),
])
def test_a_claim_naming_what_the_material_never_mentions_gets_no_yes(engine: AnswerEngine, question: str,
                                                                      unknown: str) -> None:
    a = engine.answer(question, at(2021, 5, 3))
    assert a.text.startswith(("Det står inte i underlaget något om " + unknown,
                              "The material says nothing about " + unknown))
    assert "Ja" not in a.text.split(".")[0] and not a.text.startswith("Yes")


@pytest.mark.parametrize("question", ["Stämmer det att partnerskapet beslutar om vad som ska uppdateras?",
                                      "Is it true that the partnership decides what to update?",
                                      "Är länsstyrelsen med i partnerskapet eller bara observatör?",
                                      "Och är Karlskoga med som egen part eller via något länsorgan?",
                                      "Hon sa att vi måste svara på något före semestern. Stämmer det?"])
def test_a_claim_in_the_materials_words_keeps_its_yes(engine: AnswerEngine, question: str) -> None:
    assert engine.answer(question, at(2021, 5, 3)).text.startswith(("Ja", "Yes", "Hej! Ja"))


@pytest.mark.parametrize("question", ["Har regionfullmäktige redan tagit beslut om RUS i april?",
                                      "I heard the regional council already took the decision on RUS in March, "
                                      "is that right?"])
def test_the_councils_decision_told_as_taken_is_a_no(engine: AnswerEngine, question: str) -> None:
    assert engine.answer(question, at(2021, 5, 3)).text.startswith(("Nej – enligt tidplanen", "No – according"))


@pytest.mark.parametrize("question", ["Is it true that the green deal was only added after the consultation?",
                                      "Pandemin kom väl in först efter avstämningen?"])
def test_an_event_behind_the_review_claimed_added_late_is_a_no(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 11, 3))
    assert a.text.startswith(("Nej – **", "No – according to the material, **"))


@pytest.mark.parametrize("question", ["Since a completely new RUS is being written, when will we see a draft?",
                                      "Eftersom vi gör en helt ny RUS, när kommer förslaget ut?"])
def test_a_new_rus_given_as_ground_is_corrected_and_the_draft_dated(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 4, 12))
    assert a.text.startswith(("Nej – det är inte en ny RUS", "No – this is not a new RUS"))
    assert "juni" in a.text or "June" in a.text


@pytest.mark.parametrize("question", ["Har RF-SISU samma status som kommunerna i partnerskapet?",
                                      "Does the university have the same standing as the municipalities?"])
def test_equal_standing_is_not_read_as_identity(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 4, 12))
    assert a.text.startswith(("Underlaget beskriver ingen skillnad", "The material describes no difference"))


@pytest.mark.parametrize("question", ["Is it true that the new national strategy is already adopted, so we copy it?",
                                      "Den gröna given är väl redan beslutad?"])
def test_an_event_behind_the_review_claimed_done_is_not_agreed_with(engine: AnswerEngine, question: str) -> None:
    a = engine.answer(question, at(2021, 2, 20))
    assert a.text.startswith(("Det står inte i underlaget att den redan är klar", "The material does not say"))


def test_a_decision_claimed_in_the_check_ins_month_is_told_what_that_month_has(engine: AnswerEngine) -> None:
    a = engine.answer("Har RF redan fattat beslut om RUS i mars, stämmer det?", at(2021, 4, 2))
    assert a.text.startswith("Nej – enligt tidplanen") and "I mars har tidplanen **Avstämning" in a.text
