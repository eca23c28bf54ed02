"""Issue 11 (trust, second pass): each test performs the attack the security probe found and
checks that it no longer works."""

from __future__ import annotations

from typing import Any

import pytest

from rusbot.consultation import OPEN_REMISSVAR_ACTION
from tests import builders as b
from tests.conftest import RunningBot
from tests.input_support import KUMLA_ANNA, InputBot, card_of, submit_data


@pytest.fixture
def bot(harness: InputBot) -> RunningBot:
    assert harness.bot is not None
    return harness.bot


# -- 11.9: the member cache is keyed and looked up by the same id --------------------------------

async def save_after(bot: RunningBot, first: dict[str, Any]) -> dict[str, Any]:
    """Anna and `first` open Kumla's remissvar; `first` saves, then Anna: her answer, the conflict form."""
    _, opened = await bot.post(b.task_fetch(bot.service_url, OPEN_REMISSVAR_ACTION, KUMLA_ANNA))
    _, firsts = await bot.post(b.task_fetch(bot.service_url, OPEN_REMISSVAR_ACTION, first))
    await bot.post(b.task_submit(bot.service_url, {**submit_data(card_of(firsts), "Spara"),
                                                   "comment_vision": "Först"}, first))
    _, conflict = await bot.post(b.task_submit(bot.service_url, {**submit_data(card_of(opened), "Spara"),
                                                                 "comment_vision": "Sen"}, KUMLA_ANNA))
    return conflict

async def test_a_member_record_fetched_for_one_id_is_never_served_for_another(bot: RunningBot) -> None:
    store = bot.services.inputs.store
    # Local mode: someone pairs Per's Teams id (a gmail address) with Berit's object id ...
    poisoner = {"id": "29:aad-per", "name": "Berit Berg", "aadObjectId": "aad-berit"}
    await bot.post(b.personal_message(bot.service_url, "organisation", poisoner))
    # ... and Mallory pairs Berit's Teams id (kumla.se) with her own object id.
    mallory = {"id": "29:aad-berit", "name": "Mallory", "aadObjectId": "aad-mallory"}
    await bot.post(b.personal_message(bot.service_url, "organisation", mallory))
    assert await store.link("aad-mallory") is None, "Mallory got Berit's organisation from Berit's e-mail"
    # Berit herself is still linked by her own e-mail, not by the record cached for Per's id.
    await bot.post(b.personal_message(bot.service_url, "organisation", b.user("Berit Berg", aad="aad-berit")))
    link = await store.link("aad-berit")
    assert link is not None and link.organisation_id == "kumla" and link.confirmed


# -- 11.3: names are text, not markdown -----------------------------------------------------------
HOSTILE = "[Bekräfta alla här](https://evil.example/login) **SAMORDNARE**"


def markdown_shown(bot: RunningBot, bodies: list[Any]) -> list[str]:
    """Every markdown text the users saw: message texts, card TextBlocks and facts (posted and in
    invoke responses), each checked to show the hostile text as written and to link nowhere."""
    from tests.unit.test_cards import markdown_texts
    from tests.unit.test_markdown_literal import MARKDOWN, shown

    texts = [r.text for r in bot.connector.sent] + [t for r in bot.connector.sent for c in r.cards
                                                     for t in markdown_texts(c)]
    texts += [t for body in bodies for t in markdown_texts(body)]
    seen = []
    for text in texts:
        assert "evil.example" not in " ".join(MARKDOWN.render(text).split('href="')[1:]), text
        if "Bekräfta alla här" in text:
            assert HOSTILE in shown(text), text
            seen.append(text)
    return seen


async def test_a_display_name_that_looks_like_markdown_reaches_coordinators_and_colleagues_as_text(
        bot: RunningBot) -> None:
    from tests.input_support import COORDINATOR, KUMLA_ANNA, card_of

    mallory = b.user(HOSTILE, aad="aad-mallory")
    eve = b.user(f"{HOSTILE} 2", aad="aad-eve")
    for who in (mallory, eve):
        await bot.post(b.card_submit(bot.service_url, {"action": "org.choose", "organisation": "kumla"}, who))
    # The coordinator's pending-links card, the confirm button's answer and "bekräfta alla".
    await bot.post(b.personal_message(bot.service_url, "organisation", COORDINATOR))
    await bot.post(b.card_submit(bot.service_url, {"action": "org.confirm", "user": "aad-mallory",
                                                   "organisation": "kumla"}, COORDINATOR))
    await bot.post(b.personal_message(bot.service_url, "organisation bekräfta alla", COORDINATOR))
    # A colleague's conflict notice names Mallory, who saved the remissvar first.
    conflict = await save_after(bot, mallory)
    # A poll whose question and options look like markdown.
    await bot.post(b.channel_message(bot.service_url, f"omröstning {HOSTILE}? | {HOSTILE} | Nej", COORDINATOR))
    await bot.post(b.personal_message(bot.service_url, f"När stänger remissen? {HOSTILE}", KUMLA_ANNA))
    seen = markdown_shown(bot, [card_of(conflict)])
    assert len(seen) >= 7, seen
    assert any(t.startswith("Bekräftat:") for t in seen) and any("sparade remissvaret" in t for t in seen)


# -- 11.2: a poll belongs to its conversation -----------------------------------------------------
PRIVATE_CHANNEL = "19:privat-styrgrupp@thread.tacv2"


async def post_private_poll(bot: RunningBot) -> tuple[dict[str, Any], dict[str, Any]]:
    from tests.input_support import COORDINATOR

    command = b.channel_message(bot.service_url, "omröstning Hemlig fråga om budgeten? | Ja | Nej", COORDINATOR,
                                channel=PRIVATE_CHANNEL)
    assert (await bot.post(command))[0] == 200
    card = bot.connector.sent[-1].cards[0]
    return command, card


def execute(bot: RunningBot, verb: str, data: dict[str, Any], sender: dict[str, Any],
            conversation: dict[str, Any] | None = None) -> dict[str, Any]:
    return b.card_execute(bot.service_url, verb, data, sender, conversation)


async def test_a_poll_in_a_private_channel_cannot_be_read_voted_or_closed_from_elsewhere(bot: RunningBot) -> None:
    from tests.input_support import COORDINATOR, KUMLA_ANNA

    command, card = await post_private_poll(bot)
    key = card["actions"][0]["data"]["poll_id"]
    assert isinstance(key, str) and len(key) == 32                # not a number one can count to
    state = await bot.services.inputs.store.poll_by_ref(key)
    assert state is not None
    bot.connector.clear()
    # From Anna's personal chat: read (option -1), vote, and a coordinator's close from elsewhere.
    for data, sender, verb in (({"poll_id": key, "option": -1}, KUMLA_ANNA, "poll.vote"),
                               ({"poll_id": key, "option": "0"}, KUMLA_ANNA, "poll.vote"),
                               ({"poll_id": key}, COORDINATOR, "poll.close")):
        status, body = await bot.post(execute(bot, verb, data, sender))
        assert status == 200
        assert "Hemlig" not in str(body) and "finns inte längre" in str(body)
    # Another channel of the same team, and a group chat, are elsewhere too.
    for conversation in (b.channel_conversation(), {"id": "19:group@thread.v2", "conversationType": "groupChat"}):
        _, body = await bot.post(execute(bot, "poll.vote", {"poll_id": key, "option": "1"}, KUMLA_ANNA,
                                         conversation))
        assert "Hemlig" not in str(body)
    # The text command closes only this conversation's polls.
    await bot.post(b.personal_message(bot.service_url, f"omröstning stäng {state.poll.id}", COORDINATOR))
    await bot.services.inputs.polls.idle()
    assert not [r for r in bot.connector.requests if r.method == "PUT"], "the private card was updated"
    after = await bot.services.inputs.store.poll(state.poll.id)
    assert after is not None and after.voters == 0 and after.poll.closed_at is None
    # In the channel itself (any thread of it) it works.
    thread = b.channel_conversation(PRIVATE_CHANNEL, thread="annan-trad")
    _, body = await bot.post(execute(bot, "poll.vote", {"poll_id": key, "option": "0"}, KUMLA_ANNA, thread))
    assert "Tack, din röst är räknad" in str(body)
    await bot.post(b.channel_message(bot.service_url, f"omröstning stäng {state.poll.id}", COORDINATOR,
                                     channel=PRIVATE_CHANNEL))
    assert "är stängd" in bot.connector.sent[-1].text
    assert command["conversation"]["id"].startswith(PRIVATE_CHANNEL)


async def test_poll_row_ids_name_only_polls_made_before_keys(bot: RunningBot) -> None:
    from sqlalchemy import update

    from rusbot.input.tables import Poll
    from tests.input_support import KUMLA_ANNA

    command, card = await post_private_poll(bot)
    state = await bot.services.inputs.store.poll_by_ref(card["actions"][0]["data"]["poll_id"])
    assert state is not None
    for guess in (state.poll.id, str(state.poll.id)):
        _, body = await bot.post(execute(bot, "poll.vote", {"poll_id": guess, "option": "0"}, KUMLA_ANNA,
                                         command["conversation"]))
        assert "finns inte längre" in str(body)
    # A poll from before migration 0004 (no key): its posted card says `poll_id: <row id>` and works
    # where it was posted, and only there.
    async with bot.services.db.session() as session:
        await session.execute(update(Poll).where(Poll.id == state.poll.id).values(key=None))
        await session.commit()
    _, body = await bot.post(execute(bot, "poll.vote", {"poll_id": state.poll.id, "option": "1"}, KUMLA_ANNA))
    assert "finns inte längre" in str(body)
    _, body = await bot.post(execute(bot, "poll.vote", {"poll_id": state.poll.id, "option": "1"}, KUMLA_ANNA,
                                     command["conversation"]))
    assert "Tack, din röst är räknad" in str(body)
    assert body["value"]["actions"][0]["data"]["poll_id"] == str(state.poll.id)


# -- 10.5: closing a poll needs no option ---------------------------------------------------------
async def test_the_close_button_sends_no_inputs_and_closes_without_a_vote(bot: RunningBot) -> None:
    """Action.Execute's `associatedInputs: "none"`: none of the card's inputs are validated or sent
    (https://learn.microsoft.com/adaptive-cards/schema-explorer/action-execute; the AssociatedInputs
    enum of tests/data/adaptive-card-1.5.schema.json). Teams then sends only the action's `data`, which
    is what this invoke carries: no `option`."""
    from tests.input_support import COORDINATOR
    from tests.unit.test_cards import _schema_problems

    command, card = await post_private_poll(bot)
    vote_action, close_action = card["actions"]
    assert close_action["associatedInputs"] == "none" and "associatedInputs" not in vote_action
    assert _schema_problems(card) == [] and card["version"] == "1.5"
    _, body = await bot.post(execute(bot, "poll.close", dict(close_action["data"]), COORDINATOR,
                                     command["conversation"]))
    assert "Omröstningen är stängd" in str(body) and "actions" not in body["value"]


# -- 11.4: every export opens ---------------------------------------------------------------------
async def test_text_xml_forbids_is_dropped_at_the_form_and_an_older_row_still_exports(bot: RunningBot) -> None:
    import io

    from openpyxl import load_workbook

    from rusbot.input.forms import InspelContent
    from tests.input_support import COORDINATOR, KUMLA_ANNA, card_of, submit_data
    from tests.protocol.test_input_polls_export import download, export_links

    _, body = await bot.post(b.task_fetch(bot.service_url, "inspel.open", KUMLA_ANNA))
    status, body = await bot.post(b.task_submit(bot.service_url, {
        **submit_data(card_of(body)), "topic": "annat", "change": "Mer\uffff kollektiv\ufffetrafik\ud83d",
        "reason": "\u200b=HYPERLINK(\"http://evil\")", "reference": "\uffff"}, KUMLA_ANNA))
    assert status == 200 and "är sparat" in body["task"]["value"]
    [stored] = await bot.services.inputs.store.own_inspel("aad-anna")
    # U+FFFF and U+FFFE are dropped; the lone surrogate (half an emoji) arrived as U+FFFD (bot/http.py).
    assert (stored.change, stored.reason, stored.reference) == (
        "Mer kollektivtrafik\ufffd", "\u200b=HYPERLINK(\"http://evil\")", None)
    # A row stored before the forms dropped these characters.
    await bot.services.inputs.store.add_inspel("aad-anna", "kumla", InspelContent(
        topic="annat", change="Gammal rad\uffff\ufffe\x01", reason="＝1+1"), bot.clock.now())
    links = await export_links(bot)
    status, content, _ = await download(bot, links["Excel (XLSX)"])
    assert status == 200
    values = [[c.value for c in row] for row in load_workbook(io.BytesIO(content)).active.iter_rows()]
    assert ["Gammal rad", "'＝1+1"] in [row[3:5] for row in values]
    assert ["Mer kollektivtrafik\ufffd", "'\u200b=HYPERLINK(\"http://evil\")"] in [row[3:5] for row in values]
    status, content, _ = await download(bot, links["CSV"])
    assert status == 200 and "Gammal rad;'＝1+1" in content.decode("utf-8-sig")
    assert COORDINATOR["aadObjectId"] == "aad-samordnare"


# -- 11.8: odd input gets an answer, not "Något gick fel" ------------------------------------------
async def test_lone_surrogates_and_huge_ids_get_a_clear_answer(bot: RunningBot,
                                                              caplog: pytest.LogCaptureFixture) -> None:
    from rusbot.consultation import OPEN_REMISSVAR_ACTION
    from tests.input_support import COORDINATOR, KUMLA_ANNA, card_of, submit_data

    odd_name = b.user("Per \ud83d Privat", aad="aad-per")
    huge = 10**20
    await bot.post(b.card_submit(bot.service_url, {"action": "org.choose", "organisation": "nora"}, odd_name))
    link = await bot.services.inputs.store.link("aad-per")
    assert link is not None and link.name == "Per \ufffd Privat"
    answers = []
    for activity in (
            b.task_fetch(bot.service_url, "inspel.open", KUMLA_ANNA, inspel_id=huge),
            b.task_submit(bot.service_url, {"action": "inspel.submit", "inspel_id": str(huge), "topic": "annat",
                                            "change": "x", "reason": "y"}, KUMLA_ANNA),
            b.card_submit(bot.service_url, {"action": "inspel.withdraw", "inspel_id": huge}, KUMLA_ANNA),
            b.card_execute(bot.service_url, "poll.vote", {"poll_id": huge, "option": huge}, KUMLA_ANNA),
            b.card_submit(bot.service_url, {"action": "gdpr.delete", "user": "aad-\udfff"}, COORDINATOR),
            b.card_submit(bot.service_url, {"action": "reminders.meeting.save", "name": "M\ud800öte",
                                            "date": "2021-10-01", "time": "10:00"}, COORDINATOR),
            b.personal_message(bot.service_url, "personuppgifter aad-\ud800", COORDINATOR)):
        status, body = await bot.post(activity)
        assert status == 200
        answers.append(body)
    _, opened = await bot.post(b.task_fetch(bot.service_url, OPEN_REMISSVAR_ACTION, KUMLA_ANNA))
    _, body = await bot.post(b.task_submit(bot.service_url, {**submit_data(card_of(opened), "Spara"),
                                                            "version": huge, "comment_vision": "\ud800"}, KUMLA_ANNA))
    assert "kunde inte läsas" in str(body)
    said = [r.text for r in bot.connector.sent]
    assert not [t for t in said + [str(a) for a in answers] if "gick fel" in t], said
    assert "turn failed" not in caplog.text
    assert "finns inte längre" in str(answers[3]) and any("fungerar inte längre" in t for t in said)


async def test_junk_ids_in_card_data_get_a_clear_answer_never_an_error(bot: RunningBot,
                                                                       caplog: pytest.LogCaptureFixture) -> None:
    """Audit of 11.8: record_id took "--5" for digits (lstrip("-")) and int() raised inside the turn."""
    from rusbot.input.forms import record_id
    from tests.input_support import COORDINATOR, KUMLA_ANNA

    for junk in ("--5", "-", "1\x00", "\x001", "²", "١٢", "1 2", "+5", "0x10", "5.0", " ", "", "9" * 13):
        assert record_id(junk) is None, repr(junk)
    assert record_id(" 12 ") == 12 and record_id("0", minimum=0) == 0
    for junk in ("--5", "1\x00", "²", "\uffff"):
        for activity in (
                b.task_fetch(bot.service_url, "inspel.open", KUMLA_ANNA, inspel_id=junk),
                b.card_submit(bot.service_url, {"action": "inspel.withdraw", "inspel_id": junk}, KUMLA_ANNA),
                b.card_execute(bot.service_url, "poll.vote", {"poll_id": junk, "option": junk}, KUMLA_ANNA),
                b.card_submit(bot.service_url, {"action": "poll.close", "poll_id": junk}, COORDINATOR),
                b.personal_message(bot.service_url, f"stäng omröstning {junk}", COORDINATOR)):
            status, _ = await bot.post(activity)
            assert status == 200
    said = [r.text for r in bot.connector.sent]
    assert not [t for t in said if "gick fel" in t], said
    assert "turn failed" not in caplog.text


async def test_a_long_markdown_name_and_text_are_cut_and_escaped_in_notices_and_summaries(bot: RunningBot) -> None:
    """Audit of 11.3: the conflict notice quoted a colleague's display name whole, and a reply's
    `summary` (what Teams shows in notifications) was the card's fallback text - every inspel or poll
    question as written, unbounded and unescaped. Both are now cut (~200 characters; a name in a notice
    to 80) and escaped."""
    from rusbot.markdown import SUMMARY_MAX
    from tests.input_support import COORDINATOR, KUMLA_ANNA, card_of
    from tests.unit.test_cards import markdown_texts
    from tests.unit.test_markdown_literal import MARKDOWN, shown

    long_name = f"{HOSTILE} " * 8
    mallory = b.user(long_name, aad="aad-mallory")
    await bot.post(b.card_submit(bot.service_url, {"action": "org.choose", "organisation": "kumla"}, mallory))
    await bot.post(b.card_submit(bot.service_url, {"action": "org.confirm", "user": "aad-mallory",
                                                   "organisation": "kumla"}, COORDINATOR))
    conflict = await save_after(bot, mallory)
    [notice] = [t for t in markdown_texts(card_of(conflict)) if "sparade remissvaret" in t]
    name = shown(notice).split(" sparade remissvaret")[0]
    assert name.startswith(HOSTILE) and name.endswith("…") and len(name) <= 80, name
    assert 'href="' not in MARKDOWN.render(notice)
    # A partner's own inspel list and a poll quote what people wrote: the summaries are short and inert.
    from rusbot.input.forms import InspelContent

    await bot.services.inputs.store.add_inspel("aad-anna", "kumla", InspelContent(
        topic="annat", change=f"{HOSTILE} " * 20, reason="För att."), bot.clock.now())
    await bot.post(b.personal_message(bot.service_url, "inspel", KUMLA_ANNA))
    await bot.post(b.channel_message(bot.service_url, f"omröstning {HOSTILE * 4}? | Ja | Nej", COORDINATOR))
    summaries = [r.body["summary"] for r in bot.connector.sent if isinstance(r.body, dict) and r.body.get("summary")]
    quoting = [s for s in summaries if "Bekräfta alla här" in s]
    assert len(quoting) >= 2, summaries
    for text in summaries:
        assert len(shown(text)) <= SUMMARY_MAX and "\n" not in text, text
        assert 'href="' not in MARKDOWN.render(text), text
