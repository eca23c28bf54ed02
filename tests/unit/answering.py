"""What the answer tests of issue 9's rounds share: a moment in Stockholm and an answer's lead."""

from __future__ import annotations

import datetime as dt

from rusbot.clock import STOCKHOLM


def at(y: int, m: int, d: int, h: int = 10) -> dt.datetime:
    return dt.datetime(y, m, d, h, tzinfo=STOCKHOLM)


def first_sentence(text: str) -> str:
    return text.split("\n")[0].split(". ")[0]
