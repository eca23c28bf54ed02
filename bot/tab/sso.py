"""Single sign-on for the tab: the Microsoft Entra token Teams hands the page (getAuthToken), checked
here. Local mode has none."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator

from bot.tab.identity import TokenCheck
from rusbot.settings import Settings


@contextlib.asynccontextmanager
async def token_check(settings: Settings) -> AsyncIterator[TokenCheck | None]:
    yield None
