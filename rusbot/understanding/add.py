"""`python -m rusbot.understanding.add NEW.yaml`: add labelled questions to the corpus, each to the
training file or to the held-out file by a hash of the question.

NEW.yaml has the corpus format (intent → questions, see corpus.py). A question goes to the held-out
file when the first eight hex digits of the SHA-256 of its folded text (stripped, case-folded), read
as a number, modulo 100 are below HELD_OUT_PERCENT; so the split does not depend on who adds a
question or in which order, and the held-out share stays what it is as the corpus grows. A question
already in either file is left out. Each goes at the end of its intent's list (a new intent gets a
list at the end of the file); the files' comments stay. Train the model again afterwards.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

from rusbot.understanding.corpus import HELDOUT_FILE, TRAIN_FILE, CorpusError, Example, load_corpus

HELD_OUT_PERCENT = 27
_ORDER = ("q", "now", "org", "role", "phase", "period", "anchor", "name")


def held_out(question: str) -> bool:
    digest = hashlib.sha256(question.strip().casefold().encode("utf-8")).hexdigest()
    return int(digest[:8], 16) % 100 < HELD_OUT_PERCENT


def entry_line(example: Example) -> str:
    """One question as the corpus writes it: a quoted string, or a flow mapping with its labels."""
    data: dict[str, Any] = example.model_dump(exclude={"intent"}, exclude_defaults=True)
    if set(data) == {"q"}:
        return f"  - {json.dumps(example.q, ensure_ascii=False)}"
    parts = []
    for key in _ORDER:
        if key not in data:
            continue
        value = data[key]
        if key == "now":
            value = example.now.isoformat() if example.now is not None else None
        elif key == "org":
            value = list(value)
        parts.append(f"{key}: {json.dumps(value, ensure_ascii=False)}")
    return "  - {" + ", ".join(parts) + "}"


def insert(text: str, intent: str, lines: list[str]) -> str:
    """`text` (a corpus file) with `lines` at the end of `intent`'s list."""
    rows = text.split("\n")
    start = next((n for n, row in enumerate(rows) if row.rstrip() == f"{intent}:"), None)
    if start is None:
        body = text.rstrip("\n")
        return f"{body}\n\n{intent}:\n" + "\n".join(lines) + "\n"
    end = start + 1
    while end < len(rows) and (rows[end].startswith("  ") or not rows[end].strip()):
        end += 1
    # Back over blank lines, so the new questions follow the last one.
    while end > start + 1 and not rows[end - 1].strip():
        end -= 1
    return "\n".join(rows[:end] + lines + rows[end:])


def add(new: Path, train_file: Path = TRAIN_FILE, heldout_file: Path = HELDOUT_FILE) -> tuple[int, int, int]:
    """(added to training, added to held-out, left out as already there)."""
    examples = load_corpus(new)
    seen = {e.q.strip().casefold() for e in load_corpus(train_file) + load_corpus(heldout_file)}
    texts = {train_file: train_file.read_text(encoding="utf-8"), heldout_file: heldout_file.read_text(encoding="utf-8")}
    pending: dict[tuple[Path, str], list[str]] = {}
    counts = {train_file: 0, heldout_file: 0}
    skipped = 0
    for example in examples:
        key = example.q.strip().casefold()
        if key in seen:
            skipped += 1
            continue
        seen.add(key)
        target = heldout_file if held_out(example.q) else train_file
        pending.setdefault((target, example.intent), []).append(entry_line(example))
        counts[target] += 1
    for (target, intent), lines in pending.items():
        texts[target] = insert(texts[target], intent, lines)
    for target, text in texts.items():
        target.write_text(text, encoding="utf-8")
    load_corpus(train_file), load_corpus(heldout_file)   # both still read
    return counts[train_file], counts[heldout_file], skipped


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m rusbot.understanding.add", description=__doc__)
    parser.add_argument("new", type=Path, help="labelled questions in the corpus format")
    args = parser.parse_args(argv)
    try:
        trained, kept_out, skipped = add(args.new)
    except CorpusError as exc:
        print(exc, file=sys.stderr)
        return 2
    print(f"{trained} to {TRAIN_FILE.name}, {kept_out} to {HELDOUT_FILE.name}, {skipped} already there")
    return 0


if __name__ == "__main__":
    sys.exit(main())
