"""Words → concepts (rusbot/answers/lexicon.py): inflections by prefix, phrases, one typo's tolerance.

The concepts are features of the intent model (a synonym table, so that "påminnelser" and
"reminders" mean the same to it) and what the entity rules look for.
"""

from __future__ import annotations

from rapidfuzz import fuzz
from rapidfuzz import process as rf_process
from rapidfuzz.distance import OSA

from rusbot.answers.lexicon import fold, tokens


class ConceptMatcher:
    """Folded word → concepts, with inflections (prefixes), phrases and a typo's tolerance."""

    def __init__(self, concepts: dict[str, list[str]], one_typo: bool = False) -> None:
        # `one_typo`: a near word counts only when it is one typo (a letter left out, added, changed or two swapped)
        # from a term, or a compound ending in one ("rusöversynen"); "samråd" is no "sparad", "handlingar" no
        # "ändringar". The entity rules read words so; the intent model's features keep the looser match it was
        # trained with.
        self.one_typo = one_typo
        self.exact: dict[str, set[str]] = {}
        self.prefix: dict[str, set[str]] = {}
        self.phrases: dict[str, set[str]] = {}
        for concept, terms in concepts.items():
            for raw in terms:
                exact_only = raw.endswith("=")
                term = fold(raw.rstrip("="))
                if " " in term:
                    self.phrases.setdefault(" ".join(tokens(term)), set()).add(concept)
                    continue
                self.exact.setdefault(term, set()).add(concept)
                if not exact_only and len(term) >= 4:
                    self.prefix.setdefault(term, set()).add(concept)
        # Off-topic words are never guessed from a typo ("svaret" is not "vädret").
        # Nor is a greeting: it is a whole short word, never a near or compound word ("behålla" is no "hallå").
        self.fuzzy_terms = sorted(t for t in self.prefix if len(t) >= 5 and not self.prefix[t] & {"OUT", "FILLER",
                                                                                               "GREET"})
        # Phrases by their first word, so a message is scanned once rather than once per phrase.
        # Each phrase as (its length, its words as a list to compare a slice of the message with, its concepts).
        self._by_first: dict[str, list[tuple[int, list[str], set[str]]]] = {}
        for phrase, found in self.phrases.items():
            parts = phrase.split()
            self._by_first.setdefault(parts[0], []).append((len(parts), parts, found))
        # A phrase written as one word ("godmorgon", "mertid"), found so where typos are not guessed.
        self._glued = {phrase.replace(" ", ""): found for phrase, found in self.phrases.items() if len(phrase) >= 7}
        self._cache: dict[str, frozenset[str]] = {}
        self._max_prefix = max((len(t) for t in self.prefix), default=0)

    def word(self, word: str) -> frozenset[str]:
        hit = self._cache.get(word)
        if hit is not None:
            return hit
        found: set[str] = set(self.exact.get(word, ()))
        if not found:
            for length in range(min(len(word) - 1, self._max_prefix), 3, -1):
                concepts = self.prefix.get(word[:length])
                if concepts:
                    found |= concepts
                    if self.one_typo and len(word) - length >= 6 and word[length] == "s":
                        # A compound's last part is what it is ("partnerskapsavstämningen" is a check-in, with
                        # the partnership): its own concepts too, past the linking "s" that marks the compound
                        # (without one, "kommunledningsgruppen" is not read as a "ledningsgrupp" of its own).
                        found |= self._head(word[length + 1:])
                    break
        if not found and self.one_typo:
            found |= self._glued.get(word, set())
        if not found and len(word) >= 5 and not word.isdigit() and word not in _NOT_TYPOS:
            cutoff = 88 if len(word) == 5 else 82
            if self.one_typo:
                near = rf_process.extract(word, self.fuzzy_terms, scorer=fuzz.ratio, score_cutoff=cutoff, limit=3)
                best = next((n for n in near if _one_typo(word, n[0])), None)
            else:
                best = rf_process.extractOne(word, self.fuzzy_terms, scorer=fuzz.ratio, score_cutoff=cutoff)
            if best is not None:
                found |= self.prefix[best[0]]
        result = frozenset(found)
        if len(self._cache) > 100_000:
            self._cache.clear()
        self._cache[word] = result
        return result

    def _head(self, tail: str) -> set[str]:
        """The concepts of a compound's last part, by an exact term or a term's inflection (no typo guessed)."""
        hit = set(self.exact.get(tail, ()))
        if not hit:
            # Only an inflection of a whole term ("avstämningen"), not a compound of its own ("ledningsgruppen").
            for length in range(min(len(tail), self._max_prefix), max(4, len(tail) - 4), -1):
                if (concepts := self.prefix.get(tail[:length])) is not None:
                    return set(concepts)
        return hit

    def text(self, words: list[str]) -> set[str]:
        found: set[str] = set()
        cache = self._cache
        for w in words:
            hit = cache.get(w)      # the cache inline: this runs twice for every message
            found |= hit if hit is not None else self.word(w)
        by_first = self._by_first
        if not isinstance(words, list):
            words = list(words)     # the phrases are compared as lists
        for n, w in enumerate(words):
            phrases = by_first.get(w)
            if phrases:
                for length, parts, concepts in phrases:
                    if words[n:n + length] == parts:
                        found |= concepts
        return found


# Ordinary words a letter from a term, never its typo: "tre rader om …" (rows, lines) is no "radera" (b77 #3, #51,
# #65, #88 got the personal-data answer to "ge mig tre rader om …").
_NOT_TYPOS = frozenset({"rader", "raden", "raderna", "radernas"})


def _one_typo(word: str, term: str) -> bool:
    """Whether `word` is `term` (or an inflection of it) with one typo, or a compound whose last part begins with
    `term` ("rfmötet": "möte")."""
    n = len(term)
    if any(OSA.distance(word[:k], term, score_cutoff=1) <= 1 for k in (n - 1, n, n + 1)):
        return True         # "remisvar", "påminelserna": the typo, then the inflection
    if any(OSA.distance(word, term[:j], score_cutoff=1) <= 1 for j in (n - 2, n - 1) if j >= 4):
        return True         # "godkänna", "rusbot": a shorter form of the term, with or without a typo
    return any(word.startswith(term, i) for i in range(2, len(word) - n + 1))


__all__ = ["ConceptMatcher"]
