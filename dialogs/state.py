"""The Bot Framework's dialog state in the database (rusbot/store/dialog_states.py).

`DatabaseStorage` is a botbuilder `Storage`; `FlowState` keys the state by channel, conversation and
user (the SDK's PrivateConversationState), so a flow belongs to the person who started it.

The dialog stack holds SDK objects (DialogState, PromptOptions with Activities, Choices). The
SDK's own storage providers write them with jsonpickle, which on reading can build any class the
data names; this codec writes plain JSON and reads back only the classes listed below.
"""

from __future__ import annotations

import enum
import logging
from typing import Any

from botbuilder import schema
from botbuilder.core import PrivateConversationState, Storage
from botbuilder.dialogs import DialogInstance, DialogState
from botbuilder.dialogs.choices import Choice, FoundChoice, ListStyle
from botbuilder.dialogs.prompts import PromptOptions
from msrest.serialization import Model

from rusbot.clock import Clock
from rusbot.store.dialog_states import DialogStateStore

log = logging.getLogger(__name__)

OWNER = "owner"      # the AAD object id of the user whose flow it is (also a column, for GDPR erasure)
E_TAG = "e_tag"      # botbuilder's concurrency tag on a stored dict: our row version

_PLAIN = {cls.__name__: cls for cls in (DialogState, DialogInstance, PromptOptions, Choice, FoundChoice)}
_ENUMS = {cls.__name__: cls for cls in (ListStyle,)}


class StateCodecError(ValueError):
    """Dialog state with something the codec does not write or read."""


def encode(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | float) or (isinstance(value, str) and
                                                                  not isinstance(value, enum.Enum)):
        return value
    if isinstance(value, enum.Enum):
        if type(value).__name__ not in _ENUMS:
            raise StateCodecError(f"enum {type(value).__name__} is not in the dialog-state codec")
        return {"$enum": type(value).__name__, "name": value.name}
    if isinstance(value, list | tuple):
        return [encode(v) for v in value]
    if isinstance(value, dict):
        if not all(isinstance(k, str) for k in value):
            raise StateCodecError("dialog state dicts need text keys")
        encoded = {k: encode(v) for k, v in value.items()}
        # A dict whose own keys look like ours is wrapped, so reading never mistakes it for an object.
        return {"$dict": encoded} if any(k.startswith("$") for k in value) else encoded
    if isinstance(value, Model) and getattr(schema, type(value).__name__, None) is type(value):
        return {"$model": type(value).__name__, "data": value.serialize()}
    if type(value).__name__ in _PLAIN and type(value) is _PLAIN[type(value).__name__]:
        return {"$object": type(value).__name__, "data": encode(vars(value))}
    raise StateCodecError(f"{type(value).__name__} is not in the dialog-state codec")


def decode(value: Any) -> Any:
    if isinstance(value, list):
        return [decode(v) for v in value]
    if not isinstance(value, dict):
        return value
    if "$dict" in value:
        return {k: decode(v) for k, v in value["$dict"].items()}
    if "$enum" in value:
        return _ENUMS[value["$enum"]][value["name"]]
    if "$model" in value:
        cls = getattr(schema, value["$model"], None)
        if not (isinstance(cls, type) and issubclass(cls, Model)):
            raise StateCodecError(f"unknown model {value['$model']!r} in dialog state")
        return cls.deserialize(value["data"])
    if "$object" in value:
        plain = _PLAIN.get(value["$object"])
        if plain is None:
            raise StateCodecError(f"unknown object {value['$object']!r} in dialog state")
        obj = plain.__new__(plain)
        obj.__dict__.update(decode(value["data"]))
        return obj
    return {k: decode(v) for k, v in value.items()}


class DatabaseStorage(Storage):  # type: ignore[misc]
    """botbuilder's Storage over DialogStateStore, with the row version as the e_tag."""

    def __init__(self, store: DialogStateStore, clock: Clock) -> None:
        super().__init__()
        self._store = store
        self._clock = clock

    async def read(self, keys: list[str]) -> dict[str, Any]:
        found = await self._store.read(keys, self._clock.now())
        items: dict[str, Any] = {}
        for key, stored in found.items():
            try:
                state = decode(stored.state)
            except (StateCodecError, KeyError, TypeError, ValueError) as exc:
                # A flow written by an older release that this one cannot read: it starts over.
                log.warning("dialog state unreadable (%s); the flow starts over", type(exc).__name__)
                await self._store.delete([key])
                continue
            items[key] = {**state, E_TAG: str(stored.version)}
        return items

    async def write(self, changes: dict[str, Any]) -> None:
        for key, value in changes.items():
            if not isinstance(value, dict):
                raise StateCodecError("dialog state must be a dict")
            tag = value.get(E_TAG)
            state = {k: v for k, v in value.items() if k != E_TAG}
            owner = state.get(OWNER)
            version = await self._store.write(key, encode(state), owner=owner if isinstance(owner, str) else None,
                                              expected_version=int(tag) if tag not in (None, "*") else None,
                                              now=self._clock.now())
            # The turn's cached dict keeps the new version, so a second save in the turn is not a conflict.
            value[E_TAG] = str(version)

    async def delete(self, keys: list[str]) -> None:
        await self._store.delete(keys)


class FlowState(PrivateConversationState):  # type: ignore[misc]
    """Dialog state per channel, conversation and user (the SDK's PrivateConversationState), stored
    in the database."""

    def __init__(self, store: DialogStateStore, clock: Clock, namespace: str) -> None:
        super().__init__(DatabaseStorage(store, clock), namespace)
