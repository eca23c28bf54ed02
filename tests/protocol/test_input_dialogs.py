"""Partners' input through the real app over HTTP, with the fake Bot Connector: inspel and
remissvar dialogs (task/fetch, task/submit), links, conflicts, deadlines and access control."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from rusbot.consultation import OPEN_REMISSVAR_ACTION
from tests import builders as b
from tests.conftest import RunningBot, stockholm
from tests.input_support import (
    COORDINATOR,
    KUMLA_ANNA,
    KUMLA_BERIT,
    OREBRO_OLLE,
    PENDING_PER,
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


INSPEL = {"topic": "annat", "change": "Lägg till ett mål om kompetensförsörjning i välfärden.",
          "reason": "Bristen på undersköterskor växer i hela länet.", "reference": "https://example.se/rapport"}


async def send_inspel(bot: RunningBot, sender: dict[str, Any], values: dict[str, Any] = INSPEL) -> dict[str, Any]:
    status, body = await bot.post(b.task_fetch(bot.service_url, "inspel.open", sender))
    assert status == 200
    data = submit_data(card_of(body))
    status, body = await bot.post(b.task_submit(bot.service_url, {**data, **values}, sender))
    assert status == 200
    return body


REMISSVAR = {"position": "tillstyrker_med_andringar", "comment_vision": "Visionen är bra.",
             "comment_prioriteringar": "Lyft fram landsbygden.", "decided_by": "Kommunstyrelsen",
             "decision_date": "2021-02-10", "diarienummer": "KS 2021/123",
             "protocol_link": "https://www.kumla.se/protokoll/ks-2021-09-14.pdf"}


async def open_remissvar(bot: RunningBot, sender: dict[str, Any]) -> dict[str, Any]:
    status, body = await bot.post(b.task_fetch(bot.service_url, OPEN_REMISSVAR_ACTION, sender))
    assert status == 200
    return body


# -- inspel --------------------------------------------------------------------------------------
async def test_inspel_fetch_returns_the_form_and_submit_stores_it(bot: RunningBot) -> None:
    status, body = await bot.post(b.task_fetch(bot.service_url, "inspel.open", KUMLA_ANNA))
    assert status == 200
    assert body["task"]["value"]["title"] == "Inspel till RUS"
    assert body["task"]["value"]["card"]["contentType"] == "application/vnd.microsoft.card.adaptive"
    form = card_of(body)
    fields = inputs_of(form)
    assert set(fields) == {"topic", "change", "reason", "reference"}
    assert all(f.get("maxLength") for k, f in fields.items() if f["type"] == "Input.Text")
    topic_values = [c["value"] for c in fields["topic"]["choices"]]
    assert topic_values[-1] == "annat" and len(topic_values) > 2

    body = await send_inspel(bot, KUMLA_ANNA)
    assert body["task"]["type"] == "message"
    assert "inspel #1 är sparat" in body["task"]["value"]
    [record] = await bot.services.inputs.store.own_inspel("aad-anna")
    assert record.organisation_id == "kumla" and record.change == INSPEL["change"]


async def test_inspel_validation_errors_bring_the_form_back_and_store_nothing(bot: RunningBot) -> None:
    body = await send_inspel(bot, KUMLA_ANNA, {"topic": "no-such-topic", "change": "", "reason": "x" * 1501})
    form = card_of(body)
    text = texts_of(form)
    assert "inget är sparat" in text
    assert "Välj ett av alternativen" in text and "Fyll i det här fältet" in text and "Högst 1500 tecken" in text
    assert inputs_of(form)["reason"]["value"] == "x" * 1501      # what they wrote is kept
    assert await bot.services.inputs.store.count_inspel() == 0


async def test_inspel_errors_in_english_for_english_users(bot: RunningBot) -> None:
    fetch = b.task_fetch(bot.service_url, "inspel.open", KUMLA_ANNA)
    fetch["locale"] = "en-GB"
    _, body = await bot.post(fetch)
    submit = b.task_submit(bot.service_url, {**submit_data(card_of(body)), "topic": "annat"}, KUMLA_ANNA)
    submit["locale"] = "en-US"
    _status, body = await bot.post(submit)
    assert "Please fill in this field." in texts_of(card_of(body))


async def test_several_inspel_listed_edited_and_withdrawn(bot: RunningBot) -> None:
    await send_inspel(bot, KUMLA_ANNA)
    await send_inspel(bot, KUMLA_ANNA, {**INSPEL, "change": "Andra inspelet"})
    await bot.post(b.personal_message(bot.service_url, "inspel", KUMLA_ANNA))
    listing = bot.connector.sent[-1].cards[0]
    assert "#1" in texts_of(listing) and "#2" in texts_of(listing)
    # Edit #2 through the dialog.
    _, body = await bot.post(b.task_fetch(bot.service_url, "inspel.open", KUMLA_ANNA, inspel_id=2))
    form = card_of(body)
    assert inputs_of(form)["change"]["value"] == "Andra inspelet"
    _status, body = await bot.post(b.task_submit(bot.service_url, {**submit_data(form), **INSPEL,
                                                                  "change": "Ändrat"}, KUMLA_ANNA))
    assert "inspel #2 är sparad" in body["task"]["value"]
    # Withdraw #1 with the card button (a message-based Action.Submit).
    await bot.post(b.card_submit(bot.service_url, {"action": "inspel.withdraw", "inspel_id": 1}, KUMLA_ANNA))
    assert "tillbakadraget" in bot.connector.sent[-1].text
    records = await bot.services.inputs.store.own_inspel("aad-anna")
    assert [(r.id, r.change) for r in records] == [(2, "Ändrat")]


async def test_someone_elses_inspel_cannot_be_opened_edited_or_withdrawn(bot: RunningBot) -> None:
    await send_inspel(bot, KUMLA_ANNA)
    _, body = await bot.post(b.task_fetch(bot.service_url, "inspel.open", KUMLA_BERIT, inspel_id=1))
    assert body["task"]["type"] == "message" and "inte bland dina" in body["task"]["value"]
    _status, body = await bot.post(b.task_submit(bot.service_url, {"action": "inspel.submit", "inspel_id": 1,
                                                                  **INSPEL, "change": "Kapat"}, KUMLA_BERIT))
    assert "inget ändrades" in body["task"]["value"]
    await bot.post(b.card_submit(bot.service_url, {"action": "inspel.withdraw", "inspel_id": 1}, KUMLA_BERIT))
    [record] = await bot.services.inputs.store.active_inspel()
    assert record.change == INSPEL["change"]


async def test_closed_inspel_round_refuses(bot: RunningBot) -> None:
    await bot.post(b.personal_message(bot.service_url, "inspel stäng", KUMLA_ANNA))
    assert "bara samordnarna" in bot.connector.sent[-1].text
    await bot.post(b.personal_message(bot.service_url, "inspel stäng", COORDINATOR))
    assert "stängd" in bot.connector.sent[-1].text
    _status, body = await bot.post(b.task_fetch(bot.service_url, "inspel.open", KUMLA_ANNA))
    assert "Inspelsrundan är stängd" in body["task"]["value"]


# -- organisation links --------------------------------------------------------------------------
async def test_guest_upn_links_automatically_and_user_sees_it(bot: RunningBot) -> None:
    await bot.post(b.personal_message(bot.service_url, "organisation", KUMLA_ANNA))
    assert "**Kumla** (bekräftat)" in bot.connector.sent[-1].text
    lookups = [r for r in bot.connector.requests if r.method == "GET" and "/members/" in r.path]
    assert lookups and lookups[0].path.endswith("/members/29:aad-anna")


async def test_pending_link_until_a_coordinator_confirms(bot: RunningBot) -> None:
    # No matching domain: the user picks an organisation and waits.
    await bot.post(b.personal_message(bot.service_url, "organisation", PENDING_PER))
    choice = bot.connector.sent[-1].cards[0]
    assert inputs_of(choice)["organisation"]["type"] == "Input.ChoiceSet"
    await bot.post(b.card_submit(bot.service_url, {"action": "org.choose", "organisation": "lekeberg"}, PENDING_PER))
    assert "En samordnare bekräftar" in bot.connector.sent[-1].text
    # Pending: no remissvar, no inspel.
    body = await open_remissvar(bot, PENDING_PER)
    assert body["task"]["type"] == "message" and "väntar på att en samordnare" in body["task"]["value"]
    _status, body = await bot.post(b.task_fetch(bot.service_url, "inspel.open", PENDING_PER))
    assert "väntar på att en samordnare" in body["task"]["value"]
    # A partner cannot confirm; the coordinator can, with the card's button.
    confirm = {"action": "org.confirm", "user": "aad-per", "organisation": "lekeberg"}
    await bot.post(b.card_submit(bot.service_url, confirm, KUMLA_ANNA))
    assert "bara samordnarna" in bot.connector.sent[-1].text
    await bot.post(b.personal_message(bot.service_url, "organisation", COORDINATOR))
    pending_card = bot.connector.sent[-1].cards[0]
    assert "Per Privat" in texts_of(pending_card) and "Lekeberg" in texts_of(pending_card)
    await bot.post(b.card_submit(bot.service_url, confirm, COORDINATOR))
    assert "Bekräftat: Per Privat företräder Lekeberg" in bot.connector.sent[-1].text
    body = await open_remissvar(bot, PENDING_PER)
    assert "Lekeberg" in texts_of(card_of(body))


async def test_coordinator_named_by_email(harness: InputBot, bot: RunningBot) -> None:
    await harness.stop()
    harness.settings = harness.settings.model_copy(update={"coordinators": ["Cecilia@RegionOrebrolan.se"]})
    bot = await harness.start()
    await bot.post(b.personal_message(bot.service_url, "status", COORDINATOR))
    assert "Status per remissinstans" in bot.connector.sent[-1].cards[0]["fallbackText"]
    await bot.post(b.personal_message(bot.service_url, "status", KUMLA_ANNA))
    assert "bara för samordnarna" in bot.connector.sent[-1].text


# -- remissvar -----------------------------------------------------------------------------------
async def test_remissvar_draft_then_submit_gives_a_receipt(bot: RunningBot) -> None:
    form = card_of(await open_remissvar(bot, KUMLA_ANNA))
    fields = inputs_of(form)
    assert {"position", "comment_vision", "comment_prioriteringar", "comment_genomforande", "decided_by",
            "decision_date", "diarienummer", "protocol_link"} == set(fields)
    assert "allmän handling" in texts_of(form)
    draft = submit_data(form, "Spara")
    assert draft["version"] == 0
    _, body = await bot.post(b.task_submit(bot.service_url, {**draft, "comment_vision": "Första tanke"},
                                                KUMLA_ANNA))
    assert body["task"]["type"] == "message" and "Utkastet är sparat" in body["task"]["value"]
    # Berit from the same municipality sees the draft and submits it.
    form = card_of(await open_remissvar(bot, KUMLA_BERIT))
    assert inputs_of(form)["comment_vision"]["value"] == "Första tanke"
    submit = submit_data(form, "Skicka in")
    assert submit["version"] == 1
    _status, body = await bot.post(b.task_submit(bot.service_url, {**submit, **REMISSVAR}, KUMLA_BERIT))
    receipt = card_of(body)
    assert body["task"]["value"]["title"] == "Kvitto"
    facts = {f["title"]: f["value"] for f in receipt["body"][1]["facts"]}
    assert facts["Kvittonummer"] == "RV-00001" and facts["Inskickat"] == "15 februari 2021 kl. 10:00"
    assert "allmän handling" in receipt["fallbackText"]
    await bot.after_answers()     # the chat's copy is sent after the dialog's answer
    assert bot.connector.sent[-1].cards[0]["fallbackText"] == receipt["fallbackText"]   # kept in the chat
    # Another organisation never sees Kumla's answer: Olle gets Örebro's empty form.
    form = card_of(await open_remissvar(bot, OREBRO_OLLE))
    assert "value" not in inputs_of(form)["comment_vision"]


async def test_remissvar_submit_validation(bot: RunningBot) -> None:
    form = card_of(await open_remissvar(bot, KUMLA_ANNA))
    bad = {**submit_data(form, "Skicka in"), "comment_vision": "ö" * 2000, "protocol_link": "javascript:alert(1)",
           "decision_date": "2030-01-01"}
    _status, body = await bot.post(b.task_submit(bot.service_url, bad, KUMLA_ANNA))
    text = texts_of(card_of(body))
    for expected in ("Välj organisationens ställningstagande", "Högst 773 tecken", "https://",
                     "kan inte ligga i framtiden", "Fyll i det här fältet"):
        assert expected in text
    assert await bot.services.inputs.store.remissvar("kumla") is None


async def test_two_representatives_conflict_and_the_second_gets_the_latest(bot: RunningBot) -> None:
    form_anna = card_of(await open_remissvar(bot, KUMLA_ANNA))
    form_berit = card_of(await open_remissvar(bot, KUMLA_BERIT))
    _, body = await bot.post(b.task_submit(bot.service_url, {**submit_data(form_anna, "Spara"),
                                                                  "comment_vision": "Annas text"}, KUMLA_ANNA))
    assert "Utkastet är sparat" in body["task"]["value"]
    _, body = await bot.post(b.task_submit(bot.service_url, {**submit_data(form_berit, "Spara"),
                                                                  "comment_vision": "Berits text"}, KUMLA_BERIT))
    form = card_of(body)
    assert "Anna Andersson sparade remissvaret" in texts_of(form) and "inte sparade" in texts_of(form)
    assert inputs_of(form)["comment_vision"]["value"] == "Annas text"
    assert "Det här skrev du (inte sparat):" in texts_of(form) and "Berits text" in texts_of(form)
    assert submit_data(form, "Spara")["version"] == 1
    record = await bot.services.inputs.store.remissvar("kumla")
    assert record.content.comments == {"vision": "Annas text"} and record.version == 1
    # The way forward works: save again on the latest version.
    _status, body = await bot.post(b.task_submit(bot.service_url, {**submit_data(form, "Spara"),
                                                                  "comment_vision": "Berits text"}, KUMLA_BERIT))
    assert "Utkastet är sparat" in body["task"]["value"]


async def test_edit_after_submission_makes_a_new_revision_and_keeps_history(bot: RunningBot) -> None:
    form = card_of(await open_remissvar(bot, KUMLA_ANNA))
    await bot.post(b.task_submit(bot.service_url, {**submit_data(form, "Skicka in"), **REMISSVAR}, KUMLA_ANNA))
    bot.clock.advance(dt.timedelta(days=1))
    form = card_of(await open_remissvar(bot, KUMLA_ANNA))
    assert any("ny version" in a["title"] for a in form["actions"])
    _status, body = await bot.post(b.task_submit(bot.service_url, {**submit_data(form, "Skicka in"), **REMISSVAR,
                                                                  "position": "tillstyrker"}, KUMLA_ANNA))
    facts = {f["title"]: f["value"] for f in card_of(body)["body"][1]["facts"]}
    assert facts["Version"] == "2" and facts["Kvittonummer"] == "RV-00002"
    history = await bot.services.inputs.store.revisions("kumla")
    assert [(h.revision, h.content.position) for h in history] == [(1, "tillstyrker_med_andringar"),
                                                                    (2, "tillstyrker")]
    await bot.post(b.personal_message(bot.service_url, "remissvar", KUMLA_ANNA))
    overview = bot.connector.sent[-1].cards[0]
    assert "RV-00002" in texts_of(overview) and "RV-00001" in texts_of(overview)


async def test_consultation_closes_at_midnight_after_the_last_day_unless_extended(harness: InputBot,
                                                                                   bot: RunningBot) -> None:
    bot.clock.set(stockholm(2021, 9, 30, 23, 59))
    form = card_of(await open_remissvar(bot, KUMLA_ANNA))
    assert "30 september 2021 kl. 23:59" in texts_of(form)
    bot.clock.set(stockholm(2021, 10, 1, 0, 0))
    _, body = await bot.post(b.task_submit(bot.service_url, {**submit_data(form, "Skicka in"), **REMISSVAR},
                                                KUMLA_ANNA))
    assert body["task"]["type"] == "message" and "Remisstiden gick ut 30 september 2021" in body["task"]["value"]
    # A coordinator grants Kumla an extension; Örebro stays closed.
    await bot.post(b.personal_message(bot.service_url, "anstånd Kumla 2021-10-15", KUMLA_ANNA))
    assert "bara för samordnarna" in bot.connector.sent[-1].text
    await bot.post(b.personal_message(bot.service_url, "anstånd Kumla 2021-10-15", COORDINATOR))
    assert "Kumla har anstånd till och med 15 oktober 2021" in bot.connector.sent[-1].text
    _status, body = await bot.post(b.task_submit(bot.service_url, {**submit_data(form, "Skicka in"), **REMISSVAR},
                                                KUMLA_ANNA))
    assert body["task"]["value"]["title"] == "Kvitto"
    body = await open_remissvar(bot, OREBRO_OLLE)
    assert "Remisstiden gick ut" in body["task"]["value"]
    bot.clock.set(stockholm(2021, 10, 16, 0, 0))
    body = await open_remissvar(bot, KUMLA_ANNA)
    assert "Remisstiden gick ut 15 oktober 2021" in body["task"]["value"]
    status_ = harness.bot.services.inputs.store  # type: ignore[union-attr]
    assert await status_.extensions() == {"kumla": dt.date(2021, 10, 15)}
    assert await status_.submitted_organisations() == {"kumla"}
    assert await status_.representatives("kumla") == ["aad-anna"]


async def test_remissvar_button_from_a_reminder_opens_the_dialog(bot: RunningBot) -> None:
    # The reminders put OPEN_REMISSVAR_ACTION on an Action.Submit with msteams task/fetch.
    body = await open_remissvar(bot, KUMLA_ANNA)
    assert body["task"]["type"] == "continue"
    # Pressed where no dialog opens (a plain Action.Submit): the overview card is sent instead.
    await bot.post(b.card_submit(bot.service_url, {"action": OPEN_REMISSVAR_ACTION}, KUMLA_ANNA))
    assert "Inget remissvar är påbörjat" in bot.connector.sent[-1].cards[0]["fallbackText"]


async def test_stale_and_forged_actions_get_a_polite_answer(bot: RunningBot) -> None:
    status, body = await bot.post(b.task_submit(bot.service_url, {"action": "remissvar.save", "version": "x"},
                                                KUMLA_ANNA))
    assert status == 200 and "öppna remissvaret igen" in body["task"]["value"]
    status, body = await bot.post(b.task_submit(bot.service_url, {"action": "inspel.old-name"}, KUMLA_ANNA))
    assert status == 200 and "fungerar inte längre" in body["task"]["value"]
    await bot.post(b.card_submit(bot.service_url, {"action": "org.choose", "organisation": "atlantis"}, PENDING_PER))
    assert "Välj en organisation i listan" in bot.connector.sent[-1].text


async def test_admin_commands_refuse_partners(bot: RunningBot) -> None:
    for command in ("status", "export", "anstånd Kumla 2021-10-15", "omröstning Fråga? | A | B"):
        await bot.post(b.personal_message(bot.service_url, command, KUMLA_ANNA))
        assert "bara för samordnarna" in bot.connector.sent[-1].text, command
