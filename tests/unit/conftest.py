from __future__ import annotations

import pytest

from rusbot.answers.engine import AnswerEngine
from rusbot.process.loader import load_process


@pytest.fixture(scope="session")
def engine() -> AnswerEngine:
    """The answer engine on the seed's process; a test module with its own process overrides it."""
    return AnswerEngine(load_process())
