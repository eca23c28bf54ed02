"""Requests to the tab as the page makes them: a local-mode identity (or a token) in Authorization,
the CSRF token from the session on changes, JSON bodies, the page's own Origin."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from multidict import CIMultiDictProxy

from bot.tab.identity import local_header
from tests.conftest import RunningBot

COORDINATOR_ID = "aad-samordnare"


@dataclass
class TabResponse:
    status: int
    text: str
    headers: CIMultiDictProxy[str]

    def json(self) -> Any:
        import json

        return json.loads(self.text)


def as_user(user_id: str | None, *, email: str | None = None, name: str | None = None) -> dict[str, str]:
    return {} if user_id is None else {"Authorization": local_header(user_id, name, email)}


async def tab_get(bot: RunningBot, path: str, headers: dict[str, str] | None = None) -> TabResponse:
    async with bot.session.get(f"{bot.url}{path}", headers=headers or {}, allow_redirects=False) as response:
        return TabResponse(response.status, await response.text(), response.headers)


async def csrf_for(bot: RunningBot, headers: dict[str, str]) -> str:
    session = await tab_get(bot, "/tab/api/session", headers)
    assert session.status == 200, session.text
    token: str = session.json()["csrf"]
    return token


async def tab_post(bot: RunningBot, path: str, body: Any, headers: dict[str, str], *, csrf: str | bool | None = True,
                   origin: str | bool | None = True, content_type: str = "application/json") -> TabResponse:
    sent = dict(headers)
    if csrf is True:
        sent["X-CSRF-Token"] = await csrf_for(bot, headers)
    elif isinstance(csrf, str):
        sent["X-CSRF-Token"] = csrf
    if origin is True:
        sent["Origin"] = bot.url
    elif isinstance(origin, str):
        sent["Origin"] = origin
    import json

    data = json.dumps(body) if content_type == "application/json" and not isinstance(body, str) else body
    sent["Content-Type"] = content_type
    async with bot.session.post(f"{bot.url}{path}", data=data, headers=sent) as response:
        return TabResponse(response.status, await response.text(), response.headers)
