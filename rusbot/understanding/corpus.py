"""The labelled questions the intent model learns from (and is measured on).

A corpus file maps each intent to its questions. A question is a string, or a mapping with `q`
and its labels: `now` (ISO time the question is asked at, when the answer depends on the date)
and the entities it names: `org` (organisation ids), `role` (role id), `phase` (1-based number),
`period` (`2021-06`, `2021-03-11`, or `2021-09-01/2021-11-30`), `anchor` (a timeline kind the
question is relative to: `consultation`, `meeting`), `name` (an organisation the process file
does not know). A broken file is reported with the file, the place and the problem.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from rusbot.understanding.intents import INTENTS

ROOT = Path(__file__).resolve().parents[2]
TRAIN_FILE = ROOT / "tests" / "data" / "questions.yaml"
HELDOUT_FILE = ROOT / "tests" / "data" / "questions-heldout.yaml"


class CorpusError(Exception):
    def __init__(self, path: Path, problems: list[str]) -> None:
        self.path = path
        self.problems = problems
        lines = "\n".join(f"  - {p}" for p in problems)
        super().__init__(f"Frågekorpusen {path} kan inte användas / the question corpus cannot be used:\n{lines}")


class Example(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    q: str = Field(min_length=1)
    intent: str
    now: dt.datetime | None = None
    org: tuple[str, ...] = ()
    role: str | None = None
    phase: int | None = Field(default=None, ge=1)
    period: str | None = None
    anchor: str | None = None
    name: str | None = None


def load_corpus(path: Path) -> list[Example]:
    try:
        data: Any = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise CorpusError(path, ["filen finns inte / file not found"]) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"rad {mark.line + 1}: " if mark else ""
        raise CorpusError(path, [f"{where}ogiltig YAML / invalid YAML: {getattr(exc, 'problem', exc)}"]) from None
    if not isinstance(data, dict):
        raise CorpusError(path, ["filen ska vara en mappning intent → frågor / the file must map intents to questions"])
    problems: list[str] = []
    examples: list[Example] = []
    seen: dict[str, str] = {}
    for intent, entries in data.items():
        if intent not in INTENTS:
            problems.append(f"{intent}: okänd intent / unknown intent")
            continue
        if not isinstance(entries, list):
            problems.append(f"{intent}: ska vara en lista / must be a list")
            continue
        for n, entry in enumerate(entries):
            place = f"{intent}[{n}]"
            raw = {"q": entry} if isinstance(entry, str) else entry
            if not isinstance(raw, dict):
                problems.append(f"{place}: ska vara en fråga eller en mappning / must be a question or a mapping")
                continue
            try:
                example = Example.model_validate({**raw, "intent": intent})
            except ValidationError as exc:
                problems += [f"{place}.{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors()]
                continue
            key = example.q.strip().casefold()
            if key in seen:
                problems.append(f"{place}: {example.q!r} finns redan under / is already under {seen[key]}")
                continue
            seen[key] = place
            examples.append(example)
    if problems:
        raise CorpusError(path, problems)
    return examples


def corpus_hash(path: Path) -> str:
    """What the model was trained from: the file's bytes (comments and order included)."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


__all__ = ["HELDOUT_FILE", "TRAIN_FILE", "CorpusError", "Example", "corpus_hash", "load_corpus"]
