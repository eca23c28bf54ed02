"""Realistic sample data for the card catalogue (bot/card_catalogue.py): stored records as the input
store returns them, filled like partners fill them, including the largest a form can be. Only the
features' `sample_cards` use this; the bot never sends these values."""

from __future__ import annotations

import datetime as dt
from typing import Any

from rusbot.clock import STOCKHOLM
from rusbot.input import forms
from rusbot.input.forms import RemissvarContent
from rusbot.input.store import (
    InspelRecord,
    LinkRecord,
    OrgState,
    PollRecord,
    PollState,
    RemissvarRecord,
    RevisionRecord,
)
from rusbot.process.model import Process

# Realistic Swedish prose (with its å, ä and ö) to fill text fields to their limits.
PROSE = ("Kommunerna i norra länsdelen ser att kompetensförsörjningen är den största utmaningen för "
         "näringslivet och välfärden under perioden. Strategin bör tydligare beskriva hur regionen, "
         "kommunerna och lärosätena gemensamt ska möta behoven, särskilt inom vård och omsorg, industri "
         "och besöksnäring. Vi föreslår att målet om ökad sysselsättning får delmål per länsdel. ")


# Tests set this to text that looks like markdown (tests/unit/test_cards.py): every sample value that
# stands for what a person wrote then starts with it, and no card may render it as a link or emphasis.
VOICE: str | None = None


def said(text: str) -> str:
    """A sample value that stands for what a person wrote (a name, a question, an inspel)."""
    return text if VOICE is None else f"{VOICE} {text}"


def fill(limit: int, text: str = PROSE) -> str:
    """`text` repeated to exactly `limit` characters (what a form field at its maximum holds)."""
    repeated = (text * (limit // len(text) + 1))[:limit]
    return repeated[:-1].rstrip() + "." if limit > 1 else repeated


def at(now: dt.datetime, days: float = 0, hour: int | None = None, minute: int = 0) -> dt.datetime:
    moment = (now + dt.timedelta(days=days)).astimezone(STOCKHOLM)
    return moment.replace(hour=hour, minute=minute) if hour is not None else moment


def inspel_records(process: Process, now: dt.datetime) -> list[InspelRecord]:
    topics = [t.id for t in process.inspel_topics]
    samples = [
        (topics[0], "Lyft fram hur pandemin har slagit olika hårt mot besöksnäringen och kulturlivet i länet, "
                    "och vilka insatser som behövs för återhämtningen.", "Erfarenheter från kommunens krisstöd."),
        (topics[1 % len(topics)], "Bredbandsutbyggnaden på landsbygden bör bli ett eget mål.", "Täckningen är ojämn."),
        (topics[-1], fill(forms.INSPEL_CHANGE_MAX), fill(forms.INSPEL_REASON_MAX)),
    ]
    return [InspelRecord(id=index + 41, author_aad_id="aad-anna", organisation_id="kumla", topic=topic,
                         change=said(change), reason=said(reason), reference=None, created_at=at(now, -3 + index),
                         updated_at=at(now, -3 + index))
            for index, (topic, change, reason) in enumerate(samples)]


def many_inspel(process: Process, now: dt.datetime, count: int) -> list[InspelRecord]:
    """A partner's own inspel at ten times what one partner is expected to send (the list card pages
    them), every text at its longest."""
    topics = [t.id for t in process.inspel_topics]
    return [InspelRecord(id=n + 1, author_aad_id="aad-anna", organisation_id="kumla", topic=topics[n % len(topics)],
                         change=fill(forms.INSPEL_CHANGE_MAX, f"Förslag {n + 1}: {PROSE}"),
                         reason=fill(forms.INSPEL_REASON_MAX), reference=None,
                         created_at=at(now, -30 + n / 10), updated_at=at(now, -30 + n / 10))
            for n in range(count)]


def largest_inspel_values(process: Process) -> dict[str, Any]:
    return {"topic": process.inspel_topics[-1].id, "change": fill(forms.INSPEL_CHANGE_MAX),
            "reason": fill(forms.INSPEL_REASON_MAX),
            "reference": fill(forms.INSPEL_REFERENCE_MAX, "https://www.orebro.se/kommun/rapporter/"
                                                          "kompetensforsorjning-2020.html ")}


def remissvar_content(process: Process, *, largest: bool = False) -> RemissvarContent:
    limit = forms.comment_limit(process)
    comments = {part.id: said(fill(limit) if largest else PROSE.strip()) for part in forms.remiss_parts(process)}
    return RemissvarContent(
        position="tillstyrker_med_andringar" if "tillstyrker_med_andringar" in forms.POSITIONS
        else next(iter(forms.POSITIONS)),
        comments=comments,
        decided_by=said(fill(forms.REMISS_DECIDED_BY_MAX, "Kommunstyrelsens arbetsutskott i Kumla kommun ")
                        if largest else "Kommunstyrelsen"),
        decision_date=dt.date(2021, 9, 14),
        diarienummer=fill(forms.REMISS_DIARIENUMMER_MAX, "KS 2021/00123-1.4.2 ") if largest else "KS 2021/123",
        protocol_link=("https://www.kumla.se/protokoll/" + "kommunstyrelsen-2021-09-14-" * 20)[:forms.REMISS_LINK_MAX]
        if largest else "https://www.kumla.se/protokoll/ks-2021-09-14.pdf")


def remissvar_record(process: Process, now: dt.datetime, *, submitted: bool, unsent: bool = False,
                     largest: bool = False) -> RemissvarRecord:
    submitted_at = at(now, -2, 14, 5) if submitted else None
    return RemissvarRecord(organisation_id="kumla", version=4, content=remissvar_content(process, largest=largest),
                           draft_saved_at=at(now, -1, 9, 30) if unsent or not submitted else None,
                           updated_at=at(now, -1, 9, 30), updated_by="aad-anna",
                           submitted_revision=2 if submitted else None, submitted_at=submitted_at,
                           receipt="RV-KUMLA-2" if submitted else None)


def revisions(process: Process, now: dt.datetime, count: int = 2) -> list[RevisionRecord]:
    return [RevisionRecord(organisation_id="kumla", revision=n, content=remissvar_content(process),
                           submitted_at=at(now, -10 + 4 * n / max(1, count // 2), 14, 5), submitted_by="aad-anna",
                           receipt=f"RV-KUMLA-{n}") for n in range(1, count + 1)]


def pending_links(process: Process, now: dt.datetime, count: int, *, longest: bool = False) -> list[LinkRecord]:
    """`longest`: display names and e-mail addresses as long as the link table holds them."""
    people = [("Anna Lindqvist", "anna.lindqvist"), ("Björn Åström", "bjorn.astrom"),
              ("Maria Öberg", "maria.oberg"), ("Karl-Johan Söderström", "karl-johan.soderstrom")]
    orgs = process.organisations
    links = []
    for index in range(count):
        name, user = people[index % len(people)]
        org = orgs[index % len(orgs)]
        email = f"{user}@{org.id}.se"
        if longest:
            name = fill(256, f"{name} (förvaltningen för regional utveckling och samhällsbyggnad) ")
            email = fill(319 - len(email), user + ".").replace(" ", "") + f"@{org.id}.se"
        links.append(LinkRecord(user_aad_id=f"aad-{index}", organisation_id=org.id, status="pending",
                                source="choice", name=said(name), email=said(email), created_at=at(now, -1)))
    return links


def org_states(process: Process, now: dt.datetime, times: int = 1) -> list[OrgState]:
    """One state per consulted organisation; `times` > 1 repeats them (a partnership that size)."""
    states = []
    for index, org in enumerate(list(process.respondents) * times):
        kind = ("submitted", "draft", "none")[index % 3]
        states.append(OrgState(
            organisation_id=org.id, inspel=(index * 7) % 5, remissvar=kind,  # type: ignore[arg-type]
            submitted_at=at(now, -(index % 5), 15, 20) if kind == "submitted" else None,
            receipt=f"RV-{index}" if kind == "submitted" else None, unsent_changes=index == 3,
            extension=dt.date(2021, 10, 15) if index == 4 else None,
            representatives=0 if index % 4 == 2 else 2, pending=0))
    return states


def poll(now: dt.datetime, *, language: str, closed: bool, options: int = 4) -> PollState:
    if language == "en":
        question = "Which day suits the next workshop on the strategy's priorities?"
        names = ["Tuesday 13 April, morning", "Wednesday 14 April, afternoon", "Thursday 15 April, morning",
                 "None of these days"]
    else:
        question = "Vilken dag passar för nästa workshop om strategins prioriteringar?"
        names = ["Tisdag 13 april, förmiddag", "Onsdag 14 april, eftermiddag", "Torsdag 15 april, förmiddag",
                 "Ingen av dagarna"]
    tally = [7, 4, 2, 1][:options]
    record = PollRecord(id=3, question=said(question), options=[said(n) for n in names[:options]],
                        created_by="aad-coordinator", key="5d1f0c8e2b7a49c3a0e6f4d2b9c87a1e",
                        created_at=at(now, -1), closes_at=at(now, 2, 16), language=language,
                        closed_at=at(now, -0.1) if closed else None)
    return PollState(poll=record, tally=tally, voters=sum(tally))


def unreachable_lines(language: str, now: dt.datetime, *, times: int = 0) -> list[str]:
    """The status card's 'reminders that do not get through', one of each kind, as describe_unreachable writes them.
    `times`: a partnership that many times the expected size: every organisation's representatives and
    a channel per team refused, with long names."""
    from scheduling.store import Unreachable
    from scheduling.texts import describe_unreachable

    since = at(now, -2, 9)
    team = "19:partnerskapet-general@thread.tacv2"
    items = [
        Unreachable(target="19:rus-arbete@thread.tacv2", kind="channel", reason="ChannelDeleted", removed=True,
                    blocked=False, since=since, team_id=team, label="RUS-arbete"),
        Unreachable(target="a:1karin", kind="personal", reason="ConversationBlockedByUser", removed=False,
                    blocked=True, since=since, user_aad_id="aad-karin", label="Karin Kumla"),
        Unreachable(target="user:aad-olle", kind="personal", reason="NotInTeamRoster", removed=False, blocked=False,
                    since=since, user_aad_id="aad-olle", label="Örebro"),
        Unreachable(target=team, kind="channel", reason="BotNotInConversationRoster", removed=True, blocked=False,
                    since=since, team_id=team),
    ]
    for n in range(times * 17):
        items.append(Unreachable(target=f"user:aad-{n}", kind="personal", reason="NotInTeamRoster", removed=False,
                                 blocked=False, since=since, user_aad_id=f"aad-{n}",
                                 label=said("Örebro läns bildningsförbund och studieförbundens samverkan") + f" {n}"))
        items.append(Unreachable(target=f"19:kanal-{n}@thread.tacv2", kind="channel", reason="ChannelDeleted",
                                 removed=True, blocked=False, since=since, team_id=team,
                                 label=said("Regional utvecklingsstrategi – arbetsgrupp för kompetensförsörjning")))
    return [describe_unreachable(item, "en" if language == "en" else "sv") for item in items]
