"""`python -m rusbot.understanding.evaluate [FILE]`: how the whole answer engine does on labelled
questions (default: the held-out set, which the model never trained on).

Each question is answered at its `now` (or DEFAULT_NOW) and counted as
- *right*: answered with the labelled intent (a role's or a phase's own topic counts as its intent);
- *honest*: an off-topic question (labelled out_of_scope) answered "Det vet jag inte" or "Jag är inte
  säker … menade du?";
- *evasive*: an answerable question answered that way (graders count it as a failure too);
- *wrong*: answered with another intent: the failure that matters most.
The model's own top-1 intent accuracy is reported beside it, and the entity rules' recall on the
labelled entities.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from rusbot.answers.engine import AnswerEngine
from rusbot.clock import STOCKHOLM
from rusbot.understanding.corpus import HELDOUT_FILE, Example, load_corpus

DEFAULT_NOW = dt.datetime(2021, 4, 20, 10, tzinfo=STOCKHOLM)
HONEST = ("unknown", "unsure")
# Topics an answerer may give for an intent when an entity decides (a day with a meeting on it is
# about that meeting; a phase question without a phase lists the phases; an organisation question
# without a known name is about the partnership, and who is in it of a kind ("vilka kommuner?") or by
# office ("sitter det politiker i partnerskapet?") is answered by the organisation answerer; what comes
# after a day ("vad händer efter 11 mars?") is that period's answer; an overview asked "in a few sentences"
# is the summary, not the timeline's card; when a step without a date of its own comes, "när börjar skrivfasen
# och hur länge?", asked of a phase or the current phase, is told from the timeline: between which dated items).
_ALSO = {
    "period": {"timeline"}, "timeline": {"period", "summary"}, "rus": {"summary"}, "now": {"period"},
    "next": {"period"},
    "check_in": {"timeline"},
    "phase": {"phases", "timeline"}, "phase.current": {"timeline"},
    "organisation": {"partnership"}, "partnership": {"organisation"}, "role": {"partnership"},
}


def topic_intent(topic: str) -> str:
    if topic.startswith("role."):
        return "role"
    # "phase.step": one step of a phase named ("förankring med partnerskapet"), answered by the phase answerer.
    if topic == "phase.step" or (topic.startswith("phase") and topic[5:].isdigit()):
        return "phase"
    return {"unknown": "out_of_scope"}.get(topic, topic)


@dataclass
class Score:
    total: int = 0
    right: int = 0
    honest: int = 0
    evasive: int = 0
    wrong: int = 0
    model_right: int = 0
    entity_total: int = 0
    entity_found: int = 0
    misses: list[str] = field(default_factory=list)
    confusions: Counter[tuple[str, str]] = field(default_factory=Counter)

    @property
    def right_share(self) -> float:
        return self.right / self.total if self.total else 0.0

    @property
    def right_or_honest(self) -> float:
        return (self.right + self.honest) / self.total if self.total else 0.0

    @property
    def model_accuracy(self) -> float:
        return self.model_right / self.total if self.total else 0.0

    @property
    def entity_recall(self) -> float:
        return self.entity_found / self.entity_total if self.entity_total else 1.0


def _entities_found(engine: AnswerEngine, example: Example, today: dt.date) -> tuple[int, int]:
    e = engine.rules.find(example.q, today)
    total = found = 0
    if example.org:
        total += 1
        found += {o.id for o in e.organisations} == set(example.org)
    if example.role:
        total += 1
        # A role question that names none is about the partnership's role (rusbot/answers/answerers/people.py).
        found += (e.role.id if e.role is not None else engine.rules.partnership_role) == example.role
    if example.phase:
        total += 1
        found += e.phase_number == example.phase or (e.phase_index is not None and e.phase_index + 1 == example.phase)
    if example.period:
        total += 1
        if "/" in example.period:
            first, last = (dt.date.fromisoformat(p) for p in example.period.split("/"))
        elif example.period.count("-") == 2:
            first = last = dt.date.fromisoformat(example.period)
        else:
            year, month = map(int, example.period.split("-"))
            first = dt.date(year, month, 1)
            last = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
        found += e.period is not None and (e.period.first, e.period.last) == (first, last)
    if example.name:
        total += 1
        found += (e.unknown_name or "").casefold() == example.name.casefold()
    return total, found


def score(engine: AnswerEngine, examples: list[Example]) -> Score:
    result = Score()
    for example in examples:
        now = example.now.astimezone(STOCKHOLM) if example.now else DEFAULT_NOW
        answer = engine.answer(example.q, now)
        got = topic_intent(answer.topic)
        result.total += 1
        prediction = engine.model.predict(example.q)
        result.model_right += prediction.intent == example.intent
        if got == example.intent or got in _ALSO.get(example.intent, ()):
            result.right += 1
        elif answer.topic in HONEST and example.intent == "out_of_scope":
            result.honest += 1
        elif answer.topic in HONEST:
            result.evasive += 1
        else:
            result.wrong += 1
            result.confusions[(example.intent, got)] += 1
            result.misses.append(f"{example.q!r}: {answer.topic} (labelled {example.intent})")
        total, found = _entities_found(engine, example, now.date())
        result.entity_total += total
        result.entity_found += found
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m rusbot.understanding.evaluate", description=__doc__)
    parser.add_argument("corpus", nargs="?", type=Path, default=HELDOUT_FILE)
    parser.add_argument("--misses", action="store_true", help="list every wrong answer")
    args = parser.parse_args(argv)
    from rusbot.process.loader import load_process

    result = score(AnswerEngine(load_process()), load_corpus(args.corpus))
    print(f"{args.corpus.name}: {result.total} questions; right {result.right_share:.3f}, right or honest "
          f"{result.right_or_honest:.3f}, evasive {result.evasive / result.total:.3f}, wrong {result.wrong} "
          f"({result.wrong / result.total:.3f}); model top-1 "
          f"{result.model_accuracy:.3f}; entities found {result.entity_recall:.3f} of {result.entity_total}")
    for (want, got), n in result.confusions.most_common(12):
        print(f"  {n} × {want} answered as {got}")
    if args.misses:
        for miss in result.misses:
            print("  miss", miss)
    return 0


if __name__ == "__main__":
    sys.exit(main())
