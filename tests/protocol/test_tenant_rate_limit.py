"""The app-wide limit is kept per tenant, over HTTP (issue 10, item 9).

Microsoft Learn, "Optimize your bot with rate limiting and best practices in Microsoft Teams"
(https://learn.microsoft.com/microsoftteams/platform/bots/how-to/rate-limit): "The global limit per
app per tenant is 50 Requests Per Second (RPS)". The tenant is the one Teams names in the activity
(channelData.tenant.id and conversation.tenantId, as in every payload of "Conversation events in
your Teams bot"); reminders use the tenant stored with the conversation.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import text

from rusbot.clock import STOCKHOLM
from tests import builders as b
from tests.conftest import RunningBot

OTHER_TENANT = "5c3f4a2e-0d1b-4a7e-9c6f-8b2a1e0d9f37"
OTHER_TEAM = "19:annan-organisation-general@thread.tacv2"


class Buckets:
    def __init__(self) -> None:
        self.keys: list[str] = []

    async def acquire(self, key: str) -> None:
        self.keys.append(key)


def in_other_tenant(activity: dict[str, Any]) -> dict[str, Any]:
    activity["channelData"]["tenant"] = {"id": OTHER_TENANT}
    activity["conversation"]["tenantId"] = OTHER_TENANT
    return activity


async def test_replies_count_against_the_tenant_of_the_activity(bot: RunningBot) -> None:
    buckets = Buckets()
    bot.services.connector._global = buckets     # note the bucket instead of waiting in it
    for activity in (b.personal_message(bot.service_url, "Vad händer nu?"),
                     in_other_tenant(b.personal_message(bot.service_url, "Vad händer nu?",
                                                        sender=b.user("Annan Person")))):
        status, _ = await bot.post(activity)
        assert status == 200
    assert buckets.keys == [f"app:{b.TENANT}", f"app:{OTHER_TENANT}"]


async def test_reminders_share_each_tenants_limit_through_the_database(bot: RunningBot) -> None:
    home = b.installation(bot.service_url, scope="team")
    other = in_other_tenant(b.installation(bot.service_url, scope="team", sender=b.user("Annan Person")))
    other["conversation"]["id"] = OTHER_TEAM
    other["channelData"].update({"team": {"id": OTHER_TEAM}, "channel": {"id": OTHER_TEAM}})
    for activity in (home, other):
        status, _ = await bot.post(activity)
        assert status == 200
    bot.clock.set(dt.datetime(2021, 3, 10, 9, 0, tzinfo=STOCKHOLM))
    report = await bot.services.reminders.run_due()
    assert report.sent == 2
    async with bot.services.db.session() as session:
        keys = set((await session.execute(text("SELECT key FROM rate_gate"))).scalars())
    assert keys == {f"app:{b.TENANT}", f"app:{OTHER_TENANT}"}
