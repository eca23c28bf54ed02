"""`python -m bot` starts the bot; `python -m bot chat [--as coordinator] [--org Kumla]` talks to it in the
terminal (local mode);
`python -m bot package --out build/rusbot-teams.zip` builds and checks the Teams app package;
`python -m bot healthcheck` asks a running bot's /healthz (the container's health check);
`python -m bot gdpr export --user AAD_ID --out FILE` / `gdpr delete --user AAD_ID --yes`: one person's data."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from pathlib import Path

from aiohttp import web

from rusbot.process.loader import ProcessFileError
from rusbot.settings import Settings, SettingsError, load_settings
from rusbot.understanding.model import ModelFileError


def _serve(settings: Settings) -> None:
    from bot.app import create_app

    app = create_app(settings)     # refuses production settings without an https RUSBOT_PUBLIC_URL
    mode = "production" if settings.production else "local mode (no authentication, loopback only)"
    logging.getLogger("bot").info("rusbot on http://%s:%s, %s", settings.host, settings.port, mode)
    web.run_app(app, host=settings.host, port=settings.port, print=None, access_log=None)


def _chat(settings: Settings, args: argparse.Namespace) -> int:
    from bot.chat import ChatError, run_chat
    from bot.terminal.world import IdentityError

    try:
        asyncio.run(run_chat(settings, handle=args.as_who, name=args.name, organisation=args.org,
                             locale="en-US" if args.english else "sv-SE"))
    except (ChatError, IdentityError) as exc:
        print(exc, file=sys.stderr)
        return 2
    return 0


def _package(settings: Settings, args: argparse.Namespace) -> int:
    from bot.features import build_tables
    from bot.teamsapp import package

    commands, _actions = build_tables()
    app_id = args.app_id or settings.app_id
    try:
        if args.check:
            files = package.read_package(args.check)
            out = args.check
        else:
            if not app_id:
                print("Ingen app-id / no app id: the package needs the Azure Bot's Microsoft App ID. Set "
                      "MicrosoftAppId or pass --app-id GUID.", file=sys.stderr)
                return 2
            files = package.build_files(
                bot_app_id=app_id, public_url=args.public_url or settings.public_url, commands=commands,
                teams_app_id=args.teams_app_id or settings.teams_app_id or None, version=args.app_version,
                manifest_dir=args.manifest_dir)
            out = package.build_package(args.out, files)
        problems = package.validate_package(files, bot_app_id=app_id or "", commands=commands,
                                            public_url=args.public_url or settings.public_url or None)
    except package.PackageError as exc:
        print(f"Paketet kunde inte byggas / the package could not be built:\n{exc}", file=sys.stderr)
        return 1
    if problems:
        print(f"{out}: paketet är ogiltigt / the package is not valid:", file=sys.stderr)
        for problem in problems:
            print(f"  - {problem}", file=sys.stderr)
        return 1
    import json

    manifest = json.loads(files[package.MANIFEST_FILE])
    lists = manifest["bots"][0].get("commandLists", [])
    counts = ", ".join(f"{entry['scopes'][0]} {len(entry['commands'])}" for entry in lists)
    print(f"{out}: OK (Teams app {manifest['id']} version {manifest['version']}, bot {manifest['bots'][0]['botId']}, "
          f"domain {', '.join(manifest['validDomains'])}, commands: {counts or 'none'})")
    return 0


def _healthcheck(settings: Settings, url: str | None, timeout: float) -> int:
    import json
    import urllib.error
    import urllib.request

    if url is None:
        host = settings.host
        host = {"0.0.0.0": "127.0.0.1", "::": "::1", "": "127.0.0.1"}.get(host, host)
        host = f"[{host}]" if ":" in host else host
        url = f"http://{host}:{settings.port}/healthz"
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            body = json.loads(response.read() or b"{}")
    except (urllib.error.URLError, OSError, ValueError) as exc:
        print(f"unhealthy: {url}: {exc}", file=sys.stderr)
        return 1
    if body.get("status") != "ok":
        print(f"unhealthy: {url} answered {body}", file=sys.stderr)
        return 1
    print(f"healthy: {url} ({body.get('mode', '?')})")
    return 0


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


def _gdpr(settings: Settings, args: argparse.Namespace) -> int:
    """`gdpr export --user AAD --out FILE` (article 15) and `gdpr delete --user AAD --yes` (article 17)."""
    import json

    from bot.features.privacy import erased_text, public_documents_text
    from rusbot.input.privacy import erase_person, export_person, find_user, plan_erasure
    from rusbot.store.db import open_database

    clock = _clock(settings)

    async def run() -> int | dict[str, object]:
        db = open_database(settings.effective_database_url)
        try:
            user = await find_user(db, args.user)
            if user is None:
                print(f"Inga uppgifter om {args.user} / no data about {args.user}", file=sys.stderr)
                return 1
            if args.gdpr == "export":
                return await export_person(db, user, clock.now())
            if not args.yes:
                plan = await plan_erasure(db, user)
                print(f"Would erase about {user}: {plan.inspel} inspel, {plan.drafts_deleted} drafts removed, "
                      f"{plan.drafts_reverted} drafts reverted to the submitted version, {plan.links} link(s), "
                      f"{plan.preferences} preference(s), {plan.poll_votes} poll vote(s), {plan.conversations} "
                      f"personal conversation(s). {public_documents_text('en', plan.kept_revisions)}\n"
                      "Run again with --yes to erase.", file=sys.stderr)
                return 1
            result = await erase_person(db, user, clock.now())
            print(erased_text("sv", user, result))
            return 0
        finally:
            await db.close()

    outcome = asyncio.run(run())
    if isinstance(outcome, int):
        return outcome
    Path(args.out).write_text(json.dumps(outcome, ensure_ascii=False, indent=2), encoding="utf-8")
    print(f"{args.out}: personal data of {outcome['subject']}", file=sys.stderr)
    return 0


def _clock(settings: Settings):  # type: ignore[no-untyped-def]
    from bot.app import clock_for

    return clock_for(settings)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot", description="rusbot, the RUS bot for Teams")
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("serve", help="start the bot's HTTP service (the default)")
    chat = sub.add_parser("chat", help="talk to the bot in the terminal (local mode)",
                          description="The bot in the terminal, as a Teams user would meet it: cards with numbered "
                          "buttons, forms as prompts, dialogs, a team channel every terminal user shares (/kanal). "
                          "Local mode only. The identity is kept in RUSBOT_DATA_DIR/terminal, so the next run is "
                          "the same person.")
    chat.add_argument("--as", dest="as_who", default="du", metavar="NAME",
                      help="who you are: 'coordinator' (or 'samordnare') is a coordinator in this run; any other "
                      "name is a partner of its own (default: du)")
    chat.add_argument("--name", help="your display name (kept for the next run)")
    chat.add_argument("--org", metavar="ORGANISATION", help="link yourself to this organisation (id or name, "
                      "e.g. Kumla), confirmed at once; otherwise write 'organisation' and have a coordinator confirm")
    chat.add_argument("--english", action="store_true", help="an English Teams client (locale en-US)")
    pkg = sub.add_parser("package", help="build and check the Teams app package (zip) from the settings",
                         description="Builds the Teams app package from manifest/, the settings (MicrosoftAppId, "
                         "RUSBOT_TEAMS_APP_ID, RUSBOT_PUBLIC_URL) and the bot's command table, then checks it "
                         "offline. Exits 1 when it is not valid, 2 when the settings are missing.")
    pkg.add_argument("--out", type=Path, default=Path("build/rusbot-teams.zip"), help="where to write the zip")
    pkg.add_argument("--app-id", help="the Azure Bot's Microsoft App ID (default: MicrosoftAppId)")
    pkg.add_argument("--teams-app-id", help="the Teams app id (default: RUSBOT_TEAMS_APP_ID, else derived "
                     "from the bot id)")
    pkg.add_argument("--public-url", help="the bot's public https URL (default: RUSBOT_PUBLIC_URL)")
    pkg.add_argument("--app-version", help="the app version x.y.z; raise it for every upload that updates the "
                     "app (default: the rusbot version)")
    pkg.add_argument("--manifest-dir", type=Path, help="where manifest.template.json and the icons are "
                     "(default: manifest/ of the checkout)")
    pkg.add_argument("--check", type=Path, metavar="ZIP", help="only check an existing package")
    health = sub.add_parser("healthcheck", help="exit 0 when the running bot answers GET /healthz")
    health.add_argument("--url", help="default: http://HOST:PORT/healthz from the settings")
    health.add_argument("--timeout", type=float, default=5.0)
    export = sub.add_parser("export", help="write the submitted input and responses to a file")
    export.add_argument("--format", choices=("csv", "xlsx"), default="csv")
    export.add_argument("--out", required=True, help="the file to write")
    gdpr = sub.add_parser("gdpr", help="personal data of one person: export (art. 15) or delete (art. 17)")
    gdpr_sub = gdpr.add_subparsers(dest="gdpr", required=True)
    gdpr_export = gdpr_sub.add_parser("export", help="write everything stored about the person as JSON")
    gdpr_export.add_argument("--user", required=True, help="AAD object id (or a known e-mail address)")
    gdpr_export.add_argument("--out", required=True, help="the JSON file to write")
    gdpr_delete = gdpr_sub.add_parser("delete", help="erase what may be erased; submitted remissvar stay "
                                      "(public documents)")
    gdpr_delete.add_argument("--user", required=True, help="AAD object id (or a known e-mail address)")
    gdpr_delete.add_argument("--yes", action="store_true", help="really erase (without it: show what would go)")
    args = parser.parse_args(argv)
    try:
        settings = load_settings()
        logging.basicConfig(level=settings.log_level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
        # Their INFO lines (every migration step, every scheduler wake) drown the bot's own.
        for chatty in ("alembic", "apscheduler"):
            logging.getLogger(chatty).setLevel(logging.WARNING)
        if args.command in {"package", "healthcheck"}:
            logging.getLogger().setLevel(logging.WARNING)
        if args.command == "package":
            return _package(settings, args)
        if args.command == "healthcheck":
            return _healthcheck(settings, args.url, args.timeout)
        if args.command == "gdpr":
            logging.getLogger().setLevel(logging.WARNING)
            return _gdpr(settings, args)
        if args.command == "export":
            logging.getLogger().setLevel(logging.WARNING)
            _export(settings, args.format, args.out)
        elif args.command == "chat":
            logging.getLogger().setLevel(logging.WARNING)
            return _chat(settings, args)
        else:
            _serve(settings)
    except (SettingsError, ProcessFileError, ModelFileError) as exc:
        print(exc, file=sys.stderr)
        # Docker reserves a health check's exit code 2; any failure there is plain "unhealthy".
        return 1 if args.command == "healthcheck" else 2
    except KeyboardInterrupt:
        return 130
    return 0


if __name__ == "__main__":
    sys.exit(main())
