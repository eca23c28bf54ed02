"""The input store on SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import AsyncIterator

import pytest

from rusbot.consultation import ConsultationStatus
from rusbot.input.forms import InspelContent, PollSpec, RemissvarContent
from rusbot.input.store import InputStore, RemissvarConflict
from rusbot.store.db import open_database
from tests.conftest import stockholm

NOW = stockholm(2021, 9, 1, 10, 0)


@pytest.fixture
async def store(database_url: str) -> AsyncIterator[InputStore]:
    db = open_database(database_url)
    yield InputStore(db)
    await db.close()


async def test_links_pending_confirmed_and_representatives(store: InputStore) -> None:
    await store.set_link("u1", "kumla", status="confirmed", source="domain", now=NOW, name="Anna", email="a@kumla.se")
    await store.set_link("u2", "kumla", status="pending", source="choice", now=NOW, name="Per")
    assert await store.representatives("kumla") == ["u1"]
    assert [p.user_aad_id for p in await store.pending_links()] == ["u2"]
    # A stale confirm button for another organisation does nothing.
    assert await store.confirm_link("u2", by="c", now=NOW, organisation_id="nora") is None
    link = await store.confirm_link("u2", by="c", now=NOW, organisation_id="kumla")
    assert link is not None and link.confirmed and link.confirmed_by == "c"
    assert await store.representatives("kumla") == ["u1", "u2"]
    # Choosing again keeps the name when none is given.
    await store.set_link("u2", "nora", status="pending", source="choice", now=NOW)
    link = await store.link("u2")
    assert link is not None and link.organisation_id == "nora" and link.status == "pending" and link.name == "Per"


async def test_inspel_add_update_withdraw_only_by_the_author(store: InputStore) -> None:
    content = InspelContent(topic="annat", change="Ändra", reason="För att")
    first = await store.add_inspel("u1", "kumla", content, NOW)
    second = await store.add_inspel("u1", "kumla", content, NOW)
    assert (first.id, second.id) == (1, 2)
    assert await store.update_inspel(1, "u2", content.model_copy(update={"change": "Kapat"}), NOW) is None
    updated = await store.update_inspel(1, "u1", content.model_copy(update={"change": "Bättre"}), NOW)
    assert updated is not None and updated.change == "Bättre"
    assert not await store.withdraw_inspel(2, "u2", NOW)
    assert await store.withdraw_inspel(2, "u1", NOW)
    assert not await store.withdraw_inspel(2, "u1", NOW)
    assert [r.id for r in await store.own_inspel("u1")] == [1]
    assert [r.id for r in await store.active_inspel()] == [1]


async def test_remissvar_compare_and_set_revisions_and_status(store: InputStore) -> None:
    draft = RemissvarContent(comments={"general": "Utkast"})
    saved = await store.save_remissvar("kumla", draft, expected_version=0, by="u1", now=NOW, submit=False)
    assert saved.record.version == 1 and saved.revision is None
    with pytest.raises(RemissvarConflict) as caught:
        await store.save_remissvar("kumla", draft, expected_version=0, by="u2", now=NOW, submit=False)
    assert caught.value.current is not None and caught.value.current.version == 1
    final = RemissvarContent(position="tillstyrker", decided_by="KS", decision_date=dt.date(2021, 8, 30))
    result = await store.save_remissvar("kumla", final, expected_version=1, by="u2", now=NOW, submit=True)
    assert result.revision is not None and result.revision.revision == 1 and result.record.receipt == "RV-00001"
    with pytest.raises(RemissvarConflict):
        await store.save_remissvar("kumla", final, expected_version=1, by="u1", now=NOW, submit=True)
    later = NOW + dt.timedelta(hours=1)
    await store.save_remissvar("kumla", final.model_copy(update={"position": "avstyrker"}), expected_version=2,
                               by="u1", now=later, submit=False)
    record = await store.remissvar("kumla")
    assert record is not None and record.unsent_changes and record.submitted_revision == 1
    # The export sees the submitted revision, never the later draft.
    [latest] = await store.latest_revisions()
    assert latest.content.position == "tillstyrker"
    await store.save_remissvar("kumla", final.model_copy(update={"position": "avstyrker"}), expected_version=3,
                               by="u1", now=later, submit=True)
    assert [r.revision for r in await store.revisions("kumla")] == [1, 2]
    [latest] = await store.latest_revisions()
    assert latest.content.position == "avstyrker" and latest.receipt == "RV-00002"
    [state] = await store.overview(["kumla"])
    assert state.remissvar == "submitted" and state.receipt == "RV-00002" and not state.unsent_changes


async def test_concurrent_saves_on_one_version_let_exactly_one_through(store: InputStore) -> None:
    await store.save_remissvar("nora", RemissvarContent(), expected_version=0, by="u0", now=NOW, submit=False)

    async def save(who: str) -> str:
        try:
            await store.save_remissvar("nora", RemissvarContent(comments={"general": who}), expected_version=1,
                                       by=who, now=NOW, submit=False)
            return "saved"
        except RemissvarConflict:
            return "conflict"

    results = await asyncio.gather(*(save(f"u{i}") for i in range(1, 9)))
    assert sorted(results) == ["conflict"] * 7 + ["saved"]
    record = await store.remissvar("nora")
    assert record is not None and record.version == 2


async def test_concurrent_first_saves_let_exactly_one_through(store: InputStore) -> None:
    async def save(who: str) -> str:
        try:
            await store.save_remissvar("laxa", RemissvarContent(comments={"general": who}), expected_version=0,
                                       by=who, now=NOW, submit=False)
            return "saved"
        except RemissvarConflict:
            return "conflict"

    results = await asyncio.gather(*(save(f"u{i}") for i in range(6)))
    assert sorted(results) == ["conflict"] * 5 + ["saved"]


async def test_consultation_status_protocol(store: InputStore) -> None:
    status: ConsultationStatus = store
    assert await status.submitted_organisations() == set()
    await store.grant_extension("kumla", dt.date(2021, 10, 15), by="c", now=NOW)
    await store.grant_extension("kumla", dt.date(2021, 10, 20), by="c", now=NOW)
    assert await status.extensions() == {"kumla": dt.date(2021, 10, 20)}
    await store.set_link("u1", "kumla", status="confirmed", source="domain", now=NOW)
    assert await status.representatives("kumla") == ["u1"]
    await store.save_remissvar("kumla", RemissvarContent(position="avstar"), expected_version=0, by="u1", now=NOW,
                               submit=True)
    assert await status.submitted_organisations() == {"kumla"}


async def test_polls_one_vote_per_person(store: InputStore) -> None:
    poll = await store.create_poll(PollSpec(question="Q", options=["A", "B"], closes_at=NOW + dt.timedelta(hours=1)),
                                   by="c", language="sv", now=NOW)
    assert await store.vote(poll.id, "u1", 0, NOW)
    assert await store.vote(poll.id, "u1", 1, NOW)
    assert await store.vote(poll.id, "u2", 1, NOW)
    assert not await store.vote(poll.id, "u3", 5, NOW)
    assert not await store.vote(poll.id, "u3", 0, NOW + dt.timedelta(hours=1))
    state = await store.poll(poll.id)
    assert state is not None and state.tally == [0, 2] and state.voters == 2
    assert await store.close_poll(poll.id, NOW)
    assert not await store.close_poll(poll.id, NOW)
    assert not await store.vote(poll.id, "u4", 0, NOW)


async def test_flags(store: InputStore) -> None:
    assert await store.inspel_open()
    await store.set_flag("inspel_round", "closed", NOW)
    assert not await store.inspel_open()
    await store.set_flag("inspel_round", "open", NOW)
    assert await store.inspel_open()


async def test_polls_to_close_and_the_next_closing_time(database_url: str) -> None:
    import datetime as dt

    from rusbot.input.forms import PollSpec
    from rusbot.input.store import InputStore
    from rusbot.store.db import open_database

    db = open_database(database_url)
    try:
        store = InputStore(db)
        at = dt.datetime(2021, 2, 16, 12, 0, tzinfo=dt.UTC)
        early = await store.create_poll(PollSpec(question="A?", options=["Ja", "Nej"], closes_at=at),
                                        by="aad-c", language="sv", now=at - dt.timedelta(days=1))
        await store.create_poll(PollSpec(question="B?", options=["Ja", "Nej"], closes_at=at + dt.timedelta(hours=1)),
                                by="aad-c", language="sv", now=at - dt.timedelta(days=1))
        await store.create_poll(PollSpec(question="C?", options=["Ja", "Nej"]), by="aad-c", language="sv",
                                now=at - dt.timedelta(days=1))
        assert await store.next_poll_closing() == at
        assert await store.polls_to_close(at - dt.timedelta(seconds=1)) == []
        assert await store.polls_to_close(at) == [(early.id, at)]
        assert await store.close_poll(early.id, at)
        assert await store.next_poll_closing() == at + dt.timedelta(hours=1)
    finally:
        await db.close()
