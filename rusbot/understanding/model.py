"""The intent model at run time: a linear classifier over TF-IDF features, read from a file.

`python -m rusbot.understanding.train` learns it from the labelled corpus with scikit-learn and
writes `rusbot/data/intent-model.npz`; answering needs only numpy. Why not scikit-learn at run
time: importing it (with scipy) costs about 0.9 s and 117 MiB of resident memory on our machines,
which breaks the bot's start-up (≤ 2 s) and memory (≤ 160 MiB) budgets; numpy costs 0.06 s and
16 MiB. The file holds the vocabulary, the IDF weights, the class weights and bias, and the
temperature that calibrates the probabilities; a broken or mismatched file stops the start with
the file, the place and the problem, like a broken process file.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from operator import mul
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from rusbot.understanding.features import FEATURE_VERSION, Featurizer
from rusbot.understanding.intents import INTENTS

DEFAULT_MODEL_FILE = Path(str(resources.files("rusbot") / "data" / "intent-model.npz"))
_MAX, _SUM = np.maximum.reduce, np.add.reduce     # what ndarray.max() and .sum() call
_ARRAYS = ("vocabulary", "idf", "weights", "bias", "classes", "meta")


class ModelFileError(Exception):
    """The intent model cannot be used; the message names the file, the place and the problem."""

    def __init__(self, path: Path, problems: list[str]) -> None:
        self.path = path
        self.problems = problems
        lines = "\n".join(f"  - {p}" for p in problems)
        super().__init__(
            f"Frågemodellen {path} kan inte användas / the intent model cannot be used:\n{lines}\n"
            "  Bygg om den / rebuild it: python -m rusbot.understanding.train")


@dataclass(frozen=True)
class Prediction:
    """Intents by probability, most likely first."""

    ranked: tuple[tuple[str, float], ...]

    @property
    def intent(self) -> str:
        return self.ranked[0][0]

    @property
    def confidence(self) -> float:
        return self.ranked[0][1]

    @property
    def margin(self) -> float:
        """How far the best is ahead of the second best (1.0 when there is no second)."""
        return self.ranked[0][1] - (self.ranked[1][1] if len(self.ranked) > 1 else 0.0)


class IntentModel:
    def __init__(self, vocabulary: list[str], idf: npt.NDArray[np.float32], weights: npt.NDArray[np.float32],
                 bias: npt.NDArray[np.float32], classes: list[str], meta: dict[str, Any]) -> None:
        self.classes = classes
        self.meta = meta
        self.temperature = float(meta.get("temperature", 1.0))
        self._idf = idf.astype(np.float64)
        self._idf_list = self._idf.tolist()
        self._tf = [0.0, 1.0] + [1.0 + math.log(c) for c in range(2, 256)]     # 1 + log(count) by count
        self._weights = np.ascontiguousarray(weights, dtype=np.float32)
        self._bias = bias.astype(np.float32)
        self._featurizer = Featurizer({term: n for n, term in enumerate(vocabulary)})
        self._size = len(vocabulary)

    @property
    def vocabulary_size(self) -> int:
        return self._size

    def _scores(self, text: str) -> npt.NDArray[np.float32]:
        # Each block TF-IDF-weighted and L2-normalised in plain Python (a message has ~100 features),
        # then one gather-and-multiply in numpy: cheaper than numpy calls per block.
        idf, tf = self._idf_list, self._tf
        index: list[int] = []
        values: list[float] = []
        for block in self._featurizer.counts(text):
            if not block:
                continue
            if len(block) == sum(block.values()):   # every count 1 (counts are ≥ 1): the idf alone, looked up in C
                weights = list(map(idf.__getitem__, block))
            else:
                try:    # (1 + log(count)) * idf, the logarithms from a table
                    weights = [idf[i] if c == 1 else tf[c] * idf[i] for i, c in block.items()]
                except IndexError:      # a count past the table (a long word of one letter)
                    weights = [idf[i] if c == 1 else (1.0 + math.log(c)) * idf[i] for i, c in block.items()]
            norm = math.sqrt(sum(map(mul, weights, weights)))    # the same sum, quicker than a generator
            index += block.keys()
            values += map(norm.__rtruediv__, weights)     # w / norm for each w, without a comprehension's frame
        if not index:
            return self._bias.copy()
        # `take` gathers the same rows as `weights[index]` at a fraction of fancy indexing's cost; `fromiter` makes
        # the same arrays as `np.array` from the lists, without its type discovery. The bias is added in place
        # (a + b is b + a to the bit): the product is a new array.
        n = len(index)
        scores: npt.NDArray[np.float32] = np.fromiter(values, np.float32, n) @ self._weights.take(
            np.fromiter(index, np.intp, n), axis=0)
        np.add(scores, self._bias, out=scores)
        return scores

    def predict(self, text: str) -> Prediction:
        # The ufuncs called directly, in place on the one new array: the same operations as
        # `exp((s / t) - max) / sum`, without the method wrappers and temporaries (a few µs a message).
        scores = self._scores(text)
        np.divide(scores, self.temperature, out=scores)
        np.subtract(scores, _MAX(scores), out=scores)
        np.exp(scores, out=scores)
        np.divide(scores, _SUM(scores), out=scores)
        order = np.negative(scores).argsort()[:4].tolist()
        p = scores.tolist()
        classes = self.classes
        return Prediction(tuple((classes[i], p[i]) for i in order))


def load_intent_model(path: Path | str | None = None) -> IntentModel:
    path = Path(path) if path is not None else DEFAULT_MODEL_FILE
    try:
        with np.load(path, allow_pickle=False) as data:
            missing = [name for name in _ARRAYS if name not in data.files]
            if missing:
                raise ModelFileError(path, [f"{name}: saknas / missing" for name in missing])
            arrays = {name: data[name] for name in _ARRAYS}
    except FileNotFoundError:
        raise ModelFileError(path, ["filen finns inte / file not found"]) from None
    except ModelFileError:
        raise
    except (OSError, ValueError, EOFError) as exc:
        raise ModelFileError(path, [f"kan inte läsas / cannot be read: {exc}"]) from None
    problems: list[str] = []
    try:
        meta = json.loads(str(arrays["meta"]))
    except ValueError as exc:
        raise ModelFileError(path, [f"meta: ogiltig JSON / invalid JSON: {exc}"]) from None
    if not isinstance(meta, dict):
        raise ModelFileError(path, ["meta: ska vara ett JSON-objekt / must be a JSON object"])
    vocabulary = [str(v) for v in arrays["vocabulary"].tolist()]
    classes = [str(c) for c in arrays["classes"].tolist()]
    idf, weights, bias = arrays["idf"], arrays["weights"], arrays["bias"]
    if meta.get("feature_version") != FEATURE_VERSION:
        problems.append(f"meta.feature_version: {meta.get('feature_version')!r}, koden har / the code has "
                        f"{FEATURE_VERSION!r}")
    unknown = [c for c in classes if c not in INTENTS]
    if unknown:
        problems.append(f"classes: okända intents / unknown intents: {', '.join(unknown)}")
    if idf.shape != (len(vocabulary),):
        problems.append(f"idf: form / shape {idf.shape}, väntat / expected ({len(vocabulary)},)")
    if weights.shape != (len(vocabulary), len(classes)):
        problems.append(f"weights: form / shape {weights.shape}, väntat / expected ({len(vocabulary)}, {len(classes)})")
    if bias.shape != (len(classes),):
        problems.append(f"bias: form / shape {bias.shape}, väntat / expected ({len(classes)},)")
    for name, array in (("idf", idf), ("weights", weights), ("bias", bias)):
        if array.dtype.kind != "f" or not np.isfinite(array).all():
            problems.append(f"{name}: ska vara ändliga flyttal / must be finite floats")
    temperature = meta.get("temperature", 1.0)
    if not isinstance(temperature, int | float) or not temperature > 0:
        problems.append(f"meta.temperature: {temperature!r} ska vara > 0 / must be > 0")
    if problems:
        raise ModelFileError(path, problems)
    return IntentModel(vocabulary, idf, weights, bias, classes, meta)


@lru_cache(maxsize=1)
def default_intent_model() -> IntentModel:
    """The packaged model, read once per process (it never changes while the bot runs)."""
    return load_intent_model()


__all__ = ["DEFAULT_MODEL_FILE", "IntentModel", "ModelFileError", "Prediction", "default_intent_model",
           "load_intent_model"]
