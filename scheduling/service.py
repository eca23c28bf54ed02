"""The reminder service: targets from the conversation store, the plan reconciled into the
deliveries table, and the dispatcher that claims due rows and sends them.

`run_due()` is what the alarm calls and what tests call after moving a ManualClock.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import random
import uuid
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from rusbot.clock import Clock
from rusbot.consultation import ConsultationStatus
from rusbot.outbound import RETRYABLE_STATUS, ConnectorError, OutcomeUnknown, Sender, ServiceUrlRefused
from rusbot.personal_chats import create_personal_chat, send_personal
from rusbot.process.model import Process
from rusbot.store.conversations import ConversationRecord, ConversationStore, pending_personal
from rusbot.store.db import Database, DatabaseUnavailable
from scheduling import texts
from scheduling.alarm import Alarm
from scheduling.plan import Delivery, MeetingChange, Reminder, Targets, plan, reminders, utc
from scheduling.store import Claimed, DeliveryStore, ReminderSettingsStore, Unreachable, UnreachableStore

log = logging.getLogger(__name__)

CHANGE_COALESCE = dt.timedelta(seconds=2)

SAFETY_WAKE = dt.timedelta(minutes=15)

# Our own reasons beside Teams' codes (rusbot.outbound): the person is on no roster of a team the
# bot is in, so no personal chat can be created; a channel picked for reminders was deleted.
NOT_IN_TEAM_ROSTER = "NotInTeamRoster"
CHANNEL_DELETED = "ChannelDeleted"
DELETED_NOTE = "channel deleted"

# Teams' roster pages: "Page size less than 50, are treated as 50, and greater than 500, are
# capped at 500" (Microsoft Learn, "Get Teams specific context for your bot").
ROSTER_PAGE_SIZE = 500
ROSTER_MAX_PAGES = 200


@dataclass
class RunReport:
    sent: int = 0
    retry: int = 0
    failed: int = 0
    unknown: int = 0
    expired: int = 0
    cancelled: int = 0
    opened: int = 0                                                 # personal chats created for nudges
    unreachable: list[Unreachable] = field(default_factory=list)    # newly unreachable targets
    uncertain: list[str] = field(default_factory=list)              # reminder ids whose outcome is unknown


def retry_delay(attempts: int) -> dt.timedelta:
    """After the connector's own retries ran out: 1, 2, 4 ... minutes, at most an hour, jittered."""
    base = min(3600.0, 60.0 * 2 ** max(0, attempts - 1))
    return dt.timedelta(seconds=base * random.uniform(0.8, 1.0))


def default_channel(team_channels: dict[str, list[ConversationRecord]], team_id: str | None) -> str:
    """The channel a team installed the bot from: where the install greeting was claimed; else the
    General channel (its id is the team's id); else the first one known."""
    greeted = sorted((r.greeted_at, channel) for channel, records in team_channels.items()
                     for r in records if r.greeted_at is not None)
    if greeted:
        return greeted[0][1]
    if team_id is not None and team_id in team_channels:
        return team_id
    return sorted(team_channels)[0]


class Reminders:
    def __init__(self, db: Database, process: Process, clock: Clock, connector: Sender,
                 conversations: ConversationStore, *, status: ConsultationStatus | None = None,
                 coordinators: Sequence[str] = (), scheduler: bool = True, batch: int = 100,
                 lease: dt.timedelta = dt.timedelta(minutes=10)) -> None:
        self.db = db
        self.process = process
        self.clock = clock
        self.connector = connector
        self.conversations = conversations
        self.deliveries = DeliveryStore(db)
        self.settings = ReminderSettingsStore(db)
        self.unreachable = UnreachableStore(db)
        self.status = status  # the input store; tests put a fake here
        self._coordinators = {c.casefold() for c in (*coordinators, *process.deployment.coordinators)}
        self._batch = batch
        self._lease = lease
        self._owner = uuid.uuid4().hex[:16]
        self._lock = asyncio.Lock()
        self._stopping = False
        self._rosters: dict[str, asyncio.Task[dict[str, dict[str, Any]]]] = {}
        self.alarm: Alarm | None = Alarm(clock, self.tick) if scheduler else None

    # -- life cycle -----------------------------------------------------------------------------
    async def start(self) -> None:
        """Reconcile the table with the plan (a changed process file moves or removes pending rows)
        and wake the dispatcher at once: what was missed while the bot was down is sent if it
        still makes sense. The dispatch runs after start-up, so a large fan-out does not keep the
        bot from answering."""
        self._stopping = False
        if self.alarm is not None:
            self.alarm.start()
        try:
            await self.reconcile()
        except DatabaseUnavailable:
            log.warning("reminders: database unavailable at start; the first wake retries")
        if self.alarm is not None:
            self.alarm.reschedule(self.clock.now())

    async def stop(self, grace: float = 30.0) -> None:
        """Stop claiming; let the sends in flight finish (up to `grace` seconds). A send cut off
        after that stays claimed and becomes `unknown` when its lease runs out: never resent."""
        self._stopping = True
        try:
            await asyncio.wait_for(self._lock.acquire(), grace)
            self._lock.release()
        except TimeoutError:
            log.warning("reminders: sends still in flight after %.0f s at shutdown", grace)
        # Only now: APScheduler's shutdown cancels the wakes it is running.
        if self.alarm is not None:
            self.alarm.shutdown()

    def changed(self) -> None:
        """Meetings, targets or preferences changed: reconcile and dispatch soon. A burst of
        changes (hundreds of installs at once) makes one reconcile, not one per change: each
        reconcile reads every conversation, so one per change would cost n² work."""
        if self.alarm is not None:
            self.alarm.plan(self.clock.now() + CHANGE_COALESCE)

    async def tick(self) -> RunReport | None:
        """One wake of the alarm: dispatch, then plan the next wake, whatever happened."""
        report = None
        if self._stopping:
            # A wake APScheduler had already started when stop() ran: the database may be closing.
            return None
        try:
            report = await self.run_due()
        except DatabaseUnavailable:
            log.warning("reminders: database unavailable; trying again in a minute")
        except Exception:
            log.exception("reminders: dispatch failed; trying again in a minute")
        try:
            await self.reschedule()
        except Exception:
            if self.alarm is not None and not self._stopping:
                self.alarm.plan(self.clock.now() + dt.timedelta(minutes=1))
        else:
            if report is None and self.alarm is not None and not self._stopping:
                self.alarm.plan(self.clock.now() + dt.timedelta(minutes=1))
        return report

    async def reschedule(self) -> None:
        if self.alarm is not None and not self._stopping:
            # Another process may have planned something earlier (a meeting saved there): look
            # again at least every SAFETY_WAKE.
            safety = self.clock.now() + SAFETY_WAKE
            next_wake = await self.deliveries.next_wake()
            # plan, not reschedule: a change during this run may already have asked for an earlier wake.
            self.alarm.plan(min(next_wake, safety) if next_wake is not None else safety)

    # -- planning -------------------------------------------------------------------------------
    async def meeting_changes(self) -> list[MeetingChange]:
        return await self.settings.meeting_changes()

    async def targets(self) -> Targets:
        records = await self.conversations.active()
        choices = await self.settings.channel_choices()
        teams: dict[str, dict[str, list[ConversationRecord]]] = defaultdict(lambda: defaultdict(list))
        broadcast: list[str] = []
        personal: dict[str, str] = {}
        for record in records:
            if record.kind == "channel" and record.channel_id:
                teams[record.team_id or record.channel_id][record.channel_id].append(record)
            elif record.kind == "groupChat":
                if choices.get(record.id, True):
                    broadcast.append(record.id)
            elif record.kind == "personal" and record.user_aad_id:
                personal[record.user_aad_id.casefold()] = record.id
        for team_id, channels in teams.items():
            chosen = [c for c in channels if choices.get(c) is True]
            if not chosen:
                default = default_channel(channels, team_id)
                chosen = [default] if choices.get(default, True) else []
            broadcast.extend(chosen)
        status = self.status
        submitted: frozenset[str] = frozenset()
        extensions: dict[str, dt.date] = {}
        representatives: dict[str, list[str]] = {}
        if status is not None:
            submitted = frozenset(await status.submitted_organisations())
            extensions = dict(await status.extensions())
            for org in self.process.respondents:
                if org.id not in submitted:
                    representatives[org.id] = list(await status.representatives(org.id))
        return Targets(broadcast=tuple(sorted(set(broadcast))), personal=personal,
                       nudges_off=await self.settings.nudges_off(), submitted=submitted, extensions=extensions,
                       representatives=representatives)

    async def desired(self, now: dt.datetime) -> list[Delivery]:
        return plan(self.process, await self.meeting_changes(), await self.targets(), now)

    async def reconcile(self) -> None:
        now = self.clock.now()
        await self.deliveries.reconcile(await self.desired(now), now)

    async def upcoming(self, now: dt.datetime, limit: int | None = 10, *, nudges_for: str | None = None,
                       all_nudges: bool = False) -> list[Reminder]:
        """The reminders still to come (what the `påminnelser` command lists). Nudges are personal:
        listed only for `nudges_for` (the asker's organisation) while it has not answered, or, for
        the coordinators (`all_nudges`), once per time with no organisation named."""
        status = self.status
        extensions = dict(await status.extensions()) if status is not None else {}
        submitted = await status.submitted_organisations() if status is not None and nudges_for else set()
        found = [r for r in reminders(self.process, await self.meeting_changes(), extensions) if utc(r.due) > utc(now)]
        seen: set[dt.datetime] = set()
        listed: list[Reminder] = []
        for reminder in found:
            if reminder.kind == "nudge":
                if all_nudges:
                    if reminder.due in seen:
                        continue
                    seen.add(reminder.due)
                    reminder = replace(reminder, organisation=None)
                elif reminder.organisation != nudges_for or nudges_for in submitted:
                    continue
            listed.append(reminder)
        return listed[:limit]

    # -- dispatching ----------------------------------------------------------------------------
    async def run_due(self) -> RunReport:
        """Reconcile, expire what is too late, then claim and send every due row (several bot
        processes may do this at once: each row goes to exactly one of them)."""
        async with self._lock:
            report = RunReport()
            if self._stopping:
                return report   # stop() has let the runs in flight finish; no new one starts
            await self.reconcile()
            now = self.clock.now()
            expired = await self.deliveries.expire(now)
            report.expired = len(expired)
            if expired:
                await self._report_expired(expired)
            index = {r.id: r for r in reminders(self.process, await self.meeting_changes(),
                                                await self._extensions())}
            status = self.status
            directory = await self._directory()
            marked = {u.target: u for u in await self.unreachable.all()}
            self._rosters = {}      # a roster is read at most once per run, and only when needed
            inflight: set[asyncio.Task[None]] = set()
            low_water = max(1, self._batch // 2)
            while True:
                claimed: list[Claimed] = []
                if len(inflight) < low_water and not self._stopping:
                    claimed = await self.deliveries.claim(self._owner, self.clock.now(), self._lease,
                                                          self._batch - len(inflight))
                for row in claimed:
                    inflight.add(asyncio.create_task(
                        self._deliver(row, index.get(row.reminder_id), directory.get(row.conversation_id), status,
                                      report, marked.get(row.conversation_id))))
                if not inflight:
                    break
                done, inflight = await asyncio.wait(inflight, return_when=asyncio.FIRST_COMPLETED)
                for task in done:
                    task.result()
            if report.unreachable:
                await self._report_unreachable(report.unreachable)
            if report.uncertain:
                await self._report_uncertain(report.uncertain)
            return report

    async def _extensions(self) -> dict[str, dt.date]:
        status = self.status
        return dict(await status.extensions()) if status is not None else {}

    async def _directory(self) -> dict[str, tuple[ConversationRecord, bool]]:
        """Delivery target -> (the record to post with, whether it is a channel, i.e. a new post).
        Read once per run: a fan-out must not read the conversation table per delivery."""
        found: dict[str, tuple[ConversationRecord, bool]] = {}
        channels: dict[str, list[ConversationRecord]] = defaultdict(list)
        for record in await self.conversations.active():
            if record.kind == "channel" and record.channel_id:
                channels[record.channel_id].append(record)
            else:
                found[record.id] = (record, False)
        for channel_id, records in channels.items():
            records.sort(key=lambda r: (";messageid=" in r.id, r.id))   # the channel itself before its threads
            found[channel_id] = (records[0], True)
        return found

    async def _activity(self, reminder: Reminder, status: ConsultationStatus | None) -> dict[str, Any] | None:
        today = self.clock.now().date()
        if reminder.kind == "meeting":
            return texts.meeting_activity(reminder)
        consultation_item = self.process.consultation_item
        name = consultation_item.name.sv if consultation_item else "Remissen"
        if reminder.kind == "consultation":
            respondents = {o.id for o in self.process.respondents}
            if status is None:
                submitted = None
            else:
                submitted = len(respondents & set(await status.submitted_organisations()))
            return texts.consultation_activity(reminder, today=today, submitted=submitted, total=len(respondents),
                                               name=name)
        assert reminder.organisation is not None
        if status is not None and reminder.organisation in await status.submitted_organisations():
            return None  # answered since the plan was made
        return texts.nudge_activity(reminder, today=today,
                                    organisation=self.process.organisation(reminder.organisation).name)

    async def _deliver(self, row: Claimed, reminder: Reminder | None,
                       where: tuple[ConversationRecord, bool] | None, status: ConsultationStatus | None,
                       report: RunReport, marked: Unreachable | None = None) -> None:
        now = self.clock.now()
        try:
            if reminder is None:
                await self.deliveries.cancelled(row.id, now, "no longer planned")
                report.cancelled += 1
                return
            if marked is not None and marked.blocked:
                # Microsoft: stop posting until a user there turns to the bot again (which clears it).
                await self.deliveries.cancelled(row.id, now, f"blocked: {marked.reason}")
                report.cancelled += 1
                return
            if where is None and pending_personal(row.conversation_id) is not None:
                try:
                    where = await self._open_personal(row, reminder, report)
                except ConnectorError as exc:
                    await self._connector_error(row, None, exc, report, label=_representative(self.process, reminder))
                    return
                except (OutcomeUnknown, ServiceUrlRefused) as exc:
                    # Nothing was posted yet: trying again later cannot post twice.
                    await self.deliveries.retry_later(row.id, now, now + retry_delay(row.attempts),
                                                      type(exc).__name__)
                    report.retry += 1
                    return
                if where is None:
                    await self.deliveries.failed(row.id, self.clock.now(), NOT_IN_TEAM_ROSTER)
                    report.failed += 1
                    return
            if where is None:
                await self.deliveries.cancelled(row.id, now, "conversation no longer active")
                report.cancelled += 1
                return
            record, is_channel = where
            activity = await self._activity(reminder, status)
            if activity is None:
                await self.deliveries.cancelled(row.id, now, "no longer needed")
                report.cancelled += 1
                return
        except DatabaseUnavailable:
            log.warning("reminders: database unavailable while preparing delivery %d", row.id)
            return  # the claim's lease runs out; the row becomes unknown rather than sent twice
        try:
            result = await self._send(record, row.conversation_id, is_channel, activity)
        except OutcomeUnknown as exc:
            log.warning("reminder %s to %s: outcome unknown (%s); not resent", row.reminder_id,
                        row.conversation_id, exc)
            await self.deliveries.unknown(row.id, self.clock.now(), str(exc))
            report.unknown += 1
            report.uncertain.append(row.reminder_id)
            return
        except ConnectorError as exc:
            await self._connector_error(row, record, exc, report)
            return
        except ServiceUrlRefused:
            await self.deliveries.failed(row.id, self.clock.now(), "service URL refused in local mode")
            report.failed += 1
            return
        except Exception as exc:
            log.exception("reminder %s to %s failed", row.reminder_id, row.conversation_id)
            await self.deliveries.retry_later(row.id, self.clock.now(), self.clock.now() + retry_delay(row.attempts),
                                              f"{type(exc).__name__}")
            report.retry += 1
            return
        await self.deliveries.sent(row.id, self.clock.now(), result.get("activityId") or result.get("id"))
        log.info("reminder %s sent to %s", row.reminder_id, row.conversation_id)
        report.sent += 1
        if marked is not None:
            await self.unreachable.clear(row.conversation_id)   # it took this one: reachable again

    async def _send(self, record: ConversationRecord, conversation_id: str, is_channel: bool,
                    activity: dict[str, Any]) -> dict[str, Any]:
        reference = record.reference or {}
        bot = reference.get("bot") or {}
        if is_channel:
            tenant = {"id": record.tenant_id} if record.tenant_id else None
            parameters: dict[str, Any] = {
                "isGroup": True,
                "channelData": {"channel": {"id": conversation_id}, **({"tenant": tenant} if tenant else {})},
                "activity": activity,
                "bot": {"id": bot.get("id"), "name": bot.get("name")},
            }
            if record.tenant_id:
                parameters["tenantId"] = record.tenant_id
            return await self.connector.create_conversation(record.service_url, parameters, rate_key=conversation_id,
                                                            tenant=record.tenant_id)
        outgoing = {**activity, "conversation": {"id": record.id}}
        if bot:
            outgoing["from"] = {"id": bot.get("id"), "name": bot.get("name")}
        return await send_personal(self.connector, record.service_url, record.id, outgoing, tenant=record.tenant_id)

    async def _connector_error(self, row: Claimed, record: ConversationRecord | None, exc: ConnectorError,
                               report: RunReport, label: str | None = None) -> None:
        """Teams refused: retry what is worth retrying; otherwise record why the target is
        unreachable. Only Teams' own codes for "not there" deactivate a conversation; a block
        keeps it (nothing is sent until a user there turns to the bot); anything else is
        reported and the next reminder tries again."""
        now = self.clock.now()
        if exc.status is None or exc.status in RETRYABLE_STATUS:
            not_before = min(now + retry_delay(row.attempts), row.expires_at)
            log.info("reminder %s to %s: %s; retrying at %s", row.reminder_id, row.conversation_id, exc.status,
                     not_before.isoformat())
            await self.deliveries.retry_later(row.id, now, not_before, str(exc))
            report.retry += 1
            return
        failure = exc.failure
        log.warning("reminder %s to %s refused: %s %s (%s)", row.reminder_id, row.conversation_id, exc.status,
                    exc.reason, failure)
        await self.deliveries.failed(row.id, now, f"{exc.status} {exc.reason}: {failure}")
        report.failed += 1
        if exc.status not in (403, 404) and failure == "refused":
            await self._tell_coordinators(f"En påminnelse kunde inte skickas (svar {exc.status} {exc.reason}). "
                                          f"Se loggen för {row.reminder_id}.")
            return
        removed = failure in ("removed", "gone")
        if removed and record is not None:
            closed = [record]
            if record.kind == "channel":
                closed = [r for r in await self.conversations.active("channel") if r.channel_id == row.conversation_id]
            for other in closed:
                await self.conversations.deactivate(other.id, now, note=f"reminder got {exc.status} {exc.reason}")
            await self.deliveries.cancel_conversation(row.conversation_id, now, "conversation inactive")
        else:
            # Still active: a turn there must write again to clear the mark.
            self.conversations.forget_target(row.conversation_id)
        await self._mark(row.conversation_id, record, exc.reason, report, removed=removed,
                         blocked=failure == "blocked", label=label)

    async def _mark(self, target: str, record: ConversationRecord | None, reason: str, report: RunReport, *,
                    removed: bool, blocked: bool, label: str | None = None) -> None:
        aad = pending_personal(target) or (record.user_aad_id if record is not None else None)
        kind = record.kind if record is not None else "personal"
        item = Unreachable(target=target, kind=kind, reason=reason, removed=removed, blocked=blocked,
                           since=self.clock.now(), team_id=record.team_id if record is not None else None,
                           user_aad_id=aad, label=label or _label(record))
        if await self.unreachable.mark(item):
            report.unreachable.append(item)

    # -- personal chats for nudges --------------------------------------------------------------
    async def _open_personal(self, row: Claimed, reminder: Reminder,
                             report: RunReport) -> tuple[ConversationRecord, bool] | None:
        """Create the personal chat with a representative the bot has none with, as Teams allows
        for members of a team where the app is installed (Microsoft Learn, "Proactive messages":
        CreateConversation with the member's id from the team's roster, in the team's tenant).
        Stores it and moves the person's rows to it. None when the person is on no such roster."""
        aad = pending_personal(row.conversation_id)
        assert aad is not None
        now = self.clock.now()
        existing = await self.conversations.personal_of(aad)    # another process may have made it
        if existing is None:
            existing = await self._create_personal(aad)
            if existing is None:
                await self._mark(row.conversation_id, None, NOT_IN_TEAM_ROSTER, report, removed=False, blocked=False,
                                 label=_representative(self.process, reminder))
                return None
            report.opened += 1
        await self.deliveries.rekey(row.conversation_id, existing.id, now)
        await self.unreachable.clear(row.conversation_id)
        return existing, False

    async def _create_personal(self, aad: str) -> ConversationRecord | None:
        teams: dict[str, ConversationRecord] = {}
        for record in await self.conversations.active("channel"):
            if record.team_id and (record.team_id not in teams or record.channel_id == record.team_id):
                teams[record.team_id] = record      # the team's General conversation where known
        for team_id in sorted(teams):
            team = teams[team_id]
            try:
                member = (await self._roster(team)).get(aad)
            except ConnectorError as exc:
                if exc.status is None or exc.status in RETRYABLE_STATUS:
                    raise
                log.info("reminders: roster of a team refused (%s); trying the next team", exc.reason)
                continue
            if member is None:
                continue
            aad_of_member = _member_aad(member) or aad
            chat = await create_personal_chat(
                self.connector, team.service_url, bot=(team.reference or {}).get("bot") or {},
                user={"id": member["id"], "name": member.get("name"), "aadObjectId": aad_of_member},
                tenant=team.tenant_id)
            record = ConversationRecord(
                id=chat.conversation_id, kind="personal", tenant_id=chat.tenant, user_aad_id=aad_of_member,
                service_url=chat.service_url, reference=chat.reference)
            await self.conversations.remember(record, self.clock.now())
            log.info("reminders: personal chat created for %s", aad)
            return record
        return None

    async def _roster(self, team: ConversationRecord) -> dict[str, dict[str, Any]]:
        """The team's members by AAD object id, read once per run and shared by its deliveries."""
        assert team.team_id is not None
        task = self._rosters.get(team.team_id)
        if task is None:
            task = self._rosters[team.team_id] = asyncio.create_task(self._read_roster(team))
        return await asyncio.shield(task)

    async def _read_roster(self, team: ConversationRecord) -> dict[str, dict[str, Any]]:
        assert team.team_id is not None
        members: dict[str, dict[str, Any]] = {}
        token: str | None = None
        for _ in range(ROSTER_MAX_PAGES):
            page = await self.connector.get_paged_members(team.service_url, team.team_id, page_size=ROSTER_PAGE_SIZE,
                                                          continuation_token=token, tenant=team.tenant_id)
            for member in page.get("members") or []:
                aad = _member_aad(member) if isinstance(member, dict) else None
                if aad and isinstance(member.get("id"), str):
                    members[aad.casefold()] = member
            token = page.get("continuationToken")
            if not isinstance(token, str) or not token:
                break
        return members

    # -- channels that come and go --------------------------------------------------------------
    async def channel_deleted(self, team_id: str, channel_id: str, name: str | None, now: dt.datetime) -> None:
        """Teams' channelDeleted: the channel stops being a target. If the team's reminders went
        there, they fall back to the team's default channel and `status` says so."""
        was_target = channel_id in (await self.targets()).broadcast
        closed = await self.conversations.deactivate_channel(team_id, channel_id, now, DELETED_NOTE)
        await self.deliveries.cancel_conversation(channel_id, now, DELETED_NOTE)
        if was_target:
            await self.unreachable.mark(Unreachable(target=channel_id, kind="channel", reason=CHANNEL_DELETED,
                                                    removed=True, blocked=False, since=now, team_id=team_id,
                                                    label=name))
        log.info("reminders: a channel was deleted (%d conversation(s) closed, target: %s)", len(closed), was_target)
        self.changed()

    async def channel_restored(self, team_id: str, channel_id: str, now: dt.datetime) -> None:
        """Teams' channelRestored: what channelDeleted closed comes back, with the coordinators' choices."""
        reopened = await self.conversations.reactivate_channel(team_id, channel_id, now, DELETED_NOTE)
        await self.unreachable.clear(channel_id)
        log.info("reminders: a channel was restored (%d conversation(s) reopened)", len(reopened))
        self.changed()

    async def unreachable_targets(self) -> list[Unreachable]:
        """What `status` shows: every target Teams refused, oldest first."""
        return await self.unreachable.all()

    # -- telling the coordinators ---------------------------------------------------------------
    async def _report_expired(self, expired: list[Claimed]) -> None:
        by_reminder: dict[str, int] = defaultdict(int)
        for row in expired:
            by_reminder[row.reminder_id] += 1
        lines = [f"- {reminder_id}: {count} konversation(er)" for reminder_id, count in sorted(by_reminder.items())]
        await self._tell_coordinators("Några påminnelser kunde inte skickas innan de slutade vara aktuella:\n\n"
                                      + "\n".join(lines))

    async def _report_uncertain(self, reminder_ids: list[str]) -> None:
        # Not resent (it may have arrived) and not kept quiet either: the coordinators can check.
        lines = [f"- {reminder_id}: {count} mottagare" for reminder_id, count in sorted(Counter(reminder_ids).items())]
        await self._tell_coordinators(
            "Teams gav inget säkert svar på några påminnelser (de kan ha kommit fram); de skickas inte igen:\n\n"
            + "\n".join(lines))

    async def _report_unreachable(self, items: list[Unreachable]) -> None:
        lines = [f"- {texts.describe_unreachable(item, 'sv')}" for item in items]
        await self._tell_coordinators(
            f"{len(items)} mottagare av påminnelser nås inte längre:\n\n" + "\n".join(lines)
            + "\n\nSkriv **status** för hela listan.")

    async def _tell_coordinators(self, text: str) -> None:
        if not self._coordinators:
            log.warning("reminders: no coordinators to tell: %s", text.splitlines()[0])
            return
        targets = [r for r in await self.conversations.active("personal")
                   if r.user_aad_id and r.user_aad_id.casefold() in self._coordinators]
        if not targets:
            log.warning("reminders: no coordinator has a personal chat with the bot; %s", text.splitlines()[0])
        for record in targets:
            try:
                await send_personal(self.connector, record.service_url, record.id,
                                    {"type": "message", "text": text, "textFormat": "markdown"},
                                    tenant=record.tenant_id)
            except Exception as exc:
                log.warning("reminders: could not tell a coordinator (%s)", type(exc).__name__)


def _member_aad(member: dict[str, Any]) -> str | None:
    """A roster member's AAD object id: `aadObjectId` in the SDK's TeamsChannelAccount, `objectId`
    in the REST samples of "Get Teams specific context for your bot"."""
    value = member.get("aadObjectId") or member.get("objectId")
    return value if isinstance(value, str) and value else None


def _representative(process: Process, reminder: Reminder) -> str | None:
    """The organisation a nudge to a person without a chat was for (texts.describe_unreachable)."""
    if reminder.organisation is None:
        return None
    try:
        return process.organisation(reminder.organisation).name
    except KeyError:
        return None


def _label(record: ConversationRecord | None) -> str | None:
    """Who or where, for the coordinators: the person's name in a personal chat."""
    if record is None or record.kind != "personal":
        return None
    name = ((record.reference or {}).get("user") or {}).get("name")
    return name if isinstance(name, str) and name else None
