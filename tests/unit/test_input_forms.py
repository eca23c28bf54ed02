"""Validation, the pure rules, and the 28 KB worst case of every prefilled form."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest

from bot import input_cards as ic
from rusbot.input import forms
from rusbot.input.forms import FieldErrors, parse_inspel, parse_poll, parse_remissvar
from rusbot.input.rules import address_domain, closes_at, is_open, organisation_for
from rusbot.process.loader import DEFAULT_PROCESS_FILE, load_process
from tests.conftest import stockholm
from tests.input_support import make_process

LIMIT = 28 * 1024


def wire_size(card: dict[str, Any]) -> int:
    """What goes over the wire: json.dumps escapes every non-ASCII character (ö -> \\u00f6, 6 bytes);
    measured in UTF-8 bytes either way."""
    return max(len(json.dumps(card).encode("utf-8")), len(json.dumps(card, ensure_ascii=False).encode("utf-8")))


@pytest.mark.parametrize("filler", ["ö", "😀", "\""])
def test_largest_inspel_form_fits_a_teams_card(filler: str) -> None:
    process = load_process(DEFAULT_PROCESS_FILE)

    def full(limit: int) -> str:
        return (filler * limit)[: limit // forms.utf16_len(filler)]

    values = {"topic": "annat", "change": full(forms.INSPEL_CHANGE_MAX), "reason": full(forms.INSPEL_REASON_MAX),
              "reference": full(forms.INSPEL_REFERENCE_MAX)}
    for field in ("change", "reason", "reference"):
        assert forms.utf16_len(values[field]) <= {"change": forms.INSPEL_CHANGE_MAX, "reason": forms.INSPEL_REASON_MAX,
                                                  "reference": forms.INSPEL_REFERENCE_MAX}[field]
    errors = {k: "Högst 1500 tecken (nu 1500)." for k in ("topic", "change", "reason", "reference")}
    for form in ({"inspel_id": 99999}, {"submission": "f" * 32}):    # an edit, a new inspel's form with its key
        card = ic.inspel_form(process, "sv", values=values, errors=errors, notice="ö" * 300, **form)
        body = ic.task_card("Inspel till RUS", card)
        assert wire_size(body) < LIMIT, (form, wire_size(body))
    parse_inspel(values, process)  # the values that fill it are valid


@pytest.mark.parametrize("parts", [0, 1, 3, 12])
def test_largest_remissvar_form_fits_a_teams_card(parts: int) -> None:
    process = make_process(rus_parts=[{"id": f"del-{i}", "name": {"sv": "Delområde ö" * 8, "en": "Part"}}
                                      for i in range(parts)])
    limit = forms.comment_limit(process)
    values: dict[str, Any] = {
        "position": "tillstyrker_med_andringar",
        "comments": {p.id: "ö" * limit for p in forms.remiss_parts(process)},
        "decided_by": "ö" * forms.REMISS_DECIDED_BY_MAX, "decision_date": "2021-09-01",
        "diarienummer": "ö" * forms.REMISS_DIARIENUMMER_MAX,
        "protocol_link": "https://" + "ö" * (forms.REMISS_LINK_MAX - 8)}
    errors = {k: "Beslutsdatumet kan inte ligga i framtiden." for k in
              ("position", "decided_by", "decision_date", "diarienummer", "protocol_link",
               *(forms.comment_field(p.id) for p in forms.remiss_parts(process)))}
    card = ic.remissvar_form(process, "sv", organisation="Örebro läns bildningsförbund", values=values,
                             version=123456, closes=stockholm(2021, 10, 1), errors=errors, notice="ö" * 400,
                             submitted=True)
    body = ic.task_card("Remissvar", card)
    assert wire_size(body) < LIMIT, wire_size(body)
    # After a conflict the user's unsaved text is added only while the card still fits.
    mine = forms.RemissvarContent(comments={p.id: "ä" * limit for p in forms.remiss_parts(process)})
    assert wire_size(ic.task_card("Remissvar", ic.with_unsaved_text(card, process, "sv", mine))) < LIMIT
    short = forms.RemissvarContent(comments={forms.remiss_parts(process)[0].id: "Kort"})
    small = ic.remissvar_form(process, "sv", organisation="Kumla", values={}, version=1, closes=None, notice="!")
    assert "Kort" in json.dumps(ic.with_unsaved_text(small, process, "sv", short), ensure_ascii=False)


def test_poll_card_with_ten_long_options_fits() -> None:
    from rusbot.input.store import PollRecord, PollState

    poll = PollRecord(id=1, question="ö" * forms.POLL_QUESTION_MAX, options=[f"{i}" + "ö" * 79 for i in range(10)],
                      created_by="x", created_at=stockholm(2021, 3, 1), closes_at=stockholm(2021, 3, 2),
                      language="sv")
    card = ic.poll_card(PollState(poll=poll, tally=[1000] * 10, voters=10000), stockholm(2021, 3, 1), thanks="Tack")
    assert wire_size(card) < LIMIT


def test_inspel_validation() -> None:
    process = load_process(DEFAULT_PROCESS_FILE)
    content = parse_inspel({"topic": "annat", "change": "  Ändra\r\nmålet \x00 ", "reason": "För att", "x": 1},
                           process)
    assert content.change == "Ändra\nmålet" and content.reference is None
    with pytest.raises(FieldErrors) as caught:
        parse_inspel({"topic": "", "change": "😀" * 751, "reason": None}, process)
    assert set(caught.value.errors) == {"topic", "change", "reason"}
    assert caught.value.for_language("en")["change"] == "At most 1500 characters (now 1502)."


def test_remissvar_draft_may_be_incomplete_but_a_submission_may_not() -> None:
    process = make_process()
    today = dt.date(2021, 9, 1)
    draft = parse_remissvar({"comment_vision": "Tanke"}, process, submitting=False, today=today)
    assert draft.comments == {"vision": "Tanke"} and draft.position is None
    with pytest.raises(FieldErrors) as caught:
        parse_remissvar({"comment_vision": "Tanke"}, process, submitting=True, today=today)
    assert set(caught.value.errors) == {"position", "decided_by", "decision_date"}
    declined = parse_remissvar({"position": "avstar"}, process, submitting=True, today=today)
    assert declined.position == "avstar"
    with pytest.raises(FieldErrors) as caught:
        parse_remissvar({"position": "ja", "decision_date": "igår", "protocol_link": "ftp://x"}, process,
                        submitting=False, today=today)
    assert set(caught.value.errors) == {"position", "decision_date", "protocol_link"}


def test_poll_parsing() -> None:
    now = stockholm(2021, 3, 1, 9, 0)
    spec = parse_poll("Vilken dag? | Tisdag | Onsdag | stänger 2021-03-02 16:00", now)
    assert spec.options == ["Tisdag", "Onsdag"] and spec.closes_at == stockholm(2021, 3, 2, 16, 0)
    for bad in ("Fråga | A", "Fråga | A | a", "| A | B", "Fråga | A | B | stänger 2021-02-01"):
        with pytest.raises(FieldErrors):
            parse_poll(bad, now)


@pytest.mark.parametrize(("address", "domain"), [
    ("anna.andersson_kumla.se#EXT#@regionorebrolan.onmicrosoft.com", "kumla.se"),
    ("Anna.Andersson@Kumla.SE", "kumla.se"),
    ("per_olle_edu.orebro.se#EXT#@tenant.onmicrosoft.com", "edu.orebro.se"),
    ("nobody", None), ("", None), (None, None),
])
def test_address_domain(address: str | None, domain: str | None) -> None:
    assert address_domain(address) == domain


def test_organisation_for_matches_domain_and_subdomains_only() -> None:
    process = make_process()
    assert organisation_for(process, None, "x_kumla.se#EXT#@t.onmicrosoft.com") == "kumla"
    assert organisation_for(process, "a@edu.orebro.se") == "orebro"
    assert organisation_for(process, "a@notkumla.se", "a@kumla.se.evil.example") is None


def test_consultation_closes_at_midnight_stockholm() -> None:
    process = load_process(DEFAULT_PROCESS_FILE)
    assert closes_at(process) == stockholm(2021, 10, 1, 0, 0)
    assert is_open(process, stockholm(2021, 9, 30, 23, 59, 59))
    assert not is_open(process, stockholm(2021, 10, 1, 0, 0))
    assert is_open(process, stockholm(2021, 10, 10, 12, 0), extension=dt.date(2021, 10, 10))
    assert closes_at(process, dt.date(2021, 9, 1)) == stockholm(2021, 10, 1, 0, 0)  # never shortens


async def test_poll_updater_coalesces_and_last_state_wins() -> None:
    import asyncio

    from bot.input_services import PollUpdater

    state = {"votes": 0}
    sent: list[int] = []

    async def put(poll_id: int) -> None:
        sent.append(state["votes"])

    updater = PollUpdater(put, interval=0.05)
    for _ in range(30):
        state["votes"] += 1
        updater.touch(7)
        await asyncio.sleep(0)
    await updater.idle()
    assert sent[0] == 1 and sent[-1] == 30 and len(sent) == 2

    async def stuck(poll_id: int) -> None:
        await asyncio.sleep(60)

    slow = PollUpdater(stuck)
    slow.touch(1)
    await asyncio.sleep(0)
    await slow.close(grace=0.05)
