"""`python -m benchmarks.ask BATCH.yaml --out build/BATCH-answers.md`: the whole bot's question path
on a batch of questions, written down as the user would see it, for blind grading.

A batch is a YAML list of `{q: "…", now: "2021-07-01T10:00:00+02:00"}` (`now` optional: then
--now). Each question is POSTed as a Teams personal message (or, with --channel, as a channel
message with an @mention) to the real app over HTTP, on a fresh SQLite database, with the clock
set to its `now`; the fake Bot Connector records what the bot sends. The file lists, per question,
the text, the buttons (suggested actions or card buttons) and which card or dialog opens.
Nothing about the engine's intent or confidence is written: the grader sees what a partner sees.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import sys
import tempfile
from pathlib import Path
from typing import Any

import aiohttp
import yaml

from rusbot.clock import STOCKHOLM, ManualClock
from tests import builders as b
from tests.conftest import make_settings, start_bot
from tests.fakes.connector import FakeConnector, Recorded

DEFAULT_NOW = "2021-04-20T10:00:00+02:00"


def _moment(value: Any, default: str) -> dt.datetime:
    moment = value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(str(value or default))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=STOCKHOLM)
    return moment.astimezone(STOCKHOLM)


def load_batch(path: Path, default_now: str) -> list[tuple[str, dt.datetime]]:
    entries = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(entries, list):
        raise SystemExit(f"{path}: a YAML list of {{q, now}} is expected")
    batch = []
    for n, entry in enumerate(entries):
        entry = {"q": entry} if isinstance(entry, str) else entry
        if not isinstance(entry, dict) or not isinstance(entry.get("q"), str):
            raise SystemExit(f"{path}: entry {n}: needs `q` (the question)")
        batch.append((entry["q"], _moment(entry.get("now"), default_now)))
    return batch


def _buttons(actions: list[dict[str, Any]]) -> list[str]:
    out = []
    for action in actions:
        title = action.get("title", "?")
        data = action.get("data") if isinstance(action.get("data"), dict) else {}
        kind = action.get("type")
        if kind == "Action.OpenUrl":
            out.append(f"[{title}] (opens {action.get('url')})")
        elif isinstance(data.get("msteams"), dict) and data["msteams"].get("type") == "task/fetch":
            out.append(f"[{title}] (opens the dialog `{data.get('action')}`)")
        elif data.get("action") == "questions.ask":
            out.append(f"[{title}] (asks: {data.get('question')})")
        else:
            out.append(f"[{title}] (`{data.get('action') or kind}`)")
    return out


def _card_actions(node: Any) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "actions" and isinstance(value, list):
                found += [a for a in value if isinstance(a, dict)]
            else:
                found += _card_actions(value)
    elif isinstance(node, list):
        for value in node:
            found += _card_actions(value)
    return found


def describe(reply: Recorded) -> list[str]:
    lines = []
    if reply.text:
        lines += [reply.text.strip()]
    for card in reply.cards:
        title = next((block.get("text") for block in card.get("body", []) if isinstance(block, dict)
                      and block.get("type") == "TextBlock"), "")
        lines.append(f"**Card** \"{title}\":\n\n    " + str(card.get("fallbackText", "")).replace("\n", "\n    "))
        buttons = _buttons(_card_actions(card))
        if buttons:
            lines.append("Card buttons: " + ", ".join(buttons))
    suggested = (reply.body or {}).get("suggestedActions") or {}
    if suggested.get("actions"):
        lines.append("Buttons: " + ", ".join(f"[{a.get('title')}]" for a in suggested["actions"]))
    return lines


async def ask_all(batch: list[tuple[str, dt.datetime]], *, channel: bool) -> list[list[str]]:
    connector = FakeConnector()
    await connector.start()
    results: list[list[str]] = []
    with tempfile.TemporaryDirectory(prefix="rusbot-ask-") as tmp:
        clock = ManualClock(batch[0][1] if batch else dt.datetime.now(STOCKHOLM))
        # (The links the bot hands out as `python -m bot` gives them, not the ephemeral test port: graders saw ":0".)
        runner, url = await start_bot(make_settings(f"sqlite:///{tmp}/rusbot.db", public_url="http://127.0.0.1:3978"),
                                      clock, connector)
        try:
            async with aiohttp.ClientSession() as session:
                for n, (question, moment) in enumerate(batch):
                    clock.set(moment)
                    connector.clear()
                    sender = b.user(f"Grader {n}", aad=f"grader-{n}")
                    activity = (b.channel_message(connector.url, question, sender=sender) if channel
                                else b.personal_message(connector.url, question, sender=sender))
                    async with session.post(f"{url}/api/messages", json=activity) as response:
                        await response.read()
                        status = response.status
                    lines = [line for reply in connector.sent for line in describe(reply)]
                    if status >= 300:
                        lines.append(f"(HTTP {status})")
                    results.append(lines or ["(no reply)"])
        finally:
            await runner.cleanup()
            await connector.stop()
    return results


def write(out: Path, source: Path, batch: list[tuple[str, dt.datetime]], results: list[list[str]]) -> None:
    parts = [f"# Answers to {source.name}\n\nWhat a partner sees for each question (personal chat unless noted).\n"]
    for n, ((question, moment), lines) in enumerate(zip(batch, results, strict=True), 1):
        parts.append(f"\n## {n}. {question}\n\n_asked {moment.isoformat()}_\n\n" + "\n\n".join(lines) + "\n")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("".join(parts), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.ask", description=__doc__)
    parser.add_argument("batch", type=Path)
    parser.add_argument("--out", type=Path, required=True, help="the markdown file to write")
    parser.add_argument("--now", default=DEFAULT_NOW, help=f"for entries without `now` (default {DEFAULT_NOW})")
    parser.add_argument("--channel", action="store_true", help="ask in a channel with an @mention instead")
    args = parser.parse_args(argv)
    batch = load_batch(args.batch, args.now)
    results = asyncio.run(ask_all(batch, channel=args.channel))
    write(args.out, args.batch, batch, results)
    print(f"{args.out}: {len(batch)} questions answered")
    return 0


if __name__ == "__main__":
    sys.exit(main())
