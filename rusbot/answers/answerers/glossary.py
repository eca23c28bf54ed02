"""What a word means ("vad betyder remiss?", "vad står RF för?", "skillnaden mellan inspel och
remissvar"): the process file's glossary, each word asked about in the question's order. The bot's
own features carry the same names as two of the words (inspel, remissvar); what they are in the bot
follows the word's meaning in the process."""

from __future__ import annotations

import datetime as dt
import re

from rusbot.answers.answerers import phases
from rusbot.answers.kit import Asked, Kit, t
from rusbot.answers.lexicon import fold, tokens
from rusbot.answers.model import Answer
from rusbot.process.model import GlossaryEntry, Language, TimelineItem

# The bot's features by the word for them: what a partner does with them here.
_FEATURES = {
    "inspel": ("I boten är ett **inspel** ditt förslag på vad som ska uppdateras i RUS: du lämnar det, ser dina "
               "inspel och kan ändra eller dra tillbaka dem (kommandot **inspel**).",
               "In the bot, an **inspel** (input) is your proposal for what should be updated in RUS: you give it, "
               "see your input and can edit or withdraw it (the command **input**)."),
    "remissvar": ("I boten är **remissvaret** organisationens formella svar på remissen, ett per organisation: "
                  "organisationens bekräftade företrädare sparar utkast, skickar in och får ett kvitto (kommandot "
                  "**remissvar**).",
                  "In the bot, the **remissvar** is the organisation's formal consultation response, one per "
                  "organisation: its confirmed representatives save drafts, submit it and get a receipt (the command "
                  "**remissvar**)."),
}


# What the asker is to do with a word's thing ("vad ska vi göra med den?", "what do I have to do with it?").
_TO_DO = re.compile(r"\b(?:what|vad)\b[^.?!]{0,25}\b(?:do|gora)\b")


def _feature_of(entry: GlossaryEntry, asked_words: set[str]) -> str | None:
    for word in _FEATURES:
        if word in asked_words and any(word in tokens(fold(term)) for term in entry.terms):
            return word
    return None


# What asks for a meaning, and the words between it and the thing asked about.
_TRIGGERS = (("star",), ("stand",), ("stands",), ("betyder",), ("betydelse",), ("menas", "med"), ("menar", "ni", "med"),
             ("menar", "du", "med"), ("menar", "man", "med"), ("menar",), ("innebar",), ("forklara", "vad"),
             ("forklara",), ("explain", "what"), ("explain",), ("definiera",),
             ("definition", "av"), ("meant", "by"), ("mean",), ("means",), ("meaning", "of"), ("ar", "en"),
             ("ar", "ett"), ("what", "is", "a"), ("what", "is", "an"), ("what", "is"), ("vad", "ar"))
_FILLERS = frozenset("med det att ordet begreppet termen uttrycket man ni du egentligen har here by the a an word term "
                     "om en ett i sammanhanget".split())
_STOP = frozenset("""i och att det den de en ett som ska for av till pa med om ar vara har kan vi ni man sa the a an
of to in and is be for on rus""".split())
# Where and when the process happens, not words it uses in a sense of its own: "vad står i medskicken från
# december?" asks what the December medskick says, "… innebär för Örebro län?" what something means for the
# county; neither asks what "december" or "Örebro län" means.
_SETTING = frozenset("""januari februari mars april maj juni juli augusti september oktober november december
january february march may june july august october orebro lan lans county region""".split())
# The material itself, named by the asker ("vilket datum står i underlaget?"): the bot's own statements open with
# "Underlaget beskriver …", which is no use of the word that needs explaining.
_MATERIAL = frozenset("underlaget materialet dokumentet material document".split())


def _subject(words: list[str]) -> tuple[int, list[str], bool]:
    """(where the thing asked about starts, its words, whether it is a clause: "vad betyder det att …")."""
    for n, w in enumerate(words):
        if w in ("star", "stand", "stands") and "for" in words[n + 1:n + 4]:
            end = words.index("for", n + 1)
            if w == "star":
                return n + 1, words[n + 1:end], False
            start = next((k + 1 for k in range(n - 1, -1, -1) if words[k] in ("does", "do", "did")), max(0, n - 2))
            return start, words[start:n], False
    for trigger in _TRIGGERS:
        size = len(trigger)
        for n in range(len(words) - size + 1):
            if tuple(words[n:n + size]) != trigger:
                continue
            start = n + size
            clause = words[start:start + 2] == ["det", "att"] or words[start:start + 1] == ["att"]
            if clause and trigger == ("star",):
                continue    # "i anteckningarna står det att …" reports what was written; the question comes later
            if not clause and words[start:start + 1] and words[start] in ("det", "detta", "that", "this", "it"):
                # "korta ledtider – vad betyder det för oss?": "det" is what came before.
                before = [w for w in words[:n] if w not in _FILLERS and w not in ("vad", "what", "vem", "who")]
                return max(0, n - len(before)), before[-4:], False
            while start < len(words) and words[start] in _FILLERS:
                start += 1
            if start < len(words):
                return start, words[start:start + 6], clause
            before = [w for w in words[:n] if w not in _FILLERS and w not in ("vad", "what", "vem", "who")]
            return max(0, n - len(before)), before[-4:], False
    return 0, words[:6], False


def _statements(kit: Kit, lang: Language) -> list[tuple[str, str, str]]:
    """(folded words, the text as said, its source) of every statement in the process file."""
    p = kit.process
    out: list[tuple[str, str, str]] = []
    for fact in p.facts:
        out.append((fact.text.sv, fact.text.get(lang), fact.source))
    for driver in p.drivers:
        out.append((driver.text.sv, t(lang, f"En av händelserna i omvärlden bakom översynen: {driver.text.get(lang)}",
                                      f"One of the events behind the review: {driver.text.get(lang)}"), driver.source))
    for way in p.ways_of_working:
        out.append((f"{way.name.sv} {way.text.sv}", f"**{way.name.get(lang)}** – {way.text.get(lang)}", way.source))
    for phase in p.phases:
        out.append((phase.text.sv, phase.text.get(lang), phase.source))
    for role in p.roles:
        out.append((role.text.sv, role.text.get(lang), role.source))
    out.append((p.partnership.text.sv, p.partnership.text.get(lang), p.partnership.source))
    return [(" ".join(tokens(fold(words))), said, source) for words, said, source in out]


def context(kit: Kit, text: str, lang: Language) -> tuple[str, str, str] | None:
    """(the words asked about, the statement they are in, its source) for a word or phrase the glossary
    does not explain but the process file uses ("utmaningsdrivet", "en samlande kraft"), or None."""
    words = tokens(fold(text))
    _, subject, _ = _subject(words)
    best: tuple[int, str, tuple[str, str, str]] | None = None
    for size in range(min(len(subject), 5), 0, -1):
        for n in range(len(subject) - size + 1):
            gram = subject[n:n + size]
            content = [w for w in gram if w not in _STOP and w not in _SETTING and not w.isdigit()]
            if any(w in _MATERIAL for w in gram):
                continue
            if gram[0] in _STOP or gram[-1] in _STOP or not content:
                continue
            if size == 1 and len(gram[0]) < 8:
                continue
            phrase = " ".join(gram)
            statements = _statements(kit, lang)
            if size == 1 and sum(f" {phrase} " in f" {folded} " for folded, _, _ in statements) > 1:
                continue        # a word the material uses all over ("kommuner") is not what was asked about
            for folded, said, source in statements:
                if f" {phrase} " in f" {folded} " and (best is None or len(content) > best[0]):
                    best = (len(content), phrase, (_as_typed(text, gram), said, source))
        if best is not None:
            return best[2]
    return None


def _as_typed(text: str, gram: list[str]) -> str:
    """The words of `gram` as the question wrote them ("gröna given", not "grona given")."""
    typed = re.findall(r"[^\W_]+", text)
    folded = [fold(w) for w in typed]
    for n in range(len(folded) - len(gram) + 1):
        if folded[n:n + len(gram)] == gram:
            return " ".join(typed[n:n + len(gram)])
    return " ".join(gram)


def _position(entry: GlossaryEntry, words: list[str], start: int = 0) -> int:
    """Where one of the entry's terms first occurs at or after `start`: "Vad är förankring? Och vad menas
    med politisk förankring?" asks the same entry twice, and the second asking is the one a trigger found."""
    found = [n for term in entry.terms for parts in [tokens(fold(term))]
             for n in range(start, len(words) - len(parts) + 1) if words[n:n + len(parts)] == parts]
    return min(found, default=len(words))


_LIST_WORDS = {"och", "samt", "eller", "and", "or"}
_REVIEW_WORD = re.compile(r"\b(?:oversyn\w*|review\w*)")
_UPDATE_WORD = re.compile(r"\b(?:uppdatering\w*|update\w*|updating)")


def definition(kit: Kit, q: Asked) -> Answer:
    lang: Language = q.language
    if (step := phases.step_meaning(kit, q, happened_only=True)) is not None:
        return step     # "Vad innebär förankring med partnerskapet, och har det skett?": the step, then 'vet inte'
    words = tokens(fold(q.text))
    start, _, clause = _subject(words)
    entries = q.entities.terms
    asked_first = [e for e in entries if start <= _position(e, words, start) < start + 2]
    if asked_first:
        # "Vad står RUS, RF och KC/RD för?": every word of a list that begins where the question's subject does,
        # not only the first two (b76 #95 left KC/RD out).
        listed = sorted(((_position(e, words, start), e) for e in entries if e not in asked_first),
                        key=lambda x: x[0])
        reach = max(_position(e, words, start) for e in asked_first) + 1
        for pos, entry in listed:
            between = words[reach:pos]
            if pos >= len(words) or len(between) > 3 or not set(between) <= _LIST_WORDS | {
                    w for e in entries for term in e.terms for w in tokens(fold(term))}:
                break
            asked_first.append(entry)
            reach = pos + 1
    chosen = entries if "DIFFERENCE" in q.entities.concepts else ([] if clause else asked_first)
    if not chosen:
        found = context(kit, q.text, lang)
        if found is not None:
            phrase, said, source = found
            text = t(lang, f"Underlaget förklarar inte «{phrase}» närmare; där står det så här:\n\n{said}",
                     f"The material does not explain «{phrase}» further; this is what it says:\n\n{said}")
            return kit.answer(q, text, [source], topic="definition")
        chosen = entries
    if not chosen:
        text = t(lang, "Det ordet förklaras inte i underlaget om uppdateringen. Ord som jag kan förklara är till "
                       "exempel " + _examples(kit, lang) + ".",
                 "That word is not explained in the material about the update. Words I can explain include "
                 + _examples(kit, lang) + ".")
        return kit.answer(q, text, confident=False, topic="definition")
    asked = set(words)
    lines: list[str] = []
    sources: list[str] = []
    dated = _dated_uses(kit, q, chosen)
    month_asked = bool(set(tokens(fold(re.split(r"[?.!]", q.text, maxsplit=1)[0]))) & _SETTING)
    if month_asked:
        # "Vad innebar medskicken från KC/RD i januari?": what the word's entry of that month says, not what the
        # word is; a month told only later ("Vad betyder KC/RD? De gav medskick i december …") follows the meaning.
        lines += [item.text.get(lang) for item in dated]
        sources += [item.source for item in dated]
    for entry in chosen[:3]:
        # The bot's own meaning of a word first: a partner asking "vad är ett inspel?" is about to give one.
        feature = _feature_of(entry, asked)
        if feature is not None:
            sv, en = _FEATURES[feature]
            lines.append(t(lang, sv, en))
        lines.append(entry.text.get(lang))
        sources.append(entry.source)
        if feature is None and "remissvar" not in asked and "remiss" in entry.terms and _TO_DO.search(fold(q.text)):
            # "What is 'remiss' and what do I have to do with it?": the organisation answers it, in the bot.
            lines.append(t(lang, *_FEATURES["remissvar"]))
    if not month_asked:
        lines += [item.text.get(lang) for item in dated]
        sources += [item.source for item in dated]
    if "DIFFERENCE" in q.entities.concepts and any(e.id == "ord-oversyn" for e in chosen) and _REVIEW_WORD.search(
            fold(q.text)) and _UPDATE_WORD.search(fold(q.text)):
        # "vad är skillnaden på översyn och uppdatering?": the one is the review every electoral term, the other
        # what this review leads to (b75 #25: the two were told as the same).
        lines.insert(0, t(lang, "Översyn är genomgången av RUS, som görs varje mandatperiod. Uppdatering är vad den "
                                "här översynen leder till: inte en ny RUS, utan att strukturen i den nuvarande RUS "
                                "behålls och det nödvändigaste uppdateras så att RUS är aktuell.",
                          "The review (översyn) is the look at RUS that is made every electoral term. The update "
                          "(uppdatering) is what this review leads to: not a new RUS, but keeping the structure of "
                          "the current RUS and updating what is necessary so that it is current."))
    if _WHY_REVIEWED.search(fold(q.text)):
        # "Could you explain why the strategy is being reviewed, and what 'anchoring' means?": both asked; the
        # reasons, from the facts, first.
        from rusbot.answers.answerers.facts import why_reviewed

        why, why_sources = why_reviewed(kit, lang)
        if why:
            lines.insert(0, why)
            sources = [*why_sources, *sources]
    if (other := _COMPARED.search(q.text)) is not None and "DIFFERENCE" not in q.entities.concepts:
        # "Är agil process samma sak som i IT-projekt med sprintar?": the material's meaning is the answer; the
        # comparison is not made there, and is not made up.
        compared = " ".join(other.group("x").split()[:4])
        said = " ".join(fold(e.text.sv) for e in chosen[:3])
        other_terms = f" {' '.join(tokens(fold(compared)))} "
        names_a_term = any(f" {' '.join(tokens(fold(term)))} " in other_terms for entry in kit.process.glossary
                           for term in entry.terms if tokens(fold(term)))
        if not names_a_term and not any(w[:5] in said for w in tokens(fold(compared)) if len(w) >= 4):
            # (a comparison with a word the meaning itself uses – "beslut" in "innan regionfullmäktige beslutar" –
            # or with another glossary word – "ett remissvar" – is answered by the meanings)
            lines.append(t(lang, f"Underlaget jämför inte med {compared} och säger inte mer än så om ordet.",
                           f"The material makes no comparison with {compared} and says no more about the word."))
    return kit.answer(q, "\n\n".join(lines), sources, topic="definition")


def _dated_uses(kit: Kit, q: Asked, chosen: list[GlossaryEntry]) -> list[TimelineItem]:
    """The timeline's entries dated in the month asked about whose source names one of the chosen words
    ("medskicken från KC/RD i januari 2021" → KC/RD's January 2021 entry); [] without a month asked."""
    period = q.entities.period
    if period is None or period.day or not chosen:
        return []
    out = []
    for item in kit.process.timeline:
        when = item.date
        if when is None or when.month is None:
            continue
        first = dt.date(when.year, when.month, 1)
        if not period.first.replace(day=1) <= first <= period.last:
            continue
        source = f" {' '.join(tokens(fold(item.source)))} "
        if any(f" {' '.join(tokens(fold(term)))} " in source for entry in chosen for term in entry.terms
               if tokens(fold(term))):
            out.append(item)
    return out


# "varför RUS ses över", "why the strategy is being reviewed": the reasons asked beside a word.
_WHY_REVIEWED = re.compile(r"\b(?:varfor|why|reasons?|skal\w*|anledning\w*)\b.{0,40}\b(?:ses over|se over|oversyn\w*|"
                           r"uppdater\w*|review\w*|updat\w*|revider\w*|revis\w*)")


# "samma som i IT-projekt", "like in IT projects": a comparison with something outside the material.
_COMPARED = re.compile(r"\b(?:samma(?: sak)? som(?: i| pa| vid)?|likadant som(?: i)?|same as(?: in)?|like in|"
                       r"the same as(?: in)?)\s+(?P<x>[^?.!,]{3,60})", re.IGNORECASE)


def _examples(kit: Kit, lang: Language) -> str:
    words = [entry.terms[0] for entry in kit.process.glossary[:6]]
    return ", ".join(f"*{w}*" for w in words) if words else t(lang, "inga", "none")
