"""Who sees and changes what: every command of the command table, every card action of the action
table and the dialogs, tried as four roles against the real app over HTTP.

Roles: a partner of another organisation (Olle, Örebro), a partner whose link waits for a
coordinator (Per, chose Kumla), a confirmed partner (Berit, Kumla) and a coordinator. The data under
test is Kumla's: Anna's inspel and Kumla's remissvar draft, both carrying secret words.

For every probe and role the table says what happens: allowed (and which tables change) or refused
(and nothing changes). On top of that, for every probe: a partner never sees another organisation's
draft or anybody else's inspel, and the coordinator never sees a draft's content. The list of probes
is checked against the live tables, so a new command or action without a row fails the test.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import pytest
from sqlalchemy import delete, select

from bot.features import build_tables
from rusbot.consultation import OPEN_REMISSVAR_ACTION
from rusbot.input.forms import InspelContent, PollSpec, RemissvarContent
from rusbot.store.tables import Base
from tests import builders as b
from tests.conftest import RunningBot
from tests.input_support import COORDINATOR, KUMLA_BERIT, OREBRO_OLLE, PENDING_PER, InputBot

ROLES: dict[str, dict[str, Any]] = {"other": OREBRO_OLLE, "pending": PENDING_PER, "confirmed": KUMLA_BERIT,
                                    "coordinator": COORDINATOR}
PARTNERS = ("other", "pending", "confirmed")

SECRET_INSPEL = "hemligtinspelfrananna"        # Anna's (Kumla) inspel: nobody of the four sees it in a chat
SECRET_DRAFT = "hemligtutkastfrankumla"        # Kumla's unsubmitted draft: only Kumla's confirmed partner
OREBRO_INSPEL = "orebrosinspelfranolle"        # Olle's own inspel: only Olle
MAY_SEE = {"other": {OREBRO_INSPEL}, "pending": set(), "confirmed": {SECRET_DRAFT}, "coordinator": set()}

IGNORED_TABLES = {"conversations", "deliveries", "rate_gate",   # written by routing/reminders, not by features
                  "request_limits"}                          # and by the per-user limits (bot/limits.py)
ERASABLE = frozenset({"inspel", "org_links", "remissvar", "poll_votes", "reminder_preferences"})


@dataclass(frozen=True)
class Seeded:
    anna_inspel: int
    olle_inspel: int
    poll: int
    poll_ref: str                 # what the poll's card names it by (its key)
    meeting: str


@dataclass(frozen=True)
class Outcome:
    refused: bool = False
    says: str | None = None                       # in what the role gets back
    absent: tuple[str, ...] = ()                  # never in what the role gets back
    changes: frozenset[str] = frozenset()         # exactly these tables change
    check: Callable[[RunningBot, Seeded, str], Awaitable[None]] | None = None


def ok(says: str | None = None, changes: tuple[str, ...] | frozenset[str] = (), absent: tuple[str, ...] = (),
       check: Callable[[RunningBot, Seeded, str], Awaitable[None]] | None = None) -> Outcome:
    return Outcome(says=says, changes=frozenset(changes), absent=absent, check=check)


def refused(says: str) -> Outcome:
    return Outcome(refused=True, says=says)


COMMAND_REFUSED = refused("bara för samordnarna")      # the router's refusal of coordinator-only commands
ACTION_REFUSED = refused("bara samordnarna")          # ... and of coordinator-only card actions
NOT_CONFIRMED = refused("väntar på att en samordnare")
NOT_LINKED = refused("inte kopplad till någon organisation")


def coordinators_only(outcome: Outcome, refusal: Outcome = COMMAND_REFUSED) -> dict[str, Outcome]:
    return {**dict.fromkeys(PARTNERS, refusal), "coordinator": outcome}


def everyone(outcome: Outcome) -> dict[str, Outcome]:
    return dict.fromkeys(ROLES, outcome)


Send = Callable[[RunningBot, dict[str, Any], Seeded, str], dict[str, Any]]


def say(text: str | Callable[[Seeded], str]) -> Send:
    def send(bot: RunningBot, who: dict[str, Any], seeded: Seeded, role: str) -> dict[str, Any]:
        return b.personal_message(bot.service_url, text(seeded) if callable(text) else text, who)
    return send


def say_in_channel(text: str | Callable[[Seeded], str]) -> Send:
    return lambda bot, who, seeded, role: b.channel_message(bot.service_url, text(seeded) if callable(text) else text,
                                                            who)


def fetch(action: str, **data: Any) -> Send:
    return lambda bot, who, seeded, role: b.task_fetch(bot.service_url, action, who, **data)


def submit(data: Callable[[Seeded, str], dict[str, Any]]) -> Send:
    return lambda bot, who, seeded, role: b.task_submit(bot.service_url, data(seeded, role), who)


def press(data: Callable[[Seeded, str], dict[str, Any]]) -> Send:
    return lambda bot, who, seeded, role: b.card_submit(bot.service_url, data(seeded, role), who)


def execute(verb: str, data: Callable[[Seeded], dict[str, Any]]) -> Send:
    return lambda bot, who, seeded, role: b.card_execute(bot.service_url, verb, data(seeded), who,
                                                         b.channel_conversation())


@dataclass(frozen=True)
class Probe:
    key: str                      # the command id or card action id it exercises
    name: str
    send: Send
    expect: dict[str, Outcome] = field(default_factory=dict)


# -- checks that look further than the reply -------------------------------------------------------
async def _download(bot: RunningBot, text: str) -> str:
    """The first text download among the reply's links (CSV or JSON; the XLSX zip is skipped)."""
    for part in text.split("/exports/")[1:]:
        token = part.split('"', 1)[0].split("\\", 1)[0]
        async with bot.session.get(f"{bot.url}/exports/{token}") as response:
            assert response.status == 200
            body = await response.read()
        if not body.startswith(b"PK"):
            return body.decode("utf-8-sig", errors="replace")
    raise AssertionError("no text download in the reply")


async def export_has_no_drafts(bot: RunningBot, seeded: Seeded, output: str) -> None:
    content = await _download(bot, output)
    assert SECRET_INSPEL in content and SECRET_DRAFT not in content   # inspel are submitted, drafts are not


async def personal_data_is_complete(bot: RunningBot, seeded: Seeded, output: str) -> None:
    data = json.loads(await _download(bot, output))
    assert data["subject"]["user_aad_id"] == "aad-anna"
    assert [i["change"] for i in data["inspel"]] == [SECRET_INSPEL]   # article 15: what she wrote herself
    assert data["organisation_link"]["organisation_id"] == "kumla" and len(data["poll_votes"]) == 1


async def kumla_draft_untouched(bot: RunningBot, seeded: Seeded, output: str) -> None:
    record = await bot.services.inputs.store.remissvar("kumla")
    assert record is not None and record.content.comments == {"vision": SECRET_DRAFT} and record.version == 1
    orebro = await bot.services.inputs.store.remissvar("orebro")
    assert orebro is not None and orebro.content.comments == {"vision": "Örebros utkast"}


async def anna_erased_kumla_draft_gone(bot: RunningBot, seeded: Seeded, output: str) -> None:
    store = bot.services.inputs.store
    assert await store.link("aad-anna") is None and await store.own_inspel("aad-anna") == []
    assert await store.remissvar("kumla") is None                   # never submitted: the draft goes
    assert [i.author_aad_id for i in await store.active_inspel()] == ["aad-olle"]
    assert "allmänna handlingar" in output


NEW_INSPEL = {"action": "inspel.submit", "topic": "annat", "change": "Ett nytt inspel.", "reason": "Skäl."}
MEETING_FORM = {"action": "reminders.meeting.save", "name": "Extra möte", "date": "2021-04-20", "time": "13:00",
                "link": "https://teams.example/mote", "prepare": ""}
PARTNER_HELP = ok(says="hjälp", absent=("personuppgifter", "**status**", "**export**"))
CHOOSE = {"other": refused("Din e-postadress hör till"), "pending": ok(says="Du har valt Lekeberg",
                                                                        changes=("org_links",)),
          "confirmed": refused("Din e-postadress hör till"),
          "coordinator": ok(says="Du har valt Lekeberg", changes=("org_links",))}

PROBES: list[Probe] = [
    # -- commands ---------------------------------------------------------------------------------
    Probe("help", "hjälp", say("hjälp"), {**dict.fromkeys(PARTNERS, PARTNER_HELP),
                                           "coordinator": ok(says="personuppgifter")}),
    Probe("timeline", "tidplan", say("tidplan"), everyone(ok(says="Tidplan"))),
    Probe("inspel", "inspel (list own)", say("inspel"), {
        "other": ok(says=OREBRO_INSPEL), "pending": ok(), "confirmed": ok(), "coordinator": ok()}),
    Probe("inspel", "inspel stäng", say("inspel stäng"),
          coordinators_only(ok(says="stängd", changes=("input_flags",)), refused("bara samordnarna"))),
    Probe("inspel", "inspel (channel)", say_in_channel("inspel"), everyone(ok(says="Inspel till RUS"))),
    Probe("remissvar", "remissvar (overview)", say("remissvar"), {
        "other": ok(says="Örebro"), "pending": NOT_CONFIRMED, "confirmed": ok(says="Kumla"),
        "coordinator": NOT_LINKED}),
    Probe("remissvar", "remissvar (channel)", say_in_channel("remissvar"), everyone(ok(says="Öppna remissvaret"))),
    Probe("organisation", "organisation", say("organisation"), {
        "other": ok(says="**Örebro** (bekräftat)"), "pending": ok(says="väntar på att en samordnare"),
        "confirmed": ok(says="**Kumla** (bekräftat)"), "coordinator": ok(says="Per Privat")}),
    Probe("organisation", "organisation Lekeberg (choose)", say("organisation Lekeberg"), CHOOSE),
    Probe("organisation", "organisation bekräfta alla", say("organisation bekräfta alla"),
          coordinators_only(ok(says="Per Privat", changes=("org_links",)), refused("bara samordnarna"))),
    Probe("status", "status", say("status"), coordinators_only(ok(says="Status per remissinstans"))),
    Probe("export", "export", say("export"), coordinators_only(ok(says="/exports/", check=export_has_no_drafts))),
    Probe("export", "export (channel)", say_in_channel("export"), coordinators_only(ok(says="chatten med mig"))),
    Probe("extension", "anstånd Kumla", say("anstånd Kumla 2021-10-15"),
          coordinators_only(ok(says="Kumla har anstånd", changes=("remiss_extensions",)))),
    Probe("poll", "omröstning (post)", say("omröstning Vilken dag? | Tisdag | Onsdag"),
          coordinators_only(ok(says="Vilken dag?", changes=("polls",)))),
    Probe("poll", "omröstning stäng", say_in_channel(lambda s: f"omröstning stäng {s.poll}"),
          coordinators_only(ok(says="är stängd", changes=("polls",)))),
    Probe("reminders.list", "påminnelser", say("påminnelser"), everyone(ok(says="påminnelse"))),
    Probe("reminders.here", "påminnelser här (channel)", say_in_channel("påminnelser här"),
          coordinators_only(ok(says="påminnelserna kommer hit", changes=("reminder_channels",)))),
    Probe("reminders.off", "påminnelser av (channel)", say_in_channel("påminnelser av"),
          coordinators_only(ok(says="inga påminnelser här", changes=("reminder_channels",)))),
    Probe("nudges.off", "påminn mig av", say("påminn mig av"),
          everyone(ok(says="inga personliga påminnelser", changes=("reminder_preferences",)))),
    Probe("nudges.on", "påminn mig på", say("påminn mig på"),
          everyone(ok(says="jag påminner dig", changes=("reminder_preferences",)))),
    Probe("meetings.list", "möten", say("möten"), coordinators_only(ok(says="Möten"))),
    Probe("meetings.new", "nytt möte", say("nytt möte"), coordinators_only(ok(says="Fyll i mötet"))),
    Probe("meetings.move", "flytta möte", say(lambda s: f"flytta möte {s.meeting}"),
          coordinators_only(ok(says="Ändra det som ska ändras"))),
    Probe("meetings.cancel", "ställ in möte", say(lambda s: f"ställ in möte {s.meeting}"),
          coordinators_only(ok(says="är inställt", changes=("reminder_meetings",)))),
    Probe("personal_data", "personuppgifter (export)", say("personuppgifter aad-anna"),
          coordinators_only(ok(says="/exports/", check=personal_data_is_complete))),
    Probe("personal_data", "personuppgifter (channel)", say_in_channel("personuppgifter aad-anna"),
          coordinators_only(ok(says="chatten med mig"))),
    Probe("personal_data", "personuppgifter radera (asks)", say("personuppgifter radera aad-anna"),
          coordinators_only(ok(says="allmänna handlingar"))),
    Probe("personal_data", "personuppgifter radera bekräfta", say("personuppgifter radera aad-anna bekräfta"),
          coordinators_only(ok(says="Raderat om", changes=ERASABLE, check=anna_erased_kumla_draft_gone))),
    # -- dialogs and card actions -----------------------------------------------------------------
    Probe("inspel.open", "task/fetch inspel (new)", fetch("inspel.open"), {
        "other": ok(says="Inspel till RUS"), "pending": NOT_CONFIRMED, "confirmed": ok(says="Inspel till RUS"),
        "coordinator": NOT_LINKED}),
    Probe("inspel.open", "task/fetch Anna's inspel", lambda bot, who, s, role: b.task_fetch(
        bot.service_url, "inspel.open", who, inspel_id=s.anna_inspel), {
        "other": refused("inte bland dina"), "pending": NOT_CONFIRMED, "confirmed": refused("inte bland dina"),
        "coordinator": NOT_LINKED}),
    Probe("inspel.submit", "task/submit inspel (new)", submit(lambda s, role: NEW_INSPEL), {
        "other": ok(says="är sparat", changes=("inspel",)), "pending": NOT_CONFIRMED,
        "confirmed": ok(says="är sparat", changes=("inspel",)), "coordinator": NOT_LINKED}),
    Probe("inspel.submit", "task/submit edit Anna's inspel",
          submit(lambda s, role: {**NEW_INSPEL, "inspel_id": s.anna_inspel}), {
              "other": refused("inget ändrades"), "pending": NOT_CONFIRMED, "confirmed": refused("inget ändrades"),
              "coordinator": NOT_LINKED}),
    Probe("inspel.withdraw", "withdraw Anna's inspel",
          press(lambda s, role: {"action": "inspel.withdraw", "inspel_id": s.anna_inspel}),
          everyone(refused("inte bland dina"))),
    Probe(OPEN_REMISSVAR_ACTION, "task/fetch remissvar", fetch(OPEN_REMISSVAR_ACTION), {
        "other": ok(says="Örebro"), "pending": NOT_CONFIRMED, "confirmed": ok(says=SECRET_DRAFT),
        "coordinator": NOT_LINKED}),
    Probe(OPEN_REMISSVAR_ACTION, "remissvar button without a dialog",
          press(lambda s, role: {"action": OPEN_REMISSVAR_ACTION}), {
              "other": ok(says="Örebro"), "pending": NOT_CONFIRMED, "confirmed": ok(says="Kumla"),
              "coordinator": NOT_LINKED}),
    Probe("remissvar.save", "task/submit remissvar draft", submit(lambda s, role: {
        "action": "remissvar.save", "intent": "save", "version": 1 if role == "confirmed" else 0,
        "organisation": "kumla", "organisation_id": "kumla",            # forged: the link decides, not the form
        "comment_vision": "Örebros utkast" if role == "other" else "Berits utkast"}), {
        "other": ok(says="Utkastet är sparat", changes=("remissvar",), check=kumla_draft_untouched),
        "pending": NOT_CONFIRMED, "confirmed": ok(says="Utkastet är sparat", changes=("remissvar",)),
        "coordinator": NOT_LINKED}),
    Probe("org.choose", "choose Lekeberg (card)",
          press(lambda s, role: {"action": "org.choose", "organisation": "lekeberg"}), CHOOSE),
    Probe("org.confirm", "confirm Per's link (card)",
          press(lambda s, role: {"action": "org.confirm", "user": "aad-per", "organisation": "kumla"}),
          coordinators_only(ok(says="Bekräftat: Per Privat", changes=("org_links",)), ACTION_REFUSED)),
    Probe("poll.vote", "vote (Action.Execute)", execute("poll.vote", lambda s: {"poll_id": s.poll_ref, "option": 1}),
          everyone(ok(says="din röst är räknad", changes=("poll_votes",)))),
    Probe("poll.close", "close poll (Action.Execute)", execute("poll.close", lambda s: {"poll_id": s.poll_ref}),
          coordinators_only(ok(says="Omröstningen är stängd", changes=("polls",)), ACTION_REFUSED)),
    Probe("reminders.meeting.save", "meeting form (Action.Submit)", press(lambda s, role: MEETING_FORM),
          coordinators_only(ok(says="Sparat: **Extra möte**", changes=("reminder_meetings",)), ACTION_REFUSED)),
    Probe("inspel.more", "show more inspel (card)", press(lambda s, role: {"action": "inspel.more", "offset": 0}),
          everyone(ok(says="Inspel till RUS", absent=(SECRET_INSPEL,)))),
    Probe("remissvar.history", "all versions (card)",
          press(lambda s, role: {"action": "remissvar.history", "offset": 0}), {
              "other": ok(says="Inskickade versioner från Örebro"), "pending": NOT_CONFIRMED,
              "confirmed": ok(says="Inskickade versioner från Kumla"), "coordinator": NOT_LINKED}),
    Probe("org.pending", "show more waiting links (card)",
          press(lambda s, role: {"action": "org.pending", "offset": 0}),
          coordinators_only(ok(says="Per Privat"), ACTION_REFUSED)),
    Probe("coordination.status", "show more status (card)",
          press(lambda s, role: {"action": "coordination.status", "offset": 0}),
          coordinators_only(ok(says="Status per remissinstans"), ACTION_REFUSED)),
    Probe("coordination.unreachable", "show more unreachable targets (card)",
          press(lambda s, role: {"action": "coordination.unreachable", "offset": 0}),
          coordinators_only(ok(says="Påminnelser som inte når fram"), ACTION_REFUSED)),
    Probe("meetings.more", "show more meetings (card)",
          press(lambda s, role: {"action": "meetings.more", "offset": 0}),
          coordinators_only(ok(says="Möten"), ACTION_REFUSED)),
    Probe("reminders.more", "show more reminders (card)",
          press(lambda s, role: {"action": "reminders.more", "offset": 0}), everyone(ok(says="påminnelse"))),
    Probe("questions.ask", "suggested question (Action.Submit)",
          press(lambda s, role: {"action": "questions.ask", "question": "När öppnar remissen?"}),
          everyone(ok(says="mitten av juni"))),
    Probe("gdpr.delete", "erase button", press(lambda s, role: {"action": "gdpr.delete", "user": "aad-anna"}),
          coordinators_only(ok(says="Raderat om", changes=ERASABLE, check=anna_erased_kumla_draft_gone),
                            ACTION_REFUSED)),
]


# -- the state every probe starts from -------------------------------------------------------------
async def reset_and_seed(bot: RunningBot) -> Seeded:
    services = bot.services
    now = bot.clock.now()
    async with services.db.session() as session, session.begin():
        for table in reversed(Base.metadata.sorted_tables):
            if table.name not in IGNORED_TABLES:
                await session.execute(delete(table))
    store = services.inputs.store
    for aad, org, status, name, email in (
            ("aad-anna", "kumla", "confirmed", "Anna Andersson", None),
            ("aad-berit", "kumla", "confirmed", "Berit Berg", "berit.berg@kumla.se"),
            ("aad-olle", "orebro", "confirmed", "Olle Örn", "olle@orebro.se"),
            ("aad-per", "kumla", "pending", "Per Privat", "per@gmail.com")):
        await store.set_link(aad, org, status=status, source="domain" if status == "confirmed" else "choice",  # type: ignore[arg-type]
                             now=now, name=name, email=email)
    anna = await store.add_inspel("aad-anna", "kumla", InspelContent(topic="annat", change=SECRET_INSPEL,
                                                                     reason="Skäl"), now)
    olle = await store.add_inspel("aad-olle", "orebro", InspelContent(topic="annat", change=OREBRO_INSPEL,
                                                                      reason="Skäl"), now)
    await store.save_remissvar("kumla", RemissvarContent(comments={"vision": SECRET_DRAFT}), expected_version=0,
                               by="aad-anna", now=now, submit=False)
    poll = await store.create_poll(PollSpec(question="Vilken dag?", options=["Tisdag", "Onsdag"]),
                                   by="aad-samordnare", language="sv", now=now, service_url=bot.service_url,
                                   conversation_id=b.channel_conversation()["id"])
    await store.vote(poll.id, "aad-anna", 0, now)
    await services.reminders.settings.set_nudges("aad-anna", False, now)
    return Seeded(anna_inspel=anna.id, olle_inspel=olle.id, poll=poll.id, poll_ref=poll.ref,
                  meeting="avstamning-11-mars")


async def snapshot(bot: RunningBot) -> dict[str, list[str]]:
    tables: dict[str, list[str]] = {}
    async with bot.services.db.session() as session:
        for table in Base.metadata.sorted_tables:
            if table.name not in IGNORED_TABLES:
                rows = (await session.execute(select(table))).all()
                tables[table.name] = sorted(repr(tuple(row)) for row in rows)
    return tables


@pytest.fixture
async def harness(sqlite_url: str, tmp_path: Any, clock: Any, connector: Any) -> AsyncIterator[InputBot]:
    # One user runs every probe at one frozen moment: the per-user limits (tested on their own in
    # tests/protocol/test_request_limits.py) would answer most of them.
    async with InputBot.running(sqlite_url, tmp_path, clock, connector, limit_user_commands="off") as harness:
        yield harness


async def run_probe(bot: RunningBot, probe: Probe, role: str) -> list[str]:
    """The problems with one probe for one role (empty: as the table says)."""
    expected = probe.expect[role]
    seeded = await reset_and_seed(bot)
    await bot.services.inputs.polls.idle()
    before = await snapshot(bot)
    seen = len(bot.connector.requests)
    status, body = await bot.post(probe.send(bot, ROLES[role], seeded, role))
    await bot.services.inputs.polls.idle()
    after = await snapshot(bot)
    output = json.dumps([body, *(r.body for r in bot.connector.requests[seen:])], ensure_ascii=False)
    changed = {name for name in before if before[name] != after[name]}
    problems = []
    if status != 200:
        problems.append(f"HTTP {status}")
    if expected.refused and changed:
        problems.append(f"refused but changed {sorted(changed)}")
    if not expected.refused and changed != expected.changes:
        problems.append(f"changed {sorted(changed)}, expected {sorted(expected.changes)}")
    if expected.says and expected.says.casefold() not in output.casefold():
        problems.append(f"reply lacks {expected.says!r}: {output[:300]}")
    for word in expected.absent:
        if word in output:
            problems.append(f"reply shows {word!r}")
    for secret in {SECRET_INSPEL, SECRET_DRAFT, OREBRO_INSPEL} - MAY_SEE[role]:
        if secret in output:
            problems.append(f"reply shows {secret!r}, which {role} may not see")
    if expected.check is not None and not problems:
        try:
            await expected.check(bot, seeded, output)
        except AssertionError as exc:
            problems.append(f"check {expected.check.__name__} failed: {exc}")
    return [f"{probe.name} as {role}: {p}" for p in problems]


@pytest.mark.parametrize("role", list(ROLES))
async def test_roles_matrix(harness: InputBot, role: str) -> None:
    bot = harness.bot
    assert bot is not None
    problems: list[str] = []
    for probe in PROBES:
        problems.extend(await run_probe(bot, probe, role))
    assert not problems, "\n".join(problems)


def test_the_matrix_covers_every_command_and_action() -> None:
    commands, actions = build_tables()
    command_ids = {c.id for c in commands.commands}
    action_ids = set(actions.actions)
    covered = {p.key for p in PROBES}
    assert sorted((command_ids | action_ids) - covered) == [], "give every new command and card action a row"
    assert sorted(covered - command_ids - action_ids) == [], "rows for commands or actions that no longer exist"
    for probe in PROBES:
        assert set(probe.expect) == set(ROLES), f"{probe.name}: one expectation per role"
    # What the tables mark coordinator-only is refused to every partner in every row.
    restricted = {c.id for c in commands.commands if c.coordinator_only} | \
        {a.id for a in actions.actions.values() if a.coordinator_only}
    for probe in PROBES:
        if probe.key in restricted:
            assert all(probe.expect[r].refused for r in PARTNERS), probe.name
    counts = {"commands": len(command_ids), "actions": len(action_ids), "probes": len(PROBES),
              "cases": len(PROBES) * len(ROLES)}
    assert counts["cases"] >= 4 * (len(command_ids) + len(action_ids))


def test_dialogs_and_votes_are_in_the_matrix() -> None:
    """task/fetch and task/submit for inspel and remissvar, and Action.Execute poll votes."""
    names = {p.name for p in PROBES}
    assert {"task/fetch inspel (new)", "task/submit inspel (new)", "task/fetch remissvar",
            "task/submit remissvar draft", "vote (Action.Execute)"} <= names
