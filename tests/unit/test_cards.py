"""Every card in bot/card_catalogue.py: Adaptive Card 1.5 schema (plus Teams' `msteams`), Teams' size
limit, version and fallback text. tests/render/test_render_cards.py renders them."""

from __future__ import annotations

import copy
import datetime as dt
import json
from functools import cache
from pathlib import Path
from types import ModuleType, SimpleNamespace
from typing import Any

import pytest
from jsonschema import Draft6Validator

from bot import card_catalogue, cards
from bot.features import FEATURES
from rusbot.process.loader import load_process
from rusbot.process.model import Process

SCHEMA_FILE = Path(__file__).resolve().parents[1] / "data" / "adaptive-card-1.5.schema.json"
MAX_BYTES = 28 * 1024   # Teams' limit for a message, card included


@cache
def _validator() -> Draft6Validator:
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    # Teams' own card property: https://learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/cards-format
    schema["definitions"]["AdaptiveCard"]["properties"]["msteams"] = {
        "type": "object",
        "properties": {"width": {"enum": ["Full"]}, "entities": {"type": "array"}},
        "additionalProperties": False,
    }
    return Draft6Validator(schema)


def _schema_problems(card: dict[str, Any]) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path)) or '(card)'}: {e.message}"
            for e in _validator().iter_errors(card)]


CATALOGUE = card_catalogue.all_cards()


def test_the_catalogue_has_the_timeline_cards() -> None:
    assert {"cards.timeline.sv", "cards.timeline.en"} <= set(CATALOGUE)


def test_the_catalogue_has_every_card_the_features_send() -> None:
    """The cards of bot/input_cards.py, the reminders (scheduling/texts.py) and the meeting form, in the
    states partners meet them: empty, with errors, the largest prefilled, open and closed."""
    expected = {
        "inspel.form.new.sv", "inspel.form.errors.en", "inspel.form.largest.sv", "inspel.list.sv",
        "inspel.list.closed.sv", "inspel.list.channel.sv",
        "remissvar.form.empty.sv", "remissvar.form.errors.en", "remissvar.form.largest.sv",
        "remissvar.form.conflict.sv", "remissvar.receipt.sv", "remissvar.overview.submitted.en",
        "remissvar.overview.none.sv", "remissvar.overview.closed.sv", "remissvar.pointer.sv",
        "organisations.choice.sv", "organisations.pending.sv", "organisations.pending.most.sv",
        "organisations.pending.longest.sv", "inspel.list.most.sv", "remissvar.overview.most.sv",
        "remissvar.history.most.sv", "coordination.status.most.sv", "cards.timeline.most.sv",
        "polls.open.sv", "polls.closed.en", "polls.voted.sv", "coordination.status.sv", "coordination.export.en",
        "reminders.meeting.teams", "reminders.meeting.place", "reminders.consultation",
        "reminders.consultation.last-day", "reminders.nudge", "reminders.meeting-form.new",
        "reminders.meeting-form.move",
    }
    assert expected <= set(CATALOGUE)
    conflict = CATALOGUE["remissvar.form.conflict.sv"]
    assert any("inte sparat" in json.dumps(block, ensure_ascii=False) for block in conflict["body"]), \
        "the conflict sample must show the unsaved text (it is dropped only when the card would be too big)"
    reminder = CATALOGUE["reminders.consultation"]
    assert reminder["actions"][0]["title"] == "Lämna remissvar"
    assert CATALOGUE["reminders.meeting.teams"]["actions"][0]["url"].startswith("https://teams.microsoft.com/")


@pytest.mark.parametrize("name", sorted(n for n in CATALOGUE if ".form" in n))
def test_forms_label_every_input(name: str) -> None:
    def inputs(element: Any) -> list[dict[str, Any]]:
        if isinstance(element, dict):
            own = [element] if str(element.get("type", "")).startswith("Input.") else []
            return own + [i for value in element.values() for i in inputs(value)]
        if isinstance(element, list):
            return [i for value in element for i in inputs(value)]
        return []

    found = inputs(CATALOGUE[name]["body"])
    assert found
    for element in found:
        assert element.get("label"), f"{element['id']} has no label"
        if element.get("isRequired"):
            assert element.get("errorMessage"), f"{element['id']} is required but says nothing when empty"


@pytest.mark.parametrize("name", sorted(CATALOGUE))
def test_card_is_valid_adaptive_card_1_5(name: str) -> None:
    card = CATALOGUE[name]
    assert _schema_problems(card) == []
    assert card["type"] == "AdaptiveCard"
    major, minor = (int(x) for x in card["version"].split("."))
    assert (major, minor) <= (1, 5)


@pytest.mark.parametrize("name", sorted(CATALOGUE))
def test_card_fits_teams_and_has_fallback_text(name: str) -> None:
    card = CATALOGUE[name]
    assert len(json.dumps(card, ensure_ascii=False).encode("utf-8")) < MAX_BYTES
    # What Teams counts (UTF-16, or the escaped JSON we send), with room for the activity around it.
    assert cards.teams_size(card) <= cards.CARD_BUDGET
    assert isinstance(card.get("fallbackText"), str) and card["fallbackText"].strip()


def test_the_schema_check_catches_mistakes() -> None:
    card = copy.deepcopy(CATALOGUE["cards.timeline.sv"])
    card["body"][0]["colour"] = "Accent"
    card["body"].append({"type": "Carousel", "pages": []})
    problems = _schema_problems(card)
    assert problems, "a misspelt property and an element Teams' 1.5 lacks must fail"
    assert _schema_problems({**CATALOGUE["cards.timeline.sv"], "msteams": {"width": "Full"}}) == []
    assert _schema_problems({**CATALOGUE["cards.timeline.sv"], "msteams": {"wide": True}})


def test_feature_modules_add_their_sample_cards(monkeypatch: pytest.MonkeyPatch) -> None:
    feature = ModuleType("bot.features.example")

    def sample_cards(process: Process, now: dt.datetime) -> dict[str, dict[str, Any]]:
        return {"hello": cards.card([cards.text_block(f"{process.title.sv} {now:%Y-%m-%d}")], "hej")}

    feature.sample_cards = sample_cards  # type: ignore[attr-defined]
    monkeypatch.setattr("bot.features.FEATURES", (*FEATURES, feature))
    found = card_catalogue.all_cards()
    assert found["example.hello"]["body"][0]["text"].endswith("2021-03-15")
    assert set(CATALOGUE) < set(found)


def test_timeline_card_marks_every_status_in_text_too() -> None:
    view = SimpleNamespace(title="T", today="idag", rows=[
        SimpleNamespace(name="A", when="jan", status="past", done=True, text="a"),
        SimpleNamespace(name="P", when="feb", status="past", done=False, text="p"),
        SimpleNamespace(name="B", when="", status="current", text="b"),
        SimpleNamespace(name="C", when="mars", status="unknown-status", text="c")])
    card = cards.timeline_card(view, "sv")
    # Only what the process file says happened is ticked; a passed date is "planerat".
    assert card["fallbackText"].splitlines() == [
        "T", "Idag: idag", "✓ A (jan): a", "– P (feb, planerat): p", "▶ B – pågår nu: b", "○ C (mars): c"]
    assert _schema_problems(card) == []


def test_timeline_card_in_english_with_the_real_process() -> None:
    process = load_process()
    card = card_catalogue.all_cards(process, card_catalogue.SAMPLE_NOW)["cards.timeline.en"]
    assert card["body"][0]["text"] == process.title.get("en")
    assert "Today" in card["body"][1]["text"]


# -- what people wrote is text, not markdown (issue 11.3) ------------------------------------------
HOSTILE = "[Bekräfta alla här](https://evil.example/login) **SAMORDNARE**"


def markdown_texts(node: Any) -> list[str]:
    """Every card text Teams renders as markdown: TextBlock text, Fact title and value
    (https://learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/cards-format)."""
    found: list[str] = []
    if isinstance(node, dict):
        if node.get("type") == "TextBlock" and isinstance(node.get("text"), str):
            found.append(node["text"])
        if node.get("type") == "FactSet":
            found += [str(f.get(key, "")) for f in node.get("facts", []) for key in ("title", "value")]
        for value in node.values():
            found += markdown_texts(value)
    elif isinstance(node, list):
        for value in node:
            found += markdown_texts(value)
    return found


def hostile_process() -> Process:
    """The process file's names (organisations, topics, parts, title) are data too."""
    from tests.input_support import make_process

    process = make_process()
    data = process.model_dump(mode="json")
    for org in data["organisations"]:
        org["name"] = f"{HOSTILE} {org['name']}"
    data["deployment"]["inspel_topics"] = [
        {"id": t.id, "name": {"sv": f"{HOSTILE} {t.name.sv}", "en": f"{HOSTILE} {t.name.get('en')}"}}
        for t in process.inspel_topics]
    for part in data["deployment"]["rus_parts"]:
        part["name"] = {lang: f"{HOSTILE} {text}" for lang, text in part["name"].items() if text}
    return Process.model_validate(data)


def test_no_card_renders_what_people_wrote_as_a_link_or_emphasis(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every card in the catalogue, built with a display name, question, option, inspel, remissvar text,
    e-mail, meeting title and organisation name that look like markdown: each shows as written."""
    from bot import card_samples
    from tests.unit.test_markdown_literal import MARKDOWN, shown

    monkeypatch.setattr(card_samples, "VOICE", HOSTILE)
    hostile_cards = card_catalogue.all_cards(hostile_process(), card_catalogue.SAMPLE_NOW)
    checked: set[str] = set()
    for name, content in hostile_cards.items():
        for text in markdown_texts(content["body"]):
            assert "href=" not in MARKDOWN.render(text).replace('href="https://teams.microsoft.com/', ""), (name, text)
            if "Bekräfta alla här" in text:
                assert HOSTILE in shown(text), (name, text)
                checked.add(name)
    expected = {"organisations.pending.sv", "polls.open.sv", "polls.closed.en", "inspel.list.sv",
                "remissvar.form.conflict.sv", "remissvar.receipt.sv", "remissvar.overview.submitted.en",
                "coordination.status.sv", "reminders.meeting.teams", "reminders.meeting.place", "privacy.confirm.sv"}
    assert expected <= checked, f"cards without the hostile text: {sorted(expected - checked)}"


def test_undated_steps_sharing_a_window_are_not_all_said_to_be_under_way() -> None:
    """On 26 Oct 2021 four undated steps lie between the consultation's end and the end of 2021: the
    plan gives their order, not which one is going on (blind batch 11, question 82)."""
    view = SimpleNamespace(title="T", today="26 oktober 2021", rows=[
        SimpleNamespace(name="Remiss", when="juni – september", status="past", done=False, text="r", dated=True),
        SimpleNamespace(name="Skrivfas", when="", status="current", text="s", dated=False,
                        in_order=True),
        SimpleNamespace(name="Förankring", when="", status="current", text="f", dated=False,
                        in_order=True),
        SimpleNamespace(name="Klar", when="slutet av 2021", status="current", text="k", dated=True)])
    lines = cards.timeline_card(view, "sv")["fallbackText"].splitlines()
    assert lines[3:] == ["▶ Skrivfas – nu eller senare, i denna ordning (inga egna datum): s",
                         "▶ Förankring – nu eller senare, i denna ordning (inga egna datum): f",
                         "▶ Klar (slutet av 2021) – pågår nu: k"]


def test_the_view_model_says_which_undated_steps_share_the_window_for_card_and_tab() -> None:
    """One reading for both pictures of the timeline: on 26 Oct 2021 the undated steps after the
    consultation are 'in order', and the tab's list says so instead of 'pågår'."""
    import datetime as dt

    from bot.tab.pages import entry_status
    from rusbot.answers.timeline import timeline_view
    from rusbot.clock import STOCKHOLM

    view = timeline_view(load_process(), dt.datetime(2021, 10, 26, 9, 0, tzinfo=STOCKHOLM), "sv")
    in_order = [entry for entry in view.entries if entry.in_order]
    assert len(in_order) > 1 and all(entry.status == "current" and not entry.dated for entry in in_order)
    assert {entry_status(entry) for entry in in_order} == {"in-order"}
    card_lines = cards.timeline_card(view, "sv")["fallbackText"].splitlines()
    assert not any(line.startswith("▶") and "pågår nu" in line for line in card_lines
                   if any(entry.name in line for entry in in_order))
