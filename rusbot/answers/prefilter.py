"""A cheap test in front of a long alternation that can only match at the start of a word: the literal text each of
its alternatives begins with, looked up for each word of a message, says whether the regex can match there at all.

Python's regex engine tries every alternative at every start of a word; most messages name none of them, and the
search is then the dearest thing done to them (a 6,000-character alternation, `unstated._ANY_ASKED`, ~8 µs). A set
lookup per word answers "no" for those, exactly: an alternative whose first characters cannot be read off the
pattern (`\\w*svar\\w*`) stays in a smaller regex that is always searched.
"""

from __future__ import annotations

import re
from typing import Any

try:
    from re import _constants as _c  # type: ignore[attr-defined]
    from re import _parser as _p  # type: ignore[attr-defined]
except ImportError:     # (private modules, as of 3.11–3.13: without them every pattern is searched as it is)
    _c = _p = None

# What reading a pattern's beginnings may raise in a Python whose private parser has changed its shape: the pattern
# is then searched as it is, which is slower and gives the same matches.
_UNREADABLE = (AttributeError, TypeError, ValueError, IndexError, re.error)

_K = 16     # characters of each alternative's beginning read off


def _starts(items: list[Any]) -> set[tuple[str, bool]] | None:
    """_begins, or None when a match could begin with no literal text (an empty text: no test)."""
    found = _begins(items)
    return None if found is None or any(p == "" for p, _ in found) else found


def _begins(items: list[Any]) -> set[tuple[str, bool]] | None:
    """(text, whole) pairs: the literal text (at most _K characters) every match of the parsed sequence `items`
    begins with, one of them; `whole` when the text is all of the sequence, so what follows it may be added.
    None when the pattern is past reading (too many texts)."""
    out: set[tuple[str, bool]] = {("", True)}
    for op, av in items:
        if not any(whole and len(p) < _K for p, whole in out):
            break
        if op is _c.AT:
            continue            # \b and the like match no character
        alts: set[tuple[str, bool]] | None
        if op is _c.LITERAL:
            alts = {(chr(av), True)}
        elif op is _c.SUBPATTERN and av[1] == 0 and av[2] == 0:
            alts = _begins(list(av[3]))
            if alts is None:
                return None
        elif op is _c.BRANCH:
            alts = set()
            for alt in av[1]:
                found = _begins(list(alt))
                if found is None:
                    return None
                alts |= found
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and av[0] == 0 and av[1] == 1:
            found = _begins(list(av[2]))
            if found is None:
                return None
            alts = found | {("", True)}     # "(?:i )?vilken": with it or without
        else:
            alts = None         # a class, a repeat: the literal text ends here
        nxt: set[tuple[str, bool]] = set()
        for p, whole in out:
            if not whole or len(p) >= _K:
                nxt.add((p[:_K], False))
            elif alts is None:
                nxt.add((p, False))
            else:
                for s, w in alts:
                    q = p + s
                    nxt.add((q[:_K], w and len(q) < _K))
        out = nxt
        if len(out) > 10_000:
            return None
    return out


def _needs(items: list[Any]) -> set[str] | None:
    """Literal texts one of which every match of the parsed sequence `items` contains (the set whose shortest text
    is longest, of those found); None when none is found."""
    best: set[str] | None = None

    def consider(found: set[str] | None) -> None:
        nonlocal best
        if found and all(found) and (best is None or min(map(len, found)) > min(map(len, best))):
            best = found

    run = ""
    for op, av in items:
        if op is _c.LITERAL:
            run += chr(av)
            continue
        consider({run})
        run = ""
        if op is _c.AT:
            continue            # (matches no character: the run goes on, but is cut here to be safe)
        if op is _c.SUBPATTERN and av[1] == 0 and av[2] == 0:
            consider(_needs(list(av[3])))
        elif op is _c.BRANCH:
            union: set[str] = set()
            for alt in av[1]:
                found = _needs(list(alt))
                if not found:
                    union = set()
                    break
                union |= found
            consider(union)
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT) and av[0] >= 1:
            consider(_needs(list(av[2])))
    consider({run})
    return best


def _alternatives(body: str) -> list[str] | None:
    """The top-level alternatives of a regex's source; None when a group closes that `body` did not open."""
    out, cur, depth, in_class, i = [], "", 0, False, 0
    while i < len(body):
        ch = body[i]
        if ch == "\\":
            cur += body[i:i + 2]
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            j = i + 1 + (body[i + 1:i + 2] == "^")
            if body[j:j + 1] == "]":       # "[]…]", "[^]…]": the "]" is a member
                cur += body[i:j + 1]
                i = j + 1
                continue
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth < 0:
                return None
        elif ch == "|" and depth == 0:
            out.append(cur)
            cur, i = "", i + 1
            continue
        cur += ch
        i += 1
    out.append(cur)
    return out


class WordStartTest:
    """`search(text)` is `bool(pattern.search(text))`, where `pattern` is \\b(?=\\w)(?:w₁|w₂|…) and each of
    `words` (w₁, w₂ …) the source of a regex without flags; an aspect's \\b(?:a|b|…)\\b is split into a\\b, b\\b …
    so that one alternative with no literal beginning does not keep all the others searched."""

    def __init__(self, pattern: re.Pattern[str], words: list[str]) -> None:
        assert not pattern.flags & ~re.UNICODE
        self.pattern = pattern
        self.beginnings: re.Pattern[str] | None = None
        self._rest: re.Pattern[str] | None = None
        self._rest_needs: re.Pattern[str] | None = None
        self._plain = _p is None
        if not self._plain:
            try:
                self._read(words)
            except _UNREADABLE:
                self._plain = True

    def _read(self, words: list[str]) -> None:
        prefixes: set[str] = set()
        rest: list[str] = []
        for w in words:
            body = w[5:-3] if w.startswith(r"\b(?:") and w.endswith(r")\b") else None
            alts = _alternatives(body) if body is not None else None
            pieces = [f"(?:{a})\\b" for a in alts] if alts is not None else [w]
            for piece in pieces:
                found = _starts(list(_p.parse(piece)))
                if found is None:
                    rest.append(piece)
                else:
                    prefixes |= {p for p, _ in found}
        # The beginnings as one regex, a tree by their letters: at each start of a word the engine compares a
        # letter with the first letters of a few dozen branches, not the words of every alternative.
        self.beginnings = re.compile(r"\b(?=\w)" + _tree(sorted(prefixes))) if prefixes else None
        self._rest = re.compile(r"\b(?=\w)(?:" + "|".join(rest) + ")") if rest else None
        # Those others are searched only when the text has a literal piece one of them needs ("svar", "lokal").
        needs = [_needs(list(_p.parse(piece))) for piece in rest]
        self._rest_needs = None if not rest or any(n is None for n in needs) else re.compile(
            _tree(sorted({x for n in needs if n is not None for x in n})))

    def search(self, text: str) -> bool:
        if self._plain:
            return self.pattern.search(text) is not None
        if self.beginnings is not None and self.beginnings.search(text) is not None:
            return self.pattern.search(text) is not None
        # No alternative with a literal beginning can match: only the others can.
        if self._rest is None:
            return False
        if self._rest_needs is not None and self._rest_needs.search(text) is None:
            return False
        return self._rest.search(text) is not None


def _tree(texts: list[str]) -> str:
    """A regex matching any of `texts` (sorted, none empty) and anything they begin, as a tree of letters."""
    kept: list[str] = []
    for x in texts:             # "beslut" is enough where "beslutsmote" also is
        if not kept or not x.startswith(kept[-1]):
            kept.append(x)
    return _branch(kept)


def _branch(texts: list[str]) -> str:
    if len(texts) == 1:
        return re.escape(texts[0])
    common = texts[0]
    for x in texts[1:]:
        while not x.startswith(common):
            common = common[:-1]
    if common:
        return re.escape(common) + _branch([x[len(common):] for x in texts])
    by_first: dict[str, list[str]] = {}
    for x in texts:
        by_first.setdefault(x[0], []).append(x)
    return "(?:" + "|".join(_branch(group) for group in by_first.values()) + ")"


def any_of(words: tuple[str, ...]) -> re.Pattern[str]:
    """`any_of(words).search(text)` finds something exactly when `any(w in text for w in words)`: one pass of the
    regex engine over the text, a letter compared with a tree of first letters, rather than a Python loop over the
    words each scanning the text (4 µs for a hundred words, 0.8 µs so)."""
    assert words and all(words)
    return re.compile(_tree(sorted(set(words))))


class Quick:
    """A compiled regex with a cheap test in front: the literal texts every match begins with (read off the pattern),
    as one tree-of-letters regex. `search` is the regex's own (the same match, or None), the whole regex read only
    when one of those beginnings is in the text. A pattern whose beginnings cannot be read is searched as it is."""

    __slots__ = ("beginnings", "pattern", "regex")

    def __init__(self, regex: re.Pattern[str]) -> None:
        self.regex = regex
        self.pattern = regex.pattern
        try:
            found = None if regex.flags & ~re.UNICODE or _p is None else _starts(
                list(_p.parse(regex.pattern, regex.flags)))
        except _UNREADABLE:
            found = None
        self.beginnings = re.compile(_tree(sorted({p for p, _ in found}))) if found else None

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        # (A match from `pos` on begins at `pos` or later, so its beginning is found from there.)
        if self.beginnings is not None and self.beginnings.search(text, pos) is None:
            return None
        return self.regex.search(text, pos)
