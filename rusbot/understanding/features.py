"""A message as features for the intent model: the same code at training and at run time.

Three blocks, each a TF-IDF vector of its own (sublinear term frequency, L2-normalised):
- character n-grams of 2–5 letters inside each word padded with spaces (scikit-learn's `char_wb`),
  which carry typos, inflections, compounds and missing diacritics ("remmisen", "remissvaret",
  "paminnelser");
- word stems (Snowball, Swedish) and pairs of neighbouring stems, which carry the phrasing
  ("vem bestämmer", "nästa möte");
- concepts from the lexicon (rusbot/answers/lexicon.py): a synonym table mapping words of both
  languages to one id ("påminnelser", "reminders", "notis" → REMIND), which a small corpus
  cannot teach by itself.
Text is folded first (lower case, å/ä → a, ö → o), as people often type without diacritics.
Only features the training corpus has (the model's vocabulary) count; the rest are dropped before
normalising, identically when training and when answering.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import math
import re
from collections.abc import Iterable

import snowballstemmer  # type: ignore[import-untyped]

from rusbot.answers.lexicon import CONCEPTS
from rusbot.answers.lexicon import fold as lexicon_fold
from rusbot.understanding.concepts import ConceptMatcher

try:    # C: what `Counter` counts with, without Counter's per-call overhead
    from _collections import _count_elements  # type: ignore[import-not-found]
except ImportError:     # another Python: what `collections` itself falls back to
    def _count_elements(mapping: dict[int, int], iterable: Iterable[int]) -> None:
        get = mapping.get
        for x in iterable:
            mapping[x] = get(x, 0) + 1

# Part of the model's identity: change the features or the lexicon and the model must be trained
# again (the artifact records it and refuses to load with another).
FEATURE_VERSION = "char_wb2-5+stem1-2+concepts/v2/" + hashlib.sha256(
    json.dumps(CONCEPTS, sort_keys=True).encode()).hexdigest()[:12]
CHAR_MIN, CHAR_MAX = 2, 5
MAX_WORDS = 80          # a 10,000-character message is understood from its first words

_FOLD = str.maketrans({"å": "a", "ä": "a", "ö": "o", "é": "e", "è": "e", "ü": "u", "æ": "a", "ø": "o",
                       "á": "a", "à": "a", "ë": "e", "ï": "i"})
# One letter for one letter, so replacing them one after another is `translate`.
_FOLD_PAIRS = tuple((chr(k), str(v)) for k, v in _FOLD.items())
_WORD = re.compile(r"[a-z]+|[0-9]+")
_STEMMER = snowballstemmer.stemmer("swedish")


def fold(text: str) -> str:
    """Lower case, no diacritics: "Påminnelser" → "paminnelser", "KC/RD" → "kcrd"."""
    # The model folds a few more accented letters than the lexicon's matching does; the steps are the same.
    return lexicon_fold(text, _FOLD_PAIRS)


def words(text: str) -> list[str]:
    """The folded words of a message (letters or digits), at most MAX_WORDS."""
    return _WORD.findall(fold(text))[:MAX_WORDS]


def char_grams(word: str) -> list[str]:
    padded = f" {word} "
    grams = []
    for n in range(CHAR_MIN, CHAR_MAX + 1):
        grams += [padded[i:i + n] for i in range(len(padded) - n + 1)]
    return grams


def stem(word: str) -> str:
    return str(_STEMMER.stemWord(word)) if not word.isdigit() else word


def word_terms(stems: list[str]) -> list[str]:
    return [f"w:{s}" for s in stems] + [f"b:{a}_{b}" for a, b in itertools.pairwise(stems)]


_MATCHER: ConceptMatcher | None = None


def concept_matcher() -> ConceptMatcher:
    global _MATCHER
    if _MATCHER is None:
        _MATCHER = ConceptMatcher(CONCEPTS)
    return _MATCHER


def concept_terms(ws: list[str]) -> list[str]:
    return [f"c:{c}" for c in sorted(concept_matcher().text(ws))]


def raw_terms(text: str) -> tuple[list[str], list[str]]:
    """(character n-grams, word and concept terms) of a message, with repeats: what the vocabulary is
    built from."""
    ws = words(text)
    chars = [g for w in ws for g in char_grams(w)]
    return chars, word_terms([stem(w) for w in ws]) + concept_terms(ws)


def tfidf(counts: dict[int, int], idf: list[float]) -> dict[int, float]:
    """Sublinear TF-IDF, L2-normalised, of one block's {feature index: count}."""
    weights = {i: (1.0 + math.log(c)) * idf[i] for i, c in counts.items()}
    norm = math.sqrt(sum(v * v for v in weights.values()))
    return {i: v / norm for i, v in weights.items()} if norm else {}


class Featurizer:
    """Message → (char block, word block, concept block) as {feature index: count}, with caches keyed on
    words, pairs of stems and concepts (a word's n-grams, stem and stem feature are the same every time it
    is seen), so a message costs lookups rather than building and hashing feature strings."""

    def __init__(self, vocabulary: dict[str, int]) -> None:
        self.vocabulary = vocabulary
        self._word_cache: dict[str, tuple[tuple[int, ...], str, int | None]] = {}
        self._pair_cache: dict[tuple[str, str], int | None] = {}
        self._concept_index: dict[str, int | None] = {}

    def _word(self, word: str) -> tuple[tuple[int, ...], str, int | None]:
        hit = self._word_cache.get(word)
        if hit is None:
            vocab = self.vocabulary
            grams = tuple(vocab[g] for g in char_grams(word) if g in vocab)
            s = stem(word)
            hit = (grams, s, vocab.get(f"w:{s}"))
            if len(self._word_cache) > 50_000:
                self._word_cache.clear()
            self._word_cache[word] = hit
        return hit

    def _pair(self, pair: tuple[str, str]) -> int | None:
        pairs = self._pair_cache
        if pair in pairs:
            return pairs[pair]
        found = self.vocabulary.get(f"b:{pair[0]}_{pair[1]}")
        if len(pairs) > 50_000:
            pairs.clear()
        pairs[pair] = found
        return found

    def _concept(self, concept: str) -> int | None:
        index = self._concept_index
        if concept not in index:
            index[concept] = self.vocabulary.get(f"c:{concept}")
        return index[concept]

    def counts(self, text: str) -> tuple[dict[int, int], ...]:
        """The message's blocks as {feature index: count}: character n-grams, stems, concepts (each in the
        order of `word_terms` and `concept_terms`, which the weights' sums follow)."""
        ws = words(text)
        word_cache = self._word_cache
        cached = [word_cache.get(w) or self._word(w) for w in ws]
        # Counted in C into plain dicts, first occurrence first (as `Counter` would, without its
        # per-call overhead: three blocks for every reading of every message).
        chars: dict[int, int] = {}
        _count_elements(chars, itertools.chain.from_iterable([hit[0] for hit in cached]))
        stems = [hit[1] for hit in cached]
        pairs = self._pair_cache
        found = [hit[2] for hit in cached] + [pairs[p] if p in pairs else self._pair(p)
                                              for p in itertools.pairwise(stems)]
        stem_block: dict[int, int] = {}
        _count_elements(stem_block, [i for i in found if i is not None])
        concepts = self._concept_index
        found_concepts = [concepts[c] if c in concepts else self._concept(c)
                          for c in sorted(concept_matcher().text(ws))]
        concept_block: dict[int, int] = {}
        _count_elements(concept_block, [i for i in found_concepts if i is not None])
        return chars, stem_block, concept_block

    def vector(self, text: str, idf: list[float]) -> dict[int, float]:
        """The message's features: each block TF-IDF-weighted and normalised on its own."""
        result: dict[int, float] = {}
        for block in self.counts(text):
            result.update(tfidf(block, idf))
        return result


__all__ = ["FEATURE_VERSION", "Featurizer", "char_grams", "concept_terms", "fold", "raw_terms", "stem", "tfidf",
           "word_terms", "words"]
