"""Who sees and changes what in the Teams tab: every tab endpoint, tried as the four roles of
tests/protocol/test_roles_matrix.py and as nobody signed in, against the real app over HTTP.

The data is that matrix's (Anna's and Olle's inspel, Kumla's unsubmitted draft) plus Örebro's
submitted remissvar. For every probe and role the table says the status, what the answer must and
must not show and which tables change. On top of that, for every probe: the tab never shows a
draft's text (not even to its own organisation: drafts live in the chat), a partner never sees
another organisation's row or remissvar nor anybody else's inspel, and nobody signed in sees
anything but the sign-in page. The probes are checked against the app's routes, so a new tab
endpoint without a row fails the test.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from rusbot.input.forms import RemissvarContent
from tests.conftest import RunningBot
from tests.input_support import InputBot
from tests.protocol.test_roles_matrix import (
    OREBRO_INSPEL,
    ROLES,
    SECRET_DRAFT,
    SECRET_INSPEL,
    Seeded,
    reset_and_seed,
    snapshot,
)
from tests.tab_support import as_user, tab_get, tab_post

OREBRO_SUBMITTED = "orebrosinlamnaderemissvar"
TAB_ROLES = (*ROLES, "nobody")
PARTNERS = ("other", "pending", "confirmed")
MAY_SEE = {"other": {OREBRO_INSPEL, OREBRO_SUBMITTED}, "pending": set(), "confirmed": set(),
           "coordinator": {SECRET_INSPEL, OREBRO_INSPEL, OREBRO_SUBMITTED}, "nobody": set()}
ALL_SECRETS = {SECRET_DRAFT, SECRET_INSPEL, OREBRO_INSPEL, OREBRO_SUBMITTED}


@dataclass(frozen=True)
class Expect:
    status: int
    says: str | None = None
    absent: tuple[str, ...] = ()
    changes: frozenset[str] = frozenset()


@dataclass(frozen=True)
class TabProbe:
    route: str                      # the route it exercises, as registered
    name: str
    method: str
    path: str                       # {anna}, {olle} filled from the seed
    expect: dict[str, Expect] = field(default_factory=dict)
    body: dict[str, str] | None = None


def everyone(outcome: Expect) -> dict[str, Expect]:
    return dict.fromkeys(TAB_ROLES, outcome)


def signed_in(outcome: Expect, *, pending: Expect | None = None) -> dict[str, Expect]:
    """What a page for everyone with a role gives; nobody: 401; a pending link: the access page."""
    return {**dict.fromkeys(("other", "confirmed", "coordinator"), outcome),
            "pending": pending or Expect(403, says="Du har valt Kumla"), "nobody": Expect(401, says="sign in")}


def coordinators_only(outcome: Expect) -> dict[str, Expect]:
    return {"other": Expect(403, says="bara för samordnarna"), "confirmed": Expect(403, says="bara för samordnarna"),
            "pending": Expect(403, says="Du har valt Kumla"), "nobody": Expect(401, says="sign in"),
            "coordinator": outcome}


def readable_by(*roles: str, says: str) -> dict[str, Expect]:
    """A record page: 200 for `roles`; 404 (as if it did not exist) for the other signed-in roles."""
    found = {r: Expect(200, says=says) if r in roles else Expect(404) for r in ("other", "confirmed", "coordinator")}
    return {**found, "pending": Expect(403, says="Du har valt Kumla"), "nobody": Expect(401)}


MEETING = {"name": "Extra möte", "date": "2021-04-20", "time": "13:00"}
CHANGE = frozenset({"reminder_meetings"})
COORDINATOR_CHANGE = {"other": Expect(403), "confirmed": Expect(403), "pending": Expect(403),
                      "nobody": Expect(401)}

TAB_PROBES: list[TabProbe] = [
    TabProbe("/tab", "redirect to the sign-in page", "GET", "/tab", everyone(Expect(302))),
    TabProbe("/tab/", "sign-in page", "GET", "/tab/", everyone(Expect(200, says='data-mode="local"'))),
    TabProbe("/tab/config", "channel tab configuration page", "GET", "/tab/config",
             everyone(Expect(200, says="config-form"))),
    TabProbe("/tab/static", "page script", "GET", "/tab/static/tab.js", everyone(Expect(200, says="use strict"))),
    TabProbe("/tab/api/local/people", "local mode's chooser", "GET", "/tab/api/local/people",
             everyone(Expect(200, says="local-nobody"))),
    TabProbe("/tab/api/session", "session", "GET", "/tab/api/session", {
        "other": Expect(200, says='"representative"'), "confirmed": Expect(200, says='"representative"'),
        "pending": Expect(200, says='"none"'), "coordinator": Expect(200, says='"coordinator"'),
        "nobody": Expect(401)}),
    TabProbe("/tab/api/view/{page}", "how to get access", "GET", "/tab/api/view/access", {
        **dict.fromkeys(("other", "confirmed", "coordinator"), Expect(200)),
        "pending": Expect(200, says="Du har valt Kumla"), "nobody": Expect(401)}),
    TabProbe("/tab/api/view/{page}", "Översikt", "GET", "/tab/api/view/overview",
             signed_in(Expect(200, says="Tidplanen"))),
    TabProbe("/tab/api/view/{page}", "Remissvar", "GET", "/tab/api/view/remissvar", {
        "other": Expect(200, says="Örebro", absent=("Kumla", "har svarat")),
        "confirmed": Expect(200, says="Kumla", absent=("Örebro", "har svarat")),
        "coordinator": Expect(200, says="1 av 17 har svarat"),
        "pending": Expect(403, says="Du har valt Kumla"), "nobody": Expect(401)}),
    TabProbe("/tab/api/view/{page}/{item}", "Örebro's submitted remissvar", "GET", "/tab/api/view/remissvar/orebro",
             readable_by("other", "coordinator", says=OREBRO_SUBMITTED)),
    TabProbe("/tab/api/view/{page}/{item}", "Kumla's draft as a remissvar", "GET", "/tab/api/view/remissvar/kumla",
             readable_by(says="")),
    TabProbe("/tab/api/view/{page}", "Inspel", "GET", "/tab/api/view/inspel", {
        "other": Expect(200, says=OREBRO_INSPEL), "confirmed": Expect(200, says="Visar 0 av 0"),
        "coordinator": Expect(200, says=SECRET_INSPEL), "pending": Expect(403), "nobody": Expect(401)}),
    TabProbe("/tab/api/view/{page}", "Inspel filtered to Kumla", "GET", "/tab/api/view/inspel?organisation=kumla", {
        "other": Expect(200, says="Visar 0 av 0"), "confirmed": Expect(200, says="Visar 0 av 0"),
        "coordinator": Expect(200, says=SECRET_INSPEL), "pending": Expect(403), "nobody": Expect(401)}),
    TabProbe("/tab/api/view/{page}/{item}", "Anna's inspel", "GET", "/tab/api/view/inspel/{anna}",
             readable_by("coordinator", says=SECRET_INSPEL)),
    TabProbe("/tab/api/view/{page}/{item}", "Olle's inspel", "GET", "/tab/api/view/inspel/{olle}",
             readable_by("other", "coordinator", says=OREBRO_INSPEL)),
    TabProbe("/tab/api/view/{page}", "Möten och påminnelser", "GET", "/tab/api/view/meetings",
             coordinators_only(Expect(200, says="Kommande påminnelser"))),
    TabProbe("/tab/api/view/{page}", "move form", "GET", "/tab/api/view/meetings?edit=avstamning-11-mars",
             coordinators_only(Expect(200, says="Flytta mötet"))),
    TabProbe("/tab/api/view/{page}", "cancel confirmation", "GET", "/tab/api/view/meetings?cancel=avstamning-11-mars",
             coordinators_only(Expect(200, says="Ställa in mötet?"))),
    TabProbe("/tab/api/view/{page}", "Export", "GET", "/tab/api/view/export",
             coordinators_only(Expect(200, says="/exports/"))),
    TabProbe("/tab/api/meetings", "add a meeting", "POST", "/tab/api/meetings",
             {**COORDINATOR_CHANGE, "coordinator": Expect(200, says="Sparat: Extra möte", changes=CHANGE)},
             body=MEETING),
    TabProbe("/tab/api/meetings", "move a meeting", "POST", "/tab/api/meetings",
             {**COORDINATOR_CHANGE, "coordinator": Expect(200, says="Sparat: Avstämning", changes=CHANGE)},
             body={**MEETING, "id": "avstamning-11-mars", "name": "Avstämning med partnerskapet"}),
    TabProbe("/tab/api/meetings/cancel", "cancel a meeting", "POST", "/tab/api/meetings/cancel",
             {**COORDINATOR_CHANGE, "coordinator": Expect(200, says="är inställt", changes=CHANGE)},
             body={"id": "avstamning-11-mars"}),
]


def headers_for(role: str) -> dict[str, str]:
    if role == "nobody":
        return {}
    return as_user(ROLES[role]["aadObjectId"])


async def seed(bot: RunningBot) -> Seeded:
    seeded = await reset_and_seed(bot)
    await bot.services.inputs.store.save_remissvar(
        "orebro", RemissvarContent(position="tillstyrker", comments={"vision": OREBRO_SUBMITTED},
                                   decided_by="Kommunstyrelsen"),
        expected_version=0, by="aad-olle", now=bot.clock.now(), submit=True)
    return seeded


async def run_probe(bot: RunningBot, probe: TabProbe, role: str) -> list[str]:
    expected = probe.expect[role]
    seeded = await seed(bot)
    before = await snapshot(bot)
    path = probe.path.format(anna=seeded.anna_inspel, olle=seeded.olle_inspel)
    headers = headers_for(role)
    if probe.method == "GET":
        response = await tab_get(bot, path, headers)
    else:
        response = await tab_post(bot, path, probe.body, headers, csrf=role != "nobody")
    after = await snapshot(bot)
    changed = {name for name in before if before[name] != after[name]}
    problems = []
    if response.status != expected.status:
        problems.append(f"HTTP {response.status}, expected {expected.status}: {response.text[:200]}")
    if changed != expected.changes:
        problems.append(f"changed {sorted(changed)}, expected {sorted(expected.changes)}")
    if expected.says and expected.says not in response.text:
        problems.append(f"answer lacks {expected.says!r}: {response.text[:300]}")
    for word in expected.absent:
        if word in response.text:
            problems.append(f"answer shows {word!r}")
    for secret in ALL_SECRETS - MAY_SEE[role]:
        if secret in response.text:
            problems.append(f"answer shows {secret!r}, which {role} may not see")
    if role == "nobody" and probe.route.startswith("/tab/api/") and probe.route != "/tab/api/local/people" \
            and response.status != 401:
        problems.append("an unauthenticated request got past the sign-in page")
    return [f"{probe.name} as {role}: {p}" for p in problems]


@pytest.mark.parametrize("role", TAB_ROLES)
async def test_tab_roles_matrix(harness: InputBot, role: str) -> None:
    bot = harness.bot
    assert bot is not None
    problems: list[str] = []
    for probe in TAB_PROBES:
        problems.extend(await run_probe(bot, probe, role))
    assert not problems, "\n".join(problems)


async def test_the_matrix_covers_every_tab_endpoint(harness: InputBot) -> None:
    bot = harness.bot
    assert bot is not None
    routes = {(route.method, route.resource.canonical) for route in bot.app.router.routes()
              if route.resource is not None and route.resource.canonical.startswith("/tab") and route.method != "HEAD"}
    covered = {(p.method, p.route) for p in TAB_PROBES}
    assert sorted(routes - covered) == [], "give every new tab endpoint a row"
    assert sorted(covered - routes) == [], "rows for endpoints that no longer exist"
    for probe in TAB_PROBES:
        assert set(probe.expect) == set(TAB_ROLES), f"{probe.name}: one expectation per role"
    pages = {p.path.split("?")[0] for p in TAB_PROBES if p.route == "/tab/api/view/{page}"}
    assert {f"/tab/api/view/{page}" for page in ("overview", "remissvar", "inspel", "meetings", "export")} <= pages
