"""`python -m bot` starts the bot; `python -m bot chat` talks to it in the terminal."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys

from aiohttp import web

from rusbot.process.loader import ProcessFileError
from rusbot.settings import Settings, SettingsError, load_settings


def _serve(settings: Settings) -> None:
    from bot.app import create_app

    app = create_app(settings)
    mode = "production" if settings.production else "local mode (no authentication, loopback only)"
    logging.getLogger("bot").info("rusbot on http://%s:%s, %s", settings.host, settings.port, mode)
    web.run_app(app, host=settings.host, port=settings.port, print=None, access_log=None)


def _chat(settings: Settings) -> None:
    from bot.chat import run_chat

    asyncio.run(run_chat(settings))


def _export(settings: Settings, fmt: str, out: str) -> None:
    from pathlib import Path

    from rusbot.input.export import build_export
    from rusbot.input.store import InputStore
    from rusbot.process.loader import load_process
    from rusbot.store.db import open_database

    async def run() -> bytes:
        db = open_database(settings.effective_database_url)
        try:
            content, _, _ = await build_export(InputStore(db), load_process(settings.process_file), fmt)
            return content
        finally:
            await db.close()

    content = asyncio.run(run())
    Path(out).write_bytes(content)
    print(f"{out}: {len(content)} bytes", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot", description="rusbot, the RUS bot for Teams")
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("serve", help="start the bot's HTTP service (the default)")
    sub.add_parser("chat", help="talk to the bot in the terminal")
    export = sub.add_parser("export", help="write the submitted input and responses to a file")
    export.add_argument("--format", choices=("csv", "xlsx"), default="csv")
    export.add_argument("--out", required=True, help="the file to write")
    args = parser.parse_args(argv)
    try:
        settings = load_settings()
        logging.basicConfig(level=settings.log_level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
        if args.command == "export":
            logging.getLogger().setLevel(logging.WARNING)
            _export(settings, args.format, args.out)
        elif args.command == "chat":
            logging.getLogger().setLevel(logging.WARNING)
            _chat(settings)
        else:
            _serve(settings)
    except (SettingsError, ProcessFileError) as exc:
        print(exc, file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    return 0


if __name__ == "__main__":
    sys.exit(main())
