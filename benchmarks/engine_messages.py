"""`python -m benchmarks.engine_messages`: the answer engine on partners' own messages, not only on the 24 short
questions of `python -m benchmarks`.

Every question of the blind holdout batches (tests/data/holdout/batch-*.yaml, written by people who saw only the
source document) is answered once, at the moment it was asked; the 24 benchmark questions at their three moments
are answered in the same process before and after, as the baseline. Both are answers per second of CPU time. The
batches' messages are four times as long as the benchmark's and often ask two or three things, so this is the rate
a real partnership would see; the benchmark's figure is the one the issue's limit was set on.
"""

from __future__ import annotations

import argparse
import datetime as dt
import time
from pathlib import Path

import yaml

from benchmarks.questions import MOMENTS, QUESTIONS
from rusbot.clock import STOCKHOLM

ROOT = Path(__file__).resolve().parent.parent


def partner_messages() -> list[tuple[str, dt.datetime]]:
    messages = []
    for path in sorted((ROOT / "tests" / "data" / "holdout").glob("batch-*.yaml")):
        for entry in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            if not isinstance(entry, dict) or not isinstance(entry.get("q"), str):
                continue
            now = entry.get("now")
            moment = now if isinstance(now, dt.datetime) else dt.datetime.fromisoformat(str(now or "2021-04-20T10:00"))
            messages.append((entry["q"], (moment if moment.tzinfo else moment.replace(tzinfo=STOCKHOLM))
                             .astimezone(STOCKHOLM)))
    return messages


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.engine_messages", description=__doc__.split("\n\n")[0])
    parser.parse_args(argv)
    from rusbot.answers.engine import AnswerEngine
    from rusbot.process.loader import load_process

    engine = AnswerEngine(load_process())
    short = [(q, now) for now in MOMENTS for q in QUESTIONS]
    messages = partner_messages()

    def rate(cases: list[tuple[str, dt.datetime]]) -> float:
        start = time.process_time()
        for question, now in cases:
            engine.answer(question, now)
        return len(cases) / (time.process_time() - start)

    rate(short)                     # warm up (and fail early on a broken engine)
    before = rate(short * 20)
    theirs = rate(messages)
    after = rate(short * 20)
    baseline = (before + after) / 2
    mean_short = sum(len(q) for q, _ in short) / len(short)
    mean_theirs = sum(len(q) for q, _ in messages) / len(messages)
    print(f"  benchmark questions ({len(short)}, {mean_short:.0f} characters on average): "
          f"{before:,.0f} and {after:,.0f} answers per CPU second")
    print(f"  partners' messages ({len(messages):,} from the blind batches, each once, {mean_theirs:.0f} characters): "
          f"{theirs:,.0f} answers per CPU second, {theirs / baseline:.2f} of the benchmark questions' rate")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
