"""What the answer engine returns. `bot/` turns it into Teams activities and cards."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from rusbot.process.model import Language


class Suggestion(BaseModel):
    """A follow-up the user can tap: the label shown and the question it sends."""

    label: str
    question: str


class Answer(BaseModel):
    topic: str                                   # stable id of what was answered, e.g. "consultation.dates"
    language: Language
    text: str                                    # Teams markdown; also the text fallback of any card
    sources: list[str] = Field(default_factory=list)   # quotes from the source document behind the text
    suggestions: list[Suggestion] = Field(default_factory=list)
    card: Literal["timeline"] | None = None      # a richer view the edge may render as well
    confident: bool = True                       # False for "I don't know" and "not sure" answers
    # One of the bot's own features the edge should open after the text (bot/features/questions.py):
    # "inspel", "remissvar", "reminders", "nudges.off", "nudges.on", "organisation", "timeline", and "help" (the
    # edge's own help text, with the commands the asker's role allows, in place of the text).
    action: str | None = None
    confidence: float | None = None              # the intent model's probability for what was answered
