"""Issue 11 (trust, second pass): each test performs the attack the security probe found and
checks that it no longer works."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest

from tests import builders as b
from tests.conftest import RunningBot
from tests.input_support import InputBot


@pytest.fixture
async def harness(sqlite_url: str, tmp_path: Any, clock: Any, connector: Any) -> AsyncIterator[InputBot]:
    async with InputBot.running(sqlite_url, tmp_path, clock, connector) as harness:
        yield harness


@pytest.fixture
def bot(harness: InputBot) -> RunningBot:
    assert harness.bot is not None
    return harness.bot


# -- 11.9: the member cache is keyed and looked up by the same id --------------------------------
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
    from rusbot.consultation import OPEN_REMISSVAR_ACTION
    from tests.input_support import COORDINATOR, KUMLA_ANNA, card_of, submit_data

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
    _, opened = await bot.post(b.task_fetch(bot.service_url, OPEN_REMISSVAR_ACTION, KUMLA_ANNA))
    _, mallorys = await bot.post(b.task_fetch(bot.service_url, OPEN_REMISSVAR_ACTION, mallory))
    await bot.post(b.task_submit(bot.service_url, {**submit_data(card_of(mallorys), "Spara"),
                                                   "comment_vision": "Först"}, mallory))
    _, conflict = await bot.post(b.task_submit(bot.service_url, {**submit_data(card_of(opened), "Spara"),
                                                                 "comment_vision": "Sen"}, KUMLA_ANNA))
    # A poll whose question and options look like markdown.
    await bot.post(b.channel_message(bot.service_url, f"omröstning {HOSTILE}? | {HOSTILE} | Nej", COORDINATOR))
    await bot.post(b.personal_message(bot.service_url, f"När stänger remissen? {HOSTILE}", KUMLA_ANNA))
    seen = markdown_shown(bot, [card_of(conflict)])
    assert len(seen) >= 7, seen
    assert any(t.startswith("Bekräftat:") for t in seen) and any("sparade remissvaret" in t for t in seen)
