"""`python -m bot chat`: the same bot in the terminal, without Teams and without a server."""

from __future__ import annotations

import asyncio
import datetime as dt
import re
import sys
import uuid
from typing import Any, TextIO

from botbuilder.core import BotAdapter, TurnContext
from botbuilder.schema import Activity, ActivityTypes, ChannelAccount, ConversationAccount, ResourceResponse

from bot.app import clock_for, running_services
from bot.handler import RusBot
from rusbot.process.loader import load_process
from rusbot.settings import Settings

TERMINAL_SERVICE_URL = "http://127.0.0.1/terminal"
_BOLD = re.compile(r"\*\*(.+?)\*\*")


def _plain(text: str) -> str:
    return _BOLD.sub(r"\1", text).replace("<at>", "").replace("</at>", "")


class TerminalAdapter(BotAdapter):
    def __init__(self, out: TextIO) -> None:
        super().__init__()
        self._out = out

    async def send_activities(self, context: TurnContext, activities: list[Activity]) -> list[ResourceResponse]:
        for activity in activities:
            if activity.type != ActivityTypes.message:
                continue
            parts = [activity.text] if activity.text else []
            for attachment in activity.attachments or []:
                content: Any = attachment.content
                if isinstance(content, dict) and content.get("fallbackText"):
                    parts.append(content["fallbackText"])
            for action in (activity.suggested_actions.actions if activity.suggested_actions else []):
                parts.append(f"  → {action.value}")
            self._out.write("\nrusbot> " + _plain("\n".join(parts)).replace("\n", "\n        ") + "\n")
        self._out.flush()
        return [ResourceResponse(id=str(uuid.uuid4())) for _ in activities]

    async def update_activity(self, context: TurnContext, activity: Activity) -> None:
        return None

    async def delete_activity(self, context: TurnContext, reference: Any) -> None:
        return None


def _message(text: str, locale: str) -> Activity:
    return Activity(
        type=ActivityTypes.message, id=str(uuid.uuid4()), text=text, locale=locale, channel_id="terminal",
        service_url=TERMINAL_SERVICE_URL, timestamp=dt.datetime.now(dt.UTC),
        from_property=ChannelAccount(id="terminal-user", name="Du", aad_object_id="terminal-user"),
        recipient=ChannelAccount(id="rusbot", name="rusbot"),
        conversation=ConversationAccount(id="terminal", conversation_type="personal"),
    )


async def run_chat(settings: Settings, *, stdin: TextIO = sys.stdin, stdout: TextIO = sys.stdout,
                   locale: str = "sv-SE") -> None:
    process = load_process(settings.process_file)
    async with running_services(settings, clock_for(settings), process) as services:
        adapter = TerminalAdapter(stdout)
        bot = RusBot(services)

        async def turn(text: str) -> None:
            await adapter.run_pipeline(TurnContext(adapter, _message(text, locale)), bot.on_turn)

        stdout.write("RUS-boten i terminalen. Skriv en fråga, eller 'sluta' för att avsluta.\n")
        await turn("hjälp")
        while True:
            stdout.write("\ndu> ")
            stdout.flush()
            line = await asyncio.to_thread(stdin.readline)
            if not line:
                break
            text = line.strip()
            if text.casefold() in {"sluta", "quit", "exit", "avsluta"}:
                break
            if text:
                await turn(text)
        stdout.write("\nHej då!\n")
