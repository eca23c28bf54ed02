"""Work a turn leaves for after its HTTP answer.

Teams waits about five seconds for an invoke's answer and then shows the user an error (Microsoft,
"Respond to the dialog submit action": "Your app has five seconds to respond to the invoke",
https://learn.microsoft.com/microsoftteams/platform/messaging-extensions/how-to/action-commands/
respond-to-task-module-submit). So an invoke turn holds the messages it sends (a receipt posted in the
chat, say) and the handler releases them after the answer is on its way; a member look-up that outlasts
the budget goes on here too. The tasks live as long as the app (closed in its cleanup), and a failure goes
to the adapter's one error path, as a failure inside the turn would.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable
from typing import Any

from botbuilder.core import TurnContext

log = logging.getLogger(__name__)

# turn_state key: while set, the adapter appends the turn's outgoing messages here instead of sending.
HELD_SENDS = "rusbot.held_sends"


def hold_sends(context: TurnContext) -> None:
    context.turn_state[HELD_SENDS] = []


async def release_sends(context: TurnContext) -> None:
    """Send what the turn held, in order, now that its invoke is answered."""
    held: list[Any] = context.turn_state.pop(HELD_SENDS, None) or []
    if held:
        await context.adapter.send_activities(context, held)


class AfterAnswer:
    def __init__(self) -> None:
        self._tasks: set[asyncio.Future[None]] = set()

    def run(self, work: Awaitable[Any], context: TurnContext) -> None:
        task = asyncio.ensure_future(self._guarded(work, context))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    @staticmethod
    async def _guarded(work: Awaitable[Any], context: TurnContext) -> None:
        try:
            await work
        except asyncio.CancelledError:
            raise
        except Exception as error:
            handler = getattr(context.adapter, "on_turn_error", None)
            if handler is None:
                log.error("work after the answer failed", exc_info=(type(error), error, error.__traceback__))
                return
            try:
                await handler(context, error)
            except Exception:
                log.exception("the error path itself failed after the answer")

    async def idle(self) -> None:
        """Wait until every pending task is done (tests, shutdown)."""
        while self._tasks:
            await asyncio.wait(list(self._tasks))   # unlike gather, being cancelled leaves the tasks running

    async def close(self, grace: float = 5.0) -> None:
        """Let pending work finish, but do not hold the shutdown for a slow connector."""
        try:
            await asyncio.wait_for(self.idle(), grace)
        except TimeoutError:
            pending = list(self._tasks)
            for task in pending:
                task.cancel()
            await asyncio.gather(*pending, return_exceptions=True)
            log.warning("%d task(s) after an answer dropped at shutdown", len(pending))
