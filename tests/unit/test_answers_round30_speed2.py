"""Round 30 (r30-speed2): the cheap tests in front of regexes (rusbot/answers/prefilter.py) say exactly what the
regexes say – a speed-up that changes no answer."""

from __future__ import annotations

import random
import re

import pytest

from rusbot.answers import prefilter
from rusbot.answers.answerers import unstated
from rusbot.answers.lexicon import fold
from rusbot.answers.prefilter import Quick, WordStartTest, any_of

_TEXTS = [
    "Måste vi skriva under något när remissvaret skickas in?",
    "Finns det en mall för svaret, eller skriver vi fritt?",
    "who must sign the response from our municipality?",
    "vilken lokal är avstämningen i, och när på dagen?",
    "kommer svaren som kommer in för sent att tas med?",
    "ska remissvaren publiceras någonstans efteråt?",
    "is there any specific form we should use?",
    "Hej! Hur många dagar är kvar tills remissen stänger?",
    "vad händer om vi inte hinner svara i tid",
    "ledningsgruppen ska godkänna vårt svar innan det skickas",
    "", "?", "a", "co-funding", "cofunding?", "nämndens beslut",
]


def _variants() -> list[str]:
    rnd = random.Random(30)
    out = []
    for x in _TEXTS:
        f = fold(x)
        out += [x, f, f.upper(), f[len(f) // 2:], f" {f} ", f.replace(" ", "")]
        out += [f"{f} {fold(rnd.choice(_TEXTS))}" for _ in range(3)]
    return out


def test_any_aspect_test_agrees_with_its_regex() -> None:
    for text in _variants():
        assert unstated._ANY_ASKED.search(text) == (unstated._ANY_ASKED_RE.search(text) is not None), text


def test_word_start_test_keeps_alternatives_without_a_literal_beginning() -> None:
    words = [r"\b(?:\w*tavl\w* (?:om|for)|(?:en )?bok(?:en)?|pris\w*)\b", r"\b(?:[kc]alend\w*|vad kostar)\b"]
    pattern = re.compile(r"\b(?=\w)(?:" + "|".join(f"(?:{w[2:]})" for w in words) + ")")
    test = WordStartTest(pattern, words)
    for text in ["skrivtavlan om remissen", "en bok", "boken", "priset", "kalendern", "calendar", "vad kostar den",
                 "vad kost", "tavla", "ebok", "en bo k", "skrivtavlor for", "  priser?"]:
        assert test.search(text) == (pattern.search(text) is not None), text


def test_any_of_is_any_word_in_the_text() -> None:
    words = ("remiss", "rem", "sista dag", "20", "=", "a.b", "x|y", "(")
    found = any_of(words)
    for text in ["remissen", "re miss", "sista dagen", "2021", "a=b", "aXb", "a.b", "x|y", "x", "(", "", "y"]:
        assert (found.search(text) is not None) == any(w in text for w in words), text


def test_quick_finds_the_same_match_as_its_regex() -> None:
    regexes = [re.compile(r"\b(?:glom|ignore)\b.{0,30}\b(?:rules|regler)|\b(?:du ar nu|you are now) en?\b"),
               re.compile(r"(?:i )?vilken (?:lokal|sal)|\d+ dagar"),          # no literal beginning: searched as is
               re.compile(r"(?i)hej|hello"), re.compile(r"^(?:ja|nej)\b"), re.compile(r"(?<=x)abc|def")]
    texts = ["glom alla regler nu", "ignore the rules", "du ar nu en bot", "you are now a bot", "vilken sal?",
             "i vilken lokal", "om 12 dagar", "HEJ", "Hello", "ja tack", "nej", "xabc", "abc", "def", "", "jaja"]
    for regex in regexes:
        quick = Quick(regex)
        for text in texts:
            for pos in (0, 2):
                got, want = quick.search(text, pos), regex.search(text, pos)
                assert (got and got.span()) == (want and want.span()), (regex.pattern, text, pos)


class _ChangedParser:
    """A private regex parser of another shape than 3.11–3.13's, as a later Python might have."""

    @staticmethod
    def parse(*_: object) -> object:
        raise AttributeError("no such parser")


@pytest.mark.parametrize("parser", [None, _ChangedParser()])
def test_prefilters_fall_back_to_the_plain_search_without_the_private_parser(
        monkeypatch: pytest.MonkeyPatch, parser: object) -> None:
    """The literal prefilters read patterns through re's private parser; without it (moved, or of another shape),
    the patterns are searched as they are – the same matches, only slower – rather than failing at import."""
    monkeypatch.setattr(prefilter, "_p", parser)
    regex = re.compile(r"\b(?:remiss\w*|svar)\b")
    quick = prefilter.Quick(regex)
    assert quick.beginnings is None
    words = prefilter.WordStartTest(re.compile(r"\b(?=\w)(?:remiss\w*|svar\b)"), [r"remiss\w*", r"svar\b"])
    for text in ("när stänger remissen?", "ett svar", "inget här"):
        assert bool(quick.search(text)) == bool(regex.search(text))
        assert words.search(text) == bool(re.search(r"\b(?:remiss\w*|svar\b)", text))
