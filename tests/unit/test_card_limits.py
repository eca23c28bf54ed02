"""Issue 11.5: every card that lists stored data stays within Teams' limits whatever the data: at ten
times the expected amount and at the sizes the probe used (13 and 200 long inspel, 300 remissvar
versions), each page is Adaptive Card 1.5 and within the message budget, and "visa fler" reaches every
item exactly once.

Teams' limit: "The message size limit is 28 KB" (https://learn.microsoft.com/microsoftteams/platform/
webhooks-and-connectors/how-to/add-incoming-webhook), counted on the payload "encoded as UTF-16"
(https://learn.microsoft.com/microsoftteams/platform/bots/how-to/format-your-bot-messages);
bot.cards.teams_size counts the larger of that and the escaped JSON we send."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from bot import card_catalogue, cards
from bot import card_samples as s
from bot import input_cards as ic
from rusbot.input import forms
from rusbot.input.store import PollRecord, PollState
from rusbot.process.loader import load_process
from tests.unit.test_cards import _schema_problems

PROCESS = load_process()
NOW = card_catalogue.SAMPLE_NOW


def within_limits(card: dict[str, Any]) -> None:
    assert _schema_problems(card) == []
    assert card["version"] == "1.5"
    assert cards.teams_size(card) <= cards.CARD_BUDGET < cards.MESSAGE_LIMIT
    assert card["fallbackText"].strip()


def more_of(card: dict[str, Any], action: str) -> int | None:
    """The offset behind the card's "visa fler" button, or None when it has none."""
    found = [a["data"]["offset"] for a in card.get("actions", []) if a.get("data", {}).get("action") == action]
    assert len(found) <= 1
    return found[0] if found else None


def walk(page: Callable[[int], dict[str, Any]], action: str) -> list[dict[str, Any]]:
    """Every page, from the first, following "visa fler" to the end."""
    pages, offset = [], 0
    while offset is not None:
        card = page(offset)
        within_limits(card)
        pages.append(card)
        offset = more_of(card, action)
        assert len(pages) < 1000
    return pages


def texts(card: dict[str, Any]) -> str:
    return json.dumps(card["body"], ensure_ascii=False)


@pytest.mark.parametrize("count", [13, 50, 200])
@pytest.mark.parametrize("language", ["sv", "en"])
def test_a_partners_own_inspel_page_within_the_limit(count: int, language: str) -> None:
    records = s.many_inspel(PROCESS, NOW, count)
    pages = walk(lambda offset: ic.inspel_list_card(PROCESS, language, records, round_open=True, personal=True,  # type: ignore[arg-type]
                                                    offset=offset), "inspel.more")
    shown = [a["data"]["inspel_id"] for page in pages for a in _all_actions(page)
             if a.get("data", {}).get("action") == "inspel.withdraw"]
    assert shown == [r.id for r in records]
    assert len(pages) == -(-count // ic.INSPEL_PAGE)
    assert all(len([a for a in _all_actions(p) if a.get("data", {}).get("action") == "inspel.withdraw"])
               <= ic.INSPEL_PAGE for p in pages)
    if count > ic.INSPEL_PAGE:
        first = pages[0]
        assert f"1–{ic.INSPEL_PAGE} {'av' if language == 'sv' else 'of'} {count}" in texts(first)
        assert any(a["title"].startswith("Visa fler" if language == "sv" else "Show more")
                   for a in first["actions"])


def _all_actions(node: Any) -> list[dict[str, Any]]:
    if isinstance(node, dict):
        own = [node] if str(node.get("type", "")).startswith("Action.") else []
        return own + [a for v in node.values() for a in _all_actions(v)]
    if isinstance(node, list):
        return [a for v in node for a in _all_actions(v)]
    return []


def test_an_offset_from_the_client_that_points_nowhere_starts_from_the_top() -> None:
    records = s.many_inspel(PROCESS, NOW, 30)
    for offset in (-5, 30, 10**20):
        card = ic.inspel_list_card(PROCESS, "sv", records, round_open=True, personal=True, offset=offset)
        assert "#1 ·" in texts(card)
    assert cards.offset_of({"offset": "12"}) == cards.offset_of({"offset": True}) == 0
    assert cards.offset_of({"offset": 10**20}) == 0 and cards.offset_of({"offset": 12}) == 12


@pytest.mark.parametrize("count", [3, 30, 300])
def test_the_remissvar_history_is_summarised_and_paged(count: int) -> None:
    history = s.revisions(PROCESS, NOW, count)
    record = s.remissvar_record(PROCESS, NOW, submitted=True)
    overview = ic.remissvar_overview("sv", organisation="Örebro läns bildningsförbund", record=record,
                                     history=history, closes=None, extension=None, is_open=True)
    within_limits(overview)
    listed = [b["text"] for b in overview["body"] if b.get("text", "").split(".")[0].isdigit()]
    assert len(listed) == min(count - 1, ic.HISTORY_IN_OVERVIEW)
    assert listed[0].startswith(f"{count - 1}. ")                  # the newest earlier version first
    assert (more_of(overview, "remissvar.history") == 0) == (count - 1 > ic.HISTORY_IN_OVERVIEW)
    pages = walk(lambda offset: ic.remissvar_history_card("sv", organisation="Kumla", history=history,
                                                          offset=offset), "remissvar.history")
    numbers = [int(b["text"].split(".")[0]) for p in pages for b in p["body"] if b.get("text", "")[:1].isdigit()]
    assert numbers == list(range(count, 0, -1))


@pytest.mark.parametrize("longest", [False, True])
def test_waiting_links_page_within_the_limit(longest: bool) -> None:
    pending = s.pending_links(PROCESS, NOW, 250, longest=longest)
    pages = walk(lambda offset: ic.pending_links_card(PROCESS, "sv", pending, offset), "org.pending")
    confirmed = [a["data"]["user"] for p in pages for a in _all_actions(p)
                 if a.get("data", {}).get("action") == "org.confirm"]
    assert confirmed == [link.user_aad_id for link in pending]


def test_the_status_pages_and_counts_everyone() -> None:
    states = s.org_states(PROCESS, NOW, times=10)
    pages = walk(lambda offset: ic.status_card(PROCESS, "sv", states, pending_links=3, now=NOW, offset=offset),
                 "coordination.status")
    rows = sum(len([b for b in p["body"] if b.get("type") == "ColumnSet" and b.get("separator")]) for p in pages)
    assert rows == len(states)
    answered = sum(1 for st in states if st.remissvar == "submitted")
    assert all(f"{answered} av {len(states)} har svarat." in texts(p) for p in pages)


def test_a_timeline_ten_times_longer_shows_now_and_says_what_it_leaves_out() -> None:
    view = card_catalogue.long_timeline(PROCESS, NOW, "sv")
    card = cards.timeline_card(view, "sv", calendar_url=card_catalogue.SAMPLE_CALENDAR_URL)
    within_limits(card)
    body = texts(card)
    assert "Pågår nu" in body
    # Earlier rows are left out, not claimed done: the bot knows the plan, not what happened.
    before = int(body.split(" tidigare steg visas inte här")[0].split()[-1].strip("\"'"))
    assert "avklarade" not in body
    after = int(body.split("… och ")[1].split(" senare steg")[0])
    shown = len([b for b in card["body"] if b.get("type") in ("ColumnSet", "Container") and
                 (b.get("spacing") == "Medium")])
    assert before + shown + after == len(view.rows)
    # The real process's timeline is short enough to show whole.
    whole = cards.timeline_card(card_catalogue.long_timeline(PROCESS, NOW, "sv", times=1), "sv")
    assert "tidigare steg" not in texts(whole) and "senare steg" not in texts(whole)


def test_a_poll_at_the_largest_the_form_allows() -> None:
    """Polls are bounded by the form (rusbot/input/forms.py): the longest question, the most options,
    each at its longest, in Swedish."""
    options = [s.fill(forms.POLL_OPTION_MAX, f"Alternativ {n}: förmiddag på Örebro slott ") for n in range(10)]
    record = PollRecord(id=3, question=s.fill(forms.POLL_QUESTION_MAX), options=options, created_by="aad-c",
                        created_at=NOW, closes_at=None, language="sv", closed_at=None)
    for closed in (False, True):
        state = PollState(poll=record.model_copy(update={"closed_at": NOW} if closed else {}),
                          tally=list(range(10)), voters=45)
        within_limits(ic.poll_card(state, NOW, thanks="Tack, din röst är räknad."))


def test_the_catalogue_has_the_large_samples() -> None:
    catalogue = card_catalogue.all_cards()
    for name in ("inspel.list.most.sv", "remissvar.overview.most.sv", "remissvar.history.most.sv",
                 "organisations.pending.longest.sv", "coordination.status.most.sv", "cards.timeline.most.sv"):
        within_limits(catalogue[name])


def test_the_size_measure_counts_what_teams_counts() -> None:
    ascii_card = {"text": "a" * 100}
    swedish = {"text": "ö" * 100}
    assert cards.teams_size(ascii_card) == len(json.dumps(ascii_card)) * 2          # UTF-16
    assert cards.teams_size(swedish) == len(json.dumps(swedish).encode())           # \\u00f6 escapes


def test_the_conflict_form_drops_the_unsaved_text_before_it_outgrows_teams() -> None:
    """Quotes are short as sent but long in UTF-16 (\\" is two characters): twelve parts of them."""
    from tests.input_support import make_process

    process = make_process(rus_parts=[{"id": f"del-{i}", "name": {"sv": "Delområde ö" * 8, "en": "Part"}}
                                      for i in range(12)])
    limit = forms.comment_limit(process)
    values = {"position": "tillstyrker_med_andringar", "comments": {p.id: '"' * limit for p in forms.remiss_parts(
        process)}, "decided_by": '"' * 150, "diarienummer": '"' * 40, "protocol_link": "https://" + '"' * 392}
    form = ic.remissvar_form(process, "sv", organisation="Örebro läns bildningsförbund", values=values,
                             version=7, closes=None, notice="ö" * 400, submitted=True)
    mine = forms.RemissvarContent(comments={p.id: "ä" * limit for p in forms.remiss_parts(process)})
    assert cards.teams_size(ic.task_card("Remissvar", ic.with_unsaved_text(form, process, "sv", mine))) \
        <= cards.MESSAGE_LIMIT


# -- the audit of issue 11.5: the status card's unreachable lines, `möten` and `påminnelser` ---------------
def test_the_status_card_shows_a_few_unreachable_targets_and_pages_the_rest() -> None:
    lines = s.unreachable_lines("sv", NOW, times=10)
    assert len(lines) > 300
    status = ic.status_card(PROCESS, "sv", s.org_states(PROCESS, NOW, times=10), pending_links=40, now=NOW,
                            unreachable=lines)
    within_limits(status)
    assert sum(f"- {line}" == b.get("text") for line in lines for b in status["body"]) == ic.UNREACHABLE_ON_STATUS
    assert more_of(status, "coordination.unreachable") == ic.UNREACHABLE_ON_STATUS
    assert more_of(status, "coordination.status") is not None
    pages = walk(lambda offset: ic.unreachable_card("sv", lines, offset), "coordination.unreachable")
    shown = [b["text"][2:] for p in pages for b in p["body"] if b.get("text", "").startswith("- ")]
    assert shown == lines
    assert len(pages) > 1


def message_of(text: str, more: dict[str, Any] | None) -> dict[str, Any]:
    """The activity the bot sends for a text reply with an optional card (bot.turn.Turn.say)."""
    return {"type": "message", "text": text, "textFormat": "markdown", "summary": text[:200],
            "attachments": [{"contentType": "application/vnd.microsoft.card.adaptive", "content": more}]
            if more else []}


def walk_text(page: Callable[[int], tuple[str, dict[str, Any] | None]], action: str) -> list[str]:
    texts_, offset = [], 0
    while offset is not None:
        text, more = page(offset)
        assert cards.teams_size(message_of(text, more)) <= cards.CARD_BUDGET < cards.MESSAGE_LIMIT
        if more is not None:
            within_limits(more)
        texts_.append(text)
        offset = more_of(more, action) if more is not None else None
        assert len(texts_) < 1000
    return texts_


@pytest.mark.parametrize("language", ["sv", "en"])
def test_meetings_ten_times_over_at_their_longest_page_within_the_limit(language: str) -> None:
    from bot.features.reminders import meetings_page
    from rusbot.process.model import Text
    from scheduling import meetings as book
    from scheduling.plan import MeetingOccurrence

    # About ten meetings a consultation; a hundred at the longest name, link and preparation the form allows.
    found = [MeetingOccurrence(id=f"m-{n}", name=Text(sv=s.fill(book.NAME_MAX, f"Möte {n} om RUS ")),
                               day=NOW.date(), link="https://teams.microsoft.com/" + "x" * 370,
                               prepare=Text(sv=s.fill(book.PREPARE_MAX)), source="coordinators") for n in range(100)]
    pages = walk_text(lambda offset: meetings_page(found, language, offset), "meetings.more")  # type: ignore[arg-type]
    assert len(pages) > 1
    listed = [line for page in pages for line in page.splitlines() if line.startswith("- m-")]
    assert [line.split()[1] for line in listed] == [m.id for m in found]


def test_reminders_ten_times_over_page_within_the_limit() -> None:
    import datetime as dt

    from bot.features.reminders import reminders_page
    from rusbot.process.model import Text
    from scheduling import meetings as book
    from scheduling.plan import MeetingOccurrence, Reminder

    upcoming = []
    for n in range(300):
        meeting = MeetingOccurrence(id=f"m-{n}", name=Text(sv=s.fill(book.NAME_MAX, f"Möte {n} ")), day=NOW.date(),
                                    source="coordinators")
        due = NOW + dt.timedelta(hours=n)
        upcoming.append(Reminder(id=f"r-{n}", series="meeting", kind="meeting", due=due,
                                 expires=due + dt.timedelta(hours=1), meeting=meeting))
    pages = walk_text(lambda offset: reminders_page(upcoming, "sv", offset), "reminders.more")
    listed = [line for page in pages for line in page.splitlines() if line.startswith("- ")]
    assert len(listed) == len(upcoming) and len(pages) > 1
