"""Polls updated in place, the coordinator's status and export over HTTP, restarts, and the
whole path from a partner's input to the coordinator's download."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import AsyncIterator
from typing import Any

import pytest
from openpyxl import load_workbook

from rusbot.consultation import OPEN_REMISSVAR_ACTION
from tests import builders as b
from tests.conftest import RunningBot
from tests.input_support import (
    COORDINATOR,
    KUMLA_ANNA,
    KUMLA_BERIT,
    OREBRO_OLLE,
    InputBot,
    card_of,
    inputs_of,
    submit_data,
    texts_of,
)


@pytest.fixture
def bot(harness: InputBot) -> RunningBot:
    assert harness.bot is not None
    return harness.bot


def channel_conversation_of(activity: dict[str, Any]) -> dict[str, Any]:
    return activity["conversation"]


async def post_poll(bot: RunningBot, text: str = "Vilken dag passar för avstämningen? | Tisdag | Onsdag | Torsdag"
                    ) -> tuple[dict[str, Any], Any]:
    command = b.channel_message(bot.service_url, f"omröstning {text}", COORDINATOR)
    status, _ = await bot.post(command)
    assert status == 200
    posted = bot.connector.sent[-1]
    return command, posted


async def vote(bot: RunningBot, command: dict[str, Any], poll_id: int, option: int | str,
               sender: dict[str, Any]) -> dict[str, Any]:
    status, body = await bot.post(b.card_execute(bot.service_url, "poll.vote", {"poll_id": poll_id,
                                                                                "option": str(option)},
                                                 sender, conversation=command["conversation"]))
    assert status == 200
    return body


async def test_poll_vote_updates_the_card_in_place(bot: RunningBot) -> None:
    command, posted = await post_poll(bot)
    card = posted.cards[0]
    assert "Vilken dag passar" in texts_of(card)
    execute = [a for a in card["actions"] if a["type"] == "Action.Execute"]
    assert execute[0]["verb"] == "poll.vote"
    poll_id = execute[0]["data"]["poll_id"]
    assert [c["title"] for c in inputs_of(card)["option"]["choices"]] == ["Tisdag", "Onsdag", "Torsdag"]

    body = await vote(bot, command, poll_id, 1, KUMLA_ANNA)
    assert body["statusCode"] == 200 and body["type"] == "application/vnd.microsoft.card.adaptive"
    assert "Tack, din röst är räknad" in texts_of(body["value"])
    await bot.services.inputs.polls.idle()
    [put] = [r for r in bot.connector.requests if r.method == "PUT"]
    stored = (await bot.services.inputs.store.poll_by_ref(poll_id)).poll
    assert put.activity_id == stored.activity_id and put.activity_id.startswith("activity-")
    assert put.conversation_id == command["conversation"]["id"]
    # The update names the team's tenant like the post did (Bot Connector REST API reference, "Update
    # Activity": the activity as sent, here with channelData.tenant and conversation.tenantId).
    assert put.body["channelData"]["tenant"] == {"id": b.TENANT}
    assert put.body["conversation"]["tenantId"] == b.TENANT
    updated = put.body["attachments"][0]["content"]
    assert "1 har röstat" in texts_of(updated)


async def test_one_vote_per_person_changeable_and_a_burst_is_coalesced(bot: RunningBot) -> None:
    command, posted = await post_poll(bot)
    poll_id = posted.cards[0]["actions"][0]["data"]["poll_id"]
    voters = [b.user(f"Partner {i}", aad=f"aad-p{i}") for i in range(20)]
    for voter in voters:
        await vote(bot, command, poll_id, 0, voter)
    await vote(bot, command, poll_id, 2, voters[0])            # changes her mind
    await bot.services.inputs.polls.idle()
    puts = [r for r in bot.connector.requests if r.method == "PUT"]
    assert 1 <= len(puts) <= 3                                   # 21 votes, at most one PUT a second
    final = texts_of(puts[-1].body["attachments"][0]["content"])
    assert "20 har röstat" in final
    state = await bot.services.inputs.store.poll_by_ref(poll_id)
    assert state.tally == [19, 0, 1]


async def test_a_poll_card_says_closed_when_its_time_comes_without_a_vote(bot: RunningBot) -> None:
    _command, posted = await post_poll(bot, "Ska vi ses fysiskt? | Ja | Nej | stänger 2021-02-16 12:00")
    poll_id = posted.cards[0]["actions"][0]["data"]["poll_id"]
    assert await bot.services.inputs.close_due_polls(bot.clock.now()) == []
    bot.clock.set(dt.datetime(2021, 2, 16, 12, 0, tzinfo=bot.clock.now().tzinfo))
    row_id = (await bot.services.inputs.store.poll_by_ref(poll_id)).poll.id
    assert await bot.services.inputs.close_due_polls(bot.clock.now()) == [row_id]
    assert await bot.services.inputs.close_due_polls(bot.clock.now()) == []      # closed once
    await bot.services.inputs.polls.idle()
    [put] = [r for r in bot.connector.requests if r.method == "PUT"]
    closed = put.body["attachments"][0]["content"]
    assert "Omröstningen är stängd" in texts_of(closed) and "actions" not in closed
    state = await bot.services.inputs.store.poll_by_ref(poll_id)
    assert state is not None and state.poll.closed_at == dt.datetime(2021, 2, 16, 11, 0, tzinfo=dt.UTC)


async def test_poll_closes_by_coordinator_and_at_its_time(bot: RunningBot) -> None:
    command, posted = await post_poll(bot, "Ska vi ses fysiskt? | Ja | Nej | stänger 2021-02-16 12:00")
    poll_id = posted.cards[0]["actions"][0]["data"]["poll_id"]
    assert "Stänger 16 februari 2021 kl. 12:00" in texts_of(posted.cards[0])
    bot.clock.set(dt.datetime(2021, 2, 16, 12, 0, tzinfo=bot.clock.now().tzinfo))
    body = await vote(bot, command, poll_id, 0, KUMLA_ANNA)
    assert "Omröstningen är stängd" in texts_of(body["value"])
    assert "actions" not in body["value"]
    # Closing by button is for coordinators only.
    command, posted = await post_poll(bot)
    poll_id = posted.cards[0]["actions"][0]["data"]["poll_id"]
    _, body = await bot.post(b.card_execute(bot.service_url, "poll.close", {"poll_id": poll_id}, KUMLA_ANNA,
                                                 command["conversation"]))
    assert body["type"] == "application/vnd.microsoft.activity.message" and "samordnarna" in body["value"]
    _status, body = await bot.post(b.card_execute(bot.service_url, "poll.close", {"poll_id": poll_id}, COORDINATOR,
                                                 command["conversation"]))
    assert "Omröstningen är stängd" in texts_of(body["value"])
    await bot.services.inputs.polls.idle()
    assert any(r.method == "PUT" and "stängd" in texts_of(r.body["attachments"][0]["content"])
               for r in bot.connector.requests)


async def test_poll_needs_two_to_ten_options(bot: RunningBot) -> None:
    await bot.post(b.channel_message(bot.service_url, "omröstning Bara en? | Ja", COORDINATOR))
    assert "Ge 2–10 alternativ" in bot.connector.sent[-1].text
    await bot.post(b.channel_message(bot.service_url, "omröstning Fråga | " + " | ".join(map(str, range(11))),
                                     COORDINATOR))
    assert "Ge 2–10 alternativ" in bot.connector.sent[-1].text


# -- export --------------------------------------------------------------------------------------
async def export_links(bot: RunningBot) -> dict[str, str]:
    await bot.post(b.personal_message(bot.service_url, "export", COORDINATOR))
    card = bot.connector.sent[-1].cards[0]
    return {a["title"].removeprefix("Ladda ner ").removeprefix("Download "): a["url"] for a in card["actions"]}


async def fill(bot: RunningBot) -> None:
    _, body = await bot.post(b.task_fetch(bot.service_url, "inspel.open", KUMLA_ANNA))
    await bot.post(b.task_submit(bot.service_url, {
        **submit_data(card_of(body)), "topic": "annat", "change": "=HYPERLINK(\"http://evil\")",
        "reason": "-1+1; \"citat\" och\nny rad", "reference": "@ref"}, KUMLA_ANNA))
    _, body = await bot.post(b.task_fetch(bot.service_url, OPEN_REMISSVAR_ACTION, KUMLA_BERIT))
    await bot.post(b.task_submit(bot.service_url, {
        **submit_data(card_of(body), "Skicka in"), "position": "tillstyrker", "comment_vision": "+Bra vision",
        "comment_genomforande": "Mer resurser till länets kommuner.", "decided_by": "Kommunstyrelsen",
        "decision_date": "2021-02-10"}, KUMLA_BERIT))
    # Örebro only drafts: the draft must not be exported.
    _status, body = await bot.post(b.task_fetch(bot.service_url, OPEN_REMISSVAR_ACTION, OREBRO_OLLE))
    await bot.post(b.task_submit(bot.service_url, {**submit_data(card_of(body), "Spara"),
                                                   "comment_vision": "HEMLIGT UTKAST"}, OREBRO_OLLE))


async def download(bot: RunningBot, url: str) -> tuple[int, bytes, dict[str, str]]:
    async with bot.session.get(url.replace(bot.services.settings.effective_public_url, bot.url)) as response:
        return response.status, await response.read(), dict(response.headers)


async def test_export_csv_and_xlsx_over_signed_links(bot: RunningBot) -> None:
    await fill(bot)
    links = await export_links(bot)
    status, content, headers = await download(bot, links["CSV"])
    assert status == 200 and headers["Content-Type"].startswith("text/csv")
    assert "attachment" in headers["Content-Disposition"]
    assert content.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(content[3:].decode("utf-8")), delimiter=";"))
    assert rows[0][:4] == ["Organisation", "Typ", "Del / ämne", "Synpunkt / vad ska ändras"]
    body = rows[1:]
    assert [(r[0], r[1], r[2]) for r in body] == [("Kumla", "Remissvar", "Vision och mål"),
                                                   ("Kumla", "Remissvar", "Genomförande"),
                                                   ("Kumla", "Inspel", "Annat")]
    assert body[0][3] == "'+Bra vision" and body[0][6] == "Tillstyrker" and body[0][12] == "RV-00001 (rev. 1)"
    assert body[2][3] == "'=HYPERLINK(\"http://evil\")" and body[2][4] == "'-1+1; \"citat\" och\nny rad"
    assert body[2][5] == "'@ref"
    assert b"HEMLIGT" not in content
    for row in body:
        assert not any(cell.startswith(("=", "+", "-", "@")) for cell in row)

    status, content, headers = await download(bot, links["Excel (XLSX)"])
    assert status == 200
    sheet = load_workbook(io.BytesIO(content)).active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert values[0][0] == "Organisation" and values[3][3] == "'=HYPERLINK(\"http://evil\")"
    assert all(c.data_type == "s" for row in sheet.iter_rows(min_row=2) for c in row if c.value is not None)


async def test_export_links_expire_and_cannot_be_forged(bot: RunningBot) -> None:
    links = await export_links(bot)
    token = links["CSV"].rsplit("/", 1)[1]
    forged = token[:-3] + ("AAA" if not token.endswith("AAA") else "BBB")
    status, _, _ = await download(bot, links["CSV"].replace(token, forged))
    assert status == 403
    bot.clock.advance(dt.timedelta(minutes=15))
    status, _, _ = await download(bot, links["CSV"])
    assert status == 403


async def test_export_only_in_the_personal_chat(bot: RunningBot) -> None:
    await bot.post(b.channel_message(bot.service_url, "export", COORDINATOR))
    assert "chatten med mig" in bot.connector.sent[-1].text and not bot.connector.sent[-1].cards


# -- restart and the whole path ------------------------------------------------------------------
@pytest.fixture
async def any_db_harness(database_url: str, tmp_path: Any, clock: Any, connector: Any) -> AsyncIterator[InputBot]:
    async with InputBot.running(database_url, tmp_path, clock, connector) as harness:
        yield harness


async def test_whole_path_and_restart_keeps_everything(any_db_harness: InputBot) -> None:
    harness = any_db_harness
    bot = harness.bot
    assert bot is not None
    # A partner sends an inspel and a remissvar and votes; a pending user chooses an organisation.
    await fill(bot)
    command, posted = await post_poll(bot)
    poll_id = posted.cards[0]["actions"][0]["data"]["poll_id"]
    await vote(bot, command, poll_id, 2, KUMLA_ANNA)
    await bot.post(b.card_submit(bot.service_url, {"action": "org.choose", "organisation": "nora"},
                                 b.user("Per Privat", aad="aad-per")))

    await harness.stop()
    bot = await harness.start()

    # Everything survived the restart.
    await bot.post(b.personal_message(bot.service_url, "status", COORDINATOR))
    status_card = bot.connector.sent[-1].cards[0]
    text = texts_of(status_card)
    assert "1 av 17 har svarat" in text
    assert "✓ inskickat 15 februari 2021 kl. 10:00" in text and "utkast" in text
    assert "HEMLIGT" not in str(status_card)
    assert "1 koppling(ar) väntar" in text
    kumla_row = next(row for row in status_card["body"] if row.get("type") == "ColumnSet"
                     and "Kumla" in texts_of(row))
    assert texts_of(kumla_row).split("\n")[1] == "1"          # one inspel
    await vote(bot, command, poll_id, 0, KUMLA_BERIT)
    state = await bot.services.inputs.store.poll_by_ref(poll_id)
    assert state.tally == [1, 0, 1]
    form = card_of((await bot.post(b.task_fetch(bot.service_url, OPEN_REMISSVAR_ACTION, KUMLA_ANNA)))[1])
    assert inputs_of(form)["comment_vision"]["value"] == "+Bra vision"
    # The coordinator downloads it all.
    links = await export_links(bot)
    status, content, _ = await download(bot, links["CSV"])
    assert status == 200 and "Mer resurser till länets kommuner." in content.decode("utf-8-sig")
    status, content, _ = await download(bot, links["Excel (XLSX)"])
    assert status == 200 and load_workbook(io.BytesIO(content)).active.max_row == 4


async def test_cli_export(harness: InputBot, tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    assert harness.bot is not None
    await fill(harness.bot)
    await harness.stop()
    from bot.__main__ import _export

    out = tmp_path / "underlag.csv"
    import asyncio

    await asyncio.to_thread(_export, harness.settings, "csv", str(out))
    assert out.read_bytes().startswith(b"\xef\xbb\xbf") and "Kumla;Inspel" in out.read_text("utf-8-sig")
