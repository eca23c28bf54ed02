"""The understanding step: the labelled corpus, the intent model built from it, its score on the
held-out questions it never trained on, and the entity rules."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

from rusbot.answers.engine import AnswerEngine
from rusbot.process.loader import load_process
from rusbot.process.model import Process
from rusbot.understanding.corpus import HELDOUT_FILE, TRAIN_FILE, CorpusError, Example, corpus_hash, load_corpus
from rusbot.understanding.evaluate import score
from rusbot.understanding.features import FEATURE_VERSION
from rusbot.understanding.intents import INTENTS
from rusbot.understanding.model import DEFAULT_MODEL_FILE, ModelFileError, default_intent_model, load_intent_model

# Floors on the held-out questions (measured after issue 9's third round, on 997 held-out questions:
# right 0.882, right-or-honest 0.884, evasive 0.025, wrong 0.091, model top-1 0.869, entities 0.99;
# second round, on 786: right 0.883, right-or-honest 0.887, wrong 0.092, model top-1 0.875).
# The set only grows by the hash split (rusbot/understanding/add.py), so a drop means the engine got worse.
HELDOUT_RIGHT = 0.85
HELDOUT_RIGHT_OR_HONEST = 0.86
HELDOUT_WRONG_AT_MOST = 0.11
HELDOUT_MODEL_TOP1 = 0.84
ENTITY_RECALL = 0.95


@pytest.fixture(scope="module")
def train() -> list[Example]:
    return load_corpus(TRAIN_FILE)


@pytest.fixture(scope="module")
def heldout() -> list[Example]:
    return load_corpus(HELDOUT_FILE)


@pytest.fixture(scope="module")
def process() -> Process:
    return load_process()


@pytest.fixture(scope="module")
def engine(process: Process) -> AnswerEngine:
    return AnswerEngine(process)


# -- the corpus --------------------------------------------------------------------------------------

def _english(q: str) -> bool:
    lowered = q.lower()
    return (re.search(r"\b(what|who|how|when|is|are|can|do|does|the|i|my|show|tell|will|has|which|where|why)\b",
                      lowered) is not None and not re.search("[åäö]", lowered)
            and not re.search(r"\b(vad|vem|hur|när|nar|ar|är|kan|jag|vi|har|det)\b", lowered))


def test_the_corpus_is_large_varied_and_a_quarter_is_held_out(train: list[Example], heldout: list[Example]) -> None:
    everything = train + heldout
    assert len(everything) >= 1500
    assert len(heldout) / len(everything) >= 0.25
    assert not {e.q.casefold() for e in train} & {e.q.casefold() for e in heldout}, "a question in both splits"
    intents = Counter(e.intent for e in everything)
    assert set(intents) == set(INTENTS), set(INTENTS) ^ set(intents)
    assert {e.intent for e in heldout} == set(INTENTS), "every intent is measured on held-out questions"
    assert intents["out_of_scope"] / len(everything) >= 0.12
    english = sum(_english(e.q) for e in everything) / len(everything)
    assert 0.10 <= english <= 0.20, english
    assert sum(1 for e in everything if e.now is not None) >= 200
    assert sum(1 for e in everything if e.intent.startswith("feature.")) >= 150


def test_labelled_entities_name_what_the_process_file_has(process: Process, train: list[Example],
                                                          heldout: list[Example]) -> None:
    orgs = {o.id for o in process.organisations}
    roles = {r.id for r in process.roles}
    for e in train + heldout:
        assert set(e.org) <= orgs, e.q
        assert e.role is None or e.role in roles, e.q
        assert e.name is None or e.name.casefold() in e.q.casefold(), e.q


def test_a_broken_corpus_is_reported_with_the_file_and_the_place(tmp_path: Path) -> None:
    path = tmp_path / "corpus.yaml"
    path.write_text("now:\n  - Vad händer nu?\n  - {q: \"Vad händer?\", when: igår}\nwhatever:\n  - hej\n"
                    "help:\n  - Vad HÄNDER nu?\n", encoding="utf-8")
    with pytest.raises(CorpusError) as caught:
        load_corpus(path)
    message = str(caught.value)
    assert str(path) in message
    assert "now[1].when" in message
    assert "whatever: okänd intent" in message
    assert "help[0]" in message and "now[0]" in message


def test_new_questions_are_split_by_a_hash_of_the_question(tmp_path: Path) -> None:
    from rusbot.understanding.add import HELD_OUT_PERCENT, add, held_out

    train_file, heldout_file = tmp_path / "train.yaml", tmp_path / "heldout.yaml"
    train_file.write_text("# comment kept\nhelp:\n  - \"Hjälp\"\n", encoding="utf-8")
    heldout_file.write_text("help:\n  - \"Vad kan du?\"\n", encoding="utf-8")
    questions = [f"Vad händer vecka {n}?" for n in range(1, 41)]
    new = tmp_path / "new.yaml"
    lines = ["period:"] + [f'  - {{q: "{q}", now: "2021-03-01T10:00:00+01:00"}}' for q in questions]
    new.write_text("\n".join([*lines, "help:", '  - "hjälp"', '  - "Ny hjälpfråga"']) + "\n", encoding="utf-8")
    trained, kept_out, skipped = add(new, train_file, heldout_file)
    assert skipped == 1                      # "hjälp" is "Hjälp", already there
    held = {e.q for e in load_corpus(heldout_file)}
    assert kept_out == sum(held_out(q) for q in [*questions, "Ny hjälpfråga"]) and trained + kept_out == 41
    assert all((q in held) == held_out(q) for q in questions)
    assert 0 < kept_out < 41 and 0 < HELD_OUT_PERCENT < 50
    assert train_file.read_text(encoding="utf-8").startswith("# comment kept\nhelp:\n  - \"Hjälp\"\n")
    assert add(new, train_file, heldout_file) == (0, 0, 42)   # again: nothing twice


# -- the model artifact ---------------------------------------------------------------------------------

def test_the_model_is_up_to_date_with_the_corpus() -> None:
    meta = default_intent_model().meta
    assert meta["feature_version"] == FEATURE_VERSION
    assert meta["corpus_sha256"] == corpus_hash(TRAIN_FILE), (
        "tests/data/questions.yaml changed since the model was trained: python -m rusbot.understanding.train")
    assert DEFAULT_MODEL_FILE.stat().st_size < 2 * 1024 * 1024


def test_probabilities_are_a_distribution() -> None:
    prediction = default_intent_model().predict("När öppnar remissen?")
    probabilities = [p for _, p in prediction.ranked]
    assert probabilities == sorted(probabilities, reverse=True)
    assert 0 < sum(probabilities) <= 1.0 + 1e-6
    assert prediction.intent == "consultation.dates" and prediction.confidence > 0.7


def _write_model(path: Path, **changes: object) -> None:
    with np.load(DEFAULT_MODEL_FILE, allow_pickle=False) as data:
        arrays = {name: data[name] for name in data.files}
    for name, value in changes.items():
        if value is None:
            del arrays[name]
        else:
            arrays[name] = value  # type: ignore[assignment]
    np.savez_compressed(path, **arrays)


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"weights": None}, "weights: saknas / missing"),
        ({"bias": np.zeros(3, dtype=np.float32)}, "bias: form / shape (3,)"),
        ({"meta": np.array(json.dumps({"feature_version": "old"}))}, "meta.feature_version: 'old'"),
        ({"classes": np.array(["greeting"] * 36 + ["weather"])}, "okända intents / unknown intents: weather"),
    ],
)
def test_a_broken_model_names_the_file_the_place_and_the_problem(tmp_path: Path, changes: dict[str, object],
                                                                 expected: str) -> None:
    path = tmp_path / "model.npz"
    _write_model(path, **changes)
    with pytest.raises(ModelFileError) as caught:
        load_intent_model(path)
    assert str(path) in str(caught.value) and expected in str(caught.value)
    assert "python -m rusbot.understanding.train" in str(caught.value)


def test_a_missing_or_garbled_model_file(tmp_path: Path) -> None:
    with pytest.raises(ModelFileError, match="file not found"):
        load_intent_model(tmp_path / "nothing.npz")
    garbled = tmp_path / "garbled.npz"
    garbled.write_bytes(b"not a zip file")
    with pytest.raises(ModelFileError, match="cannot be read"):
        load_intent_model(garbled)


def test_a_broken_model_stops_the_start_with_its_message(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    from bot import __main__ as cli
    from rusbot.understanding import model

    broken = tmp_path / "model.npz"
    broken.write_bytes(b"")
    monkeypatch.setattr(model, "DEFAULT_MODEL_FILE", broken)
    model.default_intent_model.cache_clear()
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'db.sqlite'}")
    try:
        assert cli.main(["serve"]) == 2
    finally:
        model.default_intent_model.cache_clear()
    err = capsys.readouterr().err
    assert str(broken) in err and "the intent model cannot be used" in err


def test_training_again_gives_the_same_model(train: list[Example], heldout: list[Example]) -> None:
    pytest.importorskip("sklearn", reason="scikit-learn trains the model (pip install -e '.[test]')")
    from rusbot.understanding.model import IntentModel
    from rusbot.understanding.train import train as train_model

    shipped = default_intent_model()
    arrays, meta = train_model(TRAIN_FILE, c=float(shipped.meta["C"]), log=lambda *_: None)
    fresh = IntentModel([str(v) for v in arrays["vocabulary"].tolist()], arrays["idf"], arrays["weights"],
                        arrays["bias"], [str(c) for c in arrays["classes"].tolist()], meta)
    same = sum(fresh.predict(e.q).intent == shipped.predict(e.q).intent for e in heldout)
    assert same / len(heldout) >= 0.98
    assert meta["corpus_sha256"] == shipped.meta["corpus_sha256"]


# -- how the whole engine does on the held-out questions -------------------------------------------------

def test_held_out_score(engine: AnswerEngine, heldout: list[Example]) -> None:
    result = score(engine, heldout)
    print(f"\nheld-out: {result.total} questions; right {result.right_share:.3f}, right or honest "
          f"{result.right_or_honest:.3f}, evasive {result.evasive / result.total:.3f}, wrong "
          f"{result.wrong / result.total:.3f}; model top-1 "
          f"{result.model_accuracy:.3f}; entities {result.entity_recall:.3f}")
    for miss in result.misses:
        print("  miss", miss)
    assert result.right_share >= HELDOUT_RIGHT
    assert result.right_or_honest >= HELDOUT_RIGHT_OR_HONEST
    assert result.wrong / result.total <= HELDOUT_WRONG_AT_MOST
    assert result.model_accuracy >= HELDOUT_MODEL_TOP1
    assert result.entity_recall >= ENTITY_RECALL


def test_training_questions_are_answered_as_labelled(engine: AnswerEngine, train: list[Example]) -> None:
    result = score(engine, train)
    assert result.right_or_honest >= 0.97 and result.wrong / result.total <= 0.01, result.misses


# -- entities ------------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("question", "today", "first", "last"),
    [
        ("vad händer i höst", dt.date(2021, 2, 15), dt.date(2021, 9, 1), dt.date(2021, 11, 30)),
        ("vad händer i höst", dt.date(2021, 10, 5), dt.date(2021, 9, 1), dt.date(2021, 11, 30)),
        ("vad händer i vår", dt.date(2021, 10, 5), dt.date(2022, 3, 1), dt.date(2022, 5, 31)),
        ("Vad händer efter sommaren?", dt.date(2021, 4, 20), dt.date(2021, 9, 1), dt.date(2021, 12, 31)),
        ("What happens after the summer?", dt.date(2021, 4, 20), dt.date(2021, 9, 1), dt.date(2021, 12, 31)),
        ("Vad händer innan jul?", dt.date(2021, 4, 20), dt.date(2021, 4, 20), dt.date(2021, 12, 24)),
        ("vad händer i juni?", dt.date(2021, 2, 15), dt.date(2021, 6, 1), dt.date(2021, 6, 30)),
        ("vad händer i juni?", dt.date(2022, 2, 15), dt.date(2021, 6, 1), dt.date(2021, 6, 30)),
        ("What happens in the fall?", dt.date(2021, 2, 15), dt.date(2021, 9, 1), dt.date(2021, 11, 30)),
        ("Vad händer nästa månad?", dt.date(2021, 5, 10), dt.date(2021, 6, 1), dt.date(2021, 6, 30)),
        ("vad händer 11 mars", dt.date(2021, 2, 15), dt.date(2021, 3, 11), dt.date(2021, 3, 11)),
        ("Hur många dagar är det kvar till 30 september?", dt.date(2021, 9, 1), dt.date(2021, 9, 30),
         dt.date(2021, 9, 30)),
    ],
)
def test_periods(engine: AnswerEngine, question: str, today: dt.date, first: dt.date, last: dt.date) -> None:
    period = engine.rules.find(question, today).period
    assert period is not None and (period.first, period.last) == (first, last)


@pytest.mark.parametrize("question", ["Var är vi i processen?", "vad kan du", "Vart vänder jag mig?",
                                      "Vad är fallet med RUS?", "Vem är med?"])
def test_words_that_only_look_like_seasons_or_months(engine: AnswerEngine, question: str) -> None:
    assert engine.rules.find(question, dt.date(2021, 4, 20)).period is None
