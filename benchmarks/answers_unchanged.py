"""Whether a speed-up changed any answer: every corpus question answered by this tree's engine and by another
tree's (default /work/main), the full `Answer` objects compared.

    .venv/bin/python benchmarks/answers_unchanged.py [--against /work/main]

The questions are those of tests/data/questions.yaml and tests/data/questions-heldout.yaml (of this tree), each
at its labelled `now` when it has one and at three fixed moments (before, during and after the consultation) in
any case. Each tree answers in a subprocess of its own with that tree first on PYTHONPATH, so each imports its own
`rusbot` (and model file); the answers are serialised with `model_dump` and compared as JSON text, so a float's
last digit counts. Exit status 1 and the first differences when any answer differs. Beside each answer the
model's probabilities for the whole message (`understand(...).ranked`) are compared too, to the last bit: a
difference there changes no answer by itself, but says the arithmetic moved and where to look.

Run as a file, not with -m: the subprocess must not import `benchmarks` from either tree.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
MOMENTS = ("2021-02-15T10:00:00+01:00", "2021-07-01T10:00:00+02:00", "2021-10-15T10:00:00+02:00")


def cases(root: Path) -> list[tuple[str, str]]:
    from rusbot.understanding.corpus import load_corpus

    out: list[tuple[str, str]] = []
    for name in ("questions.yaml", "questions-heldout.yaml"):
        for e in load_corpus(root / "tests" / "data" / name):
            moments = ([e.now.isoformat()] if e.now is not None else []) + list(MOMENTS)
            out += [(e.q, m) for m in dict.fromkeys(moments)]
    return out


def dump(root: Path) -> None:
    """Answer every case with the `rusbot` on sys.path; one JSON line per answer on stdout."""
    from rusbot.answers.engine import AnswerEngine
    from rusbot.process.loader import load_process

    engine = AnswerEngine(load_process())
    for q, now in cases(root):
        answer = engine.answer(q, dt.datetime.fromisoformat(now))
        ranked = engine.understand(q, dt.datetime.fromisoformat(now).date()).ranked
        sys.stdout.write(json.dumps([q, now, answer.model_dump(mode="json"), [repr(x) for x in ranked]],
                                    ensure_ascii=False) + "\n")


def answers(tree: Path) -> list[str]:
    env = {**os.environ, "PYTHONPATH": str(tree)}
    result = subprocess.run([sys.executable, __file__, "--dump", str(HERE)], env=env, cwd=tree,
                            capture_output=True, text=True, check=True)
    return result.stdout.splitlines()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--against", type=Path, default=Path("/work/main"))
    parser.add_argument("--dump", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.dump:
        dump(args.dump)
        return 0
    ours = [json.loads(line) for line in answers(HERE)]
    theirs = [json.loads(line) for line in answers(args.against.resolve())]
    differ = [(a[:3], b[:3]) for a, b in zip(ours, theirs, strict=False) if a[:3] != b[:3]]
    moved = [(a[0], a[3], b[3]) for a, b in zip(ours, theirs, strict=False) if a[3] != b[3]]
    print(f"{len(ours)} answers here, {len(theirs)} in {args.against}; {len(differ)} differ; "
          f"the model's probabilities differ for {len(moved)}")
    for a, b in differ[:5]:
        print(f"  here:  {json.dumps(a, ensure_ascii=False)}\n  there: {json.dumps(b, ensure_ascii=False)}")
    for q, a, b in moved[:3]:
        print(f"  {q!r}: here {a[:2]}, there {b[:2]}")
    return 1 if differ or len(ours) != len(theirs) else 0


if __name__ == "__main__":
    sys.exit(main())
