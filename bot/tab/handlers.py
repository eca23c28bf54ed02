"""The tab's HTTP endpoints. Every `/tab/api/` request is authenticated (bot/tab/identity.py) and
mapped to a role (rusbot/tab/roles.py) before anything is read; a page a role may not see answers
403 with a page saying so, never a part of it. The sign-in page (`/tab/`), the channel tab's
configuration page and the static files carry no data at all.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections import Counter, defaultdict
from dataclasses import dataclass
from importlib import resources
from typing import Any

from aiohttp import web
from sqlalchemy import select

from bot.appkeys import SERVICES, SETTINGS
from bot.http import as_unicode
from bot.tab import pages
from bot.tab.identity import TokenCheck, Unauthenticated, authenticate
from bot.tab.security import CSRF_HEADER, cross_site_problem, csrf_token, csrf_valid, local_request_problem
from rusbot.i18n import format_date, join_list
from rusbot.input.forms import record_id, storable
from rusbot.input.signing import export_token
from rusbot.input.tables import OrgLink
from rusbot.process.model import Language
from rusbot.tab.picture import timeline_picture
from rusbot.tab.readmodel import InspelFilter, TabReadModel, organisation_name
from rusbot.tab.roles import Viewer, coordinator_names, viewer_for
from scheduling import meetings as meeting_book
from scheduling import texts
from scheduling.plan import Reminder, consultation_deadline, meetings, plan, reminders, utc
from scheduling.texts import describe_unreachable

log = logging.getLogger(__name__)

MAX_JSON_BYTES = 16 * 1024
UPCOMING_MEETINGS = 5
PLANNED_SHOWN = 15
PAGES = {"coordinator": ("overview", "remissvar", "inspel", "meetings", "export"),
         "representative": ("overview", "remissvar", "inspel"), "none": ()}


@dataclass(frozen=True)
class TabState:
    read: TabReadModel
    check_token: TokenCheck | None
    coordinators: frozenset[str]


TAB: web.AppKey[TabState] = web.AppKey("tab", TabState)
TEAMS_JS_TAG = '<script src="/tab/static/vendor/MicrosoftTeams.min.js" defer></script>\n'


def language_of(request: web.Request) -> Language:
    return "en" if request.query.get("lang", "").lower().startswith("en") else "sv"


def _html(body: str, status: int = 200) -> web.Response:
    return web.Response(text=body, status=status, content_type="text/html", charset="utf-8")


def _problem(status: int, message: str) -> web.Response:
    headers = {"WWW-Authenticate": 'Bearer realm="rusbot-tab"'} if status == 401 else None
    return web.json_response({"error": message}, status=status, headers=headers)


async def _viewer(request: web.Request) -> Viewer | web.Response:
    settings = request.app[SETTINGS]
    if not settings.production:
        problem = local_request_problem(request)
        if problem:
            log.warning("tab: refused a local-mode request (%s)", problem)
            return _problem(403, "local mode answers loopback only")
    state = request.app[TAB]
    identity = await authenticate(request, settings, state.check_token)
    if isinstance(identity, Unauthenticated):
        return _problem(503, "try again") if identity.retry else _problem(401, "sign in")
    if settings.production and not settings.tenants_allowed([identity.tenant_id] if identity.tenant_id else []):
        log.warning("tab: refused a user from a tenant not on the allow-list")
        return _problem(403, "tenant not allowed")
    return await viewer_for(identity, state.coordinators, request.app[SERVICES].inputs.store,
                            by_email=settings.coordinators_by_email)


# -- pages without data -------------------------------------------------------------------------------
def _static_text(name: str) -> str:
    return resources.files("bot.tab").joinpath("static", name).read_text(encoding="utf-8")


async def shell(request: web.Request) -> web.Response:
    """The sign-in page: the frame tab.js fills once it knows who is looking."""
    settings = request.app[SETTINGS]
    if not settings.production and (problem := local_request_problem(request)):
        return _problem(403, problem)
    mode = "production" if settings.production else "local"
    # Local mode never runs inside Teams: it does not load the Teams library at all.
    teams_js = TEAMS_JS_TAG if settings.production else ""
    body = _static_text("tab.html").replace("{{MODE}}", mode).replace("{{LANG}}", language_of(request))
    return _html(body.replace("{{TEAMS_JS}}", teams_js))


async def configuration(request: web.Request) -> web.Response:
    """The channel tab's configuration page (Teams shows it when the tab is added to a channel)."""
    return _html(_static_text("config.html").replace("{{LANG}}", language_of(request)))


async def redirect_to_shell(request: web.Request) -> web.Response:
    raise web.HTTPFound("/tab/" + (f"?{request.query_string}" if request.query_string else ""))


# -- session ------------------------------------------------------------------------------------------
async def session(request: web.Request) -> web.Response:
    viewer = await _viewer(request)
    if isinstance(viewer, web.Response):
        return viewer
    services = request.app[SERVICES]
    organisation = viewer.organisation_id or viewer.pending_organisation_id
    return web.json_response({
        "name": viewer.identity.name or viewer.identity.email or viewer.identity.user_id,
        "role": viewer.role,
        "organisation": organisation_name(services.process, organisation) if organisation else None,
        "pages": list(PAGES[viewer.role]),
        "csrf": csrf_token(services.inputs.key(), viewer.identity.user_id),
    })


async def local_people(request: web.Request) -> web.Response:
    """Local mode's "who are you?": the coordinators named in the settings and everyone linked to an
    organisation, plus somebody without access. 404 in production, where Teams says who you are."""
    settings = request.app[SETTINGS]
    if settings.production:
        raise web.HTTPNotFound()
    if problem := local_request_problem(request):
        return _problem(403, problem)
    services = request.app[SERVICES]
    people: list[dict[str, Any]] = []
    for name in (*settings.coordinators, *services.process.deployment.coordinators):
        email = name if "@" in name else None
        people.append({"id": name, "email": email, "name": None, "role": "coordinator", "organisation": None})
    async with services.db.session() as db:
        links = (await db.execute(select(OrgLink.user_aad_id, OrgLink.name, OrgLink.email, OrgLink.organisation_id,
                                         OrgLink.status).order_by(OrgLink.organisation_id, OrgLink.user_aad_id))).all()
    for link in links:
        people.append({"id": link.user_aad_id, "name": link.name, "email": link.email,
                       "role": "representative" if link.status == "confirmed" else "pending",
                       "organisation": organisation_name(services.process, link.organisation_id)})
    people.append({"id": "local-nobody", "name": None, "email": None, "role": "none", "organisation": None})
    return web.json_response({"people": people})


# -- views --------------------------------------------------------------------------------------------
async def view(request: web.Request) -> web.Response:
    viewer = await _viewer(request)
    if isinstance(viewer, web.Response):
        return viewer
    services = request.app[SERVICES]
    language = language_of(request)
    name = request.match_info["page"]
    item = request.match_info.get("item")
    if name == "access" and item is None:
        # The page for somebody signed in without a role: how to get access (the page the tab opens for them).
        return _html(pages.access_page(viewer, services.process, language))
    if viewer.role == "none":
        return _html(pages.access_page(viewer, services.process, language), status=403)
    if name not in PAGES[viewer.role]:
        return _html(pages.access_page(viewer, services.process, language, coordinators_only=True), status=403)
    if name == "overview" and item is None:
        return _html(await overview(request, language))
    if name == "remissvar":
        return await (remissvar_read(request, viewer, item, language) if item is not None
                      else remissvar(request, viewer, language))
    if name == "inspel":
        return await (inspel_read(request, viewer, item, language) if item is not None
                      else inspel(request, viewer, language))
    if name == "meetings" and item is None:
        return await meetings_view(request, language)
    if name == "export" and item is None:
        return export(request, viewer, language)
    raise web.HTTPNotFound()


async def overview(request: web.Request, language: Language) -> str:
    services = request.app[SERVICES]
    now = services.clock.now()
    picture = timeline_picture(services.process, now, language)
    found = meetings(services.process, await services.reminders.meeting_changes())
    upcoming = [m for m in found if m.day >= now.date()][:UPCOMING_MEETINGS]
    return pages.overview_page(picture, upcoming, services.calendar_url, language)


async def remissvar(request: web.Request, viewer: Viewer, language: Language) -> web.Response:
    services = request.app[SERVICES]
    read = request.app[TAB].read
    if viewer.coordinator:
        overview_ = await read.remissvar()
        item = services.process.consultation_item
        chart_span = None
        if item is not None and item.first is not None:
            start = item.first.earliest
            today = services.clock.now().date()
            last = consultation_deadline(services.process) or today
            extensions = [r.extension_until for r in overview_.rows if r.extension_until]
            chart_span = (start, max(start + dt.timedelta(days=1), min(today, max([last, *extensions]))))
    else:
        assert viewer.organisation_id is not None
        overview_ = await read.remissvar([viewer.organisation_id])
        chart_span = None
    return _html(pages.remissvar_page(overview_, viewer, language, chart_span=chart_span))


async def remissvar_read(request: web.Request, viewer: Viewer, organisation_id: str,
                         language: Language) -> web.Response:
    services = request.app[SERVICES]
    if not organisation_id.isprintable() or storable(organisation_id) != organisation_id:
        # NUL and other junk is no organisation id (PostgreSQL would refuse it in the query: a 500).
        raise web.HTTPBadRequest(text="not an organisation id")
    # Another organisation's response (or one that is none) answers as if it did not exist.
    if not viewer.may_see_organisation(organisation_id) or \
            organisation_id not in {o.id for o in services.process.organisations}:
        raise web.HTTPNotFound()
    wanted = request.query.get("revision")
    revision = record_id(wanted) if wanted else None
    if wanted and revision is None:
        raise web.HTTPBadRequest(text="revision must be a number")
    history = await services.inputs.store.revisions(organisation_id)
    if not history:
        raise web.HTTPNotFound()
    chosen = history[-1]
    if revision is not None:
        matching = [r for r in history if r.revision == revision]
        if not matching:
            raise web.HTTPNotFound()
        chosen = matching[0]
    return _html(pages.remissvar_read_page(services.process, organisation_id, chosen, history, language))


def _date_param(request: web.Request, name: str) -> dt.date | None:
    value = request.query.get(name, "").strip()
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise web.HTTPBadRequest(text=f"{name} must be a date (YYYY-MM-DD)") from None


async def inspel(request: web.Request, viewer: Viewer, language: Language) -> web.Response:
    services = request.app[SERVICES]
    topics = {t.id for t in services.process.inspel_topics}
    organisations = {o.id for o in services.process.organisations}
    topic = request.query.get("topic") or None
    organisation = request.query.get("organisation") or None
    if (topic is not None and topic not in topics) or (organisation is not None and organisation not in organisations):
        raise web.HTTPBadRequest(text="unknown topic or organisation")
    page = record_id(request.query.get("p", "1"))
    if page is None:
        raise web.HTTPBadRequest(text="p must be a number")
    wanted = InspelFilter(topic=topic, organisation=organisation, since=_date_param(request, "since"),
                          until=_date_param(request, "until"))
    author = None if viewer.coordinator else viewer.identity.user_id
    found = await request.app[TAB].read.inspel(wanted, author=author)
    return _html(pages.inspel_page(services.process, found, wanted, viewer, language, page=page))


async def inspel_read(request: web.Request, viewer: Viewer, item: str, language: Language) -> web.Response:
    services = request.app[SERVICES]
    inspel_id = record_id(item)
    if inspel_id is None:
        # "²" passed str.isdigit() and then int() raised: a 500. Only a whole number in range is an id.
        raise web.HTTPBadRequest(text="not an inspel id")
    record = await services.inputs.store.inspel(inspel_id)
    # Someone else's inspel answers as if it did not exist.
    if record is None or record.withdrawn_at is not None or \
            (not viewer.coordinator and record.author_aad_id != viewer.identity.user_id):
        raise web.HTTPNotFound()
    return _html(pages.inspel_read_page(services.process, record, language))


def export(request: web.Request, viewer: Viewer, language: Language) -> web.Response:
    services = request.app[SERVICES]
    base = services.settings.effective_public_url
    now = services.clock.now()
    key = services.inputs.key()
    csv_url, xlsx_url = (f"{base}/exports/{export_token(key, fmt, viewer.identity.user_id, now)}"
                         for fmt in ("csv", "xlsx"))
    log.info("export links made in the tab for %s", viewer.identity.user_id)
    return _html(pages.export_page(csv_url, xlsx_url, language))


# -- meetings and reminders ---------------------------------------------------------------------------
def _nudge_text(group: list[Reminder], language: Language, names: dict[str, str]) -> str:
    first = group[0]
    when = texts.describe(first, language).split(" – ")[0]
    orgs = join_list([names.get(r.organisation or "", r.organisation or "") for r in group], language)
    return (f"{when} – personal reminders to {orgs}, which have not answered" if language == "en"
            else f"{when} – personliga påminnelser till {orgs} som inte svarat")


async def meetings_view(request: web.Request, language: Language, *, message: str | None = None,
                        values: dict[str, str] | None = None, error: str | None = None,
                        status: int = 200) -> web.Response:
    services = request.app[SERVICES]
    process = services.process
    service = services.reminders
    now = services.clock.now()
    changes = await service.meeting_changes()
    found = meetings(process, changes)
    editing = confirm = None
    if values is None and (wanted := request.query.get("edit")):
        editing = meeting_book.find_meeting(process, changes, wanted)
        if editing is None:
            raise web.HTTPNotFound()
    if (wanted := request.query.get("cancel")) and values is None:
        confirm = meeting_book.find_meeting(process, changes, wanted)
        if confirm is None:
            raise web.HTTPNotFound()
    targets = await service.targets()
    deliveries = Counter(d.reminder_id for d in plan(process, changes, targets, now))
    names = {o.id: o.name for o in process.organisations}
    planned: list[pages.PlannedReminder] = []
    nudges: dict[tuple[dt.datetime, int | None], list[Reminder]] = defaultdict(list)
    for reminder in reminders(process, changes, targets.extensions):
        if utc(reminder.due) <= utc(now):
            continue
        if reminder.kind == "nudge":
            if reminder.organisation in targets.submitted:
                continue
            group = nudges[(utc(reminder.due), reminder.days_before)]
            if not group:
                planned.append(pages.PlannedReminder(reminder, "", 0))
            group.append(reminder)
            continue
        planned.append(pages.PlannedReminder(reminder, texts.describe(reminder, language), deliveries[reminder.id]))
    shown = []
    for entry in planned[:PLANNED_SHOWN]:
        if entry.reminder.kind == "nudge":
            group = nudges[(utc(entry.reminder.due), entry.reminder.days_before)]
            shown.append(pages.PlannedReminder(entry.reminder, _nudge_text(group, language, names),
                                               sum(deliveries[r.id] for r in group)))
        else:
            shown.append(entry)
    # The targets Teams refused, as stored by the dispatcher and worded as `status` words them.
    unreachable = [describe_unreachable(item, language, markdown=False)
                   for item in await service.unreachable_targets()]
    no_channel = None if targets.broadcast else pages.t(
        language, "Ingen kanal eller gruppchatt får påminnelserna; lägg till boten i teamet eller skriv "
                  "påminnelser här i en kanal.",
        "No channel or group chat receives the reminders; add the bot to the team or write reminders here "
        "in a channel.")
    form = pages.meeting_form(language, values=values, editing=editing, error=error)
    return _html(pages.meetings_page(found, shown, unreachable, language, form=form, message=message,
                                     confirm_cancel=confirm, no_channel=no_channel), status=status)


async def _json_body(request: web.Request) -> dict[str, str] | web.Response:
    if request.content_length is not None and request.content_length > MAX_JSON_BYTES:
        return _problem(413, "request body too large")
    try:
        raw = await request.content.read(MAX_JSON_BYTES + 1)
        if len(raw) > MAX_JSON_BYTES:
            return _problem(413, "request body too large")
        data = json.loads(raw)
    except (ValueError, UnicodeDecodeError, RecursionError):
        return _problem(400, "body is not valid JSON")
    if not isinstance(data, dict) or not all(isinstance(v, str) for v in data.values()):
        return _problem(400, "body must be an object of strings")
    # An id is not ours to repair: junk in one is refused, not stripped into another id.
    if isinstance(data.get("id"), str) and (storable(data["id"]) != data["id"] or not data["id"].isprintable()):
        return _problem(400, "not an id")
    # The tab's forms pass the gates the bot's forms pass: a lone surrogate from JSON's \ud800 escape
    # becomes U+FFFD as at /api/messages (bot.http.as_unicode), and what XML forbids is dropped
    # (forms.storable), so neither the store nor a refused form shown again gets what the bot would not.
    return {storable(key): storable(value) for key, value in as_unicode(data).items()}


async def _coordinator_change(request: web.Request) -> tuple[Viewer, dict[str, str]] | web.Response:
    """The gate of every state-changing request: same site, signed in, coordinator, CSRF token."""
    settings = request.app[SETTINGS]
    problem = cross_site_problem(request, settings)
    if problem:
        log.warning("tab: refused a state-changing request (%s)", problem)
        return _problem(415 if problem == "not JSON" else 403, "refused")
    viewer = await _viewer(request)
    if isinstance(viewer, web.Response):
        return viewer
    services = request.app[SERVICES]
    if not csrf_valid(services.inputs.key(), viewer.identity.user_id, request.headers.get(CSRF_HEADER)):
        log.warning("tab: refused a state-changing request without a valid CSRF token")
        return _problem(403, "refused")
    if not viewer.coordinator:
        return _html(pages.access_page(viewer, services.process, language_of(request), coordinators_only=True),
                     status=403)
    body = await _json_body(request)
    if isinstance(body, web.Response):
        return body
    return viewer, body


async def save_meeting(request: web.Request) -> web.Response:
    gate = await _coordinator_change(request)
    if isinstance(gate, web.Response):
        return gate
    viewer, data = gate
    services = request.app[SERVICES]
    language = language_of(request)
    now = services.clock.now()
    values = {k: data.get(k, "") for k in ("id", "name", "date", "time", "link", "prepare")}
    if values["id"]:
        existing = meeting_book.find_meeting(services.process, await services.reminders.meeting_changes(), values["id"])
        if existing is None or existing.id != values["id"]:
            raise web.HTTPNotFound()
    parsed = meeting_book.parse_meeting(values, now, language)
    if isinstance(parsed, str):
        return await meetings_view(request, language, values=values, error=parsed, status=422)
    await meeting_book.save_meeting(services.reminders, parsed, now, viewer.identity.user_id)
    log.info("tab: meeting %s saved by %s", parsed.id, viewer.identity.user_id)
    when = format_date(meeting_book.meeting_day(parsed), language)
    return await meetings_view(request, language, message=pages.t(
        language, f"Sparat: {parsed.name.sv}, {when}. Påminnelserna är planerade.",
        f"Saved: {parsed.name.sv}, {when}. The reminders are planned."))


async def cancel_meeting(request: web.Request) -> web.Response:
    gate = await _coordinator_change(request)
    if isinstance(gate, web.Response):
        return gate
    viewer, data = gate
    services = request.app[SERVICES]
    language = language_of(request)
    meeting = meeting_book.find_meeting(services.process, await services.reminders.meeting_changes(),
                                        data.get("id", ""))
    if meeting is None or meeting.id != data.get("id"):
        raise web.HTTPNotFound()
    await meeting_book.cancel_meeting(services.reminders, meeting, services.clock.now(), viewer.identity.user_id)
    log.info("tab: meeting %s cancelled by %s", meeting.id, viewer.identity.user_id)
    name = meeting.name.get(language)
    return await meetings_view(request, language, message=pages.t(
        language, f"{name} är inställt och dess påminnelser är borttagna.",
        f"{name} is cancelled and its reminders are removed."))


def tab_state(app: web.Application, check_token: TokenCheck | None) -> TabState:
    services = app[SERVICES]
    names = coordinator_names(services.settings.coordinators, services.process)
    if not services.settings.coordinators_by_email and any("@" in n for n in names):
        log.warning("coordinators named by e-mail are not recognised without RUSBOT_ALLOWED_TENANTS; "
                    "name them by Entra object id or set the allow-list")
    return TabState(read=TabReadModel(services.db, services.process, services.inputs.store), check_token=check_token,
                    coordinators=names)
