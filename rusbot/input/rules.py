"""Pure rules: which organisation an address belongs to, and when the consultation closes."""

from __future__ import annotations

import datetime as dt

from rusbot.clock import STOCKHOLM
from rusbot.process.model import Process


def address_domain(address: str | None) -> str | None:
    """The mail domain of an e-mail address or UPN. A B2B guest's UPN keeps the home address
    before `#EXT#`: `anna.a_kumla.se#EXT#@region.onmicrosoft.com` -> `kumla.se`."""
    if not address or not isinstance(address, str):
        return None
    address = address.strip().casefold()
    marker = address.find("#ext#")
    if marker > 0:
        home = address[:marker]
        if "_" not in home:
            return None
        return home.rsplit("_", 1)[1] or None
    if "@" not in address:
        return None
    return address.rsplit("@", 1)[1] or None


def organisation_for(process: Process, *addresses: str | None) -> str | None:
    """The organisation whose configured domain (or a subdomain of it) matches an address."""
    for address in addresses:
        domain = address_domain(address)
        if not domain:
            continue
        for org_id, domains in process.deployment.organisation_domains.items():
            for configured in domains:
                configured = configured.strip().casefold().lstrip("@")
                if configured and (domain == configured or domain.endswith("." + configured)):
                    return org_id
    return None


def consultation_last_day(process: Process) -> dt.date | None:
    item = process.consultation_item
    if item is None or item.last is None:
        return None
    return item.last.latest


def closes_at(process: Process, extension: dt.date | None = None) -> dt.datetime | None:
    """The moment answers stop being accepted: midnight after the last day (or the extension's),
    Stockholm time. 2021: last day 30 September -> 1 October 00:00."""
    last = consultation_last_day(process)
    if last is None:
        return None
    if extension is not None and extension > last:
        last = extension
    return dt.datetime.combine(last + dt.timedelta(days=1), dt.time(0, 0), tzinfo=STOCKHOLM)


def is_open(process: Process, now: dt.datetime, extension: dt.date | None = None) -> bool:
    end = closes_at(process, extension)
    return end is None or now < end


SV_MONTHS = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
             "november", "december")
EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December")


def format_day(day: dt.date, language: str) -> str:
    if language == "en":
        return f"{day.day} {EN_MONTHS[day.month - 1]} {day.year}"
    return f"{day.day} {SV_MONTHS[day.month - 1]} {day.year}"


def format_moment(moment: dt.datetime, language: str) -> str:
    local = moment.astimezone(STOCKHOLM)
    return f"{format_day(local.date(), language)} {'at' if language == 'en' else 'kl.'} {local:%H:%M}"
