"""The conversational inspel as the app holds it: built the first time a message needs it.

botbuilder-dialogs with its recognizers (numbers, dates, emoji tables) costs about 19 MiB and a quarter
of a second to import, and only channels other than Teams ever use it (dialogs/inspel.py). A Teams
message is answered here without it: `waiting` is False for Teams, as in `InspelConversation`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dialogs.keys import TEAMS, keyable
from rusbot.clock import Clock
from rusbot.store.dialog_states import DialogStateStore

if TYPE_CHECKING:
    from bot.turn import Turn
    from dialogs.inspel import InspelConversation


class InspelFlowsOnDemand:
    def __init__(self, store: DialogStateStore, clock: Clock) -> None:
        self._store = store
        self._clock = clock
        self._flows: InspelConversation | None = None

    def _built(self) -> InspelConversation:
        if self._flows is None:
            from dialogs.inspel import InspelConversation

            self._flows = InspelConversation(self._store, self._clock)
        return self._flows

    async def start(self, turn: Turn, organisation_id: str) -> None:
        await self._built().start(turn, organisation_id)

    async def waiting(self, turn: Turn) -> bool:
        if turn.activity.channel_id == TEAMS or not keyable(turn.activity):
            return False
        return await self._built().waiting(turn)

    async def continue_active(self, turn: Turn) -> bool:
        return await self._built().continue_active(turn)
