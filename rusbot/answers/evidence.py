"""What the process file says on the words of a question: an index over every statement of the file (facts,
events behind the review, phases, timeline items, roles, the partnership, ways of working, glossary), keyed by
the stems of their words, each weighted by how rare it is across the file.

A question the bot would otherwise decline with a bare "I don't know" often names something the material does
speak of ("landsbygdsutveckling", "KC/RD", "mandatperiod") while asking more than it says ("får landsbygden mer
pengar?"). The index finds the one to three statements the question shares the most distinctive words with, so
the answer can give what the material says on that, and that it says no more. It is a pure function of the
process file, built once with the engine, so it works for any coordinator's file.

How a statement is found: the weight of a word is log((statements + 1) / statements it is in), so in a file of 60
statements a word of one statement weighs about 4 and one of ten about 1.7; the words of the file's title, owner and
organisations (and their kinds, "kommun", and what the glossary calls the title's words: "regional
utvecklingsstrategi", "översyn") weigh 7.5 % of that, as almost any question has them. A statement is
found by one of the file's *names* for things (a glossary term, the name of a role, a step, a phase or a way of
working, the words of an event behind the review) when that name is distinctive, or by several words together; one
ordinary word shared ("styr", "ses", "time") is never enough. The thresholds are shares of the weight of a word of
one statement, so a small file finds as readily as a large one.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from rusbot.answers.lexicon import fold, tokens
from rusbot.process.model import Process, Text
from rusbot.understanding.features import stem

# Function words, question words, the verbs any question is made of, adjectives of degree and age, and words of
# time (dates are the timeline's to answer), in both languages, folded: they say nothing about which statement
# is meant.
_STOP = frozenset("""
och eller men samt att som om for fran till i pa av med utan under over efter fore innan inom hos mot vid at
det den de dem dom denna detta dessa en ett var vart vara varje alla allt annat andra nagon nagot nagra nat ngt
vad vem vilka vilken vilket hur nar var varfor varifran
ar e var blir blev bli bliva har hade haft ha kan kunde ska skall skulle vill ville far fick maste bor behover
gor gora gjorde gjort finns fanns kommer komma kom ga gar gick sager saga sa sade star sta
jag du han hon vi ni man mig dig oss er min mitt mina din ditt dina vara ert era sin sitt sina
inte ej ju val nog bara aven ocksa da nu redan just mer mest mycket lite mindre ganska hela helt
hej hejsan tack snalla ok okej ja nej
dar har hit dit nagonsin aldrig alltid ofta
innebar innebara betyder betyda menas mena galler infor enligt angaende kring
del delar delen delarna sak saker saken gang satt fraga fragor fragan typ exempel
ny nya nytt nyare stor stora storre storst liten sma kort korta kortare lang langa langre bra dalig
tid tiden dag dagen dagar vecka veckan manad manaden ar aret arets timme klockan
januari februari mars april maj juni juli augusti september oktober november december
the a an and or but of to in on at by for from with without into about as is are was were be been being
do does did done have has had can could will would shall should may might must not no yes
what who whom which when where why how whether if that this these those there here it its
i you he she we they me us our your their my his her them
please thanks thank hi hello hey just also only more most much very
mean means meant through before after until during since between than then so such some any all each other
new newer big short long good bad
time day days week weeks month year years hour
january february march may june july august october november
""".split())

# How much a word of the file's own title, owner or organisations counts, as a share of what a word of one statement
# does (about 4 in a file of 60 statements).
_GENERIC_SHARE = 0.075
# A word that only begins another ("landsbygd" in "landsbygdsutveckling", "remiss" in "remissinstans") counts
# less than the same word.
_PART_WEIGHT = 0.7
# The shortest word that counts inside a compound, and the shortest rest of the compound.
_MIN_PART = 5
_MIN_REST = 3
# Endings the stemmer leaves on a word ("pandemin", "remissrundan").
_ENDINGS = frozenset("a e n s an en et on na ns ar er or es ens ets arna erna orna".split())


@dataclass(frozen=True)
class Statement:
    """One thing the process file says, as the answer gives it."""

    kind: str           # the file's section: fact, driver, phase, timeline, role, partnership, way, glossary
    id: str
    text: Text
    source: str


def _words(text: str) -> list[str]:
    """The folded words of a text, and the parts of a hyphenated compound ("KC/RD-mötena" → "kcrdmotena", "kcrd",
    "motena")."""
    joined = tokens(fold(text))
    if "-" not in text:
        return joined
    return joined + [w for w in tokens(fold(text.replace("-", " "))) if w not in joined]


_stem = lru_cache(maxsize=16384)(stem)


def _stems(text: str) -> set[str]:
    return {_stem(w) for w in _words(text) if w not in _STOP and not w.isdigit() and len(w) >= 2}


def _lower(text: str) -> str:
    return text[:1].lower() + text[1:] if text[1:2].islower() else text     # not "RUS", "KC/RD"


def _statements(process: Process) -> list[tuple[Statement, str, str]]:
    """Every statement of the file, with the text it is found by and its names: the words the file names things
    with (a glossary entry's terms, a role's, a step's or a way of working's name, an event behind the review)."""
    def both(*texts: Text | None) -> str:
        return " ".join(f"{x.sv} {x.en or ''}" for x in texts if x is not None)

    out: list[tuple[Statement, str, str]] = []
    for f in process.facts:
        out.append((Statement("fact", f.id, f.text, f.source), both(f.text), ""))
    for d in process.drivers:
        # An event's own text is a phrase, not a sentence: quoted as what it is.
        framed = Text(sv=f"En av händelserna i omvärlden bakom översynen är ”{d.text.sv}”.",
                      en=f"One of the events in the wider world behind the review is \"{d.text.en or d.text.sv}\".")
        out.append((Statement("driver", d.id, framed, d.source), both(d.text), both(d.text)))
    for phase in process.phases:
        out.append((Statement("phase", phase.id, phase.text, phase.source), both(phase.name, phase.text),
                    both(phase.name)))
    for i in process.timeline:
        out.append((Statement("timeline", i.id, i.text, i.source), both(i.name, i.text), both(i.name)))
    for r in process.roles:
        out.append((Statement("role", r.id, r.text, r.source), both(r.name, r.text), both(r.name)))
    if (partnership := process.partnership) is not None:
        out.append((Statement("partnership", "partnership", partnership.text, partnership.source),
                    both(partnership.name, partnership.text), both(partnership.name)))
    for w in process.ways_of_working:
        name, text = w.name.en or w.name.sv, w.text.en or w.text.sv
        framed = Text(sv=f"Ett av arbetssätten är {_lower(w.name.sv)}: {_lower(w.text.sv)}",
                      en=f"One of the ways of working is {_lower(name)}: {_lower(text)}")
        out.append((Statement("way", w.id, framed, w.source), both(w.name, w.text), both(w.name)))
    for g in process.glossary:
        terms = " ".join(g.terms)
        out.append((Statement("glossary", g.id, g.text, g.source), f"{terms} {both(g.text)}", terms))
    return out


class EvidenceIndex:
    """Built once per process file; `find` is a few dictionary lookups per word of the question."""

    # One of the file's names for things finds a statement alone when it weighs this share of a word of one statement
    # (in a file of 60 statements: found in up to six) …
    NAMED = 0.55
    # … other words only together, sharing as much weight as a word of one statement (two of a few statements each).
    SEVERAL = 1.0
    # Beside the best statement, others that come this close to it (at most MOST in all).
    CLOSE = 0.75
    MOST = 3

    def __init__(self, process: Process) -> None:
        found = _statements(process)
        self.statements = [s for s, _, _ in found]
        self._stems = [frozenset(_stems(text)) for _, text, _ in found]
        df = Counter(x for stems in self._stems for x in stems)
        n = len(self.statements)
        # Hyphenated names count whole: "RF-SISU" is generic, not the "RF" that decides.
        generic_text = " ".join([process.title.sv, process.title.en or "", process.owner, process.source_document,
                                 *(o.name for o in process.organisations), *(o.kind for o in process.organisations)])
        named = {stem(w) for w in tokens(fold(generic_text)) if w not in _STOP}
        # What the glossary gives as the same as a word of the title ("RUS" is "regional utvecklingsstrategi",
        # "uppdatering" is "översyn" and "review") is as generic.
        title = {stem(w) for w in tokens(fold(f"{process.title.sv} {process.title.en or ''}")) if w not in _STOP}
        for g in process.glossary:
            terms = {stem(w) for term in g.terms for w in tokens(fold(term)) if w not in _STOP}
            if terms & title:
                named |= terms
        # "uppdatera" is as generic as the title's "uppdatering", "strategi" as "utvecklingsstrategi".
        self._generic = frozenset(x for x in df if x in named or any(
            (len(x) >= 7 and len(g) >= 7 and (g.startswith(x) or x.startswith(g))) or (len(x) >= 6 and g.endswith(x))
            for g in named))
        rarest = math.log(n + 1)
        self._least = _GENERIC_SHARE * rarest
        self._named, self._several = self.NAMED * rarest, self.SEVERAL * rarest
        self.weight = {x: self._least if x in self._generic else math.log((n + 1) / df[x]) for x in df}
        self._names = frozenset(set().union(*(_stems(names) for _, _, names in found)) - self._generic)
        self._vocabulary = tuple(sorted(x for x in df if len(x) >= _MIN_PART and x not in self._generic))
        self._where = {x: frozenset(k for k, stems in enumerate(self._stems) if x in stems) for x in df}
        self._matched: dict[str, tuple[tuple[str, float, bool], ...]] = {}

    def _matches(self, word: str) -> tuple[tuple[str, float, bool], ...]:
        """The file's stems a question's stem counts as, with their weight and whether they are part of a name:
        itself, or else the compounds it begins or that begin it."""
        found = self._matched.get(word)
        if found is None:
            if word in self.weight:
                found = ((word, self.weight[word], word in self._names),)
            elif len(word) < _MIN_PART:
                found = ()
            else:
                # The question's word begins one of the file's ("pandemi" in "pandemin", "landsbyg" in
                # "landsbygdsutveckling"), or one of the file's begins the question's, in another form
                # ("remissrund|an") or a compound whose rest is a word of its own ("remiss|instans").
                found = tuple((x, _PART_WEIGHT * self.weight[x], x in self._names) for x in self._vocabulary
                              if x.startswith(word) or (word.startswith(x) and (
                                  len(word) - len(x) >= _MIN_REST or word[len(x):] in _ENDINGS)))
            if len(self._matched) > 20000:
                self._matched.clear()
            self._matched[word] = found
        return found

    def knows(self, word: str) -> bool:
        """Whether the file has a word: one of its stems, or a compound of one."""
        return any(w in _STOP or w.isdigit() or stem(w) in self.weight or self._matches(stem(w)) for w in _words(word))

    def find(self, question: str) -> list[Statement]:
        """The one to three statements the question shares the most distinctive words with, in the file's order;
        [] when none shares enough."""
        scores = self.scores(question)
        enough = {k: v for k, v in scores.items()
                  if v[2] >= self._named or (v[1] >= 2 and v[0] >= self._several)}
        if not enough:
            return []
        ranked = sorted(enough, key=lambda k: (-enough[k][0], k))
        best = enough[ranked[0]][0]
        chosen: list[int] = []
        said: set[str] = set()
        for k in ranked:
            if enough[k][0] < self.CLOSE * best or len(chosen) == self.MOST:
                break
            own = self._stems[k]
            if len(own & said) >= 0.7 * len(own):
                continue        # said already ("klar slutet 2021" is a fact and a milestone; KC/RD's role is its steps)
            chosen.append(k)
            said |= own
        return [self.statements[k] for k in sorted(chosen)]

    def scores(self, question: str) -> dict[int, tuple[float, int, float]]:
        """Per statement sharing a word with the question: the weight shared, how many of the question's words
        it shares (not counting the generic ones), and the weight of the best name among them."""
        weight: dict[int, float] = {}
        shared: dict[int, int] = {}
        named: dict[int, float] = {}
        for word in _stems(question):
            best: dict[int, tuple[float, bool]] = {}
            for x, w, is_name in self._matches(word):
                for k in self._where[x]:
                    if w > best.get(k, (0.0, False))[0]:
                        best[k] = (w, is_name)
            for k, (w, is_name) in best.items():
                weight[k] = weight.get(k, 0.0) + w
                if w > self._least:
                    shared[k] = shared.get(k, 0) + 1
                if is_name:
                    named[k] = max(named.get(k, 0.0), w)
        return {k: (weight[k], shared.get(k, 0), named.get(k, 0.0)) for k in weight}


__all__ = ["EvidenceIndex", "Statement"]
