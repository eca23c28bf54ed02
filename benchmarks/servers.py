"""The benchmark's subprocesses: `python -m benchmarks.servers {connector,rusbot,echo} PORT`.

Each listens on 127.0.0.1 only and dies with its parent: it exits when its stdin (a pipe from
the benchmark) closes, and in any case after MAX_LIFETIME seconds.
"""

from __future__ import annotations

import os
import sys
import threading
from typing import Any

MAX_LIFETIME = 900.0
HOST = "127.0.0.1"


def _die_with_parent() -> None:
    def watch_stdin() -> None:
        try:
            while sys.stdin.buffer.read(1024):
                pass
        finally:
            os._exit(0)

    threading.Thread(target=watch_stdin, daemon=True).start()
    timer = threading.Timer(MAX_LIFETIME, os._exit, args=(3,))
    timer.daemon = True
    timer.start()


def _profiled(run: Any) -> None:
    """With BENCH_PROFILE=path, profile the whole server and write the stats there on SIGTERM."""
    path = os.environ.get("BENCH_PROFILE")
    if not path:
        run()
        return
    import cProfile

    profile = cProfile.Profile()
    profile.enable()
    try:
        run()
    finally:
        profile.disable()
        profile.dump_stats(path)


# -- the fake Bot Connector ---------------------------------------------------------------------
def serve_connector(port: int) -> None:
    """tests/fakes' FakeConnector, counting what each bot sent (by the sender prefix in the
    conversation id) instead of keeping every request; GET /_bench/stats reads the counts."""
    import json

    from aiohttp import web

    from tests.fakes.connector import FakeConnector

    class CountingConnector(FakeConnector):
        def __init__(self) -> None:
            super().__init__()
            self.counts: dict[str, int] = {}
            self.last: dict[str, Any] = {}

        async def _handle(self, request: web.Request) -> web.StreamResponse:
            if request.path == "/_bench/stats":
                return web.json_response({"counts": self.counts, "last": self.last})
            response = await super()._handle(request)
            for record in self.requests:
                if record.method == "POST" and record.conversation_id:
                    # personal conversation ids are "a:personal-<aad>"; the aad starts with the bot's name.
                    prefix = record.conversation_id.removeprefix("a:personal-").split("-", 1)[0]
                    self.counts[prefix] = self.counts.get(prefix, 0) + 1
                    self.last[prefix] = {"path": record.path, "body": record.body}
            self.requests.clear()
            return response

    async def main() -> None:
        import asyncio

        fake = CountingConnector()
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", fake._handle)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        await web.TCPSite(runner, HOST, port).start()
        print(json.dumps({"ready": port}), flush=True)
        await asyncio.Event().wait()

    import asyncio

    asyncio.run(main())


# -- rusbot, as `python -m bot` starts it -------------------------------------------------------
def serve_rusbot(port: int) -> None:
    os.environ.update(HOST=HOST, PORT=str(port))
    if os.environ.get("BENCH_TEAMS_APP_LIMIT") != "1":
        # Teams allows a bot 50 requests/s per tenant, and our Connector enforces that in-process.
        # The fake connector is not Teams: lift that one limit (the setting an operator would
        # change) so the benchmark measures the bot. The per-conversation limits stay (the load is
        # spread over enough conversations).
        os.environ["RUSBOT_TEAMS_APP_RPS"] = "1000000"
    from bot.__main__ import main

    _profiled(lambda: main(["serve"]))


# -- the stock botbuilder echo bot --------------------------------------------------------------
def serve_echo(port: int) -> None:
    """The SDK's echo sample as it ships: CloudAdapter + ConfigurationBotFrameworkAuthentication
    with no app id (local mode), ActivityHandler, `adapter.process` on aiohttp. Nothing tuned."""
    from aiohttp import web
    from aiohttp.web import Request, Response
    from botbuilder.core import ActivityHandler, MessageFactory, TurnContext
    from botbuilder.core.integration import aiohttp_error_middleware
    from botbuilder.integration.aiohttp import CloudAdapter, ConfigurationBotFrameworkAuthentication

    class DefaultConfig:
        PORT = port
        APP_ID = ""
        APP_PASSWORD = ""
        APP_TYPE = "MultiTenant"
        APP_TENANTID = ""

    class EchoBot(ActivityHandler):
        async def on_message_activity(self, turn_context: TurnContext) -> None:
            await turn_context.send_activity(MessageFactory.text(f"Echo: {turn_context.activity.text}"))

    adapter = CloudAdapter(ConfigurationBotFrameworkAuthentication(DefaultConfig()))

    async def on_error(context: TurnContext, error: Exception) -> None:
        print(f"[on_turn_error] unhandled error: {error}", file=sys.stderr)
        await context.send_activity("The bot encountered an error or bug.")

    adapter.on_turn_error = on_error
    echo = EchoBot()

    async def messages(req: Request) -> Response:
        return await adapter.process(req, echo)

    app = web.Application(middlewares=[aiohttp_error_middleware])
    app.router.add_post("/api/messages", messages)
    _profiled(lambda: web.run_app(app, host=HOST, port=port, print=None))


def main(argv: list[str]) -> None:
    kind, port = argv[0], int(argv[1])
    _die_with_parent()
    {"connector": serve_connector, "rusbot": serve_rusbot, "echo": serve_echo}[kind](port)


if __name__ == "__main__":
    main(sys.argv[1:])
