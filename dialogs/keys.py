"""Where a conversational flow can be kept: shared by the flows (dialogs/inspel.py) and the app's
handle on them (dialogs/flows.py), which must answer for Teams without importing the dialogs."""

from __future__ import annotations

from typing import Any

TEAMS = "msteams"    # Teams opens a real dialog (task module) instead: no flow ever starts there


def keyable(activity: Any) -> bool:
    """A flow is kept per channel, conversation and sender: all three must be there."""
    sender, conversation = activity.from_property, activity.conversation
    return all(isinstance(v, str) and v for v in (activity.channel_id, getattr(sender, "id", None),
                                                   getattr(conversation, "id", None)))
