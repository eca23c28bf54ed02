"""Reads a process file (YAML or TOML) into a validated `Process`.

A coordinator edits this file by hand, so every problem is reported with the file, the place in
it and what is wrong, and the bot refuses to start rather than guess.
"""

from __future__ import annotations

import tomllib
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from rusbot.process.model import Process

DEFAULT_PROCESS_FILE = Path(str(resources.files("rusbot") / "data" / "process-2021.yaml"))


class ProcessFileError(Exception):
    """The process file cannot be used; the message names the file, the place and the problem."""

    def __init__(self, path: Path, problems: list[str]) -> None:
        self.path = path
        self.problems = problems
        lines = "\n".join(f"  - {p}" for p in problems)
        super().__init__(f"Processfilen {path} kan inte användas / the process file cannot be used:\n{lines}")


def _parse_yaml(raw: str) -> Any:
    """libyaml parses the process file ~10x faster than pure-Python PyYAML (~0.1 s of start-up on a slow
    machine). A file libyaml refuses is parsed again by the pure loader, so that the error a human reads
    (line, column, problem) stays the one the pure loader has always given."""
    loader = getattr(yaml, "CSafeLoader", None)
    if loader is not None:
        try:
            return yaml.load(raw, Loader=loader)
        except yaml.YAMLError:
            pass
    return yaml.safe_load(raw)


def _read(path: Path) -> Any:
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ProcessFileError(path, ["filen finns inte / file not found"]) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ProcessFileError(path, [f"kan inte läsas / cannot be read: {exc}"]) from None
    if path.suffix.lower() == ".toml":
        try:
            return tomllib.loads(raw)
        except tomllib.TOMLDecodeError as exc:
            raise ProcessFileError(path, [f"ogiltig TOML / invalid TOML: {exc}"]) from None
    try:
        return _parse_yaml(raw)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        where = f"rad {mark.line + 1}, kolumn {mark.column + 1}: " if mark else ""
        raise ProcessFileError(path, [f"{where}ogiltig YAML / invalid YAML: {exc.problem}"]) from None
    except yaml.YAMLError as exc:
        raise ProcessFileError(path, [f"ogiltig YAML / invalid YAML: {exc}"]) from None


def _place(data: Any, loc: tuple[int | str, ...]) -> str:
    """`timeline[3] (id: remiss).end.month` — the ids help a human find the entry."""
    parts: list[str] = []
    node = data
    for key in loc:
        if isinstance(key, int):
            label = f"[{key}]"
            if isinstance(node, list) and key < len(node):
                node = node[key]
                if isinstance(node, dict) and "id" in node:
                    label += f" (id: {node['id']})"
            parts.append(label)
        else:
            parts.append(("." if parts else "") + str(key))
            node = node.get(key) if isinstance(node, dict) else None
    return "".join(parts) or "(filen som helhet / the whole file)"


def load_process(path: Path | str | None = None) -> Process:
    path = Path(path) if path is not None else DEFAULT_PROCESS_FILE
    data = _read(path)
    if not isinstance(data, dict):
        raise ProcessFileError(path, ["filen ska innehålla en mappning på toppnivå / the file must hold a mapping"])
    try:
        return Process.model_validate(data)
    except ValidationError as exc:
        problems = [f"{_place(data, tuple(err['loc']))}: {err['msg']}" for err in exc.errors()]
        raise ProcessFileError(path, problems) from None
